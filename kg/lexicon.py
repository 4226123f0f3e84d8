"""Word lists for extraction: operation triggers, verbs of saying, numbers, time words.

Every word is written as it appears in news text and folded when the tables are built, so the
lists stay readable; lookups use folded tokens after proclitics are stripped (kg.gazetteer).
"""

from __future__ import annotations

from kg.text import fold


def _table(spec: dict[str, str]) -> dict[str, str]:
    """Fold every space-separated word of each value into a word -> label table."""
    return {fold(word): label for label, words in spec.items() for word in words.split()}


# Operation triggers: one word each, the class of the operation it names.
OPERATION_TRIGGERS = _table({
    "Entry": "دخلت دخل دخول يدخل تدخل اقتحمت اقتحم اقتحام entered enter entering stormed",
    "Advance": "تقدمت تقدم يتقدم تتقدم التقدم تقدمها تقدمه تقدما مسافة تطويق طوقت تطوق يطوق شطر تغلغل تغلغله "
               "اخترقت اخترق "
               "advanced advance advancing encircled encircling encircle",
    "DistanceVerb": "تبعد يبعد",
    "Capture": "سيطرت سيطر استعادت استعاد يستعيد تستعيد استعادة انتزعت انتزع حررت حرر تحرير استولت استولى استولوا استيلاء طرد "
               "طردت طردها اجتاحت "
               "اجتاح أخرجت أخرج استرد استردت captured seized recaptured retook retaken wrested overran liberated",
    "ControlVerb": "يسيطر تسيطر يسيطرون مسيطرا controls control holds",
    "TerritorialControl": "معقل المعقل معاقل المعاقل معقلها معقله معقلهم معاقلها معاقله معاقلهم جيب بأيدي stronghold "
                          "strongholds bastion",
    "HeldBy": "held controlled",
    "ControlNoun": "سيطرة سيطرتها سيطرته سيطرتهم السيطرة control",
    "AirCampaign": "غارات الغارات غاراتها براميل airstrikes strikes raids bombing bombardment",
    "Airstrike": "غارة الغارة airstrike strike raid raided bombed",
    "ArmedClash": "اشتباكات اشتباك الاشتباكات معارك معركة مواجهات المعارك المواجهات القتال يشتبك تشتبك اشتبكت "
                  "تقاتل يقاتل يقاتلون "
                  "clashes clashed fighting battle battles battling",
    "Shelling": "قصف القصف قصفت قصفوا يقصف تقصف قصفها قصفا قذائف القذائف صواريخ shelling shelled artillery mortar mortars "
                "rocket rockets shells",
    "GroundOffensive": "هجوم هجوما الهجوم هجومها هجمات عملية عمليات العملية عمليتها عملياتها عملياته حملة الحملة "
                       "حملتها سحق offensive assault campaign operation",
    "Attack": "ضربات ضربة الضربات الضربة هجمات الهجمات التفجير التفجيرات الاغتيال استهداف تشن يشن شنت شن تشنها يشنها هاجم هاجمت هاجموا انفجار تفجير تفجيرات "
              "اغتيال مفخخة مفخخات ناسفة attack attacks attacked targeting targeted pounded massacre bombings "
              "struck ambush ambushed assassinated assassination",
    "Redeployment": "نقلت نقل",
    "Deployment": "نشر نشرت انتشار انتشارها خرجت غادرت غادر غادروا خروج إجلاء أجلي أخرجوا انسحبت انسحب انسحاب "
                  "انسحابها تعزيزات دوريات deployed deployment evacuated evacuation withdrew withdrawal "
                  "reinforcements patrols",
    "Lead": "تقوده يقوده تقود يقود تقودها يقودها led",
    "UseVerb": "استخدام استخدم استخدمت used",
})
# Verbs that only launch the operation the noun after them names ("شن هجوما", "تشن غارات").
LIGHT_VERBS = frozenset(fold(w) for w in "شن شنت يشن تشن تشنها يشنها launched launch".split())
# Words just before a trigger that make the operation an aim or a possibility, not something done.
AIM_WORDS = frozenset(fold(w) for w in (
    "يهدف تهدف بهدف هدف هدفها تسعى يسعى الى إلى تعد تستطيع يستطيع تستطيعان يمكن يمكنها قادرة قادر تريد يريد "
    "ستشن سيشن للموافقة الموافقة يأمل تأمل يأملون نأمل aims aiming could can will would plan plans planned "
    "avoid right hopes hope hoping expected anticipated threatening threatens threatened threaten تهدد يهدد "
    "هدد هددت بتهديد").split())
