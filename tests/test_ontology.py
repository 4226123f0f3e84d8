"""Tests for ontology/: it parses, matches docs/data-model.md term by term, and HermiT finds it consistent."""

import re
import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib.collection import Collection
from rdflib import OWL, RDF, RDFS, SKOS, Literal, URIRef

ROOT = Path(__file__).resolve().parents[1]

import ontology
from ontology import KH, ONTOLOGY_IRI

DATA_MODEL = ROOT / "docs" / "data-model.md"
MINIMAL_ARTICLE = ROOT / "tests" / "data" / "minimal-article.trig"
ARTICLE = URIRef("https://w3id.org/khabar/resource/article/test-1")

MODULES = {"core", "actors", "locations", "operations", "humanitarian", "provenance"}
ALIGNMENTS = {"prov", "sem", "schema", "wikidata", "geo", "event-codes"}
TOP_CLASSES = ("Actor", "Operation", "Location", "HumanitarianStatement")
TERM_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)
DATATYPES_OUTSIDE_OWL2 = {rdflib.XSD.date}  # HermiT rejects them; their range lives in the shapes

# Each QID in alignments/wikidata.ttl with the English label it was checked against
# (see ontology/README.md for where). A new QID must be checked and added here.
VERIFIED_QIDS = {
    "Q5707594": "news article",
    "Q47459": "armed forces",
    "Q17149090": "armed organization",
    "Q1127126": "military alliance",
    "Q7188": "government",
    "Q192283": "news agency",
    "Q47913": "intelligence agency",
    "Q6256": "country",
    "Q10864048": "first-level administrative country subdivision",
    "Q149621": "district",
    "Q7930989": "city or town",
    "Q123705": "neighborhood",
    "Q2319498": "landmark",
    "Q4022": "river",
    "Q34442": "road",
    "Q645883": "military operation",
    "Q2001676": "military offensive",
    "Q2380335": "airstrike",
    "Q178561": "battle",
}

requires_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs java on PATH")


# --- helpers ---------------------------------------------------------------------------


def data_model_rows() -> list[tuple[str, list[str]]]:
    """Return (section heading, cells) for every body row of every table in the data model."""
    rows, section = [], ""
    for line in DATA_MODEL.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            section = line.lstrip("#").strip()
        elif line.startswith("|") and not re.match(r"^\|[-| ]+\|$", line):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            if cells[0] not in {"class", "property", "prefix", "resource"}:
                rows.append((section, cells))
    return rows


def kh_tokens(text: str) -> list[URIRef]:
    """Return the kh: terms named in a piece of markdown, in order."""
    return [KH[name] for name in re.findall(r"\bkh:([A-Za-z]+)", text)]


def class_rows() -> list[list[str]]:
    """Return the rows of the data model's class table."""
    return [cells for section, cells in data_model_rows() if section == "Classes"]


def property_rows() -> list[list[str]]:
    """Return the rows of the data model's property tables."""
    sections = {"Properties", "Article", "Extraction run", "Text spans", "Any instance", "Actor", "Location",
                "Operation", "Claim", "Quantity", "TimeExpression"}
    return [cells for section, cells in data_model_rows() if section.split(" (")[0] in sections]


def declared_terms(graph: rdflib.Graph) -> set[URIRef]:
    """Return the kh: classes, properties and individuals the graph declares."""
    return {s for t in TERM_TYPES for s in graph.subjects(RDF.type, t) if str(s).startswith(str(KH))}


def module_iri(path) -> URIRef:
    """Return the ontology IRI a module or alignment file must declare."""
    stem = path.name.removesuffix(".ttl")
    if stem == "khabar":
        return URIRef(ONTOLOGY_IRI)
    folder = "alignments/" if path.parent.name == "alignments" else ""
    return URIRef(f"{ONTOLOGY_IRI}/{folder}{stem}")


def parse(path) -> rdflib.Graph:
    """Parse one Turtle file of the ontology package."""
    return rdflib.Graph().parse(data=path.read_text(encoding="utf-8"), format="turtle")


def article_graph() -> rdflib.Graph:
    """Return the minimal article's named graph as a plain graph."""
    dataset = rdflib.Dataset().parse(MINIMAL_ARTICLE, format="trig")
    graph = rdflib.Graph()
    graph += dataset.graph(ARTICLE)
    return graph


def union_list(graph: rdflib.Graph, node) -> set:
    """Return the members of an owl:unionOf class expression."""
    return set(Collection(graph, graph.value(node, OWL.unionOf)))


@pytest.fixture(scope="module")
def graph() -> rdflib.Graph:
    """The whole ontology with its alignments."""
    return ontology.ontology_graph()


# --- files and modules -----------------------------------------------------------------


