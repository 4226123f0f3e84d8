"""The Wikidata context graph: shipped statements and their sources, live refresh from a fake
endpoint on loopback (batches, User-Agent, retries, cache), and federation through the server."""

from __future__ import annotations

import http.server
import threading
import urllib.parse
from collections import Counter

import pyoxigraph as ox
import pytest
from rdflib import RDFS, URIRef

from kg.errors import KhabarError
from kg.wikidata import (PR, PS, SOURCE_URLS, WD, WDT, WIKIDATA_GRAPH, Endpoint, P, derive_statements,
                         fetch_live, linked_qids, load_wikidata, offline_graph, read_extra, read_statements,
                         refresh)
from provenance_fixtures import CLOCK, SEED_DIR

# Fixture data of the fake endpoint. Q900000001 is a made-up item standing for a district
# between Mayadin and its governorate: these triples test the code, they are not Wikidata facts.
FAKE_WIKIDATA = """
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix wdt: <http://www.wikidata.org/prop/direct/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
wd:Q310895 rdfs:label "Mayadin (fixture)"@en , "الميادين"@ar , "Mayadin"@fr ;
    wdt:P131 wd:Q900000001 ; wdt:P17 wd:Q858 ;
    wdt:P625 "Point(40.45 35.02)"^^<http://www.opengis.net/ont/geosparql#wktLiteral> .
wd:Q900000001 rdfs:label "Fixture District"@en ; wdt:P131 wd:Q232387 .
wd:Q232387 rdfs:label "Deir ez-Zor Governorate (fixture)"@en ; wdt:P131 wd:Q858 ; wdt:P31 wd:Q517351 .
wd:Q858 rdfs:label "Syria (fixture)"@en .
"""


# --- the shipped statements -----------------------------------------------------------------


def test_shipped_statements_are_the_derivation_of_the_gazetteer_and_the_extra_rows():
    shipped = read_statements()
    assert len(shipped) > 800
    assert shipped == derive_statements(extra=read_extra()), (
        "kg/data/wikidata.tsv is stale: run `python -m kg.wikidata` and review the diff")


def test_every_statement_has_a_known_source_and_evidence():
    counts = Counter(s.source for s in read_statements())
    assert set(counts) <= set(SOURCE_URLS)
    assert counts["wof"] > 300 and counts["periodo-places"] >= 3
    assert all(s.evidence.strip() for s in read_statements())


def test_no_qid_is_invented():
    from kg.gazetteer import load_gazetteer

    known = {e.qid for e in load_gazetteer().entries.values() if e.qid} | {s.qid for s in read_extra()} | {
        s.value for s in read_extra() if s.value.startswith("Q")}
    for s in read_statements():
        assert s.qid in known, s
        if s.property in ("P31", "P17", "P131"):
            assert s.value in known, s


def test_p31_comes_only_from_checked_public_files():
    p31 = [s for s in read_statements() if s.property == "P31"]
    assert p31 and all(s.source == "periodo-places" and "Q517351" in s.evidence for s in p31)
    assert {s.qid for s in p31} >= {"Q232387", "Q214064"}


def test_mayadin_lies_in_deir_ez_zor_governorate_in_syria():
    graph = offline_graph()
    mayadin, governorate, syria = WD.Q310895, WD.Q232387, WD.Q858
    assert (mayadin, WDT.P131, governorate) in graph
    assert (governorate, WDT.P131, syria) in graph
    assert (mayadin, WDT.P17, syria) in graph
    assert (governorate, WDT.P31, WD.Q517351) in graph
    assert {label.language for label in graph.objects(mayadin, RDFS.label)} == {"ar", "en"}
    assert str(graph.value(mayadin, WDT.P625)).startswith("Point(40.45")