# Objects that make an entry or a transfer something else than a military move (aid, the wounded).
NON_MILITARY_OBJECTS = frozenset(fold(w) for w in (
    "قوافل قافلة المساعدات مساعدات خبراء المصابين الجرحى الجثث جثث الفارين النازحين المدنيين مستشفى مستشفيات "
    "المستشفى المستشفيات شخص أشخاص مدني مدنيا مدنيين شاحنة شاحنات الشاحنات aid convoys convoy wounded trucks "
    "lorries").split())
# Words that turn a strike or an attack into an air operation when they stand in the same clause.
AIR_WORDS = frozenset(fold(w) for w in "جوي جوية الجوية الجوي طائرات الطائرات الطيران طيران air aircraft warplanes jets".split())
# Words before a present-tense control verb that make it a change of control (a capture).
BECAME_WORDS = frozenset(fold(w) for w in "بات باتت اصبح اصبحت أصبح now took taken take gained regained seized".split())
# Words before an actor that make it the target of the operation.
TARGET_MARKERS = frozenset(fold(w) for w in "ضد مع وجود against with on".split())
# Words before an actor that make it a supporter.
SUPPORT_MARKERS = frozenset(fold(w) for w in "بدعم دعم بمساندة بإسناد إسناد backed supported".split())
# Words that open a new clause for role assignment.
CLAUSE_OPENERS = (fold("في حين"), fold("بينما"), fold("بعد"), fold("دعما ل"), fold("وذلك"), "while", "after")

# Verbs and phrases of saying, with the kind of humanitarian statement they make.
# Verbs of opinion, disclosure and expectation (sayings only before "that": OPINION_CUES below).
_OPINION_VERBS = ("رأى رأت يرى ترى اعتبر اعتبرت يعتبر تعتبر كشف كشفت أقر أقرت توقع توقعت يتوقع تتوقع "
                  "explained noted stressed revealed asserted argued")
SAYING_CUES = _table({
    "Condemnation": "ندد نددت يندد تندد دان دانت أدان أدانت condemned condemns denounced",
    "Warning": "حذر حذرت يحذر تحذر نبه نبهت أعرب أعربت أبدى أبدت warned warns expects fears",
    "Appeal": "دعا دعت ناشد ناشدت طالب طالبت حض حضت حث حثت urged called appealed",
    "Report": "قال قالت أكد أكدت أوضح أوضحت ذكر ذكرت أفاد أفادت أعلن أعلنت شدد شددت أشار أشارت "
              "يقول تقول أضاف أضافت يضيف تضيف نفى نفت ينفي تنفي اتهم اتهمت يتهم تتهم وثق يوثق رصد أورد أوردت "
              "أحصى صرح تحدث تحدثت وصف وصفت كرر كررت تصر يصر تفيد يفيد تشير يشير يؤكد تؤكد أفادت "
              "أبلغ أبلغت أردف أردفت تنفيان ينفيان "
              + _OPINION_VERBS + " "
              "said says told reported stated added confirmed announced denied denies accused claimed "
              "documented insisted acknowledged acknowledges dismissed dismisses described voiced wrote",
})
# Verbs of opinion, disclosure and expectation: sayings only when what follows is "that" or a
# quotation ("اعتبر الأسد أن ..."; not "تعتبرها إرهابية", a standing view).
OPINION_CUES = frozenset(fold(w) for w in _OPINION_VERBS.split())
RELAY_VERBS = frozenset(fold(w) for w in "نقلت نقل تنقل ينقل quoted quoting citing cited".split())
ACCORDING_WORDS = frozenset(fold(w) for w in "بحسب حسب وفقا وفق حسبما بحسبما وفقما استنادا".split())
NO_COMMENT = (fold("لم يعلق"), fold("لم تعلق"), "did not comment", "declined to comment")

