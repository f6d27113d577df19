#!/usr/bin/env bash
# A city's national-format batch imported (new and again), exported as JSON, XML and OCDS, end to end
# on the embedded MongoDB (issue 20; no target set, the figures are reported): server/bench/exchange.sh [sections]
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" 1g cn.ggzy.server.bench.ExchangeBenchmark "$@" 2>&1 | grep -v "SLF4J\|INFO\|^Dec\|^[A-Z][a-z][a-z] [0-9]"
