"""Write devset/articles.jsonl from the shared corpora (needs /work/shared/corpus).

Each selected article is named by (corpus file, 1-based line number); the row keeps every corpus
field as it is and adds ``source_file`` and ``source_line``. Rows are sorted by id.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

CORPUS = Path("/work/shared/corpus")
OUT = Path(__file__).resolve().parents[1] / "articles.jsonl"

AR = "ant-arabic-news.jsonl.gz"
EN = "fakes-english-syria.jsonl.gz"

# (file, line, id) — the id is checked against the line.
SELECTED = [
    (AR, 202, "BB-middleEast-161-20180308"),
    (AR, 216, "BB-middleEast-174-20180311"),
    (AR, 255, "BB-middleEast-209-20180317"),
    (AR, 314, "BB-middleEast-262-20180329"),
    (AR, 624, "BB-middleEast-541-20180527"),
    (AR, 955, "BB-middleEast-84-20180224"),
    (AR, 2806, "FR-middleEast-131-20180310"),
    (AR, 2962, "FR-middleEast-272-20180413"),
    (AR, 3071, "FR-middleEast-379-20180429"),
    (AR, 3396, "FR-middleEast-702-20180628"),
    (AR, 3608, "FR-middleEast-912-20180810"),
    (AR, 6320, "SK-middleEast-340-20180316"),
    (AR, 4878, "SK-middleEast-2101-20180602"),
    (AR, 6373, "SK-middleEast-3448-20180818"),
    (EN, 1, "fakes-1914947530"),
    (EN, 30, "fakes-1918150036"),
    (EN, 94, "fakes-1923102896"),
    (EN, 134, "fakes-1923102975"),
    (EN, 309, "fakes-1924058068"),
    (EN, 535, "fakes-1926479296"),
]


def main() -> int:
    wanted: dict[str, dict[int, str]] = {}
    for name, line, ident in SELECTED:
        wanted.setdefault(name, {})[line] = ident
    rows = []
    for name, lines in wanted.items():
        with gzip.open(CORPUS / name, "rt", encoding="utf-8") as handle:
            for number, raw in enumerate(handle, start=1):
                if number in lines:
                    record = json.loads(raw)
                    if record["id"] != lines[number]:
                        raise SystemExit(f"{name}:{number} is {record['id']}, expected {lines[number]}")
                    record["source_file"] = name
                    record["source_line"] = number
                    rows.append(record)
    if len(rows) != len(SELECTED):
        raise SystemExit(f"found {len(rows)} of {len(SELECTED)} articles")
    rows.sort(key=lambda r: r["id"])
    with OUT.open("w", encoding="utf-8") as out:
        for record in rows:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
