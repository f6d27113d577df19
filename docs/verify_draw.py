#!/usr/bin/env python3
"""Independent check of a published random inspection draw (双随机一公开), standard library only.

Usage:
  python3 verify_draw.py <base-url> <region> <plan-id>
      e.g. python3 verify_draw.py https://example.org 421181 6566f0c2a1b2c3d4e5f60718
  python3 verify_draw.py --files <document.json> <seed-hex> <witness-value> [<commitment> <seed-hash> <result.json>]

It re-implements docs/random-inspection-draw.md: SHA-256 of the data file against the commitment,
SHA-256 of the seed against the seed hash, HMAC_DRBG (NIST SP 800-90A, HMAC-SHA-256) seeded with
seed, witness value and commitment, and the draw itself; then compares with the published teams.
"""
import hashlib
import hmac
import json
import math
import sys
import urllib.request
from datetime import date


class HmacDrbg:
    """NIST SP 800-90A Rev. 1, 10.1.2, HMAC-SHA-256, no prediction resistance, no additional input."""

    def __init__(self, entropy: bytes, nonce: bytes, personalization: bytes):
        self.k = b"\x00" * 32
        self.v = b"\x01" * 32
        self._update(entropy + nonce + personalization)

    def _h(self, key, data):
        return hmac.new(key, data, hashlib.sha256).digest()

    def _update(self, provided: bytes):
        self.k = self._h(self.k, self.v + b"\x00" + provided)
        self.v = self._h(self.k, self.v)
        if provided:
            self.k = self._h(self.k, self.v + b"\x01" + provided)
            self.v = self._h(self.k, self.v)

    def generate(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            self.v = self._h(self.k, self.v)
            out += self.v
        self._update(b"")
        return out[:n]


def below(drbg: HmacDrbg, n: int) -> int:
    """Uniform integer in [0, n): 8 bytes big-endian per try, rejecting x >= 2^64 - (2^64 mod n)."""
    limit = 2**64 - (2**64 % n)
    while True:
        x = int.from_bytes(drbg.generate(8), "big")
        if x < limit:
            return x % n


def months_before(d: date, months: int) -> date:
    """d minus whole months, the day clamped to the month's end (as java.time does)."""
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return date(y, m, min(d.day, last[m - 1]))


def draw(document_text: str, seed: bytes, witness: str):
    doc = json.loads(document_text)
    plan = doc["plan"]
    commitment = hashlib.sha256(document_text.encode("utf-8")).digest()
    drbg = HmacDrbg(seed, witness.encode("utf-8"), commitment)
    objects = sorted(doc["objects"], key=lambda o: o["id"])
    inspectors = sorted(doc["inspectors"], key=lambda i: i["id"])
    conflicts = {(c["inspector"], c["object"]) for c in doc["conflicts"]}
    recent = set()
    if plan["recusalMonths"] > 0:
        since = months_before(date.fromisoformat(plan["committedOn"]), plan["recusalMonths"])
        recent = {(v["inspector"], v["object"]) for v in doc["history"] if date.fromisoformat(v["date"]) > since}
    period_to = date.fromisoformat(plan["periodTo"])

    def excluded(i, o):
        return (date.fromisoformat(i["validUntil"]) < period_to
                or (i["id"], o["id"]) in conflicts
                or (o["supervisingUnit"] != "" and o["supervisingUnit"] == i["department"])
                or (i["id"], o["id"]) in recent)

    size = plan["teamSize"]
    if not objects:
        raise SystemExit("no objects: no draw is possible")
    for o in objects:  # every object must be staffable, else the document allows no draw at all
        eligible = [i for i in inspectors if not excluded(i, o)]
        if len(eligible) < size or (plan["jointTeams"] and len({i["department"] for i in eligible}) < 2):
            raise SystemExit(f"no team possible for {o['id']}")
    n = len(objects)
    sel = plan["selection"]
    k = min(sel["value"], n) if sel["mode"] == "COUNT" else math.ceil(n * sel["value"] / 100)
    left = list(objects)
    teams = []
    for _ in range(k):
        r = below(drbg, sum(o["weight"] for o in left))
        running = 0
        for idx, o in enumerate(left):
            running += o["weight"]
            if running > r:
                break
        obj = left.pop(idx)
        eligible = [i for i in inspectors if not excluded(i, obj)]
        team = []
        for place in range(size):
            candidates = [i for i in eligible if i not in team]
            if plan["jointTeams"] and place == size - 1 and len({m["department"] for m in team}) == 1:
                candidates = [c for c in candidates if c["department"] != team[0]["department"]]
            team.append(candidates[below(drbg, len(candidates))])
        teams.append({"object": obj["id"], "inspectors": [i["id"] for i in team]})
    return teams


def main(argv):
    if argv[:1] == ["--files"]:
        document_text = open(argv[1], encoding="utf-8").read()
        seed, witness = bytes.fromhex(argv[2]), argv[3]
        commitment, seed_hash, result = (argv[4], argv[5], json.load(open(argv[6], encoding="utf-8"))) \
            if len(argv) > 6 else (None, None, None)
    else:
        base, region, plan_id = argv[0].rstrip("/"), argv[1], argv[2]
        api = f"{base}/api/v1/public/inspections/{region}/plans/{plan_id}"
        document_text = urllib.request.urlopen(api + "/document").read().decode("utf-8")
        published = json.loads(urllib.request.urlopen(api).read().decode("utf-8"))
        seed, witness = bytes.fromhex(published["draw"]["seed"]), published["draw"]["witnessValue"]
        commitment, seed_hash = published["commitment"]["documentHash"], published["commitment"]["seedHash"]
        result = json.loads(published["draw"]["result"])
    teams = draw(document_text, seed, witness)
    print(json.dumps({"teams": teams}, ensure_ascii=False))
    if result is None:
        return 0
    checks = {
        "commitment": hashlib.sha256(document_text.encode("utf-8")).hexdigest() == commitment,
        "seed": hashlib.sha256(seed).hexdigest() == seed_hash,
        "recomputed": teams == result["teams"],
    }
    for name, passed in checks.items():
        print(("OK   " if passed else "FAIL ") + name)
    return 0 if all(checks.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
