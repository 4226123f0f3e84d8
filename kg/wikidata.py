"""Wikidata context for linked entities: offline from shipped, sourced statements, or refreshed live.

The `wikidata` named graph (`https://w3id.org/khabar/graph/wikidata`) holds, for every QID the
gazetteer links to, its labels (ar, en), P31, P17, the P131 chain up to the country and P625,
in Wikidata's own vocabulary: truthy `wdt:` triples for querying, and `p:`/`ps:` statement
nodes with a `prov:wasDerivedFrom` reference (`pr:P854` reference URL, `pr:P813` retrieved,
`rdfs:comment` the evidence) so every statement says where it came from.

Offline statements live in `kg/data/wikidata.tsv` (derived from the gazetteer by
`derive_statements`, plus the hand-checked rows of `kg/data/wikidata.extra.tsv`); sources are
described in `kg/data/wikidata.md`. `fetch_live` refreshes them from a Wikidata-compatible
SPARQL endpoint (batched VALUES queries, a descriptive User-Agent, retries with backoff, a cache).
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef

from kg import __version__
from kg.errors import KhabarError
from kg.vocabulary import WD

WIKIDATA_GRAPH = "https://w3id.org/khabar/graph/wikidata"
WDT = Namespace("http://www.wikidata.org/prop/direct/")
P = Namespace("http://www.wikidata.org/prop/")
PS = Namespace("http://www.wikidata.org/prop/statement/")
PR = Namespace("http://www.wikidata.org/prop/reference/")
WIKIBASE = Namespace("http://wikiba.se/ontology#")
PROV = Namespace("http://www.w3.org/ns/prov#")
GEO_WKT = URIRef("http://www.opengis.net/ont/geosparql#wktLiteral")
KHR = "https://w3id.org/khabar/resource/"
PROPERTIES = ("label", "P31", "P17", "P131", "P625")
COLUMNS = ("qid", "property", "value", "source", "evidence")
# Where each source kind can be read; the reference node of a statement points there (pr:P854).
SOURCE_URLS = {
    "wof": "https://whosonfirst.org/",
    "khabar-gazetteer": "https://w3id.org/khabar/",
    "periodo-places": "https://github.com/periodo/periodo-places",
}
USER_AGENT = (f"Khabar/{__version__} (conflict-news knowledge graph; https://w3id.org/khabar; "
              f"khabar enrich) Python/{sys.version_info.major}.{sys.version_info.minor}")
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True, order=True)
class Statement:
    """One Wikidata fact about a QID, with the source it was taken from and the evidence."""

    qid: str
    property: str  # "label", "P31", "P17", "P131" or "P625"
    value: str  # a QID, "text@lang" for a label, "Point(lon lat)" for P625
    source: str  # a key of SOURCE_URLS, or "wikidata-live <endpoint>"
    evidence: str


# --- the offline statements ---------------------------------------------------------------


def derive_statements(gazetteer=None, extra: Iterable[Statement] = ()) -> list[Statement]:
    """Statements for every QID of the gazetteer: names, coordinates, P131 and P17 from its hierarchy."""
    from kg.gazetteer import load_gazetteer

    gazetteer = gazetteer or load_gazetteer()
    entries = gazetteer.entries
    found: set[Statement] = set(extra)
    for entry in sorted(entries.values(), key=lambda e: (e.kind, e.key)):
        if not entry.qid:
            continue
        table = "places.tsv" if entry.kind == "place" else "actors.tsv"
        for lang, name in (("ar", entry.name_ar), ("en", entry.name_en)):
            if name:
                found.add(Statement(entry.qid, "label", f"{name}@{lang}", "khabar-gazetteer",
                                    f"kg/data/{table} {entry.key}: preferred name (Khabar's, may differ from "
                                    f"Wikidata's label)"))
        if entry.kind == "place":
            found.update(_place_statements(entry, entries))
    return sorted(found)


def _place_statements(entry, entries) -> list[Statement]:
    """P625 from the label point, P131 to the nearest ancestor with a QID, P17 to the country."""
    out = []
    wof = entry.key.startswith("wof-")
    source = "wof" if wof else "khabar-gazetteer"
    if entry.lat and entry.lon:
        out.append(Statement(entry.qid, "P625", f"Point({entry.lon} {entry.lat})", source,
                             f"kg/data/places.tsv {entry.key}: label point"
                             + (f" of WOF record {entry.key[4:]}" if wof else "")))
    chain, parent = [], entries.get(entry.parent) if entry.parent else None
    while parent is not None and parent.kind == "place" and len(chain) < 12:
        chain.append(parent)
        parent = entries.get(parent.parent) if parent.parent else None
    with_qid = [p for p in chain if p.qid]
    if with_qid:
        up = with_qid[0]
        skipped = [p.key for p in chain[:chain.index(up)]]
        path = " -> ".join([entry.key] + [p.key for p in chain[:chain.index(up) + 1]])
        note = f"; skipped ancestors without a verified QID: {', '.join(skipped)}" if skipped else ""
        out.append(Statement(entry.qid, "P131", up.qid, "wof" if up.key.startswith("wof-") and wof else
                             "khabar-gazetteer", f"kg/data/places.tsv parent chain {path}{note}"))
    countries = [p for p in with_qid if p.cls == "Country"]
    if countries and entry.cls != "Country":
        out.append(Statement(entry.qid, "P17", countries[0].qid, source,
                             f"kg/data/places.tsv: {entry.key} lies in {countries[0].key}"))
    return out


def read_statements(path: str | Path | None = None) -> list[Statement]:
    """Statements from a TSV file (default: the shipped kg/data/wikidata.tsv)."""
    if path is None:
        with resources.files("kg").joinpath("data", "wikidata.tsv").open(encoding="utf-8") as handle:
            return _parse(handle)
    with open(path, encoding="utf-8") as handle:
        return _parse(handle)


def read_extra() -> list[Statement]:
    """The hand-checked statements of kg/data/wikidata.extra.tsv."""
    with resources.files("kg").joinpath("data", "wikidata.extra.tsv").open(encoding="utf-8") as handle:
        return _parse(handle)


def _parse(handle) -> list[Statement]:
    """Statements from an open TSV file with the COLUMNS header."""
    rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [Statement(*(row[c] for c in COLUMNS)) for row in rows]


def write_statements(statements: Iterable[Statement], path: str | Path) -> int:
    """Write statements as sorted TSV (LF line ends); return how many."""
    rows = sorted(set(statements))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for s in rows:
            handle.write("\t".join((s.qid, s.property, s.value, s.source, s.evidence)) + "\n")
    return len(rows)


# --- statements as RDF --------------------------------------------------------------------


def to_graph(statements: Iterable[Statement], retrieved: str | None = None) -> Graph:
    """The wikidata graph: truthy triples, labels, and statement nodes with their references."""
    graph = Graph()
    for prefix, ns in (("wd", WD), ("wdt", WDT), ("p", P), ("ps", PS), ("pr", PR), ("wikibase", WIKIBASE),
                       ("prov", PROV)):
        graph.bind(prefix, ns)
    for s in statements:
        item = WD[s.qid]
        if s.property == "label":
            text, _, lang = s.value.rpartition("@")
            graph.add((item, RDFS.label, Literal(text, lang=lang)))
            continue
        value = Literal(s.value, datatype=GEO_WKT) if s.property == "P625" else WD[s.value]
        node = URIRef(f"{KHR}wikidata-statement/{s.qid}-{s.property}-{_digest(s.value, 10)}")
        graph.add((item, WDT[s.property], value))
        graph.add((item, P[s.property], node))
        graph.add((node, RDF.type, WIKIBASE.Statement))
        graph.add((node, PS[s.property], value))
        graph.add((node, WIKIBASE.rank, WIKIBASE.NormalRank))
        graph.add((node, PROV.wasDerivedFrom, _reference(graph, s, retrieved)))
    return graph


def _reference(graph: Graph, s: Statement, retrieved: str | None) -> URIRef:
    """The reference node of a statement: where it was read, when, and the evidence."""
    node = URIRef(f"{KHR}wikidata-reference/{_digest(s.source + chr(10) + s.evidence, 16)}")
    kind, _, endpoint = s.source.partition(" ")
    graph.add((node, RDF.type, WIKIBASE.Reference))
    graph.add((node, PR.P854, URIRef(endpoint or SOURCE_URLS.get(kind, SOURCE_URLS["khabar-gazetteer"]))))
    graph.add((node, RDFS.comment, Literal(f"{kind}: {s.evidence}")))
    if endpoint and retrieved:
        graph.add((node, PR.P813, Literal(retrieved, datatype=XSD.date)))
    return node


def _digest(text: str, n: int) -> str:
    """The first n hex digits of the SHA-256 of text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:n]


