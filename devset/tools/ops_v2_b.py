"""Second-pass operations (guidelines version 2, docs/gold-format.md)."""
from build_gold import Op, R, In  # noqa: F401

# ---------------------------------------------------------------- FR-middleEast-131-20180310
_AFRIN_NE = In("كيلومترين عن مدينة عفرين", "عفرين")
_AFRIN_FRONTS = In("جبهات أخرى في عفرين", "عفرين")
_B135 = "اللواء 135"
OPS_131 = [
    Op("Capture", In("بعد سيطرتها على بلدة جنديرس", "سيطرتها"), agents=[("القوات التركية", 0)],
       places=[("جنديرس", 0), ("جنديرس", 1), ("جنديرس", 2), ("منطقة عفرين", 1)], time="الخميس"),
    Op("Advance", "مشارف", agents=[("القوات التركية", 0), "الفصائل السورية الموالية"],
       places=["المدينة", In("مشارف مدينة عفرين في شمال", "عفرين"), In("مشارف مدينة عفرين، بعد", "عفرين"),
               In("في شمال سوريا وسط", "سوريا")]),
    Op("ArmedClash", "المعارك العنيفة", agents=[("القوات التركية", 1), "الفصائل السورية الموالية"],
       targets=["المقاتلين الأكراد"],
       places=[In("مشارف مدينة عفرين في شمال", "عفرين"), _AFRIN_NE, In("في شمال سوريا وسط", "سوريا")]),
    Op("Capture", In("بعد سيطرتها على اللواء", "سيطرتها"), agents=[("القوات التركية", 2)], places=[_B135]),
    Op("TerritorialControl", "معسكر تدريب", agents=[("وحدات حماية الشعب الكردية", 0)], places=[_B135]),
    Op("TerritorialControl", "مقرا", agents=[("قوات النظام", 0)], places=[_B135], time="قبل ست سنوات"),
    Op("Advance", "تبعد أقل من كيلومترين", agents=[("قوات النظام", 1)], places=[_AFRIN_NE]),
    Op("Airstrike", "قصف جوي", places=[_AFRIN_NE]),
    Op("Shelling", In("قصف جوي ومدفعي", "مدفعي"), places=[_AFRIN_NE]),
    Op("ArmedClash", "معارك عنيفة أيضا", agents=[("القوات التركية", 3), ("الفصائل", 0)], places=[_AFRIN_FRONTS]),
    Op("Capture", In("سيطرتها على تلة", "سيطرتها"), agents=["الفصائل السورية الموالية لتركيا"],
       places=[_AFRIN_FRONTS]),
    Op("GroundOffensive", "هجوما", agents=[("تركيا", 0), "فصائل سوريا موالية لها"],
       targets=[("وحدات حماية الشعب الكردية", 1)],
       places=[("منطقة عفرين", 0), ("منطقة عفرين", 1), ("منطقة عفرين", 2)], time="20 كانون الثاني/يناير"),
    Op("Capture", In("من السيطرة على أكثر", "السيطرة"), agents=[("تركيا", 0), "فصائل سوريا موالية لها"],
       places=[("المنطقة", 0)]),
    Op("GroundOffensive", "بعمليات عسكرية", agents=["لحزب العمال الكردستاني"], targets=[("تركيا", 1)],
       places=["أراضيها"], time="منذ عقود"),
    Op("TerritorialControl", In("تفرض قوات النظام سيطرتها", "سيطرتها"), agents=[("قوات النظام", 2)],
       places=[("نبل", 0)]),
    Op("TerritorialControl", In("تفرض قوات النظام سيطرتها", "سيطرتها"), agents=[("قوات النظام", 2)],
       places=[("الزهراء", 0)]),
    Op("Redeployment", "نشرت دفاعات جوية", agents=[("قوات النظام", 4)], places=["شمال حلب"]),
    Op("TerritorialControl", In("مناطق سيطرتها في شمال", "مناطق سيطرتها"), agents=[("قوات النظام", 4)],
       places=["شمال حلب"]),
]

