"""Build benchmark: full corpus build, unchanged rebuild, and the cost of validation by corpus size.

    python benchmarks/build/bench.py [--corpus DIR] [--store DIR] [--workers N] [--sizes 1000,5000,20000]

Runs `khabar build` as a subprocess (so the figures include start-up and the worker processes),
samples the resident memory of its whole process tree, times each stage of a worker on a sample,
then validates a random sample of N article graphs of the built store with
`shapes.validate_many` for each N. Prints the figures as they come and writes them as JSON next
to this file (docs/scale.md reads them). Run it under the shared lock:
`flock /tmp/khabar-bench.lock python benchmarks/build/bench.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CORPORA = ("ant-arabic-news.jsonl.gz", "fakes-english-syria.jsonl.gz")


def tree_rss(pid: int) -> int:
    """Resident memory (bytes) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(parent, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            with open(f"/proc/{current}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
        except OSError:
            continue
    return total


def snapshot(folder: Path) -> Path:
    """A copy of the code, so that edits to the working tree during the run change nothing."""
    shutil.rmtree(folder, ignore_errors=True)
    for package in ("kg", "shapes", "ontology", "server"):
        shutil.copytree(REPO / package, folder / package, ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def own_cpu(pid: int) -> float:
    """CPU seconds (user + system) a process has used so far, its children not counted."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def run_measured(command: list[str], cwd: Path) -> dict:
    """Run a command; return wall time, CPU (all processes, and the main one), exit code, summary, peak memory."""
    started, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    process = subprocess.Popen(command, cwd=cwd, stderr=subprocess.PIPE, text=True)
    peak, main_cpu = [0], [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss(process.pid))
            try:
                main_cpu[0] = own_cpu(process.pid)
            except OSError:
                pass
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, err = process.communicate()
    sampler.join()
    lines = [line for line in err.splitlines() if line.startswith("built") or re.match(r"  \d+ failed: ", line)]
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return {"seconds": round(time.monotonic() - started, 1), "cpu_seconds": round(cpu, 1),
            "main_process_cpu_seconds": round(main_cpu[0], 1), "exit": process.returncode,
            "peak_mb": round(peak[0] / 2**20), "summary": lines[:8]}


def load_average() -> str:
    """The 1-minute load average, to say how busy the machine was."""
    return open("/proc/loadavg").read().split()[0]


def stage_costs(corpus: Path, code: Path, every: int = 50) -> dict:
    """CPU milliseconds per article of each stage of a worker, on every `every`-th article of both corpora.

    The stages are those of kg.parallel.build_chunk: extraction, the article's triples, their
    N-Quads, loading a chunk of 24 into a scratch store, validating the chunk.
    """
    sys.path.insert(0, str(code))
    import datetime as dt

    import pyoxigraph as ox

    import shapes
    from kg.article import Article, read_inputs
    from kg.extract import extract
    from kg.gazetteer import load_gazetteer
    from kg.graph import PREFIXES, to_triples
    from kg.store import to_nquads

    articles = [a for i, a in enumerate(read_inputs([corpus / name for name in CORPORA]))
                if i % every == 7 and isinstance(a, Article)]
    load_gazetteer()
    shapes._compiled()
    clock = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    spent = dict.fromkeys(("extract", "to_triples", "to_nquads", "scratch_load", "validate_many"), 0.0)
    triples = 0
    for start in range(0, len(articles), 24):
        graphs, texts = [], []
        for article in articles[start:start + 24]:
            t = time.process_time()
            extraction = extract(article)
            spent["extract"] += time.process_time() - t
            t = time.process_time()
            graph = to_triples(extraction, clock)
            spent["to_triples"] += time.process_time() - t
            t = time.process_time()
            texts.append((article.iri, to_nquads(graph, article.iri)))
            spent["to_nquads"] += time.process_time() - t
            graphs.append(graph)
            triples += len(graph)
        t = time.process_time()
        scratch = ox.Store()
        scratch.load("".join(text for _, text in texts).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        spent["scratch_load"] += time.process_time() - t
        t = time.process_time()
        shapes.validate_many(graphs, texts, dataset=scratch, namespaces=PREFIXES)
        spent["validate_many"] += time.process_time() - t
    n = len(articles)
    return {"articles": n, "triples_per_article": round(triples / n),
            "ms_per_article": {stage: round(1000 * seconds / n, 2) for stage, seconds in spent.items()}}


def validation_curve(store: Path, sizes: list[int], code: Path) -> list[dict]:
    """CPU seconds to validate N article graphs of the store (a random sample), and to read them back.

    As kg.store.validate_graphs does it: each graph read back as a list of triples.
    """
    sys.path.insert(0, str(code))
    import random

    import shapes
    from kg.store import StoreHandle, article_graphs, to_nquads, triples_of

    shapes._compiled()  # compile the shapes first: a one-off cost per process
    rows = []
    with StoreHandle(store, read_only=True) as handle:
        iris = [g for g in article_graphs(handle.store) if "/article/" in g]
        random.Random(6).shuffle(iris)  # each size is a sample of the whole corpus, not its first sources
        for size in sizes:
            size = min(size, len(iris))
            reading = validating = 0.0
            bad = triples = 0
            for start in range(0, size, 200):
                names = iris[start:min(start + 200, size)]
                t = time.process_time()
                graphs = [triples_of(handle.store, iri) for iri in names]
                reading += time.process_time() - t
                t = time.process_time()
                texts = [(iri, to_nquads(graph, iri)) for iri, graph in zip(names, graphs)]
                bad += sum(not r.conforms for r in shapes.validate_many(graphs, texts))
                validating += time.process_time() - t
                triples += sum(len(graph) for graph in graphs)
            rows.append({"articles": size, "triples": triples, "validate_cpu_seconds": round(validating, 1),
                         "validate_ms_per_article": round(1000 * validating / size, 2),
                         "read_back_cpu_seconds": round(reading, 1), "non_conforming": bad})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    parser.add_argument("--store", type=Path, default=Path("/tmp/khabar-bench-store"))
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--sizes", default="1000,5000,20000", help="validation sample sizes (capped at the store's)")
    parser.add_argument("--skip-build", action="store_true", help="reuse the store (validation curve only)")
    args = parser.parse_args()
    inputs = [str(args.corpus / name) for name in CORPORA]
    khabar = [sys.executable, "-m", "kg.cli", "build", *inputs, "--store", str(args.store), "--quiet",
              "--clock", "2026-01-01T00:00:00Z"] + (["--workers", str(args.workers)] if args.workers else [])
    code = snapshot(Path("/tmp/khabar-bench-code"))
    figures: dict = {"date": time.strftime("%Y-%m-%d %H:%M %Z"), "cores": os.cpu_count(),
                     "load_before": load_average()}
    if not args.skip_build:
        shutil.rmtree(args.store, ignore_errors=True)
        figures["full_build"] = run_measured(khabar, code)
        figures["load_after_full"] = load_average()
        print(json.dumps(figures, indent=2), flush=True)
        figures["unchanged_rebuild"] = run_measured(khabar, code)
        figures["store_mb"] = round(sum(p.stat().st_size for p in args.store.rglob("*") if p.is_file()) / 2**20)
        print(json.dumps(figures, indent=2), flush=True)
    if not args.skip_build:
        figures["stages"] = stage_costs(args.corpus, code)
        print(json.dumps(figures, indent=2), flush=True)
    figures["load_before_validation"] = load_average()
    figures["validation"] = validation_curve(args.store, [int(n) for n in args.sizes.split(",")], code)
    figures["load_after"] = load_average()
    print(json.dumps(figures, indent=2))
    (Path(__file__).parent / "last-run.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
