"""Finding actors and places: gazetteer names, unnamed sources, local places and short forms."""

from __future__ import annotations

import functools
import re

from kg import lexicon
from kg.context import Context, Item
from kg.gazetteer import ARTICLES_EN, CUE_CLASSES, Entry, Match, clitic_forms, rank_places
from kg.model import Entity
from kg.text import Token, fold

# Short forms that stand for an entity named earlier: word -> (kind, classes, a word its names contain).
SHORT_FORMS = {
    fold("التنظيم"): ("actor", ("ArmedGroup",), fold("تنظيم")),
    fold("الجيش"): ("actor", ("StateForce",), fold("الجيش")),
    fold("القوات"): ("actor", ("StateForce",), None),
    fold("المصدر"): ("actor", ("AnonymousSource",), None),
    fold("النظام"): ("actor", ("Government",), fold("النظام")),
    fold("الحكومة"): ("actor", ("Government",), fold("الحكومة")),
    fold("الفصائل"): ("actor", ("ArmedGroup",), fold("فصائل")),
    fold("المرصد"): ("actor", ("MonitoringGroup",), fold("مرصد")),
    "observatory": ("actor", ("MonitoringGroup",), "observatory"),
    "monitor": ("actor", ("MonitoringGroup",), None),  # "the monitor", "a war monitor": the one named, or SOHR
    # only after the coalition is named (no default: Arabic news also tells of the Saudi-led one)
    fold("التحالف"): ("actor", ("Coalition",), fold("تحالف")),
    "coalition": ("actor", ("Coalition",), "coalition"),
    "country": ("place", ("Country",), "syria"),  # "the country" (only after "the"), like البلاد
    fold("المدينة"): ("place", ("CityOrTown",), None),
    "city": ("place", ("CityOrTown",), None),  # "the city", "the strategic city"; not "the city of X"
    fold("البلدة"): ("place", ("CityOrTown",), None),
    fold("المحافظة"): ("place", ("Governorate",), None),
    "province": ("place", ("Governorate",), None),
    fold("النهر"): ("place", ("River",), None),
    "river": ("place", ("River",), None),
    fold("البلاد"): ("place", ("Country",), fold("سوريا")),
    fold("العاصمة"): ("place", ("CityOrTown",), fold("دمشق")),
    fold("المنطقة"): ("place", ("Region", "District", "Subdistrict"), None),
    fold("المخيم"): ("place", ("Neighbourhood", "CityOrTown"), fold("مخيم")),  # WOF has camps as towns
}
# Short forms that stand only for the entity their needle names, or their default: "the country" is
# Syria in reporting on its war even right after Russia is named.
NAMED_ONLY = frozenset({fold("البلاد"), fold("العاصمة"), fold("التحالف"), "coalition", "country", fold("المخيم")})
# Used when a short form has no antecedent in the article (English names, matched in the gazetteer).
SHORT_FORM_DEFAULTS = {fold("الجيش"): "Syrian Arab Army", fold("النظام"): "Government of Syria",
                       fold("الحكومة"): "Government of Syria", fold("الفصائل"): "Syrian rebel factions",
                       fold("التنظيم"): "Islamic State", fold("المرصد"): "Syrian Observatory for Human Rights",
                       "observatory": "Syrian Observatory for Human Rights",
                       "monitor": "Syrian Observatory for Human Rights", fold("البلاد"): "Syria",
                       fold("العاصمة"): "Damascus", "country": "Syria"}
DIRECTIONS = {fold(w): d for w, d in {
    "غرب": "W", "غربي": "W", "شرق": "E", "شرقي": "E", "شمال": "N", "شمالي": "N", "جنوب": "S",
    "جنوبي": "S"}.items()}
QUARTER_ADJECTIVES = frozenset(fold(w) for w in "الغربية الشرقية الشمالية الجنوبية الغربي الشرقي الشمالي الجنوبي".split())
# "ريفها الشرقي": its eastern countryside (the pronoun stands for the place named last).
COUNTRYSIDE = fold("ريف")
_COUNTRYSIDE_OWNERS = frozenset({"Governorate", "CityOrTown", "District", "Subdistrict"})
COUNTRYSIDE_OF_IT = frozenset(fold(w) for w in "ريفها ريفه ريفيها ريفيه".split())
QUARTER_NOUNS = frozenset(fold(w) for w in "الأحياء أحياء الحي حي".split())
FACILITY_NOUNS = {fold(w): cls for w, cls in {
    "مخبز": "Facility", "سوق": "Facility", "صوامع": "Facility", "مستشفى": "Facility",
    "مطار": "Facility", "محطة": "Facility", "حقل": "Facility", "قاعدة": "Facility", "معبر": "Facility",
    "مصفاة": "Facility", "جسر": "Facility", "سد": "Facility", "قلعة": "Landmark", "تلال": "Landmark",
    "تلة": "Landmark", "جبل": "Landmark", "مرتفعات": "Landmark", "مواقع": "Facility"}.items()}