# ---------------------------------------------------------------- FR-middleEast-272-20180413
OPS_272 = [
    Op("Redeployment", In("خرجت ليل", "خرجت"), agents=[("مقاتلين", 0), 'مقاتلي "جيش الإسلام"'],
       places=[("دوما", 0), ("الغوطة الشرقية", 0), ("منطقة الباب", 0), ("دوما", 1), ("الغوطة الشرقية", 2),
               ("منطقة الباب", 1), ("سوريا", 0)], time=("ليل الخميس الجمعة", 0)),
    Op("Redeployment", "عمليات الإجلاء", agents=[("مقاتلين", 1), "مقاتلي جيش الإسلام"],
       places=[("دوما", 0), ("المدينة", 0), ("دوما", 3)]),
    Op("TerritorialControl", "آخر جيب", agents=["للمعارضة"], places=[("المدينة", 0)]),
    Op("Attack", ("هجوم كيميائي", 0), places=[("دوما", 2)], time=("السبت", 0)),
    Op("Shelling", "القصف العنيف", places=[("دوما", 2)], time="بعد يومين"),
    Op("Redeployment", "تجمعت حافلات", agents=[("مقاتلين", 3)], places=[("الغوطة الشرقية", 3)],
       time="منذ صباح الجمعة"),
    Op("TerritorialControl", In("نحو مناطق سيطرة", "مناطق سيطرة"), agents=["فصائل سورية موالية"],
       places=["شمال البلاد"]),
    Op("Redeployment", In("كما غادر قائده", "غادر"), agents=["قائده عصام بويضاني"], places=[("دوما", 4)],
       time="الأربعاء"),
    Op("Redeployment", "بتسيير دوريات", agents=["الشرطة العسكرية الروسية"], places=[("دوما", 5)],
       time=("الخميس", 1)),
    Op("Shelling", "قذائف", agents=["الفصائل المعارضة"], places=["للعاصمة"], time="منذ 2012"),
    Op("GroundOffensive", "الهجوم العنيف", agents=["لقوات النظام السوري"], places=[("الغوطة الشرقية", 5)],
       time="18 شباط/فبراير"),
    Op("Shelling", In("مدني في القصف", "القصف"), agents=["لقوات النظام السوري"],
       places=[("الغوطة الشرقية", 5)], time="18 شباط/فبراير"),
]

# ---------------------------------------------------------------- FR-middleEast-379-20180429
_SDF = "قوات سوريا الديموقراطية"
_SDF_ALT = "قوات سوريا الديمقراطية"
_VILLAGES = ["الجنينة", "الجيعة", "شمرة الحصان", "حويقة المعيشية"]
_SDF_HELD = In("التي كانت تحت سيطرة ما", "تحت سيطرة")
OPS_379 = [
    Op("GroundOffensive", ("عملية", 0), agents=["النظام السوري"], targets=[(_SDF, 0)],
       places=[("محافظة دير الزور", 0)]),
    Op("ArmedClash", "اشتباكات شرسة", agents=["النظام السوري", "الجيش السوري"], targets=[(_SDF, 0), (_SDF, 1)],
       places=[("محافظة دير الزور", 0), ("محافظة دير الزور", 2)], time=("الأحد", 0)),
    Op("Capture", "قد سيطرت", agents=[(_SDF_ALT, 0)], places=[("محافظة دير الزور", 1)], time="منذ العام الماضي"),
    Op("GroundOffensive", "حملة ضخمة", agents=[(_SDF_ALT, 0)], targets=["مسلحي تنظيم الدولة الإسلامية"],
       places=[("سوريا", 0), "الرقة"], time="منذ العام الماضي"),
    Op("Capture", "أخرجت", agents=[(_SDF_ALT, 0)], targets=["مسلحي تنظيم الدولة الإسلامية"],
       places=[("سوريا", 0), "الرقة"]),
    Op("TerritorialControl", "معقلهم", agents=["مسلحي تنظيم الدولة الإسلامية"], places=["الرقة"]),
    Op("GroundOffensive", "حملته", agents=["الجيش السوري"], targets=[("التنظيم", 0)],
       places=[("محافظة دير الزور", 1)]),
    Op("Capture", "سبق أن سيطر", agents=["تنظيم الدولة الاسلامية"], places=[("محافظة دير الزور", 2)]),
    Op("TerritorialControl", In("وتسيطر قوات النظام", "تسيطر"), agents=[("قوات النظام", 1)],
       places=[("مدينة دير الزور", 0)]),
    Op("TerritorialControl", In("وتسيطر قوات النظام", "تسيطر"), agents=[("قوات النظام", 1)],
       places=[("نهر الفرات", 1)]),
    Op("TerritorialControl", "تنتشر", agents=[(_SDF, 4)], places=[("نهر الفرات", 1)]),
    Op("Capture", "تحرير", agents=["وحدات من قواتنا المسلحة"], places=list(_VILLAGES)),
    *[Op("TerritorialControl", _SDF_HELD, agents=["قوات سورية الديموقراطية"], places=[v]) for v in _VILLAGES],
    Op("Capture", "استعادة ثلاث", agents=[(_SDF, 5)], places=list(_VILLAGES)),
    Op("GroundOffensive", In("يشهد عملية", "عملية"), agents=["جيش السوري"],
       targets=[("تنظيم الدولة الإسلامية", 0)], places=[("العاصمة", 0), ("مخيم اليرموك", 0)],
       time="بعد أكثر من أسبوع"),
    *[Op("TerritorialControl", "خاضعة لسيطرتهم", agents=["مقاتلي المعارضة"], places=[p])
      for p in (("يلدا", 0), "ببيلا", "بيت سحم")],
    Op("Advance", "تقدمت", agents=["نظام"], places=["المخيم"]),
    Op("Capture", In("الجيش سيطر", "سيطر"), agents=["الجيش"], places=["حي القدم"], time="خلال اليومين الماضيين"),
    Op("TerritorialControl", In("يسيطر عليها التنظيم", "يسيطر"), agents=[("التنظيم", 1)],
       places=[("مخيم اليرموك", 1)]),
    Op("TerritorialControl", "تحت سيطرته", agents=[("التنظيم", 1)], places=[("سوريا", 1)]),
    Op("TerritorialControl", "تحت سيطرته", agents=[("التنظيم", 1)], places=["العراق"]),
]

