"""Attribution chains as PROV-O: qualified attributions with roles, quotation hops, source kinds.

`provenance_triples` runs on one article's triples once its claims are written (kg/graph.py
calls it; `add_provenance` does the same on an rdflib graph):

- every claim gets `prov:wasAttributedTo` its speaker and a `prov:qualifiedAttribution` node
  (`{claim}/attribution`, a `prov:Attribution`) naming the agent, its role in the chain
  (`kh:RelayRole` for a hop that passes on another claim, `kh:OriginalSourceRole` for the
  innermost claim) and the claim's mention, which grounds the hop in its sentence;
- a relaying claim gets `prov:wasQuotedFrom` the claim it passes on and
  `prov:hadPrimarySource` the innermost claim of its chain;
- the article gets `prov:wasAttributedTo` its publisher, qualified with `kh:PublisherRole`;
- every speaker and the publisher get a `kh:sourceKind` (state media, monitor, humanitarian
  source, anonymous official...), decided from the actor's class and affiliation by
  `source_kind`.
"""

from __future__ import annotations

from typing import Iterable

from rdflib import RDF, RDFS, Graph, URIRef

from kg.gazetteer import load_gazetteer
from kg.vocabulary import KH, Vocabulary

PROV = Vocabulary("http://www.w3.org/ns/prov#")
ACTOR_PREFIX = "https://w3id.org/khabar/resource/actor/"
_STATE = {"Government", "StateForce", "IntelligenceService", "Coalition"}
_ARMED = {"ArmedGroup", "Militia"}
_MEDIA = {"MediaOrganisation", "NewsAgency"}
_BY_CLASS = {
    "MonitoringGroup": "MonitorSource", "HumanitarianOrganisation": "HumanitarianSource",
    "UNBody": "HumanitarianSource", "Civilians": "CivilianSource",
    **{cls: "OfficialSource" for cls in _STATE}, **{cls: "ArmedGroupSource" for cls in _ARMED},
}
# Words that make an unnamed source an official one ("a military source", "two US officials").
_OFFICIAL_WORDS = ("عسكري", "مسؤول", "أمني", "امني", "حكومي", "دبلوماسي", "ضابط", "official", "military",
                   "security", "government", "diplomat", "officer", "spokes")
SOURCE_KINDS = ("StateMediaSource", "PartyMediaSource", "IndependentMediaSource", "MonitorSource",
                "HumanitarianSource", "OfficialSource", "ArmedGroupSource", "AnonymousOfficialSource",
                "UnnamedSource", "CivilianSource")


def source_kind(classes: set[str], affiliations: list[set[str]], labels: tuple[str, ...] = ()) -> str | None:
    """The kind of source an actor is, from its Khabar classes and those of what it belongs to.

    `affiliations` lists, for each actor it is affiliated with (directly or further up), that
    actor's classes. Media tied to a state are state media, to an armed group party media;
    an unnamed source tied to a state or an armed group, or whose label calls it military or
    official (`labels`), is an anonymous official.

    >>> source_kind({"NewsAgency"}, [{"Government"}])
    'StateMediaSource'
    >>> source_kind({"AnonymousSource"}, [{"StateForce"}, {"Government"}])
    'AnonymousOfficialSource'
    >>> source_kind({"NewsAgency"}, [])
    'IndependentMediaSource'
    >>> source_kind({"AnonymousSource"}, [], ("مصدر عسكري",))
    'AnonymousOfficialSource'
    """
    tied = set().union(*affiliations) if affiliations else set()
    if classes & _MEDIA:
        if tied & _STATE:
            return "StateMediaSource"
        return "PartyMediaSource" if tied & _ARMED else "IndependentMediaSource"
    if "AnonymousSource" in classes:
        official = tied & (_STATE | _ARMED) or any(w in label.lower() for label in labels for w in _OFFICIAL_WORDS)
        return "AnonymousOfficialSource" if official else "UnnamedSource"
    for cls in sorted(classes):
        if cls in _BY_CLASS:
            return _BY_CLASS[cls]
    return None


