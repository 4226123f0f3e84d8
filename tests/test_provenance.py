"""Attribution chains as PROV-O, source kinds, and the derived disagreement / corroboration graph."""

from __future__ import annotations

import doctest

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef

import kg.provenance
from kg.disagreement import PROVENANCE_GRAPH, Figure, disagreement_graph, normalise
from kg.graph import KH
from kg.provenance import SOURCE_KINDS, add_provenance, source_kind
from provenance_fixtures import ARTICLE, SEED, build_enriched

PROV = Namespace("http://www.w3.org/ns/prov#")
ACTOR = "https://w3id.org/khabar/resource/actor/"


def claims(graph: Graph) -> list:
    return sorted(set(graph.subjects(KH.attributedTo, None)))


def innermost(graph: Graph, claim):
    while graph.value(claim, KH.relays) is not None:
        claim = graph.value(claim, KH.relays)
    return claim


# --- source kinds -------------------------------------------------------------------------


def test_source_kind_doctests():
    assert doctest.testmod(kg.provenance).failed == 0


@pytest.mark.parametrize(("classes", "tied", "labels", "kind"), [
    ({"NewsAgency"}, [{"Government"}], (), "StateMediaSource"),
    ({"MediaOrganisation"}, [{"Militia"}], (), "PartyMediaSource"),
    ({"NewsAgency"}, [], (), "IndependentMediaSource"),
    ({"MonitoringGroup"}, [], (), "MonitorSource"),
    ({"UNBody"}, [{"UNBody"}], (), "HumanitarianSource"),
    ({"HumanitarianOrganisation"}, [], (), "HumanitarianSource"),
    ({"Government"}, [], (), "OfficialSource"),
    ({"ArmedGroup"}, [], (), "ArmedGroupSource"),
    ({"AnonymousSource"}, [{"StateForce"}], (), "AnonymousOfficialSource"),
    ({"AnonymousSource"}, [], ("two US officials",), "AnonymousOfficialSource"),
    ({"AnonymousSource"}, [], ("تقارير متطابقة",), "UnnamedSource"),
    ({"Civilians"}, [], (), "CivilianSource"),
    ({"Location"}, [], (), None),
])
def test_source_kind_from_class_and_affiliation(classes, tied, labels, kind):
    assert source_kind(classes, tied, labels) == kind


def test_every_source_kind_is_declared_in_the_ontology():
    import ontology

    graph = ontology.ontology_graph()
    assert {str(s) for s in graph.subjects(RDF.type, KH.SourceKind)} == {str(KH[k]) for k in SOURCE_KINDS}


# --- the seed graph -------------------------------------------------------------------------


def test_every_claim_has_one_qualified_attribution_with_its_role(seed_graph):
    found = claims(seed_graph)
    assert len(found) > 10
    for claim in found:
        (node,) = seed_graph.objects(claim, PROV.qualifiedAttribution)
        assert node == URIRef(f"{claim}/attribution")
        assert (node, RDF.type, PROV.Attribution) in seed_graph
        assert seed_graph.value(node, PROV.agent) == seed_graph.value(claim, KH.attributedTo)
        assert seed_graph.value(claim, PROV.wasAttributedTo) == seed_graph.value(claim, KH.attributedTo)
        relays = seed_graph.value(claim, KH.relays)
        role = KH.RelayRole if relays is not None else KH.OriginalSourceRole
        assert seed_graph.value(node, PROV.hadRole) == role
        # The hop is grounded in the claim's own mention, hence in its sentence.
        assert seed_graph.value(node, KH.hasMention) in set(seed_graph.objects(claim, KH.hasMention))


def test_relaying_claims_are_quoted_from_the_claim_they_pass_on(seed_graph):
    relaying = [c for c in claims(seed_graph) if seed_graph.value(c, KH.relays) is not None]
    assert len(relaying) >= 4
    for claim in relaying:
        assert seed_graph.value(claim, PROV.wasQuotedFrom) == seed_graph.value(claim, KH.relays)
        assert seed_graph.value(claim, PROV.hadPrimarySource) == innermost(seed_graph, claim)
    for claim in set(claims(seed_graph)) - set(relaying):
        assert seed_graph.value(claim, PROV.wasQuotedFrom) is None


@pytest.mark.parametrize(("actor", "kind"), [
    ("reuters", "IndependentMediaSource"), ("afp", "IndependentMediaSource"),
    ("hezbollah-war-media", "PartyMediaSource"), ("icrc", "HumanitarianSource"),
    ("ocha", "HumanitarianSource"), ("isis", "ArmedGroupSource"),
])
def test_seed_sources_have_their_kind(seed_graph, actor, kind):
    assert seed_graph.value(URIRef(ACTOR + actor), KH.sourceKind) == KH[kind]


def test_the_unnamed_military_source_is_an_anonymous_official(seed_graph):
    speakers = {seed_graph.value(c, KH.attributedTo) for c in claims(seed_graph)}
    military = [a for a in speakers if any("عسكري" in str(label) for label in seed_graph.objects(a, RDFS.label))]
    assert military
    assert all(seed_graph.value(a, KH.sourceKind) == KH.AnonymousOfficialSource for a in military)


def test_the_seed_graph_with_provenance_conforms_to_the_shapes(seed_graph):
    import shapes

    result = shapes.validate(seed_graph)
    assert result.conforms, result.text


def test_a_publisher_gets_its_attribution_and_kind():
    graph = Graph()
    article = URIRef(ARTICLE + "x")
    sana = URIRef(ACTOR + "sana")
    graph.add((article, URIRef("https://schema.org/publisher"), sana))
    graph.add((sana, RDF.type, KH.NewsAgency))
    add_provenance(graph, article)
    node = graph.value(article, PROV.qualifiedAttribution)
    assert graph.value(node, PROV.agent) == sana and graph.value(node, PROV.hadRole) == KH.PublisherRole
    assert graph.value(article, PROV.wasAttributedTo) == sana
    # SANA's affiliation to the Syrian government comes from the gazetteer.
    assert graph.value(sana, KH.sourceKind) == KH.StateMediaSource


