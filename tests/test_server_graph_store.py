"""Graph Store Protocol writes at /graph: PUT, POST, DELETE of a named graph with the bearer
token; refused on a read-only server; the union default graph and the cache follow each write."""


import pytest
import rdflib
from rdflib.compare import isomorphic

from server_fixtures import ARTICLE_EN, KHR, apps_over, write_dataset

TOKEN = "s3cret"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
NEW = "urn:x-khabar-test:new-graph"
TURTLE = "text/turtle"
FIRST = f'<{KHR}place/homs> <http://www.w3.org/2000/01/rdf-schema#label> "Homs"@en .\n'
SECOND = f'<{KHR}place/hama> <http://www.w3.org/2000/01/rdf-schema#label> "Hama"@en .\n'
HOMS = f"ASK {{ <{KHR}place/homs> ?p ?o }}"


@pytest.fixture
def store_path(tmp_path):
    """A fresh on-disk store with the fixture articles."""
    path = tmp_path / "store"
    write_dataset(path)
    return path


@pytest.fixture
def make_client(store_path):
    """Test clients of apps over the store (worker processes, cache on), closed afterwards."""
    with apps_over(store_path) as make:
        yield lambda **settings: make(**settings).test_client()


def put(client, body: str, graph: str = NEW, content_type: str = TURTLE, headers=AUTH):
    """PUT body as the graph."""
    return client.put("/graph", query_string={"graph": graph}, data=body.encode(),
                      content_type=content_type, headers=headers)


def post(client, body: str, graph: str = NEW, content_type: str = TURTLE, headers=AUTH):
    """POST body into the graph."""
    return client.post("/graph", query_string={"graph": graph}, data=body.encode(),
                       content_type=content_type, headers=headers)


def get_graph(client, graph: str = NEW) -> rdflib.Graph:
    """GET the graph as Turtle, parsed."""
    response = client.get("/graph", query_string={"graph": graph}, headers={"Accept": TURTLE})
    assert response.status_code == 200, response.data
    return rdflib.Graph().parse(data=response.data, format="turtle")


def ask(client, query: str) -> bool:
    """An ASK over the endpoint."""
    return client.get("/sparql", query_string={"query": query}).json["boolean"]


def test_writes_are_403_on_a_read_only_server(make_client):
    client = make_client()
    assert ask(client, f"ASK {{ GRAPH <{ARTICLE_EN}> {{ ?s ?p ?o }} }}")
    for response in (put(client, FIRST), post(client, FIRST),
                     client.delete("/graph", query_string={"graph": ARTICLE_EN}, headers=AUTH)):
        assert response.status_code == 403
        assert response.json["error"]["status"] == 403
    assert not ask(client, HOMS)
    assert ask(client, f"ASK {{ GRAPH <{ARTICLE_EN}> {{ ?s ?p ?o }} }}")


def test_writes_need_the_bearer_token(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN)
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        assert put(client, FIRST, headers=headers).status_code == 401
        assert client.delete("/graph", query_string={"graph": ARTICLE_EN},
                             headers=headers).status_code == 401
    assert not ask(client, HOMS)


def test_put_creates_then_replaces_a_graph(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN)
    assert not ask(client, HOMS)  # answered once, so the cache holds False now
    assert put(client, FIRST).status_code == 201
    assert isomorphic(get_graph(client), rdflib.Graph().parse(data=FIRST, format="turtle"))
    assert ask(client, HOMS)  # in the union default graph, not the cached False
    assert put(client, SECOND).status_code == 204
    assert isomorphic(get_graph(client), rdflib.Graph().parse(data=SECOND, format="turtle"))
    assert not ask(client, HOMS)


def test_post_adds_to_a_graph_and_keeps_blank_nodes_apart(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN)
    assert post(client, FIRST).status_code == 201
    assert post(client, SECOND, content_type="application/n-triples").status_code == 204
    assert len(get_graph(client)) == 2
    blank = '_:b <http://example.org/p> "x" .\n'
    post(client, blank)
    post(client, blank)
    subjects = set(get_graph(client).subjects(rdflib.URIRef("http://example.org/p")))
    assert len(subjects) == 2  # one new blank node per request, as the protocol asks


def test_delete_removes_a_graph_and_its_triples(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN)
    query = f"ASK {{ <{ARTICLE_EN}> ?p ?o }}"
    assert ask(client, query)
    response = client.delete("/graph", query_string={"graph": ARTICLE_EN}, headers=AUTH)
    assert response.status_code == 204
    assert client.get("/graph", query_string={"graph": ARTICLE_EN}).status_code == 404
    assert not ask(client, query)
    again = client.delete("/graph", query_string={"graph": ARTICLE_EN}, headers=AUTH)
    assert again.status_code == 404 and again.json["error"]["status"] == 404


@pytest.mark.parametrize("name, status, request_args", [
    ("unknown type", 415, {"content_type": "text/plain"}),
    ("quads format", 415, {"content_type": "application/n-quads"}),
    ("malformed", 400, {"body": "<a> <b> ."}),
    ("relative graph name", 400, {"graph": "not an iri"}),
])
def test_bad_writes_are_refused_and_change_nothing(make_client, name, status, request_args):
    client = make_client(UPDATE_TOKEN=TOKEN)
    assert put(client, FIRST).status_code == 201
    args = {"body": SECOND, **request_args}
    response = put(client, args.pop("body"), **args)
    assert response.status_code == status, response.data
    assert response.json["error"]["status"] == status
    assert isomorphic(get_graph(client), rdflib.Graph().parse(data=FIRST, format="turtle"))


def test_the_default_graph_cannot_be_written(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN)
    response = client.put("/graph?default", data=FIRST.encode(), content_type=TURTLE,
                          headers=AUTH)
    assert response.status_code == 405
    assert "union" in response.json["error"]["detail"]


def test_a_graph_above_the_upload_limit_is_413(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN, MAX_UPLOAD_BYTES=len(FIRST) - 1)
    response = put(client, FIRST)
    assert response.status_code == 413
    assert "MAX_UPLOAD_BYTES" in response.json["error"]["detail"]
    assert client.get("/graph", query_string={"graph": NEW}).status_code == 404


def test_an_upload_above_the_query_limit_but_within_the_upload_limit_is_taken(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN, MAX_QUERY_BYTES=64)
    body = "".join(f'<{KHR}place/p{n}> <http://x/p> "{n}" .\n' for n in range(2000))
    assert len(body) > 64 * 3 + 16384  # above the form limit derived from MAX_QUERY_BYTES
    assert put(client, body).status_code == 201
    assert len(get_graph(client)) == 2000


def test_default_graph_get_is_the_union(make_client):
    client = make_client()
    response = client.get("/graph?default", headers={"Accept": TURTLE})
    union = rdflib.Graph().parse(data=response.data, format="turtle")
    assert (rdflib.URIRef(ARTICLE_EN), rdflib.RDF.type,
            rdflib.URIRef("https://w3id.org/khabar/ontology#Article")) in union


def test_the_void_description_follows_writes(make_client):
    client = make_client(UPDATE_TOKEN=TOKEN)
    before = client.get("/.well-known/void", headers={"Accept": "application/n-triples"}).data.decode()
    assert NEW not in before
    assert put(client, FIRST).status_code == 201
    after = client.get("/.well-known/void", headers={"Accept": "application/n-triples"}).data.decode()
    assert f"<{NEW}>" in after  # the new graph is counted, not the description cached before the write
