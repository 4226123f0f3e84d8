"""Eighth held-out test set specs (devset/heldout-h): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923102938",  # published Mon 2016-09-26 (alaraby / The New Arab); dateline agrees
    notes=("The New Arab: fourth day of Russian and Syrian air raids on opposition-held Aleppo after the collapse of "
           "the September 2016 ceasefire. Dates resolve against 2016-09-26 (a Monday; the dateline 'Date of "
           "publication 26 September 2016' agrees). Operations: (1) the raids on the city are one AirCampaign (v2 "
           "type 7: a period is stated, 'for the fourth day in a row', 'since Thursday', 'Monday was the fourth day of "
           "intense air raids'): the subtitle's 'renew their raids on Aleppos opposition-controlled areas' is the first "
           "mention (trigger 'raids'); the lead's 'Russian and Syrian jets continued on Monday to pound rebel-held "
           "areas of Syrias Aleppo', the civil defence's 'airstrikes targeted the citys opposition-controlled areas "
           "after midnight on Sunday', SOHR's 'the raids since Thursday' and 'intense air raids on the city' are later "
           "mentions (places added; time 'since Thursday'). Judgement call: the Monday / after-midnight strikes are "
           "the campaign's fourth day ('continued', 'renew'), not split off as a separate one-occasion Airstrike. "
           "Agents as split phrases (README): 'Russian' → Russian Aerospace Forces + 'Syrian air forces' / 'Syrian "
           "jets' → Syrian Arab Air Force (as ann_en's 'the Russian and Syrian air forces'). (2) SOHR's 'raids "
           "targeting rural areas of Aleppo province' (toll 36) → a second AirCampaign (another place; v2: a "
           "different place is a different operation); typed AirCampaign because the sentence continues SOHR's count "
           "of the raids 'since Thursday' (a period; judgement call: the sentence itself states no period and could "
           "be read as an Airstrike); no agent named in its sentence. (3) 'opposition-controlled areas' / "
           "'rebel-held areas of Syrias Aleppo' / 'the citys opposition-controlled areas' / 'rebel control in the "
           "east' → one TerritorialControl of the rebels on Aleppo (restatements: same holder, same place; 'areas', "
           "'the east' are relative descriptors); 'rebel-held east Aleppo' → a second one on eastern Aleppo (another "
           "place: the registry Region); 'government control in the west' → TerritorialControl of the Syrian Arab "
           "Army on Aleppo (government holding ground, as set G); time 'since mid-2012' for both halves of the "
           "divided city. (4) 'a defiant Syrian regime launched a new assault to retake the entirety of the city' → "
           "GroundOffensive ('assault on the town'; 'to retake' is its aim, no Capture); the regime as a fighting "
           "force → Syrian Arab Army. (5) 'regime forces fully surrounded the city in early September' → Advance "
           "(v2 'encircled'), place also 'Aleppo' of the same sentence; 'With Aleppo again under siege' and 'the city "
           "under siege' are sieges as a standing state (not operations). (6) 'Aleppo ... has seen some of its worst "
           "fighting over the past week' → ArmedClash (v2 'fighting'), no sides named; 'to address the fighting' "
           "(UNSC) refers back. Not operations: the ceasefire and its collapse, 'the danger of airstrikes' (charity "
           "kitchens), 'the increased violence', the Tags line's 'airstrikes' (a tag, not a statement), and the "
           "'Read Also' teaser 'white phosphorus is being used in civilian areas' (no place: 'civilian areas' is "
           "generic and 'Aleppo residents' is taken as one actor mention, as set G's 'a source at Aleppo Police "
           "Command'; judgement call). Actors: 'civil defence sources' → the institution mention 'civil defence' "
           "(Syria Civil Defence, README: institution named inside the phrase); 'The New Arab' (the publisher, "
           "named as the outlet told; as set B's Asharq Al-Awsat) → a local MediaOrganisation; 'one medic' → medics; "
           "'Observatory director Rami Abdel Rahman' → the mention 'Observatory'; 'he said' (pronoun) takes the "
           "Observatory as hop. 'Hundreds of people' is not marked (not said to be civilians); 'civilians', '20 "
           "children', 'nine women', '36 civilians', '11 children', 'five women', 'residents', 'Aleppo residents' → "
           "civilians. 'Several charity kitchens' → a local HumanitarianOrganisation (charities; judgement call, "
           "could be read as facilities). 'Russia' in the Tags line and as broker / the one to 'rein in' its ally, "
           "'the United States' (twice), 'US' (Tags), 'Britain', 'France' → Governments (political actors); 'its "
           "Syrian ally' → Government of Syria; 'The UN Security Council' → UNSC (no statement content given); "
           "'Agencies' → news agencies (no attribution, as set F). 'Zouhir al-Shimales' (the publisher's "
           "photographer, photo-essay link) is not annotated. Places: every 'the city' / 'the citys' → Aleppo; 'East "
           "Aleppo' / 'east Aleppo' → eastern Aleppo (Region); 'rural areas' → Aleppo countryside (Region) + 'Aleppo "
           "province' → the governorate (as set F's 'the countryside' + 'the northeastern province of Deir Ezzor'); "
           "'empty marketplace' of East Aleppo → a local Facility; 'eastern districts', 'the west', 'the east' are "
           "relative descriptors (not places); 'Syrian pounds' is a currency. Statement: the civil defence (White "
           "Helmets, humanitarian) toll → Report. Figures: 'hundreds dead' and 'Hundreds of people' killed (100..999 "
           "vague, article's voice); 330 by the civil defence; 128 (more-than) by SOHR; 20 children, nine women, 36 "
           "(more-than), 11 children, five women by the Observatory (director); bread prices are not figures. Dates: "
           "'on Monday' and the second 'Monday' → 2016-09-26; 'overnight' → the night of Sunday to Monday "
           "(2016-09-25..26, as set F); 'after midnight on Sunday' → 2016-09-25 (mechanical weekday rule; it may mean "
           "the small hours of Monday); 'since Thursday' → 2016-09-22; 'in early September' → September 2016; 'since "
           "mid-2012' → 2012 (part of a period); 'on Sunday' (UNSC) → 2016-09-25; 'for the fourth day in a row', both "
           "'in recent days', 'last week', 'over the past week' relative (null). Chains: 'civil defence sources told "
           "The New Arab' → [The New Arab, civil defence]; 'one medic told AFP' → [AFP, one medic] (content the first "
           "quote; the second quoted sentence has no cue of its own, and the pull-quote repeat later in the text has "
           "no cue: no chain); SOHR 'placed the death toll lower saying' → one chain (the participle goes on with the "
           "same saying); 'said Observatory director' and 'he said' → [Observatory]; 'Britain France and the United "
           "States demanding Russia rein in its Syrian ally' → three one-hop chains with the same cue (as set F's "
           "'have vowed'; judgement call that a demand is a saying); 'Aleppo residents say' → [Aleppo residents]."),
    entities={
        "new-arab": ("MediaOrganisation", "The New Arab (al-Araby al-Jadeed)", None),
        "uk-gov-h": ("Government", "Government of the United Kingdom", None),
        "france-gov-h": ("Government", "Government of France", None),
        "charity-kitchens-h": ("HumanitarianOrganisation", "charity kitchens (eastern Aleppo)", None),
    },
    place_entities={
        "east-aleppo-marketplace": ("Facility", "marketplace (East Aleppo)", None),
    },
    actors=[
        (In("as Russian and Syrian air forces", "Russian"), 0, "ru-air"),
        ("Syrian air forces", 0, "syr-air"),
        ("opposition", "*", "rebels"),
        (In("Aleppo Russia airstrikes", "Russia"), 0, "ru-gov"),
        (In("airstrikes US ceasefire", "US"), 0, "us-gov"),
        (In("as Russian and Syrian jets", "Russian"), 0, "ru-air"),
        ("Syrian jets", 0, "syr-air"),
        ("rebel", "*", "rebels"),
        ("civil defence", 0, "white-helmets"),
        ("The New Arab", 0, "new-arab"),
        ("one medic", 0, "medics"),
        ("AFP", 0, "afp"),
        ("The UK-based Syrian Observatory for Human Rights", 0, "sohr"),
        ("20 children", 0, "civilians"),
        ("nine women", 0, "civilians"),
        (In("said Observatory director", "Observatory"), 0, "sohr"),
        ("36 civilians", 0, "civilians"),
        ("11 children", 0, "civilians"),
        ("five women", 0, "civilians"),
        ("civilians", "*", "civilians"),
        ("a defiant Syrian regime", 0, "saa"),
        (In("brokered by Russia", "Russia"), 0, "ru-gov"),
        ("the United States", "*", "us-gov"),
        ("regime forces", 0, "saa"),
        ("Aleppo residents", 0, "civilians"),
        ("residents", "*", "civilians"),
        ("Several charity kitchens", 0, "charity-kitchens-h"),
        (In("between government control", "government"), 0, "saa"),
        ("The UN Security Council", 0, "unsc"),
        ("Britain", 0, "uk-gov-h"),
        ("France", 0, "france-gov-h"),
        (In("demanding Russia", "Russia"), 0, "ru-gov"),
        ("its Syrian ally", 0, "syr-gov"),
        ("Agencies", 0, "news-agencies"),
    ],
    places=[
        ("the city", "*", "aleppo"),
        ("East Aleppo", 0, "east-aleppo"),
        ("east Aleppo", 0, "east-aleppo"),
        ("rural areas", 0, "aleppo-countryside"),
        ("Aleppo province", 0, "aleppo-gov"),
        ("Syrias", 0, "syria"),
        (In("Tags Syria", "Syria"), 0, "syria"),
        ("Aleppo", "*", "aleppo"),
        ("marketplace", 0, "east-aleppo-marketplace"),
    ],
    ops=[
        Op("AirCampaign", ("raids", 0),
           agents=[In("as Russian and Syrian air forces", "Russian"), "Syrian air forces",
                   In("as Russian and Syrian jets", "Russian"), "Syrian jets"],
           targets=[("opposition", 0), ("rebel", 0), ("opposition", 1)],
           places=[("Aleppo", 0), ("Aleppo", 2), "Syrias", ("the city", 1), ("the city", 2)],
           time="since Thursday"),
        Op("AirCampaign", In("killed in raids targeting", "raids"), places=["rural areas", "Aleppo province"]),
        Op("TerritorialControl", In("Aleppos opposition-controlled", "opposition-controlled"),
           agents=[("opposition", 0), ("rebel", 0), ("opposition", 1), ("rebel", 2)],
           places=[("Aleppo", 0), ("Aleppo", 2), ("the city", 1), ("Aleppo", 4)], time="since mid-2012"),
        Op("TerritorialControl", In("Hospitals in rebel-held", "rebel-held"), agents=[("rebel", 1)],
           places=["east Aleppo"]),
        Op("GroundOffensive", "assault", agents=["a defiant Syrian regime"], places=[("the city", 3)]),
        Op("Advance", "fully surrounded", agents=["regime forces"], places=[("the city", 4), ("Aleppo", 3)],
           time="in early September"),
        Op("TerritorialControl", "government control", agents=[In("between government control", "government")],
           places=[("Aleppo", 4)], time="since mid-2012"),
        Op("ArmedClash", ("fighting", 0), places=[("Aleppo", 4)], time="over the past week"),
    ],
    stmts=[
        St("Report", by="civil defence", cue=("told", 0), content=R("The death toll reached 330", "overnight")),
    ],
    figs=[
        Fig("Killed", 100, 999, "vague", "hundreds dead"),
        Fig("Killed", 100, 999, "vague", "Hundreds of people"),
        Fig("Killed", 330, 330, "exact", "The death toll reached 330", by="civil defence"),
        Fig("Killed", 128, None, "more-than", "at least 128 people",
            by="The UK-based Syrian Observatory for Human Rights"),
        Fig("Killed", 20, 20, "exact", "20 children", by=In("said Observatory director", "Observatory")),
        Fig("Killed", 9, 9, "exact", "nine women", by=In("said Observatory director", "Observatory")),
        Fig("Killed", 36, None, "more-than", "At least 36 civilians", by=In("said Observatory director", "Observatory")),
        Fig("Killed", 11, 11, "exact", "11 children", by=In("said Observatory director", "Observatory")),
        Fig("Killed", 5, 5, "exact", "five women", by=In("said Observatory director", "Observatory")),
    ],
    dates=[
        ("26 September 2016", "pub"),
        ("on Monday", "wd"),
        ("for the fourth day in a row", None),
        ("overnight", ("2016-09-25", "2016-09-26")),
        ("after midnight on Sunday", "wd"),
        (("in recent days", 0), None),
        ("since Thursday", "wd"),
        (("in recent days", 1), None),
        (In("dwindle. Monday", "Monday"), "wd"),
        ("in early September", "month:9"),
        ("last week", None),
        ("since mid-2012", "year:2012"),
        ("over the past week", None),
        (("on Sunday", 1), "wd"),
    ],
    attrs=[
        At(["The New Arab", "civil defence"], ("told", 0), R("The death toll reached 330", "overnight")),
        At(["AFP", "one medic"], ("told", 1), R("Hospitals that are still", "shortage of blood", 0)),
        At(["The UK-based Syrian Observatory for Human Rights"], R("placed the death toll", "saying"),
           R("\"at least 128", "since Thursday")),
        At([In("said Observatory director", "Observatory")], In("women said Observatory", "said"),
           "Among the dead were 20 children and nine women"),
        At([In("said Observatory director", "Observatory")], In("province he said", "said"),
           R("At least 36 civilians", "Aleppo province")),
        At(["Britain"], "demanding", "Russia rein in its Syrian ally"),
        At(["France"], "demanding", "Russia rein in its Syrian ally"),
        At([("the United States", 1)], "demanding", "Russia rein in its Syrian ally"),
        At(["Aleppo residents"], In("residents say that", "say"), "white phosphorus is being used in civilian areas"),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923102948",  # published Mon 2016-06-27 (alaraby / The New Arab); dateline agrees
    notes=("The New Arab: UNICEF on the Russian and Syrian air strikes on al-Quria (Deir ez-Zor), Saturday 25 June "
           "2016. Dates resolve against 2016-06-27 (a Monday; the dateline 'Date of publication 27 June 2016' agrees): "
           "'over the weekend' → Saturday-Sunday 2016-06-25..26; both 'on Saturday' → 2016-06-25; 'on Sunday' → "
           "2016-06-26; 'during prayer time' (a vague time of day) and 'in recent days' / 'In recent days' "
           "unresolved; 'currently' is a deictic adverb like حالياً (not annotated). Operations: (1) the strikes on "
           "al-Quria are one Airstrike (one town, one day, one toll; UNICEF's 'Three attacks' on one place on one "
           "occasion are the same Airstrike, v2): trigger the lead's 'airstrikes' (the subtitle's 'Civilian massacre "
           "in Syrian province ... took place over the weekend' is the same happening but 'massacre' does not state an "
           "operation, so its place 'Syrian province' is added rather than taken as trigger); later mentions SOHR's "
           "'reported the airstrikes on Saturday', UNICEF's 'Three attacks reportedly hit heavily crowded areas "
           "including a mosque' and 'these attacks'. Places: 'Syrian province' (→ Deir ez-Zor governorate, named "
           "later as 'Deir Ez-Zor province'), 'a densely populated town' and 'town of al-Quria' (→ the gazetteer's Al "
           "Qurayya in Mayadin district, variant القورية; no QID), 'Syria' of 'eastern Syria' (as set F's 'north east "
           "Syria'), 'a mosque' (a local Facility). 'heavily crowded areas' is generic. Agents 'Russian' → Russian "
           "Aerospace Forces, 'Syrian regime' (with airstrikes) → Syrian Arab Air Force. (2) 'the Islamic State "
           "group-dominated town of al-Quria' → TerritorialControl of IS (judgement call: 'dominated' read as "
           "'X-held'). (3) 'the IS group stronghold of Raqqa' → TerritorialControl (v2 'stronghold of'; Raqqa the "
           "city, IS's capital). (4) 'their territory in neighbouring Iraq' → TerritorialControl of IS in Iraq (held "
           "territory; the agent is the pronoun 'their', so the 'IS group' mention of the same sentence is used). (5) "
           "'Syrian government forces backed by Russia are currently attempting to drive militant groups out of their "
           "Syrian strongholds however dozens of civilians have been killed in this effort in recent days' → "
           "GroundOffensive (an effort under way that has killed civilians, not a mere aim; the 'drive out' is its aim, "
           "so no Capture; judgement call: v2 lists 'تسعى إلى' among aims and this could be left out); supporter "
           "'Russia' (a country name as backer → Government of Russia, README on country names; README's بدعم روسي → "
           "Russian Armed Forces rule is for the adjective); target 'militant groups' (README: generic armed "
           "opposition → Syrian rebel factions; the text does not say which groups); its place is the noun phrase "
           "'Syrian strongholds' (a local Region standing for the groups' strongholds in Syria, as set G annotated "
           "'towns' as a place), which also gives (6) a TerritorialControl of the militant groups (v2 'stronghold'). "
           "Not operations: 'a heavy Islamic State presence' in the province (presence is not control; judgement "
           "call), 'Russia may be using thermobaric bombs' (a possibility suggested by experts), 'if detonated near "
           "urban areas' (conditional). Actors: 'the United Nations childrens agency (UNICEF)' one mention; 'UNICEF' "
           "(three, one inside the second quote) → UNICEF; 'its local partners' → a local AnonymousSource; 'The Syrian "
           "Observatory for Human Rights' → SOHR; 'Islamic State', 'Islamic State group', 'IS group' → IS; 'experts' → "
           "a local AnonymousSource; '25 children', 'children' (twice), '58 civilians', 'civilians', 'dozens of "
           "civilians' → civilians ('Civilian' in the subtitle is an adjective; 'all parties to the conflict' is not "
           "an actor of any class). Statements (UNICEF, a UN body): the lead's 'has said' → Report; 'Citing news from "
           "its local partners ... UNICEF have said' → Report; 'said in a statement' (Three attacks ...) → Report; "
           "'UNICEF deplores these attacks' → Condemnation (README: ندد / deplore); 'calls on all parties to the "
           "conflict to keep children out of harms way' → Appeal (a call; judgement call, the README's Appeal names "
           "aid or access). Figures: 25 children by UNICEF; 47 by SOHR; 'later updated to 82' and '58 civilians' "
           "have no speaker in their sentence → article's voice (as set G's 'Eight civilians'); 'dozens of "
           "civilians' Killed 10..99 vague; 'Three attacks' is a count of strikes (not a figure). Chains: the lead → "
           "[UNICEF]; 'Citing news from its local partners in Syria UNICEF have said' → [UNICEF, its local partners] "
           "(as README's [SOHR, sources]); SOHR 'reported' → [SOHR]; 'UNICEF said in a statement' → [UNICEF]; the "
           "second quote's 'deplores' and 'calls on' → two chains with the in-quote 'UNICEF' as hop (each statement "
           "also a chain, README); 'experts have also suggested' → [experts]. 'reportedly' names no source."),
    entities={
        "unicef-partners-h": ("AnonymousSource", "UNICEF's local partners in Syria", None),
        "experts-h": ("AnonymousSource", "experts", None),
    },
    place_entities={
        "al-quria": ("CityOrTown", "Al Qurayya (Deir ez-Zor)", None),
        "quria-mosque": ("Facility", "mosque (al-Quria)", None),
        "militant-strongholds-syria": ("Region", "militant groups' strongholds in Syria", None),
    },
    actors=[
        ("Islamic State group", 0, "isis"),
        ("Islamic State", 0, "isis"),
        (In("weekend. Russian", "Russian"), 0, "ru-air"),
        ("Syrian regime", 0, "syr-air"),
        ("25 children", 0, "civilians"),
        ("the United Nations childrens agency (UNICEF)", 0, "unicef"),
        ("its local partners", 0, "unicef-partners-h"),
        ("UNICEF", "*", "unicef"),
        ("children", "*", "civilians"),
        ("The Syrian Observatory for Human Rights", 0, "sohr"),
        ("58 civilians", 0, "civilians"),
        ("IS group", 0, "isis"),
        ("Syrian government forces", 0, "saa"),
        ("Russia", "*", "ru-gov"),
        ("militant groups", 0, "rebels"),
        ("dozens of civilians", 0, "civilians"),
        ("civilians", "*", "civilians"),
        ("experts", 0, "experts-h"),
    ],
    places=[
        ("Syrian province", 0, "deir-gov"),
        ("a densely populated town", 0, "al-quria"),
        (In("eastern Syria", "Syria"), 0, "syria"),
        (In("partners in Syria", "Syria"), 0, "syria"),
        ("town of al-Quria", 0, "al-quria"),
        ("a mosque", 0, "quria-mosque"),
        ("Deir Ez-Zor province", 0, "deir-gov"),
        ("Raqqa", 0, "raqqa"),
        ("Iraq", 0, "iraq"),
        ("Syrian strongholds", 0, "militant-strongholds-syria"),
    ],
    ops=[
        Op("Airstrike", In("Syrian regime airstrikes", "airstrikes"),
           agents=[In("weekend. Russian", "Russian"), "Syrian regime"],
           places=["Syrian province", "a densely populated town", In("eastern Syria", "Syria"), "town of al-Quria",
                   "a mosque"],
           time=("on Saturday", 0)),
        Op("TerritorialControl", "group-dominated", agents=["Islamic State group"], places=["town of al-Quria"]),
        Op("TerritorialControl", ("stronghold", 0), agents=["IS group"], places=["Raqqa"]),
        Op("TerritorialControl", "their territory", agents=["IS group"], places=["Iraq"]),
        Op("GroundOffensive", "attempting to drive", agents=["Syrian government forces"],
           targets=["militant groups"], supporters=[("Russia", 0)], places=["Syrian strongholds"],
           time="in recent days"),
        Op("TerritorialControl", In("Syrian strongholds", "strongholds"), agents=["militant groups"],
           places=["Syrian strongholds"]),
    ],
    stmts=[
        St("Report", by="the United Nations childrens agency (UNICEF)", cue="has said",
           content=R("Russian and Syrian regime airstrikes", "eastern Syria")),
        St("Report", by=("UNICEF", 0), cue="have said", content=R("the bodies of children", "al-Quria")),
        St("Report", by=("UNICEF", 1), cue="said in a statement", content=R("Three attacks reportedly", "prayer time")),
        St("Condemnation", by=("UNICEF", 2), cue="deplores", content="these attacks"),
        St("Appeal", by=("UNICEF", 2), cue="calls on", content=R("all parties to the conflict", "harms way")),
    ],
    figs=[
        Fig("Killed", 25, 25, "exact", "25 children", by="the United Nations childrens agency (UNICEF)"),
        Fig("Killed", 47, 47, "exact", "an initial death toll of 47", by="The Syrian Observatory for Human Rights"),
        Fig("Killed", 82, 82, "exact", "later updated to 82"),
        Fig("Killed", 58, 58, "exact", "58 civilians"),
        Fig("Killed", 10, 99, "vague", "dozens of civilians"),
    ],
    dates=[
        ("27 June 2016", "pub"),
        ("over the weekend", ("2016-06-25", "2016-06-26")),
        (("on Saturday", 0), "wd"),
        (("on Saturday", 1), "wd"),
        ("on Sunday", "wd"),
        ("during prayer time", None),
        ("in recent days", None),
        ("In recent days", None),
    ],
    attrs=[
        At(["the United Nations childrens agency (UNICEF)"], "has said",
           R("Russian and Syrian regime airstrikes", "eastern Syria")),
        At([("UNICEF", 0), "its local partners"], "have said", R("the bodies of children", "al-Quria")),
        At(["The Syrian Observatory for Human Rights"], "reported", R("the airstrikes on Saturday", "death toll of 47")),
        At([("UNICEF", 1)], "said in a statement", R("Three attacks reportedly", "prayer time")),
        At([("UNICEF", 2)], "deplores", "these attacks"),
        At([("UNICEF", 2)], "calls on", R("all parties to the conflict", "harms way")),
        At(["experts"], "have also suggested", R("Russia may be using", "urban areas")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923848215",  # published Fri 2014-10-24 (ahram; AFP copy); dateline "AFP Friday 24 Oct 2014" agrees
    notes=("AFP via Ahram: barrel bombs on Tal Qarrah (north of Aleppo province), Thursday 23 October 2014. Dates "
           "resolve against 2014-10-24 (a Friday, the dateline agrees): 'said Friday' → 2014-10-24; 'Thursday' → "
           "2014-10-23; 'since last December' → December 2013 (the latest December before publication); 'In July' → "
           "July 2014; 'since March 2011' → March 2011; 'repeatedly' is not a date. Operations: (1) the barrel bomb "
           "strikes are one Airstrike (one village, one day, one toll; v2: barrel bombs → Airstrike): the title's 'Syria "
           "air strikes kill ... in Aleppo' is the first mention (trigger 'air strikes'); the lead's 'Syrian "
           "government air strikes in the northern province of Aleppo', SOHR's 'barrel bomb strikes by regime "
           "helicopters on a home and public hall in the village of Tal Qarrah in the north of Aleppo' and 'The "
           "bombing also destroyed civilian property' are later mentions (places added). Agents: the title's 'Syria' "
           "(the perpetrator, as set C's 'Syria troops'; judgement call, it could be read as a place), 'Syrian "
           "government' (government air strikes → Syrian Arab Air Force, README's القصف الجوي الحكومي) and 'regime "
           "helicopters' → Syrian Arab Air Force. Places: the title's 'Aleppo' → the governorate (the lead names the "
           "province), 'the northern province of Aleppo' (one mention, as set G's 'the northern province of Raqqa'), "
           "'a home' and 'public hall' (what it hit; local Facilities), 'the village of Tal Qarrah' (→ the gazetteer's "
           "Tall Qarah, variant تل قراح, no QID), 'the north of Aleppo' (→ northern Aleppo, Region; containment). (2) "
           "'President Bashar al-Assads air force has carried out near-daily strikes against areas under rebel "
           "control in the northern province since last December' → AirCampaign (a period and 'near-daily' stated), "
           "target the 'rebel' mention. (3) 'areas under rebel control in the northern province' → "
           "TerritorialControl of the rebels on Aleppo province ('areas' a relative descriptor). (4) 'Assads regime "
           "unleashed a brutal crackdown against dissent' → Attack (a security operation against protesters, done; no "
           "other v2 type fits; ACLED treats such force against civilians as violence against civilians), place "
           "'Syrias' of the same sentence; agent 'Assads regime' (the state → Government of Syria, README 'Assad' used "
           "for the state). Judgement call: it is background and could be left out. Not operations: 'Syrias "
           "multi-front war' / 'an all-out civil war' (the war as a whole, not a happening of a v2 type; as set E left "
           "'since the civil war erupted' out), 'the use of barrel bombs' criticised in general (no place or time), "
           "the UN resolution 'ordering all sides ... to stop indiscriminate attacks' (a demand), 'nearly half the "
           "population have fled their homes' (displacement, not an operation). Actors: 'monitor' (title), 'a "
           "monitoring group', 'the Syrian Observatory for Human Rights', 'the Britain-based Observatory' ('Britain' "
           "inside is not a place) → SOHR; 'AFP' (dateline byline) → AFP, no attribution; '10 children', '5 women', "
           "'Ten children', 'five women', 'The children', 'women', 'civilians', 'the population' → civilians; 'several "
           "people' (wounded) and 'several hundred people' / '180000 people' not marked (not said to be civilians); "
           "'Rights groups' → a local MonitoringGroup (the pronoun 'they' not annotated); 'Human Rights Watch' → a "
           "local MonitoringGroup with the gazetteer's name (no QID verified); 'the regime' (accused by HRW of "
           "defying a resolution: political) → Government of Syria; 'UN Security Council' → UNSC; 'all sides' and 'a "
           "peaceful movement' are not annotated (no class fits / a description of the war's origin). Places: the two "
           "'Syrias' → Syria. Figures: the title's 10 children and 5 women stated by 'monitor' (its trailing source "
           "tag, no colon in FA-KES and so no cue: no chain, as the first held-out set's 'state media' / 'NGO' "
           "headline tags); the lead's 10 and 5 by 'a monitoring group'; 'several hundred people' killed → 100..999 "
           "vague (article's voice); 'More than 180000 people' → more-than. 'wounded several people' has no number "
           "(not a figure); 'aged from four to 10' are ages; 'nearly half the population have fled' is a share of the "
           "population, which no figure kind holds (Displaced counts people, TerritoryShare is territory): left out "
           "(judgement call). Chains: 'a monitoring group said Friday' → [a monitoring group]; SOHR 'said' (the "
           "quote) → [SOHR]; 'the Britain-based Observatory added' → [Observatory]; 'Rights groups have repeatedly "
           "criticised the use of barrel bombs which they say fail to discriminate' → one chain (the relative clause "
           "'which they say' goes on with the same saying); 'Human Rights Watch accused the regime' → [HRW]."),
    entities={
        "rights-groups-h": ("MonitoringGroup", "rights groups", None),
        "hrw": ("MonitoringGroup", "Human Rights Watch", None),
    },
    place_entities={
        "tal-qarrah": ("CityOrTown", "Tall Qarah (Aleppo)", None),
        "tal-qarrah-home": ("Facility", "home (Tal Qarrah)", None),
        "tal-qarrah-hall": ("Facility", "public hall (Tal Qarrah)", None),
    },
    actors=[
        (In("Syria air strikes", "Syria"), 0, "syr-air"),
        ("10 children", 0, "civilians"),
        ("5 women", 0, "civilians"),
        ("monitor", 0, "sohr"),
        ("AFP", 0, "afp"),
        ("Ten children", 0, "civilians"),
        ("five women", 0, "civilians"),
        ("Syrian government", 0, "syr-air"),
        ("a monitoring group", 0, "sohr"),
        ("The children", 0, "civilians"),
        (In("to 10 and women", "women"), 0, "civilians"),
        ("regime helicopters", 0, "syr-air"),
        ("the Syrian Observatory for Human Rights", 0, "sohr"),
        ("the Britain-based Observatory", 0, "sohr"),
        ("President Bashar al-Assads air force", 0, "syr-air"),
        ("rebel", 0, "rebels"),
        ("civilians", 0, "civilians"),
        ("Rights groups", 0, "rights-groups-h"),
        ("Human Rights Watch", 0, "hrw"),
        ("the regime", 0, "syr-gov"),
        ("UN Security Council", 0, "unsc"),
        ("Assads regime", 0, "syr-gov"),
        ("the population", 0, "civilians"),
    ],
    places=[
        (In("women in Aleppo", "Aleppo"), 0, "aleppo-gov"),
        ("the northern province of Aleppo", 0, "aleppo-gov"),
        ("a home", 0, "tal-qarrah-home"),
        ("public hall", 0, "tal-qarrah-hall"),
        ("the village of Tal Qarrah", 0, "tal-qarrah"),
        ("the north of Aleppo", 0, "north-aleppo"),
        ("the northern province", 0, "aleppo-gov"),
        ("Syrias", "*", "syria"),
    ],
    ops=[
        Op("Airstrike", ("air strikes", 0),
           agents=[In("Syria air strikes", "Syria"), "Syrian government", "regime helicopters"],
           places=[In("women in Aleppo", "Aleppo"), "the northern province of Aleppo", "a home", "public hall",
                   "the village of Tal Qarrah", "the north of Aleppo"],
           time=In("killed Thursday", "Thursday")),
        Op("AirCampaign", "near-daily strikes", agents=["President Bashar al-Assads air force"], targets=["rebel"],
           places=[("the northern province", 0)], time="since last December"),
        Op("TerritorialControl", "under rebel control", agents=["rebel"], places=[("the northern province", 0)]),
        Op("Attack", "brutal crackdown", agents=["Assads regime"], places=[("Syrias", 1)]),
    ],
    figs=[
        Fig("Killed", 10, 10, "exact", "10 children", by="monitor"),
        Fig("Killed", 5, 5, "exact", "5 women", by="monitor"),
        Fig("Killed", 10, 10, "exact", "Ten children", by="a monitoring group"),
        Fig("Killed", 5, 5, "exact", "five women", by="a monitoring group"),
        Fig("Killed", 100, 999, "vague", "several hundred people"),
        Fig("Killed", 180000, None, "more-than", "More than 180000 people"),
    ],
    dates=[
        ("Friday 24 Oct 2014", "pub"),
        (In("group said Friday", "Friday"), "wd"),
        (In("killed Thursday", "Thursday"), "wd"),
        ("since last December", "month:12"),
        ("In July", "month:7"),
        ("since March 2011", ("2011-03-01", "2011-03-31")),
    ],
    attrs=[
        At(["a monitoring group"], ("said", 0), R("Ten children", "province of Aleppo")),
        At(["the Syrian Observatory for Human Rights"], ("said", 1), R("The children aged", "north of Aleppo")),
        At(["the Britain-based Observatory"], "added", R("The bombing also destroyed", "critically")),
        At(["Rights groups"], "have repeatedly criticised", R("the use of barrel bombs", "military targets")),
        At(["Human Rights Watch"], "accused", R("the regime of defying", "indiscriminate attacks")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923848245",  # published Sun 2014-09-14 (ahram; AFP copy); dateline "AFP Sunday 14 Sep 2014" agrees
    notes=("AFP via Ahram: Syrian air strike on an IS training camp in Tibni (Deir ez-Zor), Saturday 13 September "
           "2014. Dates resolve against 2014-09-14 (a Sunday, the dateline agrees): 'Sunday' (new toll) → "
           "2014-09-14; 'The Saturday strike' and 'late Saturday' → 2014-09-13; 'on Wednesday' (Obama's "
           "announcement) → 2014-09-10; 'in early August' → August 2014 (part of a period); 'in recent weeks' "
           "relative and 'so far' (README: annotated, unresolved) null. Operations: (1) the Tibni strike is one "
           "Airstrike: the title's 'Syria air strike on jihadist camp' is the first mention (trigger 'air strike'), "
           "the lead's 'A Syrian air strike on an Islamic State (IS) training camp in the jihadist-held east' and "
           "SOHR's 'The Saturday strike hit dormitories in the camp in the Euphrates valley town of Tibni in Deir "
           "Ezzor province' are later mentions; places: the camp (title 'camp', 'training camp', 'the camp': a local "
           "Facility), the 'east' it lies in, 'dormitories' (what it hit; a local Facility), 'the Euphrates valley' (a "
           "local Region, not the river: no QID), 'town of Tibni' (→ the gazetteer's At Tibni, no QID), 'Deir Ezzor "
           "province'; time 'Saturday'; agents the title's 'Syria' (perpetrator, as set C's 'Syria troops') and "
           "'Syrian' → Syrian Arab Air Force; targets the title's 'jihadist' and 'Islamic State (IS)'. (2) 'the "
           "jihadist-held east' → TerritorialControl of IS on 'east' (a local Region: the IS-held east of Syria); "
           "'areas under their control' (IS's areas, the target of the air campaign) restates it. (3) 'President "
           "Bashar al-Assads regime has stepped up its air campaign against the jihadists in recent weeks carrying out "
           "near-daily air strikes against areas under their control' → AirCampaign (stated as a campaign, "
           "near-daily), agent 'President Bashar al-Assads regime' (the regime with air attacks → Syrian Arab Air "
           "Force, set D/E convention), target 'the jihadists', place the jihadist-held 'east' that 'areas under "
           "their control' refers to (judgement call: the sentence names no place; the previous sentence's camp is "
           "one strike, not the campaign's scene). (4) 'The air force also hit jihadist targets in neighbouring "
           "Hasakeh province late Saturday' → a separate Airstrike (another place, one occasion), agent 'The air "
           "force' → Syrian Arab Air Force, target 'jihadist'. (5) 'IS fighters have been battling both government "
           "troops and Kurdish militia in the northeastern province' → one ArmedClash (one clause, one side as agent; "
           "both opponents as targets), place 'the northeastern province' (Hasakeh). Not operations: 'the US air "
           "campaign against IS he launched in early August' (done, but the text gives it no place: Iraq is not "
           "named, and Syria is where it is to be expanded; v2: an operation with no place is not annotated), 'the "
           "expansion to Syria' (authorised, not done), 'There have been no US strikes so far' (negated), the child "
           "'visiting his elder brother who was training with IS' (training is not an operation). Actors: "
           "'jihadist' (title, 'jihadist-held', 'jihadist targets'), 'Islamic State (IS)', '17 militants', 'IS', 'the "
           "jihadists', 'IS fighters' → IS; 'his elder brother' (an IS trainee) → IS (judgement call: a family member "
           "named as training with IS); 'a child', 'The child' → civilians; 'a monitoring group', 'the Syrian "
           "Observatory for Human Rights', 'the Observatory' (twice) → SOHR; 'AFP' (dateline byline) → AFP, no "
           "attribution; 'government troops' → Syrian Arab Army; 'Kurdish militia' → YPG (README: generic Kurdish "
           "forces); 'a large Kurdish population' (a population not acting as a force) not annotated; 'US President "
           "Barack Obama', 'Obamas' → Government of the United States; 'US' in 'the US air campaign' and 'no US "
           "strikes' → United States Armed Forces; 'the Syrian government' and 'Damascus' → Government of Syria; 'its "
           "Iranian and Russian allies' split: 'Iranian' → Government of Iran, 'Russian allies' → Government of "
           "Russia (as set F's 'its Russian and Iranian backers'). Places: 'Hasakeh province', 'the northeastern "
           "province' → Hasakah governorate; 'Syria' (expansion to Syria) → Syria. Figures: the title's 'kills 18' "
           "(article's voice; 'New toll' names no source); '17 militants' and 'a child' (Killed 1) by 'a monitoring "
           "group'. Chains: 'a monitoring group said in a new toll Sunday' → [a monitoring group]; SOHR 'said' → "
           "[SOHR]; both 'the Observatory said' → [the Observatory]; 'US President Barack Obama announced' → [Obama]; "
           "'drew protests from Damascus and its Iranian and Russian allies' → three one-hop chains with the cue "
           "'protests' and the announcement they objected to as content (judgement call that a protest is a saying; "
           "as set F's 'issued \"serious threats\"')."),
    entities={},
    place_entities={
        "tibni": ("CityOrTown", "At Tibni", None),
        "tibni-camp": ("Facility", "Islamic State training camp (Tibni)", None),
        "tibni-camp-dormitories": ("Facility", "dormitories of the IS training camp (Tibni)", None),
        "euphrates-valley": ("Region", "Euphrates valley", None),
        "is-held-east": ("Region", "jihadist-held east of Syria", None),
    },
    actors=[
        (In("Syria air strike on", "Syria"), 0, "syr-air"),
        (In("on jihadist camp", "jihadist"), 0, "isis"),
        ("AFP", 0, "afp"),
        (In("A Syrian air strike", "Syrian"), 0, "syr-air"),
        ("Islamic State (IS)", 0, "isis"),
        (In("jihadist-held", "jihadist"), 0, "isis"),
        ("17 militants", 0, "isis"),
        ("a child", 0, "civilians"),
        ("a monitoring group", 0, "sohr"),
        ("the Syrian Observatory for Human Rights", 0, "sohr"),
        ("The child", 0, "civilians"),
        ("his elder brother", 0, "isis"),
        ("IS fighters", 0, "isis"),
        ("IS", "*", "isis"),
        ("the Observatory", "*", "sohr"),
        ("President Bashar al-Assads regime", 0, "syr-air"),
        ("the jihadists", 0, "isis"),
        ("The air force", 0, "syr-air"),
        (In("hit jihadist targets", "jihadist"), 0, "isis"),
        ("government troops", 0, "saa"),
        ("Kurdish militia", 0, "ypg"),
        ("US President Barack Obama", 0, "us-gov"),
        (In("the US air campaign", "US"), 0, "us-armed"),
        (In("no US strikes", "US"), 0, "us-armed"),
        ("Obamas", 0, "us-gov"),
        ("the Syrian government", 0, "syr-gov"),
        ("Damascus", 0, "syr-gov"),
        (In("its Iranian and Russian", "Iranian"), 0, "iran-gov"),
        ("Russian allies", 0, "ru-gov"),
    ],
    places=[
        (In("jihadist camp", "camp"), 0, "tibni-camp"),
        ("training camp", 0, "tibni-camp"),
        (In("jihadist-held east", "east"), 0, "is-held-east"),
        ("dormitories", 0, "tibni-camp-dormitories"),
        (In("in the camp in", "the camp"), 0, "tibni-camp"),
        ("the Euphrates valley", 0, "euphrates-valley"),
        ("town of Tibni", 0, "tibni"),
        ("Deir Ezzor province", 0, "deir-gov"),
        ("Hasakeh province", 0, "hasaka-gov"),
        ("the northeastern province", 0, "hasaka-gov"),
        (In("expansion to Syria", "Syria"), 0, "syria"),
    ],
    ops=[
        Op("Airstrike", ("air strike", 0),
           agents=[In("Syria air strike on", "Syria"), In("A Syrian air strike", "Syrian")],
           targets=[In("on jihadist camp", "jihadist"), "Islamic State (IS)"],
           places=[In("jihadist camp", "camp"), "training camp", In("jihadist-held east", "east"), "dormitories",
                   In("in the camp in", "the camp"), "the Euphrates valley", "town of Tibni", "Deir Ezzor province"],
           time=In("The Saturday strike", "Saturday")),
        Op("TerritorialControl", "jihadist-held", agents=[In("jihadist-held", "jihadist")],
           places=[In("jihadist-held east", "east")]),
        Op("AirCampaign", ("air campaign", 0), agents=["President Bashar al-Assads regime"], targets=["the jihadists"],
           places=[In("jihadist-held east", "east")], time="in recent weeks"),
        Op("Airstrike", In("air force also hit", "hit"), agents=["The air force"],
           targets=[In("hit jihadist targets", "jihadist")], places=["Hasakeh province"], time="late Saturday"),
        Op("ArmedClash", "battling", agents=["IS fighters"], targets=["government troops", "Kurdish militia"],
           places=["the northeastern province"]),
    ],
    figs=[
        Fig("Killed", 18, 18, "exact", "kills 18"),
        Fig("Killed", 17, 17, "exact", "17 militants", by="a monitoring group"),
        Fig("Killed", 1, 1, "exact", "a child", by="a monitoring group"),
    ],
    dates=[
        ("Sunday 14 Sep 2014", "pub"),
        (In("new toll Sunday", "Sunday"), "wd"),
        (In("The Saturday strike", "Saturday"), "wd"),
        ("in recent weeks", None),
        ("late Saturday", "wd"),
        ("on Wednesday", "wd"),
        ("in early August", "month:8"),
        ("so far", None),
    ],
    attrs=[
        At(["a monitoring group"], ("said", 0), R("A Syrian air strike", "and a child")),
        At(["the Syrian Observatory for Human Rights"], ("said", 1), R("The Saturday strike", "Deir Ezzor province")),
        At([("the Observatory", 0)], ("said", 2), R("The child who was killed", "training with IS")),
        At([("the Observatory", 1)], ("said", 3), R("The air force also hit", "late Saturday")),
        At(["US President Barack Obama"], "announced", R("he had authorised", "in early August")),
        At(["Damascus"], "protests", R("Obamas announcement", "the Syrian government")),
        At([In("its Iranian and Russian", "Iranian")], "protests", R("Obamas announcement", "the Syrian government")),
        At(["Russian allies"], "protests", R("Obamas announcement", "the Syrian government")),
    ],
))
