"""The W3C SPARQL test suites in tests/w3c/: read the manifests, load every test's data into one
store (one named graph per data file), run each test on the store or over HTTP, compare results.

Each data file is loaded into the named graph of its W3C IRI, so a test's dataset is picked with
default-graph-uri / named-graph-uri (over HTTP) or default_graph / named_graphs (on the store).
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Callable, NamedTuple

import pyoxigraph
from pyoxigraph import (BlankNode, CanonicalizationAlgorithm, Dataset, DefaultGraph, Literal,
                        NamedNode, Quad, QueryBoolean, QueryResultsFormat, QuerySolutions,
                        RdfFormat)

W3C = Path(__file__).parent / "w3c" / "sparql"
BASES = {"sparql10": "http://www.w3.org/2001/sw/DataAccess/tests/data-r2/",
         "sparql11": "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"}
EMPTY_GRAPH = "urn:x-khabar-test:empty"
MF = "http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#"
QT = "http://www.w3.org/2001/sw/DataAccess/tests/test-query#"
RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
QUERY_MANIFESTS = ("sparql11/manifest-sparql11-query.ttl", "sparql11/manifest-sparql11-results.ttl",
                   "sparql10/manifest-evaluation.ttl", "sparql10/manifest-syntax.ttl")
DATA_SUFFIXES = {".ttl": RdfFormat.TURTLE, ".nt": RdfFormat.N_TRIPLES, ".rdf": RdfFormat.RDF_XML}


class QueryTest(NamedTuple):
    """One evaluation or syntax test."""

    iri: str
    kind: str  # "eval", "positive", "negative"
    query: str  # the query's text, with a BASE of its W3C IRI
    data: tuple[str, ...]  # default graph: IRIs of data files
    graph_data: tuple[str, ...]  # named graphs: IRIs of data files
    result: str | None  # IRI of the expected result file

    @property
    def uses_query_dataset(self) -> bool:
        """The manifest gives no data and the query has FROM / FROM NAMED to pick it."""
        return (not self.data and not self.graph_data
                and re.search(r"\bFROM\b", self.query, re.I) is not None)


def to_path(iri: str) -> Path:
    """The local copy of a W3C test-suite IRI."""
    for suite, base in BASES.items():
        if iri.startswith(base):
            return W3C / suite / iri[len(base):]
    raise ValueError(f"not a test-suite IRI: {iri}")


def to_iri(path: Path) -> str:
    """The W3C IRI of a local test-suite file."""
    relative = path.relative_to(W3C)
    suite, rest = relative.parts[0], "/".join(relative.parts[1:])
    return BASES[suite] + rest


def read_manifest(path: Path) -> pyoxigraph.Store:
    """A manifest parsed with its W3C IRI as base, in a fresh store's default graph."""
    store = pyoxigraph.Store()
    store.load(path=str(path), format=RdfFormat.TURTLE, base_iri=to_iri(path))
    return store


def query_tests() -> list[QueryTest]:
    """Every evaluation and syntax test of the query manifests, in manifest order."""
    tests = []
    for top in QUERY_MANIFESTS:
        for included in _includes(W3C / top):
            tests += _tests_of(included)
    return tests


def _includes(path: Path) -> list[Path]:
    """The manifests a top-level manifest includes (or itself if it includes none)."""
    store = read_manifest(path)
    rows = store.query(f"SELECT ?m WHERE {{ ?x <{MF}include>/<{RDF}rest>*/<{RDF}first> ?m }}")
    included = [to_path(row["m"].value) for row in rows]
    return included or [path]


def _tests_of(path: Path) -> list[QueryTest]:
    """The tests of one manifest."""
    store = read_manifest(path)
    kinds = {"QueryEvaluationTest": "eval", "CSVResultFormatTest": "eval",
             "PositiveSyntaxTest": "positive", "PositiveSyntaxTest11": "positive",
             "NegativeSyntaxTest": "negative", "NegativeSyntaxTest11": "negative"}
    order = {row["t"].value: n for n, row in enumerate(store.query(
        f"SELECT ?t WHERE {{ ?m <{MF}entries>/<{RDF}rest>*/<{RDF}first> ?t }}"))}
    tests = []
    for row in store.query(f"""SELECT ?t ?type ?action ?query ?result WHERE {{
            ?t a ?type ; <{MF}action> ?action .
            OPTIONAL {{ ?action <{QT}query> ?query }} OPTIONAL {{ ?t <{MF}result> ?result }} }}"""):
        kind = kinds.get(row["type"].value.removeprefix(MF))
        if kind is None or row["t"].value not in order:
            continue
        action = row["action"]
        query_iri = (row["query"] or action).value
        data = _objects(store, action, QT + "data")
        graph_data = _objects(store, action, QT + "graphData")
        text = to_path(query_iri).read_text(encoding="utf-8")
        tests.append(QueryTest(row["t"].value, kind, f"BASE <{query_iri}>\n{text}", data,
                               graph_data, row["result"].value if row["result"] else None))
    return sorted(tests, key=lambda t: (str(path), order[t.iri]))


