"""Second held-out test set specs (devset/heldout-b), Arabic articles.

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-185-20180313",  # published Tue 2018-03-13
    notes=("Iraq: lifting of the flight ban on Kurdistan airports. Not Syria. The flight ban, sanctions and "
           "referendum are not operations; the only operations are the October 2017 offensive on Kirkuk "
           "(GroundOffensive 'هجوما مفاجئا') and the retaking of Kirkuk (Capture 'استعادة'). 'العراق' as the "
           "subject lifting the ban → Government of Iraq; elsewhere a place. The Federal Supreme Court has no "
           "Khabar class and is not annotated (as the ICC in the development set). 'أقليات كردية'/'الأكراد في "
           "سوريا' are populations, not actors. 'إقليم كردستان العراق' is a place (Region) except inside "
           "'إدارة إقليم كردستان العراق' (KRG, actor). 'وأكد البيان' is attributed to the media office."),
    entities={
        "iraq-gov": ("Government", "Government of Iraq", None),
        "iraq-moi": ("Government", "Federal Ministry of Interior (Iraq)", None),
        "krg": ("Government", "Kurdistan Regional Government", None),
        "iraq-forces": ("StateForce", "Iraqi Armed Forces", None),
        "pmf": ("Militia", "Popular Mobilization Forces", None),
        "iran-gov": ("Government", "Government of Iran", None),
    },
    place_entities={
        "kurdistan-region": ("Region", "Kurdistan Region of Iraq", None),
        "erbil": ("CityOrTown", "Erbil", None),
        "sulaymaniyah": ("CityOrTown", "Sulaymaniyah", None),
        "kirkuk": ("CityOrTown", "Kirkuk", None),
        "baghdad": ("CityOrTown", "Baghdad", "Q1530"),
    },
    actors=[
        (In("رفع العراق", "العراق"), 0, "iraq-gov"),
        ("رئيس الوزراء حيدر العبادي", 0, "iraq-gov"),
        ("المكتب الإعلامي للعبادي", 0, "iraq-gov"),
        ("ضباط وزارة الداخلية", 0, "iraq-moi"),
        ("وزارة الداخلية الاتحادية", "*", "iraq-moi"),
        ("السلطات المحلية", 0, "krg"),
        ("العبادي", "*", "iraq-gov"),
        ("المواطنين", 0, "civilians"),
        ("القائد العام للقوات المسلحة", 0, "iraq-gov"),
        ("الحكومة في بغداد", 0, "iraq-gov"),
        ("للحكومة المركزية", 0, "iraq-gov"),
        ("تركيا", 0, "tr-gov"),
        ("إيران", 0, "iran-gov"),
        ("قوات الحكومة العراقية", 0, "iraq-forces"),
        ("قوات الحشد الشعبي", 0, "pmf"),
        ("الحكومة العراقية", "*", "iraq-gov"),
        ("إدارة إقليم كردستان العراق", 0, "krg"),
    ],
    places=[
        ("إقليم كردستان العراق", "*", "kurdistan-region"),
        ("الإقليم", "*", "kurdistan-region"),
        ("أربيل", 0, "erbil"),
        ("السليمانية", 0, "sulaymaniyah"),
        ("بغداد", "*", "baghdad"),
        ("العراق", "*", "iraq"),
        ("للعراق", 0, "iraq"),
        ("سوريا", 0, "syria"),
        ("مدينة كركوك", 0, "kirkuk"),
    ],
    ops=[
        Op("GroundOffensive", "هجوما مفاجئا", agents=["قوات الحكومة العراقية", "قوات الحشد الشعبي"],
           places=["مدينة كركوك"], time="16 أكتوبر/ تشرين أول الماضي"),
        Op("Capture", "استعادة", agents=["قوات الحكومة العراقية", "قوات الحشد الشعبي"],
           places=["مدينة كركوك"], time="16 أكتوبر/ تشرين أول الماضي"),
    ],
    dates=[
        ("الثلاثاء", "wd"), ("سبتمبر/أيلول", "month:9"),
        ("16 أكتوبر/ تشرين أول الماضي", ("2017-10-16", "2017-10-16")),
    ],
    attrs=[
        At(["رئيس الوزراء حيدر العبادي"], "بحسب ما قاله", R("رفع العراق", "بالحكم الذاتي")),
        At(["المكتب الإعلامي للعبادي"], "جاء في بيان", R("مطارات الإقليم ستكون", "الاتحادية\"")),
        At(["المكتب الإعلامي للعبادي"], "أكد", R("\"إعادة افتتاح", "المذكورين\"")),
        At([("العبادي", 0)], In("وقال العبادي", "قال"), R("إنه حريص", "لوزارة الداخلية الاتحادية")),
        At([("العبادي", 0)], "أضاف", R("أن دوائر الجوازات", "بحسب القانون")),
        At([("العبادي", 1)], "أوضح", R("انه سيتم", "أو من يخوله")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-345-20180414",  # published Sat 2018-04-14
    notes=("UK/US/French strikes on Syria, 14 April 2018. The UK strike (Tornados, Storm Shadow missiles on a "
           "Syrian military facility / former missile base) is one Airstrike with agents UK + RAF; the US and French "
           "'غارات جوية' are a second Airstrike (other side), place Syria (no other place stated for them). The "
           "chemical attack on Douma 'last week' is an Attack without agent; the headline 'الهجوم الكيميائي في "
           "سوريا' refers back to it. 'النظام السوري' (chemical weapons user, political) → Government of Syria; "
           "'بتغيير النظام'/'تغيير نظام' (regime change in the abstract) not annotated. 'المجتمع الدولي' not "
           "annotated. 'الأسبوع الماضي' left unresolved. Headline 'ترامب:' is an attribution with the colon as cue."),
    entities={
        "uk-gov": ("Government", "Government of the United Kingdom", None),
        "uk-mod": ("Government", "Ministry of Defence (United Kingdom)", None),
        "raf": ("StateForce", "Royal Air Force", None),
        "france-gov": ("Government", "Government of France", None),
    },
    place_entities={
        "france": ("Country", "France", "Q142"),
        "syr-military-facility": ("Facility", "Syrian military facility (former missile base)", None),
    },
    actors=[
        ("المملكة المتحدة", 0, "uk-gov"),
        ("سلاح الجو الملكي", 0, "raf"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("فرنسا", 0, "france-gov"),
        ("رئيسة الوزراء البريطانية، تيريزا ماي", 0, "uk-gov"),
        ("النظام السوري", "*", "syr-gov"),
        ("روسيا", 0, "ru-gov"),
        ("بريطانيا", 0, "uk-gov"),
        ("ترامب", 0, "us-gov"),
        ("ماي", "*", "uk-gov"),
        ("وزارة الدفاع البريطانية", 0, "uk-mod"),
        ("الوزارة", 0, "uk-mod"),
        (In("لالتزام سوريا", "سوريا"), 0, "syr-gov"),
        ("وزير الدفاع البريطاني، غافن ويليامسون", 0, "uk-mod"),
        (In("إلى النظام (السوري)", "النظام"), 0, "syr-gov"),
    ],
    places=[
        ("مدينة دوما", 0, "douma"),
        ("العاصمة السورية", 0, "damascus"),
        ("دمشق", 0, "damascus"),
        ("منشأة عسكرية سورية", 0, "syr-military-facility"),
        ("قاعدة الصواريخ السابقة", 0, "syr-military-facility"),
        (In("التوترات في المنطقة", "المنطقة"), 0, "region"),
        ("سوريا", "*", "syria"),
    ],
    ops=[
        Op("Airstrike", "الضربة العسكرية", agents=["المملكة المتحدة", "سلاح الجو الملكي"],
           places=[("سوريا", 0), "منشأة عسكرية سورية", "قاعدة الصواريخ السابقة"]),
        Op("Airstrike", "غارات جوية", agents=["الولايات المتحدة", "فرنسا"], places=[("سوريا", 0)]),
        Op("Attack", "هجوم كيماوي", places=["مدينة دوما", ("سوريا", 1)], time="الأسبوع الماضي"),
    ],
    dates=[("الأسبوع الماضي", None)],
    attrs=[
        At(["رئيسة الوزراء البريطانية، تيريزا ماي"], In("وقالت رئيسة", "قالت"), R("إنه \"لم يكن", "الأسلحة الكيماوية.")),
        At(["رئيسة الوزراء البريطانية، تيريزا ماي"], In("وأضافت أن الضربات", "أضافت"), R("أن الضربات", "النظام\".")),
        At(["روسيا"], "تتهم", R("بريطانيا بالمشاركة", "في سوريا")),
        At(["ترامب"], In("ترامب:", ":"), R("قرارنا", "قريبا جدا")),
        At([("ماي", 0)], In("قالت ماي", "قالت"), R("إن النظام السوري أظهر", "\"إيقافه\"")),
        At([("ماي", 0)], In("وأضافت: \"سلكنا", "أضافت"), R("\"سلكنا", "ذلك.\"")),
        At([("ماي", 0)], "شددت", R("على أن \"هذا", "تغيير نظام.\"")),
        At([("ماي", 0)], In("وقالت: \"إنها", "قالت"), R("\"إنها ضربة", "في الأرواح.\"")),
        At(["وزارة الدفاع البريطانية"], In("وقالت وزارة", "قالت"), R("إن الطائرات الأربع", "عسكرية سورية")),
        At(["الوزارة"], In("وأضافت الوزارة", "أضافت"), R("أن قاعدة الصواريخ", "الأسلحة الكيماوية.\"")),
        At(["وزير الدفاع البريطاني، غافن ويليامسون"], In("وقال وزير", "قال"), R("\"المجتمع الدولي", "مسؤولية استخدامها.\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-698-20180626",  # published Tue 2018-06-26
    notes=("Daraa offensive, June 2018. The retaking of 'an area in the south-west' (استرد) is the capture of "
           "Busra al-Harir and Maliha al-Atash the night of Monday-Tuesday (one Capture, the SOHR and the military "
           "source restate it; 'البلدتين' is a short form of the two towns, annotated to neither). The advance "
           "that cuts the opposition areas in two (تقدم / لتقسم / فصل ... إلى جزأين) is one Advance; 'هذه الحملة' "
           "is the army's campaign in Daraa (GroundOffensive). Rebel-held areas: Daraa governorate (first two "
           "mentions, same happening), the eastern Daraa countryside, the southern region (one each). 'كثفت "
           "قصفها' (bare, government) → Shelling; 'مئات الضربات الجوية' by Syrian and Russian jets 'خلال الأيام "
           "الماضية' → AirCampaign; 'القصف الصاروخي العنيف' → a second Shelling (no agent stated); the Israeli "
           "missiles near Damascus airport → Airstrike (Israeli strikes are air strikes in this war). 'القصف "
           "والقتال في هذه المنطقة' refers back. Aims (تسعى ... لعزل، لاستعادة) are not operations. "
           "'أكثر من نصف السوريين' (a share of the population displaced) is not given a figure. 'قبل يومين' "
           "left unresolved (relative duration, as 'قبل نحو أسبوع')."),
    entities={
        "israel-forces": ("StateForce", "Israel Defense Forces", None),
    },
    place_entities={
        "busra-harir": ("CityOrTown", "Busra al Hariri", None),
        "maliha-atash": ("CityOrTown", "Maliha al-Atash", None),
        "daraa-e-ne-countryside": ("Region", "eastern and northeastern countryside of Daraa", None),
        "israel": ("Country", "Israel", "Q801"),
        "damascus-airport": ("Facility", "Damascus International Airport", None),
        "southern-region": ("Region", "southern region of Syria", None),
        "suwayda-gov": ("Governorate", "As Suwayda Governorate", "Q236797"),
    },
    actors=[
        ("الجيش السوري", 0, "saa"),
        ("مقاتلي المعارضة", 0, "rebels"),
        ("للقوات الحكومية", 0, "saa"),
        (In("اتبعتها دمشق", "دمشق", 0), 0, "syr-gov"),
        (In("اتبعتها دمشق", "دمشق", 1), 0, "syr-gov"),
        ("الفصائل المعارضة", "*", "rebels"),
        (In("لإضعاف الفصائل", "الفصائل", 0), 0, "rebels"),
        (In("لإضعاف الفصائل", "الفصائل", 1), 0, "rebels"),
        ("السكان", 0, "civilians"),
        ("الأمم المتحدة", "*", "un"),
        ("للأمم المتحدة", 0, "un"),
        ("قوات النظام السوري", "*", "saa"),
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("مصدر عسكري سوري", 0, "syr-military-source"),
        ("التلفزيون الرسمي", 0, "syr-tv"),
        ("وحدات الجيش", 0, "saa"),
        ("القوات الحليفة والرديفة", 0, "pro-gov-militias"),
        ("الطائرات الحربية السورية", 0, "syr-air"),
        (In("السورية والروسية", "الروسية"), 0, "ru-air"),
        ("المسلحين الموالين لها", 0, "pro-gov-militias"),
        ("قوات النظام", "*", "saa"),
        ("الإعلام الرسمي السوري", 0, "syr-state-media"),
        ("إسرائيليان", 0, "israel-forces"),
        ("حزب الله اللبناني", 0, "hezbollah"),
        ("مكتب تنسيق الشؤون الإنسانية", 0, "ocha"),
        (In("متحدثة باسم المكتب", "المكتب"), 0, "ocha"),
        (In("وأوضحت توم", "توم"), 0, "ocha"),
        ("النازحين", 0, "civilians"),
        (In("أعلن الأردن", "الأردن"), 0, "jordan-gov"),
        ("السوريين", 0, "civilians"),
        ("المرصد", "*", "sohr"),
        ("المعارضة", "*", "rebels"),
    ],
    places=[
        (In("جنوب غرب البلاد", "البلاد"), 0, "syria"),
        (In("جنوب البلاد", "البلاد"), "*", "syria"),
        (In("داخل البلاد", "البلاد"), 0, "syria"),
        ("محافظة درعا", "*", "daraa-gov"),
        ("ريفها الشرقي والشمالي الشرقي", 0, "daraa-e-ne-countryside"),
        ("إسرائيل", 0, "israel"),
        (In("إسرائيل والأردن", "الأردن"), 0, "jordan"),
        ("مطار دمشق الدولي", 0, "damascus-airport"),
        ("دمشق", "*", "damascus"),
        ("بصر الحرير", 0, "busra-harir"),
        ("مليحة العطش", 0, "maliha-atash"),
        ("ريف درعا الشرقي", "*", "daraa-east-countryside"),
        (In("بهذا الشكل في درعا", "درعا"), 0, "daraa-gov"),
        (In("في هذه المنطقة", "المنطقة"), 0, "daraa-gov"),
        (In("الحدودية مع الأردن", "الأردن"), 0, "jordan"),
        ("المنطقة الجنوبية", 0, "southern-region"),
        (In("محافظات درعا", "درعا"), 0, "daraa-gov"),
        ("القنيطرة", 0, "quneitra-gov"),
        ("السويداء", 0, "suwayda-gov"),
        ("سوريا", 0, "syria"),
    ],
    ops=[
        Op("Capture", "استرد", agents=["الجيش السوري"], targets=["مقاتلي المعارضة"],
           places=["بصر الحرير", "مليحة العطش", ("محافظة درعا", 0)], time="ليل الاثنين الثلاثاء"),
        Op("Advance", "تقدم مهم", agents=["للقوات الحكومية", ("قوات النظام السوري", 0)],
           places=[("محافظة درعا", 0), ("محافظة درعا", 1), ("ريف درعا الشرقي", 0)]),
        Op("TerritorialControl", In("مناطق سيطرة المعارضة", "سيطرة", 0), agents=[In("مناطق سيطرة المعارضة", "المعارضة", 0)],
           places=[("محافظة درعا", 0), ("محافظة درعا", 1)]),
        Op("TerritorialControl", In("مناطق سيطرة المعارضة", "سيطرة", 2), agents=[In("مناطق سيطرة المعارضة", "المعارضة", 2)],
           places=[("ريف درعا الشرقي", 0)]),
        Op("TerritorialControl", In("مناطق سيطرة الفصائل المعارضة في المنطقة", "سيطرة"),
           agents=[In("مناطق سيطرة الفصائل المعارضة في المنطقة", "الفصائل المعارضة")], places=["المنطقة الجنوبية"]),
        Op("GroundOffensive", "الحملة", agents=["الجيش السوري"], places=[("محافظة درعا", 0)]),
        Op("Shelling", "كثفت قصفها", agents=[("قوات النظام السوري", 1)],
           places=[("محافظة درعا", 2), "ريفها الشرقي والشمالي الشرقي"]),
        Op("ArmedClash", "اشتباكات عنيفة", places=["ريفها الشرقي والشمالي الشرقي"]),
        Op("AirCampaign", "الضربات الجوية", agents=["الطائرات الحربية السورية", In("السورية والروسية", "الروسية")],
           places=["بصر الحرير", "مليحة العطش", ("ريف درعا الشرقي", 0)], time="خلال الأيام الماضية"),
        Op("Shelling", "القصف الصاروخي", places=["بصر الحرير", "مليحة العطش", ("ريف درعا الشرقي", 0)]),
        Op("Airstrike", "صاروخان", agents=["إسرائيليان"], targets=["حزب الله اللبناني"],
           places=["مطار دمشق الدولي"]),
    ],
    stmts=[
        St("Report", by=("الأمم المتحدة", 0), cue="بحسب", content=R("وتسببت هذه الحملة", "من السكان")),
        St("Report", by="مكتب تنسيق الشؤون الإنسانية", cue=In("قالت متحدثة", "قالت"),
           content=R("45 ألف شخص نزحوا", "في محافظة درعا")),
        St("Report", by=In("متحدثة باسم المكتب", "المكتب"), cue=In("وقالت ليندا", "قالت"),
           content=R("\"شهدنا", "في درعا\"")),
        St("Report", by=In("وأوضحت توم", "توم"), cue="أوضحت", content=R("أن النازحين", "مع الأردن جنوبا")),
        St("Warning", by=("الأمم المتحدة", 1), cue="حذرت", content=R("من تداعيات التصعيد", "والسويداء")),
    ],
    figs=[
        Fig("Displaced", 10000, 99999, "vague", "عشرات الآلاف من السكان", by=("الأمم المتحدة", 0)),
        Fig("Killed", 29, 29, "exact", "29 مقاتلا", by=In("وفق المرصد، 29", "المرصد")),
        Fig("Killed", 24, 24, "exact", "24 عنصرا", by=In("وفق المرصد، 29", "المرصد")),
        Fig("Displaced", 45000, 45000, "exact", ("45 ألف شخص", 0)),
        Fig("Displaced", 45000, 45000, "exact", ("45 ألف شخص", 1), by="مكتب تنسيق الشؤون الإنسانية"),
        Fig("PersonCount", 750000, 750000, "about", "نحو 750 ألف شخص", by=("الأمم المتحدة", 1)),
        Fig("Displaced", 6000000, 6000000, "about", "نحو ست ملايين"),
        Fig("Displaced", 5000000, None, "more-than", "أكثر من خمسة ملايين"),
    ],
    dates=[
        ("الثلاثاء", "wd"), ("منذ أسبوع", None), (("خلال أسبوع", 0), None),
        ("ليل الاثنين الثلاثاء", ("2018-06-25", "2018-06-26")), ("خلال الأيام الماضية", None),
        (("خلال أسبوع", 1), None), (("منذ أسبوع", 1), None), ("خلال الأيام القليلة الماضية", None),
        ("قبل يومين", None), ("العام 2011", "year:2011"),
    ],
    attrs=[
        At([("الأمم المتحدة", 0)], "بحسب", R("وتسببت هذه الحملة", "من السكان")),
        At([("المرصد السوري لحقوق الإنسان", 0)], "وفق ما أفاد", R("نجحت قوات النظام", "إلى جزأين")),
        At([In("وقال مدير المرصد", "المرصد")], In("وقال مدير", "قال"), R("\"حققت", "شمالي وجنوبي.")),
        At(["التلفزيون الرسمي", "مصدر عسكري سوري"], "أكد", R("سيطرة وحدات الجيش", "على البلدتين")),
        At([In("بحسب المرصد", "المرصد")], In("بحسب المرصد", "بحسب"), R("وجاء تقدم", "العنيف")),
        At([In("وفق المرصد، 29", "المرصد")], In("وفق المرصد، 29", "وفق"), R("حصيلة القتلى", "الموالين لها")),
        At(["الإعلام الرسمي السوري"], In("بحسب الإعلام", "بحسب"), R("سقط صاروخان", "مطار دمشق الدولي")),
        At([("المرصد السوري لحقوق الإنسان", 1)], "أعلن", R("أنهما", "اللبناني\"")),
        At(["مكتب تنسيق الشؤون الإنسانية"], In("قالت متحدثة", "قالت"), R("45 ألف شخص نزحوا", "في محافظة درعا")),
        At([In("متحدثة باسم المكتب", "المكتب")], In("وقالت ليندا", "قالت"), R("\"شهدنا", "في درعا\"")),
        At([In("وأوضحت توم", "توم")], "أوضحت", R("أن النازحين", "مع الأردن جنوبا")),
        At([("الأمم المتحدة", 1)], "حذرت", R("من تداعيات التصعيد", "والسويداء")),
        At([In("أعلن الأردن", "الأردن")], In("وقد أعلن", "أعلن"), R("عدم قدرته", "موجة لجوء جديدة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-802-20180721",  # published Sat 2018-07-21
    notes=("Yarmouk Basin air strikes (Friday 20 July 2018) and the Quneitra evacuation. The Friday air "
           "bombardment of the Yarmouk Basin is one Airstrike (one day, one area, one toll): 'قصف جوي', 'مئات "
           "الغارات الجوية والبراميل المتفجرة', 'قصفت طائرات حربية', 'تستهدف طوال اليوم', 'وطال القصف بلدات' and "
           "'القصف المتواصل' are mentions of it; its places gather the basin, the south-western Daraa countryside, "
           "'الجيب' and the four villages. 'فصيل خالد بن الوليد', 'فصيل مبايع' and 'التنظيم المتطرف' → Khalid ibn "
           "al-Walid Army (local entity); the pledge 'لتنظيم الدولة الإسلامية' → Islamic State. The retaking of "
           ">90% of Daraa (استعادتها / استعادة معظم) is one Capture, with the 'عملية عسكرية' a GroundOffensive. "
           "The evacuation of fighters (عمليات إجلاء / خرج / خروج الحافلات) is one Redeployment; destinations "
           "(north, Idlib) are not its places. 'على وشك السيطرة', the planned entry of government forces and civil "
           "police are not operations. 'طوال اليوم' (in a quote of Friday) → Friday 2018-07-20."),
    entities={
        "khalid-army": ("ArmedGroup", "Khalid ibn al-Walid Army", None),
        "syr-police": ("StateForce", "Syrian civil police", None),
    },
    place_entities={
        "daraa-sw-countryside": ("Region", "southwestern countryside of Daraa", None),
        "yarmouk-basin": ("Region", "Yarmouk Basin", None),
        "tasil": ("CityOrTown", "Tasil", None),
        "hayt": ("CityOrTown", "Hayt", None),
        "sahm-golan": ("CityOrTown", "Sahm al-Jawlan", None),
        "shajara": ("CityOrTown", "Ash Shajarah", None),
        "north-syria": ("Region", "northern Syria", None),
        "jaba-crossing": ("Landmark", "Jaba crossing", None),
        "golan-buffer-zone": ("Region", "Golan buffer zone", None),
        "golan": ("Region", "Golan Heights", None),
    },
    actors=[
        ("مدنيا", "*", "civilians"),
        ("طفلا", "*", "civilians"),
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("فصيل خالد بن الوليد", "*", "khalid-army"),
        ("مقاتلي الفصائل المعارضة", 0, "rebels"),
        ("المقاتلين", "*", "rebels"),
        ("المدنيين", "*", "civilians"),
        ("روسيا", 0, "ru-gov"),
        ("الفصائل المعارضة", "*", "rebels"),
        ("طائرات حربية سورية", 0, "syr-air"),
        (In("سورية وروسية", "روسية"), 0, "ru-air"),
        ("طائرات حربية روسية", 0, "ru-air"),
        (In("روسية وسورية", "سورية"), 0, "syr-air"),
        ("فصيل مبايع", 0, "khalid-army"),
        ("تنظيم الدولة الإسلامية", 0, "isis"),
        (In("المصدر ذاته", "المصدر"), 0, "sohr"),
        ("قوات النظام السوري", "*", "saa"),
        ("التنظيم المتطرف", 0, "khalid-army"),
        ("قوات النظام", "*", "saa"),
        (In("بدعم روسي", "روسي"), 0, "ru-armed"),
        (In("سيطرة دمشق", "دمشق"), 0, "syr-gov"),
        ("الفصائل المقاتلة", 0, "rebels"),
        ("التلفزيون الرسمي السوري", 0, "syr-tv"),
        ("الإرهابيين الرافضين للتسوية", 0, "rebels"),
        ("مصدر معارض مفاوض", 0, "opposition-sources"),
        ("الفصائل", "*", "rebels"),
        ("شرطة مدنية سورية", 0, "syr-police"),
        ("المرصد", "*", "sohr"),
    ],
    places=[
        ("ريف درعا الجنوبي الغربي", "*", "daraa-sw-countryside"),
        ("حوض اليرموك", "*", "yarmouk-basin"),
        ("الجيب", "*", "yarmouk-basin"),
        ("تسيل", 0, "tasil"),
        ("حيط", 0, "hayt"),
        ("سحم الجولان", 0, "sahm-golan"),
        ("الشجرة", 0, "shajara"),
        ("محافظة درعا", "*", "daraa-gov"),
        (In("كامل المحافظة", "المحافظة"), 0, "daraa-gov"),
        (In("بالمحافظة", "المحافظة"), 0, "quneitra-gov"),
        ("محافظة القنيطرة", "*", "quneitra-gov"),
        ("القنيطرة", "*", "quneitra-gov"),
        ("الشمال السوري", "*", "north-syria"),
        ("شمال سوريا", "*", "north-syria"),
        ("البلاد", "*", "syria"),
        ("ممر جبا", 0, "jaba-crossing"),
        ("إدلب", 0, "idlib-gov"),
        ("المنطقة العازلة", 0, "golan-buffer-zone"),
        ("هضبة الجولان", 0, "golan"),
    ],
    ops=[
        Op("Airstrike", "قصف جوي",
           agents=["طائرات حربية سورية", In("سورية وروسية", "روسية"), "طائرات حربية روسية", In("روسية وسورية", "سورية")],
           targets=[("فصيل خالد بن الوليد", 0)],
           places=[("ريف درعا الجنوبي الغربي", 0), ("ريف درعا الجنوبي الغربي", 1), ("ريف درعا الجنوبي الغربي", 2),
                   ("حوض اليرموك", 0), ("حوض اليرموك", 1), ("حوض اليرموك", 2), ("الجيب", 0),
                   "تسيل", "حيط", "سحم الجولان", "الشجرة"],
           time=In("مصرعهم الجمعة", "الجمعة")),
        Op("TerritorialControl", In("التي يسيطر عليها", "يسيطر"), agents=[("فصيل خالد بن الوليد", 0)],
           places=[("حوض اليرموك", 0), ("حوض اليرموك", 2), ("الجيب", 0), ("الجيب", 1)]),
        Op("Capture", "استعادتها", agents=[("قوات النظام السوري", 0)], places=[("محافظة درعا", 0), ("محافظة درعا", 1)]),
        Op("GroundOffensive", "عملية عسكرية", agents=[("قوات النظام السوري", 0)], places=[("محافظة درعا", 0)]),
        Op("Shelling", "قصف عنيف", places=[("محافظة القنيطرة", 0)]),
        Op("Redeployment", "عمليات إجلاء", agents=[("المقاتلين", 0), ("المقاتلين", 2)],
           places=[("القنيطرة", 0), ("محافظة القنيطرة", 1), "ممر جبا"], time="عصر الجمعة"),
        Op("TerritorialControl", In("مناطق سيطرة الفصائل المقاتلة", "سيطرة"), agents=["الفصائل المقاتلة"],
           places=[In("في شمال سوريا", "شمال سوريا")]),
        Op("TerritorialControl", In("مناطق سيطرة الفصائل المعارضة في القنيطرة", "سيطرة"),
           agents=[In("مناطق سيطرة الفصائل المعارضة في القنيطرة", "الفصائل المعارضة")],
           places=[In("سيطرة الفصائل المعارضة في القنيطرة", "القنيطرة")]),
    ],
    figs=[
        Fig("Killed", 26, None, "more-than", "26 مدنيا على الأقل", by=("المرصد السوري لحقوق الإنسان", 0)),
        Fig("Killed", 11, 11, "exact", ("11 طفلا", 0), by=("المرصد السوري لحقوق الإنسان", 0)),
        Fig("Displaced", 100, 999, "vague", ("مئات المقاتلين والمدنيين", 0)),
        Fig("Killed", 26, 26, "exact", In("مقتل 26 مدنيا ،", "26 مدنيا"), by=("المرصد السوري لحقوق الإنسان", 1)),
        Fig("Killed", 26, 26, "exact", "26 مدنياً", by=In("وقال مدير المرصد", "المرصد")),
        Fig("Killed", 11, 11, "exact", "11 طفلاً", by=In("وقال مدير المرصد", "المرصد")),
        Fig("Injured", 10, 99, "vague", "العشرات", by=In("وقال مدير المرصد", "المرصد")),
        Fig("Injured", 10, 99, "vague", "عشرات الجرحى", by=In("وفق المرصد الذي", "المرصد")),
        Fig("TerritoryShare", 0.9, None, "more-than", "أكثر من 90 في المئة"),
        Fig("Displaced", 100, 999, "vague", ("مئات المقاتلين والمدنيين", 1)),
        Fig("Displaced", 100, 999, "vague", ("مئات المقاتلين والمدنيين", 2)),
        Fig("Displaced", 1000, 9999, "vague", "بضعة آلاف", by="مصدر معارض مفاوض"),
    ],
    dates=[
        (("الجمعة", 0), "wd"), ("عصر الجمعة", "wd"), (("الجمعة", 2), "wd"), ("طوال اليوم", ("2018-07-20", "2018-07-20")),
        (("الجمعة", 3), "wd"), (("الخميس", 0), "wd"), (("الخميس", 1), "wd"), ("حتى الآن", None),
    ],
    attrs=[
        At([("المرصد السوري لحقوق الإنسان", 0)], "وفق ما أعلن", R("لقي 26", "الجنوبي الغربي")),
        At([In("وأفاد المرصد أن مئات", "المرصد", 0)], In("وأفاد المرصد أن مئات", "أفاد", 0),
           R("أن مئات الغارات", "بن الوليد")),
        At([("المرصد السوري لحقوق الإنسان", 1)], "وفق ما أفاد", R("قصفت طائرات", "مقتل 26 مدنيا")),
        At([In("وقال مدير المرصد", "المرصد")], In("وقال مدير", "قال"), R("\"طائرات حربية روسية", "بجروح")),
        At([In("وأفاد المرصد أن مئات", "المرصد", 1)], In("وأفاد المرصد أن مئات", "أفاد", 1),
           R("أن مئات الغارات", "بن الوليد", 1)),
        At([In("وفق المرصد الذي", "المرصد")], In("وفق المرصد الذي", "وفق"), R("وطال القصف", "والشجرة")),
        At([In("وفق المرصد الذي", "المرصد")], "رجح", R("أن ترتفع", "حالات خطرة\"")),
        At([In("المصدر ذاته", "المصدر")], In("بحسب المصدر", "بحسب"), R("وتسبّب القصف", "بأكملها\"")),
        At(["التلفزيون الرسمي السوري"], "أورد", R("\"بدء خروج", "إلى إدلب\"")),
        At(["مصدر معارض مفاوض"], "تحدث", "عن بضعة آلاف"),
        At([In("وفق مدير المرصد", "المرصد")], In("وفق مدير", "وفق"), R("وينص الاتفاق", "إلى مناطق سيطرة الفصائل")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-2076-20180601",  # published Fri 2018-06-01
    notes=("US warning to Assad over the SDF. 'المقاتلين العرب والأكراد' backed by Washington → SDF. 'هيئة "
           "الأركان' (the US Joint Staff, speaker's institution named in the phrase) → US Armed Forces; 'البنتاغون' "
           "→ US Department of Defense. 'شركائنا في التحالف' → the US-led coalition. Operations: SDF holding areas in "
           "north-east / north and east Syria (two TerritorialControl, two clauses, same place mention type); SDF "
           "battles against IS in Raqqa (ArmedClash) and driving IS out (Capture 'طرده', supported by the coalition); "
           "the SDF fight in Deir ez-Zor (ArmedClash); the US military deployed in Syria (Redeployment 'ينتشر'). "
           "Warnings and Assad's threat ('سنلجأ إلى تحرير تلك المناطق بالقوة') are not operations. 'هذه المناطق'/"
           "'تلك المناطق' (unnamed areas) are not annotated as places."),
    entities={
        "us-dod": ("Government", "United States Department of Defense", "Q11209"),
    },
    actors=[
        ("وزارة الدفاع الأميركية", 0, "us-dod"),
        ("الرئيس السوري، بشار الأسد", 0, "syr-gov"),
        ("المقاتلين العرب والأكراد", 0, "sdf"),
        ("واشنطن", 0, "us-gov"),
        ("هيئة الأركان", 0, "us-armed"),
        ("القوات المسلحة الأميركية", 0, "us-armed"),
        ("شركائنا في التحالف", 0, "us-coalition"),
        ("البنتاغون", 0, "us-dod"),
        ("الجيش الأميركي", 0, "us-armed"),
        ("تنظيم داعش", "*", "isis"),
        ("الأسد", "*", "syr-gov"),
        ("قوات سوريا الديمقراطية", "*", "sdf"),
        ("التحالف الدولي بقيادة أميركية", 0, "us-coalition"),
        ("هذه القوات", 0, "sdf"),
        ("الأميركيين", 0, "us-armed"),
        ("التنظيم المتطرف", 0, "isis"),
    ],
    places=[
        ("سوريا", "*", "syria"),
        ("الرقة", 0, "raqqa"),
        ("محافظة دير الزور", 0, "deir-gov"),
    ],
    ops=[
        Op("TerritorialControl", "الخاضعة لسيطرتهم", agents=["المقاتلين العرب والأكراد"], places=[("سوريا", 0)]),
        Op("Redeployment", "ينتشر", agents=["الجيش الأميركي"], places=[In("ينتشر في سوريا", "سوريا")]),
        Op("TerritorialControl", "وتسيطر", agents=[("قوات سوريا الديمقراطية", 1)],
           places=[In("شمال وشرق سوريا", "سوريا")]),
        Op("ArmedClash", "المعارك", agents=[("قوات سوريا الديمقراطية", 1)], targets=[("تنظيم داعش", 1)],
           places=["الرقة"]),
        Op("Capture", "طرده", agents=[("قوات سوريا الديمقراطية", 1)], targets=[("تنظيم داعش", 1)],
           supporters=["التحالف الدولي بقيادة أميركية"], places=["الرقة"]),
        Op("ArmedClash", "القتال", agents=[("قوات سوريا الديمقراطية", 3)], targets=["التنظيم المتطرف"],
           places=["محافظة دير الزور"]),
    ],
    dates=[(("الخميس", 0), "wd"), (("الخميس", 1), "wd")],
    attrs=[
        At(["وزارة الدفاع الأميركية"], "حذرت", R("الرئيس السوري", "شمال شرقي سوريا")),
        At(["هيئة الأركان"], In("وقال الجنرال", "قال"), R("\"يجب على", "للغاية\"")),
        At(["البنتاغون"], "ذكرت", R("بأن الجيش الأميركي", "تنظيم داعش")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At([("الأسد", 0)], In("قال الأسد", "قال"), R("\"باتت المشكلة", "الديمقراطية\"")),
        At([("الأسد", 1)], In("وأضاف الأسد", "أضاف"), R("\"سنتعامل", "بعدم وجودهم\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-2618-20180626",  # published Tue 2018-06-26
    notes=("Government assault on Daraa city, Tuesday 26 June 2018. The ground offensive ('هجوما على أحياء', "
           "restated as 'أول عملية عسكرية برية للنظام داخل مدينة درعا') is one GroundOffensive; 'عملية التمهيد "
           "الناري' and 'رمايات نارية مركزة' (artillery fire by the army, same day, same city) are one Shelling; "
           "'قطع طرق وخطوط إمداد ... بين منطقة طريق السد ودرعا البلد' (cutting an area, under way) → Advance; the "
           "Syrian and Russian air strikes on rebel-held districts are one Airstrike (two agents), the government's "
           "barrel bombs a second Airstrike (other agent); 'اشتباكات عنيفة' → ArmedClash. Rebel-held: districts "
           "of Daraa city (restated twice), the southern part of the city, the base south-west of the city (since "
           "2014), opposition areas in the governorate. 'تقدم الوحدات العسكرية' after 'أمام' and 'تحاول ... "
           "استعادة قاعدة' are aims, not operations; 'تتواجد قوات النظام في شمالها' (presence) is not annotated as "
           "control. 'الحدود الأردنية'/'الحدود مع الأردن' are reference points; 'الأردن' is annotated as a place."),
    place_entities={
        "tariq-sadd": ("Neighbourhood", "Tariq al-Sadd", None),
        "daraa-balad": ("Neighbourhood", "Daraa al-Balad", None),
        "daraa-sw-base": ("Facility", "military base south-west of Daraa", None),
    },
    actors=[
        ("الجيش السوري", 0, "saa"),
        ("فصائل المعارضة المسلحة", 0, "rebels"),
        ("الإعلام الرسمي", 0, "syr-state-media"),
        ("وكالة الأنباء السورية الرسمية", 0, "sana"),
        ("سانا", "*", "sana"),
        ("الجيش العربي السوري", 0, "saa"),
        ("وحدات الجيش", 0, "saa"),
        ("الإرهابيين", "*", "rebels"),
        ("الفصائل المعارضة", 0, "rebels"),
        ("قوات النظام السوري", 0, "saa"),
        ("التلفزيون السوري الرسمي", 0, "syr-tv"),
        (In("الجيش ينفذ", "الجيش"), 0, "saa"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        (In("غارات سورية", "سورية"), 0, "syr-air"),
        (In("سورية وروسية", "روسية"), 0, "ru-air"),
        ("الفصائل", "*", "rebels"),
        ("قوات النظام", "*", "saa"),
        (In("مدير المرصد", "المرصد"), 0, "sohr"),
        ("فرانس برس", 0, "afp"),
        ("للنظام", 0, "saa"),
        ("المعارضة", "*", "rebels"),
    ],
    places=[
        ("مدينة درعا", "*", "daraa"),
        ("المحافظة الجنوبية", 0, "daraa-gov"),
        (In("مع الأردن", "الأردن", 0), 0, "jordan"),
        (In("مع الأردن", "الأردن", 1), 0, "jordan"),
        ("منطقة طريق السد", 0, "tariq-sadd"),
        ("درعا البلد", 0, "daraa-balad"),
        (In("الإرهابيين في درعا", "درعا"), 0, "daraa"),
        ("قاعدة عسكرية", 0, "daraa-sw-base"),
        ("المدينة", "*", "daraa"),
        ("المحافظة", 0, "daraa-gov"),
    ],
    ops=[
        Op("GroundOffensive", "هجوما", agents=["الجيش السوري"], targets=["فصائل المعارضة المسلحة"],
           places=[("مدينة درعا", 0), ("مدينة درعا", 2)], time="الثلاثاء"),
        Op("TerritorialControl", In("أحياء تسيطر عليها", "تسيطر"), agents=["فصائل المعارضة المسلحة"],
           places=[("مدينة درعا", 0), In("أحياء سيطرة الفصائل في المدينة", "المدينة")]),
        Op("Shelling", "عملية التمهيد الناري", agents=["الجيش العربي السوري", In("الجيش ينفذ", "الجيش")],
           places=[("مدينة درعا", 1), In("الإرهابيين في درعا", "درعا")]),
        Op("Advance", "قطع طرق", agents=["وحدات الجيش"], places=["منطقة طريق السد", "درعا البلد"]),
        Op("TerritorialControl", In("وتسيطر الفصائل", "تسيطر"), agents=["الفصائل المعارضة"],
           places=[In("القسم الجنوبي من المدينة", "المدينة")]),
        Op("Airstrike", "غارات", agents=[In("غارات سورية", "سورية"), In("سورية وروسية", "روسية")],
           places=[In("أحياء سيطرة الفصائل في المدينة", "المدينة")], time="هذه الأثناء"),
        Op("Airstrike", "للبراميل المتفجرة", agents=[In("إلقاء قوات النظام", "قوات النظام")],
           places=[In("أحياء سيطرة الفصائل في المدينة", "المدينة")], time="هذه الأثناء"),
        Op("ArmedClash", "اشتباكات عنيفة", places=[In("جنوب شرقي المدينة", "المدينة")]),
        Op("TerritorialControl", In("قاعدة عسكرية جنوب غربي المدينة تسيطر", "تسيطر"),
           agents=[In("تسيطر عليها الفصائل منذ", "الفصائل")], places=["قاعدة عسكرية"], time="منذ عام 2014"),
        Op("TerritorialControl", In("مناطق سيطرة المعارضة", "سيطرة"), agents=["المعارضة"],
           places=["المحافظة"]),
    ],
    dates=[
        ("الثلاثاء", "wd"), ("بعد أسبوع", None), ("هذه الأثناء", None), ("منذ عام 2014", "year:2014"),
    ],
    attrs=[
        At(["الإعلام الرسمي"], "حسبما أفاد", R("بدأ الجيش السوري", "مدينة درعا")),
        At(["وكالة الأنباء السورية الرسمية"], In("وقالت وكالة", "قالت"), R("إن \"الجيش العربي", "من مدينة درعا\"")),
        At([("سانا", 1)], In("وحسب", "حسب"), R("تعمل وحدات الجيش", "الحدود الأردنية\"")),
        At(["التلفزيون السوري الرسمي"], In("وقال التلفزيون", "قال"), R("إن \"الجيش ينفذ", "في درعا\"")),
        At(["المرصد السوري لحقوق الإنسان"], In("وأفاد المرصد", "أفاد"), R("عن \"غارات", "للبراميل المتفجرة\"")),
        At(["فرانس برس", In("مدير المرصد", "المرصد")], In("وقال مدير", "قال"), R("\"هذه أول عملية", "داخل مدينة درعا\"")),
    ],
))
