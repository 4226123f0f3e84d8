"""Seventh held-out test set specs (devset/heldout-g): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="CN-middleEast-1297-20180906",  # published Thu 2018-09-06
    notes=("CNN Arabic digest: a White Helmets report on strikes in Idlib, then teasers of unrelated stories (Sadr, "
           "Haley, Maliki, Dhahi Khalfan, al-Qaradaghi). Operations: 'سلسلة من الغارات الجوية والقصف المدفعي ضربت "
           "إدلب ... الخميس' is split by means (v2: air and ground fire are two operations) into an Airstrike and a "
           "Shelling, no agent stated. Airstrike, not AirCampaign: the strikes are on one day (Thursday) with one "
           "toll, and v2 keeps AirCampaign for strikes over a period or stated as a campaign; 'سلسلة' (a series) "
           "is not 'حملة' (least certain type of the article: set F typed 'سلسلة من الغارات الجوية على دوما' as an "
           "AirCampaign after the README's older 'series of strikes' line). 'نيران المدفعية في قرية التمانعة في "
           "جنوب إدلب' is a later mention of the Shelling (same day, same toll): the village, its container region "
           "and the rescue centre it put out of service ('مركزا', a Facility: what it hit) are added to it. The man "
           "killed 'كان في قرية الطهوت الجنوبية' died in the strikes-and-shelling as a whole, so al-Tahut is added "
           "to both operations. 'إدلب، التي تسيطر عليها المعارضة' → TerritorialControl (rebels). Tuesday's "
           "'سلسلة من الغارات الجوية على القرى المجاورة في إدلب' is another day and another toll → a second "
           "Airstrike ('القرى المجاورة' is a relative descriptor, not a separate place; Idlib is its place). Not "
           "operations: Haley's 'لا يمكن ... الاستمرار بمهاجمة السوريين' (a demand, no place of its own), the Basra "
           "protests and crisis, the 'اختراق' (hacking) of Qatar. Places: every 'إدلب' is the governorate (the "
           "province as a whole is opposition-held and struck); 'جنوب إدلب' is one Region mention; Tamani'ah is "
           "the gazetteer's 'At Tamani`ah' (Ma'arrat an-Nu'man district, no QID); al-Tahut is not in the gazetteer; "
           "'البصرة' (the crisis) → Basra city, 'محافظة البصرة' → Basra Governorate (no verified QIDs). Actors: the "
           "'(CNN)--' byline is an actor mention, no chain; Sheikho is annotated as the institution named in his "
           "title ('منظمة الخوذ البيضاء'), then 'الشيخو' and 'مجموعة الإنقاذ التطوعية' (the volunteer rescue group "
           "that runs the centre) → White Helmets; '6 مدنيين', 'السوريين', 'سكان' and 'المحتجين' → civilians; "
           "'رجلا واحدا' and 'الرجل' (one man, not said to be a civilian; as earlier sets left 'شخصا') are not "
           "annotated. Haley → the whole title-and-name phrase as a local US-ambassador-to-the-UN entity (as set F; "
           "the 'الأمم المتحدة' inside it is not a separate mention); 'نظام الرئيس السوري، بشار الأسد' → "
           "Government of Syria; 'مجلس الأمن' → UNSC. Sadr and Maliki → local Government-class entities (political "
           "leaders, no fitting class: set F's convention for Sadr; set C had left Sadr out); 'الحكومة' demanded "
           "to respond → Government of Iraq; 'البرلمان' (the extraordinary session) → Council of Representatives "
           "of Iraq (Government). Khalfan → the institution named in his title, 'شرطة دبي' (Dubai Police, a state "
           "security force: StateForce; the 'دبي' inside is not a place). Khalfan's quoted '\"تنظيم إرهابي\"' is, "
           "as the text says ('في إشارة إلى قطر'), Qatar: both → Government of Qatar. Not annotated (no Khabar "
           "class, as the README's ICC): the International Union of Muslim Scholars and its secretary-general "
           "al-Qaradaghi, al-Qaradawi, the Muslim Brotherhood, the preacher Salman al-Odah; hence no chain for "
           "al-Qaradaghi's 'قال ... إن' (least certain omission). Statements: the White Helmets (humanitarian) "
           "report twice → two Reports. Chains: [CNN, White Helmets] ('قال ... لشبكة CNN'), [الشيخو] (with "
           "'مضيفا' as part of it), Sadr's 'دعا' (with 'قائلاً'), Haley's 'قالت' ('في بيان' is the same saying), "
           "Maliki's 'نداء' (the appeal and the demand in it are one saying), Khalfan's 'قال' ('على حد تعبيره' "
           "is part of it). Figures: 'رجلا واحدا على الأقل' → Killed ≥1, '6 مدنيين' → Injured 6 (both stated by "
           "the White Helmets), 'ما لا يقل عن 14 شخصاً' → Killed ≥14 (the article's own voice). Dates: the two "
           "'الخميس' → 6 September (publication day); 'الثلاثاء الماضي' → 4 September; 'الأحد المقبل' is the "
           "coming Sunday, 9 September (resolved by hand); Haley's statement comes 'عشية' the Security Council "
           "meeting on Friday: 'الجمعة' is the coming Friday, 7 September (the mechanical rule would give 31 "
           "August), and 'عشية' (the eve) is annotated as its own time expression, 6 September."),
    entities={
        "sadr": ("Government", "Moqtada al-Sadr (Iraqi Shia cleric and political leader)", None),
        "iraq-parliament": ("Government", "Council of Representatives of Iraq", None),
        "us-un-ambassador": ("Government", "US Ambassador to the United Nations", None),
        "maliki": ("Government", "Nouri al-Maliki (former Prime Minister of Iraq)", None),
        "iraq-gov": ("Government", "Government of Iraq", None),
        "dubai-police": ("StateForce", "Dubai Police", None),
        "qatar-gov": ("Government", "Government of Qatar", None),
    },
    place_entities={
        "tamanah": ("CityOrTown", "At Tamani`ah", None),
        "south-idlib": ("Region", "southern Idlib", None),
        "wh-centre-tamanah": ("Facility", "White Helmets centre (al-Tamanah)", None),
        "tahut": ("CityOrTown", "al-Tahut (southern Idlib)", None),
        "basra": ("CityOrTown", "Basra", None),
        "basra-gov": ("Governorate", "Basra Governorate", None),
    },
    actors=[
        ("CNN", 0, "cnn"),
        ("منظمة الخوذ البيضاء", 0, "white-helmets"),
        ("شبكة CNN", 0, "cnn"),
        ("مدنيين", 0, "civilians"),
        ("المعارضة", 0, "rebels"),
        ("الشيخو", 1, "white-helmets"),
        ("مجموعة الإنقاذ التطوعية", 0, "white-helmets"),
        ("رجل الدين الشيعي العراقي، مقتدى الصدر", 0, "sadr"),
        ("البرلمان", 0, "iraq-parliament"),
        ("نيكي هايلي، سفيرة الولايات المتحدة الأمريكية في الأمم المتحدة", 0, "us-un-ambassador"),
        ("نظام الرئيس السوري، بشار الأسد", 0, "syr-gov"),
        ("السوريين", 0, "civilians"),
        ("مجلس الأمن", 0, "unsc"),
        ("رئيس الوزراء العراقي الأسبق، نوري المالكي", 0, "maliki"),
        ("سكان", 0, "civilians"),
        ("الحكومة", 0, "iraq-gov"),
        ("المحتجين", 0, "civilians"),
        ("شرطة دبي", 0, "dubai-police"),
        ("تنظيم إرهابي", 0, "qatar-gov"),
        ("قطر", 0, "qatar-gov"),
    ],
    places=[
        ("محافظة إدلب", 0, "idlib-gov"),
        ("جنوب إدلب", 0, "south-idlib"),
        ("إدلب", "*", "idlib-gov"),
        ("قرية التمانعة", 0, "tamanah"),
        ("مركزا", 0, "wh-centre-tamanah"),
        ("قرية الطهوت الجنوبية", 0, "tahut"),
        ("محافظة البصرة", 0, "basra-gov"),
        ("البصرة", 0, "basra"),
    ],
    ops=[
        Op("Airstrike", ("الغارات الجوية", 0),
           places=[("إدلب", 0), "قرية الطهوت الجنوبية"], time=("الخميس", 0)),
        Op("Shelling", "القصف المدفعي",
           places=[("إدلب", 0), "قرية التمانعة", "جنوب إدلب", "مركزا", "قرية الطهوت الجنوبية"],
           time=("الخميس", 0)),
        Op("TerritorialControl", "تسيطر", agents=["المعارضة"], places=[("إدلب", 0)]),
        Op("Airstrike", ("الغارات الجوية", 1), places=[("إدلب", 1)], time="الثلاثاء الماضي"),
    ],
    stmts=[
        St("Report", by="منظمة الخوذ البيضاء", cue=("قال", 0), content=R("إن رجلا", "الخميس")),
        St("Report", by="الشيخو", cue=In("وقال الشيخو", "قال"), content=R("إن مركزا", "الطهوت الجنوبية")),
    ],
    figs=[
        Fig("Killed", 1, None, "more-than", "رجلا واحدا على الأقل", by="منظمة الخوذ البيضاء"),
        Fig("Injured", 6, 6, "exact", "6 مدنيين", by="منظمة الخوذ البيضاء"),
        Fig("Killed", 14, None, "more-than", "ما لا يقل عن 14 شخصاً"),
    ],
    dates=[
        (("الخميس", 0), "wd"),
        ("الثلاثاء الماضي", "wd"),
        (("الخميس", 1), "wd"),
        ("الأحد المقبل", ("2018-09-09", "2018-09-09")),
        ("عشية", ("2018-09-06", "2018-09-06")),
        ("الجمعة", ("2018-09-07", "2018-09-07")),
    ],
    attrs=[
        At(["شبكة CNN", "منظمة الخوذ البيضاء"], ("قال", 0), R("إن رجلا", "الخميس")),
        At(["الشيخو"], In("وقال الشيخو", "قال"), R("إن مركزا", "الطهوت الجنوبية")),
        At(["رجل الدين الشيعي العراقي، مقتدى الصدر"], "دعا", R("إلى عقد", "ينفد\"")),
        At(["نيكي هايلي، سفيرة الولايات المتحدة الأمريكية في الأمم المتحدة"], In("قالت نيكي", "قالت"),
           R("إنه لا يمكن", "وترويعهم")),
        At(["رئيس الوزراء العراقي الأسبق، نوري المالكي"], "نداء", R("إلى سكان", "المحتجين")),
        At(["شرطة دبي"], In("قال الفريق", "قال"), R("إن اختراق", "على حد تعبيره")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="FR-middleEast-757-20180714",  # published Sat 2018-07-14
    notes=("Daraa city: rebels hand over heavy weapons under a Russian-brokered deal (AFP-style report on Syrian "
           "state media). Not operations: the handover of weapons and ammunition (deal implementation), the "
           "retaking of full control of the city ('ما يمهد لاستعادته السيطرة الكاملة', 'إيذانا باستعادته', "
           "'تمهيدا لاستعادة': prospective), the evacuation of fighters who refuse the settlement (expected "
           "'قريباً', and a provision of the deal), the entry of state institutions (a provision of the truce "
           "deal), the truce deal itself, 'الضغط العسكري', the joint removal of earth berms in the city and on the "
           "international road (engineering work done together by both sides), the protests and 'نزاعا داميا' "
           "(the war as such), Quneitra as the army's 'الوجهة المقبلة' (analysts' expectation), the remaining "
           "factions that 'تتواجد' in the western countryside (presence, as earlier sets read 'ترابط'/'المنتشرين'). "
           "Operations: (1) 'ورفعت القوات الحكومية الخميس العلم السوري فوق أحياء سيطرت عليها الفصائل المعارضة' → "
           "a Capture (raising the flag over neighbourhoods the rebels had held is the act of taking them, under "
           "the deal; no v2 trigger word, least certain call of the article: Entry would be the other reading, "
           "and one could argue nothing is taken until 'full control'), placed in Daraa city, on Thursday 12 July; "
           "(2) 'سيطرت عليها الفصائل المعارضة لسنوات' → TerritorialControl (rebels; 'لسنوات' makes it a state, "
           "not the past act), Daraa city ('أحياء' is a relative descriptor); (3) 'بدأت في 19 حزيران/يونيو بدعم "
           "روسي عملية عسكرية في محافظة درعا' → GroundOffensive (Syrian army; 'روسي' → Russian Armed Forces as "
           "supporter, README: unspecified Russian support; the factions it faced as targets); (4) 'وسجلت تقدما "
           "سريعا' → Advance (another type, same side and province); (5) the truce's 'مناطق سيطرتها' (the "
           "factions' areas 'في المحافظة') → TerritorialControl (rebels) on a local Region with the governorate; "
           "(6) 'استعادت القوات الحكومية قبل أسبوع السيطرة على معبر نصيب' → Capture of the Nasib crossing (Syria "
           "and Jordan are reference points, 'بين سوريا والأردن'); (7) 'وبات الجيش السوري بذلك يسيطر على نحو 85 "
           "في المئة من محافظة درعا' → TerritorialControl (army, Daraa governorate) and a TerritoryShare figure. "
           "Places: 'مدينة درعا', 'المدينة' (three times) and the bare 'درعا' (the berms in the city; the road "
           "linking it to the border) → Daraa city (Q238217); 'محافظة درعا', 'المحافظة' and 'المحافظة الجنوبية' "
           "(in 'مركز المحافظة الجنوبية', the city being the centre of the governorate) → Daraa governorate "
           "(Q1689560); 'منطقة درعا البلد' → a local Neighbourhood; 'الطريق الدولي' → a local Road; 'الحدود "
           "الأردنية' → a local Region (the border, not bare 'الحدود'); 'معبر نصيب الإستراتيجي' → a local Facility "
           "(the gazetteer has Nasib town, not the crossing); 'ريفها الغربي' → the registry's western countryside "
           "of Daraa; 'محافظة القنيطرة' → Quneitra governorate (Q219690); 'هضبة الجولان' → a local Region (its "
           "'المحتلة' names no occupier: no TerritorialControl); 'الشمال السوري' → northern Syria. Actors: "
           "'الإعلام السوري' and 'الإعلام الرسمي السوري' → Syrian state media; 'وكالة الأنباء السورية الرسمية "
           "(سانا)' (one mention) and 'سانا' → SANA; 'الفصائل المعارضة', 'فصائل معارضة', 'عناصر من الفصائل "
           "المعارضة', 'بعض الفصائل', 'المسلحين' (SANA's word), 'المقاتلين المعارضين الرافضين للتسوية' and "
           "'المقاتلين الرافضين للتسوية' → rebels; 'للجيش السوري' (merged لل, three times), 'الجيش السوري', "
           "'القوات الحكومية', 'قوات النظام' → Syrian Arab Army; 'النظام' the protests were against and 'مؤسسات "
           "الدولة' → Government of Syria; 'روسيا' (brokers and signs the deal) → Government of Russia; "
           "'محللون' → a local AnonymousSource. 'النفوذ الأردني الأمريكي' (adjectives, not perpetrators) is not "
           "annotated. Chains: state media's 'قال', 'حسب الإعلام الرسمي السوري', SANA's 'أكدت' and 'أفادت', the "
           "analysts' 'يرجح' (SANA's 'أفادت' content taken to end at 'جنوبا'; the Nasib clause reads as the article's background). Figures: 'أكثر من 350 ألف شخص' → Killed ≥350,000 (the article's voice), 'نحو 85 "
           "في المئة' → TerritoryShare 0.85 about. Dates: 'الخميس' → 12 July, 'الجمعة' → 13 July, both 'السبت' "
           "→ 14 July (publication day), '19 حزيران/يونيو' and 'السادس من تموز/يوليو' → 2018, 'العام 2011' → "
           "2011; the two 'لسنوات', 'قريباً' and 'قبل أسبوع' unresolved."),
    entities={
        "analysts": ("AnonymousSource", "analysts", None),
    },
    place_entities={
        "daraa-balad": ("Neighbourhood", "Daraa al-Balad", None),
        "daraa-rebel-areas": ("Region", "rebel-held areas of Daraa governorate", None),
        "north-syria": ("Region", "northern Syria", None),
        "intl-road-daraa": ("Road", "international highway (Daraa to the Jordanian border)", None),
        "jordan-border": ("Region", "Syrian-Jordanian border", None),
        "nasib-crossing": ("Facility", "Nasib border crossing", None),
        "golan": ("Region", "Golan Heights", None),
    },
    actors=[
        ("الإعلام السوري", 0, "syr-state-media"),
        ("عناصر من الفصائل المعارضة", 0, "rebels"),
        ("الفصائل المعارضة", "*", "rebels"),
        ("للجيش السوري", "*", "saa"),
        ("روسيا", "*", "ru-gov"),
        ("الإعلام الرسمي السوري", 0, "syr-state-media"),
        ("القوات الحكومية", "*", "saa"),
        ("المقاتلين المعارضين الرافضين للتسوية", 0, "rebels"),
        ("الجيش السوري", "*", "saa"),
        ("وكالة الأنباء السورية الرسمية (سانا)", 0, "sana"),
        ("المسلحين", 0, "rebels"),
        ("قوات النظام", 0, "saa"),
        (In("بدعم روسي", "روسي"), 0, "ru-armed"),
        ("فصائل معارضة", "*", "rebels"),
        ("مؤسسات الدولة", 0, "syr-gov"),
        ("المقاتلين الرافضين للتسوية", 0, "rebels"),
        ("سانا", "*", "sana"),
        ("النظام", "*", "syr-gov"),
        ("بعض الفصائل", 0, "rebels"),
        ("محللون", 0, "analysts"),
    ],
    places=[
        ("مدينة درعا", "*", "daraa"),
        ("منطقة درعا البلد", 0, "daraa-balad"),
        ("محافظة درعا", "*", "daraa-gov"),
        ("المحافظة الجنوبية", 0, "daraa-gov"),
        ("المحافظة", "*", "daraa-gov"),
        ("المدينة", "*", "daraa"),
        ("درعا", "*", "daraa"),
        (In("إلى مناطق سيطرتها", "مناطق"), 0, "daraa-rebel-areas"),
        ("محافظة إدلب", 0, "idlib-gov"),
        ("الشمال السوري", 0, "north-syria"),
        ("الطريق الدولي", 0, "intl-road-daraa"),
        ("الحدود الأردنية", 0, "jordan-border"),
        ("معبر نصيب الإستراتيجي", 0, "nasib-crossing"),
        ("سوريا", 0, "syria"),
        (In("سوريا والأردن", "الأردن"), 0, "jordan"),
        ("ريفها الغربي", 0, "daraa-west-countryside"),
        ("محافظة القنيطرة", 0, "quneitra-gov"),
        ("هضبة الجولان", 0, "golan"),
    ],
    ops=[
        Op("Capture", "رفعت", agents=[("القوات الحكومية", 0)], targets=[("الفصائل المعارضة", 2)],
           places=[("مدينة درعا", 2)], time="الخميس"),
        Op("TerritorialControl", In("أحياء سيطرت", "سيطرت"), agents=[("الفصائل المعارضة", 2)],
           places=[("مدينة درعا", 2)], time=("لسنوات", 0)),
        Op("GroundOffensive", "عملية عسكرية", agents=["قوات النظام"], supporters=[In("بدعم روسي", "روسي")],
           targets=[("فصائل معارضة", 0)], places=[("محافظة درعا", 0)], time="19 حزيران/يونيو"),
        Op("Advance", "تقدما", agents=["قوات النظام"], targets=[("فصائل معارضة", 0)],
           places=[("محافظة درعا", 0)]),
        Op("TerritorialControl", "سيطرتها", agents=[("الفصائل المعارضة", 3)],
           places=[In("إلى مناطق سيطرتها", "مناطق"), ("المحافظة", 0)]),
        Op("Capture", "استعادت", agents=[("القوات الحكومية", 2)], places=["معبر نصيب الإستراتيجي"],
           time="قبل أسبوع"),
        Op("TerritorialControl", "يسيطر", agents=[("الجيش السوري", 1)], places=[("محافظة درعا", 1)]),
    ],
    figs=[
        Fig("Killed", 350000, None, "more-than", "أكثر من 350 ألف شخص"),
        Fig("TerritoryShare", 0.85, 0.85, "about", "نحو 85 في المئة"),
    ],
    dates=[
        ("الخميس", "wd"),
        (("لسنوات", 0), None),
        ("قريباً", None),
        (("السبت", 0), "wd"),
        ("19 حزيران/يونيو", ("2018-06-19", "2018-06-19")),
        ("السادس من تموز/يوليو", ("2018-07-06", "2018-07-06")),
        ("الجمعة", "wd"),
        (("لسنوات", 1), None),
        (("السبت", 1), "wd"),
        ("قبل أسبوع", None),
        ("العام 2011", "year:2011"),
    ],
    attrs=[
        At(["الإعلام السوري"], ("قال", 0), R("إن الفصائل", "أبرمته روسيا")),
        At(["الإعلام الرسمي السوري"], "حسب", R("بموجب اتفاق", "كامل المدينة", 1)),
        At(["وكالة الأنباء السورية الرسمية (سانا)"], "أكدت", R("أنه جرى", "والمتوسط\"")),
        At(["سانا"], "أفادت", R("عن إزالة", "جنوبا")),
        At(["محللون"], "يرجح", R("أن تكون محافظة", "المقبلة للجيش السوري")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-1130-20180419",  # published Thu 2018-04-19
    notes=("Sky News Arabia on HTS/al-Nusra's hold on Idlib, after the Wall Street Journal. Operations: (1) 'آلاف "
           "المسلحين في صفوف جماعة \"هيئة تحرير الشام\"، انتشروا في أرجاء محافظة إدلب' → Redeployment (fighters "
           "spreading across the province, as 'deployed'; the past verb states a movement, unlike the participle "
           "'المنتشرين' earlier sets read as presence; least certain type of the article), with Idlib and its "
           "container 'شمالي سوريا'; the WSJ's 'انتشار ... النصرة على إدلب' is a later mention (place and the "
           "'النصرة' agent added). (2) 'سيطرة النصرة على إدلب حدث' → Capture (the control is said to have "
           "'happened': the act, v2's 'السيطرة على as an act'). (3) 'تركيز الولايات المتحدة في سوريا على المعارك "
           "الأخرى' → ArmedClash in Syria, the US as agent (the battles it focused on, stated as fought; vague, as "
           "set C placed the US 'العمليات العسكرية ضد التنظيم' in Syria). (4) 'هيئة تحرير الشام حاربت جماعات "
           "المعارضة السورية' → ArmedClash in Idlib province (the coalition backs the targets, so it is no "
           "supporter of the agent; 'لتوسيع سيطرتها' is the aim). (5) 'مواجهات أخرى بين هيئة تحرير الشام وداعش في "
           "المحافظة' → a second ArmedClash (another side), with the 'في إدلب' of the cells' surrender it led to; "
           "the surrender itself (an announcement, no place taken) is not an operation. (6) 'المناطق التي تسيطر "
           "عليها' (HTS) → TerritorialControl on a local Region with Idlib; the 'سيطرتها في محافظة إدلب' HTS "
           "wants to expand is read as the same holding (place added). The witnesses' Idlib is also the scene "
           "of the sentence, so it is kept as the container (doubtful: it is where the sources are). (7) 'الجماعة "
           "نشرت قوات في المناطق' → Redeployment (HTS; forces deployed in the areas it holds), kept apart from (1): "
           "the text states it as a separate fact (a deployment of forces in areas already held, from witnesses) "
           "rather than the fighters' spread over the province (a merge would be the other reading). (8) 'تلك "
           "التي نشرها داعش في الرقة' → Redeployment (IS, Raqqa; a past deployment stated as done). (9) 'لتصبح "
           "محافظة إدلب معقلا جديدا للتنظيمات الإرهابية ... وفي مقدمتها جبهة النصرة' → TerritorialControl ('معقل "
           "X'), one operation with the organisations and al-Nusra (the foremost of them) as agents. (10) 'التدفق "
           "المستمر لآلاف من أفراد الجماعات المسلحة من المناطق ... إثر اتفاقات' → Redeployment (fighters leaving "
           "under deals), from the retaken areas to Idlib. (11) 'المناطق التي يستعيد النظام السوري السيطرة "
           "عليها' → Capture (ongoing act; 'النظام السوري' as the force → Syrian Arab Army) on a local Region. Not "
           "operations: 'تحجيم تنظيم داعش' (international efforts, no place), Washington's intention to withdraw "
           "its forces (a plan), HTS recruiting men and children, 'تنسحب الرقة من المشهد' (a figure of speech), "
           "the deals with the regime or Russia. Actors: HTS as named ('جماعة \"هيئة تحرير الشام\"' as one "
           "mention, the bare name four times), 'المسلحين' (its fighters), 'الجماعة' (twice) and 'قوات' (its "
           "forces); 'جبهة النصرة' (twice), 'النصرة' and 'للنصرة' (the loyalty of 'الجماعة الموالية للنصرة': "
           "two mentions, as the affiliation rule) → al-Nusra Front; 'لتنظيم القاعدة' (التابعة لـ) → al-Qaeda; "
           "'\"جماعات إسلامية\"' making up HTS → a local ArmedGroup; 'تنظيمات إرهابية أخرى', 'للتنظيمات "
           "الإرهابية' and 'هذه التنظيمات' → a local ArmedGroup (the jihadist organisations other than IS); "
           "'تنظيم داعش'/'داعش' → IS; 'جماعات المعارضة السورية' and 'أفراد الجماعات المسلحة' → rebels; 'التحالف "
           "الدولي' → US-led coalition; 'الولايات المتحدة', 'واشنطن' → Government of the United States, 'قواتها' "
           "→ US Armed Forces; 'النظام' of the deals → Government of Syria; 'روسيا' → Government of Russia; "
           "'تقارير'/'التقارير' → reports; the WSJ (three mentions) a local MediaOrganisation; 'شهود عيان' a local "
           "AnonymousSource; 'الأطفال' and 'نازح' → civilians ('الرجال' recruited is not annotated). Places: "
           "'الساحة السورية' → Syria (as 'الأرض السورية' before); every 'إدلب'/'المحافظة' → Idlib governorate; "
           "'الرقة' → Raqqa city (IS's former capital); 'هناك' (Syria) is not annotated. Chains: 'وفقا لتقارير', "
           "the WSJ's 'حذرت' and 'بحسب', 'تقول التقارير', HTS's 'أعلنت' (the surrender of the IS cells), [the "
           "paper, eyewitnesses] for 'تنقل الصحيفة عن شهود عيان'; the rest is the article's voice. No statement "
           "(no humanitarian speaker; 'حذرت' is the newspaper's). Figures: 'آلاف المسلحين' → PersonCount "
           "1000..9999 (the WSJ), 'آلاف من أفراد الجماعات المسلحة' → Displaced 1000..9999 (fighters moved under "
           "deals, as set E's fighters on the bus), 'نحو مليون نازح' → Displaced 1,000,000 about (a count of "
           "displaced people; PersonCount would be the other reading, as people living in an area). Dates: "
           "'فبراير الماضي' → February 2018, the only time expression."),
    entities={
        "wsj": ("MediaOrganisation", "The Wall Street Journal", None),
        "jihadist-groups": ("ArmedGroup", "terrorist organisations in Syria other than IS (led by al-Nusra)", None),
        "hts-member-groups": ("ArmedGroup", "Islamist groups making up Hay'at Tahrir al-Sham", None),
        "eyewitnesses": ("AnonymousSource", "eyewitnesses in Idlib", None),
    },
    place_entities={
        "north-syria": ("Region", "northern Syria", None),
        "hts-held-areas": ("Region", "areas held by Hay'at Tahrir al-Sham (Idlib)", None),
        "gov-retaken-areas": ("Region", "areas being retaken by the Syrian government", None),
    },
    actors=[
        ("تنظيمات إرهابية أخرى", 0, "jihadist-groups"),
        ("تنظيم داعش", 0, "isis"),
        ("داعش", "*", "isis"),
        ("التقارير", 0, "reports"),
        ("تقارير", "*", "reports"),
        ("صحيفة \"وول ستريت جورنال\"", 0, "wsj"),
        ("وول ستريت جورنال", "*", "wsj"),
        ("المسلحين", 0, "hts"),
        ("جماعة \"هيئة تحرير الشام\"", 0, "hts"),
        ("هيئة تحرير الشام", "*", "hts"),
        ("جماعات إسلامية", 0, "hts-member-groups"),
        ("جبهة النصرة", "*", "nusra"),
        ("تنظيم القاعدة", 0, "al-qaeda"),
        ("النصرة", 0, "nusra"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("واشنطن", 0, "us-gov"),
        ("قواتها", 0, "us-armed"),
        ("جماعات المعارضة السورية", 0, "rebels"),
        ("التحالف الدولي", 0, "us-coalition"),
        ("الجماعة", "*", "hts"),
        ("للنصرة", 0, "nusra"),
        ("الصحيفة", 0, "wsj"),
        ("شهود عيان", 0, "eyewitnesses"),
        (In("نشرت قوات", "قوات"), 0, "hts"),
        ("الأطفال", 0, "civilians"),
        ("للتنظيمات الإرهابية", 0, "jihadist-groups"),
        ("هذه التنظيمات", 0, "jihadist-groups"),
        ("أفراد الجماعات المسلحة", 0, "rebels"),
        ("النظام السوري", 0, "saa"),
        ("النظام", "*", "syr-gov"),
        ("روسيا", 0, "ru-gov"),
        ("نازح", 0, "civilians"),
    ],
    places=[
        ("الساحة السورية", 0, "syria"),
        ("محافظة إدلب", "*", "idlib-gov"),
        ("شمالي سوريا", 0, "north-syria"),
        ("إدلب", "*", "idlib-gov"),
        ("سوريا", "*", "syria"),
        ("المحافظة", "*", "idlib-gov"),
        (In("قوات في المناطق", "المناطق"), 0, "hts-held-areas"),
        ("الرقة", "*", "raqqa"),
        (In("من المناطق التي", "المناطق"), 0, "gov-retaken-areas"),
    ],
    ops=[
        Op("Redeployment", "انتشروا",
           agents=["المسلحين", "جماعة \"هيئة تحرير الشام\"", ("النصرة", 0)],
           places=[("محافظة إدلب", 0), "شمالي سوريا", ("إدلب", 0)]),
        Op("Capture", In("انتشار وسيطرة", "سيطرة"), agents=[("النصرة", 0)], places=[("إدلب", 0)]),
        Op("ArmedClash", "المعارك", agents=["الولايات المتحدة"], places=[("سوريا", 0)]),
        Op("ArmedClash", "حاربت", agents=[("هيئة تحرير الشام", 0)], targets=["جماعات المعارضة السورية"],
           places=[("محافظة إدلب", 1)]),
        Op("ArmedClash", "مواجهات", agents=[("هيئة تحرير الشام", 1)], targets=[("داعش", 0)],
           places=[("المحافظة", 0), ("إدلب", 1)]),
        Op("TerritorialControl", In("التي تسيطر عليها", "تسيطر"), agents=[("الجماعة", 1)],
           places=[In("قوات في المناطق", "المناطق"), ("إدلب", 2), ("محافظة إدلب", 1)]),
        Op("Redeployment", "نشرت", agents=[("الجماعة", 1), In("نشرت قوات", "قوات")],
           places=[In("قوات في المناطق", "المناطق"), ("إدلب", 2)]),
        Op("Redeployment", "نشرها", agents=[("داعش", 2)], places=[("الرقة", 0)]),
        Op("TerritorialControl", "معقلا", agents=["للتنظيمات الإرهابية", ("جبهة النصرة", 1)],
           places=[("محافظة إدلب", 2)]),
        Op("Redeployment", "التدفق", agents=["أفراد الجماعات المسلحة"],
           places=[("إدلب", 3), In("من المناطق التي", "المناطق")]),
        Op("Capture", "يستعيد", agents=["النظام السوري"], places=[In("من المناطق التي", "المناطق")]),
    ],
    figs=[
        Fig("PersonCount", 1000, 9999, "vague", "آلاف المسلحين", by="صحيفة \"وول ستريت جورنال\""),
        Fig("Displaced", 1000, 9999, "vague", "آلاف من أفراد الجماعات المسلحة"),
        Fig("Displaced", 1000000, 1000000, "about", "نحو مليون نازح"),
    ],
    dates=[
        ("فبراير الماضي", "month:2"),
    ],
    attrs=[
        At(["تقارير"], "وفقا", R("تعود تنظيمات", "تنظيم داعش")),
        At(["صحيفة \"وول ستريت جورنال\""], "حذرت", R("من أن آلاف", "شمالي سوريا")),
        At([("وول ستريت جورنال", 0)], "بحسب", R("فإن انتشار", "من هناك")),
        At(["التقارير"], "تقول", R("إن هيئة", "محافظة إدلب")),
        At([("الجماعة", 0)], "أعلنت", R("استسلام", "في إدلب")),
        At(["الصحيفة", "شهود عيان"], "تنقل", R("أن الجماعة", "في الرقة")),
    ],
))