# ---------------------------------------------------------------- FR-middleEast-702-20180628
_EAST_BODY = In("وفي الريف الشرقي، تتواصل", "الريف الشرقي")
_EAST_END = In("المعارضة في الريف الشرقي", "الريف الشرقي")
_TCDR = In("في مناطق سيطرة الفصائل المعارضة التي", "مناطق سيطرة")
OPS_702 = [
    Op("AirCampaign", "قصفها الكثيف", agents=[("قوات النظام السوري", 0)],
       places=[("درعا", 0), ("ريفيها الشرقي والغربي", 0)], time=("لليوم التاسع على التوالي", 0)),
    Op("ArmedClash", ("اشتباكات عنيفة", 0), agents=[("قوات النظام", 2)],
       places=[("المدينة", 0), In("وفي جنوب مدينة درعا", "درعا"), "قاعدة جوية"]),
    Op("GroundOffensive", "عملية عسكرية", agents=[("قوات النظام", 0), ("قوات النظام السوري", 1)],
       targets=["فصائل المعارضة"],
       places=[("محافظة درعا", 0), In("بهجومها على مدينة درعا", "درعا"), In("التصعيد العسكري على درعا", "درعا"),
               ("محافظة درعا", 1), In("انطلاقا من ريفها الشرقي", "ريفها الشرقي"),
               In("لتشمل مدينة درعا", "درعا"), "ريفها الغربي"],
       time="19 يونيو"),
    Op("Airstrike", "بالغارات الجوية",
       agents=[("قوات النظام السوري", 1), "الطائرات الحربية السورية", ("الروسية", 0), ("روسية", 0), ("سورية", 0)],
       places=[In("الأربعاء المدينة", "المدينة"), ("ريفيها الشرقي والغربي", 1),
               In("مدينة درعا وريفيها الشرقي والغربي طوال", "درعا"), ("ريفيها الشرقي والغربي", 2),
               ("ريف درعا الشرقي", 0), ("ريف درعا الشرقي", 1), In("من أحياء مدينة درعا", "درعا"),
               In("القصف في الريف الشرقي", "الريف الشرقي"), In("في جنوب البلاد", "البلاد")],
       time=("الأربعاء", 1)),
    Op("Airstrike", In("جراء غارات روسية على بلدة", "غارات"), agents=[("روسية", 1)],
       places=[("الطيبة", 0), ("الطيبة", 1)], time=("الأربعاء", 2)),
    Op("Attack", "سيارة مفخخة", targets=[("قوات النظام", 1)], places=["ناحتة", ("ريف درعا الشرقي", 2)]),
    Op("Capture", In("خلال سيطرتهم", "سيطرتهم"), agents=[("قوات النظام", 1)],
       places=["ناحتة", ("ريف درعا الشرقي", 2)]),
    Op("TerritorialControl", In("فصل مناطق سيطرة المعارضة", "مناطق سيطرة"), agents=["المعارضة"],
       places=["ريف درعا الغربي"]),
    Op("TerritorialControl", "تلك الموجودة", agents=["المعارضة", ("الفصائل", 0), ("الفصائل المعارضة", 1)],
       places=[In("تلك الموجودة في ريفها الشرقي", "ريفها الشرقي"), _EAST_BODY, _EAST_END]),
    Op("ArmedClash", "تتواصل اشتباكات", agents=[("قوات النظام", 3)], targets=[("الفصائل", 0)],
       places=[("ريفها الشرقي", 0), _EAST_BODY]),
    Op("Advance", In("من فصل مناطق سيطرة الفصائل إلى", "فصل"), agents=[("قوات النظام", 3), ("قوات النظام", 4)],
       places=[_EAST_BODY, ("ريفها الشرقي", 2), _EAST_END], time="خلال الأيام الماضية"),
    Op("TerritorialControl", _TCDR, agents=[("الفصائل المعارضة", 0)], places=[In("محافظتي درعا", "درعا")]),
    Op("TerritorialControl", _TCDR, agents=[("الفصائل المعارضة", 0)], places=["القنيطرة"]),
]

