"""Held-out test set specs (devset/heldout), Arabic articles.

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-127-20180303",  # published Sat 2018-03-03
    notes=("Turkish air strikes on pro-government 'popular forces' in Afrin (SOHR). The pro-government "
           "forces sent to Afrin are named 'القوات الشعبية' here, so 'قوات/القوات الموالية للحكومة (السورية)' and "
           "'القوات الموالية للنظام' are annotated as pro-government militias, not the Syrian Arab Army; "
           "'الموالية للحكومة السورية' after 'القوات الشعبية' is part of the description (as 'الموالية لـ' in the "
           "development set), not a separate Government mention. 'الطيران التركي' and the adjective 'التركية/التركي' "
           "→ Turkish Armed Forces (no separate Turkish air force entity). The strikes of Thursday and Friday "
           "('غارات ... قُتل فيها 24 ... الخميس وأربعة آخرون الجمعة') are two Airstrikes (two days) with the same "
           "trigger; 'الضربات الجوية التركية' ('تلك هي المرة الثالثة ... في عفرين خلال 48 ساعة') refers back to "
           "Saturday's strike (its 'عفرين' is added to that operation's places) and is not a separate operation. The Turkish offensive: first mention 'هجوما عليها' (GroundOffensive), later 'عملية عسكرية ... "
           "غصن الزيتون' and 'الهجوم التركي على عفرين' are the same happening. 'الأكراد' → YPG, also where they "
           "administer Afrin since 2012 (TerritorialControl 'أدار'). 'قوات الدفاع الذاتي' (Afrin self-defence "
           "forces) added locally. Bare 'عفرين' → Afrin city, 'منطقة عفرين'/'المنطقة' → Afrin district, per the "
           "development-set rule, although several bare mentions mean the district."),
    entities={
        "afrin-self-defence": ("ArmedGroup", "Self-Defence Forces (Afrin)", None),
        "pyd": ("Government", "Democratic Union Party", "Q864766"),
    },
    place_entities={
        "afrin-ne-countryside": ("Region", "northeastern countryside of Afrin", None),
        "afrin-nw-countryside": ("Region", "northwestern countryside of Afrin", None),
        "bulbul": ("CityOrTown", "Bulbul", None),
    },
    actors=[
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد السوري", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        ("للطيران التركي", 0, "tr-armed"),
        (In("الغارات التركية", "التركية"), 0, "tr-armed"),
        (In("الجوية التركية", "التركية"), 0, "tr-armed"),
        (In("الهجوم التركي", "التركي"), 0, "tr-armed"),
        ("قوات الجيش التركي", 0, "tr-armed"),
        ("القوات التركية", "*", "tr-armed"),
        ("قوات موالية للحكومة", 0, "pro-gov-militias"),
        ("القوات الموالية للحكومة السورية", 0, "pro-gov-militias"),
        ("القوات الموالية للحكومة", "*", "pro-gov-militias"),
        ("القوات الموالية للنظام", 0, "pro-gov-militias"),
        ("القوات الشعبية", 0, "pro-gov-militias"),
        (In("هذه القوات", "القوات"), 0, "pro-gov-militias"),
        ("المقاتلين الأكراد", 0, "ypg"),
        ("فصائل معارضة سورية موالية لها", 0, "sna"),
        ("فصائل المعارضة الموالية لها", 0, "sna"),
        ("معارضين مسلحين", 0, "sna"),
        ("قوات سوريا الديمقراطية", 0, "sdf"),
        ("وحدات حماية الشعب الكردية", "*", "ypg"),
        ("وحدات حماية الشعب", "*", "ypg"),
        ("قوات الدفاع الذاتي", 0, "afrin-self-defence"),
        ("حزب الاتحاد الديمقراطي الكردي", 0, "pyd"),
        ("تركيا", "*", "tr-gov"),
        ("الأكراد", "*", "ypg"),
        ("الوحدات", 0, "ypg"),
        ("حزب العمال الكردستاني", 0, "pkk"),
        ("حزب العمال", "*", "pkk"),
        ("القوات الحكومية السورية", 0, "saa"),
        ("تنظيم الدولة الإسلامية", 0, "isis"),
        (In("وكانت الحكومة السورية", "الحكومة السورية"), 0, "syr-gov"),
    ],
    places=[
        ("منطقة عفرين", "*", "afrin-district"),
        ("ريف عفرين الشمالي الشرقي", 0, "afrin-ne-countryside"),
        ("الريف الشمالي الغربي لعفرين", 0, "afrin-nw-countryside"),
        ("كفر جنه", 0, "kafr-janna"),
        ("راجو", 0, "rajo"),
        ("البلدة", 0, "rajo"),
        ("بلبلة", 0, "bulbul"),
        ("عفرين", "*", "afrin"),
        ("المنطقة", 0, "afrin-district"),
        ("سوريا", "*", "syria"),
        ("بريطانيا", 0, "uk"),
    ],
    ops=[
        Op("Airstrike", "غارات", agents=["للطيران التركي"], targets=["قوات موالية للحكومة"],
           places=[("منطقة عفرين", 0), "كفر جنه", "ريف عفرين الشمالي الشرقي", In("السورية في عفرين", "عفرين")],
           time="السبت"),
        Op("Entry", "دخلت", agents=[In("هذه القوات", "القوات")], places=[("منطقة عفرين", 1)],
           time="قبل نحو أسبوعين"),
        Op("GroundOffensive", In("هجوما عليها", "هجوما"), agents=[("القوات التركية", 0), "فصائل معارضة سورية موالية لها"],
           places=[("منطقة عفرين", 1), In("الهجوم التركي على عفرين", "عفرين")]),
        Op("Airstrike", In("بعد غارات", "غارات"), agents=[In("الجوية التركية", "التركية")],
           targets=[("القوات الموالية للحكومة", 0)], places=["المنطقة"], time="الخميس"),
        Op("Airstrike", In("بعد غارات", "غارات"), agents=[In("الجوية التركية", "التركية")],
           targets=[("القوات الموالية للحكومة", 0)], places=["المنطقة"], time="الجمعة"),
        Op("ArmedClash", "القتال", agents=[("القوات التركية", 1), "فصائل المعارضة الموالية لها"],
           targets=[("وحدات حماية الشعب الكردية", 0), "قوات الدفاع الذاتي"],
           places=["الريف الشمالي الغربي لعفرين", "راجو"]),
        Op("Advance", "تحقيق تقدم", agents=[("القوات التركية", 2)], places=["راجو", "البلدة"]),
        Op("Capture", "فرض سيطرتها", agents=[("القوات التركية", 2)], places=["البلدة"]),
        Op("TerritorialControl", "تسيطر عليها", agents=[("القوات التركية", 2)], places=["البلدة"]),
        Op("TerritorialControl", "تسيطر عليها", agents=[("القوات التركية", 2)], places=["بلبلة"]),
        Op("ArmedClash", "مواجهات", agents=[("تركيا", 0)], supporters=["معارضين مسلحين"], targets=[("الأكراد", 0)],
           places=[In("مع الأكراد في عفرين", "عفرين")], time="منذ يناير/ كانون الثاني الماضي"),
        Op("TerritorialControl", In("أدار الأكراد", "أدار"), agents=[("الأكراد", 1)],
           places=[In("أدار الأكراد عفرين", "عفرين")]),
        Op("Redeployment", "انسحاب", agents=["القوات الحكومية السورية"],
           places=[In("أدار الأكراد عفرين", "عفرين")], time="عام 2012"),
        Op("Capture", In("سيطرت وحدات", "سيطرت"), agents=[("وحدات حماية الشعب الكردية", 2)],
           places=[In("أدار الأكراد عفرين", "عفرين")]),
        Op("Capture", "طرد", targets=["تنظيم الدولة الإسلامية"], places=[In("أدار الأكراد عفرين", "عفرين")]),
    ],
    figs=[
        Fig("Killed", 36, None, "more-than", "36 شخصا، على الأقل", by="المرصد السوري لحقوق الإنسان"),
        Fig("Killed", 24, 24, "exact", "24 من القوات الموالية للحكومة", by=("المرصد", 1)),
        Fig("Killed", 4, 4, "exact", "أربعة آخرون", by=("المرصد", 1)),
    ],
    dates=[
        ("السبت", "wd"), ("قبل نحو أسبوعين", None), ("خلال 48 ساعة", None), ("الخميس", "wd"), ("الجمعة", "wd"),
        ("منذ يناير/ كانون الثاني الماضي", "month:1"), ("منذ 1984", "year:1984"), ("عام 2012", "year:2012"),
    ],
    attrs=[
        At(["المرصد السوري لحقوق الإنسان"], "بحسب", R("قتل 36", "شمالي سوريا السبت")),
        At([("المرصد", 0)], "أوضح", R("القصف استهدف", "الشمالي الشرقي")),
        At(["قوات سوريا الديمقراطية"], In("وقالت قوات", "قالت"), R("الغارات التركية استهدفت", "من جرائها")),
        At(["المرصد السوري"], In("وقال المرصد", "قال"), R("تلك هي المرة", "خلال 48 ساعة")),
        At([("المرصد", 1)], ("بحسب", 1), R("جاءت بعد غارات", "الجمعة")),
        At([("المرصد", 1)], "أشار", R("تواصل القتال", "الغربي لعفرين")),
        At([("المرصد", 1)], In("واضاف", "اضاف"), R("القتال يتركز", "بلدة بلبلة")),
        At([("تركيا", 1)], "تقول", R("الوحدات مرتبطة", "إرهابيا")),
        At(["وحدات حماية الشعب"], "تنفي", R("أي روابط", "بحزب العمال")),
        At([In("وكانت الحكومة السورية", "الحكومة السورية")], "وصفت", R("الهجوم التركي", "على سيادتها")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-123-20180309",  # published Fri 2018-03-09
    notes=("Aid convoys into Eastern Ghouta (ICRC, UN); the convoys themselves and the siege are not "
           "operations. 'الصليب الأحمر في سوريا' → ICRC. The ICRC spokeswoman: in 'المتحدثة باسم اللجنة الدولية "
           "للصليب الأحمر في دمشق، أنجي صدقي' the institution is the mention; the later bare 'صدقي' is annotated as "
           "ICRC. The Monday bombardment ('كثافة القصف', then 'تحت القصف') is one Shelling (bare قصف, agent "
           "unstated) placed in Eastern Ghouta and Douma; the bombardment by 'النظام السوري' behind the Thursday "
           "postponement is another (Shelling, bare قصف by the government). 'قبيل المساء' is the Monday of the "
           "convoy, resolved to that day. 'دمشق'/'موسكو' launching strikes are Government actors (capitals as "
           "agents). Truck, parcel and tonnage counts are not figures. The TerritoryShare and toll of the last "
           "sentence are given SOHR as stated_by (the sentence's source)."),
    actors=[
        ("اللجنة الدولية للصليب الأحمر", "*", "icrc"),
        ("الصليب الأحمر الدولي", 0, "icrc"),
        ("الصليب الأحمر", "*", "icrc"),
        ("صدقي", 1, "icrc"),
        ("الأمم المتحدة", "*", "un"),
        ("الهلال الأحمر السوري", 0, "sarc"),
        ("قوات النظام السوري", 0, "saa"),
        ("النظام السوري", "*", "saa"),
        (In("شنتها دمشق", "دمشق"), 0, "syr-gov"),
        ("موسكو", 0, "ru-gov"),
        ("مدنياً", 0, "civilians"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
    ],
    places=[
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("مدينة دوما", "*", "douma"),
        ("دوما", "*", "douma"),
        ("سوريا", 0, "syria"),
        ("دمشق", "*", "damascus"),
        ("المنطقة", 0, "east-ghouta"),
    ],
    ops=[
        Op("Shelling", In("جراء كثافة القصف", "القصف"),
           places=[("الغوطة الشرقية", 1), In("إلى مدينة دوما، كبرى", "مدينة دوما")],
           time=In("السابقة\" الاثنين", "الاثنين")),
        Op("Shelling", "قصف عنيف", agents=["النظام السوري"],
           places=[In("أن تدخل إلى الغوطة الشرقية", "الغوطة الشرقية")]),
        Op("Redeployment", "استقدامها تعزيزات", agents=["قوات النظام السوري"],
           places=[In("مساحة الغوطة الشرقية", "الغوطة الشرقية")], time="الأربعاء"),
        Op("Capture", "استعادة السيطرة", agents=["قوات النظام السوري"],
           places=[In("مساحة الغوطة الشرقية", "الغوطة الشرقية")], time="بعد ساعات"),
        Op("Airstrike", In("تسببت فيه غارات", "غارات"), agents=[In("شنتها دمشق", "دمشق"), "موسكو"],
           places=["المنطقة"]),
    ],
    stmts=[
        St("Report", "الصليب الأحمر", "أعلن", R("قافلة المساعدات عبرت", "لمدينة دوما")),
        St("Report", ("اللجنة الدولية للصليب الأحمر", 0), "وفق ما أفادت", R("دخلت قافلة مساعدات", "المحاصرة الجمعة")),
        St("Report", "صدقي", In("وقالت صدقي", "قالت"), R("دخلت القافلة الآن", "القافلة السابقة")),
        St("Report", ("الأمم المتحدة", 1), In("بحسب الأمم", "بحسب"), R("قافلة مشتركة", "تحت القصف")),
        St("Report", ("اللجنة الدولية للصليب الأحمر", 1), "أعلنت", R("إرجاء", "النظام السوري")),
    ],
    figs=[
        Fig("TerritoryShare", 0.5, None, "more-than", "أكثر من نصف", by="المرصد السوري لحقوق الإنسان"),
        Fig("Killed", 62, None, "more-than", "أكثر من 62 مدنياً", by="المرصد السوري لحقوق الإنسان"),
    ],
    dates=[
        (("الجمعة", 0), "wd"), (("الجمعة", 1), "wd"), (In("السابقة\" الاثنين", "الاثنين"), "wd"),
        (("الاثنين", 1), "wd"), ("قبيل المساء", ("2018-03-05", "2018-03-05")), ("الخميس", "wd"),
        ("بعد ساعات", None), ("الأربعاء", "wd"),
    ],
    attrs=[
        At(["الصليب الأحمر"], "أعلن", R("قافلة المساعدات عبرت", "لمدينة دوما")),
        At([("اللجنة الدولية للصليب الأحمر", 0)], "وفق ما أفادت", R("دخلت قافلة مساعدات", "المحاصرة الجمعة")),
        At(["صدقي"], In("وقالت صدقي", "قالت"), R("دخلت القافلة الآن", "القافلة السابقة")),
        At([("الأمم المتحدة", 1)], In("بحسب الأمم", "بحسب"), R("قافلة مشتركة", "تحت القصف")),
        At([("اللجنة الدولية للصليب الأحمر", 1)], "أعلنت", R("إرجاء", "النظام السوري")),
        At(["المرصد السوري لحقوق الإنسان"], In("وفق المرصد", "وفق"), R("تمكنت قوات النظام", "في هذه المنطقة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-718-20180702",  # published Mon 2018-07-02
    notes=("Daraa offensive, reconciliation deals (SOHR, Rami Abdel Rahman). 'القوات التابعة للنظام السوري': "
           "both 'القوات' (Syrian Arab Army) and 'للنظام السوري' (Government of Syria) are mentions (التابعة لـ). "
           "The lead and the body restate Sunday's recapture: one Capture, with the five places of the deals "
           "(المسيفرة، كحيل، السهوة، الجيزة، بصرى الشام) added from the later mentions. Saturday's eight towns: a "
           "second Capture, placed in the province ('المحافظة'), the only place the text gives. 'اليوم' in Abdel "
           "Rahman's quote is Sunday (the day of the recapture; the article is published Monday morning), resolved "
           "to 2018-07-01, not to the publication day. Negotiations, the ceasefire and the deployments under "
           "discussion are not operations; 'باتت قوات النظام على بعد سبعة كيلومترات من الحدود الأردنية' is kept as a "
           "Distance figure only (the border is a reference point, not annotated as a place). 'القصف الجوي' in Tafas "
           "and the '22 غارة' of the next sentence are one Airstrike; the exchange of artillery and rocket fire is "
           "one Shelling. 'وجهاء من المنطقة' (local notables) not annotated as an actor. The SANA flag-raising in "
           "Da'el is not an operation."),
    entities={
        "syr-internal-security": ("StateForce", "Syrian internal security forces", None),
    },
    place_entities={
        "south-syria": ("Region", "southern Syria", None),
        "musayfirah": ("CityOrTown", "Al Musayfirah", None),
        "kahil": ("CityOrTown", "Kahil", None),
        "sahwa": ("CityOrTown", "al-Sahwa", None),
        "jizah": ("CityOrTown", "Al Jizah", None),
        "bosra": ("CityOrTown", "Bosra", "Q272680"),
        "tafas": ("CityOrTown", "Tafas", "Q4120104"),
        "nasib-crossing": ("Facility", "Nasib border crossing", None),
        "dael": ("CityOrTown", "Da`il", "Q1026328"),
        "daraa-countryside": ("Region", "Daraa countryside", None),
    },
    actors=[
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        ("عبد الرحمن", 1, "sohr"),
        (In("القوات التابعة للنظام السوري", "القوات", 0), 0, "saa"),
        (In("القوات التابعة للنظام السوري", "القوات", 1), 0, "saa"),
        ("للنظام السوري", "*", "syr-gov"),
        ("النظام السوري", "*", "syr-gov"),
        ("الفصائل المعارضة المسلحة", "*", "rebels"),
        ("ممثلين لروسيا", "*", "ru-gov"),
        (In("بأيدي المعارضة", "المعارضة"), 0, "rebels"),
        (In("هذه الفصائل", "الفصائل"), 0, "rebels"),
        ("القوات الحكومية", "*", "saa"),
        ("مقاتلي الفصائل", 0, "rebels"),
        ("قوات النظام", "*", "saa"),
        (In("بدعم روسي", "روسي"), 0, "ru-armed"),
        ("للفصائل المسلحة", 0, "rebels"),
        ("الفصائل المسلحة", "*", "rebels"),
        ('تنظيم "الدولة الإسلامية"', 0, "isis"),
        ("القوات الموالية للنظام", 0, "saa"),
        ("مدنيا", 0, "civilians"),
        ("طفلا", 0, "civilians"),
        ("روسيا", "*", "ru-gov"),
        ("الفصائل المقاتلة", "*", "rebels"),
        (In("جميع الفصائل", "الفصائل"), 0, "rebels"),
        ("الشرطة العسكرية الروسية", 0, "ru-mp"),
        ("الأمن الداخلي السوري", 0, "syr-internal-security"),
        ("وكالة الأنباء الرسمية (سانا)", 0, "sana"),
        ("التلفزيون السوري", 0, "syr-tv"),
        (In("لسكان البلدة", "سكان"), 0, "civilians"),
        ("للجيش", 0, "saa"),
    ],
    places=[
        ("جنوب سوريا", "*", "south-syria"),
        ("الأردن", [0, 2], "jordan"),
        ("المسيفرة", 0, "musayfirah"),
        ("كحيل", 0, "kahil"),
        ("السهوة", 0, "sahwa"),
        ("الجيزة", 0, "jizah"),
        ("مدينة بصرى الشام", 0, "bosra"),
        ("محافظة درعا", "*", "daraa-gov"),
        ("مدينة درعا", 0, "daraa"),
        ("طفس", "*", "tafas"),
        ("المحافظة", "*", "daraa-gov"),
        ("المنطقة", 0, "daraa-gov"),
        ("معبر نصيب", "*", "nasib-crossing"),
        ("داعل", 0, "dael"),
        ("ريف درعا", 0, "daraa-countryside"),
        ("البلدة", 0, "dael"),
    ],
    ops=[
        Op("Capture", "استعادة السيطرة", agents=[In("القوات التابعة للنظام السوري", "القوات", 0)],
           places=[("جنوب سوريا", 0), ("جنوب سوريا", 1), "المسيفرة", "كحيل", "السهوة", "الجيزة", "مدينة بصرى الشام"],
           time=("الأحد", 0)),
        Op("TerritorialControl", "لا تزال بأيدي المعارضة", agents=[In("بأيدي المعارضة", "المعارضة")],
           places=[("جنوب سوريا", 0)]),
        Op("GroundOffensive", "عملية عسكرية واسعة", agents=[("القوات الحكومية", 1)],
           supporters=[In("بدعم روسي", "روسي")], places=[("محافظة درعا", 0)], time="منذ 19 حزيران/يونيو"),
        Op("TerritorialControl", "خاضعة لقوات النظام", agents=[("قوات النظام", 1)], places=["مدينة درعا"]),
        Op("TerritorialControl", In("وأخرى للفصائل", "وأخرى"), agents=["للفصائل المسلحة"], places=["مدينة درعا"]),
        Op("TerritorialControl", "باتت تسيطر", agents=[("قوات النظام", 2)], places=[("محافظة درعا", 1)]),
        Op("TerritorialControl", "فتسيطر", agents=[("الفصائل المسلحة", 0)], places=[("محافظة درعا", 1)]),
        Op("TerritorialControl", "يسيطر تنظيم", agents=['تنظيم "الدولة الإسلامية"'], places=[("محافظة درعا", 1)]),
        Op("Airstrike", "القصف الجوي", places=[("طفس", 0), ("طفس", 1)], time="خلال النهار"),
        Op("ArmedClash", "المعارك الجارية", agents=[("قوات النظام", 3)], targets=[("الفصائل المسلحة", 1)],
           places=[("طفس", 0)]),
        Op("Shelling", "تبادل قصف مدفعي", places=[("طفس", 1)], time="أواخر بعض الظهر"),
        Op("TerritorialControl", In("معبر نصيب بأيدي", "بأيدي"), agents=[("الفصائل المسلحة", 3)],
           places=[("معبر نصيب", 1)]),
        Op("Capture", In("استعادت السبت", "استعادت"), agents=[("قوات النظام", 5)], places=[("المحافظة", 1)],
           time=In("استعادت السبت", "السبت")),
    ],
    figs=[
        Fig("Distance", 7, 7, "exact", "سبعة كيلومترات", by=In("وقال مدير المرصد", "المرصد")),
        Fig("TerritoryShare", 0.588, 0.588, "exact", "58،8%", by=In("وأوضح المرصد", "المرصد")),
        Fig("TerritoryShare", 0.3, 0.3, "exact", "30%", by=In("وأوضح المرصد", "المرصد")),
        Fig("TerritoryShare", 0.346, 0.346, "exact", "34،6%", by=In("وأوضح المرصد", "المرصد")),
        Fig("TerritoryShare", 0.066, 0.066, "exact", "6،6%", by=In("وأوضح المرصد", "المرصد")),
        Fig("Killed", 10, 10, "exact", "عشرة قتلى", by=In("حسب مدير المرصد", "المرصد")),
        Fig("Killed", 7, 7, "exact", In("مقابل سبعة", "سبعة"), by=In("حسب مدير المرصد", "المرصد")),
        Fig("Killed", 117, 117, "exact", "117", by=In("حسب مدير المرصد", "المرصد")),
        Fig("Killed", 74, 74, "exact", "74", by=In("حسب مدير المرصد", "المرصد")),
        Fig("Killed", 132, 132, "exact", "132 مدنيا", by=In("طفلا، حسب المرصد", "المرصد")),
        Fig("Killed", 25, 25, "exact", "25 طفلا", by=In("طفلا، حسب المرصد", "المرصد")),
    ],
    dates=[
        (("الأحد", 0), "wd"), (("الأحد", 1), "wd"), ("اليوم", ("2018-07-01", "2018-07-01")),
        ("منذ 19 حزيران/يونيو", ("2018-06-19", "2018-06-19")), ("منتصف آذار/مارس 2011", ("2011-03-01", "2011-03-31")),
        ("منذ التاسع عشر من حزيران/يونيو", ("2018-06-19", "2018-06-19")), ("خلال النهار", None),
        ("أواخر بعض الظهر", None), (R("منذ الساعة", "مساء السبت"), "wd"), (In("استعادت السبت", "السبت"), "wd"),
        (("الأحد", 2), "wd"),
    ],
    attrs=[
        At(["المرصد السوري لحقوق الإنسان"], "وفق ما أعلن", R("تمكنت القوات", "في جنوب سوريا")),
        At([("المرصد السوري لحقوق الإنسان", 1)], In("وأفاد المرصد", "أفاد"), R("القوات الحكومية استعادت", "مقاتلي الفصائل")),
        At([In("وقال مدير المرصد", "المرصد")], In("وقال مدير", "قال"), R("تم اليوم", "الحدود الأردنية")),
        At([In("وأوضح المرصد", "المرصد")], In("وأوضح المرصد", "أوضح"), R("قوات النظام باتت", "6،6%")),
        At([In("حسب مدير المرصد", "المرصد")], In("حسب مدير", "حسب"), R("أسفر القصف الجوي", "لعناصر الفصائل المسلحة")),
        At([In("طفلا، حسب المرصد", "المرصد")], In("طفلا، حسب", "حسب"), R("فيما سقط 132", "25 طفلا")),
        At(["عبد الرحمن"], In("وأوضح عبد الرحمن", "أوضح"), R("الطائرات الحربية", "من الجهتين")),
        At(["عبد الرحمن"], In("وأضاف أنه", "أضاف"), R("لا يزال وقف", "المفاوضات الجارية")),
        At(["وكالة الأنباء الرسمية (سانا)"], In("وأشارت وكالة", "أشارت"), R("رفع العلم", "ساحة داعل")),
        At(["التلفزيون السوري"], "بث", R("صورا لسكان", "دعما للجيش")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-148-20180301",  # published Thu 2018-03-01 01:08 UTC (events of Wed 28 Feb)
    notes=("Government ground assault on Eastern Ghouta (SOHR and sources). 'هجوما بريا' is the GroundOffensive; "
           "'الهجوم' (P3, P10, P12) and 'استئناف لهجوم بدأ يوم 25 فبراير' refer back to it; the Tiger Forces "
           "'تشارك في الهجوم' and are added as an agent. 'حملة القصف المستمرة منذ 11 يوما' is one Shelling (bare "
           "قصف, means unstated); 'القصف العنيف استؤنف' refers back to it; 'لم يجر تنفيذ ضربات جوية' is negated. "
           "'التي تسيطر عليها المعارضة', 'آخر معقل كبير للمعارضة', 'معقل المعارضة المحاصر': one TerritorialControl. "
           "'المنطقة' after Hawsh al-Dawahira ('حققت تقدما في المنطقة') is that area, and the advance is the same "
           "as 'تقدمت'. The rebels' losses inflicted ('كبدوا ... خسائر') are not a separate operation; the "
           "fighting is the ArmedClash 'يحاربون'. The 'محاولة توغل' (attempt) is not annotated. Evacuations, the "
           "truce and recaptures elsewhere (no place) are not operations. Local entities: the rebel official, "
           "the commander in the pro-Assad alliance, the Tiger Forces (gazetteer name), the French MFA. 'خطة "
           "روسية' → Government of Russia. 'الظهيرة' has no day in the text and is left unresolved."),
    entities={
        "ghouta-rebel-official": ("AnonymousSource", "an official of an armed group in Eastern Ghouta", None),
        "pro-gov-alliance-commander": ("AnonymousSource", "a commander in the military alliance backing Assad", None),
        "tiger-forces": ("StateForce", "Tiger Forces", None),
        "fr-mfa": ("Government", "French Ministry of Foreign Affairs", None),
    },
    actors=[
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد السوري", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        ("مصادر", 0, "sources"),
        ("قوات الحكومة السورية", 0, "saa"),
        ("قوات الحكومة", "*", "saa"),
        ("القوات الحكومية السورية", 0, "saa"),
        ("القوات الحكومية", "*", "saa"),
        (In("تسيطر عليها المعارضة", "المعارضة"), 0, "rebels"),
        (In("خطة روسية", "روسية"), 0, "ru-gov"),
        ("للمعارضة", 0, "rebels"),
        ("الرئيس الروسي فلاديمير بوتين", 0, "ru-gov"),
        ("روسيا", "*", "ru-gov"),
        ("المدنيين", "*", "civilians"),
        (In("معقل المعارضة المحاصر", "المعارضة"), 0, "rebels"),
        ("مقاتلي المعارضة", 0, "rebels"),
        ("مسؤول في واحدة من الجماعات المسلحة", 0, "ghouta-rebel-official"),
        (In("إن المقاتلين", "المقاتلين"), 0, "rebels"),
        (In("توغل حكومية", "حكومية"), 0, "saa"),
        ("قيادي في التحالف العسكري", 0, "pro-gov-alliance-commander"),
        (In("يدعم الأسد", "الأسد"), 0, "syr-gov"),
        ("قوة النمر", 0, "tiger-forces"),
        ("وزارة الخارجية الفرنسية", 0, "fr-mfa"),
        ("إيران", 0, "iran-gov"),
        ("للأسد", 0, "syr-gov"),
        ("الحكومة السورية", "*", "syr-gov"),
        (In("استعادتها الحكومة", "الحكومة"), 0, "syr-gov"),
        ("قوات المعارضة", 0, "rebels"),
    ],
    places=[
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("دمشق", 0, "damascus"),
        ("العاصمة", 0, "damascus"),
        (In("المنطقة المحاصرة", "المنطقة"), 0, "east-ghouta"),
        ("بريطانيا", 0, "uk"),
        ("حوش الضواهرة", 0, "hawsh-dawahira"),
        (In("تقدما في المنطقة", "المنطقة"), 0, "hawsh-dawahira"),
    ],
    ops=[
        Op("GroundOffensive", "هجوما بريا", agents=["قوات الحكومة السورية", "قوة النمر"],
           places=[("الغوطة الشرقية", 0)]),
        Op("TerritorialControl", "التي تسيطر عليها المعارضة", agents=[In("تسيطر عليها المعارضة", "المعارضة")],
           places=[("الغوطة الشرقية", 0)]),
        Op("Shelling", "حملة القصف", places=[("الغوطة الشرقية", 1)], time="منذ 11 يوما"),
        Op("Advance", "تقدمت", agents=["قوات الحكومة"],
           places=["حوش الضواهرة", In("تقدما في المنطقة", "المنطقة")]),
        Op("ArmedClash", "يحاربون", agents=[In("إن المقاتلين", "المقاتلين")], targets=[In("توغل حكومية", "حكومية")],
           places=[("الغوطة الشرقية", 3)]),
    ],
    figs=[
        Fig("Killed", 100, 999, "vague", "المئات"),
    ],
    dates=[
        ("لمدة خمس ساعات يوميا", None), ("منذ 11 يوما", None), ("عامها الثامن", None), ("الظهيرة", None),
        ("يوم 25 فبراير شباط", ("2018-02-25", "2018-02-25")), ("لمدة 30 يوما", None),
    ],
    attrs=[
        At(["المرصد السوري لحقوق الإنسان"], "قال", R("قوات الحكومة السورية شنت", "يوميا")),
        At(["مصادر"], "قال", R("قوات الحكومة السورية شنت", "يوميا")),
        At([("المرصد السوري لحقوق الإنسان", 1)], In("لحقوق الإنسان قال", "قال"), R("القصف العنيف", "في الظهيرة")),
        At(["الرئيس الروسي فلاديمير بوتين"], In("وذكر الرئيس", "ذكر"), R("روسيا تمكنت", "الغوطة الشرقية")),
        At(["المرصد السوري"], In("وقال المرصد السوري", "قال"), "لا يستطيع تأكيد ذلك"),
        At([In("وذكر المرصد", "المرصد")], In("وذكر المرصد", "ذكر"), R("قوات الحكومة تقدمت", "المحاصر")),
        At([In("وأفاد المرصد", "المرصد")], In("وأفاد المرصد", "أفاد"), R("القوات الحكومية حققت", "25 فبراير شباط")),
        At([In("وأفاد المرصد", "المرصد")], In("وقال إن مقاتلي", "قال"), R("مقاتلي المعارضة كبدوا", "خسائر فادحة")),
        At(["مسؤول في واحدة من الجماعات المسلحة"], In("وقال مسؤول", "قال"), R("المقاتلين يحاربون", "كر وفر")),
        At(["قيادي في التحالف العسكري"], In("وذكر قيادي", "ذكر"), R("وحدة خاصة", "تحقيق تقدم")),
        At(["وزارة الخارجية الفرنسية"], In("ودعت", "دعت"), R("روسيا وإيران", "لمدة 30 يوما")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-394-20180318",  # published Sun 2018-03-18
    notes=("Assad's visit to Eastern Ghouta (SANA, presidency accounts) and SOHR tolls. The visit is not an "
           "operation; the siege is not. The bombardment: 'القصف العنيف' (nearly a month) is the first mention, a "
           "Shelling (bare قصف); 'عمليات القصف الجوي والمدفعي' adds an AirCampaign (air strikes over the period "
           "since 18 February) and refers back to the Shelling; 'القصف الجوي المدفعي والصاروخي من قبل قوات النظام' "
           "restates both and gives their agent. Both carry the 18 places of SOHR's list. 'رئيس النظام، بشار "
           "الأسد', 'للأسد', 'الرئيس الأسد' → Government of Syria; 'الحسابات الرسمية للرئاسة السورية' is one "
           "mention (local entity: Syrian Presidency). The injury figure and the bodies under the rubble are in "
           "the article's own voice (no source in the sentence). 'خلال هذه الفترة' left unresolved. 'أكثر من 80 "
           "في المئة' is given SANA as stated_by (the sentence's source)."),
    entities={
        "syr-presidency": ("Government", "Syrian Presidency", None),
        "sky-news-arabia": ("MediaOrganisation", "Sky News Arabia", None),
    },
    place_entities={
        "jisrin": ("CityOrTown", "Jisrayn", None),
        "kafr-batna": ("CityOrTown", "Kafr Batna", None),
        "hazza": ("CityOrTown", "Hazzah", None),
        "aftris": ("CityOrTown", "al-Aftris", None),
        "otaya": ("CityOrTown", "Utaya", None),
        "nashabiyah": ("CityOrTown", "Al-Nashabiyah", None),
    },
    actors=[
        ("وكالة الأنباء السورية", 0, "sana"),
        ("رئيس النظام، بشار الأسد", 0, "syr-gov"),
        ("قواته", 0, "saa"),
        ("الحسابات الرسمية للرئاسة السورية", 0, "syr-presidency"),
        ("للأسد", 0, "syr-gov"),
        ("جنود", 0, "saa"),
        ("سكاي نيوز عربية", 0, "sky-news-arabia"),
        ("الرئيس الأسد", 0, "syr-gov"),
        ("الجيش العربي السوري", 0, "saa"),
        ("قوات النظام", "*", "saa"),
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        ("المدنيين", "*", "civilians"),
        ("طفلاً", "*", "civilians"),
        ("مواطنة", "*", "civilians"),
        ("مدني", "*", "civilians"),
        ("الأطفال", 0, "civilians"),
        ("المواطنات", 0, "civilians"),
    ],
    places=[
        ("غوطة دمشق الشرقية", "*", "east-ghouta"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("الغوطة", "*", "east-ghouta"),
        ("دمشق", "*", "damascus"),
        (In("إلى المنطقة", "المنطقة"), 0, "east-ghouta"),
        ("دوما", 0, "douma"),
        ("حرستا", 0, "harasta"),
        ("عربين", 0, "irbin"),
        ("زملكا", 0, "zamalka"),
        ("حمورية", 0, "hammurah"),
        ("جسرين", 0, "jisrin"),
        ("كفربطنا", 0, "kafr-batna"),
        ("حزة", 0, "hazza"),
        ("الأشعري", 0, "al-ashari"),
        ("الأفتريس", 0, "aftris"),
        ("أوتايا", 0, "otaya"),
        ("الشيفونية", 0, "shifuniyah"),
        ("النشابية", 0, "nashabiyah"),
        ("منطقة المرج", 0, "marj"),
        ("مسرابا", 0, "misraba"),
        ("مديرا", 0, "mudayra"),
        ("بيت سوى", 0, "bayt-siwa"),
        ("عين ترما", 0, "ayn-tarma"),
    ],
    ops=[
        Op("Capture", "استعادت قواته السيطرة", agents=["قواته"], places=[("الغوطة الشرقية", 0)]),
        Op("Shelling", "القصف العنيف", agents=[("قوات النظام", 1)],
           places=[In("إلى المنطقة", "المنطقة"), "دوما", "حرستا", "عربين", "زملكا", "حمورية", "جسرين", "كفربطنا",
                   "حزة", "الأشعري", "الأفتريس", "أوتايا", "الشيفونية", "النشابية", "منطقة المرج", "مسرابا", "مديرا",
                   "بيت سوى", "عين ترما", In("الغوطة الشرقية المحاصرة", "الغوطة الشرقية"), ("غوطة دمشق الشرقية", 1)],
           time="نحو شهر"),
        Op("AirCampaign", "القصف الجوي", agents=[("قوات النظام", 1)],
           places=["دوما", "حرستا", "عربين", "زملكا", "حمورية", "جسرين", "كفربطنا", "حزة", "الأشعري", "الأفتريس",
                   "أوتايا", "الشيفونية", "النشابية", "منطقة المرج", "مسرابا", "مديرا", "بيت سوى", "عين ترما",
                   In("الغوطة الشرقية المحاصرة", "الغوطة الشرقية"), ("غوطة دمشق الشرقية", 1)]),
    ],
    figs=[
        Fig("TerritoryShare", 0.8, None, "more-than", "أكثر من 80 في المئة", by="وكالة الأنباء السورية"),
        Fig("Killed", 100, 999, "vague", "مئات الضحايا"),
        Fig("KilledOrInjured", 1000, 9999, "vague", "آلاف القتلى والجرحى", by=("المرصد السوري لحقوق الإنسان", 0)),
        Fig("Killed", 1401, None, "more-than", "أكثر من 1401", by=In("المرصد إن \"أكثر", "المرصد")),
        Fig("Killed", 276, 276, "exact", "276 طفلاً", by=In("المرصد إن \"أكثر", "المرصد")),
        Fig("Killed", 174, 174, "exact", "174 مواطنة", by=In("المرصد إن \"أكثر", "المرصد")),
        Fig("Injured", 5200, None, "more-than", "أكثر من 5200 مدني"),
        Fig("Injured", 100, 999, "vague", "مئات الأطفال والمواطنات"),
        Fig("Killed", 10, 99, "vague", "عشرات المدنيين"),
        Fig("Killed", 869, 869, "exact", "869 مدني", by=("المرصد السوري لحقوق الإنسان", 1)),
        Fig("Killed", 135, 135, "exact", "135 طفلاً", by=("المرصد السوري لحقوق الإنسان", 1)),
        Fig("Killed", 91, 91, "exact", "91 مواطنة", by=("المرصد السوري لحقوق الإنسان", 1)),
    ],
    dates=[
        ("الأحد", "wd"), ("منذ سنوات", None), ("أكثر من 4 أعوام", None), ("نحو شهر", None),
        ("18 فبراير الماضي", ("2018-02-18", "2018-02-18")), ("18 مارس", ("2018-03-18", "2018-03-18")),
        ("خلال هذه الفترة", None),
    ],
    attrs=[
        At(["وكالة الأنباء السورية"], "قالت", R("رئيس النظام", "من مساحتها")),
        At(["الحسابات الرسمية للرئاسة السورية"], In("ونقلت", "نقلت"), R("صوراً للأسد", "آثار المعارك")),
        At(["الحسابات الرسمية للرئاسة السورية"], In("وأرفقت", "أرفقت"), R("على خطوط النار", "الجيش العربي السوري")),
        At([("المرصد السوري لحقوق الإنسان", 0)], "وثق", R("آلاف القتلى", "18 مارس")),
        At([In("المرصد إن \"أكثر", "المرصد")], In("وقال\xa0المرصد", "قال"), R("أكثر من 1401", "الغوطة الشرقية المحاصرة")),
        At([("المرصد السوري لحقوق الإنسان", 1)], "وثقهم", R("869 مدني", "91 مواطنة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-847-20180408",  # published Sun 2018-04-08 02:01 UTC (events of Sat 7 April)
    notes=("Douma chemical attack (activists, SOHR, White Helmets) and the renewed offensive on Douma. The "
           "first attack: 'قصف النظام السوري بالغازات السامة' (first mention), then 'قصف جوي شنته قوات النظام "
           "السوري', 'قصف جوي بـ\"غازات سامة\"', 'الغارات', 'بغارة محملة بالغازات السامة': one happening, typed "
           "Airstrike (the text states aircraft; rule 8 comes before Attack). 'هجوما ثانيا حصل مساء السبت' is "
           "a separate Attack (chemical, aircraft not stated). 'غارات على المدينة' since Friday → AirCampaign "
           "(over a period). 'استأنفت ... هجومها على دوما' (Douma, Friday) and 'هجوم عنيف بدأته في 18 فبراير' "
           "(Eastern Ghouta) are two GroundOffensives (different place and time). 'عمليتي إجلاء خرج بموجبها ... "
           "المقاتلين' is annotated as one Redeployment (the two evacuations are not separable by place in the "
           "text). Threatened strikes (Washington, Paris) and the general accusation of chemical weapons use "
           "since 2011 are not operations. Suffocation cases are Injured. 'الدفاع المدني' (apposition) is a "
           "second White Helmets mention. The child/person in the photographs are not annotated. "
           "'باريس' as a speaker → local Government of France."),
    entities={
        "fr-gov": ("Government", "Government of France", None),
    },
    place_entities={
        "siqba": ("CityOrTown", "Siqba", None),
    },
    actors=[
        ("قوات النظام السوري", "*", "saa"),
        ("النظام السوري", "*", "saa"),
        ("قوات النظام", "*", "saa"),
        ("ناشطين", 0, "activists"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("المرصد", "*", "sohr"),
        ("أطفال", "*", "civilians"),
        ("للفصائل المعارضة", 0, "rebels"),
        ("الخوذ البيضاء", "*", "white-helmets"),
        ("الدفاع المدني", 0, "white-helmets"),
        ("الفصائل المسلحة", 0, "rebels"),
        (In("سارعت دمشق", "دمشق"), 0, "syr-gov"),
        (In("نفت دمشق", "دمشق"), 0, "syr-gov"),
        ("المدنيين", "*", "civilians"),
        ("عوائل كاملة", 0, "civilians"),
        ("روسيا", 0, "ru-gov"),
        ("جيش الإسلام", 0, "jaysh-al-islam"),
        ("المقاتلين المعارضين", 0, "rebels"),
        ("واشنطن", 0, "us-gov"),
        ("باريس", 0, "fr-gov"),
        (In("اتفاق روسي", "روسي"), 0, "ru-gov"),
        ("أميركي", 0, "us-gov"),
    ],
    places=[
        ("مدينة دوما", "*", "douma"),
        ("دوما", "*", "douma"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("الغوطة", "*", "east-ghouta"),
        (In("قرب دمشق", "دمشق"), 0, "damascus"),
        ("المدينة", "*", "douma"),
        ("حمورية", 0, "hammurah"),
        ("سقبا", 0, "siqba"),
        ("سوريا", 0, "syria"),
    ],
    ops=[
        Op("Airstrike", In("ضحايا قصف", "قصف"), agents=["النظام السوري"],
           places=[("دوما", 0), ("مدينة دوما", 0), ("مدينة دوما", 1)], time="السبت"),
        Op("Attack", "هجوما ثانيا", places=[("مدينة دوما", 2)], time="مساء السبت"),
        Op("GroundOffensive", "هجومها على دوما", agents=[("قوات النظام السوري", 1)], places=[("دوما", 1)],
           time=In("السوري الجمعة", "الجمعة")),
        Op("TerritorialControl", "المسيطر على المدينة", agents=["جيش الإسلام"], places=[("المدينة", 0)]),
        Op("TerritorialControl", "آخر جيب", agents=["للفصائل المعارضة"], places=[("مدينة دوما", 0)]),
        Op("AirCampaign", In("في غارات على المدينة", "غارات"), places=[("المدينة", 1)], time="منذ الجمعة"),
        Op("TerritorialControl", "تسيطر على 95", agents=[("قوات النظام", 0)], places=[("الغوطة الشرقية", 1)]),
        Op("GroundOffensive", "هجوم عنيف", agents=[("قوات النظام", 0)], places=[("الغوطة الشرقية", 1)],
           time="18 فبراير"),
        Op("Redeployment", "خرج بموجبها", agents=["المقاتلين المعارضين"], places=[("الغوطة الشرقية", 1)]),
        Op("Airstrike", "ضربات جوية", places=["حمورية", "سقبا", In("جنوب الغوطة", "الغوطة")],
           time="الثامن من مارس"),
        Op("Capture", In("وسيطرت قوات", "سيطرت"), agents=[("قوات النظام", 1)], places=["حمورية", "سقبا"],
           time="لاحقا"),
    ],
    stmts=[
        St("Report", ("الخوذ البيضاء", 0), In("وتحدثت", "تحدثت"), R("عن قصف جوي", "غازات سامة")),
        St("Report", ("الخوذ البيضاء", 1), In("وكتبت الخوذ", "كتبت"), R("حالات اختناق في صفوف", "كلور")),
        St("Report", ("الخوذ البيضاء", 2), In("وقالت الخوذ", "قالت"), R("هجوما ثانيا", "مساء السبت")),
        St("Report", ("الخوذ البيضاء", 2), In("السبت، وكتبت", "كتبت"), R("عوائل كاملة", "بالغازات السامة")),
    ],
    figs=[
        Fig("Killed", 150, 150, "exact", "150 قتيلا", by="ناشطين"),
        Fig("Injured", 1000, 1000, "about", "نحو ألف شخص", by="ناشطين"),
        Fig("Injured", 10, 99, "vague", "عشرات الأشخاص", by="المرصد السوري لحقوق الإنسان"),
        Fig("Injured", 70, None, "more-than", "70 حالة على الأقل", by=In("إلا أنّ المرصد", "المرصد")),
        Fig("Killed", 11, 11, "exact", "11 شخصا", by=In("إلا أنّ المرصد", "المرصد")),
        Fig("Killed", 4, 4, "exact", "أربعة أطفال", by=In("إلا أنّ المرصد", "المرصد")),
        Fig("Killed", 10, 99, "vague", In("الجمعة عشرات المدنيين", "عشرات المدنيين"), by=In("وفق المرصد", "المرصد")),
        Fig("TerritoryShare", 0.95, 0.95, "exact", "95 في المئة"),
        Fig("Displaced", 10000, 99999, "vague", "عشرات آلاف"),
        Fig("Injured", 10, 99, "vague", In("إنّ عشرات واجهوا", "عشرات"), by=In("قال المرصد إنّ عشرات", "المرصد")),
    ],
    dates=[
        ("السبت", "wd"), ("في وقت لاحق", None), ("مساء السبت", "wd"), (In("السوري الجمعة", "الجمعة"), "wd"),
        ("منذ الجمعة", "wd"), ("18 فبراير", ("2018-02-18", "2018-02-18")),
        ("الثامن من مارس", ("2018-03-08", "2018-03-08")), ("لاحقا", None), ("خلال الفترة الماضية", None),
        ("مارس 2011", ("2011-03-01", "2011-03-31")), ("العام 2013", "year:2013"),
    ],
    attrs=[
        At(["ناشطين"], "بحسب", R("ارتفعت حصيلة", "بالاختناق")),
        At(["المرصد السوري لحقوق الإنسان"], In("وأفاد المرصد", "أفاد"), R("عشرات الأشخاص", "قرب دمشق")),
        At([("الخوذ البيضاء", 0)], In("وتحدثت", "تحدثت"), R("عن قصف جوي", "غازات سامة")),
        At([In("سارعت دمشق", "دمشق")], "نفيه", R("قصف جوي بـ", "غازات سامة")),
        At([In("في وقت قال المرصد", "المرصد")], In("في وقت قال", "قال"), R("لا يستطيع", "هذا الاتهام")),
        At([In("إلا أنّ المرصد", "المرصد")], In("إلا أنّ المرصد أفاد", "أفاد"), R("بحدوث 70", "في هذه الظروف")),
        At([("الخوذ البيضاء", 1)], In("وكتبت الخوذ", "كتبت"), R("حالات اختناق في صفوف", "كلور")),
        At([("الخوذ البيضاء", 2)], In("وقالت الخوذ", "قالت"), R("هجوما ثانيا", "مساء السبت")),
        At([("الخوذ البيضاء", 2)], In("السبت، وكتبت", "كتبت"), R("عوائل كاملة", "بالغازات السامة")),
        At(["روسيا"], "أعلنته", R("اتفاق إجلاء", "مبدئي")),
        At([In("وفق المرصد", "المرصد")], In("وفق المرصد", "وفق"), R("قتل منذ الجمعة", "على المدينة")),
        At([In("قال المرصد إنّ عشرات", "المرصد")], In("مارس، قال", "قال"), R("عشرات واجهوا", "ضربات جوية")),
        At(["واشنطن"], In("وهددت", "هددت"), R("بشن ضربات", "في سوريا")),
        At(["باريس"], In("وهددت", "هددت"), R("بشن ضربات", "في سوريا")),
        At([In("نفت دمشق", "دمشق")], In("نفت دمشق", "نفت"), "الأمر"),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
    ],
))
