"""`khabar eval`: the scorer on a small hand-annotated article, where every number can be checked by hand."""

from __future__ import annotations

import hashlib
import json

import pytest

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import Score, to_json
from kg.scoring import evaluate_files

TEXT = ('نقلت "رويترز" عن مصدر عسكري أن طائرات روسية شنت غارات على مدينة الرقة. '
        "ونددت اللجنة الدولية للصليب الأحمر الخميس بمقتل عشرات المدنيين.")


def span(text: str, nth: int = 0) -> dict:
    """The gold span of the nth occurrence of a substring."""
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return {"start": start, "end": start + len(text), "text": text}


def gold() -> dict:
    return {
        "article": {"id": "eval-1", "language": "ar", "published": "2017-10-06",
                    "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest()},
        "actors": [span("رويترز") | {"class": "NewsAgency", "qid": "Q130879"},
                   span("مصدر عسكري") | {"class": "AnonymousSource", "qid": None},
                   span("روسية") | {"class": "StateForce", "qid": None},
                   span("اللجنة الدولية للصليب الأحمر") | {"class": "HumanitarianOrganisation", "qid": None},
                   span("المدنيين") | {"class": "Civilians", "qid": None}],
        "places": [span("مدينة الرقة") | {"class": "CityOrTown", "qid": "Q283368"}],
        "operations": [{"type": "Airstrike", "trigger": span("غارات"),  # raids on one occasion
                        "places": [span("الرقة") | {"qid": "Q283368"}], "agents": [span("روسية")]}],
        "statements": [{"kind": "Condemnation", "by": span("اللجنة الدولية للصليب الأحمر"), "cue": span("ونددت")}],
        "figures": [span("عشرات المدنيين") | {"kind": "Killed", "min": 10, "max": 99, "approximation": "vague"}],
        "dates": [span("الخميس") | {"resolved_start": "2017-10-05", "resolved_end": "2017-10-05"}],
        "attributions": [{"chain": [span("رويترز"), span("مصدر عسكري")]},
                         {"chain": [span("اللجنة الدولية للصليب الأحمر")]}],
    }


@pytest.fixture
def devset(tmp_path):
    """An articles file and a gold directory holding the hand-annotated article."""
    (tmp_path / "articles.jsonl").write_text(json.dumps({"id": "eval-1", "text": TEXT, "published": "2017-10-06"},
                                                        ensure_ascii=False) + "\n", encoding="utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "eval-1.json").write_text(json.dumps(gold(), ensure_ascii=False), encoding="utf-8")
    return tmp_path


def scores(devset) -> dict:
    (result,) = evaluate_files([str(devset / "gold")], articles=[str(devset / "articles.jsonl")])
    return {c: (s.tp, s.predicted, s.gold) for c, s in result.scores.items()} | {
        "dates_normalised": (result.dates_normalised, result.dates_resolvable)}


def test_a_fully_extracted_article_scores_every_gold_item(devset):
    got = scores(devset)
    for category in ("actors", "places", "qid_links", "operations", "statements", "figures", "dates",
                     "attribution_chains"):
        tp, predicted, gold_count = got[category]
        assert tp == gold_count, (category, got[category])
    assert got["dates_normalised"] == (1, 1)
    assert got["attribution_chains"] == (2, 2, 2)


def test_a_wrong_gold_item_costs_recall_and_precision(devset):
    changed = gold()
    changed["places"][0]["qid"] = "Q1"  # the wrong Raqqa
    changed["figures"][0]["max"] = 999
    changed["attributions"][0]["chain"].reverse()
    (devset / "gold" / "eval-1.json").write_text(json.dumps(changed, ensure_ascii=False), encoding="utf-8")
    got = scores(devset)
    assert got["qid_links"][0] == got["qid_links"][2] - 1
    assert got["figures"][0] == 0
    assert got["attribution_chains"][0] == 1


def test_gold_spans_must_match_the_text(devset):
    broken = gold()
    broken["actors"][0]["start"] += 1
    (devset / "gold" / "eval-1.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError, match="is not at"):
        scores(devset)


def test_score_arithmetic():
    score = Score(tp=3, predicted=4, gold=6)
    assert (score.precision, score.recall, round(score.f1, 4)) == (0.75, 0.5, 0.6)
    assert Score().f1 is None


def test_cli_eval_writes_a_table_and_json(devset, tmp_path, capsys):
    out = tmp_path / "results.json"
    assert main(["eval", str(devset / "gold"), "--articles", str(devset / "articles.jsonl"),
                 "--json", str(out)]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == ["category", "P", "R", "F1", "tp", "pred", "gold"]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["overall"]["operations"]["recall"] == 1.0
    assert set(data["articles"]) == {"eval-1"}


def test_eval_reads_graphs_from_a_store(devset, tmp_path):
    store = tmp_path / "store"
    assert main(["build", str(devset / "articles.jsonl"), "--store", str(store)]) == 0
    (from_store,) = evaluate_files([str(devset / "gold")], store=str(store))
    (fresh,) = evaluate_files([str(devset / "gold")], articles=[str(devset / "articles.jsonl")])
    assert to_json([from_store]) == to_json([fresh])


def test_matching_finds_the_largest_one_to_one_pairing():
    from kg.evaluate import _match

    gold = [{"id": "a", "fits": {"x", "y"}}, {"id": "b", "fits": {"x"}}]
    predicted = ["x", "y"]
    score, pairs = _match(gold, predicted, lambda g, p: p in g["fits"])
    # taking "x" for "a" first (the first fit) would leave "b" unmatched; the matching moves "a" to "y"
    assert (score.tp, score.predicted, score.gold) == (2, 2, 2)
    assert [(g["id"], p) for g, p in pairs] == [("a", "y"), ("b", "x")]


def test_operations_stated_as_aims_are_not_scored():
    import datetime as dt

    from rdflib import Graph, Literal, URIRef

    from kg.article import make_article
    from kg.evaluate import predictions
    from kg.extract import extract
    from kg.graph import KH, to_graph

    article = make_article({"id": "t", "language": "ar"}, "تسعى القوات إلى استعادة مدينة الرقة.", "test")
    graph = to_graph(extract(article), dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))
    aims = list(graph.subjects(KH.intended, Literal(True)))
    assert len(aims) == 1 and predictions(graph).operations == []
    done = Graph()
    for triple in graph:
        if triple[1] != KH.intended:
            done.add(triple)
    assert [op["type"] for op in predictions(done).operations] == ["Capture"]
    assert isinstance(aims[0], URIRef)
