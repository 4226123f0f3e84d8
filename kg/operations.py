"""Operations: triggers found clause by clause, with agents, supporters, targets, places, times."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from dataclasses import dataclass, replace

from kg import lexicon
from kg.context import Context, Item
from kg.gazetteer import FORCE_CLASSES, clitic_forms
from kg.model import Entity, Operation
from kg.text import Token, fold, fold_pattern, tokenize

# After these words the places named describe the place before (located on, bordering, south of).
PLACE_STOPPERS = frozenset(fold(w) for w in (
    "الواقعة الواقع الحدودية الحدودي المحاذية جنوب شمال شرق غرب جنوبي شمالي شرقي غربي "
    "قرب بالقرب موازية موازي محاذية محاذي المطلة مطلة located bordering near parallel overlooking outside "
    "south north east west").split())
_OPENERS = re.compile("|".join(
    rf"(?<!\w){fold_pattern(re.escape(o))}" + ("" if o.endswith(" ل") else r"(?!\w)")
    for o in lexicon.CLAUSE_OPENERS))
_SUPPORT_OPENER = fold("دعما ل")
_DEMONSTRATIVES = frozenset(fold(w) for w in "هذه هذا تلك ذلك these this".split())
_FAMILIES = {
    "ground": {"GroundOffensive", "Entry", "Advance", "Capture", "ArmedClash", "Attack", "Shelling"},
    "air": {"AirCampaign", "Airstrike"},
}
_UNDER = frozenset(fold(w) for w in "تحت الخاضع الخاضعة تخضع يخضع مناطق under".split())
_UNDER_FORMS = frozenset(fold(w) for w in "لسيطرة بسيطرته".split())
_OPERATION_NOUNS = frozenset(fold(w) for w in (
    "عملية عمليات العملية العمليات عمليتها عملياتها عملياته operation operations").split())
_AIR_ADJECTIVES = frozenset(fold(w) for w in "الجوية جوية الجوي جوي".split())
_CAMPAIGN_WORDS = frozenset(fold(w) for w in "حملة الحملة حملتها campaign".split())
_ATTACKS = frozenset({"Attack", "Airstrike", "AirCampaign", "Shelling"})
_ATTACK_KIN = frozenset({"Attack", "GroundOffensive", "Airstrike", "AirCampaign", "Shelling"})
_ATTACK_NOUNS = frozenset(fold(w) for w in "هجوم هجوما الهجوم هجمات assault".split())
_CHEMICAL_WORDS = "كيميائي الكيميائي كيماوي الكيماوي chemical"
# Words after "هجوم" that make it one attack, not an offensive: its object or its weapon.
_ATTACK_OBJECTS = frozenset(fold(w) for w in (
    _CHEMICAL_WORDS + " موقع موقعا موقعهم قاعدة نقطة حاجز مقر انتحاري الانتحاري مفخخة "
    "بسيارة له بالغازات بالغاز الغازات غاز suicide base checkpoint position positions field "
    "headquarters airport outpost barracks").split())
# Air or ground (guidelines version 2, docs/gold-format.md): air strikes told with a word of a period
# or a campaign are a campaign, else one air strike; present-tense launch verbs tell of strikes again
# and again.
_PERIOD_WORDS = frozenset(fold(w) for w in (
    "منذ أيام الأيام أسابيع الأسابيع يومية يوميا مستمرة المستمرة تتواصل يتواصل تواصل تواصلت يواصل واصل واصلت "
    "استمرار يستمر تستمر استمرت حملة الحملة تشن يشن تشنها يشنها "
    "الشهر شهر أشهر الأشهر شهور "
    "since days weeks months daily continuing continued continue campaign month").split())
_AIR = frozenset({"Airstrike", "AirCampaign"})
# English strike words that say nothing of aircraft: an attack ("strikes") or a shelling ("bombardment")
# unless aircraft are named; "bombing campaign" is an air campaign.
_BARE_STRIKES = frozenset(fold(w) for w in "strikes strike bombing bombardment bombed raided".split())
_BOMBARDMENT = frozenset(fold(w) for w in "bombardment bombed".split())
_BOMBING = frozenset(fold(w) for w in "bombing bombardment".split())
_RAIDS = frozenset({"raid", "raids"})  # "a bombing raid": the raid names it
# "قصف جوي ومدفعي", "قصفا بريا وجويا": from the air and from the ground, two operations.
_AND_GROUND = frozenset(fold(w) for w in "وبري والبري ومدفعي والمدفعي وصاروخي والصاروخي".split())
_GROUND = frozenset(fold(w) for w in "بري بريا البري مدفعي مدفعيا المدفعي صاروخي صاروخيا الصاروخي".split())
_AND_AIR = frozenset(fold(w) for w in "وجوي وجويا والجوي".split())
# Actors whose strikes in this war are air strikes, whatever the word ("قصف للتحالف الدولي").
AIR_ONLY_ACTORS = frozenset({"us-led-coalition", "russian-aerospace-forces", "syrian-air-force"})
# "انفجار سيارة مفخخة": the weapon after the blast names the attack.
_BLAST_WORDS = frozenset(fold(w) for w in "انفجار تفجير".split())

# Control: words before the noun "سيطرة" that make it an act of taking ("بعد سيطرتها على").
_ACT_WORDS = frozenset(fold(w) for w in "بعد خلال عقب إثر اثر بسط إحكام احكام استكمال تمكنت تمكن أعلنت".split())

# Not an operation: said not to have happened ("لم يجر"), an aim told after it ("تعد أولوية"), aid
# entering ("قافلة المساعدات ... دخلت"), food parcels ("طرد غذائي"), a denial, a deal, "أكثر مما نُشر".
_LIKE_THIS = frozenset(fold(w) for w in "كهذا كهذه كذلك كتلك".split())
_ANY = frozenset(fold(w) for w in "أي أية any".split())
_NEGATIONS = frozenset(fold(w) for w in "لم لن ولم ولن".split())
_AID = frozenset(fold(w) for w in "قافلة القافلة قوافل القوافل المساعدات مساعدات الشاحنات شاحنات".split())
_PARCEL = fold("طرد")
_EXPECTED = frozenset(fold(w) for w in "متوقعة متوقع المتوقعة المتوقع مرتقبة مرتقب المرتقبة المرتقب محتملة "
                      "محتمل المحتملة المحتمل expected anticipated possible".split())
_RESPONSIBILITY = frozenset(fold(w) for w in "مسؤولية المسؤولية مسئولية المسئولية".split())
_AIRSPACE = frozenset(fold(w) for w in "الأجواء أجواء المجال airspace".split())
_WEAPONS = frozenset(fold(w) for w in "الأسلحة أسلحة السلاح سلاح weapons".split())
_ENDINGS = tuple(fold(w) for w in "هما ها هم ه وا ون ان".split())  # longest first
_SUBJECT_ENDINGS = frozenset(fold(w) for w in "وا ون ان".split())  # "سيطروا", "يقاتلون", "تسيطران"
_TERMS = frozenset(fold(w) for w in "ينص وينص تنص وتنص يقضي ويقضي تقضي وتقضي المفترض supposed".split())
_MOVES = frozenset({"Entry", "Redeployment", "Capture", "TerritorialControl"})  # what a deal stipulates
_PROVIDED = [fold("على"), fold("أن")]  # "على أن تدخل": provided that they enter
_FOOD = frozenset(fold(w) for w in "غذائي غذائية طبي طبية".split())
_GOAL_WORDS = frozenset(fold(w) for w in "أولوية هدفا هدف الهدف priority goal".split())
_DENIALS = frozenset(fold(w) for w in "تنفي نفت نفى ينفي نفوا denied denies deny".split())
_DEAL_WORDS = frozenset(fold(w) for w in "اتفاق اتفاقا لاتفاق الاتفاق deal agreement".split())
_PUBLISH_FORMS = frozenset(fold(w) for w in "نشر نشرت".split())
# Words after a deployment verb that name what was deployed as forces ("نشرت قوات", "نشر دفاعات").
_FORCE_WORDS = frozenset(fold(w) for w in (
    "قوات قواته قواتها عناصر جنود جنودا مقاتلين مقاتلي دفاعات تعزيزات شرطة الشرطة وحدات دوريات "
    "troops forces soldiers fighters police units").split())

# Places: a direction after a preposition is part of the place ("في شمال سوريا"), not a reference
# point; a clause after "خلال" tells when, and does not end the places of the trigger before it; an
# operation its clause does not place takes a town or an area as its scene, never a road or a country.
_PREPOSITIONS = frozenset(fold(w) for w in "في من الى إلى على in from into to".split())
_DURING = frozenset(fold(w) for w in "خلال أثناء اثناء during".split())
_SCENES = frozenset({"CityOrTown", "Neighbourhood", "District", "Subdistrict", "Governorate", "Region"})
_ROCKETS = frozenset(fold(w) for w in "صاروخي صاروخيا صاروخية الصاروخي الصواريخ صواريخ القذائف قذائف".split())
# words before "control" that make it the noun ("the control", "their control", "under control")
_NOT_A_SUBJECT = frozenset("the a its their his her under in of full total effective lost losing".split())
_ANOTHER = frozenset(fold(w) for w in "أخرى جديدة جديد مماثلة مشابهة".split())
_SINCE = re.compile(r"\b(?:منذ|since)\b")
_TOLD_WITHIN = 6  # sentences back that a definite mention ("الهجوم", "the strikes") looks for what it names
# "عملية" / "عمليات" that are not military: evacuation, rescue, search, registration, looting, and the
# peace, political, negotiating, electoral, exchange and humanitarian processes ("عملية المفاوضات").
_NOT_COMBAT = frozenset(fold(w) for w in (
    "الإجلاء إجلاء الإغاثة الإنقاذ إنقاذ البحث استنفار التمشيط تمشيط السلام السياسية سياسية المفاوضات "
    "التفاوض تفاوض التسوية المصالحة الانتقال الانتقالية الاقتراع الانتخابية انتخابية التصويت فرز تبادل "
    "تسليم نقل إعادة جراحية الإنسانية إنسانية تسجيل نهب سلب").split())
_WAR_WORDS = frozenset(fold(w) for w in "الحرب النزاع war conflict".split())
_POCKET = fold("جيب")
_HOLDERS = frozenset("rebel rebels opposition regime government kurdish jihadist militant insurgent".split())  # "X held"
_AMID = frozenset(fold(w) for w in "وسط amid".split())  # "وسط اشتباكات": where what was just told happened
_AND = frozenset(fold(w) for w in "و and".split())
_JOINED_WITHIN = 4  # tokens from a trigger to the one joined to it ("القصف التركي والغارات")
# A holding is one side's; a Redeployment is one side's move in one direction.
_ONE_SIDE = frozenset({"TerritorialControl", "Redeployment"})
# after an English place name ending in s, words that show it is no possessive ("Syrias north": in it)
_NOT_OWNED = frozenset("and or on in at of to from with by as but since after north south east west northeast "
                       "northwest southeast southwest northern southern eastern western".split())
_SAYING_PARTICIPLES = frozenset(fold(w) for w in (
    "قائلا قائلة موضحا موضحة مؤكدا مؤكدة مضيفا مضيفة مشيرا مشيرة لافتا لافتة معتبرا معتبرة").split())
_ITS = frozenset(fold(w) for w in "له لها لهم".split())
_CHEMICAL = frozenset(fold(w) for w in (
    _CHEMICAL_WORDS + " الكيماوية الكيميائية كيماوية كيميائية الكلور السارين sarin chlorine").split())
_SPREAD = frozenset({"AirCampaign", "GroundOffensive", "ArmedClash"})  # over many places at once
_WHERE = frozenset(fold(w) for w in "حيث where".split())
_RESUMPTIVE = frozenset(fold(w) for w in "عليها عليه عليهما".split())
_RELATIVES = frozenset(fold(w) for w in "التي الذي اللتين اللذين اللتان اللذان which that".split())
_THAT = frozenset(fold(w) for w in "أن إن أنه إنه أنها إنها that".split())
# Triggers that state an aim when they carry the proclitic ل ("لاستعادة الغوطة": to retake it).
_AIM_WITH_L = frozenset({"Capture", "Entry", "Advance", "Redeployment", "TerritorialControl"})  # not "تعرض لهجوم"


@dataclass
class Clause:
    """A stretch of a sentence whose triggers share their roles, in folded offsets."""

    start: int
    end: int
    sentence: int
    supports_previous: bool = False


def find_operations(ctx: Context) -> None:
    """Add the operations of every non-heading sentence, then fill roles the text leaves implicit."""
    for sentence in ctx.sentences:
        if sentence.heading:
            continue
        previous: Operation | None = None
        for clause in _clauses(ctx, sentence):
            for operation in _clause_operations(ctx, clause):
                if clause.supports_previous and previous is not None:
                    _add(operation.supporters, previous.agents)
                    if not operation.places:
                        operation.places = list(previous.places)
                previous = operation
    _inherit_agents(ctx.extraction.operations)
    _merge_repeated_mentions(ctx)
    _default_places(ctx)


def _clauses(ctx: Context, sentence) -> list[Clause]:
    """Split a sentence at clause openers ('while', 'after', 'in support of')."""
    start, end = ctx.folded_span(sentence)
    cuts = [start] + [m.start() + start for m in _OPENERS.finditer(ctx.norm.text[start:end])] + [end]
    clauses = []
    for a, b in zip(cuts, cuts[1:]):
        if b > a:
            opener = ctx.norm.text[a:b].startswith(_SUPPORT_OPENER)
            clauses.append(Clause(a, b, sentence.index, opener))
    return clauses


def _clause_operations(ctx: Context, clause: Clause) -> list[Operation]:
    """The operations of one clause, each actor going to the trigger nearest to it."""
    tokens = tokenize(ctx.norm.text, clause.start, clause.end)
    triggers = _triggers(ctx, tokens)
    operations: list[Operation] = []
    for n, (k, cls) in enumerate(triggers):
        # places run to the next trigger, past a holding that only describes them ("in a village held by
        # IS in Deir az-Zour": the strikes were in Deir az-Zour too) and one that says when it happened
        # ("انفجار سيارة مفخخة خلال سيطرتهم على بلدة ناحتة": the car bomb went off in Nahta)
        bound = next((j for j, c in triggers[n + 1:] if c != "TerritorialControl"
                      and not (j and tokens[j - 1].text in _DURING)), len(tokens))
        operation = Operation(cls, ctx.mention(tokens[k].start + _cut(tokens[k]), tokens[k].end))
        _assign_places_and_times(ctx, operation, tokens, k, bound, clause)
        operation.intended = _intended(tokens, k, cls)
        operations.append(operation)
    _share_coordinated_places(ctx, operations, tokens, triggers)
    _assign_actors(ctx, operations, tokens, triggers, clause)
    texts = [t.text for t in tokens]
    for (k, _), operation in zip(triggers, operations):  # "قصف للتحالف الدولي": it strikes from the air
        if operation.cls in ("Shelling", "Attack") and operation.agents and all(
                a.key in AIR_ONLY_ACTORS for a in operation.agents):
            operation.cls = "AirCampaign" if _over_a_period(texts, k) else "Airstrike"
    operations = [one for op in operations for one in _one_holding_per_place(op)]
    ctx.extraction.operations.extend(operations)
    return operations


def _share_coordinated_places(ctx: Context, operations: list[Operation], tokens: list[Token],
                              triggers: list[tuple[int, str]]) -> None:
    """Two triggers joined by "and" with no place between them share the places after the second:
    "القصف التركي والغارات الجوية على عفرين", "airstrikes and shelling on Douma" (both on Afrin, Douma)."""
    for n in range(len(triggers) - 1):
        k, j = triggers[n][0], triggers[n + 1][0]
        if not 0 < j - k <= _JOINED_WITHIN or triggers[n + 1][1] == "TerritorialControl":
            continue
        joined = (tokens[j].text.startswith("و") and _cut(tokens[j]) > 0) or tokens[j - 1].text in _AND
        if joined and not any(i.entity.kind == "place" for i in ctx.items_in(tokens[k].end, tokens[j].start)):
            operations[n].places = list(operations[n + 1].places)


def _over_a_period(texts: list[str], k: int) -> bool:
    """Whether the clause tells the trigger at k as lasting ("منذ أسبوع", "تواصل", "حملة", "since"): a
    word of a period counts for the trigger nearest to it ("تتواصل المعارك وسط قصف جوي": the fighting
    goes on, the bombardment is told once)."""
    triggers = [i for i, w in enumerate(texts) if _trigger_word(w)]
    for j, word in enumerate(texts):
        if not any(f in _PERIOD_WORDS for f in clitic_forms(word)):
            continue
        rivals = [i for i in triggers if i not in (j, k) and abs(i - j) < abs(k - j)]
        if not rivals:
            return True
    return False


def _one_holding_per_place(op: Operation) -> list[Operation]:
    """Who holds which place: a holding of several places is one per place ("يسيطر على المخبز الآلي
    وسوق الهال والصوامع": three); every other operation keeps its places together."""
    if op.cls != "TerritorialControl" or len(op.places) < 2:
        return [op]
    return [replace(op, places=[place], agents=list(op.agents), supporters=list(op.supporters),
                    targets=list(op.targets), times=list(op.times), also_mentioned=[]) for place in op.places]


def _cut(token: Token) -> int:
    """Length of the proclitics in front of a trigger word (or of the و of "ومدفعي")."""
    form, word = _trigger_forms(token.text)
    if word is None and (token.text in _AND_GROUND or token.text in _AND_AIR):
        return 1
    return len(token.text) - len(form) if form and token.text.endswith(form) else 0


def _trigger_word(word: str) -> str | None:
    """The trigger a word is, once its proclitics are stripped, and if need be an ending that inflects
    it: an object pronoun ("طرده", "انتزعتها"), the dual or plural of a verb ("تسيطران", "سيطروا")."""
    return _trigger_forms(word)[1]


@functools.lru_cache(maxsize=65536)
def _trigger_forms(word: str) -> tuple[str | None, str | None]:
    """(the word without its proclitics, the trigger it is) for a trigger word, else (None, None). An
    object pronoun is read off only a capture ("طرده", "انتزعتها"): on other verbs it names what was
    entered, launched or led ("دخوله القنصلية", "الهجوم الذي تشنه", "يتقدمه دراجان")."""
    forms = clitic_forms(word)
    for form in forms:
        if form in lexicon.OPERATION_TRIGGERS:
            return form, form
    for form in forms:
        for end in _ENDINGS if not form.isascii() else ():
            base = form[:-len(end)]
            if form.endswith(end) and len(base) >= 3 and base in lexicon.OPERATION_TRIGGERS and (
                    end in _SUBJECT_ENDINGS or lexicon.OPERATION_TRIGGERS[base] == "Capture"):
                return form, base
    return None, None


def _intended(tokens: list[Token], k: int, cls: str) -> bool:
    """Whether the text states the operation as an aim or a possibility ("بهدف السيطرة", "تستطيع أن
    تدخل", "لاستعادة الغوطة") rather than as done."""
    if any(clitic_forms(t.text)[-1] in lexicon.AIM_WORDS for t in tokens[max(0, k - 3):k]):
        return True  # "ويأمل أن يحرز تقدما": the proclitic و too
    if tokens[k + 1:k + 3] and any(t.text in _EXPECTED for t in tokens[k + 1:k + 3]):
        return True  # "عملية عسكرية متوقعة", "هجوم مرتقب", "an expected offensive": not yet done
    if cls in _MOVES and (any(t.text in _TERMS for t in tokens[max(0, k - 6):k])
                          or [t.text for t in tokens[max(0, k - 2):k]] == _PROVIDED):
        return True  # a deal's terms: "ينص الاتفاق على ... دخول قوات النظام", "على أن تدخل", "من المفترض أن تدخل"
    if cls in ("Capture", "TerritorialControl", "Entry") and any(t.text in _GOAL_WORDS for t in tokens[k + 1:k + 9]):
        return True  # "السيطرة على الريف الشرقي تعد أولوية", "وكانت استعادة الغوطة هدفا رئيسيا"
    word = tokens[k].text
    to = word.startswith("ل") and (_cut(tokens[k]) > 0 or word.startswith("لل"))  # "للسيطرة": ل + السيطرة
    return cls in _AIM_WITH_L and to and word not in _UNDER_FORMS


def _triggers(ctx: Context, tokens: list[Token]) -> list[tuple[int, str]]:
    """(token index, class) for each trigger of a clause, skipping anaphors ('these strikes'), words
    inside a name ("هيئة تحرير الشام"), launch verbs before their noun and what is not done (_not_done)."""
    found: list[tuple[int, str]] = []
    texts = [t.text for t in tokens]
    air = any(t in lexicon.AIR_WORDS for t in texts)
    for k, token in enumerate(tokens):
        word = _trigger_word(token.text)
        if word is None or (k and texts[k - 1] in _DEMONSTRATIVES):
            continue
        if ctx.item_at(token, "actor") and lexicon.OPERATION_TRIGGERS[word] not in ("AirCampaign", "Airstrike"):
            continue  # a word inside a name ("هيئة تحرير الشام"); "Russian airstrikes" names both
        if texts[k] in _BOMBING and texts[k + 1:k + 2] and texts[k + 1] in _CAMPAIGN_WORDS | _RAIDS:
            continue  # "bombing campaign", "bombing raid": the noun after names it
        if word in _BLAST_WORDS and any(_trigger_word(t) for t in texts[k + 1:k + 4]):
            continue  # "انفجار سيارة مفخخة": the weapon names the attack
        if word in lexicon.LIGHT_VERBS and any(_trigger_word(t) for t in texts[k + 1:k + 10]):
            continue  # "شن هجوما", "شن عناصر من التنظيم، ليلة الجمعة، هجوما": the noun names the operation
        cls = _classify(lexicon.OPERATION_TRIGGERS[word], texts, k, air)
        if word == "held" and (ctx.norm.text[token.start - 1:token.start] == "-" or k and (
                texts[k - 1] in _HOLDERS or ctx.item_at(tokens[k - 1], "actor"))):
            cls = "TerritorialControl"  # "rebel-held eastern Aleppo"; FA-KES drops the hyphen: "rebel held"
        if cls is None or _not_done(ctx, texts, k, cls):
            continue
        if not any(c == cls and k - j <= 3 for j, c in found):  # "شنت طائرات روسية غارات": one raid
            found.append((k, cls))
            found.extend(_from_the_other_side(texts, k, cls))
    if len(found) > 1:  # "led by X ... the offensive": the verb 'lead' only names the agent
        found = [(k, c) for k, c in found if c != "GroundOffensiveLead"]
    return [(k, "GroundOffensive" if c == "GroundOffensiveLead" else c) for k, c in found]


def _not_done(ctx: Context, texts: list[str], k: int, cls: str) -> bool:
    """Whether a trigger, read with its neighbours, names no military operation done: a move of aid,
    the wounded or people, an intervention told as background, a denial, a deal, weapons."""
    before, after = texts[max(0, k - 3):k], texts[k + 1:k + 3]
    around = after + (before if ctx.article.language == "en" else [])
    if cls in ("Entry", "Redeployment") and any(  # "دخول قوافل المساعدات", "aid convoys have entered"
            clitic_forms(t)[-1] in lexicon.NON_MILITARY_OBJECTS for t in around):
        return True
    if cls == "Redeployment" and ctx.article.language != "en" and any(
            clitic_forms(t)[-1] in lexicon.NON_MILITARY_OBJECTS for t in before[-2:]):
        return True  # "أكثر من سبعة آلاف شخص غادروا": people leaving, not forces
    if cls == "Redeployment" and any(t in _DEAL_WORDS for t in before[-2:]):
        return True  # "اتفاق إجلاء": the deal, not the move
    next_word = clitic_forms(after[0])[-1] if after else None
    if next_word in _RESPONSIBILITY:
        return True  # "حمّلتها مسؤولية": held it responsible, not "its campaign"
    if cls == "Advance" and next_word in _AIRSPACE:
        return True  # "طائرة اخترقت الأجواء": an aircraft in the airspace, not forces advancing
    if cls == "Redeployment" and next_word in _WEAPONS:
        return True  # "منع انتشار الأسلحة الكيماوية": proliferation, not a deployment
    if cls == "Entry" and any(t in _WAR_WORDS for t in texts[k + 1:k + 4]):
        return True  # "تدخل روسيا في الحرب": an intervention, told as background
    if cls == "Entry" and ctx.article.language != "en" and any(
            clitic_forms(t)[-1] in _AID for t in texts[max(0, k - 8):k]):
        return True  # "قافلة المساعدات عبرت الجمعة خط الجبهة ودخلت الغوطة": the convoy entered
    if any(clitic_forms(t)[-1] in _DENIALS for t in before):
        return True  # "وتنفي تركيا استهداف المدنيين": mentioned only to be denied
    if any(t in _NEGATIONS for t in before):
        return True  # "ولم يجر تنفيذ ضربات جوية": said not to have happened
    if after[:1] and after[0] in _LIKE_THIS:
        return True  # "لم يكن من مصلحتها شن هجوم كهذا": one like the one told, not another
    if before[-1:] and before[-1] in _ANY:
        return True  # "نفي الحكومة شن أي هجمات", "denied carrying out any strikes": none in particular
    if cls == "Capture" and texts[k] == _PARCEL and (
            (k > 0 and texts[k - 1].isdigit()) or (bool(after) and after[0] in _FOOD)):
        return True  # "2400 طرد غذائي": food parcels, not an expulsion
    if cls == "Attack" and k and lexicon.OPERATION_TRIGGERS.get(_trigger_word(texts[k - 1]) or "") == "Shelling":
        return True  # "rocket attacks": the weapon before names it
    return cls == "Shelling" and bool(after) and after[0].startswith(fold("مضاد"))  # "صواريخ مضادة للطيران"


def _from_the_other_side(texts: list[str], k: int, cls: str) -> list[tuple[int, str]]:
    """The second operation of a bombardment from the air and the ground: "قصف جوي ومدفعي" (the
    shelling at "ومدفعي"), "قصفا بريا وجويا" (the air strike at "وجويا")."""
    if cls in _AIR and texts[k + 2:k + 3] and texts[k + 2] in _AND_GROUND:
        return [(k + 2, "Shelling")]
    if cls == "Shelling" and texts[k + 1:k + 2] and texts[k + 1] in _GROUND and texts[k + 2:k + 3] \
            and texts[k + 2] in _AND_AIR:
        return [(k + 2, _classify("AirCampaign", texts, k, True))]
    return []


def _classify(label: str, texts: list[str], k: int, air: bool) -> str | None:
    """Turn a trigger's label into a class, reading the words around it."""
    if label == "TerritorialControl" and texts[k] == _POCKET and fold("آخر") not in texts[max(0, k - 1):k]:
        return None  # "آخر جيب للمعارضة" is a stronghold; "جيب" alone a pocket of any kind
    if label == "ControlVerb":  # "يسيطر", "بات يسيطر", "controls": who holds the place (guidelines rule 1)
        return "TerritorialControl"
    if label == "Redeployment":  # نقل: moved something to a place, unless it relays a report (نقلت ... عن)
        ahead = texts[k + 1:k + 14]
        return "Redeployment" if fold("عن") not in ahead[:4] and any(w in ("الي", "to") for w in ahead) else None
    if label == "UseVerb":  # "استخدام الكيماوي في خان شيخون", "used chemical weapons in Aleppo": an attack
        return "Attack" if any(any(f in _CHEMICAL for f in clitic_forms(w)) for w in texts[k + 1:k + 5]) else None
    if label == "Lead":
        return "GroundOffensiveLead"
    if label == "DistanceVerb":  # "باتت القوات تبعد أقل من كيلومترين عن عفرين": they came that close
        return "Advance" if any(w in lexicon.BECAME_WORDS for w in texts[max(0, k - 4):k]) else None
    if label == "GroundOffensive" and texts[k] in _ATTACK_NOUNS and any(
            any(f in _ATTACK_OBJECTS for f in clitic_forms(w)) or w.startswith(fold("مضاد"))
            for w in texts[k + 1:k + 5]):
        return "Attack"  # a counter-attack, a chemical attack, an attack on a position
    if label == "GroundOffensive" and texts[k] in _OPERATION_NOUNS and (
            texts[k + 1:k + 2] and texts[k + 1] in _AIR_ADJECTIVES or texts[k - 1:k] == ["air"]):
        return "AirCampaign"  # "عملياتها الجوية", "air operations"
    if label == "GroundOffensive" and texts[k] in _ATTACK_NOUNS and texts[k + 1:k + 2] and \
            clitic_forms(texts[k + 1])[-1] in _ROCKETS:
        return "Shelling"  # "هجوما صاروخيا", "هجوم بالقذائف": fired from the ground
    if label == "GroundOffensive" and texts[k + 1:k + 2] and texts[k + 1] in _NOT_COMBAT:
        return None  # "عمليات الإجلاء": evacuations, rescue work
    if label == "HeldBy":  # "areas held by IS"
        return "TerritorialControl" if texts[k + 1:k + 2] == ["by"] else None
    if label == "Deployment":  # "نشرت قوات", "خرجت دفعة"; not "أكثر مما نُشر" (than was published)
        if texts[k] in _PUBLISH_FORMS and not any(
                any(f in _FORCE_WORDS for f in clitic_forms(w)) for w in texts[k + 1:k + 6]):
            return None
        return "Redeployment"
    if label == "ControlNoun":  # "under the control of" holds; "its control of the town" took it
        before = texts[max(0, k - 2):k]
        if any(w in _UNDER for w in before) or texts[k] in _UNDER_FORMS:
            return "TerritorialControl"
        if texts[k] == "control":  # "took control of" / "under the control of" / "the NDF control the airport"
            if any(w in lexicon.BECAME_WORDS for w in before):
                return "Capture"
            verb = texts[k + 1:k + 2] not in (["of"], ["over"], []) and not (before and before[-1] in _NOT_A_SUBJECT)
            return "TerritorialControl" if verb else None
        if any(w in lexicon.AIM_WORDS for w in before):
            return None
        if any(lexicon.OPERATION_TRIGGERS.get(_trigger_word(w) or "") == "Capture" for w in texts[max(0, k - 4):k]):
            return None  # "استعادت قوات النظام الجمعة السيطرة على": the object of the taking just named
        # "بعد سيطرتها على اللواء", "تمكنت القوات التركية من السيطرة عليها": the taking;
        # "تفرض سيطرتها", "أكد سيطرة الجيش على": the holding
        act = texts[max(0, k - 4):k]
        by = texts[k].startswith("ب") and not texts[k].startswith(fold("بسيطرة"))  # "بسيطرتها على": by taking
        return "Capture" if by or any(any(f in _ACT_WORDS for f in clitic_forms(w)) for w in act) \
            else "TerritorialControl"
    if label == "GroundOffensive" and texts[k] in _CAMPAIGN_WORDS and (
            air or texts[k - 1:k] and texts[k - 1] in _BOMBING):  # "air campaign", "its bombing campaign"
        return "AirCampaign"
    if label in ("AirCampaign", "Airstrike") and texts[k] in _BARE_STRIKES and not air:
        # "strikes", "bombardment" without aircraft: an attack or a shelling by unstated means
        return "Shelling" if texts[k] in _BOMBARDMENT else "Attack"
    if label == "AirCampaign" or (label == "Attack" and air) or (
            label == "Shelling" and k + 1 < len(texts) and texts[k + 1] in lexicon.AIR_WORDS):
        return "AirCampaign" if _over_a_period(texts, k) else "Airstrike"  # raids on one occasion: one strike
    return label


def _assign_places_and_times(ctx: Context, op: Operation, tokens: list[Token], k: int, bound: int,
                             clause: Clause) -> None:
    """Places and times named after the trigger (up to the next one), else just before it."""
    items = ctx.items_in(clause.start, clause.end)
    trigger_start = tokens[k].start
    limit = tokens[bound].start if bound < len(tokens) else clause.end
    # what is said next is another statement: "دخول الجيش إلى الميادين" موضحا أنه يعمل ... وصولا الى الريف الشرقي
    said = next((t.start for t in tokens[k + 1:bound] if _saying(t.text)), None)
    limit = min(limit, said) if said is not None else limit
    amid = k > 0 and tokens[k - 1].text in _AMID
    held = _held_place_before(ctx, items, tokens, k) if op.cls == "TerritorialControl" else []
    _add(op.places, held or _places(items, tokens, trigger_start, limit, _is_stronghold(tokens[k].text),
                                    ctx.norm.text, amid))
    times = [(t, _folded(ctx, t.mention.start)) for t in ctx.extraction.times]
    after = [t for t, at in times if trigger_start <= at < limit]
    before = [t for t, at in times if clause.start <= at < trigger_start]
    op.times = after or before[-1:]


def _held_place_before(ctx: Context, items: list[Item], tokens: list[Token], k: int) -> list[Entity]:
    """The place a relative clause of holding is about: the one named just before it ("حوض اليرموك"
    التي يسيطر عليها فصيل", "قاعدة عسكرية جنوب غربي المدينة تسيطر عليها الفصائل", "the town of Salma
    that has been held by Nusra"), with those listed with it; [] when the holding is not told so."""
    texts = [t.text for t in tokens]
    resumptive = texts[k + 1:k + 2] and texts[k + 1] in _RESUMPTIVE  # "يسيطر عليها": held is what came before
    relative = [j for j in range(max(0, k - 3), k) if texts[j] in _RELATIVES]
    if not (resumptive or relative):
        return []
    anchor = tokens[relative[-1]].start if relative else tokens[k].start
    earlier = [i for i in items if i.entity.kind == "place" and i.end <= anchor and i.entity.cls != "Country"]
    if not earlier or sum(1 for t in tokens if earlier[-1].end <= t.start < anchor) > 4:
        return []
    return _listed_with_last(earlier, ctx.norm.text)


def _saying(word: str) -> bool:
    """A verb or a participle of saying ("قال", "موضحا", "said"; not English words that also tell of the
    fighting: "claimed by Al-Qaeda", "reported dead")."""
    if word.isascii():
        return word in ("said", "says", "told")
    return any(f in lexicon.SAYING_CUES or f in _SAYING_PARTICIPLES for f in clitic_forms(word))


def _is_stronghold(word: str) -> bool:
    """True for 'stronghold' nouns, which describe who holds the place named before them."""
    return lexicon.OPERATION_TRIGGERS.get(_trigger_word(word) or "") == "TerritorialControl"


def _assign_actors(ctx: Context, ops: list[Operation], tokens: list[Token], triggers, clause: Clause) -> None:
    """Give each actor of the clause a role in the operation whose trigger is nearest to it."""
    if not ops:
        return
    words = {t.start: t.text for t in tokens}
    starts = [tokens[k].start for k, _ in triggers]
    attacks = [i for i, op in enumerate(ops) if op.cls in _ATTACKS]
    for item in ctx.items_in(clause.start, clause.end):
        pool = attacks if item.entity.cls == "Civilians" and attacks else range(len(ops))
        n = min(pool, key=lambda i: (abs(item.start - starts[i]), item.start < starts[i]))
        op = ops[n]
        if _is_stronghold(tokens[triggers[n][0]].text):
            role = _holder_role(item, starts[n], tokens[triggers[n][0]].text)
        else:
            role = _actor_role(op, item, _words_before(words, item.start), starts[n])
        if role:
            _add(getattr(op, role), [item.entity])
    texts = [t.text for t in tokens]
    for (k, _), op in zip(triggers, ops):  # "المعقل الرئيسي له": its holder is the force named last before it
        if _is_stronghold(texts[k]) and not op.agents and any(w in _ITS for w in texts[k + 1:k + 4]):
            named = [i.entity for i in ctx.items_before(tokens[k].start) if i.entity.cls in FORCE_CLASSES]
            _add(op.agents, named[:1])


def _holder_role(item: Item, trigger_start: int, word: str) -> str | None:
    """'The strongholds of ISIS' names the holder after the noun; 'its stronghold' before it."""
    if item.entity.cls not in FORCE_CLASSES:
        return None
    pronoun = word.endswith(("ها", "ه"))
    return "agents" if (item.start < trigger_start) == pronoun else None


def _actor_role(op: Operation, item: Item, before: list[str], trigger_start: int) -> str | None:
    """Which role an actor mention plays for an operation, from the two words before it."""
    entity = item.entity
    if entity.kind != "actor":
        return None
    if any(w in lexicon.SUPPORT_MARKERS for w in before):
        return "supporters"
    if entity.cls == "Civilians":
        return "targets"
    if entity.cls not in FORCE_CLASSES | {"Government"}:
        return None
    if before[-1:] and before[-1] in lexicon.TARGET_MARKERS:
        return "targets"
    if item.proclitic == "ل":
        if before and _trigger_word(before[-1]):  # "قصف للتحالف", "غارة للتحالف": whose strike it is
            return "agents"
        # "strikes on ISIS" further on (لداعش): a target of an attack, else a genitive
        attack = op.cls in _ATTACKS | {"GroundOffensive"}
        return "targets" if attack and item.start > trigger_start else None
    return "agents"


def _places(items: list[Item], tokens: list[Token], trigger: int, limit: int, stronghold: bool,
            text: str, amid: bool = False) -> list[Entity]:
    """Places after the trigger (before it for a stronghold, or when none follows: the places named
    last, with those listed with them), leaving out reference points ('bordering Iraq', 'south-east
    of Raqqa', 'on the Euphrates')."""
    stoppers = [t.end for n, t in enumerate(tokens) if _refers_to_a_point(t.text, tokens[n - 1].text if n else None)]
    # what was said begins at "that": a place before it belongs to the saying ("ومقره بريطانيا، فأكد أن")
    opening = max((t.end for t in tokens if t.text in _THAT and t.end <= trigger), default=0)
    all_places = [i for i in items if i.entity.kind == "place" and (i.start >= opening or i.start > trigger)]
    places = [i for i in all_places if not any(0 <= i.start - s <= 12 for s in stoppers) and not _possessive(i, text)
              and not (i.proclitic == "ل" and any(0 <= i.start - j.end <= 2 for j in all_places))]  # "الغوطة لدمشق"
    after = [i.entity for i in places if trigger < i.start < limit]
    earlier = [i for i in places if i.end <= trigger]
    before = [i.entity for i in earlier]
    where = [t for t in tokens if t.text in _WHERE and t.end <= trigger
             and sum(1 for u in tokens if t.end <= u.start < trigger) <= 2]
    if where and not stronghold:  # "محاصرون في دوما، حيث يستمر القتال": where = the place just named
        named = [i for i in earlier if i.end <= where[-1].start]
        if named:
            return _listed_with_last(named, text)
    if after and all(p.cls == "Country" for p in after) and any(p.cls != "Country" for p in before):
        after = []  # "... مع روسيا" after the trigger: the town named before says where
    if amid and earlier:  # "يسيطر على المخبز الآلي وسوق الهال والصوامع ... وسط اشتباكات": there
        return _most_specific(_listed_with_last(earlier, text))
    if stronghold:
        adjacent = [i.entity for i in all_places if 0 <= trigger - i.end <= 2]  # "Raqqa, its stronghold"
        named = [i.entity for i in places if trigger < i.start < limit and _next_to(tokens, trigger, i.start)]
        return _most_specific(adjacent or named or before or after)  # "bastion Raqqa city", "معقلهم في الرقة"
    return _most_specific(after or _listed_with_last(earlier, text))


def _possessive(item: Item, text: str) -> bool:
    """An English place name in the possessive before a noun ("on Syrias border with Turkey", FA-KES having
    dropped the apostrophe): it places something else, not the operation."""
    name = (item.entity.labels.get("en") or "").lower()
    word = text[item.start:item.end]
    following = text[item.end:item.end + 24].lstrip("' ").split(" ", 1)[0]
    return word.isascii() and word.endswith("s") and not name.endswith("s") and following.isalpha() \
        and following not in _NOT_OWNED


def _next_to(tokens: list[Token], trigger: int, start: int) -> bool:
    """Whether a place begins right after the trigger, or after it and one preposition."""
    between = [t for t in tokens if trigger < t.start < start]
    return len(between) <= 1 and all(t.text in _PREPOSITIONS for t in between)


def _listed_with_last(items: list[Item], text: str) -> list[Entity]:
    """The last place of a list and those listed with it ("بلدتي نبل والزهراء، حيث", "نبل والزهراء
    ... التي يسيطر عليها"): the places joined to it by و or a comma alone."""
    if not items:
        return []
    group = [items[-1]]
    for item in reversed(items[:-1]):
        if text[item.end:group[0].start].strip(" ،,ـ-") not in ("", "و"):
            break
        group.insert(0, item)
    return [i.entity for i in group]


def _inside(a: Entity, b: Entity) -> bool:
    """True when place a lies in (or next to a place in) place b."""
    seen, todo = set(), list(a.part_of) + list(a.near)
    while todo:
        p = todo.pop()
        if p is b:
            return True
        if id(p) not in seen:
            seen.add(id(p))
            todo.extend(p.part_of)
    return False


def _same_area(places: list[Entity], others: list[Entity]) -> bool:
    """True when every place of the first list is, or contains, one of the second: a later mention
    naming only a wider area refers back; one naming a town inside it tells of another happening."""
    return all(any(p is q or _inside(q, p) for q in others) for p in places)


def _most_specific(places: list[Entity]) -> list[Entity]:
    """Drop a place when another of the list lies inside it (Syria, when Mayadin is named)."""
    unique = list(dict.fromkeys(places))
    return [p for p in unique if not any(_inside(q, p) for q in unique if q is not p)]


def _words_before(words: dict[int, str], start: int) -> list[str]:
    """The two folded words just before a folded offset."""
    earlier = sorted(s for s in words if s < start)[-2:]
    return [words[s] for s in earlier]


def _folded(ctx: Context, original: int) -> int:
    """The folded offset of an original offset."""
    return bisect.bisect_left(ctx.norm.origin, original)


def _add(target: list, values) -> None:
    """Append values not already present, keeping order."""
    for value in values:
        if value not in target:
            target.append(value)


def _main_place(ctx: Context) -> Entity | None:
    """The article's most mentioned specific place, not counting reference points ("شرق نهر الفرات")."""
    counts = Counter(i.entity for i in ctx.items if i.entity.kind == "place" and i.entity.cls != "Country"
                     and not _after_stopper(ctx, i))
    return counts.most_common(1)[0][0] if counts else None


def _family(cls: str) -> str:
    """Operations of one family share an implicit agent: ground, air or holding ground."""
    return next((name for name, members in _FAMILIES.items() if cls in members), cls)


def _inherit_agents(ops: list[Operation]) -> None:
    """An operation with no named agent ('holds', 'amid clashes', 'an offensive') takes the agents of
    the nearest earlier one of its family in its sentence (else any earlier one there), or of the
    previous operation of its class in the sentence before."""
    for n, op in enumerate(ops):
        if op.agents:
            continue
        earlier = [o for o in reversed(ops[:n]) if o.mention.sentence == op.mention.sentence and o.agents]
        kin = [o for o in earlier if _family(o.cls) == _family(op.cls)]
        before = [o for o in reversed(ops[:n]) if o.cls == op.cls and o.agents
                  and op.mention.sentence - o.mention.sentence == 1]
        donor = (kin or earlier or before or [None])[0]
        if donor is not None:
            _add(op.agents, [a for a in donor.agents if a not in op.targets])
            _add(op.supporters, donor.supporters)


def _sides(actors: list[Entity]) -> set[int]:
    """The sides the actors are of: each actor's topmost affiliation (the Syrian army and the Syrian
    government are one side; the Russian air force and the Russian government are one)."""
    sides = set()
    for actor in actors:
        seen = [actor]
        while seen[-1].affiliated_with and seen[-1].affiliated_with[0] not in seen:
            seen.append(seen[-1].affiliated_with[0])
        sides.add(id(seen[-1]))
    return sides


def _same_happening(op: Operation, earlier: Operation) -> bool:
    """A later mention of the same operation: same class, a side in common (the same holder, or no new
    side of a move: a withdrawal and a deployment are both Redeployments), the same area (or none
    named), and no resolved dates that disagree. Sides, not all agents: the roles of a later mention
    are read less surely ("وهاجم ... مسلحا من داعش" names the defenders near the verb too)."""
    if op.cls != earlier.cls:
        return False
    if op.cls in _ONE_SIDE:
        if earlier.agents and not set(op.agents) <= set(earlier.agents):
            return False
    elif op.agents and earlier.agents and not _sides(op.agents) & _sides(earlier.agents) and op.cls != "ArmedClash":
        return False  # fighting has two sides: a later mention may name the other one
    if op.targets and earlier.targets and not set(op.targets) & set(earlier.targets):
        return False
    days = {(t.start, t.end) for t in op.times if t.resolved}
    earlier_days = {(t.start, t.end) for t in earlier.times if t.resolved}
    if days and earlier_days and not days & earlier_days:
        return False
    # a campaign or a battle told of again at one of its towns ("حملة على الغوطة" ... "في دوما"), not
    # one told of across a whole country
    wide = op.cls in _SPREAD and earlier.places and op.places and _same_area(earlier.places, op.places) \
        and all(p.cls != "Country" for p in earlier.places)
    if op.places and not (earlier.places and _same_area(op.places, earlier.places)) and not wide:
        return False
    if op.cls == "TerritorialControl" and set(op.places) != set(earlier.places):
        return False  # a holding is of one place: the governorate is not the town held in it
    return True


def _merge_repeated_mentions(ctx: Context) -> None:
    """Later mentions of the same operation ('the strikes', 'the offensive of the regime forces')
    join the first as further mentions; the roles they add are kept."""
    kept: list[Operation] = []
    for op in ctx.extraction.operations:
        # what was done is not a later mention of an aim ("تسعى القوات لسحق الفصائل" ... "بعد حملة مشابهة")
        another = _told_as_another(ctx, op)
        first = None if another else next(
            (k for k in kept if _same_happening(op, k) and not (k.intended and not op.intended)), None)
        if first is None and not another and op.cls != "TerritorialControl" and _definite(ctx, op) and not op.intended:
            kin = _kin(ctx, op)
            first = next((k for k in reversed(kept) if k.cls in kin and not k.intended
                          and op.mention.sentence - k.mention.sentence <= _TOLD_WITHIN
                          and (not op.agents or not k.agents or set(op.agents) & set(k.agents))), None)
        if first is None:
            kept.append(op)
            continue
        first.also_mentioned.append(op.mention)
        for role in ("agents", "supporters", "targets", "times", "places"):
            _add(getattr(first, role), getattr(op, role))
    ctx.extraction.operations[:] = kept


def _told_as_another(ctx: Context, op: Operation) -> bool:
    """Whether the text says a mention is of another happening ("مواجهات أخرى", "another attack",
    "were also shelled"): the word after it, or before it in English."""
    after = ctx.article.text[op.mention.end:op.mention.end + 12].split()
    before = [w.lower() for w in ctx.article.text[max(0, op.mention.start - 16):op.mention.start].split()[-2:]]
    return bool(after and fold(after[0].rstrip("،,.؛;:")) in _ANOTHER) or bool(before and before[-1] in ("another", "other")) \
        or "also" in before  # "were also shelled", "also fired": one more happening


def _kin(ctx: Context, op: Operation) -> set[str] | frozenset[str]:
    """The classes a definite mention can name back: "the attack", "the strikes" any attack just told;
    "الهجوم", "the assault" an attack or an offensive; English "the shelling" the air strikes just told
    too (translated reports use it loosely; Arabic "القصف" keeps its own reading); else its own class."""
    if op.cls == "Attack" or (op.cls == "Shelling" and ctx.article.language == "en"):
        return _ATTACK_KIN
    return {"Attack", op.cls} if _attack_word(ctx, op) else {op.cls}


def _attack_word(ctx: Context, op: Operation) -> bool:
    """Whether an offensive is named by a word of attack ("الهجوم", "the assault"), which can name back
    an attack just told ("شن التنظيم هجوما على القاعدة ... منذ بدء الهجوم"), not by a word of campaign
    ("العملية", "the offensive"), nor told as lasting ("الهجوم العنيف على الغوطة منذ 18 شباط")."""
    after = ctx.article.text[op.mention.end:op.mention.end + 50]
    return op.cls == "GroundOffensive" and not _SINCE.search(after) and any(
        f in _ATTACK_NOUNS or f in ("assault", "attack") for f in clitic_forms(fold(op.mention.text)))


def _definite(ctx: Context, op: Operation) -> bool:
    """Whether a trigger is a definite or possessed noun ("الهجوم", "هجومها", "the offensive"): it
    names a happening already told."""
    if ctx.article.language == "en":
        before = ctx.article.text[max(0, op.mention.start - 6):op.mention.start].split()
        return bool(before) and before[-1].lower() in ("the", "its", "their")
    # the suffix on the text as written: folding makes the ة of "معركة", "غارة" a ه, as in "هجومه"
    return fold(op.mention.text).startswith("ال") or op.mention.text.endswith(("ها", "ه", "هم"))


def _default_places(ctx: Context) -> None:
    """Operations that name no place take the scene: the last place named before them in their
    sentence; else the article's main place (or they are dropped if it has none). A holding with no
    place of its own is dropped: "areas the SDF holds" says nothing about where."""
    fallback = _main_place(ctx)
    for op in [o for o in ctx.extraction.operations if not o.places]:
        if op.cls == "TerritorialControl":  # "مناطق تسيطر عليها قسد": a holding of no named place
            ctx.extraction.operations.remove(op)
            continue
        scene = _scene(ctx, op)
        if scene is not None:
            op.places.append(scene)
        elif fallback is None:
            ctx.extraction.operations.remove(op)
        else:
            op.places.append(fallback)


def _scene(ctx: Context, op: Operation) -> Entity | None:
    """The last town or area named before an operation in its sentence, leaving out reference points
    ("شرق نهر الفرات"), roads and buildings (too small) and countries (too wide). Not the sentence before: there it
    often belongs to another story ("معارك مدينة حلب العام الماضي" before OCHA's warning on Mayadin)."""
    at = _folded(ctx, op.mention.start)
    sentence = op.mention.sentence
    items = [i for i in ctx.items_before(at) if i.entity.kind == "place" and i.sentence == sentence
             and i.entity.cls in _SCENES and not _after_stopper(ctx, i)]
    return items[0].entity if items else None


def _after_stopper(ctx: Context, item: Item) -> bool:
    """True when a direction or 'near' word stands just before a place mention (a reference point)."""
    before = ctx.norm.text[max(0, item.start - 30):item.start].split()
    return bool(before) and _refers_to_a_point(before[-1], before[-2] if len(before) > 1 else None)


def _refers_to_a_point(word: str, previous: str | None) -> bool:
    """Whether a word makes the place after it a reference point ("جنوب شرق مدينة درعا", "near
    Damascus"); not a direction after a preposition ("في شمال سوريا": in it)."""
    return word in PLACE_STOPPERS and not (previous and clitic_forms(previous)[-1] in _PREPOSITIONS)
