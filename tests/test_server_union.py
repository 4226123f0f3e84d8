"""The materialised union default graph (server.union): the RDF merge of the article graphs, with
the same answers as pyoxigraph's union view up to repeated rows, and kept right across writes."""

import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pyoxigraph
import pytest

import server
from server.examples import load_examples
from server.union import PREFIX, remove_orphans
from server_fixtures import ARTICLE_AR, ARTICLE_EN, KHR, apps_over, write_dataset
from server_live import live_server_at

REUTERS = f"<{KHR}actor/reuters>"
ALL = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
TOKEN = "s3cret"
# Queries whose answer is a set (DISTINCT, ASK, aggregates of DISTINCT, graphs): the union view
# and the materialised union must agree exactly.
SET_QUERIES = [
    "SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o }",
    f"SELECT DISTINCT ?label WHERE {{ {REUTERS} ?p ?label }}",
    "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?type }",
    "SELECT DISTINCT ?g ?s WHERE { GRAPH ?g { ?s a ?type } }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
    f"SELECT DISTINCT ?claim ?g WHERE {{ ?claim ?p {REUTERS} GRAPH ?g {{ ?claim ?q ?r }} }}",
    f"ASK {{ {REUTERS} ?p ?o }}",
    "ASK { GRAPH ?g { ?s a <urn:x:nothing> } }",
]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """An on-disk store with the fixture articles: Reuters is described in both graphs."""
    path = tmp_path_factory.mktemp("union") / "store"
    write_dataset(path)
    return path


@pytest.fixture(scope="module")
def on_disk(store_path):
    """The same store opened read-only, queried with pyoxigraph's union view."""
    return pyoxigraph.Store.read_only(str(store_path))


@pytest.fixture
def make_app(store_path):
    """Apps over the store (worker processes, no result cache), closed after the test."""
    with apps_over(store_path, RESULT_CACHE_BYTES=0) as make:
        yield make


def rows(client, query: str, **params) -> list[tuple]:
    """The rows of a SELECT over HTTP as tuples of N-Triples-like strings (or the ASK boolean)."""
    response = client.get("/sparql", query_string={"query": query, "format": "json", **params})
    assert response.status_code == 200, response.data
    data = response.json
    if "boolean" in data:
        return [(data["boolean"],)]
    names = data["head"]["vars"]
    return [tuple(json.dumps(row.get(n), sort_keys=True) for n in names)
            for row in data["results"]["bindings"]]


def direct_rows(store, query: str) -> list[tuple]:
    """The same rows from pyoxigraph's union view on the store."""
    result = store.query(query, use_default_graph_as_union=True)
    body = json.loads(result.serialize(format=pyoxigraph.QueryResultsFormat.JSON))
    if "boolean" in body:
        return [(body["boolean"],)]
    names = body["head"]["vars"]
    return [tuple(json.dumps(row.get(n), sort_keys=True) for n in names)
            for row in body["results"]["bindings"]]


def test_the_fixture_repeats_triples_across_graphs(on_disk):
    # Without a triple in two graphs the tests below could not tell a merge from a bag.
    every = Counter(direct_rows(on_disk, ALL))
    assert max(every.values()) == 2
    assert len(on_disk) > len(every) > 100


def test_default_graph_is_the_rdf_merge_of_the_graphs(make_app, on_disk):
    served = rows(make_app().test_client(), ALL)
    assert len(served) == len(set(served))  # a set of triples, each once
    assert set(served) == set(direct_rows(on_disk, ALL))


def test_union_view_setting_keeps_pyoxigraphs_repeated_rows(make_app, on_disk):
    served = rows(make_app(MATERIALISE_UNION=False).test_client(), ALL)
    assert Counter(served) == Counter(direct_rows(on_disk, ALL))
    assert len(served) > len(set(served))


@pytest.mark.parametrize("query", SET_QUERIES)
def test_set_queries_answer_as_on_the_union_view(make_app, on_disk, query):
    expected = Counter(direct_rows(on_disk, query))
    assert expected  # every query here has an answer on the fixture
    assert Counter(rows(make_app().test_client(), query)) == expected