# ---------------------------------------------------------------- FR-middleEast-912-20180810
_IDLIB_ALL = [("محافظتي إدلب", 0), ("إدلب", 0), ("محافظتي إدلب", 1), ("محافظة إدلب", 0), ("إدلب", 1),
              ("محافظة إدلب", 1), ("إدلب", 2), ("سوريا", 0), ("سوريا", 1), ("سوريا", 2)]
_IDLIB_AGENTS = [("الطيران الروسي", 0), ("السوري", 0), "مروحيات لقوات النظام", ("الطيران الروسي", 1)]
_RHELD = In("مناطق تسيطر عليها فصائل", "تسيطر")
OPS_912 = [
    Op("Airstrike", In("في قصف على مدينة خان", "قصف"), agents=list(_IDLIB_AGENTS),
       places=["خان شيخون", *_IDLIB_ALL], time="الجمعة"),
    Op("Airstrike", In("في قصف لبلدة", "قصف"), agents=list(_IDLIB_AGENTS),
       places=["التح", *_IDLIB_ALL], time="الجمعة"),
    Op("Airstrike", "ضربات جوية", agents=["الطيران السوري", ("الروسي", 0)],
       places=["أورم الكبرى", "محافظة حلب", ("حلب", 0), ("حلب", 1), ("سوريا", 0), ("سوريا", 1)], time="الجمعة"),
    Op("TerritorialControl", _RHELD, agents=["فصائل المعارضة", "الجهاديون ومقاتلون معارضون", "للفصائل"],
       places=[("محافظتي إدلب", 1), ("محافظة إدلب", 0), ("إدلب", 4)]),
    Op("TerritorialControl", _RHELD, agents=["فصائل المعارضة"], places=[("حلب", 1)]),
    Op("Capture", "طردها", targets=["للفصائل"], places=["البلاد"]),
]

# ---------------------------------------------------------------- fakes-1914947530
OPS_1914947530 = [
    Op("Attack", In("Syria attack", "attack"), agents=["Syrian aircraft"], places=[("Syria", 0), ("Syria", 1)]),
    Op("Airstrike", "struck", agents=[("Syrian", 0)], targets=["rebel"], places=[("Syria", 1)]),
    Op("Attack", In("had used the same chemical weapons", "used"), agents=["the rebels"], places=["Aleppo"],
       time="last year"),
    Op("Attack", In("have been used in the past", "used"),
       agents=["forces loyal to Syrian President Bashar al-Assad"], places=[("Syria", 2)], time="in the past"),
    Op("Attack", "sarin gas attack", places=["Ghouta"], time="August 2013"),
]

# ---------------------------------------------------------------- fakes-1918150036
OPS_1918150036 = [
    Op("Airstrike", "Airstrikes",
       agents=["International Coalition", ("the international coalition", 0), ("the international coalition", 1)],
       places=[("Manbij", 0), ("Tokhar", 0), "the Manbij countryside", ("Manbij", 2), ("Tokhar", 1)],
       time="at dawn yesterday"),
    Op("Attack", "massacre", places=["Al-Hazawiya", ("Manbij", 1), "the Aleppo countryside"]),
    Op("Capture", "took control", agents=["opposition fighters"], supporters=["the United States"],
       targets=["ISIS militants"], places=[("Manbij", 3)], time="at the beginning of the week"),
    Op("ArmedClash", In("are fighting ISIS", "fighting"), agents=["opposition fighters"],
       supporters=["the United States"], targets=["ISIS militants"],
       places=[In("militants in Syria", "Syria")]),
]

