"""What the server does to runaway, hostile or crashing queries: worker processes, deadlines that
kill, a bounded queue, SERVICE allow-list, no URL fetching, row cap, CORS, write token."""

import http.server
import os
import threading
import time

import pytest

import server
from server.settings import check_config, default_config
from server_fixtures import ARTICLE_AR, KHR, apps_over, write_dataset
from server_live import live_server_at

# A cross product the engine needs minutes for; COUNT makes it answer only at its very end.
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
LABELS = f"SELECT ?l WHERE {{ <{KHR}place/mayadin> <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """An on-disk store with the two fixture articles (served by worker processes)."""
    path = tmp_path_factory.mktemp("safety") / "store"
    assert write_dataset(path) > 100
    return path


@pytest.fixture
def make_app(store_path):
    """An app over the on-disk store, its worker pool closed after the test."""
    with apps_over(store_path) as make:
        yield make


def get(client, query, **params):
    """GET /sparql?query=..."""
    return client.get("/sparql", query_string={"query": query, **params})


# ---- deadlines, crashes, the queue --------------------------------------------------------

def test_a_timed_out_query_is_503_and_its_worker_process_is_killed(make_app):
    app = make_app(QUERY_TIMEOUT_S=0.5, QUERY_WORKERS=1)
    client, pool = app.test_client(), app.extensions["khabar.runner"]
    assert get(client, "ASK {}").status_code == 200
    (busy_pid,) = pool.pids()
    started = time.monotonic()
    response = get(client, HEAVY)
    assert response.status_code == 503 and "QUERY_TIMEOUT_S" in response.json["error"]["detail"]
    assert time.monotonic() - started < 2
    assert not _alive(busy_pid), "the timed-out query's process still burns its CPU"
    assert get(client, "ASK {}").status_code == 200  # a fresh worker took its place
    assert busy_pid not in pool.pids()


def _alive(pid: int) -> bool:
    """Whether a process exists (and is not a zombie)."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_a_worker_that_dies_costs_its_query_a_500_and_nothing_else(make_app, monkeypatch):
    app = make_app(QUERY_WORKERS=1)
    client, pool = app.test_client(), app.extensions["khabar.runner"]
    assert get(client, "ASK {}").status_code == 200
    (pid,) = pool.pids()
    killer = threading.Timer(0.3, os.kill, (pid, 9))  # as a panic's abort would end it
    killer.start()
    response = get(client, HEAVY)
    killer.join()
    assert response.status_code == 500 and "crashed" in response.json["error"]["detail"]
    assert get(client, LABELS).status_code == 200


def test_a_full_queue_answers_503_at_once(make_app):
    app = make_app(QUERY_TIMEOUT_S=2, QUERY_WORKERS=1, QUERY_QUEUE=1)
    answers = []

    def ask():
        started = time.monotonic()
        response = get(app.test_client(), HEAVY)
        answers.append((response.status_code, response.json["error"]["detail"],
                        time.monotonic() - started))
    threads = [threading.Thread(target=ask) for _ in range(3)]
    for thread in threads:
        thread.start()
        time.sleep(0.1)
    for thread in threads:
        thread.join(30)
    refused = [a for a in answers if "QUERY_QUEUE" in a[1]]
    assert len(refused) == 1 and refused[0][0] == 503 and refused[0][2] < 0.5, answers
    assert all(a[0] == 503 for a in answers)  # the two admitted ones time out


def test_short_queries_stay_fast_while_heavy_ones_run(make_app):
    app = make_app(QUERY_TIMEOUT_S=4, QUERY_WORKERS=3)
    client = app.test_client()
    assert get(client, "ASK {}").status_code == 200
    heavy = [threading.Thread(target=get, args=(app.test_client(), HEAVY)) for _ in range(2)]
    for thread in heavy:
        thread.start()
    time.sleep(0.3)
    latencies = []
    for _ in range(20):
        started = time.monotonic()
        assert get(client, LABELS).status_code == 200
        latencies.append(time.monotonic() - started)
    for thread in heavy:
        thread.join(30)
    assert max(latencies) < 0.5, latencies


# ---- SERVICE, FROM and other URL fetching ---------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "PREFIX e: <http://127.0.0.1:9/> SELECT * { SERVICE e:sparql { ?s ?p ?o } }",
    "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } }",
    "SELECT * { { SELECT ?s { SERVICE <http://127.0.0.1:9/x> { ?s ?p ?o } } } }",
    r"SELECT * { SERV\u0049CE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * { VALUES ?e { <http://127.0.0.1:9/sparql> } SERVICE ?e { ?s ?p ?o } }",
    "SELECT * { SERVICE <http://allowed.example/sparql2> { ?s ?p ?o } }",
])
def test_service_outside_the_allow_list_is_403(make_app, query):
    client = make_app(SERVICE_ALLOW_LIST="http://allowed.example/sparql").test_client()
    response = get(client, query)
    assert response.status_code == 403, response.json
    assert "SERVICE" in response.json["error"]["detail"]


def test_the_word_service_in_strings_and_iris_is_not_a_service_call(make_app):
    client = make_app().test_client()
    query = ('SELECT ?s WHERE { ?s <http://x/SERVICE> "SERVICE <http://evil/>" } # SERVICE\n'
             "LIMIT 1")
    assert get(client, query).status_code == 200


