"""Tests of the web server: SPARQL protocol, negotiation, errors, page, examples, waitress."""

import csv
import doctest
import importlib
import io
import json
import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from rdflib import Literal as RLiteral, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

ROOT = Path(__file__).resolve().parents[1]

import server
from server import query as server_query
from server.examples import QUERIES_DIR, load_examples
from server.query import Outcome
from server.settings import SETTINGS, check_config, default_config
from server_fixtures import ARTICLE_AR, ARTICLE_EN, KH, KHR, load_dataset, write_dataset

PREFIX = f"PREFIX kh: <{KH}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
ARTICLES = PREFIX + "SELECT DISTINCT ?a WHERE { ?a a kh:Article } ORDER BY ?a"
MAYADIN_LABELS = PREFIX + (f"SELECT ?label WHERE {{ <{KHR}place/mayadin> rdfs:label ?label }} "
                           "ORDER BY ?label")
JSON_RESULTS = "application/sparql-results+json"
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
RDFS_LABEL = URIRef("http://www.w3.org/2000/01/rdf-schema#label")


# ---- fixtures -----------------------------------------------------------------------------

@pytest.fixture
def store():
    """A fresh in-memory store holding the two fixture articles."""
    loaded = load_dataset(pyoxigraph.Store())
    assert len(loaded) > 100  # never test against an empty store
    return loaded


@pytest.fixture
def make_app(store):
    """Build an app over the fixture store with extra settings."""
    def make(**settings):
        return server.create_app({"STORE": store, "TESTING": True, **settings})
    return make


@pytest.fixture
def client(make_app):
    """A test client of the default app."""
    return make_app().test_client()


def bindings(response) -> list[dict]:
    """The rows of a JSON results response as {variable: value}."""
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.mimetype == JSON_RESULTS
    return [{k: v["value"] for k, v in row.items()} for row in response.json["results"]["bindings"]]


def column(response, name: str) -> list[str]:
    """The values of one variable of a JSON results response."""
    return [row.get(name) for row in bindings(response)]


