"""Held-out test set specs (devset/heldout): the English (FA-KES) articles.

Written from the article text, docs/gold-format.md (operations: guidelines version 2) and the
annotation guidelines of devset/README.md, without reading the extractor's code or output.
FA-KES stripped most commas and apostrophes ("Al-Qaedas", "citys"): spans keep the text as it is.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1915433670",  # published Thu 2015-02-12
    notes=("Hezbollah-led capture of Deir al-Adas (Daraa governorate). The lead sentence ('fighters pushed from "
           "town of Deir al-Adas'), 'have pushed the Nusra Front and from the town', 'Deir al-Adas was taken on "
           "Tuesday' and 'heavy shelling had forced the Free Syrian Army from the town' are one Capture (first "
           "mention as trigger). 'a major offensive in the Daraa governorate' (later 'the attack on Deir al-Adas') "
           "and 'the operation launched on Sunday' over three governorates are two GroundOffensives (the text "
           "says the first is part of the second; they differ in place and time). The army 'was able to restore "
           "security to' six hills/villages → one Capture with all six places (the two regions/reference points "
           "'west of Damascus', 'near Deir al-Adas' excluded). Not operations: the aims ('wants to set up "
           "permanent base', 'to seize areas', 'retaking some towns and hills'), 'its positions in southern "
           "Lebanon' (a purpose clause, not a statement of control). 'redeployment into the hot spots in other governorates' (no place). 'Ayman al-Aasmi a member of the FSA "
           "southern front command' → the institution mention 'FSA southern front command' (Southern Front). "
           "'The groups director Rami Abdulrahman' → SOHR. The Local Coordination Committee is taken as a "
           "MonitoringGroup (an activist documentation network). The second quoted paragraph of al-Aasmi has no "
           "cue of saying and gets no attribution. 'London' inside 'The London-based Syrian Observatory ...' is "
           "not annotated as a place (as the dev set did for 'The Britain-based ...')."),
    entities={
        "fsa": ("ArmedGroup", "Free Syrian Army", None),
        "iran-forces": ("StateForce", "Iranian forces", None),
        "al-araby": ("MediaOrganisation", "Al-Araby al-Jadeed", None),
        "lcc-deir-adas": ("MonitoringGroup", "Local Coordination Committee of Deir al-Adas", None),
        "southern-front": ("Coalition", "Southern Front", None),
    },
    place_entities={
        "deir-adas": ("CityOrTown", "Dayr al `Adas", None),
        "north-daraa": ("Region", "northern Daraa", None),
        "golan": ("Region", "Golan Heights", None),
        "sanei": ("CityOrTown", "Sanei", None),
        "tal-hawa": ("Landmark", "Tal al-Hawa", None),
        "tal-arous": ("Landmark", "Tal Arous", None),
        "sw-damascus-countryside": ("Region", "southwestern countryside of Damascus", None),
        "tal-meri": ("Landmark", "Tal Meri", None),
        "danaji": ("CityOrTown", "Danaji", None),
        "tal-antar": ("Landmark", "Tal Antar", None),
        "south-lebanon": ("Region", "southern Lebanon", None),
        "hermon": ("Landmark", "Mount Hermon", None),
    },
    actors=[
        ("Free Syrian Army", "*", "fsa"),
        ("Nusra Front", "*", "nusra"),
        ("rebels", "*", "rebels"),
        ("Iranian-backed Lebanese group", 0, "hezbollah"),
        ("Hizballah fighters", 0, "hezbollah"),
        ("Hizballah", "*", "hezbollah"),
        (In("by Syrian and", "Syrian"), 0, "saa"),
        ("Iranian forces", 0, "iran-forces"),
        ("reports", "*", "reports"),
        ("The London-based Syrian Observatory for Human Rights", 0, "sohr"),
        ("regime elements", 0, "saa"),
        (In("members of Nusra", "Nusra"), 0, "nusra"),
        ("al-Qaedas", 0, "al-qaeda"),
        ("The observatory group", 0, "sohr"),
        ("opposition fighters", 0, "rebels"),
        ("The groups director Rami Abdulrahman", 0, "sohr"),
        ("the AFP news agency", 0, "afp"),
        ("Al-Araby al-Jadeed", 0, "al-araby"),
        ("official Syrian news agency Sana", 0, "sana"),
        ("a military source", 0, "military-source"),
        ("the army", 0, "saa"),
        ("Local Coordination Committee of Deir al-Adas", 0, "lcc-deir-adas"),
        ("FSA southern front command", 0, "southern-front"),
        ("Lebanese and Iraqi militias", 0, "iran-militias"),
        ("the regime forces", 0, "saa"),
        ("opposition forces", 0, "rebels"),
    ],
    places=[
        ("Deir al-Adas", "*", "deir-adas"),
        (In("from the town which", "the town"), 0, "deir-adas"),
        ("the Daraa governorate", "*", "daraa-gov"),
        ("north Daraa", 0, "north-daraa"),
        (In("Dimashq Daraa", "Daraa"), 0, "daraa-gov"),
        ("Syria", 0, "syria"),
        ("Rif Dimashq", 0, "rif-dimashq"),
        ("Quneitra", 0, "quneitra-gov"),
        ("Golan Heights", 0, "golan"),
        ("Sanei", 0, "sanei"),
        ("Tal al-Hawa", 0, "tal-hawa"),
        ("Tal-Arous", 0, "tal-arous"),
        ("the southwestern countryside of Damascus", 0, "sw-damascus-countryside"),
        ("Tal Meri", 0, "tal-meri"),
        ("Damascus", "*", "damascus"),
        ("al-Danaji", 0, "danaji"),
        ("Tal Antar", 0, "tal-antar"),
        ("southern Lebanon", 0, "south-lebanon"),
        ("Mount Hermon", 0, "hermon"),
    ],
    ops=[
        Op("Capture", In("fighters pushed from", "pushed"), agents=["Hizballah fighters"],
           targets=[("Free Syrian Army", 0), ("Nusra Front", 0), ("Nusra Front", 1)],
           supporters=["Syrian", "Iranian forces"],
           places=[("Deir al-Adas", 0), ("Deir al-Adas", 1), ("Deir al-Adas", 2), "the town"], time="on Tuesday"),
        Op("GroundOffensive", "major offensive", agents=["Hizballah fighters", ("Hizballah", 1)],
           supporters=["Syrian", "Iranian forces"], targets=[("Nusra Front", 1)],
           places=[("the Daraa governorate", 0), ("Deir al-Adas", 4)]),
        Op("ArmedClash", "fierce fighting", agents=["regime elements"], targets=[("rebels", 1)],
           places=[("Deir al-Adas", 2)]),
        Op("GroundOffensive", "the operation launched", places=["Rif Dimashq", In("Dimashq Daraa", "Daraa"), "Quneitra"],
           time="on Sunday"),
        Op("Attack", "ambush", agents=[In("a Hizballah ambush", "Hizballah")], places=[("Deir al-Adas", 3)]),
        Op("Capture", "restore security", agents=["the army"],
           places=["Sanei", "Tal al-Hawa", "Tal-Arous", "Tal Meri", "al-Danaji", "Tal Antar"]),
        Op("Shelling", "heavy shelling", targets=[("Free Syrian Army", 2)], places=["the town"]),
        Op("Redeployment", "pushed large forces into the battle", agents=[("Hizballah", 3), "Lebanese and Iraqi militias"],
           places=[("the Daraa governorate", 1)]),
        Op("ArmedClash", "battles with opposition forces", agents=["the regime forces"], targets=["opposition forces"],
           places=[("the Daraa governorate", 1)]),
    ],
    figs=[
        Fig("Killed", 20, 20, "exact", "20 opposition fighters", by="The observatory group"),
    ],
    dates=[
        ("12 February 2015", ("2015-02-12", "2015-02-12")), ("on Tuesday", "wd"), ("two days", None),
        ("on Sunday", "wd"), ("on Wednesday", "wd"),
    ],
    attrs=[
        At([("rebels", 0)], "claim", R("Iranian-backed Lebanese group", "permanent base")),
        At([("reports", 0)], "say", R("Hizballah fighters backed", "the town of Deir al-Adas")),
        At(["The London-based Syrian Observatory for Human Rights"], In("Human Rights said", "said"),
           R("Deir al-Adas was taken", "from the Free Syrian Army")),
        At(["The observatory group"], In("group said", "said"), R("20 opposition fighters", "ambush near Deir al-Adas")),
        At(["the AFP news agency", "The groups director Rami Abdulrahman"], "told", R("Hizballah was leading", "surrounding hills")),
        At(["official Syrian news agency Sana", "a military source"], "quoted", R("the army was able", "Tal Antar near Deir al-Adas")),
        At(["Local Coordination Committee of Deir al-Adas"], In("Adas said heavy", "said"), R("heavy shelling", "their firepower")),
        At(["FSA southern front command"], "claimed", R("Hizballah was trying", "Mount Hermon")),
        At(["FSA southern front command"], In("he said", "said"), R("The issue is not", "towns and hills")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923848305",  # published Sun 2014-05-04; dateline "AFP Friday 2 May 2014"
    notes=("Double suicide car bombing in Jibrin and Al-Humeiri (Hama province), with the Homs bombing and the "
           "Aleppo market air strike as background. The title ('... state media') and the two related-article "
           "headlines are annotated like any text (actors, places, figures, the 'air raid' of the second "
           "headline), but their trailing source tags ('state media', 'NGO') have no cue of saying and give no "
           "attribution chain; they are the figures' stated_by. The Hama bombing (title 'car bombings', 'blew "
           "up two vehicles', 'The bombers hit the towns of Jibrin and Al-Humeiri', 'Fridays attack') is one "
           "Attack: the text reports it as one attack ('Fridays attack') and does not say which vehicle hit which "
           "town. 'terrorists' (SANA's word for the perpetrators) is annotated as the same local entity as the "
           "suicide bombers. 'Observatory director Rami Abdel Rahman' → the institution mention 'Observatory'. "
           "The unnamed districts ('a majority-Alawite district' of Homs, 'a rebel-held district' of Aleppo) and "
           "'a popular market' are annotated as places (they are particular places, not relative descriptors). "
           "'claimed by Al-Qaeda' is an attribution (a claim of responsibility). Dates resolve against the "
           "corpus date 2014-05-04, which agrees with the dateline; 'on June 3' (a planned election) is "
           "resolved to the coming 2014-06-03, not by the 'latest month' rule. The dateline 'AFP' is a byline: "
           "an actor mention, no attribution."),
    entities={
        "hama-bombers": ("ArmedGroup", "suicide bombers of the Hama car bombings", None),
        "ngo": ("MonitoringGroup", "an NGO (headline source)", None),
    },
    place_entities={
        "jibrin": ("CityOrTown", "Jibrin", None),
        "humeiri": ("CityOrTown", "Al Humayrah", None),
        "homs": ("CityOrTown", "Homs", "Q131301"),
        "homs-alawite-district": ("Neighbourhood", "majority-Alawite district of Homs", None),
        "aleppo-market": ("Facility", "popular market (Aleppo)", None),
        "aleppo-rebel-district": ("Neighbourhood", "rebel-held district of Aleppo", None),
    },
    actors=[
        ("state media", "*", "syr-state-media"),
        ("AFP", 0, "afp"),
        ("NGO", 0, "ngo"),
        ("Suicide bombers", 0, "hama-bombers"),
        ("The bombers", 0, "hama-bombers"),
        ("terrorists", 0, "hama-bombers"),
        ("state television", 0, "syr-tv"),
        ("official news agency SANA", 0, "sana"),
        ("The Britain-based Syrian Observatory for Human Rights", 0, "sohr"),
        (In("Observatory director", "Observatory"), 0, "sohr"),
        ("President Bashar al-Assad", 0, "syr-gov"),
        ("Al-Qaeda", 0, "al-qaeda"),
        ("government aircraft", 0, "syr-air"),
        (In("rebel-held", "rebel"), 0, "rebels"),
        ("Assads", 0, "syr-gov"),
        (In("return Assad", "Assad"), 0, "syr-gov"),
        ("authorities", 0, "syr-gov"),
        ("children", "*", "civilians"),
        ("people", "*", "civilians"),
        ("civilians", "*", "civilians"),
    ],
    places=[
        ("Syria", "*", "syria"),
        ("province of Hama", 0, "hama-gov"),
        ("Jibrin", 0, "jibrin"),
        ("Al-Humeiri", 0, "humeiri"),
        (In("in a majority-Alawite district", "a majority-Alawite district"), 0, "homs-alawite-district"),
        ("Homs", 0, "homs"),
        ("Aleppo", 0, "aleppo"),
        ("a popular market", 0, "aleppo-market"),
        (In("in a rebel-held district", "a rebel-held district"), 0, "aleppo-rebel-district"),
    ],
    ops=[
        Op("Attack", "car bombings", agents=["Suicide bombers", "The bombers"],
           places=[("Syria", 0), "province of Hama", "Jibrin", "Al-Humeiri"], time="on Friday"),
        Op("Airstrike", "air raid", places=[("Syria", 1)]),
        Op("Attack", "double car bombing", agents=["Al-Qaeda"], places=["a majority-Alawite district", "Homs"],
           time="on Tuesday"),
        Op("Airstrike", "bombed", agents=["government aircraft"], places=["a popular market", "a rebel-held district", "Aleppo"],
           time="on Thursday"),
        Op("TerritorialControl", "rebel-held", agents=["rebel"], places=["a rebel-held district"]),
    ],
    figs=[
        Fig("Killed", 11, 11, "exact", ("11 children", 0), by=("state media", 0)),
        Fig("Killed", 18, 18, "exact", ("18 dead", 0), by=("state media", 0)),
        Fig("Killed", 10, 10, "exact", "10 children", by="NGO"),
        Fig("Killed", 18, 18, "exact", ("18 dead", 1), by="NGO"),
        Fig("Killed", 18, None, "more-than", "at least 18 people", by=("state media", 1)),
        Fig("Killed", 11, 11, "exact", ("11 children", 1), by=("state media", 1)),
        Fig("Killed", 15, None, "more-than", "at least 15 people", by="The Britain-based Syrian Observatory for Human Rights"),
        Fig("Killed", 100, None, "more-than", "at least 100 people"),
        Fig("Killed", 33, 33, "exact", "33 civilians"),
        Fig("Killed", 150000, None, "more-than", "More than 150000 people"),
    ],
    dates=[
        ("Friday 2 May 2014", ("2014-05-02", "2014-05-02")), ("on Friday", "wd"), ("Fridays", "wd"),
        ("on Tuesday", "wd"), ("a particularly bloody week", None), ("on Thursday", "wd"),
        ("March 2011", ("2011-03-01", "2011-03-31")), ("on June 3", ("2014-06-03", "2014-06-03")),
    ],
    attrs=[
        At([("state media", 1)], "reported", R("Suicide bombers blew up", "including 11 children")),
        At(["state television"], In("SANA said", "said"), R("The bombers hit", "Al-Humeiri")),
        At(["official news agency SANA"], In("SANA said", "said"), R("The bombers hit", "Al-Humeiri")),
        At(["state television"], "blaming", R("\"terrorists\"", "for the attacks")),
        At(["official news agency SANA"], "blaming", R("\"terrorists\"", "for the attacks")),
        At(["The Britain-based Syrian Observatory for Human Rights"], In("Human Rights said", "said"),
           R("at least 15 people", "had been killed")),
        At(["Observatory"], In("Rahman said", "said"), R("the two towns targeted", "al-Assad belongs")),
        At(["Al-Qaeda"], "claimed", "a double car bombing"),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1926479017",  # published Fri 2016-10-07
    notes=("SANA: rocket fire on western Aleppo neighbourhoods and a bomb in al-Lajat (Sweida). The summary "
           "sentence ('rocket shells fired by terrorists on al-Midan al-Hamadaniah New Aleppo and al-Muhafaza') "
           "covers three happenings that the source then details (10 rocket shells on al-Midan in the morning; a "
           "rocket shell and explosive rounds on al-Hamadaniah; rocket attacks on New Aleppo and al-Muhafaza in "
           "the evening): three Shellings, differing in place and time, each with the summary's place mentions "
           "and 'Aleppo'; the summary's verb is the trigger of the first. The title ('terrorist attacks in Aleppo "
           "and Sweida') sums up all four and is not a trigger. 'terrorists' in Aleppo, located in the city's "
           "eastern neighbourhoods → Syrian rebel factions; the title's and the Sweida 'terrorist(s)' are not "
           "identified → a local entity. 'the citys eastern neighborhoods' → eastern Aleppo (a named area in "
           "2016, in the registry), but it is where the shells came from, not a place of the shelling. "
           "'Sweida' in the title and the headline → the governorate; 'between Arika town and Sweida' → the city. "
           "Sweida bomb: places al-Lojat, its countryside region and al-Haj Road; 'near Sadcob Fuel tanks' is a "
           "reference point and 'headed for Arika' a destination. Figures: numerals and number words only, plus "
           "the Sweida toll stated with 'A civilian ... and his son' (1 killed, 1 injured); the subsets 'a young "
           "girl' and the repeated 'killing the driver and injuring his son' are not figures. 'Manar/Manal' "
           "(editors' byline) is not annotated. Bare 'later'/'earlier' are not dates."),
    entities={
        "aleppo-police-source": ("AnonymousSource", "a source at Aleppo Police Command", None),
        "sweida-police-source": ("AnonymousSource", "a source at Sweida Police Command", None),
        "terrorists-unidentified": ("ArmedGroup", "armed groups called 'terrorists' by SANA (unidentified)", None),
    },
    place_entities={
        "sweida-gov": ("Governorate", "As Suwayda'", "Q236797"),
        "sweida": ("CityOrTown", "As Suwaydah", "Q311099"),
        "midan-aleppo": ("Neighbourhood", "al-Midan (Aleppo)", None),
        "hamadaniah": ("Neighbourhood", "al-Hamdaniyah (Aleppo)", None),
        "new-aleppo": ("Neighbourhood", "New Aleppo", None),
        "muhafaza": ("Neighbourhood", "al-Muhafaza (Aleppo)", None),
        "lajat": ("Region", "al-Lajat", None),
        "sweida-nw-countryside": ("Region", "northwestern countryside of Sweida", None),
        "sadcob-tanks": ("Facility", "Sadcob fuel tanks (al-Haj Road)", None),
        "haj-road": ("Road", "al-Haj Road", None),
        "arika": ("CityOrTown", "`Ariqah", None),
    },
    actors=[
        (In("due to terrorist attacks", "terrorist"), 0, "terrorists-unidentified"),
        ("civilians", "*", "civilians"),
        (In("fired by terrorists", "terrorists"), 0, "rebels"),
        ("A source at Aleppo Police Command", 0, "aleppo-police-source"),
        (In("that terrorists located", "terrorists"), 0, "rebels"),
        ("a child", 0, "civilians"),
        ("persons", "*", "civilians"),
        ("The source", 0, "aleppo-police-source"),
        ("a young girl", 0, "civilians"),
        (In("when terrorists fired", "terrorists"), 0, "rebels"),
        ("the source", 0, "aleppo-police-source"),
        ("people", 0, "civilians"),
        (In("attacks by terrorists", "terrorists"), 0, "rebels"),
        ("citizens", 0, "civilians"),
        (In("Civilian killed", "Civilian"), 0, "civilians"),
        (In("in terrorist explosive", "terrorist"), 0, "terrorists-unidentified"),
        ("A civilian", 0, "civilians"),
        ("his son", "*", "civilians"),
        (In("a terrorist explosive", "terrorist"), 0, "terrorists-unidentified"),
        ("A source at Sweida Police Command", 0, "sweida-police-source"),
        ("SANA reporter", 0, "sana"),
        (In("earlier by terrorists", "terrorists"), 0, "terrorists-unidentified"),
        ("the driver", 0, "civilians"),
    ],
    places=[
        ("New Aleppo", "*", "new-aleppo"),
        ("the citys eastern neighborhoods", 0, "east-aleppo"),
        ("Aleppo", "*", "aleppo"),
        ("al-Midan", "*", "midan-aleppo"),
        ("al-Hamadaniah", "*", "hamadaniah"),
        ("al-Muhafaza", "*", "muhafaza"),
        ("the northwest countryside of Sweida", 0, "sweida-nw-countryside"),
        (In("Arika town and Sweida", "Sweida"), 0, "sweida"),
        ("Sweida", "*", "sweida-gov"),
        ("al-Lojat", 0, "lajat"),
        ("Sadcob Fuel tanks", 0, "sadcob-tanks"),
        ("al-Haj Road", 0, "haj-road"),
        ("Arika", "*", "arika"),
    ],
    ops=[
        Op("Shelling", "rocket shells fired", agents=[In("fired by terrorists", "terrorists"), In("that terrorists located", "terrorists")],
           places=[("al-Midan", 0), ("al-Midan", 1), ("Aleppo", 1)], time="in the morning"),
        Op("Shelling", "fired a rocket shell and explosive rounds", agents=[In("when terrorists fired", "terrorists")],
           places=[("al-Hamadaniah", 0), ("al-Hamadaniah", 1), ("Aleppo", 1)]),
        Op("Shelling", "rocket attacks", agents=[In("attacks by terrorists", "terrorists")],
           places=[("New Aleppo", 0), ("New Aleppo", 1), ("al-Muhafaza", 0), ("al-Muhafaza", 1), ("Aleppo", 1)],
           time="Later in the evening"),
        Op("Attack", "explosive device blast", agents=[In("in terrorist explosive", "terrorist"),
                                                                   In("earlier by terrorists", "terrorists")],
           places=[("Sweida", 1), "al-Lojat", "the northwest countryside of Sweida", "al-Haj Road"],
           time=("on Friday", 1)),
    ],
    figs=[
        Fig("Killed", 7, 7, "exact", "Seven killed"),
        Fig("Injured", 37, 37, "exact", "37 others injured"),
        Fig("Killed", 6, 6, "exact", "Six civilians"),
        Fig("Killed", 2, 2, "exact", "two civilians", by="A source at Aleppo Police Command"),
        Fig("Killed", 1, 1, "exact", "one of them a child", by="A source at Aleppo Police Command"),
        Fig("Injured", 2, 2, "exact", "two other persons", by="A source at Aleppo Police Command"),
        Fig("Injured", 6, 6, "exact", "6 persons", by="The source"),
        Fig("Killed", 4, 4, "exact", "four people", by="the source"),
        Fig("Injured", 28, 28, "exact", "28", by="the source"),
        Fig("Killed", 1, 1, "exact", "A civilian"),
        Fig("Injured", 1, 1, "exact", ("his son", 0)),
    ],
    dates=[
        ("7 October 2016", ("2016-10-07", "2016-10-07")), (("on Friday", 0), "wd"),
        ("in the morning", ("2016-10-07", "2016-10-07")), ("Later in the evening", ("2016-10-07", "2016-10-07")),
        (("on Friday", 1), "wd"),
    ],
    attrs=[
        At(["A source at Aleppo Police Command"], In("Command said", "said"), R("terrorists located", "private properties")),
        At(["The source"], "added", R("6 persons were injured", "al-Hamadaniah area")),
        At(["the source"], In("the source said", "said"), R("four people were killed", "homes and properties")),
        At(["SANA reporter", "A source at Sweida Police Command"], "told", R("an explosive device that", "injuring his son")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965511204",  # published Mon 2016-04-04
    notes=("Al-Manar: air strikes in Idlib (Kafr Jales) kill Nusra spokesman Abu Firas al-Suri. The lead sentence "
           "appears twice (a FA-KES copy artefact; only the second copy ends with 'a monitor group said'): both "
           "copies are annotated for mentions, figures and dates, as the dev set did for its duplicated article; "
           "the strikes are one operation (guidelines v2: a later mention of the same happening is not a new "
           "operation), one Airstrike on one occasion (Sunday) whose first mention is the title's 'Strikes', "
           "with the places the later mentions give (Idleb province, Kafar Jales, 'the country' = Syria). The "
           "text leaves the agent open ('Syrian regime warplanes or their Russian allies'), so the Airstrike has no "
           "agent; both are still actor mentions. 'northeast of the country' is the text's (wrong) relative "
           "descriptor: only 'the country' → Syria. Named people are annotated as their organisation: 'Al-Nusra "
           "Spokesman', 'Abu Firas al-Suri', 'Suri' → al-Nusra Front (the 'Al-Nusra' of 'Al-Nusra Spokesman' is the "
           "mention; 'The spokesman for Al-Qaedas Syrian affiliate Al-Nusra Front' → the mentions 'Al-Qaedas' and "
           "'Al-Nusra Front'); 'UK-based Syrian Observatory for Human Rights chief Rami Abdel Rahman' → the "
           "institution mention; 'Al-Qaeda leader Osama bin Laden' → 'Al-Qaeda'. Abdullah Azzam (an individual "
           "acting for no institution here) is not annotated. 'terrorists'/'jihadists' (the killed fighters, 'a "
           "terrorist commander', 'the terrorists') → one local entity. 'fought against the Soviet forces in "
           "Afghanistan' is annotated as an ArmedClash (a past fighting the text states, with a place). 'a "
           "series of blows ... in recent weeks' has no place: not annotated. 'he added' takes 'Abdel Rahman' as "
           "its hop. 'a terrorist commander' killed → Killed 1 (a stated toll); 'many were seriously injured' "
           "has no interval and is not a figure. The spokesman's son ('Son', 'his son') is not an actor mention (a "
           "relative of a fighter, neither a force nor stated to be a civilian)."),
    entities={
        "jihadists": ("ArmedGroup", "jihadists ('terrorists') in Idlib and Raqqa", None),
        "jund-al-aqsa": ("ArmedGroup", "Jund al-Aqsa", None),
        "uzbek-jihadists": ("ArmedGroup", "jihadists from Uzbekistan", None),
        "soviet-forces": ("StateForce", "Soviet Armed Forces", None),
        "suri-supporters": ("AnonymousSource", "Abu Firas al-Suri's supporters on Twitter", None),
    },
    place_entities={
        "kafr-jales": ("CityOrTown", "Kafr Jalis", None),
        "uzbekistan": ("Country", "Uzbekistan", None),
        "afghanistan": ("Country", "Afghanistan", None),
    },
    actors=[
        (In("Al-Nusra Spokesman", "Al-Nusra"), 0, "nusra"),
        ("Terrorists", 0, "jihadists"),
        ("Al-Qaedas", "*", "al-qaeda"),
        ("Al-Nusra Front", "*", "nusra"),
        ("other terrorists", "*", "jihadists"),
        ("a monitor group", 0, "sohr"),
        ("Abu Firas al-Suri", 0, "nusra"),
        (In("20 jihadists", "jihadists"), 0, "jihadists"),
        ("Al-Nusra", "*", "nusra"),
        ("Jund al-Aqsa", "*", "jund-al-aqsa"),
        (In("jihadists from Uzbekistan", "jihadists"), 0, "uzbek-jihadists"),
        ("UK-based Syrian Observatory for Human Rights", 0, "sohr"),
        ("The monitor", 0, "sohr"),
        ("Syrian regime warplanes", 0, "syr-air"),
        ("their Russian allies", 0, "ru-air"),
        ("Abdel Rahman", 1, "sohr"),
        ("Suri", "*", "nusra"),
        ("other leading terrorists", 0, "jihadists"),
        ("the Soviet forces", 0, "soviet-forces"),
        ("Al-Qaeda", 0, "al-qaeda"),
        ("the AFP", 0, "afp"),
        ("his supporters", 0, "suri-supporters"),
        ("the Observatory", 0, "sohr"),
        ("a terrorist commander", 0, "jihadists"),
        ("the terrorists", 0, "jihadists"),
    ],
    places=[
        ("Idleb province", 0, "idlib-gov"),
        ("Idleb", "*", "idlib-gov"),
        ("the country", "*", "syria"),
        ("Uzbekistan", 0, "uzbekistan"),
        ("Kafar Jales", 0, "kafr-jales"),
        ("Afghanistan", 0, "afghanistan"),
        ("Syria", 0, "syria"),
        ("Al-Raqqa province", 0, "raqqa-gov"),
    ],
    ops=[
        Op("Airstrike", In("Idleb Strikes", "Strikes"),
           places=["Idleb", ("the country", 0), ("the country", 1), "Idleb province", "Kafar Jales"],
           time=("Sunday", 0)),
        Op("ArmedClash", "fought against", agents=[("Suri", 1)], targets=["the Soviet forces"], places=["Afghanistan"]),
        Op("Airstrike", "a drone strike", targets=["a terrorist commander"], places=["Al-Raqqa province"], time="On Wednesday"),
    ],
    figs=[
        Fig("Killed", 20, 20, "exact", "20 Terrorists"),
        Fig("Killed", 20, 20, "exact", ("20 other terrorists", 0)),
        Fig("Killed", 20, 20, "exact", ("20 other terrorists", 1), by="a monitor group"),
        Fig("Killed", 20, None, "more-than", "at least 20 jihadists", by="UK-based Syrian Observatory for Human Rights"),
        Fig("Killed", 1, 1, "exact", "a terrorist commander", by="the Observatory"),
    ],
    dates=[
        ("04-04-2016", ("2016-04-04", "2016-04-04")), (("Sunday", 0), "wd"), (("Sunday", 1), "wd"),
        ("in 2011", "year:2011"), ("On Wednesday", "wd"), ("in recent weeks", None),
    ],
    attrs=[
        At(["a monitor group"], In("monitor group said", "said"), R("The spokesman for Al-Qaedas", "northeast of the country a", 1)),
        At(["UK-based Syrian Observatory for Human Rights"], In("Rahman said in a statement", "said"),
           R("Abu Firas al-Suri", "Idleb province")),
        At(["The monitor"], In("The monitor said", "said"), R("it was not immediately clear", "Russian allies")),
        At([("Abdel Rahman", 0)], "indicated", R("Suri was meeting", "raids took place")),
        At([("Abdel Rahman", 0)], "added", R("Two other Al-Nusra", "seriously injured")),
        At(["the AFP", "his supporters"], In("AFP reported", "reported"), R("Syrian Suri real name", "to Syria in 2011")),
        At(["the Observatory"], "according to", R("On Wednesday a drone strike", "a terrorist commander")),
    ],
))
