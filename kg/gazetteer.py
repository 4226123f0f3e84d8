"""The gazetteer of actors and places, and the matcher that finds their names in a text."""

from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

from kg.text import Normalized, Token, fold, tokenize

ACTOR_CLASSES = frozenset({
    "StateForce", "ArmedGroup", "Militia", "Coalition", "Government", "MediaOrganisation",
    "NewsAgency", "HumanitarianOrganisation", "UNBody", "MonitoringGroup", "IntelligenceService",
    "AnonymousSource", "Civilians"})
PLACE_CLASSES = frozenset({
    "Country", "Governorate", "District", "Subdistrict", "CityOrTown", "Neighbourhood", "Facility",
    "Landmark", "River", "Region", "Road"})
FORCE_CLASSES = frozenset({"StateForce", "ArmedGroup", "Militia", "Coalition"})
# When one name fits several places, the reading a reporter most often means comes first.
_PLACE_PREFERENCE = ("CityOrTown", "Country", "Governorate", "District", "Subdistrict", "Region",
                     "River", "Landmark", "Facility", "Road", "Neighbourhood")
# Nouns that announce a place name: a one-word village name is trusted only after one of them.
PLACE_CUES = frozenset(fold(w) for w in (
    "مدينة بلدة قرية حي مخيم ناحية منطقة ريف محافظة قرى بلدات مدن أحياء بلدتي مدينتي قريتي "
    "city town village district province neighbourhood neighborhood camp").split())


@dataclass(frozen=True)
class Entry:
    """One actor or place of the gazetteer."""

    key: str
    kind: str  # "actor" or "place"
    cls: str
    name_en: str
    name_ar: str
    names: tuple[str, ...]
    adjectives_ar: tuple[str, ...] = ()
    parent: str | None = None
    affiliated_with: str | None = None
    lat: str | None = None
    lon: str | None = None
    qid: str | None = None

    @property
    def iri(self) -> str:
        """The entry's global IRI."""
        return f"https://w3id.org/khabar/resource/{self.kind}/{self.key}"

    @property
    def wof_id(self) -> int | None:
        """The Who's On First id of a place keyed `wof-N`."""
        return int(self.key[4:]) if self.key.startswith("wof-") else None


@dataclass(frozen=True)
class Match:
    """A gazetteer name found in the folded text: its folded span and the candidate entries."""

    start: int
    end: int
    candidates: tuple[Entry, ...]
    first_token: Token
    first_form: str
    via_adjective: bool = False

    @property
    def proclitic(self) -> str:
        """The proclitic letters stripped from the first word ("ل" in لداعش, "" when none)."""
        token, form = self.first_token.text, self.first_form
        if token.endswith(form):
            return token[:len(token) - len(form)]
        return "ل" if form.startswith("ال") and token.startswith("لل") else ""

    @property
    def text_start(self) -> int:
        """Where the name itself begins, after any proclitic that can be cut off cleanly."""
        cut = self.first_token.text.endswith(self.first_form)
        return self.start + (len(self.proclitic) if cut else 0)


