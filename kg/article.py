"""Reading articles: .txt (with an optional .json sidecar), .jsonl and .jsonl.gz files, directories."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator
from urllib.parse import quote

from kg.errors import InputError
from kg.text import arabic_share

RESOURCE = "https://w3id.org/khabar/resource/"
LANGUAGES = ("ar", "en")
_LANGUAGE_NAMES = {"ar": "ar", "ara": "ar", "arabic": "ar", "en": "en", "eng": "en", "english": "en"}
_ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on was with said by as at from it has have were are".split())


@dataclass(frozen=True)
class Article:
    """One news article as read from its input, before extraction."""

    id: str
    text: str
    language: str
    source: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None

    @property
    def iri(self) -> str:
        """The article's IRI, which also names its graph."""
        return f"{RESOURCE}article/{quote(self.id, safe='')}"

    @property
    def content_hash(self) -> str:
        """SHA-256 of the UTF-8 text, as `sha256:HEX`."""
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def published_date(self) -> dt.date | None:
        """The publication day, when known."""
        return dt.date.fromisoformat(self.published[:10]) if self.published else None


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Yield each article of the given files and directories, or the error that stopped it."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from read_inputs(sorted(p for p in path.rglob("*") if _is_article_file(p)))
        elif not path.exists():
            yield InputError(str(path), "no such file or directory")
        elif path.name.endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(path)
        elif path.suffix == ".txt":
            yield _guard(str(path), lambda: _read_txt(path))
        else:
            yield InputError(str(path), "unsupported file type (expected .txt, .jsonl or .jsonl.gz)")


def _is_article_file(path: Path) -> bool:
    """True for the files a directory walk reads (a .json next to a .txt is its sidecar)."""
    return path.is_file() and (path.suffix == ".txt" or path.name.endswith((".jsonl", ".jsonl.gz")))


def _guard(source: str, read) -> Article | InputError:
    """Run a reader, turning its InputError into a yielded value."""
    try:
        return read()
    except InputError as error:
        return error


def _read_txt(path: Path) -> Article:
    """Read a UTF-8 .txt article and its optional NAME.json sidecar."""
    text = _decode(path.read_bytes(), str(path))
    meta: dict = {}
    sidecar = path.with_suffix(".json")
    if sidecar.exists():
        try:
            meta = json.loads(sidecar.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as error:
            raise InputError(str(sidecar), f"sidecar is not valid UTF-8 JSON ({error})") from None
        if not isinstance(meta, dict):
            raise InputError(str(sidecar), "sidecar must hold a JSON object")
    meta.setdefault("id", path.stem)
    return make_article(meta, text, str(path))


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Read a JSON-lines file (optionally gzipped), one article a line."""
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as lines:
            for number, raw in enumerate(lines, start=1):
                if raw.strip():
                    yield _guard(f"{path}:{number}", lambda: _parse_line(raw, f"{path}:{number}"))
    except (OSError, EOFError) as error:
        yield InputError(str(path), f"cannot read the file ({error})")


def _parse_line(raw: bytes, source: str) -> Article:
    """Parse one JSON line into an article."""
    try:
        record = json.loads(_decode(raw, source))
    except json.JSONDecodeError as error:
        raise InputError(source, f"line is not valid JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise InputError(source, "line is not a JSON object")
    if not isinstance(record.get("text"), str):
        raise InputError(source, "record has no 'text' string")
    return make_article(record, record["text"], source)


def _decode(data: bytes, source: str) -> str:
    """Decode UTF-8 bytes, refusing empty, binary and other-encoding input with a clear reason."""
    if b"\x00" in data:
        raise InputError(source, "binary file (contains NUL bytes), not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(source, f"not UTF-8 text (invalid byte 0x{data[error.start]:02x} at offset "
                                 f"{error.start}; re-encode it, e.g. from Windows-1256, to UTF-8)") from None
    return text


def make_article(meta: dict, text: str, source: str) -> Article:
    """Build an Article from a metadata record and its text, checking every field."""
    if not text.strip():
        raise InputError(source, "empty text")
    published = _check_date(meta.get("published"), source)
    return Article(
        id=_article_id(meta.get("id"), text),
        text=text,
        language=_language(meta.get("language"), text, source),
        source=source,
        title=_optional_str(meta.get("title")),
        published=published,
        publisher=_optional_str(meta.get("publisher")),
        url=_optional_str(meta.get("url")),
    )


def _article_id(raw, text: str) -> str:
    """The given id, else a content hash, so the IRI is stable."""
    if raw is not None and str(raw).strip():
        return str(raw).strip()
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _optional_str(value) -> str | None:
    """A stripped string, or None for missing and blank values."""
    return str(value).strip() or None if value is not None else None


def _check_date(value, source: str) -> str | None:
    """Accept an ISO 8601 date or datetime; refuse anything else."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            dt.date.fromisoformat(text)
        else:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InputError(source, f"'published' is not an ISO 8601 date or datetime: {text!r}") from None
    return text


def _language(declared, text: str, source: str) -> str:
    """The declared language if supported, else the detected one; unknown languages are refused."""
    if declared not in (None, ""):
        code = _LANGUAGE_NAMES.get(str(declared).strip().lower())
        if code is None:
            raise InputError(source, f"unsupported language {declared!r} (Khabar reads ar and en)")
        return code
    detected = detect_language(text)
    if detected is None:
        raise InputError(source, "unknown language: the text is neither Arabic nor English")
    return detected


def detect_language(text: str) -> str | None:
    """'ar' when most letters are Arabic, 'en' when English function words are common, else None."""
    if arabic_share(text) >= 0.5:
        return "ar"
    words = re.findall(r"[a-z]+", text.lower())
    if words and sum(w in _ENGLISH_WORDS for w in words) / len(words) >= 0.12:
        return "en"
    return None
