#!/usr/bin/env bash
# Case-inbox benchmark (issue 3): builds the server module's test classes, then generates N cases
# (default 1,000,000) of 麻城's five departments in a fresh data directory (embedded MongoDB on disk)
# or, when MONGODB_URI is set, in a fresh database of that MongoDB, and times the inbox queries
# (page of 20 + count; p50/p95/p99/max per kind). Options go to the program, e.g.
#   server/bench/case-inbox.sh --cases 100000
#   MONGODB_URI=mongodb://localhost:27017 server/bench/case-inbox.sh
# The JVM heap is bounded: BENCH_HEAP (default 1g) is passed as -Xmx; BENCH_JAVA_OPTS adds JVM
# options, e.g. -Dmongodb.embedded.cache-mb=64 (page cache of the embedded store).
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" "${BENCH_HEAP:-1g}" cn.ggzy.server.bench.CaseInboxBenchmark "$@"
