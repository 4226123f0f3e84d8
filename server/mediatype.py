"""Accept headers: parse media ranges with q-values and score media types against them."""

from typing import NamedTuple


class MediaRange(NamedTuple):
    """One entry of an Accept header."""

    type: str
    subtype: str
    q: float
    position: int


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; an absent or empty header accepts anything."""
    if not header or not header.strip():
        return [MediaRange("*", "*", 1.0, 0)]
    ranges = []
    for position, item in enumerate(header.split(",")):
        parsed = _parse_range(item, position)
        if parsed is not None:
            ranges.append(parsed)
    return ranges


def _parse_range(item: str, position: int) -> MediaRange | None:
    """One media range, or None when it is malformed (such entries are ignored)."""
    name, *params = [part.strip() for part in item.split(";")]
    name = "*/*" if name == "*" else name.lower()
    if name.count("/") != 1:
        return None
    type_, subtype = name.split("/")
    q = 1.0
    for param in params:
        key, _, value = param.partition("=")
        if key.strip().lower() == "q":
            try:
                q = min(max(float(value), 0.0), 1.0)
            except ValueError:
                return None
    return MediaRange(type_, subtype, q, position)


def score(media_type: str, ranges: list[MediaRange]) -> tuple | None:
    """How much the client wants media_type: (q, specificity, -position), None if not at all."""
    type_, _, subtype = media_type.split(";")[0].strip().lower().partition("/")
    best = None
    for r in ranges:
        if r.type == type_ and r.subtype == subtype:
            specificity = 2
        elif r.type == type_ and r.subtype == "*":
            specificity = 1
        elif r.type == "*" and r.subtype == "*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[1]:
            best = (r.q, specificity, -r.position)
    return best if best is not None and best[0] > 0 else None


def accepts_only_text(header: str | None) -> bool:
    """True when every range the client accepts is text/... (it gets plain-text errors)."""
    ranges = [r for r in parse_accept(header) if r.q > 0]
    return bool(ranges) and all(r.type == "text" for r in ranges)