ROAD_NOUN = fold("طريق")
# Kind nouns a place's own name follows ("قرية هداج"): its class and how many names ("بلدتي": two).
KIND_NOUNS = {fold(w): kind for w, kind in {
    "قرية": ("CityOrTown", 1), "بلدة": ("CityOrTown", 1), "قريتي": ("CityOrTown", 2), "بلدتي": ("CityOrTown", 2),
    "حي": ("Neighbourhood", 1), "حيي": ("Neighbourhood", 2), "مخيم": ("Neighbourhood", 1),
    "village": ("CityOrTown", 1), "town": ("CityOrTown", 1), "neighbourhood": ("Neighbourhood", 1),
    "neighborhood": ("Neighbourhood", 1)}.items()}
# First words of two-word place names, and adjectives that belong to a name.
NAME_HEADS = frozenset(fold(w) for w in "بيت عين تل دير كفر خان جسر رأس راس أبو ابو أم ام بئر مرج سوق قصر "
                                           "al el".split())
NAME_ADJECTIVES = frozenset(fold(w) for w in (
    "الكبرى الصغرى الكبير الصغير الجديدة القديمة الفوقاني التحتاني "
    "الشرقي الغربي الشمالي الجنوبي الشرقية الغربية الشمالية الجنوبية").split())
# "سورية" is also the feminine adjective Syrian: after a plural group noun it is not the country.
SYRIAN_ADJECTIVES = frozenset(fold(w) for w in "سورية سوريه".split())
GROUP_NOUNS = frozenset(fold(w) for w in (
    "فصائل معارضة قوات جماعات ميليشيات مليشيات مصادر وحدات فصيلة جهات أطراف عائلات أسر مدن قرى "
    "بلدات أراض مناطق شركات غارات ضربات طائرات مقاتلات صواريخ قذائف").split())
# Words after a kind noun that are not a name.
NOT_NAMES = frozenset(fold(w) for w in (
    "صغيرة كبيرة مجاورة المجاورة أخرى اخرى واحدة الواقعة الواقع التي الذي التابعة تابعة تابعين قريبة القريبة "
    "نائية حدودية الحدودية محاصرة المحاصرة سكني سكنية جديدة قديمة مدمرة آمنة يسيطر تسيطر يقطنها تقع يقع "
    "كانت كان تمكنت تمكن شهدت تشهد تعرضت استهدفت استهدف تضم يسكنها تسكنها سقطت "
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي في على من إلى الى عن قرب بالقرب نحو حيث وسط "
    "the a an in on near which that where held controlled").split())
_CORRESPONDENTS = frozenset(fold(w) for w in "مراسل correspondent".split())  # the outlet itself speaks
PHRASE_STOPS = frozenset(fold(w) for w in "على إلى الى في من عن عبر مع انطلاقا باتجاه نحو حتى ضد".split())
CITY_NOUNS = frozenset(fold(w) for w in "مدينة بلدة".split())
SYRIA_QID = "Q858"


def find_entities(ctx: Context) -> None:
    """Add every actor and place mention of the article to the context."""
    for sentence in ctx.sentences:
        tokens = ctx.tokens(sentence)
        _gazetteer_names(ctx, tokens, *ctx.folded_span(sentence))
        _named_officials(ctx, tokens)
        _unnamed_sources(ctx, tokens)
        _civilians(ctx, tokens)
        _short_forms(ctx, tokens)
        _local_places(ctx, tokens)


def _gazetteer_names(ctx: Context, tokens: list[Token], start: int, end: int) -> None:
    """Gazetteer actors and places, with the place reading chosen by the noun before it."""
    for match in ctx.gazetteer.find(ctx.norm, start, end):
        entries = list(match.candidates)
        previous = _previous_word(tokens, match.start)
        if entries[0].kind == "place":
            entries = rank_places(entries, _wanted_class(ctx, tokens, match, previous))
        if ctx.norm.text[match.text_start:match.end] in lexicon.NEEDS_ANTECEDENT \
                and not (entries[0].key in ctx.globals and ctx.globals[entries[0].key].mentions):
            continue
        if entries[0].kind == "place" and ctx.norm.text[match.text_start:match.end] in SYRIAN_ADJECTIVES \
                and previous is not None and (_qualifies(clitic_forms(previous)[-1])
                                              or _nationality_follows(ctx, tokens, match)):
            continue  # "فصائل معارضة سورية", "طائرات حربية سورية", "غارات سورية وروسية": the adjective
        if entries[0].kind == "place" and match.proclitic in ("ف", "ك"):
            continue  # "فبركة" (fabrication) is not ف + the town بركة: places do not take these
        entity = global_entity(ctx, entries[0])
        if entity.kind == "place" and _state_acts(ctx, tokens, match, entity, previous):
            entity = government_of(ctx, entity) or entity  # "Russia denied", "قالت دمشق": the state acts
        ctx.add_item(entity, match.text_start, match.end, match.proclitic)