def offline_graph() -> Graph:
    """The wikidata graph from the shipped statements."""
    return to_graph(read_statements())


# --- the store ----------------------------------------------------------------------------


def linked_qids(store) -> list[str]:
    """QIDs that article graphs link to with skos:exactMatch, sorted."""
    rows = store.query(
        "SELECT DISTINCT ?q WHERE { GRAPH ?g { ?s <http://www.w3.org/2004/02/skos/core#exactMatch> ?q } "
        f"FILTER (?g != <{WIKIDATA_GRAPH}>) }}")
    qids = {row["q"].value.rsplit("/", 1)[-1] for row in rows}
    return sorted((q for q in qids if q[:1] == "Q" and q[1:].isdigit()), key=lambda q: int(q[1:]))


def load_wikidata(store, graph: Graph | None = None) -> int:
    """Replace the store's wikidata graph (default: the offline one); return the triple count."""
    from kg.store import replace_graph

    return replace_graph(store, WIKIDATA_GRAPH, graph if graph is not None else offline_graph())


# --- live refresh -------------------------------------------------------------------------

_QUERY = """PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX wdt: <http://www.wikidata.org/prop/direct/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?item ?prop ?value WHERE {
  VALUES ?item { %s }
  { ?item rdfs:label ?value . FILTER (LANG(?value) IN ("ar", "en")) BIND ("label" AS ?prop) }
  UNION { ?item wdt:P31 ?value . BIND ("P31" AS ?prop) }
  UNION { ?item wdt:P17 ?value . BIND ("P17" AS ?prop) }
  UNION { ?item wdt:P131 ?value . BIND ("P131" AS ?prop) }
  UNION { ?item wdt:P625 ?value . BIND ("P625" AS ?prop) }
}"""


