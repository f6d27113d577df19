#!/usr/bin/env bash
# Client faults (issue 16): officers' browsers vanish mid-push while 50 other clients use the site;
# every other request must be answered. Build first (from the repository root):
#
#   ./mvnw -B -o -pl liberty-config -am package -DskipTests
#   (and once: npm ci in liberty-config/src/test/browser; Debian's /usr/bin/chromium; root for the
#    network namespaces of the packet-drop case)
#
#   liberty-config/bench/client-faults.sh            # ROUNDS=20 by default
#   ROUNDS=3 OBSERVE=20 liberty-config/bench/client-faults.sh
#   WAR=$PWD/web-ui/target/supervision.war liberty-config/bench/client-faults.sh
#       # the WAR just built: here neither `package` nor `install` of liberty-config (with -am)
#       # replaced an existing apps/web-ui.war, which kept an older build
#
# Starts the packaged "supervision" server like intake-crash.sh (as bench/intake-server.sh: port
# PORT=9280 / HTTPS_PORT=9643, a fresh data directory; so it can run while the ITs use
# 9080/9180/9443), but from a private copy of it (WLP_USER_DIR in a temporary directory). Then
# ClientFaults.java creates a department head, N_PUSH officers, a witness officer and an API
# reader in 421181-zjj (admin's and their initial passwords changed over /api/v1/auth/password),
# and runs:
#
#   - all along: CLIENTS (50) clients without pause – /health/live; public visitors (page shell,
#     stylesheet, the page's Vaadin UI, its unload beacon), public /api/v1 GETs, an officer's
#     /api/v1/notifications and /api/v1/me with a token – and the head registering a case every
#     PUSH_EVERY_MS (500) ms: each one notifies every officer of the department, so the server keeps
#     pushing to the officers' open inboxes. A witness officer's browser stays on its live inbox for
#     the whole run and reports every pushed change.
#   - per round: N_PUSH (5) Chromium instances log in as officers, open console/notifications
#     (server push on) and wait until a pushed change arrives; PUSH_LEAD (3) s later they vanish
#     together, split round-robin over MODES (kill,stall,drop):
#       kill  – SIGKILL to all the Chromium's processes;
#       stall – the browser talked through a proxy (127.0.0.1:PROXY_BASE+round) that now stops
#               reading and forwarding and never closes (8 KB receive buffer towards the server),
#               then the browser is killed: an unresponsive TCP peer until the end of the run;
#       drop  – the browser ran in its own network namespace (veth, 10.211.<round>.2); every frame
#               is now discarded (static neighbour entries with unknown addresses), then it is
#               killed: its FIN/RST never arrive. Skipped, with a message, when namespaces or veth
#               pairs cannot be made here.
#       close – (the control case, not a fault, not in the default MODES) the officer leaves the
#               page properly (its unload beacon closes the server's UI), then Chromium closes.
#     PAGE=notifications (default: the live inbox, whose list of 50 is re-rendered at every change,
#     the most push traffic) or PAGE=console (only the header's bell is live; the officers'
#     notifications are marked read before each round, as the bell stops at "99+").
#     then OBSERVE (30) s more of the load. After the last round, TAIL (150) s more of the load
#     without new browsers (the vanished connections' timeouts – Atmosphere's write timeout is
#     60 s – fall within the measurement).
#   - a request in flight longer than STALL_MS (5000) ms: a jstack of the server JVM is saved and the
#     request is reported as slow (it fails only when not answered within REQUEST_TIMEOUT).
#
# At the end of each round a jstack of the server is kept (jstack-round-N.txt) and summed up:
# threads, Atmosphere's broadcaster threads, threads inside a WebSocket write or close, threads
# waiting for a Vaadin session lock; and `ss` shows the server's connections with unsent data.
#
# A round passes when every request was answered with the expected status within REQUEST_TIMEOUT
# (10) s (no timeout, no connection error; /health/live included), its browsers got ready, and the
# witness saw a pushed change at least every WITNESS_GAP (15) s. Prints p50/p95/p99/max per round
# and overall, ends with
#   client-faults: rounds=20 requests=… failed=… p50=… ms p95=… ms p99=… ms max=… ms thread-dumps=…
# and exits 0 only when every round passed. Browser logs, thread dumps (jstack-stall-*.txt during a
# stall, jstack-round-*.txt, jstack-end.txt), the heap histogram at the end and the server's logs
# (messages.log, ffdc/) are kept in OUT (a new temporary directory unless set).
set -euo pipefail
cd "$(dirname "$0")/.."
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Faults-Admin-2026}
# As bench/intake-server.sh, but on a private copy of the packaged server (WLP_USER_DIR): a rebuild
# during the run (it replaces apps/web-ui.war and bootstrap.properties) must not redeploy the
# application under test, and the packaged server's files stay untouched.
WLP=target/liberty/wlp
PORT=${PORT:-9280}
HTTPS_PORT=${HTTPS_PORT:-9643}
METRICS_PASSWORD=${METRICS_PASSWORD:-Bench-Metrics-2026}
packaged=$WLP/usr/servers/supervision
# the application: the packaged server's, or another build of it (WAR, an absolute path)
WAR=${WAR:-$packaged/apps/web-ui.war}
[ -x "$WLP/bin/server" ] && [ -f "$WAR" ] \
  || { echo "build first: ./mvnw -B -o -pl liberty-config -am package -DskipTests"; exit 1; }
