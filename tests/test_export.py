"""Exports: the event CSV, QuickStatements with references, JSON-LD with the published context."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kg.export import CONTEXT, CSV_COLUMNS, context_document, export_csv, export_jsonld, export_quickstatements
from provenance_fixtures import ARTICLE, SEED, build_enriched

REPO = Path(__file__).resolve().parent.parent
VERIFIED_CLASS_QIDS = {"Q645883", "Q2001676", "Q2380335", "Q178561"}  # ontology/alignments/wikidata.ttl


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_enriched(tmp_path_factory.mktemp("export") / "store")


@pytest.fixture(scope="module")
def rows(store, tmp_path_factory):
    path = tmp_path_factory.mktemp("csv") / "events.csv"
    count = export_csv(store, path)
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames) == CSV_COLUMNS
        found = list(reader)
    assert len(found) == count
    return found


def article_text(store, article: str) -> str:
    (row,) = store.query(f"SELECT ?t WHERE {{ GRAPH <{article}> {{ <{article}> "
                         f"<https://w3id.org/khabar/ontology#text> ?t }} }}")
    return row["t"].value


def test_one_row_per_operation_at_least_with_its_offsets(store, rows):
    operations = {r["event_id"] for r in rows}
    assert len(operations) >= 20
    texts = {}
    for row in rows:
        text = texts.setdefault(row["article"], article_text(store, row["article"]))
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end <= len(text)
        assert text[start:end] in row["sentence"] or row["claim"]  # the trigger lies in its sentence


def test_admin_levels_coordinates_and_geo_precision(rows):
    mayadin = [r for r in rows if r["location_qid"] == "Q310895" and r["article"] == SEED]
    assert mayadin
    assert {r["admin1"] for r in mayadin} == {"Deir ez-Zor Governorate"}
    assert {r["admin2"] for r in mayadin} == {"Mayadin District"}
    own = [r for r in mayadin if r["location"] == "Mayadin"]
    assert own and all(r["geo_precision"] == "1" and r["latitude"].startswith("35.02") for r in own)
    inside = [r for r in mayadin if r["location"] != "Mayadin"]
    assert inside and all(r["geo_precision"] == "2" for r in inside)


def test_competing_tolls_are_separate_rows_with_their_sources(rows):
    tolls = {(r["article"], r["attributed_to"], r["fatalities_best"], r["source_kind"])
             for r in rows if r["fatalities_low"]}
    assert (ARTICLE + "prov-sohr-en", "Syrian Observatory for Human Rights", "35", "MonitorSource") in tolls
    assert (ARTICLE + "prov-sana-en", "Syrian Arab News Agency", "4", "StateMediaSource") in tolls
    sohr = next(r for r in rows if r["article"] == ARTICLE + "prov-sohr-en" and r["fatalities_low"])
    # "the shelling" the toll concerns is a later mention of "shelled ... on Monday": one operation,
    # dated to the day.
    assert (sohr["event_date"], sohr["date_precision"]) == ("2017-10-09", "day")
    assert sohr["event_type"] == "Explosions/Remote violence"
    assert sohr["sub_event_type"] == "Shelling/artillery/missile attack"
    assert sohr["quote"].startswith("35 civilians")


def test_relayed_claims_name_who_relayed_them(rows):
    relayed = {(r["attributed_to"], r["quoted_from"]) for r in rows if r["quoted_from"]}
    assert ("Hezbollah war media unit", "Reuters") in relayed


def test_quickstatements_candidates_with_references(store, tmp_path):
    path = tmp_path / "candidates.qs"
    blocks = export_quickstatements(store, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines.count("CREATE") == blocks >= 10
    assert all(line == "CREATE" or line.startswith("LAST\t") for line in lines)
    for line in lines:
        cells = line.split("\t")
        if len(cells) > 2 and cells[1] == "P31":
            assert cells[2] in VERIFIED_CLASS_QIDS
        for cell in cells[3:]:
            if cell.startswith(("ar:", "en:", '"')):
                assert cell.count('"') == 2, line  # no straight quote inside a string
    deaths = [line for line in lines if line.startswith("LAST\tP1120\t")]
    assert any(line.startswith("LAST\tP1120\t35\t") for line in deaths)
    assert any(line.startswith("LAST\tP1120\t4\t") for line in deaths)
    for line in deaths:
        assert "\tS854\t\"https://example.org/" in line and "\tS813\t+2026-01-01T00:00:00Z/11" in line
        assert "\tS1683\t" in line
    assert any("\tP276\tQ310895\t" in line for line in lines)
    assert any("\tP585\t+2017-10-09T00:00:00Z/11\t" in line for line in lines)
    with open(f"{path}.review.tsv", encoding="utf-8") as handle:
        review = list(csv.DictReader(handle, delimiter="\t"))
    assert len(review) == blocks and all(r["operation"].startswith(ARTICLE) for r in review)


def test_jsonld_keeps_every_quad_and_embeds_the_context(store, tmp_path):
    from rdflib import Dataset

    path = tmp_path / "khabar.jsonld"
    count = export_jsonld(store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["@context"] == CONTEXT
    dataset = Dataset()
    dataset.parse(path, format="json-ld")
    assert len(set(dataset.quads((None, None, None, None)))) == count == len(store)


def test_the_published_context_is_the_one_the_export_uses():
    assert (REPO / "docs" / "context.jsonld").read_text(encoding="utf-8") == context_document()


@pytest.mark.parametrize("fmt", ["csv", "quickstatements", "jsonld"])
def test_export_command(store, tmp_path, fmt):
    from kg.cli import main

    del store  # the module's store stays open elsewhere; the command gets its own
    path = tmp_path / "store"
    built = build_enriched(path)
    del built  # close it: the command opens the store read-only
    assert main(["export", "--store", str(path), "--format", fmt, "-o", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out").stat().st_size > 100
