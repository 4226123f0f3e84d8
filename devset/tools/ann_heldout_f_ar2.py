"""Sixth held-out test set specs (devset/heldout-f): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-2010-20180528",  # published Mon 2018-05-28
    notes=("Libya, not Syria: the Libyan National Army's push into Derna (spokesman al-Mismari; the commander "
           "of the Omar al-Mukhtar operations room, al-Rifadi, to Sky News Arabia). Actors: the LNA is a local "
           "entity typed StateForce (the army of the eastern authorities, calling itself 'القوات المسلحة "
           "الليبية'; ArmedGroup would be defensible); 'المتحدث باسم القيادة العامة الليبية، العميد أحمد "
           "المسماري' is annotated on the institution named inside it ('القيادة العامة الليبية' → LNA), 'المتحدث' "
           "likewise; the two operations rooms ('غرفة عمليات الكرامة', 'غرفة عمليات \"عمر المختار\"') are local "
           "entities, with 'للجيش الوطني الليبي' as their affiliation (التابعة لـ rule); 'الرفادي' (four times) "
           "and 'غرفة العمليات' in his title → the Omar al-Mukhtar room. The enemy: 'مجلس شورى مجاهدي درنة' "
           "(its 'درنة' is inside the name, not a place) + 'تنظيم القاعدة' (التابع لـ), 'مسلحي \"القاعدة\"', "
           "the strikes' target '\"القاعدة\"' and the two named wounded leaders and 'أبرز القادة' → al-Qaeda; "
           "'متطرفي درنة', 'هؤلاء المسلحين', 'هؤلاء المتطرفين' → the Shura Council (the Derna fighters). 'بعض "
           "الجهات المتضامنة' (who made the demand) → an unnamed source; 'مصر' in 'المطلوبين لمصر' → Government "
           "of Egypt (wanted by Egypt: the state as actor). Operations: the LNA's taking of sites in Derna is ONE "
           "Capture: 'أعلنت سيطرتها على عدد من المواقع في درنه' (first mention; 'أعلنت سيطرتها' read as the "
           "act, not a standing control) is detailed by 'بسطت السيطرة الكاملة على منطقة المصانع والحجاج' and "
           "'سيطر كذلك على أعلى منطقة \"الكورفات السبعة\" ومسجد ... و\"نادي الغوص\"' (same side, town and "
           "report: the several sites; their places are added). Al-Fatayeh 'بالكامل في قبضة الجيش الوطني الليبي' "
           "→ TerritorialControl (Derna in 'شرقي مدينة درنة' a reference point; the Sahel Sharqi neighbourhood "
           "in 'المقابل لحي' likewise). Likewise ONE Advance: 'التقدم مستمر حتى الآن' (first mention, place "
           "Derna of the previous clause), detailed by 'تقدمت الوحدات العسكرية للجيش باتجاه' the stadium, Bishr "
           "prison and the police school at Derna's western entrance, 'كما تقدم الجيش عبر \"عقبة الفتايح\"', "
           "and 'تضييق الجيش الخناق عليهم' (tightening the noose on the al-Qaeda fighters in Derna, an "
           "encirclement, read as the same advance; least certain whether the 'كما تقدم' axis should be a "
           "second Advance). 'تشتبك فيها مع عناصر ...' → ArmedClash at Aqabat al-Fatayeh. 'بدأت المعركة' → the "
           "Derna battle as a GroundOffensive (the campaign, as set E typed 'معركة الغوطة'); 'لا صوت يعلو فوق "
           "صوت المعركة' is the stock slogan and taken as a mention of it; 'المكلفة بتحرير مدينة درنة' is an aim. "
           "'تم استهداف مواقع عمليات \"القاعدة\" بضربات' → Attack (strikes, no aircraft stated; passive, no "
           "agent stated), placed in Derna (the scene). Not operations: the demanded safe corridor and the "
           "transfer to Misrata or Tripoli (demands), 'ماحدث في مدن سورية' (the Syrian evacuations, only "
           "alluded to), the negotiations. Places: 'درنه' (sic) and every Derna mention outside a name → "
           "Derna (no gazetteer entry: no QID); the districts and sites of Derna are local Neighbourhood, "
           "Landmark and Facility entities ('المدينه الرياضية \"ملعب البلدي\"' one Facility; 'المدخل الغربي' a "
           "relative descriptor, only 'درنة' is marked); 'مصراتة', 'العاصمة طرابلس' (Libyan cities, no QID); "
           "'مدن سورية' → Syria and 'المدن الليبية', 'الوطن' (into the homeland) → Libya (country places "
           "named by phrases; doubtful). Chains: al-Mismari's 'قال' with 'مشيرا' part of it; inside it the "
           "operations room's announcement is a two-hop chain [General Command, Karama room]; 'أوضح' and "
           "'ذكر' (implicit subject) take 'المتحدث'; the commander's 'قال' is one hop (that the statement was "
           "made to Sky News Arabia is only said in the next sentence, 'وجاء تصريح الرفادي ... لـ\"سكاي نيوز "
           "عربية\"', which has no content of its own and is not a chain); the demand of 'بعض الجهات' "
           "('مطالبة ... بنقلهم') is taken as a saying; al-Rifadi's 'ذكر', 'تساءل' and 'كشف' (with 'مضيفاً') "
           "are three chains. No figures (no number of people; 'عدد من المواقع' is not a figure). Dates: 'حتى "
           "الآن' and 'منذ ثلاث سنوات', both unresolved."),
    entities={
        "lna": ("StateForce", "Libyan National Army", None),
        "lna-karama-room": ("StateForce", "Operation Dignity (Karama) operations room (LNA)", None),
        "lna-omar-mukhtar-room": ("StateForce", "Omar al-Mukhtar operations room (LNA)", None),
        "dmsc": ("ArmedGroup", "Mujahideen Shura Council of Derna", None),
        "sky-news-arabia": ("MediaOrganisation", "Sky News Arabia", None),
        "derna-solidarity-parties": ("AnonymousSource", "parties in solidarity with the Derna militants", None),
        "egypt-gov": ("Government", "Government of Egypt", None),
    },
    place_entities={
        "derna": ("CityOrTown", "Derna", None),
        "derna-factories": ("Neighbourhood", "al-Masani' (factories) area, Derna", None),
        "derna-hajjaj": ("Neighbourhood", "al-Hajjaj, Derna", None),
        "derna-sahel-sharqi": ("Neighbourhood", "al-Sahel al-Sharqi, Derna", None),
        "derna-fatayeh": ("Neighbourhood", "al-Fatayeh, Derna", None),
        "derna-kurfat": ("Landmark", "al-Kurfat al-Sab'a heights, Derna", None),
        "derna-mosque": ("Facility", "Nusayba bint Ka'b mosque, Derna", None),
        "derna-sadaqa-factory": ("Facility", "Sadaqa factory, Derna", None),
        "derna-diving-club": ("Facility", "diving club, Derna", None),
        "derna-stadium": ("Facility", "sports city (municipal stadium), Derna", None),
        "derna-bishr-prison": ("Facility", "Bishr prison, Derna", None),
        "derna-police-school": ("Facility", "police secondary school, Derna", None),
        "derna-fatayeh-pass": ("Landmark", "Aqabat al-Fatayeh (al-Fatayeh pass), Derna", None),
        "misrata": ("CityOrTown", "Misrata", None),
        "tripoli-libya": ("CityOrTown", "Tripoli (Libya)", None),
        "libya": ("Country", "Libya", None),
    },
    actors=[
        ("القيادة العامة الليبية", 0, "lna"),
        ("غرفة عمليات الكرامة", 0, "lna-karama-room"),
        ("المتحدث", 1, "lna"),
        ("القوات المسلحة الليبية", 0, "lna"),
        ("للجيش الوطني الليبي", 0, "lna"),
        ("الجيش الوطني الليبي", "*", "lna"),
        ("الوحدات العسكرية للجيش", 0, "lna"),
        (In("كما تقدم\xa0الجيش", "الجيش"), 0, "lna"),
        ("مجلس شورى مجاهدي درنة", 0, "dmsc"),
        ("تنظيم القاعدة", 0, "al-qaeda"),
        ('غرفة عمليات "عمر المختار"', 0, "lna-omar-mukhtar-room"),
        ('مسلحي "القاعدة"', 0, "al-qaeda"),
        (In("تضييق الجيش", "الجيش"), 0, "lna"),
        ("الرفادي", "*", "lna-omar-mukhtar-room"),
        ("غرفة العمليات", 0, "lna-omar-mukhtar-room"),
        ("سكاي نيوز عربية", 0, "sky-news-arabia"),
        ("بعض الجهات المتضامنة", 0, "derna-solidarity-parties"),
        ("متطرفي درنة", 0, "dmsc"),
        ("هؤلاء المسلحين", 0, "dmsc"),
        ("هؤلاء المتطرفين", 0, "dmsc"),
        ("القاعدة", "*", "al-qaeda"),
        ("أبرز القادة", 0, "al-qaeda"),
        (In("المطلوبين لمصر", "مصر"), 0, "egypt-gov"),
        ("عمر رفاعي سرور", 0, "al-qaeda"),
        ("هشام عشماوي", 0, "al-qaeda"),
    ],
    places=[
        ("درنه", 0, "derna"),
        ("منطقة المصانع", 0, "derna-factories"),
        ("الحجاج", 0, "derna-hajjaj"),
        ('حي "الساحل الشرقي"', 0, "derna-sahel-sharqi"),
        ('منطقة" الفتائح', 0, "derna-fatayeh"),
        ("مدينة درنة", "*", "derna"),
        ('منطقة "الكورفات السبعة"', 0, "derna-kurfat"),
        ('مسجد "نسيبة بنت كعب"', 0, "derna-mosque"),
        ("مصنع صداقة", 0, "derna-sadaqa-factory"),
        ("نادي الغوص", 0, "derna-diving-club"),
        ('المدينه الرياضية "ملعب البلدي"', 0, "derna-stadium"),
        ("سجن بشر", 0, "derna-bishr-prison"),
        ("ثانوية الشرطة", 0, "derna-police-school"),
        ("عقبة الفتايح", 0, "derna-fatayeh-pass"),
        ("درنة", "*", "derna"),
        ("مصراتة", 0, "misrata"),
        ("العاصمة طرابلس", 0, "tripoli-libya"),
        ("مدن سورية", 0, "syria"),
        (In("داخل الوطن", "الوطن"), 0, "libya"),
        ("المدن الليبية", 0, "libya"),
    ],
    ops=[
        Op("Capture", "سيطرتها",
           agents=["غرفة عمليات الكرامة", "القوات المسلحة الليبية", In("وذكر أن الجيش الوطني الليبي", "الجيش الوطني الليبي")],
           places=["درنه", "منطقة المصانع", "الحجاج", 'منطقة "الكورفات السبعة"', 'مسجد "نسيبة بنت كعب"', "مصنع صداقة",
                   "نادي الغوص"]),
        Op("TerritorialControl", "في قبضة", agents=[("الجيش الوطني الليبي", 0)], places=['منطقة" الفتائح']),
        Op("Advance", "التقدم",
           agents=["الوحدات العسكرية للجيش", In("كما تقدم\xa0الجيش", "الجيش"), In("تضييق الجيش", "الجيش")],
           targets=['مسلحي "القاعدة"'],
           places=["درنه", 'المدينه الرياضية "ملعب البلدي"', "سجن بشر", "ثانوية الشرطة",
                   In("الغربي لدرنة", "درنة"), "عقبة الفتايح", In("في درنة بعد", "درنة")],
           time="حتى الآن"),
        Op("ArmedClash", "تشتبك", agents=[In("كما تقدم\xa0الجيش", "الجيش")], targets=["مجلس شورى مجاهدي درنة"],
           places=["عقبة الفتايح"]),
        Op("GroundOffensive", ("المعركة", 1), agents=["غرفة العمليات", "للجيش الوطني الليبي"],
           targets=["هؤلاء المسلحين"],
           places=[("مدينة درنة", 1), In("لخروجهم من درنة", "درنة")]),
        Op("Attack", "استهداف", targets=[In('عمليات "القاعدة"', "القاعدة")],
           places=[In("لخروجهم من درنة", "درنة")]),
    ],
    dates=[
        ("حتى الآن", None),
        ("منذ ثلاث سنوات", None),
    ],
    attrs=[
        At(["القيادة العامة الليبية"], "قال", R("إن غرفة عمليات", "حتى الآن")),
        At(["القيادة العامة الليبية", "غرفة عمليات الكرامة"], "أعلنت", R("سيطرتها", "في درنه")),
        At([("المتحدث", 0)], "أوضح", R("أن\xa0القوات المسلحة", "في قبضة الجيش الوطني الليبي")),
        At([("المتحدث", 0)], In("وذكر أن", "ذكر"), R("أن الجيش الوطني الليبي سيطر", '"نادي الغوص"')),
        At(['غرفة عمليات "عمر المختار"'], In("فيما قال", "قال"), R('إنه "لا صوت', 'صوت المعركة"')),
        At(["بعض الجهات المتضامنة"], "مطالبة", R("بنقلهم", "في مدن سورية")),
        At([("الرفادي", 1)], In("وذكر الرفادي", "ذكر"), R('"بمجرد', 'من درنة"')),
        At([("الرفادي", 2)], "تساءل", R('"كيف نمنح', 'قد انتهى"')),
        At([("الرفادي", 3)], "كشف", R("أنه تم استهداف", "إصابات بليغة")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-3642-20180911",  # published Tue 2018-09-11
    notes=("Idlib before the expected offensive: Lavrentiev (Russia) puts it on Turkey; Haley, Le Drian, Bolton and "
           "Lowcock warn. Nearly everything military here is expected, proposed or conditional and is NOT an "
           "operation: 'عملية عسكرية متوقعة', 'العملية العسكرية في إدلب' Russia, Iran and Turkey will agree on, "
           "'الحملة العسكرية المقترحة', 'الهجوم الذي قد تنفذه القوات السورية', 'في حال تم شن الهجوم', Le Drian's "
           "'هجوم قوات النظام السوري على إدلب قد تكون له تداعيات' (a possible offensive), the 'غزو عسكري' that is "
           "the strikes' aim, any future chemical use, the ceasefire Turkey appeals for. Operations: Idlib 'التي "
           "تسيطر عليها المعارضة' → TerritorialControl; Haley's '100 غارة جوية على إدلب هذا الشهر' by 'القوات "
           "السورية التي تدعمها روسيا وإيران' → one AirCampaign (a hundred strikes over a month), Russia and Iran "
           "as supporters (an assertion of one source: annotated); the Khan Shaykhun chemical attack ('استخدام "
           "أسلحة كيماوية في خان شيخون بإدلب') → Attack without agent, as set D annotated the same Bolton sentence; "
           "'الضربة السابقة' (the earlier US strike) has no place: not annotated (as D). The al-Qaeda fighters "
           "'يتمركزون في هذه المنطقة' and the extremists 'المنتشرين في هذه المنطقة' are presence, not control "
           "(as E did not take 'ترابط'). Actors: the Russian special envoy Lavrentiev (whole title-and-name "
           "phrase; its 'سوريا' is inside it, as D had the UN envoy's title), 'لافرينتيف', 'المبعوث', 'موسكو', "
           "'روسيا' → Government of Russia; 'تركيا' as the one held responsible, expected to agree or appealing → "
           "Government of Turkey, but 'لتركيا وأوروبا' (risks to) → places; 'المتطرفين' (four times, incl. 'آلاف "
           "المتطرفين') → a local entity (extremist groups in Idlib); 'المقاتلين المنتمين إلى القاعدة' → two "
           "mentions ('المقاتلين' and 'القاعدة', both al-Qaeda, by the affiliation rule); 'المعارضة المعتدلة' and "
           "'المعارضة' → rebels; 'دمشق' (chemical use 'من جانب دمشق', twice) → Government of Syria; 'القوات "
           "السورية' and 'قوات النظام (السوري)' → Syrian Arab Army; 'حلفاؤها' (the US's allies) → Western "
           "governments; 'البريطانيين والفرنسيين' → two governments (as D); Haley → a local entity (US ambassador "
           "to the UN; the whole 'سفيرة الولايات المتحدة، نيكي هايلي', then 'السفيرة الأميركية'); Le Drian and "
           "'الوزير الفرنسي' → a local French MFA entity, 'لفرنسا' (France's red line) → Government of France; "
           "Bolton → Government of the United States (as D); Lowcock → OCHA, the mention being the institution "
           "named in his title ('وكالة الأمم المتحدة المعنية بالشؤون الإنسانية'); 'مجلس الأمن الدولي' (Haley "
           "spoke before it) → UNSC; 'الضحايا' (feared victims) → civilians. Not annotated: 'للصحفيين' (journalists "
           "as listeners, no class; the chain stays one hop), 'النفوذ التركي' (an adjective, not a perpetrator), "
           "'الطرفين' (mixed), 'العالم'. Places: every 'إدلب' → Idlib governorate (the province is the theatre), "
           "incl. the metaphorical 'كرة \"إدلب\"'; 'هذه المنطقة' (twice) → Idlib; Geneva, Europe (no QID). "
           "Statements: Lowcock's 'حذر' → Warning. Figures: 'آلاف المتطرفين' → PersonCount 1000..9999 (Le Drian), "
           "'بين 10 آلاف و15 ألفا' → PersonCount 10000..15000 (the minister); '100 غارة' is a count of strikes, "
           "not a figure. Chains: 'حملتها مسؤولية' (Russia holding Turkey responsible) and 'مناشدات تركيا بوقف "
           "إطلاق النار' taken as sayings (least certain); 'الإصرار' of the US and its allies → two one-hop chains "
           "with one cue; 'مشيرا', 'قائلا', 'قائلة', 'مشيرة', 'مشددا' are parts of the saying before them; the "
           "minister's 'في تصريح لإحدى القنوات المحلية' → [the channel, the minister]. Dates: the two 'الثلاثاء' "
           "→ 11 September, 'الاثنين' → 10 September, 'هذا الشهر' → September 2018, 'القرن الحادي والعشرين' → "
           "2001-2100 (a fixed period), 'في نفس الوقت' and 'في المستقبل' unresolved; 'هذه المرة' in Bolton's quote "
           "not a date (as D)."),
    entities={
        "idlib-extremists": ("ArmedGroup", "extremist groups in Idlib", None),
        "us-un-ambassador": ("Government", "US Ambassador to the United Nations", None),
        "fr-mfa": ("Government", "Ministry of Foreign Affairs (France)", None),
        "fr-gov": ("Government", "Government of France", None),
        "uk-gov": ("Government", "Government of the United Kingdom", None),
        "fr-local-channel": ("MediaOrganisation", "a local (French) television channel", None),
    },
    place_entities={
        "geneva": ("CityOrTown", "Geneva", None),
        "europe": ("Region", "Europe", None),
    },
    actors=[
        ("المبعوث الروسي الخاص إلى سوريا ألكسندر لافرينتيف", 0, "ru-gov"),
        ("مبعوث الأمم المتحدة ستافان دي ميستورا", 0, "un-envoy"),
        ("سفيرة الولايات المتحدة، نيكي هايلي", 0, "us-un-ambassador"),
        ("السفيرة الأميركية", 0, "us-un-ambassador"),
        ("مجلس الأمن الدولي", 0, "unsc"),
        ("الرئيس التركي رجب طيب أردوغان", 0, "tr-gov"),
        ("وزير الخارجية الفرنسي جان إيف لودريان", 0, "fr-mfa"),
        ("الوزير الفرنسي", 0, "fr-mfa"),
        ("إحدى القنوات المحلية", 0, "fr-local-channel"),
        ("مستشار الأمن القومي الأميركي، جون بولتون", 0, "us-gov"),
        ("بولتون", "*", "us-gov"),
        ("وكالة الأمم المتحدة المعنية بالشؤون الإنسانية", 0, "ocha"),
        ("قوات النظام السوري", 0, "saa"),
        ("قوات النظام", "*", "saa"),
        ("القوات السورية", "*", "saa"),
        ("لافرينتيف", "*", "ru-gov"),
        ("المبعوث", "*", "ru-gov"),
        ("موسكو", 0, "ru-gov"),
        ("روسيا", "*", "ru-gov"),
        ("إيران", "*", "iran-gov"),
        ("تركيا", [0, 1, 2, 3, 4], "tr-gov"),
        ("الولايات المتحدة", "*", "us-gov"),
        ("حلفاؤها", 0, "west"),
        ("البريطانيين", 0, "uk-gov"),
        ("الفرنسيين", 0, "fr-gov"),
        ("دمشق", "*", "syr-gov"),
        ("المعارضة المعتدلة", "*", "rebels"),
        ("المعارضة", "*", "rebels"),
        ("المتطرفين", "*", "idlib-extremists"),
        ("المقاتلين", 0, "al-qaeda"),
        ("القاعدة", 0, "al-qaeda"),
        (In("بالنسبة لفرنسا", "فرنسا"), 0, "fr-gov"),
        ("الضحايا", 0, "civilians"),
    ],
    places=[
        ("محافظة إدلب", 0, "idlib-gov"),
        ("إدلب", "*", "idlib-gov"),
        ("جنيف", 0, "geneva"),
        (In("لتركيا", "تركيا"), 0, "turkey"),
        ("أوروبا", "*", "europe"),
        ("اوروبا", 0, "europe"),
        ("المنطقة", "*", "idlib-gov"),
        ("خان شيخون", 0, "khan-shaykhun"),
    ],
    ops=[
        Op("TerritorialControl", "تسيطر عليها", agents=[("المعارضة", 0)], places=[("إدلب", 1)]),
        Op("AirCampaign", "غارة جوية", agents=[("القوات السورية", 1)], supporters=[("روسيا", 3), ("إيران", 2)],
           places=[("إدلب", 7)], time="هذا الشهر"),
        Op("Attack", ("استخدام", 4), places=["خان شيخون", In("شيخون بإدلب", "إدلب")]),
    ],
    stmts=[
        St("Warning", by="وكالة الأمم المتحدة المعنية بالشؤون الإنسانية", cue=("حذر", 1),
           content=R("من أن إدلب", "والعشرين\"")),
    ],
    figs=[
        Fig("PersonCount", 1000, 9999, "vague", "آلاف المتطرفين", by="وزير الخارجية الفرنسي جان إيف لودريان"),
        Fig("PersonCount", 10000, 15000, "exact", "بين 10 آلاف و15 ألفا", by="الوزير الفرنسي"),
    ],
    dates=[
        (("الثلاثاء", 0), "wd"),
        ("نفس الوقت", None),
        ("هذا الشهر", "month:9"),
        (("الثلاثاء", 1), "wd"),
        ("في المستقبل", None),
        ("الاثنين", "wd"),
        ("القرن الحادي والعشرين", ("2001-01-01", "2100-12-31")),
    ],
    attrs=[
        At([("روسيا", 0)], "حملتها", R("مسؤولية فصل", "المعارضة المعتدلة")),
        At([("الولايات المتحدة", 0)], "الإصرار", R("على أن أي استخدام", "تصعيد خطير")),
        At(["حلفاؤها"], "الإصرار", R("على أن أي استخدام", "تصعيد خطير")),
        At(["المبعوث الروسي الخاص إلى سوريا ألكسندر لافرينتيف"], ("قال", 0),
           R("إن موسكو", ("المعارضة المعتدلة"))),
        At(["لافرينتيف"], In("وذكر لافرينتيف", "ذكر"), R('"نقول', 'القوة المسلحة"')),
        At(["لافرينتيف"], ("أضاف", 0), R('"محافظة إدلب', 'عن المتطرفين"')),
        At(["المبعوث"], "يقول", R("إنه\xa0يعتقد", "العسكرية في إدلب")),
        At([("تركيا", 4)], "مناشدات", "بوقف إطلاق النار"),
        At(["الرئيس التركي رجب طيب أردوغان"], ("حذر", 0), R("من أن الهجوم", "وغيرهما")),
        At(["سفيرة الولايات المتحدة، نيكي هايلي"], In("وقالت سفيرة", "قالت"), R('إن\xa0"العواقب', "من الضحايا")),
        At(["سفيرة الولايات المتحدة، نيكي هايلي"], In("وأضافت:", "أضافت"), '"سيحملهم العالم المسؤولية"'),
        At(["السفيرة الأميركية"], "أردفت", R('إن "القوات السورية', 'دام لإدلب"')),
        At(["وزير الخارجية الفرنسي جان إيف لودريان"], "اعتبر", R("أن هجوم قوات", "إلى اوروبا")),
        At(["إحدى القنوات المحلية", "الوزير الفرنسي"], In("وقال الوزير", "قال"), R('إن "الخطر', 'لفرنسا"')),
        At(["مستشار الأمن القومي الأميركي، جون بولتون"], "شدد", R("على أن الولايات المتحدة", "خان شيخون بإدلب")),
        At([("بولتون", 0)], In("وأوضح بولتون", "أوضح"), R('"إذا كان', 'أقوى بكثير"')),
        At(["وكالة الأمم المتحدة المعنية بالشؤون الإنسانية"], ("حذر", 1), R("من أن إدلب", "والعشرين\"")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-917-20180410",  # published Tue 2018-04-10
    notes=("An opinion piece against Qatar (Emir Tamim in Washington). Little of it is military; it is annotated "
           "like news. Actors: the Emir ('أمير قطر، تميم بن حمد' as one mention, then 'أمير قطر', 'تميم'), 'نظامه', "
           "'النظام القطري', 'قطر' and 'الدوحة' as the state that acts, announces or is supported → a local "
           "Government of Qatar entity (gazetteer 'qatar-government', no QID); the Qatari adjectives ('القطرية', "
           "'القطري', 'القطريين') and 'أميركي', 'الأميركي', 'الإيرانية' are not mentions (not perpetrators). "
           "'الدوحة' where Tamim's regime sits ('في الدوحة') and 'العاصمة القطرية' → Doha (place); 'واشنطن' he "
           "arrives in → Washington (place), but 'التعاون مع واشنطن' → Government of the United States; 'طهران' "
           "(confronted, cooperated with) → Government of Iran; 'الرياض' (where the road points) → Riyadh (a place, "
           "not acting). 'ترامب' → Government of the United States; 'وزير الدفاع الأميركي جيمس ماتيس' → US "
           "Department of Defense (the title names the ministry; gazetteer QID Q11209). 'نظام الأسد' and "
           "'دمشق' (the target of US anger) → Government of Syria; 'النظام السوري' whose strikes and raids burn "
           "the land → Syrian Arab Army (fighting force); 'للنظام السوري' given pretexts (with Iran) → "
           "Government of Syria. 'فصائل متشددة عديدة' → a local ArmedGroup; 'مليليشيات حزب الله' (sic) → "
           "Hezbollah; 'السوريين' (the target of the all-out war) and 'سكان' (expelled residents) → civilians. "
           "The generic and individual 'الإرهابيين'/'الإرهابي' (people on Qatar's terror list, a sportsman) and "
           "the concept 'الإرهاب' are not annotated as actors (no group named). Places: 'بلده' and 'أراضيها' → "
           "Qatar (short forms); 'المنطقة' (three times, the Middle East) → the generic region key; 'الأرض "
           "السورية' (twice) and 'مدن سورية' → Syria; 'العالم' not annotated. Operations: 'الهجمات الكيماوية' "
           "behind the US anger at Damascus → Attack, agent 'دمشق' (the text ties the attacks to it), placed on "
           "'الأرض السورية' of the next sentence (the only place the context gives; least certain); the land "
           "'الملتهبة بضربات وغارات النظام السوري' → two operations by the means-split rule: 'غارات' (air raids, "
           "as an ongoing state: AirCampaign) and 'ضربات' (strikes, no aircraft stated: Attack), both on 'الأرض "
           "السورية' (the split is a judgement call: one could read 'ضربات وغارات' as one air campaign). Not "
           "operations: 'حرب شاملة على السوريين' (the war as such, stated as something Qatar gave pretexts for), "
           "'عمليات تهجير طائفية' and 'طرد سكان مدن سورية من بيوتهم' (forced displacement of civilians, an aim of "
           "the money given to Hezbollah), 'عمليات تمويل وتحريض وتخطيط', 'من الهجوم إلى الدفاع' (a metaphor). "
           "Figures: 'عشرات وربما مئات الإرهابيين' in Doha → PersonCount 10..999 vague, in the article's voice. "
           "Chains: Tamim's 'أقر' (with 'مؤكدا', and the pledges 'قدم التعهدات' inside it), Qatar's announced "
           "list ('أعلنت قطر قائمة'), Mattis's 'شدد', the message to Tamim ('فكانت الرسالة لتميم بضرورة', taken as "
           "Mattis's saying, the implicit speaker being the sentence's subject 'وزير الدفاع الأميركي'; doubtful), "
           "and Qatar describing Iran as honourable ('وتصفها بالشريفة'). 'تصريحات رنانة' has no content and "
           "'اتهامات دعم الإرهاب' no speaker: no chains. Dates: 'منذ البداية' and 'قبل مدة بسيطة' unresolved; "
           "'عامي 2013 و2014' → two dates (2013, 2014: the two agreements' years, not a range); the idiomatic "
           "'ليلا ... نهارا' (by night ... by day) are not dates."),
    entities={
        "qatar-gov": ("Government", "Government of Qatar", None),
        "us-dod": ("Government", "United States Department of Defense", "Q11209"),
        "hardline-factions-syria": ("ArmedGroup", "hardline factions in Syria (backed by Qatar)", None),
    },
    place_entities={
        "qatar": ("Country", "Qatar", "Q846"),
        "doha": ("CityOrTown", "Doha", "Q3861"),
        "washington": ("CityOrTown", "Washington, D.C.", "Q61"),
        "riyadh": ("CityOrTown", "Riyadh", "Q3692"),
    },
    actors=[
        ("أمير قطر، تميم بن حمد", 0, "qatar-gov"),
        ("أمير قطر", "*", "qatar-gov"),
        ("نظامه", 0, "qatar-gov"),
        ("ترامب", "*", "us-gov"),
        ("تميم", "*", "qatar-gov"),
        ("النظام القطري", 0, "qatar-gov"),
        ("الدوحة", [1, 2, 3, 4, 5], "qatar-gov"),
        (In("أعلنت قطر", "قطر"), 0, "qatar-gov"),
        ("نظام الأسد", 0, "syr-gov"),
        (In("غضب أميركي على دمشق", "دمشق"), 0, "syr-gov"),
        ("النظام السوري", 0, "saa"),
        ("فصائل متشددة عديدة", 0, "hardline-factions-syria"),
        ("للنظام السوري", 0, "syr-gov"),
        ("إيران", [0, 1, 2, 3], "iran-gov"),
        ("السوريين", 0, "civilians"),
        (In("خطتها قطر", "قطر"), 0, "qatar-gov"),
        ("مليليشيات حزب الله", 0, "hezbollah"),
        ("سكان", 0, "civilians"),
        ("وزير الدفاع الأميركي جيمس ماتيس", 0, "us-dod"),
        ("وزير الدفاع الأميركي", 0, "us-dod"),
        (In("إلا قطر", "قطر"), 0, "qatar-gov"),
        (In("التعاون مع واشنطن", "واشنطن"), 0, "us-gov"),
        ("طهران", "*", "iran-gov"),
        (In("لكن قطر التي", "قطر"), 0, "qatar-gov"),
    ],
    places=[
        ("واشنطن", 0, "washington"),
        ("الرياض", 0, "riyadh"),
        ("بلده", 0, "qatar"),
        ("الدوحة", 0, "doha"),
        ("العاصمة القطرية", 0, "doha"),
        ("المنطقة", "*", "region"),
        ("أراضيها", 0, "qatar"),
        ("الأرض السورية", "*", "syria"),
        ("مدن سورية", 0, "syria"),
    ],
    ops=[
        Op("Attack", "الهجمات الكيماوية", agents=[In("غضب أميركي على دمشق", "دمشق")], places=[("الأرض السورية", 0)]),
        Op("AirCampaign", "غارات", agents=["النظام السوري"], places=[("الأرض السورية", 0)]),
        Op("Attack", "ضربات", agents=["النظام السوري"], places=[("الأرض السورية", 0)]),
    ],
    figs=[
        Fig("PersonCount", 10, 999, "vague", "عشرات وربما مئات الإرهابيين"),
    ],
    dates=[
        ("منذ البداية", None),
        ("قبل مدة بسيطة", None),
        ("عامي 2013", "year:2013"),
        ("2014", "year:2014"),
    ],
    attrs=[
        At([In("أقر تميم", "تميم")], "أقر", R("بوجود قصور", "دعم الإرهاب")),
        At([In("أعلنت قطر", "قطر")], In("أعلنت قطر", "أعلنت"), R("قائمة لإرهابيين", "على أراضيها")),
        At(["وزير الدفاع الأميركي جيمس ماتيس"], "شدد", R("ضرورة مساندة", "التخريبي")),
        At(["وزير الدفاع الأميركي"], "الرسالة", R("بضرورة التعاون", "لمواجهة طهران")),
        At([In("لكن قطر التي", "قطر")], "تصفها", "بالشريفة"),
    ],
))
