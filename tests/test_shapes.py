"""Tests for shapes/: the minimal article conforms, and breaking one thing is caught on the right node and path."""

import re
from pathlib import Path

import pyshacl
import pytest
import rdflib
from rdflib import RDF, RDFS, SH, SKOS, Literal, Namespace, URIRef

ROOT = Path(__file__).resolve().parents[1]

import ontology
import shapes
from ontology import KH

DATA_MODEL = ROOT / "docs" / "data-model.md"
MINIMAL_ARTICLE = ROOT / "tests" / "data" / "minimal-article.trig"
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
SCHEMA = Namespace("https://schema.org/")
PREFIXES = {"kh": KH, "prov": PROV, "geo": GEO, "schema": SCHEMA, "skos": SKOS, "rdfs": RDFS}

ARTICLE = URIRef("https://w3id.org/khabar/resource/article/test-1")
RUN = URIRef(ARTICLE + "/run")
OPERATION = URIRef(ARTICLE + "/operation/1")
AFP_CLAIM = URIRef(ARTICLE + "/claim/2")
SOURCE_CLAIM = URIRef(ARTICLE + "/claim/3")
QUANTITY = URIRef(ARTICLE + "/quantity/1")
RESOLVED_TIME = URIRef(ARTICLE + "/time/1")
UNRESOLVED_TIME = URIRef(ARTICLE + "/time/2")
MENTION = URIRef(ARTICLE + "/mention/15-19")
NEIGHBOURHOOD = URIRef(ARTICLE + "/place/1")
MAYADIN = URIRef("https://w3id.org/khabar/resource/place/wof-1125980167")
AFP = URIRef("https://w3id.org/khabar/resource/actor/afp")

OPERATION_SHAPE = URIRef("https://w3id.org/khabar/shapes#OperationShape")


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def article() -> rdflib.Graph:
    """The minimal article's named graph, parsed once."""
    dataset = rdflib.Dataset().parse(MINIMAL_ARTICLE, format="trig")
    graph = rdflib.Graph()
    graph += dataset.graph(ARTICLE)
    assert len(graph) > 100
    return graph


@pytest.fixture
def graph(article) -> rdflib.Graph:
    """A fresh copy of the minimal article for one test to break."""
    copy = rdflib.Graph()
    copy += article
    return copy


def message_of(node_shape: URIRef, path: URIRef) -> str:
    """Return the sh:message of the property shape of `node_shape` that has `path`."""
    graph = shapes.shapes_graph()
    (shape,) = [p for p in graph.objects(node_shape, SH.property) if graph.value(p, SH.path) == path]
    return str(graph.value(shape, SH.message))


def replace(graph: rdflib.Graph, subject, predicate, new) -> rdflib.Graph:
    """Set `subject predicate` to the single value `new`, and return the graph."""
    graph.set((subject, predicate, new))
    return graph


def assert_violation(graph: rdflib.Graph, focus, path) -> None:
    """Assert that validation fails with a violation on `focus` at `path` that carries a message."""
    result = shapes.validate(graph)
    assert not result.conforms
    hits = [r for r in result.results if r.focus_node == focus and r.path == path]
    assert hits, f"no violation on {focus} {path}; got:\n{result.text}"
    assert all(r.severity == "Violation" and r.message for r in hits)


CONTAINER_PREDICATES = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.property, SH.sparql, SH.declare}


def constraint_nodes(graph: rdflib.Graph) -> list:
    """Return the shapes that hold constraints themselves: property shapes, SPARQL
    constraints, and node shapes with more than targets, sh:property and sh:sparql."""
    node_shapes = [
        shape for shape in graph.subjects(RDF.type, SH.NodeShape)
        if set(graph.predicates(shape)) - CONTAINER_PREDICATES - {SH.message}
    ]
    return node_shapes + list(graph.objects(None, SH.property)) + list(graph.objects(None, SH.sparql))


def bold_properties() -> set[URIRef]:
    """Return the properties the data model marks as required (bold)."""
    names = re.findall(r"\*\*`(\w+):(\w+)`\*\*", DATA_MODEL.read_text(encoding="utf-8"))
    return {PREFIXES[prefix][name] for prefix, name in names}


def data_model_properties() -> set[URIRef]:
    """Return every property named in the first column of the data model's property tables."""
    text = DATA_MODEL.read_text(encoding="utf-8").split("## Properties", 1)[1]
    rows = [line.split("|")[1] for line in text.splitlines() if line.startswith("| ")]
    names = {m for row in rows for m in re.findall(r"`(\w+):(\w+)`", row)}
    return {PREFIXES[prefix][name] for prefix, name in names}


# --- the shapes themselves --------------------------------------------------------------


def test_shapes_load_and_are_not_empty():
    graph = shapes.shapes_graph()
    assert len(list(graph.subjects(RDF.type, SH.NodeShape))) >= 15
    assert len(list(graph.objects(None, SH.property))) >= 50


