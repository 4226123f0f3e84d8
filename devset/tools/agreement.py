"""How far the two annotation passes of the operations agree, scored as `khabar eval` scores.

    python devset/tools/agreement.py

The first pass (session 1, no written rules) is scored as if it were a prediction against the second
(guidelines version 2, docs/gold-format.md), with the scorer's own matching: same type and one place
in common. A place of the first pass counts with every mention of the same entity in its article, as
the extractor's places do. Also printed: how often the two passes put an operation on the same
trigger, and the types they gave when they did. Needs only the repository.
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


def main() -> int:
    articles = build_gold.load_articles("dev")
    first = {s.id: s for s in build_gold.all_specs("dev", operations_pass=1)}
    totals = Counter()
    types = Counter()
    print(f"{'article':38} {'pass1':>5} {'pass2':>5} {'agree':>5}  F1")
    for spec in build_gold.all_specs("dev", operations_pass=2):
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
    print(f"\noperations (type + place), pass 1 scored against pass 2: F1 {f1:.3f} "
          f"({totals['tp']} agreed; {totals['pass1']} in pass 1, {totals['pass2']} in pass 2)")
    print(f"same trigger: F1 {trig:.3f}; of the {totals['trigger_tp']} shared triggers, same type "
          f"{sum(n for (a, b), n in types.items() if a == b)}")
    print("types on shared triggers that differ (pass 2 <- pass 1):")
    for (a, b), n in sorted(types.items(), key=lambda x: -x[1]):
        if a != b:
            print(f"  {a:20} <- {b:20} {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
