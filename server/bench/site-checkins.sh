#!/usr/bin/env bash
# The morning peak of post-award site supervision (标后监管): 2,000 site check-ins in 10 minutes, each with
# two new 640x480 phone frames, decided through the real wiring (face model on both frames, liveness,
# geofence, reuse screens) on the embedded MongoDB on disk; open-loop arrivals on a fixed timetable, 8
# request threads; latency p50/p95/p99/max from the scheduled arrival to the decision, throughput,
# outcomes, errors, heap, data size. The people are enrolled first (timed apart):
#   server/bench/site-checkins.sh [--count 2000] [--rate 3.333|max] [--threads 8] [--enrol-threads 2]
#                                 [--people-per-project 5] [--min-yaw 0.08] [--seed 42] [--data-dir DIR]
# BENCH_HEAP sets the heap (default 2g), BENCH_JAVA_OPTS adds JVM options; Maven runs offline unless
# BENCH_MAVEN_OFFLINE is set to something else (e.g. empty). The run lasts 15-20 minutes with the
# enrolment, so it works on a copy of the compiled classes: a build running meanwhile cannot pull
# them away from under it.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFLINE=${BENCH_MAVEN_OFFLINE--o}
./mvnw -q $OFFLINE -pl server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
snapshot=$(mktemp -d -t site-bench-classes.XXXXXX)
trap 'rm -rf "$snapshot"' EXIT
cp -r server/target/test-classes "$snapshot/test-classes"
cp -r server/target/classes "$snapshot/classes"
cp="$snapshot/test-classes:$snapshot/classes:$(cat server/target/bench.classpath)"
java -Xmx"${BENCH_HEAP:-2g}" ${BENCH_JAVA_OPTS:-} -cp "$cp" cn.ggzy.server.bench.SiteCheckInBenchmark "$@" 2>&1 \
  | grep --line-buffered -v "SLF4J\|INFO\|^Dec\|^[A-Z][a-z][a-z] [0-9]"