def test_each_shape_file_matches_a_module_and_contributes_shapes():
    modules = {p.name for p in ontology.module_paths(alignments=False)} - {"khabar.ttl"}
    assert {p.name for p in shapes.shape_paths()} == modules
    for path in shapes.shape_paths():
        graph = rdflib.Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")
        assert list(graph.subjects(RDF.type, SH.NodeShape)), path.name


def test_every_shape_and_sparql_constraint_has_a_message():
    graph = shapes.shapes_graph()
    constraints = constraint_nodes(graph)
    assert len(constraints) > 60
    assert [c for c in constraints if graph.value(c, SH.message) is None] == []


def test_every_required_property_has_a_min_count():
    graph = shapes.shapes_graph()
    required = bold_properties()
    assert len(required) > 20
    constrained = {graph.value(s, SH.path) for s in graph.subjects(SH.minCount, None)}
    assert sorted(required - constrained) == []


def test_every_data_model_property_is_constrained_by_a_shape():
    graph = shapes.shapes_graph()
    paths = set(graph.objects(None, SH.path))
    expected = data_model_properties()
    assert len(expected) > 40
    assert sorted(expected - paths) == []


def test_shapes_graph_raises_when_no_shape_is_found(monkeypatch):
    monkeypatch.setattr(shapes, "shape_paths", lambda: [])
    with pytest.raises(FileNotFoundError):
        shapes.shapes_graph()


# --- the minimal article ---------------------------------------------------------------


def test_the_minimal_article_conforms(graph):
    result = shapes.validate(graph)
    assert result.conforms, result.text
    assert result.results == []


def test_explicit_xsd_string_literals_still_conform(graph):
    replace(graph, QUANTITY, KH.approximation, Literal("vague", datatype=XSD.string))
    replace(graph, RESOLVED_TIME, KH.resolution, Literal("resolved", datatype=XSD.string))
    assert shapes.validate(graph).conforms


def test_validate_takes_one_article_graph_not_a_dataset():
    with pytest.raises(TypeError):
        shapes.validate(rdflib.Dataset())


def test_sparql_constraints_are_parsed_once_per_process(graph):
    shapes.validate(graph)
    parsed = shapes._prepared.cache_info().currsize
    shapes.validate(graph)
    sparql = len(list(shapes.shapes_graph().objects(None, SH.sparql)))
    assert shapes._prepared.cache_info().currsize == parsed <= sparql


def test_subclass_instances_are_caught_by_class_targets(graph):
    # operation/1 is typed kh:Entry only; the Operation shape reaches it through the
    # ontology's kh:Entry ⊑ kh:GroundOffensive ⊑ kh:Operation, mixed in by pySHACL.
    assert set(graph.objects(OPERATION, RDF.type)) == {KH.Entry}
    graph.remove((OPERATION, KH.place, None))
    result = shapes.validate(graph)
    hits = [r for r in result.results if r.focus_node == OPERATION and r.path == KH.place]
    assert [r.message for r in hits] == [message_of(OPERATION_SHAPE, KH.place)]
    without_ontology = pyshacl.validate(graph, shacl_graph=shapes.shapes_graph(), advanced=True)
    assert "kh:place" not in without_ontology[2] and str(KH.place) not in without_ontology[2]


# --- one break, one violation on the right node and path ---------------------------------


def test_operation_without_place(graph):
    graph.remove((OPERATION, KH.place, None))
    assert_violation(graph, OPERATION, KH.place)


def test_operation_place_that_is_not_a_location(graph):
    replace(graph, OPERATION, KH.place, AFP)
    assert_violation(graph, OPERATION, KH.place)


def test_start_as_a_string(graph):
    replace(graph, MENTION, KH.start, Literal("15"))
    assert_violation(graph, MENTION, KH.start)


def test_start_not_before_end(graph):
    replace(graph, MENTION, KH.start, Literal(19))
    assert_violation(graph, MENTION, KH.start)


def test_negative_start(graph):
    replace(graph, MENTION, KH.start, Literal(-1))
    assert_violation(graph, MENTION, KH.start)


def test_start_with_a_derived_integer_type_that_the_store_would_change(graph):
    replace(graph, MENTION, KH.start, Literal(15, datatype=XSD.nonNegativeInteger))
    assert_violation(graph, MENTION, KH.start)


def test_sentence_index_zero(graph):
    replace(graph, URIRef(ARTICLE + "/sentence/1"), KH["index"], Literal(0))
    assert_violation(graph, URIRef(ARTICLE + "/sentence/1"), KH["index"])


def test_exact_text_that_is_not_the_text_at_the_offsets(graph):
    replace(graph, MENTION, KH.exactText, Literal("دخل"))
    assert_violation(graph, MENTION, KH.exactText)


def test_mention_outside_its_sentence(graph):
    replace(graph, MENTION, KH.inSentence, URIRef(ARTICLE + "/sentence/2"))
    assert_violation(graph, MENTION, KH.inSentence)


def test_claim_without_its_mention(graph):
    graph.remove((AFP_CLAIM, KH.hasMention, None))
    assert_violation(graph, AFP_CLAIM, KH.hasMention)


def test_has_mention_pointing_at_something_that_is_not_a_mention(graph):
    replace(graph, SOURCE_CLAIM, KH.hasMention, URIRef(ARTICLE + "/sentence/3"))
    assert_violation(graph, SOURCE_CLAIM, KH.hasMention)


