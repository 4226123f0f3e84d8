"""Figures: death tolls, displaced people, distances, shares of territory, as intervals."""

from __future__ import annotations

from kg import lexicon
from kg.context import Context
from kg.gazetteer import clitic_forms
from kg.model import Quantity
from kg.text import Token, fold

_THOUSANDS = frozenset(fold(w) for w in "الآلاف آلاف الاف آلالاف الالاف ألوف thousands".split())
_KILLED, _INJURED = fold("مقتل"), fold("إصابة")
_ARABIC_DECIMAL = ("،", "٫", ",")  # folding may write the Arabic comma as ","
_MILES = {"mile": 1.609344, "miles": 1.609344}  # distances are kept in kilometres
_SUBSET_WORDS = frozenset(fold(w) for w in "بينهم بينهن منهم including among".split())
_MULTIPLIERS = {fold(w): v for w, v in {"ألف": 1000, "الف": 1000, "آلاف": 1000, "ألفا": 1000, "الفا": 1000, "مليون": 10 ** 6, "ملايين": 10 ** 6,
                                        "thousand": 1000, "million": 10 ** 6, "billion": 10 ** 9}.items()}


def find_quantities(ctx: Context) -> None:
    """Add every figure with a recognisable kind to the extraction."""
    for sentence in ctx.sentences:
        tokens = ctx.tokens(sentence)
        k = 0
        while k < len(tokens):
            k = _figure_at(ctx, tokens, k)


def _figure_at(ctx: Context, tokens: list[Token], k: int) -> int:
    """Read the figure starting at token k if there is one; return the next token to look at."""
    value = _value(tokens, k, ctx.norm.text)
    if value is None or _in_time_expression(ctx, tokens[k]):
        return k + 1
    low, high, approximation, last = value
    first, approximation = _modifier(tokens, k, approximation)
    if _percent_sign(ctx.norm.text, tokens[last]):  # "30%", "58،8%"
        low, high = (round(x / 100, 6) if x is not None else None for x in (low, high))
        kind, noun_end = "TerritoryShare", last
    elif _percent_at(tokens, last + 1):
        last += 1 if tokens[last + 1].text in lexicon.PERCENT_WORDS else 2  # "70 في المئة": a share
        low, high = (x / 100 if x is not None else None for x in (low, high))
        kind, noun_end = "TerritoryShare", last
    else:
        kind, noun_end = _kind(tokens, first, last)
    if kind is None and last + 1 < len(tokens) and tokens[last + 1].text in lexicon.PERSON_NOUNS:
        kind, noun_end = "PersonCount", last + 1
    if kind is None and tokens[last].text in lexicon.DUALS:
        kind, noun_end = lexicon.QUANTITY_KINDS.get(tokens[last].text, "PersonCount"), last
    kind = _subset(ctx, tokens, first) or kind  # "بينهم خمسة أطفال": what the figure before counts
    if kind is None:
        return last + 1
    if kind == "Distance" and last + 1 < len(tokens) and tokens[last + 1].text in _MILES:  # "within 12 miles"
        low, high = (round(x * _MILES[tokens[last + 1].text], 2) if x is not None else None for x in (low, high))
    trailing = _trailing_at_least(tokens, max(last, noun_end))
    if trailing and approximation in ("exact", "about"):
        approximation, noun_end = "more-than", trailing
    if approximation == "more-than":
        low, high = (high if high is not None else low), None
    elif approximation == "less-than":
        low, high = None, low
    mention = ctx.mention(tokens[first].start + _clitic_length(tokens[first]), tokens[max(last, noun_end)].end)
    quantity = Quantity(kind, mention, low, high, approximation, lexicon.UNITS.get(kind, "person"))
    ctx.extraction.quantities.append(quantity)
    return max(last, noun_end) + 1


def _subset(ctx: Context, tokens: list[Token], first: int) -> str | None:
    """The kind of the figure a subset belongs to, earlier in its sentence: "قتل 30 مدنيا، بينهم
    ثلاثة أطفال" — the children were killed too."""
    before = [t.text for t in tokens[max(0, first - 2):first]]
    if not any(w in _SUBSET_WORDS or w[1:] in _SUBSET_WORDS for w in before) or not ctx.extraction.quantities:
        return None
    previous = ctx.extraction.quantities[-1]
    here = ctx.sentence_at(ctx.norm.to_original(tokens[first].start, tokens[first].end)[0])
    return previous.kind if previous.mention.sentence == here and previous.kind != "PersonCount" else None


def _trailing_at_least(tokens: list[Token], last: int) -> int | None:
    """The last token of "على الأقل" / "at least" right after a figure ("30 مدنيا على الأقل")."""
    words = [t.text for t in tokens[last + 1:last + 3]]
    return last + 2 if words in ([fold("على"), fold("الأقل")], ["at", "least"]) else None


def _in_time_expression(ctx: Context, token: Token) -> bool:
    """True for a number that is part of a date ('10 July 2016')."""
    start, _ = ctx.norm.to_original(token.start, token.end)
    return any(t.mention.start <= start < t.mention.end for t in ctx.extraction.times)


