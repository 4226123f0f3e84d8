"""Across articles: operations that report the same happening, linked (never merged) with a score."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import pyoxigraph as ox

KH = "https://w3id.org/khabar/ontology#"
LINKS_GRAPH = "https://w3id.org/khabar/graph/event-links"
METHOD = "khabar-event-link-v1: same operation family, a shared place (or one inside the other, below country " \
         "level), no conflicting agents, dates within 3 days; score = 0.35 type + 0.35 place + 0.2 agent + 0.1 date"
THRESHOLD = 0.6
_FAMILIES = {
    "ground": {"GroundOffensive", "Entry", "Advance", "Capture", "ArmedClash", "Attack"},
    "air": {"AirCampaign", "Airstrike"},
    "shelling": {"Shelling"},
    "control": {"TerritorialControl"},
    "redeployment": {"Redeployment"},
}
_OPERATIONS = """
PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX schema: <https://schema.org/>
SELECT ?article ?op ?type ?place ?agent ?day ?published WHERE {
  GRAPH ?article {
    ?op kh:place ?place ; a ?type .
    FILTER(STRSTARTS(STR(?type), STR(kh:)))
    OPTIONAL { ?op kh:agent ?agent }
    OPTIONAL { ?op kh:time/kh:resolvedStart ?day }
    OPTIONAL { ?article schema:datePublished ?published }
  }
}"""
_PARENTS = """
PREFIX kh: <https://w3id.org/khabar/ontology#>
SELECT DISTINCT ?place ?parent WHERE { ?place kh:partOf ?parent }"""
_COUNTRIES = """
PREFIX kh: <https://w3id.org/khabar/ontology#>
SELECT DISTINCT ?place WHERE { ?place a kh:Country }"""


@dataclass
class Op:
    """What the linker needs of one operation."""

    iri: str
    article: str
    type: str
    places: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)
    day: dt.date | None = None


def _family(cls: str) -> str:
    return next((name for name, members in _FAMILIES.items() if cls in members), cls)


def read_operations(store: ox.Store) -> list[Op]:
    """Every operation of every article graph, with places, agents and a date."""
    ops: dict[str, Op] = {}
    for row in store.query(_OPERATIONS):
        op = ops.setdefault(row["op"].value, Op(row["op"].value, row["article"].value, row["type"].value[len(KH):]))
        op.places.add(row["place"].value)
        if row["agent"] is not None:
            op.agents.add(row["agent"].value)
        day = row["day"] or row["published"]
        if day is not None and op.day is None:
            op.day = dt.date.fromisoformat(day.value[:10])
    return sorted(ops.values(), key=lambda o: o.iri)


def _ancestors(store: ox.Store) -> dict[str, set[str]]:
    """Each place with every place that contains it (itself included), countries left out."""
    parents: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_PARENTS, use_default_graph_as_union=True):
        parents[row["place"].value].add(row["parent"].value)
    countries = {row["place"].value for row in store.query(_COUNTRIES, use_default_graph_as_union=True)}
    closure: dict[str, set[str]] = {}

    def up(place: str) -> set[str]:
        if place not in closure:
            closure[place] = {place}
            for parent in parents.get(place, ()):
                closure[place] |= up(parent)
        return closure[place]

    return {p: up(p) - countries for p in set(parents) | {q for qs in parents.values() for q in qs}}


def score_pair(a: Op, b: Op, areas: dict[str, set[str]]) -> float:
    """How likely two operations report the same happening (0 when they cannot)."""
    if a.article == b.article or _family(a.type) != _family(b.type):
        return 0.0
    place = _place_score(a.places, b.places, areas)
    if not place:
        return 0.0
    if a.day and b.day and abs((a.day - b.day).days) > 3:
        return 0.0
    if a.agents and b.agents and not a.agents & b.agents:
        return 0.0
    agent = 1.0 if a.agents & b.agents else 0.5
    date = 1.0 if a.day and b.day else 0.5
    return round(0.35 * (1.0 if a.type == b.type else 0.7) + 0.35 * place + 0.2 * agent + 0.1 * date, 3)


def _place_score(a: set[str], b: set[str], areas: dict[str, set[str]]) -> float:
    """1 for a shared place, 0.7 when one lies inside the other, else 0."""
    if a & b:
        return 1.0
    for p in a:
        for q in b:
            if p in areas.get(q, set()) - {q} or q in areas.get(p, set()) - {p}:
                return 0.7
    return 0.0


def link_events(store: ox.Store) -> int:
    """Replace the event-links graph with a link for every pair that scores above the threshold."""
    ops = read_operations(store)
    areas = _ancestors(store)
    blocks: dict[tuple[str, str], list[Op]] = defaultdict(list)
    for op in ops:
        for place in op.places:
            for area in areas.get(place, {place}):
                blocks[(_family(op.type), area)].append(op)
    links: dict[tuple[str, str], float] = {}
    for members in blocks.values():
        for a, b in combinations(sorted({o.iri: o for o in members}.values(), key=lambda o: o.iri), 2):
            key = (a.iri, b.iri) if a.iri < b.iri else (b.iri, a.iri)
            if key not in links:
                links[key] = score_pair(a, b, areas)
    kept = {k: v for k, v in links.items() if v >= THRESHOLD}
    store.update(_link_update(kept))
    return len(kept)


def _link_update(links: dict[tuple[str, str], float]) -> str:
    """A SPARQL update that replaces the links graph in one transaction."""
    lines = []
    for (a, b), score in sorted(links.items()):
        node = f"https://w3id.org/khabar/resource/event-link/{hashlib.sha256(f'{a} {b}'.encode()).hexdigest()[:16]}"
        lines.append(f"<{node}> a <{KH}EventLink> ; <{KH}linksOperation> <{a}> , <{b}> ; "
                     f'<{KH}score> "{score}"^^<http://www.w3.org/2001/XMLSchema#decimal> ; '
                     f'<{KH}method> "{METHOD}" .')
        lines.append(f"<{a}> <{KH}reportsSameEventAs> <{b}> . <{b}> <{KH}reportsSameEventAs> <{a}> .")
    body = "\n".join(lines)
    return f"DROP SILENT GRAPH <{LINKS_GRAPH}> ;\nINSERT DATA {{ GRAPH <{LINKS_GRAPH}> {{\n{body}\n}} }}"
