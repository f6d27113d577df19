#!/usr/bin/env bash
# Figures of the bid-rigging engine on generated data (heap capped at 1 GB):
#   1 million bids in 100,000 tenders: parse only vs parse + screen index;
#   near-duplicate search over 10,000 bid documents: MinHash/LSH vs exact all pairs;
#   the live path: 100 sections of one import against a department history of 10,000 tenders.
# EVALUATE=1 also prints, on the published data sets (DATASETS defaults to
# shared/datasets/bid-rigging), the screen index's cold-start table and the review simulation of
# each market (the README's figures).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
"$root/server/bin/rigging" >/dev/null 2>&1 || true   # builds the class path once
cp="$root/rigging-lab/target/classes:$(cat "$root/rigging-lab/target/rigging.classpath")"
main=cn.ggzy.lab.rigging.RiggingBenchmark   # in the rigging-lab module, as the command
java -Xmx1g -cp "$cp" $main screening "${TENDERS:-100000}" "${BIDS:-10}" 2>&1 | grep -v SLF4J
java -Xmx1g -cp "$cp" $main documents "${DOCUMENTS:-10000}" 2>&1 | grep -v SLF4J
java -Xmx1g -cp "$cp" $main live "${HISTORY:-10000}" "${SECTIONS:-100}" 2>&1 | grep -v SLF4J
if [ -n "${EVALUATE:-}" ]; then
  d="${DATASETS:-$root/../shared/datasets/bid-rigging}"
  markets=("$d/DB_Collusion_America_processed.csv" "$d/DB_Collusion_Japan_processed.csv"
    "$d/DB_Collusion_Switzerland_GR_and_See-Gaster_processed.csv" "$d/DB_Collusion_Switzerland_Ticino_processed.csv")
  "$root/server/bin/rigging" index "${markets[@]}" 2>&1 | grep -v SLF4J
  for m in "${markets[@]}"; do
    echo "review simulation: $(basename "$m")"
    "$root/server/bin/rigging" review-simulation "$m" 2>&1 | grep -v SLF4J | grep -E '^ +(40|100|200) |^final'
  done
fi
