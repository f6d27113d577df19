#!/usr/bin/env python3
"""Independent check of a published draw of evaluation experts (评标专家抽取), standard library only
(with verify_draw.py beside it, whose HMAC_DRBG and uniform pick it uses).

Usage:
  python3 verify_expert_draw.py <base-url> <draw-id>
      e.g. python3 verify_expert_draw.py https://example.org XD-0A1B2C3D4E5F60718293
  python3 verify_expert_draw.py --files <document.json> <seed-hex> <witness-value>

It re-implements docs/expert-draw.md for every round once the evaluation has started: SHA-256 of
the round's document against the commitment published before the draw, SHA-256 of the revealed
seed against the seed hash, HMAC_DRBG (NIST SP 800-90A, HMAC-SHA-256) seeded with seed, witness
value and commitment, and the draw itself; then compares with the published experts.
"""
import hashlib
import json
import os
import sys
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from verify_draw import HmacDrbg, below  # noqa: E402  the same generator as the inspection draws


def draw(document_text: str, seed: bytes, witness: str):
    doc = json.loads(document_text)
    if doc.get("format") != "ggzy-expert-draw/1":
        raise SystemExit("not an expert draw document")
    commitment = hashlib.sha256(document_text.encode("utf-8")).digest()
    drbg = HmacDrbg(seed, witness.encode("utf-8"), commitment)
    candidates = sorted(doc["candidates"], key=lambda c: c["id"])
    used = set(doc["excludedGroups"])
    members = []
    for quota in sorted(doc["quotas"], key=lambda q: q["specialty"]):
        for _ in range(quota["count"]):
            eligible = [c for c in candidates if quota["specialty"] in c["specialties"] and c["group"] not in used]
            if not eligible:
                raise SystemExit(f"no expert left for {quota['specialty']}")
            chosen = eligible[below(drbg, len(eligible))]
            used.add(chosen["group"])
            members.append({"expert": chosen["id"], "specialty": quota["specialty"]})
    return members


def main(argv):
    if argv[:1] == ["--files"]:
        document_text = open(argv[1], encoding="utf-8").read()
        print(json.dumps(draw(document_text, bytes.fromhex(argv[2]), argv[3]), ensure_ascii=False))
        return 0
    base, draw_id = argv[0].rstrip("/"), argv[1]
    published = json.loads(urllib.request.urlopen(f"{base}/api/v1/public/experts/draws/{draw_id}").read()
                           .decode("utf-8"))
    if published["sealed"]:
        print("sealed: the seeds and results are published once the evaluation has started")
        return 2
    ok = True
    for r in published["rounds"]:
        if r.get("document") is None:
            print(f"round {r['number']}: not drawn")
            continue
        seed = bytes.fromhex(r["seed"])
        checks = {
            "commitment": hashlib.sha256(r["document"].encode("utf-8")).hexdigest() == r["commitment"],
            "seed": hashlib.sha256(seed).hexdigest() == r["seedHash"],
            "recomputed": draw(r["document"], seed, r["witnessValue"]) == json.loads(r["result"]),
        }
        for name, passed in checks.items():
            print(("OK   " if passed else "FAIL ") + f"round {r['number']} {name}")
        ok = ok and all(checks.values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
