"""Exports for social scientists and Wikidata editors: event CSV, QuickStatements, JSON-LD.

- `export_csv`: one row per operation and per claim that reports it or gives a figure about
  it, with ACLED/UCDP-like columns and provenance columns (article, sentence, offsets, who it is
  attributed to, who relayed it);
- `export_quickstatements`: candidate Wikidata statements (P31, P276, P710, P585, P1120, P1339)
  for operations whose place has a QID, each with references (P248 stated in, P854 reference
  URL, P813 retrieved, P1683 quotation), plus a review sheet mapping each block to Khabar IRIs;
- `export_jsonld`: every graph as compacted JSON-LD with Khabar's context (`CONTEXT`, also
  published as docs/context.jsonld).

docs/exports.md describes every column and choice.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

KH = "https://w3id.org/khabar/ontology#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
SCHEMA = "https://schema.org/"
GEO = "http://www.w3.org/2003/01/geo/wgs84_pos#"
EXACT_MATCH = ox.NamedNode("http://www.w3.org/2004/02/skos/core#exactMatch")
WD = "http://www.wikidata.org/entity/"
PROV_ENDED = ox.NamedNode("http://www.w3.org/ns/prov#endedAtTime")
PROV_GENERATED = ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")

# ACLED's event types where one fits; the sub-type is Khabar's class (docs/exports.md).
EVENT_TYPES = {
    "Airstrike": ("Explosions/Remote violence", "Air/drone strike"),
    "AirCampaign": ("Explosions/Remote violence", "Air/drone strike"),
    "Shelling": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ArmedClash": ("Battles", "Armed clash"),
    "Capture": ("Battles", "Capture of territory"),
    "GroundOffensive": ("Battles", "Ground offensive"),
    "Entry": ("Battles", "Ground offensive: entry"),
    "Advance": ("Battles", "Ground offensive: advance"),
    "Attack": ("Battles", "Attack"),
    "TerritorialControl": ("Strategic developments", "Territorial control"),
    "Redeployment": ("Strategic developments", "Redeployment"),
}
CSV_COLUMNS = (
    "event_id", "event_date", "date_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1",
    "actor2", "admin1", "admin2", "location", "location_qid", "latitude", "longitude", "geo_precision",
    "fatalities_low", "fatalities_best", "fatalities_high", "injuries_low", "injuries_high", "source",
    "source_kind", "notes", "article", "published", "sentence", "start", "end", "claim", "attributed_to",
    "quoted_from", "quote")
CONTEXT = {
    "kh": KH, "khr": "https://w3id.org/khabar/resource/", "schema": SCHEMA, "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "geo": GEO, "wd": WD,
    "wdt": "http://www.wikidata.org/prop/direct/", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "label": {"@id": "rdfs:label"},
    "exactMatch": {"@id": "skos:exactMatch", "@type": "@id"},
    "attributedTo": {"@id": "kh:attributedTo", "@type": "@id"},
    "relays": {"@id": "kh:relays", "@type": "@id"},
    "reportedIn": {"@id": "kh:reportedIn", "@type": "@id"},
    "about": {"@id": "kh:about", "@type": "@id"},
    "place": {"@id": "kh:place", "@type": "@id"},
    "agent": {"@id": "kh:agent", "@type": "@id"},
    "target": {"@id": "kh:target", "@type": "@id"},
    "supportedBy": {"@id": "kh:supportedBy", "@type": "@id"},
    "partOf": {"@id": "kh:partOf", "@type": "@id"},
    "hasMention": {"@id": "kh:hasMention", "@type": "@id"},
    "inSentence": {"@id": "kh:inSentence", "@type": "@id"},
    "inArticle": {"@id": "kh:inArticle", "@type": "@id"},
    "statesQuantity": {"@id": "kh:statesQuantity", "@type": "@id"},
    "content": {"@id": "kh:content"},
    "start": {"@id": "kh:start", "@type": "xsd:integer"},
    "end": {"@id": "kh:end", "@type": "xsd:integer"},
    "exactText": {"@id": "kh:exactText"},
    "sourceKind": {"@id": "kh:sourceKind", "@type": "@id"},
    "wasAttributedTo": {"@id": "prov:wasAttributedTo", "@type": "@id"},
    "qualifiedAttribution": {"@id": "prov:qualifiedAttribution", "@type": "@id"},
    "hadRole": {"@id": "prov:hadRole", "@type": "@id"},
    "wasQuotedFrom": {"@id": "prov:wasQuotedFrom", "@type": "@id"},
    "hadPrimarySource": {"@id": "prov:hadPrimarySource", "@type": "@id"},
}
CONTEXT_URL = "https://w3id.org/khabar/context.jsonld"


# --- reading the store --------------------------------------------------------------------


class View:
    """Pattern access to the store: objects of a subject, over all graphs or one."""

    def __init__(self, store: ox.Store):
        self.store = store

    def objects(self, subject, predicate: str, graph=None) -> list:
        """Objects of (subject, predicate), sorted by their text."""
        s = subject if isinstance(subject, ox.NamedNode) else ox.NamedNode(str(subject))
        p = ox.NamedNode(predicate) if isinstance(predicate, str) else predicate
        found = {q.object for q in self.store.quads_for_pattern(s, p, None, graph)}
        return sorted(found, key=lambda t: t.value)

    def value(self, subject, predicate, graph=None):
        """The first object, or None."""
        found = self.objects(subject, predicate, graph)
        return found[0] if found else None

    def label(self, node, lang: str = "en") -> str:
        """A label in lang, else any label, else the IRI's last segment."""
        labels = self.objects(node, RDFS_LABEL)
        for wanted in (lang, "en", "ar"):
            for label in labels:
                if isinstance(label, ox.Literal) and label.language == wanted:
                    return label.value
        return labels[0].value if labels else str(node.value).rsplit("/", 1)[-1]

    def kh_class(self, node, graph=None) -> str:
        """The node's kh: class name (the first one)."""
        classes = [t.value[len(KH):] for t in self.objects(node, RDF_TYPE, graph) if t.value.startswith(KH)]
        return classes[0] if classes else ""

    def qid(self, node) -> str:
        """The node's Wikidata QID, or ''."""
        match = self.value(node, EXACT_MATCH)
        return match.value[len(WD):] if match is not None and match.value.startswith(WD) else ""


