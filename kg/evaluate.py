"""Scoring extraction against gold annotations (docs/gold-format.md): precision, recall, F1."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import RDF, Graph, Literal
from rdflib.namespace import SKOS

from kg.errors import InputError
from kg.graph import KH

CATEGORIES = ("actors", "places", "qid_links", "operations", "statements", "figures", "dates",
              "attribution_chains")
ACTOR_CLASSES = {"Actor", "StateForce", "ArmedGroup", "Militia", "Coalition", "Government", "MediaOrganisation",
                 "NewsAgency", "HumanitarianOrganisation", "UNBody", "MonitoringGroup", "IntelligenceService",
                 "AnonymousSource", "Civilians"}
PLACE_CLASSES = {"Location", "Country", "Governorate", "District", "Subdistrict", "CityOrTown", "Neighbourhood",
                 "Facility", "Landmark", "River", "Region", "Road"}
OPERATION_CLASSES = {"GroundOffensive", "Entry", "Advance", "Capture", "TerritorialControl", "AirCampaign",
                     "Airstrike", "ArmedClash", "Shelling", "Attack", "Redeployment", "Operation"}
STATEMENT_CLASSES = {"Condemnation", "Warning", "Appeal", "Report"}


@dataclass
class Score:
    """Matched, predicted and gold counts of one category."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.gold if self.gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "predicted": self.predicted, "gold": self.gold,
                "precision": _round(self.precision), "recall": _round(self.recall), "f1": _round(self.f1)}


@dataclass
class ArticleResult:
    """Scores of one article, and how many resolvable dates were normalised correctly."""

    article_id: str
    scores: dict[str, Score] = field(default_factory=dict)
    dates_resolvable: int = 0
    dates_normalised: int = 0


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


# --- gold -------------------------------------------------------------------------------------

def load_gold(path: Path, text: str) -> dict:
    """Read a gold file and check that every span's text matches the article at its offsets."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    expected = gold.get("article", {}).get("text_sha256")
    if expected and expected != hashlib.sha256(text.encode("utf-8")).hexdigest():
        raise InputError(str(path), "text_sha256 does not match the article text (a different version?)")
    for where, span in _spans(gold):
        if "text" in span and text[span["start"]:span["end"]] != span["text"]:
            raise InputError(str(path), f"{where}: text {span['text']!r} is not at {span['start']}-{span['end']} "
                                        f"(found {text[span['start']:span['end']]!r})")
    return gold


def _spans(gold: dict) -> Iterable[tuple[str, dict]]:
    """Every span object of a gold file, with where it sits."""
    for category in ("actors", "places", "figures", "dates"):
        for n, item in enumerate(gold.get(category, [])):
            yield f"{category}[{n}]", item
    for n, op in enumerate(gold.get("operations", [])):
        for role in ("trigger", "time"):
            if op.get(role):
                yield f"operations[{n}].{role}", op[role]
    for n, chain in enumerate(gold.get("attributions", [])):
        for k, hop in enumerate(chain.get("chain", [])):
            yield f"attributions[{n}].chain[{k}]", hop


# --- predictions from a graph -----------------------------------------------------------------

@dataclass
class Predicted:
    """What a Khabar graph says about one article, in the shape the scorer compares."""

    actors: list[dict]
    places: list[dict]
    operations: list[dict]
    statements: list[dict]
    figures: list[dict]
    dates: list[dict]
    chains: list[list[list[tuple[int, int]]]]


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _mentions(graph: Graph, node) -> list[tuple[int, int]]:
    return sorted((int(graph.value(m, KH.start)), int(graph.value(m, KH.end))) for m in graph.objects(node, KH.hasMention))


def _kinds(graph: Graph, node) -> set[str]:
    return {_local(t) for t in graph.objects(node, RDF.type) if str(t).startswith(str(KH))}


def _intended(graph: Graph, node) -> bool:
    """An operation the text states as an aim (kh:intended): the gold annotates only what was done."""
    return (node, KH.intended, Literal(True)) in graph


def _qid(graph: Graph, node) -> str | None:
    value = graph.value(node, SKOS.exactMatch)
    return str(value).rsplit("/", 1)[-1] if value is not None else None


def predictions(graph: Graph) -> Predicted:
    """Read the items the scorer needs from an article graph."""
    nodes = sorted(set(graph.subjects(RDF.type, None)))  # a fixed order: the same graph scores the same
    entity_mentions = lambda classes: [  # noqa: E731
        {"start": s, "end": e, "qid": _qid(graph, n)}
        for n in nodes if _kinds(graph, n) & classes for s, e in _mentions(graph, n)]
    operations = [{"type": (_kinds(graph, n) & OPERATION_CLASSES).pop(),
                   "places": [{"spans": _mentions(graph, p), "qid": _qid(graph, p)} for p in graph.objects(n, KH.place)],
                   "span": _mentions(graph, n)[0]}
                  for n in nodes if _kinds(graph, n) & OPERATION_CLASSES and not _intended(graph, n)]
    statements = [{"kind": (_kinds(graph, n) & STATEMENT_CLASSES).pop(),
                   "by": _mentions(graph, graph.value(n, KH.attributedTo)), "span": _mentions(graph, n)[0]}
                  for n in nodes if _kinds(graph, n) & STATEMENT_CLASSES]
    figures = [{"kind": _local(graph.value(n, KH.quantityKind)), "min": _number(graph.value(n, KH.minValue)),
                "max": _number(graph.value(n, KH.maxValue)), "span": _mentions(graph, n)[0]}
               for n in nodes if "Quantity" in _kinds(graph, n)]
    dates = [{"span": _mentions(graph, n)[0], "start": _text(graph.value(n, KH.resolvedStart)),
              "end": _text(graph.value(n, KH.resolvedEnd))} for n in nodes if "TimeExpression" in _kinds(graph, n)]
    return Predicted(entity_mentions(ACTOR_CLASSES), entity_mentions(PLACE_CLASSES), operations, statements,
                     figures, dates, _chains(graph, nodes))


def _chains(graph: Graph, nodes) -> list[list[list[tuple[int, int]]]]:
    """Each outermost claim's chain of sources (as their mention spans), outermost first."""
    claims = [n for n in nodes if (n, KH.attributedTo, None) in graph and "NoComment" not in _kinds(graph, n)]
    relayed = {graph.value(c, KH.relays) for c in claims}
    chains = []
    for claim in sorted(c for c in claims if c not in relayed):
        hops, node = [], claim
        while node is not None:
            hops.append(_mentions(graph, graph.value(node, KH.attributedTo)))
            node = graph.value(node, KH.relays)
        chains.append(hops)
    return chains


