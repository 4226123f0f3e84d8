"""Building the store: read inputs, extract, make each article's graph, validate it, store it.

Articles are extracted and validated on every core (kg/parallel.py) and written in atomic
batches (kg/store.py). An article is skipped when the store already holds its graph for the
same text (content hash) and the same extraction version (software version and a digest of the
code and data that shape the graph); the build manifest (kg/manifest.py) keeps the digest.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import time
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg import __version__
from kg.article import Article, read_inputs
from kg.errors import InputError, KhabarError
from kg.extract import extract
from kg.graph import to_triples
from kg.manifest import Manifest
from kg.parallel import CHUNK, Extractors, Job, Outcome
from kg.progress import Ticker
from kg.store import StoreHandle, article_states, write_graphs

WRITE_QUADS = 300_000  # quads per atomic write (kg/store.py BULK_MAX_QUADS is the ceiling)
PROGRESS_EVERY = 0.5  # seconds between progress lines
# kg/ modules that do not shape an article graph (the rest count in the extraction version; a test
# checks that none of these is imported by extraction or graph writing).
_PLUMBING = {"build.py", "store.py", "cli.py", "push.py", "parallel.py", "progress.py", "manifest.py",
             "query.py", "evaluate.py", "scoring.py", "export.py", "linking.py", "wikidata.py",
             "disagreement.py"}


@dataclass
class BuildReport:
    """What a build did: articles built, skipped as unchanged, failed (with reasons), triples written."""

    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[KhabarError] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    workers: int = 1

    @property
    def ok(self) -> bool:
        """True when every input was built or skipped."""
        return not self.failed


def article_triples(article: Article, ended_at: dt.datetime) -> list[tuple]:
    """Extract one article and return the triples of its graph (not yet validated), as the build stores them."""
    return to_triples(extract(article), ended_at)


def violations(result) -> str:
    """A validation result's violations, one indented line each."""
    return "\n".join(f"  {r.severity}: {r.focus_node} {r.path or ''}: {r.message}" for r in result.results)


