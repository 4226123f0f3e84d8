"""The gold development set (devset/) and the held-out test sets (devset/heldout*/): every gold file
is consistent with its article text and is what its annotation specs build.

Runs without /work/shared: the article texts are in devset/articles.jsonl, devset/heldout*/ and seeds/.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT / "devset"
GOLD = sorted((DEVSET / "gold").glob("*.json"))
SEED_ID = "000_0b2b1d84f3c92a2c"


def _load_checker():
    spec = importlib.util.spec_from_file_location("devset_check", DEVSET / "tools" / "check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _load_checker()
TEXTS = check.load_texts()
QIDS = check.verified_qids()
HELDOUT = sorted(p for name in check.HELD_OUT for p in (DEVSET / name / "gold").glob("*.json"))


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", GOLD + HELDOUT, ids=[p.stem for p in GOLD + HELDOUT])
def test_gold_file_checks(path):
    """Offsets exact, classes valid, QIDs verified, hash matches the text, roles point at mentions."""
    assert check.check_file(path, TEXTS, QIDS) == []


@pytest.mark.parametrize("path", GOLD, ids=[p.stem for p in GOLD])
def test_gold_file_is_not_trivial(path):
    gold = _gold(path)
    assert len(gold["actors"]) >= 3
    assert len(gold["places"]) >= 1


def test_language_mix_and_seed():
    langs = {}
    for path in GOLD:
        art = _gold(path)["article"]
        if art["id"] != SEED_ID:
            langs[art["language"]] = langs.get(art["language"], 0) + 1
    assert langs.get("ar", 0) >= 14
    assert langs.get("en", 0) >= 6
    assert (DEVSET / "gold" / f"{SEED_ID}.json").exists()


def test_every_article_row_has_gold_and_cites_its_source():
    rows = [json.loads(line) for line in (DEVSET / "articles.jsonl").open(encoding="utf-8")]
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    gold_ids = {p.stem for p in GOLD}
    for row in rows:
        assert row["id"] in gold_ids
        assert row["source_file"] in ("ant-arabic-news.jsonl.gz", "fakes-english-syria.jsonl.gz")
        assert isinstance(row["source_line"], int) and row["source_line"] >= 1
    assert gold_ids == set(ids) | {SEED_ID}


def test_checker_catches_a_shifted_span(tmp_path):
    """The checker is not vacuous: a span moved by one code point is reported."""
    path = DEVSET / "gold" / f"{SEED_ID}.json"
    gold = _gold(path)
    gold["actors"][0]["start"] += 1
    broken = tmp_path / path.name
    broken.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert any("actors[0]" in p for p in check.check_file(broken, TEXTS, QIDS))


def _build_gold_module():
    import sys

    sys.path.insert(0, str(DEVSET / "tools"))
    try:
        import build_gold
    finally:
        sys.path.remove(str(DEVSET / "tools"))
    return build_gold


@pytest.mark.parametrize("which", ["dev", *check.HELD_OUT])
def test_gold_files_are_what_the_specs_build(which):
    """Nobody edited a gold file by hand: each is what build_gold.py makes of its spec (for the
    development set, with the operations of the second pass)."""
    build_gold = _build_gold_module()
    assert tuple(check.HELD_OUT) == build_gold.HELD_OUT  # every set directory has its specs, and back
    gold_dir = build_gold.SETS[which][1]
    articles = build_gold.load_articles(which)
    specs = build_gold.all_specs(which)
    assert {s.id for s in specs} == {p.stem for p in gold_dir.glob("*.json")}
    for spec in specs:
        assert build_gold.build(spec, articles[spec.id]) == _gold(gold_dir / f"{spec.id}.json"), spec.id


def _ids(name: str) -> set[str]:
    return {json.loads(line)["id"] for line in (DEVSET / name).open(encoding="utf-8")}


@pytest.mark.parametrize("name", check.HELD_OUT)
def test_each_held_out_set_is_drawn_apart_from_the_sets_before_it(name):
    earlier = ["articles.jsonl", *(f"{e}/articles.jsonl" for e in check.HELD_OUT[:check.HELD_OUT.index(name)])]
    rows = [json.loads(line) for line in (DEVSET / name / "articles.jsonl").open(encoding="utf-8")]
    assert len(rows) == 10 and not {r["id"] for r in rows} & set().union(*(_ids(e) for e in earlier))
    assert sum(r["source_file"] == "ant-arabic-news.jsonl.gz" for r in rows) == 6
    assert {p.stem for p in (DEVSET / name / "gold").glob("*.json")} == {r["id"] for r in rows}
