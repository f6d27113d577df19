#!/usr/bin/env bash
# Node faults (issue 16): two nodes on one database behind a reverse proxy with sticky sessions,
# and one node killed with kill -9 under load. The rehearsal of the README's "Scale-out": in
# production the database is a MongoDB replica set and the nodes are N stateless Liberty servers;
# here the database is the embedded server started as its own process (bench/StandaloneDatabase.java), the
# nodes are two copies of the packaged server on this machine, and the proxy is Debian's HAProxy.
#
#   ./mvnw -B -o -pl liberty-config -am package -DskipTests      # build first
#   liberty-config/bench/node-faults.sh                          # SECONDS=60 KILL_AT=25 THREADS=6
#   WAR=$PWD/web-ui/target/supervision.war liberty-config/bench/node-faults.sh
#
# Steps: the database on DB_PORT (27117); node A on 9281 and node B on 9282 (HTTPS 9644/9645), both
# with MONGODB_URI pointing at it and one PLATFORM_IDENTITY_KEY, each with a data directory of
# its own (keys, photos' scratch); HAProxy on PROXY_PORT (9290): round robin, a cookie for sticky web
# sessions, /health/ready checked every second, a request whose connection fails sent to the other
# node. Then NodeFaults.java: THREADS reporters submit anonymous reports with a 200 KB photo
# through the proxy (a failed request is sent again with the same idempotency key, as the app
# does), a probe and a reader call the proxy without pause, and node A's JVM gets SIGKILL at
# KILL_AT s. Afterwards, through the proxy (node B alone): every acknowledged receipt is found with
# its access code and its photo's SHA-256, every submission cut off is retried with its key and
# gives one receipt, and every receipt's case is registered (the registration job's cluster lease
# moves to node B) and its photo downloads with the SHA-256 sent (IntakeLoad verify).
# Exit status 0 when nothing acknowledged was lost or doubled and node B kept answering.
set -euo pipefail
cd "$(dirname "$0")/.."
WLP=target/liberty/wlp
packaged=$WLP/usr/servers/supervision
WAR=${WAR:-$packaged/apps/web-ui.war}
SECONDS_LOAD=${SECONDS_LOAD:-60}
KILL_AT=${KILL_AT:-25}
THREADS=${THREADS:-6}
DB_PORT=${DB_PORT:-27117}
PROXY_PORT=${PROXY_PORT:-9290}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Nodes-Admin-2026}
METRICS_PASSWORD=${METRICS_PASSWORD:-Bench-Metrics-2026}
[ -x "$WLP/bin/server" ] && [ -f "$WAR" ] \
  || { echo "build first: ./mvnw -B -o -pl liberty-config -am package -DskipTests"; exit 1; }
command -v haproxy >/dev/null || { echo "installing haproxy"; apt-get install -y -qq haproxy >/dev/null; }
for port in "$DB_PORT" 9281 9282 9644 9645 "$PROXY_PORT"; do
  [ -z "$(ss -Htln "( sport = :$port )")" ] || { echo "port $port is taken"; exit 1; }
