"""Seventh held-out test set specs (devset/heldout-g): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1926479025",  # corpus published 2014-12-16; dateline "December 16 2013" (Reuters)
    notes=("Reuters: barrel bombs on Aleppo, Sunday 15 December 2013 (SOHR toll 76). Dates: the corpus 'published' "
           "(2014-12-16) contradicts the article's own dateline 'December 16 2013' and its content (a '2-1/2 year "
           "conflict' that began in 2011, 'more than 100000' dead, the rebels' storming of Aleppo in the summer of "
           "2012); the dates are resolved against 2013-12-16, a Monday, as README does for fakes-1924058068 and set C "
           "for fakes-1923848246 ('on Sunday' → 2013-12-15, both 'on Monday' → 2013-12-16; the mechanical rule would "
           "give 2014-12-14/15). 'in the summer of 2012' → the year 2012 (README: a part of a period → the whole "
           "period, as 'نهاية عام 2016' → 2016); '2-1/2 year' (a duration) and 'in recent weeks' are relative (null). "
           "Operations: (1) the barrel bombs are one Airstrike (v2: barrel bombs → Airstrike; one city, one day, one "
           "toll): the title's 'Syrian bombing raid on Aleppo' is the first mention (trigger 'bombing raid'), 'Syrian "
           "army helicopters dropped barrel bombs on the northern city of Aleppo' on Sunday the later one, and the "
           "rebels' 'the bombings' refers back; agents the title's 'Syrian' and 'Syrian army helicopters' → Syrian "
           "Arab Air Force (helicopters of the state's air arm). The generic definition of barrel bombs is not an "
           "operation. (2) 'government-held parts of the city' → TerritorialControl on Aleppo ('parts' a relative "
           "descriptor; 'government' holding ground → Syrian Arab Army, as set E's 'Syrias regime still holds'). (3) "
           "'President Bashar al-Assads forces battling rebels in a 2-1/2 year conflict ... across the country' → "
           "ArmedClash placed in 'the country' (Syria; as set E's 'coalition battling IS in northern Syria'); 'majority "
           "Sunni rebels battling Assads own Alawite sect and Shiite militia' restates the same war (same sides, no "
           "other place): no new operation. (4) 'frequently deploy air power and artillery against rebel-held "
           "districts across the country' → an AirCampaign (air power used habitually, v2 type 7) and a Shelling "
           "('artillery'; v2: air and ground bombardment are two operations), both in 'the country'; agent the one "
           "mention 'President Bashar al-Assads forces' (→ Syrian Arab Army, as ann_en's 'forces loyal to ... Assad', "
           "though the air power is the air force's). (5) 'rebel-held districts across the country' → "
           "TerritorialControl placed in 'the country' ('districts' a relative descriptor like 'parts'; judgement "
           "call: the holder does not hold the country, but no nearer place is named). (6) 'eastern and central parts "
           "of Aleppo which rebels stormed in the summer of 2012' → Entry (v2 lists 'stormed into' under Entry, "
           "nothing in the Capture list; judgement call, 'unable to recapture' implies the rebels took them). 'They "
           "have been unable to recapture' is a failure, not an operation. (7) 'they have driven rebel fighters back "
           "from towns to the southeast of the city in recent weeks' → Capture (v2: 'drove out' / طرد X من), place "
           "'towns' (a local Region, unnamed towns; 'the city' = Aleppo is the reference point), no agent (the "
           "subject is the pronoun 'they' = Assad's forces; pronouns are not annotated as mentions), target 'rebel "
           "fighters'. Not operations: the rebels' warning that state security buildings 'would be targeted' "
           "(threat), the rebels 'threatening to strike two Shiite villages ... with missiles if barrel bombs were used "
           "again' (threat, condition), 'villages they have surrounded' (a siege as a standing state: v2/README, "
           "sieges are not annotated; judgement call, v2 lists 'encircled' under Advance but this is a relative "
           "clause describing the villages' state). Actors: 'monitor' (title), 'the Syrian Observatory for Human "
           "Rights', 'The Britain-based Observatory' (one mention; 'Britain' inside is not a place), 'The Observatory' "
           "→ SOHR; 'a network of opposition pro-government and medical sources' → the mention 'opposition "
           "pro-government and medical sources' (AnonymousSource; SOHR's network, not a hop of any chain since no "
           "saying is attributed to them). 'rebel groups', 'rebels', 'rebel fighters', 'majority Sunni rebels', "
           "'rebel' in 'rebel-held' → Syrian rebel factions; 'government' in 'government-held', 'President Bashar "
           "al-Assads forces', 'the army' → Syrian Arab Army; 'Shiite militia' → a local Militia entity. 'Assads own "
           "Alawite sect' (a religious community) is not annotated (README: populations not acting as a force). "
           "'civilians' (asked to move away) and '28 children' → civilians; 'Seventy-six people' and '100000 people' "
           "are not marked as actors (not said to be civilians, as set F's '18 people'). 'Thomson Reuters' in the "
           "closing boilerplate → Reuters (README: the trailing Reuters byline is an actor mention, not an "
           "attribution; judgement call); 'Reporting by Oliver Holmes; Editing by John Stonestreet' (editors' byline) "
           "and 'Slideshow (3 Images)' are not annotated; the 'helicopters' of the generic definition of barrel bombs "
           "are not a mention (no actor meant). Places: 'northern Aleppo province' → northern Aleppo "
           "(Region, registry); 'two Shiite villages' (unnamed) → a local Region, no QID (not resolved to Nubl/Zahraa: "
           "the text does not name them); 'state security buildings' (generic plural, the object of a threat) is not a "
           "place mention. Figures: the title's 76 by 'monitor' (the title's ': monitor' is its "
           "source), 'Seventy-six people' and '28 children' by SOHR, 'more than 100000 people' in the article's voice; "
           "the count of villages is not a figure. Chains: the title's ': monitor' → [monitor] with the colon as cue "
           "(as set B's headline 'ترامب:'); the lead → [SOHR]; 'The Britain-based Observatory said that rebel groups "
           "in Aleppo issued a statement asking ...' → one two-hop chain [Observatory, rebel groups] (the Observatory "
           "relays the rebels' statement, as README's [SOHR, sources]; cue 'issued a statement', and the rebels' own "
           "'which they said would be targeted' is part of that statement, not a chain of its own); 'also said on "
           "Monday that rebels ... were threatening' → [The Observatory] (the threat is reported by the Observatory, "
           "not a quoted saying of the rebels: no second hop)."),
    entities={
        "shiite-militia-g": ("Militia", "Shiite militia (fighting on the government side)", None),
        "sohr-network-sources": ("AnonymousSource", "SOHR's network of opposition, pro-government and medical sources",
                                 None),
    },
    place_entities={
        "aleppo-se-towns": ("Region", "towns southeast of Aleppo city", None),
        "aleppo-shiite-villages": ("Region", "two Shiite villages besieged by rebels (northern Aleppo province)", None),
    },
    actors=[
        (In("in Syrian bombing", "Syrian"), 0, "syr-air"),
        ("monitor", 0, "sohr"),
        ("28 children", 0, "civilians"),
        ("Syrian army helicopters", 0, "syr-air"),
        ("the Syrian Observatory for Human Rights", 0, "sohr"),
        ("The Britain-based Observatory", 0, "sohr"),
        ("rebel groups", 0, "rebels"),
        ("civilians", 0, "civilians"),
        (In("government-held", "government"), 0, "saa"),
        ("President Bashar al-Assads forces", 0, "saa"),
        ("rebel fighters", 0, "rebels"),
        ("majority Sunni rebels", 0, "rebels"),
        ("rebels", "*", "rebels"),
        (In("rebel-held", "rebel"), 0, "rebels"),
        ("Shiite militia", 0, "shiite-militia-g"),
        ("The Observatory", 0, "sohr"),
        ("opposition pro-government and medical sources", 0, "sohr-network-sources"),
        ("the army", 0, "saa"),
        ("Thomson Reuters", 0, "reuters"),
    ],
    places=[
        ("northern Aleppo province", 0, "north-aleppo"),
        ("the northern city of Aleppo", 0, "aleppo"),
        ("Aleppo", "*", "aleppo"),
        ("the city", "*", "aleppo"),
        ("the country", 0, "syria"),
        ("towns", 0, "aleppo-se-towns"),
        ("two Shiite villages", 0, "aleppo-shiite-villages"),
    ],
    ops=[
        Op("Airstrike", "bombing raid", agents=[In("in Syrian bombing", "Syrian"), "Syrian army helicopters"],
           places=[("Aleppo", 0), "the northern city of Aleppo"], time="on Sunday"),
        Op("TerritorialControl", "government-held", agents=[In("government-held", "government")],
           places=[("the city", 0)]),
        Op("ArmedClash", In("forces battling rebels", "battling"), agents=["President Bashar al-Assads forces"],
           targets=[("rebels", 0)], places=["the country"], time="2-1/2 year"),
        Op("AirCampaign", "air power", agents=["President Bashar al-Assads forces"],
           targets=[In("rebel-held", "rebel")], places=["the country"]),
        Op("Shelling", "artillery", agents=["President Bashar al-Assads forces"],
           targets=[In("rebel-held", "rebel")], places=["the country"]),
        Op("TerritorialControl", "rebel-held", agents=[In("rebel-held", "rebel")], places=["the country"]),
        Op("Entry", "stormed", agents=[("rebels", 1)], places=[In("central parts of Aleppo", "Aleppo")],
           time="in the summer of 2012"),
        Op("Capture", "driven rebel fighters back", targets=["rebel fighters"], places=["towns"],
           time="in recent weeks"),
    ],
    figs=[
        Fig("Killed", 76, 76, "exact", R("Death toll", "rises to 76"), by="monitor"),
        Fig("Killed", 76, 76, "exact", "Seventy-six people", by="the Syrian Observatory for Human Rights"),
        Fig("Killed", 28, 28, "exact", "28 children", by="the Syrian Observatory for Human Rights"),
        Fig("Killed", 100000, None, "more-than", "more than 100000 people"),
    ],
    dates=[
        ("December 16 2013", ("2013-12-16", "2013-12-16")),
        ("on Sunday", ("2013-12-15", "2013-12-15")),
        (("on Monday", 0), ("2013-12-16", "2013-12-16")),
        ("2-1/2 year", None),
        ("in the summer of 2012", "year:2012"),
        ("in recent weeks", None),
        (("on Monday", 1), ("2013-12-16", "2013-12-16")),
    ],
    attrs=[
        At(["monitor"], ":", R("Death toll", "rises to 76")),
        At(["the Syrian Observatory for Human Rights"], ("said", 0), R("Seventy-six people", "city of Aleppo")),
        At(["The Britain-based Observatory", "rebel groups"], "issued a statement",
           R("asking civilians", "for the bombings")),
        At(["The Observatory"], ("said", 3), R("rebels in northern Aleppo province", "by the army")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1962495638",  # published Thu 2014-08-28 (alalam)
    notes=("Al-Alam: IS executes captured soldiers after overrunning Tabqa airbase (Raqqa). The massacre / killings / "
           "executions of the captured troops ('massacre 250 Syrian troops', 'The killings', 'were executed by the "
           "terrorists', 'numerous mass executions', 'grisly crimes ... against innocent civilians') are not "
           "operations (set C/E/F: executions of captives are not). Operations: (1) 'Tabqa airbase which was overran "
           "by the ISIL Takfiri terrorists' → Capture (v2 lists اجتاح, 'overran'); SOHR's 'after the ISIL terrorists "
           "overran Tabqa airbase' is the later mention; places both 'Tabqa airbase' mentions, 'an airbase' (the same "
           "base, where the troops were held) and 'the northern province of Raqqa' (its province in that clause); no "
           "time stated for the overrun ('on Wednesday' dates the killings). (2) 'Syrian soldiers captured while "
           "fleeing' the overrun base → Redeployment (a retreat from a place, v2 'withdrew'; judgement call: the flight "
           "is a participle inside the execution report and could be left out). (3) 'ISIL terrorists have been behind "
           "many of the deadly bomb attacks targeting both civilians and government institutions across Syria over "
           "the past three years' → Attack (bomb attacks, v2 type 11; a series stated as done, as set E's 'The city "
           "has often been targeted'), targets 'civilians' and 'government institutions' (→ Government of Syria; "
           "judgement call: state institutions as the targeted actor). Not operations: 'ISIL militants operating "
           "against the Syrian government' (no place, no happening), 'The ISIL violence has spilled over to "
           "neighboring Iraq' (no type fits), 'holds several planes helicopters tanks and artillery' (the base stores "
           "them: not control of a place), the links with Saudi intelligence and Israeli support (allegations, no "
           "operation). Actors: every ISIL / 'the terrorists' / 'the Takfiri terrorists' / 'The terrorist group' → "
           "Islamic State ('ISIL' inside 'The ISIL violence' annotated); '250 Syrian troops' and 'Syrian soldiers' → "
           "Syrian Arab Army (soldiers, as set C's '200 other soldiers'); 'reports' (reports indicate) → reports "
           "(AnonymousSource); 'Rami Abdel Rahman the head of the London-based so-called Syrian Observatory for Human "
           "Rights (SOHR)' → the institution mention 'the London-based so-called Syrian Observatory for Human Rights "
           "(SOHR)' (London inside it is not a place); 'the Syrian government' → Government of Syria; 'innocent "
           "civilians', 'civilians' → civilians; 'Saudi intelligence' → a local IntelligenceService; 'the Israeli "
           "regime' → a local Government of Israel. 'MBMB' (byline code) not annotated. Places: the title's 'Raqqa' → "
           "Raqqa governorate (the base is 45 km outside the city: the title names the province, the theatre); "
           "'outside Raqqa' → Raqqa city (a reference point for the distance); Tabqa airbase → a local Facility (the "
           "gazetteer has the town At Tabaqah, not the base; no QID); 'the crisis-torn country' → Syria; 'neighboring "
           "Iraq' → the mention 'Iraq'. Figures: the title's 250 in the article's voice, the lead's 250 by 'reports' "
           "(innermost source of its sentence); 'some 45 kilometers' → Distance 45 about. Dates: 'on Wednesday' → "
           "2014-08-27, 'on Thursday' → 2014-08-28; 'during the night' (the killings took place on Wednesday, told on "
           "Thursday) → the night of Wednesday to Thursday, 2014-08-27..28 (as set F resolved 'overnight'; judgement "
           "call); 'March 2011' → March 2011; 'over the past three years' relative (null); 'the ongoing conflict' is "
           "not a date. Chains: 'reports indicate' → [reports]; SOHR's head 'said on Thursday' → [SOHR]. 'reportedly "
           "holds' and 'is believed to be indirectly supported' name no source: no chain."),
    entities={
        "saudi-intel-g": ("IntelligenceService", "Saudi intelligence", None),
        "israel-gov-g": ("Government", "Government of Israel", None),
    },
    place_entities={
        "tabqa-airbase": ("Facility", "Tabqa airbase", None),
    },
    actors=[
        ("The notorious ISIL terrorists", 0, "isis"),
        ("the ISIL Takfiri terrorists", 0, "isis"),
        ("ISIL terrorists", "*", "isis"),
        ("250 Syrian troops", "*", "saa"),
        ("reports", 0, "reports"),
        ("the London-based so-called Syrian Observatory for Human Rights (SOHR)", 0, "sohr"),
        ("Syrian soldiers", 0, "saa"),
        ("the terrorists", 0, "isis"),
        ("ISIL militants", 0, "isis"),
        ("the Syrian government", 0, "syr-gov"),
        ("the Takfiri terrorists", 0, "isis"),
        ("innocent civilians", 0, "civilians"),
        ("civilians", "*", "civilians"),
        ("government institutions", 0, "syr-gov"),
        (In("The ISIL violence", "ISIL"), 0, "isis"),
        ("The terrorist group", 0, "isis"),
        ("Saudi intelligence", 0, "saudi-intel-g"),
        ("the Israeli regime", 0, "israel-gov-g"),
    ],
    places=[
        (In("troops in Raqqa", "Raqqa"), 0, "raqqa-gov"),
        ("an airbase", 0, "tabqa-airbase"),
        ("the northern province of Raqqa", 0, "raqqa-gov"),
        ("Tabqa airbase", "*", "tabqa-airbase"),
        ("The base", 0, "tabqa-airbase"),
        (In("outside Raqqa", "Raqqa"), 0, "raqqa"),
        (In("crisis in Syria", "Syria"), 0, "syria"),
        ("the crisis-torn country", 0, "syria"),
        (In("across Syria", "Syria"), 0, "syria"),
        ("Iraq", 0, "iraq"),
    ],
    ops=[
        Op("Capture", "overran", agents=["the ISIL Takfiri terrorists", ("ISIL terrorists", 1)],
           places=[("Tabqa airbase", 0), ("Tabqa airbase", 1), "an airbase", "the northern province of Raqqa"]),
        Op("Redeployment", "fleeing", agents=["Syrian soldiers"], places=[("Tabqa airbase", 1)]),
        Op("Attack", "bomb attacks", agents=[("ISIL terrorists", 2)],
           targets=[("civilians", 0), "government institutions"], places=[In("across Syria", "Syria")],
           time="over the past three years"),
    ],
    figs=[
        Fig("Killed", 250, 250, "exact", ("250 Syrian troops", 0)),
        Fig("Killed", 250, 250, "exact", ("250 Syrian troops", 1), by="reports"),
        Fig("Distance", 45, 45, "about", "some 45 kilometers"),
    ],
    dates=[
        ("Thu Aug 28 2014", ("2014-08-28", "2014-08-28")),
        ("on Wednesday", "wd"),
        ("on Thursday", "wd"),
        ("during the night", ("2014-08-27", "2014-08-28")),
        ("March 2011", ("2011-03-01", "2011-03-31")),
        ("over the past three years", None),
    ],
    attrs=[
        At(["reports"], "indicate", R("The notorious ISIL terrorists", "province of Raqqa")),
        At(["the London-based so-called Syrian Observatory for Human Rights (SOHR)"], "said",
           R("Syrian soldiers captured", "during the night")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965511196",  # corpus published 2016-04-02; dateline "30-04-2016" (al-Manar)
    notes=("Al-Manar (Reuters copy): suicide bombing of an Asayish checkpoint in Qamishli, control of Qamishli and "
           "Hasakeh. Dates: the dateline '30-04-2016' can only be read day-month (30 April 2016, a Saturday; al-Manar's "
           "format, as '23-04-2016' in fakes-1965511200); the corpus 'published' (2016-04-02) contradicts it and the "
           "text (the truce of 'last week' after the Qamishli clashes); dates are resolved against 2016-04-30 (README's "
           "departure for fakes-1924058068, set C's for fakes-1923848246): both 'on Saturday' → 2016-04-30 (the "
           "mechanical rule would give 2016-04-02). 'last week' (as sets B/C, 'الأسبوع الماضي') and 'several days' "
           "are relative (null). The lead sentence is printed twice (FA-KES copy artefact): both copies annotated for "
           "mentions, figures, dates and chains; one operation. Operations: (1) the bombing → one Attack (suicide "
           "bombing, v2 type 11): the title's 'Suicide Bomber Kills' is the first mention, the two lead copies, 'the "
           "attack on the citys demarcation line' and 'who carried out the attack' later ones; places the title's "
           "Syria, both 'a checkpoint' (a local Facility), both 'Syrias', both 'Qamishli', 'the citys demarcation "
           "line' (a local Landmark; one mention, 'the citys' inside it not separate); targets the Kurdish policemen "
           "(→ Asayish). The bomber is a local entity: 'It was not immediately clear who carried out the attack' (not "
           "IS). (2) 'the Takfiri group ISIL has claimed previous bombings in the mainly Kurdish city' → a separate "
           "Attack (earlier bombings, another time; asserted through IS's claim, as set E's 'The city has often "
           "been targeted'), place 'the mainly Kurdish city' (Qamishli), + a chain [ISIL] cue 'has claimed'. (3) "
           "'Control of Qamishli is split between Kurdish fighters and pro-government fighters' → two "
           "TerritorialControl on Qamishli, one per holder (v2: one per actor and place). The next sentences' 'The "
           "army and its ally the National Defense Forces control ... parts of the city' restates the pro-government "
           "side's hold on Qamishli: same operation, agents and 'the city' added. Their joint hold on 'Qamishli "
           "airport' and on 'areas of the provincial capital Hasakeh' → two more TerritorialControl (one per place, "
           "the two allies as joint agents, as ann_ar's joint holders; 'areas of' and 'parts of' are relative "
           "descriptors). 'Nearly all of the rest of the province is controlled by the Kurdish Peoples Protection "
           "Units (YPG)' → TerritorialControl on 'the province' (Hasakeh); 'the mainly Kurdish northern areas they "
           "control' → another TerritorialControl by the YPG (another place: the Kurdish-majority north, a local "
           "Region; 'an autonomous region' declared across it is a mention of the same region). (4) 'after several "
           "days of rare clashes' between the two Qamishli sides → ArmedClash placed in Qamishli (the scene of that "
           "sentence), time 'several days'. Not operations: the truce, 'The army and the Kurds have coordinated on "
           "security against ISIL in surrounding Hasakeh province' (cooperation; no happening of fighting stated), "
           "'tensions have built up'. 'who have declared an autonomous region' is a political act, not a report of "
           "a saying: no chain (judgement call). Actors: the title's 'Five Kurdish Police', 'five Kurdish policemen', "
           "'police' (police said: the Kurdish police of the checkpoint) and 'Jowan Ibrahim the commander of the "
           "Kurdish police known as the Asayish' → Asayish (institution named inside: the mention is 'the Kurdish "
           "police known as the Asayish'); 'Kurdish fighters' and 'the Kurds' (a fighting party next to 'The army') → "
           "YPG (README rule for generic Kurdish forces); 'the Kurdish Peoples Protection Units (YPG)' → YPG; "
           "'pro-government fighters' → pro-government militias; 'The army' → Syrian Arab Army; 'its ally the "
           "National Defense Forces' → the mention 'the National Defense Forces' (NDF, a local Militia entity, "
           "gazetteer name); 'the Takfiri group ISIL', 'ISIL' → Islamic State. 'Four others' (status not stated) and "
           "'the sometimes-rival authorities' (both sides together) are not marked as actors. Places: 'Qamishli "
           "airport' → Qamishli Airport (Facility, Q1432529 verified in qid-evidence, as set F); 'the provincial "
           "capital Hasakeh' → Al-Hasakah city; 'Hasakeh province', 'the province' → the governorate. Figures: the "
           "title's 5 in the article's voice; each lead copy's 5 by its 'police'; 'Four others were wounded' → "
           "Injured 4 by the Asayish commander; 'Nearly all of the rest of the province' has no number (no "
           "TerritoryShare). Chains: each lead copy → [police] (cue 'said'); 'according to Jowan Ibrahim ...' → "
           "[Asayish]; 'has claimed' → [ISIL]."),
    entities={
        "qamishli-bomber": ("ArmedGroup", "suicide bomber of the Qamishli checkpoint (unidentified)", None),
        "ndf-g": ("Militia", "National Defence Forces", None),
    },
    place_entities={
        "qamishli-checkpoint": ("Facility", "Asayish checkpoint (Qamishli)", None),
        "qamishli-demarcation": ("Landmark", "demarcation line between the Kurdish- and government-held parts of Qamishli",
                                 None),
        "qamishli-airport": ("Facility", "Qamishli Airport", "Q1432529"),
        "kurdish-north-g": ("Region", "Kurdish-majority northern areas of Syria (autonomous region declared by the YPG)",
                            None),
    },
    actors=[
        ("Suicide Bomber", 0, "qamishli-bomber"),
        ("Five Kurdish Police", 0, "asayish"),
        ("A suicide bomber", "*", "qamishli-bomber"),
        ("five Kurdish policemen", "*", "asayish"),
        ("the Kurdish police known as the Asayish", 0, "asayish"),
        ("police", "*", "asayish"),
        ("the Takfiri group ISIL", 0, "isis"),
        ("Kurdish fighters", 0, "ypg"),
        ("pro-government fighters", 0, "pro-gov-militias"),
        ("The army", "*", "saa"),
        ("the Kurds", 0, "ypg"),
        ("ISIL", "*", "isis"),
        ("the National Defense Forces", 0, "ndf-g"),
        ("the Kurdish Peoples Protection Units (YPG)", 0, "ypg"),
    ],
    places=[
        (In("Police in Syria", "Syria"), 0, "syria"),
        ("a checkpoint", "*", "qamishli-checkpoint"),
        ("Syrias", "*", "syria"),
        ("Qamishli airport", 0, "qamishli-airport"),
        ("Qamishli", "*", "qamishli"),
        ("the citys demarcation line", 0, "qamishli-demarcation"),
        ("the mainly Kurdish city", 0, "qamishli"),
        ("Hasakeh province", 0, "hasaka-gov"),
        ("the city", "*", "qamishli"),
        ("the provincial capital Hasakeh", 0, "hasakah"),
        ("the province", 0, "hasaka-gov"),
        ("an autonomous region", 0, "kurdish-north-g"),
        ("the mainly Kurdish northern areas", 0, "kurdish-north-g"),
    ],
    ops=[
        Op("Attack", R("Suicide Bomber", "Kills"),
           agents=["Suicide Bomber", ("A suicide bomber", 0), ("A suicide bomber", 1)],
           targets=["Five Kurdish Police", ("five Kurdish policemen", 0), ("five Kurdish policemen", 1)],
           places=[In("Police in Syria", "Syria"), ("a checkpoint", 0), ("Syrias", 0), ("Qamishli", 0),
                   ("a checkpoint", 1), ("Syrias", 1), ("Qamishli", 1), "the citys demarcation line"],
           time=("on Saturday", 0)),
        Op("Attack", "previous bombings", agents=["the Takfiri group ISIL"], places=["the mainly Kurdish city"]),
        Op("TerritorialControl", "Control", agents=["Kurdish fighters"], places=[("Qamishli", 2)]),
        Op("TerritorialControl", "split between",
           agents=["pro-government fighters", ("The army", 1), "the National Defense Forces"],
           places=[("Qamishli", 2), "the city"]),
        Op("ArmedClash", "clashes", agents=["Kurdish fighters", "pro-government fighters"], places=[("Qamishli", 2)],
           time="several days"),
        Op("TerritorialControl", ("control", 0), agents=[("The army", 1), "the National Defense Forces"],
           places=["Qamishli airport"]),
        Op("TerritorialControl", ("control", 0), agents=[("The army", 1), "the National Defense Forces"],
           places=["the provincial capital Hasakeh"]),
        Op("TerritorialControl", "controlled by", agents=["the Kurdish Peoples Protection Units (YPG)"],
           places=["the province"]),
        Op("TerritorialControl", ("control", 2), agents=["the Kurdish Peoples Protection Units (YPG)"],
           places=["the mainly Kurdish northern areas", "an autonomous region"]),
    ],
    figs=[
        Fig("Killed", 5, 5, "exact", "Five Kurdish Police"),
        Fig("Killed", 5, 5, "exact", ("five Kurdish policemen", 0), by=("police", 0)),
        Fig("Killed", 5, 5, "exact", ("five Kurdish policemen", 1), by=("police", 1)),
        Fig("Injured", 4, 4, "exact", "Four others", by="the Kurdish police known as the Asayish"),
    ],
    dates=[
        ("30-04-2016", ("2016-04-30", "2016-04-30")),
        (("on Saturday", 0), ("2016-04-30", "2016-04-30")),
        (("on Saturday", 1), ("2016-04-30", "2016-04-30")),
        ("last week", None),
        ("several days", None),
    ],
    attrs=[
        At([("police", 0)], In("Saturday police said", "said", 0), R("A suicide bomber killed", "on Saturday", 0)),
        At([("police", 1)], In("Saturday police said", "said", 1), R("A suicide bomber killed", "on Saturday", 1)),
        At(["the Kurdish police known as the Asayish"], "according to",
           R("Four others were wounded", "demarcation line")),
        At(["the Takfiri group ISIL"], "has claimed", "previous bombings in the mainly Kurdish city"),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965511200",  # published Sat 2016-04-23 (al-Manar, relaying SANA)
    notes=("SANA via al-Manar: shelling of al-Wafideen Camp (Damascus countryside), of Damascus city and of Aleppo, "
           "Saturday 23 April 2016. The lead sentence is printed twice (FA-KES copy artefact): both copies annotated "
           "for mentions, figures, dates and chains; one operation. The title's 'Terrorist Attacks in Damascus & "
           "Aleppo' sums up all the happenings and is not a trigger (as set A's fakes-1926479017); its places are "
           "mentions only. Operations: (1) 'A mortar shell fired by terrorists on al-Wafideen Camp neighborhood in the "
           "countryside of Damascus on Saturday' → Shelling (mortar), with 'The attack also caused material damage in "
           "the site' as later mention ('the site' = the camp, a place short form). (2) 'Several residential areas in "
           "Damascus city were also shelled by terrorist organizations', detailed as shells landing in al-Salehiyeh "
           "and al-Adawi → one Shelling with Damascus city and the two neighbourhoods. (3) 'The terrorist groups also "
           "fired DShK shells that hit buildings in George Khouri Square and near al-Tijara Park' → a second Damascus "
           "Shelling (another weapon, other places, 'also fired': a separate act, as set A split SANA's Aleppo "
           "summary by place), with George Khouri Square and the summary's 'Damascus city'; 'near al-Tijara Park' is "
           "a reference point (v2) so the park is a place mention but not a place of it. Typed Shelling by the "
           "text's 'shells' (judgement call: a DShK is a heavy machine gun, and machine-gun fire was an Attack in set "
           "C). 'The attacks caused material damage only' refers back. (4) Aleppo: 'terrorists from al-Nusra Front "
           "... targeted neighborhoods in Aleppo city' (first mention, trigger 'targeted') and 'The terrorists fired "
           "rocket shells on the neighborhoods of al-Neel Street and the Mogambo leaving eight people injured' (same "
           "toll, same day) → one Shelling (rocket shells), places the section header 'Aleppo', 'Aleppo city', "
           "al-Neel Street, the Mogambo; time 'Saturday'. Not operations: 'Terrorist groups have recently "
           "intensified their attacks in several provinces' (no place named), the cessation of hostilities. Actors: "
           "the Damascus 'terrorist(s)', 'terrorist organizations', 'The terrorist groups' and the title's "
           "'Terrorist' are not identified (SANA's label) → a local ArmedGroup entity (as sets A/F); 'terrorists from "
           "al-Nusra Front' → the institution mention 'al-Nusra Front', and '(Qaeda branch in the Levant)' an "
           "apposition naming it (→ al-Nusra; 'the Levant' inside is not a place); 'several armed groups operating "
           "under its command' → the mention 'several armed groups' (Syrian rebel factions); 'The terrorists' in "
           "Aleppo (tied to Nusra) → al-Nusra (set C: 'terrorists' tied to a named group → that group); the closing "
           "generic 'Terrorist groups' breaching the truce → Syrian rebel factions. 'a Police Command source' and "
           "'the source' (twice) → a local AnonymousSource (Damascus countryside police); 'a source at Aleppo Police "
           "Command' and the last 'the source' → another ('Aleppo' inside it is not a place); 'SANA reporter' → SANA. "
           "'Child', 'a child', 'a woman', '9 Civilians', 'Eight civilians', 'eight people' → civilians. Places: "
           "'al-Wafideen Camp neighborhood' → the gazetteer's Mukhayyam al Wafidin (no QID); 'the countryside of "
           "Damascus' → Rif Dimashq (SANA's 'Damascus Countryside', as set C); Damascus neighbourhoods, George Khouri "
           "Square, al-Tijara Park, al-Neel Street and the Mogambo → local places (no QID); 'several provinces' "
           "(generic) not a place. Figures: the title's 'Child killed' (1) and '9 Civilians' injured in the article's "
           "voice; each lead copy's child killed (1) and woman injured (1) by its police source; 'Eight civilians' "
           "(no speaker in its sentence) in the article's voice and 'eight people injured' by the Aleppo source; "
           "'without any human casualties' (a zero) is not annotated as a figure (no earlier gold has a zero "
           "figure; judgement call); counts of shells are not figures. Dates: the three Saturdays → 2016-04-23; "
           "'recently' unresolved; 'on February 27' → 2016-02-27 (the latest February 27 before publication). "
           "Chains: 'according to a Police Command source' per copy → [source]; 'the source told SANA reporter' → "
           "[SANA, source]; 'the source confirmed' → [source] (the damage sentence only: the preceding account of "
           "the Damascus city shelling is in the article's voice); 'a source at Aleppo Police Command said in a "
           "statement to SANA reporter' → [SANA, source]; 'the source added' → [source]."),
    entities={
        "terrorists-g": ("ArmedGroup", "armed groups called 'terrorists' by SANA (unidentified)", None),
        "damascus-police-source-g": ("AnonymousSource", "a source at the Police Command (Damascus countryside)", None),
        "aleppo-police-source-g": ("AnonymousSource", "a source at Aleppo Police Command", None),
    },
    place_entities={
        "wafideen": ("CityOrTown", "Mukhayyam al Wafidin", None),
        "salehiyeh-damascus": ("Neighbourhood", "al-Salihiyah (Damascus)", None),
        "adawi-damascus": ("Neighbourhood", "al-Adawi (Damascus)", None),
        "george-khouri-sq": ("Landmark", "George Khouri Square (Damascus)", None),
        "tijara-park": ("Landmark", "al-Tijara Park (Damascus)", None),
        "neel-street-aleppo": ("Neighbourhood", "al-Neel Street (Aleppo)", None),
        "mogambo-aleppo": ("Neighbourhood", "al-Mogambo (Aleppo)", None),
    },
    actors=[
        ("Child", 0, "civilians"),
        ("9 Civilians", 0, "civilians"),
        (In("in Terrorist Attacks", "Terrorist"), 0, "terrorists-g"),
        ("The terrorists", 0, "nusra"),
        ("terrorist organizations", 0, "terrorists-g"),
        ("The terrorist groups", 0, "terrorists-g"),
        ("terrorists", [0, 1], "terrorists-g"),
        ("a child", "*", "civilians"),
        ("a woman", "*", "civilians"),
        ("a Police Command source", "*", "damascus-police-source-g"),
        ("the source", [0, 1], "damascus-police-source-g"),
        ("the source", 0, "aleppo-police-source-g"),
        ("SANA reporter", "*", "sana"),
        ("Eight civilians", 0, "civilians"),
        ("al-Nusra Front", 0, "nusra"),
        ("Qaeda branch in the Levant", 0, "nusra"),
        ("several armed groups", 0, "rebels"),
        ("eight people", 0, "civilians"),
        ("a source at Aleppo Police Command", 0, "aleppo-police-source-g"),
        ("Terrorist groups", 0, "rebels"),
    ],
    places=[
        (In("Attacks in Damascus", "Damascus"), 0, "damascus"),
        (In("Damascus & Aleppo", "Aleppo"), 0, "aleppo"),
        ("al-Wafideen Camp neighborhood", "*", "wafideen"),
        ("the countryside of Damascus", "*", "rif-dimashq"),
        ("the site", 0, "wafideen"),
        ("Damascus city", 0, "damascus"),
        ("al-Salehiyeh neighborhood", 0, "salehiyeh-damascus"),
        ("al-Adawi neighborhood", 0, "adawi-damascus"),
        ("George Khouri Square", 0, "george-khouri-sq"),
        ("al-Tijara Park", 0, "tijara-park"),
        ("Aleppo city", 0, "aleppo"),
        ("Aleppo", "*", "aleppo"),
        ("al-Neel Street", 0, "neel-street-aleppo"),
        ("the Mogambo", 0, "mogambo-aleppo"),
    ],
    ops=[
        Op("Shelling", ("mortar shell", 0), agents=[("terrorists", 0), ("terrorists", 1)],
           places=[("al-Wafideen Camp neighborhood", 0), ("the countryside of Damascus", 0),
                   ("al-Wafideen Camp neighborhood", 1), ("the countryside of Damascus", 1), "the site"],
           time=("on Saturday", 0)),
        Op("Shelling", "shelled", agents=["terrorist organizations"],
           places=["Damascus city", "al-Salehiyeh neighborhood", "al-Adawi neighborhood"]),
        Op("Shelling", "fired DShK shells", agents=["The terrorist groups"],
           places=["George Khouri Square", "Damascus city"]),
        Op("Shelling", In("command targeted", "targeted"),
           agents=["al-Nusra Front", "Qaeda branch in the Levant", "several armed groups", "The terrorists"],
           places=[("Aleppo", 1), "Aleppo city", "al-Neel Street", "the Mogambo"],
           time=In("injured Saturday", "Saturday")),
    ],
    figs=[
        Fig("Killed", 1, 1, "exact", "Child killed"),
        Fig("Injured", 9, 9, "exact", "9 Civilians"),
        Fig("Killed", 1, 1, "exact", ("a child dead", 0), by=("a Police Command source", 0)),
        Fig("Injured", 1, 1, "exact", ("a woman injured", 0), by=("a Police Command source", 0)),
        Fig("Killed", 1, 1, "exact", ("a child dead", 1), by=("a Police Command source", 1)),
        Fig("Injured", 1, 1, "exact", ("a woman injured", 1), by=("a Police Command source", 1)),
        Fig("Injured", 8, 8, "exact", "Eight civilians"),
        Fig("Injured", 8, 8, "exact", "eight people", by="a source at Aleppo Police Command"),
    ],
    dates=[
        ("23-04-2016", ("2016-04-23", "2016-04-23")),
        (("on Saturday", 0), "wd"),
        (("on Saturday", 1), "wd"),
        (In("injured Saturday", "Saturday"), "wd"),
        ("recently", None),
        ("on February 27", ("2016-02-27", "2016-02-27")),
    ],
    attrs=[
        At([("a Police Command source", 0)], ("according to", 0), R("A mortar shell", "a woman injured", 0)),
        At([("a Police Command source", 1)], ("according to", 1), R("A mortar shell", "a woman injured", 1)),
        At([("SANA reporter", 0), ("the source", 0)], "told", "The attack also caused material damage in the site"),
        At([("the source", 1)], "confirmed", "The attacks caused material damage only without any human casualties"),
        At([("SANA reporter", 1), "a source at Aleppo Police Command"], "said in a statement",
           R("The terrorists fired rocket shells", "eight people injured")),
        At([("the source", 2)], "added", "The attacks caused material damage to the public and private properties"),
    ],
))
