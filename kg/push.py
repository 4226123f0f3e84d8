"""Pushing the store's named graphs to an external SPARQL 1.1 store, resumably.

Each graph goes by the Graph Store Protocol (`PUT URL?graph=IRI`, the graph's N-Triples as
Turtle), several requests in flight over kept-alive connections. Where the target has no Graph
Store Protocol (it answers 404, 405 or 501), or with `update=True`, graphs go as SPARQL 1.1 Update
(`DROP SILENT GRAPH` + `INSERT DATA`), `batch` graphs a request. Credentials come from the
environment: `KHABAR_PUSH_USER` and `KHABAR_PUSH_PASSWORD` (HTTP Basic, or Digest when the target
asks for it, as Virtuoso does) or `KHABAR_PUSH_TOKEN` (Bearer). Every graph the target
acknowledges is recorded in the build manifest with the digest of what was sent, so a push
that stops (killed, network down) resumes where it stopped and an unchanged graph is never
sent twice.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Iterator

import pyoxigraph as ox

from kg.errors import KhabarError
from kg.manifest import Manifest
from kg.progress import Ticker
from kg.store import StoreHandle, article_graphs

RETRIES = 3  # per request, on 5xx and dropped connections
GSP_MISSING = {404, 405, 501}
TIMEOUT = 120  # seconds per request
UPDATE_TRIPLES = 5_000  # most triples in one SPARQL Update request
INSERT_TRIPLES = 500  # most triples in one INSERT DATA operation (Virtuoso refuses big ones)


class PushError(KhabarError):
    """The target cannot take the graphs at all (unreachable, credentials refused)."""


@dataclass(frozen=True)
class Target:
    """Where to push and how to authenticate."""

    url: str
    update: bool = False
    user: str | None = field(default=None, repr=False)
    password: str | None = field(default=None, repr=False)
    token: str | None = field(default=None, repr=False)

    @classmethod
    def from_environment(cls, url: str, update: bool = False, environ=None) -> "Target":
        """A target whose credentials come from KHABAR_PUSH_USER/PASSWORD or KHABAR_PUSH_TOKEN."""
        env = os.environ if environ is None else environ
        return cls(url, update, env.get("KHABAR_PUSH_USER"), env.get("KHABAR_PUSH_PASSWORD"),
                   env.get("KHABAR_PUSH_TOKEN"))

    @property
    def key(self) -> str:
        """How the manifest names this target (never with credentials)."""
        parts = urllib.parse.urlsplit(self.url)
        return f"{'update' if self.update else 'gsp'} {parts.scheme}://{parts.hostname}:{parts.port or ''}{parts.path}"


@dataclass
class PushReport:
    """What a push did: graphs sent, skipped (the target has them), failed (with reasons)."""

    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    mode: str = "gsp"


def push(store_path, target: Target, progress: Callable[[str], None] | None = None, batch: int = 50,
         connections: int = 4, force: bool = False) -> PushReport:
    """Send every named graph of the store the target does not have yet; record what it acknowledged."""
    report, started = PushReport(mode="update" if target.update else "gsp"), time.monotonic()
    with StoreHandle(store_path, read_only=True) as handle, Manifest(store_path) as manifest:
        store = handle.store
        recorded = {iri: sha for iri, (_, _, sha) in manifest.built().items()}
        names = article_graphs(store)
        client = _Client(target)
        client.check()
        done = manifest.pushed(target.key) if not force else {}
        todo = []
        for iri in names:
            sha = recorded.get(iri)
            if sha is not None and done.get(iri) == sha:
                report.skipped.append(iri)
            else:
                todo.append((iri, sha))
        ticker = Ticker(progress, len(names), unit="graphs", started=started)

        def tick(final: bool = False) -> None:
            ticker.tick({"sent": len(report.sent), "already there": len(report.skipped),
                         "failed": len(report.failed)}, final)

        for group in _groups(todo, max(batch, connections) * 4):
            payloads = [_payload(store, iri, sha) for iri, sha in group]
            fresh = [(iri, text, sha, n) for iri, text, sha, n in payloads if done.get(iri) != sha]  # with force, done is empty
            report.skipped += [iri for iri, _, sha, _ in payloads if done.get(iri) == sha]
            failed_before = len(report.failed)
            acknowledged = client.send(fresh, batch, connections, report)
            manifest.record_pushed(target.key, acknowledged)
            manifest.forget_pushed(target.key, [f.split(": ", 1)[0] for f in report.failed[failed_before:]])
            tick()
        report.mode = "update" if client.update else "gsp"
        tick(final=True)
    report.seconds = time.monotonic() - started
    return report


def _groups(items: list, size: int) -> Iterator[list]:
    """Items in lists of `size`."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _payload(store: ox.Store, iri: str, sha: str | None) -> tuple[str, str, str, int]:
    """A graph's N-Triples, with the digest it is recorded under and its triple count."""
    text = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri)).decode("utf-8")
    digest = sha or "dump:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
    return iri, text, digest, text.count("\n")