def assert_error(response, status: int) -> dict:
    """Check the one error shape and return its body."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body = response.json
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "title", "detail"}
    assert body["error"]["status"] == status
    assert body["error"]["title"] and body["error"]["detail"]
    return body["error"]


# ---- the three ways of asking ---------------------------------------------------------------

def test_get_select_gives_bindings_with_language_tags(client):
    response = client.get("/sparql", query_string={"query": MAYADIN_LABELS})
    rows = response.json["results"]["bindings"]
    assert {(r["label"]["value"], r["label"]["xml:lang"]) for r in rows} == {
        ("الميادين", "ar"), ("Mayadin", "en")}


def test_post_form_and_post_direct_give_the_same_bindings(client):
    expected = bindings(client.get("/sparql", query_string={"query": MAYADIN_LABELS}))
    form = client.post("/sparql", data={"query": MAYADIN_LABELS})
    direct = client.post("/sparql", data=MAYADIN_LABELS.encode(),
                         content_type="application/sparql-query")
    assert bindings(form) == bindings(direct) == expected
    assert len(expected) == 2


# ---- the dataset ----------------------------------------------------------------------------

def test_default_graph_is_the_union_of_all_article_graphs(client):
    response = client.get("/sparql", query_string={"query": ARTICLES})
    assert column(response, "a") == [ARTICLE_AR, ARTICLE_EN]


def test_default_graph_uri_selects_the_default_graph(client):
    response = client.get("/sparql", query_string={"query": ARTICLES,
                                                   "default-graph-uri": ARTICLE_EN})
    assert column(response, "a") == [ARTICLE_EN]


def test_named_graph_uri_limits_graph_and_leaves_the_default_graph_empty(client):
    # As FROM NAMED without FROM (SPARQL 1.1 Query 13.2): the default graph is empty.
    in_graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = client.get("/sparql", query_string={"query": in_graphs,
                                                   "named-graph-uri": ARTICLE_AR})
    assert column(response, "g") == [ARTICLE_AR]
    response = client.get("/sparql", query_string={"query": ARTICLES,
                                                   "named-graph-uri": ARTICLE_AR})
    assert column(response, "a") == []


def test_default_and_named_graph_uri_together(client):
    query = PREFIX + "SELECT ?a ?g WHERE { ?a a kh:Article GRAPH ?g { ?g a kh:Article } }"
    response = client.post("/sparql", data={"query": query, "default-graph-uri": ARTICLE_AR,
                                            "named-graph-uri": ARTICLE_EN})
    assert bindings(response) == [{"a": ARTICLE_AR, "g": ARTICLE_EN}]


def test_from_in_the_query_is_honoured(client):
    query = PREFIX + f"SELECT ?a FROM <{ARTICLE_AR}> WHERE {{ ?a a kh:Article }}"
    assert column(client.get("/sparql", query_string={"query": query}), "a") == [ARTICLE_AR]


def test_protocol_dataset_overrides_from_in_the_query(client):
    query = PREFIX + f"SELECT ?a FROM <{ARTICLE_AR}> WHERE {{ ?a a kh:Article }}"
    response = client.get("/sparql", query_string={"query": query, "default-graph-uri": ARTICLE_EN})
    assert column(response, "a") == [ARTICLE_EN]


def test_keywords_ignore_strings_iris_comments_and_variables():
    query = ('SELECT ?from WHERE { ?s <http://x/FROM#SERVICE> "from SERVICE" } # FROM\n'
             "ORDER BY ?from")
    assert keywords_of(query) >= {"SELECT", "WHERE", "ORDER", "BY"}
    assert not keywords_of(query) & {"FROM", "SERVICE"}
    assert "SERVICE" in keywords_of("SELECT * { ?s ?p ?o .SERVICE <http://x/> { } }")
    assert "SERVICE" in keywords_of(r"SELECT * { SERV\u0049CE <http://x/> { } }")


@pytest.mark.parametrize("query, has_from", [
    ('SELECT * { ?s ?p """long\nFROM " """ }', False),
    ("SELECT * { ?s ?p '''it's FROM''' }", False),
    (r'SELECT * { ?s ?p "a\"FROM" }', False),
    ("PREFIX from: <x:> SELECT * { ?s from:p ?o }", False),
    ('SELECT * { ?s ?p "x"@from }', False),
    ("SELECT * { ?s ?p ?o } # from\nLIMIT 1", False),
    ("SELECT * FROM<http://x/>{ ?s ?p ?o }", True),
    ("select * from named <x:> { }", True),
    ('SELECT * FROM <a#b> { ?s ?p "#" }', True),
])
def test_keywords_find_dataset_clauses(query, has_from):
    assert ("FROM" in keywords_of(query)) is has_from


def keywords_of(query: str) -> set[str]:
    """server.query.keywords, named for the tests."""
    return server_query.keywords(query)


def test_docstring_examples_run():
    from server import update
    for module in (server_query, update):
        results = doctest.testmod(module)
        assert results.attempted > 0 and results.failed == 0, module


# ---- query forms and formats ----------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    (PREFIX + "ASK { ?s a kh:Entry }", True),
    (PREFIX + "ASK { ?s a kh:Capture }", False),
])
def test_ask(client, query, expected):
    response = client.get("/sparql", query_string={"query": query})
    assert response.mimetype == JSON_RESULTS
    assert response.json == {"head": {}, "boolean": expected}


CONSTRUCT = PREFIX + f"""CONSTRUCT {{ ?place rdfs:label ?label ; kh:partOf ?parent }}
WHERE {{ GRAPH <{ARTICLE_AR}> {{
  ?place a kh:CityOrTown ; rdfs:label ?label ; kh:partOf ?parent }} }}"""


def expected_construct() -> rdflib.Graph:
    """The triples CONSTRUCT should give, written out by hand."""
    graph = rdflib.Graph()
    mayadin = URIRef(KHR + "place/mayadin")
    graph.add((mayadin, RDFS_LABEL, RLiteral("الميادين", lang="ar")))
    graph.add((mayadin, RDFS_LABEL, RLiteral("Mayadin", lang="en")))
    graph.add((mayadin, URIRef(KH + "partOf"), URIRef(KHR + "place/deir-ez-zor-governorate")))
    return graph