def test_every_module_and_alignment_file_is_found_and_not_empty():
    paths = ontology.module_paths()
    stems = {p.name.removesuffix(".ttl") for p in paths if p.parent.name != "alignments"}
    alignment_stems = {p.name.removesuffix(".ttl") for p in paths if p.parent.name == "alignments"}
    assert stems == MODULES | {"khabar"}
    assert alignment_stems == ALIGNMENTS
    for path in paths:
        assert len(parse(path)) > 5, path.name


def test_module_paths_can_leave_out_the_alignments():
    assert all(p.parent.name != "alignments" for p in ontology.module_paths(alignments=False))


def test_each_file_declares_its_own_ontology_iri():
    for path in ontology.module_paths():
        assert set(parse(path).subjects(RDF.type, OWL.Ontology)) == {module_iri(path)}, path.name


def test_the_aggregator_only_imports_the_modules():
    path = next(p for p in ontology.module_paths() if p.name == "khabar.ttl")
    aggregator = parse(path)
    imports = set(aggregator.objects(URIRef(ONTOLOGY_IRI), OWL.imports))
    assert imports == {URIRef(f"{ONTOLOGY_IRI}/{stem}") for stem in MODULES}
    assert set(aggregator.subjects()) == {URIRef(ONTOLOGY_IRI)}


def test_alignments_stay_out_of_the_modules():
    foreign = ("http://www.wikidata.org/", "http://semanticweb.cs.vu.nl/", "https://schema.org/")
    for path in ontology.module_paths(alignments=False):
        terms = {str(term) for triple in parse(path) for term in triple}
        assert not [t for t in terms if t.startswith(foreign)], path.name


def test_alignment_files_declare_no_khabar_terms():
    for path in ontology.module_paths():
        if path.parent.name == "alignments":
            assert not declared_terms(parse(path)), path.name


def test_terms_are_defined_by_the_module_that_declares_them():
    for path in ontology.module_paths(alignments=False):
        module = parse(path)
        for term in declared_terms(module):
            assert module.value(term, RDFS.isDefinedBy) == module_iri(path), term


# --- the ontology against docs/data-model.md -------------------------------------------


def test_every_kh_term_of_the_data_model_is_declared(graph):
    named = set(kh_tokens(DATA_MODEL.read_text(encoding="utf-8")))
    assert named, "no kh: term found in docs/data-model.md"
    assert sorted(named - declared_terms(graph)) == []


def test_every_declared_kh_term_is_in_the_data_model(graph):
    named = set(kh_tokens(DATA_MODEL.read_text(encoding="utf-8")))
    assert sorted(declared_terms(graph) - named) == []


def test_class_hierarchy_matches_the_data_model(graph):
    rows = class_rows()
    assert len(rows) > 20
    for cells in rows:
        expected = set(kh_tokens(cells[1]))
        for cls in kh_tokens(cells[0]):
            assert (cls, RDF.type, OWL.Class) in graph, cls
            found = {o for o in graph.objects(cls, RDFS.subClassOf) if str(o).startswith(str(KH))}
            assert found == expected, cls


def test_quantity_kinds_are_the_individuals_the_data_model_lists(graph):
    row = next(cells for cells in class_rows() if kh_tokens(cells[0]) == [KH.QuantityKind])
    kinds = set(kh_tokens(row[2]))
    assert len(kinds) == 7
    assert kinds == set(graph.subjects(RDF.type, KH.QuantityKind))
    assert all((kind, RDF.type, OWL.NamedIndividual) in graph for kind in kinds)
    assert (KH.QuantityKind, RDFS.subClassOf, SKOS.Concept) in graph


def test_property_kinds_and_ranges_match_the_data_model(graph):
    classes = set(graph.subjects(RDF.type, OWL.Class))
    rows = [cells for cells in property_rows() if kh_tokens(cells[0])]
    assert len(rows) > 30
    for cells in rows:
        datatype = re.match(r"`(xsd:\w+|rdf:langString)`", cells[1])
        range_classes = {t for t in kh_tokens(cells[1]) if t in classes}
        for prop in kh_tokens(cells[0]):
            declared_range = set(graph.objects(prop, RDFS.range))
            if datatype:
                assert (prop, RDF.type, OWL.DatatypeProperty) in graph, prop
                expected = rdflib.Graph().namespace_manager.expand_curie(datatype.group(1))
                assert declared_range == (set() if expected in DATATYPES_OUTSIDE_OWL2 else {expected}), prop
            else:
                assert (prop, RDF.type, OWL.ObjectProperty) in graph, prop
                (declared,) = declared_range
                found = union_list(graph, declared) if isinstance(declared, rdflib.BNode) else {declared}
                assert found == range_classes, prop


def test_single_valued_properties_are_functional(graph):
    for cells in property_rows():
        if cells[-1] in {"1", "0..1"} or cells[-1].startswith(("1 ", "0..1 ")):
            for prop in kh_tokens(cells[0]):
                assert (prop, RDF.type, OWL.FunctionalProperty) in graph, prop