@dataclass
class Gazetteer:
    """Actors and places by key, and an index from folded name tokens to entries."""

    entries: dict[str, Entry] = field(default_factory=dict)
    index: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    adjectives: dict[tuple[str, ...], list[Entry]] = field(default_factory=dict)
    # Names spelled only in capitals ("IS", "US"): matched only where the text has them in capitals too.
    capitals_only: set[tuple[str, ...]] = field(default_factory=set)
    spelled_otherwise: set[tuple[str, ...]] = field(default_factory=set)  # names written not all in capitals
    longest: int = 1
    # Romanisation-blind keys of the English names of places with a Wikidata link ("Hasakeh", "Hasakah"
    # and "Hasaka" share one): tried only where a capitalised English name matched nothing exactly.
    sounds: dict[str, list[Entry]] = field(default_factory=dict)
    # First token of a name or adjective -> the most tokens of one starting with it: where to start trying.
    reach: dict[str, int] = field(default_factory=dict)

    def add(self, entry: Entry) -> None:
        """Add an entry and index its names."""
        self.entries[entry.key] = entry
        for name in entry.names:
            self._index(self.index, name, entry)
        for adjective in entry.adjectives_ar:
            self._index(self.adjectives, adjective, entry)
        if entry.kind == "place" and entry.qid:
            for name in entry.names:
                key = sound_key(name) if name.isascii() else ""
                if key and entry not in self.sounds.setdefault(key, []):
                    self.sounds[key].append(entry)

    def _index(self, table: dict, name: str, entry: Entry) -> None:
        """Index a name under its folded tokens (an adjective also without the article ال: a name keeps
        its article in Arabic, and "قريتين" is two villages, not al-Qaryatayn)."""
        tokens = tuple(t.text for t in tokenize(fold(name)))
        if not tokens:
            return
        if table is self.index:  # whichever of "ISIS" and "Isis" comes first, only capitals-only names stay
            if name.isascii() and name.isupper():
                if tokens not in self.spelled_otherwise:
                    self.capitals_only.add(tokens)
            else:
                self.spelled_otherwise.add(tokens)
                self.capitals_only.discard(tokens)
        forms = {tokens}
        if table is self.adjectives and tokens[0].startswith("ال") and len(tokens[0]) > 3:
            forms.add((tokens[0][2:],) + tokens[1:])  # "غارات روسية" as well as "الغارات الروسية"
        for form in forms:
            bucket = table.setdefault(form, [])
            if entry not in bucket:
                bucket.append(entry)
            self.reach[form[0]] = max(self.reach.get(form[0], 0), len(form))
        self.longest = max(self.longest, len(tokens))

    def get_candidates(self, tokens: tuple[str, ...]) -> list[Entry]:
        """Entries whose name is exactly these folded tokens."""
        return self.index.get(tokens, [])

    def find(self, normalized: Normalized, start: int = 0, end: int | None = None) -> list[Match]:
        """Longest-first, left-to-right matches of names (and nationality adjectives) in a text."""
        tokens = tokenize(normalized.text, start, end)
        matches: list[Match] = []

        def capitals(first: int, last: int) -> bool:
            begin, stop = normalized.to_original(first, last)
            return normalized.original[begin:stop].isupper()

        i, listed = 0, False
        while i < len(tokens):
            # "بلدتي نبل والزهراء": a name joined by و to a place that a place noun announced is announced too
            joined = listed and matches[-1].end == tokens[i - 1].end and tokens[i].text.startswith("و")
            found = self._match_at(tokens, i, capitals, joined) or self._sounds_like(tokens, i, normalized)
            if found:
                listed = found[0].candidates[0].kind == "place" and (joined or (i > 0 and tokens[i - 1].text in PLACE_CUES))
                matches.append(found[0])
                i += found[1]
            else:
                i += 1
        return matches

    def _match_at(self, tokens: list[Token], i: int, capitals, joined: bool = False) -> tuple[Match, int] | None:
        """The longest name or adjective starting at token i, and its length in tokens."""
        reach = max(self.reach.get(first, 0) for first in _first_forms(tokens[i].text, 2))  # all forms of any size
        for size in range(min(reach, len(tokens) - i), 0, -1):
            rest = tuple(t.text for t in tokens[i + 1:i + size])
            for first in _first_forms(tokens[i].text, size):
                key = (first,) + rest
                previous = tokens[i - 1].text if i else ""
                entries = [e for e in self.index.get(key, ()) if joined or _trusted(e, size, previous)]
                span = (tokens[i].start, tokens[i + size - 1].end)
                if entries and key in self.capitals_only and not capitals(*span):
                    continue  # "is", "us": ordinary words, not the acronyms IS, US
                if entries:
                    return Match(*span, tuple(entries), tokens[i], first), size
                if key in self.adjectives:
                    return Match(*span, tuple(self.adjectives[key]), tokens[i], first, True), size
        return None

    def _sounds_like(self, tokens: list[Token], i: int, normalized: Normalized) -> tuple[Match, int] | None:
        """A place name spelled another way ("Hasakeh", "Deir Ezzor", "Qamishly"): one to three
        capitalised English words (articles such as "al-" between them), not the start of a longer name,
        whose sound key is that of one place's names (or of a town and the area it is the seat of)."""
        def capitalised(token: Token) -> bool:
            begin, _ = normalized.to_original(token.start, token.end)
            return normalized.original[begin:begin + 1].isupper()

        if not tokens[i].text.isascii() or not capitalised(tokens[i]):
            return None
        for size in range(min(3, len(tokens) - i), 0, -1):
            words = tokens[i:i + size]
            if not all(capitalised(t) or t.text in _ARTICLES for t in words) or words[-1].text in _ARTICLES:
                continue
            if any(not t.text.isascii() or tokens[j].end != tokens[j + 1].start - 1
                   for j, t in enumerate(words[:-1], start=i)):
                continue  # one name: words a single space or hyphen apart
            following = tokens[i + size] if i + size < len(tokens) else None
            if following is not None and following.text.isascii() and capitalised(following) and \
                    following.start - words[-1].end <= 1 and following.text not in _ARTICLES:
                continue  # part of a longer name ("Barack Obama" is no Baraq)
            begin, stop = normalized.to_original(words[0].start, words[-1].end)
            entries = self.sounds.get(sound_key(normalized.original[begin:stop]), [])
            if entries and self._nested(entries):
                return Match(words[0].start, words[-1].end, tuple(entries), words[0], words[0].text), size
        return None

    def _nested(self, entries: list[Entry]) -> bool:
        """Whether the places are one, or a town and the district or governorate it is the seat of
        ("Deir ez-Zor"): not two places that only sound alike ("Duraykish", "Darkush")."""
        def ancestors(entry: Entry) -> set[str]:
            keys, parent = set(), entry.parent
            while parent and parent not in keys and parent in self.entries:
                keys.add(parent)
                parent = self.entries[parent].parent
            return keys

        return all(a.key in ancestors(b) or b.key in ancestors(a)
                   for n, a in enumerate(entries) for b in entries[n + 1:])