@dataclass
class Report:
    """What one claim says about an operation: source, relay chain, figures, the words."""

    claim: str
    attributed_to: str
    source_kind: str
    quoted_from: str
    quote: str
    sentence: str
    killed: tuple | None = None
    injured: tuple | None = None


@dataclass
class Event:
    """One operation with what the export needs."""

    article: ox.NamedNode
    node: ox.NamedNode
    cls: str
    label: str
    places: list = field(default_factory=list)
    reports: list = field(default_factory=list)


def operations(view: View) -> list[Event]:
    """Every operation of every article graph, in article and IRI order."""
    events = {}
    for quad in view.store.quads_for_pattern(None, ox.NamedNode(KH + "place"), None, None):
        key = (quad.graph_name.value, quad.subject.value)
        if key not in events:
            events[key] = Event(quad.graph_name, quad.subject, view.kh_class(quad.subject, quad.graph_name),
                                view.label(quad.subject))
        events[key].places.append(quad.object)
    for event in events.values():
        event.places.sort(key=lambda p: p.value)
        event.reports = _reports(view, event)
    return [events[k] for k in sorted(events)]


def _reports(view: View, event: Event) -> list[Report]:
    """The innermost claims about the operation or giving a figure that concerns it."""
    g = event.article
    claims = {q.subject for q in view.store.quads_for_pattern(None, ox.NamedNode(KH + "about"), event.node, g)}
    figures = {}
    for q in view.store.quads_for_pattern(None, ox.NamedNode(KH + "concerns"), event.node, g):
        for s in view.store.quads_for_pattern(None, ox.NamedNode(KH + "statesQuantity"), q.subject, g):
            claims.add(s.subject)
            figures.setdefault(s.subject, []).append(q.subject)
    return [_report(view, claim, figures.get(claim, []), g) for claim in sorted(claims, key=lambda c: c.value)]


