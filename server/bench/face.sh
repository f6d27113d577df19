#!/usr/bin/env bash
# Face recognition benchmark: false accept / false reject rates at a few thresholds on labelled pairs
# from the npm package @vladmandic/face-api@1.7.15 (demo/sample*.jpg, which the build installs in
# server/face-model/node_modules), and the time of one verification (detect + landmarks + descriptor
# on a 640x480 photo) after warm-up, the model's load apart, and the heap.
set -euo pipefail
exec "$(dirname "$0")/java-main.sh" 1g cn.ggzy.server.bench.FaceBenchmark "$@"
