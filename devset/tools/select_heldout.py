"""Write devset/heldout*/articles.jsonl: a held-out test set drawn by rule, not by hand.

The development set (devset/articles.jsonl) was read while the extractor's rules were written; its
scores therefore flatter the extractor. The held-out set is drawn at random (fixed seed) from every
corpus article that reports fighting in Syria at a length like the development set's, so nobody
chose articles the extractor happens to read well. Needs /work/shared/corpus (or a path argument).

Rule: Arabic — ANT articles of category middleEast whose text mentions Syria and at least two of
the operation words below; English — FA-KES articles. Both 1,200–3,200 characters, not in the
development set, 6 Arabic and 4 English, drawn with random.Random(20261125) from the id-sorted pool.
The second set (`--set heldout-b`), drawn after the first had been read to find error classes, uses
random.Random(20261126) and leaves out the first set's articles too; the third (`--set heldout-c`,
random.Random(20261127)) was drawn after the second had been read, and leaves out both; the fourth
(`--set heldout-d`, random.Random(20261128)) was drawn after the third had been scored and read, and
leaves out all three; the fifth (`--set heldout-e`, random.Random(20261129)) was drawn after the
fourth had been scored and read, and leaves out all four; the sixth (`--set heldout-f`, random.Random(20261130)) was drawn after
the fifth had been scored blind (session 4) and before anyone read its errors, and leaves out all five;
the seventh (`--set heldout-g`, random.Random(20261131)) was drawn after the sixth had been scored
blind (session 5), and leaves out all six; the eighth (`--set heldout-h`, random.Random(20261201)) was
drawn after the seventh had been scored blind on the final extractor of session 5, and leaves out all seven.

    python devset/tools/select_heldout.py [CORPUS_DIR] [--set heldout|heldout-b|heldout-c|heldout-d|heldout-e|heldout-f|heldout-g|heldout-h]
"""
from __future__ import annotations

import gzip
import json
import random
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1]
SEEDS = {"heldout": 20261125, "heldout-b": 20261126, "heldout-c": 20261127, "heldout-d": 20261128, "heldout-e": 20261129, "heldout-f": 20261130, "heldout-g": 20261131, "heldout-h": 20261201}  # in the order drawn
AR = "ant-arabic-news.jsonl.gz"
EN = "fakes-english-syria.jsonl.gz"
AR_WORDS = ("قصف", "غارات", "غارة", "هجوم", "اشتباكات", "معارك", "سيطرة", "سيطرت", "قذائف")
SYRIA = ("سوريا", "سورية")
SIZE = {AR: 6, EN: 4}


def wanted(name: str, record: dict) -> bool:
    text = record.get("text") or ""
    if not 1200 <= len(text) <= 3200:
        return False
    if name == EN:
        return True
    return (record.get("category") == "middleEast" and any(w in text for w in SYRIA)
            and sum(w in text for w in AR_WORDS) >= 2)


def main(argv: list[str]) -> int:
    args = argv[1:]
    which = "heldout"
    if "--set" in args:
        i = args.index("--set")
        which, args = args[i + 1], args[:i] + args[i + 2:]
    seed = SEEDS[which]
    earlier = list(SEEDS)[:list(SEEDS).index(which)]  # the sets drawn before are left out
    out = DEVSET / which / "articles.jsonl"
    corpus = Path(args[0]) if args else Path("/work/shared/corpus")
    taken = {json.loads(line)["id"] for name in ("articles.jsonl", *(f"{e}/articles.jsonl" for e in earlier))
             for line in (DEVSET / name).open(encoding="utf-8")}
    rows = []
    for name in (AR, EN):
        pool = []
        seen = set()
        with gzip.open(corpus / name, "rt", encoding="utf-8") as handle:
            for number, raw in enumerate(handle, start=1):
                record = json.loads(raw)
                if record["id"] in taken or record["id"] in seen or not wanted(name, record):
                    continue
                seen.add(record["id"])
                record["source_file"] = name
                record["source_line"] = number
                pool.append(record)
        pool.sort(key=lambda r: r["id"])
        rows.extend(random.Random(seed).sample(pool, SIZE[name]))
        print(f"{name}: {len(pool)} candidates, drew {SIZE[name]}")
    rows.sort(key=lambda r: r["id"])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        for record in rows:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    for r in rows:
        print(r["id"], r["source_file"], r["source_line"], len(r["text"]), r.get("title", "")[:70])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
