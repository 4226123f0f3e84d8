"""Khabar's OWL ontology: the Turtle modules and alignments, as one rdflib graph or in owlready2."""

from __future__ import annotations

import tempfile
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING

import rdflib
from rdflib import OWL

if TYPE_CHECKING:
    import owlready2

ONTOLOGY_IRI = "https://w3id.org/khabar/ontology"
KH = rdflib.Namespace(ONTOLOGY_IRI + "#")


def module_paths(alignments: bool = True) -> list[Traversable]:
    """Return the ontology's Turtle files: the modules, then (by default) alignments/*.ttl."""
    root = files(__name__)
    paths = _turtle_files(root)
    if alignments:
        paths += _turtle_files(root / "alignments")
    if not paths:
        raise FileNotFoundError(f"no .ttl file found in the {__name__} package: was it installed with its package data?")
    return paths


def ontology_graph(alignments: bool = True) -> rdflib.Graph:
    """Parse every module (and alignment) into one new rdflib graph."""
    graph = rdflib.Graph()
    graph.bind("kh", KH)
    for path in module_paths(alignments):
        graph.parse(data=path.read_text(encoding="utf-8"), format="turtle", publicID=ONTOLOGY_IRI)
    return graph


def to_rdfxml(graph: rdflib.Graph, path: str | Path) -> Path:
    """Write `graph` as RDF/XML for owlready2, dropping owl:imports (the graph already holds the modules)."""
    flat = rdflib.Graph()
    for prefix, namespace in graph.namespaces():
        flat.bind(prefix, namespace)
    flat += (triple for triple in graph if triple[1] != OWL.imports)
    path = Path(path)
    flat.serialize(destination=path, format="xml", encoding="utf-8")
    return path


OWL2_UNSUPPORTED_DATATYPES = frozenset({rdflib.XSD.date})  # HermiT rejects them; the shapes check them


def with_data(data: rdflib.Graph) -> rdflib.Graph:
    """The ontology plus a data graph, ready for the reasoner (literals of non-OWL 2 datatypes left out)."""
    graph = ontology_graph()
    graph += (t for t in data if not (isinstance(t[2], rdflib.Literal) and t[2].datatype in OWL2_UNSUPPORTED_DATATYPES))
    return graph


def load_owlready(graph: rdflib.Graph | None = None) -> owlready2.Ontology:
    """Load `graph` (default: the whole ontology) into a fresh owlready2 World; return the owlready2 Ontology."""
    import owlready2  # heavy, and only needed for reasoning

    graph = ontology_graph() if graph is None else graph
    with tempfile.TemporaryDirectory() as tmp:
        path = to_rdfxml(graph, Path(tmp) / "khabar.owl")
        return owlready2.World().get_ontology(path.as_uri()).load()


def _turtle_files(folder: Traversable) -> list[Traversable]:
    """List the .ttl files directly inside `folder`, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted((entry for entry in folder.iterdir() if entry.name.endswith(".ttl")), key=lambda entry: entry.name)
