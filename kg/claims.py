"""Attribution: who said what, via whom — claims, their chains, and what they are about."""

from __future__ import annotations

from kg import lexicon
from kg.context import Context, Item
from kg.entities import government_of
from kg.gazetteer import clitic_forms
from kg.model import Claim, Mention
from kg.text import Token, fold

_FROM = (fold("عن"), "from")
_THAT = frozenset(fold(w) for w in "أن إن أنه إنه أنها إنها أنهما إنهما أنهم إنهم that saying".split())
_SPEECH_NOUNS = frozenset(fold(w) for w in "تأكيده قوله تأكيدها قولها إعلانه".split())
_HUMANITARIAN = frozenset({"HumanitarianOrganisation", "UNBody"})
_MEDIA = frozenset({"MediaOrganisation", "NewsAgency"})
_SOURCE_WINDOW = 6  # words between a verb of saying and its speaker
_CONTRAST = frozenset(fold(w) for w in "but while whereas بينما فيما لكن".split())
_PRONOUNS = frozenset("it he she they".split())
_OUTLET_NOUNS = frozenset(fold(w) for w in "وكالة انباء أنباء للأنباء الانباء الأنباء صحيفة قناة موقع تلفزيون".split())
_APPOSITION_WORDS = frozenset(fold(w) for w in "مقره مقرها ومقره ومقرها".split())
_TITLE_WINDOW = 9  # words of a title and a name between an English speaker's body and the verb
_TITLE_LINKS = frozenset("has have had for of de al el bin van von".split())
_THAT_WINDOW = 6  # words between the speaker and the 'that' opening what was said


def find_claims(ctx: Context) -> None:
    """Add the claims of every non-heading sentence, then tie figures and operations to them."""
    for sentence in ctx.sentences:
        if not sentence.heading:
            _sentence_claims(ctx, sentence)
    _link_contents(ctx)


def _sentence_claims(ctx: Context, sentence) -> None:
    """Claims of one sentence: relays ('X quoted Y'), sayings ('Y said'), 'according to', no comment."""
    tokens = ctx.tokens(sentence)
    start, end = ctx.folded_span(sentence)
    used: set[int] = set()
    text = ctx.norm.text[start:end]
    for phrase in lexicon.NO_COMMENT:
        at = text.find(phrase)
        if at >= 0:
            _no_comment(ctx, tokens, start + at, start + at + len(phrase), end)
    for k, token in enumerate(tokens):
        if k in used:
            continue
        word = _word(token.text)
        if word in lexicon.RELAY_VERBS:
            _relay(ctx, tokens, k, end, used)
        elif word in lexicon.SAYING_CUES:
            _saying(ctx, tokens, k, end, used)
    _according_to(ctx, tokens, start, end, used)


def _surface(ctx: Context, token: Token) -> str:
    """A token's original text."""
    return ctx.mention(token.start, token.end).text


def _word(text: str) -> str:
    """A folded word without its conjunction (و ف)."""
    return text[1:] if text[:1] in ("و", "ف") and len(text) > 3 else text


def _humanitarian(speaker) -> bool:
    """A humanitarian organisation or UN body, or an unnamed person speaking for one ("المتحدثة باسم
    الصليب الأحمر"): what they say is a humanitarian statement."""
    return speaker.cls in _HUMANITARIAN or (speaker.cls == "AnonymousSource"
                                           and any(a.cls in _HUMANITARIAN for a in speaker.affiliated_with))


def _is_according(word: str) -> bool:
    """'بحسب', 'وفقا' (which itself begins with و), 'وبحسب'."""
    return word in lexicon.ACCORDING_WORDS or _word(word) in lexicon.ACCORDING_WORDS


def _item_at(ctx: Context, token: Token, kind: str = "actor", speaker: bool = False) -> Item | None:
    """The entity mention covering a token; a country or capital in the speaker's slot is its government."""
    item = ctx.item_at(token, kind)
    if item is None and kind == "actor" and speaker:
        place = ctx.item_at(token, "place")
        government = government_of(ctx, place.entity) if place else None
        if government is not None:
            item = ctx.add_item(government, place.start, place.end, place.proclitic)
    return item


def _next_actor(ctx: Context, tokens: list[Token], k: int, window: int) -> tuple[Item, int] | None:
    """The first actor mention within `window` words after token k, and the index after it."""
    for j in range(k + 1, min(len(tokens), k + 1 + window)):
        item = _item_at(ctx, tokens[j], speaker=j == k + 1)
        if item is not None and item.entity.cls != "Civilians":
            return item, _skip_affiliation(ctx, tokens, _index_after(tokens, item))
    return None


