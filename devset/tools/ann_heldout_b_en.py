"""Second held-out test set specs (devset/heldout-b): the English (FA-KES) articles.

Written from the article text, docs/gold-format.md (operations: guidelines version 2) and the
annotation guidelines of devset/README.md, without reading the extractor's code or output.
FA-KES stripped most commas and apostrophes ("regimes", "Coalitions"): spans keep the text as it is.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1918150044",  # published Fri 2016-08-12
    notes=("Chlorine barrel bomb on Zubdiya (Aleppo) and Russian phosphorus strikes. The barrel dropped by a regime "
           "helicopter is an Airstrike (barrel bombs are listed under Airstrike; aircraft come before 'chemical "
           "attack' in the type order); 'The bomb was dropped', 'released by a helicopter', the medical source's "
           "'dropped a barrel ... on the neighbourhood of Zubdiya' and El-Dorar's 'the attack using poisonous gasses "
           "on the Zubdiya neighbourhood' are later mentions of it (places added). The title ('Russians and the "
           "Syrian Regime Use ... Bombs to Attack Aleppo') bundles both happenings: not a third operation; its "
           "'Aleppo' is added to both. De Mistura's 'chlorine gas is being used in Aleppo' is a general, "
           "conditional statement ('If it did take place'): not an operation; it is a Report statement (evidence "
           "of use; the 'war crime' clause is conditional, so not a Condemnation). 'west Aleppo'/'south Aleppo' "
           "are reference points (Region mentions, not operation places). 'A man woman and child died' is not a "
           "numeral figure (left out; the 'Three civilians were killed' figure covers it). Chairman Fadel Abdul "
           "Ghani → the institution mention 'Syrian Network for Human Rights'; 'the networks investigators' are the "
           "same organisation, so the chain is [Asharq Al-Awsat, SNHR]. The byline 'Youssef Diab' (the "
           "publisher's own journalist) is not annotated. 'the regime' as fighting force → Syrian Arab Army "
           "(README rule)."),
    entities={
        "medical-source-aleppo": ("AnonymousSource", "a medical source in Aleppo", None),
        "el-dorar": ("MediaOrganisation", "El-Dorar Al-Shamia", None),
    },
    place_entities={
        "zubdiya": ("Neighbourhood", "al-Zubdiya (Aleppo)", None),
        "rashideen": ("Neighbourhood", "al-Rashideen (Aleppo)", None),
        "kafr-naha": ("CityOrTown", "Kafr Naha", None),
        "ramusa": ("Region", "al-Ramusa area (Aleppo)", None),
        "west-aleppo": ("Region", "west of Aleppo", None),
        "south-aleppo": ("Region", "south of Aleppo", None),
    },
    actors=[
        ("Russians", 0, "ru-air"),
        ("the Syrian Regime", 0, "saa"),
        ("Syrian Network for Human Rights", 0, "snhr"),
        ("Asharq Al-Awsat", 0, "asharq-al-awsat"),
        ("the networks investigators", 0, "snhr"),
        (In("belonging to the regime dropped", "the regime"), 0, "saa"),
        ("the United Nations envoy for Syria Staffan de Mistura", 0, "un-envoy"),
        ("Three civilians", 0, "civilians"),
        (In("belonging to the regime.", "the regime"), 0, "saa"),
        ("A medical source", 0, "medical-source-aleppo"),
        ("The regimes", 0, "saa"),
        ("A man woman and child", 0, "civilians"),
        ("the source", 0, "medical-source-aleppo"),
        ("other civilians", 0, "civilians"),
        ("women and children", 0, "civilians"),
        ("The news website El-Dorar Al-Shamia", 0, "el-dorar"),
        ("the Syrian opposition", 0, "rebels"),
        ("Russian warplanes", 0, "ru-air"),
    ],
    places=[
        ("Zubdiya neighbourhood", "*", "zubdiya"),
        ("neighbourhood of Zubdiya", 0, "zubdiya"),
        ("Al-Rashideen", 0, "rashideen"),
        ("Kefarnaha", 0, "kafr-naha"),
        ("Al-Ramusa area", 0, "ramusa"),
        ("west Aleppo", 0, "west-aleppo"),
        ("south Aleppo", 0, "south-aleppo"),
        ("Aleppo", "*", "aleppo"),
    ],
    ops=[
        Op("Airstrike", In("regime dropped a barrel", "dropped"), agents=[("the regime", 0)],
           targets=["Three civilians"],
           places=[("Zubdiya neighbourhood", 0), ("Aleppo", 1), ("Aleppo", 0), "neighbourhood of Zubdiya",
                   ("Aleppo", 4), ("Zubdiya neighbourhood", 1)],
           time=("on Wednesday night", 0)),
        Op("Airstrike", "targeted", agents=["Russian warplanes"],
           places=["Al-Rashideen", "Kefarnaha", "Al-Ramusa area", ("Aleppo", 0)]),
    ],
    stmts=[
        St("Report", by="the United Nations envoy for Syria Staffan de Mistura", cue="emphasized",
           content=R("there is a lot of evidence", "it is a war crime")),
    ],
    figs=[
        Fig("Killed", 3, 3, "exact", "Three civilians were killed"),
        Fig("Injured", 20, None, "more-than", "more than twenty others"),
        Fig("Injured", 20, 20, "about", "About twenty other civilians", by="the source"),
    ],
    dates=[
        ("August 12 2016", ("2016-08-12", "2016-08-12")),
        (("on Wednesday night", 0), "wd"), (("on Wednesday night", 1), "wd"), (("on Wednesday", 2), "wd"),
    ],
    attrs=[
        At(["Asharq Al-Awsat", "Syrian Network for Human Rights"], "told",
           R("the networks investigators have verified", "on Wednesday night")),
        At(["the United Nations envoy for Syria Staffan de Mistura"], "emphasized",
           R("there is a lot of evidence", "it is a war crime")),
        At(["A medical source"], In("Aleppo said", "said"), R("The regimes helicopter", "on Wednesday. A man woman and child died as a result of suffocation")),
        At(["the source"], "added", R("The gas was poisonous", "necessary medical procedures")),
        At(["The news website El-Dorar Al-Shamia"], In("opposition said", "said"),
           R("the attack using poisonous gasses", "with phosphorous bombs")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1926479014",  # published Fri 2017-04-21
    notes=("Regime bombardment of Damascus and Eastern Ghouta. The title ('Intensify Attacks on Damascus & Its "
           "Countryside') summarises the body: its places are added to the first Shelling, not a separate "
           "operation. 'Bombardment by regime forces ... continues' (means unstated, forces with both means → "
           "Shelling) is restated as 'The bombing from the air by warplanes rockets and heavy artillery' (air and "
           "ground): one Shelling plus one AirCampaign (over a month). The activists' 'dozens of airstrikes ... "
           "Qaboun Tishreen and Barzah ... for the 40th consecutive day' is a separate AirCampaign (named "
           "districts; 'in eastern Damascus' is a reference point). Each Ghouta clause naming other places is its "
           "own operation (rule: differ in place): the Friday raid on 'towns and villages in eastern Ghouta' "
           "(Airstrike), 'The area also came under intense bombardment by heavy artillery and rockets' (Shelling), "
           "the Douma airstrikes (Airstrike), the Almarj towns bombed by jets (Airstrike) and the artillery on "
           "Arbin etc. (Shelling). 'rebel-held areas in Damascus and its suburbs' → two TerritorialControl. "
           "'an attempt to take over the liberated areas' is an aim. 'The Assad regime' with jets/airstrikes → "
           "Syrian Arab Air Force; 'regime forces' → Syrian Arab Army; 'Allies' (title) → a local entity. The "
           "Unified Medical Office → opposition health authorities of Eastern Ghouta (Government, as in the dev "
           "registry), so no humanitarian statement. The trailing '(Source: Syrian Coalitions Media Department)' "
           "is an actor mention but not an attribution (like a byline). 'its suburbs'/'Its Countryside' → Rif "
           "Dimashq. Ghouta towns: gazetteer WOF entries without QID (Hawsh as Salihiyah, Al-Nashabiyah, Utaya, "
           "Kafr Batna)."),
    entities={
        "regime-allies": ("Militia", "allies of the Syrian government", None),
    },
    place_entities={
        "qaboun": ("Neighbourhood", "Qaboun (Damascus)", None),
        "tishreen": ("Neighbourhood", "Tishreen (Damascus)", None),
        "barzah": ("Neighbourhood", "Barzeh (Damascus)", None),
        "east-damascus": ("Region", "eastern Damascus", None),
        "hawsh-salihiyah": ("CityOrTown", "Hawsh as Salihiyah", None),
        "nashabiyah": ("CityOrTown", "Al-Nashabiyah", None),
        "utaya": ("CityOrTown", "Utaya", None),
        "kafr-batna": ("CityOrTown", "Kafr Batna", None),
        "jisreen": ("CityOrTown", "Jisreen", None),
    },
    actors=[
        (In("21 April 2017 18:32 Assad Regime", "Assad Regime"), 0, "saa"),
        ("Allies", 0, "regime-allies"),
        ("regime forces", 0, "saa"),
        ("the Iranian-backed foreign militias", 0, "iran-militias"),
        ("rebel", 0, "rebels"),
        ("Activists", "*", "activists"),
        ("The Assad regime", 0, "syr-air"),
        ("Russian jets", "*", "ru-air"),
        ("The Unified Medical Office", 0, "opposition-health"),
        ("Assad regime", "*", "syr-air"),
        ("women and children", 0, "civilians"),
        ("Regime forces", 0, "saa"),
        ("Syrian Coalitions Media Department", 0, "syrian-national-coalition"),
    ],
    places=[
        ("Its Countryside", 0, "rif-dimashq"),
        ("its suburbs", 0, "rif-dimashq"),
        ("eastern Damascus", 0, "east-damascus"),
        ("Damascus", "*", "damascus"),
        ("Qaboun", 0, "qaboun"),
        ("Tishreen", 0, "tishreen"),
        ("Barzah", 0, "barzah"),
        ("eastern Ghouta", "*", "east-ghouta"),
        ("Eastern Ghouta", "*", "east-ghouta"),
        ("The area", 0, "east-ghouta"),
        ("Douma", 0, "douma"),
        ("Housh Salhiya", "*", "hawsh-salihiyah"),
        ("Nishabiya", 0, "nashabiyah"),
        ("Otaya", 0, "utaya"),
        ("Otoya", 0, "utaya"),
        ("Almarj", 0, "marj"),
        ("Arbin", 0, "irbin"),
        ("Kafarbatna", 0, "kafr-batna"),
        ("Jisreen", 0, "jisreen"),
    ],
    ops=[
        Op("Shelling", "Bombardment", agents=["regime forces", "the Iranian-backed foreign militias"],
           targets=["rebel"],
           places=[("Damascus", 1), "its suburbs", ("Damascus", 0), "Its Countryside"]),
        Op("TerritorialControl", "rebel-held", agents=["rebel"], places=[("Damascus", 1)]),
        Op("TerritorialControl", "rebel-held", agents=["rebel"], places=["its suburbs"]),
        Op("AirCampaign", "bombing from the air", places=[("Damascus", 1), "its suburbs"],
           time="for over a month"),
        Op("AirCampaign", "dozens of airstrikes", places=["Qaboun", "Tishreen", "Barzah"],
           time="for the 40th consecutive day"),
        Op("Airstrike", "raided", agents=["The Assad regime", ("Russian jets", 0)],
           places=[("eastern Ghouta", 0)], time="on Friday"),
        Op("Shelling", "intense bombardment", places=["The area"]),
        Op("Airstrike", "Assad regime airstrikes", agents=[In("were Assad regime", "Assad regime")],
           places=["Douma"]),
        Op("Airstrike", "bombed", agents=[In("that the Assad regime and", "Assad regime"), ("Russian jets", 1)],
           places=[("Housh Salhiya", 0), "Nishabiya", "Otaya", "Almarj"]),
        Op("Shelling", "shelled", agents=["Regime forces"],
           places=["Arbin", "Kafarbatna", "Jisreen", "Otoya", ("Housh Salhiya", 1)]),
    ],
    figs=[
        Fig("Killed", 2, 2, "exact", "two people were killed", by="The Unified Medical Office"),
        Fig("Injured", 10, 99, "vague", "dozens of people injured"),
    ],
    dates=[
        ("Friday 21 April 2017", ("2017-04-21", "2017-04-21")),
        ("for over a month", None),
        ("on a daily basis", None),
        ("for the 40th consecutive day", None),
        ("on Friday", "wd"),
    ],
    attrs=[
        At([("Activists", 0)], In("Damascus said", "said"), R("dozens of airstrikes", "40th consecutive day")),
        At(["The Unified Medical Office"], In("Ghouta said", "said"), R("two people were killed", "the town of Douma")),
        At([("Activists", 1)], In("eastern Ghouta said", "said"), R("the Assad regime and Russian jets bombed", "civilian casualties")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1926479061",  # published Sat 2016-12-03
    notes=("Syrian Coalition vice-president Steifo on the Aleppo offensive. 'the ongoing brutal assault on Aleppo by "
           "the Assad regime Russia and the Iranian militias' is one GroundOffensive (assault on the city); the "
           "title's 'Onslaught on Aleppo' and 'Aleppo and its countryside have been subjected to ferocious "
           "onslaught ... since November 15' are mentions of it (places and time added). 'the ongoing bombing "
           "campaign on the city and its countryside' is a separate AirCampaign (type 7, stated as a campaign). "
           "Not operations: 'to retake the entire city' (aim), 'an end to the bombing' (demand), 'lifting the "
           "sieges'. 'Vice-president of the Syrian Coalition Abdul Ahad Steifo' → the institution mention 'Syrian "
           "Coalition'; bare 'Steifo' → the Coalition. Country names as agents (Russia, Iran) → Government class. "
           "'since World War II' is a time expression left unresolved (not fixed by text and publication date). "
           "The headline 'Steifo: ...' has no verb of saying and gets no attribution; the trailing '(Source: "
           "Syrian Coalitions Media Office)' is an actor mention but not an attribution. 'Twitter' not annotated."),
    entities={
        "regime-allies": ("Militia", "allies of the Syrian government", None),
    },
    place_entities={
        "geneva": ("CityOrTown", "Geneva", None),
    },
    actors=[
        ("Steifo", 0, "syrian-national-coalition"),
        ("Regime", 0, "saa"),
        ("Allies", 0, "regime-allies"),
        ("Syrian Coalition", 0, "syrian-national-coalition"),
        ("the Assad regime", "*", "saa"),
        (In("regime Russia and the Iranian", "Russia"), 0, "ru-gov"),
        ("the Iranian militias", 0, "iran-militias"),
        ("civilians", "*", "civilians"),
        (In("War II Steifo said", "Steifo"), 0, "syrian-national-coalition"),
        (In("adding that the regime", "the regime"), 0, "saa"),
        (In("the regime Russia and Iran", "Russia"), 0, "ru-gov"),
        (In("Russia and Iran have", "Iran"), 0, "iran-gov"),
        (In("Russia is now", "Russia"), 0, "ru-gov"),
        ("Russian forces", 0, "ru-armed"),
        ("women and children", 0, "civilians"),
        (In("Steifo stressed", "Steifo"), 0, "syrian-national-coalition"),
        ("UN", 0, "un"),
        ("Syrian Coalitions Media Office", 0, "syrian-national-coalition"),
    ],
    places=[
        ("Aleppo", "*", "aleppo"),
        ("the entire city", 0, "aleppo"),
        ("Syria", 0, "syria"),
        ("its countryside", "*", "aleppo-countryside"),
        ("the city", "*", "aleppo"),
        ("Geneva", 0, "geneva"),
    ],
    ops=[
        Op("GroundOffensive", "assault", agents=[("the Assad regime", 0), "Russia", "the Iranian militias"],
           targets=[("civilians", 0)],
           places=[("Aleppo", 1), ("Aleppo", 0), ("Aleppo", 4), ("its countryside", 0)],
           time="since November 15"),
        Op("AirCampaign", "bombing campaign", places=["the city", ("its countryside", 1)]),
    ],
    figs=[
        Fig("Killed", 750, None, "more-than", "Over 750 people"),
        Fig("Injured", 1000, 9999, "vague", "thousands"),
    ],
    dates=[
        ("Saturday 03 December 2016", ("2016-12-03", "2016-12-03")),
        (("so far", 0), None),
        ("since World War II", None),
        ("since November 15", ("2016-11-15", "2016-11-15")),
        (("so far", 1), None),
    ],
    attrs=[
        At(["Syrian Coalition"], In("Steifo said that", "said"), R("the ongoing brutal assault", "against civilians")),
        At([In("War II Steifo said", "Steifo")], In("War II Steifo said", "said"),
           R("Aleppo has seen", "since World War II")),
        At([In("War II Steifo said", "Steifo")], "adding", R("the regime Russia and Iran", "their objectives in Aleppo")),
        At([In("Steifo stressed", "Steifo")], "stressed", R("the urgent need", "release of detainees")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1962495661",  # published Mon 2016-07-18
    notes=("US-led coalition strikes around Manbij (SOHR via Press TV). The lead ('Airstrikes by US-led coalition "
           "fighter jets have killed at least 21 civilians') sums the two strikes the next sentences give; it is "
           "the trigger of the first (Manbij district, 15 killed), whose places are the lead's territory and "
           "Manbij city; 'similar attacks by coalition fighter jets' on 'a village near Manbij' is a second "
           "Airstrike (another place; the village is unnamed, so its place is the Manbij mention the context "
           "fixes). The coalition's campaign ('started its controversial mission in Iraq in late 2014', 'The air "
           "campaign was later expanded to ... northern Syria', 'The US and allies use the Incirlik air base ... to "
           "bomb ... in northern Syria and Iraq') is one AirCampaign (Incirlik is where they fly from, not a place "
           "of it). 'The coalition attacks on Manbij intensified in late June' is a separate AirCampaign (Manbij, "
           "since late June). 'ISIS seized control over territories west and north of the country' → Capture "
           "(Iraq). The SDF 'drive to fully push back militants from the city' → GroundOffensive (the drive "
           "happened; full capture is the aim). 'The SDF has attempted several times to advance ... into the road' "
           "→ Advance (repeated attempts stated as done); 'the western neighborhoods it has captured' → Capture "
           "(place: Manbij, the neighborhoods being a relative descriptor). 'Raqqa the de facto capital of ISIS' "
           "and 'territories held by the Daesh' → TerritorialControl. 'Syrian Kurds and Arabs fighting against "
           "ISIS' → ArmedClash in the province of Aleppo; 'the fierce fighting in Manbij' → ArmedClash. "
           "'Syrian Kurds and Arabs' / 'Kurds and Arabs' → SDF (README rule). 'The UK-based group' → SOHR, 'UK' not "
           "a place (as 'The Britain-based' in the dev set). 'The US' using the air base → United States Armed "
           "Forces, 'allies' → the coalition. 'the Turkish border' is a reference point given by an adjective (not "
           "annotated). 'numerous deaths' has no number (no figure). The title's '21 "
           "Civilians Killed' is a figure in the article's voice. 'SSH 11' (byline) not annotated."),
    entities={
        "press-tv": ("MediaOrganisation", "Press TV", None),
    },
    place_entities={
        "incirlik": ("Facility", "Incirlik Air Base", None),
        "manbij-raqqa-road": ("Road", "road south of Manbij (to Raqqa)", None),
    },
    actors=[
        ("Civilians", 0, "civilians"),
        ("US-Led Coalition", 0, "us-coalition"),
        ("US-led coalition", 0, "us-coalition"),
        ("civilians", "*", "civilians"),
        ("the Daesh (ISIS ISIL) Takfiri terrorists", 0, "isis"),
        ("a monitoring group", 0, "sohr"),
        ("Syrian Observatory for Human Rights", 0, "sohr"),
        ("the coalition", 0, "us-coalition"),
        ("The UK-based group", 0, "sohr"),
        ("the Syrian opposition", 0, "rebels"),
        (In("by coalition fighter", "coalition"), 0, "us-coalition"),
        ("multinational task force against ISIS", 0, "us-coalition"),
        (In("after ISIS seized", "ISIS"), 0, "isis"),
        ("the Syrian government", 0, "syr-gov"),
        ("The United States", 0, "us-gov"),
        ("Syrian Kurds and Arabs", 0, "sdf"),
        (In("fighting against ISIS", "ISIS"), 0, "isis"),
        ("Syrian military forces", 0, "saa"),
        ("The coalition", 0, "us-coalition"),
        (In("after Kurds and Arabs", "Kurds and Arabs"), 0, "sdf"),
        ("Syrian Democratic Forces (SDF)", 0, "sdf"),
        ("militants", 0, "isis"),
        ("The SDF", 0, "sdf"),
        (In("capital of ISIS", "ISIS"), 0, "isis"),
        ("The US", 0, "us-armed"),
        (In("and allies use", "allies"), 0, "us-coalition"),
        ("ISIS positions", 0, "isis"),
        ("Press TV", 0, "press-tv"),
    ],
    places=[
        (In("in Northern Syria", "Syria"), 0, "syria"),
        ("northern Syrian territories", 0, "syria"),
        ("Manbij city", 0, "manbij"),
        ("Manbij", "*", "manbij"),
        ("Iraq", "*", "iraq"),
        ("the country", 0, "iraq"),
        (In("areas in northern Syria", "Syria"), 0, "syria"),
        ("the Arab country", 0, "syria"),
        ("the province of Aleppo", 0, "aleppo-gov"),
        ("the city", "*", "manbij"),
        ("the road", 0, "manbij-raqqa-road"),
        ("the strategic city", 0, "manbij"),
        ("Raqqa", 0, "raqqa"),
        (In("ISIS in Syria", "Syria"), 0, "syria"),
        ("the Incirlik air base", 0, "incirlik"),
        ("Turkey", 0, "turkey"),
        (In("ISIS positions in northern Syria", "Syria"), 0, "syria"),
    ],
    ops=[
        Op("Airstrike", "Airstrikes", agents=["US-led coalition", "the coalition"], targets=[("civilians", 0)],
           places=["northern Syrian territories", "Manbij city"]),
        Op("TerritorialControl", "held by", agents=["the Daesh (ISIS ISIL) Takfiri terrorists"],
           places=["northern Syrian territories"]),
        Op("Airstrike", "similar attacks", agents=[In("by coalition fighter", "coalition")],
           places=[In("village near Manbij", "Manbij")]),
        Op("AirCampaign", "controversial mission", agents=["multinational task force against ISIS", "The US",
                                                           In("and allies use", "allies")],
           targets=["ISIS positions"],
           places=[("Iraq", 0), In("areas in northern Syria", "Syria"), In("ISIS positions in northern Syria", "Syria"),
                   ("Iraq", 1)],
           time="in late 2014"),
        Op("Capture", "seized control", agents=[In("after ISIS seized", "ISIS")], places=["the country"]),
        Op("ArmedClash", In("Arabs fighting against", "fighting"), agents=["Syrian Kurds and Arabs"],
           targets=[In("fighting against ISIS", "ISIS")], places=["the province of Aleppo"]),
        Op("AirCampaign", "The coalition attacks", agents=["The coalition"],
           places=[In("attacks on Manbij", "Manbij")], time="in late June"),
        Op("GroundOffensive", "drive", agents=[In("after Kurds and Arabs", "Kurds and Arabs"),
                                               "Syrian Democratic Forces (SDF)"],
           targets=["militants"], places=[("the city", 0)]),
        Op("Advance", "to advance", agents=["The SDF"], places=["the road"]),
        Op("Capture", "captured", agents=["The SDF"], places=[In("road south of Manbij", "Manbij")]),
        Op("TerritorialControl", "de facto capital", agents=[In("capital of ISIS", "ISIS")], places=["Raqqa"]),
        Op("ArmedClash", "fierce fighting", places=[In("fighting in Manbij", "Manbij")]),
    ],
    figs=[
        Fig("Killed", 21, 21, "exact", "21 Civilians Killed"),
        Fig("Killed", 21, None, "more-than", "at least 21 civilians", by="a monitoring group"),
        Fig("Killed", 15, None, "more-than", "at least 15 people", by="Syrian Observatory for Human Rights"),
        Fig("Killed", 6, 6, "exact", "six more people", by="The UK-based group"),
        Fig("Displaced", 1000, 9999, "vague", "Thousands"),
        Fig("PersonCount", 10000, 99999, "vague", "tens of thousands"),
    ],
    dates=[
        ("Mon Jul 18 2016", ("2016-07-18", "2016-07-18")),
        (In("said Monday", "Monday"), "wd"),
        ("in late 2014", "year:2014"),
        ("in late June", "month:6"),
    ],
    attrs=[
        At(["a monitoring group"], "says", R("Airstrikes by US-led coalition", "Takfiri terrorists")),
        At(["Syrian Observatory for Human Rights"], In("Rights said", "said"),
           R("at least 15 people", "district of Manbij city")),
        At(["The UK-based group"], In("opposition said", "said"), R("six more people", "coalition fighter jets")),
        At(["the Syrian government"], "criticism", R("the attacks violate", "the Arab country")),
        At(["The United States"], "claims", R("the attacks are carried out", "the province of Aleppo")),
        At(["Press TV"], "reported", R("The US and allies use", "northern Syria and Iraq")),
    ],
))