def _report(view: View, claim, quantities: list, g) -> Report:
    """A Report for one claim: its speaker, the hops that relayed it, its words and figures."""
    speaker = view.value(claim, KH + "attributedTo", g)
    relays, outer = [], claim
    while True:
        hop = view.store.quads_for_pattern(None, ox.NamedNode(KH + "relays"), outer, g)
        hop = next(iter(hop), None)
        if hop is None:
            break
        outer = hop.subject
        relays.append(view.label(view.value(outer, KH + "attributedTo", g)))
    kind = view.value(speaker, KH + "sourceKind") if speaker is not None else None
    content = view.value(claim, KH + "content", g)
    mention = view.value(claim, KH + "hasMention", g)
    sentence = view.value(mention, KH + "inSentence", g) if mention is not None else None
    report = Report(claim.value, view.label(speaker) if speaker is not None else "",
                    kind.value[len(KH):] if kind is not None else "", " < ".join(relays),
                    content.value if content is not None else "",
                    view.value(sentence, KH + "exactText", g).value if sentence is not None else "")
    for quantity in quantities:
        kind_node = view.value(quantity, KH + "quantityKind", g)
        low, high = view.value(quantity, KH + "minValue", g), view.value(quantity, KH + "maxValue", g)
        interval = (low.value if low is not None else "", high.value if high is not None else "")
        if kind_node is not None and kind_node.value == KH + "Killed":
            report.killed = interval
        elif kind_node is not None and kind_node.value == KH + "Injured":
            report.injured = interval
    return report


def _ancestors(view: View, place) -> list:
    """The place and what it lies in (kh:partOf, breadth first, no repeats)."""
    seen, todo = [place], [place]
    while todo:
        for parent in view.objects(todo.pop(0), KH + "partOf"):
            if parent not in seen:
                seen.append(parent)
                todo.append(parent)
    return seen


def _geography(view: View, place) -> dict:
    """admin1, admin2, coordinates and ACLED-style geo precision (1 own point, 2 a town or district's, 3 wider)."""
    chain = _ancestors(view, place)
    out = {"location": view.label(place), "location_qid": "", "admin1": "", "admin2": "", "latitude": "",
           "longitude": "", "geo_precision": ""}
    for node in chain:
        cls = view.kh_class(node)
        if cls == "Governorate" and not out["admin1"]:
            out["admin1"] = view.label(node)
        if cls == "District" and not out["admin2"]:
            out["admin2"] = view.label(node)
        if not out["location_qid"]:
            out["location_qid"] = view.qid(node)
        lat, lon = view.value(node, GEO + "lat"), view.value(node, GEO + "long")
        if lat is not None and lon is not None and not out["latitude"]:
            out["latitude"], out["longitude"] = lat.value, lon.value
            out["geo_precision"] = "1" if node == place else "2" if cls in ("CityOrTown", "District",
                                                                          "Subdistrict") else "3"
    return out


def _date(view: View, event: Event) -> tuple[str, str]:
    """(event_date, precision): a resolved day, an interval, the publication date, or nothing."""
    for time in view.objects(event.node, KH + "time", event.article):
        start, end = view.value(time, KH + "resolvedStart"), view.value(time, KH + "resolvedEnd")
        if start is not None:
            return (start.value, "day") if end is None or end.value == start.value else (
                f"{start.value}/{end.value}", "interval")
    published = view.value(event.article, SCHEMA + "datePublished", event.article)
    return (published.value[:10], "publication date") if published is not None else ("", "unknown")