def test_every_truthy_triple_has_a_statement_node_with_a_reference():
    graph = offline_graph()
    truthy = [(s, p, o) for s, p, o in graph if str(p).startswith(str(WDT))]
    assert len(truthy) > 400
    for s, p, o in truthy:
        prop = str(p)[len(str(WDT)):]
        nodes = [n for n in graph.objects(s, P[prop]) if graph.value(n, PS[prop]) == o]
        assert len(nodes) == 1, (s, p, o)
        reference = graph.value(nodes[0], URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
        assert graph.value(reference, PR.P854) is not None
        assert graph.value(reference, RDFS.comment) is not None


@pytest.fixture
def seed_store(tmp_path):
    from kg.build import build

    assert build([SEED_DIR], tmp_path / "store", lambda: CLOCK).ok
    return ox.Store(str(tmp_path / "store"))


GOVERNORATE_QUERY = """
PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
SELECT DISTINCT ?op WHERE { ?op kh:place/skos:exactMatch/wdt:P131* wd:Q232387 }"""


def test_offline_graph_answers_the_governorate_query_with_no_network(seed_store):
    assert {"Q310895", "Q232387", "Q130879"} <= set(linked_qids(seed_store))
    # Without the wikidata graph only operations placed on the governorate itself match.
    before = len(list(seed_store.query(GOVERNORATE_QUERY, use_default_graph_as_union=True)))
    load_wikidata(seed_store)
    after = len(list(seed_store.query(GOVERNORATE_QUERY, use_default_graph_as_union=True)))
    assert after >= before + 5


# --- a fake Wikidata endpoint on loopback ---------------------------------------------------


class FakeEndpoint:
    """A SPARQL endpoint on 127.0.0.1 answering from FAKE_WIKIDATA; can fail the first requests."""

    def __init__(self, failures: list[int] = ()):
        self.store = ox.Store()
        self.store.load(FAKE_WIKIDATA, format=ox.RdfFormat.TURTLE)
        self.failures = list(failures)
        self.requests: list[dict] = []
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                query = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("query", [""])[0]
                fake.answer(self, query)

            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
                kind = self.headers.get("Content-Type", "")
                query = urllib.parse.parse_qs(body)["query"][0] if "form" in kind else body
                fake.answer(self, query)

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def answer(self, handler, query: str) -> None:
        self.requests.append({"query": query, "user-agent": handler.headers.get("User-Agent"),
                              "accept": handler.headers.get("Accept")})
        if self.failures:
            status = self.failures.pop(0)
            handler.send_response(status)
            handler.send_header("Retry-After", "0")
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return
        body = self.store.query(query).serialize(format=ox.QueryResultsFormat.JSON)
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def fake():
    endpoint = FakeEndpoint()
    yield endpoint
    endpoint.close()


def test_fetch_follows_the_p131_chain_in_batched_values_queries(fake):
    endpoint = Endpoint(fake.url, sleep=lambda s: None)
    found = fetch_live(endpoint, ["Q310895", "Q40464"], batch=1)
    facts = {(s.qid, s.property, s.value) for s in found}
    assert ("Q310895", "P131", "Q900000001") in facts
    assert ("Q900000001", "P131", "Q232387") in facts  # fetched in the second round
    assert ("Q232387", "P131", "Q858") in facts  # and the third: up to the country
    assert ("Q310895", "P625", "Point(40.45 35.02)") in facts
    assert ("Q310895", "label", "Mayadin@fr") not in facts  # only ar and en
    assert all(s.source == f"wikidata-live {fake.url}" for s in found)
    # One query per QID with batch=1: two, then one, then one, then one (Q858 has no P131).
    assert len(fake.requests) == 5
    assert all("VALUES ?item" in r["query"] for r in fake.requests)
    assert all(r["user-agent"].startswith("Khabar/") and "khabar enrich" in r["user-agent"] for r in fake.requests)
    assert all(r["accept"] == "application/sparql-results+json" for r in fake.requests)


def test_retries_with_backoff_after_503_and_429():
    fake = FakeEndpoint(failures=[503, 429])
    waits = []
    try:
        found = fetch_live(Endpoint(fake.url, sleep=waits.append, backoff=0.5), ["Q858"])
    finally:
        fake.close()
    assert ("Q858", "label", "Syria (fixture)@en") in {(s.qid, s.property, s.value) for s in found}
    assert len(fake.requests) == 3
    assert waits == [0.5, 1.0] or len(waits) == 2  # Retry-After: 0 is not a number of seconds to honour


def test_gives_up_with_a_clear_error():
    fake = FakeEndpoint(failures=[500] * 5)
    try:
        with pytest.raises(KhabarError, match="HTTP 500"):
            fetch_live(Endpoint(fake.url, retries=2, sleep=lambda s: None), ["Q858"])
        assert len(fake.requests) == 3
    finally:
        fake.close()
    with pytest.raises(KhabarError, match="cannot reach"):
        fetch_live(Endpoint(fake.url, retries=1, sleep=lambda s: None, timeout=2), ["Q858"])


def test_cached_answers_need_no_request(fake, tmp_path):
    first = fetch_live(Endpoint(fake.url, cache_dir=tmp_path / "cache"), ["Q310895"])
    count = len(fake.requests)
    again = Endpoint(fake.url, cache_dir=tmp_path / "cache")
    assert fetch_live(again, ["Q310895"]) == first
    assert len(fake.requests) == count and again.requests == 0


def test_refresh_replaces_the_graph_and_keeps_offline_statements_for_unknown_qids(fake, seed_store):
    live, kept = refresh(seed_store, Endpoint(fake.url), retrieved="2026-01-01")
    assert live > 5 and kept > 100
    labels = {row["l"].value for row in seed_store.query(
        f"SELECT ?l WHERE {{ GRAPH <{WIKIDATA_GRAPH}> {{ <{WD.Q310895}> <{RDFS.label}> ?l }} }}")}
    assert labels == {"Mayadin (fixture)", "الميادين"}
    ops = list(seed_store.query(GOVERNORATE_QUERY, use_default_graph_as_union=True))
    assert len(ops) >= 5  # now through the fixture district
    retrieved = list(seed_store.query(
        f"SELECT ?d WHERE {{ GRAPH <{WIKIDATA_GRAPH}> {{ ?ref <{PR.P813}> ?d ; <{PR.P854}> <{fake.url}> }} }}"))
    assert retrieved and retrieved[0]["d"].value == "2026-01-01"


def test_khabar_enrich_command(fake, tmp_path, capsys):
    from kg.build import build
    from kg.cli import main

    assert build([SEED_DIR], tmp_path / "store", lambda: CLOCK).ok
    assert main(["enrich", "--store", str(tmp_path / "store")]) == 0
    assert main(["enrich", "--store", str(tmp_path / "store"), "--wikidata", fake.url,
                 "--cache", str(tmp_path / "cache"), "--batch", "10"]) == 0
    err = capsys.readouterr().err
    assert "offline Wikidata context" in err and f"from {fake.url}" in err
    assert main(["enrich", "--store", str(tmp_path / "store"), "--batch", "0"]) == 2


# --- federation through the server ------------------------------------------------------------

FEDERATED = """
PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?place ?item ?wikidataLabel WHERE {
  ?place a kh:CityOrTown ; skos:exactMatch ?item .
  SERVICE <%s> { ?item rdfs:label ?wikidataLabel FILTER (LANG(?wikidataLabel) = "en") }
}"""


def test_federated_query_joins_khabar_with_a_live_endpoint(fake, seed_store):
    from server import create_app

    app = create_app({"STORE": seed_store, "SERVICE_ALLOW_LIST": fake.url})
    response = app.test_client().post("/sparql", data={"query": FEDERATED % fake.url},
                                      headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.get_data(as_text=True)
    rows = {(b["item"]["value"], b["wikidataLabel"]["value"]) for b in response.json["results"]["bindings"]}
    assert (str(WD.Q310895), "Mayadin (fixture)") in rows


def test_federation_is_refused_unless_the_endpoint_is_allowed(fake, seed_store):
    from server import create_app

    app = create_app({"STORE": seed_store})
    response = app.test_client().post("/sparql", data={"query": FEDERATED % fake.url})
    assert response.status_code == 403
    assert not fake.requests