def _wanted_class(ctx: Context, tokens: list[Token], match: Match, previous: str | None) -> str | None:
    """The kind of place a name's neighbours call for: "محافظة إدلب", "Raqqa province", and in
    "محافظتي إدلب وحلب" the second name takes the first's reading."""
    if previous in CUE_CLASSES:
        return CUE_CLASSES[previous]
    following = _next_word(tokens, match.end)
    if following in CUE_CLASSES and following.isascii():  # English names the kind after the name
        return CUE_CLASSES[following]
    if previous == "of" and _previous_word(tokens, match.start, 2) in CUE_CLASSES:  # "the province of Hama"
        return CUE_CLASSES[_previous_word(tokens, match.start, 2)]
    conjunct = _previous_conjunct(ctx, tokens, match)
    if conjunct is not None and conjunct.entity.cls in ("Governorate", "CityOrTown"):
        return conjunct.entity.cls
    if ctx.article.language != "en":
        return None  # Arabic reports name the city and the governorate alike ("دير الزور"): see docs/reading.md
    return _reading_in_the_article(ctx.norm.text, ctx.norm.text[match.text_start:match.end])


# The English words that name a province or a city ("Hama province", "the city of Homs"); not "the
# Aleppo region", the area around the city.
_ENGLISH_CUES = {cue: cls for cue, cls in CUE_CLASSES.items() if cue.isascii() and cls in ("Governorate", "CityOrTown")
                 and cue != "region"}
_WORD = re.compile(r"[\w'-]+")


def _reading_in_the_article(text: str, name: str) -> str | None:
    """A bare English name takes the kind the article calls it elsewhere, if only one ("Hama" after "Hama
    province" is the governorate; after "the city of Hama" the city): one sense per article. Not "the
    Aleppo region", which is the area around the city."""
    kinds = _kinds_named(text).get(name, set())
    return next(iter(kinds)) if len(kinds) == 1 else None


@functools.lru_cache(maxsize=64)  # an article's names are asked for together
def _kinds_named(text: str) -> dict[str, set[str]]:
    """Every name of one to three words an English text calls a province or a city ("X province",
    "the city of X"), with the kinds it calls it."""
    words = _WORD.findall(text)
    kinds: dict[str, set[str]] = {}
    for i, word in enumerate(words):
        cls = _ENGLISH_CUES.get(word)
        if cls is None:
            continue
        named = [words[max(0, i - n):i] for n in (1, 2, 3)]
        if words[i + 1:i + 2] == ["of"]:
            named += [words[i + 2:i + 2 + n] for n in (1, 2, 3)]
        for form in named:
            kinds.setdefault(" ".join(form), set()).add(cls)
    return kinds


def _nationality_follows(ctx: Context, tokens: list[Token], match: Match) -> bool:
    """Whether "و" and another nationality adjective follow: "غارات سورية وروسية"."""
    following = _next_word(tokens, match.end)
    return bool(following) and following[:1] == "و" and following[1:] in lexicon.NATIONALITY


def _qualifies(word: str) -> bool:
    """Whether a word before "سورية" makes it an adjective: a group noun ("فصائل") or an indefinite
    feminine adjective ("حربية", "عسكرية", "مدنية") in a chain of them."""
    return word in GROUP_NOUNS or (word.endswith(fold("ية")) and not word.startswith("ال") and len(word) > 4)


def _previous_conjunct(ctx: Context, tokens: list[Token], match: Match) -> Item | None:
    """The place mention a name is coordinated with ("إدلب وحلب", "Syria and Iraq"), if any."""
    before = [t for t in tokens if t.end <= match.start]
    if before and before[-1].text == "and":
        before = before[:-1]
    elif not match.proclitic.startswith("و"):
        return None
    return ctx.item_at(before[-1], "place") if before else None


def _state_acts(ctx: Context, tokens: list[Token], match: Match, place: Entity, previous: str | None) -> bool:
    """Whether a country or capital stands for its state here ("backed by Russia") rather than the place.

    Syria, where the reported war happens, is the place unless it speaks ("Syria said", "قالت سوريا");
    other countries and capitals act unless a word of place comes before them ("in", "near",
    "headquartered in") or they complete a place ("the eastern Ghouta of Damascus").
    """
    if match.proclitic == "ب" or (match.proclitic == "ل" and previous in QUARTER_ADJECTIVES):
        return False
    if _previous_conjunct(ctx, tokens, match) is not None:
        return False  # "in Syria and Iraq": the second name is a place like the first
    if place.qid == SYRIA_QID:
        following = _next_word(tokens, match.end)
        return previous in lexicon.SAYING_CUES or following in lexicon.SAYING_CUES \
            or following in lexicon.ENGLISH_STATE_WORDS
    if previous in lexicon.LOCATIVES:
        return _previous_word(tokens, match.start, 2) in lexicon.BACKED_WORDS  # "المدعومة من روسيا"
    return True


def _previous_word(tokens: list[Token], start: int, back: int = 1) -> str | None:
    """The folded word `back` places before a folded offset, without its proclitics."""
    before = [t for t in tokens if t.end <= start]
    return clitic_forms(before[-back].text)[-1] if len(before) >= back else None


def _next_word(tokens: list[Token], end: int) -> str | None:
    """The folded word just after a folded offset."""
    return next((t.text for t in tokens if t.start >= end), None)


def government_of(ctx: Context, place: Entity) -> Entity | None:
    """The government actor of a country, or of the country whose capital a place is."""
    country = place.labels.get("en") if place.cls == "Country" else lexicon.CAPITALS.get(place.key or "")
    if not country:
        return None
    for name in (f"Government of {country}", f"Government of the {country}"):
        entry = entry_by_english_name(ctx, name)
        if entry is not None:
            return global_entity(ctx, entry)
    return None