def _skip_affiliation(ctx: Context, tokens: list[Token], j: int) -> int:
    """Skip 'the regional ... affiliated with the UN' after a speaker's name."""
    words = [t.text for t in tokens]
    k = j
    while k < len(tokens) and k < j + 3 and words[k] in (fold("الإقليمي"), fold("التابع"), fold("التابعة")):
        k += 1
    if k > j and k < len(tokens) and _item_at(ctx, tokens[k]):
        k += 1
        while k < len(tokens) and _item_at(ctx, tokens[k]) and _item_at(ctx, tokens[k]) is _item_at(ctx, tokens[k - 1]):
            k += 1
        return k
    return j


def _relay(ctx: Context, tokens: list[Token], k: int, end: int, used: set[int]) -> None:
    """'Reuters quoted a military source as saying ...': two claims, the reporter's relaying the source's."""
    if ctx.article.language == "en":
        reporter = _previous_actor(ctx, tokens, k, 8 if tokens[k].text in ("citing", "quoting") else 3)
        source = _next_actor(ctx, tokens, k, 4)
        if reporter is None or source is None:
            return
        used.update(range(reporter[1], source[1]))
        inner = _inner_claim(ctx, tokens, source, end, used)
        outer = Claim("Claim", reporter[0].entity, ctx.mention(reporter[0].start, source[0].end),
                      _surface(ctx, tokens[k]), relays=inner)
        _add_claims(ctx, outer, inner, _times_before(ctx, tokens, k))
        return
    froms = [j for j in range(k + 1, min(len(tokens), k + 8)) if tokens[j].text in _FROM]
    if not froms:
        return
    reporter = _next_actor(ctx, tokens, k, froms[0] - k)
    source = _next_actor(ctx, tokens, froms[0], 3)
    if reporter is None or source is None:
        return
    used.update(range(k, source[1]))
    inner = _inner_claim(ctx, tokens, source, end, used)
    outer = Claim("Claim", reporter[0].entity, ctx.mention(tokens[k].start, source[0].end), _surface(ctx, tokens[k]),
                  relays=inner)
    _add_claims(ctx, outer, inner, _times_before(ctx, tokens, k))


def _previous_actor(ctx: Context, tokens: list[Token], k: int, window: int) -> tuple[Item, int] | None:
    """The last actor mention ending within `window` words before token k, and its first token index."""
    for j in range(k - 1, max(-1, k - 1 - window), -1):
        after_locative = j > 0 and clitic_forms(tokens[j - 1].text)[-1] in lexicon.LOCATIVES  # "inside Syria and says"
        item = _item_at(ctx, tokens[j], speaker=j >= k - 2 and not after_locative)
        if item is not None and item.entity.cls != "Civilians":
            first = j
            while first > 0 and tokens[first - 1].end > item.start:
                first -= 1
            return item, first
    return None


def _saying(ctx: Context, tokens: list[Token], k: int, end: int, used: set[int]) -> None:
    """'The ICRC condemned ...', 'two US officials told Reuters that ...', 'the source stressed, according to AFP, ...'."""
    if ctx.article.language == "en" and _english_saying(ctx, tokens, k, end, used):
        return
    source = _next_actor(ctx, tokens, k, _speaker_window(ctx, tokens, k))
    if source is None:
        source = _subject_before(ctx, tokens, k)  # "لكن جيش الإسلام قال إن ..."
    if source is None and k == 0:
        _continued_saying(ctx, tokens, k, end, used)
        return
    if source is None or any(t.text in _FROM for t in tokens[k + 1:source[1]]):
        return
    if _word(tokens[k].text) in lexicon.OPINION_CUES and not _says_that(ctx, tokens, source[1]):
        return  # "تعتبرها أنقرة إرهابية": a view held, not a saying
    cue = lexicon.SAYING_CUES[_word(tokens[k].text)]
    used.update(range(k, source[1]))
    reporter, after, via = _reporter_after(ctx, tokens, source[1])
    used.update(range(source[1], after))
    cls = cue if _humanitarian(source[0].entity) else "Claim"
    inner = _inner_claim(ctx, tokens, (source[0], after), end, used, cls=cls, cue=_surface(ctx, tokens[k]),
                         span_start=tokens[k].start)
    outer = None
    if reporter is not None:
        cue_start = via.start if via else reporter.start
        outer = Claim("Claim", reporter.entity, ctx.mention(cue_start, reporter.end),
                      _surface(ctx, via or tokens[k]), relays=inner)
    _add_claims(ctx, outer, inner, _times_before(ctx, tokens, k))


