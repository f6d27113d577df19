#!/usr/bin/env bash
# Provisional-calendar benchmark (issue 15): first build of a region's working calendar in a fresh
# JVM, a later build (cache refresh) and the cost of one 15-working-day deadline with its
# provisional check, on the shipped notices (2020–2026) and the statutory holidays after them.
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" 256m cn.ggzy.server.bench.CalendarBenchmark "$@"
