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
}

EXTRA_PLACES = {
    "FR-middleEast-131-20180310": [(In("دفاعات جوية في المنطقة", "المنطقة"), 0, "region"),
                                   ("أراضيها", 0, "turkey")],
}
EXTRA_ACTORS = {}
