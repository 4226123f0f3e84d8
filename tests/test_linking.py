"""Across articles: the same actor or place is one IRI; two reports of one airstrike are linked, not merged."""

from __future__ import annotations

import json

from shapes import validate

from kg.cli import main
from kg.linking import LINKS_GRAPH
from kg.store import StoreHandle, graph_of

ARTICLES = [
    {"id": "ar-raqqa", "published": "2017-10-06", "language": "ar",
     "text": "شنت طائرات روسية غارات على مدينة الرقة اليوم الجمعة، بحسب المرصد السوري لحقوق الإنسان."},
    {"id": "en-raqqa", "published": "2017-10-07", "language": "en",
     "text": "Russian warplanes carried out air strikes on the city of Raqqa on Friday, the Syrian Observatory "
             "for Human Rights said."},
    {"id": "ar-aleppo", "published": "2017-10-06", "language": "ar",
     "text": "شنت طائرات روسية غارات على مدينة حلب اليوم الجمعة."},
    {"id": "ar-raqqa-later", "published": "2017-12-20", "language": "ar",
     "text": "شنت طائرات روسية غارات على مدينة الرقة اليوم."},
]
KH = "https://w3id.org/khabar/ontology#"


def test_reports_of_the_same_airstrike_are_linked_with_score_and_method(tmp_path):
    corpus = tmp_path / "news.jsonl"
    corpus.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    store = tmp_path / "store"
    assert main(["build", str(corpus), "--store", str(store)]) == 0
    assert main(["link", "--store", str(store)]) == 0
    with StoreHandle(store, read_only=True) as handle:
        links = graph_of(handle.store, LINKS_GRAPH)
        rows = list(handle.store.query(f"""
            SELECT ?a ?b ?score WHERE {{ GRAPH <{LINKS_GRAPH}> {{
              ?link <{KH}linksOperation> ?a , ?b ; <{KH}score> ?score . FILTER(STR(?a) < STR(?b)) }} }}"""))
        places = {r["place"].value for r in handle.store.query(
            f"SELECT DISTINCT ?place WHERE {{ GRAPH ?g {{ ?op <{KH}place> ?place }} }}")}
    pairs = {(r["a"].value.split("/article/")[1].split("/")[0], r["b"].value.split("/article/")[1].split("/")[0])
             for r in rows}
    assert pairs == {("ar-raqqa", "en-raqqa")}  # not Aleppo, not the Raqqa strike ten weeks later
    assert 0.6 <= float(rows[0]["score"].value) <= 1
    assert "https://w3id.org/khabar/resource/place/wof-421172833" in places  # one Raqqa IRI in both languages
    assert len(links) == 7 and validate(links).conforms  # one link: 5 triples, and the two symmetric edges
