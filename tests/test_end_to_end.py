"""The README's first command, for real: the installed `khabar` builds the seed and serves it over HTTP."""

from __future__ import annotations

import csv
import io
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request

from conftest import REPO

QUERY = """PREFIX kh: <https://w3id.org/khabar/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?type ?agent ?place WHERE {
  ?op a ?type ; kh:agent/rdfs:label ?agent ; kh:place/rdfs:label ?place .
  FILTER(?type = kh:Entry && LANG(?agent) = "en")
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def khabar(*args: str, cwd) -> subprocess.CompletedProcess:
    """Run the installed khabar from a directory outside the repository."""
    return subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def ask(port: int, query: str) -> list[dict]:
    """POST a query (form-encoded) and read the CSV result."""
    body = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", data=body, headers={"Accept": "text/csv"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return list(csv.DictReader(io.StringIO(response.read().decode("utf-8"))))


def test_build_the_seeds_then_serve_and_query_over_http(tmp_path):
    built = khabar("build", str(REPO / "seeds"), cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    assert "built 1, unchanged 0, failed 0" in built.stderr
    assert (tmp_path / "khabar-store").is_dir()  # the default store, in the current directory
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--port", str(port)], cwd=tmp_path,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        rows = None
        for _ in range(100):
            try:
                rows = ask(port, QUERY)
                break
            except OSError:
                time.sleep(0.1)
        assert rows is not None, server.stderr.read1().decode() if server.poll() is not None else "no answer"
        agents = {r["agent"] for r in rows}
        places = {r["place"] for r in rows}
        assert {"Syrian Arab Army", "pro-government militias"} <= agents
        assert "Mayadin" in places and "الأحياء الغربية لمدينة الميادين" in places
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_help_everywhere(tmp_path):
    for command in ("build", "validate", "query", "export", "serve"):
        result = khabar(command, "--help", cwd=tmp_path)
        assert result.returncode == 0 and "usage: khabar " + command in result.stdout
    assert "Exit codes" in khabar("--help", cwd=tmp_path).stdout
