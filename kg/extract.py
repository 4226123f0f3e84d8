"""The extraction pipeline: small named steps, each reading and adding to the article's context."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

from kg.article import Article
from kg.claims import find_claims
from kg.context import Context
from kg.entities import find_entities
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.model import Extraction, TimeExpr
from kg.operations import find_operations
from kg.quantities import find_quantities
from kg.timex import Found, find_times

_DATELINE_WITHIN = 200  # characters at the top of an article where its dateline stands
_DATELINE_DAYS = 60  # how far after the corpus date a dateline may date the article


def find_time_expressions(ctx: Context) -> None:
    """Add the article's time expressions, resolved against its publication date when known, or
    against the date its own dateline gives when that is a little later (see _dateline)."""
    published = ctx.article.published_date
    times = find_times(ctx.norm.text, published)
    dateline = _dateline(times, published)
    if dateline is not None:
        times = [replace(f, note=f.note.replace("publication date", "dateline date"))
                 for f in find_times(ctx.norm.text, dateline)]
    for found in times:
        mention = ctx.mention(found.start, found.end)
        relative = "publication date" in found.note or "dateline date" in found.note
        anchor = (dateline or published) if found.begin and relative else None
        ctx.extraction.times.append(TimeExpr(mention, found.begin, found.until, anchor, found.note))


def _dateline(times: list[Found], published: dt.date | None) -> dt.date | None:
    """The day an article's first line dates it ("Saturday 26 Jul 2014 At least 85 ..."), when it
    falls in the weeks after the corpus's publication date: FA-KES records carry their crawl or
    index date, and the weekdays of the text count from the article's own day. An earlier date at
    the top is what the article is about, not when it was written."""
    if published is None:
        return None
    for found in times:
        if found.start > _DATELINE_WITHIN:
            break
        if found.note.startswith("explicit") and found.begin and found.begin == found.until \
                and published < found.begin <= published + dt.timedelta(days=_DATELINE_DAYS):
            return found.begin
    return None


# (step, what it needs, what it adds): the order is checked by check_pipeline().
PIPELINE: list[tuple[Callable[[Context], None], set[str], set[str]]] = [
    (find_entities, set(), {"entities"}),
    (find_time_expressions, set(), {"times"}),
    (find_quantities, {"times"}, {"quantities"}),
    (find_operations, {"entities", "times"}, {"operations"}),
    (find_claims, {"entities", "times", "operations", "quantities"}, {"claims"}),
]


def check_pipeline() -> None:
    """Fail loudly if a step runs before the steps whose output it needs."""
    done: set[str] = set()
    for step, needs, adds in PIPELINE:
        missing = needs - done
        if missing:
            raise RuntimeError(f"pipeline step {step.__name__} needs {sorted(missing)} from an earlier step")
        done |= adds


def extract(article: Article, gazetteer: Gazetteer | None = None) -> Extraction:
    """Run every step of the pipeline on one article."""
    ctx = Context(article, gazetteer or load_gazetteer())
    for step, _, _ in PIPELINE:
        step(ctx)
    _link_quantities(ctx)
    return ctx.extraction


def _link_quantities(ctx: Context) -> None:
    """A figure concerns the operations of its sentence and the group it counts."""
    for quantity in ctx.extraction.quantities:
        for op in ctx.extraction.operations:
            sentences = {m.sentence for m in [op.mention] + op.also_mentioned}
            if quantity.mention.sentence in sentences and op not in quantity.concerns:
                quantity.concerns.append(op)
        for item in ctx.items:
            mention_start, _ = ctx.norm.to_original(item.start, item.end)
            inside = quantity.mention.start <= mention_start < quantity.mention.end
            if inside and item.entity.kind == "actor" and item.entity not in quantity.concerns:
                quantity.concerns.append(item.entity)


check_pipeline()
