"""Eighth held-out test set specs (devset/heldout-h): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="CN-middleEast-1173-20180811",  # published Sat 2018-08-11 (05:05 UTC)
    notes=("CNN Arabic digest led by a story that is not about the war (the Saudi psychiatry professor Tariq "
           "al-Habib tweeting that an atheist is not necessarily mentally ill), followed by teasers: a CNN analyst "
           "on Yemen, the Russian reconciliation centre on drones sent at Hmeimim (via Sputnik), the UN Security "
           "Council on the Sa'dah attack, the Saudi-led coalition spokesman on two Houthi ballistic missiles, the "
           "coalition's new measure on the Sa'dah bus attack. Actors: the '(CNN)—' dateline is an actor mention "
           "(no chain), as are 'موقع CNN بالعربية' (its disclaimer, 'ويشار إلى أن' has no speaker: no chain) and "
           "'شبكة CNN' in 'ريك فرانكونا، محلل الشؤون العسكرية في شبكة CNN' (institution named inside the phrase: "
           "the mention, and the one hop of his chain; doubtful, an analyst hardly speaks for the network). "
           "Al-Habib is a private individual who speaks → Civilians (README rule for private speakers; a local "
           "entity; the whole title-and-name phrase, then 'للحبيب' with the merged لل kept); least certain actor "
           "call of the article: earlier sets left some non-war public figures out (set G's al-Qaradaghi, but he "
           "spoke for an organisation with no Khabar class). 'السعودية' whose importance to the US Franconia "
           "stresses and 'للولايات المتحدة الأمريكة' (sic, لل kept) are read as the two states as political "
           "actors (Government), not places; 'السعودية' that leads the coalition likewise. 'مركز المصالحة "
           "الروسي' (named inside the commander Tsyganko's title) → Russian reconciliation centre; 'العسكريين "
           "الروس' → Russian Armed Forces; 'المسلحين' holding an area of Latakia → Syrian rebel factions (README: "
           "generic 'المسلحين'); 'وكالة سبوتنيك الروسية' → Sputnik (gazetteer NewsAgency, verified Q212196; a "
           "local entry); 'مجلس الأمن الدولي' → UNSC; the spokesman al-Maliki is annotated on the institution named "
           "inside his title, 'قوات التحالف \"تحالف دعم الشرعية في اليمن\"' (one mention; its 'اليمن' is inside "
           "the name, not a place), with 'قوات الدفاع الجوي للتحالف' and the later 'تحالف دعم الشرعية في اليمن' "
           "→ a local Coalition entity (Saudi-led coalition); 'الميليشيا الحوثية' + 'إيران' of 'التابعة لإيران' "
           "(affiliation rule: two mentions) → a local ArmedGroup (Houthis; not Militia: they do not fight beside a "
           "state) and Government of Iran; 'أطفالا' on the bus → civilians. Not annotated: 'طرفي الأزمة' (the two "
           "sides, mixed), Twitter and 'وسائل التواصل الاجتماعي' (platforms), 'الغاضبين منه' (in the tweet). "
           "Places: Dubai and the UAE (dateline); 'اليمن' (Franconia) and 'الأراضي اليمنية' → Yemen (no verified "
           "QID); 'محافظة اللاذقية السورية' → Latakia governorate (Q233236); 'قاعدة حميميم العسكرية' → Hmeimim "
           "(Facility, no QID); 'مدينة صعدة اليمنية' (twice, the adjective kept inside the span) and 'صعدة' → a "
           "local Sa'dah (Yemen) entity without QID (the gazetteer's صعدة rows are Syrian villages); 'منطقة "
           "خاضعة...' is indefinite, not a place mention. Operations: (1) 'العمليات العسكرية المتبادلة' (the "
           "mutual military operations that make talks hard) → GroundOffensive in Yemen, no agent (rule 6 names "
           "'العمليات العسكرية'; ArmedClash is the other reading, 'المتبادلة' meaning both sides; least certain "
           "type). (2) 'منطقة خاضعة لسيطرة المسلحين في محافظة اللاذقية' → TerritorialControl (rebels, Latakia). "
           "(3) the two drones 'أطلقتا ... نحو قاعدة حميميم' → Airstrike (set E: a drone attack on Hmeimim is an "
           "Airstrike, drones being aircraft), placed on Hmeimim (what it was aimed at) and Latakia governorate "
           "(where it was launched); no agent: the text says only that they came from a rebel-held area. (4) "
           "'تمكنوا من تدمير طائرتين' (the Russian military destroying the drones) → Attack (set E: shooting down "
           "aircraft is an Attack, no v2 type names it), placed at Hmeimim (the scene). (5) 'الهجوم الذي شهدته "
           "مدينة صعدة اليمنية، الخميس' → Attack (means unstated), with 'بالهجوم الذي استهدف حافلة كانت تقل "
           "أطفالا في مدينة صعدة اليمنية' a later mention of the same happening (same city; the coalition's "
           "measure relates to it; second Sa'dah added, 'أطفالا' as target); no agent is stated. (6) 'إطلاق "
           "صاروخين بالستيين من قبل الميليشيا الحوثية ... من داخل الأراضي اليمنية من صعدة' → Shelling (missile "
           "fire from the ground), placed at Sa'dah and Yemen (where it was fired from; no target place given); "
           "Iran (التابعة لإيران) taken as supporter (doubtful: affiliation rather than stated backing); no time "
           "(the 'الجمعة' is the announcement's). Not operations: the coalition's 'رصدت' (detection), its "
           "'إجراءً جديدًا' (a measure), the requested investigation. Statements: the UNSC's 'دعا ... إلى إجراء "
           "تحقيق' → Appeal (as sets D and E took UNSC calls). Chains: al-Habib's 'قال' ('لافتا' and 'على حد "
           "تعبيره' part of it), his tweet's 'حيث قال' (a second saying, quoted, hop 'للحبيب'), 'وتابع قائلا' "
           "(implicit subject → 'للحبيب'; 'قائلا' goes with 'تابع', one chain), Franconia's 'قال' ('لافتا' part "
           "of it) → [شبكة CNN], 'كشف ... حسبما أفادت وكالة سبوتنيك' → [Sputnik, reconciliation centre], the "
           "UNSC's 'دعا', al-Maliki's 'أعلن'. Figures: none (two drones, two missiles and a bus are not counts of "
           "people). Dates: the three 'الجمعة' → 10 August 2018, 'الخميس' → 9 August."),
    entities={
        "habib": ("Civilians", "Tariq al-Habib (Saudi psychiatry professor, private individual)", None),
        "saudi-gov": ("Government", "Government of Saudi Arabia", None),
        "sputnik": ("NewsAgency", "Sputnik", "Q212196"),
        "saudi-coalition": ("Coalition", "Saudi-led coalition in Yemen (Coalition to Restore Legitimacy in Yemen)",
                            None),
        "houthis": ("ArmedGroup", "Houthi movement (Ansar Allah)", None),
    },
    place_entities={
        "dubai": ("CityOrTown", "Dubai", None),
        "uae": ("Country", "United Arab Emirates", "Q878"),
        "yemen": ("Country", "Yemen", None),
        "saada": ("CityOrTown", "Sa'dah (Yemen)", None),
        "hmeimim": ("Facility", "Hmeimim Air Base", None),
        "latakia-gov": ("Governorate", "Al Ladhiqiyah", "Q233236"),
    },
    actors=[
        ("موقع CNN بالعربية", 0, "cnn"),
        ("شبكة CNN", 0, "cnn"),
        ("CNN", "*", "cnn"),
        ("البروفيسور السعودي بالطب النفسي، طارق الحبيب", 0, "habib"),
        ("للحبيب", 0, "habib"),
        ("السعودية", "*", "saudi-gov"),
        ("للولايات المتحدة الأمريكة", 0, "us-gov"),
        ("مركز المصالحة الروسي", 0, "ru-recon"),
        ("العسكريين الروس", 0, "ru-armed"),
        ("المسلحين", 0, "rebels"),
        ("وكالة سبوتنيك الروسية", 0, "sputnik"),
        ("مجلس الأمن الدولي", 0, "unsc"),
        ('قوات التحالف "تحالف دعم الشرعية في اليمن"', 0, "saudi-coalition"),
        ("قوات الدفاع الجوي للتحالف", 0, "saudi-coalition"),
        ("الميليشيا الحوثية", 0, "houthis"),
        (In("التابعة لإيران", "إيران"), 0, "iran-gov"),
        ("تحالف دعم الشرعية في اليمن", "*", "saudi-coalition"),
        ("أطفالا", 0, "civilians"),
    ],
    places=[
        ("دبي", 0, "dubai"),
        ("الإمارات العربية المتحدة", 0, "uae"),
        ("اليمن", 0, "yemen"),
        ("محافظة اللاذقية السورية", 0, "latakia-gov"),
        ("قاعدة حميميم العسكرية", 0, "hmeimim"),
        ("مدينة صعدة اليمنية", "*", "saada"),
        ("الأراضي اليمنية", 0, "yemen"),
        (In("اليمنية من صعدة", "صعدة"), 0, "saada"),
    ],
    ops=[
        Op("GroundOffensive", "العمليات العسكرية", places=[("اليمن", 0)]),
        Op("TerritorialControl", "خاضعة لسيطرة", agents=["المسلحين"], places=["محافظة اللاذقية السورية"]),
        Op("Airstrike", "أطلقتا", places=["قاعدة حميميم العسكرية", "محافظة اللاذقية السورية"]),
        Op("Attack", "تدمير", agents=["العسكريين الروس"], places=["قاعدة حميميم العسكرية"]),
        Op("Attack", ("الهجوم", 0), targets=["أطفالا"],
           places=[("مدينة صعدة اليمنية", 0), ("مدينة صعدة اليمنية", 1)], time="الخميس"),
        Op("Shelling", "إطلاق صاروخين بالستيين", agents=["الميليشيا الحوثية"],
           supporters=[In("التابعة لإيران", "إيران")],
           places=[In("اليمنية من صعدة", "صعدة"), "الأراضي اليمنية"]),
    ],
    stmts=[
        St("Appeal", by="مجلس الأمن الدولي", cue="دعا", content=R("إلى إجراء تحقيق", "الخميس")),
    ],
    dates=[
        (("الجمعة", 0), "wd"),
        ("الخميس", "wd"),
        (("الجمعة", 1), "wd"),
        (("الجمعة", 2), "wd"),
    ],
    attrs=[
        At(["البروفيسور السعودي بالطب النفسي، طارق الحبيب"], ("قال", 0), R("إن الملحد", "على حد تعبيره")),
        At(["للحبيب"], ("قال", 1), R('"الملحد ليس', 'نفسي."')),
        At(["للحبيب"], "تابع قائلا", R('"حديث أحد', 'لسواها."')),
        At(["شبكة CNN"], ("قال", 2), R("إن الدبلوماسية", "الأمريكة")),
        At(["وكالة سبوتنيك الروسية", "مركز المصالحة الروسي"], "كشف", R('"العسكريين الروس', 'العسكرية"')),
        At(["مجلس الأمن الدولي"], "دعا", R("إلى إجراء تحقيق", "الخميس")),
        At(['قوات التحالف "تحالف دعم الشرعية في اليمن"'], "أعلن", R("أن قوات الدفاع الجوي", 'من صعدة"')),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="CN-middleEast-1349-20180911",  # published Tue 2018-09-11 (09:09 UTC)
    notes=("The coalition announces that the SDF began the ground operations of phase three of Operation Roundup "
           "(Hajin, Deir ez-Zor countryside east of the Euphrates), then the statement's Facebook text, then CNN "
           "teasers: Sisi on the Hijri and Coptic new years, al-Abadi's office on his Basra visit, Israeli soldiers "
           "shooting a Palestinian boy at the Gaza fence, a Qatari official's photo of the former emir, Iran "
           "rejecting Bahrain's claims (the text breaks off mid-sentence). Operations: (1) 'شَرَعَت قوات سوريا "
           "الديمقراطية بالعمليات البرية ضمن المرحلة الثالثة من عملية راوندآب' → ONE GroundOffensive (the "
           "phase-three ground operations; Operation Roundup as a whole is not made a second operation: the text "
           "states only the phase that began, and gives the whole no place of its own; least certain of the "
           "count). 'الهجوم البري' (twice) and the Facebook repeat of the first sentence are later mentions. The "
           "first sentence names no place; the places are those the statement ties to the ground attack, 'تطهير "
           "هجين والمنطقة المتبقية من ريف دير الزور' (the clearing is an aim, not an operation, but it fixes "
           "where the offensive runs); 'شرق نهر الفرات' is a reference point, not a place of it. Agent SDF, "
           "supporter the coalition ('المَسنود ... للتحالف'), target IS ('بقايا داعش'), time 10 September. (2) "
           "'بالغارات الجوية ... للتحالف' backing the ground attack → Airstrike (coalition; v2: an AirCampaign "
           "needs a period or a campaign stated, and none is; least certain type of the article, the support of "
           "a multi-day offensive reads like a campaign). (3) 'والمدفعية للتحالف عبر الحدود' → Shelling "
           "(coalition artillery firing across the border; 'قصف جوي وبري' rule: two operations). Both are stated "
           "as under way (the offensive 'is backed' by them) and take the offensive's places; 'الحدود' (bare) is "
           "not a place mention. (4) 'أطلق جنود إسرائيليون النار ... على صبي فلسطيني ... أمام السياج الذي يفصل "
           "غزة وإسرائيل' → Attack (other means: small-arms fire), targets the boy (civilians), placed on the "
           "fence (a local Landmark) and Gaza (the side the boy was on); Israel is a reference point of the "
           "fence, not a place of it; time 'الجمعة الماضية'. Not operations: the arrest of 14 Iranians and their "
           "entry into Bahrain (not military), the 'الأحداث الأخيرة' in Iraq (the Basra unrest). Actors: '(CNN)--' "
           "dateline (no chain); 'التحالف الدولي لقتال تنظيم داعش' is one mention (the coalition's full name; its "
           "'داعش' is inside it), 'التحالف الدولي', 'للتحالف' and 'للتحالف الدولي' (merged لل kept) → US-led "
           "coalition; 'الرئيس عبدالفتاح السيسي' → Government of Egypt; 'المكتب الإعلامي لرئيس الوزراء "
           "العراقي، حيدر العبادي' → two mentions, the office (a local Government entity, the speaker) and "
           "'رئيس الوزراء العراقي، حيدر العبادي' (Government of Iraq); 'جنود إسرائيليون' → Israel Defense Forces; "
           "'صبي فلسطيني' → civilians; the Qatari official who posted the photo is annotated on the institution "
           "named in his title ('مكتب الاتصال الحكومي القطري', a local Government entity); the pictured former "
           "emir is not annotated (set C left King Salman in a photo out), and the 'قطر' of his title is taken as "
           "a place mention (Qatar, Q846; doubtful); 'إيران' and 'طهران' (rejecting, pointing out) → Government "
           "of Iran; 'وزارة الداخلية البحرينية' and 'الحكومة البحرينية' → local Bahraini Government entities. Not "
           "annotated: Facebook and Twitter (platforms), 'هذا الشعب' (a population), '14 إيرانياً' (persons "
           "arrested, not said to be civilians; as earlier sets left unqualified 'شخصا'). Places: Dubai, UAE "
           "(dateline); Hajin (gazetteer, Q5639989); 'ريف دير الزور' → the registry's Deir ez-Zor countryside; "
           "'نهر الفرات' → Euphrates; 'محافظة البصرة' → Basra Governorate (no verified QID); 'البلاد' → Iraq; "
           "Gaza (a local Region: the strip, no QID), Israel (Q801), 'البحرين' (entered; no QID). Chains: 'حسبما "
           "أفاد التحالف الدولي لقتال تنظيم داعش' (content before the cue); 'في بيان أصدره التحالف الدولي ... "
           "إنّ' (a second saying, its quote); 'وجاء نص البيان ... بصفحة تابعة للتحالف الدولي' (the statement's "
           "text as published, hop the coalition whose page it is; annotated as written, like set G's duplicated "
           "sentence); Sisi's 'رأى' (as set C took 'رأى الأسد'; content the quote before it); the media office's "
           "'أصدر ... بيانا بشأن' (content the topics it covered; doubtful whether a topic is content: set G "
           "refused a chain to 'حديث أردوغان' which had none); Iran's 'رفضت تأكيد ما أسمتها \"مزاعم\"' (a "
           "refusal to confirm, as 'نفى'); the ministry's 'أعلنت' (one hop, stated in the article's voice); "
           "'إذ أشارت طهران' (a finite verb, its own chain, not a participle going on with 'رفضت'). 'صورة ... "
           "نشرها' is not a saying. Figures: '14 إيرانياً' arrested → PersonCount 14 (a count of people, stated "
           "by the Bahraini ministry); the boy's age is not a figure. Dates: '10/ سبتمبر أيلول' and '10 أيلول' → "
           "2018-09-10; both 'الثلاثاء' → 11 September (publication day); '11 سبتمبر/ أيلول 2018'; 'الإثنين' → "
           "10 September; 'الجمعة الماضية' → 7 September. 'بداية التقويمين الهجري والقبطي' (the start of the two "
           "calendars' years) names events, not a time expression: not annotated."),
    entities={
        "egypt-gov": ("Government", "Government of Egypt", None),
        "iraq-gov": ("Government", "Government of Iraq", None),
        "iraq-pm-media-office": ("Government", "Media Office of the Prime Minister of Iraq", None),
        "idf": ("StateForce", "Israel Defense Forces", None),
        "qatar-gco": ("Government", "Government Communications Office (Qatar)", None),
        "bahrain-moi": ("Government", "Ministry of Interior (Bahrain)", None),
        "bahrain-gov": ("Government", "Government of Bahrain", None),
    },
    place_entities={
        "dubai": ("CityOrTown", "Dubai", None),
        "uae": ("Country", "United Arab Emirates", "Q878"),
        "hajin": ("CityOrTown", "Hajin", "Q5639989"),
        "basra-gov": ("Governorate", "Basra Governorate", None),
        "gaza": ("Region", "Gaza Strip", None),
        "gaza-fence": ("Landmark", "Gaza–Israel border fence", None),
        "israel": ("Country", "Israel", "Q801"),
        "qatar": ("Country", "Qatar", "Q846"),
        "bahrain": ("Country", "Bahrain", None),
    },
    actors=[
        ("CNN", 0, "cnn"),
        ("قوات سوريا الديمقراطية", "*", "sdf"),
        ("التحالف الدولي لقتال تنظيم داعش", 0, "us-coalition"),
        ("للتحالف الدولي", 0, "us-coalition"),
        ("التحالف الدولي", "*", "us-coalition"),
        ("للتحالف", "*", "us-coalition"),
        ("داعش", "*", "isis"),
        ("الرئيس عبدالفتاح السيسي", 0, "egypt-gov"),
        ("المكتب الإعلامي", 0, "iraq-pm-media-office"),
        ("رئيس الوزراء العراقي، حيدر العبادي", 0, "iraq-gov"),
        ("جنود إسرائيليون", 0, "idf"),
        ("صبي فلسطيني", 0, "civilians"),
        ("مكتب الاتصال الحكومي القطري", 0, "qatar-gco"),
        ("إيران", 0, "iran-gov"),
        ("وزارة الداخلية البحرينية", 0, "bahrain-moi"),
        ("طهران", 0, "iran-gov"),
        ("الحكومة البحرينية", 0, "bahrain-gov"),
    ],
    places=[
        ("دبي", 0, "dubai"),
        ("الإمارات العربية المتحدة", 0, "uae"),
        ("هجين", 0, "hajin"),
        ("ريف دير الزور", 0, "deir-countryside"),
        ("نهر الفرات", 0, "euphrates"),
        ("محافظة البصرة", 0, "basra-gov"),
        ("البلاد", 0, "iraq"),
        ("السياج", 0, "gaza-fence"),
        ("غزة", 0, "gaza"),
        (In("غزة وإسرائيل", "إسرائيل"), 0, "israel"),
        (In("أمير قطر", "قطر"), 0, "qatar"),
        (In("دخلوا البحرين", "البحرين"), 0, "bahrain"),
    ],
    ops=[
        Op("GroundOffensive", ("العمليات البرية", 0), agents=[("قوات سوريا الديمقراطية", 0), ("قوات سوريا الديمقراطية", 1)],
           targets=["داعش"], supporters=["للتحالف"], places=["هجين", "ريف دير الزور"], time="10/ سبتمبر أيلول"),
        Op("Airstrike", "الغارات الجوية", agents=["للتحالف"], places=["هجين", "ريف دير الزور"]),
        Op("Shelling", "المدفعية", agents=["للتحالف"], places=["هجين", "ريف دير الزور"]),
        Op("Attack", "أطلق جنود إسرائيليون النار", agents=["جنود إسرائيليون"], targets=["صبي فلسطيني"],
           places=["السياج", "غزة"], time="الجمعة الماضية"),
    ],
    figs=[
        Fig("PersonCount", 14, 14, "exact", "14 إيرانياً", by="وزارة الداخلية البحرينية"),
    ],
    dates=[
        ("10/ سبتمبر أيلول", ("2018-09-10", "2018-09-10")),
        (("الثلاثاء", 0), "wd"),
        ("10 أيلول", ("2018-09-10", "2018-09-10")),
        (("الثلاثاء", 1), "wd"),
        ("11 سبتمبر/ أيلول 2018", ("2018-09-11", "2018-09-11")),
        ("الإثنين", "wd"),
        ("الجمعة الماضية", "wd"),
    ],
    attrs=[
        At(["التحالف الدولي لقتال تنظيم داعش"], "حسبما أفاد", R("شَرَعَت", "سبتمبر أيلول")),
        At(["التحالف الدولي"], "بيان أصدره", R('"الهجوم البري', 'بقايا داعش"')),
        At(["للتحالف الدولي"], "نص البيان", R("شَرَعَت", "الهجوم البري،...", 1)),
        At(["الرئيس عبدالفتاح السيسي"], "رأى", '"رمزية جميلة ودالة على وحدة هذا الشعب"'),
        At(["المكتب الإعلامي"], In("أصدر المكتب", "أصدر"), R("بشأن زيارته", "شهدتها البلاد")),
        At(["إيران"], "رفضت", R("تأكيد ما أسمتها", "البحرينية")),
        At(["وزارة الداخلية البحرينية"], "أعلنت", R("القبض على", "مزورة")),
        At(["طهران"], "أشارت", R("إلى عدم وجود", "يمنعها من")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="CN-middleEast-23-20180219",  # published Mon 2018-02-19 (08:15 UTC)
    notes=("Lavrov (via the official Russian agency) rejects Iranian talk of destroying Israel and blames the US "
           "Jerusalem decision on anti-Iran bias; two teaser headlines (Zarif on Netanyahu, Netanyahu on Iran); "
           "background on the 10 February Israel-Iran-Syria escalation. Operations, all in the last sentence: (1) "
           "'إعلان إسرائيل إسقاطها لطائرة إيرانية بدون طيار اخترقت الأجواء الإسرائيلية' → Attack (shooting "
           "down an aircraft; set E's convention, no v2 type names it), agent Israel (the 'إسرائيل' of 'إعلان "
           "إسرائيل', whose pronoun is the subject of 'إسقاطها'), target the Iranian side, placed in Israeli "
           "airspace, time 10 February. The drone's incursion ('اخترقت الأجواء') is not made an Entry (an "
           "aircraft crossing airspace, not forces entering a place). (2) 'وشن غارات على \"مواقع إيرانية\" في "
           "سوريا' → ONE Airstrike (several raids, one occasion, one day), agent Israel, target the Iranian side, "
           "place Syria, time 10 February. (3) 'لتسقط قوات النظام السوري مقاتلة إسرائيلية طراز \"F16\" بصاروخ' → "
           "Attack (shooting down, as (1); Shelling, 'missile fire from the ground', is the other reading of "
           "'بصاروخ'; least certain type), agent the regime's forces → Syrian Arab Army (fighting force), target "
           "the Israeli side; the text names no place for it: placed in Syria, the scene of the clause before; "
           "no time of its own clause. Not operations: 'ضرورة تدمير إسرائيل' and 'التصدي لإسرائيل' (calls), "
           "'محاربة إيران' (a lens Lavrov rejects), Netanyahu's 'السيطرة على العالم' (an aim he ascribes), the "
           "US recognition of Jerusalem. Actors: 'وزير الخارجية الروسية، سيرغي لافروف', 'لافروف' (twice), 'وزير "
           "الخارجية الروسي' → Russian MFA (whole title-and-name phrase, as set F's Le Drian); 'موسكو' (rejects) "
           "and 'بلاده' (his country does not agree) → Government of Russia; 'وكالة الانباء الروسية الرسمية' "
           "(sic 'الانباء'; which agency is not said) and 'الوكالة' → a local NewsAgency entity; 'وزير الخارجية "
           "الإيراني جواد ظريف' (span without the لِ of 'لوزير') and 'ظريف' → a local Iranian MFA entity; "
           "'نتنياهو' (twice, headlines) → Government of Israel; 'الولايات المتحدة', 'واشنطن' → Government of the "
           "US; every 'إيران' (bias against, fighting, seeks, tension) → Government of Iran. 'إسرائيل' is split by "
           "role: as a party (to be destroyed, confronted, in tension, announcing) → Government of Israel; in 'عاصمة "
           "لإسرائيل' / 'كعاصمة استثنائية لإسرائيل' (the country whose capital) → place Israel (doubtful, a "
           "capital of a state could be read politically). 'السلطات الإسرائيلية' → Government of Israel. The "
           "nationality adjectives of the aircraft and sites, 'إيرانية' (drone, 'مواقع إيرانية') and 'إسرائيلية' "
           "(the F-16), are annotated as actor mentions of the forces they denote (a local 'Iranian forces' "
           "StateForce entity, and Israel Defense Forces), as the README takes nationality adjectives of "
           "perpetrators; here they are targets (doubtful). 'روسي الصنع' (Russian-made) is not a perpetrator: "
           "not annotated. Places: Dubai, UAE (dateline), 'الشرق الأوسط' and 'المنطقة' (Lavrov's 'the region') "
           "→ a local Middle East Region, Jerusalem twice (Q1218), Syria twice (Q858), Yemen (no QID), 'الأجواء "
           "الإسرائيلية' → Israel (Q801). Chains: 'قال ... وفقاً لما نقلته على لسانه وكالة الانباء الروسية "
           "الرسمية' → [agency, Lavrov]; 'تصريحات لوزير الخارجية الإيراني جواد ظريف بضرورة التصدي ...' → "
           "[Zarif] (the noun of saying, as earlier sets took 'اتهامات'); 'رد لافروف' has no content of its own: "
           "no chain; the headline 'ظريف عن نتنياهو: ...' → [Zarif] with the colon as cue, and 'نتنياهو: ...' → "
           "[Netanyahu] (earlier sets' headline convention); 'وأضاف لافروف قوله' → [Lavrov] (the agency is not "
           "named in that sentence); 'وقال وزير الخارجية الروسي ... مشدداً ... لما نقلته الوكالة' → [agency, "
           "minister], 'مشدداً' part of it; 'إعلان إسرائيل' → [Israel] (content: the shoot-down and the raids); "
           "'تعتقد السلطات الإسرائيلية أنه روسي الصنع' → [Israeli authorities] (a belief ascribed to a source, "
           "taken like set G's analysts' 'يرجح'; doubtful, set E did not take a stance as a saying). "
           "'إعلان واشنطن' is inside Lavrov's quote: no chain of its own. Figures: none. Dates: 'الإثنين' → 19 "
           "February 2018 (publication day), '10 فبراير/شباط الحالي' → 2018-02-10."),
    entities={
        "ru-official-agency": ("NewsAgency", "the official Russian news agency (unnamed)", None),
        "iran-mfa": ("Government", "Ministry of Foreign Affairs (Iran)", None),
        "israel-gov": ("Government", "Government of Israel", None),
        "iran-forces": ("StateForce", "Iranian forces", None),
        "idf": ("StateForce", "Israel Defense Forces", None),
    },
    place_entities={
        "dubai": ("CityOrTown", "Dubai", None),
        "uae": ("Country", "United Arab Emirates", "Q878"),
        "middle-east": ("Region", "Middle East", None),
        "jerusalem": ("CityOrTown", "Jerusalem", "Q1218"),
        "israel": ("Country", "Israel", "Q801"),
        "yemen": ("Country", "Yemen", None),
    },
    actors=[
        ("CNN", 0, "cnn"),
        ("وزير الخارجية الروسية، سيرغي لافروف", 0, "ru-mfa"),
        ("موسكو", 0, "ru-gov"),
        (In("تدمير إسرائيل", "إسرائيل"), 0, "israel-gov"),
        ("وكالة الانباء الروسية الرسمية", 0, "ru-official-agency"),
        ("لافروف", "*", "ru-mfa"),
        ("وزير الخارجية الإيراني جواد ظريف", 0, "iran-mfa"),
        (In("التصدي لإسرائيل", "إسرائيل"), 0, "israel-gov"),
        ("ظريف", "*", "iran-mfa"),
        ("نتنياهو", "*", "israel-gov"),
        ("الولايات المتحدة", 0, "us-gov"),
        (In("المناهض\xa0لإيران", "إيران"), 0, "iran-gov"),
        (In("نتنياهو: إيران", "إيران"), 0, "iran-gov"),
        ("وزير الخارجية الروسي", 0, "ru-mfa"),
        ("بلاده", 0, "ru-gov"),
        (In("محاربة إيران", "إيران"), 0, "iran-gov"),
        ("واشنطن", 0, "us-gov"),
        (In("التحيز ضد إيران", "إيران"), 0, "iran-gov"),
        ("الوكالة", "*", "ru-official-agency"),
        (In("بين إيران", "إيران"), 0, "iran-gov"),
        (In("إيران وإسرائيل", "إسرائيل"), 0, "israel-gov"),
        (In("إعلان\xa0إسرائيل", "إسرائيل"), 0, "israel-gov"),
        (In("لطائرة إيرانية", "إيرانية"), 0, "iran-forces"),
        (In("مواقع إيرانية", "إيرانية"), 0, "iran-forces"),
        ("قوات النظام السوري", 0, "saa"),
        (In("مقاتلة إسرائيلية", "إسرائيلية"), 0, "idf"),
        ("السلطات الإسرائيلية", 0, "israel-gov"),
    ],
    places=[
        ("دبي", 0, "dubai"),
        ("الإمارات العربية المتحدة", 0, "uae"),
        ("الشرق الأوسط", 0, "middle-east"),
        ("القدس", "*", "jerusalem"),
        (In("عاصمة لإسرائيل", "إسرائيل"), 0, "israel"),
        (In("استثنائية لإسرائيل", "إسرائيل"), 0, "israel"),
        ("سوريا", "*", "syria"),
        ("اليمن", 0, "yemen"),
        (In("في المنطقة", "المنطقة"), 0, "middle-east"),
        ("الأجواء الإسرائيلية", 0, "israel"),
    ],
    ops=[
        Op("Attack", "إسقاطها", agents=[In("إعلان\xa0إسرائيل", "إسرائيل")], targets=[In("لطائرة إيرانية", "إيرانية")],
           places=["الأجواء الإسرائيلية"], time="10 فبراير/شباط الحالي"),
        Op("Airstrike", "غارات", agents=[In("إعلان\xa0إسرائيل", "إسرائيل")], targets=[In("مواقع إيرانية", "إيرانية")],
           places=[("سوريا", 1)], time="10 فبراير/شباط الحالي"),
        Op("Attack", In("لتسقط", "تسقط"), agents=["قوات النظام السوري"],
           targets=[In("مقاتلة إسرائيلية", "إسرائيلية")], places=[("سوريا", 1)]),
    ],
    dates=[
        ("الإثنين", "wd"),
        ("10 فبراير/شباط الحالي", ("2018-02-10", "2018-02-10")),
    ],
    attrs=[
        At(["وكالة الانباء الروسية الرسمية", "وزير الخارجية الروسية، سيرغي لافروف"], ("قال", 0),
           R('"موسكو ترفض', 'إسرائيل،"')),
        At(["وزير الخارجية الإيراني جواد ظريف"], In("على تصريحات", "تصريحات"), R("بضرورة التصدي", "الشرق الأوسط")),
        At(["ظريف"], In("نتنياهو: كلمته", ":"), R("كلمته", "رغماً عنه")),
        At([("لافروف", 1)], "أضاف", R('" "قرار', 'تفاقم الأوضاع"')),
        At([("نتنياهو", 1)], In("نتنياهو: إيران", ":"), R("إيران تسعى", 'العالم"')),
        At(["الوكالة", "وزير الخارجية الروسي"], In("وقال وزير", "قال"), R("بأن بلاده", "لتفاقم الأوضاع")),
        At([In("إعلان\xa0إسرائيل", "إسرائيل")], In("إعلان\xa0إسرائيل", "إعلان"), R("إسقاطها", "فبراير/شباط الحالي")),
        At(["السلطات الإسرائيلية"], "تعتقد", "أنه\xa0روسي الصنع"),
    ],
))
