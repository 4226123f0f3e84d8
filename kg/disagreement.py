"""Across articles: disagreeing figures, corroboration and first appearances, as a derived graph.

`derive(store)` reads every article graph and replaces the graph
`https://w3id.org/khabar/graph/provenance` with:

- a `kh:Disagreement` for each event and kind of figure where sources give intervals that do not
  overlap (a monitor's 35 dead against a ministry's 4), linking the competing claims;
- `kh:corroboratedBy` between claims of different original sources whose figures for the same
  event overlap, and `kh:corroborationCount` on every claim that gives a figure about an event;
- `kh:firstAppearance` from each innermost claim to the claim, in the earliest-published
  article, where the same source is reported saying the same words (or the same figure).

The same event is one operation, or operations linked by `kh:reportsSameEventAs` (the event-link
graph of `kg/linking.py`, when it was computed). Nothing here says which figure is right.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.vocabulary import KH

PROVENANCE_GRAPH = "https://w3id.org/khabar/graph/provenance"
KHR = "https://w3id.org/khabar/resource/"
_PREFIXES = """PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX schema: <https://schema.org/>
"""
# The derived graph itself is left out of what it is derived from (it is replaced in one update).
_NOT_DERIVED = f"  FILTER (?article != <{PROVENANCE_GRAPH}>)"
_FIGURES = _PREFIXES + """
SELECT ?article ?claim ?source ?kind ?min ?max ?op ?published WHERE {
""" + _NOT_DERIVED + """
  GRAPH ?article {
    ?claim kh:statesQuantity ?q ; kh:attributedTo ?source .
    ?q kh:quantityKind ?kind .
    OPTIONAL { ?q kh:minValue ?min } OPTIONAL { ?q kh:maxValue ?max }
    { ?q kh:concerns ?op . ?op kh:place ?where }
    UNION
    { ?claim kh:about ?op . ?op kh:place ?where .
      FILTER NOT EXISTS { ?q kh:concerns ?other . ?other kh:place ?somewhere } }
    OPTIONAL { ?article schema:datePublished ?published }
  }
}"""
_SAID = _PREFIXES + """
SELECT ?article ?claim ?source ?content ?published WHERE {
""" + _NOT_DERIVED + """
  GRAPH ?article {
    ?claim kh:content ?content ; kh:attributedTo ?source .
    OPTIONAL { ?article schema:datePublished ?published }
  }
}"""
_LINKS = _PREFIXES + ("SELECT ?a ?b WHERE { GRAPH ?g { ?a kh:reportsSameEventAs ?b } "
                       f"FILTER (?g != <{PROVENANCE_GRAPH}>) }}")


@dataclass(frozen=True)
class Figure:
    """A figure a claim gives about an operation, with its interval and article."""

    article: str
    claim: str
    source: str
    kind: str
    low: float
    high: float
    op: str
    published: str

    def overlaps(self, other: "Figure") -> bool:
        """True when the two intervals share a value."""
        return self.low <= other.high and other.low <= self.high


def read_figures(store) -> list[Figure]:
    """Every (claim, figure, operation) triple of the article graphs."""
    out = set()
    for row in store.query(_FIGURES):
        low = float(row["min"].value) if row["min"] else 0.0
        high = float(row["max"].value) if row["max"] else float("inf")
        out.add(Figure(row["article"].value, row["claim"].value, row["source"].value, row["kind"].value,
                       low, high, row["op"].value, row["published"].value if row["published"] else ""))
    return sorted(out, key=lambda f: (f.claim, f.op))


def event_clusters(store, ops: set[str]) -> dict[str, str]:
    """Each operation's event: the smallest IRI among the operations linked to it (union-find)."""
    parent = {op: op for op in ops}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for row in store.query(_LINKS):
        a, b = root(row["a"].value), root(row["b"].value)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {op: root(op) for op in ops}