# Unnamed sources: head nouns, with how many people they stand for (None: unknown).
SOURCE_NOUNS = {fold(w): n for w, n in {
    "مصدر": 1, "مصادر": None, "مسؤول": 1, "مسؤولان": 2, "مسؤولين": None, "مسؤولون": None,
    "تقارير": None, "ناشطون": None, "ناشطين": None, "شهود": None, "مصدران": 2, "قائد": 1, "متحدث": 1,
    "المتحدث": 1, "المتحدثة": 1, "ناطق": 1, "الناطق": 1, "مراسل": 1, "مسعف": 1, "مسعفون": None,
    "مسعفين": None, "سكان": None, "دبلوماسي": 1, "دبلوماسيون": None, "دبلوماسيين": None, "طبيب": 1,
    "أطباء": None, "نشطاء": None, "مواطنة": 1, "مواطن": 1, "شاهد": 1, "witness": 1, "commander": 1,
    "سفير": 1, "السفير": 1, "ambassador": 1, "correspondent": 1, "diplomats": None, "diplomat": 1, "doctors": None, "doctor": 1, "medics": None,
    "source": 1, "sources": None, "official": 1, "officials": None, "activists": None,
    "witnesses": None, "residents": None, "spokesman": 1, "spokeswoman": 1, "spokesperson": 1,
}.items()}
# Unnamed sources whose words are the body's they speak for ("متحدث باسم الخارجية").
SPOKESPERSON_NOUNS = frozenset(fold(w) for w in (
    "متحدث المتحدث متحدثة المتحدثة ناطق الناطق ناطقة الناطقة spokesman spokeswoman spokesperson").split())
SOURCE_ADJECTIVES = frozenset(fold(w) for w in (
    "عسكري عسكرية أمني أمنية حكومي حكومية محلي محلية طبي طبية ميداني ميدانية حقوقية حقوقي إعلامية "
    "إخبارية متطابقة مطلع مطلعة محلية غربيون غربي ميداني عسكريون senior military security government "
    "local medical opposition diplomatic western").split())
# Nationality adjectives that give an unnamed source its side: (adjective, kind) -> actor key.
NATIONALITY = {fold(w): key for w, key in {
    "السوري": "syria", "سوري": "syria", "السورية": "syria", "الروسي": "russia", "روسي": "russia",
    "الأميركية": "united-states", "الأمريكية": "united-states", "أميركي": "united-states",
    "الأميركي": "united-states", "Syrian": "syria", "Russian": "russia", "American": "united-states",
    "Turkish": "turkey", "التركي": "turkey", "التركية": "turkey", "تركي": "turkey",
}.items()}
CIVILIAN_WORDS = frozenset(fold(w) for w in (
    "المدنيين المدنيون مدنيين مدنيون مدنيا مدني السوريين أطفال الأطفال طفلا طفل نساء النساء السكان الأهالي "
    "النازحين الفارين civilians children people residents women").split())
# Words after which a country or capital is a place ("in Syria"), not its government speaking or acting.
LOCATIVES = frozenset(fold(w) for w in (
    "في إلى الى من على عن داخل خارج شمال جنوب شرق غرب شمالي جنوبي شرقي غربي أنحاء مناطق حدود الحدود وسط مع "
    "عبر نحو باتجاه أراضي ارض أرض ريف محافظة مدينة العاصمة قرب مشارف ضواحي أطراف محيط بوابات مقره مقرها "
    "in into to from across inside near at of on within throughout capital outskirts based borders").split())
# Words before "من" (by) that make the country or capital after it an acting state ("المدعومة من روسيا").
BACKED_WORDS = frozenset(fold(w) for w in "المدعومة مدعومة المدعوم مدعوم مدعومين المدعومين backed supported "
                                          "brokered".split())
# Surnames that stand for an actor only once the actor is named ("Rami Abdel Rahman, the Observatory's
# director ... Abdel Rahman said"): elsewhere they are anyone's name.
NEEDS_ANTECEDENT = frozenset(fold(w) for w in ("عبد الرحمن", "Abdel Rahman", "Abdulrahman"))
# English words after Syria that make it the acting state ("Syria agreed to...", "Syria's army").
ENGLISH_STATE_WORDS = frozenset("has had agreed denied accused rejected says said insists wants army forces "
                                "government regime president military troops".split())

