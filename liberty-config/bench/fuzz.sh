#!/usr/bin/env bash
# Fuzzing of every public endpoint (issue 16): runs the integration test PublicFuzzIT with
# REQUESTS (100,000) requests generated from the served OpenAPI document and mutated (seed SEED,
# THREADS client threads). It first replays src/test/resources/fuzz/regressions.jsonl, then
# sends the generated requests; any answer of 500 or more fails it. Prerequisite: the modules
# the test server deploys are installed (./mvnw -B -o -pl server,mobile-api,web-ui install
# -DskipTests). Only one IT run at a time: the test server uses the ports of liberty-config/pom.xml.
#
# Output: the figures (requests, status-code histogram per operation and per mutation kind,
# requests/s, the exceptions the server logged behind any 500) in
# liberty-config/target/fuzz-summary.txt, each 5xx request in liberty-config/target/fuzz-failures.jsonl
# (copy its lines into src/test/resources/fuzz/regressions.jsonl), the served document in
# liberty-config/target/fuzz-openapi.json.
#
# Duration on the shared 2-core machine (client and server on the same cores, another
# Liberty benchmark busy beside them), seed 16, 4 threads:
#   REQUESTS=100000: 8–9.5 min in all (maven 487 s and 552 s in two runs), of which the campaign
#                    383–482 s (207–261 requests/s); the rest is the test server's start, the WAR's
#                    deployment, the replay of the regressions and the warm-up
#   the default of the IT (3,000): about 2.5 min in all, the campaign 22–62 s
set -euo pipefail
cd "$(dirname "$0")/../.."
REQUESTS=${REQUESTS:-100000}
SEED=${SEED:-16}
THREADS=${THREADS:-4}
mkdir -p liberty-config/target
rm -f liberty-config/target/fuzz-summary.txt liberty-config/target/fuzz-failures.jsonl
start=$(date +%s)
status=0
./mvnw -B ${MAVEN_OFFLINE--o} -pl liberty-config verify -Dit.test=PublicFuzzIT -Dfuzz.requests="$REQUESTS" \
  -Dfuzz.seed="$SEED" -Dfuzz.threads="$THREADS" "$@" > liberty-config/target/fuzz-maven.log 2>&1 || status=$?
echo "maven: exit $status after $(( $(date +%s) - start )) s (log: liberty-config/target/fuzz-maven.log)"
if [[ -f liberty-config/target/fuzz-summary.txt ]]; then
  cat liberty-config/target/fuzz-summary.txt
fi
if [[ -s liberty-config/target/fuzz-failures.jsonl ]]; then
  echo "5xx requests: liberty-config/target/fuzz-failures.jsonl ($(wc -l < liberty-config/target/fuzz-failures.jsonl) lines)"
fi
grep -E "Tests run:|FAIL" liberty-config/target/fuzz-maven.log | head -5 || true
exit "$status"
