#!/usr/bin/env bash
# Server faults (issue 16): kill -9 of the server CYCLES (20) times under load, then a check that
# every acknowledged write is there exactly once. Build first:
#
#   ./mvnw -B -o -pl liberty-config -am package -DskipTests
#   liberty-config/bench/crash-cycles.sh                  # CYCLES=20, kill 6–14 s into each load
#   WAR=$PWD/web-ui/target/supervision.war CYCLES=5 liberty-config/bench/crash-cycles.sh
#
# One data directory (embedded MongoDB) for the whole run, on a private copy of the packaged
# server (WLP_USER_DIR in a temporary directory; PORT 9380 / HTTPS_PORT 9743 by default). Each
# cycle starts the server on that data, runs CrashCycles.java's load until SIGKILL reaches the JVM
# (after a delay drawn from SEED): anonymous reports with a 200 KB photo, case registrations by the
# office, the 住建局 head's ACCEPT of each, credit records; every acknowledgement is written down the
# moment it arrives. After the last kill the server starts once more and CrashCycles verify checks
# that every acknowledged report (receipt, access code, photo's SHA-256, its case), registered and
# accepted case (one ACCEPT, at least the acknowledged version), credit record and the
# notification of each case is there, and that a cut-off report retried with its key gives one
# receipt. Exit status 0 when nothing acknowledged was lost or doubled.
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
packaged=$WLP/usr/servers/supervision
WAR=${WAR:-$packaged/apps/web-ui.war}
CYCLES=${CYCLES:-20}
SEED=${SEED:-16}
PORT=${PORT:-9380}
HTTPS_PORT=${HTTPS_PORT:-9743}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Crash-Admin-2026}
METRICS_PASSWORD=${METRICS_PASSWORD:-Bench-Metrics-2026}
[ -x "$WLP/bin/server" ] && [ -f "$WAR" ] \
  || { echo "build first: ./mvnw -B -o -pl liberty-config -am package -DskipTests"; exit 1; }
[ -z "$(ss -Htln "( sport = :$PORT or sport = :$HTTPS_PORT )")" ] || { echo "port $PORT or $HTTPS_PORT is taken"; exit 1; }
# shellcheck source=intake-env.sh
. bench/intake-env.sh
OUT=${OUT:-$(mktemp -d /tmp/crash-cycles.XXXXXX)}
mkdir -p "$OUT"
data=$(mktemp -d)
work=$(mktemp -d)
export WLP_USER_DIR="$work/usr" PLATFORM_DATA_DIR="$data" PLATFORM_ADMIN_INITIAL_PASSWORD="$ADMIN_PASSWORD" \
  METRICS_PASSWORD
server_dir=$WLP_USER_DIR/servers/supervision
cleanup() {
  timeout 60 "$WLP/bin/server" stop supervision >/dev/null 2>&1 || true
  mkdir -p "$OUT/server-logs" && cp -r "$server_dir/logs/." "$OUT/server-logs/" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$server_dir/apps" "$server_dir/configDropins/defaults"
cp "$packaged/server.xml" "$packaged/server.env" "$packaged/jvm.options" "$server_dir/"
echo '<server><webApplication id="web-ui" location="web-ui.war" name="web-ui"/></server>' \
  > "$server_dir/configDropins/defaults/install_apps_configuration.xml"
[ -d "$packaged/resources" ] && cp -r "$packaged/resources" "$server_dir/"
cp "$WAR" "$server_dir/apps/web-ui.war"
printf 'http.port=%s\nhttps.port=%s\n' "$PORT" "$HTTPS_PORT" > "$server_dir/bootstrap.properties"
javac -d "$work" bench/IntakeLoad.java bench/CrashCycles.java
base="http://localhost:$PORT"

start_server() {
  rm -f "$WLP_USER_DIR/servers/.pid/supervision.pid"
  "$WLP/bin/server" start supervision >/dev/null
  local until=$((SECONDS + 300))
  while [ "$SECONDS" -lt "$until" ]; do
    curl -sf -m 5 -o /dev/null "$base/health/ready" && return 0
    sleep 0.3
  done
  echo "not ready after 300 s (logs in $OUT)"; exit 1
}

RANDOM=$SEED
started=$SECONDS
start_server
java -cp "$work" CrashCycles setup "$base" "$ADMIN_PASSWORD" "$OUT"
for cycle in $(seq 1 "$CYCLES"); do
  [ "$cycle" = 1 ] || start_server
  pid=$(cat "$WLP_USER_DIR/servers/.pid/supervision.pid")
  delay=$((6 + RANDOM % 9))
  java -cp "$work" CrashCycles load "$base" "$OUT" "$cycle" &
  load=$!
  sleep "$delay"
  kill -9 "$pid"
  wait "$load" || true
  echo "cycle $cycle: killed the server JVM $pid with SIGKILL ${delay} s into the load"
done
start_server
echo "restarted on the same data after $CYCLES kills; verifying"
status=0
java -cp "$work" CrashCycles verify "$base" "$OUT" "$ADMIN_PASSWORD" || status=1
acks=$(cat "$OUT"/cases.tsv "$OUT"/accepts.tsv "$OUT"/credit.tsv "$OUT"/acks.tsv 2>/dev/null | wc -l)
echo "crash-cycles: kills=$CYCLES acknowledged-writes=$acks elapsed=$((SECONDS - started)) s"
[ "$status" = 0 ] && echo "PASS: nothing acknowledged was lost or doubled" || echo "FAIL (see $OUT; data in $data)"
[ "$status" = 0 ] && rm -rf "$data"
exit "$status"