if [ -n "$(ss -Htln "( sport = :$PORT or sport = :$HTTPS_PORT )")" ]; then
  echo "port $PORT or $HTTPS_PORT is taken (another bench server?): set PORT and HTTPS_PORT"; exit 1
fi
OUT=${OUT:-$(mktemp -d /tmp/client-faults.XXXXXX)}
mkdir -p "$OUT"
data=$(mktemp -d)
work=$(mktemp -d)
export WLP_USER_DIR="$work/usr"
pid=
cleanup() {
  timeout 120 "$WLP/bin/server" stop supervision >/dev/null 2>&1 || true
  # a server that no longer answers (out of memory) does not stop when asked
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "the server JVM $pid did not stop: kill -9"
    kill -9 "$pid" 2>/dev/null || true
  fi
  # namespaces of the packet-drop case left by an interrupted run
  for ns in $(ip netns list 2>/dev/null | awk '/^cfns[0-9]+/ {print $1}'); do
    ip link del "cfh${ns#cfns}" 2>/dev/null || true
    ip netns del "$ns" 2>/dev/null || true
  done
  mkdir -p "$OUT/server-logs" && cp -r "$work/usr/servers/supervision/logs/." "$OUT/server-logs/" 2>/dev/null || true
  rm -rf "$data" "$work"
}
trap cleanup EXIT

server_dir=$WLP_USER_DIR/servers/supervision
mkdir -p "$server_dir/apps"
cp "$packaged/server.xml" "$packaged/server.env" "$packaged/jvm.options" "$server_dir/"
# the application as liberty:deploy declares it, under the name it is copied to here
mkdir -p "$server_dir/configDropins/defaults"
echo '<server><webApplication id="web-ui" location="web-ui.war" name="web-ui"/></server>' \
  > "$server_dir/configDropins/defaults/install_apps_configuration.xml"
[ -d "$packaged/resources" ] && cp -r "$packaged/resources" "$server_dir/"
cp "$WAR" "$server_dir/apps/web-ui.war"
unzip -tq "$server_dir/apps/web-ui.war" >/dev/null \
  || { echo "$WAR is incomplete (a build is writing it?): try again when it is done"; exit 1; }
printf 'http.port=%s\nhttps.port=%s\n' "$PORT" "$HTTPS_PORT" > "$server_dir/bootstrap.properties"
export PLATFORM_DATA_DIR="$data" PLATFORM_ADMIN_INITIAL_PASSWORD="$ADMIN_PASSWORD" METRICS_PASSWORD

start_server() {
  "$WLP/bin/server" start supervision >/dev/null
  local until=$((SECONDS + 300))
  while [ "$SECONDS" -lt "$until" ]; do
    curl -sf -m 5 -o /dev/null "http://localhost:$PORT/health/ready" && return 0
    sleep 0.5
  done
  echo "not ready after 300 s (server log in $OUT/server-logs)"; exit 1
}

server_pid() {
  cat "$WLP_USER_DIR/servers/.pid/supervision.pid"
}

javac -d "$work" bench/ClientFaults.java
browser_dir=$PWD/src/test/browser
[ -d "$browser_dir/node_modules/playwright-core" ] || { echo "run npm ci in $browser_dir first"; exit 1; }
[ -x /usr/bin/chromium ] || { echo "needs Debian's /usr/bin/chromium"; exit 1; }

start_server
pid=$(server_pid)
echo "server up on $PORT (pid $pid); results in $OUT"
status=0
java -cp "$work" ClientFaults "http://localhost:$PORT" "$ADMIN_PASSWORD" "$browser_dir" "$pid" "$OUT" \
  || status=$?
mkdir -p "$OUT/server-logs" && cp -r "$server_dir/logs/." "$OUT/server-logs/" 2>/dev/null || true
cp "$OUT/server-logs/messages.log" "$OUT/" 2>/dev/null || true
echo "server log: $(grep -c ' W ' "$OUT/messages.log" 2>/dev/null || true) warnings," \
  "$(grep -c ' E ' "$OUT/messages.log" 2>/dev/null || true) errors (in $OUT/messages.log)"
[ "$status" = 0 ] && echo "PASS: every other request was answered" || echo "FAIL (details in $OUT)"
exit "$status"
