-- wrk script: POST /api/tasks with a bearer token taken from the TOKEN environment variable.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"title":"Benchmark task","priority":"high","tags":["bench","load"],'
        .. '"dueDate":"2026-12-01","dueTime":"09:00","recurrence":"FREQ=WEEKLY;BYDAY=MO"}'
