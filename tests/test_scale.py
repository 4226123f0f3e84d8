"""Scale: batched validation gives pySHACL's results, builds are the same on any number of workers,
unchanged articles are skipped from one bulk read, a changed extraction rebuilds."""

from __future__ import annotations

import gzip
import random
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, BNode, Literal, Namespace, URIRef

import shapes
from conftest import REPO, SEED, fixed_clock, quads
from kg import build as build_module
from kg import store as store_module
from kg.build import build
from kg.manifest import Manifest
from kg.store import StoreHandle

KH = Namespace("https://w3id.org/khabar/ontology#")
CORPUS = REPO.parent / "shared" / "corpus"
MINIMAL_ARTICLE = REPO / "tests" / "data" / "minimal-article.trig"
MINIMAL_IRI = "https://w3id.org/khabar/resource/article/test-1"




@pytest.fixture(scope="module")
def minimal_graph() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph += rdflib.Dataset().parse(MINIMAL_ARTICLE, format="trig").graph(URIRef(MINIMAL_IRI))
    assert len(graph) > 100
    return graph


@pytest.fixture(scope="module")
def corpus_sample(tmp_path_factory) -> Path:
    """60 real articles (40 Arabic, 20 English), a duplicate id and a line that is not JSON."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    lines = []
    for name, count in (("ant-arabic-news.jsonl.gz", 40), ("fakes-english-syria.jsonl.gz", 20)):
        with gzip.open(CORPUS / name, "rt", encoding="utf-8") as source:
            lines += [next(source) for _ in range(count)]
    path = tmp_path_factory.mktemp("corpus") / "sample.jsonl"
    path.write_text("".join(lines) + lines[3] + "{not json\n", encoding="utf-8")
    return path


# --- batched validation is pySHACL ----------------------------------------------------------------


def mutations(graph: rdflib.Graph, count: int, seed: int) -> list[rdflib.Graph]:
    """Copies of `graph`, each broken (or not) in one random way."""
    rng = random.Random(seed)
    triples = sorted(graph, key=str)
    nodes = sorted({t[0] for t in triples} | {t[2] for t in triples if isinstance(t[2], URIRef)}, key=str)
    odd_values = [Literal("x"), Literal(-1), Literal("1.5", datatype=XSD.decimal), Literal(1.5),
                  Literal("2017-10-06", datatype=XSD.date), Literal("2017-10-06"), Literal("x", lang="fr"),
                  Literal("15", datatype=XSD.nonNegativeInteger), Literal("x", datatype=XSD.string),
                  Literal("2017-10-06T00:00:00+00:00", datatype=XSD.dateTime), BNode("b1"), KH.Entry,
                  KH.Killed, URIRef("http://www.wikidata.org/entity/Q1"), Literal("001", datatype=XSD.integer)]
    found = []
    for _ in range(count):
        copy = rdflib.Graph()
        copy += graph
        s, p, o = rng.choice(triples)
        kind = rng.randrange(6)
        if kind == 0:
            copy.remove((s, p, o))
        elif kind == 1:
            copy.set((s, p, rng.choice(odd_values)))
        elif kind == 2:
            copy.set((s, p, rng.choice(nodes)))
        elif kind == 3:
            copy.add((s, p, rng.choice(odd_values + nodes)))
        elif kind == 4:
            copy.add((rng.choice(nodes), RDF.type, rng.choice([KH.Actor, KH.Location, KH.Claim, KH.Mention])))
        else:
            copy.add(rng.choice([(KH.Entry, RDFS.label, Literal("x")), (s, RDFS.subClassOf, KH.Actor),
                                 (s, KH.partOf, s), (s, KH.relays, s), (BNode("b2"), p, o)]))
        found.append(copy)
    return found


def test_validate_many_gives_pyshacl_results_on_broken_graphs(minimal_graph, seed_graph):
    graphs = [minimal_graph, seed_graph] + mutations(minimal_graph, 70, seed=6) + mutations(seed_graph, 12, seed=7)
    expected = [shapes.validate(graph) for graph in graphs]
    assert sum(not r.conforms for r in expected) > 40  # the mutations do break things
    assert shapes.validate_many(graphs) == expected


def test_the_fast_path_is_taken_for_conforming_graphs(minimal_graph, seed_graph):
    from shapes.compiled import Compiled

    assert shapes.fast_check_unavailable() is None
    assert shapes._compiled().flag([minimal_graph, seed_graph]) == set()
    # and it is a real check: an operation without a place is flagged
    broken = rdflib.Graph()
    broken += seed_graph
    broken.remove((None, KH.place, None))
    assert shapes._compiled().flag([seed_graph, broken]) == {1}
    assert isinstance(shapes._compiled(), Compiled)


def test_shapes_beyond_the_mirrored_features_send_everything_to_pyshacl(minimal_graph):
    from shapes.compiled import Compiled

    sg, ontology = shapes._loaded_graphs()
    odd = rdflib.Graph()
    odd += sg
    odd.add((URIRef("urn:shape"), RDF.type, rdflib.SH.NodeShape))
    odd.add((URIRef("urn:shape"), rdflib.SH.targetClass, KH.Actor))
    odd.add((URIRef("urn:shape"), rdflib.SH.closed, Literal(True)))
    compiled = Compiled(odd, ontology, ontology_results=True)
    assert "sh:closed" in compiled.unavailable
    assert compiled.flag([minimal_graph]) == {0}


# --- builds ---------------------------------------------------------------------------------------


def test_the_store_is_the_same_whatever_the_number_of_workers(corpus_sample, tmp_path):
    one = build([corpus_sample, SEED], tmp_path / "one", fixed_clock, workers=1)
    two = build([corpus_sample, SEED], tmp_path / "two", fixed_clock, workers=2)
    assert one.workers == 1 and two.workers == 2
    assert len(one.built) == 61 and one.built == two.built
    assert [str(e) for e in one.failed] == [str(e) for e in two.failed]
    assert sorted(str(e).split(": ")[0].rsplit("/", 1)[-1] for e in one.failed) == ["sample.jsonl:61",
                                                                                   "sample.jsonl:62"]
    assert "duplicate article id" in str(one.failed[0]) and "not valid JSON" in str(one.failed[1])
    assert one.triples == two.triples > 20_000
    assert quads(tmp_path / "one") == quads(tmp_path / "two")


def test_an_unchanged_rebuild_reads_the_store_once(corpus_sample, tmp_path, monkeypatch):
    first = build([corpus_sample], tmp_path / "s", fixed_clock, workers=1)
    before = quads(tmp_path / "s")
    reads = []
    monkeypatch.setattr(build_module, "article_states",
                        lambda store: reads.append(1) or store_module.article_states(store))
    again = build([corpus_sample], tmp_path / "s", fixed_clock, workers=2)
    assert reads == [1] and not again.built and again.skipped == first.built
    assert quads(tmp_path / "s") == before


def test_a_new_extraction_version_rebuilds_and_a_stale_manifest_is_never_trusted(tmp_path, monkeypatch):
    store = tmp_path / "s"
    build([SEED], store, fixed_clock)
    monkeypatch.setattr(build_module, "extraction_version", lambda: "0.0.0+changed")
    assert len(build([SEED], store, fixed_clock).built) == 1
    assert build([SEED], store, fixed_clock).skipped  # recorded with the new version
    with Manifest(store) as manifest:  # as if killed between the store write and the manifest write
        manifest.forget_built(manifest.built())
    assert len(build([SEED], store, fixed_clock).built) == 1


def test_counting_articles_for_the_progress_bar(corpus_sample, tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert build_module.count_articles([corpus_sample, tmp_path / "a.txt", tmp_path / "missing.jsonl"]) == 64


def test_progress_lines_count_every_input(corpus_sample, tmp_path):
    lines = []
    build([corpus_sample], tmp_path / "s", fixed_clock, progress=lines.append, workers=1)
    assert lines and lines[-1].startswith("[########################] 62/62 100%")
    assert "built 60, unchanged 0, failed 2" in lines[-1]


def test_a_batch_too_big_for_one_atomic_load_is_refused(tmp_path):
    with StoreHandle(tmp_path / "s") as handle, pytest.raises(ValueError):
        store_module.write_graphs(handle.store, ["x"], quads=store_module.BULK_MAX_QUADS + 1)


def test_nquads_escape_what_n_triples_needs(tmp_path):
    graph = rdflib.Graph()
    graph.add((URIRef("urn:a"), KH.text, Literal('a "quoted"\\ line\nbreak\r', lang="ar")))
    graph.add((URIRef("urn:a"), KH["index"], Literal(3)))
    graph.add((URIRef("urn:a"), KH.cue, Literal("x", datatype=XSD.string)))
    graph.add((URIRef("urn:a"), URIRef("https://schema.org/url"), URIRef("http://x.example/ar/صينيّة تنجب!/1")))
    text = store_module.to_nquads(graph, "urn:g")
    assert "<http://x.example/ar/صينيّة%20تنجب!/1>" in text
    with StoreHandle(tmp_path / "s") as handle:
        store_module.write_graphs(handle.store, [text], quads=3)
        back = store_module.graph_of(handle.store, "urn:g")
    expected = {(s, p, Literal(str(o)) if isinstance(o, Literal) and o.datatype == XSD.string else o)
                for s, p, o in graph if p != URIRef("https://schema.org/url")}
    assert expected < set(back)
    assert len(text.splitlines()) == 4  # one line per triple, line breaks escaped


def test_a_ticker_shows_the_first_tick_then_at_most_every_interval_and_always_the_last():
    from kg.progress import Ticker
    lines = []
    ticker = Ticker(lines.append, 3, unit="graphs", every=3600)
    ticker.tick({"sent": 1, "failed": 0})
    ticker.tick({"sent": 2, "failed": 0})  # within the interval: not shown
    ticker.tick({"sent": 2, "failed": 1}, final=True)
    assert len(lines) == 2
    assert lines[0].split("|")[0].strip().endswith("1/3  33%") and "graphs/s" in lines[0]
    assert lines[1].endswith("sent 2, failed 1") and "3/3 100%" in lines[1]
    Ticker(None, 3).tick({"sent": 3}, final=True)  # no display: nothing to call


def test_the_progress_line_example_runs():
    import doctest

    import kg.progress

    result = doctest.testmod(kg.progress)
    assert result.attempted >= 1 and result.failed == 0
