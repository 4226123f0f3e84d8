"""The result cache of the served store (server.cache): keyed on everything that shapes an answer,
bounded in bytes, emptied by writes, never holding answers that change on their own."""


import pytest

import server
from server.cache import ResultCache, cacheable
from server.query import Job, Outcome
from server_fixtures import KHR, write_dataset

LABELS = f"SELECT ?l WHERE {{ <{KHR}place/mayadin> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
TOKEN = "s3cret"


@pytest.fixture
def app(tmp_path):
    """An app over a fresh on-disk store with the cache on and writes allowed."""
    path = tmp_path / "store"
    write_dataset(path)
    app = server.create_app({"STORE_PATH": str(path), "TESTING": True, "UPDATE_TOKEN": TOKEN})
    yield app
    app.extensions["khabar.runner"].close()


def get(client, query, **params):
    """GET /sparql?query=..."""
    return client.get("/sparql", query_string={"query": query, **params})


def test_a_repeated_query_is_answered_from_the_cache(app):
    client = app.test_client()
    first, second = get(client, LABELS), get(client, LABELS)
    assert "Khabar-Cache" not in first.headers
    assert second.headers["Khabar-Cache"] == "hit"
    assert second.data == first.data and second.content_type == first.content_type
    cache = app.extensions["khabar.runner"].cache
    assert (cache.hits, cache.misses) == (1, 1)


def test_another_format_or_dataset_is_another_entry(app):
    client = app.test_client()
    get(client, LABELS)
    as_csv = get(client, LABELS, format="csv")
    assert "Khabar-Cache" not in as_csv.headers and as_csv.content_type.startswith("text/csv")
    other = get(client, LABELS, **{"default-graph-uri": f"{KHR}article/en-002"})
    assert "Khabar-Cache" not in other.headers
    assert other.json["results"]["bindings"] == []  # Mayadin is only in the Arabic article


def test_a_write_empties_the_cache(app):
    client = app.test_client()
    label = f'<{KHR}place/mayadin> <http://www.w3.org/2000/01/rdf-schema#label> "Mayadeen"@en'
    before = get(client, LABELS).json["results"]["bindings"]
    assert get(client, LABELS).headers["Khabar-Cache"] == "hit"
    response = client.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <urn:x:g> "
                                                      f"{{ {label} }} }}"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 204
    after = get(client, LABELS)
    assert "Khabar-Cache" not in after.headers
    assert len(after.json["results"]["bindings"]) == len(before) + 1


@pytest.mark.parametrize("query", [
    'SELECT (NOW() AS ?t) WHERE {}', "SELECT (RAND() AS ?r) WHERE {}",
    "SELECT (STRUUID() AS ?u) WHERE {}", "SELECT (BNODE() AS ?b) WHERE {}"])
def test_answers_that_change_by_themselves_are_never_kept(app, query):
    client = app.test_client()
    assert not cacheable(query)
    get(client, query)
    assert "Khabar-Cache" not in get(client, query).headers


def test_words_inside_strings_do_not_make_a_query_volatile():
    assert cacheable('SELECT ?s WHERE { ?s ?p "NOW() or SERVICE" }')
    assert not cacheable("SELECT * WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }")


def test_errors_are_not_kept(app):
    client = app.test_client()
    assert get(client, "SELEC").status_code == 400
    assert get(client, "SELEC").status_code == 400
    assert app.extensions["khabar.runner"].cache.size_bytes == 0


def test_the_cache_keeps_to_its_size_dropping_the_least_recently_used():
    cache = ResultCache(8000)  # an entry may take an eighth: 1000 bytes
    outcome = Outcome("results", "json", False)
    jobs = [Job(f"ASK {{ <urn:x:{n}> ?p ?o }}") for n in range(12)]
    for job in jobs:
        cache.put(job, (b"x" * 700, outcome), cache.generation())
        cache.get(jobs[0])  # used all along: stays
    assert cache.size_bytes <= 8000
    assert cache.get(jobs[0]) is not None and cache.get(jobs[11]) is not None
    assert cache.get(jobs[1]) is None  # the oldest unused went first
    cache.put(Job("ASK {}"), (b"x" * 1200, outcome), cache.generation())
    assert cache.get(Job("ASK {}")) is None  # above an eighth of the cache: not kept


def test_an_answer_computed_across_a_write_is_not_kept():
    cache = ResultCache(1 << 20)
    job, answer = Job("ASK {}"), (b"{}", Outcome("results", "json", False))
    started = cache.generation()
    cache.clear()  # a write lands while the query runs
    cache.put(job, answer, started)
    assert cache.get(job) is None


def test_no_cache_when_disabled(tmp_path):
    path = tmp_path / "store"
    write_dataset(path)
    app = server.create_app({"STORE_PATH": str(path), "TESTING": True, "RESULT_CACHE_BYTES": 0})
    try:
        client = app.test_client()
        assert all("Khabar-Cache" not in get(client, LABELS).headers for _ in range(3))
        assert not hasattr(app.extensions["khabar.runner"], "cache")
    finally:
        app.extensions["khabar.runner"].close()
