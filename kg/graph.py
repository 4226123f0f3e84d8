"""From an extraction to RDF: one named graph per article, deterministic IRIs."""

from __future__ import annotations

import datetime as dt
import functools
from decimal import Decimal
from urllib.parse import urlparse

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg import __version__
from kg.article import Article
from kg.gazetteer import load_gazetteer
from kg.model import Claim, Entity, Extraction, Mention, Operation, Quantity, TimeExpr
from kg.provenance import provenance_triples
from kg.text import fold, tokenize
from kg.vocabulary import GEO, KH, KHR, SCHEMA, WD

PREFIXES = {"kh": KH, "khr": KHR, "schema": SCHEMA, "geo": GEO, "wd": WD, "prov": PROV, "skos": SKOS}
_CLASS_WORDS = {  # English words for labels of operations and claims
    "GroundOffensive": "ground offensive", "Entry": "entry", "Advance": "advance", "Capture": "capture",
    "TerritorialControl": "territorial control", "AirCampaign": "air campaign", "Airstrike": "airstrike",
    "ArmedClash": "armed clash", "Shelling": "shelling", "Attack": "attack", "Redeployment": "redeployment",
}


def new_graph() -> Graph:
    """An empty graph with Khabar's prefixes bound."""
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


class _Writer:
    """Writes one extraction's triples, naming every node deterministically."""

    def __init__(self, extraction: Extraction, ended_at: dt.datetime):
        self.x = extraction
        self.article = URIRef(extraction.article.iri)
        self.lang = extraction.article.language
        self.triples: dict[tuple, None] = {}  # kept in the order written, each once (a graph is a set)
        self.ended_at = ended_at
        self.names: dict[int, URIRef] = {}

    def local(self, kind: str, n: int) -> URIRef:
        """An IRI under the article's own namespace."""
        return URIRef(f"{self.article}/{kind}/{n}")

    def add(self, s, p, o) -> None:
        """Add one triple."""
        self.triples[(s, p, o)] = None

    def write(self) -> list[tuple]:
        """All triples of the article, each once."""
        self._name_nodes()
        self._article()
        for sentence in self.x.sentences:
            node = self.local("sentence", sentence.index)
            self._span(node, KH.Sentence, sentence.start, sentence.end)
            self.add(node, KH["index"], _integer(sentence.index))
        for entity in self._all_entities():
            self._entity(entity)
        for time in self.x.times:
            self._time(time)
        for quantity in self.x.quantities:
            self._quantity(quantity)
        for op in self.x.operations:
            self._operation(op)
        for claim in self.x.claims:
            self._claim(claim)
        written = list(self.triples)
        self.triples.update(dict.fromkeys(provenance_triples(written, self.article)))  # PROV-O chains, source kinds
        return list(self.triples)

    def _name_nodes(self) -> None:
        """Number the article's instances in text order."""
        def order(items, kind):
            for n, item in enumerate(sorted(items, key=_text_order), start=1):
                self.names[id(item)] = self.local(kind, n)
        order(self.x.times, "time")
        order(self.x.quantities, "quantity")
        order(self.x.operations, "operation")
        order(self.x.claims, "claim")
        for kind in ("actor", "place"):
            local = [e for e in self._all_entities() if e.kind == kind and e.key is None]
            order(local, kind)
        for entity in self._all_entities():
            if entity.key is not None:
                self.names[id(entity)] = URIRef(f"{KHR}{entity.kind}/{entity.key}")

    def _all_entities(self) -> list[Entity]:
        """Mentioned entities and the places and actors they lead to, without repeats."""
        seen: dict[int, Entity] = {}
        todo = list(self.x.entities)
        while todo:
            entity = todo.pop(0)
            if id(entity) not in seen:
                seen[id(entity)] = entity
                todo.extend(entity.part_of + entity.near + entity.affiliated_with)
        return list(seen.values())

    def node(self, thing) -> URIRef:
        """The IRI given to an instance."""
        return self.names[id(thing)]

    def _article(self) -> None:
        """The article's own description and the extraction run."""
        a, article = self.article, self.x.article
        run = URIRef(f"{a}/run")
        self.add(a, RDF.type, KH.Article)
        self.add(a, RDF.type, SCHEMA.NewsArticle)
        self.add(a, KH.articleId, Literal(article.id))
        self.add(a, KH.text, Literal(article.text, lang=self.lang))
        self.add(a, KH.contentHash, Literal(article.content_hash))
        self.add(a, SCHEMA.inLanguage, Literal(article.language))
        self.add(a, KH.sourceFile, Literal(_source_name(article)))
        self.add(a, PROV.wasGeneratedBy, run)
        if article.title:
            self.add(a, SCHEMA.headline, Literal(article.title, lang=self.lang))
        if article.published:
            self.add(a, SCHEMA.datePublished, _date_literal(article.published))
        if article.url and urlparse(article.url).scheme in ("http", "https"):
            self.add(a, SCHEMA.url, URIRef(article.url.replace(" ", "%20")))
        if article.publisher:
            self._publisher(article.publisher)
        self.add(run, RDF.type, PROV.Activity)
        self.add(run, KH.softwareVersion, Literal(__version__))
        self.add(run, PROV.endedAtTime, Literal(self.ended_at.isoformat(), datatype=XSD.dateTime))
        self.add(run, PROV.used, a)

    def _publisher(self, name: str) -> None:
        """The publisher as an actor: the gazetteer outlet of that name, else one local to the article."""
        tokens = tuple(t.text for t in tokenize(fold(name)))
        entries = [e for e in load_gazetteer().get_candidates(tokens) if e.kind == "actor"]
        if entries:
            node = URIRef(entries[0].iri)
            self._entity_description(node, entries[0].cls, {"en": entries[0].name_en, "ar": entries[0].name_ar},
                                     entries[0].qid)
        else:
            node = URIRef(f"{self.article}/publisher")
            lang = "ar" if any("\u0600" <= c <= "\u06ff" for c in name) else "en"
            self._entity_description(node, "MediaOrganisation", {lang: name}, None)
        self.add(self.article, SCHEMA.publisher, node)

    def _span(self, node: URIRef, cls: URIRef, start: int, end: int) -> None:
        """A text span: its article, offsets and exact text."""
        self.add(node, RDF.type, cls)
        self.add(node, KH.inArticle, self.article)
        self.add(node, KH.start, _integer(start))
        self.add(node, KH.end, _integer(end))
        self.add(node, KH.exactText, Literal(self.x.article.text[start:end]))

    def _mention(self, owner: URIRef, mention: Mention) -> None:
        """Tie an instance to a mention node."""
        node = URIRef(f"{self.article}/mention/{mention.start}-{mention.end}")
        self._span(node, KH.Mention, mention.start, mention.end)
        self.add(node, KH.inSentence, self.local("sentence", mention.sentence))
        self.add(owner, KH.hasMention, node)

    def _entity_description(self, node: URIRef, cls: str, labels: dict, qid: str | None) -> None:
        """Type, labels and Wikidata link of an actor or place."""
        self.add(node, RDF.type, KH[cls])
        for lang, label in sorted(labels.items()):
            if label:
                self.add(node, RDFS.label, Literal(label, lang=lang))
        if qid:
            self.add(node, SKOS.exactMatch, WD[qid])

    def _entity(self, entity: Entity) -> None:
        """An actor or a place with its links and mentions."""
        node = self.node(entity)
        self._entity_description(node, entity.cls, entity.labels, entity.qid)
        if entity.lat and entity.lon:
            self.add(node, GEO.lat, Literal(Decimal(entity.lat), datatype=XSD.decimal))
            self.add(node, GEO.long, Literal(Decimal(entity.lon), datatype=XSD.decimal))
        if entity.key and entity.key.startswith("wof-"):
            self.add(node, KH.wofId, Literal(int(entity.key[4:]), datatype=XSD.integer))
        for place in entity.part_of:
            self.add(node, KH.partOf, self.node(place))
        for place in entity.near:
            self.add(node, KH.near, self.node(place))
        if entity.direction:
            self.add(node, KH.direction, Literal(entity.direction))
        for actor in entity.affiliated_with:
            self.add(node, KH.affiliatedWith, self.node(actor))
        if entity.member_count:
            self.add(node, KH.memberCount, Literal(entity.member_count, datatype=XSD.integer))
        for mention in entity.mentions:
            self._mention(node, mention)

    def _time(self, time: TimeExpr) -> None:
        """A time expression and its resolution."""
        node = self.node(time)
        self.add(node, RDF.type, KH.TimeExpression)
        self.add(node, RDFS.label, Literal(time.mention.text, lang=self.lang))
        self.add(node, KH.resolution, Literal("resolved" if time.resolved else "unresolved"))
        self.add(node, KH.resolutionNote, Literal(time.note))
        if time.resolved:
            self.add(node, KH.resolvedStart, Literal(time.start.isoformat(), datatype=XSD.date))
            self.add(node, KH.resolvedEnd, Literal(time.end.isoformat(), datatype=XSD.date))
        if time.anchor:
            self.add(node, KH.anchorDate, Literal(time.anchor.isoformat(), datatype=XSD.date))
        self._mention(node, time.mention)

    def _quantity(self, quantity: Quantity) -> None:
        """A figure as an interval, with what it concerns."""
        node = self.node(quantity)
        self.add(node, RDF.type, KH.Quantity)
        self.add(node, RDFS.label, Literal(quantity.mention.text, lang=self.lang))
        self.add(node, KH.quantityKind, KH[quantity.kind])
        self.add(node, KH.approximation, Literal(quantity.approximation))
        for prop, value in ((KH.minValue, quantity.low), (KH.maxValue, quantity.high)):
            if value is not None:
                self.add(node, prop, Literal(_decimal(value), datatype=XSD.decimal))
        if quantity.unit:
            self.add(node, KH.unit, Literal(quantity.unit))
        for thing in quantity.concerns:
            self.add(node, KH.concerns, self.node(thing))
        self._mention(node, quantity.mention)

    def _operation(self, op: Operation) -> None:
        """An operation with its roles, places and times."""
        node = self.node(op)
        self.add(node, RDF.type, KH[op.cls])
        self.add(node, RDFS.label, Literal(_operation_label(op), lang="en"))
        for prop, values in ((KH.agent, op.agents), (KH.supportedBy, op.supporters),
                             (KH.target, op.targets), (KH.place, op.places), (KH.time, op.times)):
            for value in values:
                self.add(node, prop, self.node(value))
        if op.intended:
            self.add(node, KH.intended, Literal(True))
        for mention in [op.mention] + op.also_mentioned:
            self._mention(node, mention)

    def _claim(self, claim: Claim) -> None:
        """A claim: who said it, in which article, what it relays and what it is about."""
        node = self.node(claim)
        self.add(node, RDF.type, KH[claim.cls])
        self.add(node, RDFS.label, Literal(_claim_label(claim), lang="en"))
        self.add(node, KH.attributedTo, self.node(claim.source))
        self.add(node, KH.reportedIn, self.article)
        if claim.relays is not None:
            self.add(node, KH.relays, self.node(claim.relays))
        if claim.content:
            self.add(node, KH.content, Literal(claim.content, lang=self.lang))
        if claim.cue:
            self.add(node, KH.cue, Literal(claim.cue))
        for thing in claim.about:
            self.add(node, KH.about, self.node(thing))
        for quantity in claim.quantities:
            self.add(node, KH.statesQuantity, self.node(quantity))
        for time in claim.times:
            self.add(node, KH.time, self.node(time))
        self._mention(node, claim.mention)


