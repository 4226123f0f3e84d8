"""The query library (server/queries/10-19): each query runs and answers what its description says,
on the seed plus the synthetic provenance articles, on the bare seed, and on the development set."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance_fixtures import ARTICLE, SEED, build_enriched

REPO = Path(__file__).resolve().parent.parent
LIBRARY = sorted(p for p in (REPO / "server" / "queries").glob("1[0-9]-*.rq"))
DEVSET = REPO / "devset" / "articles.jsonl"


def test_the_library_is_there_and_documented():
    from server.examples import read_example

    assert len(LIBRARY) >= 8
    for path in LIBRARY:
        example = read_example(path)
        assert len(example.description) > 80, path.name


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_enriched(tmp_path_factory.mktemp("queries") / "store")


def run(store, stem: str) -> list[dict]:
    """Rows of the library query whose file name starts with stem, as {variable: text}."""
    (path,) = [p for p in LIBRARY if p.name.startswith(stem)]
    result = store.query(path.read_text(encoding="utf-8"), use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    return [{n: (row[n].value if row[n] is not None else None) for n in names} for row in result]


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.stem)
def test_each_library_query_returns_rows(store, path):
    assert run(store, path.name[:3]), path.name


def test_10_attribution_chains(store):
    rows = run(store, "10-")
    hezbollah = [r for r in rows if r["source"] == "Hezbollah war media unit"]
    assert hezbollah and hezbollah[0]["relayedBy"] == "Reuters"
    assert hezbollah[0]["sourceKind"] == "PartyMediaSource" and hezbollah[0]["said"].startswith("القوات باتت")
    sohr = next(r for r in rows if r["article"] == ARTICLE + "prov-sohr-en")
    assert (sohr["sourceKind"], sohr["publisher"], sohr["sentenceNumber"]) == ("MonitorSource", "Reuters", "2")


def test_11_claims_by_source_kind(store):
    kinds = {r["sourceKind"]: r for r in run(store, "11-")}
    assert int(kinds["StateMediaSource"]["claims"]) == 2 and int(kinds["MonitorSource"]["articles"]) == 2
    assert int(kinds["PartyMediaSource"]["viaRelay"]) == 1
    assert {"HumanitarianSource", "AnonymousOfficialSource"} <= set(kinds)


def test_12_first_appearance(store):
    rows = {r["first"]: r for r in run(store, "12-")}
    sana = next(r for r in rows.values() if r["firstArticle"] == ARTICLE + "prov-sana-en")
    assert (sana["firstPublished"], sana["articles"]) == ("2017-10-11", "2")
    assert ARTICLE + "prov-sana-ar" in sana["reportedIn"]


def test_13_disagreeing_tolls(store):
    rows = run(store, "13-")
    assert len({r["disagreement"] for r in rows}) == 1
    figures = {(r["source"], r["minValue"], r["sourceKind"]) for r in rows}
    assert ("Syrian Observatory for Human Rights", "35", "MonitorSource") in figures
    assert ("Syrian Arab News Agency", "4", "StateMediaSource") in figures
    assert all(r["kind"] == "Killed" and "Mayadin" in r["place"] for r in rows)


def test_14_humanitarian_statements_about_a_place(store):
    rows = run(store, "14-")
    assert any(r["organisation"].startswith("UN Office for the Coordination") and "Mayadin" in r["places"]
               for r in rows)
    assert all(r["article"] == SEED for r in rows)


def test_15_operations_by_actor_over_time(store):
    rows = {(r["day"], r["actor"]): r for r in run(store, "15-")}
    assert int(rows[("2017-10-09", "Syrian Arab Army")]["operations"]) >= 2
    assert "Shelling" in rows[("2017-10-09", "Syrian Arab Army")]["types"]
    assert any(day == "undated" for day, _ in rows)  # the seed has no publication date


def test_16_operations_through_wikidata_p131(store):
    rows = run(store, "16-")
    mayadin = [r for r in rows if r["item"] == "http://www.wikidata.org/entity/Q310895"]
    assert mayadin and mayadin[0]["coordinates"].startswith("Point(40.45")
    assert {r["article"] for r in mayadin} >= {SEED, ARTICLE + "prov-sohr-en"}


def test_17_wikidata_view(store):
    rows = run(store, "17-")
    facts = {(r["property"].rsplit("/", 1)[-1], r["value"].rsplit("/", 1)[-1]) for r in rows}
    assert {("P276", "Q310895"), ("P1120", "35"), ("P1120", "4"), ("P585", "2017-10-09")} <= facts
    deaths = [r for r in rows if r["property"].endswith("P1120")]
    assert all(r["quotation"] and r["referenceURL"].startswith("https://example.org/") for r in deaths)


def test_library_runs_on_a_bare_seed_store(tmp_path):
    """Before `khabar enrich`: every query still runs (derived answers are simply absent)."""
    from kg.build import build
    import pyoxigraph as ox

    from provenance_fixtures import CLOCK, SEED_DIR

    assert build([SEED_DIR], tmp_path / "store", lambda: CLOCK).ok
    store = ox.Store(str(tmp_path / "store"))
    for path in LIBRARY:
        list(store.query(path.read_text(encoding="utf-8"), use_default_graph_as_union=True))
    assert run(store, "10-") and not run(store, "13-")


@pytest.mark.skipif(not DEVSET.exists(), reason="the development set (devset/articles.jsonl) is not there yet")
def test_library_runs_on_the_development_set(tmp_path):
    # Without `khabar link`: cross-article disagreements need event links (kg/linking.py).
    store = build_enriched(tmp_path / "store", inputs=[DEVSET], link=False)
    for path in LIBRARY:
        list(store.query(path.read_text(encoding="utf-8"), use_default_graph_as_union=True))
    for stem in ("10-", "11-", "12-", "16-", "17-"):
        assert run(store, stem), stem
