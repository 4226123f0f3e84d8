"""Extraction over whole corpora: throughput on all cores, peak memory, and every failure by article.

    python benchmarks/extraction/run.py ../shared/corpus/ant-arabic-news.jsonl.gz \
        ../shared/corpus/fakes-english-syria.jsonl.gz --workers 2 --json results.json

Reads articles with Khabar's own reader (bad lines are counted as input errors, not crashes),
extracts each one and builds its RDF graph (no SHACL, no store: that is the build benchmark), and
reports articles per second, peak resident memory of the parent and of the worst worker, and each
article whose extraction raised, with the exception.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing as mp
import resource
import sys
import time
import traceback
from collections import Counter

from kg.article import Article, read_inputs
from kg.errors import InputError
from kg.extract import extract
from kg.graph import to_graph

CLOCK = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def work(article: Article) -> tuple[str, int, int, str | None]:
    """Extract one article: (source, triples, operations, error or None)."""
    try:
        extraction = extract(article)
        return article.source, len(to_graph(extraction, CLOCK)), len(extraction.operations), None
    except Exception:  # the point of this run is to find every crash
        return article.source, 0, 0, traceback.format_exc(limit=4)


def peak_mb(who: int) -> float:
    """Peak resident set size in MiB (Linux reports KiB)."""
    return resource.getrusage(who).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--workers", type=int, default=mp.cpu_count())
    parser.add_argument("--limit", type=int, default=0, help="stop after this many articles (0: all)")
    parser.add_argument("--json", help="write the results here")
    args = parser.parse_args(argv)

    articles, input_errors = [], Counter()
    for item in read_inputs(args.inputs):
        if isinstance(item, InputError):
            input_errors[item.problem.split(" (")[0]] += 1
        else:
            articles.append(item)
        if args.limit and len(articles) >= args.limit:
            break
    started = time.monotonic()
    with mp.Pool(args.workers) as pool:
        results = pool.map(work, articles, chunksize=64)
    seconds = time.monotonic() - started
    crashes = [(source, error) for source, _, _, error in results if error]
    summary = {
        "articles": len(articles), "input_errors": dict(input_errors), "crashes": len(crashes),
        "seconds": round(seconds, 1), "articles_per_second": round(len(articles) / seconds, 1),
        "workers": args.workers, "triples": sum(r[1] for r in results), "operations": sum(r[2] for r in results),
        "peak_rss_parent_mb": round(peak_mb(resource.RUSAGE_SELF)),
        "peak_rss_worst_worker_mb": round(peak_mb(resource.RUSAGE_CHILDREN)),
        "crash_examples": [{"source": s, "error": e} for s, e in crashes[:20]],
    }
    print(json.dumps({k: v for k, v in summary.items() if k != "crash_examples"}, indent=2))
    for source, error in crashes[:20]:
        print(f"CRASH {source}\n{error}", file=sys.stderr)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(summary, out, indent=2, ensure_ascii=False)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