def _number(value) -> float | None:
    return None if value is None else float(value)


def _text(value) -> str | None:
    return None if value is None else str(value)


# --- matching ---------------------------------------------------------------------------------

def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _any_overlap(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(_overlap(s, span) for s in spans)


def _match(gold: list, predicted: list, same: Callable[[dict, object], bool]) -> tuple[Score, list[tuple]]:
    """A largest one-to-one matching of gold and predicted items (augmenting paths, tried in text
    order); returns the score and the matched pairs in gold order."""
    fits = [[i for i, p in enumerate(predicted) if same(g, p)] for g in gold]
    owner: dict[int, int] = {}  # predicted index -> gold index

    def assign(n: int, seen: set[int]) -> bool:
        for i in fits[n]:
            if i not in seen:
                seen.add(i)
                if i not in owner or assign(owner[i], seen):
                    owner[i] = n
                    return True
        return False

    for n in range(len(gold)):
        assign(n, set())
    pairs = [(gold[n], predicted[i]) for n, i in sorted((n, i) for i, n in owner.items())]
    return Score(len(pairs), len(predicted), len(gold)), pairs


def _span(item: dict) -> tuple[int, int]:
    return item["start"], item["end"]


def comparisons(gold: dict, pred: Predicted) -> dict[str, tuple[list, list, Callable]]:
    """For each category: the gold items, the predicted items, and when a predicted item matches a gold one."""
    same_span = lambda g, p: _overlap(_span(g), _span(p))  # noqa: E731
    return {
        "actors": (gold.get("actors", []), pred.actors, same_span),
        "places": (gold.get("places", []), pred.places, same_span),
        "qid_links": ([g for g in gold.get("actors", []) + gold.get("places", []) if g.get("qid")],
                      [p for p in pred.actors + pred.places if p["qid"]],
                      lambda g, p: same_span(g, p) and g["qid"] == p["qid"]),
        "operations": (gold.get("operations", []), pred.operations, _same_operation),
        "statements": (gold.get("statements", []), pred.statements,
                       lambda g, p: g["kind"] == p["kind"] and _any_overlap(p["by"], _span(g["by"]))),
        "figures": (gold.get("figures", []), pred.figures, _same_figure),
        "dates": (gold.get("dates", []), pred.dates, lambda g, p: _overlap(_span(g), p["span"])),
        "attribution_chains": (gold.get("attributions", []), pred.chains, _same_chain),
    }


def score_article(gold: dict, pred: Predicted) -> ArticleResult:
    """Score one article in every category."""
    result = ArticleResult(gold["article"]["id"])
    pairs: dict[str, list[tuple]] = {}
    for category, (gold_items, predicted, same) in comparisons(gold, pred).items():
        result.scores[category], pairs[category] = _match(gold_items, predicted, same)
    result.dates_resolvable = sum(1 for g in gold.get("dates", []) if g.get("resolved_start"))
    result.dates_normalised = sum(1 for g, p in pairs["dates"] if g.get("resolved_start")
                                  and (g["resolved_start"], g.get("resolved_end")) == (p["start"], p["end"]))
    return result


def _same_operation(g: dict, p: dict) -> bool:
    """Same type and one place in common (overlapping mention or equal QID)."""
    if g["type"] != p["type"]:
        return False
    for gp in g.get("places", []):
        for pp in p["places"]:
            if (gp.get("qid") and gp.get("qid") == pp["qid"]) or _any_overlap(pp["spans"], _span(gp)):
                return True
    return False


def _same_figure(g: dict, p: dict) -> bool:
    """Same kind, same interval, overlapping spans."""
    return (g["kind"] == p["kind"] and _overlap(_span(g), p["span"])
            and _num(g.get("min")) == p["min"] and _num(g.get("max")) == p["max"])


def _num(value) -> float | None:
    return None if value is None else float(value)


def _same_chain(g: dict, p: list) -> bool:
    """Same length, every hop's source mentioned where the gold hop is."""
    hops = g.get("chain", [])
    return len(hops) == len(p) and all(_any_overlap(spans, _span(hop)) for hop, spans in zip(hops, p))


# --- reporting --------------------------------------------------------------------------------

def overall(results: list[ArticleResult]) -> tuple[dict[str, Score], int, int]:
    """Summed scores over articles (micro-averaged) and the date normalisation counts."""
    total = {c: Score() for c in CATEGORIES}
    for r in results:
        for c in CATEGORIES:
            total[c].add(r.scores[c])
    return total, sum(r.dates_resolvable for r in results), sum(r.dates_normalised for r in results)


def to_json(results: list[ArticleResult]) -> dict:
    """Per-article and overall results as JSON-ready data."""
    total, resolvable, normalised = overall(results)
    return {
        "overall": {c: total[c].as_dict() for c in CATEGORIES}
        | {"dates_normalised": {"correct": normalised, "resolvable": resolvable,
                                "accuracy": _round(normalised / resolvable if resolvable else None)}},
        "articles": {r.article_id: {c: r.scores[c].as_dict() for c in CATEGORIES}
                     | {"dates_normalised": {"correct": r.dates_normalised, "resolvable": r.dates_resolvable}}
                     for r in results},
    }


def to_table(results: list[ArticleResult]) -> str:
    """The overall table (P/R/F1 per category) then F1 per article."""
    total, resolvable, normalised = overall(results)
    fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
    lines = [f"{'category':<20} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    for c in CATEGORIES:
        t = total[c]
        lines.append(f"{c:<20} {fmt(t.precision):>6} {fmt(t.recall):>6} {fmt(t.f1):>6} {t.tp:>5} {t.predicted:>5} {t.gold:>5}")
    accuracy = fmt(normalised / resolvable if resolvable else None)
    lines.append(f"{'dates normalised':<20} {accuracy:>6}  ({normalised} of {resolvable} resolvable dates)")
    lines.append("")
    short = ("actors", "places", "qid_links", "operations", "attribution_chains")
    lines.append(f"{'article (F1)':<34} " + " ".join(f"{c[:9]:>9}" for c in short))
    for r in results:
        lines.append(f"{r.article_id[:34]:<34} " + " ".join(f"{fmt(r.scores[c].f1):>9}" for c in short))
    return "\n".join(lines) + "\n"