def _names(view: View, event: Event, prop: str) -> str:
    """Labels of the actors in a role, joined with '; '."""
    return "; ".join(view.label(a) for a in view.objects(event.node, KH + prop, event.article))


# --- CSV -----------------------------------------------------------------------------------


def csv_rows(store: ox.Store) -> list[dict]:
    """The rows of the event CSV."""
    view, rows = View(store), []
    for event in operations(view):
        event_type, sub_type = EVENT_TYPES.get(event.cls, ("", event.cls))
        date, precision = _date(view, event)
        mention = min(view.objects(event.node, KH + "hasMention", event.article),
                      key=lambda m: int(view.value(m, KH + "start").value), default=None)
        publisher = view.value(event.article, SCHEMA + "publisher", event.article)
        published = view.value(event.article, SCHEMA + "datePublished", event.article)
        base = {
            "event_id": event.node.value, "event_date": date, "date_precision": precision,
            "event_type": event_type, "sub_event_type": sub_type, "actor1": _names(view, event, "agent"),
            "assoc_actor_1": _names(view, event, "supportedBy"), "actor2": _names(view, event, "target"),
            **_geography(view, event.places[0]), "notes": event.label, "article": event.article.value,
            "published": published.value if published is not None else "",
            "source": view.label(publisher) if publisher is not None else "",
        }
        if mention is not None:
            sentence = view.value(mention, KH + "inSentence", event.article)
            base.update(start=view.value(mention, KH + "start").value, end=view.value(mention, KH + "end").value,
                        sentence=view.value(sentence, KH + "exactText").value if sentence is not None else "")
        for report in event.reports or [None]:
            rows.append(_row(base, report))
    return rows


def _row(base: dict, report: Report | None) -> dict:
    """One CSV row: the operation's columns plus one report's."""
    row = {column: "" for column in CSV_COLUMNS} | base
    if report is None:
        return row
    row.update(claim=report.claim, attributed_to=report.attributed_to, source_kind=report.source_kind,
               quoted_from=report.quoted_from, quote=report.quote, source=report.attributed_to or row["source"])
    if report.sentence:
        row["sentence"] = report.sentence
    if report.killed:
        low, high = report.killed
        row.update(fatalities_low=low, fatalities_high=high, fatalities_best=low if low == high else "")
    if report.injured:
        row.update(injuries_low=report.injured[0], injuries_high=report.injured[1])
    return row


def export_csv(store: ox.Store, path: str | Path) -> int:
    """Write the event CSV (UTF-8 with a header row); return the number of rows."""
    rows = csv_rows(store)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


# --- QuickStatements -----------------------------------------------------------------------


def class_qids() -> dict[str, str]:
    """Each kh: operation class to the Wikidata class of its own or nearest mapped superclass."""
    import ontology
    from rdflib import RDFS, SKOS, URIRef

    graph, out = ontology.ontology_graph(), {}
    for cls in EVENT_TYPES | {"Operation": None}:
        node = URIRef(KH + cls)
        while node is not None:
            matches = sorted(str(m) for p in (SKOS.closeMatch, SKOS.broadMatch) for m in graph.objects(node, p)
                             if str(m).startswith(WD))
            if matches:
                out[cls] = matches[0][len(WD):]
                break
            node = next((o for o in graph.objects(node, RDFS.subClassOf) if str(o).startswith(KH)), None)
    return out


def _qs_string(text: str) -> str:
    """A QuickStatements string: one line, no straight double quotes (it has no escape for them)."""
    return '"' + " ".join(text.replace('"', "”").split()) + '"'


def _qs_date(day: str) -> str:
    """A day as a QuickStatements time value with day precision."""
    return f"+{day}T00:00:00Z/11"


