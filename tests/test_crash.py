"""Crash safety: a real `khabar build` killed (SIGKILL, workers and all) at several moments leaves
every article graph complete or absent, and the next run resumes and finishes the same store."""

from __future__ import annotations

import gzip
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import pytest

from conftest import REPO
from kg.store import StoreHandle

CORPUS = REPO.parent / "shared" / "corpus"
OLD, NEW = "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"
# The real CLI, with small write batches so that a build makes many atomic loads (bulk ones).
RUN = ("import sys, kg.build, kg.store; kg.build.WRITE_QUADS = 4000; kg.store.SMALL_BATCH_QUADS = 0; "
       "from kg.cli import main; sys.exit(main(sys.argv[1:]))")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """100 real articles (80 Arabic, 20 English), and beside them a copy of the code every build runs
    (so that edits made to the working tree while the test runs cannot make two builds differ)."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    folder = tmp_path_factory.mktemp("crash")
    for package in ("kg", "shapes", "ontology", "server"):
        shutil.copytree(REPO / package, folder / "src" / package, ignore=shutil.ignore_patterns("__pycache__"))
    lines = []
    for name, count in (("ant-arabic-news.jsonl.gz", 80), ("fakes-english-syria.jsonl.gz", 20)):
        with gzip.open(CORPUS / name, "rt", encoding="utf-8") as source:
            lines += [next(source) for _ in range(count)]
    (folder / "corpus.jsonl").write_text("".join(lines), encoding="utf-8")
    return folder / "corpus.jsonl"


def graphs(store: Path) -> dict[str, set[str]]:
    """graph IRI -> its quads as strings."""
    found: dict[str, set[str]] = defaultdict(set)
    with StoreHandle(store, read_only=True) as handle:
        for quad in handle.store:
            found[quad.graph_name.value].add(str(quad))
    return dict(found)


def reference(corpus: Path, store: Path, clock: str) -> dict[str, set[str]]:
    """The store a clean, uninterrupted build gives."""
    process = start(corpus, store, clock)
    process.wait(timeout=600)
    assert process.returncode == 0, process.stderr.read()
    found = graphs(store)
    assert len(found) == 100
    return found


def start(corpus: Path, store: Path, clock: str, *extra: str) -> subprocess.Popen:
    """A build in its own process group (so that a kill takes its workers too)."""
    return subprocess.Popen([sys.executable, "-c", RUN, "build", str(corpus), "--store", str(store), "--clock", clock,
                             "--workers", "2", "--quiet", *extra], cwd=corpus.parent / "src", start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def built_rows(store: Path) -> int:
    """Article graphs the build manifest records (0 before the first write)."""
    try:
        with sqlite3.connect(f"file:{store / 'khabar-manifest.sqlite'}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("SELECT COUNT(*) FROM built").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def kill_when(process: subprocess.Popen, store: Path, rows: int) -> bool:
    """SIGKILL the build's whole process group once `rows` graphs are recorded (False if it finished first).

    Rows are recorded just after each atomic load, so the kill lands anywhere in the next batch's
    extraction, removal of replaced graphs or load.
    """
    while built_rows(store) < rows:
        if process.poll() is not None:
            assert process.returncode == 0, process.stderr.read()
            return False
        time.sleep(0.01)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    return True


def assert_complete_or_absent(store: Path, *expected: dict[str, set[str]]) -> int:
    """Every graph in the store equals the same graph of one of the expected stores; return how many."""
    found = graphs(store)
    for iri, quads in found.items():
        assert any(quads == e.get(iri) for e in expected), (
            f"{iri} is incomplete or mixed: {[(len(quads - e[iri]), len(e[iri] - quads)) for e in expected]} "
            "(quads only in the store, only in the expected graph)")
    return len(found)


def test_a_build_killed_at_any_moment_keeps_every_graph_whole_and_resumes(corpus, tmp_path):
    old = reference(corpus, tmp_path / "old", OLD)
    new = reference(corpus, tmp_path / "new", NEW)
    assert old.keys() == new.keys() and all(old[iri] != new[iri] for iri in old)
    store, rng = tmp_path / "store", random.Random(6)

    # a fresh build, killed four times at random moments, each run resuming the last
    counts = []
    for target in sorted(rng.sample(range(3, 95), 4)):
        process = start(corpus, store, OLD)
        assert kill_when(process, store, target)
        counts.append(assert_complete_or_absent(store, old))
    finish = start(corpus, store, OLD)
    _, err = finish.communicate(timeout=600)
    assert finish.returncode == 0 and "failed 0" in err, err
    assert graphs(store) == old
    assert counts == sorted(counts)  # graphs written before a kill stay written

    # a forced rebuild with another clock, killed mid-way: each graph is the old one, the new one, or absent
    process = start(corpus, store, NEW, "--force")
    with sqlite3.connect(store / "khabar-manifest.sqlite") as db:  # count the forced run's writes from zero
        db.execute("DELETE FROM built")
    assert kill_when(process, store, rng.randrange(20, 80))
    assert_complete_or_absent(store, old, new)
    resumed = start(corpus, store, NEW)
    _, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err
    # graphs the killed run had rebuilt are kept; the others (still old, or absent) are built again
    final = graphs(store)
    assert final.keys() == old.keys()
    assert all(final[iri] in (old[iri], new[iri]) for iri in final)
