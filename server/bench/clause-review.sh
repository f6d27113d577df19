#!/usr/bin/env bash
# Review of a 200-page tender document (.docx and .pdf), read, split and reviewed with the shipped
# rule book (issue 23; target ≤ 10 s on 2 cores): server/bench/clause-review.sh [pages] [runs]
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" 512m cn.ggzy.server.bench.ClauseReviewBenchmark "$@"
