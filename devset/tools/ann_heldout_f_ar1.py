"""Sixth held-out test set specs (devset/heldout-f): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-300-20180406",  # published Fri 2018-04-06
    notes=("Republican Guard advance into Douma after air strikes (state media, SOHR); Jaysh al-Islam refuses to "
           "leave. 'قوات الحرس الجمهوري تقدمت في مدينة دوما' is one Advance (Advance, not Entry: the text says "
           "'تقدمت في', although the abstract says 'يدخل'); 'وجاء تقدم الحرس الجمهوري' refers back. Its places: "
           "Douma plus the containers of the same clause (الغوطة الشرقية, ريف دمشق, as the guidelines' Nahta "
           "example). 'مدينة دوما التي تسيطر عليها المعارضة المسلحة' → TerritorialControl (rebels, Douma only: "
           "the containers are not held as a whole). 'سلسلة من الغارات الجوية على دوما، قتل فيها 27 شخصا' → "
           "AirCampaign, no agent stated (least certain of the types: one place and one toll would make it one "
           "Airstrike under version 2, but the text calls it a series, and the README types a series of strikes "
           "as an AirCampaign). State media's 'قصف جيش الإسلام للمناطق السكنية في دمشق' → Shelling (bare قصف by "
           "rebels); 'المناطق السكنية' is a relative descriptor, Damascus the place. 'المناطق التي تسيطر عليها "
           "المعارضة المسلحة قرب الحدود مع تركيا' → a second TerritorialControl (rebels) on a local Region "
           "('المناطق', the opposition areas near the Turkish border); Turkey is a reference point (annotated as "
           "a place). Not operations: 'استعادة دوما' (the retaking 'represents' Assad's biggest victory: read "
           "as prospective, the group is still in Douma, so not a Capture), 'الحل العسكري' (a possibility), the "
           "other groups' acceptance of safe passage and the proposal to leave Douma for the north (deals and "
           "proposals), and 'وغادر الآلاف دوما في قوافل' (people leaving, among them injured and civilians: no "
           "fighters are named, so read as an evacuation, not a Redeployment; uncertain). Actors: 'جماعة جيش "
           "الإسلام' → the name only; 'الجماعة المسلحة' in apposition → Jaysh al-Islam; 'الجماعات المسلحة "
           "الأخرى' → rebels; the unnamed 'قائد عسكري' → a local AnonymousSource (not said to be Syrian army); "
           "'للرئيس السوري بشار الأسد' (with the merged لل) → Government of Syria; 'روسيا' (mediator) → "
           "Government of Russia; 'المختطفين' (abductees held by the group) and 'مدنيون' → civilians; the "
           "'مصابون' (injured, set apart from the civilians) and the people counted ('شخصا', 'الأشخاص', "
           "'الآلاف') are not annotated as actors. 'المنطقة': Eastern Ghouta in 'الجماعات المسلحة الأخرى في "
           "المنطقة', Douma in 'فوق المنطقة' (the smoke over the city) and 'يبقى في المنطقة'. 'شمال البلاد' → "
           "a local Region (where the convoys went, not an operation's place); 'مناطق قرب الحدود التركية' → the "
           "same local Region as the opposition areas near the border. Figures: 27 killed and five children "
           "(SOHR), tens of thousands sheltering → PersonCount (SOHR), one child killed and 15 civilians injured "
           "(state media), the thousands who left → Displaced 1000..9999 (SOHR). Chains: state TV's broadcast "
           "video ('بثها') is taken as a saying, as set E did with 'بث ... صورا'; 'ولم يرد أي تعليق' is no "
           "saying; Jaysh al-Islam's 'ترفض ... قائلة' is one chain (cue 'قائلة', 'ترفض' being a refusal rather "
           "than a saying verb). 'منذ عام 2016' → 2016; 'في الأيام الأخيرة' unresolved."),
    entities={
        "republican-guard": ("StateForce", "Republican Guard (Syria)", None),
        "military-commander": ("AnonymousSource", "a military commander", None),
    },
    place_entities={
        "turkish-border-areas": ("Region", "areas near the Turkish border (northern Syria)", None),
        "north-syria": ("Region", "northern Syria", None),
    },
    actors=[
        ("وسائل إعلام سورية حكومية", 0, "syr-state-media"),
        ("قوات الحرس الجمهوري", 0, "republican-guard"),
        ("الحرس الجمهوري", "*", "republican-guard"),
        ("المعارضة المسلحة", "*", "rebels"),
        ("أطفال", 0, "civilians"),
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        ("جيش الإسلام", "*", "jaysh-al-islam"),
        ("الجماعة المسلحة", 0, "jaysh-al-islam"),
        ("الجماعات المسلحة الأخرى", 0, "rebels"),
        ("قائد عسكري", 0, "military-commander"),
        ("للرئيس السوري بشار الأسد", 0, "syr-gov"),
        ("التلفزيون الرسمي السوري", 0, "syr-tv"),
        ("التلفزيون الرسمي", "*", "syr-tv"),
        ("وسائل الإعلام الرسمية السورية", 0, "syr-state-media"),
        ("طفلا", 0, "civilians"),
        ("مدنيا", 0, "civilians"),
        ("روسيا", 0, "ru-gov"),
        ("الحكومة السورية", 0, "syr-gov"),
        ("المختطفين", 0, "civilians"),
        ("مدنيون", 0, "civilians"),
    ],
    places=[
        ("مدينة دوما", 0, "douma"),
        ("دوما", "*", "douma"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("ريف دمشق", 0, "rif-dimashq"),
        ("دمشق", "*", "damascus"),
        ("بريطانيا", 0, "uk"),
        (In("في المنطقة مرورا", "المنطقة"), 0, "east-ghouta"),
        (In("إلى المناطق التي", "المناطق"), 0, "turkish-border-areas"),
        ("تركيا", 0, "turkey"),
        (In("فوق المنطقة", "المنطقة"), 0, "douma"),
        (In("يبقى في المنطقة", "المنطقة"), 0, "douma"),
        ("مناطق قرب الحدود التركية", 0, "turkish-border-areas"),
        ("شمال البلاد", 0, "north-syria"),
    ],
    ops=[
        Op("Advance", "تقدمت", agents=["قوات الحرس الجمهوري", In("تقدم الحرس الجمهوري", "الحرس الجمهوري")],
           places=["مدينة دوما", ("الغوطة الشرقية", 0), "ريف دمشق"]),
        Op("TerritorialControl", ("تسيطر", 0), agents=[("المعارضة المسلحة", 0)], places=["مدينة دوما"]),
        Op("AirCampaign", "الغارات الجوية", places=[In("على دوما، قتل", "دوما")]),
        Op("TerritorialControl", ("تسيطر", 1), agents=[("المعارضة المسلحة", 1)],
           places=[In("إلى المناطق التي", "المناطق")]),
        Op("Shelling", In("في قصف جيش", "قصف"), agents=[In("قصف جيش الإسلام", "جيش الإسلام")],
           places=[In("السكنية في دمشق", "دمشق")]),
    ],
    figs=[
        Fig("Killed", 27, 27, "exact", "27 شخصا", by=("المرصد السوري لحقوق الإنسان", 0)),
        Fig("Killed", 5, 5, "exact", "خمسة أطفال", by=("المرصد السوري لحقوق الإنسان", 0)),
        Fig("PersonCount", 10000, 99999, "vague", "عشرات الآلاف من الأشخاص", by=("المرصد السوري لحقوق الإنسان", 1)),
        Fig("Killed", 1, 1, "exact", "طفلا", by="وسائل الإعلام الرسمية السورية"),
        Fig("Injured", 15, 15, "exact", "15 مدنيا", by="وسائل الإعلام الرسمية السورية"),
        Fig("Displaced", 1000, 9999, "vague", In("وغادر الآلاف", "الآلاف"), by=("المرصد", 1)),
    ],
    dates=[
        ("منذ عام 2016", "year:2016"),
        ("في الأيام الأخيرة", None),
    ],
    attrs=[
        At(["وسائل إعلام سورية حكومية"], "أفادت", R("بأن قوات الحرس", "في ريف دمشق")),
        At([("المرصد السوري لحقوق الإنسان", 0)], ("حسبما قال", 0), R("وجاء تقدم", "خمسة أطفال")),
        At(["قائد عسكري"], In("وقال قائد", "قال"), R("\"انتهت", "المتاح\"")),
        At([("التلفزيون الرسمي", 0)], "بثها", R("سحب الدخان", "فوق المنطقة")),
        At([("المرصد السوري لحقوق الإنسان", 1)], In("التي قال المرصد", "قال"), R("عشرات الآلاف", "يحتمون فيها")),
        At(["وسائل الإعلام الرسمية السورية"], In("وقالت وسائل", "قالت"), R("إن طفلا", "السكنية في دمشق")),
        At([("المرصد", 0)], In("وقال المرصد", "قال"), R("إن المحادثات", "أمنية محلية")),
        At(["التلفزيون الرسمي السوري"], In("وقال التلفزيون", "قال"), R("إن جيش الإسلام أعاق", "يحتجهزهم")),
        At([("جيش الإسلام", 5)], "قائلة", R("إن الأمر", "ترحيل إجباري")),
        At([("المرصد", 1)], ("حسبما قال", 1), R("وغادر الآلاف", "ومدنيون")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-690-20180702",  # published Mon 2018-07-02
    notes=("UN: 270,000 displaced by the south-west offensive; Jordan and Israel keep their borders shut. "
           "Operations: 'شن الجيش السوري هجوما ... على مناطق تسيطر عليها المعارضة' → GroundOffensive placed in "
           "'جنوب غربي سوريا' (the clause just before makes it the scene), with the opposition as target, and the "
           "opposition-held areas → one TerritorialControl there ('البلدات والمدن التي تسيطر عليها المعارضة' later "
           "restates it: same actor, same area). 'القتال في درعا والقنيطرة' → ArmedClash (its own type, Quneitra "
           "not being stated as part of the offensive). 'مرتفعات الجولان التي تحتلها إسرائيل' → TerritorialControl "
           "(Israel). 'قوات الحكومة السورية قد تقدمت في المحافظة الجنوبية بمساعدة غارات جوية روسية' → an Advance "
           "(Russian Aerospace Forces as supporter) and, the strikes being stated as done, an AirCampaign by the "
           "Russian Aerospace Forces in the same province (strikes supporting a two-week advance, read as over a "
           "period; Airstrike would be the other reading). 'المحافظة الجنوبية' → Daraa governorate. 'تكثيف الحكومة "
           "الغارات الجوية والمدفعية' → an AirCampaign ('تكثيف': over a period) and a Shelling (air and ground "
           "means, two operations), agent 'الحكومة' (README: Government of Syria); the sentence names no place, so "
           "the scene of the displacement count is used (جنوب غربي سوريا, with Daraa and Quneitra of the previous "
           "sentences; least certain of the places). 'هزيمة المعارضة في منطقة غوطة الشرقية ... في أبريل/نيسان' → "
           "a Capture (the opposition driven out of Eastern Ghouta), no agent named; Damascus is a reference point. "
           "Not operations: Assad's aim 'استعادة السيطرة بالكامل على المحافظات', the Bosra al-Sham fighters' "
           "agreement to lay down their arms (a deal), the de-escalation agreement, the border closures, "
           "'أعمال القتال' (the war as such since it escalated; no place) and 'أعمال العنف'. 'المحافظات' (Daraa "
           "and Quneitra together) is not annotated, as earlier sets left 'البلدتين'. Statements (UN bodies only): "
           "the UN's 270,000 and its officials' 50,000 (Reports), UNHCR's spokesman (Report; the mention is the "
           "institution named in his title; chain [AFP, UNHCR] since he spoke to AFP), the High Commissioner for "
           "Human Rights' warning ('حذر', Warning) and his call on neighbouring states ('حث', Appeal), two chains. "
           "Zeid's whole title-and-name phrase is the mention (OHCHR, the office not being named as such); Safadi "
           "→ a local Jordanian MFA entity (foreign-minister rule), 'نظيره الروسي' → Russian MFA; Netanyahu → "
           "Government of Israel. 'الأردن' is an actor where it brokers, keeps its border closed and says (two "
           "mentions), a place in the border phrases; 'الحليف القوي' (apposition of Russia) → Government of "
           "Russia; 'للمرصد السوري لحقوق الإنسان' keeps the merged لل. Civilians: النازحين (3), اللاجئين, the "
           "'نازح' of the expected 200,000, الأسر, أطفالنا, للراغبين في الفرار, سوريين, السوريين, المحتاجين; the "
           "woman in the camp → a local Civilians entity, chain [AFP, woman]. Figures: the UNHCR's expected "
           "200,000 is a forecast, not a count (no figure); 'خمسة أضعاف' (five-fold) is not given a figure; the "
           "70,000 near Nasib are in the article's own voice. Dates: 'يوم الأثنين' (spelled with أ) → Monday 2 July "
           "(resolved by hand); Safadi's talks in Moscow 'يوم الثلاثاء' are the coming Tuesday, 3 July (future "
           "tense; the mechanical rule would give 26 June); 'قبل ستة أيام' and 'قبل أسبوعين' unresolved. "
           "'أراضيها'/'أراضينا' (Israel's territory) and 'بلدهم' (Syria) are annotated as places; bare 'الحدود', "
           "'حدودها', 'حدودنا' and 'المعابر' are not. The BBC Arabic app line at the end → BBC (no chain)."),
    entities={
        "unhcr": ("UNBody", "United Nations High Commissioner for Refugees", "Q132551"),
        "ohchr": ("UNBody", "Office of the UN High Commissioner for Human Rights", "Q656812"),
        "israel-gov": ("Government", "Government of Israel", None),
        "jo-mfa": ("Government", "Ministry of Foreign Affairs (Jordan)", None),
        "woman-in-camp": ("Civilians", "a woman in a displacement camp", None),
        "neighbouring-states": ("Government", "neighbouring states (of Syria)", None),
    },
    place_entities={
        "sw-syria": ("Region", "southwestern Syria", None),
        "south-syria": ("Region", "southern Syria", None),
        "jordan-border-areas": ("Region", "border areas with Jordan", None),
        "golan": ("Region", "Golan Heights", None),
        "bosra": ("CityOrTown", "Bosra", "Q272680"),
        "nasib-crossing": ("Facility", "Nasib border crossing", None),
        "camp": ("Facility", "a displacement camp", None),
        "israel": ("Country", "Israel", "Q801"),
        "moscow-city": ("CityOrTown", "Moscow", "Q649"),
    },
    actors=[
        ("مفوضية الأمم المتحدة السامية لشؤون اللاجئين", 0, "unhcr"),
        ("زيد بن رعد الحسين، المفوض السامي للأمم المتحدة لحقوق الإنسان", 0, "ohchr"),
        ("وزير الخارجية الأردني، أيمن الصفدي", 0, "jo-mfa"),
        ("رئيس الوزراء الإسرائيلي بنيامين نيتنياهو", 0, "israel-gov"),
        ("الأمم المتحدة", "*", "un"),
        ("الجيش السوري", 0, "saa"),
        ("مقاتلين من المعارضة", 0, "rebels"),
        ("المعارضة", "*", "rebels"),
        ("النازحين", "*", "civilians"),
        (In("ألف نازح", "نازح"), 0, "civilians"),
        ("إسرائيل", "*", "israel-gov"),
        ("اللاجئين", "*", "civilians"),
        ("قوات الحكومة السورية", 0, "saa"),
        (In("جوية روسية", "روسية"), 0, "ru-air"),
        ("تقارير", 0, "reports"),
        ("الرئيس السوري بشار الأسد", 0, "syr-gov"),
        (In("130 ألف مدني", "مدني"), 0, "civilians"),
        ("للمرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("الولايات المتحدة", 0, "us-gov"),
        (In("المتحدة والأردن", "الأردن"), 0, "jordan-gov"),
        ("روسيا", 0, "ru-gov"),
        ("الحليف القوي", 0, "ru-gov"),
        ("للحكومة السورية", 0, "syr-gov"),
        (In("ويركز الأسد", "الأسد"), 0, "syr-gov"),
        (In("تكثيف الحكومة", "الحكومة"), 0, "syr-gov"),
        ("وكالة فرانس برس", "*", "afp"),
        ("الأسر", 0, "civilians"),
        ("سيدة", 0, "woman-in-camp"),
        ("أطفالنا", 0, "civilians"),
        ("الدول المجاورة", 0, "neighbouring-states"),
        ("للراغبين في الفرار", 0, "civilians"),
        (In("وحافظت الأردن", "الأردن"), 0, "jordan-gov"),
        (In("بعبور سوريين", "سوريين"), 0, "civilians"),
        ("المحتاجين", 0, "civilians"),
        ("السوريين", 0, "civilians"),
        ("الصفدي", "*", "jo-mfa"),
        ("نظيره الروسي", 0, "ru-mfa"),
        ("بي بي سي عربي", 0, "bbc"),
    ],
    places=[
        ("جنوب غربي سوريا", 0, "sw-syria"),
        ("جنوبي سوريا", 0, "south-syria"),
        ("درعا", "*", "daraa-gov"),
        ("القنيطرة", "*", "quneitra-gov"),
        ("المناطق الحدودية", 0, "jordan-border-areas"),
        (In("الحدودية مع الأردن", "الأردن"), 0, "jordan"),
        ("مرتفعات الجولان", 0, "golan"),
        ("المحافظة الجنوبية", 0, "daraa-gov"),
        ("بلدة بصرى الشام", 0, "bosra"),
        ("بريطانيا", 0, "uk"),
        ("منطقة غوطة الشرقية", 0, "east-ghouta"),
        ("العاصمة دمشق", 0, "damascus"),
        ("معبر نصيب الحدودي", 0, "nasib-crossing"),
        (In("المغلق مع الأردن", "الأردن"), 0, "jordan"),
        ("مخيم", 0, "camp"),
        ("أراضيها", 0, "israel"),
        ("سوريا", "*", "syria"),
        ("بلدهم", 0, "syria"),
        ("موسكو", 0, "moscow-city"),
        ("أراضينا", 0, "israel"),
    ],
    ops=[
        Op("GroundOffensive", "هجوما", agents=["الجيش السوري"], targets=[("المعارضة", 0)],
           places=["جنوب غربي سوريا"], time="قبل أسبوعين"),
        Op("TerritorialControl", ("تسيطر", 0), agents=[("المعارضة", 0)], places=["جنوب غربي سوريا"]),
        Op("ArmedClash", ("القتال", 0), places=[("درعا", 0), ("القنيطرة", 0)]),
        Op("TerritorialControl", "تحتلها", agents=[("إسرائيل", 0)], places=["مرتفعات الجولان"]),
        Op("Advance", "تقدمت", agents=["قوات الحكومة السورية"], supporters=[In("جوية روسية", "روسية")],
           places=["المحافظة الجنوبية"]),
        Op("AirCampaign", In("بمساعدة غارات", "غارات"), agents=[In("جوية روسية", "روسية")],
           places=["المحافظة الجنوبية"]),
        Op("Capture", "هزيمة", targets=[("المعارضة", 3)], places=["منطقة غوطة الشرقية"], time="أبريل/نيسان"),
        Op("AirCampaign", "الغارات الجوية", agents=[In("تكثيف الحكومة", "الحكومة")],
           places=["جنوب غربي سوريا", ("درعا", 1), ("القنيطرة", 1)]),
        Op("Shelling", "المدفعية", agents=[In("تكثيف الحكومة", "الحكومة")],
           places=["جنوب غربي سوريا", ("درعا", 1), ("القنيطرة", 1)]),
    ],
    stmts=[
        St("Report", by=("الأمم المتحدة", 0), cue="قالت", content=R("إن نحو 270", "تسيطر عليها المعارضة")),
        St("Report", by=In("مسؤولو الأمم المتحدة", "الأمم المتحدة"), cue="قدروا", content=R("عدد النازحين", "والمدفعية")),
        St("Report", by="مفوضية الأمم المتحدة السامية لشؤون اللاجئين", cue=In("وقال محمد", "قال"),
           content=R("\"كنا نتوقع", "وقت قياسي\"")),
        St("Warning", by="زيد بن رعد الحسين، المفوض السامي للأمم المتحدة لحقوق الإنسان", cue="حذر",
           content=R("من كارثة", "وشيكة في درعا")),
        St("Appeal", by="زيد بن رعد الحسين، المفوض السامي للأمم المتحدة لحقوق الإنسان", cue=In("وحث", "حث"),
           content=R("الدول المجاورة", "أعمال العنف")),
    ],
    figs=[
        Fig("Displaced", 270000, 270000, "about", "نحو 270 ألف شخص", by=("الأمم المتحدة", 0)),
        Fig("Killed", 130000, None, "more-than", "ما يزيد على 130 ألف مدني", by="للمرصد السوري لحقوق الإنسان"),
        Fig("Displaced", 50000, 50000, "about", "بنحو 50 ألف شخص", by=In("مسؤولو الأمم المتحدة", "الأمم المتحدة")),
        Fig("Displaced", 270000, None, "more-than", ("270 ألف شخص", 1), by="مفوضية الأمم المتحدة السامية لشؤون اللاجئين"),
        Fig("Displaced", 70000, 70000, "about", "نحو 70 ألف شخص"),
    ],
    dates=[
        ("قبل أسبوعين", None),
        (("يوم الأحد", 0), "wd"),
        ("لنحو عام", None),
        ("أبريل/نيسان", "month:4"),
        ("قبل ستة أيام فقط", None),
        (("يوم الأثنين", 0), ("2018-07-02", "2018-07-02")),
        (("يوم الأحد", 1), "wd"),
        (("يوم الأثنين", 1), ("2018-07-02", "2018-07-02")),
        ("يوم الثلاثاء", ("2018-07-03", "2018-07-03")),
        (("يوم الأحد", 2), "wd"),
    ],
    attrs=[
        At([("الأمم المتحدة", 0)], "قالت", R("إن نحو 270", "تسيطر عليها المعارضة")),
        At(["تقارير"], "تشير", R("إلى أن مقاتلين", "بشار الأسد")),
        At(["للمرصد السوري لحقوق الإنسان"], "وفقا", R("وقُتل ما يزيد", "أعمال القتال")),
        At([In("مسؤولو الأمم المتحدة", "الأمم المتحدة")], "قدروا", R("عدد النازحين", "والمدفعية")),
        At([("وكالة فرانس برس", 0), "مفوضية الأمم المتحدة السامية لشؤون اللاجئين"], In("وقال محمد", "قال"),
           R("\"كنا نتوقع", "وقت قياسي\"")),
        At([("وكالة فرانس برس", 1), "سيدة"], In("وقالت سيدة", "قالت"), R("\"فقدنا", "لنأكل\"")),
        At(["زيد بن رعد الحسين، المفوض السامي للأمم المتحدة لحقوق الإنسان"], "حذر", R("من كارثة", "وشيكة في درعا")),
        At(["زيد بن رعد الحسين، المفوض السامي للأمم المتحدة لحقوق الإنسان"], In("وحث", "حث"),
           R("الدول المجاورة", "أعمال العنف")),
        At([In("وحافظت الأردن", "الأردن")], In("حدودها وقالت", "قالت"), R("إنها لن تستقبل", "من اللاجئين")),
        At([("إسرائيل", 1)], In("حين قالت", "قالت"), R("إنها لن تسمح", "إلى أراضيها")),
        At(["وزير الخارجية الأردني، أيمن الصفدي"], In("وقال وزير", "قال"), R("إنه جرى إرسال", "المحتاجين إليها")),
        At(["وزير الخارجية الأردني، أيمن الصفدي"], In("وأضاف :", "أضاف"), R("\"أعتقد", "هي إرسالها\"")),
        At([("الصفدي", 0)], In("وقال الصفدي", "قال"), R("إنه سيعقد", "من الدمار\"")),
        At(["رئيس الوزراء الإسرائيلي بنيامين نيتنياهو"], In("جانبه، قال", "قال"), R("\"سنواصل", "إلى أراضينا\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-229-20180408",  # published Sun 2018-04-08
    notes=("EU and France on the Douma chemical attack; Iran and Syria call the accusations a conspiracy. The "
           "attack is asserted (EU, France) and denied (Iran, Syria), so it is annotated, as one happening: "
           "'استخدمت أسلحة كيماوية في قصفها على مدينة دوما' is the first mention; 'هذا الهجوم الكيميائي', 'أسلحة "
           "كيماوية ضد مدينة دوما', 'هجوم كيماوي آخر شنه النظام' ('آخر': another in the series of such attacks, "
           "this one), the heading's 'الهجوم الكيميائي في سوريا', Le Drian's 'الهجوم الذي شنته ... في دوما' and "
           "Iran's 'الاتهامات ... باستخدام أسلحة كيميائية في دوما' refer back (places and agents added, time 'في "
           "الساعات ال24 الماضية'). Type: the text states the means only as bare 'قصف' by the Syrian government, "
           "which version 2 types as Shelling, and Shelling comes before Attack in the type order (as earlier "
           "sets typed the Douma chemical attack Airstrike where the text said 'قصف جوي'); the least certain call "
           "of the article: 'هجوم كيماوي' alone would be an Attack, and the README's older line gives "
           "'unspecified means → Attack'. 'مدينة دوما المحاصرة التي تسيطر عليها قوات المعارضة' → "
           "TerritorialControl (rebels); the siege is not an operation. Not operations: Iran's 'الجيش السوري "
           "ينتصر على الأرض في مواجهة المسلحين الإرهابيين' and the Syrian source's 'في كل مرة يتقدم الجيش' "
           "(general or habitual statements about the war, no place or occasion), the feared 'عمل عسكري', the "
           "EU's aim 'لمنع وقوع مزيد من الهجمات'. Actors: the EU (gazetteer QID Q458; 'الاتحاد' and 'التكتل "
           "الأوروبي' short forms), 'باريس' (three times, as speaker) and 'فرنسا' → Government of France; the "
           "French MFA and Le Drian → a local French MFA entity; 'النظام' launching the attack and 'قوات النظام "
           "السوري' → Syrian Arab Army, 'النظام السوري' describing the accusations, 'دمشق' accused, 'نظام الرئيس "
           "السوري بشار الأسد' and 'الحكومة' → Government of Syria; 'المجتمع الدولي' → a local Government entity "
           "(the international community); 'الأميركيين' → Government of the United States, 'بعض الدول الغربية' "
           "→ Western governments, 'بعض الدول التي تتاجر بدماء المدنيين' → a local entity; 'المسلحين "
           "الإرهابيين' and 'الإرهابيين' → rebels (the regime side's label); 'الاٍرهاب' (the concept) and "
           "'الشعب' (a population) are not actors; 'تلغرام' not annotated. The spokesman Bahram Qasemi and the "
           "'مصدر بوزارة الخارجية السورية' are annotated as the institution named in their phrase (Iranian / "
           "Syrian MFA, local entities). Chains: 'أشار ... داعيا' and 'قال ... مطالبا' are one saying each "
           "(participles); 'مضيفاً' belongs to the Syrian source's 'قال'; Le Drian's 'دان' and 'دعا' are two "
           "sayings; 'وتابع البيان' (the Iranian MFA statement posted on its spokesman's account) takes the MFA "
           "mention inside that sentence as its one hop; the headings' 'تقول', 'تعتبر', 'يصفها' are chains "
           "('تعتبر' here is a reported reaction, not a standing view). No statement qualifies (no humanitarian "
           "or UN speaker; the EU and France are governments). 'المنطقة' (the wider region) → a local Region, "
           "'هذا البلد' → Syria. Dates: 'الأحد' and 'اليوم الأحد' → 8 April; 'في الساعات ال24 الماضية' and "
           "'سابقا' unresolved. No figures."),
    entities={
        "eu": ("Coalition", "European Union", "Q458"),
        "intl-community": ("Government", "the international community", None),
        "fr-gov": ("Government", "Government of France", None),
        "fr-mfa": ("Government", "French Ministry of Foreign Affairs", None),
        "iran-mfa": ("Government", "Ministry of Foreign Affairs (Iran)", None),
        "syr-mfa": ("Government", "Ministry of Foreign Affairs (Syria)", None),
        "some-states": ("Government", "some states (accused by the Syrian MFA of supporting terrorism)", None),
    },
    place_entities={
        "middle-east": ("Region", "the region (Middle East)", None),
    },
    actors=[
        ("الاتحاد الأوروبي", "*", "eu"),
        (In("وأضاف الاتحاد", "الاتحاد"), 0, "eu"),
        ("القوات الحكومية السورية", "*", "saa"),
        ("المجتمع الدولي", "*", "intl-community"),
        ("باريس", "*", "fr-gov"),
        ("وزارة الخارجية الفرنسية", 0, "fr-mfa"),
        ("قوات المعارضة", 0, "rebels"),
        (In("شنه النظام", "النظام"), 0, "saa"),
        ("المدنيين", "*", "civilians"),
        ("التكتل الأوروبي", 0, "eu"),
        ("روسيا", 0, "ru-gov"),
        (In("روسيا وإيران", "إيران"), 0, "iran-gov"),
        ("نظام الرئيس السوري بشار الأسد", 0, "syr-gov"),
        ("الرئيس السوري بشار الأسد", 0, "syr-gov"),
        ("وزير الخارجية الفرنسي جان إيف لودريان", 0, "fr-mfa"),
        ("مجلس الأمن", 0, "unsc"),
        ("لودريان", "*", "fr-mfa"),
        ("فرنسا", 0, "fr-gov"),
        (In("إيران تعتبر", "إيران"), 0, "iran-gov"),
        (In("ضد دمشق", "دمشق"), 0, "syr-gov"),
        ("قوات النظام السوري", 0, "saa"),
        ("النظام السوري", 0, "syr-gov"),
        (In("واعتبرت إيران", "إيران"), 0, "iran-gov"),
        ("وزارة الخارجية الإيرانية", 0, "iran-mfa"),
        ("الأميركيين", 0, "us-gov"),
        ("بعض الدول الغربية", 0, "west"),
        (In("ضد الحكومة والشعب", "الحكومة"), 0, "syr-gov"),
        (In("باسم الخارجية الإيرانية", "الخارجية الإيرانية"), 0, "iran-mfa"),
        ("الجيش السوري", 0, "saa"),
        ("المسلحين الإرهابيين", 0, "rebels"),
        ("وزارة الخارجية السورية", "*", "syr-mfa"),
        (In("لبعض الدول التي", "بعض الدول"), 0, "some-states"),
        ("الجيش العربي السوري", 0, "saa"),
        (In("عمر الإرهابيين", "الإرهابيين"), 0, "rebels"),
    ],
    places=[
        ("مدينة دوما", "*", "douma"),
        ("دوما", "*", "douma"),
        ("سوريا", "*", "syria"),
        ("الغوطة الشرقية", 0, "east-ghouta"),
        (In("هذا البلد", "البلد"), 0, "syria"),
        (In("وفي المنطقة", "المنطقة"), 0, "middle-east"),
    ],
    ops=[
        Op("Shelling", "قصفها",
           agents=[("القوات الحكومية السورية", 0), ("القوات الحكومية السورية", 1), In("شنه النظام", "النظام"),
                   ("القوات الحكومية السورية", 2), "قوات النظام السوري"],
           places=[("مدينة دوما", 0), ("مدينة دوما", 1), ("سوريا", 0), In("الماضية في دوما", "دوما"),
                   In("كيميائية في دوما", "دوما")],
           time="في الساعات ال24 الماضية"),
        Op("TerritorialControl", "تسيطر", agents=["قوات المعارضة"], places=[("مدينة دوما", 1)]),
    ],
    dates=[
        (("الأحد", 0), "wd"),
        ("اليوم الأحد", "pub"),
        ("في الساعات ال24 الماضية", None),
        ("سابقا", None),
    ],
    attrs=[
        At([("الاتحاد الأوروبي", 0)], "أشار", R("إلى وجود دلائل", "المجتمع الدولي\"")),
        At([("باريس", 0)], "دانت", In("بشدة الهجوم", "الهجوم")),
        At(["وزارة الخارجية الفرنسية"], In("وأكدت وزارة", "أكدت"), R("\"باريس ستتحمل", "هذا الهجوم الكيميائي")),
        At([("الاتحاد الأوروبي", 1)], In("قال الاتحاد", "قال"), R("إن هناك دلائل", "برد دولي")),
        At([In("وأضاف الاتحاد", "الاتحاد")], In("وأضاف الاتحاد", "أضاف"), R("\"الدلائل", "المجتمع الدولي\"")),
        At(["التكتل الأوروبي"], "طالب", R("روسيا وإيران", "من الهجمات")),
        At([("باريس", 2)], "تقول", R("إنها \"ستتحمل", "في سوريا")),
        At(["وزير الخارجية الفرنسي جان إيف لودريان"], In("من جانبه، دان", "دان"), R("الهجوم الذي شنته", "الماضية في دوما")),
        At(["وزير الخارجية الفرنسي جان إيف لودريان"], In("ودعا مجلس", "دعا"), R("مجلس الأمن للاجتماع", "الغوطة الشرقية")),
        At([("لودريان", 0)], "أكدث", R("على أن فرنسا", "أكدت سابقا\"")),
        At([In("إيران تعتبر", "إيران")], "تعتبر", R("الاتهامات ضد دمشق", "\"مؤامرة\"")),
        At(["النظام السوري"], "يصفها", R("\"بالاسطوانة", "المقنعة\"")),
        At([In("واعتبرت إيران", "إيران")], In("واعتبرت", "اعتبرت"), R("أن الاتهامات الموجهة", "بشار الأسد")),
        At(["وزارة الخارجية الإيرانية"], "رأت", R("أن \"مثل", "وفي المنطقة\"")),
        At([In("باسم الخارجية الإيرانية", "الخارجية الإيرانية")], "تابع", R("أنه \"في حين", "من جانبه\"")),
        At([("وزارة الخارجية السورية", 0)], "وصفت", R("الاتهامات \"بالاسطوانة", "المقنعة\"")),
        At([("وزارة الخارجية السورية", 1)], In("وقال مصدر", "قال"), R("إن \"مزاعم", "في دوما\"")),
    ],
))