def quickstatements(store: ox.Store) -> tuple[list[str], list[dict]]:
    """(QuickStatements lines, review rows) for operations whose place, or a place it lies in, has a QID."""
    view, classes, lines, review = View(store), class_qids(), [], []
    for event in operations(view):
        place_qid = next((qid for n in _ancestors(view, event.places[0]) if (qid := view.qid(n))), "")
        if not place_qid:
            continue
        refs = _references(view, event)
        block = ["CREATE", f"LAST\tLen\t{_qs_string(event.label)}"]
        block.append(f"LAST\tP31\t{classes.get(event.cls, classes['Operation'])}\t{refs}")
        block.append(f"LAST\tP276\t{place_qid}\t{refs}")
        for role in ("agent", "target", "supportedBy"):
            for actor in view.objects(event.node, KH + role, event.article):
                if qid := view.qid(actor):
                    block.append(f"LAST\tP710\t{qid}\t{refs}")
        date, precision = _date(view, event)
        if precision == "day":
            block.append(f"LAST\tP585\t{_qs_date(date)}\t{refs}")
        for report in event.reports:
            for prop, interval in (("P1120", report.killed), ("P1339", report.injured)):
                if interval and interval[0] and interval[0] == interval[1]:
                    quote = report.sentence or report.quote
                    block.append(f"LAST\t{prop}\t{interval[0]}\t{_references(view, event, quote)}")
        lines.extend(block)
        review.append({"block": len(review) + 1, "operation": event.node.value, "article": event.article.value,
                       "label": event.label, "statements": len(block) - 2})
    return lines, review


def _references(view: View, event: Event, quote: str | None = None) -> str:
    """The reference columns of a statement: stated in, reference URL, retrieved, quotation."""
    g, refs = event.article, []
    publisher = view.value(event.article, SCHEMA + "publisher", g)
    if publisher is not None and view.qid(publisher):
        refs.append(f"S248\t{view.qid(publisher)}")
    url = view.value(event.article, SCHEMA + "url", g)
    if url is not None:
        refs.append(f'S854\t"{url.value}"')
    run = view.value(event.article, PROV_GENERATED, g)
    ended = view.value(run, PROV_ENDED, g) if run is not None else None
    if ended is not None:
        refs.append(f"S813\t{_qs_date(ended.value[:10])}")
    if quote is None:
        mention = min(view.objects(event.node, KH + "hasMention", g), key=lambda m: m.value, default=None)
        sentence = view.value(mention, KH + "inSentence", g) if mention is not None else None
        quote = view.value(sentence, KH + "exactText", g).value if sentence is not None else ""
    language = view.value(event.article, SCHEMA + "inLanguage", g)
    if quote:
        refs.append(f"S1683\t{language.value if language is not None else 'ar'}:{_qs_string(quote)}")
    return "\t".join(refs)


def export_quickstatements(store: ox.Store, path: str | Path) -> int:
    """Write QuickStatements (V1, tab-separated) and PATH.review.tsv beside it; return the block count."""
    lines, review = quickstatements(store)
    Path(path).write_text("\n".join(lines) + ("\n" if lines else ""), encoding="utf-8")
    with open(f"{path}.review.tsv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=("block", "operation", "article", "label", "statements"),
                                delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(review)
    return len(review)


# --- JSON-LD -------------------------------------------------------------------------------


def export_jsonld(store: ox.Store, path: str | Path) -> int:
    """Write every graph of the store as compacted JSON-LD with CONTEXT; return the quad count."""
    from rdflib import Dataset

    data = store.dump(format=ox.RdfFormat.N_QUADS)
    dataset = Dataset()
    dataset.parse(data=data.decode("utf-8"), format="nquads")
    text = dataset.serialize(format="json-ld", context=CONTEXT, auto_compact=True)
    document = json.loads(text)
    if isinstance(document, dict):
        document["@context"] = CONTEXT
    Path(path).write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return len(store)


def context_document() -> str:
    """The published JSON-LD context (docs/context.jsonld)."""
    return json.dumps({"@context": CONTEXT}, ensure_ascii=False, indent=2) + "\n"


EXPORTERS = {"csv": export_csv, "quickstatements": export_quickstatements, "jsonld": export_jsonld}
