#!/usr/bin/env bash
# Crash test of the public channel (run after ./mvnw -pl liberty-config -am package -DskipTests).
# Starts the packaged "supervision" server on a fresh data directory (embedded MongoDB), sends a
# burst of anonymous reports with a 200 KB photo each from THREADS clients, kills the server JVM
# with kill -9 after KILL_AFTER seconds, restarts it on the same data, then checks that every
# acknowledged receipt (201) is found with its access code and that its photo, downloaded by an
# office leader from the registered case, has the SHA-256 that was sent; submissions cut off by the
# kill are retried with their idempotency key and must give one receipt each.
# The proof of work is made cheap (4 bits) and the rate limits generous for the burst: see
# intake-env.sh. Exit status 0 when nothing was lost.
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
PORT=${PORT:-9280}
HTTPS_PORT=${HTTPS_PORT:-9643}
THREADS=${THREADS:-16}
KILL_AFTER=${KILL_AFTER:-12}
[ -x "$WLP/bin/server" ] || { echo "build first: ./mvnw -pl liberty-config -am package -DskipTests"; exit 1; }
printf 'http.port=%s\nhttps.port=%s\n' "$PORT" "$HTTPS_PORT" > "$WLP/usr/servers/supervision/bootstrap.properties"
# shellcheck source=intake-env.sh
. bench/intake-env.sh
data=$(mktemp -d)
work=$(mktemp -d)
export PLATFORM_DATA_DIR="$data" PLATFORM_ADMIN_INITIAL_PASSWORD="Crash-Admin-2026"
javac -d "$work" bench/IntakeLoad.java

start() {
  "$WLP/bin/server" start supervision >/dev/null
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && return 0
    sleep 0.2
  done
  echo "not ready after 120 s"; exit 1
}

start
echo "server up on $PORT; burst of $THREADS clients, kill -9 after ${KILL_AFTER} s"
java -cp "$work" IntakeLoad burst "http://localhost:$PORT" "$THREADS" 600 "$work/acks.tsv" &
burst=$!
sleep "$KILL_AFTER"
pid=$(cat "$WLP/usr/servers/.pid/supervision.pid")
kill -9 "$pid"
echo "killed server JVM $pid"
wait "$burst" || true
acked=$(wc -l < "$work/acks.tsv")
echo "acknowledged before the kill: $acked"
rm -f "$WLP/usr/servers/.pid/supervision.pid"
start
echo "restarted on the same data"
status=0
java -cp "$work" IntakeLoad verify "http://localhost:$PORT" "$work/acks.tsv" "Crash-Admin-2026" || status=1
"$WLP/bin/server" stop supervision >/dev/null
[ "$status" = 0 ] && echo "PASS: nothing acknowledged was lost" || echo "FAIL (acks kept in $work, data in $data)"
[ "$status" = 0 ] && rm -rf "$data" "$work"
exit "$status"