# ---------------------------------------------------------------- fakes-1923102896
OPS_1923102896 = [
    Op("Airstrike", In("partaking in coalition strikes", "strikes"), agents=[("Belgium", 0), "Belgiums F-16s"],
       places=[("Aleppo", 0), ("the Aleppo region", 0), "Hassajik", ("the Aleppo region", 1)],
       time="early on Tuesday"),
    Op("AirCampaign", In("coalition fighting militants", "fighting"),
       agents=["a US-led coalition", ("US-led coalition", 0), ("coalition", 2)], targets=["militants", "IS"],
       places=[("Syria", 1), ("Syria", 4), ("Syria", 5)], time="since September 2014"),
    Op("AirCampaign", In("stopped bombing Aleppo", "bombing"), agents=[("Russian", 1), "Syrian air forces", ("Russia", 2)],
       places=[("Aleppo", 2), ("Aleppo", 3)]),
    Op("GroundOffensive", ("offensive", 0), agents=["government"], supporters=[("Russia", 2)], targets=["rebel"],
       places=["eastern Aleppo"]),
    Op("TerritorialControl", "rebel-held", agents=["rebel"], places=["eastern Aleppo"]),
    Op("AirCampaign", In("Russian airstrikes have", "airstrikes"), agents=[("Russian", 2)], places=[("Syria", 3)],
       time="September 2015"),
    Op("TerritorialControl", In("IS-held", "held"), agents=["IS"], places=[("Syria", 5)]),
]

# ---------------------------------------------------------------- fakes-1923102975
OPS_1923102975 = [
    Op("GroundOffensive", In("stepped up its campaign", "campaign"),
       agents=[("the Syrian regime", 0), ("the Syrian regime", 1), ("the Syrian regime", 2), "Russian jets"],
       places=[("Eastern Ghouta", 0), ("Eastern Ghouta", 2), "the besieged suburb"], time="nearly two weeks ago"),
    Op("TerritorialControl", "stronghold", agents=["opposition"], places=[("Eastern Ghouta", 0), ("Eastern Ghouta", 2)]),
    Op("AirCampaign", In("by airstrikes and shelling", "airstrikes"), agents=[("the Syrian regime", 2), "Russian jets"],
       places=["the besieged suburb"], time="nearly two weeks ago"),
    Op("Shelling", In("airstrikes and shelling", "shelling"), agents=[("the Syrian regime", 2)],
       places=["the besieged suburb"], time="nearly two weeks ago"),
    Op("Airstrike", In("warplanes heavily bombing", "bombing"), places=["Mesraba", "Harasta", ("Eastern Ghouta", 3)],
       time="since Sunday morning"),
    Op("Airstrike", In("Russian air strikes", "air strikes"), agents=[("Russian", 0)],
       places=["Al-Shafah", "Deir az-Zour province", In("In the east of Syria", "Syria"), "the Euphrates River"],
       time=("on Sunday", 2)),
    Op("TerritorialControl", In("village held by", "held"), agents=["Islamic State"], places=["Al-Shafah"]),
]

# ---------------------------------------------------------------- fakes-1924058068
OPS_1924058068 = [
    Op("Airstrike", "air strike", agents=[("Russian", 0)],
       places=["the Euphrates River", ("the river", 0), ("Deir Ezzor", 2)], time=("on Wednesday", 0)),
    Op("GroundOffensive", ("fighting", 0), agents=["regime forces", "Syrian troops"],
       supporters=[("Russian", 1), "ally Russia"], targets=[("Daesh", 0), ("Daesh", 2)],
       places=["Deir Ezzor province", ("Syria", 0), "east Deir Ezzor", "the Euphrates river", ("the province", 1),
               ("Deir Ezzor", 1)]),
    Op("GroundOffensive", In("The second is being fought", "fought"), agents=["the US-backed Syrian Democratic Forces"],
       targets=[("Daesh", 2)], places=["east Deir Ezzor", ("the river", 1), ("Deir Ezzor", 1)]),
    Op("ArmedClash", In("the battles against Daesh", "battles"), targets=[("Daesh", 1)], places=[("Iraq", 0)]),
    Op("GroundOffensive", In("SDF is fighting", "fighting"), agents=["the SDF"], supporters=[("US", 0)],
       targets=[("Daesh", 3)], places=["Raqqa province", "Raqqa city"]),
    Op("TerritorialControl", "bastion", agents=[("Daesh", 3)], places=["Raqqa city"]),
    Op("Airstrike", In("coalition strike in Raqqa", "strike"), agents=["a US-led coalition"], places=[("Raqqa", 0)],
       time="On Tuesday"),
    Op("AirCampaign", In("in its strikes in Syria", "strikes"), agents=["The coalition"],
       places=[("Syria", 2), ("Iraq", 1)], time="since 2014"),
    Op("AirCampaign", In("from its strikes since", "strikes"), agents=[("Russia", 0)], places=[("Syria", 3)],
       time="in 2015"),
]