def _node(kind: str, parts) -> URIRef:
    """A deterministic IRI from the sorted parts."""
    digest = hashlib.sha256("\n".join(sorted(parts)).encode("utf-8")).hexdigest()[:16]
    return URIRef(f"{KHR}{kind}/{digest}")


def disagreement_graph(figures: list[Figure], clusters: dict[str, str]) -> Graph:
    """Disagreement records, corroboration links and counts for the figures."""
    graph = Graph()
    groups: dict[tuple[str, str], list[Figure]] = defaultdict(list)
    for figure in figures:
        groups[(clusters[figure.op], figure.kind)].append(figure)
    for (_, kind), members in sorted(groups.items()):
        competing, corroborators = set(), defaultdict(set)
        for a, b in combinations(members, 2):
            if a.source == b.source or a.claim == b.claim:
                continue
            if a.overlaps(b):
                graph.add((URIRef(a.claim), KH.corroboratedBy, URIRef(b.claim)))
                graph.add((URIRef(b.claim), KH.corroboratedBy, URIRef(a.claim)))
                corroborators[a.claim].add(b.source)
                corroborators[b.claim].add(a.source)
            else:
                competing.update((a, b))
        for figure in members:
            count = len(corroborators[figure.claim])
            graph.set((URIRef(figure.claim), KH.corroborationCount, Literal(count, datatype=XSD.integer)))
        if competing:
            claims = {f.claim for f in competing}
            node = _node("disagreement", claims)
            graph.add((node, RDF.type, KH.Disagreement))
            graph.add((node, KH.figureKind, URIRef(kind)))
            for figure in competing:
                graph.add((node, KH.competingClaim, URIRef(figure.claim)))
                graph.add((node, KH.aboutEvent, URIRef(figure.op)))
    return graph


def normalise(text: str) -> str:
    """Words of a quotation folded for comparison (Arabic variants, case, punctuation, spacing)."""
    from kg.text import fold

    return " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())


def first_appearances(said: list[tuple[str, str, str, str, str]], figures: list[Figure],
                      clusters: dict[str, str]) -> Graph:
    """kh:firstAppearance for every claim: same source, same words or same figure, earliest article."""
    groups: dict[tuple, set[tuple[str, str, str]]] = defaultdict(set)
    for article, claim, source, content, published in said:
        groups[("said", source, normalise(content))].add((published or "9999", article, claim))
    for f in figures:
        groups[("figure", f.source, f.kind, clusters[f.op], f.low, f.high)].add((f.published or "9999", f.article,
                                                                                f.claim))
    first: dict[str, tuple[str, str, str]] = {}
    for members in groups.values():
        earliest = min(members)
        for member in members:
            claim = member[2]
            first[claim] = min(first.get(claim, earliest), earliest)
    graph = Graph()
    for claim, (_, _, origin) in sorted(first.items()):
        graph.add((URIRef(claim), KH.firstAppearance, URIRef(origin)))
    return graph


def read_said(store) -> list[tuple[str, str, str, str, str]]:
    """(article, claim, source, content, published) of every claim that carries words."""
    return [(r["article"].value, r["claim"].value, r["source"].value, r["content"].value,
             r["published"].value if r["published"] else "") for r in store.query(_SAID)]


def provenance_graph(store) -> Graph:
    """The whole derived graph for the store's article graphs."""
    figures = read_figures(store)
    clusters = event_clusters(store, {f.op for f in figures})
    graph = disagreement_graph(figures, clusters)
    graph += first_appearances(read_said(store), figures, clusters)
    return graph


def derive(store) -> int:
    """Replace the derived provenance graph of the store in one update; return its triple count.

    The queries leave the previous derived graph out, so it stays in place, whole, until the new
    one replaces it (a crash while deriving leaves the old graph, never none)."""
    from kg.store import replace_graph

    return replace_graph(store, PROVENANCE_GRAPH, provenance_graph(store))
