"""Building the store: atomic per-article graphs, unchanged articles skipped, bad input costs nothing."""

from __future__ import annotations

import json

import pyoxigraph as ox

from conftest import SEED, fixed_clock, quads
from kg.build import build
from kg.cli import main
from kg.store import StoreHandle, article_graphs

SEED_IRI = "https://w3id.org/khabar/resource/article/000_0b2b1d84f3c92a2c"




def test_building_the_seed_twice_gives_the_same_store(store_dir, tmp_path):
    first = build([SEED], store_dir, fixed_clock)
    assert first.ok and first.built == [SEED_IRI] and first.triples > 1000
    before = quads(store_dir)
    again = build([SEED], store_dir, fixed_clock)
    assert again.skipped == [SEED_IRI] and not again.built
    forced = build([SEED], store_dir, fixed_clock, force=True)
    assert forced.built == [SEED_IRI]
    assert quads(store_dir) == before
    other = tmp_path / "other"
    build([SEED], other, fixed_clock)
    assert quads(other) == before


def test_a_changed_article_replaces_only_its_own_graph(store_dir, tmp_path):
    (tmp_path / "a.txt").write_text("دخلت قوات النظام السوري مدينة الميادين.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("شنت طائرات روسية غارات على مدينة الرقة.", encoding="utf-8")
    build([tmp_path / "a.txt", tmp_path / "b.txt"], store_dir, fixed_clock)
    b_before = [q for q in quads(store_dir) if "/article/b" in q.split("graph_name=")[-1]]
    (tmp_path / "a.txt").write_text("دخلت قوات النظام السوري مدينة البوكمال.", encoding="utf-8")
    report = build([tmp_path / "a.txt", tmp_path / "b.txt"], store_dir, fixed_clock)
    assert [iri.rsplit("/", 1)[-1] for iri in report.built] == ["a"]
    after = quads(store_dir)
    assert [q for q in after if "/article/b" in q.split("graph_name=")[-1]] == b_before
    assert not any("الميادين" in q for q in after if "/article/a>" in q.split("graph_name=")[-1])


def test_broken_inputs_are_reported_and_nothing_already_stored_is_lost(store_dir, tmp_path):
    build([SEED], store_dir, fixed_clock)
    before = quads(store_dir)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "cp1256.txt").write_bytes("دخلت القوات".encode("cp1256"))
    (bad / "lines.jsonl").write_text('{"id": 1\n{"id": "ok", "text": "شنت طائرات روسية غارات على مدينة الرقة."}\n',
                                     encoding="utf-8")
    report = build([bad, SEED], store_dir, fixed_clock)
    assert sorted(str(e).split(": ")[0].rsplit("/", 1)[-1] for e in report.failed) == [
        "cp1256.txt", "empty.txt", "lines.jsonl:1"]
    assert [iri.rsplit("/", 1)[-1] for iri in report.built] == ["ok"]
    after = quads(store_dir)
    assert set(before) <= set(after)


def test_duplicate_ids_in_one_build_are_refused(store_dir, tmp_path):
    line = json.dumps({"id": "same", "text": "شنت طائرات روسية غارات على مدينة الرقة."})
    (tmp_path / "c.jsonl").write_text(line + "\n" + line + "\n", encoding="utf-8")
    report = build([tmp_path / "c.jsonl"], store_dir, fixed_clock)
    assert len(report.built) == 1 and "duplicate article id 'same'" in str(report.failed[0])


def test_cli_build_query_export_and_exit_codes(store_dir, tmp_path, capsys):
    assert main(["build", str(SEED), "--store", str(store_dir), "--clock", "2026-01-01T00:00:00Z"]) == 0
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    assert main(["build", str(tmp_path / "empty.txt"), "--store", str(store_dir)]) == 1
    assert "empty.txt: empty text" in capsys.readouterr().err

    query = "SELECT (COUNT(?op) AS ?n) WHERE { ?op kh:place ?p }"
    assert main(["query", query, "--store", str(store_dir), "--format", "csv"]) == 0
    n = int(capsys.readouterr().out.splitlines()[1])
    assert n >= 10
    assert main(["query", "SELECT WHERE {", "--store", str(store_dir)]) == 2
    assert main(["query", "ASK { ?s ?p ?o }", "--store", str(tmp_path / "absent")]) == 3

    for name in ("all.trig", "all.nq", "all.ttl", "all.jsonld"):
        assert main(["export", "--store", str(store_dir), "-o", str(tmp_path / name)]) == 0
    dataset = ox.Dataset(ox.parse(path=str(tmp_path / "all.trig")))
    assert len(dataset) == len(quads(store_dir))
    triples = list(ox.parse(path=str(tmp_path / "all.ttl")))
    assert len(triples) == len({(q.split(" graph_name=")[0]) for q in quads(store_dir)})
    assert main(["export", "--store", str(store_dir), "-o", str(tmp_path / "x.csv")]) == 2


def test_cli_validate_passes_on_a_built_store_and_fails_on_a_broken_one(store_dir, capsys):
    assert main(["build", str(SEED), "--store", str(store_dir)]) == 0
    assert main(["validate", "--store", str(store_dir)]) == 0
    with StoreHandle(store_dir) as handle:
        (graph,) = article_graphs(handle.store)
        handle.store.update(f"DELETE WHERE {{ GRAPH <{graph}> {{ ?op <https://w3id.org/khabar/ontology#place> ?p }} }}")
    capsys.readouterr()
    assert main(["validate", "--store", str(store_dir)]) == 1
    assert "kh:place" in capsys.readouterr().out


def test_no_module_that_shapes_an_article_graph_is_left_out_of_the_extraction_version():
    """_PLUMBING lists the kg modules whose change does not rebuild the store: none of them may be
    imported, even indirectly, by extraction or graph writing (else a change there would leave
    stale graphs behind)."""
    import ast
    from pathlib import Path

    from kg import build

    kg_root = Path(build.__file__).resolve().parent

    def imports(name: str) -> set[str]:
        tree = ast.parse((kg_root / f"{name}.py").read_text(encoding="utf-8"))
        found = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kg"):
                found |= {node.module.split(".")[1]} if "." in node.module else {a.name for a in node.names}
            elif isinstance(node, ast.Import):
                found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("kg.")}
        return {m for m in found if (kg_root / f"{m}.py").exists()}

    closure, todo = set(), ["extract", "graph"]  # what build's workers run: to_triples(extract(article))
    while todo:
        name = todo.pop()
        if name not in closure:
            closure.add(name)
            todo.extend(imports(name))
    assert {"extract", "graph", "operations", "entities", "provenance"} <= closure
    assert not {f"{m}.py" for m in closure} & build._PLUMBING