@pytest.mark.parametrize("accept, fmt, mimetype, rdflib_format", [
    (None, None, "text/turtle", "turtle"),
    ("text/turtle", None, "text/turtle", "turtle"),
    ("application/n-triples", None, "application/n-triples", "nt"),
    ("application/ld+json", None, "application/ld+json", "json-ld"),
    ("application/rdf+xml", None, "application/rdf+xml", "xml"),
    ("application/n-quads", None, "application/n-quads", "nquads"),
    ("application/trig", None, "application/trig", "trig"),
    (None, "nt", "application/n-triples", "nt"),
    ("text/turtle", "jsonld", "application/ld+json", "json-ld"),
])
def test_construct_parses_back_to_the_expected_triples(client, accept, fmt, mimetype,
                                                       rdflib_format):
    params = {"query": CONSTRUCT, **({"format": fmt} if fmt else {})}
    response = client.get("/sparql", query_string=params,
                          headers={"Accept": accept} if accept else {})
    assert response.status_code == 200 and response.mimetype == mimetype
    if rdflib_format in ("nquads", "trig"):
        graph = rdflib.Dataset()
        graph.parse(data=response.get_data(as_text=True), format=rdflib_format)
        graph = rdflib.Graph() + graph.default_graph
    else:
        graph = rdflib.Graph().parse(data=response.get_data(as_text=True), format=rdflib_format)
    assert_isomorphic(graph, expected_construct())


def assert_isomorphic(got: rdflib.Graph, expected: rdflib.Graph) -> None:
    """Fail with the triples found only on each side."""
    if not isomorphic(got, expected):
        _, only_got, only_expected = graph_diff(to_isomorphic(got), to_isomorphic(expected))
        pytest.fail(f"only in the response:\n{only_got.serialize(format='nt')}\n"
                    f"only expected:\n{only_expected.serialize(format='nt')}")


def test_describe_answers_with_turtle(client):
    response = client.get("/sparql", query_string={"query": f"DESCRIBE <{KHR}place/mayadin>"})
    graph = rdflib.Graph().parse(data=response.get_data(as_text=True), format="turtle")
    assert (URIRef(KHR + "place/mayadin"), RDFS_LABEL, RLiteral("Mayadin", lang="en")) in graph


def test_csv_results(client):
    response = client.get("/sparql", query_string={"query": MAYADIN_LABELS, "format": "csv"})
    assert response.mimetype == "text/csv" and response.mimetype_params["charset"] == "utf-8"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows == [["label"], ["Mayadin"], ["الميادين"]]


def test_tsv_results(client):
    response = client.get("/sparql", query_string={"query": MAYADIN_LABELS},
                          headers={"Accept": "text/tab-separated-values"})
    assert response.mimetype == "text/tab-separated-values"
    lines = response.get_data(as_text=True).splitlines()
    assert lines == ["?label", '"Mayadin"@en', '"الميادين"@ar']


def test_xml_results(client):
    response = client.get("/sparql", query_string={"query": MAYADIN_LABELS},
                          headers={"Accept": "application/sparql-results+xml"})
    assert response.mimetype == "application/sparql-results+xml"
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    literals = ET.fromstring(response.data).findall(".//r:binding[@name='label']/r:literal", ns)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert [(lit.text, lit.get(lang)) for lit in literals] == [
        ("Mayadin", "en"), ("الميادين", "ar")]


@pytest.mark.parametrize("accept, mimetype", [
    (None, JSON_RESULTS),
    ("*/*", JSON_RESULTS),
    ("application/json", JSON_RESULTS),
    ("text/csv;q=0.5, application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv, application/sparql-results+xml;q=0.9", "text/csv"),
    ("text/*, application/sparql-results+json;q=0.1", "text/csv"),
    ("text/*;q=0.2, text/tab-separated-values", "text/tab-separated-values"),
    ("text/html, */*;q=0.1", JSON_RESULTS),
])
def test_accept_with_q_values(client, accept, mimetype):
    response = client.get("/sparql", query_string={"query": MAYADIN_LABELS},
                          headers={"Accept": accept} if accept else {})
    assert response.status_code == 200 and response.mimetype == mimetype
    assert "Accept" in response.vary