def test_every_term_has_english_and_arabic_labels_and_a_definition(graph):
    terms = declared_terms(graph)
    assert len(terms) > 80
    for term in terms:
        languages = {label.language for label in graph.objects(term, RDFS.label)}
        assert {"en", "ar"} <= languages, term
        definitions = list(graph.objects(term, SKOS.definition))
        assert [d.language for d in definitions] == ["en"], term


def test_top_classes_have_their_exact_names(graph):
    for name in TOP_CLASSES:
        assert (KH[name], RDF.type, OWL.Class) in graph
    for name in ("Actor", "Operation", "Location"):
        assert not [c for c in graph.objects(KH[name], RDFS.subClassOf) if str(c).startswith(str(KH))], name


def test_top_level_kinds_are_pairwise_disjoint(graph):
    disjoint = set()
    for axiom in graph.subjects(RDF.type, OWL.AllDisjointClasses):
        disjoint |= set(Collection(graph, graph.value(axiom, OWL.members)))
    assert {KH.Actor, KH.Location, KH.Operation, KH.Claim, KH.TextSpan, KH.Article} <= disjoint


def test_part_of_is_transitive(graph):
    assert (KH.partOf, RDF.type, OWL.TransitiveProperty) in graph


def test_has_mention_has_no_domain_because_every_kind_of_instance_uses_it(graph):
    assert graph.value(KH.hasMention, RDFS.domain) is None
    assert graph.value(KH.hasMention, RDFS.range) == KH.Mention


def test_about_and_concerns_range_over_operations_actors_and_places(graph):
    for prop in (KH.about, KH.concerns):
        assert union_list(graph, graph.value(prop, RDFS.range)) == {KH.Operation, KH.Actor, KH.Location}
    assert union_list(graph, graph.value(KH.time, RDFS.domain)) == {KH.Operation, KH.Claim}


def test_wikidata_alignment_uses_only_verified_qids(graph):
    wikidata = "http://www.wikidata.org/entity/"
    qids = {str(o).removeprefix(wikidata) for o in graph.objects() if str(o).startswith(wikidata)}
    assert qids == set(VERIFIED_QIDS)
    assert not [o for o in graph.objects(None, OWL.equivalentClass) if str(o).startswith(wikidata)]


# --- owlready2 and HermiT --------------------------------------------------------------


def test_to_rdfxml_keeps_everything_but_the_imports(graph, tmp_path):
    path = ontology.to_rdfxml(graph, tmp_path / "khabar.owl")
    back = rdflib.Graph().parse(path, format="xml")
    assert len(back) == len(graph) - len(list(graph.triples((None, OWL.imports, None))))
    assert not list(back.triples((None, OWL.imports, None)))


def test_owlready2_loads_the_ontology():
    world = ontology.load_owlready().world
    for name in TOP_CLASSES + ("Claim", "Mention", "Entry"):
        assert world[str(KH[name])] is not None, name
    assert world[str(KH.Entry)].is_a == [world[str(KH.GroundOffensive)]]


@requires_java
def test_hermit_finds_the_ontology_consistent():
    import owlready2

    world = ontology.load_owlready().world
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []


@requires_java
@pytest.mark.parametrize(("actor_class", "location_class"), [(KH.Actor, KH.Location), (KH.Government, KH.Country)])
def test_hermit_reports_an_individual_that_is_both_actor_and_location(actor_class, location_class):
    import owlready2

    both = ontology.ontology_graph()
    thing = URIRef("https://w3id.org/khabar/resource/actor/syria")
    both.add((thing, RDF.type, actor_class))
    both.add((thing, RDF.type, location_class))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner(ontology.load_owlready(both).world, infer_property_values=False, debug=0)


def hermit_graph_with_article(extra: list[tuple] = ()) -> rdflib.Graph:
    """Return the ontology plus the minimal article (minus xsd:date literals, which HermiT rejects)."""
    graph = ontology.ontology_graph()
    for s, p, o in article_graph():
        if not (isinstance(o, Literal) and o.datatype in DATATYPES_OUTSIDE_OWL2):
            graph.add((s, p, o))
    for triple in extra:
        graph.add(triple)
    return graph


@requires_java
def test_hermit_finds_the_minimal_article_consistent_with_the_ontology():
    import owlready2

    world = ontology.load_owlready(hermit_graph_with_article()).world
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    assert list(world.inconsistent_classes()) == []


@requires_java
@pytest.mark.parametrize(
    "extra",
    [
        [(ARTICLE + "/operation/1", RDF.type, KH.Claim)],
        [(ARTICLE + "/mention/15-19", RDF.type, KH.Sentence)],
        [(ARTICLE + "/time/1", KH.resolution, Literal("unresolved"))],
    ],
    ids=["operation-is-a-claim", "mention-is-a-sentence", "two-resolutions"],
)
def test_hermit_rejects_article_data_that_breaks_an_axiom(extra):
    import owlready2

    world = ontology.load_owlready(hermit_graph_with_article(extra)).world
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
