"""Eighth held-out test set specs (devset/heldout-h): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-723-20180712",  # published Thu 2018-07-12
    notes=("BBC Arabic after SOHR: the IS-affiliated Khalid ibn al-Walid Army takes Hayt (Daraa) from the rebels "
           "who had agreed to hand it to the government. Operations: (1) 'قد سيطرت على بلدة حيط' → Capture by "
           "'جماعة مبايعة' (= Khalid ibn al-Walid Army, named in the next sentence), rebels as target; the "
           "director's quote 'سيطر مسلحو جيش خالد بن الوليد على حيط' is a later mention (agent and place "
           "added). Places: Hayt with its containers of the same clause (محافظة درعا, جنوبي البلاد). No time: the "
           "clause gives none, and the capture followed the night attack. (2) 'حيط الخاضعة لسيطرة فصائل "
           "معارضة' → TerritorialControl (rebels, Hayt). (3) 'شن هجوما ليلة الأربعاء/الخميس على البلدة' → "
           "GroundOffensive (v2 lists 'assault on the town' there; Attack is for one assault on a position; "
           "least certain type of the article), target the rebels who held the town (the 'فصائل معارضة' of "
           "the same sentence); 'الحدود الأردنية' is a reference point. (4) 'هجومها المستمر من 3 أسابيع في "
           "المحافظة' (government forces, 'المدعومة من روسيا' → Russia as supporter) → GroundOffensive on Daraa "
           "governorate: stated as done (stopped under the truce); the 'ضغطا عسكريا' the government has kept "
           "up 'منذ 19 يونيو/حزيران' is a later mention of the same campaign (same side, province, period): "
           "its agent 'الحكومة السورية', place and target 'مسلحي المعارضة' are added; 'لاستعادة السيطرة' is "
           "the aim. (5) 'الذي يسيطر على منطقة صغيرة في المحافظة' → TerritorialControl (Khalid army; a "
           "local Region for its enclave, which P7's 'من المنطقة' also names). (6) 'مرتفعات الجولان التي "
           "تحتلها إسرائيل' → TerritorialControl (Israel → Government of Israel, as set F). (7) 'بعد قتال "
           "عنيف' → ArmedClash at Hayt; 'وخلف القتال الذي اندلع الأربعاء' refers back (time Wednesday, the "
           "jihadists as agents, the rebel fighters killed as targets). (8) 'الضربات الجوية الروسية "
           "والحكومية السورية ضدهم' → one Airstrike (one occasion: the fight for Hayt; allies on one side, as "
           "set B merged Russian and Syrian jets), agents 'الروسية' (Russian Aerospace Forces) and "
           "'الحكومية السورية' (Syrian Arab Air Force), target the Khalid fighters, place Hayt. (9) 'قوات "
           "النظام السوري تسيطر على أكثر من 80 في المئة من محافظة درعا' → TerritorialControl (army) and "
           "(10) 'بعض الأجزاء في ريفها الغربي مازالت في أيدي المعارضة' → TerritorialControl (rebels, western "
           "countryside). (11) 'تمكنت القوات الموالية ... من استعادة أكثر من 60 في المئة من مناطق البلاد منذ "
           "عام 2015' → Capture (stated as done), Syria, Russia as supporter ('لدعمها'). (12) 'تدخلت روسيا "
           "عسكريا' → GroundOffensive (Russia's military intervention, not stated to be by air alone: set E's "
           "precedent), agent روسيا (Government of Russia, country as agent), place Syria ('البلاد' of the same "
           "sentence). (13) 'قمع القوات الأمنية الحكومية لحركة المظاهرات الشعبية في عام 2011' → Attack "
           "(violence against protesters, means unstated; the ontology's Attack covers 'targeting civilians'; "
           "placed in Syria, the scene the sentence gives: 'الحرب الدائرة في سوريا'; doubtful whether a "
           "crackdown counts as an operation at all). Not operations: the truce and the agreed handover of Hayt, "
           "'الهدوء', the Khalid army's holding of 30,000 civilians as human shields and punishing those who "
           "leave (no type fits), the government's aim 'لتحقيق انتصار في السيطرة', the war and the "
           "'انتفاضة' as such, 'القتال' that destroyed homes (no place, the war as such); 'انتحاريان' among the "
           "dead is a count of the killed (Killed 2), not read as a stated suicide attack. Actors: 'جماعة "
           "مبايعة' + 'تنظيم الدولة الإسلامية' (the pledge, two mentions as the affiliation rule: set B's "
           "'فصيل مبايع'); 'مسلحو جيش خالد بن الوليد' one mention; 'المسلحين الجهاديين' (its dead) → Khalid "
           "army; Khalid ibn al-Walid Army is a local entity (gazetteer has it, no QID). 'مدير المرصد، رامي "
           "عبد الرحمن' → the institution named inside, 'المرصد'. 'للقوات الحكومية' (merged لل), 'القوات "
           "الحكومية السورية', 'قوات النظام السوري' and 'الجيش' (conscription) → Syrian Arab Army; 'القوات "
           "الموالية' + 'نظام الرئيس السوري بشار الأسد' split as the affiliation rule (forces → Syrian Arab "
           "Army, the regime → Government of Syria); 'الحكومة السورية'/'الحكومة' → Government of Syria; "
           "'القوات الأمنية الحكومية' → a local StateForce; 'حركة المظاهرات الشعبية' → civilians (protesters "
           "as a group); 'مدني', 'سوري' (of the 5.6 million), 'النازحين', 'اللاجئين', 'السوريين' → civilians; "
           "'الخارجية السورية' → a local Syrian MFA entity; 'روسيا' (twice) → Government of Russia. Places: "
           "'بلدة حيط', 'البلدة', 'حيط' → Hayt (gazetteer, no QID); 'جنوبي البلاد' a local Region; the other "
           "'البلاد' → Syria; 'الحدود الأردنية' a local Region, 'الأردن' (border with Jordan) the country; "
           "'تلك المنطقة الاستراتيجية' (the province the government wants) → Daraa governorate; 'الجولان' and "
           "'مرتفعات الجولان' → a local Golan Region; 'محافظة القنيطرة' → Quneitra governorate. Figures: the "
           "16 rebels, 12 jihadists and 2 suicide bombers killed (P6 closes with a quotation mark: read as the "
           "continuation of the SOHR director's quote, so stated by SOHR and included in that chain's content), "
           "'نحو 30 ألف مدني' held → PersonCount (SOHR), 'أكثر من 80 في المئة' → TerritoryShare ≥0.8 (SOHR), "
           "'أكثر من 60 في المئة' → TerritoryShare ≥0.6, 'أكثر من 350 ألف نسمة' killed, 'الملايين' displaced "
           "(1,000,000..9,999,999) and 'ما يزيد على 5.6 مليون سوري' fled (Displaced ≥5.6M) in the article's "
           "voice. Chains: SOHR's 'أفاد', 'أوضح', the director's 'قال', 'يقول' twice; the Syrian MFA's 'قالت' "
           "('داعية' is part of it). Dates: 'ليلة الأربعاء/الخميس' → 11..12 July; 'منذ يوم الجمعة' → 6 July; "
           "'الأربعاء' → 11 July; 'منذ 19 يونيو/حزيران' → 19 June 2018; 'منذ عام 2015' → 2015; 'عام 2011' → "
           "2011; 'من 3 أسابيع' and 'منذ سبع سنوات' unresolved; 'منذ اندلاعها' (since the war began) is not "
           "a time expression."),
    entities={
        "khalid-army": ("ArmedGroup", "Khalid ibn al-Walid Army", None),
        "israel-gov": ("Government", "Government of Israel", None),
        "syr-security-forces": ("StateForce", "Syrian government security forces", None),
        "syr-mfa": ("Government", "Ministry of Foreign Affairs (Syria)", None),
    },
    place_entities={
        "hayt": ("CityOrTown", "Hayt", None),
        "south-syria": ("Region", "southern Syria", None),
        "jordan-border": ("Region", "Syrian-Jordanian border", None),
        "khalid-enclave": ("Region", "area held by the Khalid ibn al-Walid Army (south-western Daraa)", None),
        "golan": ("Region", "Golan Heights", None),
    },
    actors=[
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("جماعة مبايعة", 0, "khalid-army"),
        ("تنظيم الدولة الإسلامية", 0, "isis"),
        ("فصائل معارضة", "*", "rebels"),
        ("المرصد", "*", "sohr"),
        ("مسلحو جيش خالد بن الوليد", 0, "khalid-army"),
        ("جيش خالد بن الوليد", "*", "khalid-army"),
        ("للقوات الحكومية", 0, "saa"),
        ("فصائل المعارضة", 0, "rebels"),
        ("القوات الحكومية السورية", 0, "saa"),
        ("روسيا", "*", "ru-gov"),
        ("إسرائيل", 0, "israel-gov"),
        (In("الجوية الروسية", "الروسية"), 0, "ru-air"),
        (In("والحكومية السورية ضدهم", "الحكومية السورية"), 0, "syr-air"),
        ("مسلحي المعارضة", "*", "rebels"),
        ("المسلحين الجهاديين", 0, "khalid-army"),
        (In("ألف مدني", "مدني"), 0, "civilians"),
        ("الحكومة السورية", 0, "syr-gov"),
        ("الحكومة", "*", "syr-gov"),
        ("قوات النظام السوري", 0, "saa"),
        ("المعارضة", "*", "rebels"),
        ("القوات الموالية", 0, "saa"),
        ("نظام الرئيس السوري بشار الأسد", 0, "syr-gov"),
        ("القوات الأمنية الحكومية", 0, "syr-security-forces"),
        ("حركة المظاهرات الشعبية", 0, "civilians"),
        (In("مليون سوري", "سوري"), 0, "civilians"),
        ("الخارجية السورية", 0, "syr-mfa"),
        ("النازحين", 0, "civilians"),
        ("اللاجئين", 0, "civilians"),
        ("السوريين", 0, "civilians"),
        ("الجيش", 0, "saa"),
    ],
    places=[
        ("بلدة حيط", 0, "hayt"),
        ("محافظة درعا", "*", "daraa-gov"),
        ("جنوبي البلاد", 0, "south-syria"),
        ("البلدة", 0, "hayt"),
        ("الحدود الأردنية", 0, "jordan-border"),
        ("المحافظة", "*", "daraa-gov"),
        ("منطقة صغيرة", 0, "khalid-enclave"),
        ("الأردن", 0, "jordan"),
        ("مرتفعات الجولان", 0, "golan"),
        ("حيط", "*", "hayt"),
        (In("من المنطقة", "المنطقة"), 0, "khalid-enclave"),
        ("محافظة القنيطرة", 0, "quneitra-gov"),
        ("الجولان", "*", "golan"),
        (In("تلك المنطقة", "المنطقة"), 0, "daraa-gov"),
        ("سوريا", "*", "syria"),
        ("ريفها الغربي", 0, "daraa-west-countryside"),
        ("البلاد", "*", "syria"),
    ],
    ops=[
        Op("Capture", In("قد سيطرت", "سيطرت"), agents=["جماعة مبايعة", "مسلحو جيش خالد بن الوليد"],
           targets=[("فصائل معارضة", 0)],
           places=["بلدة حيط", ("محافظة درعا", 0), "جنوبي البلاد", ("حيط", 0)]),
        Op("TerritorialControl", "الخاضعة لسيطرة", agents=[("فصائل معارضة", 0)], places=["بلدة حيط"]),
        Op("GroundOffensive", "هجوما", agents=[("جيش خالد بن الوليد", 0)], targets=[("فصائل معارضة", 1)],
           places=["البلدة"], time="ليلة الأربعاء/الخميس"),
        Op("GroundOffensive", "هجومها", agents=["القوات الحكومية السورية", "الحكومة السورية"],
           supporters=[("روسيا", 0)], targets=[("مسلحي المعارضة", 1)],
           places=[("المحافظة", 0), ("محافظة درعا", 1), ("المحافظة", 2)], time="من 3 أسابيع"),
        Op("TerritorialControl", In("الذي يسيطر", "يسيطر"), agents=[("جيش خالد بن الوليد", 1)],
           places=["منطقة صغيرة", ("المحافظة", 1)]),
        Op("TerritorialControl", "تحتلها", agents=["إسرائيل"], places=["مرتفعات الجولان"]),
        Op("ArmedClash", "قتال عنيف", agents=["مسلحو جيش خالد بن الوليد", "المسلحين الجهاديين"],
           targets=[("مسلحي المعارضة", 0)], places=[("حيط", 0)], time=In("اندلع الأربعاء", "الأربعاء")),
        Op("Airstrike", "الضربات الجوية",
           agents=[In("الجوية الروسية", "الروسية"), In("والحكومية السورية ضدهم", "الحكومية السورية")],
           targets=["مسلحو جيش خالد بن الوليد"], places=[("حيط", 0)]),
        Op("TerritorialControl", In("السوري تسيطر", "تسيطر"), agents=["قوات النظام السوري"],
           places=[("محافظة درعا", 2)]),
        Op("TerritorialControl", In("مازالت في أيدي", "في أيدي"), agents=[("المعارضة", 0)],
           places=["ريفها الغربي"]),
        Op("Capture", In("من استعادة أكثر", "استعادة"), agents=["القوات الموالية"], supporters=[("روسيا", 1)],
           places=[("البلاد", 0)], time="منذ عام 2015"),
        Op("GroundOffensive", "تدخلت", agents=[("روسيا", 1)], places=[("البلاد", 0)], time="منذ عام 2015"),
        Op("Attack", "قمع", agents=["القوات الأمنية الحكومية"], targets=["حركة المظاهرات الشعبية"],
           places=[("سوريا", 1)], time="عام 2011"),
    ],
    figs=[
        Fig("Killed", 16, 16, "exact", "16 قتيلا", by=In("مدير المرصد", "المرصد")),
        Fig("Killed", 12, 12, "exact", "12 قتيلا", by=In("مدير المرصد", "المرصد")),
        Fig("Killed", 2, 2, "exact", "انتحاريان", by=In("مدير المرصد", "المرصد")),
        Fig("PersonCount", 30000, 30000, "about", "نحو 30 ألف مدني", by=In("ويقول المرصد إن جيش", "المرصد")),
        Fig("TerritoryShare", 0.8, None, "more-than", "أكثر من 80 في المئة", by=In("ويقول المرصد إن قوات", "المرصد")),
        Fig("TerritoryShare", 0.6, None, "more-than", "أكثر من 60 في المئة"),
        Fig("Killed", 350000, None, "more-than", "أكثر من 350 ألف نسمة"),
        Fig("Displaced", 1000000, 9999999, "vague", "الملايين"),
        Fig("Displaced", 5600000, None, "more-than", "ما يزيد على 5.6 مليون سوري"),
    ],
    dates=[
        ("ليلة الأربعاء/الخميس", "wd"),
        ("منذ يوم الجمعة", "wd"),
        ("من 3 أسابيع", None),
        (In("اندلع الأربعاء", "الأربعاء"), "wd"),
        ("منذ 19 يونيو/حزيران", ("2018-06-19", "2018-06-19")),
        ("منذ سبع سنوات", None),
        ("منذ عام 2015", "year:2015"),
        ("عام 2011", "year:2011"),
    ],
    attrs=[
        At(["المرصد السوري لحقوق الإنسان"], "أفاد", R("بأن جماعة", "جنوبي البلاد")),
        At([In("وأوضح المرصد", "المرصد")], "أوضح", R("أن جيش خالد", "هدنة شامل")),
        At([In("مدير المرصد", "المرصد")], In("وقال مدير", "قال"), R("\"بعد قتال", "انتحاريان\"")),
        At([In("ويقول المرصد إن جيش", "المرصد")], In("ويقول المرصد إن جيش", "يقول"), R("إن جيش خالد بن الوليد يحتجز", "من المنطقة")),
        At([In("ويقول المرصد إن قوات", "المرصد")], In("ويقول المرصد إن قوات", "يقول"), R("إن قوات النظام", "أيدي المعارضة")),
        At(["الخارجية السورية"], In("وقالت الخارجية", "قالت"), R("إن كثيرا", "يحذوا حذوهم")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-79-20180223",  # published Fri 2018-02-23
    notes=("BBC Arabic: Syrian army helicopters drop leaflets on Eastern Ghouta; shelling of Ghouta and rebel fire "
           "on Damascus; the Security Council meets. Operations: (1) 'منطقة الغوطة الشرقية، الخاضعة لسيطرة معارضين "
           "مسلحين' → TerritorialControl (rebels). (2) 'ومنذ يوم الأحد الماضي تتعرض الغوطة الشرقية لقصف مكثف من "
           "القوات الحكومية' → Shelling (v2: bare قصف by the government, which has air and ground means, is "
           "Shelling; a Shelling has no campaign variant, so the period does not change the type); the toll "
           "'في القصف المتواصل للغوطة الشرقية' (400, per reports) refers back to it (place added). (3) 'يطلق "
           "مسلحون هناك قذائف باتجاه دمشق' → Shelling by the rebels, placed at Damascus (what it hits; 'هناك', "
           "the launch area, is not annotated as a place, as set G left 'هناك'); 'بعيدا عن قصف المعارضة' in "
           "the displacement sentence refers back (agent and 'شرق دمشق' added). (4) 'أن 40 شخصا قتلوا في "
           "الغوطة الشرقية أمس في مناطق دوما وحمورية وكفر بطنا جراء قصف القوات الحكومية' → a second government "
           "Shelling: another day (yesterday, inside the period of (2)) with its own towns and toll; v2 makes "
           "another day another operation (merging it into (2) would be the other reading). (5) 'قصف المعارضة "
           "على أحياء جرمانة والقصاع وباب توما والعباسيين' → a second rebel Shelling, kept apart from (3) for the "
           "same reason: its own toll and places, among them another town (Jaramana), as the counterpart "
           "('بالمقابل') of (4) (least certain split of the article). Not operations: the leaflet drop (no "
           "type fits; no attack), the calls to leave and to surrender, the expected front lines and the "
           "conditional advance ('إذا تقدمت القوات السورية الحكومية على الأرض'), the civilians' flight west, "
           "the draft resolution and the ceasefire it calls for. Actors: 'مروحيات عسكرية سورية' → Syrian Arab "
           "Air Force; 'معارضين مسلحين', 'الملسحين' (typo kept), 'مسلحون', 'المعارضة' (twice, the bare one in "
           "'مصادر بالمعارضة' being part of that source) → rebels; 'القوات الحكومية' (twice) and 'القوات "
           "السورية الحكومية' → Syrian Arab Army; 'المدنيين', 'للمدنيين' (merged لل), 'سكان' (twice) → "
           "civilians ('المارة' passers-by and 'المصابين' to be evacuated are not annotated); 'تقارير' → "
           "reports; 'مصادر بالمعارضة' → opposition sources; 'مصادر حكومية' → government sources; 'عساف عبود "
           "مراسل بي بي سي' → the institution named inside, 'بي بي سي'; 'مجلس الأمن الدولي' + 'منظمة الأمم "
           "المتحدة' (التابع لـ: two mentions); 'مندوب فرنسا لدى الأمم المتحدة' → the whole phrase, a local "
           "Government entity (as set G's US ambassador to the UN; the UN inside is not a separate mention); "
           "'المنظمة الدولية' (whose credibility is at stake) → United Nations. Places: 'منطقة الغوطة الشرقية', "
           "'الغوطة الشرقية' (×3), 'للغوطة الشرقية' (merged لل), 'الغوطة' and 'المنطقة' → Eastern Ghouta; "
           "'العاصمة دمشق' and 'دمشق' → Damascus; 'شرق دمشق' (the eastern neighbourhoods) and 'تلك المناطق' "
           "(their streets) → a local Region; 'غرب العاصمة السورية' → a local Region (where people fled: no "
           "operation's place); 'مخيمات مؤقتة' (promised shelter) and 'المعبر' (the crossing the leaflets name) "
           "→ local Facilities ('مسارات محددة', generic routes, not annotated); Douma (Q403446); Hamouriyah → "
           "the registry's Hammurah; Kafr Batna (gazetteer, no QID); 'جرمانة' → Jaramana (gazetteer spells "
           "جرمانا; Q195531 from its wikidata column); al-Qassaa, Bab Touma and al-Abbasiyin → local "
           "Neighbourhoods of Damascus; 'سوريا' → Syria. Chains: the leaflets' three sayings ('تحث فيها', "
           "'تدعو المنشورات', 'كما دعت') take as hop the helicopters that dropped them (the last explicit "
           "mention of the speaker; the leaflets are not an actor: doubtful); 'بحسب تقارير', 'ذكرت مصادر "
           "بالمعارضة', 'قالت مصادر حكومية', 'حسبما أفاد' (BBC's correspondent), the French envoy's 'قال'. The "
           "draft resolution's 'يدعو' has no actor as speaker (no chain, no statement: a draft is not yet the "
           "Council's word). Figures: 'ثلاثة أشخاص' killed, '32 آخرين' injured (government sources), 400 "
           "killed at least (reports), 40 killed (opposition sources). Dates: 'منذ يوم الأحد الماضي' → Sunday "
           "18 February; 'أمس' → 22 February; 'اليوم' → 23 February. 'قبل الاجتماع' (an event, not a time "
           "expression) is not annotated."),
    entities={
        "fr-un-envoy": ("Government", "Permanent Representative of France to the UN", None),
    },
    place_entities={
        "temporary-camps": ("Facility", "temporary camps (promised to those leaving Eastern Ghouta)", None),
        "ghouta-crossing": ("Facility", "crossing out of Eastern Ghouta (named in the leaflets)", None),
        "kafr-batna": ("CityOrTown", "Kafr Batna", None),
        "jaramana": ("CityOrTown", "Jaramana", "Q195531"),
        "qassaa": ("Neighbourhood", "al-Qassaa (Damascus)", None),
        "bab-touma": ("Neighbourhood", "Bab Touma (Damascus)", None),
        "abbasiyin": ("Neighbourhood", "al-Abbasiyin (Damascus)", None),
        "east-damascus": ("Region", "eastern Damascus (neighbourhoods near Eastern Ghouta)", None),
        "west-damascus": ("Region", "western Damascus", None),
    },
    actors=[
        ("مروحيات عسكرية سورية", 0, "syr-air"),
        ("معارضين مسلحين", 0, "rebels"),
        ("المدنيين", 0, "civilians"),
        ("سكان", "*", "civilians"),
        ("الملسحين", 0, "rebels"),
        ("القوات الحكومية", "*", "saa"),
        ("مسلحون", 0, "rebels"),
        ("تقارير", 0, "reports"),
        ("مصادر بالمعارضة", 0, "opposition-sources"),
        ("مصادر حكومية", 0, "gov-sources"),
        ("المعارضة", "*", "rebels"),
        ("للمدنيين", 0, "civilians"),
        ("القوات السورية الحكومية", 0, "saa"),
        ("بي بي سي", 0, "bbc"),
        ("مجلس الأمن الدولي", 0, "unsc"),
        ("منظمة الأمم المتحدة", 0, "un"),
        ("مندوب فرنسا لدى الأمم المتحدة", 0, "fr-un-envoy"),
        ("المنظمة الدولية", 0, "un"),
    ],
    places=[
        ("منطقة الغوطة الشرقية", 0, "east-ghouta"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("للغوطة الشرقية", 0, "east-ghouta"),
        (In("سكان المنطقة", "المنطقة"), 0, "east-ghouta"),
        ("العاصمة دمشق", 0, "damascus"),
        ("مخيمات مؤقتة", 0, "temporary-camps"),
        ("المعبر", 0, "ghouta-crossing"),
        ("شرق دمشق", 0, "east-damascus"),
        ("دمشق", "*", "damascus"),
        ("دوما", 0, "douma"),
        ("حمورية", 0, "hammurah"),
        ("كفر بطنا", 0, "kafr-batna"),
        ("جرمانة", 0, "jaramana"),
        ("القصاع", 0, "qassaa"),
        ("باب توما", 0, "bab-touma"),
        ("العباسيين", 0, "abbasiyin"),
        ("الغوطة", "*", "east-ghouta"),
        ("غرب العاصمة السورية", 0, "west-damascus"),
        (In("تلك المناطق", "المناطق"), 0, "east-damascus"),
        ("سوريا", 0, "syria"),
    ],
    ops=[
        Op("TerritorialControl", "الخاضعة لسيطرة", agents=["معارضين مسلحين"], places=["منطقة الغوطة الشرقية"]),
        Op("Shelling", In("لقصف مكثف", "قصف"), agents=[("القوات الحكومية", 0)],
           places=[("الغوطة الشرقية", 0), "للغوطة الشرقية"], time="منذ يوم الأحد الماضي"),
        Op("Shelling", "قذائف", agents=["مسلحون", ("المعارضة", 1)],
           places=[In("باتجاه دمشق", "دمشق"), "شرق دمشق"]),
        Op("Shelling", In("جراء قصف", "قصف"), agents=[("القوات الحكومية", 1)],
           places=["دوما", "حمورية", "كفر بطنا", ("الغوطة الشرقية", 1)], time="أمس"),
        Op("Shelling", In("إن قصف المعارضة", "قصف"), agents=[("المعارضة", 0)],
           places=["جرمانة", "القصاع", "باب توما", "العباسيين"]),
    ],
    figs=[
        Fig("Killed", 400, None, "more-than", "400 شخص على الأقل", by="تقارير"),
        Fig("Killed", 40, 40, "exact", "40 شخصا", by="مصادر بالمعارضة"),
        Fig("Killed", 3, 3, "exact", "ثلاثة أشخاص", by="مصادر حكومية"),
        Fig("Injured", 32, 32, "exact", "32 آخرين", by="مصادر حكومية"),
    ],
    dates=[
        ("منذ يوم الأحد الماضي", "wd"),
        ("أمس", "yest"),
        ("اليوم", "pub"),
    ],
    attrs=[
        At(["مروحيات عسكرية سورية"], "تحث", R("المدنيين على", "المغادرة")),
        At(["مروحيات عسكرية سورية"], "تدعو", R("سكان المنطقة", "مخيمات مؤقتة")),
        At(["مروحيات عسكرية سورية"], "دعت", R("الملسحين", "لتسليم أنفسهم")),
        At(["تقارير"], "بحسب", R("وقُتل 400", "للغوطة الشرقية")),
        At(["مصادر بالمعارضة"], "ذكرت", R("أن 40 شخصا", "القوات الحكومية")),
        At(["مصادر حكومية"], In("قالت مصادر", "قالت"), R("إن قصف المعارضة", "32 آخرين")),
        At(["بي بي سي"], "حسبما أفاد", R("وتكاد تخلو", "للمحال التجارية")),
        At(["مندوب فرنسا لدى الأمم المتحدة"], In("قال مندوب", "قال"), R("إن الإخفاق", "المنظمة الدولية")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-949-20180903",  # published Mon 2018-09-03
    notes=("BBC Arabic: Iran's foreign minister Zarif in Damascus says Idlib must be 'cleansed' of 'terrorists'; "
           "the coming Tehran summit. Almost all of it is diplomacy and sayings. The only operation is "
           "'وتعد إدلب آخر معاقل المسلحين المعارضين' → TerritorialControl ('معقل X', v2), the rebels in Idlib. "
           "Not operations: 'تطهيرها' and the return of the area to government control (demands), the army's "
           "preparation of 'أكبر هجوم على إدلب' (a plan: 'يُعد لما قد يكون'), the UN's 'هجوما مثل هذا' and "
           "Washington's 'هجوم القوات الحكومية المتوقع' (expected), 'أي هجوم كيماوي قد تشنه دمشق' (a "
           "possibility), 'مواجهة المسلحين'/'محاربة باقي الجماعات'/'سبل مواجهة المتطرفين' (topics of a planned "
           "meeting), Iran's support for the army and for Syria, the defence-cooperation agreement, the "
           "visits. HTS being 'أقوى تحالف للمسلحين في إدلب' states strength and presence, not control (no "
           "TerritorialControl; doubtful). Statements: the UN's 'حذرت' → Warning (UN body; the consequences for "
           "hundreds of thousands of civilians). Actors: Zarif's first mention is the whole title-and-name "
           "phrase → a local Iranian MFA entity (foreign-minister rule, as set F's Safadi), then 'ظريف' ×7; "
           "his quoted 'الإرهابيين' (those Idlib must be cleansed of) → rebels, resolved from context (the "
           "next sentences: Idlib the last stronghold of the armed opposition), as the README resolves "
           "Erdogan's 'الإرهابيين'; the generic 'الجماعات المتشددة', 'المتطرفين' and 'الجماعات الإرهابية' of "
           "the summit's agenda → one local ArmedGroup (the groups Iran calls extremist; set G's 'تنظيمات "
           "إرهابية أخرى' likewise), 'تحرير الشام' and 'جماعة تحرير الشام' → HTS; 'الجماعة المرتبطة' (al-Nusra, "
           "named after) + 'تنظيم القاعدة' (المرتبطة بـ: two mentions as the affiliation rule) and 'جبهة "
           "النصرة' → al-Nusra / al-Qaeda; 'المسلحين المعارضين', 'المسلحين' (to be confronted in Idlib) and "
           "'للمسلحين' (merged لل) → rebels; 'للرئيس السوري، بشار الأسد' (merged لل), 'الأسد' (Zarif to meet "
           "him), 'رئيس الوزراء السوري عماد خميس', 'الحكومة السورية', 'دمشق' (that might launch a chemical "
           "attack) and 'سوريا' where it receives support and will start reconstruction → Government of Syria; "
           "'وزير الخارجية السوري وليد المعلم' → a local Syrian MFA entity; 'نظيره السوري' (of the Iranian "
           "defence minister) → Syrian Ministry of Defence; 'وزير الدفاع الإيراني' → a local Iranian MoD "
           "entity; 'إيران' as supporter, as the party that continues support and as a party to the meeting → "
           "Government of Iran (a place in 'في إيران'); 'الرئيس الإيراني، حسن روحاني' → Government of Iran; "
           "'الروسي، فلاديمير بوتين', 'روسيا' and 'الكرملين' → Government of Russia; 'التركي، رجب طيب "
           "أردوغان' and 'تركيا' → Government of Turkey ('نظيريه' is not a separate mention); 'وزير الخارجية "
           "الأمريكي مايك بومبيو' and 'وزارة الخارجية الأمريكية' → US State Department; 'واشنطن' ×2 → US "
           "Government; 'الأمم المتحدة' → UN; 'المدنيين', 'النازحون' → civilians; 'وكالة فارس الإيرانية "
           "للأنباء' and 'وكالة فارس' → Fars News Agency (gazetteer, no QID); 'وكالة الجمهورية الإسلامية "
           "الإيرانية للأنباء' and 'وكالة الجمهورية الإسلامية الإيرانية' → IRNA (gazetteer, no QID); 'وسائل "
           "إعلام إيرانية رسمية' → a local Iranian state media entity, the later 'وسائل إعلام إيرانية' (not said "
           "to be official) a separate local one. Not annotated: 'جميع الطوائف والمجموعات', 'رؤساء الدول "
           "الثلاث', 'مسؤولين كبار آخرين', 'شركات إيرانية وروسية' (companies, no class). Places: every 'إدلب', "
           "'محافظة إدلب' and 'المنطقة' (Zarif's) → Idlib governorate; 'دمشق' (visits, meetings) → Damascus; "
           "'سوريا' (war in Syria, the groups in Syria, his visit to Syria) and 'الأراضي السورية' → Syria; "
           "'طهران' → Tehran (Q3616 from the gazetteer; a local entry since the registry's 'tehran' has none). "
           "'البلدين' not annotated. Chains: Zarif's 'قال' and 'أضاف' and 'قال' (meeting), the UN's 'حذرت', "
           "Pompeo's 'قال', the State Department's 'حذرت', the Kremlin's 'يقول'; two-hop chains where an agency "
           "reports a person's saying (set C's convention: cue the inner saying): [Fars, al-Muallem] 'طلب', "
           "[Iranian state media, Zarif] 'تحدث', [IRNA, Khamis] 'أبلغه'; 'نقلت وكالة فارس عنه قوله' and "
           "'نقلت وكالة الجمهورية الإسلامية الإيرانية للأنباء عنه قوله' → [agency, Zarif] with 'عنه' resolved to "
           "the last explicit 'ظريف'; 'حسبما أفادت وسائل إعلام إيرانية' → one hop. 'لم يحدد ظريف' (did not "
           "specify) is not a saying. Figures: 'مئات الآلاف من المدنيين' → PersonCount 100,000..999,999 (the "
           "UN; people living in Idlib). Dates: 'الجمعة' (Pompeo) → Friday 31 August; 'الاثنين' ×2 → 3 September "
           "(publication day); 'السابع من سبتمبر/أيلول' and 'السابع من سبتمبر أيلول' → 7 September 2018; 'يوم "
           "الجمعة المقبل' is the coming Friday → 7 September (by hand); 'الأسبوع الماضي' (as earlier sets) and "
           "'يوما واحدا' (the visit's length) unresolved."),
    entities={
        "ir-mfa": ("Government", "Ministry of Foreign Affairs (Iran)", None),
        "ir-mod": ("Government", "Ministry of Defence (Iran)", None),
        "syr-mfa": ("Government", "Ministry of Foreign Affairs (Syria)", None),
        "fars": ("NewsAgency", "Fars News Agency", None),
        "irna": ("NewsAgency", "Islamic Republic News Agency", None),
        "ir-state-media": ("MediaOrganisation", "Iranian state media", None),
        "ir-media": ("MediaOrganisation", "Iranian media", None),
        "extremist-groups": ("ArmedGroup", "militant and terrorist groups in Syria (as Iran names them)", None),
    },
    place_entities={
        "tehran-city": ("CityOrTown", "Tehran", "Q3616"),
    },
    actors=[
        ("وزير الخارجية الإيراني، محمد جواد ظريف", 0, "ir-mfa"),
        ("ظريف", "*", "ir-mfa"),
        ("الإرهابيين", 0, "rebels"),
        ("الحكومة السورية", 0, "syr-gov"),
        ("المسلحين المعارضين", 0, "rebels"),
        ("للرئيس السوري، بشار الأسد", 0, "syr-gov"),
        ("الجيش السوري", 0, "saa"),
        (In("من إيران", "إيران"), 0, "iran-gov"),
        ("الأمم المتحدة", 0, "un"),
        ("المدنيين", 0, "civilians"),
        ("وزير الخارجية الأمريكي مايك بومبيو", 0, "us-state-dept"),
        ("واشنطن", "*", "us-gov"),
        ("القوات الحكومية", 0, "saa"),
        ("وزارة الخارجية الأمريكية", 0, "us-state-dept"),
        (In("تشنه دمشق", "دمشق"), 0, "syr-gov"),
        ("وكالة فارس الإيرانية للأنباء", 0, "fars"),
        ("وزير الخارجية السوري وليد المعلم", 0, "syr-mfa"),
        (In("تواصل إيران", "إيران"), 0, "iran-gov"),
        (In("دعمها لسوريا", "سوريا"), 0, "syr-gov"),
        ("وسائل إعلام إيرانية رسمية", 0, "ir-state-media"),
        (In("بين إيران", "إيران"), 0, "iran-gov"),
        ("تركيا", 0, "tr-gov"),
        (In("وتركيا وروسيا", "روسيا"), 0, "ru-gov"),
        ("المسلحين", "*", "rebels"),
        ("وكالة فارس", "*", "fars"),
        ("النازحون", 0, "civilians"),
        ("الرئيس الإيراني، حسن روحاني", 0, "iran-gov"),
        ("الروسي، فلاديمير بوتين", 0, "ru-gov"),
        ("التركي، رجب طيب أردوغان", 0, "tr-gov"),
        ("الكرملين", 0, "ru-gov"),
        ("الجماعات المتشددة", 0, "extremist-groups"),
        ("وكالة الجمهورية الإسلامية الإيرانية للأنباء", 0, "irna"),
        ("المتطرفين", 0, "extremist-groups"),
        ("الجماعات الإرهابية", 0, "extremist-groups"),
        ("جماعة تحرير الشام", 0, "hts"),
        ("تحرير الشام", "*", "hts"),
        ("وزير الدفاع الإيراني", 0, "ir-mod"),
        ("نظيره السوري", 0, "syr-mod"),
        ("الجماعة المرتبطة", 0, "nusra"),
        ("تنظيم القاعدة", 0, "al-qaeda"),
        ("جبهة النصرة", 0, "nusra"),
        ("للمسلحين", 0, "rebels"),
        ("وكالة الجمهورية الإسلامية الإيرانية", "*", "irna"),
        ("رئيس الوزراء السوري عماد خميس", 0, "syr-gov"),
        (In("أن سوريا", "سوريا"), 0, "syr-gov"),
        (In("بالأسد", "الأسد"), 0, "syr-gov"),
        ("وسائل إعلام إيرانية", "*", "ir-media"),
    ],
    places=[
        ("محافظة إدلب", 0, "idlib-gov"),
        ("إدلب", "*", "idlib-gov"),
        ("دمشق", "*", "damascus"),
        ("المنطقة", 0, "idlib-gov"),
        ("الأراضي السورية", 0, "syria"),
        ("سوريا", "*", "syria"),
        (In("في إيران.", "إيران"), 0, "iran"),
        ("طهران", "*", "tehran-city"),
    ],
    ops=[
        Op("TerritorialControl", "معاقل", agents=["المسلحين المعارضين"], places=[("إدلب", 0)]),
    ],
    stmts=[
        St("Warning", by="الأمم المتحدة", cue="حذرت", content=R("من أن هجوما", "من المدنيين")),
    ],
    figs=[
        Fig("PersonCount", 100000, 999999, "vague", "مئات الآلاف من المدنيين", by="الأمم المتحدة"),
    ],
    dates=[
        ("الجمعة", "wd"),
        (("الاثنين", 0), "wd"),
        ("السابع من سبتمبر/أيلول", ("2018-09-07", "2018-09-07")),
        ("السابع من سبتمبر أيلول", ("2018-09-07", "2018-09-07")),
        ("يوم الجمعة المقبل", ("2018-09-07", "2018-09-07")),
        ("الأسبوع الماضي", None),
        (("الاثنين", 1), "wd"),
        ("يوما واحدا", None),
    ],
    attrs=[
        At(["وزير الخارجية الإيراني، محمد جواد ظريف"], ("قال", 0), R("إن محافظة", "الإرهابيين\"")),
        At([("ظريف", 0)], "أضاف", R("أن المنطقة", "الحكومة السورية")),
        At(["الأمم المتحدة"], "حذرت", R("من أن هجوما", "من المدنيين")),
        At(["وزير الخارجية الأمريكي مايك بومبيو"], In("وقال وزير", "قال"), R("إن واشنطن", "للحرب في سوريا")),
        At(["وزارة الخارجية الأمريكية"], In("وحذرت وزارة", "حذرت"), R("من أن واشنطن", "قد تشنه دمشق")),
        At(["وكالة فارس الإيرانية للأنباء", "وزير الخارجية السوري وليد المعلم"], "طلب",
           R("من ظريف أن", "في دمشق الاثنين")),
        At(["وسائل إعلام إيرانية رسمية", ("ظريف", 2)], "تحدث", R("عن اجتماع", "المسلحين في إدلب")),
        At([("وكالة فارس", 0), ("ظريف", 2)], In("ونقلت وكالة فارس", "نقلت"), R("\"يجب الحفاظ", "إلى عائلاتهم\"")),
        At(["الكرملين"], In("ويقول الكرملين", "يقول"), R("إن الاجتماع سيعقد", "سبتمبر أيلول")),
        At([("ظريف", 3)], In("وقال ظريف", "قال"), R("إن الاجتماع سيركز", "المتشددة في سوريا")),
        At(["وكالة الجمهورية الإسلامية الإيرانية للأنباء", ("ظريف", 3)], In("ونقلت وكالة الجمهورية", "نقلت"),
           R("\"خلال الاجتماع", "تحرير الشام\"")),
        At([("وكالة الجمهورية الإسلامية الإيرانية", 0), "رئيس الوزراء السوري عماد خميس"], "أبلغه",
           R("أن سوريا", "إيرانية وروسية")),
        At([("وسائل إعلام إيرانية", 0)], "حسبما أفادت", R("ومن المقرر أن يلتقي ظريف", "يوما واحدا")),
    ],
))