# ---------------------------------------------------------------- fakes-1926479296
OPS_1926479296 = [
    Op("GroundOffensive", In("ISIS attacks", "attacks"),
       agents=[("ISIS", 0), ("ISIS militants", 0), "The hardline Sunni fighters"],
       targets=["the Syrian Kurdish YPG militia"],
       places=["Kurdish-held town", "a Kurdish-controlled town", ("Tel Abyad", 0), "Suluk", ("Tel Abyad", 2)],
       time="in the early hours of Saturday"),
    Op("TerritorialControl", "Kurdish-held", agents=["the Syrian Kurdish YPG militia"],
       places=["Kurdish-held town", "a Kurdish-controlled town", ("Tel Abyad", 0)]),
    Op("Airstrike", In("carried out 10 air strikes", "air strikes"),
       agents=[("Coalition war planes", 0), "the U.S.-led coalition", ("Coalition war planes", 1),
               "the U.S.-led coalition against ISIS"],
       targets=[("ISIS militants", 0)], places=["Kurdish-held town", "a Kurdish-controlled town"], time="on Saturday"),
    Op("Advance", "encircle", agents=["the YPG", "Syrian Kurdish internal security forces"],
       targets=[("the attackers", 0)], places=[("Tel Abyad", 0)]),
    Op("Capture", "captured", agents=["The YPG"], supporters=[("U.S.-led", 0)], targets=[("ISIS", 2)],
       places=[("Tel Abyad", 1)], time="last year"),
    Op("GroundOffensive", In("in an offensive backed", "offensive"), agents=["The YPG"], supporters=[("U.S.-led", 0)],
       targets=[("ISIS", 2)], places=[("Tel Abyad", 1)], time="last year"),
    Op("AirCampaign", In("U.S.-led air strikes", "air strikes"), agents=[("U.S.-led", 0)], targets=[("ISIS", 2)],
       places=[("Tel Abyad", 1)], time="last year"),
    Op("TerritorialControl", In("the militant capital", "militant capital"), agents=[("ISIS", 2)],
       places=["the militant capital"]),
    Op("Redeployment", "increased patrols", agents=["the Turkish army"], places=["its side of the border"]),
]

OPS = {
    "FR-middleEast-131-20180310": OPS_131,
    "FR-middleEast-272-20180413": OPS_272,
    "FR-middleEast-379-20180429": OPS_379,
    "FR-middleEast-702-20180628": OPS_702,
    "FR-middleEast-912-20180810": OPS_912,
    "fakes-1914947530": OPS_1914947530,
    "fakes-1918150036": OPS_1918150036,
    "fakes-1923102896": OPS_1923102896,
    "fakes-1923102975": OPS_1923102975,
    "fakes-1924058068": OPS_1924058068,
    "fakes-1926479296": OPS_1926479296,
}

# place and actor mentions this pass needed that the mention annotation did not have
EXTRA_PLACES = {
    # "... الذي يقوم بعمليات عسكرية ضدها على أراضيها": Turkey's territory
    "FR-middleEast-131-20180310": [("أراضيها", 0, "turkey")],
    # "غارات روسية على بلدة الطيبة" (the second الطيبة; the first, in the heading, is annotated)
    "FR-middleEast-702-20180628": [("الطيبة", 0, "tayyibah-daraa")],
    # "the Turkish army had increased patrols on its side of the border"
    "fakes-1926479296": [("its side of the border", 0, "turkey")],
}
EXTRA_ACTORS = {
    # "the brutal government offensive against rebel-held eastern Aleppo"
    "fakes-1923102896": [("rebel", 0, "rebels")],
    # "the last major opposition stronghold near the capital Damascus"
    "fakes-1923102975": [("opposition", 0, "rebels")],
    # "in an offensive backed by U.S.-led air strikes"
    "fakes-1926479296": [("U.S.-led", 0, "us-coalition")],
}
