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
THREADS=${THREADS:-16}
KILL_AFTER=${KILL_AFTER:-12}
ADMIN_PASSWORD=Crash-Admin-2026
# shellcheck source=intake-server.sh
. bench/intake-server.sh

start_server
echo "server up on $PORT; burst of $THREADS clients, kill -9 after ${KILL_AFTER} s"
java -cp "$work" IntakeLoad burst "http://localhost:$PORT" "$THREADS" 600 "$work/acks.tsv" &
burst=$!
sleep "$KILL_AFTER"
pid=$(server_pid)
kill -9 "$pid"
echo "killed server JVM $pid"
wait "$burst" || true
acked=$(wc -l < "$work/acks.tsv")
echo "acknowledged before the kill: $acked"
rm -f "$WLP/usr/servers/.pid/supervision.pid"
start_server
echo "restarted on the same data"
status=0
java -cp "$work" IntakeLoad verify "http://localhost:$PORT" "$work/acks.tsv" "$ADMIN_PASSWORD" || status=1
"$WLP/bin/server" stop supervision >/dev/null
[ "$status" = 0 ] && echo "PASS: nothing acknowledged was lost" || echo "FAIL (acks kept in $work, data in $data)"
[ "$status" = 0 ] && rm -rf "$data" "$work"
exit "$status"
