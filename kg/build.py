"""Building the store: read inputs, extract, make each article's graph, validate it, store it."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph

from kg import __version__
from kg.article import Article, read_inputs
from kg.errors import InputError, KhabarError, ValidationFailed
from kg.extract import extract
from kg.graph import to_graph
from kg.store import StoreHandle, article_state, replace_graph


@dataclass
class BuildReport:
    """What a build did: articles built, skipped as unchanged, failed (with reasons), triples written."""

    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[KhabarError] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when every input was built or skipped."""
        return not self.failed


def article_graph(article: Article, ended_at: dt.datetime) -> Graph:
    """Extract one article and return its graph (not yet validated)."""
    return to_graph(extract(article), ended_at)


def validate_graph(graph: Graph, source: str) -> None:
    """Raise ValidationFailed, with a readable report, when a graph breaks the shapes."""
    from shapes import validate

    result = validate(graph)
    if not result.conforms:
        lines = [f"  {r.severity}: {r.focus_node} {r.path or ''}: {r.message}" for r in result.results]
        raise ValidationFailed(source, "\n".join(lines))


def build(inputs: Iterable[str | Path], store_path: str | Path, clock: Callable[[], dt.datetime],
          progress: Callable[[str], None] | None = None, force: bool = False) -> BuildReport:
    """Build every input into the store; one bad article is reported and never stops the others."""
    report = BuildReport()
    seen: dict[str, str] = {}
    started = time.monotonic()
    with StoreHandle(store_path) as handle:
        for n, item in enumerate(read_inputs(inputs), start=1):
            if isinstance(item, InputError):
                report.failed.append(item)
            else:
                _build_one(handle, item, clock, report, seen, force)
            if progress and n % 100 == 0:
                rate = n / max(time.monotonic() - started, 1e-9)
                progress(f"{n} inputs read, {len(report.built)} built, {len(report.failed)} failed ({rate:.1f}/s)")
        handle.store.flush()
    report.seconds = time.monotonic() - started
    return report


def _build_one(handle: StoreHandle, article: Article, clock, report: BuildReport, seen: dict[str, str],
               force: bool) -> None:
    """Build one article, recording the outcome in the report."""
    if article.iri in seen:
        report.failed.append(InputError(article.source, f"duplicate article id {article.id!r} "
                                                        f"(already read from {seen[article.iri]})"))
        return
    seen[article.iri] = article.source
    if not force and article_state(handle.store, article.iri) == (article.content_hash, __version__):
        report.skipped.append(article.iri)
        return
    try:
        graph = article_graph(article, clock())
        validate_graph(graph, article.source)
    except KhabarError as error:
        report.failed.append(error)
        return
    except Exception as error:  # a bug on one article must not cost the rest of the corpus
        report.failed.append(KhabarError(f"{article.source}: internal error while extracting "
                                         f"({type(error).__name__}: {error}); please report it"))
        return
    report.triples += replace_graph(handle.store, article.iri, graph)
    report.built.append(article.iri)
