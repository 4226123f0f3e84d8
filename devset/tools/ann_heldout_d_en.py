"""Fourth held-out test set specs (devset/heldout-d): the English (FA-KES) articles.

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
FA-KES stripped most commas and apostrophes ("Syrias", "Russias", "countrys"): spans keep the text as it is.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923102890",  # corpus published Thu 2016-10-13; dateline "Date of publication 27 October 2016"
    notes=("Airstrikes on the school complex in Hass (Idlib). The corpus 'published' (2016-10-13) predates the "
           "dateline 'Date of publication 27 October 2016' and the events (UNICEF spoke on Thursday 27 October about "
           "the Wednesday strike); dates are resolved against 2016-10-27 (as README does for fakes-1924058068): "
           "Wednesday → 2016-10-26, Thursday → 2016-10-27, 'earlier this year' → 2016. The Hass strike is one "
           "Airstrike (several strikes on one place on one occasion, 'double tap'): the first 'Airstrikes' is the "
           "trigger; UNICEF's 'airstrikes targeting a school', 'the attack which struck', Lake's 'the airstrikes', "
           "'the attack constituted a double tap' and the activist's 'One rocket hit the entrance of the school' are "
           "later mentions (places added). Its agent is not stated (no agent). The school complex is a Facility "
           "place (as hospitals, bakeries and the 'popular market' of set A); the generic 'a school' of 'the "
           "deadliest attack on a school' is not. 'rebel-held northern Idlib province' and 'Idlib province is "
           "controlled by the Army of Conquest' → two TerritorialControl (different holders as worded). 'Syrian and "
           "Russian airstrikes over Aleppo have temporarily calmed' → AirCampaign (a campaign over a period; "
           "Syrian → Syrian Arab Air Force, Russian → Russian Aerospace Forces); 'airstrikes on rebel positions have "
           "increased in Idlib' in the last week (+ 'Seven days of airstrikes across the northwestern province') → "
           "AirCampaign, agent 'the Syrian regime' (named as the one seeking to stymie opposition gains; political "
           "wording → Government of Syria). 'Russian-proposed' pause → Government of Russia. 'an alliance of rebel "
           "groups and extremists' (apposition) → Jaysh al-Fatah; 'Fateh al-Sham Front' → al-Nusra Front. UNICEF's "
           "'may be the deadliest attack' → Report; Lake's 'outrage tantamount to a war crime' → Condemnation (UNICEF "
           "named inside the phrase, so 'UNICEF' is the mention); the Civil Defence's toll and 'double tap' → two "
           "Reports. 'first responders the Syrian Civil Defence' is one mention; 'The Syrian Civil Defence or White "
           "Helmets' two mentions of the same organisation. The 35 killed are stated by two sources; stated_by is the "
           "first named (Civil Defence). 'a warplane' / 'rescue workers' in the generic explanation of a double tap "
           "and 'the school administration' are not actors. 'Seven days' and 'In the last week' are relative (null)."),
    entities={
        "jaysh-al-fatah": ("Coalition", "Jaysh al-Fatah", None),
    },
    place_entities={
        "hass": ("CityOrTown", "Hass (gazetteer: Hassef)", None),
        "hass-school": ("Facility", "school complex (Hass)", None),
    },
    actors=[
        ("The UN Childrens agency (UNICEF)", 0, "unicef"),
        (In("rebel-held", "rebel"), 0, "rebels"),
        ("first responders the Syrian Civil Defence", 0, "white-helmets"),
        ("the Syrian Observatory for Human Rights", "*", "sohr"),
        ("22 children", 0, "civilians"),
        ("children", "*", "civilians"),
        ("UNICEF", 0, "unicef"),
        ("The Syrian Civil Defence", 0, "white-helmets"),
        ("White Helmets", 0, "white-helmets"),
        ("students", 0, "civilians"),
        ("a local activist", 0, "activists"),
        ("AFP", 0, "afp"),
        ("the Army of Conquest", 0, "jaysh-al-fatah"),
        ("an alliance of rebel groups and extremists", 0, "jaysh-al-fatah"),
        ("the Fateh al-Sham Front", 0, "nusra"),
        ("al-Nusra Front", 0, "nusra"),
        ("al-Qaeda", 0, "al-qaeda"),
        (In("as Syrian and Russian airstrikes", "Syrian"), 0, "syr-air"),
        (In("Syrian and Russian airstrikes", "Russian"), 0, "ru-air"),
        (In("Russian-proposed", "Russian"), 0, "ru-gov"),
        ("rebel positions", 0, "rebels"),
        ("the Syrian regime", 0, "syr-gov"),
        ("opposition", 0, "rebels"),
        ("75 civilians", 0, "civilians"),
    ],
    places=[
        ("a school complex", "*", "hass-school"),
        (In("targeting a school in", "a school"), 0, "hass-school"),
        (In("entrance of the school", "the school"), 0, "hass-school"),
        ("the town of Hass", 0, "hass"),
        ("the village of Hass", 0, "hass"),
        ("northern Idlib province", 0, "idlib-gov"),
        ("Idlib province", "*", "idlib-gov"),
        (In("increased in Idlib", "Idlib"), 0, "idlib-gov"),
        ("the northwestern province", 0, "idlib-gov"),
        ("the province", 0, "idlib-gov"),
        ("Aleppo", 0, "aleppo"),
        ("the city", 0, "aleppo"),
        ("Syrias", "*", "syria"),
    ],
    ops=[
        Op("Airstrike", "Airstrikes",
           places=[("a school complex", 0), "the town of Hass", ("Idlib province", 0),
                   In("targeting a school in", "a school"), "northern Idlib province", "the village of Hass",
                   ("a school complex", 1), In("entrance of the school", "the school")],
           time="around noon on Wednesday"),
        Op("TerritorialControl", "rebel-held", agents=[In("rebel-held", "rebel")], places=["northern Idlib province"]),
        Op("TerritorialControl", "is controlled by", agents=["the Army of Conquest"], places=[("Idlib province", 1)]),
        Op("AirCampaign", In("Syrian and Russian airstrikes", "airstrikes"),
           agents=[In("as Syrian and Russian airstrikes", "Syrian"), In("Syrian and Russian airstrikes", "Russian")],
           places=["Aleppo", "the city"]),
        Op("AirCampaign", In("the city airstrikes on rebel", "airstrikes"), agents=["the Syrian regime"],
           targets=["rebel positions"],
           places=[In("increased in Idlib", "Idlib"), "the province", "the northwestern province"],
           time="In the last week"),
    ],
    stmts=[
        St("Report", by="The UN Childrens agency (UNICEF)", cue=In("(UNICEF) said", "said"),
           content=R("airstrikes targeting a school in", "nearly six years ago")),
        St("Report", by="first responders the Syrian Civil Defence", cue="have reported",
           content=R("35 people were killed", "preparing to return home")),
        St("Condemnation", by=("UNICEF", 0), cue="has called", content=R("the airstrikes an", "war crime")),
        St("Report", by="The Syrian Civil Defence", cue="have said", content="the attack constituted a double tap"),
    ],
    figs=[
        Fig("Killed", 35, 35, "exact", "35 people were killed", by="first responders the Syrian Civil Defence"),
        Fig("Killed", 22, 22, "exact", "22 children"),
        Fig("Killed", 75, None, "more-than", "more than 75 civilians dead",
            by=("the Syrian Observatory for Human Rights", 1)),
        Fig("Injured", 150, 150, "exact", "another 150 wounded", by=("the Syrian Observatory for Human Rights", 1)),
    ],
    dates=[
        ("27 October 2016", ("2016-10-27", "2016-10-27")),
        ("around noon on Wednesday", ("2016-10-26", "2016-10-26")),
        ("on Thursday", ("2016-10-27", "2016-10-27")),
        ("early on Wednesday", ("2016-10-26", "2016-10-26")),
        ("nearly six years ago", None),
        ("around midday on Wednesday", ("2016-10-26", "2016-10-26")),
        ("earlier this year", "year:2016"),
        ("In the last week", None),
        ("Seven days", None),
    ],
    attrs=[
        At(["The UN Childrens agency (UNICEF)"], In("(UNICEF) said", "said"),
           R("airstrikes targeting a school in", "nearly six years ago")),
        At(["first responders the Syrian Civil Defence"], "have reported",
           R("35 people were killed", "preparing to return home")),
        At([("the Syrian Observatory for Human Rights", 0)], "have reported",
           R("35 people were killed", "preparing to return home")),
        At([("UNICEF", 0)], "has called", R("the airstrikes an", "war crime")),
        At(["The Syrian Civil Defence"], "have said", "the attack constituted a double tap"),
        At(["AFP", "a local activist"], In("raids\" said", "said"), R("One rocket hit", "because of the raids")),
        At([("the Syrian Observatory for Human Rights", 1)], "according to", R("Seven days of airstrikes", "150 wounded")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1926479043",  # published Wed 2016-10-26
    notes=("Syrian Coalition (SNC) release on the Hass strikes. One Airstrike: the body's 'Airstrikes by the Assad "
           "regime and Russia air forces earlier on Wednesday hit a schools complex and a public market in the town "
           "of Hass' is the trigger; the title ('Russian & Assad Regime Airstrikes on Schools & Public Market in "
           "Rural Idlib'), 'the airstrikes launched in a joint attack' and 'the attack' are mentions of it (title "
           "places added). The school complex and the market are Facility places (as the dev set's bakery and "
           "market); title 'Schools'/'Public Market' likewise. 'Rural Idlib' → Idlib countryside (Region). 'The "
           "Assad regime' with airstrikes → Syrian Arab Air Force (set B convention); 'Russia air forces'/'Russian "
           "air forces'/'Russian' (title) → Russian Aerospace Forces; 'Russias crimes' → Government of Russia. The "
           "Coalition is not humanitarian: its condemnation is an attribution, not a statement. 'the deliberate "
           "targeting of civilians' is the Coalition's characterisation, not a new operation. 'the international "
           "community' → a local Government entity (like the registry's 'world leaders'); 'active members of the "
           "United Nations' → the mention 'the United Nations'; 'a new secretary-general' → UN Secretariat. The "
           "trailing '(Source: Syrian Coalition)' is an actor mention, not an attribution (as in set B)."),
    entities={
        "intl-community": ("Government", "the international community", None),
    },
    place_entities={
        "hass": ("CityOrTown", "Hass (gazetteer: Hassef)", None),
        "hass-school": ("Facility", "school complex (Hass)", None),
        "hass-market": ("Facility", "public market (Hass)", None),
        "idlib-countryside": ("Region", "Idlib countryside", None),
    },
    actors=[
        (In("in Russian & Assad", "Russian"), 0, "ru-air"),
        ("Assad Regime", 0, "syr-air"),
        ("the Assad regime", "*", "syr-air"),
        ("Russia air forces", 0, "ru-air"),
        ("Russian air forces", 0, "ru-air"),
        ("26 civilians", 0, "civilians"),
        ("schoolchildren and teachers", 0, "civilians"),
        ("The Syrian Coalition", 0, "syrian-national-coalition"),
        ("schoolchildren and civilians", 0, "civilians"),
        ("the Coalition", "*", "syrian-national-coalition"),
        ("The Coalition", "*", "syrian-national-coalition"),
        ("civilians", "*", "civilians"),
        ("the international community", 0, "intl-community"),
        ("world leaders", 0, "world-leaders"),
        ("the United Nations", "*", "un"),
        ("Russias", 0, "ru-gov"),
        ("a new secretary-general", 0, "un-sg"),
        ("Syrian Coalition", 0, "syrian-national-coalition"),
    ],
    places=[
        ("Schools", 0, "hass-school"),
        ("Public Market", 0, "hass-market"),
        ("Rural Idlib", 0, "idlib-countryside"),
        ("a schools complex", 0, "hass-school"),
        ("a public market", 0, "hass-market"),
        ("the town of Hass", 0, "hass"),
        ("rural Idlib", 0, "idlib-countryside"),
        ("Syria", 0, "syria"),
    ],
    ops=[
        Op("Airstrike", In("Airstrikes by the Assad", "Airstrikes"),
           agents=[("the Assad regime", 0), "Russia air forces", "Assad Regime", In("in Russian & Assad", "Russian")],
           targets=["26 civilians"],
           places=["a schools complex", "a public market", "the town of Hass", "rural Idlib", "Schools",
                   "Public Market", "Rural Idlib"],
           time="earlier on Wednesday"),
    ],
    figs=[
        Fig("Killed", 26, 26, "exact", "26 People Killed"),
        Fig("Killed", 26, None, "more-than", "at least 26 civilians"),
        Fig("Injured", 10, 99, "vague", "wounding dozens more"),
    ],
    dates=[
        ("Wednesday 26 October 2016", ("2016-10-26", "2016-10-26")),
        ("earlier on Wednesday", "wd"),
    ],
    attrs=[
        At(["The Syrian Coalition"], "condemned", "this heinous crime against schoolchildren and civilians"),
        At([("the Coalition", 0)], "stressed", R("the deliberate targeting", "the political process")),
        At([("the Coalition", 1)], "added", R("Responsibility for this heinous crime", "a political solution")),
        At(["The Coalition"], In("Coalition earlier said", "said"),
           R("the United Nations continues", "a new secretary-general")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965495372",  # published Thu 2017-04-20
    notes=("De Mistura's toll of the 15 April 2017 Rashidin car bombing of the Fua/Kefraya evacuee convoy (Sputnik). "
           "One Attack (suicide car bomb): 'a terrorist attack near Aleppo on April 15' is the first mention; 'a "
           "suicide attacker detonated a car bomb in the Rashidin neighborhood of Aleppo' (Saturday = 15 April) and "
           "the related headlines 'Aleppo Bomb Blast' / 'Blast Targeting Evacuees ... in Aleppo' are mentions of it "
           "(places added; 'near Aleppo' kept as the operation's place in the lead, where no more specific place is "
           "given). The siege of Fua and Kefraya and the evacuation are not operations (guidelines). Related "
           "headlines are annotated like any text (README): 'Since Citys Liberation' → a Capture of Aleppo ('Citys' "
           "= the city), no agent; 'Aleppo Farmers Defend Themselves From Daesh' (a feature headline, no happening "
           "fixed) and 'Govt Controlled Area' (no place) are not operations. 'MOSCOW (Sputnik)' is the publisher's own "
           "agency dateline: Sputnik is not annotated (README: bylines of the publisher's own agencies), MOSCOW is a "
           "place (QID Q649 is verified in kg/data; local entry, the registry snapshot has none). 'Jan Egeland the UN "
           "special envoy for Syria on humanitarian issues' → one local UNBody mention (no institution name inside "
           "beyond 'UN', as set B did for de Mistura). Statements: the UN's toll ('according to') and de Mistura's "
           "paraphrased and quoted tolls → Report (the quote's 'horrific ... shocking' judged secondary to the "
           "figures); Egeland's 'horrible murderers and terrorists ... brought to justice' → Condemnation. The "
           "perpetrators ('a suicide attacker', 'terrorists', 'these horrible murderers and terrorists') are one local "
           "entity. 'militants' / 'terror groups' besieging Fua and Kefraya and the headline 'Militants' → Syrian "
           "rebel factions; 'Damascus' (deal) and 'Govt' → Government of Syria. Plural short forms 'the towns' / 'the "
           "both towns' / 'Besieged Towns' (two places each) are not annotated. '(updated 1618 ...)' clock time and "
           "'Easter' not dates."),
    entities={
        "rashidin-bomber": ("ArmedGroup", "perpetrators of the Rashidin car bombing (unidentified)", None),
        "un-egeland": ("UNBody", "UN humanitarian adviser for Syria (Jan Egeland)", None),
    },
    place_entities={
        "moscow-q": ("CityOrTown", "Moscow", "Q649"),
        "rashidin": ("Neighbourhood", "al-Rashideen (Aleppo)", None),
        "fua": ("CityOrTown", "Al Fu`ah", None),
        "kefraya": ("CityOrTown", "Kafraya", None),
        "fua-kefraya-area": ("Region", "the region around al-Fu'ah and Kafraya", None),
        "madaya": ("CityOrTown", "Medaya", "Q3333478"),
        "zabadani": ("CityOrTown", "Al-Zabadani", "Q374768"),
    },
    actors=[
        ("the United Nations", 0, "un"),
        ("UN Special Envoy for Syria Staffan de Mistura", 0, "un-envoy"),
        ("Staffan de Mistura", "*", "un-envoy"),
        ("de Mistura", "*", "un-envoy"),
        ("130 people", "*", "civilians"),
        ("67 children", "*", "civilians"),
        ("a suicide attacker", 0, "rashidin-bomber"),
        ("civilians", 0, "civilians"),
        ("Jan Egeland the UN special envoy for Syria on humanitarian issues", 0, "un-egeland"),
        (In("they were terrorists", "terrorists"), 0, "rashidin-bomber"),
        ("these horrible murderers and terrorists", 0, "rashidin-bomber"),
        ("militants", 0, "rebels"),
        ("terror groups", 0, "rebels"),
        (In("reached by Damascus", "Damascus"), 0, "syr-gov"),
        ("opposition forces", 0, "rebels"),
        ("Syrian State Television", 0, "syr-tv"),
        (In("Aleppo Farmers", "Farmers"), 0, "civilians"),
        ("Daesh", 0, "isis"),
        ("Militants", 0, "rebels"),
        ("Terror Act Victims", 0, "civilians"),
        ("Govt", 0, "syr-gov"),
        ("Evacuees", 0, "civilians"),
    ],
    places=[
        ("MOSCOW", 0, "moscow-q"),
        ("the Syrian city of Aleppo", 0, "aleppo"),
        ("the Rashidin neighborhood", 0, "rashidin"),
        ("Fua", "*", "fua"),
        ("Kefraya", "*", "kefraya"),
        ("the region", 0, "fua-kefraya-area"),
        ("Madaya", 0, "madaya"),
        ("Zabadani", 0, "zabadani"),
        (In("Since Citys", "Citys"), 0, "aleppo"),
        ("Syria", "*", "syria"),
        ("Aleppo", "*", "aleppo"),
    ],
    ops=[
        Op("Attack", "a terrorist attack", agents=["a suicide attacker"], targets=["civilians"],
           places=[("Aleppo", 0), "the Syrian city of Aleppo", "the Rashidin neighborhood",
                   In("neighborhood of Aleppo", "Aleppo"), In("Aleppo Bomb Blast", "Aleppo"),
                   In("in Aleppo Rises", "Aleppo")],
           time=("on April 15", 0)),
        Op("Capture", "Liberation", places=[In("Since Citys", "Citys")]),
    ],
    stmts=[
        St("Report", by="the United Nations", cue="according to", content=R("The death toll", "67 children")),
        St("Report", by="UN Special Envoy for Syria Staffan de Mistura", cue=In("de Mistura said Thursday", "said"),
           content=R("Over 130 people", "on April 15")),
        St("Report", by=("de Mistura", 0), cue="told", content=R("This horrific attack", "shocking for everyone")),
        St("Condemnation", by="Jan Egeland the UN special envoy for Syria on humanitarian issues",
           cue=In("humanitarian issues said", "said"), content=R("No one could say", "brought to justice")),
    ],
    figs=[
        Fig("Killed", 130, None, "more-than", "surpasses 130 people", by="the United Nations"),
        Fig("Killed", 67, 67, "exact", ("67 children", 0), by="the United Nations"),
        Fig("Killed", 130, None, "more-than", "Over 130 people", by="UN Special Envoy for Syria Staffan de Mistura"),
        Fig("Killed", 67, 67, "exact", ("67 children", 1), by="UN Special Envoy for Syria Staffan de Mistura"),
        Fig("Killed", 130, None, "more-than", "more than 130 people killed", by=("de Mistura", 0)),
        Fig("Killed", 67, 67, "exact", ("67 children", 2), by=("de Mistura", 0)),
        Fig("Injured", 200, None, "more-than", "more than 200 wounded", by=("de Mistura", 0)),
        Fig("KilledOrInjured", 10, 99, "vague", "Dozens of Casualties", by="Syrian State Television"),
        Fig("Killed", 70, 70, "exact", R("Death Toll in Blast", "Rises to 70")),
    ],
    dates=[
        (("20.04.2017", 0), ("2017-04-20", "2017-04-20")),
        (("20.04.2017", 1), ("2017-04-20", "2017-04-20")),
        (("on April 15", 0), ("2017-04-15", "2017-04-15")),
        (("on April 15", 1), ("2017-04-15", "2017-04-15")),
        (In("said Thursday", "Thursday"), "wd"),
        (("on April 15", 2), ("2017-04-15", "2017-04-15")),
        ("On Saturday", "wd"),
        ("for three years", None),
        ("on April 14", ("2017-04-14", "2017-04-14")),
        ("in March", "month:3"),
    ],
    attrs=[
        At(["the United Nations"], "according to", R("The death toll", "67 children")),
        At(["UN Special Envoy for Syria Staffan de Mistura"], In("de Mistura said Thursday", "said"),
           R("Over 130 people", "on April 15")),
        At([("de Mistura", 0)], "told", R("This horrific attack", "shocking for everyone")),
        At(["Jan Egeland the UN special envoy for Syria on humanitarian issues"], In("humanitarian issues said", "said"),
           R("No one could say", "brought to justice")),
        At(["Syrian State Television"], "Reported", "Dozens of Casualties"),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965511157",  # published Fri 2015-07-31
    notes=("Al-Nusra's assault on the Division 30 headquarters near Azaz (SOHR). The lead sentence is printed twice; "
           "one happening. 'launched an offensive Friday on the headquarters of' a group is one assault on a "
           "position → Attack (as set C's IS assault on Division 17; the title's 'Attacks', the quote's 'attacked at "
           "dawn the headquarters', 'the assault' and 'the attack' are mentions of it), not a GroundOffensive on an "
           "area. Its places: the headquarters, 'the countrys north', 'the northern province of Aleppo', 'the base', "
           "the title's 'Syrias'; 'near the town of Azaz' is a reference point (not an operation place). 'Clashes "
           "broke out after the assault' (+ 'clashes continued during the day') → ArmedClash at the headquarters. "
           "'had not been able to enter the base' is an Entry not achieved; 'to seize weapons' an aim: neither "
           "annotated. The kidnappings of eight Division 30 fighters (Thursday, 'a village in Aleppo province') are "
           "not annotated as operations (no v2 type fits an abduction; like sieges), but the eight are PersonCount "
           "figures (as set C's kidnapped Alawites). '54 members of Division 30 entered Syria in mid-July' → Entry "
           "(type 3 before Redeployment). Division 30 / 'US-Trained Militants' / 'a new US-formed anti-government "
           "militant group' → a local ArmedGroup; 'the headquarters' is a Facility place and the 'Division 30' after "
           "it an actor mention. 'Al-Qaedas Syrian affiliate Al-Nusra Front' is one mention (set C: 'al Qaedas Syrian "
           "offshoot the Nusra Front'); 'the Takfiri group', 'the group' → al-Nusra. 'Washington' (trained and "
           "equipped by) → Government of the United States. 'Observatory director Rami Abdel Rahman' → the mention "
           "'Observatory'; 'He said' takes it as the hop. Division 30's Facebook statement is an attribution (not "
           "humanitarian). The first copy of the lead has no source; its '11 dead' is in the article's voice. 'at "
           "dawn', 'during the day' and 'one day after' are left unresolved; 'mid-July' → July 2015."),
    entities={
        "division-30": ("ArmedGroup", "Division 30", None),
        "nusra-allies": ("ArmedGroup", "militants allied to al-Nusra", None),
    },
    place_entities={
        "div30-hq": ("Facility", "Division 30 headquarters (near Azaz)", None),
        "azaz": ("CityOrTown", "Azaz", "Q277674"),
    },
    actors=[
        ("US-Trained Militants", 0, "division-30"),
        ("Al-Qaedas Syrian affiliate Al-Nusra Front", "*", "nusra"),
        ("a new US-formed anti-government militant group", "*", "division-30"),
        ("a monitor", 0, "sohr"),
        ("the Takfiri group", 0, "nusra"),
        ("eight militants from Division 30", 0, "division-30"),
        ("Washington", "*", "us-gov"),
        ("the Syrian Observatory for Human Rights monitoring group", 0, "sohr"),
        ("the Britain-based Observatory", 0, "sohr"),
        ("allied militants", 0, "nusra-allies"),
        ("six militants", 0, "division-30"),
        (In("said Observatory director", "Observatory"), 0, "sohr"),
        ("the militants", 0, "division-30"),
        ("the group", 0, "nusra"),
        ("At least 54 members of Division 30", 0, "division-30"),
        ("Eight of them", 0, "division-30"),
        ("a commander", 0, "division-30"),
        ("the Observatory", 0, "sohr"),
        ("Division 30", "*", "division-30"),
        ("Al-Nusra", "*", "nusra"),
        ("Nusra", 0, "nusra"),
    ],
    places=[
        ("Syrias", 0, "syria"),
        ("the countrys north", "*", "syria"),
        ("the headquarters", "*", "div30-hq"),
        ("the town of Azaz", 0, "azaz"),
        ("the northern province of Aleppo", 0, "aleppo-gov"),
        ("the base", 0, "div30-hq"),
        ("Syria", 0, "syria"),
        ("Aleppo province", 0, "aleppo-gov"),
    ],
    ops=[
        Op("Attack", ("launched an offensive", 0),
           agents=[("Al-Qaedas Syrian affiliate Al-Nusra Front", 0), ("Al-Qaedas Syrian affiliate Al-Nusra Front", 1),
                   "Nusra", In("Al-Nusra attacked", "Al-Nusra")],
           targets=[("a new US-formed anti-government militant group", 0),
                    ("a new US-formed anti-government militant group", 1), "US-Trained Militants"],
           places=[("the headquarters", 0), ("the countrys north", 0), ("the headquarters", 1),
                   ("the countrys north", 1), ("the headquarters", 2), "the northern province of Aleppo", "the base",
                   "Syrias"],
           time=("Friday", 0)),
        Op("ArmedClash", "Clashes broke out", agents=[In("five of Al-Nusra", "Al-Nusra"), "allied militants"],
           targets=["six militants"], places=[("the headquarters", 2), "the base"], time="during the day"),
        Op("Entry", "entered", agents=["At least 54 members of Division 30"], places=[("Syria", 0)],
           time="in mid-July"),
    ],
    figs=[
        Fig("Killed", 11, 11, "exact", "11 Killed"),
        Fig("Killed", 11, None, "more-than", ("at least 11 dead", 0)),
        Fig("Killed", 11, None, "more-than", ("at least 11 dead", 1), by="a monitor"),
        Fig("PersonCount", 8, 8, "exact", "eight militants",
            by="the Syrian Observatory for Human Rights monitoring group"),
        Fig("Killed", 5, 5, "exact", "five of Al-Nusra and allied militants",
            by=In("said Observatory director", "Observatory")),
        Fig("Killed", 6, 6, "exact", "six militants", by=In("said Observatory director", "Observatory")),
        Fig("PersonCount", 54, None, "more-than", "At least 54 members"),
        Fig("PersonCount", 8, 8, "exact", "Eight of them", by="the Observatory"),
    ],
    dates=[
        ("31-07-2015", ("2015-07-31", "2015-07-31")),
        (("Friday", 0), "wd"),
        (("Friday", 1), "wd"),
        ("one day after", None),
        ("at dawn", None),
        ("during the day", None),
        ("in mid-July", "month:7"),
        ("on Thursday", "wd"),
    ],
    attrs=[
        At(["a monitor"], In("dead a monitor said", "said"), R("Al-Qaedas Syrian affiliate", "at least 11 dead", 1)),
        At(["the Syrian Observatory for Human Rights monitoring group"], In("Washington said", "said"),
           R("The attack came one day", "equipped by Washington")),
        At(["the Britain-based Observatory"], In("Britain-based Observatory said", "said"),
           R("Al-Nusra attacked at dawn", "province of Aleppo")),
        At([In("said Observatory director", "Observatory")], In("Division 30 said Observatory", "said"),
           R("Clashes broke out", "defending Division 30")),
        At([In("said Observatory director", "Observatory")], In("He said Al-Nusra", "said"),
           R("Al-Nusra launched the attack", "during the day")),
        At([In("Division 30 called", "Division 30")], "called on", R("Al-Nusra to stop", "blood of Muslims")),
        At(["the Observatory"], In("province the Observatory said", "said"), R("Eight of them", "Aleppo province")),
    ],
))
