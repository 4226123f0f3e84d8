"""Result formats and how a request picks one: the format= parameter first, then Accept."""

from typing import NamedTuple

from pyoxigraph import QueryResultsFormat, RdfFormat

from server.errors import bad_request, not_acceptable
from server.mediatype import parse_accept, score


class Format(NamedTuple):
    """A format a response can be written in; the first key and media type are canonical."""

    keys: tuple[str, ...]
    media_types: tuple[str, ...]
    serializer: QueryResultsFormat | RdfFormat | None

    @property
    def key(self) -> str:
        """The canonical format= value."""
        return self.keys[0]

    @property
    def content_type(self) -> str:
        """The Content-Type header value, with a charset for text types."""
        media_type = self.media_types[0]
        return f"{media_type}; charset=utf-8" if media_type.startswith("text/") else media_type


# Each list is in server preference order: the first is the default for */* or no Accept.
RESULT_FORMATS = (
    Format(("json",), ("application/sparql-results+json", "application/json"),
           QueryResultsFormat.JSON),
    Format(("xml",), ("application/sparql-results+xml", "application/xml"), QueryResultsFormat.XML),
    Format(("csv",), ("text/csv",), QueryResultsFormat.CSV),
    Format(("tsv",), ("text/tab-separated-values",), QueryResultsFormat.TSV),
)
GRAPH_FORMATS = (
    Format(("ttl", "turtle"), ("text/turtle", "application/x-turtle"), RdfFormat.TURTLE),
    Format(("nt", "ntriples"), ("application/n-triples",), RdfFormat.N_TRIPLES),
    Format(("jsonld", "json"), ("application/ld+json", "application/json"), RdfFormat.JSON_LD),
    Format(("rdfxml", "xml", "rdf"), ("application/rdf+xml",), RdfFormat.RDF_XML),
    Format(("nq", "nquads"), ("application/n-quads",), RdfFormat.N_QUADS),
    Format(("trig",), ("application/trig",), RdfFormat.TRIG),
)
HTML = Format(("html",), ("text/html", "application/xhtml+xml"), None)
KNOWN_KEYS = {key for f in (*RESULT_FORMATS, *GRAPH_FORMATS, HTML) for key in f.keys}


def format_by_key(kind: str, key: str) -> Format:
    """The Format of a kind of result ("results" or "graph") with canonical key."""
    return next(f for f in (RESULT_FORMATS if kind == "results" else GRAPH_FORMATS)
                if f.key == key)


def choose_format(formats, accept: str | None, override: str | None, what: str) -> Format:
    """The format to answer with; raise 400 for an unknown format=, 406 when none fits."""
    if override:
        return _by_override(formats, override.strip().lower(), what)
    ranges = parse_accept(accept)
    scored = [(score(mt, ranges), -rank, f)
              for rank, f in enumerate(formats) for mt in f.media_types]
    scored = [s for s in scored if s[0] is not None]
    if not scored:
        raise not_acceptable(f"Cannot serve {what} as {accept!r}; available: {_offer(formats)}.")
    return max(scored, key=lambda s: (s[0], s[1]))[2]


def _by_override(formats, override: str, what: str) -> Format:
    """The format named by format=, as a key (csv) or a media type (text/csv)."""
    for f in formats:
        if override in f.keys or override.split(";")[0].strip() in f.media_types:
            return f
    if override in KNOWN_KEYS or "/" in override:
        raise not_acceptable(f"format={override} cannot carry {what}; use one of {_keys(formats)}.")
    raise bad_request(f"Unknown format={override!r}; use one of {_keys(formats)}.")


def _offer(formats) -> str:
    """The media types of formats, for a 406 message."""
    return ", ".join(f.media_types[0] for f in formats)


def _keys(formats) -> str:
    """The format= values of formats, for a message."""
    return ", ".join(f.key for f in formats)