# The Arabic article in English spellings of names ("Deir al-Adas", "Tal as-Samn"); the sound key also
# drops the forms assimilated or written with e and u ("Deir ez-Zor", "Abu ul-...").
ARTICLES_EN = frozenset("al el ad ar as ash at az an".split())
_ARTICLES = ARTICLES_EN | frozenset("ez ed es et er en ul".split())


def sound_key(name: str) -> str:
    """A key that forgets how an Arabic name was romanised: lower case, articles ("al-", "ez-")
    dropped, a final "h" after a vowel dropped, q/c/k and kh alike, doubled letters single; then the
    consonants after the first letter ("Deir Ezzor", "Deir al-Zour", "Deir ez-Zor" → "drzr"), or,
    where those are only three, the letters with every vowel alike ("Hasakeh", "Hasakah" →
    "v:hasaka"; "There" does not become "Thawrah"); "" for a name too short to tell."""
    words = [w for w in re.split(r"[\s\-'`’‘]+", name.lower()) if w and w not in _ARTICLES]
    key = re.sub(r"[^a-z]", "", "".join(words))
    key = re.sub(r"([aeiouy])h$", r"\1", key)
    for spelled, sound in (("ph", "f"), ("kh", "k"), ("gh", "g"), ("q", "k"), ("c", "k")):
        key = key.replace(spelled, sound)
    consonants = re.sub(r"(.)\1+", r"\1", key[:1] + re.sub(r"[aeiouyw]", "", key[1:]))
    if len(consonants) >= 4:
        return consonants
    if len(consonants) == 3:
        return "v:" + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiou]", "a", key))
    return ""


def _first_forms(token: str, size: int) -> tuple[str, ...]:
    """Forms of a name's first word; in a name of several words a proclitic may leave two letters
    ("لبي بي سي": to the BBC)."""
    forms = clitic_forms(token)
    if size > 1 and len(token) == 3 and token[0] in "وبلك":
        forms += (token[1:],)
    return forms


