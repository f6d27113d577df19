#!/usr/bin/env bash
# Provisional-calendar benchmark (issue 15): first build of a region's working calendar in a fresh
# JVM, a later build (cache refresh) and the cost of one 15-working-day deadline with its
# provisional check, on the shipped notices (2020–2026) and the statutory holidays after them.
set -euo pipefail
cd "$(dirname "$0")/../.."
OFFLINE=${BENCH_MAVEN_OFFLINE--o}
./mvnw -q $OFFLINE -pl server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
exec java -Xmx256m -cp "$cp" cn.ggzy.server.bench.CalendarBenchmark "$@"
