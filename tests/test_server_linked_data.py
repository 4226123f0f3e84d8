"""Linked data: `khabar serve FILE`, IRIs that dereference (HTML and RDF), Graph Store GET, VoID."""

import json
import re
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from rdflib import URIRef

from server_fixtures import ARTICLE_AR, ARTICLE_EN, KH, KHR, TEXT_AR, dataset_trig
from server_live import ROOT, free_port

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """`khabar serve fixture.trig` in a subprocess; yields its base URL."""
    path = tmp_path_factory.mktemp("serve") / "articles.trig"
    path.write_text(dataset_trig(), encoding="utf-8")
    port = free_port()
    log = tempfile.TemporaryFile()
    process = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", str(path), "--port",
                                str(port), "--workers", "2"], cwd=ROOT, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(base + "/sparql?query=ASK%7B%7D", timeout=5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    pytest.fail(f"khabar serve did not start: {log.read().decode()}")
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(10)
        log.close()


def fetch(url: str, accept: str | None = None) -> tuple[int, str, str]:
    """(status, media type, body) of a GET."""
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get_content_type(), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get_content_type(), error.read().decode()


def test_khabar_serve_file_answers_sparql(served):
    query = urllib.parse.quote(f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a a <{KH}Article> }}")
    status, media_type, body = fetch(f"{served}/sparql?query={query}")
    assert status == 200 and media_type == "application/sparql-results+json"
    assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "2"


def test_a_resource_iri_dereferences_to_a_bilingual_page(served):
    status, media_type, html = fetch(f"{served}/resource/place/mayadin", "text/html")
    assert status == 200 and media_type == "text/html"
    assert re.search(r'<span lang="ar" dir="rtl"[^>]*>الميادين</span>', html)
    assert re.search(r'<span lang="en"[^>]*>Mayadin</span>', html)
    # links to related resources: the governorate it is part of, by its label
    assert re.search(r'href="/resource/place/deir-ez-zor-governorate"><bdi lang="en">'
                     r"Deir ez-Zor Governorate</bdi>", html)
    assert 'href="/resource/article/ar-001"' in html  # the graph that says it


def test_an_article_page_shows_its_text_with_linked_mentions(served):
    status, _, html = fetch(f"{served}/resource/article/ar-001", "text/html")
    assert status == 200
    text = re.search(r'<div class="article-text" lang="ar" dir="rtl">(.*?)</div>', html, re.S)
    assert text, "no right-to-left article text"
    plain = re.sub(r"<[^>]+>", "", text.group(1))
    assert plain.replace("\n", "").replace("  ", "") == TEXT_AR.replace("  ", "")
    mentions = re.findall(r'<a class="mention" href="([^"]+)"[^>]*>([^<]+)</a>', text.group(1))
    assert ("/resource/article/ar-001/operation/1", "دخلت") in mentions
    assert ("/resource/article/ar-001/claim/1", "ونقلت رويترز") in mentions


@pytest.mark.parametrize("accept, parse_as", [("text/turtle", "turtle"),
                                               ("application/ld+json", "json-ld"),
                                               ("application/n-triples", "nt")])
def test_a_resource_iri_gives_rdf_to_machines(served, accept, parse_as):
    status, media_type, body = fetch(f"{served}/resource/place/mayadin", accept)
    assert status == 200 and media_type == accept
    graph = rdflib.Graph().parse(data=body, format=parse_as)
    assert (URIRef(KHR + "place/mayadin"), rdflib.RDFS.label,
            rdflib.Literal("الميادين", lang="ar")) in graph


def test_an_unknown_resource_is_404(served):
    assert fetch(f"{served}/resource/place/atlantis", "text/html")[0] == 404
    assert fetch(f"{served}/resource/place/atlantis", "text/turtle")[0] == 404


def test_any_iri_dereferences_through_describe(served):
    iri = urllib.parse.quote("http://www.wikidata.org/entity/Q130879", safe="")
    status, _, html = fetch(f"{served}/describe?iri={iri}", "text/html")
    assert status == 200 and "Reuters" in html  # reached from skos:exactMatch, pointing here


@pytest.mark.parametrize("accept, parse_as", [("text/turtle", "turtle"), ("application/ld+json", "json-ld")])
def test_an_iri_only_pointed_to_is_described_by_the_triples_pointing_to_it(served, accept, parse_as):
    iri = "http://www.wikidata.org/entity/Q130879"
    status, _, body = fetch(f"{served}/describe?iri={urllib.parse.quote(iri, safe='')}", accept)
    assert status == 200  # the same answer in every format (Turtle used to say 404, JSON-LD 200 and {})
    graph = rdflib.Graph().parse(data=body, format=parse_as)
    assert set(graph.predicates(None, URIRef(iri))) and all(o == URIRef(iri) for o in graph.objects())


def test_graph_store_get_gives_one_article_graph(served):
    url = f"{served}/graph?graph={urllib.parse.quote(ARTICLE_EN, safe='')}"
    status, media_type, body = fetch(url, "application/n-triples")
    assert status == 200 and media_type == "application/n-triples"
    graph = rdflib.Graph().parse(data=body, format="nt")
    assert (URIRef(ARTICLE_EN), rdflib.RDF.type, URIRef(KH + "Article")) in graph
    assert (URIRef(ARTICLE_AR), None, None) not in graph
    missing = f"{served}/graph?graph={urllib.parse.quote(KHR + 'article/none', safe='')}"
    assert fetch(missing)[0] == 404


def test_void_counts_triples_per_graph_class_and_property(served):
    status, media_type, body = fetch(f"{served}/.well-known/void", "text/turtle")
    assert status == 200 and media_type == "text/turtle"
    void = rdflib.Graph().parse(data=body, format="turtle")
    (dataset,) = void.subjects(VOID.sparqlEndpoint, None)
    per_graph = {str(void.value(s, SD.name)): int(void.value(s, VOID.triples))
                 for s in void.objects(dataset, VOID.subset)}
    assert set(per_graph) == {ARTICLE_AR, ARTICLE_EN} and all(n > 50 for n in per_graph.values())
    assert int(void.value(dataset, VOID.triples)) == sum(per_graph.values())
    classes = {str(void.value(p, VOID["class"])): int(void.value(p, VOID.entities))
               for p in void.objects(dataset, VOID.classPartition)}
    assert classes[KH + "Article"] == 2
    properties = {str(void.value(p, VOID.property)) for p in
                  void.objects(dataset, VOID.propertyPartition)}
    assert KH + "hasMention" in properties


def test_service_description_points_to_the_void(served):
    status, _, body = fetch(f"{served}/sparql", "text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    (dataset,) = graph.objects(None, SD.defaultDataset)
    assert (dataset, rdflib.RDFS.seeAlso, URIRef(f"{served}/.well-known/void")) in graph
