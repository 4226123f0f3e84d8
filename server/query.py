"""Evaluating one SPARQL query: its keywords, its dataset, pyoxigraph's serializers."""

import io
import re
from typing import NamedTuple

import pyoxigraph
from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions

from server.errors import bad_request, evaluation_failed, read_only
from server.negotiation import GRAPH_FORMATS, RESULT_FORMATS, Format, choose_format

PREFIXES = {
    "kh": "https://w3id.org/khabar/ontology#",
    "khr": "https://w3id.org/khabar/resource/",
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# Strings, IRIs and comments, which may contain words that are not keywords.
_NOT_CODE = re.compile("|".join([
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',  # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"',  # short strings
    r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>',  # IRIs
    r"#[^\n]*",  # comments
]), re.S)
_WORD = re.compile(r"(?<![\w?$:@])[A-Za-z]+(?![\w:-])")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def keywords(query: str) -> set[str]:
    """The bare words of a query outside strings, IRIs and comments, upper-cased.

    >>> sorted(keywords('SELECT ?from FROM <http://x#SERVICE> WHERE { ?s ex:service "FROM" }'))
    ['FROM', 'SELECT', 'WHERE']
    """
    unescaped = _ESCAPE.sub(_unescape, query)
    return {word.upper() for text in {query, unescaped}
            for word in _WORD.findall(_NOT_CODE.sub(" ", text))}


class Job(NamedTuple):
    """One query and how to answer it, as plain data a worker process can receive."""

    query: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    union_default: bool = True
    accept: str | None = None
    format: str | None = None
    max_rows: int = 0  # 0: no cap
    service_allow_list: tuple[str, ...] = ()
    base_iri: str | None = None  # relative IRIs in the query resolve against it


class Outcome(NamedTuple):
    """What evaluating a Job gave: the kind of result, its format key, and whether it was cut."""

    kind: str  # "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
    format: str
    truncated: bool
    cached: bool = False  # answered from the result cache (server.cache)


def make_job(query: str, default_uris: list[str], named_uris: list[str], **rest) -> Job:
    """A Job for the protocol's dataset; the default graph is a union unless one is set."""
    # default-graph-uri sets the default graph and named-graph-uri the named graphs (then, as
    # with FROM NAMED alone, the default graph is empty); neither and no FROM in the query:
    # the default graph is the union of all graphs (sd:UnionDefaultGraph). pyoxigraph's union
    # flag would override FROM, hence the keyword check.
    default_graphs = graph_iris("default-graph-uri", default_uris)
    named_graphs = graph_iris("named-graph-uri", named_uris)
    union = not (default_graphs or named_graphs) and "FROM" not in keywords(query)
    return Job(query, default_graphs, named_graphs, union, **rest)


def blank_non_code(text: str) -> str:
    """text with its strings, IRIs and comments replaced by as many spaces (offsets kept).

    >>> blank_non_code('INSERT { <x:WHERE> ?p "WHERE" } WHERE {}')
    'INSERT {           ?p         } WHERE {}'
    """
    return _NOT_CODE.sub(lambda match: " " * len(match.group()), text)


def graph_iris(parameter: str, uris: list[str]) -> tuple[str, ...]:
    """The IRIs of a dataset parameter; 400 for one that is not an absolute IRI."""
    try:
        return tuple(NamedNode(uri).value for uri in uris)
    except ValueError as error:
        raise bad_request(f"{parameter} must be an absolute IRI: {error}") from error


def store_options(job: Job, union_materialised: bool = False) -> dict:
    """Store.query keyword arguments for the Job's dataset and base IRI; on a serving copy
    (union_materialised) the store's own default graph is already the union."""
    options = {"base_iri": job.base_iri} if job.base_iri else {}
    if job.union_default:
        return options if union_materialised else {**options, "use_default_graph_as_union": True}
    if job.default_graphs or job.named_graphs:
        options["default_graph"] = [NamedNode(iri) for iri in job.default_graphs]
        options["named_graphs"] = [NamedNode(iri) for iri in job.named_graphs]
    return options


def execute(store, job: Job, output, union_materialised: bool = False) -> Outcome:
    """Evaluate the Job on store and write its result to output (anything with write(bytes));
    union_materialised: store is a serving copy (server.union)."""
    check_service(job.query, job.service_allow_list)
    try:
        result = store.query(job.query, **store_options(job, union_materialised))
        kind = "results" if isinstance(result, (QuerySolutions, QueryBoolean)) else "graph"
        fmt = pick_format(kind, job.accept, job.format)
        truncated = write_result(result, fmt, job.max_rows, output)
    except SyntaxError as error:
        raise bad_request(f"Malformed query: {error}") from error
    except TimeoutError:
        raise  # a subclass of OSError, but the deadline's, not the store's
    except OSError as error:
        raise evaluation_failed(str(error)) from error
    return Outcome(kind, fmt.key, truncated)


def pick_format(kind: str, accept: str | None, override: str | None) -> Format:
    """The Format for a kind of result ("results" or "graph") by format= then Accept."""
    if kind == "results":
        return choose_format(RESULT_FORMATS, accept, override, "SELECT/ASK results")
    return choose_format(GRAPH_FORMATS, accept, override, "CONSTRUCT/DESCRIBE graphs")


def write_result(result, fmt: Format, max_rows: int, output) -> bool:
    """Serialize result in fmt, at most max_rows rows or triples; True if some were cut."""
    if isinstance(result, QueryBoolean):
        result.serialize(output, format=fmt.serializer)
        return False
    if isinstance(result, QuerySolutions):
        return _write_solutions(result, fmt, max_rows, output)
    capped = _Capped(result, max_rows)
    pyoxigraph.serialize(capped, output, fmt.serializer, prefixes=PREFIXES)
    return capped.truncated


def _write_solutions(solutions: QuerySolutions, fmt: Format, max_rows: int, output) -> bool:
    """Solutions through pyoxigraph's serializers, cut after max_rows rows."""
    if not max_rows:
        solutions.serialize(output, format=fmt.serializer)
        return False
    # TSV writes one line per row (newlines in literals are escaped) and reads back without
    # loss, so the cap counts lines, then pyoxigraph converts the kept rows to the format asked.
    lines = _LineCap(max_rows + 1)
    try:
        solutions.serialize(lines, format=QueryResultsFormat.TSV)
    except _Full:
        pass
    if fmt.serializer == QueryResultsFormat.TSV:
        output.write(lines.getvalue())
    else:
        parsed = pyoxigraph.parse_query_results(lines.getvalue(), QueryResultsFormat.TSV)
        parsed.serialize(output, format=fmt.serializer)
    return lines.full


class _Full(Exception):
    """Raised by _LineCap to stop a serializer once the cap is reached."""


class _LineCap(io.BytesIO):
    """A buffer that keeps the first `limit` lines and stops the writer after them."""

    def __init__(self, limit: int):
        super().__init__()
        self.limit, self.lines, self.full = limit, 0, False

    def write(self, data) -> int:
        """Keep whole lines up to the limit; raise _Full once a line beyond it starts."""
        data = bytes(data)
        if not data:
            return 0
        room = self.limit - self.lines
        count = data.count(b"\n")
        if count < room or (count == room and data.endswith(b"\n")):
            self.lines += count
            return super().write(data)
        cut = -1
        for _ in range(room):
            cut = data.index(b"\n", cut + 1)
        super().write(data[:cut + 1])
        self.lines, self.full = self.limit, True
        raise _Full()


class _Capped:
    """An iterator over at most `limit` triples (0: all) that remembers if it cut any."""

    def __init__(self, triples, limit: int):
        self._triples, self._left, self.truncated = iter(triples), limit or -1, False

    def __iter__(self):
        return self

    def __next__(self):
        if self._left == 0:
            self.truncated = next(self._triples, None) is not None
            raise StopIteration
        self._left -= 1
        return next(self._triples)


def check_service(query: str, allow_list: tuple[str, ...]) -> None:
    """403 unless every SERVICE in the query calls an endpoint on the allow-list."""
    # The keyword SERVICE cannot appear without these letters (after \u escapes), so most
    # queries skip the parser; any other query is parsed and every SERVICE checked.
    if "service" not in _ESCAPE.sub(_unescape, query).lower():
        return
    from server.federation import service_endpoints  # rdflib's parser, only when needed

    for endpoint in service_endpoints(query):
        if endpoint not in allow_list:
            raise read_only(f"SERVICE {endpoint} is not allowed on this endpoint; allowed: "
                            f"{', '.join(allow_list) or 'none'} (setting SERVICE_ALLOW_LIST).")


def _unescape(match) -> str:
    """The character of a \\uXXXX or \\UXXXXXXXX escape."""
    return chr(int(match.group(1) or match.group(2), 16))