def global_entity(ctx: Context, entry: Entry) -> Entity:
    """The article's Entity for a gazetteer entry, with its containing places and affiliations."""
    if entry.key in ctx.globals:
        return ctx.globals[entry.key]
    entity = Entity(entry.kind, entry.cls, _labels(entry), key=entry.key, qid=entry.qid,
                    lat=entry.lat, lon=entry.lon)
    ctx.globals[entry.key] = entity
    link = entry.parent if entry.kind == "place" else entry.affiliated_with
    if link and link in ctx.gazetteer.entries and link != entry.key:
        (entity.part_of if entry.kind == "place" else entity.affiliated_with).append(
            global_entity(ctx, ctx.gazetteer.entries[link]))
    return entity


def _labels(entry: Entry) -> dict[str, str]:
    """Arabic and English labels of an entry, where it has them."""
    return {lang: name for lang, name in (("ar", entry.name_ar), ("en", entry.name_en)) if name}


def entry_by_english_name(ctx: Context, name: str) -> Entry | None:
    """A gazetteer entry by its English name (used for defaults such as 'the army')."""
    for entry in ctx.gazetteer.get_candidates(tuple(fold(name).split())):
        if entry.name_en == name:
            return entry
    return None


def _covered(ctx: Context, token: Token) -> bool:
    """True when a token is already part of an entity mention."""
    return ctx.item_at(token) is not None


def _named_officials(ctx: Context, tokens: list[Token]) -> None:
    """Officials named by title and nationality speak for their state: "رئيسة الوزراء البريطانية، تيريزا
    ماي", "وزير الدفاع البريطاني", "Russian Foreign Minister Sergei Lavrov" are the government (or
    the ministry the gazetteer knows); the surname given with the title ("ماي", "Lavrov") then stands
    for the same actor in the rest of the article. An official whose nationality is not written is
    left alone: his name alone does not say whom he speaks for."""
    english = ctx.article.language == "en"
    for k, token in enumerate(tokens):
        # the surname with or without a proclitic ("وأوضح بولتون": not ب + "ولتون")
        word = token.text if english else next((f for f in clitic_forms(token.text) if f in ctx.surnames), "")
        if word in ctx.surnames and not _covered(ctx, token) and (not english or _capitalised(ctx, token)):
            ctx.add_item(ctx.surnames[word], token.end - len(word), token.end)
            continue
        found = _english_title(tokens, k) if english else _arabic_title(tokens, k)
        if found is None or any(_covered(ctx, t) for t in tokens[found[0]:found[1]]):
            continue
        first, after, country, office = found
        entity = _state_actor(ctx, country, office)
        if entity is None:
            continue
        start = tokens[first].end - len(_bare_title(tokens[first].text)) if not english else tokens[first].start
        end, surname = _apposed_name(ctx, tokens, after, english)
        ctx.add_item(entity, start, end if surname else tokens[after - 1].end)
        if surname:
            ctx.surnames.setdefault(surname, entity)


def _bare_title(word: str) -> str:
    """A title word without the proclitics و, ف ("وقالت رئيسة" -> "رئيسة")."""
    return next((f for f in clitic_forms(word) if f in lexicon.OFFICIAL_TITLES), clitic_forms(word)[-1])


_OFFICE_WORDS = 2  # words naming the office between a title and the nationality
_TITLES_WITH_OFFICE = frozenset(fold(w) for w in "مستشار مستشارة نائب مبعوث المبعوث".split())


def _arabic_title(tokens: list[Token], k: int) -> tuple[int, int, str, str | None] | None:
    """(first, after, country, office) for "رئيس الوزراء العراقي", "وزير الدفاع البريطاني", "الرئيس السوري"."""
    head = _bare_title(tokens[k].text)
    if head not in lexicon.OFFICIAL_TITLES:
        return None
    j, office = k + 1, None
    if j < len(tokens) and tokens[j].text in lexicon.MINISTRY_WORDS:
        office = lexicon.MINISTRY_WORDS[tokens[j].text]
        j += 1
    # the words of the office before the nationality: "مستشار الأمن القومي الأميركي", "نائب رئيس الوزراء التركي"
    for n in range(j, min(len(tokens), j + _OFFICE_WORDS + 1)):
        if tokens[n].text in lexicon.DEMONYMS:
            return k, n + 1, lexicon.DEMONYMS[tokens[n].text], office if lexicon.OFFICIAL_TITLES[head] else None
        if n > j and head not in _TITLES_WITH_OFFICE:
            break
    return None


def _english_title(tokens: list[Token], k: int) -> tuple[int, int, str, str | None] | None:
    """(first, after, country, office) for "British Prime Minister", "Russian Foreign Minister", "US
    Defense Secretary", "Syrian President"."""
    if tokens[k].text not in lexicon.DEMONYMS:
        return None
    j, office = k + 1, None
    while j < len(tokens) and tokens[j].text in lexicon.MINISTRY_WORDS and j - k <= 2:
        office = lexicon.MINISTRY_WORDS[tokens[j].text] or office
        j += 1
    if j < len(tokens) and tokens[j].text in lexicon.OFFICIAL_TITLES:
        return k, j + 1, lexicon.DEMONYMS[tokens[k].text], office if lexicon.OFFICIAL_TITLES[tokens[j].text] else None
    return None


