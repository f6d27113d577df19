#!/usr/bin/env bash
# A draw of 7 evaluation experts from a pool of 5,000 with the constraints, end to end (issue 22;
# target ≤ 200 ms): server/bench/expert-draw.sh [runs] [pool size]
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" 512m cn.ggzy.server.bench.ExpertDrawBenchmark "$@" 2>&1 | grep -v "SLF4J\|INFO\|^Dec\|^[A-Z][a-z][a-z] [0-9]"
