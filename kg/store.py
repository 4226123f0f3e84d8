"""The embedded store: pyoxigraph on disk, one named graph per article, replaced atomically."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import StoreError

KH = "https://w3id.org/khabar/ontology#"
PROV = "http://www.w3.org/ns/prov#"


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
        """Flush (if writable) and release the store."""
        if self.store is not None:
            self.store = None


def replace_graph(store: ox.Store, graph_iri: str, graph: Graph) -> int:
    """Replace a named graph by the triples of an rdflib graph in one transaction; return their count."""
    body = graph.serialize(format="nt")
    store.update(f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}")
    return len(graph)


def article_state(store: ox.Store, article_iri: str) -> tuple[str, str] | None:
    """(content hash, software version) of the article graph in the store, or None if absent."""
    rows = list(store.query(
        f"SELECT ?hash ?version WHERE {{ GRAPH <{article_iri}> {{ <{article_iri}> <{KH}contentHash> ?hash ; "
        f"<{PROV}wasGeneratedBy> ?run . ?run <{KH}softwareVersion> ?version }} }}"))
    return (rows[0]["hash"].value, rows[0]["version"].value) if rows else None


def article_graphs(store: ox.Store) -> list[str]:
    """IRIs of the article graphs in the store, sorted."""
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


def graph_of(store: ox.Store, graph_iri: str) -> Graph:
    """One named graph of the store as an rdflib graph."""
    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri))
    return Graph().parse(data=data.decode("utf-8"), format="nt")
