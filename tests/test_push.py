"""`khabar push` for real: a Virtuoso Open Source started here on loopback takes the graphs by the
Graph Store Protocol and by SPARQL Update, and answers the same query as Khabar's endpoint."""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import CLOCK, REPO, SEED
from kg import push as push_module
from kg.build import build
from kg.push import Target, push
from kg.store import StoreHandle, article_graphs

USER, PASSWORD = "dba", "dba"  # a fresh Virtuoso database's administrator
QUERY = """PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?article ?type ?agent ?place WHERE {
  GRAPH ?article { ?op a ?type ; kh:agent/rdfs:label ?agent ; kh:place/rdfs:label ?place .
                   FILTER(LANG(?agent) = "en" && STRSTARTS(STR(?type), STR(kh:))) }
}"""
COUNTS = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/khabar/")) } GROUP BY ?g"""
VIRTUOSO_INI = """[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
NumberOfBuffers = 20000
MaxDirtyBuffers = 12000
DirsAllowed = {dir}

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {dir}
ServerThreads = 8
MaxKeepAlives = 8

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sparql(url: str, query: str) -> list[tuple]:
    """Ask a SPARQL endpoint (POST, form-encoded); rows as sorted tuples of (var, value, lang, datatype)."""
    request = urllib.request.Request(url, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        bindings = json.load(response)["results"]["bindings"]
    return sorted(tuple(sorted((name, value["value"], value.get("xml:lang"), value.get("datatype"))
                               for name, value in row.items())) for row in bindings)


def wait_for(url: str, process: subprocess.Popen, seconds: float) -> None:
    """Poll an endpoint until it answers ASK {}."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            sparql(url, "SELECT * WHERE { } LIMIT 1")
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"{url} did not answer within {seconds}s")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    """A Virtuoso Open Source server of our own, on free loopback ports; its base URL."""
    binary = shutil.which("virtuoso-t")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("virtuoso-t not found: .ci/run installs the Debian package virtuoso-opensource")
        pytest.skip("virtuoso-t not installed (apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http_port = free_port()
    (folder / "virtuoso.ini").write_text(VIRTUOSO_INI.format(dir=folder, sql_port=free_port(),
                                                             http_port=http_port), encoding="utf-8")
    process = subprocess.Popen([binary, "-f", "-c", str(folder / "virtuoso.ini")], cwd=folder,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{http_port}"
    try:
        wait_for(base + "/sparql", process, 120)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """The seed and the 20 real articles of the development set (14 Arabic, 6 English), built."""
    folder = tmp_path_factory.mktemp("push")
    inputs = [SEED, REPO / "devset" / "articles.jsonl"]
    report = build(inputs, folder / "store", lambda: CLOCK, workers=1)
    assert report.ok, report.failed
    return folder / "store"


@pytest.fixture(scope="module")
def khabar_endpoint(store):
    """Khabar's own SPARQL endpoint over the store (`khabar serve`)."""
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port)],
                              cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        wait_for(f"http://127.0.0.1:{port}/sparql", server, 60)
        yield f"http://127.0.0.1:{port}/sparql"
    finally:
        server.terminate()
        server.wait(timeout=30)


def khabar_push(store: Path, url: str, *extra: str, password: str = PASSWORD) -> subprocess.CompletedProcess:
    """Run `khabar push` with the credentials in the environment, as a user would."""
    env = dict(os.environ, KHABAR_PUSH_USER=USER, KHABAR_PUSH_PASSWORD=password)
    return subprocess.run([sys.executable, "-m", "kg.cli", "push", "--store", str(store), "--to", url, *extra],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=600)


def graph_count(store: Path) -> int:
    with StoreHandle(store, read_only=True) as handle:
        return len(article_graphs(handle.store))


def test_push_by_graph_store_protocol_then_the_same_answers(virtuoso, store, khabar_endpoint):
    n = graph_count(store)
    assert n >= 2
    first = khabar_push(store, virtuoso + "/sparql-graph-crud-auth")
    assert first.returncode == 0, first.stderr
    assert f"pushed {n}, already there 0, failed 0" in first.stderr and "Graph Store Protocol" in first.stderr
    expected = sparql(khabar_endpoint, QUERY)
    assert len(expected) > 50
    assert sparql(virtuoso + "/sparql", QUERY) == expected
    assert sparql(virtuoso + "/sparql", COUNTS) == sparql(khabar_endpoint, COUNTS)

    again = khabar_push(store, virtuoso + "/sparql-graph-crud-auth")
    assert again.returncode == 0 and f"pushed 0, already there {n}, failed 0" in again.stderr


def test_a_push_that_stops_resumes_with_what_is_missing(virtuoso, store, monkeypatch):
    target = Target(virtuoso + "/sparql-graph-crud-auth", user=USER, password=PASSWORD)
    real_put, calls = push_module._Client._put, []

    def flaky_put(client, payload):
        calls.append(payload[0])
        return "HTTP 503: busy" if len(calls) % 3 == 0 else real_put(client, payload)

    monkeypatch.setattr(push_module._Client, "_put", flaky_put)
    first = push(store, target, force=True, connections=1)
    assert first.failed and first.sent and len(first.failed) + len(first.sent) == graph_count(store)
    monkeypatch.setattr(push_module._Client, "_put", real_put)
    second = push(store, target)
    assert sorted(second.sent) == sorted(f.split(": ")[0] for f in first.failed)
    assert len(second.skipped) == len(first.sent)


def test_push_by_sparql_update(virtuoso, store, khabar_endpoint):
    n = graph_count(store)
    result = khabar_push(store, virtuoso + "/sparql-auth", "--force", "--update", "--batch", "7")
    assert result.returncode == 0, result.stderr
    assert f"pushed {n}, already there 0, failed 0" in result.stderr and "SPARQL Update" in result.stderr
    assert sparql(virtuoso + "/sparql", QUERY) == sparql(khabar_endpoint, QUERY)


class _NoGraphStore(http.server.BaseHTTPRequestHandler):
    """A target without the Graph Store Protocol: PUT is 405, SPARQL Update POSTs are kept."""

    updates: list[str] = []

    def do_PUT(self):  # noqa: N802 - the http.server naming
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(405)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_POST(self):  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"])).decode("utf-8")
        ok = self.headers["Content-Type"].startswith("application/sparql-update")
        _NoGraphStore.updates.append(body)
        self.send_response(204 if ok else 415)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def test_without_a_graph_store_the_push_falls_back_to_sparql_update(store):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _NoGraphStore)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        report = push(store, Target(f"http://127.0.0.1:{server.server_port}/ds"), batch=4)
    finally:
        server.shutdown()
    assert report.mode == "update" and not report.failed and len(report.sent) == graph_count(store)
    body = "".join(_NoGraphStore.updates)
    assert body.count("DROP SILENT GRAPH") == graph_count(store) and "INSERT DATA { GRAPH <" in body


def test_refused_credentials_say_so(virtuoso, store):
    result = khabar_push(store, virtuoso + "/sparql-graph-crud-auth", "--force", password="wrong")
    assert result.returncode == 1
    assert "refused the credentials" in result.stderr and "KHABAR_PUSH_PASSWORD" in result.stderr


def test_an_unreachable_target_says_so(store):
    result = khabar_push(store, f"http://127.0.0.1:{free_port()}/store")
    assert result.returncode == 1 and "cannot connect" in result.stderr
