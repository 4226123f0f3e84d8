"""Khabar's SHACL shapes, and validation of one article graph against them."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import Iterable, Mapping, Sequence

import pyshacl
import rdflib
from rdflib import RDF, SH, XSD, Literal
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from ontology import ontology_graph

SHAPES_NS = rdflib.Namespace("https://w3id.org/khabar/shapes#")


class ShapesError(RuntimeError):
    """The shapes could not be run (a broken shape or SPARQL constraint), as opposed to data not conforming."""


@dataclass(frozen=True)
class ResultRecord:
    """One SHACL validation result, in plain terms."""

    focus_node: rdflib.term.Node
    path: rdflib.term.Node | None
    message: str
    severity: str
    value: rdflib.term.Node | None
    source_shape: rdflib.term.Node | None = None


@dataclass(frozen=True)
class ValidationResult:
    """The outcome of validating a graph: whether it conforms, each result, and pySHACL's report text."""

    conforms: bool
    results: list[ResultRecord] = field(default_factory=list)
    text: str = ""


def shape_paths() -> list[Traversable]:
    """Return the shape files (one per ontology module, same stem), sorted by name."""
    root = files(__name__)
    return sorted((entry for entry in root.iterdir() if entry.name.endswith(".ttl")), key=lambda entry: entry.name)


def shapes_graph() -> rdflib.Graph:
    """Parse every shape file into one new rdflib graph; raise if nothing was loaded."""
    graph = rdflib.Graph()
    graph.bind("khsh", SHAPES_NS)
    for path in shape_paths():
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle")
    if not any(graph.subjects(RDF.type, SH.NodeShape)):
        raise FileNotFoundError(f"no SHACL shape found in the {__name__} package: was it installed with its package data?")
    return graph


def validate(data_graph: rdflib.Graph) -> ValidationResult:
    """Validate one article graph against the shapes, with the ontology mixed in for subclass targets."""
    if isinstance(data_graph, rdflib.ConjunctiveGraph):
        raise TypeError("validate() takes one article graph, not a dataset: pass dataset.graph(article_iri)")
    shapes, ontology = _loaded_graphs()
    conforms, report, text = pyshacl.validate(
        _with_simple_literals(data_graph),
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        inplace=True,  # the data graph is already our own copy: mix the ontology into it
    )
    if not isinstance(report, rdflib.Graph):
        raise ShapesError(f"pySHACL could not run the shapes: {text.strip()} (see shapes/README.md)")
    return ValidationResult(conforms=bool(conforms), results=_records(report), text=str(text))


def validate_many(graphs: Sequence[rdflib.Graph | Sequence[tuple]],
                  nquads: Sequence[tuple[str, str | bytes]] | None = None, dataset=None,
                  namespaces: Mapping[str, str] | None = None) -> list[ValidationResult]:
    """Validate many article graphs at once: the same results as validate() on each, much faster.

    A compiled check (shapes/compiled.py) finds, in one pass over the batch, the graphs pySHACL
    could reject; only those are validated by pySHACL, so every result is pySHACL's own. Each
    graph is an rdflib graph or the list of its distinct triples (rdflib terms), which is cheaper
    to make; a list goes to pySHACL as a graph with `namespaces` bound (prefix -> namespace, as
    the rdflib graph would have them: pySHACL's messages write terms with those prefixes). Pass
    `nquads` (each graph's name and its N-Quads in that named graph, text or UTF-8) when you
    have them, and `dataset` (a pyoxigraph.Store already holding them), to save serializing and
    loading twice.
    """
    flagged = _compiled().flag(graphs, nquads, dataset)
    return [validate(as_graph(graph, namespaces)) if i in flagged
            else ValidationResult(conforms=True, text=CONFORMS_TEXT) for i, graph in enumerate(graphs)]


def as_graph(graph: rdflib.Graph | Iterable[tuple], namespaces: Mapping[str, str] | None = None) -> rdflib.Graph:
    """An rdflib graph of a graph's triples (the graph itself if it is one), with `namespaces` bound."""
    if isinstance(graph, rdflib.Graph):
        return graph
    made = rdflib.Graph()
    for prefix, namespace in (namespaces or {}).items():
        made.bind(prefix, namespace)
    made.addN((s, p, o, made) for s, p, o in graph)
    return made


def fast_check_unavailable() -> str | None:
    """Why validate_many() cannot skip pySHACL for these shapes (None when it can)."""
    return _compiled().unavailable


CONFORMS_TEXT = "Validation Report\nConforms: True\n"


@functools.cache
def _compiled():
    """The shapes compiled for batches, once per process (see shapes/compiled.py)."""
    from shapes.compiled import Compiled

    shapes, ontology = _loaded_graphs()
    return Compiled(shapes, ontology, ontology_results=validate(rdflib.Graph()).conforms)


@functools.cache
def _loaded_graphs() -> tuple[rdflib.Graph, rdflib.Graph]:
    """Load the shapes and the ontology once per process (pySHACL does not modify them)."""
    return shapes_graph(), ontology_graph()


class _PreparedQueryGraph(rdflib.Graph):
    """An rdflib graph that parses each SPARQL text once.

    pySHACL sends the same query text for every focus node of a SPARQL constraint and rdflib
    parses it every time, which made validating an article with a few hundred mentions slow.
    """

    def query(self, query_object, *args, **kwargs):
        """Run a SPARQL query, reusing the parsed form of a query text seen before."""
        if isinstance(query_object, str):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


@functools.lru_cache(maxsize=256)
def _prepared(text: str) -> Query:
    """Parse a SPARQL query text once (the texts come from our own shapes, so they are few)."""
    return prepareQuery(text)


def _with_simple_literals(graph: rdflib.Graph) -> rdflib.Graph:
    """Copy `graph`, writing "x"^^xsd:string as the simple literal "x".

    RDF 1.1 makes the two the same term, but rdflib and pySHACL tell them apart, so
    sh:in ("exact" ...) and SPARQL string matches would reject an explicitly typed value.
    """
    copy = _PreparedQueryGraph()
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace)
    for subject, predicate, obj in graph:
        if isinstance(obj, Literal) and obj.datatype == XSD.string:
            obj = Literal(str(obj))
        copy.add((subject, predicate, obj))
    return copy


def _records(report: rdflib.Graph) -> list[ResultRecord]:
    """Turn pySHACL's report graph into result records, sorted for stable output."""
    records = [
        ResultRecord(
            focus_node=report.value(result, SH.focusNode),
            path=report.value(result, SH.resultPath),
            message="; ".join(sorted(str(message) for message in report.objects(result, SH.resultMessage))),
            severity=_local_name(report.value(result, SH.resultSeverity)),
            value=report.value(result, SH.value),
            source_shape=report.value(result, SH.sourceShape),
        )
        for result in report.subjects(RDF.type, SH.ValidationResult)
    ]
    return sorted(records, key=lambda record: (str(record.focus_node), str(record.path), record.message))


def _local_name(iri: rdflib.term.Node | None) -> str:
    """Return the part of an IRI after its last # or /, e.g. Violation for sh:Violation."""
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri is not None else ""
