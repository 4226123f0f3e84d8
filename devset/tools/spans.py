"""Span helper for the gold development set.

Offsets are Unicode code points into the article text (Python ``str`` indices), end exclusive,
exactly as ``docs/gold-format.md`` defines them. Never compute offsets by hand: call these.

    >>> find_span("قال المرصد إن المرصد", "المرصد", 1)
    (14, 20)
"""
from __future__ import annotations

import sys


class SpanError(ValueError):
    """A quoted substring was not found (or not that many times) in the text."""


def find_all(text: str, sub: str) -> list[tuple[int, int]]:
    """Every (start, end) where ``sub`` occurs in ``text``, non-overlapping, in text order."""
    if not sub:
        raise SpanError("empty substring")
    spans, start = [], 0
    while True:
        i = text.find(sub, start)
        if i < 0:
            return spans
        spans.append((i, i + len(sub)))
        start = i + len(sub)


def find_span(text: str, sub: str, occurrence: int = 0) -> tuple[int, int]:
    """(start, end) of the ``occurrence``-th (0-based; negative counts from the end) ``sub``."""
    spans = find_all(text, sub)
    try:
        return spans[occurrence]
    except IndexError:
        raise SpanError(f"{sub!r}: occurrence {occurrence} asked, {len(spans)} found") from None


def find_range(text: str, first: str, last: str, occurrence: int = 0) -> tuple[int, int]:
    """Span from the ``occurrence``-th ``first`` to the end of the next ``last`` after it."""
    start, _ = find_span(text, first, occurrence)
    j = text.find(last, start)
    if j < 0:
        raise SpanError(f"{last!r} not found after {first!r}")
    return start, j + len(last)


def count(text: str, sub: str) -> int:
    """How many times ``sub`` occurs."""
    return len(find_all(text, sub))


def context(text: str, start: int, end: int, width: int = 30) -> str:
    """The span in its context, marked with [[ ]], for review."""
    return (text[max(0, start - width):start] + "[[" + text[start:end] + "]]" + text[end:end + width]).replace("\n", " ")


def main(argv: list[str]) -> int:
    """CLI: spans.py FILE SUBSTRING [OCCURRENCE] — print start/end (FILE: a .txt, or ID for devset/articles.jsonl)."""
    if len(argv) < 3:
        print(main.__doc__)
        return 2
    from pathlib import Path
    import json
    source, sub = argv[1], argv[2]
    occ = int(argv[3]) if len(argv) > 3 else None
    path = Path(source)
    if path.exists():
        text = path.read_text(encoding="utf-8-sig")
    else:
        rows = Path(__file__).resolve().parents[1] / "articles.jsonl"
        text = next(json.loads(l)["text"] for l in rows.open(encoding="utf-8") if json.loads(l)["id"] == source)
    hits = find_all(text, sub) if occ is None else [find_span(text, sub, occ)]
    for s, e in hits:
        print(s, e, context(text, s, e))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
