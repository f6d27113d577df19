#!/usr/bin/env bash
# Start-up and memory benchmark of the packaged server (run after ./mvnw install -DskipTests).
# Starts the "supervision" server on a fresh data directory, measures the time until
# /health/ready answers UP, sends a few first requests (public home, token, /api/v1/me,
# OpenAPI), then reads the server JVM's resident memory. Repeats RUNS times (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
PORT=${PORT:-9080}
RUNS=${RUNS:-3}
[ -x "$WLP/bin/server" ] || { echo "build first: ./mvnw install -DskipTests"; exit 1; }

for run in $(seq 1 "$RUNS"); do
  data=$(mktemp -d)
  export PLATFORM_DATA_DIR="$data" PLATFORM_ADMIN_INITIAL_PASSWORD="Bench-Admin-2026"
  t0=$(date +%s.%N)
  "$WLP/bin/server" start supervision >/dev/null
  ready=""
  for _ in $(seq 1 600); do
    if curl -sf -o /dev/null "http://localhost:$PORT/health/ready"; then ready=yes; break; fi
    sleep 0.1
  done
  t1=$(date +%s.%N)
  [ -n "$ready" ] || { echo "not ready after 60 s"; "$WLP/bin/server" stop supervision; exit 1; }
  curl -sf -o /dev/null "http://localhost:$PORT/"
  token=$(curl -sf -X POST "http://localhost:$PORT/api/v1/auth/token" -H 'Content-Type: application/json' \
    -d '{"login":"admin","password":"Bench-Admin-2026"}' | python3 -c 'import json,sys;print(json.load(sys.stdin)["accessToken"])')
  for _ in $(seq 1 20); do
    curl -sf -o /dev/null -H "Authorization: Bearer $token" "http://localhost:$PORT/api/v1/me"
  done
  curl -sf -o /dev/null "http://localhost:$PORT/openapi"
  pid=$(cat "$WLP/usr/servers/.pid/supervision.pid")
  rss_kb=$(awk '/VmRSS/{print $2}' "/proc/$pid/status")
  printf 'run %d: ready after %.1f s, RSS after first requests %d MiB\n' "$run" "$(echo "$t1 - $t0" | bc)" $((rss_kb / 1024))
  "$WLP/bin/server" stop supervision >/dev/null
  rm -rf "$data"
done
