#!/usr/bin/env bash
# Sustained load on the public channel (run after ./mvnw -pl liberty-config -am package -DskipTests).
# Like intake-bench.sh (fresh data directory, embedded MongoDB, fsync before each 201, 4-bit proof
# of work, rate limits lifted), but files reports without attachment for SLICES slices of
# SLICE_SECONDS each, back to back, and prints after each slice its throughput and latency with
# the case registration's progress from /metrics: while a burst lasts, registration makes way for
# the filers for at most platform.intake.registration-yield-at-most-seconds (120), then takes its
# share again. Shows what a burst longer than that allowance costs the filers. Rerunnable.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-32}
SLICES=${SLICES:-6}
SLICE_SECONDS=${SLICE_SECONDS:-40}
# shellcheck source=intake-server.sh
. bench/intake-server.sh
start_server
pid=$(server_pid)
gauge() {
  curl -sk -u "metrics:$METRICS_PASSWORD" "$METRICS_URL/metrics?scope=application" | awk -v n="intake_cases_$1" '$1 ~ "^"n {print $2; exit}'
}
echo "$(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg); $THREADS clients, $SLICES × $SLICE_SECONDS s"
for s in $(seq 1 "$SLICES"); do
  line=$(java -Dserver.pid="$pid" -cp "$work" IntakeLoad reports "http://localhost:$PORT" "$THREADS" "$SLICE_SECONDS")
  echo "$((s * SLICE_SECONDS)) s: ${line#POST /reports (no attachment)}   cases registered $(gauge registered), waiting $(gauge waiting)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
"$WLP/bin/server" stop supervision >/dev/null
rm -rf "$data" "$work"