def _speaker_window(ctx: Context, tokens: list[Token], k: int) -> int:
    """How far after a verb of saying its speaker may stand: not past the 'that' or the quotation
    opening what was said."""
    for n in range(k + 1, min(len(tokens), k + 1 + _SOURCE_WINDOW)):
        if tokens[n].text in _THAT or _after_quote(ctx, tokens[n]):
            return n - k - 1
    return _SOURCE_WINDOW


def _subject_before(ctx: Context, tokens: list[Token], k: int) -> tuple[Item, int] | None:
    """The actor just before a verb of saying (Arabic subject-first order), passing over a place
    apposition ("المرصد، ومقره بريطانيا، قال"); returned with the index of the verb."""
    if ctx.article.language == "en":
        return None
    for j in range(k - 1, max(-1, k - 7), -1):
        word = clitic_forms(tokens[j].text)[-1]
        item = ctx.item_at(tokens[j], "actor")
        if item is not None:
            return (item, k + 1) if item.entity.cls != "Civilians" else None
        if ctx.item_at(tokens[j], "place") is None and word not in _APPOSITION_WORDS:
            return None
    return None


def _continued_saying(ctx: Context, tokens: list[Token], k: int, end: int, used: set[int]) -> None:
    """A sentence opening with a verb of saying and no speaker ('وأضافت أن ...'): the last speaker goes on."""
    speaker = _last_speaker(ctx, tokens[k])
    if speaker is None or (_word(tokens[k].text) in lexicon.OPINION_CUES and not _says_that(ctx, tokens, k + 1)):
        return
    content_start = _content_start(ctx, tokens, k + 1)
    if any(not _is_time(ctx, t) for t in tokens[k + 1:content_start - 1]):
        return  # "وأكد وزير خارجيته أيمن الصفدي أن ...": someone Khabar cannot name speaks, not the last speaker
    cue = lexicon.SAYING_CUES[_word(tokens[k].text)]
    cls = cue if _humanitarian(speaker) else "Claim"
    start = tokens[content_start].start if content_start < len(tokens) else tokens[k].end
    if start >= _trim_end(ctx, end):
        return  # a verb of saying with nothing after it (a stray "رأت" at the end of an article)
    content = ctx.mention(start, _trim_end(ctx, end))
    used.update(range(k, len(tokens)))
    claim = Claim(cls, speaker, ctx.mention(tokens[k].start, _trim_end(ctx, end)), _surface(ctx, tokens[k]),
                  content=content.text, content_span=(content.start, content.end))
    _add_claims(ctx, None, claim, [])


def _english_saying(ctx: Context, tokens: list[Token], k: int, end: int, used: set[int]) -> bool:
    """English word order: 'the Observatory said (that) ...' or '..., a monitor said on Sunday.'"""
    found = _english_subject(ctx, tokens, k)
    if found is None:
        return False
    item, first = found
    cue = lexicon.SAYING_CUES[_word(tokens[k].text)]
    cls = cue if _humanitarian(item.entity) else "Claim"
    reporter, after, _ = _reporter_after(ctx, tokens, k + 1)  # "told Reuters"
    rest = [t for t in tokens[after:] if not _is_time(ctx, t) and t.text not in ("on", "in", "late", "early")]
    used.update(range(first, max(after, k + 1)))
    if len(rest) <= 1 and first > 0:  # the speaker closes the sentence: what was said came before
        content = ctx.mention(tokens[0].start, _trim_end(ctx, tokens[first].start))
        mention = ctx.mention(tokens[first].start, tokens[k].end)
        inner = Claim(cls, item.entity, mention, _surface(ctx, tokens[k]), content=content.text,
                      content_span=(content.start, content.end))
    else:
        inner = _inner_claim(ctx, tokens, (item, after), end, used, cls=cls, cue=_surface(ctx, tokens[k]),
                             span_start=tokens[first].start)
    outer = None
    if reporter is not None:
        outer = Claim("Claim", reporter.entity, ctx.mention(reporter.start, reporter.end), _surface(ctx, tokens[k]),
                      relays=inner)
    _add_claims(ctx, outer, inner, _times_before(ctx, tokens, k))
    return True


