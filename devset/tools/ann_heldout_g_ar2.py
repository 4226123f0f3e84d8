"""Seventh held-out test set specs (devset/heldout-g): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-196-20180310",  # published Sat 2018-03-10 (02:48 UTC)
    notes=("Afrin: Erdogan says Turkish forces and Ankara-backed fighters have encircled the city; the YPG denies "
           "it. Operations: the encirclement 'أحاطوا بالمدينة الرئيسية' → ONE Advance (encircling: 'طوّق'); the "
           "YPG's denials of 'حصار القوات التركية للمدينة/لمدينة عفرين' and Erdogan's 'نجحت في حصارها' are "
           "later mentions of it (here 'حصار' is the encirclement act, not a siege as a standing state; an "
           "asserted and denied operation is annotated), and so are the 'محاولات تقدم القوات التركية والفصائل "
           "السورية الموالية لها' the reinforcements are to repel (same type, side, place, time: agents and the "
           "Afrin of that sentence added; least certain whether the attempted advance should stand alone). The "
           "enclave 'تحت سيطرة الأكراد السوريين' → TerritorialControl (YPG) on 'جيب' (annotated as the Afrin "
           "district: the enclave the main city lies in; doubtful as a place mention) and 'شمال غرب سوريا'. "
           "'مناطق سيطرة قوات سوريا الديمقراطية شرقي سوريا' → TerritorialControl (SDF, eastern Syria). 'وصول "
           "تعزيزات عسكرية' → Redeployment from eastern Syria to Afrin, no agent (the text names only where they "
           "come from; the SDF is not said to send them, the YPG is whom they support, not a backer of the "
           "movers). 'العملية العسكرية ضد الأكراد' → the Turkish GroundOffensive (first mention; 'حملة أنقرة ضد "
           "وحدات حماية الشعب في عفرين' and 'استكمال الهجوم على عفرين' are later mentions: agent Ankara, places "
           "Afrin). The civilians killed 'في القصف والاشتباكات' → a Shelling (bare قصف in the Turkish operation) "
           "and an ArmedClash, no agent stated, placed in Afrin (the scene of the sentence before). The US "
           "'وقف عملياتها ضد جيوب تنظيم داعش' → a GroundOffensive (under way until halted; 'عمليات' of a force "
           "with ground means, rule 6; placed in northern Syria, the only place of the sentence; least certain "
           "of type and place). 'أرسلت قوات للدفاع عن عفرين' → Redeployment (Damascus; the bare 'قوات' → "
           "Syrian Arab Army). 'القوات التركية التي سيطرت على بلدة جندريس' → Capture (Jindires, spelled "
           "'جندريس'). 'مواقع أخرى تحت سيطرة السوريين الأكراد شرقي نهر الفرات' → TerritorialControl placed on the "
           "Euphrates (the only place the clause names, the positions lying east of it; the dev set likewise "
           "placed the regime's control of the Euphrates' western bank on the river). NOT operations: "
           "'على وشك دخولها/دخول المدينة' (imminent, not done), 'هدف تركيا للتقدم "
           "نحو منبج' (an aim), 'حيث تتواجد القوات الأميركية' and 'تتواجد على بعد 6 كيلومترات' (presence, as "
           "earlier sets did not take 'تتواجد'/'ترابط'), 'تبعد ... عن المدينة' (a position given to deny the "
           "encirclement), 'صد محاولات' (the purpose of the reinforcements), the 'انتهاكات'. Actors: 'مقاتلي "
           "المعارضة' (Ankara-backed) and 'الفصائل السورية الموالية لها' → Syrian National Army, with 'أنقرة' "
           "in 'المدعومين من أنقرة' a separate Government-of-Turkey mention (supporter); 'الأكراد السوريين', "
           "'السوريين الأكراد' (holding territory) and 'الأكراد' as the target of the operation → YPG, but the "
           "second 'ضد الأكراد' (victims of violations: a population) is not annotated; 'وحدات الشعب الكردية' "
           "(sic) → YPG; the spokesman Nouri Mahmoud is annotated on the institution named in his title "
           "('وحدات حماية الشعب'); 'قواته' (Erdogan's) → Turkish Armed Forces; 'المنظمات الدولية' accusing "
           "violations → a local MonitoringGroup entity (human-rights accusations, like Amnesty in set D; if "
           "read as humanitarian organisations a Condemnation would be owed; doubtful); 'مصادر ميدانية' → a "
           "local unnamed source; 'الإدارة الذاتية الكردية' and 'القوى العالمية' → local Government entities; "
           "'التحالفات العسكرية' (generic) not annotated. Places: 'المدينة الرئيسية', 'للمدينة' (the لل kept), "
           "'المدينة' → Afrin city; 'أنقرة' where the speech was made → Ankara (place), the other two 'أنقرة' "
           "are actors; 'شرقي عفرين' gives Afrin as a reference point for Manbij. Figures: three Distances "
           "('نحو خمسة عشر' → about 15 km, YPG; 'ما بين 10 و15' → 10..15 km, the YPG spokesman; '6 كيلومترات', "
           "Erdogan) and the dozens of civilians killed (Killed 10..99, stated_by the international "
           "organisations, the only source of that sentence; the second 'اتهامات' has no named accuser and is "
           "read as continuing theirs: one chain whose content runs over both). Chains: Erdogan's 'قال'; the "
           "YPG's 'تنفيه' (content 'الأمر'); the duplicated sentence 'ونفت ... للمدينة نفت ... لمدينة عفرين' "
           "(a subtitle run into the text) gives two 'نفت' chains, both annotated as written; the YPG's "
           "'وقالت'; the spokesman's 'قال'; Erdogan's 'الذي قال' (in the reply); 'ذكرت مصادر ميدانية'; the "
           "organisations' 'اتهامات'; Erdogan's 'صرح'; 'شدد الرئيس التركي'. Date: 'الجمعة' → 9 March (the "
           "speech)."),
    entities={
        "field-sources": ("AnonymousSource", "field sources", None),
        "intl-orgs-rights": ("MonitoringGroup", "international organisations (accusing violations in Afrin)", None),
        "kurdish-self-admin": ("Government", "Kurdish self-administration (Autonomous Administration)", None),
        "world-powers": ("Government", "world powers", None),
    },
    place_entities={
        "nw-syria": ("Region", "northwestern Syria", None),
        "east-syria": ("Region", "eastern Syria", None),
        "north-syria": ("Region", "northern Syria", None),
        "ankara": ("CityOrTown", "Ankara", "Q3640"),
    },
    actors=[
        ("الرئيس التركي رجب طيب أردوغان", 0, "tr-gov"),
        ("الرئيس التركي", "*", "tr-gov"),
        ("أردوغان", "*", "tr-gov"),
        ("قوات الجيش التركي", 0, "tr-armed"),
        ("القوات التركية", "*", "tr-armed"),
        ("مقاتلي المعارضة", 0, "sna"),
        (In("من أنقرة", "أنقرة"), 0, "tr-gov"),
        (In("حملة أنقرة", "أنقرة"), 0, "tr-gov"),
        ("الأكراد السوريين", 0, "ypg"),
        ("وحدات الشعب الكردية", 0, "ypg"),
        ("وحدات حماية الشعب الكردية", "*", "ypg"),
        ("وحدات حماية الشعب الكردي", "*", "ypg"),
        ("وحدات حماية الشعب", "*", "ypg"),
        (In("إن قواته", "قواته"), 0, "tr-armed"),
        ("مصادر ميدانية", 0, "field-sources"),
        ("قوات سوريا الديمقراطية", 0, "sdf"),
        ("الفصائل السورية الموالية لها", 0, "sna"),
        (In("العسكرية ضد الأكراد", "الأكراد"), 0, "ypg"),
        ("المنظمات الدولية", 0, "intl-orgs-rights"),
        ("المدنيين", 0, "civilians"),
        ("الولايات المتحدة", 0, "us-gov"),
        ("تنظيم داعش", 0, "isis"),
        ("دمشق", 0, "syr-gov"),
        (In("وأرسلت قوات", "قوات"), 0, "saa"),
        ("الرئيس السوري بشار الأسد", 0, "syr-gov"),
        ("الإدارة الذاتية الكردية", 0, "kurdish-self-admin"),
        ("القوى العالمية", 0, "world-powers"),
        (In("هدف تركيا", "تركيا"), 0, "tr-gov"),
        ("القوات الأميركية", 0, "us-armed"),
        ("السوريين الأكراد", 0, "ypg"),
    ],
    places=[
        ("المدينة الرئيسية", 0, "afrin"),
        ("جيب", 0, "afrin-district"),
        ("شمال غرب سوريا", 0, "nw-syria"),
        ("للمدينة", 0, "afrin"),
        ("مدينة عفرين", "*", "afrin"),
        ("المدينة", "*", "afrin"),
        ("شرقي سوريا", 0, "east-syria"),
        ("شمالي سوريا", 0, "north-syria"),
        ("سوريا", "*", "syria"),
        (In("في أنقرة", "أنقرة"), 0, "ankara"),
        ("بلدة جندريس", 0, "jindires"),
        ("منبج", 0, "manbij"),
        ("نهر الفرات", 0, "euphrates"),
        ("عفرين", "*", "afrin"),
    ],
    ops=[
        Op("Advance", "أحاطوا",
           agents=[("القوات التركية", 0), "مقاتلي المعارضة", ("القوات التركية", 1), ("القوات التركية", 2),
                   ("القوات التركية", 3), "الفصائل السورية الموالية لها"],
           supporters=[In("من أنقرة", "أنقرة")],
           places=["المدينة الرئيسية", "للمدينة", ("مدينة عفرين", 0), In("دخول المدينة", "المدينة"),
                   In("سوريا إلى عفرين", "عفرين")]),
        Op("TerritorialControl", ("تحت سيطرة", 0), agents=["الأكراد السوريين"], places=["جيب", "شمال غرب سوريا"]),
        Op("TerritorialControl", "مناطق سيطرة", agents=["قوات سوريا الديمقراطية"], places=["شرقي سوريا"]),
        Op("Redeployment", "تعزيزات عسكرية", places=[In("سوريا إلى عفرين", "عفرين"), "شرقي سوريا"]),
        Op("GroundOffensive", "العملية العسكرية", agents=[In("حملة أنقرة", "أنقرة")],
           targets=[In("العسكرية ضد الأكراد", "الأكراد"), In("أنقرة ضد وحدات حماية الشعب", "وحدات حماية الشعب")],
           places=[In("الشعب في عفرين", "عفرين"), In("الهجوم على عفرين", "عفرين")]),
        Op("Shelling", "القصف", places=[In("سوريا إلى عفرين", "عفرين")]),
        Op("ArmedClash", "الاشتباكات", places=[In("سوريا إلى عفرين", "عفرين")]),
        Op("GroundOffensive", "عملياتها", agents=["الولايات المتحدة"], targets=["تنظيم داعش"],
           places=["شمالي سوريا"]),
        Op("Redeployment", "أرسلت", agents=["دمشق", In("وأرسلت قوات", "قوات")],
           places=[In("للدفاع عن عفرين", "عفرين")]),
        Op("Capture", "سيطرت", agents=[("القوات التركية", 4)], places=["بلدة جندريس"]),
        Op("TerritorialControl", ("تحت سيطرة", 1), agents=["السوريين الأكراد"], places=["نهر الفرات"]),
    ],
    figs=[
        Fig("Distance", 15, 15, "about", "نحو خمسة عشر كيلومترا", by=("وحدات حماية الشعب الكردية", 1)),
        Fig("Distance", 10, 15, "exact", "ما بين 10 و15 كيلومترا",
            by=In("المتحدث باسم وحدات حماية الشعب", "وحدات حماية الشعب")),
        Fig("Killed", 10, 99, "vague", "العشرات من المدنيين", by="المنظمات الدولية"),
        Fig("Distance", 6, 6, "exact", "6 كيلومترات", by=("أردوغان", 1)),
    ],
    dates=[
        ("الجمعة", "wd"),
    ],
    attrs=[
        At(["الرئيس التركي رجب طيب أردوغان"], ("قال", 0), R("إن القوات التركية", "على وشك دخولها")),
        At(["وحدات الشعب الكردية"], "تنفيه", ("الأمر", 0)),
        At([("وحدات حماية الشعب الكردية", 0)], ("نفت", 0), "حصار القوات التركية للمدينة"),
        At([("وحدات حماية الشعب الكردية", 1)], ("نفت", 1), "حصار القوات التركية لمدينة عفرين"),
        At([("وحدات حماية الشعب الكردية", 1)], In("وقالت إنها", "قالت"), R("إنها تبعد", "عن المدينة")),
        At([In("المتحدث باسم وحدات حماية الشعب", "وحدات حماية الشعب")], In("وقال المتحدث", "قال"),
           R('"قوات الجيش التركي', 'كيلومترا"')),
        At([("أردوغان", 0)], In("الذي قال", "قال"), R("إن قواته", "في حصارها")),
        At(["مصادر ميدانية"], "ذكرت", R("وصول تعزيزات", "الموالية لها")),
        At(["المنظمات الدولية"], ("اتهامات", 0), R("بحصول انتهاكات", "في القصف والاشتباكات")),
        At([("أردوغان", 1)], "صرح", R("أن القوات التركية التي", "من مدينة عفرين")),
        At([In("وشدد الرئيس التركي", "الرئيس التركي")], "شدد", R("على هدف تركيا", "الهجوم على عفرين")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-419-20180320",  # published Tue 2018-03-20 (04:14 UTC)
    notes=("Turkey's 'contradictory messages' the day after Afrin was taken (Erdogan, deputy PM Bozdag), and the "
           "ICRC on the displaced. Operations: 'بعد يوم من السيطرة على مدينة عفرين' → a Capture (the taking, a "
           "past act), no agent stated (the Turkish side is implied, not named); 'عواقب ما بعد السقوط' (the "
           "fall of the city) is a later mention of it ('المدنية' added). The offensive Erdogan pledges to "
           "widen ('توسيع نطاق الهجوم') exists: 'الهجوم' → GroundOffensive, placed in Afrin (the city of the "
           "clause before), with 'العمليات العسكرية سوف تستمر شرقا' and Maurer's 'مع العملية العسكرية' (Afrin in "
           "his quote added) as later mentions; no agent is named in any of them. NOT operations: the widening "
           "beyond Syria and the continuation eastward (pledges), 'ستطهر عفرين' and 'تسلمها' (future), 'القوات "
           "التركية لن تبقى في عفرين' (presence, and a future denial), 'موعدا للانسحاب' (a withdrawal with no "
           "date, not stated as done), Ankara entrusting the city to its factions ('فالأرجح', a likelihood), the "
           "feared 'عملية تهجير' and the regime's past displacements (forced displacement of civilians, not a "
           "military operation, as set F did not take 'عمليات تهجير'), the displacement of Afrin's people. "
           "Actors: 'فالرئيس رجب طيب أردوغان' (span without the ف), 'أردوغان', 'نائب رئيس الوزراء، بكر "
           "بوزداغ' (whole title-and-name phrase), 'بوزداغ', 'المسؤول التركي', 'أنقرة' (entrusting) → Government "
           "of Turkey; 'الإرهابيين' (those Bozdag calls terrorists) → YPG (README: Erdogan's 'الإرهابيين'); "
           "'للفصائل المتحالفة معها' (لل kept) → Syrian National Army; 'النظام السوري' displacing people as a "
           "policy → Government of Syria; 'رئيسها بيتر مورير' (the institution only as a pronoun: the whole "
           "phrase) → ICRC; 'سكان' (twice), 'النازحين' (twice), 'المدنيين' → civilians. Not annotated: 'الرسائل "
           "التركية' (an adjective of the messages, not a perpetrator), 'أصحابها الحقيقيين'/'أصحابها'/'اصحاب "
           "الحق' (the rightful owners, an undetermined referent), 'للخصوم'/'للحلفاء' (feared, generic). "
           "Places: 'سكان المدنية' is read as a typo for 'المدينة' (Afrin), kept as written; 'المكان' (chaos "
           "'تعم المكان') → Afrin; 'منطقة آمنة' and 'مناطق أخرى' are generic. Statements: the ICRC's 'قالت إن "
           "الوضع في عفرين يحتاج لمزيد من الجهود' → Appeal (a call for more effort for the displaced; Report "
           "is defensible); Maurer's quote, opening with 'موضع قلق', → Warning (one statement per saying, as "
           "earlier sets did; it also reports the displaced and the hard access). Figures: none ('أعداد كبيرة "
           "من النازحين' has no number or vague word of the guidelines). Chains: Erdogan's 'تعهد' and 'حسب "
           "تصريحاته' (two sayings, the hop his last explicit mention); Bozdag's 'تصريح ... أكد فيه' (one "
           "saying, cue 'أكد') and 'قال'; the ICRC's 'قالت'; Maurer's 'صرح'. 'حديث أردوغان' has no content, "
           "'لم يحدد'/'ولا كشف' are negative, 'وصفهم بالإرهابيين' is inside Bozdag's saying, 'يخشى' has no "
           "speaker: none is a chain. Dates: 'بعد يوم' (relative to the capture, not fixed), 'خلال الشهرين "
           "الماضيين', 'خلال الأسبوعين المقبلين', all unresolved; 'للأبد' (forever) is not a date."),
    actors=[
        ("الرئيس رجب طيب أردوغان", 0, "tr-gov"),
        ("أردوغان", "*", "tr-gov"),
        ("نائب رئيس الوزراء، بكر بوزداغ", 0, "tr-gov"),
        ("بوزداغ", "*", "tr-gov"),
        ("القوات التركية", "*", "tr-armed"),
        ("الإرهابيين", 0, "ypg"),
        ("المسؤول التركي", 0, "tr-gov"),
        ("أنقرة", 0, "tr-gov"),
        ("للفصائل المتحالفة معها", 0, "sna"),
        ("النظام السوري", 0, "syr-gov"),
        ("سكان", "*", "civilians"),
        ("اللجنة الدولية للصليب الأحمر", 0, "icrc"),
        ("النازحين", "*", "civilians"),
        ("رئيسها بيتر مورير", 0, "icrc"),
        ("المدنيين", 0, "civilians"),
    ],
    places=[
        ("مدينة عفرين", 0, "afrin"),
        ("سوريا", 0, "syria"),
        ("عفرين", "*", "afrin"),
        ("المدينة", "*", "afrin"),
        ("المدنية", 0, "afrin"),
        ("المكان", 0, "afrin"),
    ],
    ops=[
        Op("Capture", "السيطرة", places=["مدينة عفرين", "المدنية"]),
        Op("GroundOffensive", "الهجوم", places=["مدينة عفرين", In('مورير: "عفرين', "عفرين")]),
    ],
    stmts=[
        St("Appeal", by="اللجنة الدولية للصليب الأحمر", cue=In("الأحمر قالت", "قالت"),
           content=R("إن الوضع في عفرين", "مشكلة النازحين")),
        St("Warning", by="رئيسها بيتر مورير", cue="صرح", content=R('"عفرين كانت', 'يحدث ذلك."')),
    ],
    dates=[
        ("بعد يوم", None),
        ("خلال الشهرين الماضيين", None),
        ("خلال الأسبوعين المقبلين", None),
    ],
    attrs=[
        At(["الرئيس رجب طيب أردوغان"], "تعهد", R("بتوسيع نطاق", "أبعد من سوريا")),
        At(["الرئيس رجب طيب أردوغان"], "حسب", R("فإن العمليات", "تستمر شرقا")),
        At(["نائب رئيس الوزراء، بكر بوزداغ"], "أكد", R("أن القوات التركية لن", "للأبد")),
        At(["بوزداغ"], In("بوزداغ قال", "قال"), R("إن القوات التركية ستطهر", "الحقيقيين")),
        At(["اللجنة الدولية للصليب الأحمر"], In("الأحمر قالت", "قالت"), R("إن الوضع في عفرين", "مشكلة النازحين")),
        At(["رئيسها بيتر مورير"], "صرح", R('"عفرين كانت', 'يحدث ذلك."')),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="SK-middleEast-438-20180320",  # published Tue 2018-03-20 (20:09 UTC)
    notes=("A bloody day in Douma (SOHR) and in the Damascus suburbs (state TV). Operations: 'قصف مدفعي وغارات "
           "سورية وروسية استهدفت مدينة دوما' → two operations by the means split: a Shelling (artillery; no "
           "agent stated, the adjectives are read as qualifying the raids) and ONE Airstrike (several raids on "
           "one town, one toll, one day; 'سورية' → Syrian Arab Air Force, 'روسية' → Russian Aerospace Forces, "
           "README); 'تعرض مدينة دوما لقصف وغارات عنيفة لم تتوقف طوال النهار' is a later mention of both (its "
           "Douma added). The rebel bombardment of the market, 35 dead, is ONE Shelling: 'بقصف لفصائل "
           "المعارضة على سوق شعبي' (bare قصف by rebels), state TV's 'هجوما صاروخيا' and the police source's "
           "'قذيفة صاروخية أطلقتها \"التنظيمات الإرهابية\"' (→ rebels) are later mentions (same toll, market, "
           "day): places the market (three mentions), Damascus (the 'ضواحي' of 'ضواحي دمشق' a relative "
           "descriptor, README), Kashkoul and Jaramana ('ضاحية جرمانا', verified QID); 'جنوب شرقي دمشق' is a "
           "reference point. The recent intensified shelling of Damascus and its suburbs ('إطلاق القذائف', "
           "'مؤخرا') is another Shelling (a period, not Tuesday's one attack), with 'قذائف الفصائل المعارضة "
           "منذ بدء النزاع' (the rebels' shells on Damascus and its suburbs as a whole) taken as a later mention "
           "giving the side. 'ضربة جوية، الأحد' that destroyed the UN aid warehouses → Airstrike (another day), "
           "placed on the warehouses ('مخازن', a local Facility) and Douma ('المدينة' of the speaker's previous "
           "sentence). 'حملة عسكرية لقوات النظام السوري في 18 فبراير ضد الغوطة الشرقية' → GroundOffensive; "
           "'معقل الفصائل المعارضة' → TerritorialControl (rebels, Eastern Ghouta; 'قرب دمشق' a reference "
           "point). The towns 'استعادتها القوات الحكومية في الآونة الأخيرة' and 'تمكن خلالها من السيطرة على نحو "
           "65 بالمئة من هذه المنطقة' → ONE Capture (same side, area and period: the retaking of Eastern Ghouta "
           "during the campaign; least certain, the two could be kept apart by time). 'جبهات القتال' the families "
           "fled from → an ArmedClash in Eastern Ghouta (fighting presupposed; doubtful). Not operations: the "
           "siege ('المحاصرة', twice). Actors: the council head is annotated on the institution named in his "
           "title ('المجلس المدني', a local Government entity; 'دوما' after it is a place), the later "
           "'عبدالعزيز' likewise; 'مصدر في قيادة شرطة ريف دمشق' is one AnonymousSource mention (its 'ريف دمشق' "
           "inside the name is not a place, as set C's consulate source); 'للمرصد السوري، لحقوق الإنسان' is one "
           "SOHR mention with the stray comma; 'القوات الحكومية', 'قوات النظام السوري' → Syrian Arab Army; "
           "'الأسر', 'مدنيا' (twice), the '150 ألف مدني' → civilians; 'الأمم المتحدة' (its aid) → UN; '35 شخصا' "
           "(persons, unqualified) is not annotated as an actor. Places: 'ضواحيها' (twice, Damascus's suburbs "
           "with no name in the span) → Rif Dimashq, as set B took 'its suburbs'; 'هذه المنطقة' → Eastern "
           "Ghouta; 'أكبر مركز حضري' (a description of Douma), 'جبهات القتال', 'البلدات الأخرى', 'أقبية' are not "
           "place mentions. Figures: 29 civilians killed (SOHR); the 35 of the first sentence are given no "
           "stated_by (the 'وفقا للمرصد' closes the Douma clause; the 35 are the state TV's, stated in its own "
           "voice there); 'عشرات الآلاف من الأسر' who fled → Displaced 10000..99999 (a count of families, kept "
           "as stated); 'أكثر من 150 ألف مدني' sheltering → PersonCount (the council); 'نحو 65 بالمئة' → "
           "TerritoryShare 0.65 (Russian MoD); '35 شخصا' → Killed (state TV). Chains: SOHR's 'وفقا'; the "
           "council head's 'قال' (with 'مضيفا'); 'وأضاف عبدالعزيز'; the Russian MoD's 'وفقا'; state TV's "
           "'أعلن'; 'نقل التلفزيون عن مصدر' → [TV, police source]. Dates: 'الثلاثاء' → 20 March (publication "
           "day), 'طوال النهار' → that Tuesday (the day of the toll), 'الأحد' → 18 March, '18 فبراير' → 2018-02-18, "
           "'عام 2011' → 2011; 'في الآونة الأخيرة' and 'مؤخرا' unresolved."),
    entities={
        "douma-civil-council": ("Government", "Douma civil council", None),
        "rif-dimashq-police-source": ("AnonymousSource", "a source in the Rif Dimashq police command", None),
    },
    place_entities={
        "jaramana": ("CityOrTown", "Jaramana", "Q195531"),
        "kashkoul": ("Neighbourhood", "Kashkoul (Jaramana)", None),
        "jaramana-market": ("Facility", "popular market (Kashkoul, Jaramana)", None),
        "douma-un-warehouses": ("Facility", "warehouses holding UN aid (Douma)", None),
    },
    actors=[
        (In("غارات سورية", "سورية"), 0, "syr-air"),
        (In("سورية وروسية", "روسية"), 0, "ru-air"),
        ("للمرصد السوري، لحقوق الإنسان", 0, "sohr"),
        ("مدنيا", "*", "civilians"),
        ("الفصائل المعارضة", "*", "rebels"),
        ("فصائل المعارضة", "*", "rebels"),
        ("الأسر", 0, "civilians"),
        ("القوات الحكومية", 0, "saa"),
        ("المجلس المدني", 0, "douma-civil-council"),
        ("عبدالعزيز", 1, "douma-civil-council"),
        (In("150 ألف مدني", "مدني"), 0, "civilians"),
        ("الأمم المتحدة", 0, "un"),
        ("قوات النظام السوري", 0, "saa"),
        ("وزارة الدفاع الروسية", 0, "ru-mod"),
        ("التلفزيون الرسمي السوري", 0, "syr-tv"),
        ("التلفزيون", "*", "syr-tv"),
        ("مصدر في قيادة شرطة ريف دمشق", 0, "rif-dimashq-police-source"),
        ("التنظيمات الإرهابية", 0, "rebels"),
    ],
    places=[
        ("مدينة دوما", "*", "douma"),
        ("دوما", "*", "douma"),
        ("الغوطة الشرقية", "*", "east-ghouta"),
        ("العاصمة دمشق", 0, "damascus"),
        ("ضواحيها", "*", "rif-dimashq"),
        ("دمشق", "*", "damascus"),
        ("سوق شعبية", 0, "jaramana-market"),
        ("سوقا شعبية", 0, "jaramana-market"),
        ("سوق شعبي", 0, "jaramana-market"),
        ("المدينة", 0, "douma"),
        ("مخازن", 0, "douma-un-warehouses"),
        ("هذه المنطقة", 0, "east-ghouta"),
        ("حي كشكول", 0, "kashkoul"),
        ("ضاحية جرمانا", 0, "jaramana"),
    ],
    ops=[
        Op("Shelling", "قصف مدفعي", places=[("مدينة دوما", 0), ("الغوطة الشرقية", 0), ("مدينة دوما", 1)],
           time="الثلاثاء"),
        Op("Airstrike", ("غارات", 0), agents=[In("غارات سورية", "سورية"), In("سورية وروسية", "روسية")],
           places=[("مدينة دوما", 0), ("الغوطة الشرقية", 0), ("مدينة دوما", 1)], time="الثلاثاء"),
        Op("Shelling", In("بقصف لفصائل", "قصف"),
           agents=[("فصائل المعارضة", 0), ("فصائل المعارضة", 1), "التنظيمات الإرهابية"],
           places=[In("ضواحي دمشق", "دمشق"), "سوق شعبي", "سوقا شعبية", "العاصمة دمشق", "سوق شعبية", "حي كشكول",
                   "ضاحية جرمانا"],
           time="الثلاثاء"),
        Op("ArmedClash", "القتال", places=[("الغوطة الشرقية", 1)]),
        Op("Capture", "استعادتها", agents=["القوات الحكومية", "قوات النظام السوري"],
           places=[("الغوطة الشرقية", 1), "هذه المنطقة"], time="في الآونة الأخيرة"),
        Op("Airstrike", "ضربة جوية", places=["مخازن", "المدينة"], time="الأحد"),
        Op("Shelling", "إطلاق القذائف", agents=[("الفصائل المعارضة", 1)],
           places=[In("القذائف على دمشق", "دمشق"), ("ضواحيها", 0), In("الأعلى في دمشق", "دمشق"), ("ضواحيها", 1)],
           time="مؤخرا"),
        Op("GroundOffensive", "حملة عسكرية", agents=["قوات النظام السوري"],
           places=[("الغوطة الشرقية", 2), "هذه المنطقة"], time="18 فبراير"),
        Op("TerritorialControl", "معقل", agents=[("الفصائل المعارضة", 0)], places=[("الغوطة الشرقية", 2)]),
    ],
    figs=[
        Fig("Killed", 29, 29, "exact", "29 مدنيا", by="للمرصد السوري، لحقوق الإنسان"),
        Fig("Killed", 35, 35, "exact", "35 مدنيا"),
        Fig("Displaced", 10000, 99999, "vague", "عشرات الآلاف من الأسر"),
        Fig("PersonCount", 150000, None, "more-than", "أكثر من 150 ألف مدني", by="المجلس المدني"),
        Fig("TerritoryShare", 0.65, 0.65, "about", "نحو 65 بالمئة", by="وزارة الدفاع الروسية"),
        Fig("Killed", 35, 35, "exact", "35 شخصا", by="التلفزيون الرسمي السوري"),
    ],
    dates=[
        ("الثلاثاء", "wd"),
        ("طوال النهار", ("2018-03-20", "2018-03-20")),
        ("في الآونة الأخيرة", None),
        ("الأحد", "wd"),
        ("مؤخرا", None),
        ("18 فبراير", ("2018-02-18", "2018-02-18")),
        ("عام 2011", "year:2011"),
    ],
    attrs=[
        At(["للمرصد السوري، لحقوق الإنسان"], ("وفقا", 0), R("قتل 29 مدنيا", "الغوطة الشرقية المحاصرة")),
        At(["المجلس المدني"], In("وقال رئيس", "قال"), R('"الوضع في المدينة', "قد تفاقمت")),
        At(["عبدالعزيز"], "أضاف", R("أن إمدادات الغذاء", "مساعدات الأمم المتحدة")),
        At(["وزارة الدفاع الروسية"], ("وفقا", 1), R("تمكن خلالها", "هذه المنطقة المحاصرة")),
        At(["التلفزيون الرسمي السوري"], "أعلن", R("أن هجوما صاروخيا", "مقتل 35 شخصا")),
        At(["التلفزيون", "مصدر في قيادة شرطة ريف دمشق"], In("ونقل التلفزيون", "نقل"),
           R("أن قذيفة صاروخية", "جنوب شرقي دمشق")),
    ],
))
