#!/usr/bin/env bash
# Benchmark of the public channel (run after ./mvnw -pl liberty-config -am package -DskipTests).
# Starts the packaged "supervision" server on a fresh data directory (embedded MongoDB, every
# acknowledged submission committed and fsynced before its 201), then measures in one run, with
# THREADS concurrent clients for SECONDS each: GET /health/live (the trivial endpoint), anonymous
# reports without attachment (POST /reports alone, and challenge + POST), and with a 1 MB photo
# (multipart upload + challenge + POST), after a warm-up of WARMUP_SECONDS (45) of submissions. The proof of work is 4 bits here (16 by default) and the
# rate limits are lifted (intake-env.sh). The client runs on the same machine. Rerunnable.
# Besides throughput and latency, each line gives the CPU time per operation of the server JVM
# (from /proc, including its background work such as registering the cases) and of the client:
# on a shared machine these tell what a dedicated one would do.
set -euo pipefail
cd "$(dirname "$0")/.."
THREADS=${THREADS:-32}
SECONDS_EACH=${SECONDS_EACH:-20}
# shellcheck source=intake-server.sh
. bench/intake-server.sh
start_server
echo "$(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
pid=$(server_pid)
java -Dserver.pid="$pid" -Dwarmup.seconds="${WARMUP_SECONDS:-45}" -cp "$work" IntakeLoad bench "http://localhost:$PORT" "$THREADS" "$SECONDS_EACH"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 5
"$WLP/bin/server" stop supervision >/dev/null
echo "data directory size: $(du -sh "$data" | cut -f1)"
rm -rf "$data" "$work"