def test_format_parameter_overrides_accept(client):
    response = client.post("/sparql", data={"query": MAYADIN_LABELS, "format": "tsv"},
                           headers={"Accept": "application/sparql-results+xml"})
    assert response.mimetype == "text/tab-separated-values"


# ---- errors ---------------------------------------------------------------------------------

def test_malformed_query_is_400_with_the_parser_message(client):
    error = assert_error(client.get("/sparql", query_string={"query": "SELECT * WHERE { ?s"}), 400)
    assert "error at 1:" in error["detail"]


def get(params=None, accept=None, path="/sparql") -> tuple:
    """A GET request for the error table."""
    headers = {"Accept": accept} if accept else {}
    return "get", path, {"query_string": params or {}, "headers": headers}


def post(data, content_type=None) -> tuple:
    """A POST request for the error table."""
    extra = {"content_type": content_type} if content_type else {}
    return "post", "/sparql", {"data": data, **extra}


ASK = "ASK {}"
SPARQL_QUERY, SPARQL_UPDATE = "application/sparql-query", "application/sparql-update"
INSERT = "INSERT DATA { <a:a> <a:a> <a:a> }"
LONG = "ASK {} #" + "x" * 300
ERROR_CASES = {
    "malformed": (400, get({"query": "SELEC ?x"})),
    "empty query": (400, get({"query": "  "})),
    "two queries": (400, get([("query", ASK), ("query", ASK)])),
    "post without query": (400, post({"default-graph-uri": ARTICLE_AR})),
    "bad graph iri": (400, get({"query": ASK, "default-graph-uri": "not an iri"})),
    "unknown format": (400, get({"query": ASK, "format": "pdf"})),
    "bad charset": (400, post(b"\xff\xfe", SPARQL_QUERY)),
    "update form": (403, post({"update": INSERT})),
    "update direct": (403, post(INSERT, SPARQL_UPDATE)),
    "update get": (403, get({"update": "CLEAR ALL"})),
    "service": (403, get({"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})),
    "not found": (404, get(path="/nothing-here")),
    "method": (405, ("put", "/sparql", {"data": "x"})),
    "accept for select": (406, get({"query": ASK}, accept="application/n-triples")),
    "format for select": (406, get({"query": ASK, "format": "ttl"})),
    "format for construct": (406, get({"query": "CONSTRUCT WHERE { ?s ?p ?o }", "format": "csv"})),
    "accept for description": (406, get(accept="image/png")),
    "post text/plain": (415, post(ASK, "text/plain")),
    "post without type": (415, post(ASK.encode())),
    "too large get": (413, get({"query": LONG})),
    "too large direct": (413, post(LONG, SPARQL_QUERY)),
    "too large form": (413, post({"query": "ASK {} #" + "ب" * 200})),
}


@pytest.mark.parametrize("name", ERROR_CASES)
def test_every_error_has_the_one_json_shape(make_app, name):
    status, (method, path, kwargs) = ERROR_CASES[name]
    client = make_app(MAX_QUERY_BYTES=256).test_client()
    assert_error(getattr(client, method)(path, **kwargs), status)


def test_failing_service_call_is_500_and_service_is_declared(make_app):
    client = make_app(SERVICE_ALLOW_LIST="http://127.0.0.1:9/sparql").test_client()
    query = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    error = assert_error(client.get("/sparql", query_string={"query": query}), 500)
    assert error["detail"].startswith("Query evaluation failed")
    description = client.get("/sparql", headers={"Accept": "text/turtle"}).get_data(as_text=True)
    assert "sd:BasicFederatedQuery" in description


def test_error_is_plain_text_when_the_client_accepts_only_text(client):
    response = client.get("/sparql", query_string={"query": "SELEC"},
                          headers={"Accept": "text/csv"})
    assert response.status_code == 400 and response.mimetype == "text/plain"
    assert response.get_data(as_text=True).startswith("400 Bad Request: Malformed query")


def test_413_for_a_body_above_the_transport_limit(make_app):
    client = make_app(MAX_QUERY_BYTES=100).test_client()
    response = client.post("/sparql", data={"query": "ASK {}", "pad": "x" * 20000})
    assert_error(response, 413)


def test_slow_query_times_out_with_503_and_its_worker_stops(make_app):
    client = make_app(QUERY_TIMEOUT_S=0.3).test_client()
    huge = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    started = time.monotonic()
    error = assert_error(client.get("/sparql", query_string={"query": huge}), 503)
    assert "QUERY_TIMEOUT_S" in error["detail"]
    assert time.monotonic() - started < 3
    deadline = time.monotonic() + 10
    while any(t.name == "khabar-query" for t in threading.enumerate()):
        assert time.monotonic() < deadline, "the timed-out query kept running"
        time.sleep(0.05)


def test_unconfigured_store_is_503_on_first_query_not_at_create_app():
    app = server.create_app({"TESTING": True, "STORE_PATH": None})
    error = assert_error(app.test_client().get("/sparql", query_string={"query": "ASK {}"}), 503)
    assert "KHABAR_STORE_PATH" in error["detail"]


def test_missing_store_directory_is_503_naming_the_path(tmp_path):
    app = server.create_app({"TESTING": True, "STORE_PATH": str(tmp_path / "absent")})
    error = assert_error(app.test_client().get("/sparql", query_string={"query": "ASK {}"}), 503)
    assert "absent" in error["detail"]


def test_running_queries_are_capped_and_a_runaway_holds_its_place(make_app, monkeypatch):
    release = threading.Event()

    def stuck(store, job, output):
        release.wait(10)  # a query pyoxigraph cannot interrupt
        return Outcome("results", "json", False)
    monkeypatch.setattr("server.runner.execute", stuck)
    client = make_app(QUERY_TIMEOUT_S=0.2, QUERY_WORKERS=1).test_client()
    timed_out = assert_error(client.get("/sparql", query_string={"query": ASK}), 503)
    assert "QUERY_TIMEOUT_S" in timed_out["detail"]
    busy = assert_error(client.get("/sparql", query_string={"query": ASK}), 503)
    assert "QUERY_WORKERS" in busy["detail"]
    release.set()
    monkeypatch.undo()
    deadline = time.monotonic() + 10
    while client.get("/sparql", query_string={"query": "ASK {}"}).status_code != 200:
        assert time.monotonic() < deadline, "the slot was never released"
        time.sleep(0.05)


def test_unexpected_exception_is_500_in_the_one_shape(make_app, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("boom")
    monkeypatch.setattr("server.runner.execute", broken)
    response = make_app().test_client().get("/sparql", query_string={"query": ASK})
    error = assert_error(response, 500)
    assert "RuntimeError" in error["detail"]


# ---- service description, page, static files ------------------------------------------------

def test_service_description_as_turtle(client):
    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.mimetype == "text/turtle"
    graph = rdflib.Graph().parse(data=response.get_data(as_text=True), format="turtle")
    endpoint = URIRef("http://localhost/sparql")
    assert (endpoint, rdflib.RDF.type, SD.Service) in graph
    assert (endpoint, SD.endpoint, endpoint) in graph
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (endpoint, SD.feature, SD.UnionDefaultGraph) in graph
    formats = set(graph.objects(endpoint, SD.resultFormat))
    assert URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    assert URIRef("http://www.w3.org/ns/formats/Turtle") in formats
    assert URIRef("http://www.w3.org/ns/formats/JSON-LD") in formats


def test_sparql_without_query_gives_the_page_to_browsers(client):
    accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "<textarea" in response.get_data(as_text=True)


def test_page_lists_examples_and_uses_only_local_assets(client):
    response = client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    examples = load_examples()
    for example in examples:
        assert example.title in html
    embedded = json.loads(re.search(r'id="examples-data"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert [e["text"] for e in embedded] == [e.text for e in examples]
    assets = re.findall(r'<(?:script|link|img)\b[^>]*\b(?:src|href)="([^"]+)"', html)
    assert assets, "the page loads no scripts or styles"
    for url in assets:
        assert not re.match(r"(https?:)?//", url), url
        assert client.get(url).status_code == 200, url


def test_page_prefills_the_query_parameter(client):
    html = client.get("/", query_string={"query": "ASK { <a:b> ?p ?o }"}).get_data(as_text=True)
    assert "ASK { &lt;a:b&gt; ?p ?o }" in html


def test_static_assets_have_no_remote_references():
    static = ROOT / "server" / "static"
    files = list(static.iterdir())
    assert files
    for path in files:
        assert not re.search(r"(src|href|url)\s*[=(]\s*[\"']?(https?:)?//", path.read_text()), path


# ---- example queries ------------------------------------------------------------------------

def test_example_queries_exist_and_have_headers():
    names = [path.name for path in QUERIES_DIR.glob("*.rq")]
    assert len(names) >= 6
    for path in QUERIES_DIR.glob("*.rq"):
        first, second = path.read_text(encoding="utf-8").splitlines()[:2]
        assert first.startswith("# title: ") and second.startswith("# description: "), path


# The provenance library (files 10-19) needs built articles and the derived graphs: tests/test_queries.py
# runs each of them on real builds; here every query must at least parse and run.
@pytest.mark.parametrize("example", load_examples(), ids=lambda e: e.name)
def test_each_example_query_runs_and_returns_rows(client, example):
    response = client.post("/sparql", data={"query": example.text})
    assert response.status_code == 200, response.get_data(as_text=True)
    if not example.name[:2].isdigit() or int(example.name[:2]) < 10:
        assert bindings(response), f"{example.name} returned no rows on the fixture data"


def run_example(client, stem: str) -> list[dict]:
    """The rows of the example query whose file name starts with stem."""
    (path,) = QUERIES_DIR.glob(f"{stem}*.rq")
    return bindings(client.post("/sparql", data={"query": path.read_text(encoding="utf-8")}))


def test_operations_in_deir_ez_zor(client):
    (row,) = run_example(client, "01-")
    assert row["operation"] == ARTICLE_AR + "/operation/1" and row["type"] == KH + "Entry"
    assert "Syrian Arab Army" in row["agents"] and "Islamic State" in row["targets"]
    assert row["supportedBy"] == "القوات الجوية الروسية"


def test_who_said_what(client):
    rows = {row["claim"]: row for row in run_example(client, "02-")}
    reuters = rows[ARTICLE_AR + "/claim/1"]
    assert "Reuters" in reuters["saidBy"]
    assert reuters["quoting"].startswith("وحدة الإعلام الحربي")
    assert reuters["content"].startswith("القوات باتت")
    assert reuters["sentence"].startswith("ونقلت")
    assert ARTICLE_AR + "/claim/2" not in rows  # a relayed claim is shown under its relay


def test_claims_via_reuters(client):
    rows = run_example(client, "03-")
    assert {row["relayed"] for row in rows} == {ARTICLE_AR + "/claim/2", ARTICLE_EN + "/claim/2"}


def test_figures_and_humanitarian_statements(client):
    figures = {row["quantity"]: row for row in run_example(client, "05-")}
    killed = figures[ARTICLE_EN + "/quantity/1"]
    assert (killed["minValue"], killed["maxValue"]) == ("100", "999")
    assert killed["statedBy"] == "Monitors"
    (statement,) = run_example(client, "04-")
    assert statement["kind"] == KH + "Condemnation" and statement["start"] == "2017-10-12"


# ---- configuration --------------------------------------------------------------------------

def test_settings_table_documents_every_setting():
    readme = (ROOT / "server" / "README.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert setting.help and f"`KHABAR_{setting.name}`" in readme, setting.name
    documented = set(re.findall(r"`KHABAR_([A-Z_]+)`", readme))
    assert documented == {setting.name for setting in SETTINGS}


def test_config_layers_defaults_then_env_then_test_config(monkeypatch):
    monkeypatch.setenv("KHABAR_QUERY_TIMEOUT_S", "5")
    monkeypatch.setenv("KHABAR_CORS_ORIGIN", "https://example.org")
    app = server.create_app({"CORS_ORIGIN": "*"})
    assert app.config["QUERY_TIMEOUT_S"] == 5
    assert app.config["CORS_ORIGIN"] == ("*",)
    assert app.config["MAX_QUERY_BYTES"] == default_config()["MAX_QUERY_BYTES"]


@pytest.mark.parametrize("name, value", [("QUERY_TIMEOUT_S", -1), ("QUERY_TIMEOUT_S", "10"),
                                         ("MAX_QUERY_BYTES", 0), ("MAX_QUERY_BYTES", 1.5),
                                         ("QUERY_WORKERS", 0), ("QUERY_QUEUE", -1),
                                         ("MAX_RESULT_ROWS", "many")])
def test_unusable_settings_are_refused_with_their_variable(name, value):
    with pytest.raises(ValueError, match=f"KHABAR_{name}"):
        check_config({**default_config(), name: value})


def test_cors_headers_only_when_configured(make_app):
    plain = make_app().test_client().get("/sparql", query_string={"query": "ASK {}"})
    assert "Access-Control-Allow-Origin" not in plain.headers
    client = make_app(CORS_ORIGIN="*").test_client()
    assert client.get("/sparql", query_string={"query": "ASK {}"}).headers[
        "Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "https://example.org",
                                                   "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_wsgi_module_reads_the_store_path_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("KHABAR_STORE_PATH", str(tmp_path))
    sys.modules.pop("server.wsgi", None)
    wsgi = importlib.import_module("server.wsgi")
    assert wsgi.app.config["STORE_PATH"] == str(tmp_path)
    monkeypatch.delenv("KHABAR_STORE_PATH")
    sys.modules.pop("server.wsgi", None)
    with pytest.raises(RuntimeError, match="KHABAR_STORE_PATH"):
        importlib.import_module("server.wsgi")
    sys.modules.pop("server.wsgi", None)


# ---- an on-disk store, read-only, and a real HTTP server -------------------------------------

@pytest.fixture
def store_path(tmp_path) -> Path:
    """A directory holding an on-disk pyoxigraph store with the fixture articles."""
    path = tmp_path / "store"
    write_dataset(path)
    return path


def test_store_path_is_opened_read_only_on_first_query(store_path):
    app = server.create_app({"TESTING": True, "STORE_PATH": str(store_path)})
    assert app.extensions["khabar.store"]._store is None
    response = app.test_client().get("/sparql", query_string={"query": ARTICLES})
    assert column(response, "a") == [ARTICLE_AR, ARTICLE_EN]


def test_serve_refuses_a_missing_store(tmp_path):
    with pytest.raises(FileNotFoundError, match="absent"):
        server.serve(tmp_path / "absent")


def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def live_server(store_path):
    """server.serve under waitress in a subprocess; yields its base URL."""
    port = free_port()
    code = f"import server; server.serve({str(store_path)!r}, port={port}, threads=2)"
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, process)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def wait_until_up(base: str, process: subprocess.Popen) -> None:
    """Poll the server until it answers, failing with its stderr if it dies."""
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"server exited: {process.stderr.read().decode()}")
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
            return
        except OSError:
            time.sleep(0.1)
    pytest.fail("server did not start within 15 s")


def test_real_http_server(live_server):
    url = live_server + "/sparql?" + urllib.parse.urlencode({"query": ARTICLES})
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "text/csv"})) as r:
        assert r.headers["Server"] == "khabar"
        assert r.headers.get_content_type() == "text/csv"
        assert r.read().decode().split() == ["a", ARTICLE_AR, ARTICLE_EN]
    request = urllib.request.Request(live_server + "/sparql", data=MAYADIN_LABELS.encode(),
                                     headers={"Content-Type": "application/sparql-query"})
    with urllib.request.urlopen(request) as r:
        labels = [b["label"]["value"] for b in json.load(r)["results"]["bindings"]]
    assert labels == ["Mayadin", "الميادين"]
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(live_server + "/sparql?query=SELEC")
    assert caught.value.code == 400
    assert json.load(caught.value)["error"]["status"] == 400
