"""What extraction produces: mentions, instances and claims, kept in three layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.article import Article
from kg.text import Sentence


@dataclass(frozen=True)
class Mention:
    """A span of the original text (code points, end exclusive) in a sentence."""

    start: int
    end: int
    text: str
    sentence: int


@dataclass(eq=False)
class Entity:
    """An actor or a place: from the gazetteer (key set) or local to the article."""

    kind: str  # "actor" or "place"
    cls: str
    labels: dict[str, str]
    key: str | None = None
    qid: str | None = None
    lat: str | None = None
    lon: str | None = None
    part_of: list["Entity"] = field(default_factory=list)
    near: list["Entity"] = field(default_factory=list)
    direction: str | None = None
    affiliated_with: list["Entity"] = field(default_factory=list)
    member_count: int | None = None
    mentions: list[Mention] = field(default_factory=list)


@dataclass(eq=False)
class TimeExpr:
    """A time expression and how it was (or was not) resolved to dates."""

    mention: Mention
    start: dt.date | None
    end: dt.date | None
    anchor: dt.date | None
    note: str

    @property
    def resolved(self) -> bool:
        """True when the expression was turned into a date interval."""
        return self.start is not None


@dataclass(eq=False)
class Quantity:
    """A figure stated in the text, as an interval with its wording."""

    kind: str
    mention: Mention
    low: float | None
    high: float | None
    approximation: str
    unit: str | None
    concerns: list = field(default_factory=list)


@dataclass(eq=False)
class Operation:
    """A military or security operation named by a trigger in one clause."""

    cls: str
    mention: Mention
    agents: list[Entity] = field(default_factory=list)
    supporters: list[Entity] = field(default_factory=list)
    targets: list[Entity] = field(default_factory=list)
    places: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    intended: bool = False
    also_mentioned: list[Mention] = field(default_factory=list)


@dataclass(eq=False)
class Claim:
    """What a source is reported to have said; `relays` points to the claim it passes on."""

    cls: str
    source: Entity
    mention: Mention
    cue: str
    content: str | None = None
    content_span: tuple[int, int] | None = None
    relays: "Claim | None" = None
    about: list = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    sentences: list[Sentence]
    entities: list[Entity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    operations: list[Operation] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