class Endpoint:
    """A Wikidata-compatible SPARQL endpoint: POSTs queries with retries, backoff and a cache."""

    def __init__(self, url: str, cache_dir: str | Path | None = None, retries: int = 4, backoff: float = 1.0,
                 timeout: float = 60.0, sleep: Callable[[float], None] = time.sleep):
        self.url, self.retries, self.backoff, self.timeout, self.sleep = url, retries, backoff, timeout, sleep
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.requests = 0

    def select(self, query: str) -> list[dict]:
        """The bindings of a SELECT query (from the cache when it holds this query's answer)."""
        path = self._cache_path(query)
        if path is not None and path.exists():
            return json.loads(path.read_text(encoding="utf-8"))["results"]["bindings"]
        answer = self._post(query)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(answer, ensure_ascii=False), encoding="utf-8")
        return answer["results"]["bindings"]

    def _cache_path(self, query: str) -> Path | None:
        """Where the answer to a query is cached: one JSON file per endpoint and query."""
        return None if self.cache_dir is None else self.cache_dir / f"{_digest(self.url + chr(10) + query, 32)}.json"

    def _post(self, query: str) -> dict:
        """POST the query; retry on 429, 5xx and network errors, waiting backoff * 2^attempt (or Retry-After)."""
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        headers = {"Accept": "application/sparql-results+json", "User-Agent": USER_AGENT,
                   "Content-Type": "application/x-www-form-urlencoded"}
        for attempt in range(self.retries + 1):
            self.requests += 1
            try:
                request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read().decode("utf-8"))
            except urllib.error.HTTPError as error:
                if error.code not in RETRY_STATUSES or attempt == self.retries:
                    raise KhabarError(f"{self.url}: the endpoint answered HTTP {error.code} ({error.reason}); "
                                      f"check the URL, or try again later") from None
                self.sleep(_retry_after(error) or self.backoff * 2 ** attempt)
            except (urllib.error.URLError, TimeoutError, ConnectionError) as error:
                if attempt == self.retries:
                    raise KhabarError(f"{self.url}: cannot reach the endpoint ({error}) after "
                                      f"{self.retries + 1} tries") from None
                self.sleep(self.backoff * 2 ** attempt)
            except json.JSONDecodeError as error:
                raise KhabarError(f"{self.url}: the answer is not SPARQL JSON results ({error})") from None
        raise AssertionError("unreachable")


