"""Counts per category per gold file and overall (Markdown table), for devset/README.md.

    python devset/tools/stats.py [GOLD_DIR]      (default: devset/gold; devset/heldout/gold for the test set)
"""
import json
import sys
from pathlib import Path

CATS = ("actors", "places", "operations", "statements", "figures", "dates", "attributions")
gold_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "gold"
total = dict.fromkeys(CATS, 0)
qids = resolved = 0
print("| article | lang | " + " | ".join(CATS) + " | QID-linked | dates resolved |")
print("|---|---|" + "---|" * (len(CATS) + 2))
for path in sorted(gold_dir.glob("*.json")):
    g = json.loads(path.read_text(encoding="utf-8"))
    q = sum(1 for m in g["actors"] + g["places"] if m["qid"])
    r = sum(1 for d in g["dates"] if d["resolved_start"])
    qids += q
    resolved += r
    for c in CATS:
        total[c] += len(g[c])
    print(f"| {g['article']['id']} | {g['article']['language']} | " + " | ".join(str(len(g[c])) for c in CATS) + f" | {q} | {r} |")
print("| **total** | | " + " | ".join(f"**{total[c]}**" for c in CATS) + f" | **{qids}** | **{resolved}** |")
