"""Extraction on every core: chunks of articles go to worker processes and come back as N-Quads.

A worker extracts each article of its chunk, writes its triples as N-Quads (`kg.graph.to_triples`:
no rdflib graph is made), and validates the whole chunk at once (`shapes.validate_many`). The main
process only reads inputs and writes the store. Workers are started (with the `spawn` method, so
no store or thread is inherited) the first time an article needs building; an unchanged rebuild
starts none.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import multiprocessing
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Iterable, Iterator

from kg.article import Article
from kg.errors import InputError, KhabarError, ValidationFailed

CHUNK = 24  # articles per chunk: one validation batch, one round trip to a worker
# Chunks queued per worker: enough work for the workers to go on while the main process writes
# a batch to the store (seconds for a bulk load of 300,000 quads), at about 2 MB a chunk.
QUEUED = 16


@dataclass
class Job:
    """One article to build, with its place in the input and the time to write in its graph."""

    index: int
    article: Article
    ended_at: dt.datetime


@dataclass
class Outcome:
    """A built article (its N-Quads, UTF-8) or why it failed; errors travel as plain tuples."""

    index: int
    iri: str
    content_hash: str
    nquads: bytes = b""  # bytes: pickled as they are, and joined and loaded without encoding again
    triples: int = 0
    graph_sha: str = ""
    error: tuple | None = None

    def failure(self) -> KhabarError | None:
        """The error, rebuilt as the exception the builder raised (None if the article was built)."""
        if self.error is None:
            return None
        kind, *args = self.error
        return {"input": InputError, "validation": ValidationFailed}.get(kind, KhabarError)(*args)


def portable(error: Exception) -> tuple:
    """An exception as a tuple that survives pickling (their constructors take other arguments)."""
    if isinstance(error, ValidationFailed):
        return ("validation", error.source, error.report)
    if isinstance(error, InputError):
        return ("input", error.source, error.problem)
    return ("error", str(error))


def build_chunk(jobs: list[Job]) -> list[Outcome]:
    """Extract, write and validate a chunk of articles (in a worker, or in-process)."""
    import pyoxigraph as ox

    from kg.build import article_triples
    from kg.store import to_nquads

    outcomes, ready = [], []
    for job in jobs:
        article = job.article
        try:
            triples = article_triples(article, job.ended_at)
            ready.append((job, triples, to_nquads(triples, article.iri).encode("utf-8")))
        except KhabarError as error:
            outcomes.append(Outcome(job.index, article.iri, article.content_hash, error=portable(error)))
        except Exception as error:  # a bug on one article must not cost the rest of the corpus
            message = (f"{article.source}: internal error while extracting ({type(error).__name__}: {error}); "
                       "please report it")
            outcomes.append(Outcome(job.index, article.iri, article.content_hash, error=("error", message)))
    dataset = ox.Store()
    ready, unloadable = _load(dataset, ready)
    outcomes += unloadable
    outcomes += _validated(ready, dataset)
    return sorted(outcomes, key=lambda outcome: outcome.index)


def _load(dataset, ready: list) -> tuple[list, list[Outcome]]:
    """Load the chunk's N-Quads into a scratch store; an article whose graph is not valid RDF fails alone."""
    import pyoxigraph as ox

    try:
        dataset.load(b"".join(data for _, _, data in ready), format=ox.RdfFormat.N_QUADS)
        return ready, []
    except (SyntaxError, ValueError, OSError):
        dataset.clear()
    kept, failed = [], []
    for job, triples, data in ready:
        try:
            dataset.load(data, format=ox.RdfFormat.N_QUADS)
            kept.append((job, triples, data))
        except (SyntaxError, ValueError, OSError) as error:
            message = (f"{job.article.source}: internal error: its graph is not valid RDF ({error}); "
                       "please report it")
            failed.append(Outcome(job.index, job.article.iri, job.article.content_hash, error=("error", message)))
    return kept, failed


def _validated(ready: list, dataset) -> list[Outcome]:
    """Validate the chunk in one batch; conforming graphs become outcomes ready to store."""
    from shapes import validate_many

    from kg.build import violations
    from kg.graph import PREFIXES

    results = validate_many([triples for _, triples, _ in ready], [(job.article.iri, data) for job, _, data in ready],
                            dataset=dataset, namespaces=PREFIXES)
    outcomes = []
    for (job, triples, data), result in zip(ready, results):
        article = job.article
        if result.conforms:
            sha = hashlib.sha256(data).hexdigest()
            outcomes.append(Outcome(job.index, article.iri, article.content_hash, data, len(triples), sha))
        else:
            error = ValidationFailed(article.source, violations(result))
            outcomes.append(Outcome(job.index, article.iri, article.content_hash, error=portable(error)))
    return outcomes


class Extractors:
    """Chunks of jobs run on `workers` processes (or here, with one worker); outcomes in job order."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self._executor: ProcessPoolExecutor | None = None

    def __enter__(self) -> "Extractors":
        return self

    def __exit__(self, *exc) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def run(self, jobs: Iterable[Job]) -> Iterator[Outcome]:
        """Build every job, yielding outcomes chunk by chunk, in the order the jobs came."""
        if self.workers == 1:
            for chunk in _chunks(jobs):
                yield from build_chunk(chunk)
            return
        in_flight: deque[tuple[Future, list[Job]]] = deque()
        for chunk in _chunks(jobs):
            in_flight.append((self._submit(chunk), chunk))
            while len(in_flight) > QUEUED * self.workers:
                yield from self._collect(*in_flight.popleft())
        while in_flight:
            yield from self._collect(*in_flight.popleft())

    def _submit(self, chunk: list[Job]) -> Future:
        """Hand a chunk to a worker, starting the workers on first use."""
        if self._executor is None:
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"))
        return self._executor.submit(build_chunk, chunk)

    def _collect(self, future: Future, chunk: list[Job]) -> list[Outcome]:
        """A chunk's outcomes; if its worker died, each of its articles fails with the reason."""
        try:
            return future.result()
        except BrokenProcessPool as error:
            self._executor = None  # the next chunk starts fresh workers
            reason = f"a worker process died while building it ({error or 'killed'})"
        except Exception as error:  # noqa: BLE001 - reported per article, the build goes on
            reason = f"internal error in a worker ({type(error).__name__}: {error}); please report it"
        return [Outcome(job.index, job.article.iri, job.article.content_hash,
                        error=("error", f"{job.article.source}: {reason}")) for job in chunk]


def _chunks(jobs: Iterable[Job]) -> Iterator[list[Job]]:
    """Jobs in lists of CHUNK."""
    chunk: list[Job] = []
    for job in jobs:
        chunk.append(job)
        if len(chunk) == CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