def _trusted(entry: Entry, size: int, previous: str) -> bool:
    """A one-word place without a Wikidata link is taken only after a place noun (many are common words)."""
    if entry.kind != "place" or size > 1 or entry.qid or not entry.key.startswith("wof-"):
        return True  # a curated place (kg/data/places-extra.tsv) was added for its name
    if entry.cls in ("Country", "Governorate", "District", "River"):
        return True
    return previous in PLACE_CUES


@functools.lru_cache(maxsize=131072)
def clitic_forms(token: str) -> tuple[str, ...]:
    """The token and the forms left by stripping Arabic proclitics (و ف ب ل ك ال لل), longest first."""
    forms = [token]
    for conj in ("", "و", "ف"):
        if conj and not token.startswith(conj):
            continue
        stem = token[len(conj):]
        if len(stem) < 2:
            continue
        forms.append(stem)
        for prep in ("ب", "ل", "ك"):
            if stem.startswith(prep) and len(stem) > 3:
                forms.append(stem[1:])
                if prep == "ل" and stem.startswith("لل"):
                    forms.append("ا" + stem[1:])  # لل = ل + ال with the alef elided
    if token.isascii() and token.endswith("s") and len(token) > 4:
        forms.append(token[:-1])  # English possessive with the apostrophe stripped: "Syrias", "Hezbollahs"
    return tuple(dict.fromkeys(forms))


# Words next to a place name that say which kind of place it is.
CUE_CLASSES = {fold("محافظة"): "Governorate", fold("محافظتي"): "Governorate", fold("محافظات"): "Governorate",
               fold("مدينة"): "CityOrTown",
               fold("مدينتي"): "CityOrTown", "province": "Governorate", "city": "CityOrTown",
               "governorate": "Governorate", fold("ريف"): "Governorate", fold("منطقة"): "District",
               "region": "Governorate", "provinces": "Governorate"}


def rank_places(entries: Iterable[Entry], wanted: str | None) -> list[Entry]:
    """Order same-name place candidates: the wanted class first, else the usual reading, then a QID."""

    def score(entry: Entry) -> tuple:
        cls_rank = _PLACE_PREFERENCE.index(entry.cls) if entry.cls in _PLACE_PREFERENCE else 99
        return (entry.cls != wanted, cls_rank, entry.qid is None, entry.key)

    return sorted(entries, key=score)


def _split(value: str | None) -> tuple[str, ...]:
    """Split a |-separated cell into its non-empty parts."""
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _rows(name: str) -> list[dict]:
    """Rows of a TSV file shipped in kg/data."""
    with resources.files("kg").joinpath("data", name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _entry(row: dict, kind: str) -> Entry:
    """An Entry from a row of actors.tsv or places.tsv."""
    english = _split(row.get("variants_en"))
    if row["class"] == "Country":  # "Syrian", "Turkish" are adjectives, not names of the country
        english = tuple(v for v in english if not v.endswith(("ian", "ish", "ese", "ani")))
    names = (row.get("name_ar", ""), row.get("name_en", "")) + _split(row.get("variants_ar")) + english
    return Entry(
        key=row["key"], kind=kind, cls=row["class"], name_en=row.get("name_en") or "",
        name_ar=row.get("name_ar") or "", names=tuple(n for n in names if n),
        adjectives_ar=_split(row.get("adjectives_ar")),
        parent=row.get("parent_key") or None, affiliated_with=row.get("affiliated_with") or None,
        lat=row.get("lat") or None, lon=row.get("lon") or None, qid=row.get("wikidata") or None)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer shipped with Khabar (kg/data/actors.tsv and places.tsv), loaded once."""
    gazetteer = Gazetteer()
    for row in _rows("places.tsv"):
        gazetteer.add(_entry(row, "place"))
    for row in _rows("actors.tsv"):
        gazetteer.add(_entry(row, "actor"))
    return gazetteer
