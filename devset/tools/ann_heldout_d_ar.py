"""Fourth held-out test set specs (devset/heldout-d), Arabic articles (two annotators: the first three
articles, then the last three).

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-382-20180421",  # published Sat 2018-04-21
    notes=("OPCW inspectors leave Damascus for Douma; East Qalamoun evacuation. The suspected chemical "
           "attack on Douma is asserted by the Western states and denied by Syria and Russia, so it is "
           "annotated (one happening: 'الهجوم الكيماوي' first, 'هجمات جوية كيماوية ... في 7 أبريل', "
           "'الهجمات الكيماوية', 'الهجوم الكيماوي المزعوم'); typed Airstrike because the text states "
           "'هجمات جوية' (aircraft come before the chemical 'Attack' in the type order). The US/UK/French "
           "strikes on Assad regime positions name no place: placed in Syria through the nearest mention "
           "of the country ('البلاد'). 'اللتان تسيطران على دوما' gives two TerritorialControls (one per "
           "actor: Syrian government, Russia); 'مغادرة المعارضين لها' is a Redeployment from Douma. The "
           "fire on the UN risk-assessment team while inspecting sites is an Attack placed at Douma "
           "('المدينة'). The rebel exit from East Qalamoun (state media) and SANA's buses leaving "
           "al-Ruhaybah are one Redeployment; 'هذا الخروج' and the expected departure 'للمنطقة' refer "
           "back. 'مناطق السيطرة الخاضعة لقوات المعارضة أو القوات التركية شمال البلاد' → two "
           "TerritorialControls (rebels, Turkish forces), place 'البلاد' (Syria; 'شمال' is a relative "
           "descriptor). 'القلمون ... خارج سيطرة حكومة الأسد' is a negated control: not annotated. "
           "'عدد من القتلى' has no number: no figure; 'أكثر من 40 شخصا' is said by no named source "
           "('قيل'), so stated_by null and no attribution. The nine-member team → PersonCount; the "
           "3,200 fighters and families expected to leave → Displaced. 'كلمة الإرهابيين' (the word "
           "itself) is not an actor mention; 'الإرهابيين' in SANA's quote → rebels. 'المسؤولون "
           "الغربيون' → Western governments; 'يخشى' taken as an attribution cue. 'نظام الأسد' (owner of "
           "the targeted positions) and 'للنظام السوري' (receiving positions under deals) → Government "
           "of Syria. Mention of the UN team follows the affiliation rule ('فريق تقييم المخاطر' + "
           "'للأمم المتحدة')."),
    entities={
        "uk-gov": ("Government", "Government of the United Kingdom", None),
        "fr-gov": ("Government", "Government of France", None),
        "un-risk-team": ("UNBody", "UN security risk-assessment team", None),
    },
    place_entities={
        "east-qalamoun": ("Region", "Eastern Qalamoun", None),
        "ruhaybah": ("CityOrTown", "Ar Ruhaybah", None),
    },
    actors=[
        ("وزارة الخارجية الروسية", 0, "ru-mfa"),
        ("فريق منظمة حظر الأسلحة الكيماوية", 0, "opcw"),
        ("فريق منظمة حظر الأسلحة الكيميائية", 0, "opcw"),
        ("الدول الغربية", 0, "west"),
        ("الحكومة السورية", "*", "syr-gov"),
        ("روسيا", "*", "ru-gov"),
        ("المقاتلين المعارضين", 0, "rebels"),
        ("المعارضين", 0, "rebels"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("بريطانيا", 0, "uk-gov"),
        ("فرنسا", 0, "fr-gov"),
        ("نظام الأسد", 0, "syr-gov"),
        ("فريق تقييم المخاطر", 0, "un-risk-team"),
        ("للأمم المتحدة", 0, "un"),
        ("المسؤولون الغربيون", 0, "west"),
        ("وسائل إعلام حكومية سورية", 0, "syr-state-media"),
        ("مسلحين معارضين", 0, "rebels"),
        ("للمسلحين", 0, "rebels"),
        ("مسلحو المعارضة", 0, "rebels"),
        ("للنظام السوري", 0, "syr-gov"),
        ("قوات المعارضة", 0, "rebels"),
        ("القوات التركية", 0, "tr-armed"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("حكومة الأسد", "*", "syr-gov"),
        ("وكالة الأنباء السورية (سانا)", 0, "sana"),
        (In("تنقل الإرهابيين", "الإرهابيين"), 0, "rebels"),
        ("أسرهم", "*", "civilians"),
        ("وسائل الإعلام السورية", 0, "syr-state-media"),
        ("الوكالة", 0, "sana"),
        ("المسلحين", 0, "rebels"),
    ],
    places=[
        ("العاصمة السورية دمشق", "*", "damascus"),
        ("العاصمة السورية", "*", "damascus"),
        ("دمشق", "*", "damascus"),
        ("مدينة دوما", "*", "douma"),
        ("البلدة", 0, "douma"),
        ("دوما", "*", "douma"),
        ("المدينة", 0, "douma"),
        ("منطقة شرق القلمون", 0, "east-qalamoun"),
        ("القلمون", "*", "qalamoun"),
        ("البلاد", 0, "syria"),
        ("سوريا", 0, "syria"),
        ("بريطانيا", "*", "uk"),
        ("منطقة الرحيبة", 0, "ruhaybah"),
        ("للمنطقة", 0, "ruhaybah"),
    ],
    ops=[
        Op("Airstrike", "الهجوم الكيماوي", agents=[("الحكومة السورية", 0)],
           places=[("مدينة دوما", 0), "البلدة"], time="7 أبريل/ نيسان الجاري"),
        Op("TerritorialControl", "تسيطران", agents=[("الحكومة السورية", 1)], places=[("دوما", 0)]),
        Op("TerritorialControl", "تسيطران", agents=[("روسيا", 0)], places=[("دوما", 0)]),
        Op("Redeployment", "مغادرة المعارضين", agents=["المعارضين"], places=[("دوما", 0)]),
        Op("Airstrike", "ضربات جوية", agents=["الولايات المتحدة", "بريطانيا", "فرنسا"], targets=["نظام الأسد"],
           places=["البلاد"], time="الأسبوع الماضي"),
        Op("Attack", "إطلاق النار", targets=["فريق تقييم المخاطر"], places=["المدينة"], time="يوم الثلاثاء"),
        Op("Redeployment", "خروج مسلحين معارضين",
           agents=["مسلحين معارضين", In("تنقل الإرهابيين", "الإرهابيين")],
           places=["منطقة شرق القلمون", "منطقة الرحيبة", "للمنطقة"]),
        Op("TerritorialControl", "الخاضعة", agents=["قوات المعارضة"], places=["البلاد"]),
        Op("TerritorialControl", "الخاضعة", agents=["القوات التركية"], places=["البلاد"]),
    ],
    figs=[
        Fig("Killed", 40, None, "more-than", "أكثر من 40 شخصا"),
        Fig("PersonCount", 9, 9, "exact", "تسعة أعضاء"),
        Fig("Displaced", 3200, 3200, "about", "قرابة 3200 من المسلحين وأسرهم", by="الوكالة"),
    ],
    dates=[
        ("7 أبريل/ نيسان الجاري", ("2018-04-07", "2018-04-07")),
        ("الأسبوع الماضي", None),
        ("أسبوعا", None),
        ("يوم الأربعاء", "wd"),
        ("يوم الثلاثاء", "wd"),
    ],
    attrs=[
        At(["وزارة الخارجية الروسية"], "قالت", R("فريق منظمة", "المشتبه بوقوعه")),
        At(["الدول الغربية"], In("وتقول الدول", "تقول"), R("الحكومة السورية شنت", "عدد من القتلى")),
        At([("الحكومة السورية", 1)], "تنفيان", "وقوع هجوم كيماوي"),
        At([("روسيا", 0)], "تنفيان", "وقوع هجوم كيماوي"),
        At(["المسؤولون الغربيون"], "يخشى", R("من أنه قد حصل", "الكيماوي المزعوم")),
        At(["وسائل إعلام حكومية سورية"], "أكدت", R("خروج مسلحين", "مع روسيا")),
        At(["المرصد السوري لحقوق الإنسان"], "أشار", R("إلى أن القلمون", "قرب دمشق")),
        At(["وكالة الأنباء السورية (سانا)"], In("وقالت وكالة", "قالت"), R("\"تحركت", "الرحيبة\"")),
        At(["الوكالة"], In("وأضافت الوكالة", "أضافت"), R("أنه من المنتظر", "بموجب الاتفاق")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-555-20180531",  # published Thu 2018-05-31
    notes=("Assad's RT interview threatening the SDF. Threats and aims ('لاستعادة السيطرة', 'تحرير تلك "
           "المناطق بالقوة', 'يجب على الأمريكيين أن يغادروا') and the near-confrontation that was avoided "
           "are not operations; the Douma attacks are mentioned only to be denied (nothing in this article "
           "asserts them): not annotated. 'ثلث البلاد الذي استولوا عليه' → Capture by the Kurdish forces "
           "(supporter: the United States) placed in Syria, and a TerritoryShare of 1/3 written 0.33 (two "
           "decimals, as heldout-c wrote 2/3 as 0.67), stated by Assad (inside his warning). 'القوات "
           "الكردية التي تدعمها الولايات المتحدة' → SDF (README rule). The SDF's past fight against IS "
           "'في عدة معارك' (no place: Syria from the previous sentence) and the present separate fights "
           "of the SDF and of the Russian-backed government forces against IS in eastern Syria are three "
           "ArmedClashes (past vs present; two sides 'كل على حدة'). 'إنهم جاؤوا إلى العراق' (the "
           "Americans came to Iraq) is taken as a Redeployment without an annotated agent (pronoun). The "
           "Western missile raids led by the US on government targets across Syria last month → one "
           "Airstrike (the adjective 'الغربية' → Western governments; 'حكومية' → Government of Syria as "
           "target); Israel's 'غارات أخرى' → Airstrike placed in Syria (previous sentence). 'الروسي' in "
           "'رد الفعل الروسي' → Government of Russia. 'المنطقة' (twice, the region the Americans should "
           "leave) → the region short form. 'بعد اليوم' (from today on, the mirror of 'حتى الآن') is "
           "annotated and left unresolved. 'سوريون', 'سوريين', 'الناس', 'أي أجنبي' are not actor "
           "mentions. Assad's reaffirmation of the government's denial is two one-hop chains (أكد, "
           "قائلا), not a two-hop chain (Assad speaks for the government)."),
    entities={
        "israel-gov": ("Government", "Government of Israel", None),
    },
    actors=[
        ("الرئيس السوري بشار الأسد", 0, "syr-gov"),
        ("القوات الكردية", 0, "sdf"),
        ("الولايات المتحدة", "*", "us-gov"),
        ("شبكة \"روسيا اليوم\" الإخبارية", 0, "rt"),
        ("الأسد", "*", "syr-gov"),
        ("قوات سوريا الديمقراطية", "*", "sdf"),
        ("تلك القوات", 0, "sdf"),
        ("مسلحي تنظيم الدولة الإسلامية", "*", "isis"),
        ("الأمريكيين", 0, "us-armed"),
        ("قوات الحكومة السورية", 0, "saa"),
        ("روسيا", "*", "ru-gov"),
        ("القوات الروسية", 0, "ru-armed"),
        ("القوات الأمريكية", 0, "us-armed"),
        ("القيادة الأمريكية", 0, "us-gov"),
        ("القيادة الروسية", 0, "ru-gov"),
        (In("الصاروخية الغربية", "الغربية"), 0, "west"),
        (In("أهداف حكومية", "حكومية"), 0, "syr-gov"),
        (In("رد الفعل الروسي", "الروسي"), 0, "ru-gov"),
        ("إسرائيل", 0, "israel-gov"),
        ("الحكومة", "*", "syr-gov"),
    ],
    places=[
        ("البلاد", 0, "syria"),
        ("سوريا", "*", "syria"),
        ("العراق", "*", "iraq"),
        ("المنطقة", "*", "region"),
        ("بلدة دوما", 0, "douma"),
        ("الغوطة الشرقية", 0, "east-ghouta"),
    ],
    ops=[
        Op("Capture", "استولوا", agents=["القوات الكردية"], supporters=[("الولايات المتحدة", 0)], places=["البلاد"]),
        Op("ArmedClash", "قتال", agents=["تلك القوات"], targets=[("مسلحي تنظيم الدولة الإسلامية", 0)],
           places=[("سوريا", 0)]),
        Op("Redeployment", "جاؤوا", places=[("العراق", 0)]),
        Op("ArmedClash", "تقاتل", agents=[("قوات سوريا الديمقراطية", 1)],
           targets=[("مسلحي تنظيم الدولة الإسلامية", 1)], places=[("سوريا", 2)]),
        Op("ArmedClash", "تقاتل", agents=["قوات الحكومة السورية"], supporters=[("روسيا", 0)],
           targets=[("مسلحي تنظيم الدولة الإسلامية", 1)], places=[("سوريا", 2)]),
        Op("Airstrike", "الغارات الصاروخية", agents=[In("الصاروخية الغربية", "الغربية"), ("الولايات المتحدة", 2)],
           targets=[In("أهداف حكومية", "حكومية")], places=[("سوريا", 4)], time="الشهر الماضي"),
        Op("Airstrike", "غارات أخرى", agents=["إسرائيل"], places=[("سوريا", 4)]),
    ],
    figs=[
        Fig("TerritoryShare", 0.33, 0.33, "exact", "ثلث البلاد", by="الرئيس السوري بشار الأسد"),
        Fig("Killed", 350000, None, "more-than", "أكثر من 350 ألف شخص"),
    ],
    dates=[
        ("الخميس", "wd"),
        ("بعد اليوم", None),
        ("الشهر الماضي", "lastmonth"),
        ("منذ سبع سنوات", None),
        ("حتى الآن", None),
    ],
    attrs=[
        At(["الرئيس السوري بشار الأسد"], "حذر", R("القوات الكردية", "استولوا عليه")),
        At(["شبكة \"روسيا اليوم\" الإخبارية", ("الأسد", 0)], In("وقال الأسد", "قال"),
           R("\"المشكلة", "الديمقراطية\"")),
        At([("الأسد", 0)], In("وأضاف \"سوف", "أضاف"), R("\"سوف نتعامل", "أي أجنبي\"")),
        At([("الأسد", 1)], "هدد", R("\"إن لم نعش", "بأخرى\"")),
        At([("الأسد", 1)], In("وأضاف \"إنهم", "أضاف"), R("\"إنهم جاؤوا", "بعد اليوم\"")),
        At([("الأسد", 2)], "أشار", R("إلى أنه كادت", "تم تجنبها")),
        At([("الأسد", 2)], In("وقال \"كنا", "قال"), R("\"كنا", "الروسية\"")),
        At([("الأسد", 3)], "أكد", R("مرة أخرى نفي", "الغوطة الشرقية")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-791-20180719",  # published Thu 2018-07-19
    notes=("Quneitra deal between Russia and the rebels. The deal's terms (entry of regime forces and "
           "state institutions, departure of those rejecting it to the north, handing over heavy weapons, "
           "civil police entering the buffer zone) and 'بعد استعادة القنيطرة' / 'استعادة جيب صغير' "
           "(prospective) are not operations. 'وقف المعارك' / 'إنهاء المعارك' presuppose fighting under "
           "way in Quneitra: one ArmedClash, separate from the GroundOffensive begun on Sunday (as the "
           "earlier sets keep battles apart from offensives). Rebel-held Quneitra ('مناطق سيطرة "
           "الفصائل', 'مناطق سيطرة المعارضة', 'الجزء الأكبر من القنيطرة', 'مواقع سيطرة الفصائل') is one "
           "TerritorialControl; the buffer zone in the Golan ('القسم الأكبر من المنطقة العازلة', 'المناطق "
           "التي تتواجد فيها الفصائل في المنطقة العازلة') a second; 'للجهة المحتلة من قبل إسرائيل' an "
           "Israeli TerritorialControl (the occupied side annotated as a place). HTS 'present' at "
           "positions at the Quneitra-Daraa border is not taken as control. The air strikes on those "
           "positions (no agent stated) are one Airstrike placed in the governorate ('المحافظة'), "
           "Quneitra and Daraa governorate (the border between them). The retaking of over 90% of Daraa "
           "is a Capture; the Russian-backed 'عملية عسكرية' in Daraa a GroundOffensive; 'بدعم روسيا' → "
           "Russian Armed Forces (unspecified support). The IS-pledged faction's pocket in the south-west "
           "Daraa countryside is TerritorialControl ('فصيل مبايع' + 'تنظيم \"الدولة الإسلامية\"' by the "
           "affiliation rule). '(جهة النصرة سابقا)' (sic) names HTS by its former name → HTS. The "
           "delegation member who told AFP → a local anonymous source. 'قبل 2011' left unresolved (an "
           "open period before 2011); its apposition 'عام اندلاع الاحتجاجات السورية' resolved to 2011. "
           "'الراغبين بالخروج' (people wishing to leave, fighters and civilians) not annotated. "
           "'المدينة مركز المحافظة' → Daraa city + Daraa governorate."),
    entities={
        "rebel-negotiator": ("AnonymousSource", "a member of the rebels' negotiating delegation", None),
        "syr-civil-police": ("StateForce", "Syrian civil police", None),
        "is-faction": ("ArmedGroup", "faction pledged to Islamic State (south-western Daraa countryside)", None),
        "israel-gov": ("Government", "Government of Israel", None),
    },
    place_entities={
        "golan": ("Region", "Golan Heights", None),
        "golan-buffer-zone": ("Region", "buffer zone in the Golan Heights", None),
        "occupied-golan": ("Region", "Israeli-occupied Golan Heights", None),
        "north-syria": ("Region", "northern Syria", None),
        "south-syria": ("Region", "southern Syria", None),
        "is-pocket": ("Region", "IS-held pocket in the south-western Daraa countryside", None),
        "daraa-sw-countryside": ("Region", "south-western countryside of Daraa", None),
    },
    actors=[
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        (In("حسب عبد الرحمن", "عبد الرحمن"), 0, "sohr"),
        (In("بدعم روسيا", "روسيا"), 0, "ru-armed"),
        ("روسيا", "*", "ru-gov"),
        ("أحد أعضاء وفد الفصائل المفاوض", 0, "rebel-negotiator"),
        ("الفصائل المعارضة", "*", "rebels"),
        ("الفصائل", "*", "rebels"),
        ("القوات النظامية", 0, "saa"),
        ("قوات النظام", "*", "saa"),
        ("رافضي التسوية", 0, "rebels"),
        ("مؤسسات الدولة", 0, "syr-gov"),
        ("المعارضة", "*", "rebels"),
        ("الإعلام الرسمي السوري", 0, "syr-state-media"),
        ("الجيش العربي السوري", 0, "saa"),
        ("إسرائيل", 0, "israel-gov"),
        ("الحكومة السورية", 0, "syr-gov"),
        ("شرطة مدنية سورية", 0, "syr-civil-police"),
        ("وكالة الأنباء الفرنسية", 0, "afp"),
        ("\"هيئة تحرير الشام\"", 0, "hts"),
        ("جهة النصرة", 0, "hts"),
        ("فصيل مبايع", 0, "is-faction"),
        ("تنظيم \"الدولة الإسلامية\"", 0, "isis"),
    ],
    places=[
        ("محافظة القنيطرة", "*", "quneitra-gov"),
        ("القنيطرة", "*", "quneitra-gov"),
        ("سوريا", "*", "syria"),
        ("هضبة الجولان", "*", "golan"),
        ("المنطقة العازلة", "*", "golan-buffer-zone"),
        ("للجهة المحتلة", 0, "occupied-golan"),
        ("الشمال السوري", 0, "north-syria"),
        ("محافظة إدلب", 0, "idlib-gov"),
        (In("تشهد المحافظة", "المحافظة"), 0, "quneitra-gov"),
        ("محافظة درعا", "*", "daraa-gov"),
        ("الريف الشرقي", 0, "daraa-east-countryside"),
        (In("إلى المدينة مركز", "المدينة"), 0, "daraa"),
        (In("مركز المحافظة", "المحافظة"), 0, "daraa-gov"),
        ("الريف الغربي", 0, "daraa-west-countryside"),
        ("الجنوب السوري", 0, "south-syria"),
        ("جيب صغير", 0, "is-pocket"),
        ("ريف درعا الجنوبي الغربي", 0, "daraa-sw-countryside"),
    ],
    ops=[
        Op("ArmedClash", "المعارك", places=[("محافظة القنيطرة", 0), ("محافظة القنيطرة", 1)]),
        Op("TerritorialControl", In("مناطق سيطرة الفصائل.", "سيطرة"), agents=[("الفصائل", 0)],
           places=[("محافظة القنيطرة", 1), ("القنيطرة", 0), ("محافظة القنيطرة", 2)], time="منذ سنوات"),
        Op("TerritorialControl", "تسيطر", agents=[("الفصائل المعارضة", 2)],
           places=[("المنطقة العازلة", 0), ("هضبة الجولان", 1), ("المنطقة العازلة", 1), ("هضبة الجولان", 2)],
           time="منذ سنوات"),
        Op("TerritorialControl", "المحتلة", agents=["إسرائيل"], places=["للجهة المحتلة"]),
        Op("Airstrike", "ضربات جوية", targets=["\"هيئة تحرير الشام\""],
           places=[In("تشهد المحافظة", "المحافظة"), ("القنيطرة", 1), ("محافظة درعا", 0)],
           time="منذ مساء الأربعاء"),
        Op("GroundOffensive", "هجوما", agents=[("قوات النظام", 2)], targets=[("الفصائل المعارضة", 4)],
           places=[("محافظة القنيطرة", 2)], time="الأحد"),
        Op("Capture", "استعادت", agents=[("قوات النظام", 2)], places=[("محافظة درعا", 1)]),
        Op("GroundOffensive", "عملية عسكرية", agents=[("قوات النظام", 3)], supporters=[In("بدعم روسيا", "روسيا")],
           places=[("محافظة درعا", 2)]),
        Op("TerritorialControl", "يسيطر عليه", agents=["فصيل مبايع"],
           places=["جيب صغير", "ريف درعا الجنوبي الغربي"]),
    ],
    figs=[
        Fig("TerritoryShare", 0.9, None, "more-than", "أكثر من 90 بالمئة"),
    ],
    dates=[
        ("الخميس", "wd"),
        ("قبل 2011", None),
        ("عام اندلاع الاحتجاجات السورية", "year:2011"),
        ("منذ سنوات", None),
        ("منذ مساء الأربعاء", "wd"),
        ("الأحد", "wd"),
        ("قبل أسبوعين", None),
    ],
    attrs=[
        At([("المرصد السوري لحقوق الإنسان", 0)], "قال", R("إنه تم التوصل", "ودخول قوات النظام")),
        At([("المرصد السوري لحقوق الإنسان", 1)], In("وأكد مدير", "أكد"), R("أن الاتفاق ينص", "سيطرة المعارضة\"")),
        At(["الإعلام الرسمي السوري"], In("ونقل الإعلام", "نقل"), R("\"أنباء عن", "قبل 2011\"")),
        At([In("حسب عبد الرحمن", "عبد الرحمن")], In("حسب عبد الرحمن", "حسب"), R("ينص الاتفاق،", "الثقيل والمتوسط")),
        At(["وكالة الأنباء الفرنسية", "أحد أعضاء وفد الفصائل المفاوض"], In("أكد أحد", "أكد"),
           R("التوصل إلى الاتفاق،", "موعد تنفيذه")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At([("المرصد", 0)], In("وفق المرصد", "وفق"), R("عملية تسجيل", "ومحافظة درعا المحاذية")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-3231-20180802",  # published Thu 2018-08-02
    notes=("Amnesty International on Turkish abuses in Afrin. Amnesty is a MonitoringGroup in the gazetteer "
           "(verified QID Q42970), so its calls and accusations are attributions, not humanitarian statements "
           "(the checker admits only HumanitarianOrganisation/UNBody speakers). Lynn Maalouf is annotated as the "
           "institution named in her title ('في المنظمة'). 'مجموعات سورية مسلّحة' / 'فصائل معارضة سورية "
           "مسلّحة' / 'مجموعات مسلحة سورية' / 'مقاتلين سوريين' (Turkish-backed, equipped by or allied with "
           "Turkey) → Syrian National Army, with the 'تركيا'/'أنقرة' of the description as separate "
           "Government mentions. Operations: Afrin as the YPG's former stronghold (TerritorialControl); the "
           "Turkish capture of Afrin district in March (Capture, 'عملية السيطرة على عفرين' a later mention); "
           "the two-month military operation 'غصن الزيتون' (one GroundOffensive: 'هذه العملية', 'تلك العملية "
           "العسكرية', 'الهجوم' are later mentions; 'كانت تستهدف طرد' is its aim, not a Capture); Turkish "
           "shelling that killed civilians (bare 'قصف' by Turkey → Shelling, placed in Afrin district, the scene "
           "of the operation); the seizure of schools ('استولوا على مدارس' → Capture, placed in Afrin; the "
           "generic 'مدارس' is not a place mention); the occupation ('الاحتلال', restated as 'قوة احتلال') → "
           "TerritorialControl of the Turkish army. Ankara's denial of targeting civilians has no place and is a "
           "denial: not an operation. Arrests, disappearances, looting and confiscation are not military "
           "operations. 'تعتبرها إرهابية' is a standing view, not an attribution (as in held-out C). "
           "'الشرق الأوسط' in Maalouf's job title is not a place mention; 'النظام' in 'الحفاظ على النظام' is "
           "public order, not the regime. 'الأشخاص' (displaced) not an actor mention; the testimonies on looting "
           "('شهادات تتحدث عن') are an unnamed source. 'آلاف الأطفال' kept out of school → PersonCount."),
    entities={
        "amnesty": ("MonitoringGroup", "Amnesty International", "Q42970"),
        "testimonies": ("AnonymousSource", "testimonies (of looting in Afrin)", None),
    },
    place_entities={
        "north-syria": ("Region", "northern Syria", None),
    },
    actors=[
        ("منظمة العفو الدولية", "*", "amnesty"),
        ("المنظمة الحقوقية", 0, "amnesty"),
        ("المنظمة", "*", "amnesty"),
        ("وحدات حماية الشعب الكردية", "*", "ypg"),
        ("مليشيا كردية", 0, "ypg"),
        ("القوات المسلحة التركية", 0, "tr-armed"),
        ("القوات التركية", 0, "tr-armed"),
        ("قوات تركية", 0, "tr-armed"),
        ("الجيش التركي", 0, "tr-armed"),
        (In("قصف تركي", "تركي"), 0, "tr-armed"),
        ("السلطات التركية", 0, "tr-gov"),
        ("تركيا", "*", "tr-gov"),
        ("أنقرة", "*", "tr-gov"),
        ("واشنطن", 0, "us-gov"),
        ("مجموعات سورية مسلّحة", 0, "sna"),
        ("فصائل معارضة سورية مسلّحة", 0, "sna"),
        ("مجموعات مسلحة سورية", 0, "sna"),
        ("مقاتلين سوريين", 0, "sna"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("شهادات", 0, "testimonies"),
        ("المدنيين", 0, "civilians"),
        ("مدنيين", "*", "civilians"),
        ("الأطفال", 0, "civilians"),
        ("السكان", 0, "civilians"),
        ("سكان", "*", "civilians"),
    ],
    places=[
        ("منطقة عفرين", 0, "afrin-district"),
        ("عفرين", "*", "afrin"),
        ("شمال سوريا", 0, "north-syria"),
    ],
    ops=[
        Op("TerritorialControl", "المعقل السابق", agents=[("وحدات حماية الشعب الكردية", 0)],
           places=[("عفرين", 0)]),
        Op("Capture", "سيطرت", agents=["القوات التركية"], supporters=["فصائل معارضة سورية مسلّحة"],
           places=["منطقة عفرين", In("عملية السيطرة على عفرين", "عفرين")], time=("آذار/مارس", 0)),
        Op("GroundOffensive", "عملية عسكرية", agents=["القوات التركية"],
           supporters=["فصائل معارضة سورية مسلّحة"], targets=[("وحدات حماية الشعب الكردية", 1)],
           places=["منطقة عفرين", In("عملية السيطرة على عفرين", "عفرين"), In("معاناة سكان عفرين", "عفرين")],
           time="شهرين"),
        Op("Shelling", "قصف تركي", agents=[In("قصف تركي", "تركي")], places=["منطقة عفرين"]),
        Op("Capture", "استولوا", agents=["قوات تركية", "مقاتلين سوريين"],
           places=[In("\"استولوا على مدارس\" في عفرين", "عفرين")]),
        Op("TerritorialControl", "الاحتلال", agents=["الجيش التركي"],
           places=[In("معاناة سكان عفرين", "عفرين"), In("النظام في عفرين", "عفرين")]),
    ],
    figs=[
        Fig("Displaced", 10000, 99999, "vague", "عشرات آلاف الأشخاص"),
        Fig("Killed", 10, 99, "vague", "عشرات المدنيين", by="المرصد السوري لحقوق الإنسان"),
        Fig("PersonCount", 1000, 9999, "vague", "آلاف الأطفال", by=("منظمة العفو الدولية", 1)),
    ],
    dates=[
        (("آذار/مارس", 0), "month:3"),
        ("شهرين", None),
        (("آذار/مارس", 1), "month:3"),
        ("على مدى سنوات", None),
    ],
    attrs=[
        At([("منظمة العفو الدولية", 0)], "حضت", R("تركيا على وضع حد", "في شمال سوريا")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At(["المنظمة الحقوقية"], In("وقالت المنظمة", "قالت"), R("إن سكان عفرين", "من جانب تركيا\"")),
        At([In("وأضافت المنظمة", "المنظمة")], In("وأضافت المنظمة", "أضافت"),
           R("\"هذه الانتهاكات", "والنهب\"")),
        At([("أنقرة", 2)], "نفت", "استهداف مدنيين"),
        At(["المرصد السوري لحقوق الإنسان"], In("لحقوق الإنسان قال", "قال"),
           R("إن عشرات المدنيين", "تلك العملية العسكرية")),
        At(["السلطات التركية"], "أكدت", R("أنها ستحقق", "السيطرة على عفرين")),
        At(["شهادات"], "تتحدث عن", R("حصول عمليات نهب", "السيطرة على عفرين")),
        At([("منظمة العفو الدولية", 1)], "استنادًا إلى", R("قوات تركية ومقاتلين", "مواصلة دراستهم")),
        At([In("أبحاث الشرق الأوسط في المنظمة", "المنظمة")], In("وقالت لين", "قالت"),
           R("\"الهجوم والاحتلال", "على مدى سنوات\"")),
        At([In("وحضّت المنظمة", "المنظمة")], "حضّت", R("أنقرة على \"وضع حد فوري", "للانتهاكات\"")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-3658-20180912",  # published Wed 2018-09-12
    notes=("UN Commission of Inquiry on chlorine use in Eastern Ghouta and Idlib; US warnings on Idlib. 'محققون من "
           "الأمم المتحدة، يعملون في مجال حقوق الإنسان' and 'المحققون' → the UN Commission of Inquiry (named in "
           "the next paragraph as 'لجنة التحقيق بشأن سوريا'; the whole phrase is the mention, as 'خبراء منظمة "
           "حظر الأسلحة الكيميائية' in the development set); the unnamed 'مسؤول بالأمم المتحدة' → the institution "
           "named in the phrase (United Nations), chain [Reuters, UN]. Operations: the chlorine attacks in Eastern "
           "Ghouta and Idlib province 'this year' are one Attack (one clause listing two places); the report's "
           "'استخدام أسلحة كيماوية' in Ghouta (events in Douma, 22 January - 1 February) is a later mention of it "
           "(Douma and the second Ghouta added). The report's 'many indiscriminate attacks on civilian areas' in "
           "April (means unstated) are a separate Attack placed in Eastern Ghouta (and Douma, the place the "
           "report refers to); 'لاستعادة الغوطة' is an aim. The 39 chemical attacks documented in the country "
           "since 2013 (33 attributed to the government) are annotated as one Attack placed in 'البلاد' (Syria). "
           "The Khan Shaykhun chemical attack is an Attack without a stated agent; 'الضربة السابقة' (the earlier "
           "strike) has no place: not annotated. The expected offensive on Idlib, Assad's attack on Idlib and any "
           "future chemical use are threats or possibilities: not annotated. Eastern Ghouta 'under opposition "
           "control' and Idlib as the opposition's last stronghold are TerritorialControl. Counts of attacks (39, "
           "33, six) are not figure categories; Trump's 'مئات الآلاف من الناس' who could be killed is kept as a "
           "vague Killed figure stated by him (a warning figure), and 'الناس' as civilians. 'حلفائها البريطانيين "
           "والفرنسيين' → two Government mentions; 'الروس والإيرانيون' → Governments of Russia and Iran. Bolton "
           "(national security adviser) → Government of the United States. 'مطلع الأسبوع الماضي' unresolved; "
           "'تويتر' not annotated."),
    entities={
        "uk-gov": ("Government", "Government of the United Kingdom", None),
        "fr-gov": ("Government", "Government of France", None),
    },
    actors=[
        ("محققون من الأمم المتحدة", 0, "un-coi"),
        ("لجنة التحقيق بشأن سوريا", 0, "un-coi"),
        ("المحققون", 0, "un-coi"),
        (In("مسؤول بالأمم المتحدة", "الأمم المتحدة"), 0, "un"),
        ("رويترز", 0, "reuters"),
        ("قوات النظام السوري", 0, "saa"),
        ("قوات النظام", "*", "saa"),
        ("للقوات الحكومية السورية", 0, "saa"),
        ("الميليشيات المتحالفة معها", 0, "pro-gov-militias"),
        ("المعارضة المسلحة", 0, "rebels"),
        ("المعارضة", "*", "rebels"),
        ("للحكومة", 0, "syr-gov"),
        ("نظام بشار الأسد", 0, "syr-gov"),
        ("الأسد", "*", "syr-gov"),
        (In("جانب دمشق", "دمشق"), 0, "syr-gov"),
        ("مستشار الأمن القومي الأميركي، جون بولتون", 0, "us-gov"),
        ("بولتون", "*", "us-gov"),
        ("الولايات المتحدة", "*", "us-gov"),
        ("ترامب", 0, "us-gov"),
        ("البريطانيين", 0, "uk-gov"),
        ("الفرنسيين", 0, "fr-gov"),
        ("الروس", 0, "ru-gov"),
        ("الإيرانيون", 0, "iran-gov"),
        ("الناس", 0, "civilians"),
    ],
    places=[
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("محافظة إدلب", "*", "idlib-gov"),
        ("إدلب", "*", "idlib-gov"),
        ("البلاد", "*", "syria"),
        ("دوما", 0, "douma"),
        ("العاصمة دمشق", 0, "damascus"),
        ("خان شيخون", 0, "khan-shaykhun"),
    ],
    ops=[
        Op("Attack", "أطلقت غاز الكلور", agents=["قوات النظام السوري"],
           places=[("الغوطة الشرقية", 0), ("محافظة إدلب", 0), ("الغوطة الشرقية", 2), "دوما"], time="هذا العام"),
        Op("TerritorialControl", "تخضع لسيطرة المعارضة", agents=[("المعارضة", 0)],
           places=[("الغوطة الشرقية", 0)]),
        Op("Attack", "الهجمات الكيماوية", agents=["للحكومة"], places=[("البلاد", 0)], time="منذ عام 2013"),
        Op("Attack", "الهجمات العشوائية", agents=[In("شنت قوات النظام", "قوات النظام")],
           places=[("الغوطة الشرقية", 1), ("الغوطة الشرقية", 2), "دوما"], time="أبريل"),
        Op("TerritorialControl", "آخر معاقل المعارضة المسلحة", agents=["المعارضة المسلحة"],
           places=[("محافظة إدلب", 1)]),
        Op("Attack", "استخدام الكيماوي", places=["خان شيخون", In("شيخون بإدلب", "إدلب")]),
    ],
    stmts=[
        St("Report", "محققون من الأمم المتحدة", "قال", R("إن قوات النظام السوري", "تمثل جرائم حرب")),
        St("Report", In("مسؤول بالأمم المتحدة", "الأمم المتحدة"), "ذكر", R("أن هذه الوقائع", "منسوبا للحكومة")),
        St("Report", "لجنة التحقيق بشأن سوريا", "وثقتها", R("عدد الهجمات الكيماوية", "منسوبا للحكومة")),
        St("Report", "المحققون", In("وأضاف المحققون", "أضاف"), R("\"لاستعادة الغوطة", "إحدى ضواحي العاصمة دمشق")),
    ],
    figs=[
        Fig("Killed", 100000, 999999, "vague", "مئات الآلاف من الناس", by="ترامب"),
    ],
    dates=[
        ("الأربعاء", "wd"),
        ("هذا العام", "year:2018"),
        ("منذ عام 2013", "year:2013"),
        ("أبريل", "month:4"),
        ("بين 22 يناير وأول فبراير", ("2018-01-22", "2018-02-01")),
        ("الاثنين", "wd"),
        ("مطلع الأسبوع الماضي", None),
    ],
    attrs=[
        At(["محققون من الأمم المتحدة"], "قال", R("إن قوات النظام السوري", "تمثل جرائم حرب")),
        At(["رويترز", In("مسؤول بالأمم المتحدة", "الأمم المتحدة")], "ذكر", R("أن هذه الوقائع", "منسوبا للحكومة")),
        At(["لجنة التحقيق بشأن سوريا"], "وثقتها", R("عدد الهجمات الكيماوية", "منسوبا للحكومة")),
        At(["المحققون"], In("وأضاف المحققون", "أضاف"), R("\"لاستعادة الغوطة", "إحدى ضواحي العاصمة دمشق")),
        At([("الولايات المتحدة", 0)], "تحذر", R("نظام بشار الأسد من", "شمالي البلاد")),
        At(["مستشار الأمن القومي الأميركي، جون بولتون"], In("وقال مستشار", "قال"),
           R("إن الولايات المتحدة وحلفائها", "خان شيخون بإدلب")),
        At([In("وأوضح بولتون", "بولتون")], "أوضح", R("\"إذا كان هناك", "أقوى بكثير\"")),
        At(["ترامب"], "حذر", R("من أن هجوم الأسد", "\"غاضبة جدا\"")),
        At(["ترامب"], In("وأضاف في تغريدته", "أضاف"), R("أن على الأسد", "\"هجوما متهورا\"")),
        At(["ترامب"], "أردف", R("\"سوف يقترف", "من الناس\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-85-20180226",  # published Mon 2018-02-26
    notes=("Macron to Erdogan on the ceasefire and Afrin; Turkish reinforcements. The UN's call for a ceasefire and "
           "the Security Council resolution that calls for one are classed as Appeals (a call by a UN body); the "
           "ceasefire itself is not an operation. Macron's office statement that Macron told Erdogan is a "
           "two-hop chain [مكتب ماكرون, الرئيس الفرنسي] (also for 'مضيفا'). Operations: Turkey sending more "
           "forces to Afrin district (first mention 'إرسال'; the police and paramilitary special forces crossing "
           "the border into the Afrin enclave from Kilis and Hatay on Monday and Bozdag's 'الانتشار' are later "
           "mentions) is one Redeployment (reinforcements, so Redeployment rather than Entry), with the origin "
           "provinces as places; the military operation against the Kurdish forces (one GroundOffensive: the "
           "incursion launched on 20 January, 'العملية' moving from rural to residential areas, 'هجومها' are "
           "later mentions); the PKK rebels 'who fight inside Turkey's borders' → an ArmedClash placed in Turkey "
           "(an ongoing state the text asserts; least certain). The possible assault to take Afrin city, "
           "'قتال جديد', the aim 'لطرد' and the exemption of fighting IS and al-Qaeda are not operations. "
           "'القوات الكردية', 'قوات كردية سورية' and Turkey's 'الإرهابيين الأكراد' → YPG; the first, generic "
           "'\"الإرهابيين\"' (IS, al-Qaeda and the like) is not annotated. Turkish police and paramilitary special "
           "forces added locally (one StateForce entity); 'مسؤولون ووسائل إعلام تركية' are two unnamed sources "
           "with one cue. Bare 'الحدود' is a reference point (not a place); 'حدود تركيا' gives Turkey as a place. "
           "'مطلع الأسبوع' and 'نهاية الأسبوع' (the weekend of the UN vote) are left unresolved. "
           "'تعتبرها أنقرة' is a standing view, not an attribution."),
    entities={
        "fr-gov": ("Government", "Government of France", None),
        "tr-special-forces": ("StateForce", "Turkish police and paramilitary special forces", None),
        "tr-officials": ("AnonymousSource", "Turkish officials", None),
        "tr-media": ("AnonymousSource", "Turkish media", None),
        "anadolu": ("NewsAgency", "Anadolu Agency", None),
    },
    place_entities={
        "nw-syria": ("Region", "northwestern Syria", None),
        "kilis": ("Governorate", "Kilis Province", None),
        "hatay": ("Governorate", "Hatay Province", None),
    },
    actors=[
        ("الرئيس الفرنسي إيمانويل ماكرون", 0, "fr-gov"),
        ("نظيره التركي رجب طيب أردوغان", 0, "tr-gov"),
        ("الأمم المتحدة", 0, "un"),
        ("مكتب ماكرون", 0, "fr-gov"),
        ("الرئيس الفرنسي", "*", "fr-gov"),
        ("أردوغان", "*", "tr-gov"),
        ("ماكرون", "*", "fr-gov"),
        ("فرنسا", 0, "fr-gov"),
        ("القوات الكردية", 0, "ypg"),
        (In("المزيد من القوات", "القوات"), 0, "tr-armed"),
        ("تركيا", [0, 1, 3], "tr-gov"),
        ("أنقرة", "*", "tr-gov"),
        ("قوات شرطة", 0, "tr-special-forces"),
        ("قوات خاصة شبه عسكرية تركية", 0, "tr-special-forces"),
        ("القوات الخاصة", 0, "tr-special-forces"),
        ("مسؤولون", 0, "tr-officials"),
        ("وسائل إعلام تركية", 0, "tr-media"),
        ("وكالة الأناضول الحكومية", 0, "anadolu"),
        ("نائب رئيس الوزراء بكير بوزداغ", 0, "tr-gov"),
        ("قوات كردية سورية", 0, "ypg"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("حزب العمال الكردستاني", 0, "pkk"),
        ("مجلس الأمن الدولي", 0, "unsc"),
        ("مسلحي داعش", 0, "isis"),
        ("القاعدة", 0, "al-qaeda"),
        ("الإرهابيين الأكراد", 0, "ypg"),
    ],
    places=[
        ("شمال غربي سوريا", 0, "nw-syria"),
        ("سوريا", "*", "syria"),
        ("منطقة عفرين", "*", "afrin-district"),
        ("جيب عفرين", 0, "afrin-district"),
        ("مدينة عفرين", 0, "afrin"),
        ("الجيب", "*", "afrin-district"),
        ("عفرين", "*", "afrin"),
        ("كيليس", 0, "kilis"),
        ("هاتاي", 0, "hatay"),
        (In("حدود تركيا", "تركيا"), 0, "turkey"),
    ],
    ops=[
        Op("Redeployment", "إرسال", agents=[("تركيا", 0), In("المزيد من القوات", "القوات"), "قوات شرطة",
                                            "قوات خاصة شبه عسكرية تركية", "القوات الخاصة"],
           places=[("منطقة عفرين", 1), "جيب عفرين", "كيليس", "هاتاي"], time=("الاثنين", 1)),
        Op("GroundOffensive", "عملية عسكرية", agents=[("تركيا", 0), ("تركيا", 1)], targets=["القوات الكردية"],
           places=[("منطقة عفرين", 1), In("المناطق الريفية في الجيب", "الجيب"), In("توغل في عفرين", "عفرين")],
           time="يوم 20 يناير"),
        Op("ArmedClash", "يقاتلون", agents=["حزب العمال الكردستاني"], places=[In("حدود تركيا", "تركيا")]),
    ],
    stmts=[
        St("Appeal", "الأمم المتحدة", "أطلقتها", "لوقف إطلاق النار في عموم سوريا"),
        St("Appeal", "مجلس الأمن الدولي", "يدعو", "إلى وقف إطلاق النار في كافة أنحاء سوريا"),
    ],
    dates=[
        (("الاثنين", 0), "wd"),
        ("مطلع الأسبوع", None),
        (("الاثنين", 1), "wd"),
        ("يوم 20 يناير", ("2018-01-20", "2018-01-20")),
        ("نهاية الأسبوع", None),
    ],
    attrs=[
        At(["الرئيس الفرنسي إيمانويل ماكرون"], "قال", R("إن الدعوة", "على منطقة عفرين")),
        At(["الأمم المتحدة"], "أطلقتها", "لوقف إطلاق النار في عموم سوريا"),
        At(["مكتب ماكرون", ("الرئيس الفرنسي", 0)], "أبلغ", R("بأنه \"من اللازم", "لوقف إطلاق النار\"")),
        # (a participle of saying: part of the saying before it, docs/gold-format.md)
        At(["مسؤولون"], "حسبما قال", R("قوات شرطة", "الرئيسية في الجيب")),
        At(["وسائل إعلام تركية"], "حسبما قال", R("قوات شرطة", "الرئيسية في الجيب")),
        At(["وكالة الأناضول الحكومية"], "ذكرت", R("أن القوات الخاصة", "التركيتين، الاثنين")),
        At(["نائب رئيس الوزراء بكير بوزداغ"], In("وقال نائب", "قال"), R("إن الانتشار", "المناطق السكنية")),
        At(["نائب رئيس الوزراء بكير بوزداغ"], In("وأضاف أنه", "أضاف"), R("أنه \"استعداد", "لقتال جديد\"")),
        At(["مجلس الأمن الدولي"], "يدعو", "إلى وقف إطلاق النار في كافة أنحاء سوريا"),
        At([("تركيا", 2)], "تقول", R("إنه نظرا", "\"الإرهابيين الأكراد\"")),
    ],
))