# Numbers: words with values, and vague words with an interval.
NUMBER_WORDS = {fold(w): v for w, v in {
    "واحد": 1, "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5,
    "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
    "عشرة": 10, "عشر": 10, "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "خمسين": 50, "ستين": 60, "سبعين": 70,
    "ثمانين": 80, "تسعين": 90, "عشرون": 20, "ثلاثون": 30, "أربعون": 40, "خمسون": 50, "مئة": 100,
    "مائة": 100, "ألف": 1000, "نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3, "half": 0.5, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "dozen": 12, "hundred": 100, "thousand": 1000,
}.items()}
VAGUE_NUMBERS = {fold(w): r for w, r in {
    "عشرات": (10, 99), "مئات": (100, 999), "آلاف": (1000, 9999), "الاف": (1000, 9999), "العشرات": (10, 99),
    "المئات": (100, 999), "الآلاف": (1000, 9999),
    "آلالاف": (1000, 9999), "ألوف": (1000, 9999), "dozens": (10, 99), "hundreds": (100, 999),
    "thousands": (1000, 9999), "كثير": (None, None),
}.items()}
# "no fewer than 30" (ما لا يقل عن 30), "more than" (ما يزيد على): the two words before the number.
MODIFIER_PAIRS = {(fold(a), fold(b)): m for (a, b), m in {
    ("يقل", "عن"): "more-than", ("تقل", "عن"): "more-than", ("يزيد", "عن"): "more-than",
    ("يزيد", "على"): "more-than", ("يتجاوز", "ال"): "more-than", ("at", "least"): "more-than",
    ("up", "to"): "less-than", ("more", "than"): "more-than", ("less", "than"): "less-than",
}.items()}
MODIFIERS = {fold(w): m for w, m in {
    "أكثر": "more-than", "اكثر": "more-than", "أقل": "less-than", "نحو": "about", "حوالي": "about",
    "قرابة": "about", "زهاء": "about", "more": "more-than", "over": "more-than", "less": "less-than",
    "fewer": "less-than", "under": "less-than", "least": "more-than", "about": "about", "around": "about", "nearly": "about", "some": "about",
}.items()}
# The noun after (or just before) a figure decides its kind.
QUANTITY_KINDS = _table({
    "Killed": "مقتل قتل قتلت قتلوا قتلا يقتل قتلى القتلى قتيل قتيلا ضحايا الضحايا ضحية مصرع مصرعهم حتفهم "
              "killed killing dead deaths died dying lives toll executed",
    "Injured": "إصابة أصيب أصيبوا يصاب بجروح جرحى الجرحى جريح جريحا مصابين مصابا injured wounded wounding injuring",
    "Displaced": "النزوح نزوح نزح نزحوا ينزح نازح نازحا نازحين النازحين تهجير تشريد تشريدهم فرار فروا فر هربوا "
                 "غادروا بالفرار للفرار لاجئ لاجئا لاجئين مشرد مشردا مشردين مهجر مهجرا مهجرين "
                 "displaced fled refugees homeless",
    "Distance": "كيلومترات كيلومتر كيلومترين كيلومترا كلم كم km kilometres kilometers miles",
    "TerritoryShare": "مساحة مساحتها مساحته territory",
})
UNITS = {"Distance": "km", "TerritoryShare": "fraction"}
# The actors (by English name in the gazetteer) that a nationality stands for.
COUNTRY_ACTORS = {
    "syria": {"forces": "Syrian Arab Army", "government": "Government of Syria"},
    "russia": {"forces": "Russian Armed Forces", "government": "Government of Russia"},
    "united-states": {"forces": "United States Armed Forces", "government": "Government of the United States"},
    "turkey": {"forces": "Turkish Armed Forces", "government": "Government of Turkey"},
}
# Officials named by their title and nationality speak for their state ("رئيسة الوزراء البريطانية",
# "وزير الدفاع البريطاني", "British Prime Minister"): title word -> the ministry it heads (None: the
# government), and nationality adjective -> the country as its actors are named in the gazetteer.
OFFICIAL_TITLES = {fold(w): office for w, office in {
    "رئيس": None, "رئيسة": None, "الرئيس": None, "وزير": "minister", "وزيرة": "minister",
    "مستشار": None, "مستشارة": None, "نائب": None, "مبعوث": None, "المبعوث": None,
    "president": None, "minister": "minister", "secretary": "minister", "premier": None}.items()}
