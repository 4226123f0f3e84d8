"""The working state of one article's extraction, shared by the pipeline's steps."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from kg.article import Article
from kg.gazetteer import Gazetteer
from kg.model import Entity, Extraction, Mention
from kg.text import Normalized, Sentence, Token, normalize, split_sentences, tokenize


@dataclass
class Item:
    """An entity mention placed in the folded text: the unit that roles and claims work on."""

    entity: Entity
    start: int  # folded offsets
    end: int
    sentence: int
    proclitic: str = ""  # the proclitic letters stripped from its first word ("ل" in لداعش)


@dataclass
class Context:
    """One article being read: its folded text, sentences, tokens and what was found so far."""

    article: Article
    gazetteer: Gazetteer
    norm: Normalized = field(init=False)
    sentences: list[Sentence] = field(init=False)
    items: list[Item] = field(default_factory=list)
    globals: dict[str, Entity] = field(default_factory=dict)
    local_places: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (class, folded name) -> place
    surnames: dict[str, Entity] = field(default_factory=dict)  # an official's folded surname -> the state he speaks for
    extraction: Extraction = field(init=False)
    _sentence_starts: list[int] = field(init=False)
    _tokens: dict[tuple[int, int], list[Token]] = field(init=False, default_factory=dict)  # by folded span

    def __post_init__(self) -> None:
        self.norm = normalize(self.article.text)
        self.sentences = split_sentences(self.article.text)
        self.extraction = Extraction(self.article, self.sentences)
        self._sentence_starts = [s.start for s in self.sentences]

    def folded_span(self, sentence: Sentence) -> tuple[int, int]:
        """A sentence's span in the folded text."""
        origin = self.norm.origin
        return bisect.bisect_left(origin, sentence.start), bisect.bisect_left(origin, sentence.end)

    def tokens(self, sentence: Sentence) -> list[Token]:
        """The folded tokens of a sentence (tokenized once; a new list each time, callers may change it)."""
        span = self.folded_span(sentence)
        found = self._tokens.get(span)
        if found is None:
            found = self._tokens[span] = tokenize(self.norm.text, *span)
        return list(found)

    def sentence_at(self, original_offset: int) -> int:
        """The index (from 1) of the sentence holding an original offset."""
        return max(1, bisect.bisect_right(self._sentence_starts, original_offset))

    def mention(self, fstart: int, fend: int) -> Mention:
        """A Mention for a folded span, with its exact original text."""
        start, end = self.norm.to_original(fstart, fend)
        return Mention(start, end, self.article.text[start:end], self.sentence_at(start))

    def add_item(self, entity: Entity, fstart: int, fend: int, proclitic: str = "") -> Item:
        """Record a mention of an entity (and the entity, the first time)."""
        mention = self.mention(fstart, fend)
        if entity not in self.extraction.entities:
            self.extraction.entities.append(entity)
        if mention not in entity.mentions:
            entity.mentions.append(mention)
        item = Item(entity, fstart, fend, mention.sentence, proclitic)
        self.items.append(item)
        return item

    def remove_item(self, item: Item) -> None:
        """Forget a mention that a wider one replaces ("درعا" inside "ريف درعا الشرقي"); an entity left
        without mentions stays in the graph only if another entity points to it."""
        self.items.remove(item)
        mention = self.mention(item.start, item.end)
        if not any(i.entity is item.entity and (i.start, i.end) == (item.start, item.end) for i in self.items):
            item.entity.mentions.remove(mention)
        if not item.entity.mentions:
            self.extraction.entities.remove(item.entity)

    def item_at(self, token: Token, kind: str | None = None) -> Item | None:
        """The entity mention overlapping a token (a name may start after the token's proclitic)."""
        return next((i for i in self.items if i.start < token.end and token.start < i.end
                     and (kind is None or i.entity.kind == kind)), None)

    def items_in(self, fstart: int, fend: int) -> list[Item]:
        """Entity mentions inside a folded span, in text order."""
        return sorted((i for i in self.items if fstart <= i.start and i.end <= fend), key=lambda i: i.start)

    def items_before(self, fpos: int) -> list[Item]:
        """Entity mentions ending before a folded offset, latest first."""
        return sorted((i for i in self.items if i.end <= fpos), key=lambda i: -i.start)