@pytest.mark.parametrize(("triple", "message"), [
    ((URIRef(SEED + "/claim/8/attribution"), PROV.agent, URIRef(ACTOR + "afp")), "repeat the claim"),
    ((URIRef(ACTOR + "afp"), KH.sourceKind, KH.Killed), "kh:sourceKind"),
    ((URIRef(SEED + "/claim/8/attribution"), PROV.hadRole, KH.PublisherRole), "prov:hadRole"),
])
def test_shapes_catch_a_broken_attribution(seed_graph, triple, message):
    import shapes

    graph = Graph()
    graph += seed_graph
    graph.add(triple)
    result = shapes.validate(graph)
    assert not result.conforms
    assert any(message in r.message for r in result.results)


# --- disagreement, corroboration, first appearance -----------------------------------------


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_enriched(tmp_path_factory.mktemp("provenance") / "store")


def derived(store) -> Graph:
    import pyoxigraph as ox

    data = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(PROVENANCE_GRAPH))
    return Graph().parse(data=data.decode("utf-8"), format="nt")


def claim_of(store, article: str, source: str) -> URIRef:
    (row,) = list(store.query(f"SELECT ?c WHERE {{ GRAPH <{ARTICLE}{article}> {{ ?c <{KH}attributedTo> "
                              f"<{ACTOR}{source}> ; <{KH}statesQuantity> ?q }} }}"))
    return URIRef(row["c"].value)


def test_the_monitor_and_state_media_tolls_are_one_disagreement(store):
    graph = derived(store)
    (record,) = graph.subjects(RDF.type, KH.Disagreement)
    assert graph.value(record, KH.figureKind) == KH.Killed
    competing = set(graph.objects(record, KH.competingClaim))
    expected = {claim_of(store, a, s) for a, s in (("prov-sohr-en", "sohr"), ("prov-sohr-ar", "sohr"),
                                                   ("prov-sana-en", "sana"), ("prov-sana-ar", "sana"))}
    assert competing == expected
    assert len(set(graph.objects(record, KH.aboutEvent))) >= 4
    assert str(record).startswith("https://w3id.org/khabar/resource/disagreement/")


def test_repeating_a_figure_is_not_corroboration_but_its_first_appearance(store):
    graph = derived(store)
    sohr_en, sohr_ar = claim_of(store, "prov-sohr-en", "sohr"), claim_of(store, "prov-sohr-ar", "sohr")
    assert graph.value(sohr_en, KH.corroborationCount) == Literal(0)
    assert graph.value(sohr_ar, KH.corroborationCount) == Literal(0)
    assert graph.value(sohr_ar, KH.firstAppearance) == sohr_en
    assert graph.value(sohr_en, KH.firstAppearance) == sohr_en
    sana_ar = claim_of(store, "prov-sana-ar", "sana")
    assert graph.value(sana_ar, KH.firstAppearance) == claim_of(store, "prov-sana-en", "sana")


def test_the_seed_claims_are_their_own_first_appearance(store):
    graph = derived(store)
    seed_claims = [c for c in graph.subjects(KH.firstAppearance, None) if str(c).startswith(SEED)]
    assert len(seed_claims) >= 8
    assert all(graph.value(c, KH.firstAppearance) == c for c in seed_claims)


def test_the_derived_graph_conforms_to_the_shapes(store):
    import shapes

    result = shapes.validate(derived(store))
    assert result.conforms, result.text


def test_without_event_links_separate_operations_do_not_disagree(tmp_path):
    from provenance_fixtures import PROVENANCE_DIR

    store = build_enriched(tmp_path / "store", inputs=[PROVENANCE_DIR], link=False)
    assert not list(derived(store).subjects(RDF.type, KH.Disagreement))


def figure(claim: str, source: str, low: float, high: float, op: str = "op1") -> Figure:
    return Figure("a", claim, source, str(KH.Killed), low, high, op, "2017-10-10")


def test_overlapping_intervals_corroborate_and_disjoint_ones_compete():
    figures = [figure("c1", "sohr", 30, 40), figure("c2", "un", 35, 35), figure("c3", "sana", 4, 4),
               figure("c4", "sana", 3, 5)]
    graph = disagreement_graph(figures, {"op1": "op1"})
    assert graph.value(URIRef("c1"), KH.corroborationCount) == Literal(1)
    assert graph.value(URIRef("c3"), KH.corroborationCount) == Literal(0)  # same source: not corroboration
    (record,) = graph.subjects(RDF.type, KH.Disagreement)
    assert set(graph.objects(record, KH.competingClaim)) == {URIRef(c) for c in ("c1", "c2", "c3", "c4")}


def test_quotations_are_compared_after_folding():
    assert normalise("«قال» المرصد: 35 قتيلاً!") == normalise("قال المرصد 35 قتيلا")


def test_deriving_again_ignores_the_graph_it_replaces(tmp_path):
    """The derived graph is replaced in one update, so the queries must not read the old one: a stale
    claim left in it changes nothing and is gone afterwards."""
    from kg.disagreement import derive

    store = build_enriched(tmp_path / "store")
    before = set(derived(store))
    store.update(f"INSERT DATA {{ GRAPH <{PROVENANCE_GRAPH}> {{ <{ARTICLE}stale/claim/1> <{KH}content> \"stale\" ; "
                 f"<{KH}attributedTo> <{ACTOR}sohr> }} }}")
    derive(store)
    assert set(derived(store)) == before
