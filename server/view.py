"""What a resource page shows, as plain data for its template: labels, properties, article text."""

from typing import NamedTuple

from server.query import PREFIXES

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL_PROPERTIES = {"http://www.w3.org/2000/01/rdf-schema#label",
                    "http://www.w3.org/2004/02/skos/core#prefLabel"}
RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv"}


class Value(NamedTuple):
    """One RDF term as the page shows it."""

    kind: str  # "uri", "bnode" or "literal"
    value: str
    lang: str = ""
    datatype: str = ""

    @property
    def dir(self) -> str:
        """The text direction of a literal: rtl for Arabic and other right-to-left languages."""
        if self.lang.split("-")[0].lower() in RTL_LANGUAGES:
            return "rtl"
        return "auto"


class Row(NamedTuple):
    """A property and its values (out of the resource, or into it)."""

    property: str
    values: list


class Page(NamedTuple):
    """Everything the resource template needs besides the article text."""

    iri: str
    labels: dict  # language -> label
    types: list
    properties: list  # Row, outgoing
    incoming: list  # Row, values are the subjects pointing here
    graphs: list  # IRIs of the graphs that say something about it


def term(binding: dict) -> Value:
    """A SPARQL JSON results term as a Value."""
    kind = "literal" if binding["type"] in ("typed-literal", "literal") else binding["type"]
    return Value(kind, binding["value"], binding.get("xml:lang", ""), binding.get("datatype", ""))


def describe_rows(iri: str, outgoing: list[dict], incoming: list[dict], labels: dict) -> Page:
    """The page's data from the rows of the outgoing (?p ?o ?g) and incoming (?s ?p) queries."""
    properties: dict[str, list] = {}
    graphs, types = [], []
    for row in outgoing:
        prop, value = row["p"]["value"], term(row["o"])
        if row["g"]["value"] not in graphs:
            graphs.append(row["g"]["value"])
        if prop == RDF_TYPE:
            if value not in types:
                types.append(value)
            continue
        if prop in LABEL_PROPERTIES:
            continue  # shown as the title
        values = properties.setdefault(prop, [])
        if value not in values:
            values.append(value)
    into: dict[str, list] = {}
    for row in incoming:
        into.setdefault(row["p"]["value"], []).append(term(row["s"]))
    return Page(iri, labels.get(iri, {}), types,
                [Row(p, v) for p, v in sorted(properties.items())],
                [Row(p, v) for p, v in sorted(into.items())], graphs)


def compact(iri: str) -> str:
    """iri as prefix:local with the server's prefixes, else as it is.

    >>> compact("https://w3id.org/khabar/ontology#Entry")
    'kh:Entry'
    """
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


class Segment(NamedTuple):
    """A piece of an article's text: plain (mention None) or a mention and what it refers to."""

    text: str
    mention: str | None = None
    instance: str | None = None
    type: str | None = None


def article_segments(text: str, mentions: list[dict]) -> list[Segment]:
    """The text cut at its mentions (offsets in code points); overlapping mentions are skipped.

    >>> [s.text for s in article_segments("abc def", [{"m": {"value": "m1"},
    ...     "start": {"value": "4"}, "end": {"value": "7"}}])]
    ['abc ', 'def']
    """
    spans = {}
    for row in mentions:
        start, end = int(row["start"]["value"]), int(row["end"]["value"])
        if 0 <= start < end <= len(text):
            key = (start, end, row["m"]["value"])
            if key not in spans or (row.get("instance") and not spans[key].get("instance")):
                spans[key] = row
    segments, position = [], 0
    for (start, end, mention), row in sorted(spans.items()):
        if start < position:
            continue  # overlaps the mention before it
        if start > position:
            segments.append(Segment(text[position:start]))
        segments.append(Segment(text[start:end], mention,
                                row.get("instance", {}).get("value"),
                                row.get("type", {}).get("value")))
        position = end
    if position < len(text):
        segments.append(Segment(text[position:]))
    return segments
