"""Text handling: normalisation that keeps offsets, sentences, clauses and tokens."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# Arabic letters folded together so spelling variants match; each maps one code point to one.
_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8",
    "٩": "9", "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7",
    "۸": "8", "۹": "9", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "«": '"', "»": '"',
    "“": '"', "”": '"', "’": "'", "‘": "'", "،": ",", "؛": ";", "؟": "?", "٫": ".", "٬": ",",
})
# Diacritics (tashkeel), superscript alef and tatweel carry no meaning for matching: dropped.
_DROP = re.compile("[\u064b-\u065f\u0670\u0640\u200c-\u200f]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a]")
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Normalized:
    """A folded copy of a text with, for each of its characters, the offset in the original."""

    text: str
    origin: tuple[int, ...]
    original: str

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text back to the original text."""
        first = self.origin[start]
        last = self.origin[end - 1] + 1 if end > start else first
        return first, last


def fold_char(ch: str) -> str:
    """Fold one character: Arabic variants together, digits to ASCII, case to lower."""
    ch = ch.translate(_FOLD)
    low = ch.lower()
    return low if len(low) == 1 else ch


class _FoldTable(dict):
    """A str.translate table doing fold_char on each character (None for a dropped one), filled as needed."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        folded = self[code] = None if _DROP.match(ch) else fold_char(ch)
        return folded


_FOLD_TABLE = _FoldTable()


def normalize(text: str) -> Normalized:
    """Fold a text for matching, remembering where each kept character came from."""
    origin: list[int] = []
    kept = 0
    for dropped in _DROP.finditer(text):  # a character at a time: one match is one character
        origin.extend(range(kept, dropped.start()))
        kept = dropped.end()
    origin.extend(range(kept, len(text)))
    return Normalized(text.translate(_FOLD_TABLE), tuple(origin), text)


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """The folded form of a short string (a name, a trigger word)."""
    return normalize(unicodedata.normalize("NFC", text)).text


def fold_pattern(pattern: str) -> str:
    """Fold the Arabic letters of a regular expression, leaving its syntax (and case) alone."""
    return _DROP.sub("", pattern.translate(_FOLD))


def arabic_share(text: str) -> float:
    """Share of letters in the text that are Arabic."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if _ARABIC_LETTER.match(c)) / len(letters)


@dataclass(frozen=True)
class Token:
    """A word of the folded text, with its span in the folded text."""

    text: str
    start: int
    end: int


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of folded[start:end] with their folded-text spans."""
    end = len(folded) if end is None else end
    return [Token(m.group(), m.start() + start, m.end() + start)
            for m in _TOKEN.finditer(folded[start:end])]


@dataclass(frozen=True)
class Sentence:
    """A sentence: its index (from 1), span in the original text, and whether it is a heading."""

    index: int
    start: int
    end: int
    heading: bool


# A sentence ends at . ! ? ؟ (not between digits) or at a line break.
_SENTENCE_END = re.compile(r"(?<!\d)(?<!\b[A-Z])(?<!\bMr|\bDr|\bSt)(?<!\bGen|\bCol|\bMrs)(?<!\bJan|\bFeb|\bMar|\bApr|\bJun|\bJul|\bAug|\bSep|\bOct|\bNov|\bDec)(?<!\bSept)[.!?؟…]+(?!\d)[\"'»”)]*|\n+")


def split_sentences(text: str) -> list[Sentence]:
    """Split a text into sentences (never inside a quotation); a short bare line is a heading."""
    sentences: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        inside_quote = text.count('"', pos, m.start()) % 2 == 1
        if inside_quote and "\n" not in m.group():
            continue
        _add_sentence(text, pos, m.end(), sentences)
        pos = m.end()
    _add_sentence(text, pos, len(text), sentences)
    return sentences


def _add_sentence(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """Trim a candidate span and keep it if it holds a word."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not _TOKEN.search(text[start:end]):
        return
    line_end = text.find("\n", end)
    whole_line = (start == 0 or text[start - 1] == "\n") and (line_end == end or end == len(text))
    heading = whole_line and text[end - 1] not in ".!?؟…\"'»”" and len(text[start:end].split()) <= 8
    out.append(Sentence(len(out) + 1, start, end, heading))
