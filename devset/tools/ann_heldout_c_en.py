"""Third held-out test set specs (devset/heldout-c): the English (FA-KES) articles.

Written from the article text, docs/gold-format.md (operations: guidelines version 2) and the
annotation guidelines of devset/README.md, without reading the extractor's code or output.
FA-KES stripped most commas and apostrophes: spans keep the text as it is.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1918398784",  # published Mon 2015-07-20
    notes=("Government offensive in northern Latakia (Jabal al-Turkmen). The photo caption's Jaish al Fateh capture of "
           "a checkpoint is a Capture whose place is the highway (one Facility mention; Aleppo and Latakia inside it "
           "are not separate places). 'attacked the Avanl village' with tanks artillery and missiles (ground fire "
           "stated) → Shelling. 'stepped up air strikes' (with 'Aerial bombardment had intensified over the past 48 "
           "hours' as later mention) → AirCampaign; 'retaken villages' + 'five villages ... wrested back' → one "
           "Capture; 'a new offensive' (+ 'the operation', 'the latest operation', 'its campaign') → GroundOffensive. "
           "'the aim ... was to cut rebel supply lines' is an aim. 'Nusra Front control many villages in the "
           "borderlands' has no place mention (Latakia is a reference point): not annotated. 'a stronghold of ... "
           "Alawite sect' is not an actor's control. 'heavy Syrian army shelling' and 'heavy aerial bombing' of 'The "
           "area' (general, since 2012) are separate Shelling / AirCampaign. 'The area' → Latakia province. "
           "Syrian Turkmens / Alawites / the Assad family are populations, not actors. '(Reuters)' is a photo "
           "credit: actor, not attribution. 'Two people'/'Four wounded' not marked as actors (unclear if "
           "civilians)."),
    entities={
        "jaysh-al-fatah": ("Coalition", "Jaysh al-Fatah", None),
        "syria-turks-assoc": ("MonitoringGroup", "Syria Turks Association", None),
        "al-manar": ("MediaOrganisation", "Al-Manar", None),
        "analysts": ("AnonymousSource", "defense analysts", None),
        "gulf-powers": ("Government", "Sunni Gulf Arab powers", None),
    },
    place_entities={
        "latakia-city": ("CityOrTown", "Latakia", "Q200030"),
        "aleppo-latakia-hwy": ("Facility", "Aleppo-Latakia highway", None),
        "avanl": ("CityOrTown", "Avanl", None),
        "jabal-turkmen": ("Region", "Jabal al-Turkmen", None),
        "hatay": ("Governorate", "Hatay Province", None),
        "beit-khadour": ("CityOrTown", "Beit Khadour", None),
        "beit-zaifa": ("CityOrTown", "Beit Zaifa", None),
        "tel-khadar": ("CityOrTown", "Tel al-Khadar", None),
        "jabal-rahmaliya": ("Region", "Jabal al-Rahmaliya", None),
        "jisr-shughur": ("CityOrTown", "Jisr al-Shughur", "Q798765"),
        "qardaha": ("CityOrTown", "Al Qardahah", None),
        "salma": ("CityOrTown", "Salma", None),
        "kasab": ("CityOrTown", "Kassab", "Q1026301"),  # Kessab, Latakia (gazetteer: Kassab)
    },
    actors=[
        ("Assads forces", 0, "saa"),
        ("a coalition of rebel groups called Jaish al Fateh", 0, "jaysh-al-fatah"),
        ("Reuters", 0, "reuters"),
        ("Syrian regime forces", 0, "saa"),
        ("Syria Turks Association", 0, "syria-turks-assoc"),
        ("Syrian army", "*", "saa"),
        ("opposition forces", "*", "rebels"),
        ("rebel held", 0, "rebels"),
        (In("cut rebel supply lines in", "rebel"), 0, "rebels"),
        (In("cut rebel supply lines from", "rebel"), 0, "rebels"),
        ("an army source", 0, "syr-military-source"),
        ("state media", 0, "syr-state-media"),
        ("Sunni Muslim groups", 0, "rebels"),
        ("al Qaedas Syrian offshoot the Nusra Front", 0, "nusra"),
        (In("government-held", "government"), 0, "saa"),
        ("The army", 0, "saa"),
        ("the insurgents", 0, "rebels"),
        (In("since insurgents took", "insurgents"), 0, "rebels"),
        ("defense analysts", 0, "analysts"),
        ("These armed men", 0, "rebels"),
        ("a senior army officer", 0, "saa"),
        ("Lebanese Hezbollahs television al-Manars correspondent", 0, "al-manar"),
        ("Nusra Front", "*", "nusra"),
        ("Sunni Muslim rebels", 0, "rebels"),
        ("Sunni Gulf Arab powers", 0, "gulf-powers"),
        (In("overthrow Assad", "Assad"), 0, "syr-gov"),
        ("Shiite Iran", 0, "iran-gov"),
    ],
    places=[
        ("a highway that connects Aleppo to Latakia", 0, "aleppo-latakia-hwy"),
        ("Avanl village", 0, "avanl"),
        ("Jabal al-Turkmen Mountain", 0, "jabal-turkmen"),
        ("northwestern Latakia province", 0, "latakia-gov"),
        ("Turkeys Hatay province", 0, "hatay"),
        ("coastal province of Latakia", 0, "latakia-gov"),
        ("Turkeys border", 0, "turkey"),
        ("Latakia province", 0, "latakia-gov"),
        ("Syrias", 0, "syria"),
        ("Mediterranean port city of Latakia", 0, "latakia-city"),
        ("Beit Khadour", 0, "beit-khadour"),
        ("Beit Zaifa", 0, "beit-zaifa"),
        ("Tel alKhadar", 0, "tel-khadar"),
        ("Jabal al Rahmaliya", 0, "jabal-rahmaliya"),
        ("the province", 0, "latakia-gov"),
        ("Jisr al Shughour", 0, "jisr-shughur"),
        ("Qardaha", 0, "qardaha"),
        ("The area", 0, "latakia-gov"),
        ("the Turkish border", 0, "turkey"),
        ("the town of Salma", 0, "salma"),
        ("Kasab", 0, "kasab"),
        ("Turkey", 0, "turkey"),
        ("Latakia", "*", "latakia-gov"),
    ],
    ops=[
        Op("Capture", "took control of it", agents=["a coalition of rebel groups called Jaish al Fateh"],
           targets=["Assads forces"], places=["a highway that connects Aleppo to Latakia"], time="June 6 2015"),
        Op("Shelling", In("forces attacked the", "attacked"), agents=["Syrian regime forces"],
           places=["Avanl village", "Jabal al-Turkmen Mountain", "northwestern Latakia province"]),
        Op("AirCampaign", "stepped up air strikes", agents=[("Syrian army", 0)],
           places=["coastal province of Latakia"], time="over the past 48 hours"),
        Op("Capture", "retaken villages", agents=[("Syrian army", 0)], targets=["the insurgents"],
           places=["coastal province of Latakia", "Beit Khadour", "Beit Zaifa", "Tel alKhadar",
                   "Jabal al Rahmaliya"]),
        Op("GroundOffensive", "a new offensive", agents=[("Syrian army", 0)], targets=[("opposition forces", 0)],
           places=["coastal province of Latakia", "the province"]),
        Op("TerritorialControl", "government-held", agents=[In("government-held", "government")],
           places=["Mediterranean port city of Latakia"]),
        Op("Capture", In("insurgents took", "took"), agents=[In("since insurgents took", "insurgents")],
           places=["Jisr al Shughour"], time="in April"),
        Op("TerritorialControl", "in control of", agents=[("opposition forces", 1)], places=["The area"],
           time="since September 2012"),
        Op("Shelling", "heavy Syrian army shelling", agents=[("Syrian army", 1)], targets=[("opposition forces", 2)],
           places=["The area"]),
        Op("AirCampaign", "heavy aerial bombing", targets=[("opposition forces", 2)], places=["The area"]),
        Op("TerritorialControl", "rebel held", agents=["rebel held"], places=["the town of Salma"]),
        Op("TerritorialControl", "held by", agents=[("Nusra Front", 0)], places=["the town of Salma"],
           time="since 2012"),
        Op("Capture", "wrested back control", agents=[("Syrian army", 3)], targets=[("opposition forces", 3)],
           places=["Kasab", ("Latakia", 1)], time="Last year"),
        Op("TerritorialControl", "control by opposition forces", agents=[("opposition forces", 3)],
           places=["Kasab"]),
    ],
    figs=[
        Fig("Killed", 2, 2, "exact", "Two people were killed"),
        Fig("Injured", 15, 15, "exact", "15 injured"),
        Fig("Injured", 4, 4, "exact", "Four wounded"),
    ],
    dates=[
        ("July 20 2015", ("2015-07-20", "2015-07-20")),
        ("June 6 2015", ("2015-06-06", "2015-06-06")),
        ("on Sunday", "wd"),
        ("over the past 48 hours", None),
        ("in April", "month:4"),
        ("since September 2012", ("2012-09-01", "2012-09-30")),
        ("since 2012", "year:2012"),
        ("Last year", "lastyear"),
        ("less than three months", None),
    ],
    attrs=[
        At(["a coalition of rebel groups called Jaish al Fateh"], In("Fateh said", "said"),
           R("they took control of it", "Aleppo to Latakia")),
        At(["Syria Turks Association"], "According to", R("tanks artillery and missiles", "side of the border")),
        At([("Syrian army", 0)], "announced", R("it had stepped up air strikes", "coastal province of Latakia")),
        At(["state media", "an army source"], "was quoted as saying",
           R("Aerial bombardment had intensified", "close to Turkeys border")),
        At(["The army"], In("The army said", "said"), R("five villages and hilltops", "closer to the border areas")),
        At(["defense analysts"], "say", R("The rough terrain", "withstand heavy aerial bombing")),
        At([("Syrian army", 2)], In("officer said", "said"), R("the aim of the latest operation", "since 2012")),
        At(["Lebanese Hezbollahs television al-Manars correspondent", "a senior army officer"],
           ("was quoted as saying", 1), R("These armed men", "close to Latakia")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923848246",  # corpus published 2014-07-03; dateline Saturday 26 Jul 2014
    notes=("IS takes Division 17 (Raqqa). The corpus 'published' (2014-07-03) contradicts the dateline 'Saturday 26 "
           "Jul 2014' and the events; dates are resolved against 2014-07-26 (as README does for fakes-1924058068). "
           "'advanced on a regime position in the northern province of Raqa' → Advance; 'the IS assault' on Division "
           "17 (one assault on a position, + 'IS assault launched early Thursday', 'The assault on Division 17') → "
           "Attack; the 'double suicide attack' is part of that assault (same side, place, time): not separate. "
           "'forced the army to pull back' + 'withdrew on Friday' → one Redeployment. 'has fallen from army control' "
           "with IS not having moved in: no Capture agent/act stated clearly; left out. 'for fear of air strikes' is "
           "not an operation. Executions are not operations. The Homs gas field assault → Attack (place Homs, the "
           "gas field is unnamed). 'around 200 other soldiers' whose fate is unknown → PersonCount. The UN COI "
           "statement about IS fighters on a list of indictees → Report. Rami Abdel Rahman → SOHR (Observatory named "
           "earlier; phrase is 'the Britain-based groups director', mention kept as SOHR)."),
    entities={
        "ndf": ("Militia", "National Defence Forces", None),
    },
    place_entities={
        "division-17": ("Facility", "Division 17 base", None),
        "brigade-93": ("Facility", "Brigade 93 base", None),
    },
    actors=[
        ("Syria troops", 0, "saa"),
        ("Monitor", 0, "sohr"),
        ("AFP", 0, "afp"),
        ("Syrian army troops", 0, "saa"),
        ("the jihadist Islamic State", 0, "isis"),
        (In("a regime position", "regime"), 0, "saa"),
        ("a monitoring group", 0, "sohr"),
        ("The Syrian Observatory for Human Rights", 0, "sohr"),
        ("200 other soldiers", 0, "saa"),
        ("the army", 0, "saa"),
        ("army control", 0, "saa"),
        ("the jihadists", 0, "isis"),
        ("the Britain-based groups director Rami Abdel Rahman", 0, "sohr"),
        ("28 jihadist fighters", 0, "isis"),
        ("The Observatory", 0, "sohr"),
        ("50 troops", 0, "saa"),
        ("Hundreds of troops", 0, "saa"),
        ("residents", 0, "civilians"),
        ("Abdel Rahman", "*", "sohr"),
        ("the executed troops", 0, "saa"),
        ("the feared IS", 0, "isis"),
        ("the paramilitary National Defence Forces", 0, "ndf"),
        ("270 security guards employees", 0, "civilians"),
        ("the UN Commission of Inquiry on Syria", 0, "un-coi"),
        ("IS fighters", 0, "isis"),
        ("IS", "*", "isis"),
    ],
    places=[
        ("the northern province of Raqa", 0, "raqqa-gov"),
        ("The Division 17 base", 0, "division-17"),
        ("the site", 0, "division-17"),
        ("Brigade 93", 0, "brigade-93"),
        ("Raqa city", 0, "raqqa"),
        ("Division 17", "*", "division-17"),
        ("Homs", 0, "homs-gov"),
        ("central Syria", 0, "syria"),
    ],
    ops=[
        Op("Advance", "advanced", agents=["the jihadist Islamic State"], targets=[In("a regime position", "regime")],
           places=["the northern province of Raqa"]),
        Op("Attack", "the IS assault", agents=[In("the IS assault", "IS")], targets=["the army"],
           places=["The Division 17 base", ("Division 17", 0)], time="early Thursday"),
        Op("Redeployment", "pull back", agents=["the army"], places=["The Division 17 base", "Brigade 93"],
           time="late on Friday"),
        Op("TerritorialControl", "stronghold", agents=["the feared IS"], places=["Raqa city"]),
        Op("Attack", "jihadist assault", agents=[In("after IS killed", "IS")],
           targets=["the paramilitary National Defence Forces"], places=["Homs"]),
    ],
    stmts=[
        St("Report", by="the UN Commission of Inquiry on Syria", cue=In("on Syria said", "said"),
           content=R("IS fighters accused", "war crime indictees")),
    ],
    figs=[
        Fig("Killed", 85, 85, "exact", "85 Syria troops killed", by="Monitor"),
        Fig("Killed", 85, None, "more-than", "At least 85 Syrian army troops were killed", by="a monitoring group"),
        Fig("PersonCount", 200, 200, "about", "around 200 other soldiers",
            by="The Syrian Observatory for Human Rights"),
        Fig("Killed", 28, None, "more-than", "at least 28 jihadist fighters",
            by="the Britain-based groups director Rami Abdel Rahman"),
        Fig("Killed", 50, None, "more-than", "more than 50 troops were summarily executed", by="The Observatory"),
        Fig("Killed", 19, 19, "exact", "19 more were killed", by="The Observatory"),
        Fig("Killed", 16, None, "more-than", "at least 16 others had died", by="The Observatory"),
        Fig("PersonCount", 100, 999, "vague", "Hundreds of troops surviving", by=("Abdel Rahman", 0)),
        Fig("PersonCount", 200, 200, "about", "some 200 remains unknown", by=("Abdel Rahman", 0)),
        Fig("Killed", 270, 270, "exact", "killed 270 security guards"),
    ],
    dates=[
        ("Saturday 26 Jul 2014", ("2014-07-26", "2014-07-26")),
        (In("group said Saturday", "Saturday"), ("2014-07-26", "2014-07-26")),
        ("late on Friday", ("2014-07-25", "2014-07-25")),
        ("early Thursday", ("2014-07-24", "2014-07-24")),
        (In("withdrew on Friday", "on Friday"), ("2014-07-25", "2014-07-25")),
        ("less than two weeks", None),
        ("On Friday", ("2014-07-25", "2014-07-25")),
    ],
    attrs=[
        At(["a monitoring group"], In("group said", "said"), R("At least 85 Syrian army troops", "province of Raqa")),
        At(["The Syrian Observatory for Human Rights"], In("Human Rights said", "said"),
           R("the fate of around 200", "late on Friday")),
        At(["the Britain-based groups director Rami Abdel Rahman"], In("site for fear of air strikes\" said", "said"),
           R("The Division 17 base", "for fear of air strikes")),
        At(["the Britain-based groups director Rami Abdel Rahman"], In("fighters he said", "said"),
           R("The IS lost", "jihadist fighters")),
        At(["The Observatory"], In("Observatory said", "said"), R("more than 50 troops", "launched early Thursday")),
        At([("Abdel Rahman", 0)], In("said Abdel Rahman", "said"), R("Hundreds of troops", "remains unknown")),
        At([("Abdel Rahman", 0)], In("IS he said", "said"), R("Some of the executed", "feared IS")),
        At(["the UN Commission of Inquiry on Syria"], In("on Syria said", "said"),
           R("IS fighters accused", "war crime indictees")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1962495635",  # corpus published 2012-03-15; dateline Mon Aug 12 2013
    notes=("Rebel offensive in Latakia (August 2013). The corpus 'published' (2012-03-15) predates the dateline "
           "'Mon Aug 12 2013' and the events; dates are resolved against 2013-08-12. 'a rebel offensive on the "
           "province of Latakia' (+ 'a campaign') → GroundOffensive; 'pushed deep into the coastal city' → Advance "
           "(the text says 'city'; kept as Latakia city); 'seizing a string of villages' → Capture (unnamed "
           "villages; place from the clause: the coastal city); 'the fighting came within 12 miles of Qardaha' → "
           "ArmedClash placed in Latakia (Qardaha is a reference point), plus a Distance figure 12 miles = 19.31 km; "
           "'launching rockets in the direction of Qardaha' → Shelling on Qardaha. 'military defeats' in Homs, the "
           "2011 killings in unnamed towns and 'latest attacks' (no place beyond the safe-haven cities, general) "
           "not operations. 'Hundreds of Alawite civilians have brutally been killed kidnapped tortured or have "
           "disappeared' mixes categories: no figure; title 'takes hundreds of lives' → Killed 100..999; '150 "
           "Alawites ... kidnapped' → PersonCount; 'The casualties are in their hundreds' → KilledOrInjured. The "
           "religious leader and the MP speak as individuals: local entities (Civilians / Government). 'SHISHI' "
           "(byline) not annotated. 'Until now' treated like 'so far' (unresolved)."),
    entities={
        "sheikh-hatem": ("Civilians", "Sheikh Mohammed Reda Hatem (religious leader in Latakia)", None),
        "mp-ammar-assad": ("Government", "Ammar al-Assad, Member of Parliament for Latakia", None),
    },
    place_entities={
        "latakia-city": ("CityOrTown", "Latakia", "Q200030"),
        "qardaha": ("CityOrTown", "Al Qardahah", None),
        "tartus": ("CityOrTown", "Tartus", "Q174916"),
    },
    actors=[
        ("Hundreds of Alawite civilians", 0, "civilians"),
        (In("a rebel offensive", "rebel"), 0, "rebels"),
        ("local residents", 0, "resident"),
        ("Foreign-backed militants", 0, "rebels"),
        ("locals", 0, "resident"),
        ("Sheikh Mohammed Reda Hatem a religious leader in Latakia", 0, "sheikh-hatem"),
        ("people who were killed", 0, "civilians"),
        ("150 Alawites", 0, "civilians"),
        ("women and children", 0, "civilians"),
        ("the militants including al-Qaeda linked-extremists", 0, "rebels"),
        ("Alawite civilians", 0, "civilians"),
        ("scores of foreign extremists", 0, "rebels"),
        ("many people including children", 0, "civilians"),
        ("Dr Ammar al-Assad a Member of Parliament for Latakia", 0, "mp-ammar-assad"),
        ("many civilians", 0, "civilians"),
        ("Those civilians", 0, "civilians"),
        ("rebel groups", 0, "rebels"),
        ("Syrian residents", 0, "civilians"),
        ("many people flee", 0, "civilians"),
    ],
    places=[
        ("the province of Latakia", 0, "latakia-gov"),
        ("the coastal city", 0, "latakia-city"),
        ("the area", 0, "latakia-gov"),
        ("central Syrian province of Homs", 0, "homs-gov"),
        ("Qardaha", "*", "qardaha"),
        ("Syria", "*", "syria"),
        ("The coastal cities of Latakia", 0, "latakia-city"),
        ("Tartous", 0, "tartus"),
        ("Latakia", "*", "latakia-gov"),
    ],
    ops=[
        Op("GroundOffensive", "a rebel offensive", agents=[In("a rebel offensive", "rebel")],
           targets=["Hundreds of Alawite civilians"], places=["the province of Latakia"]),
        Op("Advance", "pushed deep into", agents=["Foreign-backed militants"], places=["the coastal city"]),
        Op("Capture", "seizing a string of villages", agents=["Foreign-backed militants"],
           places=["the coastal city"]),
        Op("ArmedClash", "the fighting", agents=["the militants including al-Qaeda linked-extremists"],
           places=[("Latakia", 1)]),
        Op("Shelling", "launching rockets", agents=["rebel groups"], places=[("Qardaha", 1)]),
    ],
    figs=[
        Fig("Killed", 100, 999, "vague", "takes hundreds of lives"),
        Fig("PersonCount", 150, 150, "exact", "150 Alawites from the villages have been kidnapped",
            by="Sheikh Mohammed Reda Hatem a religious leader in Latakia"),
        Fig("Distance", 19.31, 19.31, "exact", "12 miles"),
        Fig("KilledOrInjured", 100, 999, "vague", "The casualties are in their hundreds",
            by="Dr Ammar al-Assad a Member of Parliament for Latakia"),
    ],
    dates=[
        ("Mon Aug 12 2013", ("2013-08-12", "2013-08-12")),
        ("Until now", None),
        ("in 2011", "year:2011"),
        ("in recent months", None),
    ],
    attrs=[
        At(["local residents"], "have reported", R("Hundreds of Alawite civilians", "province of Latakia")),
        At(["locals"], "have warned", R("threatens to open", "sectarian war")),
        At(["Sheikh Mohammed Reda Hatem a religious leader in Latakia"], In("bushes\" said", "said"),
           R("We are still finding", "left in bushes")),
        At(["Dr Ammar al-Assad a Member of Parliament for Latakia"], In("women\" said", "said"),
           R("They are provoking", "including women")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965511188",  # published 2016-02-02; dateline 01-06-2016 read as 6 January 2016
    notes=("SANA-style roundup. Dateline '01-06-2016' read as 2016-01-06 (month-day; June 1 would be after "
           "publication). The lead ('receiving more strikes by the armys air force ... army units continue "
           "targeting', repeated) names no place: not annotated as operations. Hama: 'clashed' → ArmedClash; the "
           "groups 'attacked military posts on the axes of ...' → Attack ('foiling the attack' refers back). Homs: "
           "'a series of airstrikes' on one occasion → one Airstrike (v2 rule) with the villages where vehicles "
           "were destroyed/hit; the separate 'hit positions and movements ... in Abed Hill and east of Jebb "
           "al-Jarrah' → another Airstrike. Damascus Countryside: the Nusra attack attempt → Attack; 'clashed' → "
           "ArmedClash; 'opened machine gun fire on houses' → Attack. Deir Ezzor: 'hit gatherings and vehicles' → "
           "Airstrike at the Panorama area (Deir Ezzor city is a reference point). Section headers (Hama, Homs, "
           "Damascus Countryside, Deir Ezzor) are place mentions. 'Terrorist organizations'/'terrorists' generic → "
           "Syrian rebel factions; tied to a named group → that group. 'popular defense groups' → pro-government "
           "militias."),
    place_entities={
        "zakat": ("CityOrTown", "al-Zakat", None),
        "haseria": ("CityOrTown", "Haseria", None),
        "latamina": ("CityOrTown", "al-Latamina", None),
        "north-hama": ("Region", "northern countryside of Hama", None),
        "east-homs": ("Region", "eastern countryside of Homs", None),
        "jbab-hamad": ("CityOrTown", "Jbab Hamad", None),
        "dabet-mella": ("CityOrTown", "Dabet al-Mella", None),
        "homs-city": ("CityOrTown", "Homs", "Q131301"),
        "abed-hill": ("Region", "Abed Hill", None),
        "jebb-jarrah": ("CityOrTown", "Jebb al-Jarrah", None),
        "harfa": ("CityOrTown", "Harfa", None),
        "sw-damascus-countryside": ("Region", "southwestern countryside of Damascus", None),
        "panorama": ("Neighbourhood", "Panorama area (Deir ez-Zor)", None),
    },
    actors=[
        ("Nusra Terrorists", 0, "nusra"),
        ("Terrorist organizations", "*", "rebels"),
        ("The Syrian armys air force", 0, "syr-air"),
        ("the armys air force", "*", "syr-air"),
        ("The armys air force", 0, "syr-air"),
        ("the army units", "*", "saa"),
        ("the organizations", "*", "rebels"),
        ("many terrorists", 0, "rebels"),
        ("Syrian Army units", 0, "saa"),
        ("terrorist groups affiliated to al-Nusra", 0, "nusra"),
        ("the so called Ahrar al-Sham Islamic Movement", 0, "ahrar-al-sham"),
        ("A military source", 0, "syr-military-source"),
        ("20 terrorists", 0, "rebels"),
        ("ISIL terrorists", "*", "isis"),
        (In("transporting terrorists", "terrorists"), 0, "isis"),
        ("An army unit", 0, "saa"),
        ("popular defense groups", 0, "pro-gov-militias"),
        ("al-Nusra terrorists", 0, "nusra"),
        ("The military source", 0, "syr-military-source"),
        ("SANA", 0, "sana"),
        ("the army unit", 0, "saa"),
        ("the terrorists", 0, "nusra"),
        ("The source", 0, "syr-military-source"),
        ("the fleeing terrorists", 0, "nusra"),
    ],
    places=[
        ("the northern countryside of Hama province", 0, "north-hama"),
        ("Hama", "*", "hama-gov"),
        ("al-Zakat", 0, "zakat"),
        ("Haseria", 0, "haseria"),
        ("al-Latamina", 0, "latamina"),
        ("the neighboring Homs province", 0, "homs-gov"),
        ("Homs eastern countryside", 0, "east-homs"),
        ("Jbab Hamad village", 0, "jbab-hamad"),
        ("Dabet al-Mella village", 0, "dabet-mella"),
        ("Homs city", 0, "homs-city"),
        ("Homs", "*", "homs-gov"),
        ("Abed Hill", 0, "abed-hill"),
        ("Jebb al-Jarrah", 0, "jebb-jarrah"),
        ("Damascus Countryside", 0, "rif-dimashq"),
        ("Harfa village", "*", "harfa"),
        ("the southwestern countryside of Damascus", 0, "sw-damascus-countryside"),
        ("the Panorama area", 0, "panorama"),
        ("Deir Ezzor city", 0, "deir"),
        ("Deir Ezzor", "*", "deir-gov"),
    ],
    ops=[
        Op("ArmedClash", In("Army units clashed", "clashed"), agents=["Syrian Army units"],
           targets=["terrorist groups affiliated to al-Nusra", "the so called Ahrar al-Sham Islamic Movement"],
           places=["al-Zakat", "Haseria", "al-Latamina", "the northern countryside of Hama province", ("Hama", 1)]),
        Op("Attack", In("Movement attacked", "attacked"),
           agents=["terrorist groups affiliated to al-Nusra", "the so called Ahrar al-Sham Islamic Movement"],
           targets=["Syrian Army units"],
           places=["al-Zakat", "Haseria", "al-Latamina", "the northern countryside of Hama province"]),
        Op("Airstrike", "a series of airstrikes", agents=[In("the armys air force launched", "the armys air force")],
           targets=[("ISIL terrorists", 0)],
           places=["Homs eastern countryside", "Jbab Hamad village", "Dabet al-Mella village",
                   "the neighboring Homs province"]),
        Op("Airstrike", In("force hit positions", "hit positions"), agents=["The armys air force"],
           targets=[("ISIL terrorists", 1)], places=["Abed Hill", "Jebb al-Jarrah"]),
        Op("Attack", "an attack attempt", agents=["al-Nusra terrorists"], targets=["An army unit"],
           places=["the southwestern countryside of Damascus", ("Harfa village", 0)]),
        Op("ArmedClash", In("unit clashed", "clashed"), agents=["the army unit"], targets=["the terrorists"],
           places=[("Harfa village", 0)]),
        Op("Attack", "opened machine gun fire", agents=["the fleeing terrorists"], places=[("Harfa village", 1)]),
        Op("Airstrike", "hit gatherings", agents=["The Syrian armys air force"], targets=[("ISIL terrorists", 2)],
           places=["the Panorama area", ("Deir Ezzor", 0)]),
    ],
    figs=[
        Fig("Killed", 20, None, "more-than", "Over 20 Nusra Terrorists Killed"),
        Fig("Killed", 20, None, "more-than", "killing at least 20 terrorists", by="A military source"),
        Fig("Distance", 50, 50, "exact", "50 km"),
    ],
    dates=[
        ("01-06-2016", ("2016-01-06", "2016-01-06")),
    ],
    attrs=[
        At(["A military source"], In("source said", "said"), R("the clashes ended", "weapons and ammunition")),
        At(["SANA", "The military source"], "explained", R("the army unit clashed", "destroying their weapons")),
        At(["The source"], "noted", R("the fleeing terrorists", "damage to some of them")),
    ],
))