def _english_subject(ctx: Context, tokens: list[Token], k: int) -> tuple[Item, int] | None:
    """Who an English verb of saying has as its speaker: the actor just before it ("the Observatory
    said"), before a relative clause ("The monitor which earlier gave a toll ... said"), after a
    passive "by" ("denied by Brussels"), or the last speaker for a pronoun ("It said")."""
    words = [t.text for t in tokens]
    if words[k + 1:k + 2] == ["by"] and k + 2 < len(tokens):
        item = _item_at(ctx, tokens[k + 2], speaker=True)
        if item is not None:
            return item, k + 2
    found = _previous_actor(ctx, tokens, k, 3) or _before_title_and_name(ctx, tokens, k)
    if found is not None:
        return found
    relative = next((j for j in range(k - 1, max(-1, k - 14), -1) if words[j] in ("which", "who")), None)
    if relative:
        found = _previous_actor(ctx, tokens, relative, 2)
        if found is not None:
            return found
    last = _last_speaker(ctx, tokens[k]) if k and words[k - 1] in _PRONOUNS else None
    if last is not None:
        return Item(last, tokens[k - 1].start, tokens[k - 1].end, ctx.sentence_at(
            ctx.norm.to_original(tokens[k - 1].start, tokens[k - 1].end)[0])), k - 1
    return None


def _before_title_and_name(ctx: Context, tokens: list[Token], k: int) -> tuple[Item, int] | None:
    """The body a speaker named by title and name speaks for: "UNICEF Executive Director Anthony Lake
    has called", "UN Special Envoy for Syria Staffan de Mistura said" (capitalised words, name
    particles and auxiliaries back to the body)."""
    for j in range(k - 1, max(-1, k - 1 - _TITLE_WINDOW), -1):
        item = ctx.item_at(tokens[j], "actor")  # a country in the title ("for Syria") is no speaker
        if item is not None:
            return (item, k) if item.entity.cls != "Civilians" else None
        start = ctx.norm.to_original(tokens[j].start, tokens[j].end)[0]
        if not (ctx.article.text[start:start + 1].isupper() or tokens[j].text in _TITLE_LINKS
                or ctx.item_at(tokens[j], "place")):
            return None
    return None


def _last_speaker(ctx: Context, token: Token):
    """Who spoke last before a token: the source of the latest innermost claim (a relayed source, not
    its reporter), or None."""
    here = ctx.norm.to_original(token.start, token.end)[0]
    speakers = [c for c in ctx.extraction.claims if c.cls != "NoComment" and c.relays is None and c.mention.start < here]
    return speakers[-1].source if speakers else None


def _index_after(tokens: list[Token], item: Item) -> int:
    """The index of the first token after an entity mention."""
    return next((n for n, t in enumerate(tokens) if t.start >= item.end), len(tokens))


def _after_quote(ctx: Context, token: Token) -> bool:
    """True for a word right after a quotation mark, where what was said begins."""
    return ctx.norm.text[token.start - 1:token.start] == '"'


def _reporter_after(ctx: Context, tokens: list[Token], j: int) -> tuple[Item | None, int, Token | None]:
    """A news outlet right after the speaker ('told Reuters', 'according to AFP'), the index after
    it, and the 'according to' word that introduced it."""
    via = None
    for n in range(j, min(len(tokens), j + 3)):
        item = _item_at(ctx, tokens[n])
        if item is not None and item.entity.cls in _MEDIA:
            return item, _index_after(tokens, item), via
        if not _is_according(tokens[n].text):
            break
        via = tokens[n]
    return _told_outlet(ctx, tokens, j)


def _told_outlet(ctx: Context, tokens: list[Token], j: int) -> tuple[Item | None, int, Token | None]:
    """An outlet the speaker spoke to, a few words on ("قال مسؤول في الهلال الأحمر لوكالة فرانس برس"):
    the outlet with the proclitic ل, before what was said begins."""
    for n in range(j, min(len(tokens), j + _SOURCE_WINDOW)):
        if tokens[n].text in _THAT or _after_quote(ctx, tokens[n]):
            break
        item = ctx.item_at(tokens[n], "actor")
        to = item is not None and item.proclitic.endswith("ل")
        if item is None and tokens[n].text.startswith("ل") and clitic_forms(tokens[n].text)[-1] in _OUTLET_NOUNS:
            m = n + 1  # "لوكالة أنباء فرانس برس": to the agency named next
            while m < len(tokens) and tokens[m].text in _OUTLET_NOUNS:
                m += 1
            item, to = (ctx.item_at(tokens[m], "actor") if m < len(tokens) else None), True
        if item is not None and to and item.entity.cls in _MEDIA:
            return item, _index_after(tokens, item), None
    return None, j, None


