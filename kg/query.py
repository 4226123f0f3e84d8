"""Running SPARQL on the store from the command line, and exporting it."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import PREFIXES

_RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                   "tsv": ox.QueryResultsFormat.TSV}
_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()} | {
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#"}


def run_query(store: ox.Store, text: str):
    """Run a query with the union of all article graphs as the default graph.

    Khabar's prefixes (kh:, khr:, schema:, prov:, skos:, geo:, wd:, rdfs:, xsd:) are predeclared.
    Raises SyntaxError with the parser's message for a malformed query.
    """
    return store.query(text, use_default_graph_as_union=True, prefixes=_PREFIXES)


def format_results(result, fmt: str) -> str:
    """Query results as a text table, JSON, CSV or TSV (graphs as N-Triples, booleans as true/false)."""
    if isinstance(result, bool):
        return ("true" if result else "false") + "\n"
    if isinstance(result, ox.QueryTriples):
        return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")
    if fmt != "table":
        return result.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    names = [v.value for v in result.variables]
    rows = [[_cell(solution[name]) for name in names] for solution in result]
    return _table(names, rows)


def _cell(term) -> str:
    """A compact text form of a term for the table."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value + (f"@{term.language}" if term.language else "")
    return term.value


def _table(names: list[str], rows: list[list[str]]) -> str:
    """A plain text table with a header line."""
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    line = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    return "\n".join(out) + f"\n({len(rows)} row{'s' if len(rows) != 1 else ''})\n"


def export_store(store: ox.Store, path: str, fmt: ox.RdfFormat) -> int:
    """Write the store to a file; triple-only formats get the union of all graphs. Return the quad count."""
    quads = list(store)
    if fmt.supports_datasets:
        store.dump(path, format=fmt, prefixes={k: str(v) for k, v in PREFIXES.items()})
    else:
        triples = sorted({ox.Triple(q.subject, q.predicate, q.object) for q in quads}, key=str)
        ox.serialize(triples, path, format=fmt)
    return len(quads)
