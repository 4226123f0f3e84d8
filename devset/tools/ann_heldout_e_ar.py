"""Fifth held-out test set specs (devset/heldout-e), Arabic articles (two annotators: the first three
articles, then the last three).

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-168-20180310",  # published Sat 2018-03-10
    notes=("Jaysh al-Islam fighters leave Eastern Ghouta. The deal itself ('اتفاق ... على إخراج مقاتليه', "
           "'اتفاق خروج المقاتلين') and the siege ('تحاصر') are not operations. The departure state media "
           "report ('غادروا الغوطة الشرقية ... ووصلوا إلى نقطة تفتيش خارجها') is one Redeployment; the bus "
           "filmed by Syrian TV passing the al-Wafideen checkpoint is a later mention of it (checkpoint "
           "added; for a Redeployment the 'to' place is kept, as 'moved to or from a place'). 'إدلب كانت "
           "وجهة مقاتلين آخرين وفق اتفاقات سابقة' is read as a past Redeployment of other fighters to Idlib "
           "(least certain); 'استعادة قوات الحكومة السورية حلب الشرقية' a past Capture. The continued "
           "shelling of Ghouta is one Shelling: the related-article headline 'استمرار القتال والقصف' "
           "(first mention), 'تواصل قصف المنطقة' (the government) and 'حملة مستمرة من القصف المدفعي' "
           "(the army and its allies, the last two weeks) are taken as one ongoing happening; the air side "
           "of that campaign ('الغارات الجوية') is an AirCampaign ('حملة مستمرة'); the retaking of all the "
           "rural areas in two weeks a Capture. Headlines of related-article links are annotated like the "
           "text (as in set D): 'القتال' in Ghouta → ArmedClash, 'المرتزقة الروس الذين يقاتلون في سوريا' → "
           "ArmedClash, 'لافروف:' → an attribution with ':' as cue (Lavrov → Russian MFA), 'سوريا تخلصت' "
           "and 'برنامج سوريا' → Government of Syria; the North Korea headline has no speaker (no chain). "
           "The article's own confusion is kept as written: 'جبهة النصر' (sic) and 'مقاتلي النصرة' → "
           "al-Nusra Front, '(جيش الإسلام)' → Jaysh al-Islam. Muhammad Alloush is annotated as the "
           "institution named in his title ('بجيش الإسلام'), chain [تقارير تليفزيونية, جيش الإسلام]; his "
           "'بضع مئات' fighters → PersonCount 100..999 vague (the 'لايتجاوز' bound not encoded). The 13 "
           "fighters on the bus → Displaced, stated_by null ('ما قيل', no named source). Fighters: "
           "'مقاتليه' and 'خروج المقاتلين' → Jaysh al-Islam; the fighters state media and TV saw (faction "
           "not identified) → rebels; 'أسرهم' → civilians. The UNSC's call for the truce → Appeal. "
           "'بث التليفزيون السوري صورا تظهر' taken as an attribution (cue 'بث'); 'حسب الصور' (images, not "
           "an actor) and the TV's 'لم يحدد' (negative) are not. 'الأطراف الدولية' (Government) and "
           "'ممثلي المجتمع المدني' (Civilians) are local entities; 'مراسلون' an unnamed source. "
           "'سابقا' and 'أخيرا' are annotated as unresolved dates (as 'لاحقا', 'مؤخراً' before); 'تويتر' "
           "not annotated."),
    entities={
        "intl-parties": ("Government", "international parties (consulted on the Ghouta deal)", None),
        "ghouta-civil-society": ("Civilians", "civil society representatives in Eastern Ghouta", None),
        "hardline-islamists": ("ArmedGroup", "hardline Islamist groups (Eastern Ghouta)", None),
        "correspondents": ("AnonymousSource", "correspondents", None),
        "nk-gov": ("Government", "Government of North Korea", None),
    },
    place_entities={
        "ghouta-checkpoint": ("Facility", "checkpoint outside Eastern Ghouta", None),
        "wafideen-checkpoint": ("Facility", "al-Wafideen checkpoint", None),
        "ghouta-rural": ("Region", "rural areas of Eastern Ghouta", None),
    },
    actors=[
        ("جيش الإسلام", "*", "jaysh-al-islam"),
        ("قوات الجيش السوري", 0, "saa"),
        ("الجيش السوري", 0, "saa"),
        ("مقاتليه", 0, "jaysh-al-islam"),
        ("الفصائل المسلحة المعارضة", 0, "rebels"),
        ("للنظام السوري", 0, "syr-gov"),
        ("جبهة النصر", 0, "nusra"),
        ("تنظيم القاعدة", 0, "al-qaeda"),
        (In("خروج المقاتلين", "المقاتلين"), 0, "jaysh-al-islam"),
        ("المقاتلين", "*", "rebels"),
        ("الأمم المتحدة", 0, "un"),
        ("الأطراف الدولية", 0, "intl-parties"),
        ("ممثلي المجتمع المدني", 0, "ghouta-civil-society"),
        ("وسائل إعلام سورية رسمية", 0, "syr-state-media"),
        ("أسرهم", "*", "civilians"),
        ("قوات الحكومة السورية", 0, "saa"),
        ("مقاتلين آخرين", 0, "rebels"),
        ("التليفزيون السوري", 0, "syr-tv"),
        ("التليفزيون", "*", "syr-tv"),
        ("مقاتلا", 0, "rebels"),
        ("جبهة تحرير سوريا", 0, "jabhat-tahrir-suriya"),
        (In("تشكيلات المعارضة", "المعارضة"), 0, "rebels"),
        ("لافروف", 0, "ru-mfa"),
        (In("لافروف: سوريا", "سوريا"), 0, "syr-gov"),
        ("كوريا الشمالية", 0, "nk-gov"),
        (In("برنامج سوريا", "سوريا"), 0, "syr-gov"),
        ("المرتزقة الروس", 0, "ru-mercenaries"),
        ("تقارير تليفزيونية", 0, "reports"),
        ("مقاتلي النصرة", 0, "nusra"),
        ("مجلس الأمن الدولي", 0, "unsc"),
        ("الجماعات الإسلامية المتشددة", 0, "hardline-islamists"),
        ("مراسلون", 0, "correspondents"),
        ("للحكومة السورية", 0, "syr-gov"),
        ("حلفاؤها", 0, "pro-gov-militias"),
    ],
    places=[
        ("منطقة الغوطة الشرقية", 0, "east-ghouta"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("للغوطة", 0, "east-ghouta"),
        ("نقطة تفتيش \"الوافدين\"", 0, "wafideen-checkpoint"),
        ("نقطة تفتيش", 0, "ghouta-checkpoint"),
        ("إدلب", 0, "idlib-gov"),
        ("حلب الشرقية", 0, "east-aleppo"),
        ("سوريا", "*", "syria"),
        ("المنطقة", "*", "east-ghouta"),
        ("مناطق الريف", 0, "ghouta-rural"),
    ],
    ops=[
        Op("Redeployment", "غادروا", agents=[In("قليلا من المقاتلين", "المقاتلين"), "مقاتلا"],
           places=[In("غادروا الغوطة الشرقية", "الغوطة الشرقية"), "نقطة تفتيش",
                   "نقطة تفتيش \"الوافدين\""]),
        Op("Redeployment", ("وجهة", 1), agents=["مقاتلين آخرين"], places=["إدلب"]),
        Op("Capture", "استعادة", agents=["قوات الحكومة السورية"], places=["حلب الشرقية"]),
        Op("ArmedClash", "القتال", places=["للغوطة"]),
        Op("Shelling", "القصف", agents=["للحكومة السورية", "قوات الجيش السوري", "حلفاؤها"],
           places=["للغوطة", In("هؤلاء في الغوطة الشرقية", "الغوطة الشرقية"), ("المنطقة", 0), ("المنطقة", 1),
                   "مناطق الريف"]),
        Op("ArmedClash", "يقاتلون", agents=["المرتزقة الروس"], places=["سوريا"]),
        Op("Capture", "استعادت", agents=["قوات الجيش السوري"], places=["مناطق الريف", ("المنطقة", 1)],
           time="خلال الأسبوعين الأخيرين"),
        Op("AirCampaign", "الغارات الجوية", agents=["قوات الجيش السوري", "حلفاؤها"],
           places=[("المنطقة", 1), "مناطق الريف"]),
    ],
    stmts=[
        St("Appeal", "مجلس الأمن الدولي", "دعا", "الهدنة"),
    ],
    figs=[
        Fig("Displaced", 13, 13, "exact", "13 مقاتلا"),
        Fig("PersonCount", 100, 999, "vague", "بضع مئات", by=In("المسؤول السياسي بجيش الإسلام", "جيش الإسلام")),
    ],
    dates=[
        ("سابقا", None),
        ("الجمعة", "wd"),
        ("أخيرا", None),
        ("منذ سنوات", None),
        ("خلال الأسبوعين الأخيرين", None),
    ],
    attrs=[
        At([("جيش الإسلام", 0)], "أعلن", R("التوصل إلى اتفاق", "المحاصرة")),
        At([("جيش الإسلام", 2)], In("قال جيش", "قال"), R("اتفاق خروج المقاتلين", "بالغوطة الشرقية")),
        At(["وسائل إعلام سورية رسمية"], In("وقالت وسائل", "قالت"), R("عددا قليلا", "نقطة تفتيش خارجها")),
        At(["التليفزيون السوري"], "بث", R("صورا تظهر", "\"الوافدين\"")),
        At([In("لافروف:", "لافروف")], In("لافروف:", ":"), "سوريا تخلصت من ترسانتها الكيمياوية"),
        At(["تقارير تليفزيونية", In("المسؤول السياسي بجيش الإسلام", "جيش الإسلام")], "نقلت",
           R("عدد مقاتلي النصرة", "بضع مئات")),
        At(["مجلس الأمن الدولي"], "دعا", "الهدنة"),
        At(["مراسلون"], "يقول", R("وجود هؤلاء", "رغم الهدنة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="BB-middleEast-8-20180216",  # published Fri 2018-02-16
    notes=("US-Turkish deal to avoid a clash in Manbij. Threats ('هددت تركيا بمهاجمة', Erdogan's 'صفعة "
           "عثمانية', the US general's 'سترد بقوة') are attributions, not operations. US forces 'stationed' "
           "in Manbij ('ترابط') and kept at Incirlik ('الإبقاء على قواتها') are presence, not annotated as "
           "operations (as set B did not annotate 'تتواجد' as control). Operations: the Turkish-backed "
           "FSA's battle with the YPG near Afrin (ArmedClash; 'للقوات التركية' as supporter; Afrin is the "
           "only place, the Turkish-Syrian border a reference point); the YPG's taking of Manbij from IS in "
           "2016 (Capture) and IS's control of Manbij before it ('من سيطرة ما يسمى بتنظيم الدولة') as a "
           "TerritorialControl. 'الجيش السوري الحر، الموالي للقوات التركية' is named as the FSA, so it is "
           "annotated as the FSA (local entity, as set A) rather than the SNA. 'البلدان' (the two countries, "
           "speakers) is one mention of a local entity (the governments of the US and Turkey); the "
           "non-acting 'البلدين' and 'بلدانا' are not annotated. Tillerson → US Department of State (the "
           "foreign-minister rule); Cavusoglu → a local Turkish MFA entity; the unnamed senior US general → "
           "an unnamed source, his 'قواته' → US Armed Forces. 'حلف شمال الأطلسي (الناتو)' is one NATO "
           "mention. 'سعى إلى تأكيد' is taken as a saying (cue 'تأكيد'). 'تعتبرها الحكومة التركية قوات "
           "إرهابية' is a standing view, not an attribution. 'قواتها' (US and other NATO states' forces) is "
           "not annotated (mixed reference). 'الصراع في سوريا' is the war as such, not an operation; "
           "'فورا' not a date."),
    entities={
        "us-tr-govs": ("Government", "the governments of the United States and Turkey", None),
        "nato": ("Coalition", "NATO", "Q7184"),
        "fsa": ("ArmedGroup", "Free Syrian Army", None),
        "us-general": ("AnonymousSource", "a senior US general", None),
        "tr-mfa": ("Government", "Ministry of Foreign Affairs (Turkey)", None),
    },
    place_entities={
        "ankara": ("CityOrTown", "Ankara", "Q3640"),
        "incirlik": ("Facility", "Incirlik Air Base", None),
    },
    actors=[
        ("الولايات المتحدة", "*", "us-gov"),
        ("للولايات المتحدة", 0, "us-gov"),
        ("تركيا", [0, 1, 3, 5, 6, 7, 8], "tr-gov"),
        ("البلدان", 0, "us-tr-govs"),
        ("حلف شمال الأطلسي (الناتو)", 0, "nato"),
        ("حلف شمال الأطلسي", 0, "nato"),
        ("القوات الأمريكية", "*", "us-armed"),
        ("وحدات حماية الشعب الكردي", "*", "ypg"),
        ("الحكومة التركية", 0, "tr-gov"),
        ("الجيش السوري الحر", 0, "fsa"),
        ("للقوات التركية", 0, "tr-armed"),
        ("تنظيم الدولة الإسلامية", "*", "isis"),
        ("جنرال أمريكي رفيع", 0, "us-general"),
        ("قواته", 0, "us-armed"),
        ("الرئيس التركي، رجب طيب أردوغان", 0, "tr-gov"),
        ("وزير الخارجية الأمريكي، ريكس تيلرسون", 0, "us-state-dept"),
        ("وزير الخارجية الأمريكي", 0, "us-state-dept"),
        ("تيلرسون", "*", "us-state-dept"),
        ("نظيره التركي، مولود جاويش أوغلو", 0, "tr-mfa"),
        ("التحالف الدولي", 0, "us-coalition"),
    ],
    places=[
        ("سوريا", "*", "syria"),
        ("مدينة منبج", 0, "manbij"),
        ("منبج", "*", "manbij"),
        ("عفرين", 0, "afrin"),
        ("تركيا", "*", "turkey"),
        ("أنقرة", 0, "ankara"),
        ("قاعدة انجرليك", 0, "incirlik"),
    ],
    ops=[
        Op("ArmedClash", "معركة", agents=["الجيش السوري الحر"], supporters=["للقوات التركية"],
           targets=[("وحدات حماية الشعب الكردي", 1)], places=["عفرين"]),
        Op("Capture", "انتزعتها", agents=[("وحدات حماية الشعب الكردي", 2)], targets=[("تنظيم الدولة الإسلامية", 0)],
           places=[In("في منبج التي انتزعتها", "منبج")], time="عام 2016"),
        Op("TerritorialControl", "سيطرة", agents=[("تنظيم الدولة الإسلامية", 0)],
           places=[In("في منبج التي انتزعتها", "منبج")]),
    ],
    dates=[
        (("في الآونة الأخيرة", 0), None),
        ("عام 2016", "year:2016"),
        ("الأسبوع الماضي", None),
        (("في الآونة الأخيرة", 1), None),
    ],
    attrs=[
        At(["البلدان"], In("وقال البلدان", "قال"), R("إنهما سيشكلان", "منبج السورية")),
        At([In("وهددت تركيا", "تركيا")], "هددت", R("بمهاجمة القوات", "الكردي في منبج")),
        At(["جنرال أمريكي رفيع"], In("وقال جنرال", "قال"), R("إن قواته", "بمساندة تركيا")),
        At(["الرئيس التركي، رجب طيب أردوغان"], "هدد", R("الولايات المتحدة بتلقي", "\"صفعة عثمانية\"")),
        At(["وزير الخارجية الأمريكي، ريكس تيلرسون"], In("وقال وزير", "قال"),
           R("إن الولايات المتحدة", "الأهداف في سوريا")),
        At(["وزير الخارجية الأمريكي"], "تأكيد", "أهمية الروابط بين البلدين"),
        At([In("وقال تيلرسون", "تيلرسون")], In("وقال تيلرسون", "قال"), R("\"نقف", "انجرليك\"")),
        At([In("وقال تيلرسون", "تيلرسون")], In("وأضاف \"بلدانا", "أضاف"), R("\"بلدانا", "وموحدة\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-114-20180306",  # published Tue 2018-03-06
    notes=("Crash of a Russian An-26 at Hmeimim. The crash itself is an accident, not an operation, and the "
           "Ministry says the plane was not hit ('لم يتم استهدافها بقصف': denied); the two earlier crashes "
           "(Tu-154 in the Black Sea, Su-24 at Hmeimim) likewise. Operations: the Russian military "
           "intervention in Syria since September 2015 is one GroundOffensive (a military campaign not "
           "stated to be by air alone; 'تدخلها العسكري بسوريا' and 'خلال التدخل العسكري في سوريا' are later "
           "mentions; least certain of the types, there is no precedent); Russia's air operations run "
           "'mainly from Hmeimim' are an AirCampaign, and Putin's announced withdrawal of most Russian forces "
           "a Redeployment: neither has a place other than the base the clause names, so both are placed at "
           "Hmeimim (the scene; doubtful, set B did not take Incirlik as the place of strikes flown from it, "
           "but there the text named the targets). Hmeimim put 'تحت تصرف روسيا' → TerritorialControl "
           "(Russia; 'قاعدة دائمة للجيش الروسي' restates it); the Russian army's deployment of dozens of "
           "fighter jets and bombers → Redeployment at Hmeimim. The attacks on Hmeimim 'in recent months' "
           "(means unstated) are an Attack, the 31 December mortar fire a Shelling, the drone attack of 5-6 "
           "January on Hmeimim and Tartus an Airstrike (drones are aircraft: 'طائرات ... هاجمت'); the "
           "coalition strikes near Deir ez-Zor on 7 February an Airstrike (Deir ez-Zor: the city, the only "
           "place named). Figures: the 39 dead twice (article's voice, then the Russian army), the 33 "
           "passengers and 6 crew aboard → PersonCount (stated by the Ministry in the agencies' statement), "
           "500 m → Distance 0.5 km, 92 dead (Tu-154), 'مقتل عسكريين' read as the dual (two servicemen) → "
           "Killed 2, the 45 soldiers per 'حصيلة رسمية' (an official toll, taken as an unnamed source like "
           "'تقديرات'), Moscow's 'dozens' injured, and 'مئات' dead per Russian and international media. The "
           "plane's capacity ('حتى 40 راكبا') and counts of aircraft are not figures. Passengers and crew are "
           "not annotated as actors (affiliation unknown: the army would not say whether they were "
           "military); 'طياريها' → Russian Aerospace Forces; the Red Army choir → a local StateForce entity; "
           "the Ministry's commission ('لجنة', twice) a local Government entity, with 'لوزارة الدفاع' by the "
           "affiliation rule. The Ministry's statement 'published by the Russian news agencies' is a two-hop "
           "chain [وكالات الأنباء الروسية, وزارة الدفاع الروسية]; 'وأضافت' (with the participle 'موضحة') and "
           "'وأوضح البيان' take the Ministry's last explicit mention as the hop. 'الجيش يرجح فرضية الحادث' "
           "is an attribution; the second 'الذي يرجح' is part of the 'كما أعلن' saying. Putin's 'صرح' and "
           "'أعلن' are two sayings. 'غرب سوريا' → a Region (western Syria); 'قرب اللاذقية' → Latakia city; "
           "'طرطوس' → Tartus city (the naval base). The clock time is part of the '6 آذار/مارس' date span."),
    entities={
        "ru-mod-commission": ("Government", "Russian Ministry of Defence commission on the crash", None),
        "red-army-choir": ("StateForce", "Alexandrov Ensemble (Red Army choir)", None),
        "unidentified-fighters": ("ArmedGroup", "fighters of undisclosed affiliation", None),
        "official-toll": ("AnonymousSource", "an official toll", None),
        "ru-intl-media": ("AnonymousSource", "Russian and international media", None),
    },
    place_entities={
        "west-syria": ("Region", "western Syria", None),
        "black-sea": ("Region", "Black Sea", None),
        "adler": ("CityOrTown", "Adler", None),
        "latakia-city": ("CityOrTown", "Latakia", "Q200030"),
        "tartus": ("CityOrTown", "Tartus", "Q174916"),
    },
    actors=[
        ("وزارة الدفاع الروسية", "*", "ru-mod"),
        ("الوزارة", 0, "ru-mod"),
        ("لجنة", "*", "ru-mod-commission"),
        (In("إلا أن الجيش", "الجيش"), 0, "ru-armed"),
        (In("التدخل العسكري الروسي", "الروسي"), 0, "ru-armed"),
        ("النظام السوري", "*", "syr-gov"),
        ("الجيش الروسي", "*", "ru-armed"),
        ("وكالات الأنباء الروسية", 0, "ru-news-agencies"),
        (In("تابعة لوزارة الدفاع", "وزارة الدفاع"), 0, "ru-mod"),
        ("جنديا روسيا", 0, "ru-armed"),
        ("روسيا", "*", "ru-gov"),
        ("الرئيس الروسي فلاديمير بوتين", 0, "ru-gov"),
        ("القوات العسكرية الروسية", 0, "ru-armed"),
        ("فرقة الجيش الأحمر الموسيقية", 0, "red-army-choir"),
        ("طياريها", 0, "ru-air"),
        ("للجيش الروسي", 0, "ru-armed"),
        ("مقاتلون لم يتم الكشف عن انتمائهم", 0, "unidentified-fighters"),
        ("عسكريين", 0, "ru-armed"),
        ("سلاح الجو الروسي", 0, "ru-air"),
        ("حصيلة رسمية", 0, "official-toll"),
        ("المرتزقة الروس", 0, "ru-mercenaries"),
        ("موسكو", 0, "ru-gov"),
        ("للتحالف الدولي", 0, "us-coalition"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("وسائل إعلام روسية وعالمية", 0, "ru-intl-media"),
    ],
    places=[
        ("قاعدة حميميم", "*", "hmeimim"),
        ("مطار حميميم", 0, "hmeimim"),
        ("حميميم", "*", "hmeimim"),
        ("القاعدة الروسية", 0, "hmeimim"),
        ("غرب سوريا", "*", "west-syria"),
        ("الأراضي السورية", 0, "syria"),
        ("سوريا", "*", "syria"),
        ("البحر الأسود", 0, "black-sea"),
        ("أدلر", 0, "adler"),
        ("اللاذقية", 0, "latakia-city"),
        ("طرطوس", 0, "tartus"),
        ("دير الزور", 0, "deir"),
    ],
    ops=[
        Op("GroundOffensive", "التدخل العسكري", agents=[In("التدخل العسكري الروسي", "الروسي"), ("روسيا", 1)],
           places=["الأراضي السورية", In("تدخلها العسكري بسوريا", "سوريا"),
                   In("خلال التدخل العسكري في سوريا", "سوريا")],
           time="سبتمبر/أيلول 2015"),
        Op("AirCampaign", "عملياتها الجوية", agents=[("روسيا", 0)], places=[("قاعدة حميميم", 2)]),
        Op("Redeployment", "سحب", agents=["القوات العسكرية الروسية"], places=[("قاعدة حميميم", 2)],
           time=("كانون الأول/ديسمبر", 0)),
        Op("TerritorialControl", "تحت تصرف", agents=[("روسيا", 1), "للجيش الروسي"], places=[("قاعدة حميميم", 3)],
           time="أيلول/سبتمبر 2015"),
        Op("Redeployment", In("الروسي الذي نشر", "نشر"), agents=["للجيش الروسي"], places=[("قاعدة حميميم", 3)]),
        Op("Attack", "هجمات عديدة", places=[("قاعدة حميميم", 4)], time="في الأشهر الأخيرة"),
        Op("Shelling", "قصفها", agents=["مقاتلون لم يتم الكشف عن انتمائهم"], places=[("قاعدة حميميم", 4)],
           time="31 كانون الأول/ديسمبر"),
        Op("Airstrike", "هاجمت", places=[In("في حميميم وطرطوس", "حميميم"), "طرطوس"],
           time="ليل 5-6 كانون الثاني/يناير"),
        Op("Airstrike", "غارات", agents=["للتحالف الدولي"], targets=["المرتزقة الروس"], places=["دير الزور"],
           time="السابع من شباط/فبراير"),
    ],
    figs=[
        Fig("Killed", 39, 39, "exact", ("39 شخصا", 0)),
        Fig("Killed", 39, 39, "exact", ("39 شخصا", 1), by=("الجيش الروسي", 0)),
        Fig("PersonCount", 33, 33, "exact", "33 راكبا", by=("وزارة الدفاع الروسية", 1)),
        Fig("PersonCount", 6, 6, "exact", "ستة من أفراد الطاقم", by=("وزارة الدفاع الروسية", 1)),
        Fig("Distance", 0.5, 0.5, "exact", "500 متر", by=("وزارة الدفاع الروسية", 1)),
        Fig("Killed", 92, 92, "exact", "92 قتيلا"),
        Fig("Killed", 2, 2, "exact", ("عسكريين", 0)),
        Fig("Killed", 45, 45, "exact", "45 جنديا روسيا", by="حصيلة رسمية"),
        Fig("Injured", 10, 99, "vague", "عشرات منهم", by="موسكو"),
        Fig("Killed", 100, 999, "vague", "مئات", by="وسائل إعلام روسية وعالمية"),
    ],
    dates=[
        (("الثلاثاء", 0), "wd"),
        ("سبتمبر/أيلول 2015", ("2015-09-01", "2015-09-30")),
        (("الثلاثاء", 1), "wd"),
        (R("6 آذار/مارس", "ت غ)"), ("2018-03-06", "2018-03-06")),
        (("كانون الأول/ديسمبر", 0), "month:12"),
        ("كانون الأول/ديسمبر 2016", ("2016-12-01", "2016-12-31")),
        ("تشرين الأول/أكتوبر 2017", ("2017-10-01", "2017-10-31")),
        ("أيلول/سبتمبر 2015", ("2015-09-01", "2015-09-30")),
        ("في وقت لاحق", None),
        ("في الأشهر الأخيرة", None),
        ("31 كانون الأول/ديسمبر", ("2017-12-31", "2017-12-31")),
        ("ليل 5-6 كانون الثاني/يناير", ("2018-01-05", "2018-01-06")),
        (("الثلاثاء", 2), "wd"),
        ("عام 1969", "year:1969"),
        ("عام 1986", "year:1986"),
        ("السابع من شباط/فبراير", ("2018-02-07", "2018-02-07")),
    ],
    attrs=[
        At([("وزارة الدفاع الروسية", 0)], "أعلنت", R("عن تحطم طائرة", "بغرب سوريا")),
        At([In("إلا أن الجيش", "الجيش")], "يرجح", ("فرضية الحادث", 0)),
        At([("الجيش الروسي", 0)], "كما أعلن", R("تحطمت طائرة نقل عند", "كانوا على متنها")),
        At(["وكالات الأنباء الروسية", ("وزارة الدفاع الروسية", 1)], In("وقالت وزارة", "قالت"),
           R("\"في 6 آذار", "أفراد الطاقم\"")),
        At([("وزارة الدفاع الروسية", 1)], In("وأضافت أن", "أضافت"), R("\"الكارثة", "استهدافها بقصف")),
        At([("وزارة الدفاع الروسية", 1)], In("وأوضح البيان", "أوضح"), R("أن لجنة تابعة", "لما حصل\"")),
        At(["الرئيس الروسي فلاديمير بوتين"], "صرح", R("أن مهمة", "بشكل كبير")),
        At(["الرئيس الروسي فلاديمير بوتين"], In("وأعلن سحب", "أعلن"), R("سحب القسم", "العسكرية الروسية")),
        At(["حصيلة رسمية"], In("بحسب حصيلة", "بحسب"), R("قتل 45", "في سوريا")),
        At(["موسكو"], In("أعلنت موسكو", "أعلنت"), R("إصابة عشرات", "شباط/فبراير")),
        At(["وسائل إعلام روسية وعالمية"], In("وبحسب تقديرات", "بحسب"), R("قد يصل", "إلى مئات")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-681-20180624",  # published Sun 2018-06-24
    notes=("First Russian air strikes on the south since the 2017 ceasefire (SOHR, a media activist in Busr "
           "al-Harir); displacement and the regime offensive in Daraa. Saturday evening's strikes are one "
           "Airstrike (several strikes on one night): 'شنت روسيا مساء السبت غارات' is the first mention; "
           "'شن الطيران الروسي ... أكثر من 25 غارة جوية', 'شمل القصف', 'غارات روسية مكثفة', 'الضربات الروسية' "
           "and 'دوي القصف' refer back (places added: جنوب سوريا, البلاد in 'جنوبي البلاد', ريف درعا الشرقي twice). "
           "Busr al-Harir is where the activist is (a speaker's location by the guidelines), so it is not added "
           "to the strike, though his sheltering implies the town was hit (least certain). 'روسيا' launching "
           "strikes → Government of Russia (README: country names as agents); 'الطيران الروسي', 'روسية', "
           "'الروسية' and the jets 'المقاتلات' (twice) → Russian Aerospace Forces. Hmeimim is where the jets came "
           "from, not a place of the strike, and the flight is not a Redeployment. 'مناطق تسيطر عليها فصائل "
           "المعارضة المسلحة في جنوب سوريا' and 'تسيطر فصائل معارضة مختلفة على قرابة 70% من منطقة درعا' are two "
           "TerritorialControls (different places); 'مواقع المعارضة' (target) and IS's 'وجود هامشي' (presence) "
           "are not control. 'قصف للنظام' (bare قصف, regime) → Shelling in Daraa province; 'الهجوم الذي يشنه "
           "النظام' → GroundOffensive, 'المنطقة' taken as Daraa (the scene of the surrounding sentences); "
           "'النظام'/'للنظام' as fighting forces → Syrian Arab Army. The ceasefire, the July 2017 agreement and "
           "the de-escalation zone ('إحدى مناطق خفض التوتر', generic, not annotated as a place) are not "
           "operations; Astana in 'محادثات أستانة' is annotated as a place (no QID). The UN's 'يهدد أكثر من 750 "
           "ألف شخص' → a Warning and a PersonCount. 'أكثر من 25 غارة' (a count of strikes) is not a figure. The "
           "media activist Mohammed Ibrahim → a local AnonymousSource entity (no institution named); 'سكان' → "
           "civilians. Times of day: 'الساعة 22:30' and '19:30 بتوقيت غرينتش' are Saturday 23 June (the strikes "
           "of 'مساء السبت'), 'بعد منتصف الليل' Sunday 24 June; 'ساعتين', 'منذ عام', 'قبل عام تقريبا' unresolved. "
           "'ولم يكن بوسع المرصد إعطاء حصيلة' is not a saying (no chain). 'متحدثا عن' belongs to the 'أوضح' "
           "saying."),
    entities={
        "media-activist": ("AnonymousSource", "media activist Mohammed Ibrahim (Busr al-Harir)", None),
    },
    place_entities={
        "south-syria": ("Region", "southern Syria", None),
        "nw-syria": ("Region", "northwestern Syria", None),
        "busra-harir": ("CityOrTown", "Busra al Hariri", None),
        "suwayda-gov": ("Governorate", "As Suwayda Governorate", "Q236797"),
        "astana": ("CityOrTown", "Astana", None),
    },
    actors=[
        ("المرصد السوري لحقوق الإنسان", "*", "sohr"),
        ("المرصد", "*", "sohr"),
        ("روسيا", "*", "ru-gov"),
        ("فصائل المعارضة المسلحة", 0, "rebels"),
        ("الطيران الروسي", 0, "ru-air"),
        ("المعارضة السورية المسلحة", 0, "rebels"),
        (In("غارات روسية", "روسية"), 0, "ru-air"),
        ("المقاتلات", "*", "ru-air"),
        ("الناشط الإعلامي محمد إبراهيم", 0, "media-activist"),
        (In("الضربات الروسية", "الروسية"), 0, "ru-air"),
        (In("مع سكان البلدة", "سكان"), 0, "civilians"),
        ("الولايات المتحدة", 0, "us-gov"),
        (In("المتحدة والأردن", "الأردن"), 0, "jordan-gov"),
        ("للنظام", 0, "saa"),
        ("الأمم المتحدة", 0, "un"),
        ("النظام", 0, "saa"),
        ("فصائل معارضة مختلفة", 0, "rebels"),
        ('تنظيم "الدولة الإسلامية"', 0, "isis"),
    ],
    places=[
        ("جنوب سوريا", "*", "south-syria"),
        (In("في هذه المنطقة", "المنطقة"), 0, "south-syria"),
        ("البلاد", 0, "syria"),
        ("ريف درعا الشرقي", "*", "daraa-east-countryside"),
        ("الجنوب السوري", 0, "south-syria"),
        ("قاعدة حميميم", 0, "hmeimim"),
        ("شمال غرب سوريا", 0, "nw-syria"),
        ("بلدة بصر الحرير", 0, "busra-harir"),
        (In("شمال شرق درعا", "درعا"), 0, "daraa-gov"),
        ("البلدة", 0, "busra-harir"),
        (In("محافظات درعا", "درعا"), 0, "daraa-gov"),
        ("القنيطرة", 0, "quneitra-gov"),
        ("السويداء", 0, "suwayda-gov"),
        ("أستانة", 0, "astana"),
        ("محافظة درعا", 0, "daraa-gov"),
        (In("في المنطقة", "المنطقة"), 0, "daraa-gov"),
        ("منطقة درعا", 0, "daraa-gov"),
    ],
    ops=[
        Op("Airstrike", "غارات", agents=[("روسيا", 0), "الطيران الروسي", In("غارات روسية", "روسية"),
                                         In("الضربات الروسية", "الروسية")],
           targets=["فصائل المعارضة المسلحة", "المعارضة السورية المسلحة"],
           places=[("جنوب سوريا", 0), "البلاد", ("ريف درعا الشرقي", 0), ("ريف درعا الشرقي", 1)],
           time=("مساء السبت", 0)),
        Op("TerritorialControl", "تسيطر", agents=["فصائل المعارضة المسلحة"], places=[("جنوب سوريا", 0)]),
        Op("Shelling", "قصف للنظام", agents=["للنظام"], places=["محافظة درعا"], time="خلال الأيام الماضية"),
        Op("GroundOffensive", "الهجوم", agents=["النظام"],
           places=[In("في المنطقة", "المنطقة"), "محافظة درعا"]),
        Op("TerritorialControl", In("وتسيطر فصائل", "تسيطر"), agents=["فصائل معارضة مختلفة"],
           places=["منطقة درعا"]),
    ],
    stmts=[
        St("Warning", by="الأمم المتحدة", cue="أعلنت", content=R("أن الهجوم", "في المنطقة")),
    ],
    figs=[
        Fig("Displaced", 12000, None, "more-than", "أكثر من 12 ألف شخص", by=("المرصد السوري لحقوق الإنسان", 2)),
        Fig("PersonCount", 750000, None, "more-than", "أكثر من 750 ألف شخص", by="الأمم المتحدة"),
        Fig("TerritoryShare", 0.7, 0.7, "about", "قرابة 70%"),
    ],
    dates=[
        (("مساء السبت", 0), "wd"),
        ("قبل عام تقريبا", None),
        ("العام الماضي", "lastyear"),
        (("مساء السبت", 1), "wd"),
        ("منذ عام", None),
        (In("المستخدمة السبت", "السبت"), "wd"),
        ("الساعة 22:30", ("2018-06-23", "2018-06-23")),
        ("19:30 بتوقيت غرينتش", ("2018-06-23", "2018-06-23")),
        ("بعد منتصف الليل", ("2018-06-24", "2018-06-24")),
        ("ساعتين", None),
        ("تموز/يوليو الماضي", "month:7"),
        ("خلال الأيام الماضية", None),
        ("الخميس", "wd"),
    ],
    attrs=[
        At([("المرصد السوري لحقوق الإنسان", 0)], "بحسب ما أفاد", R("شنت روسيا", "قبل عام تقريبا")),
        At([("المرصد السوري لحقوق الإنسان", 1)], In("الماضي، أفاد", "أفاد"), R("عن شن الطيران", "ريف درعا الشرقي")),
        At([In("وأفاد المرصد", "المرصد")], In("وأفاد المرصد", "أفاد"), R("بأن هناك", "25 غارة جوية\"")),
        At([In("وأشار المرصد", "المرصد")], "أشار", R("إلى أن المقاتلات", "شمال غرب سوريا")),
        At(["الناشط الإعلامي محمد إبراهيم"], In("وقال الناشط", "قال"), R("\"بدأت الضربات", "منتصف الليل\"")),
        At(["الناشط الإعلامي محمد إبراهيم"], "أوضح", R("أنه لجأ", "استمر ساعتين")),
        At([("المرصد السوري لحقوق الإنسان", 2)], "حسبما أعلن", R("نزح أكثر", "قصف للنظام")),
        At(["الأمم المتحدة"], "أعلنت", R("أن الهجوم", "في المنطقة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-2822-20180710",  # published Tue 2018-07-10
    notes=("Pompeo (Sky News Arabia interview) says Russia broke the southern agreement; the Daraa offensive and "
           "the Nasib crossing. Pompeo → US Department of State (the title names the ministry; registry key); "
           "'بلاده' (twice) and 'واشنطن', 'الولايات المتحدة' → Government of the United States. The campaign "
           "Russia 'launched recently with the Syrian regime and Iran's militias' in the south and the '20-day "
           "offensive' that took the Nasib-Jaber crossing are one GroundOffensive (same side, place, time); Russia "
           "is an agent in the first mention and 'بدعم جوي روسي' (→ Russian Aerospace Forces) a supporter in the "
           "second. 'النظام السوري' launching a campaign → Syrian Arab Army (fighting force); 'للنظام' receiving "
           "the area under the surrender deal → Government of Syria; 'الحكومة' advancing → Government of Syria "
           "(README: الحكومة). Operations besides the offensive: Advance of the government in Daraa city; "
           "opposition-held areas of Daraa city (TerritorialControl); regime forces 'tightening their grip' on the "
           "border area with Jordan (TerritorialControl; Jordan and 'مدينة درعا' there are reference points); "
           "Capture of the Nasib-Jaber crossing; the rebels' three-year hold of it (past TerritorialControl, "
           "'سيطر عليه ... لمدة ثلاث سنوات' is a state, not an act); the 'تراجع' (retreat) of the US-backed armed "
           "groups in southern Syria read as a Redeployment (least certain). Not annotated: the agreement and its "
           "violation, 'عدم تقدمهم' (negated), the surrender deal, and the FSA handing most of the area and its "
           "heavy weapons to the regime (a deal's execution; not typed as Capture, uncertain). 'الجماعات المسلحة "
           "التي كانت تتلقى الدعم من الولايات المتحدة' → US-backed opposition fighters; 'الجيش السوري الحر' → "
           "local FSA entity; 'الغرب' → Western governments; 'السوريين' (to fulfil political commitments) → "
           "Government of Syria, 'الإيرانيين' → Government of Iran; 'نازح سوري' → civilians; 'الشعب السوري' "
           "(a population) and 'الدولة السورية' (the polity in 'تنوع الدولة السورية') not annotated. 'منطقة خفض "
           "التوتر التي وافق عليها الروس' is annotated as a place (the southern de-escalation zone, local "
           "Region). The interview gives a two-hop chain [Sky News Arabia, Pompeo]; the later sayings take the "
           "last explicit 'بومبيو' as a one-hop chain ('مشددا' is part of the 'أضاف' saying). 'أخيرا' and 'يوما ما' "
           "are unresolved dates; 'اليوم' in the quote resolved to the publication day; 'الأسبوع الماضي' "
           "unresolved; 'يوم الجمعة' → 6 July."),
    entities={
        "sky-news-arabia": ("MediaOrganisation", "Sky News Arabia", None),
        "fsa": ("ArmedGroup", "Free Syrian Army", None),
        "iran-gov": ("Government", "Government of Iran", None),
    },
    place_entities={
        "south-syria": ("Region", "southern Syria", None),
        "south-deescalation-zone": ("Region", "southern de-escalation zone", None),
        "jordan-border-area": ("Region", "border area with Jordan east of Daraa", None),
        "nasib-crossing": ("Facility", "Nasib-Jaber border crossing", None),
    },
    actors=[
        ("وزير الخارجية الأميركي، مايك بومبيو", 0, "us-state-dept"),
        ("بومبيو", "*", "us-state-dept"),
        ("روسيا", 0, "ru-gov"),
        ("بلاده", "*", "us-gov"),
        ("قوات النظام السوري", 0, "saa"),
        ("النظام السوري", 0, "saa"),
        ("ميليشيات إيران", 0, "iran-militias"),
        ("سكاي نيوز عربية", 0, "sky-news-arabia"),
        ("الروس", "*", "ru-gov"),
        ("السوريين", 0, "syr-gov"),
        ("الإيرانيين", 0, "iran-gov"),
        ("الحكومة", 0, "syr-gov"),
        ("المعارضة", "*", "rebels"),
        ("الجيش السوري الحر", 0, "fsa"),
        (In("من الغرب", "الغرب"), 0, "west"),
        ("للنظام", 0, "syr-gov"),
        (In("بدعم جوي روسي", "روسي"), 0, "ru-air"),
        ("قوات النظام", 0, "saa"),
        ("الميليشيات الإيرانية", 0, "iran-militias"),
        ("المعارضون", 0, "rebels"),
        ("الجماعات المسلحة", 0, "us-backed-rebels"),
        ("الولايات المتحدة", "*", "us-gov"),
        ("واشنطن", 0, "us-gov"),
        ("الأمم المتحدة", 0, "un"),
        ("نازح سوري", 0, "civilians"),
    ],
    places=[
        ("الجنوب السوري", 0, "south-syria"),
        (In("باتجاه الجنوب", "الجنوب"), 0, "south-syria"),
        ("منطقة خفض التوتر", 0, "south-deescalation-zone"),
        ("مدينة درعا", "*", "daraa"),
        ("المنطقة الحدودية", 0, "jordan-border-area"),
        ("الأردن", 0, "jordan"),
        (In("معظم المنطقة", "المنطقة"), 0, "jordan-border-area"),
        ("معبر نصيب- جابر", 0, "nasib-crossing"),
        ("جنوب سوريا", 0, "south-syria"),
        (In("في المنطقة", "المنطقة"), 0, "south-syria"),
        ("سوريا", "*", "syria"),
    ],
    ops=[
        Op("GroundOffensive", "حملة", agents=["روسيا", "النظام السوري", "ميليشيات إيران", "قوات النظام",
                                               "الميليشيات الإيرانية"],
           supporters=[In("بدعم جوي روسي", "روسي")], places=["الجنوب السوري", "معبر نصيب- جابر"], time="أخيرا"),
        Op("Advance", In("تقدم الحكومة", "تقدم"), agents=["الحكومة"], places=[("مدينة درعا", 0)]),
        Op("TerritorialControl", "تسيطر", agents=[("المعارضة", 0)], places=[("مدينة درعا", 0)]),
        Op("TerritorialControl", "تحكم", agents=["قوات النظام السوري"], places=["المنطقة الحدودية"]),
        Op("Capture", In("بالسيطرة على", "السيطرة"), agents=["قوات النظام", "الميليشيات الإيرانية"],
           supporters=[In("بدعم جوي روسي", "روسي")], places=["معبر نصيب- جابر"]),
        Op("TerritorialControl", "سيطر عليه", agents=["المعارضون"], places=["معبر نصيب- جابر"],
           time="لمدة ثلاث سنوات"),
        Op("Redeployment", "تراجع", agents=["الجماعات المسلحة"], places=["جنوب سوريا"]),
    ],
    figs=[
        Fig("Displaced", 6000000, 6000000, "about", "نحو ستة ملايين نازح", by=In("ولفت بومبيو", "بومبيو")),
    ],
    dates=[
        ("أخيرا", None),
        ("اليوم", "pub"),
        ("الأسبوع الماضي", None),
        ("يوما ما", None),
        ("يوم الجمعة", "wd"),
        ("20 يوما", None),
        ("لمدة ثلاث سنوات", None),
    ],
    attrs=[
        At(["وزير الخارجية الأميركي، مايك بومبيو"], "قال", R("إن روسيا", "ميليشيات إيران")),
        At(["سكاي نيوز عربية", In("عربية\"، قال بومبيو", "بومبيو")], In("عربية\"، قال", "قال"),
           R("\"كان لدينا", "خرقوها بوضوح\"")),
        At([In("عربية\"، قال بومبيو", "بومبيو")], In("وأضاف:", "أضاف"), R("\"نعمل", "النزاع السوري")),
        At([In("قال بومبيو: \"الوضع", "بومبيو")], In("قال بومبيو: \"الوضع", "قال"), R("\"الوضع صعب", "في المنطقة")),
        At([In("قال بومبيو: \"الوضع", "بومبيو")], "تابع", R("\"من منظور", "لحل سياسي\"")),
        At([In("قال بومبيو: \"الوضع", "بومبيو")], In("وأشار إلى", "أشار"), R("إلى استعداد", "تهدئة التوتر\"")),
        At([In("ولفت بومبيو", "بومبيو")], "لفت", R("إلى أن بلاده", "الشعب السوري\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-694-20180331",  # published Sat 2018-03-31
    notes=("Last convoy leaves southern Eastern Ghouta; the army's statement on Ghouta and the fighting around "
           "Douma. The departure of the last batch of fighters and civilians on Saturday is one Redeployment "
           "(fighters leaving under a deal); SANA's 'أخرجوا من بلدات جوبر وزملكا وعين ترما ... إلى إدلب', the "
           "buses leaving at the Irbin crossing and 'إخلاء بلدات عربين وزملكا وعين ترما من مقاتلي فيلق الرحمن' "
           "are later mentions (places added; Idlib kept as the 'to' place of the Redeployment, as part ar1 "
           "does). 'جنوب غوطة دمشق الشرقية' → a local Region (southern Eastern Ghouta); 'المنطقة' → the same. "
           "The Ghouta campaign is one GroundOffensive: 'معركة الغوطة' (the officer's 'battle of Ghouta', "
           "typed by the order of the rules as the campaign, not a separate ArmedClash), 'هجوماً عنيفاً عليها في "
           "18 فبراير' and the command's 'عمليتها العسكرية' refer to it; the command's 'استعادت السيطرة على "
           "جميع مدن وبلدات الغوطة الشرقية' is a Capture; 'بات الجيش السوري يسيطر على 95 في المئة' a "
           "TerritorialControl (with a TerritoryShare of 0.95, stated_by SOHR, the sentence's source). 'مواصلتها "
           "القتال' around Douma is an ArmedClash (the 'أعمالها القتالية في محيط مدينة دوما' of the statement "
           "refer back); 'لاستعادة مدينة دوما' and 'بتطهير كل شبر' are aims; Douma 'الجيب الأخير تحت سيطرة "
           "الفصائل المعارضة' is a TerritorialControl. 'القوات الرديفة والحليفة' (pro-government militias) "
           "fighting 'بالتعاون مع' the army are co-agents. The unnamed 'ضابط برتبة لواء' → a Syrian army "
           "commander (AnonymousSource), chain [Syrian TV, officer]; his following sayings ('صرح', 'أضاف', "
           "'قال') are one-hop chains on his mention ('مشيرا' is part of 'صرح'). 'قيادة الجيش في بيان بثه "
           "الاعلام الرسمي' → chain [state media, army command]. 'ممن وصفتهم بـ\"الإرهابيين\"' → rebels (SANA's "
           "label for the fighters); 'عائلاتهم' → civilians; the officer's generic 'تنظيمات إرهابية أو مجموعات "
           "غازية' and the concept 'الإرهاب' are not actors. SANA's 'ووصفت المناطق' taken as a second saying. "
           "The heading 'دوما' is annotated as a place. 'هذه الأثناء' unresolved; 'يوم السبت' is the "
           "publication day. The 41,000 people moved → Displaced, in the article's own voice."),
    place_entities={
        "south-ghouta": ("Region", "southern Eastern Ghouta", None),
        "irbin-crossing": ("Facility", "Irbin crossing (corridor)", None),
    },
    actors=[
        ("المقاتلين", 0, "rebels"),
        ("المدنيين", 0, "civilians"),
        ("روسيا", "*", "ru-gov"),
        ("الإعلام الرسمي السوري", 0, "syr-state-media"),
        ("الفصائل المعارضة", "*", "rebels"),
        ('وكالة الأنباء السورية الرسمية "سانا"', 0, "sana"),
        (In('بـ"الإرهابيين"', "الإرهابيين"), 0, "rebels"),
        ("عائلاتهم", 0, "civilians"),
        ("التلفزيون السوري الرسمي", 0, "syr-tv"),
        ("ضابط برتبة لواء", 0, "syr-commander"),
        ('مقاتلي "فيلق الرحمن"', 0, "faylaq-al-rahman"),
        ("الجيش السوري", 0, "saa"),
        (In("1600 مدني", "مدني"), 0, "civilians"),
        ("المرصد السوري لحقوق الإنسان", 0, "sohr"),
        ("قوات النظام السوري", 0, "saa"),
        ("قيادة الجيش", 0, "saa"),
        ("الاعلام الرسمي", 0, "syr-state-media"),
        ("تشكيلات من قواتنا المسلحة", 0, "saa"),
        ("القوات الرديفة والحليفة", 0, "pro-gov-militias"),
        ("وحدات أخرى", 0, "saa"),
    ],
    places=[
        ("جنوب غوطة دمشق الشرقية", 0, "south-ghouta"),
        ("المنطقة", 0, "south-ghouta"),
        ("جوبر", 0, "jobar"),
        ("زملكا", "*", "zamalka"),
        ("عين ترما", "*", "ayn-tarma"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("الغوطة", "*", "east-ghouta"),
        ("إدلب", 0, "idlib-gov"),
        ("ممر عربين", 0, "irbin-crossing"),
        ("عربين", "*", "irbin"),
        ("الأراضي السورية", 0, "syria"),
        ("سوريا", "*", "syria"),
        ("مدينة دوما", "*", "douma"),
        ("دوما", "*", "douma"),
        ("الجيب", 0, "douma"),
    ],
    ops=[
        Op("Redeployment", "غادرت", agents=["المقاتلين", In('بـ"الإرهابيين"', "الإرهابيين"), 'مقاتلي "فيلق الرحمن"'],
           places=["جنوب غوطة دمشق الشرقية", "جوبر", ("زملكا", 0), ("عين ترما", 0), ("الغوطة الشرقية", 0), "إدلب",
                   "ممر عربين", In("بلدات عربين", "عربين"), ("زملكا", 1), ("عين ترما", 1)],
           time="يوم السبت"),
        Op("GroundOffensive", In("معركة الغوطة", "معركة"),
           agents=["الجيش السوري", "تشكيلات من قواتنا المسلحة", "القوات الرديفة والحليفة"],
           places=[In("معركة الغوطة", "الغوطة"), ("الغوطة الشرقية", 1), ("الغوطة الشرقية", 3)], time="18 فبراير"),
        Op("TerritorialControl", "يسيطر", agents=["الجيش السوري"], places=[("الغوطة الشرقية", 1)]),
        Op("ArmedClash", "القتال", agents=["قوات النظام السوري", "وحدات أخرى"], targets=[("الفصائل المعارضة", 1)],
           places=[("مدينة دوما", 0), "الجيب", ("مدينة دوما", 1)], time="هذه الأثناء"),
        Op("TerritorialControl", "تحت سيطرة", agents=[("الفصائل المعارضة", 1)], places=["الجيب", ("مدينة دوما", 0)]),
        Op("Capture", "استعادت السيطرة", agents=["تشكيلات من قواتنا المسلحة", "القوات الرديفة والحليفة"],
           places=[("الغوطة الشرقية", 3)]),
    ],
    figs=[
        Fig("Displaced", 41000, None, "more-than", "أكثر من 41 ألف شخص"),
        Fig("TerritoryShare", 0.95, 0.95, "exact", "95 في المئة", by="المرصد السوري لحقوق الإنسان"),
        Fig("Killed", 1600, None, "more-than", "أكثر من 1600 مدني", by="المرصد السوري لحقوق الإنسان"),
    ],
    dates=[
        ("يوم السبت", "wd"),
        ("18 فبراير", ("2018-02-18", "2018-02-18")),
        ("هذه الأثناء", None),
    ],
    attrs=[
        At(["الإعلام الرسمي السوري"], In("ليؤكد", "يؤكد"), R("أن المنطقة", "من الفصائل المعارضة")),
        At(['وكالة الأنباء السورية الرسمية "سانا"'], "ذكرت", R("إن الدفعة الأخيرة", "إلى إدلب")),
        At(['وكالة الأنباء السورية الرسمية "سانا"'], In("ووصفت المناطق", "وصفت"), R("المناطق بـ", "من الإرهاب\"")),
        At(["التلفزيون السوري الرسمي", "ضابط برتبة لواء"], In("ونقل\xa0التلفزيون", "نقل"), R("إن \"معركة", "انتهت\"")),
        At(["ضابط برتبة لواء"], "صرح", R("\"نعلن", "الحرب في سوريا")),
        At(["ضابط برتبة لواء"], In("وأضاف\xa0\"ما", "أضاف"), R("\"ما بعد", "الأراضي السورية\"")),
        At(["ضابط برتبة لواء"], In("وقال إن", "قال"), R("إن \"هناك", "مجموعات غازية\"")),
        At(["المرصد السوري لحقوق الإنسان"], In("وفق المرصد", "وفق"), R("بات الجيش السوري", "1600 مدني")),
        At(["قوات النظام السوري"], "أعلنت", R("مواصلتها القتال", "مع روسيا")),
        At(["الاعلام الرسمي", "قيادة الجيش"], "أوردت", R("\"أنجزت", "من الإرهاب\"")),
    ],
))