def _retry_after(error: urllib.error.HTTPError) -> float | None:
    """Seconds the server asked us to wait (Retry-After), at most 60."""
    value = error.headers.get("Retry-After") if error.headers else None
    return min(float(value), 60.0) if value and value.strip().isdigit() else None


def fetch_live(endpoint: Endpoint, qids: Iterable[str], batch: int = 50, depth: int = 8) -> list[Statement]:
    """Statements for the QIDs and their P131 chain, read from a live endpoint in batched VALUES queries."""
    source = f"wikidata-live {endpoint.url}"
    todo, done, found = sorted(set(qids)), set(), set()
    for _ in range(depth):
        todo = [q for q in todo if q not in done]
        if not todo:
            break
        parents = set()
        for start in range(0, len(todo), batch):
            chunk = todo[start:start + batch]
            query = _QUERY % " ".join(f"wd:{q}" for q in chunk)
            for row in endpoint.select(query):
                statement = _statement(row, source)
                if statement is not None:
                    found.add(statement)
                    if statement.property == "P131":
                        parents.add(statement.value)
        done.update(todo)
        todo = sorted(parents)
    return sorted(found)


def _statement(row: dict, source: str) -> Statement | None:
    """A Statement from one result row, or None for a value Khabar does not keep."""
    item, prop, value = (row.get(k, {}) for k in ("item", "prop", "value"))
    qid = item.get("value", "").rsplit("/", 1)[-1]
    name = prop.get("value")
    if not qid.startswith("Q") or name not in PROPERTIES or "value" not in value:
        return None
    evidence = f"SPARQL ?item wdt:{name} ?value" if name != "label" else "SPARQL ?item rdfs:label ?value"
    if name == "label":
        return Statement(qid, name, f"{value['value']}@{value.get('xml:lang', '')}", source, evidence)
    if name == "P625":  # a point on another globe starts with the globe's IRI: not kept
        text = value["value"].strip()
        return Statement(qid, name, text, source, evidence) if text.startswith("Point(") else None
    target = value["value"].rsplit("/", 1)[-1]
    return Statement(qid, name, target, source, evidence) if value.get("type") == "uri" and target.startswith("Q") else None


def refresh(store, endpoint: Endpoint, retrieved: str, batch: int = 50) -> tuple[int, int]:
    """Replace the wikidata graph with live statements for the store's QIDs (offline ones for QIDs the
    endpoint does not know). Return (live statements, offline statements kept)."""
    live = fetch_live(endpoint, linked_qids(store), batch=batch)
    known = {s.qid for s in live}
    kept = [s for s in read_statements() if s.qid not in known]
    load_wikidata(store, to_graph(live + kept, retrieved=retrieved))
    return len(live), len(kept)


def main(argv: list[str] | None = None) -> int:
    """`python -m kg.wikidata [OUT]`: rewrite kg/data/wikidata.tsv from the gazetteer and the extra rows."""
    out = Path(argv[0]) if argv else Path(__file__).parent / "data" / "wikidata.tsv"
    count = write_statements(derive_statements(extra=read_extra()), out)
    print(f"wrote {count} statements to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