def _inner_claim(ctx: Context, tokens: list[Token], source: tuple[Item, int], end: int, used: set[int],
                 cls: str = "Claim", cue: str = "", span_start: int | None = None) -> Claim:
    """The source's own claim: what follows its name (from 'that' or the quotation) to the sentence end."""
    item, after = source
    content_start = _content_start(ctx, tokens, after)
    stop = _next_saying_clause(tokens, content_start)
    text_end = end if stop == len(tokens) else _trim_end(ctx, tokens[stop].start)
    while text_end > 0 and ctx.norm.text[text_end - 1] in ". ":
        text_end -= 1
    start = tokens[content_start].start if content_start < len(tokens) else text_end
    used.update(range(after, stop))
    if not cue and content_start > 0 and tokens[content_start - 1].text in _SPEECH_NOUNS | _THAT:
        cue = _surface(ctx, tokens[content_start - 1])
    content = ctx.mention(start, text_end) if start < text_end else None
    mention = ctx.mention(span_start if span_start is not None else start, text_end) \
        if (span_start is not None or content) else ctx.mention(item.start, item.end)
    return Claim(cls, item.entity, mention, cue, content=content.text if content else None,
                 content_span=(content.start, content.end) if content else None)


def _next_saying_clause(tokens: list[Token], j: int) -> int:
    """Where what was said ends: at "but", "while", "بينما", "في وقت" opening a clause in which someone
    else speaks ("... but the claim was denied by Brussels"), else at the sentence end."""
    words = [_word(t.text) for t in tokens]
    for m in range(j, len(tokens)):
        opens = words[m] in _CONTRAST or (words[m] == fold("في") and words[m + 1:m + 2] in ([fold("وقت")], [fold("حين")]))
        if opens and any(w in lexicon.SAYING_CUES or w in lexicon.RELAY_VERBS for w in words[m + 1:m + 8]):
            return m
    return len(tokens)


def _says_that(ctx: Context, tokens: list[Token], j: int) -> bool:
    """Whether 'that' (أن, بأن, إن, that) or a quotation opens what follows a speaker at j."""
    return any(_is_that(t.text) or _after_quote(ctx, t) for t in tokens[j:j + _THAT_WINDOW])


def _is_that(word: str) -> bool:
    """'أن', 'إن', 'that', also with ب ("بأن": acknowledged that)."""
    return word in _THAT or (word[:1] == "ب" and word[1:] in _THAT)


def _content_start(ctx: Context, tokens: list[Token], j: int) -> int:
    """Index of the first word of what was said: after a nearby 'that' or a speech noun, else at j."""
    for n in range(j, min(len(tokens), j + _THAT_WINDOW)):
        if _is_that(tokens[n].text) or tokens[n].text in _SPEECH_NOUNS:
            return n + 1
        if _after_quote(ctx, tokens[n]) and n > j:
            return n
    while j < len(tokens) and _is_time(ctx, tokens[j]):
        j += 1
    return j


def _is_time(ctx: Context, token: Token) -> bool:
    """True when a token lies inside a time expression."""
    start, _ = ctx.norm.to_original(token.start, token.end)
    return any(t.mention.start <= start < t.mention.end for t in ctx.extraction.times)


def _according_to(ctx: Context, tokens: list[Token], start: int, end: int, used: set[int]) -> None:
    """'According to matching reports, ...' / '..., according to rights groups': one claim."""
    for k, token in enumerate(tokens):
        if k in used or not _is_according(token.text) \
                and " ".join(t.text for t in tokens[k:k + 2]) != "according to":
            continue
        source = _next_actor(ctx, tokens, k, 3)
        if source is None:
            continue
        item, after = source
        reporter, after, _ = _told_outlet(ctx, tokens, after)  # "حسبما أعلنه قائد عسكري لوكالة رويترز"
        used.update(range(k, after))
        if after >= len(tokens) or tokens[after].start >= end - 2:  # at the end: what came before
            content = ctx.mention(tokens[0].start, _trim_end(ctx, tokens[k].start))
        else:
            content = ctx.mention(tokens[after].start, _trim_end(ctx, end))
        cls = "Report" if _humanitarian(item.entity) else "Claim"  # "according to the UN, ..."
        claim = Claim(cls, item.entity, ctx.mention(tokens[k].start, item.end), _surface(ctx, tokens[k]),
                      content=content.text, content_span=(content.start, content.end))
        outer = None if reporter is None else Claim(
            "Claim", reporter.entity, ctx.mention(reporter.start, reporter.end), _surface(ctx, tokens[k]), relays=claim)
        _add_claims(ctx, outer, claim, [])


