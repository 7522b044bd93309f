-- wrk script: an authenticated GET (path given by wrk's URL) with the TOKEN environment variable.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
