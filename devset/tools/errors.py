"""Print what the extractor misses and adds against the gold, category by category, in context.

    python devset/tools/errors.py [CATEGORY ...] [--article ID]
    python devset/tools/errors.py --operations-summary
    python devset/tools/errors.py operations --gold devset/heldout/gold --articles devset/heldout/articles.jsonl

Categories: qid_links operations chains figures statements actors places (dates are not listed). A line starts with
`-` for a gold item nothing matched (a miss) and `+` for a predicted item no gold item matched
(an extra), followed by the article id and the text around the item.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from kg.evaluate import _match, _overlap, _span, comparisons, load_gold, predictions  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.graph import to_graph  # noqa: E402
from kg.scoring import _FIXED_CLOCK, _article_index, _gold_id, gold_paths  # noqa: E402


def unmatched(gold: list, predicted: list, same) -> tuple[list, list]:
    """Gold items without a match and predicted items without a match, as the scorer pairs them."""
    _, pairs = _match(gold, predicted, same)
    matched_gold, matched_pred = {id(g) for g, _ in pairs}, {id(p) for _, p in pairs}
    return [g for g in gold if id(g) not in matched_gold], [p for p in predicted if id(p) not in matched_pred]


def around(text: str, span: tuple[int, int], width: int = 40) -> str:
    start, end = span
    return (text[max(0, start - width):start] + "[" + text[start:end] + "]" + text[end:end + width]).replace("\n", " ")


def report(category: str, ident: str, text: str, gold: dict, pred) -> None:
    table = comparisons(gold, pred)
    missed, extra = unmatched(*table["attribution_chains" if category == "chains" else category])
    if category == "qid_links":
        for g in missed:
            found = [p["qid"] for p in pred.actors + pred.places if _overlap(_span(g), _span(p))]
            print(f"- {ident} {g['qid']} got {found} {g['class']} {around(text, _span(g))}")
        for p in extra:
            print(f"+ {ident} {p['qid']} {around(text, _span(p))}")
    elif category == "operations":
        for g in missed:
            places = [text[p["start"]:p["end"]] for p in g.get("places", [])]
            print(f"- {ident} {g['type']} at {places} {around(text, _span(g['trigger']))}")
        for p in extra:
            places = [text[s:e] for pl in p["places"] for s, e in pl["spans"][:1]]
            print(f"+ {ident} {p['type']} at {places} {around(text, p['span'])}")
    elif category == "chains":
        for g in missed:
            print(f"- {ident} {[h['text'] for h in g['chain']]} {around(text, _span(g['cue']), 60)}")
        for p in extra:
            print(f"+ {ident} {[text[h[0][0]:h[0][1]] if h else '?' for h in p]} "
                  f"{around(text, p[-1][0] if p[-1] else (0, 0), 60)}")
    elif category == "figures":
        for g in missed:
            print(f"- {ident} {g['kind']} {g.get('min')}..{g.get('max')} {around(text, _span(g))}")
        for p in extra:
            print(f"+ {ident} {p['kind']} {p['min']}..{p['max']} {around(text, p['span'])}")
    elif category == "statements":
        for g in missed:
            print(f"- {ident} {g['kind']} {around(text, _span(g['cue']))}")
        for p in extra:
            print(f"+ {ident} {p['kind']} {around(text, p['span'])}")
    else:
        for g in missed:
            print(f"- {ident} {g['class']} {around(text, _span(g))}")
        for p in extra:
            print(f"+ {ident} {around(text, _span(p))}")


def operations_summary(results: list[tuple]) -> None:
    """Why gold operations stay unmatched, counted (docs/reading.md): no operation of their own on the
    trigger (merged into an earlier mention, marked as an aim, no trigger word), or one of another
    place or type; and the F1 of trigger detection alone."""
    counts = dict.fromkeys(("merged", "aim", "no trigger word", "other place", "other type"), 0)
    found = predicted = gold_total = 0
    for gold, pred, extraction in results:
        missed, _ = unmatched(gold.get("operations", []), pred.operations, comparisons(gold, pred)["operations"][2])
        for g in missed:
            trigger = _span(g["trigger"])
            on_trigger = [p for p in pred.operations if _overlap(trigger, p["span"])]
            if on_trigger:
                counts["other type" if all(p["type"] != g["type"] for p in on_trigger) else "other place"] += 1
            elif any(_overlap(trigger, (m.start, m.end)) for op in extraction.operations for m in op.also_mentioned):
                counts["merged"] += 1
            elif any(_overlap(trigger, (op.mention.start, op.mention.end)) for op in extraction.operations if op.intended):
                counts["aim"] += 1
            else:
                counts["no trigger word"] += 1
        score, _ = _match(gold.get("operations", []), pred.operations, lambda g, p: _overlap(p["span"], _span(g["trigger"])))
        found, predicted, gold_total = found + score.tp, predicted + score.predicted, gold_total + score.gold
    print("unmatched gold operations:", sum(counts.values()), counts)
    print(f"trigger detection alone: F1 {2 * found / (predicted + gold_total):.3f} ({found} of {gold_total} gold, "
          f"{predicted} predicted)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("categories", nargs="*", default=["qid_links", "operations", "chains"])
    parser.add_argument("--article")
    parser.add_argument("--operations-summary", action="store_true", help="count why operations stay unmatched")
    parser.add_argument("--gold", default=str(REPO / "devset" / "gold"), help="gold directory (default: the dev set)")
    parser.add_argument("--articles", nargs="+", help="where the texts are (default: the dev set's)")
    args = parser.parse_args()
    summary = []
    index = _article_index(args.articles)
    for path in gold_paths([args.gold]):
        ident = _gold_id(path)
        if args.article and ident != args.article:
            continue
        article = index[ident]
        gold = load_gold(path, article.text)
        extraction = extract(article)
        pred = predictions(to_graph(extraction, _FIXED_CLOCK))
        if args.operations_summary:
            summary.append((gold, pred, extraction))
            continue
        for category in args.categories:
            report(category, ident, article.text, gold, pred)
    if args.operations_summary:
        operations_summary(summary)


if __name__ == "__main__":
    main()
