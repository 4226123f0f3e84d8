"""Running an evaluation: find each gold file's article, get its graph (fresh or from a store), score it."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from kg.article import Article, read_inputs
from kg.errors import InputError
from kg.evaluate import ArticleResult, load_gold, predictions, score_article
from kg.extract import extract
from kg.graph import KH, to_graph

_FIXED_CLOCK = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)  # the run time does not affect scores
DEFAULT_ARTICLES = ("devset/articles.jsonl", "seeds")


def gold_paths(paths: list[str]) -> list[Path]:
    """Gold files given directly or found in directories, sorted."""
    found: list[Path] = []
    for path in map(Path, paths):
        found.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    return found


def _article_index(inputs: list[str] | None) -> dict[str, Article]:
    """Articles by id from the given inputs (or the default development set locations)."""
    inputs = inputs or [p for p in DEFAULT_ARTICLES if Path(p).exists()]
    return {a.id: a for a in read_inputs(inputs) if isinstance(a, Article)}


def evaluate_files(paths: list[str], store: str | None = None, articles: list[str] | None = None) -> list[ArticleResult]:
    """Score every gold file; texts and graphs come from the store if given, else fresh extraction."""
    files = gold_paths(paths)
    if store:
        return _from_store(files, store)
    index = _article_index(articles)
    results = []
    for path in files:
        article_id = _gold_id(path)
        if article_id not in index:
            raise InputError(str(path), f"article {article_id!r} not found in the --articles inputs")
        article = index[article_id]
        gold = load_gold(path, article.text)
        results.append(score_article(gold, predictions(to_graph(extract(article), _FIXED_CLOCK))))
    return results


def _from_store(files: list[Path], store_path: str) -> list[ArticleResult]:
    """Score the graphs a store holds."""
    from kg.store import StoreHandle, graph_of

    results = []
    with StoreHandle(store_path, read_only=True) as handle:
        for path in files:
            iri = Article(_gold_id(path), "", "ar", "").iri
            graph = graph_of(handle.store, iri)
            text = next(graph.objects(None, KH.text), None)
            if text is None:
                raise InputError(str(path), f"the store has no graph for {iri}")
            results.append(score_article(load_gold(path, str(text)), predictions(graph)))
    return results


def _gold_id(path: Path) -> str:
    """The article id a gold file names."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))["article"]["id"]
    except (OSError, ValueError, KeyError) as error:
        raise InputError(str(path), f"not a gold file ({error})") from None