def test_service_on_the_allow_list_federates(make_app, store_path):
    with live_server_at(store_path, threads=4) as other:
        endpoint = other + "/sparql"
        client = make_app(SERVICE_ALLOW_LIST=endpoint, QUERY_TIMEOUT_S=20).test_client()
        query = f"SELECT ?l WHERE {{ SERVICE <{endpoint}> {{ {LABELS[len('SELECT ?l WHERE '):]} }} }}"
        response = get(client, query)
        assert response.status_code == 200, response.json
        assert {row["l"]["value"] for row in response.json["results"]["bindings"]} == {
            "Mayadin", "الميادين"}


class CountingHandler(http.server.BaseHTTPRequestHandler):
    """Answers every GET with a tiny Turtle document and counts the requests."""

    hits = 0

    def do_GET(self):  # noqa: N802 (http.server's name)
        type(self).hits += 1
        body = b"<http://x/s> <http://x/p> <http://x/o> ."
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_from_and_from_named_never_fetch_urls(make_app):
    httpd = http.server.HTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{httpd.server_port}/data.ttl"
        client = make_app().test_client()
        for query in (f"SELECT * FROM <{url}> {{ ?s ?p ?o }}",
                      f"SELECT * FROM NAMED <{url}> {{ GRAPH ?g {{ ?s ?p ?o }} }}"):
            response = get(client, query)
            assert response.status_code == 200 and response.json["results"]["bindings"] == []
        response = get(client, "ASK {}", **{"default-graph-uri": url})
        assert response.status_code == 200
        assert CountingHandler.hits == 0
    finally:
        httpd.shutdown()


# ---- row cap, request size, CORS ------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_a_capped_select_is_cut_and_says_so(make_app, fmt):
    client = make_app(MAX_RESULT_ROWS=5).test_client()
    response = get(client, "SELECT * WHERE { ?s ?p ?o }", format=fmt)
    assert response.status_code == 200
    assert response.headers["Khabar-Truncated"] == "max-rows=5"
    assert "MAX_RESULT_ROWS" in response.headers["Warning"]
    if fmt == "json":
        assert len(response.json["results"]["bindings"]) == 5
    if fmt in ("csv", "tsv"):
        assert len(response.get_data(as_text=True).strip().splitlines()) == 6


def test_a_result_within_the_cap_is_whole_and_unmarked(make_app):
    client = make_app(MAX_RESULT_ROWS=2).test_client()
    response = get(client, LABELS)
    assert len(response.json["results"]["bindings"]) == 2
    assert "Khabar-Truncated" not in response.headers


def test_a_capped_construct_is_cut_and_says_so(make_app):
    client = make_app(MAX_RESULT_ROWS=3).test_client()
    response = get(client, "CONSTRUCT WHERE { ?s ?p ?o }", format="nt")
    assert response.headers["Khabar-Truncated"] == "max-rows=3"
    assert len(response.get_data(as_text=True).strip().splitlines()) == 3


def test_cors_never_sends_credentials_with_a_wildcard():
    with pytest.raises(ValueError, match="KHABAR_CORS_CREDENTIALS"):
        check_config({**default_config(), "CORS_ORIGIN": "*", "CORS_CREDENTIALS": True})


def test_cors_lists_origins_and_echoes_only_those(make_app):
    client = make_app(CORS_ORIGIN="https://a.example https://b.example",
                      CORS_CREDENTIALS=True).test_client()
    allowed = client.get("/sparql", query_string={"query": "ASK {}"},
                         headers={"Origin": "https://b.example"})
    assert allowed.headers["Access-Control-Allow-Origin"] == "https://b.example"
    assert allowed.headers["Access-Control-Allow-Credentials"] == "true"
    assert "Origin" in allowed.vary
    other = client.get("/sparql", query_string={"query": "ASK {}"},
                       headers={"Origin": "https://evil.example"})
    assert "Access-Control-Allow-Origin" not in other.headers


def test_the_server_binds_to_loopback_unless_told():
    import inspect

    from kg.cli import make_parser
    assert inspect.signature(server.serve).parameters["host"].default == "127.0.0.1"
    assert make_parser().parse_args(["serve"]).host == "127.0.0.1"


# ---- writes ----------------------------------------------------------------------------------

INSERT = f'INSERT DATA {{ GRAPH <{ARTICLE_AR}> {{ <{KHR}place/x> <http://x/p> "new" }} }}'


def test_updates_are_403_without_a_configured_token(make_app):
    client = make_app().test_client()
    response = client.post("/sparql", data={"update": INSERT},
                           headers={"Authorization": "Bearer anything"})
    assert response.status_code == 403


def test_updates_need_the_bearer_token(tmp_path):
    path = tmp_path / "store"
    write_dataset(path)
    app = server.create_app({"STORE_PATH": str(path), "UPDATE_TOKEN": "s3cret"})
    client = app.test_client()
    try:
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"}):
            response = client.post("/sparql", data={"update": INSERT}, headers=headers)
            assert response.status_code == 401
            assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert get(client, f"ASK {{ <{KHR}place/x> ?p ?o }}").json["boolean"] is False
        response = client.post("/sparql", data=INSERT, content_type="application/sparql-update",
                               headers={"Authorization": "Bearer s3cret"})
        assert response.status_code == 204, response.data
        assert get(client, f"ASK {{ <{KHR}place/x> ?p ?o }}").json["boolean"] is True
        load = client.post("/sparql", data={"update": "LOAD <http://127.0.0.1:9/x.ttl>"},
                           headers={"Authorization": "Bearer s3cret"})
        assert load.status_code == 403 and "LOAD" in load.json["error"]["detail"]
    finally:
        app.extensions["khabar.runner"].close()