def test_claim_without_attribution(graph):
    graph.remove((SOURCE_CLAIM, KH.attributedTo, None))
    assert_violation(graph, SOURCE_CLAIM, KH.attributedTo)


def test_claim_attributed_to_a_place(graph):
    replace(graph, SOURCE_CLAIM, KH.attributedTo, MAYADIN)
    assert_violation(graph, SOURCE_CLAIM, KH.attributedTo)


def test_relaying_claim_that_carries_the_content(graph):
    graph.add((AFP_CLAIM, KH.content, Literal("دخول الجيش إلى الميادين", lang="ar")))
    assert_violation(graph, AFP_CLAIM, KH.content)


def test_label_without_language_tag(graph):
    graph.remove((MAYADIN, RDFS.label, None))
    graph.add((MAYADIN, RDFS.label, Literal("Mayadin")))
    assert_violation(graph, MAYADIN, RDFS.label)


def test_instance_without_label(graph):
    graph.remove((QUANTITY, RDFS.label, None))
    assert_violation(graph, QUANTITY, RDFS.label)


@pytest.mark.parametrize(
    "target",
    [
        URIRef("https://www.wikidata.org/wiki/Q40464"),
        URIRef("http://dbpedia.org/resource/Agence_France-Presse"),
        Literal("Q40464"),
    ],
    ids=["wikidata-page", "dbpedia", "string"],
)
def test_exact_match_that_is_not_a_wikidata_entity(graph, target):
    replace(graph, AFP, SKOS.exactMatch, target)
    assert_violation(graph, AFP, SKOS.exactMatch)


def test_latitude_as_a_float(graph):
    replace(graph, MAYADIN, GEO.lat, Literal(35.01667))
    assert_violation(graph, MAYADIN, GEO.lat)


def test_latitude_without_longitude(graph):
    graph.remove((MAYADIN, GEO.long, None))
    assert_violation(graph, MAYADIN, GEO.long)


def test_part_of_loop(graph):
    graph.add((MAYADIN, KH.partOf, NEIGHBOURHOOD))
    assert_violation(graph, MAYADIN, KH.partOf)


def test_unresolved_time_marked_resolved_without_dates(graph):
    replace(graph, UNRESOLVED_TIME, KH.resolution, Literal("resolved"))
    assert_violation(graph, UNRESOLVED_TIME, KH.resolvedStart)
    assert_violation(graph, UNRESOLVED_TIME, KH.resolvedEnd)


def test_resolved_time_missing_its_end(graph):
    graph.remove((RESOLVED_TIME, KH.resolvedEnd, None))
    assert_violation(graph, RESOLVED_TIME, KH.resolvedEnd)


def test_unresolved_time_with_dates(graph):
    graph.add((UNRESOLVED_TIME, KH.resolvedStart, Literal("2017-10-01", datatype=XSD.date)))
    assert_violation(graph, UNRESOLVED_TIME, KH.resolvedStart)


def test_resolved_date_as_a_string(graph):
    replace(graph, RESOLVED_TIME, KH.resolvedStart, Literal("2017-10-06"))
    assert_violation(graph, RESOLVED_TIME, KH.resolvedStart)


@pytest.mark.parametrize(
    ("focus", "path", "value"),
    [
        (QUANTITY, KH.approximation, Literal("roughly")),
        (RESOLVED_TIME, KH.resolution, Literal("partly")),
        (QUANTITY, KH.quantityKind, KH.Distance + "s"),
        (NEIGHBOURHOOD, KH.direction, Literal("West")),
        (ARTICLE, SCHEMA.inLanguage, Literal("fr")),
    ],
    ids=["approximation", "resolution", "quantity-kind", "direction", "language"],
)
def test_value_outside_its_closed_list(graph, focus, path, value):
    if path == KH.direction:
        graph.add((NEIGHBOURHOOD, KH.near, MAYADIN))
    replace(graph, focus, path, value)
    assert_violation(graph, focus, path)


def test_quantity_without_bounds(graph):
    graph.remove((QUANTITY, KH.minValue, None))
    graph.remove((QUANTITY, KH.maxValue, None))
    result = shapes.validate(graph)
    assert any(r.focus_node == QUANTITY and "kh:minValue" in r.message for r in result.results), result.text


def test_content_hash_of_other_text(graph):
    replace(graph, ARTICLE, KH.contentHash, Literal("sha256:" + "0" * 64))
    assert_violation(graph, ARTICLE, KH.contentHash)


def test_article_without_news_article_type(graph):
    graph.remove((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    assert_violation(graph, ARTICLE, RDF.type)


def test_run_that_used_another_article(graph):
    replace(graph, RUN, PROV.used, URIRef(ARTICLE + "-other"))
    assert_violation(graph, RUN, PROV.used)


def test_humanitarian_statement_by_a_news_agency(graph):
    graph.add((AFP_CLAIM, RDF.type, KH.Condemnation))
    assert_violation(graph, AFP_CLAIM, KH.attributedTo)
