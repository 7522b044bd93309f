#!/usr/bin/env bash
# Warm throughput of POST /api/tasks on a running Taskchat, next to the same server's trivial GETs.
#
#   bench/api-throughput.sh                 # against http://localhost:8080 (start it with ./mvnw -Prun)
#   BASE=http://localhost:8080 DURATION=30s CONNECTIONS=16 bench/api-throughput.sh
#
# Needs wrk (apt-get install wrk). Sends traffic to BASE only; it must be a local server.
# Fails if any request is answered with anything but 2xx, so a figure is never a figure of errors.
set -euo pipefail

BASE=${BASE:-http://localhost:8080}
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-15s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
here=$(cd "$(dirname "$0")" && pwd)

command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
case "$BASE" in
  http://localhost:*|http://127.*) ;;
  *) echo "BASE must be a local server (http://localhost:... or http://127.x.x.x:...)" >&2; exit 2 ;;
esac
curl -fsS "$BASE/health/ready" >/dev/null || { echo "no ready Taskchat at $BASE" >&2; exit 2; }

email="bench-$(date +%s%N)@example.com"
curl -fsS "$BASE/api/auth/register" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"benchmark-password\",\"name\":\"Bench\",\"timeZone\":\"Europe/Berlin\"}" >/dev/null
TOKEN=$(curl -fsS "$BASE/api/auth/login" -H 'Content-Type: application/json' \
  -d "{\"email\":\"$email\",\"password\":\"benchmark-password\"}" | sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
export TOKEN

run() { # name, wrk arguments...
  local name=$1; shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")
  if grep -q 'Non-2xx or 3xx responses' <<<"$out"; then
    echo "$out" >&2; echo "$name: some requests failed; no figure recorded" >&2; exit 1
  fi
  printf '%-28s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '$1 == "50%" {print $2}' <<<"$out")" \
    "$(awk '$1 == "99%" {print $2}' <<<"$out")"
}

echo "warming up ($WARMUP of each)..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$BASE/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s "$here/post-task.lua" "$BASE/api/tasks" >/dev/null

echo "$(date -u +%FT%TZ)  $(nproc) cores  threads=$THREADS connections=$CONNECTIONS duration=$DURATION"
run "GET /health/live"            "$BASE/health/live"
run "GET /api/me (token check)"   -s "$here/get-with-token.lua" "$BASE/api/me"
run "POST /api/tasks"             -s "$here/post-task.lua" "$BASE/api/tasks"