def _state_actor(ctx: Context, country: str, office: str | None) -> Entity | None:
    """The ministry the gazetteer knows for a country and office, else the country's government."""
    names = ([lexicon.MINISTRIES[(country, office)]] if (country, office) in lexicon.MINISTRIES else []) + [
        f"Government of {country}", f"Government of the {country}"]
    entry = next((e for e in (entry_by_english_name(ctx, n) for n in names) if e is not None), None)
    return global_entity(ctx, entry) if entry else None


def _apposed_name(ctx: Context, tokens: list[Token], j: int, english: bool) -> tuple[int, str | None]:
    """The person's name given with a title ("، تيريزا ماي،", "Sergei Lavrov"): its end and surname."""
    if english:
        names = []
        while j < len(tokens) and len(names) < 3 and _capitalised(ctx, tokens[j]) and not _covered(ctx, tokens[j]):
            names.append(tokens[j])
            j += 1
        return (names[-1].end, names[-1].text) if len(names) >= 2 else (0, None)
    if j >= len(tokens) or ctx.norm.text[tokens[j - 1].end:tokens[j].start].strip() not in ("،", ","):
        return 0, None
    names = []
    while j < len(tokens) and len(names) < 3 and not _covered(ctx, tokens[j]) \
            and tokens[j].text not in lexicon.SAYING_CUES and len(tokens[j].text) > 1:
        names.append(tokens[j])
        gap = ctx.norm.text[tokens[j].end:tokens[j + 1].start] if j + 1 < len(tokens) else "."
        j += 1
        if gap.strip():  # the name ends at a comma, a colon, a full stop
            return (names[-1].end, names[-1].text) if len(names) >= 2 else (0, None)
    return 0, None