class Triples:
    """An article's triples with the few look-ups provenance needs (no rdflib graph to index them)."""

    def __init__(self, triples: Iterable[tuple]):
        self.added: list[tuple] = []
        self._objects: dict[tuple, dict] = {}  # (subject, predicate) -> objects, in the order written
        for s, p, o in triples:
            self._objects.setdefault((s, p), {})[o] = None

    def add(self, triple: tuple) -> None:
        """Add a triple (kept in `added` unless it was there already)."""
        s, p, o = triple
        objects = self._objects.setdefault((s, p), {})
        if o not in objects:
            objects[o] = None
            self.added.append(triple)

    def objects(self, subject, predicate) -> list:
        """Objects of (subject, predicate)."""
        return list(self._objects.get((subject, predicate), ()))

    def value(self, subject, predicate):
        """One object of (subject, predicate), or None."""
        return next(iter(self._objects.get((subject, predicate), ())), None)

    def subjects(self, predicate) -> set:
        """Subjects that have `predicate`."""
        return {s for (s, p) in self._objects if p == predicate}


def _classes(graph: Triples, node) -> set[str]:
    """The kh: class names a node has in the graph, else those of its gazetteer entry."""
    found = {str(t)[len(str(KH)):] for t in graph.objects(node, RDF.type) if str(t).startswith(str(KH))}
    entry = _gazetteer_actor(node)
    return found or ({entry.cls} if entry else set())


def _gazetteer_actor(node):
    """The gazetteer entry of a `khr:actor/{key}` IRI, or None."""
    if not str(node).startswith(ACTOR_PREFIX):
        return None
    entry = load_gazetteer().entries.get(str(node)[len(ACTOR_PREFIX):])
    return entry if entry is not None and entry.kind == "actor" else None


def _affiliations(graph: Triples, node) -> list[set[str]]:
    """Classes of every actor the node is affiliated with, following the chain (graph, then gazetteer)."""
    seen, todo, found = {node}, [node], []
    while todo:
        current = todo.pop(0)
        parents = set(graph.objects(current, KH.affiliatedWith))
        entry = _gazetteer_actor(current)
        if entry is not None and entry.affiliated_with:
            parents.add(URIRef(ACTOR_PREFIX + entry.affiliated_with))
        for parent in sorted(parents - seen):
            seen.add(parent)
            todo.append(parent)
            found.append(_classes(graph, parent))
    return found


def actor_kind(graph: Triples, actor) -> str | None:
    """The source kind of an actor node of an article graph."""
    labels = tuple(sorted(str(label) for label in graph.objects(actor, RDFS.label)))
    return source_kind(_classes(graph, actor), _affiliations(graph, actor), labels)


def _innermost(graph: Triples, claim):
    """The last claim of the relay chain that starts at claim."""
    seen = {claim}
    inner = graph.value(claim, KH.relays)
    while inner is not None and inner not in seen:
        seen.add(inner)
        claim, inner = inner, graph.value(inner, KH.relays)
    return claim


def _attribute(graph: Triples, thing, agent, role, mention=None) -> None:
    """prov:wasAttributedTo plus a qualified attribution node with the agent's role."""
    node = URIRef(f"{thing}/attribution")
    graph.add((thing, PROV.wasAttributedTo, agent))
    graph.add((thing, PROV.qualifiedAttribution, node))
    graph.add((node, RDF.type, PROV.Attribution))
    graph.add((node, PROV.agent, agent))
    graph.add((node, PROV.hadRole, role))
    if mention is not None:
        graph.add((node, KH.hasMention, mention))


def provenance_triples(triples: Iterable[tuple], article: URIRef) -> list[tuple]:
    """The PROV-O reading of every claim and of the publisher of an article's triples: the triples to add."""
    graph = Triples(triples)
    sources = set()
    for claim in sorted(graph.subjects(KH.attributedTo)):
        agent = graph.value(claim, KH.attributedTo)
        inner = graph.value(claim, KH.relays)
        mention = min(graph.objects(claim, KH.hasMention), default=None)
        _attribute(graph, claim, agent, KH.RelayRole if inner is not None else KH.OriginalSourceRole, mention)
        if inner is not None:
            graph.add((claim, PROV.wasQuotedFrom, inner))
            graph.add((claim, PROV.hadPrimarySource, _innermost(graph, claim)))
        sources.add(agent)
    publisher = graph.value(article, URIRef("https://schema.org/publisher"))
    if publisher is not None:
        _attribute(graph, article, publisher, KH.PublisherRole)
        sources.add(publisher)
    for actor in sorted(sources):
        kind = actor_kind(graph, actor)
        if kind:
            graph.add((actor, KH.sourceKind, KH[kind]))
    return graph.added


def add_provenance(graph: Graph, article: URIRef) -> Graph:
    """Add the PROV-O reading of every claim and of the publisher to an article graph; return it."""
    for triple in provenance_triples(graph, article):
        graph.add(triple)
    return graph
