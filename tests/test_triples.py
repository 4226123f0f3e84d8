"""The build's triples path (kg.graph.to_triples, no rdflib graph) writes exactly the rdflib graph's quads."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

import shapes
from conftest import CLOCK, REPO, SEED
from kg.article import Article, read_inputs
from kg.extract import extract
from kg.graph import KH, PREFIXES, to_graph, to_triples
from kg.store import to_nquads

GOLDEN = REPO / "tests" / "golden" / "seed.nt"
INPUTS = [SEED, REPO / "tests" / "data" / "provenance", REPO / "devset" / "articles.jsonl"]


def articles() -> list[Article]:
    """The seed, the provenance test articles and the development set."""
    found = [item for item in read_inputs(INPUTS) if isinstance(item, Article)]
    assert len(found) >= 1 + 4 + 20, "an input of this test went missing"
    return found


def parsed(text: bytes | str, rdf_format) -> set:
    """The quads (or triples) of a text, as Oxigraph reads them, with any graph name dropped."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, format=rdf_format)}


@pytest.fixture(scope="module")
def built() -> list[tuple[Article, list, object]]:
    """Each article with its triples and its rdflib graph."""
    return [(article, to_triples(extraction, CLOCK), to_graph(extraction, CLOCK))
            for article in articles() for extraction in [extract(article)]]


def test_the_triples_are_the_graph(built):
    for article, triples, graph in built:
        assert len(triples) == len(set(triples)) == len(graph) > 50, article.source
        assert set(triples) == set(graph), article.source


def test_the_build_writes_what_rdflib_serializes(built):
    """The N-Quads the workers write, read back, are rdflib's own serialization of the graph."""
    for article, triples, graph in built:
        written = to_nquads(triples, article.iri)
        assert written == to_nquads(graph, article.iri), article.source
        assert written.count("\n") == len(graph)
        rdflib_nt = graph.serialize(format="nt", encoding="utf-8")
        assert parsed(written, ox.RdfFormat.N_QUADS) == parsed(rdflib_nt, ox.RdfFormat.N_TRIPLES), article.source


def test_the_seed_triples_are_the_golden_graph(built):
    (triples,) = [triples for article, triples, _ in built if article.source == str(SEED)]
    golden = parsed(GOLDEN.read_bytes(), ox.RdfFormat.N_TRIPLES)
    assert len(golden) > 500
    assert parsed(to_nquads(triples, "urn:seed"), ox.RdfFormat.N_QUADS) == golden


def test_validating_triples_gives_the_graph_results(built):
    triples = [t for _, t, _ in built]
    graphs = [g for _, _, g in built]
    # one broken copy: an operation without its place, so that pySHACL's messages are compared too
    broken = [t for t in triples[0] if t[1] != KH.place]
    assert len(broken) < len(triples[0])
    results = shapes.validate_many(triples + [broken], namespaces=PREFIXES)
    expected = shapes.validate_many(graphs + [shapes.as_graph(broken, PREFIXES)])
    assert results == expected
    assert not results[-1].conforms and results[-1].results
    assert shapes.validate(shapes.as_graph(broken, PREFIXES)) == results[-1]


def test_triples_sent_to_pyshacl_get_the_prefixes_of_the_graph(built):
    _, triples, graph = built[0]
    made = shapes.as_graph(triples, PREFIXES)
    assert set(made.namespaces()) == set(graph.namespaces())
    assert str(dict(made.namespaces())["kh"]) == str(KH)


def test_stored_graphs_read_back_as_triples_validate_as_graphs(built, tmp_path):
    from kg.graph import KH
    from kg.store import StoreHandle, graph_of, triples_of, validate_graphs, write_graphs

    texts = [to_nquads(triples, article.iri) for article, triples, _ in built[:6]]
    broken_iri = built[0][0].iri + "-broken"
    texts.append(to_nquads([t for t in built[0][1] if t[1] != KH.place], broken_iri))
    iris = [article.iri for article, _, _ in built[:6]] + [broken_iri]
    with StoreHandle(tmp_path / "s") as handle:
        write_graphs(handle.store, texts, quads=sum(text.count("\n") for text in texts))
        for (article, triples, _) in built[:6]:
            assert set(triples_of(handle.store, article.iri)) == set(triples)
        expected = [shapes.validate(graph_of(handle.store, iri)) for iri in iris]
        assert list(validate_graphs(handle.store, iris)) == list(zip(iris, expected))
    assert [r.conforms for r in expected] == [True] * 6 + [False]
