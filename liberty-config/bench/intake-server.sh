# Shared by the public channel's scripts (sourced from liberty-config): the packaged "supervision"
# server on PORT/HTTPS_PORT (9280/9643) with a fresh data directory ($data), the benchmark
# settings of intake-env.sh, the admin password ADMIN_PASSWORD, the scraper's METRICS_PASSWORD and
# METRICS_URL (/metrics is HTTPS only), and the load client compiled into
# $work. start_server starts it and waits until it is ready; server_pid prints its JVM's pid.
WLP=target/liberty/wlp
PORT=${PORT:-9280}
HTTPS_PORT=${HTTPS_PORT:-9643}
ADMIN_PASSWORD=${ADMIN_PASSWORD:-Bench-Admin-2026}
# /metrics answers only over HTTPS with the scraper's login (server.xml)
METRICS_PASSWORD=${METRICS_PASSWORD:-Bench-Metrics-2026}
METRICS_URL="https://localhost:$HTTPS_PORT"
[ -x "$WLP/bin/server" ] || { echo "build first: ./mvnw -pl liberty-config -am package -DskipTests"; exit 1; }
printf 'http.port=%s\nhttps.port=%s\n' "$PORT" "$HTTPS_PORT" > "$WLP/usr/servers/supervision/bootstrap.properties"
# shellcheck source=intake-env.sh
. bench/intake-env.sh
data=$(mktemp -d)
work=$(mktemp -d)
export PLATFORM_DATA_DIR="$data" PLATFORM_ADMIN_INITIAL_PASSWORD="$ADMIN_PASSWORD" METRICS_PASSWORD METRICS_URL
javac -d "$work" bench/IntakeLoad.java

start_server() {
  "$WLP/bin/server" start supervision >/dev/null
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && return 0
    sleep 0.2
  done
  echo "not ready after 120 s"; exit 1
}

server_pid() {
  cat "$WLP/usr/servers/.pid/supervision.pid"
}
