#!/usr/bin/env bash
# The dispatch dashboard over a city's 1,000,000 cases and 100,000 warnings on the embedded MongoDB:
# each widget and the whole dashboard timed, a month's report generated (issue 24):
#   server/bench/dispatch.sh [--cases N] [--warnings W] [--queries Q]
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" 2g cn.ggzy.server.bench.DispatchBenchmark "$@" 2>&1 | grep --line-buffered -v "SLF4J\|INFO\|^Dec\|^[A-Z][a-z][a-z] [0-9]"