def test_every_example_query_gives_the_union_views_distinct_rows(make_app, on_disk):
    client = make_app().test_client()
    examples = [e for e in load_examples() if "SERVICE" not in e.text]  # no remote calls here
    assert len(examples) > 5
    for example in examples:
        assert set(rows(client, example.text)) == set(direct_rows(on_disk, example.text)), \
            example.name


def test_graph_sees_the_same_named_graphs_and_no_other(make_app):
    graphs = rows(make_app().test_client(), "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert sorted(json.loads(g)["value"] for (g,) in graphs) == [ARTICLE_AR, ARTICLE_EN]


def test_dataset_parameters_still_pick_graphs(make_app):
    client = make_app().test_client()
    only_en = rows(client, f"SELECT ?o WHERE {{ {REUTERS} ?p ?o }}",
                   **{"default-graph-uri": ARTICLE_EN})
    assert len(only_en) == 4  # type, two labels, Wikidata match: from that graph alone
    assert rows(client, ALL, **{"named-graph-uri": ARTICLE_EN}) == []  # empty default graph


def test_the_copy_is_deleted_when_the_pool_closes(make_app):
    app = make_app()
    assert rows(app.test_client(), f"ASK {{ {REUTERS} ?p ?o }}") == [(True,)]
    pool = app.extensions["khabar.runner"]
    (copy,) = pool._copies.values()
    assert copy.is_dir()
    pool.close()
    assert not copy.exists() and not copy.parent.exists()


def test_a_write_rebuilds_the_union_and_a_triple_leaves_it_with_its_last_graph(make_app, tmp_path):
    path = tmp_path / "store"
    write_dataset(path)
    client = make_app(path, UPDATE_TOKEN=TOKEN).test_client()
    label = f'{REUTERS} <http://www.w3.org/2000/01/rdf-schema#label> "Reuters"@en'
    ask = f"ASK {{ {label} }}"
    assert rows(client, ask) == [(True,)]
    for graph, still_there in ((ARTICLE_AR, True), (ARTICLE_EN, False)):
        response = client.post("/sparql", data={"update": f"DELETE DATA {{ GRAPH <{graph}> "
                                                          f"{{ {label} }} }}"},
                               headers={"Authorization": f"Bearer {TOKEN}"})
        assert response.status_code == 204, response.data
        assert rows(client, ask) == [(still_there,)]
    response = client.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <urn:x:new> "
                                                      f"{{ {label} }} }}"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204
    assert rows(client, ask) == [(True,)]
    assert rows(client, "SELECT ?g WHERE { GRAPH ?g { " + label + " } }") == [
        (json.dumps({"type": "uri", "value": "urn:x:new"}, sort_keys=True),)]
    served = rows(client, ALL)  # still a set: Reuters' other triples are in both articles
    assert len(served) == len(set(served))


def copies() -> set[Path]:
    """The serving copies in the temporary directory now."""
    return set(Path(tempfile.gettempdir()).glob(PREFIX + "*"))


def test_a_stopped_server_deletes_its_serving_copy(store_path):
    before = copies()
    with live_server_at(store_path, QUERY_WORKERS=1):
        (made,) = copies() - before  # built before the server listens
        assert (made / "store").is_dir()
    assert not made.exists()  # stopped with SIGTERM, as live_server_at does


def test_copies_of_dead_servers_are_swept(tmp_path):
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)
    tmp = Path(tempfile.gettempdir())
    orphan = tmp / f"{PREFIX}{ended.stdout.strip()}-test"
    live = tmp / f"{PREFIX}{os.getpid()}-test"
    for folder in (orphan, live):
        (folder / "store").mkdir(parents=True)
    try:
        remove_orphans()
        assert not orphan.exists() and live.exists()
    finally:
        for folder in (orphan, live):
            if folder.exists():
                (folder / "store").rmdir()
                folder.rmdir()
