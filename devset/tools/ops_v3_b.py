"""Third operations pass (guidelines version 2): an independent re-annotation, for agreement only."""
from build_gold import Op, R, In  # noqa: F401

OPS = {
    "FR-middleEast-131-20180310": [
        # Jindires taken (restated at الخميس بسيطرتها and تمكنت ... من السيطرة عليها)
        Op("Capture", "سيطرتها على بلدة جنديرس", agents=["القوات التركية"],
           places=["جنديرس", ("جنديرس", 1), ("جنديرس", 2), ("منطقة عفرين", 1)], time="الخميس"),
        # on the outskirts of Afrin (restated twice)
        Op("Advance", "باتوا على مشارف", agents=["القوات التركية", ("القوات التركية", 1), "الفصائل السورية الموالية"],
           places=["المدينة", ("عفرين", 1), "سوريا", ("عفرين", 3)]),
        Op("ArmedClash", "المعارك العنيفة", agents=[("القوات التركية", 1), "الفصائل السورية الموالية"],
           targets=["المقاتلين الأكراد"], places=[("عفرين", 1), "سوريا", ("عفرين", 4)]),
        Op("Capture", "سيطرتها على اللواء 135", agents=[("القوات التركية", 2)], places=["اللواء 135"]),
        # "قوات النظام" (sic) less than 2 km from Afrin
        Op("Advance", "تبعد أقل من كيلومترين", agents=[("قوات النظام", 1)], places=[("عفرين", 4)]),
        Op("Airstrike", "قصف جوي", places=[("عفرين", 4)]),
        Op("Shelling", "مدفعي", places=[("عفرين", 4)]),
        Op("ArmedClash", "وتدور معارك عنيفة أيضا على جبهات أخرى", agents=[("القوات التركية", 3), "الفصائل"],
           places=[("عفرين", 5)]),
        Op("Capture", "سيطرتها على تلة مهمة", agents=["الفصائل السورية الموالية لتركيا"], places=[("عفرين", 6)]),
        # the offensive (= غصن الزيتون, الهجوم التركي, عمليتها, هجومها)
        Op("GroundOffensive", "هجوما ضد منطقة عفرين", agents=["تركيا", "فصائل سوريا موالية لها"],
           targets=[("وحدات حماية الشعب الكردية", 1), ("وحدات حماية الشعب الكردية", 3)],
           places=["منطقة عفرين", ("منطقة عفرين", 1), ("منطقة عفرين", 2)], time="20 كانون الثاني/يناير"),
        Op("Capture", "تمكنت حتى الآن من السيطرة", agents=["تركيا", "فصائل سوريا موالية لها"], places=["المنطقة"]),
        Op("GroundOffensive", "يقوم بعمليات عسكرية", agents=["لحزب العمال الكردستاني"], targets=[("تركيا", 1)],
           places=["أراضيها"], time="منذ عقود"),
        Op("TerritorialControl", "تفرض قوات النظام سيطرتها", agents=[("قوات النظام", 2)], places=["نبل"]),
        Op("TerritorialControl", "تفرض قوات النظام سيطرتها", agents=[("قوات النظام", 2)], places=["الزهراء"]),
        Op("Redeployment", "ونشرت قوات النظام", agents=[("قوات النظام", 3)], places=[("نبل", 1), ("الزهراء", 1)],
           time="خلال اليومين الماضيين"),
        Op("Redeployment", "نشرت دفاعات جوية", agents=[("قوات النظام", 4)],
           places=[In("دفاعات جوية في المنطقة", "المنطقة"), "شمال حلب"]),
        Op("TerritorialControl", "مناطق سيطرتها في شمال حلب", agents=[("قوات النظام", 4)], places=["شمال حلب"]),
    ],
    "FR-middleEast-272-20180413": [
        # the new batch, Thursday-Friday night (= غادرت دفعة جديدة, خرجت 85 حافلة)
        Op("Redeployment", "خرجت", agents=["مقاتلين", 'مقاتلي "جيش الإسلام"', ("مقاتلين", 2)],
           places=["دوما", "الغوطة الشرقية", "منطقة الباب", ("دوما", 1), ("الغوطة الشرقية", 2), ("منطقة الباب", 1), "سوريا"],
           time="ليل الخميس الجمعة"),
        # the evacuation of the fighters as a whole, since days (four batches)
        Op("Redeployment", "عمليات الإجلاء", agents=[("مقاتلين", 1), "مقاتلي جيش الإسلام"],
           places=["دوما", "المدينة", ("دوما", 2), ("دوما", 3)]),
        Op("TerritorialControl", "آخر جيب للمعارضة", agents=["للمعارضة"], places=["المدينة"]),
        Op("Attack", "هجوم كيميائي", places=[("دوما", 2)], time="السبت"),
        Op("Shelling", "القصف العنيف", places=[("دوما", 2)]),
        Op("Redeployment", "وتجمعت حافلات", agents=[("مقاتلين", 3)], places=[("الغوطة الشرقية", 3)], time="منذ صباح الجمعة"),
        Op("TerritorialControl", "مناطق سيطرة فصائل", agents=["فصائل سورية موالية"], places=["شمال البلاد"]),
        Op("Redeployment", "غادر قائده", agents=["قائده عصام بويضاني"], places=[("دوما", 4)], time="الأربعاء"),
        Op("Redeployment", "بتسيير دوريات", agents=["الشرطة العسكرية الروسية"], places=[("دوما", 5)], time=("الخميس", 1)),
        Op("Shelling", "قذائف الفصائل", agents=["الفصائل المعارضة"], places=["للعاصمة"], time="منذ 2012"),
        Op("GroundOffensive", "الهجوم العنيف", agents=["لقوات النظام السوري"], places=[("الغوطة الشرقية", 5)],
           time="18 شباط/فبراير"),
        Op("Shelling", In("مدني في القصف", "القصف"), places=[("الغوطة الشرقية", 5)], time="18 شباط/فبراير"),
    ],
    "FR-middleEast-379-20180429": [
        # the regime's operation against SDF areas in Deir ez-Zor (restated: يشن فيها النظام عملية)
        Op("GroundOffensive", "عملية لاستعادة", agents=["النظام السوري"], targets=["قوات سوريا الديموقراطية"],
           places=["محافظة دير الزور"]),
        # SDF areas (restated: مناطق هذه القوات شرقي الفرات; تنتشر ... على ضفته الشرقية)
        Op("TerritorialControl", "مناطق تسيطر عليها", agents=["قوات سوريا الديموقراطية"],
           places=["محافظة دير الزور", "الفرات", ("نهر الفرات", 1)]),
        # the clashes, Sunday (restated: معارك شرسة اندلعت الأحد بينه وبين; المعارك التي تجري في محافظة دير الزور)
        Op("ArmedClash", "اشتباكات شرسة", agents=["النظام السوري", "قوات سوريا الديموقراطية", ("قوات سوريا الديموقراطية", 1)],
           places=["محافظة دير الزور", ("محافظة دير الزور", 2)], time="الأحد"),
        Op("Capture", "قد سيطرت على", agents=["قوات سوريا الديمقراطية"], places=[("محافظة دير الزور", 1)],
           time="منذ العام الماضي"),
        Op("GroundOffensive", "حملة ضخمة", agents=["قوات سوريا الديمقراطية"], targets=["مسلحي تنظيم الدولة الإسلامية"],
           places=["سوريا", "الرقة"]),
        Op("Capture", "أخرجت", agents=["قوات سوريا الديمقراطية"], targets=["مسلحي تنظيم الدولة الإسلامية"],
           places=["سوريا", "الرقة"]),
        Op("TerritorialControl", "معقلهم", agents=["مسلحي تنظيم الدولة الإسلامية"], places=["الرقة"]),
        Op("GroundOffensive", "حملته على", agents=["الجيش السوري"], targets=["التنظيم"], places=["النهر"]),
        Op("TerritorialControl", "سبق أن سيطر عليها", agents=["تنظيم الدولة الاسلامية"], places=[("محافظة دير الزور", 2)]),
        Op("TerritorialControl", "وتسيطر قوات النظام", agents=[("قوات النظام", 1)], places=["مدينة دير الزور"]),
        Op("TerritorialControl", "وتسيطر قوات النظام", agents=[("قوات النظام", 1)], places=[("نهر الفرات", 1)]),
        Op("Capture", "تحرير أربع قرى", agents=["وحدات من قواتنا المسلحة"], targets=["قوات سورية الديموقراطية"],
           places=["الجنينة", "الجيعة", "شمرة الحصان", "حويقة المعيشية"]),
        Op("TerritorialControl", "تحت سيطرة ما يسمى", agents=["قوات سورية الديموقراطية"], places=["الجنينة"]),
        Op("TerritorialControl", "تحت سيطرة ما يسمى", agents=["قوات سورية الديموقراطية"], places=["الجيعة"]),
        Op("TerritorialControl", "تحت سيطرة ما يسمى", agents=["قوات سورية الديموقراطية"], places=["شمرة الحصان"]),
        Op("TerritorialControl", "تحت سيطرة ما يسمى", agents=["قوات سورية الديموقراطية"], places=["حويقة المعيشية"]),
        Op("Capture", "تمكنت من استعادة ثلاث", agents=[("قوات سوريا الديموقراطية", 5)],
           places=["الجنينة", "الجيعة", "شمرة الحصان", "حويقة المعيشية"], time="مساء"),
        # the army's operation against IS in southern Damascus (= الهجوم لإخراج مقاتلي التنظيم)
        Op("GroundOffensive", "يشهد عملية للجيش السوري", agents=["جيش السوري"], targets=["تنظيم الدولة الإسلامية"],
           places=["العاصمة", "مخيم اليرموك"]),
        # rebel-held areas east of Yarmouk, named in the next sentence as Yalda, Babila, Beit Sahm
        Op("TerritorialControl", "خاضعة لسيطرتهم", agents=["مقاتلي المعارضة"], places=["يلدا"]),
        Op("TerritorialControl", "خاضعة لسيطرتهم", agents=["مقاتلي المعارضة"], places=["ببيلا"]),
        Op("TerritorialControl", "خاضعة لسيطرتهم", agents=["مقاتلي المعارضة"], places=["بيت سحم"]),
        Op("Capture", "سيطر النظام بموجبها", agents=[("النظام", 2)], places=[("العاصمة", 1)]),
        Op("Redeployment", "انسحاب مقاتلي المعارضة", agents=[("مقاتلي المعارضة", 1)], places=[("العاصمة", 1)]),
        Op("Advance", "تقدمت وحدات أخرى", agents=["وحدات أخرى"], places=["المخيم"]),
        Op("Capture", "سيطر خلال اليومين", agents=["الجيش"], places=["حي القدم"], time="خلال اليومين الماضيين"),
        Op("TerritorialControl", "يسيطر عليها التنظيم", agents=[("التنظيم", 1)], places=[("مخيم اليرموك", 1)]),
        Op("TerritorialControl", "كانت تحت سيطرته", agents=[("التنظيم", 1)], places=[("سوريا", 1)]),
        Op("TerritorialControl", "كانت تحت سيطرته", agents=[("التنظيم", 1)], places=["العراق"]),
    ],
    "FR-middleEast-702-20180628": [
        # the nine-day bombardment (its means are air: القصف الجوي الكثيف, same hospitals toll)
        Op("AirCampaign", "قصفها الكثيف", agents=["قوات النظام السوري"],
           places=["درعا", "ريفيها الشرقي والغربي"], time="لليوم التاسع على التوالي"),
        # Wednesday's strikes on Daraa and both countrysides (= الطائرات الحربية ... استهدفت; toll on the eastern countryside)
        Op("Airstrike", "بالغارات الجوية", agents=[("قوات النظام السوري", 1), "الطائرات الحربية السورية", "الروسية", "روسية", "سورية"],
           places=[("المدينة", 1), ("ريفيها الشرقي والغربي", 1), "البلاد", ("درعا", 2), ("ريفيها الشرقي والغربي", 2),
                   "ريف درعا الشرقي", ("ريف درعا الشرقي", 1), "الريف الشرقي"], time=("الأربعاء", 1)),
        Op("Airstrike", "غارات روسية على بلدة الطيبة", agents=[("روسية", 1)], places=[("الطيبة", 1), "الطيبة"],
           time=("الأربعاء", 2)),
        # fighting south of the city and in the eastern countryside (restated twice further down)
        Op("ArmedClash", "اشتباكات عنيفة", places=["المدينة", "ريفها الشرقي", ("درعا", 4), ("الريف الشرقي", 1)]),
        # the offensive from 19 June (= بهجومها, التصعيد العسكري, عملياتها العسكرية)
        Op("GroundOffensive", "عملية عسكرية", agents=["قوات النظام"], targets=["فصائل المعارضة"],
           places=["محافظة درعا", ("درعا", 1), ("درعا", 7), ("محافظة درعا", 1), ("ريفها الشرقي", 2), ("درعا", 9), "ريفها الغربي"],
           time="19 يونيو"),
        Op("Attack", "انفجار سيارة مفخخة", targets=[("قوات النظام", 1)], places=["ناحتة", ("ريف درعا الشرقي", 2)]),
        Op("Capture", "سيطرتهم على بلدة ناحتة", agents=[("قوات النظام", 1)], places=["ناحتة", ("ريف درعا الشرقي", 2)]),
        Op("TerritorialControl", "مناطق سيطرة المعارضة", agents=["المعارضة"], places=["ريف درعا الغربي"]),
        Op("TerritorialControl", "مناطق سيطرة المعارضة", agents=["المعارضة"],
           places=[("ريفها الشرقي", 1), ("الريف الشرقي", 1), ("الريف الشرقي", 2)]),
        # cutting the rebel areas of the eastern countryside in two (restated: حققت تقدما ميدانيا مكنها من فصل)
        Op("Advance", "فصل مناطق سيطرة الفصائل إلى قسمين", agents=[("قوات النظام", 3)],
           places=[("الريف الشرقي", 1), ("ريفها الشرقي", 2), ("الريف الشرقي", 2)], time="خلال الأيام الماضية"),
        Op("TerritorialControl", "مناطق سيطرة الفصائل المعارضة التي", agents=["الفصائل المعارضة"], places=[("درعا", 8)]),
        Op("TerritorialControl", "مناطق سيطرة الفصائل المعارضة التي", agents=["الفصائل المعارضة"], places=["القنيطرة"]),
    ],
    "FR-middleEast-912-20180810": [
        # Friday's strikes on Idlib (one toll, "هذا القصف": Khan Shaykhun and neighbouring al-Tahh)
        Op("Airstrike", "غارات جوية", agents=["الطيران الروسي", "السوري", "مروحيات لقوات النظام", ("الطيران الروسي", 1),
                                               "طائرات روسية", "مروحيات سورية"],
           places=["محافظتي إدلب", "إدلب", ("محافظتي إدلب", 1), "محافظة إدلب", ("إدلب", 1), ("محافظة إدلب", 1),
                   "خان شيخون", "التح", ("إدلب", 2)], time="الجمعة"),
        # Friday's strikes in Aleppo province (Urum al-Kubra)
        Op("Airstrike", "ضربات جوية على بلدة أورم الكبرى", agents=["الطيران الروسي", "السوري", "الطيران السوري", "الروسي"],
           places=["أورم الكبرى", "محافظة حلب", "حلب", ("حلب", 1)], time="الجمعة"),
        # rebel-held Idlib (restated: التي يسيطر عليها الجهاديون ومقاتلون معارضون; آخر معقل للفصائل)
        Op("TerritorialControl", "مناطق تسيطر عليها فصائل المعارضة", agents=["فصائل المعارضة", "الجهاديون ومقاتلون معارضون", "للفصائل"],
           places=[("محافظتي إدلب", 1), "محافظة إدلب", ("إدلب", 4)]),
        Op("TerritorialControl", "مناطق تسيطر عليها فصائل المعارضة", agents=["فصائل المعارضة"], places=[("حلب", 1)]),
        Op("Capture", "طردها تدريجياً", targets=["للفصائل"], places=["البلاد"]),
    ],
    "fakes-1914947530": [
        # the suspected chemical attack: both accounts have it delivered from the air
        # (US: "sarin nerve gas dropped by Syrian aircraft"; Russia: a depot "struck by Syrian bombs")
        Op("Airstrike", "suspected chemical attack", agents=["Syrian aircraft", "Syrian"], places=["Syria", ("Syria", 1)]),
        Op("Attack", "had used the same chemical weapons", agents=["the rebels"], places=["Aleppo"], time="last year"),
        Op("Attack", "sarin gas attack", places=["Ghouta"], time="August 2013"),
    ],
    "fakes-1918150036": [
        Op("Attack", "the first massacre", places=["Al-Hazawiya", ("Manbij", 1), "the Aleppo countryside"]),
        # the coalition strikes on Tokhar, dawn yesterday (headline; Amaq's "raids on the Manbij countryside";
        # "airstrikes had been carried out in Manbij recently"; "the bombing ... targeted the outskirts of the village of Tokhar")
        Op("Airstrike", "Airstrikes", agents=["International Coalition", "the international coalition", ("the international coalition", 1)],
           places=["Tokhar", "Manbij", "the Manbij countryside", ("Manbij", 2), ("Tokhar", 1)], time="at dawn yesterday"),
        Op("ArmedClash", "fighting ISIS militants", agents=["opposition fighters"], targets=["ISIS militants"],
           supporters=["the United States"], places=["Syria"]),
        Op("Capture", "took control of a base", agents=["opposition fighters"], targets=["ISIS militants"],
           supporters=["the United States"], places=[("Manbij", 3)], time="at the beginning of the week"),
    ],
    "fakes-1923102896": [
        # the alleged Belgian strike on Hassajik (asserted by Russia, denied by Brussels)
        Op("Airstrike", In("civilians in airstrikes", "airstrikes"), agents=[("Belgium", 2), "Belgiums F-16s"],
           places=["Hassajik", "the Aleppo region", ("the Aleppo region", 1), "Aleppo"], time="early on Tuesday"),
        # Russian and Syrian bombing of Aleppo (stopped on Tuesday; = "its bombing campaign in Aleppo", "the bombardments")
        Op("AirCampaign", ("bombing", 1), agents=[("Russian", 1), "Syrian air forces", ("Russia", 2)],
           places=[("Aleppo", 2), ("Aleppo", 3)]),
        Op("GroundOffensive", "government offensive", agents=["government", "the regime"], targets=["rebel"],
           places=["eastern Aleppo"]),
        Op("TerritorialControl", "rebel-held", agents=["rebel"], places=["eastern Aleppo"]),
        # Russia's air campaign since September 2015 (no place in its sentence; Syria from the one before)
        Op("AirCampaign", "Russian airstrikes", agents=[("Russian", 2)], places=[("Syria", 3)], time="September 2015"),
        # the coalition's campaign against IS since 2014 (= "a US-led coalition fighting militants in Syria",
        # "US-led coalition strikes have also claimed hundreds of civilian lives in parts of Syria")
        Op("AirCampaign", "coalition strikes targeting", agents=[("coalition", 2), "US-led coalition"], targets=["militants", "IS"],
           places=[("Syria", 5), ("Syria", 1), ("Syria", 4)], time="since September 2014"),
        Op("TerritorialControl", "IS-held", agents=["IS"], places=[("Syria", 5)]),
    ],
    "fakes-1923102975": [
        # the regime's campaign on Eastern Ghouta (lede repeated; = "began an offensive nearly two weeks ago")
        Op("GroundOffensive", "stepped up its campaign", agents=["the Syrian regime", ("the Syrian regime", 2), "Russian jets"],
           places=["Eastern Ghouta", ("Eastern Ghouta", 2), "the besieged suburb"], time="nearly two weeks ago"),
        Op("TerritorialControl", "opposition stronghold", agents=["opposition"], places=["Eastern Ghouta", ("Eastern Ghouta", 2)]),
        # two weeks of airstrikes and of shelling (= "the intensifying bombardments")
        Op("AirCampaign", "by airstrikes", agents=[("the Syrian regime", 2), "Russian jets"], places=["the besieged suburb"],
           time="nearly two weeks ago"),
        Op("Shelling", "shelling", agents=[("the Syrian regime", 2)], places=["the besieged suburb"], time="nearly two weeks ago"),
        # Sunday's bombing (19 killed, lede)
        Op("Airstrike", "warplanes heavily bombing", places=["Mesraba", "Harasta", ("Eastern Ghouta", 3), "Eastern Ghouta",
                                                           ("Eastern Ghouta", 2)], time="since Sunday morning"),
        Op("Airstrike", "Russian air strikes", agents=["Russian"], places=["Al-Shafah", "Deir az-Zour province", ("Syria", 1)],
           time=("on Sunday", 2)),
        Op("TerritorialControl", "held by Islamic State", agents=["Islamic State"], places=["Al-Shafah", "Deir az-Zour province"]),
    ],
    "fakes-1924058068": [
        # Wednesday's Russian strike on civilians crossing the river (= "the strikes", "The deaths in Deir Ezzor on Wednesday")
        Op("Airstrike", "A Russian air strike", agents=["Russian"], places=["the Euphrates River", "the river", ("Deir Ezzor", 2)],
           time="on Wednesday"),
        # the regime's campaign against Daesh west of the Euphrates (= "fighting", "are battling", "operations against Daesh in Deir Ezzor")
        Op("GroundOffensive", "fighting", agents=["regime forces", "Syrian troops"], targets=["Daesh", ("Daesh", 2)],
           supporters=[("Russian", 1), "ally Russia"],
           places=["Deir Ezzor province", "Syria", "east Deir Ezzor", "the Euphrates river", ("Deir Ezzor", 1)]),
        Op("ArmedClash", "the battles against Daesh", targets=[("Daesh", 1)], places=["Iraq"]),
        # the SDF's campaign on the eastern bank
        Op("GroundOffensive", "The second is being fought", agents=["the US-backed Syrian Democratic Forces"],
           targets=[("Daesh", 2)], places=["east Deir Ezzor", ("the river", 1), ("Deir Ezzor", 1)]),
        Op("GroundOffensive", ("fighting", 1), agents=["the SDF"], targets=[("Daesh", 3)], supporters=["US"],
           places=["Raqqa province", "Raqqa city"]),
        Op("TerritorialControl", "former extremist bastion", agents=["extremist"], places=["Raqqa city"]),
        Op("Airstrike", "coalition strike", agents=["a US-led coalition"], places=["Raqqa"], time="On Tuesday"),
        Op("AirCampaign", "its strikes", agents=["The coalition"], places=[("Syria", 2), ("Iraq", 1)], time="since 2014"),
        Op("AirCampaign", "its strikes since", agents=["Russia"], places=[("Syria", 3)], time="in 2015"),
    ],
    "fakes-1926479296": [
        # the ISIS assault on Tel Abyad and Suluk, Saturday (= "attacked", "The attack", "this attack", "the Tel Abyad attack")
        Op("GroundOffensive", "ISIS attacks", agents=["ISIS", "ISIS militants", "The hardline Sunni fighters"],
           targets=["the Syrian Kurdish YPG militia"],
           places=["Kurdish-held town", "a Kurdish-controlled town", "Tel Abyad", "Suluk", ("Tel Abyad", 2)], time="on Saturday"),
        Op("TerritorialControl", "Kurdish-held", agents=["the Syrian Kurdish YPG militia"],
           places=["Kurdish-held town", "a Kurdish-controlled town", "Tel Abyad"]),
        # the coalition strikes against the assault (lede repeated; "war planes ... struck the militant positions")
        Op("Airstrike", "10 air strikes", agents=["Coalition war planes", "the U.S.-led coalition", ("Coalition war planes", 1),
                                                "the U.S.-led coalition against ISIS"],
           targets=["ISIS militants"], places=["Kurdish-held town", "a Kurdish-controlled town", "Tel Abyad"], time="on Saturday"),
        Op("Advance", "encircle the attackers", agents=["the YPG", "Syrian Kurdish internal security forces"],
           targets=["the attackers"], places=["Tel Abyad"]),
        Op("Capture", "captured Tel Abyad", agents=["The YPG"], targets=[("ISIS", 2)], supporters=["U.S.-led"],
           places=[("Tel Abyad", 1)], time="last year"),
        Op("GroundOffensive", "in an offensive", agents=["The YPG"], targets=[("ISIS", 2)], supporters=["U.S.-led"],
           places=[("Tel Abyad", 1)], time="last year"),
        Op("Redeployment", "increased patrols", agents=["the Turkish army"], places=["its side of the border"]),
    ],
}

EXTRA_PLACES = {
    "fakes-1926479296": [("its side of the border", 0, "turkey")],
    "FR-middleEast-702-20180628": [(In("على بلدة الطيبة", "الطيبة"), 0, "tayyibah-daraa")],
    "FR-middleEast-131-20180310": [(In("دفاعات جوية في المنطقة", "المنطقة"), 0, "region"),
                                   ("أراضيها", 0, "turkey")],
}
EXTRA_ACTORS = {
    "fakes-1924058068": [("extremist", 0, "isis")],
    "fakes-1926479296": [(In("backed by U.S.-led air", "U.S.-led"), 0, "us-coalition")],
    "fakes-1923102896": [(In("against rebel-held", "rebel"), 0, "rebels")],
    "fakes-1923102975": [("opposition", 0, "rebels")],
    "FR-middleEast-379-20180429": [(In("عقب انسحاب مقاتلي المعارضة", "مقاتلي المعارضة"), 0, "rebels"),
                                   (In("تقدمت وحدات أخرى", "وحدات أخرى"), 0, "saa")],
}
