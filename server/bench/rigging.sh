#!/usr/bin/env bash
# Figures of the bid-rigging engine on generated data (heap capped at 1 GB):
#   1 million bids in 100,000 tenders: parse only vs parse + screens + model;
#   near-duplicate search over 10,000 bid documents: MinHash/LSH vs exact all pairs.
# EVALUATE=1 also prints the classifier's per-market table on the published data sets
# (within market and leave-one-market-out; DATASETS defaults to shared/datasets/bid-rigging).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/server/bin/rigging" >/dev/null 2>&1 || true   # builds the class path once
cp="$root/rigging-lab/target/classes:$(cat "$root/rigging-lab/target/rigging.classpath")"
main=cn.ggzy.lab.rigging.RiggingBenchmark   # in the rigging-lab module, as the command
java -Xmx1g -cp "$cp" $main screening "${TENDERS:-100000}" "${BIDS:-10}" 2>&1 | grep -v SLF4J
java -Xmx1g -cp "$cp" $main documents "${DOCUMENTS:-10000}" 2>&1 | grep -v SLF4J
if [ -n "${EVALUATE:-}" ]; then
  d="${DATASETS:-$root/../shared/datasets/bid-rigging}"
  "$root/server/bin/rigging" evaluate "$d/DB_Collusion_America_processed.csv" "$d/DB_Collusion_Japan_processed.csv" \
    "$d/DB_Collusion_Switzerland_GR_and_See-Gaster_processed.csv" "$d/DB_Collusion_Switzerland_Ticino_processed.csv" \
    --repeats 5 2>&1 | grep -v SLF4J
fi