def _unnamed_sources(ctx: Context, tokens: list[Token]) -> None:
    """'A military source', 'two US intelligence officials', 'matching rights reports'."""
    i = 0
    while i < len(tokens):
        noun = next((f for f in clitic_forms(tokens[i].text) if f in lexicon.SOURCE_NOUNS), None)
        apposition = ctx.article.language == "en" and i > 0 and _covered(ctx, tokens[i - 1])  # "the Observatory monitor"
        reporter = noun in _CORRESPONDENTS and i + 1 < len(tokens) and _covered(ctx, tokens[i + 1])  # "مراسل فرانس برس"
        if noun is None or apposition or reporter or _covered(ctx, tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _strip_conjunction(tokens[j].text) in lexicon.SOURCE_ADJECTIVES:
            j += 1
        adjectives = [_strip_conjunction(t.text) for t in tokens[i + 1:j]]
        first = i
        if ctx.article.language == "en":  # "a senior Syrian military source": the words come first
            while first > 0 and (tokens[first - 1].text in lexicon.SOURCE_ADJECTIVES
                                 or tokens[first - 1].text in lexicon.NATIONALITY
                                 or tokens[first - 1].text in ("senior", "two", "three", "several")):
                first -= 1
            adjectives += [t.text for t in tokens[first:i]]
        entity = Entity("actor", "AnonymousSource", {}, member_count=lexicon.SOURCE_NOUNS[noun])
        country = next((lexicon.NATIONALITY[t.text] for t in tokens[first:i] if t.text in lexicon.NATIONALITY), None)
        if country:
            _affiliate_by_country(ctx, entity, country, adjectives)
        j = _source_affiliation(ctx, tokens, j, entity, adjectives)
        start = tokens[first].start + (len(tokens[first].text) - len(noun) if first == i else 0)
        entity.labels = {ctx.article.language: _original(ctx, start, tokens[j - 1].end)}
        ctx.add_item(entity, start, tokens[j - 1].end)
        i = j


_SPOKEN_FOR_WITHIN = 4  # words after "باسم" in which the body a spokesperson speaks for is named


def _source_affiliation(ctx: Context, tokens: list[Token], j: int, entity: Entity, adjectives: list[str]) -> int:
    """Read who an unnamed source belongs to; return the index of the first token after the phrase."""
    words = [t.text for t in tokens]
    if j < len(tokens) and words[j] in (fold("تابعة"), fold("التابعة"), fold("التابع"), fold("تابع"), fold("باسم"),
                                        "for", "of"):
        j += 1
    # "متحدث باسم وزارة الدفاع (البنتاغون)": the body may be named a few words on, after "باسم"
    reach = _SPOKEN_FOR_WITHIN if j and words[j - 1] == fold("باسم") else 1
    for n in range(j, min(len(tokens), j + reach)):
        actor = _actor_at(ctx, tokens[n])
        if actor is not None:
            entity.affiliated_with.append(actor)
            return _after_items(ctx, tokens, n)
    if j < len(tokens) and words[j] == fold("وصفته"):  # "a source it described as Syrian"
        k = j + 2 if j + 1 < len(tokens) and words[j + 1] == "ب" else j + 1
        adjective = words[k] if k < len(tokens) else ""
        country = lexicon.NATIONALITY.get(adjective) or lexicon.NATIONALITY.get(adjective[1:])
        if country:
            _affiliate_by_country(ctx, entity, country, adjectives)
            return k + 1
    return j


def _affiliate_by_country(ctx: Context, entity: Entity, country: str, adjectives: list[str]) -> None:
    """A source 'described as Syrian': its country's army if it is military, else its government."""
    military = any(a.startswith(fold("عسكري")) or a == "military" for a in adjectives)
    name = lexicon.COUNTRY_ACTORS[country]["forces" if military else "government"]
    entry = entry_by_english_name(ctx, name)
    if entry is not None:
        entity.affiliated_with.append(global_entity(ctx, entry))


def _actor_at(ctx: Context, token: Token) -> Entity | None:
    """The actor whose mention starts at a token, resolving a short form there if needed."""
    item = ctx.item_at(token, "actor")
    if item is not None:
        return item.entity
    for candidate in clitic_forms(token.text):
        if candidate in SHORT_FORMS and SHORT_FORMS[candidate][0] == "actor":
            return resolve_short_form(ctx, candidate, token.start)
    return None


def _after_items(ctx: Context, tokens: list[Token], j: int) -> int:
    """The index of the first token after the mention(s) covering tokens[j]."""
    end = max((i.end for i in ctx.items if i.start < tokens[j].end and tokens[j].start < i.end),
              default=tokens[j].end)
    while j < len(tokens) and tokens[j].start < end:
        j += 1
    return j


def _civilians(ctx: Context, tokens: list[Token]) -> None:
    """Civilians, one group per article."""
    for token in tokens:
        form = next((f for f in clitic_forms(token.text) if f in lexicon.CIVILIAN_WORDS), None)
        entry = entry_by_english_name(ctx, "civilians")
        if form and entry and not _covered(ctx, token):
            ctx.add_item(global_entity(ctx, entry), token.end - len(form), token.end,
                         token.text[:len(token.text) - len(form)])


def _short_forms(ctx: Context, tokens: list[Token]) -> None:
    """'The organisation', 'the army', 'the city': resolved to the latest fitting entity."""
    for k, token in enumerate(tokens):
        if _covered(ctx, token):
            continue
        form = next((f for f in clitic_forms(token.text) if f in SHORT_FORMS), None)
        if form is None or _names_follow(ctx, tokens, k, form):
            continue
        if form == "country" and (not k or tokens[k - 1].text != "the"):
            continue  # "their own country", "a country": not Syria
        if form == "city" and ("the" not in [t.text for t in tokens[max(0, k - 2):k]]
                               or [t.text for t in tokens[k + 1:k + 2]] == ["of"]):
            continue  # "a city", "the city of Manbij" (the name says which)
        entity = resolve_short_form(ctx, form, token.start)
        if entity is not None:
            ctx.add_item(entity, token.end - len(form) if token.text.endswith(form) else token.start,
                         token.end, token.text[:len(token.text) - len(form)])


def _names_follow(ctx: Context, tokens: list[Token], k: int, form: str) -> bool:
    """Whether the place named next to a short form is its own ("the capital Damascus", "Raqqa province")."""
    if SHORT_FORMS[form][0] != "place":
        return False
    neighbours = ([tokens[k + 1]] if k + 1 < len(tokens) else []) + ([tokens[k - 1]] if k else [])
    return any(_covered(ctx, t) or t.text in lexicon.NATIONALITY for t in neighbours)


def resolve_short_form(ctx: Context, form: str, before: int) -> Entity | None:
    """The latest entity before a position that a short form can stand for, else its default."""
    kind, classes, needle = SHORT_FORMS[form]
    fitting = [i.entity for i in ctx.items_before(before) if i.entity.kind == kind and i.entity.cls in classes]
    named = [e for e in fitting if needle and any(needle in fold(n) for n in e.labels.values())]
    if form in NAMED_ONLY:
        fitting = []
    if named or fitting:
        return (named or fitting)[0]
    if classes == ("Governorate",):  # "درعا ... المحافظة": the governorate of the town named last
        within = (_governorate_of(i.entity) for i in ctx.items_before(before) if i.entity.kind == "place")
        found = next((g for g in within if g is not None), None)
        if found is not None:
            return found
    default = SHORT_FORM_DEFAULTS.get(form)
    entry = entry_by_english_name(ctx, default) if default else None
    return global_entity(ctx, entry) if entry else None


def _governorate_of(place: Entity) -> Entity | None:
    """The governorate a place lies in, following its parts."""
    seen, todo = set(), list(place.part_of)
    while todo:
        p = todo.pop(0)
        if p.cls == "Governorate":
            return p
        if id(p) not in seen:
            seen.add(id(p))
            todo.extend(p.part_of)
    return None


def _local_places(ctx: Context, tokens: list[Token]) -> None:
    """Places named by description: quarters of a city, facilities near it, roads; and places the
    gazetteer does not know, named after their kind ("قرية هداج", "حي القدم", "the village of Al-Shafah")."""
    for k, token in enumerate(tokens):
        kind = next((KIND_NOUNS[f] for f in clitic_forms(token.text) if f in KIND_NOUNS), None)
        if kind and not _covered(ctx, token):
            _named_after_kind(ctx, tokens, k, kind)
        if clitic_forms(token.text)[-1] in QUARTER_NOUNS and k + 1 < len(tokens) \
                and tokens[k + 1].text in QUARTER_ADJECTIVES:
            _quarter(ctx, tokens, k)
        elif token.text in DIRECTIONS and not _covered(ctx, token):
            _facilities_near(ctx, tokens, k)
        elif _strip_conjunction(clitic_forms(token.text)[-1]) in COUNTRYSIDE_OF_IT and not _covered(ctx, token):
            _countryside(ctx, tokens, k)
        elif clitic_forms(token.text)[-1] == COUNTRYSIDE and not _covered(ctx, token):
            _countryside_of(ctx, tokens, k)
        elif ROAD_NOUN in clitic_forms(token.text) or fold("الطريق") in clitic_forms(token.text):
            _road(ctx, tokens, k)


def _named_after_kind(ctx: Context, tokens: list[Token], k: int, kind: tuple[str, int]) -> None:
    """The unknown names after a kind noun: one for "قرية", two for the dual "بلدتي نبل والزهراء"; a
    name is one word, or two when the first is a word places are named with ("بيت سحم", "تل أبيض")
    or the second an adjective of names ("أورم الكبرى"). English needs "of" and a capital."""
    cls, count = kind
    j = k + 1
    english = ctx.article.language == "en"
    if english:
        if j >= len(tokens) or tokens[j].text != "of":
            return
        j += 1
    for n in range(count):
        if j >= len(tokens):
            return
        word = _strip_conjunction(tokens[j].text) if n else tokens[j].text
        if _covered(ctx, tokens[j]):  # a name the gazetteer knows: go on to the next one
            j = _after_items(ctx, tokens, j)
            continue
        if not _can_name(ctx, tokens[j], word, english):
            return
        start = tokens[j].end - len(word)
        end = tokens[j].end
        if english:  # "Deir al-Adas", "Tal Abyad": capitalised words and the parts of a hyphenated name
            while j + 1 < len(tokens) and j - k < 5 and not _covered(ctx, tokens[j + 1]) and (
                    _capitalised(ctx, tokens[j + 1]) or ctx.norm.text[tokens[j].end:tokens[j + 1].start] == "-"
                    or tokens[j + 1].text in ARTICLES_EN and ctx.norm.text[tokens[j + 1].end:][:1] == "-"):
                j += 1
            end = tokens[j].end
        elif j + 1 < len(tokens) and not _covered(ctx, tokens[j + 1]) and (
                word in NAME_HEADS or tokens[j + 1].text in NAME_ADJECTIVES):
            j += 1
            end = tokens[j].end
        key = (cls, ctx.norm.text[start:end])
        entity = ctx.local_places.get(key)
        if entity is None:
            entity = ctx.local_places[key] = _local_place(ctx, cls, start, end).entity
        else:
            ctx.add_item(entity, start, end)
        j += 1


def _can_name(ctx: Context, token: Token, word: str, english: bool) -> bool:
    """Whether a word after a kind noun can be a name (not a number, adjective, verb or particle)."""
    if english:
        return _capitalised(ctx, token) and word not in NOT_NAMES
    return (len(word) > 2 and not word.isdigit() and not word.isascii() and word not in NOT_NAMES
            and not any(f in lexicon.OPERATION_TRIGGERS for f in clitic_forms(word)))


def _capitalised(ctx: Context, token: Token) -> bool:
    """Whether the original text writes a token with a capital first letter."""
    start, _ = ctx.norm.to_original(token.start, token.end)
    return ctx.article.text[start:start + 1].isupper()


def _countryside(ctx: Context, tokens: list[Token], k: int) -> None:
    """'مدينة درعا وريفيها الشرقي والغربي': a region, part of the city or governorate named last."""
    j = k + 1
    while j < len(tokens) and _strip_conjunction(tokens[j].text) in QUARTER_ADJECTIVES:
        j += 1
    owner = next((i.entity for i in ctx.items_before(tokens[k].start)
                  if i.entity.kind == "place" and i.entity.cls in ("CityOrTown", "Governorate", "District")), None)
    if j == k + 1 or owner is None:
        return
    start = tokens[k].start + len(tokens[k].text) - len(_strip_conjunction(clitic_forms(tokens[k].text)[-1]))
    _local_place(ctx, "Region", start, tokens[j - 1].end, part_of=owner)


def _countryside_of(ctx: Context, tokens: list[Token], k: int) -> None:
    """'ريف درعا الشرقي', 'ريف الحسكة': the countryside of a town or governorate is a region of its own,
    part of it, and one mention (the name inside is not a second one)."""
    inner = ctx.item_at(tokens[k + 1], "place") if k + 1 < len(tokens) else None
    if inner is None or inner.start != tokens[k + 1].start or inner.entity.cls not in _COUNTRYSIDE_OWNERS:
        return
    j = next((n for n in range(k + 1, len(tokens)) if tokens[n].start >= inner.end), len(tokens))
    end = inner.end
    while j < len(tokens) and tokens[j].text in QUARTER_ADJECTIVES:
        end = tokens[j].end
        j += 1
    ctx.remove_item(inner)
    start = tokens[k].start + len(tokens[k].text) - len(COUNTRYSIDE)
    _local_place(ctx, "Region", start, end, part_of=inner.entity)


def _reference_place(ctx: Context, tokens: list[Token], k: int) -> tuple[Entity | None, int]:
    """The place named at tokens[k] (after 'of', 'city'), and the index after it."""
    while k < len(tokens) and (tokens[k].text in (fold("من"), "ل") or clitic_forms(tokens[k].text)[-1] in CITY_NOUNS):
        k += 1
    if k >= len(tokens):
        return None, k
    item = ctx.item_at(tokens[k], "place")
    return (item.entity, _after_items(ctx, tokens, k)) if item else (None, k)


def _quarter(ctx: Context, tokens: list[Token], k: int) -> None:
    """'The western neighbourhoods of the city of Mayadin': a neighbourhood part of Mayadin."""
    place, after = _reference_place(ctx, tokens, k + 2)
    if place is None:
        return
    start = tokens[k].start + len(tokens[k].text) - len(clitic_forms(tokens[k].text)[-1])
    _local_place(ctx, "Neighbourhood", start, tokens[after - 1].end, part_of=place)


def _facilities_near(ctx: Context, tokens: list[Token], k: int) -> None:
    """'The bakery, the market and the silos west of the city': facilities near a place."""
    direction = DIRECTIONS[tokens[k].text]
    nxt = k + 1
    if nxt < len(tokens) and tokens[nxt].text in DIRECTIONS and direction in "NS":
        direction += DIRECTIONS[tokens[nxt].text]
        nxt += 1
    place, _ = _reference_place(ctx, tokens, nxt)
    if place is None:
        return
    for start, end, cls in _facility_phrases(ctx, tokens, k):
        _local_place(ctx, cls, start, end, near=place, direction=direction)


def _facility_phrases(ctx: Context, tokens: list[Token], k: int) -> list[tuple[int, int, str]]:
    """The coordinated facility phrases just before tokens[k], as folded spans with their class."""
    run: list[Token] = []
    for token in reversed(tokens[:k]):
        if token.text in PHRASE_STOPS or _covered(ctx, token) or len(run) == 8:
            break
        run.insert(0, token)
    phrases: list[tuple[int, int, str]] = []
    for token in run:
        head = next((FACILITY_NOUNS[f] for f in _bare_forms(token.text) if f in FACILITY_NOUNS), None)
        if head:
            cut = len(token.text) - len(_strip_conjunction(token.text))
            phrases.append((token.start + cut, token.end, head))
        elif phrases:
            phrases[-1] = (phrases[-1][0], token.end, phrases[-1][2])
    return phrases


def _bare_forms(word: str) -> list[str]:
    """A word's clitic-stripped forms, also without the article ال."""
    forms = clitic_forms(word)
    return list(forms) + [f[2:] for f in forms if f.startswith("ال") and len(f) > 3]


def _strip_conjunction(word: str) -> str:
    """A word without a leading و (and)."""
    return word[1:] if word.startswith("و") and len(word) > 3 else word


def _road(ctx: Context, tokens: list[Token], k: int) -> None:
    """'The old Mayadin road', 'the main road linking Deir ez-Zor and Mayadin': a local road."""
    if _covered(ctx, tokens[k]):
        return
    end, near = tokens[k].end, []
    j = k + 1
    while j < len(tokens) and j <= k + 8:
        word = tokens[j].text
        place = ctx.item_at(tokens[j], "place")
        if place is not None:
            near.append(place.entity)
            j = _after_items(ctx, tokens, j)
            end = tokens[j - 1].end
            if j < len(tokens) and tokens[j].text.startswith("و") and ctx.item_at(tokens[j], "place"):
                continue  # "between Deir ez-Zor and Mayadin"
            break
        if word in PHRASE_STOPS or word.startswith("و") or word == fold("انطلاقا"):
            break
        if word in (fold("الذي"), fold("يربط"), fold("بين")) or not word.startswith("و"):
            end = tokens[j].end if word not in (fold("الذي"), fold("يربط"), fold("بين")) else end
            j += 1
            continue
        break
    word = tokens[k].text
    cut = 0 if word.startswith("لل") else next(
        (len(word) - len(f) for f in (fold("الطريق"), ROAD_NOUN) if word.endswith(f)), 0)
    start = tokens[k].start + cut
    _local_place(ctx, "Road", start, end, near=near)


def _local_place(ctx: Context, cls: str, start: int, end: int, part_of: Entity | None = None,
                 near: list[Entity] | Entity | None = None, direction: str | None = None) -> Item:
    """Create a place that exists only in this article, labelled with its own words."""
    near = [near] if isinstance(near, Entity) else list(near or [])
    entity = Entity("place", cls, {ctx.article.language: _original(ctx, start, end)}, near=near,
                    direction=direction)
    if part_of is not None:
        entity.part_of.append(part_of)
    return ctx.add_item(entity, start, end)


def _original(ctx: Context, fstart: int, fend: int) -> str:
    """The original text of a folded span."""
    start, end = ctx.norm.to_original(fstart, fend)
    return ctx.article.text[start:end]