@cache
def extraction_version() -> str:
    """The software version and a digest of everything that shapes an article graph.

    The digest covers kg/'s extraction modules and data, the ontology and the shapes: change any
    of them and every article is built again on the next run.
    """
    import ontology
    import shapes

    kg_root = Path(__file__).resolve().parent
    files = [p for p in kg_root.glob("*.py") if p.name not in _PLUMBING]
    files += [p for p in (kg_root / "data").rglob("*") if p.is_file()]
    files += list(Path(ontology.__file__).resolve().parent.rglob("*.ttl"))
    files += list(Path(shapes.__file__).resolve().parent.glob("*.ttl"))
    digest = hashlib.sha256()
    for path in sorted(files, key=lambda p: (p.parent.name, p.name)):
        digest.update(f"{path.parent.name}/{path.name}\0".encode("utf-8") + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def build(inputs: Iterable[str | Path], store_path: str | Path, clock: Callable[[], dt.datetime],
          progress: Callable[[str], None] | None = None, force: bool = False,
          workers: int | None = None) -> BuildReport:
    """Build every input into the store; one bad article is reported and never stops the others.

    `workers` processes extract and validate (default: one per core, or none for a few articles);
    the store is the same whatever their number.
    """
    inputs = [Path(p) for p in inputs]
    started = time.monotonic()
    total = count_articles(inputs)
    if workers is None:
        workers = default_workers() if total > 4 * CHUNK else 1
    run = _Run(total, started, progress)
    with StoreHandle(store_path) as handle, Manifest(store_path) as manifest:
        writer = _Writer(handle, manifest, run)
        jobs = run.jobs(read_inputs(inputs), writer.present, manifest.built(), clock, force)
        with Extractors(workers) as extractors:
            for outcome in extractors.run(jobs):
                writer.add(outcome)
                run.tick()
        writer.flush()
        handle.store.flush()
    return run.report(time.monotonic() - started, workers)


class _Run:
    """The bookkeeping of one build: outcomes by input position, and the progress line."""

    def __init__(self, total: int, started: float, progress: Callable[[str], None] | None):
        self.ticker = Ticker(progress, total, every=PROGRESS_EVERY, started=started)
        self.built: list[tuple[int, str]] = []
        self.skipped: list[tuple[int, str]] = []
        self.failed: list[tuple[int, KhabarError]] = []
        self.triples = 0

    def jobs(self, items: Iterable[Article | InputError], stored: dict, recorded: dict, clock, force: bool
             ) -> Iterator[Job]:
        """The articles to build; input errors, duplicates and unchanged articles are settled here."""
        seen: dict[str, str] = {}
        extraction = extraction_version()
        for index, item in enumerate(items):
            self.tick()
            if isinstance(item, InputError):
                self.failed.append((index, item))
            elif item.iri in seen:
                self.failed.append((index, InputError(item.source, f"duplicate article id {item.id!r} "
                                                                   f"(already read from {seen[item.iri]})")))
            else:
                seen[item.iri] = item.source
                if not force and _unchanged(item, stored, recorded, extraction):
                    self.skipped.append((index, item.iri))
                else:
                    yield Job(index, item, clock())

    def tick(self, final: bool = False) -> None:
        """Show the progress line, at most every PROGRESS_EVERY seconds."""
        self.ticker.tick({"built": len(self.built), "unchanged": len(self.skipped), "failed": len(self.failed)}, final)

    def report(self, seconds: float, workers: int) -> BuildReport:
        """The report, each list in input order (the same whatever the number of workers)."""
        self.tick(final=True)
        return BuildReport(built=[iri for _, iri in sorted(self.built)],
                           skipped=[iri for _, iri in sorted(self.skipped)],
                           failed=[error for _, error in sorted(self.failed, key=lambda pair: pair[0])],
                           triples=self.triples, seconds=seconds, workers=workers)


def _unchanged(article: Article, stored: dict, recorded: dict, extraction: str) -> bool:
    """True if the store holds this article's graph from the same text and the same extraction."""
    return (stored.get(article.iri) == (article.content_hash, __version__)
            and recorded.get(article.iri, ("", "", ""))[:2] == (article.content_hash, extraction))


class _Writer:
    """Collects built graphs and writes them in atomic batches, then records them in the manifest."""

    def __init__(self, handle: StoreHandle, manifest: Manifest, run: _Run):
        self.store, self.manifest, self.run = handle.store, manifest, run
        self.present = article_states(self.store)
        self.extraction = extraction_version()
        self.pending: list[Outcome] = []
        self.quads = 0

    def add(self, outcome: Outcome) -> None:
        """Take one outcome: a failure is reported, a graph waits for its batch."""
        failure = outcome.failure()
        if failure is not None:
            self.run.failed.append((outcome.index, failure))
            return
        if self.quads + outcome.triples > WRITE_QUADS:
            self.flush()
        self.pending.append(outcome)
        self.quads += outcome.triples

    def flush(self) -> None:
        """Write the pending graphs in one atomic load (replaced graphs dropped first)."""
        if not self.pending:
            return
        replaced = [o.iri for o in self.pending if o.iri in self.present]
        self.manifest.forget_built(replaced)
        write_graphs(self.store, [o.nquads for o in self.pending], replaced, self.quads, checked=True)
        self.manifest.record_built((o.iri, o.content_hash, self.extraction, o.graph_sha, o.triples)
                                   for o in self.pending)
        for o in self.pending:
            self.present[o.iri] = (o.content_hash, __version__)
            self.run.built.append((o.index, o.iri))
            self.run.triples += o.triples
        self.pending, self.quads = [], 0


def count_articles(paths: Iterable[Path]) -> int:
    """How many articles the inputs hold (JSON lines counted without parsing), for the progress bar."""
    count = 0
    for path in paths:
        if path.is_dir():
            count += count_articles(sorted(p for p in path.rglob("*") if p.is_file() and (
                p.suffix == ".txt" or p.name.endswith((".jsonl", ".jsonl.gz")))))
        elif path.name.endswith((".jsonl", ".jsonl.gz")):
            count += _count_lines(path)
        else:
            count += 1
    return count


def _count_lines(path: Path) -> int:
    """Non-blank lines of a (gzipped) JSON-lines file; 1 if it cannot be read (its error is one line)."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as lines:
            return sum(1 for line in lines if line.strip())
    except (OSError, EOFError):
        return 1
