"""The embedded store: pyoxigraph on disk, one named graph per article, replaced atomically.

Builds write article graphs in batches (`write_graphs`). A batch is loaded in one atomic step:
Oxigraph's bulk loader turns up to a million quads into one set of SST files that RocksDB
ingests atomically across all its indexes (a smaller batch goes through one transaction), so a
build killed at any moment leaves each article graph complete or absent, never half written.
A graph that is replaced is dropped first, in its own transaction: until its batch lands it is
absent, and the next build, seeing it absent, builds it again. docs/scale.md has the details.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import quote
from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import StoreError

KH = "https://w3id.org/khabar/ontology#"
PROV = "http://www.w3.org/ns/prov#"
ARTICLE_PREFIX = "https://w3id.org/khabar/resource/article/"
BULK_MAX_QUADS = 900_000  # below Oxigraph's bulk-load batch (10^6 quads), so one load is one ingestion
SMALL_BATCH_QUADS = 20_000  # fewer quads than this go through a transaction (no tiny SST files)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')  # what an N-Triples IRIREF may not hold
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def open_store(path: str | Path, read_only: bool = False) -> ox.Store:
    """Open (creating if needed) the store at a directory."""
    path = Path(path)
    try:
        if read_only:
            if not path.exists():
                raise StoreError(f"{path}: no store here (build one first with 'khabar build')")
            return ox.Store.read_only(str(path))
        path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(path))
    except OSError as error:
        raise StoreError(f"{path}: cannot open the store ({error}); is another khabar process using it?") from None


class StoreHandle:
    """A store opened for one job and really closed at its end.

    Oxigraph closes a store when the last reference goes; parser caches in rdflib and pySHACL can
    keep old frames (and the stores in them) alive, so code passes this handle around instead and
    `close()` drops the one real reference.
    """

    def __init__(self, path: str | Path, read_only: bool = False):
        self.store: ox.Store | None = open_store(path, read_only)

    def __enter__(self) -> "StoreHandle":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Release the store."""
        self.store = None


def replace_graph(store: ox.Store, graph_iri: str, graph: Graph) -> int:
    """Replace a named graph by the triples of an rdflib graph in one transaction; return their count."""
    body = graph.serialize(format="nt")
    store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")
    return len(graph)


def article_graphs(store: ox.Store) -> list[str]:
    """IRIs of the article graphs in the store, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def validate_graphs(store: ox.Store, iris: list[str], batch: int = 200):
    """Validate stored graphs in batches (shapes.validate_many); yield (iri, ValidationResult) in order.

    The same results as shapes.validate on each graph, at a few milliseconds an article.
    """
    from shapes import validate_many

    for start in range(0, len(iris), batch):
        names = iris[start:start + batch]
        graphs = [triples_of(store, iri) for iri in names]
        nquads = [(iri, to_nquads(triples, iri)) for iri, triples in zip(names, graphs)]
        yield from zip(names, validate_many(graphs, nquads))


def graph_of(store: ox.Store, graph_iri: str) -> Graph:
    """One named graph of the store as an rdflib graph (terms converted directly, not re-parsed)."""
    graph = Graph()
    graph.addN((s, p, o, graph) for s, p, o in triples_of(store, graph_iri))
    return graph


def triples_of(store: ox.Store, graph_iri: str) -> list[tuple]:
    """The triples of one named graph of the store, as rdflib terms (cheaper than an rdflib graph)."""
    iris: dict[str, URIRef] = {}

    def term(node):
        if isinstance(node, ox.NamedNode):
            found = iris.get(node.value)
            if found is None:
                found = iris[node.value] = URIRef(node.value)
            return found
        if isinstance(node, ox.Literal):
            if node.language:
                return Literal(node.value, lang=node.language)
            datatype = node.datatype.value
            return Literal(node.value) if datatype == _XSD_STRING else Literal(node.value, datatype=term(node.datatype))
        return BNode(node.value)

    return [(term(q.subject), term(q.predicate), term(q.object))
            for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph_iri))]


def to_nquads(graph: Graph | Iterable[tuple], graph_iri: str) -> str:
    """The graph (or its distinct triples) as N-Quads in the named graph `graph_iri`, one sorted line per triple.

    Blank nodes get labels unique to the graph, so many graphs can be loaded in one go; characters
    an IRI may not hold (a space in a published URL) are percent-encoded, as RFC 3987 maps them.
    """
    name = f" <{graph_iri}> .\n"
    blank = "b" + hashlib.sha256(graph_iri.encode("utf-8")).hexdigest()[:12] + "x"
    iris: dict[URIRef, str] = {}  # the same few dozen IRIs make most terms: write each once

    def nt(term) -> str:
        if type(term) is URIRef:
            written = iris.get(term)
            if written is None:
                written = iris[term] = _nt(term, blank)
            return written
        return _nt(term, blank)

    lines = [f"{nt(s)} {nt(p)} {nt(o)}{name}" for s, p, o in graph]
    lines.sort()
    return "".join(lines)


def _nt(term, blank: str) -> str:
    """One term in N-Triples syntax."""
    if isinstance(term, URIRef):
        if _NOT_IN_IRI.search(term):  # a URL as published, with spaces: percent-encode what is not allowed
            return "<" + _NOT_IN_IRI.sub(lambda m: quote(m.group(), safe=""), term) + ">"
        return f"<{term}>"
    if isinstance(term, Literal):
        text = str(term).translate(_ESCAPES)
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    if isinstance(term, BNode):
        return f"_:{blank}{term}"
    raise TypeError(f"cannot write {term!r} as N-Triples")


def write_graphs(store: ox.Store, nquads: list[str | bytes], replaced: Iterable[str] = (), quads: int = 0,
                 checked: bool = False) -> None:
    """Write article graphs (their N-Quads, text or UTF-8, `quads` lines in all) in one atomic load.

    The graphs named in `replaced` are dropped first, each in its own transaction. Keep a batch
    under BULK_MAX_QUADS: beyond it Oxigraph splits the load and atomicity is lost. `checked`
    says the N-Quads were already parsed strictly (builds load them in a scratch store to
    validate them), so the bulk loader need not check the IRIs again.
    """
    if quads > BULK_MAX_QUADS:
        raise ValueError(f"a batch of {quads} quads is more than one atomic load ({BULK_MAX_QUADS})")
    for iri in replaced:
        store.remove_graph(ox.NamedNode(iri))
    if not nquads:
        return
    data = b"".join(text if isinstance(text, bytes) else text.encode("utf-8") for text in nquads)
    if quads < SMALL_BATCH_QUADS:
        store.load(data, format=ox.RdfFormat.N_QUADS)
    else:
        store.bulk_load(data, format=ox.RdfFormat.N_QUADS, lenient=checked)


def article_states(store: ox.Store) -> dict[str, tuple[str, str]]:
    """(content hash, software version) of every article graph in the store, in one read."""
    rows = store.query(
        f"SELECT ?g ?hash ?version WHERE {{ GRAPH ?g {{ ?g <{KH}contentHash> ?hash ; "
        f"<{PROV}wasGeneratedBy> ?run . ?run <{KH}softwareVersion> ?version }} }}")
    return {row["g"].value: (row["hash"].value, row["version"].value) for row in rows}
