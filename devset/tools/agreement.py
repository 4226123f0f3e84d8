"""How far two annotation passes of the operations agree, scored as `khabar eval` scores.

    python devset/tools/agreement.py [PASS GOLD_PASS]     (default: 1 2)

Pass 1 is session 1's (no written rules), pass 2 the gold (guidelines version 2, docs/gold-format.md),
pass 3 a second, independent annotation under the same guidelines. PASS is scored as if it were a
prediction against GOLD_PASS, with the scorer's own matching: same type and one place in common. A
place of the predicting pass counts with every mention of the same entity in its article, as the
extractor's places do. Also printed: how often the two passes put an operation on the same trigger,
and the types they gave when they did. Needs only the repository.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))

import build_gold  # noqa: E402
from kg.evaluate import _match, _overlap, _same_operation, _span  # noqa: E402


def as_prediction(gold: dict) -> list[dict]:
    """A gold file's operations in the shape the scorer gives predicted ones."""
    by_span = {(p["start"], p["end"]): p for p in gold["places"]}
    ops = []
    for op in gold["operations"]:
        places = []
        for ref in op["places"]:
            entity = by_span[(ref["start"], ref["end"])]["name"]
            spans = [(p["start"], p["end"]) for p in gold["places"] if p["name"] == entity]
            places.append({"qid": ref["qid"], "spans": spans})
        ops.append({"type": op["type"], "places": places, "span": _span(op["trigger"])})
    return ops


def main(argv: list[str]) -> int:
    one, two = (int(a) for a in argv[1:3]) if len(argv) > 2 else (1, 2)
    articles = build_gold.load_articles("dev")
    first = {s.id: s for s in build_gold.all_specs("dev", operations_pass=one)}
    totals = Counter()
    types = Counter()
    print(f"{'article':38} {'pass' + str(one):>5} {'pass' + str(two):>5} {'agree':>5}  F1")
    for spec in build_gold.all_specs("dev", operations_pass=two):
        second = build_gold.build(spec, articles[spec.id])
        earlier = build_gold.build(first[spec.id], articles[spec.id])
        pred = as_prediction(earlier)
        score, _ = _match(second["operations"], pred, _same_operation)
        totals.update(tp=score.tp, pass1=len(pred), pass2=len(second["operations"]))
        trig, pairs = _match(second["operations"], pred, lambda g, p: _overlap(p["span"], _span(g["trigger"])))
        totals.update(trigger_tp=trig.tp)
        types.update((g["type"], p["type"]) for g, p in pairs)
        f1 = 2 * score.tp / (len(pred) + len(second["operations"]) or 1)
        print(f"{spec.id:38} {len(pred):5} {len(second['operations']):5} {score.tp:5}  {f1:.3f}")
    f1 = 2 * totals["tp"] / (totals["pass1"] + totals["pass2"])
    trig = 2 * totals["trigger_tp"] / (totals["pass1"] + totals["pass2"])
    print(f"\noperations (type + place), pass {one} scored against pass {two}: F1 {f1:.3f} "
          f"({totals['tp']} agreed; {totals['pass1']} in pass {one}, {totals['pass2']} in pass {two})")
    print(f"same trigger: F1 {trig:.3f}; of the {totals['trigger_tp']} shared triggers, same type "
          f"{sum(n for (a, b), n in types.items() if a == b)}")
    print(f"types on shared triggers that differ (pass {two} <- pass {one}):")
    for (a, b), n in sorted(types.items(), key=lambda x: -x[1]):
        if a != b:
            print(f"  {a:20} <- {b:20} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
