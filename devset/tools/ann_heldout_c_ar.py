"""Third held-out test set specs (devset/heldout-c), Arabic articles.

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-196-20180315",  # published Thu 2018-03-15
    notes=("Eastern Ghouta exodus. The siege ('حاصرتها') and the aid convoy ('دخلت 25 شاحنة') are not "
           "operations. The ongoing shelling of Hammurah ('قصف مكثف', 'القصف ... استمر', 'قصف ... ومدفعي "
           "مستمر') is one Shelling; the air side of 'قصف جوي ومدفعي مستمر خلال الأيام الماضية' is an "
           "AirCampaign; Wednesday's 65 raids and barrels (one Airstrike) and 200 rockets (Shelling) are "
           "separate (another day). The government advance now and 'last week' are two Advances. The three "
           "pockets held by Jaysh al-Islam, Faylaq al-Rahman, Ahrar al-Sham are TerritorialControl (the "
           "third has no named place: الغوطة). 'الإرهابيين' (SANA's term) → rebels. Ahmad Khansour, a "
           "resident, → Civilians (name only; the place in his description stays a place)."),
    entities={
        "ru-source": ("AnonymousSource", "a Russian source", None),
    },
    place_entities={
        "adra": ("CityOrTown", "Adra", None),
    },
    actors=[
        ("الجمعية الدولية للصليب الأحمر", 0, "icrc"),
        ("اللجنة الدولية للصليب الأحمر", 0, "icrc"),
        ("الصليب الأحمر", 0, "icrc"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("التلفزيون الرسمي السوري", 0, "syr-tv"),
        ("الرجال والنساء والأطفال", 0, "civilians"),
        ("القوات الموالية لها", 0, "pro-gov-militias"),
        ("الميليشيات المساندة لها", 0, "pro-gov-militias"),
        ("القوات الحكومية", "*", "saa"),
        ("القوات المهاجمة", 0, "saa"),
        ("قوات النظام", 0, "saa"),
        (In("مناطق النظام", "النظام"), 0, "saa"),
        ("المدافعين عن الغوطة", 0, "rebels"),
        ("الجماعات المسلحة", 0, "rebels"),
        ("المعارضين المسلحين", 0, "rebels"),
        ("الإرهابيين", 0, "rebels"),
        ("فصائل مسلحة", 0, "rebels"),
        ("المدنيين", "*", "civilians"),
        ("الأسر", "*", "civilians"),
        ("للسكان", 0, "civilians"),
        (In("دفع السكان", "السكان"), 0, "civilians"),
        (In("400 ألف مدني", "مدني"), 0, "civilians"),
        ("النازحين", "*", "civilians"),
        ("مدنيا", 0, "civilians"),
        ("اطفال", 0, "civilians"),
        ("امرأتان", 0, "civilians"),
        ("نشطاء", 0, "activists"),
        ("جيش الإسلام", "*", "jaysh-al-islam"),
        ("فيلق الرحمن", 0, "faylaq-al-rahman"),
        ("أحرار الشام", 0, "ahrar-al-sham"),
        ("الأمم المتحدة", 0, "un"),
        ("الحكومة الروسية", 0, "ru-gov"),
        ("الحكومة السورية", 0, "syr-gov"),
        ("مصدر روسي", 0, "ru-source"),
        ("وكالة الأنباء الرسمة (سانا)", 0, "sana"),
        ("وكالة (سانا) الحكومية", 0, "sana"),
        ("أحمد خنصور", 0, "civilians"),
        ("بي بي سي", 0, "bbc"),
        ("مجموعة القبعات البيض", 0, "white-helmets"),
        (In("وأضافت المجموعة", "المجموعة"), 0, "white-helmets"),
    ],
    places=[
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("شرقي الغوطة", 0, "east-ghouta"),
        ("الغوطة", "*", "east-ghouta"),
        ("المنطقة", "*", "east-ghouta"),
        ("مدينة حمورية", "*", "hammurah"),
        ("منطقة حمورية", 0, "hammurah"),
        ("حمورية", "*", "hammurah"),
        ("العاصمة دمشق", 0, "damascus"),
        ("دمشق", "*", "damascus"),
        ("منطقة دوما", 0, "douma"),
        ("مدينة دوما", "*", "douma"),
        ("سوريا", "*", "syria"),
        ("منطقة عدرا", 0, "adra"),
        ("بريطانيا", 0, "uk"),
    ],
    ops=[
        Op("Advance", "تقدم", agents=[("القوات الحكومية", 0)], places=[("الغوطة الشرقية", 0)]),
        Op("Shelling", "قصف مكثف", places=["حمورية", "منطقة حمورية", ("مدينة حمورية", 1)]),
        Op("GroundOffensive", "عملية تصعيد عسكري", agents=[("القوات الحكومية", 1), "القوات الموالية لها"],
           places=[In("عملية نزوح من المنطقة", "المنطقة")]),
        Op("Advance", ("تقدم", 1), agents=[("القوات الحكومية", 2), "الميليشيات المساندة لها"],
           places=[In("تقسيم الغوطة", "الغوطة")], time="الأسبوع الماضي"),
        Op("TerritorialControl", In("ويسيطر عليها جيش", "يسيطر"), agents=[("جيش الإسلام", 0)],
           places=[("مدينة دوما", 0)]),
        Op("TerritorialControl", In("التي يسيطر عليها فيلق", "يسيطر"), agents=["فيلق الرحمن"],
           places=[("مدينة حمورية", 0)]),
        Op("TerritorialControl", In("ويسيطر عليها أحرار", "يسيطر"), agents=["أحرار الشام"],
           places=[In("تقسيم الغوطة", "الغوطة")]),
        Op("ArmedClash", "القتال", places=["منطقة حمورية"]),
        Op("Advance", "اخترقت", agents=["القوات المهاجمة"], targets=["المدافعين عن الغوطة"],
           places=[("مدينة حمورية", 1)], time="مساء الأربعاء"),
        Op("AirCampaign", "قصف جوي", places=[("مدينة حمورية", 2)], time="خلال الأيام الماضية"),
        Op("Attack", "تستهدف", agents=["قوات النظام"], places=[In("من حمورية البارحة", "حمورية")],
           time="البارحة"),
        Op("Airstrike", "65 غارة جوية", places=[("مدينة حمورية", 3)], time="يوم الأربعاء"),
        Op("Shelling", "200 صاروخ", places=[("مدينة حمورية", 3)], time="يوم الأربعاء"),
        Op("Airstrike", "غارة جوية مزدوجة", places=[("مدينة حمورية", 3)],
           time=In("لإنقاذ المصابين الخميس", "الخميس")),
        Op("Shelling", "قذائف هاون", agents=["فصائل مسلحة"], places=[In("مناطق النظام في دمشق", "دمشق")]),
        Op("TerritorialControl", "مناطق النظام", agents=[In("مناطق النظام", "النظام")],
           places=[In("مناطق النظام في دمشق", "دمشق")]),
    ],
    stmts=[
        St("Report", "الجمعية الدولية للصليب الأحمر", In("فيما قالت الجمعية", "قالت"),
           R("المعونات مجرد جزء", "في الغوطة الشرقية", 0)),
        St("Report", "اللجنة الدولية للصليب الأحمر", "أوضحت", R("القافلة تنقل", "إمدادات أخرى")),
        St("Report", "مجموعة القبعات البيض", In("وقالت مجموعة", "قالت"), R("13 مدنيا", "يوم الأربعاء فقط")),
        St("Report", In("وأضافت المجموعة", "المجموعة"), In("وأضافت المجموعة", "أضافت"),
           R("أحد أعضائها", "المصابين الخميس")),
    ],
    figs=[
        Fig("Displaced", 1000, 9999, "vague", "آلاف المدنيين"),
        Fig("Displaced", 1000, 9999, "vague", "آلاف الرجال والنساء والأطفال", by="التلفزيون الرسمي السوري"),
        Fig("PersonCount", 400000, 400000, "about", "نحو 400 ألف مدني", by="الجمعية الدولية للصليب الأحمر"),
        Fig("Killed", 500000, None, "more-than", "أكثر من نصف مليون قتيل", by="نشطاء"),
        Fig("PersonCount", 26000, 26000, "about", "نحو 26 ألف شخص", by="اللجنة الدولية للصليب الأحمر"),
        Fig("Killed", 350000, None, "more-than", "أكثر من 350 ألف قتيلا"),
        Fig("Displaced", 11000000, 11000000, "exact", "11 مليون مشرد"),
        Fig("Injured", 10, 99, "vague", "عشرات المصابين"),
        Fig("Displaced", 7000, None, "more-than", "أكثر من 7 آلاف شخص", by="المرصد السوري لحقوق الإنسان"),
        Fig("Displaced", None, 4000, "less-than", "لايتعدى 4 آلاف", by="مصدر روسي"),
        Fig("Displaced", 13000, 13000, "exact", "13 ألف شخص", by="مصدر روسي"),
        Fig("PersonCount", 33000, 33000, "about", "نحو 33 ألف شخص", by="مصدر روسي"),
        Fig("Killed", 13, 13, "exact", "13 مدنيا", by="مجموعة القبعات البيض"),
        Fig("Killed", 4, 4, "exact", "4 اطفال", by="مجموعة القبعات البيض"),
        Fig("Killed", 2, 2, "exact", "امرأتان", by="مجموعة القبعات البيض"),
        Fig("Killed", 1, 1, "exact", "أحد أعضائها", by=In("وأضافت المجموعة", "المجموعة")),
        Fig("Killed", 1, 1, "exact", "لقي شخص مصرعه", by="وكالة (سانا) الحكومية"),
        Fig("Injured", 2, 2, "exact", "أصيب آخران", by="وكالة (سانا) الحكومية"),
    ],
    dates=[
        ("الأسبوع الماضي", None),
        ("على مدار الأعوام السبعة الماضية", None),
        ("مساء الأربعاء", "wd"),
        ("صباح الخميس", "wd"),
        ("نهاية يوم الخميس", "wd"),
        ("خلال الأيام الماضية", None),
        ("لعدة أيام", None),
        ("البارحة", "yest"),
        (In("لقوا مصرعهم الأربعاء", "الأربعاء"), "wd"),
        ("يوم الأربعاء", "wd"),
        (In("لإنقاذ المصابين الخميس", "الخميس"), "wd"),
    ],
    attrs=[
        At(["التلفزيون الرسمي السوري"], In("وقال التلفزيون", "قال"), R("آلاف الرجال", "يغادرون المنطقة")),
        At(["الصليب الأحمر"], In("الصليب الأحمر:", ":"), R("المساعدات أقل", "في الغوطة الشرقية", 0)),
        At(["نشطاء"], In("نشطاء:", ":"), R("أكثر من نصف مليون", "اندلاع الحرب")),
        At(["الجمعية الدولية للصليب الأحمر"], In("فيما قالت الجمعية", "قالت"),
           R("المعونات مجرد جزء", "في الغوطة الشرقية", 0)),
        At(["اللجنة الدولية للصليب الأحمر"], "أوضحت", R("القافلة تنقل", "إمدادات أخرى")),
        At(["الحكومة السورية"], In("قالت الحكومة", "قالت"), R("إنها خصصت", "لخروج المدنيين")),
        At(["المرصد السوري لحقوق الإنسان"], "حسب ما أكد", R("غادر أكثر من 7 آلاف", "منطقة عدرا")),
        At(["مصدر روسي"], In("قال مصدر روسي", "قال"), R("أعداد النازحين", "4 آلاف")),
        At(["مصدر روسي"], "توقع", R("أن يرتفع العدد", "نحو 33 ألف شخص")),
        At(["وكالة الأنباء الرسمة (سانا)"], In("(سانا) قالت", "قالت"), R("\"الإرهابيين\"", "كدروع بشرية")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At(["بي بي سي", "أحمد خنصور"], In("وقال أحمد", "قال"), R("مدينة حمورية تتعرض", "المواد الغذائية")),
        At(["أحمد خنصور"], "وأضاف قائلا", R("\"آخر ما تلقيناه", "في الشارع\"")),
        At(["مجموعة القبعات البيض"], In("وقالت مجموعة", "قالت"), R("13 مدنيا", "يوم الأربعاء فقط")),
        At([In("وأضافت المجموعة", "المجموعة")], In("وأضافت المجموعة", "أضافت"),
           R("أحد أعضائها", "المصابين الخميس")),
        At(["وكالة (سانا) الحكومية"], "حسب ما نقلت", R("لقي شخص مصرعه", "شرقي الغوطة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="CN-middleEast-1435-20181007",  # published Sun 2018-10-07
    notes=("Assad on the Idlib deal, followed by teasers of unrelated CNN stories (Khashoggi, King Salman, "
           "Sadr, Sadat). No operation is stated as done: 'إدلب ستعود لسيطرة نظامه' is an aim; the 1969 "
           "war and the 1973 crossing are named without a place of the happening; the killing in the "
           "consulate is not a military operation. Khashoggi (victim, not speaking), King Salman (in a "
           "photo), Muqtada al-Sadr (cleric, no Khabar class) and the Darat al-Malik Abdulaziz foundation "
           "are not annotated as actors; the Ba'ath party central committee is the audience, not an actor. "
           "'دبي، الإمارات العربية المتحدة (CNN)' is a dateline: places + CNN actor, no attribution."),
    entities={
        "iraq-gov": ("Government", "Government of Iraq", None),
        "egypt-gov": ("Government", "Government of Egypt", None),
        "spa": ("NewsAgency", "Saudi Press Agency", None),
        "saudi-consulate-source": ("AnonymousSource", "an official source at the Saudi consulate in Istanbul", None),
        "tr-officials": ("AnonymousSource", "Turkish officials", None),
    },
    place_entities={
        "dubai": ("CityOrTown", "Dubai", None),
        "uae": ("Country", "United Arab Emirates", "Q878"),
        "istanbul": ("CityOrTown", "Istanbul", None),
        "saudi-consulate-istanbul": ("Facility", "Saudi consulate in Istanbul", None),
    },
    actors=[
        ("CNN", 0, "cnn"),
        ("الرئيس السوري، بشار الأسد", 0, "syr-gov"),
        ("وكالة الأنباء السورية (سانا)", 0, "sana"),
        ("النظام السوري", 0, "syr-gov"),
        ("الرئيس السوري", "*", "syr-gov"),
        ("حافظ الأسد", 0, "syr-gov"),
        ("الأسد", "*", "syr-gov"),
        ("نظامه", "*", "syr-gov"),
        ("النظام", "*", "syr-gov"),
        ("موسكو", 0, "ru-gov"),
        ("أنقرة", 0, "tr-gov"),
        ("الرئيس التركي رجب طيب أردوغان", 0, "tr-gov"),
        ("الحكومة التركية", 0, "tr-gov"),
        ("رئيس الوزراء العراقي المكلف بتشكيل الحكومة الجديدة عادل عبدالمهدي", 0, "iraq-gov"),
        ("الرئيس المصري الراحل محمد أنور السادات", 0, "egypt-gov"),
        (In("الراحلين السادات", "السادات"), 0, "egypt-gov"),
        ("مصدر مسؤول في القنصلية السعودية في إسطنبول", 0, "saudi-consulate-source"),
        ("وكالة الأنباء السعودية الرسمية", 0, "spa"),
        ("رويترز", 0, "reuters"),
        ("مسؤولين تركيين", 0, "tr-officials"),
    ],
    places=[
        ("دبي", 0, "dubai"),
        ("الإمارات العربية المتحدة", 0, "uae"),
        ("إدلب", "*", "idlib-gov"),
        ("هذه المحافظة", 0, "idlib-gov"),
        ("\"سوريا\"", 0, "syria"),
        ("القنصلية السعودية", "*", "saudi-consulate-istanbul"),
        ("إسطنبول", "*", "istanbul"),
    ],
    dates=[
        (In("(سانا)، الأحد", "الأحد"), "wd"),
        ("الثلاثاء الماضي", "wd"),
        ("عام 1969", "year:1969"),
        ("فجر الأحد", "wd"),
    ],
    attrs=[
        At(["وكالة الأنباء السورية (سانا)", "الرئيس السوري، بشار الأسد"], "اعتبر",
           R("أن الاتفاق الروسي-التركي", "بالمستقبل")),
        At([In("وقال الأسد", "الأسد")], In("وقال الأسد", "قال"), R("إن إدلب ستعود", "\"حقن الدماء\"")),
        At([In("فأشار الأسد", "الأسد")], In("فأشار الأسد", "أشار"), R("أن نظامه سيخوض", "\"سوريا\" عبرها")),
        At([In("رأى الأسد", "الأسد")], "رأى", R("أن على حزب البعث", "المجتمع السوري")),
        At(["الرئيس التركي رجب طيب أردوغان"], "أكد", R("أن الحكومة التركية", "أدت لاختف")),
        At(["وكالة الأنباء السعودية الرسمية", "مصدر مسؤول في القنصلية السعودية في إسطنبول"], "نفى",
           R("التصريحات التي نسبتها", "قُتل في القنصلية")),
        At(["رويترز", "مسؤولين تركيين"], "نسبتها", R("أن الإعلامي السعودي", "قُتل في القنصلية")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-111-20180306",  # published Tue 2018-03-06
    notes=("Kurdish fighters leave the Middle Euphrates front for Afrin. 'المقاتلين الأكراد' → YPG (README "
           "rule for Kurdish fighters in the Afrin context); 'المجموعات الكردية' fighting IS → SDF. The "
           "departure (غادروا/توجهوا/مغادرة) is one Redeployment with Afrin and the Middle Euphrates "
           "valley. Turkey's offensive and 'عملية غصن الزيتون' are one GroundOffensive. The US 'العمليات "
           "العسكرية ضد التنظيم' (twice) is one GroundOffensive placed in Syria (the only place the text "
           "gives it). The SDF vs IS battles ('المعارك', 'احتواء ... ودحره', 'جبهات القتال') are one "
           "ArmedClash in the Middle Euphrates valley. 'استعادة الجهاديين أيا من الأراضي' is denied: not "
           "annotated. 'الأكراد في سوريا' is a population, not an actor; 'تركيا'/'أنقرة'/'واشنطن' as agents "
           "→ Government. Pentagon (us-dod) and CENTCOM added locally."),
    entities={
        "us-dod": ("Government", "United States Department of Defense", None),
        "centcom": ("StateForce", "United States Central Command", None),
        "us-house-asc": ("Government", "House Armed Services Committee", None),
    },
    place_entities={
        "middle-euphrates": ("Region", "Middle Euphrates River Valley", None),
        "north-syria": ("Region", "northern Syria", None),
        "kurdistan-region": ("Region", "Kurdistan Region of Iraq", None),
    },
    actors=[
        ("واشنطن", "*", "us-gov"),
        ("المقاتلين الأكراد", "*", "ypg"),
        ("تركيا", "*", "tr-gov"),
        ("وزارة الدفاع الأمريكية (البنتاغون)", 0, "us-dod"),
        ("وزارة الدفاع (البنتاغون)", 0, "us-dod"),
        ("المتحدث باسمها الكولونيل روب مانينغ", 0, "us-dod"),
        ("مانينغ", "*", "us-dod"),
        ("البنتاغون", "*", "us-dod"),
        ("المجموعات الكردية", 0, "sdf"),
        ("تنظيم \"الدولة الإسلامية\"", "*", "isis"),
        ("تنظيم 'الدولة الإسلامية'", 0, "isis"),
        ("تنظيم الدولة الإسلامية", "*", "isis"),
        ("التنظيم المتطرف", 0, "isis"),
        ("الجهاديين", 0, "isis"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("قوات سوريا الديمقراطية", "*", "sdf"),
        ("قائد المنطقة العسكرية الوسطى (سنتكوم) الجنرال جو فوتيل", 0, "centcom"),
        ("فوتيل", "*", "centcom"),
        ("لجنة القوات المسلحة في مجلس النواب", 0, "us-house-asc"),
        ("أنقرة", "*", "tr-gov"),
        ("\"وحدات حماية الشعب\" الكردية", 0, "ypg"),
        ("\"وحدات حماية الشعب\"", "*", "ypg"),
        ("حزب العمال الكردستاني", 0, "pkk"),
    ],
    places=[
        ("منطقة عفرين", 0, "afrin-district"),
        ("عفرين", "*", "afrin"),
        ("المنطقة ذات الغالبية الكردية", 0, "afrin-district"),
        ("الشمال السوري", 0, "north-syria"),
        ("منطقة وادي الفرات الأوسط", 0, "middle-euphrates"),
        ("وادي الفرات الأوسط", "*", "middle-euphrates"),
        ("سوريا", "*", "syria"),
        ("إقليم كردستان", 0, "kurdistan-region"),
        ("العراق", 0, "iraq"),
    ],
    ops=[
        Op("Redeployment", "غادروا مواقعهم", agents=[("المقاتلين الأكراد", 0)],
           places=[("عفرين", 0), ("عفرين", 1), "منطقة وادي الفرات الأوسط"], time=("الاثنين", 0)),
        Op("GroundOffensive", "الهجوم الذي تشنه تركيا", agents=[("تركيا", 0), ("تركيا", 1), ("أنقرة", 0)],
           targets=["\"وحدات حماية الشعب\" الكردية"],
           places=[("عفرين", 0), "المنطقة ذات الغالبية الكردية", "منطقة عفرين"],
           time="20 كانون الثاني/يناير"),
        Op("ArmedClash", "المعارك", agents=["المجموعات الكردية"], targets=[("تنظيم \"الدولة الإسلامية\"", 0)],
           places=["منطقة وادي الفرات الأوسط", ("وادي الفرات الأوسط", 0), ("وادي الفرات الأوسط", 1)]),
        Op("GroundOffensive", "تنفيذ العمليات العسكرية", agents=[("واشنطن", 1), "الولايات المتحدة"],
           targets=["التنظيم المتطرف"], places=[("سوريا", 0)]),
    ],
    dates=[
        (("الاثنين", 0), "wd"),
        (("الاثنين", 1), "wd"),
        ("الأسبوع الماضي", None),
        ("20 كانون الثاني/يناير", ("2018-01-20", "2018-01-20")),
    ],
    attrs=[
        At([("واشنطن", 0)], "أعلنت", R("أن عددا من المقاتلين", "الذي تشنه تركيا.")),
        At(["وزارة الدفاع (البنتاغون)"], In("وقال متحدث", "قال"), R("إن الأمر تسبب", "التنظيم المتطرف")),
        At(["وزارة الدفاع الأمريكية (البنتاغون)"], "أقرت", R("بأن عددا من المقاتلين", "ذات الغالبية الكردية")),
        At(["المتحدث باسمها الكولونيل روب مانينغ"], In("وقال إن الأمر", "قال"),
           R("إن الأمر تسبب", "الدولة الإسلامية\".", 1)),
        At([("مانينغ", 0)], "وأضاف مانينغ القول", R("إن \"الوقفات", "لأسباب مختلفة\"")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At([In("متحدث ثان باسم البنتاغون", "البنتاغون")], In("بدوره قال", "قال"),
           R("إن الولايات المتحدة", "خسروها في سوريا")),
        At([In("متحدث ثان باسم البنتاغون", "البنتاغون")], In("وقال \"نحن", "قال"),
           R("\"نحن على علم", "الدولة الإسلامية\".")),
        At([In("متحدث ثان باسم البنتاغون", "البنتاغون")], In("وأضاف أن قوات", "أضاف"),
           R("أن قوات سوريا", "الفرات الأوسط\"")),
        At(["قائد المنطقة العسكرية الوسطى (سنتكوم) الجنرال جو فوتيل"], "التحذير", "\"تباين المصالح\""),
        At([In("وقال فوتيل", "فوتيل")], In("وقال فوتيل", "قال"), R("إن \"قلقنا", "الدولة الإسلامية\"")),
        At([("أنقرة", 0)], "التي تقول", R("أنها تستهدف", "الواقعة على حدودها")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-1419-20180504",  # published Fri 2018-05-04
    notes=("French chief of staff on US withdrawal. The withdrawal is a plan/wish: not an operation. "
           "France's part in the coalition's fight against IS in Syria and Iraq is the coalition campaign "
           "(AirCampaign, guideline 7), with 'نقود الحملة' a later mention without a place. The ~2,000 US "
           "troops deployed in Syria and the French special forces present/sent as reinforcements are "
           "Redeployments. The SDF's 'final phase' of its offensive in the east is a GroundOffensive; IS "
           "entrenched in its last strongholds is TerritorialControl placed at 'شرقي البلاد' (the scene of "
           "the previous sentence). 'العسكريين' (unspecified military circles) not annotated; "
           "'النفوذ الإيراني' not an actor mention. The chief of staff and 'قيادة الأركان الفرنسية' → "
           "French Armed Forces; France/Paris/Macron → Government of France."),
    entities={
        "fr-armed": ("StateForce", "French Armed Forces", None),
        "fr-gov": ("Government", "Government of France", None),
        "us-dod": ("Government", "United States Department of Defense", None),
        "cnews": ("MediaOrganisation", "CNews", None),
    },
    place_entities={
        "france": ("Country", "France", "Q142"),
        "white-house-place": ("Facility", "White House", None),
    },
    actors=[
        ("رئيس أركان الجيوش الفرنسية، فرنسوا لوكوانتر", 0, "fr-armed"),
        ("رئيس أركان الجيوش الفرنسية", "*", "fr-armed"),
        ("القوات الأميركية", 0, "us-armed"),
        ("تنظيم داعش", "*", "isis"),
        ("داعش", "*", "isis"),
        ("الرئيس الأميركي، دونالد ترامب", 0, "us-gov"),
        ("ترامب", "*", "us-gov"),
        ("تلفزيون \"سي نيوز\"", 0, "cnews"),
        ("الأميركيين", "*", "us-armed"),
        ("فرنسا", "*", "fr-gov"),
        ("التحالف الدولي", 0, "us-coalition"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("جندي أميركي", 0, "us-armed"),
        ("قوات خاصة فرنسية", 0, "fr-armed"),
        ("القوات الخاصة", 0, "fr-armed"),
        ("قوات النخبة هذه", 0, "fr-armed"),
        ("وزير الدفاع الأميركي، جيمس ماتيس", 0, "us-dod"),
        ("باريس", 0, "fr-gov"),
        ("قوات خاصة", "*", "fr-armed"),
        ("قوات سوريا الديمقراطية", 0, "sdf"),
        ("التحالف الكردي العربي المدعوم من واشنطن", 0, "sdf"),
        ("تقديرات", 0, "estimates"),
        ("قيادة الأركان الفرنسية", 0, "fr-armed"),
        ("التنظيم", "*", "isis"),
        ("الرئيس الفرنسي، إيمانويل ماكرون", 0, "fr-gov"),
        (In("بينما رأى الأخير", "الأخير"), 0, "fr-gov"),
        ("قواته", 0, "us-armed"),
        ("ميليشيات إيران", 0, "iran-militias"),
    ],
    places=[
        ("سوريا", "*", "syria"),
        ("العراق", 0, "iraq"),
        ("شرقي البلاد", 0, "syria"),
        ("البيت الأبيض", 0, "white-house-place"),
    ],
    ops=[
        Op("AirCampaign", "المعركة ضد تنظيم داعش", agents=[("فرنسا", 0), "التحالف الدولي"],
           targets=[("تنظيم داعش", 1)], places=[("سوريا", 1), "العراق"]),
        Op("Redeployment", "ينتشرون", agents=["جندي أميركي"], places=[("سوريا", 2)]),
        Op("Redeployment", "أرسلت", agents=["باريس", In("قوات خاصة كتعزيزات", "قوات خاصة")],
           places=[("سوريا", 4), ("سوريا", 3)], time="في الآونة الأخيرة"),
        Op("GroundOffensive", "هجومها", agents=["قوات سوريا الديمقراطية"], targets=[In("هجومها على تنظيم داعش", "تنظيم داعش")],
           places=["شرقي البلاد"], time="الثلاثاء"),
        Op("TerritorialControl", "متحصنين في آخر معاقل التنظيم", agents=[In("متطرف من داعش", "داعش")],
           places=["شرقي البلاد"]),
    ],
    figs=[
        Fig("PersonCount", 2000, 2000, "about", "نحو ألفي جندي أميركي", by=("ترامب", 0)),
        Fig("PersonCount", 2000, 2000, "about", "حوالى ألفي متطرف", by="تقديرات"),
    ],
    dates=[
        ("مطلع أبريل", "month:4"),
        ("نهاية أبريل", "month:4"),
        ("في الآونة الأخيرة", None),
        ("الثلاثاء", "wd"),
    ],
    attrs=[
        At(["رئيس أركان الجيوش الفرنسية، فرنسوا لوكوانتر"], "أعلن", R("أنه \"لا يتصور\"", "قبل القضاء على تنظيم داعش")),
        At(["الرئيس الأميركي، دونالد ترامب"], "تحدث", "عن رحيلها قريبا"),
        At(["تلفزيون \"سي نيوز\"", "رئيس أركان الجيوش الفرنسية، فرنسوا لوكوانتر"], "وأضاف في مقابلة",
           R("\"في مخططاتي", "قبل هزيمة داعش\"")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At([In("أعلن ترامب", "ترامب")], In("أعلن ترامب", "أعلن"), R("أنه يرغب", "حاليا في سوريا")),
        At([("رئيس أركان الجيوش الفرنسية", 0)], "أكد", R("وجود قوات خاصة", "المزيد من التوضيحات")),
        At([("رئيس أركان الجيوش الفرنسية", 0)], In("وقال: \"نقود", "قال"), R("\"نقود الحملة", "القوات الخاصة\"")),
        At(["وزير الدفاع الأميركي، جيمس ماتيس"], "كشف", R("أن باريس أرسلت", "إلى سوريا.")),
        At(["قوات سوريا الديمقراطية"], In("وأعلنت قوات", "أعلنت"), R("عن إطلاق المرحلة", "شرقي البلاد")),
        At(["قيادة الأركان الفرنسية", "تقديرات"], "بحسب", R("حوالى ألفي متطرف", "آخر معاقل التنظيم")),
        At([In("تحدث ترامب", "ترامب")], In("تحدث ترامب", "تحدث"), R("عن \"ترك بصمة", "انسحاب قواته")),
        At([In("بينما رأى الأخير", "الأخير")], "رأى", R("أنه لا يجب", "الإيراني بسوريا")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-1861-20180522",  # published Tue 2018-05-22
    notes=("Syrian internal security enters Yarmouk. The army's taking of the southern pocket ('طرد "
           "تنظيم داعش', 'سيطر الجيش السوري ... على كامل دمشق ومحيطها', 'إحكام السيطرة', 'تحريرها') is one "
           "Capture (one happening, Monday). 'بعد شهر من المعارك' is an ArmedClash. IS's last fighters "
           "leaving under the evacuation deal, rebels leaving eastern Damascus neighbourhoods and Eastern "
           "Ghouta are Redeployments (the two April/earlier exits are different places and times). "
           "'عمليات عسكرية عدة' in 2017-18 around the capital is one GroundOffensive. Eastern Ghouta as "
           "the rebels' stronghold is TerritorialControl. 'برعاية روسية' → Government of Russia (a "
           "political sponsorship). 'المنطقة' / 'الأحياء الجنوبية' → the southern Damascus pocket (local "
           "Region). Police raising the flag is not an operation."),
    entities={
        "syr-internal-security": ("StateForce", "Syrian Internal Security Forces", None),
    },
    place_entities={
        "hajar-aswad": ("Neighbourhood", "Al Hajar al Aswad", None),
        "south-damascus": ("Region", "southern Damascus (Yarmouk and al-Hajar al-Aswad)", None),
    },
    actors=[
        ("وحدات من قوى الأمن الداخلي السورية", 0, "syr-internal-security"),
        ("قوى الأمن الداخلي", "*", "syr-internal-security"),
        ("أفراد الشرطة", 0, "syr-internal-security"),
        ("الإعلام السوري الرسمي", 0, "syr-state-media"),
        ("الإعلام الرسمي", 0, "syr-state-media"),
        ("التلفزيون السوري الرسمي", 0, "syr-tv"),
        ("الجيش السوري", "*", "saa"),
        ("الجيش", "*", "saa"),
        ("مسلحي تنظيم داعش الإرهابي", 0, "isis"),
        ("تنظيم داعش", "*", "isis"),
        ("آخر مقاتلي التنظيم", 0, "isis"),
        ("وكالة الأنباء السورية الرسمية \"سانا\"", 0, "sana"),
        ("\"روسية\"", 0, "ru-gov"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("مقاتلين معارضين", 0, "rebels"),
        ("الفصائل المعارضة", 0, "rebels"),
    ],
    places=[
        ("مخيم اليرموك للاجئين الفلسطينيين", "*", "yarmouk"),
        ("مخيم اليرموك", "*", "yarmouk"),
        ("منطقة اليرموك", 0, "yarmouk"),
        ("حي الحجر الأسود", "*", "hajar-aswad"),
        ("منطقة الحجر الأسود", 0, "hajar-aswad"),
        ("الأحياء الجنوبية", 0, "south-damascus"),
        (In("بالكامل على المنطقة", "المنطقة"), 0, "south-damascus"),
        ("آخر جيب له", 0, "south-damascus"),
        ("الغوطة الشرقية", 0, "east-ghouta"),
        ("العاصمة", "*", "damascus"),
        ("دمشق", "*", "damascus"),
    ],
    ops=[
        Op("Entry", "دخلت", agents=["وحدات من قوى الأمن الداخلي السورية"],
           places=[("مخيم اليرموك للاجئين الفلسطينيين", 0), ("حي الحجر الأسود", 0), ("حي الحجر الأسود", 1)],
           time=("الثلاثاء", 0)),
        Op("Capture", "طرد", agents=[("الجيش", 0), ("الجيش السوري", 0)],
           targets=[("تنظيم داعش", 0), ("تنظيم داعش", 1)],
           places=[In("بالكامل على المنطقة", "المنطقة"), ("دمشق", 1), "آخر جيب له", ("العاصمة", 0),
                   "منطقة الحجر الأسود", ("مخيم اليرموك", 0), "منطقة اليرموك"],
           time="الاثنين"),
        Op("ArmedClash", "المعارك", agents=[("الجيش السوري", 1)], targets=["مسلحي تنظيم داعش الإرهابي"],
           places=["منطقة الحجر الأسود", ("مخيم اليرموك", 0)], time="بعد شهر"),
        Op("Redeployment", In("من خروج آخر", "خروج"), agents=["آخر مقاتلي التنظيم"], places=["الأحياء الجنوبية"],
           time="بعد ساعات"),
        Op("GroundOffensive", "عمليات عسكرية عدة", agents=[("الجيش السوري", 2)],
           places=[("العاصمة", 1)], time="العامين 2017 و2018"),
        Op("Redeployment", "بخروج مقاتلين", agents=["مقاتلين معارضين"], places=[("العاصمة", 1)]),
        Op("Redeployment", "مع خروج الفصائل", agents=["الفصائل المعارضة"], places=["الغوطة الشرقية"],
           time="أبريل 2018"),
        Op("TerritorialControl", "معقلها الأبرز", agents=["الفصائل المعارضة"], places=["الغوطة الشرقية"],
           time="لسنوات"),
    ],
    dates=[
        ("الثلاثاء", "wd"),
        ("الاثنين", "wd"),
        ("عام 2012", "year:2012"),
        ("بعد شهر", None),
        ("بعد ساعات", None),
        ("العامين 2017 و2018", ("2017-01-01", "2018-12-31")),
        ("أبريل 2018", ("2018-04-01", "2018-04-30")),
        ("لسنوات", None),
    ],
    attrs=[
        At(["الإعلام الرسمي"], "وفق ما نقل", R("دخلت وحدات", "جنوب دمشق")),
        At([("الجيش", 0)], "إعلان", R("سيطرته بالكامل", "طرد تنظيم داعش منها")),
        At(["التلفزيون السوري الرسمي"], In("ونقل التلفزيون", "نقل"), R("مشاهد مباشرة", "حي الحجر الأسود.")),
        At([("الجيش السوري", 0)], "معلنا", R("إياها مناطق", "\"آمنة\"")),
        At(["وكالة الأنباء السورية الرسمية \"سانا\""], In("ونقلت وكالة", "نقلت"), R("أن أفراد الشرطة", "من الإرهاب\"")),
        At([("الجيش السوري", 1)], "أعلن الجيش السوري في بيان", R("\"بعد شهر", "ومخيم اليرموك\"")),
        At(["المرصد السوري لحقوق الإنسان"], "أكده", R("اتفاق إجلاء", "\"روسية\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-3843-20181013",  # published Sat 2018-10-13
    notes=("IS finances (Foreign Policy report). Operations: IS's taking of vast territory in Syria and Iraq "
           "('استولى') is a Capture; 'الحملات العسكرية المحلية' (GroundOffensive) and the coalition's "
           "'الغارات' (AirCampaign: a multi-year campaign) placed in Syria and Iraq from the previous "
           "paragraph. Lands IS held/holds ('يسيطر عليها') have no named place: not annotated. The sacking "
           "of Mosul (looting), laundering, extortion and kidnapping are not military operations. Money "
           "sums are not figure categories; 98% of lost territory and 'nearly two-thirds' of Syria and Iraq "
           "are TerritoryShare (2/3 as 0.67, about). 'شركات تركية', 'جماعة إرهابية' and 'للمجموعة' not "
           "annotated as actor mentions; 'التحالف الدولي بزعامة الولايات المتحدة' gives the coalition and "
           "the US government (affiliation rule)."),
    entities={
        "foreign-policy": ("MediaOrganisation", "Foreign Policy", None),
    },
    place_entities={
        "mosul": ("CityOrTown", "Mosul", None),
    },
    actors=[
        ("تنظيم \"داعش\" الإرهابي", 0, "isis"),
        ("مجلة \"فورين بوليسي\" الأميركية", 0, "foreign-policy"),
        ("\"فورين بوليسي\"", "*", "foreign-policy"),
        ("للتنظيم الإرهابي", 0, "isis"),
        ("قيادات التنظيم", 0, "isis"),
        ("التنظيم", "*", "isis"),
        ("داعش", "*", "isis"),
        ("التحالف الدولي", 0, "us-coalition"),
        ("الولايات المتحدة", 0, "us-gov"),
    ],
    places=[
        ("تركيا", "*", "turkey"),
        ("سوريا", "*", "syria"),
        ("العراق", "*", "iraq"),
        ("الموصل", 0, "mosul"),
    ],
    ops=[
        Op("Capture", "استولى", agents=[In("جنى \"داعش\"", "داعش")], places=[("سوريا", 0), ("العراق", 0)]),
        Op("GroundOffensive", "الحملات العسكرية المحلية", targets=[In("فقد \"داعش\" معظم", "داعش")],
           places=[("سوريا", 0), ("العراق", 0), ("العراق", 1), ("سوريا", 1)]),
        Op("AirCampaign", "الغارات", agents=["التحالف الدولي"], targets=[In("فقد \"داعش\" معظم", "داعش")],
           places=[("سوريا", 0), ("العراق", 0), ("العراق", 1), ("سوريا", 1)]),
    ],
    figs=[
        Fig("TerritoryShare", 0.98, 0.98, "about", "نحو 98 بالمئة"),
        Fig("TerritoryShare", 0.67, 0.67, "about", "تقترب من ثلثي"),
    ],
    dates=[
        (("عام 2015", 0), "year:2015"),
        (("عام 2015", 1), "year:2015"),
        (("عام 2015", 2), "year:2015"),
        ("عام 2014", "year:2014"),
    ],
    attrs=[
        At(["مجلة \"فورين بوليسي\" الأميركية"], "حذر", R("من عودة الحياة", "بشكل خاص")),
        At([("\"فورين بوليسي\"", 0)], In("قالت \"فورين", "قالت"), R("إنهم سيقومون", "للبيع في المستقبل")),
    ],
))
