#!/usr/bin/env bash
# Runs a benchmark's main class from the server module's test classes:
#   server/bench/java-main.sh HEAP CLASS [arguments]
# builds the test classes and their class path first (offline unless BENCH_MAVEN_OFFLINE is set
# to something else, e.g. empty); BENCH_JAVA_OPTS adds JVM options.
set -euo pipefail
cd "$(dirname "$0")/../.."
heap=$1 main=$2
shift 2
OFFLINE=${BENCH_MAVEN_OFFLINE--o}
./mvnw -q $OFFLINE -pl server -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="server/target/test-classes:server/target/classes:$(cat server/target/bench.classpath)"
exec java -Xmx"$heap" ${BENCH_JAVA_OPTS:-} -cp "$cp" "$main" "$@"