def _text_order(item) -> tuple:
    """Sort key: where an instance is first mentioned (outer claims before the claims they relay)."""
    mention = getattr(item, "mention", None) or min(item.mentions, key=lambda m: m.start, default=None)
    if mention is None:
        return (10 ** 9, 0, "")
    return (mention.start, mention.end, type(item).__name__)


def _entity_name(entity: Entity) -> str:
    """An entity's English label, else its Arabic one."""
    return entity.labels.get("en") or entity.labels.get("ar") or "?"


def _operation_label(op: Operation) -> str:
    """A readable English label: what, by whom, where."""
    who = ", ".join(_entity_name(a) for a in op.agents) or "unnamed forces"
    where = ", ".join(_entity_name(p) for p in op.places)
    return f"{_CLASS_WORDS.get(op.cls, op.cls)} by {who} in {where}"


def _claim_label(claim: Claim) -> str:
    """A readable English label for a claim."""
    who = _entity_name(claim.source)
    if claim.cls == "NoComment":
        return f"no comment from {who}"
    if claim.relays is not None:
        return f"{who} relaying {_entity_name(claim.relays.source)}"
    return f"{claim.cls[0].lower() + claim.cls[1:]} by {who}"


@functools.lru_cache(maxsize=65536)
def _integer(value: int) -> Literal:
    """An xsd:integer literal, made once per value (offsets and indexes repeat from article to article)."""
    return Literal(value, datatype=XSD.integer)


def _decimal(value: float) -> Decimal:
    """A figure as a decimal with at most four places."""
    return Decimal(str(round(value, 4))).normalize() if value % 1 else Decimal(int(value))


def _date_literal(value: str) -> Literal:
    """xsd:date for a day, xsd:dateTime for a moment."""
    return Literal(value, datatype=XSD.date if len(value) == 10 else XSD.dateTime)


def _source_name(article: Article) -> str:
    """The input's file name (and line), without the directories it was read from."""
    return article.source.replace("\\", "/").rsplit("/", 1)[-1]


def to_triples(extraction: Extraction, ended_at: dt.datetime) -> list[tuple]:
    """The triples of one article's graph, each once, as rdflib terms; `ended_at` comes from the injectable clock.

    This is what the build writes and validates: it skips the cost of indexing them in an rdflib
    graph (`to_graph` makes that graph from these same triples).
    """
    return _Writer(extraction, ended_at).write()


def to_graph(extraction: Extraction, ended_at: dt.datetime) -> Graph:
    """The RDF graph of one article's extraction (the triples of `to_triples`, with Khabar's prefixes)."""
    graph = new_graph()
    graph.addN((s, p, o, graph) for s, p, o in to_triples(extraction, ended_at))
    return graph