class _Client:
    """HTTP to the target: kept-alive connections (one per thread), authentication, retries."""

    def __init__(self, target: Target):
        self.target = target
        self.update = target.update
        parts = urllib.parse.urlsplit(target.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PushError(f"{target.url}: not an http(s) URL")
        self._parts = parts
        self._local = threading.local()
        self._digest: dict | None = None
        self._basic = False
        self._digest_lock = threading.Lock()
        self._count = 0

    def check(self) -> None:
        """Fail early, with a clear message, if the target cannot be reached or refuses us."""
        try:
            self._request("GET", self._parts.query, None, {})
        except OSError as error:
            raise PushError(f"{self.target.url}: cannot connect ({error})") from None

    def send(self, payloads: list, batch: int, connections: int, report: PushReport) -> list[tuple[str, str]]:
        """Send graphs; return (iri, digest) of those acknowledged; failures go to the report."""
        if not payloads:
            return []
        if not self.update:
            first, rest = payloads[:1], payloads[1:]
            acknowledged = self._put_all(first, 1, report)
            if self.update:  # the target has no Graph Store Protocol: the rest goes as Update
                return self._update_all(payloads, batch, connections, report)
            return acknowledged + self._put_all(rest, connections, report)
        return self._update_all(payloads, batch, connections, report)

    def _put_all(self, payloads: list, connections: int, report: PushReport) -> list[tuple[str, str]]:
        """PUT each graph, `connections` at a time."""
        with ThreadPoolExecutor(connections) as pool:
            outcomes = list(pool.map(self._put, payloads))
        acknowledged = []
        for (iri, _, sha, triples), problem in zip(payloads, outcomes):
            if problem is None:
                acknowledged.append((iri, sha))
                report.sent.append(iri)
                report.triples += triples
            elif problem != "gsp-missing":
                report.failed.append(f"{iri}: {problem}")
        return acknowledged

    def _put(self, payload: tuple) -> str | None:
        """PUT one graph; None when acknowledged, else the problem."""
        iri, text, _, _ = payload
        query = urllib.parse.urlencode({"graph": iri})
        query = f"{self._parts.query}&{query}" if self._parts.query else query
        status, body = self._request("PUT", query, text.encode("utf-8"),
                                     {"Content-Type": "text/turtle; charset=utf-8"})
        if status in GSP_MISSING:
            self.update = True
            return "gsp-missing"
        return None if 200 <= status < 300 else f"HTTP {status}: {_gist(body)}"

    def _update_all(self, payloads: list, batch: int, connections: int, report: PushReport) -> list:
        """Send graphs as SPARQL Update: up to `batch` graphs and UPDATE_TRIPLES triples a request."""
        groups, group, size = [], [], 0
        for payload in payloads:
            if group and (len(group) == batch or size + payload[3] > UPDATE_TRIPLES):
                groups.append(group)
                group, size = [], 0
            group.append(payload)
            size += payload[3]
        groups += [group] if group else []
        with ThreadPoolExecutor(connections) as pool:
            outcomes = list(pool.map(self._post_update, groups))
        acknowledged = []
        for group, problem in zip(groups, outcomes):
            for iri, _, sha, triples in group:
                if problem is None:
                    acknowledged.append((iri, sha))
                    report.sent.append(iri)
                    report.triples += triples
                else:
                    report.failed.append(f"{iri}: {problem}")
        return acknowledged

    def _post_update(self, group: list) -> str | None:
        """One SPARQL Update request (POSTed directly) replacing a group of graphs."""
        operations = []
        for iri, text, _, _ in group:
            operations.append(f"DROP SILENT GRAPH <{iri}>")
            lines = text.splitlines(keepends=True)
            for start in range(0, len(lines), INSERT_TRIPLES):  # stores cap the size of one operation
                operations.append(f"INSERT DATA {{ GRAPH <{iri}> {{\n{''.join(lines[start:start + INSERT_TRIPLES])}}} }}")
        status, answer = self._request("POST", self._parts.query, " ;\n".join(operations).encode("utf-8"),
                                       {"Content-Type": "application/sparql-update; charset=utf-8"})
        return None if 200 <= status < 300 else f"HTTP {status}: {_gist(answer)}"

    def _request(self, method: str, query: str, body: bytes | None, headers: dict) -> tuple[int, bytes]:
        """One request with retries; raise PushError when the credentials are refused."""
        path = (self._parts.path or "/") + (f"?{query}" if query else "")
        for attempt in range(RETRIES + 1):
            try:
                status, answer, challenge = self._once(method, path, body, headers)
                if status == 401 and challenge and self._answer(challenge):
                    status, answer, challenge = self._once(method, path, body, headers)
                if status in (401, 403) and method != "GET":
                    raise PushError(f"{self.target.url}: the target refused the credentials (HTTP {status}); "
                                    "set KHABAR_PUSH_USER and KHABAR_PUSH_PASSWORD, or KHABAR_PUSH_TOKEN")
                if status < 500 or attempt == RETRIES:
                    return status, answer
            except (http.client.HTTPException, ConnectionError, TimeoutError) as error:
                self._local.connection = None
                if attempt == RETRIES:
                    raise PushError(f"{self.target.url}: cannot connect ({type(error).__name__}: {error})") from None
            time.sleep(0.5 * 2 ** attempt)
        raise AssertionError("unreachable")

    def _once(self, method: str, path: str, body: bytes | None, headers: dict) -> tuple[int, bytes, str | None]:
        """Send one request on this thread's connection."""
        connection = getattr(self._local, "connection", None)
        if connection is None:
            kind = http.client.HTTPSConnection if self._parts.scheme == "https" else http.client.HTTPConnection
            connection = self._local.connection = kind(self._parts.hostname, self._parts.port, timeout=TIMEOUT)
        headers = dict(headers, **self._authorization(method, path))
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        answer = response.read()
        if response.getheader("Connection", "").lower() == "close":
            connection.close()
            self._local.connection = None
        return response.status, answer, response.getheader("WWW-Authenticate")

    def _answer(self, challenge: str) -> bool:
        """Take a 401 challenge (Digest or Basic); True if we have credentials to answer it."""
        if not (self.target.user and self.target.password):
            return False
        scheme = challenge.split(" ", 1)[0].lower()
        if scheme == "digest":
            self._set_digest(challenge)
        elif scheme == "basic":
            self._basic = True
        return scheme in ("digest", "basic")

    def _authorization(self, method: str, path: str) -> dict:
        """The Authorization header: Bearer, or Digest or Basic once the target asked for it."""
        t = self.target
        if t.token:
            return {"Authorization": f"Bearer {t.token}"}
        if self._digest is not None:
            return {"Authorization": self._digest_header(method, path)}
        if self._basic:
            import base64

            return {"Authorization": "Basic " + base64.b64encode(f"{t.user}:{t.password}".encode()).decode()}
        return {}

    def _set_digest(self, challenge: str) -> None:
        """Remember a Digest challenge (realm, nonce, qop, opaque)."""
        items = urllib.request.parse_http_list(challenge.split(" ", 1)[1])
        fields = dict(item.split("=", 1) for item in items if "=" in item)
        with self._digest_lock:
            self._digest = {k.strip(): v.strip().strip('"') for k, v in fields.items()}
            self._count = 0

    def _digest_header(self, method: str, path: str) -> str:
        """RFC 7616 Digest (MD5, qop=auth) for one request."""
        with self._digest_lock:
            self._count += 1
            count, d = self._count, dict(self._digest)
        md5 = lambda text: hashlib.md5(text.encode("utf-8")).hexdigest()  # noqa: E731 - RFC 2617 requires MD5
        cnonce = hashlib.sha256(os.urandom(16)).hexdigest()[:16]
        ha1 = md5(f"{self.target.user}:{d.get('realm', '')}:{self.target.password}")
        ha2 = md5(f"{method}:{path}")
        nc = f"{count:08x}"
        if "auth" in d.get("qop", "").split(","):
            response = md5(f"{ha1}:{d['nonce']}:{nc}:{cnonce}:auth:{ha2}")
            extra = f', qop=auth, nc={nc}, cnonce="{cnonce}"'
        else:
            response = md5(f"{ha1}:{d['nonce']}:{ha2}")
            extra = ""
        opaque = f', opaque="{d["opaque"]}"' if "opaque" in d else ""
        return (f'Digest username="{self.target.user}", realm="{d.get("realm", "")}", nonce="{d["nonce"]}", '
                f'uri="{path}", response="{response}", algorithm=MD5{extra}{opaque}')


def _gist(body: bytes) -> str:
    """The first meaningful line of an error body."""
    text = body.decode("utf-8", "replace")
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.strip().startswith("<")]
    return (lines[0] if lines else text.strip())[:200]