def _value(tokens: list[Token], k: int, text: str) -> tuple[float | None, float | None, str, int] | None:
    """The interval a number at token k stands for, its wording and the last token it uses."""
    word = _strip(tokens[k].text)
    if word in lexicon.SOURCE_NOUNS or (k and tokens[k - 1].text.isdigit() and text[tokens[k - 1].end:tokens[k].start] in ",."):
        return None
    if word in lexicon.VAGUE_NUMBERS and lexicon.VAGUE_NUMBERS[word][0] is not None:
        low, high = lexicon.VAGUE_NUMBERS[word]
        if k + 1 < len(tokens) and tokens[k + 1].text in _THOUSANDS and low < 1000:
            return low * 1000, high * 1000 + 999, "vague", k + 1
        return low, high, "vague", k
    if word.isdigit() and len(word) < 10:
        number, last = _digits(tokens, k, text)
        if last + 1 < len(tokens) and tokens[last + 1].text in _MULTIPLIERS:  # "3.5 ألف", "2.5 million"
            last += 1
            number *= _MULTIPLIERS[tokens[last].text]
        return number, number, "exact", last
    if word in lexicon.NUMBER_WORDS:
        value = lexicon.NUMBER_WORDS[word]
        last = k
        if last + 1 < len(tokens) and tokens[last + 1].text in _MULTIPLIERS:  # "خمسين ألف"
            last += 1
            value *= _MULTIPLIERS[tokens[last].text]
        return value, value, "exact", last
    if tokens[k].text in lexicon.DUALS:
        return 2.0, 2.0, "exact", k
    return None


def _digits(tokens: list[Token], k: int, text: str) -> tuple[float, int]:
    """A written number with its thousands groups ("1,200") or decimals ("2.5"), and its last token."""
    digits, last = _strip(tokens[k].text), k
    while last + 1 < len(tokens) and tokens[last + 1].text.isdigit():
        gap = text[tokens[last].end:tokens[last + 1].start]
        if gap == "," and len(tokens[last + 1].text) == 3:
            digits += tokens[last + 1].text
        elif (gap == "." or gap in _ARABIC_DECIMAL and _percent_sign(text, tokens[last + 1])) and "." not in digits:
            digits += "." + tokens[last + 1].text  # "2.5"; "58،8%" (the comma of Arabic decimals, before a share)
        else:
            break
        last += 1
    return float(digits), last


def _percent_sign(text: str, token: Token) -> bool:
    """Whether a number is written with a per cent sign right after it ("30%", "58،8%")."""
    return text[token.end:token.end + 1] in ("%", "٪") and token.end < len(text)


def _percent_at(tokens: list[Token], k: int) -> bool:
    """Whether a share word stands at token k ("%", "في المئة")."""
    return k < len(tokens) and (tokens[k].text in lexicon.PERCENT_WORDS or (
        tokens[k].text == fold("في") and k + 1 < len(tokens) and tokens[k + 1].text in lexicon.PERCENT_WORDS))


def _strip(word: str) -> str:
    """A word without its proclitics (numbers take و and ب)."""
    if word[:1] in ("و", "ب") and word[1:].isdigit():
        return word[1:]
    for suffix in ("ها", "هم", "ه"):  # "نصفها": half of it
        if word.endswith(suffix) and word[:-len(suffix)] in lexicon.NUMBER_WORDS:
            return word[:-len(suffix)]
    forms = clitic_forms(word)
    return next((f for f in forms if f in lexicon.VAGUE_NUMBERS or f in lexicon.NUMBER_WORDS), forms[0])


def _clitic_length(token: Token) -> int:
    """How many leading letters of a number word are proclitics."""
    return len(token.text) - len(_strip(token.text)) if token.text.endswith(_strip(token.text)) else 0


def _modifier(tokens: list[Token], k: int, approximation: str) -> tuple[int, str]:
    """'More than', 'less than', 'about' before a number: the first token and the wording."""
    if k >= 2 and tokens[k - 1].text in (fold("من"), "than") and tokens[k - 2].text in lexicon.MODIFIERS:
        return k - 2, lexicon.MODIFIERS[tokens[k - 2].text]
    if k >= 2 and (tokens[k - 2].text, tokens[k - 1].text) in lexicon.MODIFIER_PAIRS:
        return k - 2, lexicon.MODIFIER_PAIRS[(tokens[k - 2].text, tokens[k - 1].text)]
    if k >= 1 and tokens[k - 1].text in lexicon.MODIFIERS and (
            lexicon.MODIFIERS[tokens[k - 1].text] == "about" or tokens[k - 1].text in ("over", "under")):
        return k - 1, lexicon.MODIFIERS[tokens[k - 1].text]  # "نحو 30", "over 700"
    return k, approximation


def _kind(tokens: list[Token], first: int, last: int) -> tuple[str | None, int]:
    """The kind of a figure from the nearest kind word around it, and the last token of the counted noun."""
    after = tokens[last + 1:last + 6]
    noun_end = last + 1 if after and _counted_noun(after[0].text) else last
    before = [_strip_and(t.text) for t in tokens[max(0, first - 5):first]]
    if _KILLED in before and _INJURED in before:
        return "KilledOrInjured", noun_end
    candidates = [(d, 0, _kind_word(t.text)) for d, t in enumerate(after, start=1)]
    candidates += [(d, 1, _kind_word(w)) for d, w in enumerate(reversed(before), start=1)]
    found = sorted(c for c in candidates if c[2])
    if not found:
        return None, noun_end
    if found[0][1] == 0 and found[0][0] == 1:
        noun_end = last + 1
    return found[0][2], noun_end


def _kind_word(word: str) -> str | None:
    """The figure kind a word names, once its proclitics are off ("لقتل", "وفروا")."""
    return next((lexicon.QUANTITY_KINDS[f] for f in clitic_forms(word) if f in lexicon.QUANTITY_KINDS), None)


def _counted_noun(word: str) -> bool:
    """True for a plural noun that names what is counted (civilians, victims, Syrians)."""
    return word in lexicon.CIVILIAN_WORDS or word in lexicon.QUANTITY_KINDS or word.startswith("ال")


def _strip_and(word: str) -> str:
    """A word without a leading و or ب."""
    return word[1:] if word[:1] in ("و", "ب") and len(word) > 3 else word