done
# shellcheck source=intake-env.sh
. bench/intake-env.sh
OUT=${OUT:-$(mktemp -d /tmp/node-faults.XXXXXX)}
work=$(mktemp -d)
mkdir -p "$OUT" "$work/app" "$work/db"
db_pid=
proxy_pid=
cleanup() {
  for node in a b; do
    WLP_USER_DIR="$work/$node" timeout 60 "$WLP/bin/server" stop supervision >/dev/null 2>&1 || true
    mkdir -p "$OUT/node-$node-logs"
    cp -r "$work/$node/servers/supervision/logs/." "$OUT/node-$node-logs/" 2>/dev/null || true
  done
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null || true
  [ -n "$db_pid" ] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# the database: the embedded server as a process of its own, from the application's own classes
unzip -q "$WAR" 'WEB-INF/*' -d "$work/app"
app_cp="$work/app/WEB-INF/classes:$work/app/WEB-INF/lib/*"
javac -cp "$app_cp" -d "$work" bench/StandaloneDatabase.java
java -Xmx512m -cp "$work:$app_cp" StandaloneDatabase "$DB_PORT" "$work/db/supervision.mv" > "$OUT/database.log" 2>&1 &
db_pid=$!
for _ in $(seq 1 100); do
  [ -n "$(ss -Htln "( sport = :$DB_PORT )")" ] && break
  sleep 0.2
done

identity_key=$(head -c 32 /dev/urandom | base64)
export MONGODB_URI="mongodb://127.0.0.1:$DB_PORT" PLATFORM_IDENTITY_KEY="$identity_key" \
  PLATFORM_ADMIN_INITIAL_PASSWORD="$ADMIN_PASSWORD" METRICS_PASSWORD

node_dir() {
  echo "$work/$1/servers/supervision"
}

prepare_node() {  # name http https
  local dir
  dir=$(node_dir "$1")
  mkdir -p "$dir/apps" "$dir/configDropins/defaults" "$work/$1-data"
  cp "$packaged/server.xml" "$packaged/server.env" "$packaged/jvm.options" "$dir/"
  echo '<server><webApplication id="web-ui" location="web-ui.war" name="web-ui"/></server>' \
    > "$dir/configDropins/defaults/install_apps_configuration.xml"
  [ -d "$packaged/resources" ] && cp -r "$packaged/resources" "$dir/"
  cp "$WAR" "$dir/apps/web-ui.war"
  printf 'http.port=%s\nhttps.port=%s\n' "$2" "$3" > "$dir/bootstrap.properties"
}

start_node() {  # name http
  WLP_USER_DIR="$work/$1" PLATFORM_DATA_DIR="$work/$1-data" "$WLP/bin/server" start supervision >/dev/null
  local until=$((SECONDS + 300))
  while [ "$SECONDS" -lt "$until" ]; do
    curl -sf -m 5 -o /dev/null "http://localhost:$2/health/ready" && return 0
    sleep 0.5
  done
  echo "node $1 not ready after 300 s (logs in $OUT)"; exit 1
}

prepare_node a 9281 9644
prepare_node b 9282 9645
start_node a 9281
start_node b 9282
a_pid=$(cat "$work/a/servers/.pid/supervision.pid")
echo "database on $DB_PORT (pid $db_pid); node A on 9281 (pid $a_pid), node B on 9282"

cat > "$work/haproxy.cfg" <<CFG
global
  maxconn 4000
defaults
  mode http
  timeout connect 2s
  timeout client 120s
  timeout server 120s
  retries 2
  option redispatch
  retry-on conn-failure empty-response
frontend site
  bind 127.0.0.1:$PROXY_PORT
  default_backend nodes
backend nodes
  balance roundrobin
  cookie GGZYNODE insert indirect nocache httponly
  option httpchk GET /health/ready
  http-check expect status 200
  default-server inter 1s fall 2 rise 2
  server a 127.0.0.1:9281 check cookie a
  server b 127.0.0.1:9282 check cookie b
CFG
haproxy -f "$work/haproxy.cfg" -p "$work/haproxy.pid" > "$OUT/haproxy.log" 2>&1 &
proxy_pid=$!
for _ in $(seq 1 50); do
  curl -sf -m 2 -o /dev/null "http://localhost:$PROXY_PORT/health/ready" && break
  sleep 0.2
done
echo "proxy on $PROXY_PORT (pid $proxy_pid); results in $OUT"

javac -d "$work" bench/IntakeLoad.java bench/NodeFaults.java
status=0
java -cp "$work" NodeFaults "http://localhost:$PROXY_PORT" "$a_pid" "http://localhost:9282" "$SECONDS_LOAD" \
  "$KILL_AT" "$THREADS" "$OUT/acks.tsv" | tee "$OUT/node-faults.txt" || status=1
kill -0 "$a_pid" 2>/dev/null && { echo "node A still runs"; status=1; }
rm -f "$work/a/servers/.pid/supervision.pid"
java -cp "$work" IntakeLoad verify "http://localhost:$PROXY_PORT" "$OUT/acks.tsv" "$ADMIN_PASSWORD" \
  | tee -a "$OUT/node-faults.txt" || status=1
[ "$status" = 0 ] && echo "PASS: node B served on, nothing acknowledged was lost or doubled" \
  || echo "FAIL (see $OUT)"
exit "$status"