MINISTRY_WORDS = {fold(w): ministry for w, ministry in {
    "الدفاع": "defence", "الخارجية": "foreign", "الوزراء": None, "الحكومة": None, "الجمهورية": None,
    "defence": "defence", "defense": "defence", "foreign": "foreign", "prime": None, "state": "foreign"}.items()}
DEMONYMS = {fold(w): country for w, country in {
    "البريطاني": "United Kingdom", "البريطانية": "United Kingdom", "British": "United Kingdom",
    "الفرنسي": "France", "الفرنسية": "France", "French": "France",
    "الأمريكي": "United States", "الأمريكية": "United States", "الأميركي": "United States",
    "الأميركية": "United States", "American": "United States", "US": "United States",
    "العراقي": "Iraq", "العراقية": "Iraq", "Iraqi": "Iraq", "التركي": "Turkey", "التركية": "Turkey",
    "Turkish": "Turkey", "الروسي": "Russia", "الروسية": "Russia", "Russian": "Russia",
    "الإيراني": "Iran", "الإيرانية": "Iran", "Iranian": "Iran", "السوري": "Syria", "السورية": "Syria",
    "Syrian": "Syria", "الأردني": "Jordan", "الأردنية": "Jordan", "Jordanian": "Jordan",
    "اللبناني": "Lebanon", "اللبنانية": "Lebanon", "Lebanese": "Lebanon", "الإسرائيلي": "Israel",
    "الإسرائيلية": "Israel", "Israeli": "Israel", "السعودي": "Saudi Arabia", "السعودية": "Saudi Arabia",
    "Saudi": "Saudi Arabia", "القطري": "Qatar", "القطرية": "Qatar", "Qatari": "Qatar"}.items()}
# The ministries the gazetteer knows, by country and office; any other official speaks for the government.
MINISTRIES = {
    ("Russia", "defence"): "Russian Ministry of Defence",
    ("Russia", "foreign"): "Russian Ministry of Foreign Affairs",
    ("Turkey", "defence"): "Turkish Ministry of National Defence",
    ("Syria", "defence"): "Ministry of Defence (Syria)",
    ("Syria", "foreign"): "Ministry of Foreign Affairs (Syria)",
    ("United States", "defence"): "United States Department of Defense",
    ("United States", "foreign"): "United States Department of State",
}
# Capitals that stand for their state's government when they speak ("Moscow said", "قالت دمشق").
CAPITALS = {"moscow": "Russia", "ankara": "Turkey", "tehran": "Iran", "washington": "United States",
            "wof-421202165": "Syria", "paris": "France", "london": "United Kingdom", "beirut": "Lebanon",
            "baghdad": "Iraq", "amman": "Jordan", "riyadh": "Saudi Arabia", "doha": "Qatar", "cairo": "Egypt",
            "berlin": "Germany", "beijing": "China", "jerusalem": "Israel"}
# Nouns that count people: a figure on them with no kind word nearby is a plain count of people.
PERSON_NOUNS = frozenset(fold(w) for w in (
    "شخص أشخاص شخصا شخصين مدني مدنيا مدنيين مدنيون طفل طفلا أطفال طفلين نسمة عنصر عنصرا عناصر مقاتل مقاتلا "
    "مقاتلين مقاتلون جندي جنديا جنود جنديين امرأة نساء people persons civilians children soldiers fighters "
    "women men residents").split())
# Dual nouns: the word itself says two ("طفلين", "كيلومترين").
DUALS = frozenset(fold(w) for w in "شخصين طفلين جنديين كيلومترين".split())
PERCENT_WORDS = frozenset(fold(w) for w in "المئة المائة بالمئة بالمائة percent %".split())