def _objects(store, subject, predicate: str) -> tuple[str, ...]:
    """The IRIs that are objects of subject's predicate, sorted."""
    return tuple(sorted(q.object.value for q in
                        store.quads_for_pattern(subject, NamedNode(predicate), None)))


def load_all_data(store: pyoxigraph.Store) -> int:
    """Every data file of the suites into the named graph of its IRI; the number of files."""
    loaded = 0
    for path in sorted(W3C.rglob("*")):
        if path.suffix not in DATA_SUFFIXES or path.name.startswith("manifest"):
            continue
        iri = to_iri(path)
        try:
            store.bulk_load(path=str(path), format=DATA_SUFFIXES[path.suffix], base_iri=iri,
                            to_graph=NamedNode(iri))
            loaded += 1
        except (SyntaxError, ValueError):
            pass  # some files are deliberately broken inputs of syntax tests
    return loaded


# ---- results as canonical sets ----------------------------------------------------------------

class Results(NamedTuple):
    """A comparable form of a query result."""

    kind: str  # "boolean", "solutions", "graph"
    variables: frozenset = frozenset()
    content: frozenset | bool = frozenset()
    ordered: tuple = ()  # rows without blank nodes, in order (checked for ORDER BY queries)


def from_result(result) -> Results:
    """Results from what pyoxigraph's query or parse_query_results gives."""
    if isinstance(result, QueryBoolean):
        return Results("boolean", content=bool(result))
    if isinstance(result, QuerySolutions):
        variables = [v.value for v in result.variables]
        return solutions(variables, [{v: s[v] for v in variables if s[v] is not None}
                                     for s in result])
    return graph(list(result))


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGER_TYPES = {XSD + name for name in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte")}


def normal(term):
    """A literal compared by value where Oxigraph keeps values, not lexical forms: numbers
    ("01.0"^^xsd:decimal is "1"^^xsd:decimal) and derived integer types (stored as xsd:integer).
    Both sides of every comparison go through it."""
    if not isinstance(term, Literal) or term.datatype is None:
        return term
    datatype = term.datatype.value
    try:
        if datatype in INTEGER_TYPES:
            return Literal(str(int(term.value)), datatype=NamedNode(XSD + "integer"))
        if datatype == XSD + "decimal":
            from decimal import Decimal
            value = Decimal(term.value).normalize()
            return Literal(format(value, "f"), datatype=term.datatype)
        if datatype in (XSD + "double", XSD + "float"):
            return Literal(repr(float(term.value)), datatype=term.datatype)
    except (ValueError, ArithmeticError):
        pass
    return term


def solutions(variables: list[str], rows: list[dict]) -> Results:
    """Rows compared as a multiset up to blank-node renaming: each row becomes a blank node."""
    dataset = Dataset()
    for row in rows:
        node = BlankNode()
        dataset.add(Quad(node, NamedNode("urn:x-row:row"), Literal("row"), DefaultGraph()))
        for name, value in row.items():
            dataset.add(Quad(node, NamedNode("urn:x-var:" + name), normal(value),
                             DefaultGraph()))
    dataset.canonicalize(CanonicalizationAlgorithm.UNSTABLE)
    ordered = tuple(tuple(sorted((k, str(normal(v))) for k, v in row.items()
                                 if not isinstance(v, BlankNode))) for row in rows)
    return Results("solutions", frozenset(variables), frozenset(map(str, dataset)), ordered)


def graph(triples: list) -> Results:
    """Triples compared up to blank-node renaming."""
    dataset = Dataset([Quad(t.subject, t.predicate, normal(t.object), DefaultGraph())
                       for t in triples])
    dataset.canonicalize(CanonicalizationAlgorithm.UNSTABLE)
    return Results("graph", content=frozenset(map(str, dataset)))


def expected_results(iri: str) -> Results:
    """The expected result of a test, from its .srx, .srj, .tsv, .csv, .ttl or .rdf file."""
    path = to_path(iri)
    suffix = path.suffix
    if suffix in (".srx", ".srj", ".tsv"):
        fmt = {".srx": QueryResultsFormat.XML, ".srj": QueryResultsFormat.JSON,
               ".tsv": QueryResultsFormat.TSV}[suffix]
        return from_result(pyoxigraph.parse_query_results(path=str(path), format=fmt))
    if suffix == ".csv":
        return Results("csv", content=csv_rows(path.read_text(encoding="utf-8")))
    triples = [q.triple for q in pyoxigraph.parse(path=str(path), format=DATA_SUFFIXES[suffix],
                                                  base_iri=iri)]
    return _result_set(triples) or graph(triples)


def csv_rows(text: str) -> frozenset:
    """CSV results as a set of (row number-free) lines with blank-node labels erased."""
    import csv

    rows = list(csv.reader(io.StringIO(text)))
    lines = [tuple(re.sub(r"^_:.*", "_:", cell) for cell in row) for row in rows]
    return frozenset((line, lines.count(line)) for line in lines)


def _result_set(triples: list) -> Results | None:
    """A result set written in the rs: vocabulary (SPARQL 1.0 tests), or None for a plain graph."""
    by_subject: dict = {}
    for t in triples:
        by_subject.setdefault(t.subject, []).append(t)
    sets = [s for s, ts in by_subject.items()
            if any(t.predicate.value == RDF + "type" and t.object.value == RS + "ResultSet"
                   for t in ts)]
    if not sets:
        return None

    def values(subject, name):
        return [t.object for t in by_subject.get(subject, []) if t.predicate.value == RS + name]

    (result_set,) = sets
    boolean = values(result_set, "boolean")
    if boolean:
        return Results("boolean", content=boolean[0].value == "true")
    variables = [v.value for v in values(result_set, "resultVariable")]
    rows = []
    for solution in values(result_set, "solution"):
        row = {b_var.value: b_val for binding in values(solution, "binding")
               for b_var in values(binding, "variable") for b_val in values(binding, "value")}
        index = values(solution, "index")
        rows.append((int(index[0].value) if index else 0, row))
    rows.sort(key=lambda r: r[0])
    return solutions(variables, [row for _, row in rows])


def matches(expected: Results, got: Results, query: str) -> bool:
    """Whether got is the expected result (in order too when the query has ORDER BY)."""
    if expected.kind != got.kind or expected.content != got.content:
        return False
    if expected.kind != "solutions":
        return True
    if expected.variables != got.variables:
        return False
    has_order = re.search(r"\border\s+by\b", query, re.I) is not None
    return not has_order or expected.ordered == got.ordered


# ---- running a test ------------------------------------------------------------------------

def run(test: QueryTest, evaluate: Callable) -> tuple[bool, str]:
    """(passed, why) for one test, with evaluate(test, want) giving Results or raising
    SyntaxError for a query the engine refuses."""
    if test.kind != "eval":
        try:
            evaluate(test, "parse")
        except SyntaxError as error:
            return test.kind == "negative", f"refused: {error}"
        except Exception:  # parsed, then failed to evaluate (an unknown custom function)
            pass
        return test.kind == "positive", "accepted"
    try:
        expected = expected_results(test.result)
        got = evaluate(test, "csv" if expected.kind == "csv" else "results")
    except SyntaxError as error:
        return test.kind == "negative", f"refused: {error}"
    except Exception as error:  # a failing test, whatever went wrong
        return False, f"{type(error).__name__}: {error}"
    return matches(expected, got, test.query), "compared"


def dataset_of(test: QueryTest) -> tuple[list[str], list[str]]:
    """The default-graph and named-graph IRIs that select the test's dataset."""
    if test.kind != "eval":
        return [EMPTY_GRAPH], [EMPTY_GRAPH]  # syntax tests: parsing and a trivial evaluation
    if test.uses_query_dataset:
        return [], []
    return list(test.data) or [EMPTY_GRAPH], list(test.graph_data) or [EMPTY_GRAPH]


def evaluate_on_store(store: pyoxigraph.Store) -> Callable:
    """An evaluate function for run() that queries the store directly."""
    def evaluate(test: QueryTest, want: str):
        default, named = dataset_of(test)
        options = {}
        if default or named:
            options = {"default_graph": [NamedNode(i) for i in default],
                       "named_graphs": [NamedNode(i) for i in named]}
        result = store.query(test.query, **options)
        if want == "parse":
            return None
        if want == "csv":
            out = io.BytesIO()
            result.serialize(out, QueryResultsFormat.CSV)
            return Results("csv", content=csv_rows(out.getvalue().decode()))
        return from_result(result)
    return evaluate


def evaluate_over_http(connect: Callable) -> Callable:
    """An evaluate function for run() that asks the endpoint; connect() gives an
    http.client.HTTPConnection to the server."""
    from urllib.parse import urlencode

    def evaluate(test: QueryTest, want: str):
        default, named = dataset_of(test)
        params = [("default-graph-uri", i) for i in default]
        params += [("named-graph-uri", i) for i in named]
        accept = ("text/csv" if want == "csv" else
                  "application/sparql-results+json, application/n-triples;q=0.9")
        connection = connect()
        try:
            connection.request("POST", "/sparql?" + urlencode(params), body=test.query.encode(),
                               headers={"Content-Type": "application/sparql-query",
                                        "Accept": accept})
            response = connection.getresponse()
            body = response.read()
        finally:
            connection.close()
        if response.status == 400:
            raise SyntaxError(body.decode(errors="replace"))
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {body[:300]!r}")
        if want == "parse":
            return None
        media_type = response.getheader("Content-Type", "").split(";")[0]
        if want == "csv":
            return Results("csv", content=csv_rows(body.decode()))
        if media_type == "application/n-triples":
            return graph(list(pyoxigraph.parse(body, format=RdfFormat.N_TRIPLES)))
        return from_result(pyoxigraph.parse_query_results(body, QueryResultsFormat.JSON))
    return evaluate