def _trim_end(ctx: Context, end: int) -> int:
    """Move a folded end offset back over spaces, commas and full stops."""
    while end > 0 and ctx.norm.text[end - 1] in " ,.;":
        end -= 1
    return end


def _no_comment(ctx: Context, tokens: list[Token], fstart: int, fend: int, end: int) -> None:
    """'ISIS did not comment': a NoComment claim by that actor."""
    after = [t for t in tokens if t.start >= fend]
    item = _item_at(ctx, after[0]) if after else None
    if item is None:
        return
    clause_end = next((t.end for t in after if ctx.norm.text[t.end:t.end + 1] in (",", ".")), end)
    claim = Claim("NoComment", item.entity, ctx.mention(fstart, clause_end), ctx.mention(fstart, fend).text)
    _add_claims(ctx, None, claim, [])


def _times_before(ctx: Context, tokens: list[Token], k: int) -> list:
    """Time expressions between the clause start and the content (when it was said)."""
    first = tokens[0].start
    stop = tokens[min(len(tokens) - 1, k + 12)].end
    lo, hi = ctx.norm.to_original(first, stop)
    return [t for t in ctx.extraction.times if lo <= t.mention.start < hi]


def _add_claims(ctx: Context, outer: Claim | None, inner: Claim, times: list) -> None:
    """Record a claim chain; times outside the content are when it was said."""
    span = inner.content_span or (inner.mention.start, inner.mention.end)
    said = [t for t in times if not (span[0] <= t.mention.start < span[1])]
    if inner.cls not in ("Claim", "NoComment") and inner.source.cls not in _HUMANITARIAN:
        # a spokesperson speaking for a humanitarian body: the statement is the body's (its mention
        # still covers the spokesperson's words)
        inner.source = next(a for a in inner.source.affiliated_with if a.cls in _HUMANITARIAN)
    if inner.source.cls == "AnonymousSource" and len(inner.source.affiliated_with) == 1 \
            and _spokesperson(inner.source):
        inner.source = inner.source.affiliated_with[0]  # "متحدث باسم البنتاغون": the body says it
    if outer is not None and outer.source is inner.source:
        outer = None  # "قالت وكالة الأنباء السورية (سانا)": the name and its acronym, one source, no relay
    for claim in (outer, inner):
        if claim is not None:
            claim.times = said
            ctx.extraction.claims.append(claim)


def _spokesperson(source) -> bool:
    """Whether an unnamed source is a spokesperson ("متحدث باسم", "spokesman for"), who speaks for a body."""
    words = fold(next(iter(source.labels.values()), "")).lower().split()
    return bool(words) and any(f in lexicon.SPOKESPERSON_NOUNS for f in clitic_forms(words[0]))


def _link_contents(ctx: Context) -> None:
    """Each operation and figure inside what a source said becomes what its claim is about."""
    holders = sorted((c for c in ctx.extraction.claims if c.content_span),
                     key=lambda c: c.content_span[1] - c.content_span[0])
    for op in ctx.extraction.operations:
        primary = _holder(holders, op.mention)
        claim = primary or next((c for c in map(lambda m: _holder(holders, m), op.also_mentioned) if c), None)
        if claim is not None:
            claim.about.append(op)
        if primary is not None:
            # a time outside what was said dates the saying, not the operation
            op.times = [t for t in op.times if primary.content_span[0] <= t.mention.start < primary.content_span[1]]
    for quantity in ctx.extraction.quantities:
        claim = _holder(holders, quantity.mention)
        if claim is not None:
            claim.quantities.append(quantity)


def _holder(holders: list[Claim], mention: Mention) -> Claim | None:
    """The narrowest claim whose content contains a mention."""
    return next((c for c in holders if c.content_span[0] <= mention.start and mention.end <= c.content_span[1]), None)
