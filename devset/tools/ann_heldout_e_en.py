"""Fifth held-out test set specs (devset/heldout-e): the English (FA-KES) articles.

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
FA-KES stripped most commas and apostrophes ("Syrias", "Turkeys", "Assads"): spans keep the text as it is.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1915433695",  # published Sat 2016-07-02
    notes=("Regime shelling of Jayrud (Qalamoun) after rebels executed a downed pilot (alaraby). One Shelling: 'a "
           "revenge shelling attack' is the trigger; 'Syrian regime shelling in a rebel-held town' and 'The "
           "bombardment hit the town of Jayrud on Saturday' are later mentions (places added; 'near Damascus' / "
           "'northeast of the Syrian capital' are reference points). 'The Syrian regime' shelling → Syrian Arab Army; "
           "'a local truce with the regime' → Government of Syria. 'rebel-held town' → TerritorialControl. The "
           "execution of the pilot is not an operation (set C: executions are not); the truce is not. Shooting down "
           "aircraft is taken as an Attack (other means; no v2 type names it): the pilot's plane 'shot down by Jaish "
           "al-Islam' (place: Jayrud, where the context puts the pilot; time: 'forced to eject on Friday'; state "
           "media's 'crashed due to technical failure' is a counter-claim, the assertion is annotated) and the regime "
           "drone near al-Bahariya in eastern Ghouta (Saturday). 'Several government aircraft have been shot down ... "
           "since the civil war erupted' has no place: not annotated. The pilot ('a downed pilot', 'a downed "
           "government pilot', 'a pilot', 'an air force pilot', 'the pilot', 'Lieutenant Nawras Hassan', 'the "
           "captured pilot') → Syrian Arab Air Force, as are 'Several government aircraft' and 'a regime drone'. "
           "'Jaish al-Islam spokesman Islam Alloush' → the mention 'Jaish al-Islam' (institution named inside); the "
           "later bare 'Alloush' → Jaysh al-Islam. 'the Saudi-backed Jaish al-Islam' is one mention (as 'the "
           "US-backed Syrian Democratic Forces' in the dev set); 'al-Qaeda affiliate al-Nusra Front' one mention; 'the "
           "al-Qaida affiliate' → al-Nusra. 'Prominent figures in Jayrud' (local notables who made a truce) → a local "
           "Civilians entity; 'medical staff' → civilians; the '43 people' are not marked as actors (not said to be "
           "civilians; as set C's 'Two people'). The 'Tags' line is annotated for names (Syria, Jayrud, Qalamoun, Jaish "
           "al-Islam, al-Nusra Front), not for its common nouns. 'Twitter' (platform, photo credit) is not an actor. "
           "'is considered a terrorist group by' is a stance, not a saying: no attribution. 'five years ago' and "
           "'for at least two years' are relative (null)."),
    entities={
        "jayrud-notables": ("Civilians", "local notables of Jayrud", None),
    },
    place_entities={
        "jayrud": ("CityOrTown", "Jayrud", "Q6167965"),
        "bahariya": ("CityOrTown", "Al Bahhariyah", None),
    },
    actors=[
        ("The Syrian regime", 0, "saa"),
        ("a downed pilot", 0, "syr-air"),
        ("Islamist rebels", 0, "rebels"),
        ("rebels", "*", "rebels"),
        (In("Jaish al-Islam spokesman", "Jaish al-Islam"), 0, "jaysh-al-islam"),
        ("the Saudi-backed Jaish al-Islam", 0, "jaysh-al-islam"),
        ("Jaish al-Islam", "*", "jaysh-al-islam"),
        ("al-Qaeda affiliate al-Nusra Front", 0, "nusra"),
        ("al-Nusra Front", "*", "nusra"),
        (In("rebel-held", "rebel"), 0, "rebels"),
        (In("by Syrian regime shelling", "Syrian regime"), 0, "saa"),
        ("a downed government pilot", 0, "syr-air"),
        ("a pilot", 0, "syr-air"),
        ("medical staff", 0, "civilians"),
        ("the Syrian Observatory for Human Rights", 0, "sohr"),
        ("Prominent figures", 0, "jayrud-notables"),
        (In("truce with the regime", "the regime"), 0, "syr-gov"),
        ("an air force pilot", 0, "syr-air"),
        ("members of al-Nusra", 0, "nusra"),
        ("the captured pilot", 0, "syr-air"),
        ("the pilot", "*", "syr-air"),
        ("Alloush", [1, 2], "jaysh-al-islam"),
        ("Lieutenant Nawras Hassan", 0, "syr-air"),
        ("Syrian state media", 0, "syr-state-media"),
        ("Rebel groups", 0, "rebels"),
        ("the hardline Ahrar al-Sham", 0, "ahrar-al-sham"),
        ("the al-Qaida affiliate", 0, "nusra"),
        ("the Syrian government", 0, "syr-gov"),
        ("Russia", 0, "ru-gov"),
        ("Several government aircraft", 0, "syr-air"),
        ("a regime drone", 0, "syr-air"),
    ],
    places=[
        ("the town of Jayrud", "*", "jayrud"),
        ("Jayrud", "*", "jayrud"),
        ("Damascus", "*", "damascus"),
        ("Syria", 0, "syria"),
        ("Qalamoun", 0, "qalamoun"),
        (In("rebel-held town", "town"), 0, "jayrud"),
        ("the Syrian capital", 0, "damascus"),
        ("the village of al-Bahariya", 0, "bahariya"),
        ("eastern Ghouta", 0, "east-ghouta"),
    ],
    ops=[
        Op("Shelling", "shelling attack",
           agents=["The Syrian regime", In("by Syrian regime shelling", "Syrian regime")],
           places=[("the town of Jayrud", 0), In("rebel-held town", "town"), ("the town of Jayrud", 1)],
           time=("on Saturday", 0)),
        Op("TerritorialControl", "rebel-held", agents=[In("rebel-held", "rebel")],
           places=[In("rebel-held town", "town")]),
        Op("Attack", "was shot down", agents=[In("shot down by Jaish al-Islam", "Jaish al-Islam")],
           targets=["an air force pilot"], places=[In("pilot in Jayrud", "Jayrud")], time=("on Friday", 0)),
        Op("Attack", In("it had shot down", "shot down"),
           agents=[In("Saturday Jaish al-Islam said", "Jaish al-Islam")], targets=["a regime drone"],
           places=["the village of al-Bahariya", "eastern Ghouta"], time=("on Saturday", 1)),
    ],
    figs=[
        Fig("Killed", 43, None, "more-than", "at least 43 people"),
        Fig("Killed", 43, None, "more-than", "At least 43 people"),
        Fig("Killed", 2, None, "more-than", "At least two of the killed",
            by="the Syrian Observatory for Human Rights"),
        Fig("Distance", 60, 60, "exact", "60 kilometres"),
        Fig("Killed", 280000, None, "more-than", "more than 280000 people"),
        Fig("Displaced", 1000000, 9999999, "vague", "millions"),
    ],
    dates=[
        ("2 July 2016", ("2016-07-02", "2016-07-02")),
        (("on Saturday", 0), "wd"),
        (("on Friday", 0), "wd"),
        ("for at least two years", None),
        (("on Friday", 1), "wd"),
        (In("a Friday statement", "Friday"), "wd"),
        ("five years ago", None),
        (("on Saturday", 1), "wd"),
    ],
    attrs=[
        At(["the Syrian Observatory for Human Rights"], In("Rahman said", "said"),
           "At least two of the killed in Jayrud were medical staff"),
        At(["the Syrian Observatory for Human Rights"], In("he added", "added"),
           R("Prominent figures", "fired on each other")),
        At([In("Jaish al-Islam spokesman", "Jaish al-Islam")], In("Alloush said on Friday", "said"),
           R("al-Nusra Front had executed", "shot down by Jaish al-Islam")),
        At([("Alloush", 0)], In("Alloush said on Twitter", "said"), R("We have been surprised", "hand him over us")),
        At([("Alloush", 1)], "identified", R("the pilot as Lieutenant", "Nawras Hassan")),
        At(["Syrian state media"], In("state media said", "said"), "would not go unpunished"),
        At(["Syrian state media"], In("It added", "added"), R("that the plane had crashed", "training mission")),
        At([In("Saturday Jaish al-Islam said", "Jaish al-Islam")], In("Jaish al-Islam said it", "said"),
           R("it had shot down a regime drone", "in eastern Ghouta")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923848289",  # published Mon 2016-10-03 (dateline 'Monday 3 Oct 2016', text UPDATED on Tuesday)
    notes=("IS-claimed suicide bombing of a Kurdish wedding in Tall Tawil (Hasakeh), AFP. The bombing (late Monday "
           "3 October) is one Attack: the title's 'Suicide attack' is the trigger; 'has struck a wedding', 'blew "
           "himself up', 'the attack' and IS's claim ('fired on a large gathering ... before blowing himself up') are "
           "later mentions; places: the title's and lead's Syria, Tall Tawil, Hasakeh province and the wedding hall "
           "(Facility; 'near Hasakeh city' in the claim is a reference point). Agents: the bomber mentions and IS's "
           "'one of its fighters' (the claim asserts it). The bomber ('A suicide bomber', 'The bomber', 'a man "
           "wearing a thick black jacket' in the witness quote) is a local entity (as set D's Rashidin bomber): the "
           "article states IS's claim, not IS's responsibility. Dates: 'on Tuesday morning' (the morning after the "
           "late-Monday bombing, in an updated text) is resolved to 2016-10-04, not by the mechanical rule (which "
           "would give 2016-09-27): a deliberate departure like README's for fakes-1923102896. 'Hasakeh city is "
           "almost entirely held by Kurdish forces but Syrias regime still holds some districts' → two "
           "TerritorialControl on Hasakeh city ('some districts' a relative descriptor); 'Kurdish forces' / 'Kurdish "
           "fighters' → YPG (README rule for generic Kurdish fighting forces); 'Syrias regime' holding districts → "
           "Syrian Arab Army. 'The city has often been targeted by IS group militants' → Attack (means unstated). "
           "'an Arab-Kurdish coalition battling IS in northern Syria' → ArmedClash. The groom ('a Kurdish party "
           "official', 'The groom Zaradesht Mustafa Fatimi', 'Fatimi') is a private individual at his wedding → a "
           "local Civilians entity; 'a local Kurdish party' → a local Government entity (not said to be the PYD); "
           "'Kurdish factions' running the administration likewise local. 'an AFP photographer' and 'an official from "
           "the autonomous administration' → institution named inside ('AFP', 'the autonomous administration'). 'a "
           "witness named Ahmad' → a witness (AnonymousSource, README list); 'a relative' (private individual who "
           "speaks) → Civilians. The '40 people' of IS's claim are, in the claim, Kurdish fighters: not marked as "
           "civilians. Wedding victims ('32 people', '100 people', '31 people', 'People') → civilians. The title's "
           "'kills 32 Medical source' gives the toll with its source (stated_by, no cue: no attribution); the "
           "header 'AFP' is a byline (actor, not attribution). The medical source and the witnesses of the lead "
           "→ two one-hop chains with the same cue. 'a few seconds later' (in the quote) is annotated, unresolved."),
    entities={
        "medical-source": ("AnonymousSource", "a medical source (Hasakeh)", None),
        "wedding-bomber": ("ArmedGroup", "suicide bomber of the Tall Tawil wedding (claimed by IS)", None),
        "groom": ("Civilians", "the groom (Zaradesht Mustafa Fatimi)", None),
        "relative": ("Civilians", "a relative of the groom", None),
        "aanes": ("Government", "Autonomous Administration of North and East Syria", None),
        "kurdish-factions": ("Government", "Kurdish factions (running the autonomous administration)", None),
        "kurdish-party": ("Government", "a local Kurdish party", None),
    },
    place_entities={
        "tall-tawil": ("CityOrTown", "Tall Tawil", None),
        "wedding-hall": ("Facility", "wedding hall (Tall Tawil)", None),
    },
    actors=[
        ("Medical source", 0, "medical-source"),
        ("AFP", "*", "afp"),
        ("A suicide bomber", 0, "wedding-bomber"),
        ("the bride and groom", "*", "civilians"),
        ("32 people", 0, "civilians"),
        ("a medical source", 0, "medical-source"),
        ("witnesses", 0, "witness"),
        ("The bomber", 0, "wedding-bomber"),
        ("a Kurdish party official", 0, "groom"),
        ("a witness named Ahmad", 0, "witness"),
        ("a man wearing a thick black jacket", 0, "wedding-bomber"),
        ("People", 0, "civilians"),
        ("100 people", 0, "civilians"),
        ("the medical source", 0, "medical-source"),
        ("The Syrian Observatory for Human Rights", 0, "sohr"),
        ("a British-based monitoring group", 0, "sohr"),
        ("31 people", 0, "civilians"),
        ("The Islamic State (IS) militant group", 0, "isis"),
        ("one of its fighters", 0, "isis"),
        ("Kurdish fighters", 0, "ypg"),
        ("the groom and bride", 0, "civilians"),
        ("the grooms father and brother", 0, "civilians"),
        ("a relative", 0, "relative"),
        ("The groom Zaradesht Mustafa Fatimi", 0, "groom"),
        ("the autonomous administration", "*", "aanes"),
        ("Kurdish factions", 0, "kurdish-factions"),
        ("Fatimi", "*", "groom"),
        ("a local Kurdish party", 0, "kurdish-party"),
        ("The Observatory", 0, "sohr"),
        ("the Syrian Democratic Forces", 0, "sdf"),
        ("an Arab-Kurdish coalition", 0, "sdf"),
        ("IS group militants", 0, "isis"),
        ("IS", "*", "isis"),
        ("Kurdish forces", 0, "ypg"),
        ("Syrias regime", 0, "saa"),
    ],
    places=[
        ("the village of Tall Tawil", 0, "tall-tawil"),
        ("Hasakeh province", 0, "hasaka-gov"),
        ("the wedding hall", 0, "wedding-hall"),
        ("Hasakeh city", "*", "hasakah"),
        ("The city", 0, "hasakah"),
        ("Syria", "*", "syria"),
    ],
    ops=[
        Op("Attack", "Suicide attack",
           agents=["A suicide bomber", "The bomber", "one of its fighters"],
           places=[("Syria", 0), ("Syria", 1), "the village of Tall Tawil", "Hasakeh province", "the wedding hall"],
           time="late Monday"),
        Op("TerritorialControl", "held by", agents=["Kurdish forces"], places=[("Hasakeh city", 2)]),
        Op("TerritorialControl", "still holds", agents=["Syrias regime"], places=[("Hasakeh city", 2)]),
        Op("Attack", "has often been targeted", agents=["IS group militants"], places=["The city"]),
        Op("ArmedClash", "battling", agents=["the Syrian Democratic Forces", "an Arab-Kurdish coalition"],
           targets=[In("battling IS", "IS")], places=[In("northern Syria", "Syria")]),
    ],
    figs=[
        Fig("Killed", 32, 32, "exact", "kills 32", by="Medical source"),
        Fig("Killed", 32, 32, "exact", "killing 32 people", by="a medical source"),
        Fig("Injured", 10, 99, "vague", "wounding dozens", by="a medical source"),
        Fig("Injured", 100, 100, "about", "About 100 people", by="the medical source"),
        Fig("Killed", 31, 31, "exact", "31 people killed", by="The Syrian Observatory for Human Rights"),
        Fig("Killed", 40, 40, "exact", "40 people had been killed", by="The Islamic State (IS) militant group"),
    ],
    dates=[
        ("Monday 3 Oct 2016", ("2016-10-03", "2016-10-03")),
        ("late Monday", "wd"),
        ("on Tuesday morning", ("2016-10-04", "2016-10-04")),
        ("a few seconds later", None),
    ],
    attrs=[
        At(["a medical source"], In("witnesses said", "said"), R("A suicide bomber has struck", "wounding dozens")),
        At(["witnesses"], In("witnesses said", "said"), R("A suicide bomber has struck", "wounding dozens")),
        At([In("an AFP photographer", "AFP")], ("according to", 0), R("Rows of seats", "on Tuesday morning")),
        At(["a witness named Ahmad"], In("Ahmad said", "said"), R("As the bride and groom", "torn to bits")),
        At(["the medical source"], ("according to", 1), "About 100 people were wounded"),
        At(["The Syrian Observatory for Human Rights"], In("monitoring group gave", "gave"),
           R("a slightly lower toll", "31 people killed")),
        At(["The Islamic State (IS) militant group"], In("militant group said", "said"),
           R("one of its fighters", "before blowing himself up")),
        At(["The Islamic State (IS) militant group"], In("a wedding said", "said"), "40 people had been killed"),
        At([("AFP", 2), "a relative"], In("a relative told", "told"),
           R("Both the groom and bride", "killed in the attack")),
        At(["a relative"], In("anyone\" he said", "said"), R("The grooms wounds", "shaken up by this")),
        At([In("from the autonomous administration", "the autonomous administration")], "According to",
           R("Fatimi works", "Kurdish party")),
        At(["The Observatory"], In("The Observatory said", "said"), R("he is also a member", "in northern Syria")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1926478915",  # published Wed 2015-07-22
    notes=("Syrian Coalition (SNC) release on two regime air attacks on Aleppo. The barrel bomb attack on al-Bureij "
           "is one Airstrike (README/v2: barrel bombs → Airstrike): the title's 'Barrel Bomb Attack on Rural Aleppo' "
           "is the trigger; 'committed a horrific massacre' and 'a barrel bomb attack that targeted the town' are "
           "later mentions (places: Rural Aleppo, al-Bureij, 'the town'; 'northeast of Aleppo' is a reference "
           "point). No time is stated for it. 'Assads air force pounded the neighborhood of Al-Maghayer in Aleppo' "
           "yesterday → a second Airstrike (another place and day; 'in Aleppo' is containment, kept). 'The Assad "
           "regime' committing the barrel-bomb massacre → Syrian Arab Air Force (set D convention for the regime with "
           "air attacks); 'the Assad regimes continued atrocities' and 'legal recognition of the Assad regime' → "
           "Government of Syria. 'to rein in Assads air force' and the safe areas are aims, not operations. The "
           "Coalition is not humanitarian: its condolences and emphasis are attributions, not statements. 'the "
           "people of Aleppo' (residents) → civilians, with 'Aleppo' inside it also a place mention; 'the Syrian "
           "people' / 'The Syrians' are national populations (not annotated). 'families of the victims' and 'the "
           "wounded' → civilians. 'the international community' → a local Government entity (as set D). The "
           "figures are in the release's own voice (no speaker named in their sentences). The trailing '(Source: "
           "Syrian Coalition)' is an actor mention, not an attribution; 'Twitter' is not an actor."),
    entities={
        "intl-community": ("Government", "the international community", None),
    },
    place_entities={
        "aleppo-countryside": ("Region", "Aleppo countryside", None),
        "bureij": ("CityOrTown", "al-Bureij (northeast of Aleppo)", None),
        "maghayer": ("Neighbourhood", "Al-Maghayer (Aleppo)", None),
    },
    actors=[
        ("18 Civilians", 0, "civilians"),
        ("The Assad regime", 0, "syr-air"),
        ("18 civilians", 0, "civilians"),
        ("Twenty-six civilians", 0, "civilians"),
        ("Assads air force", "*", "syr-air"),
        ("26 civilians", 0, "civilians"),
        ("children and women", 0, "civilians"),
        ("The Syrian Coalition", "*", "syrian-national-coalition"),
        ("families of the victims", 0, "civilians"),
        ("the wounded", 0, "civilians"),
        ("the people of Aleppo", 0, "civilians"),
        ("the Assad regimes", 0, "syr-gov"),
        ("the international community", "*", "intl-community"),
        ("Syrian civilians", 0, "civilians"),
        ("the Assad regime", "*", "syr-gov"),
        ("Syrian Coalition", "*", "syrian-national-coalition"),
    ],
    places=[
        ("Rural Aleppo", 0, "aleppo-countryside"),
        ("the village of al-Bureij", 0, "bureij"),
        ("the town", 0, "bureij"),
        ("the neighborhood of Al-Maghayer", 0, "maghayer"),
        ("Aleppo", "*", "aleppo"),
        (In("people of Aleppo", "Aleppo"), 0, "aleppo"),
    ],
    ops=[
        Op("Airstrike", "Barrel Bomb Attack", agents=["The Assad regime"],
           places=["Rural Aleppo", "the village of al-Bureij", "the town"]),
        Op("Airstrike", "pounded", agents=[("Assads air force", 0)],
           places=["the neighborhood of Al-Maghayer", In("Al-Maghayer in Aleppo", "Aleppo")], time="yesterday"),
    ],
    figs=[
        Fig("Killed", 18, 18, "exact", "18 Civilians Killed"),
        Fig("Killed", 18, 18, "exact", "18 civilians were killed"),
        Fig("Injured", 10, 99, "vague", "dozens wounded"),
        Fig("Killed", 26, 26, "exact", "Twenty-six civilians"),
        Fig("Killed", 26, 26, "exact", "killing 26 civilians"),
    ],
    dates=[
        ("Wednesday 22 July 2015", ("2015-07-22", "2015-07-22")),
        ("yesterday", "yest"),
    ],
    attrs=[
        At([("The Syrian Coalition", 0)], "extends condolences", R("to families of the victims", "solidarity with them")),
        At([("The Syrian Coalition", 1)], "emphasizes", R("the Assad regimes continued", "rein in Assads air force")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1962495730",  # published Wed 2016-09-07
    notes=("IS rocket attack on Turkish tanks near al-Rai during Euphrates Shield (Alalam, citing NTV and Press TV). "
           "'a Daesh rocket attack on two of its tanks' → Shelling (v2: rocket fire from the ground), with the "
           "title's 'Daesh Attack in N Syria' and the lead's 'an attack by the Daesh Takfiri terrorist group in "
           "northern Syria' as mentions of it (places: al-Rai, the lead's and title's Syria; 'near the Turkish "
           "border' a reference point). 'on Tuesday' dates the army's statement carried by NTV, so the operation "
           "has no time. 'clashes in the same region' → ArmedClash (agents: the pro-Turkey militants killed in "
           "them; 'the same region' a local Region around al-Rai). 'Turkeys recent incursion into Syria' is the "
           "first mention of Euphrates Shield → one GroundOffensive (named operation); 'launched their first "
           "coordinated offensive in Syria' On August 24, 'the intervention', 'the operation dubbed Euphrates "
           "Shield' and 'the offensive' are later mentions; 'backed by planes from the US-led coalition' → "
           "supporter. 'Turkish-backed militants seized the city of Jarablus' → Capture ('Hours after the beginning "
           "of the offensive', unresolved). 'aimed at terror groups' and 'wanted to establish a safe zone' are aims. "
           "'Turkeys' (incursion) and 'Ankara' → Government of Turkey; 'The Turkish military' / 'the army' / 'the "
           "Turkish army' / 'Turkish special forces tanks and jets' / soldiers, tanks, helicopters, 'the wounded' → "
           "Turkish Armed Forces. 'pro-Turkey Syria militants' / 'Turkish-backed militants' → Syrian National Army "
           "(README rule). 'the Democratic Union Party (PYD)' and its apposition 'a US-backed Kurdish group' → PYD "
           "(gazetteer QID Q864766). Erdogan's generic 'terror groups' (covering the named Daesh and PYD) is not a "
           "separate mention. 'the Turkish border' → Turkey (as set C); 'the Turkish-Syrian border' (two countries, "
           "a reference line) is not annotated. The 98-kilometre area is a local Region (place) and a Distance "
           "figure (stated by Ankara's clause); the '(61-mile)' restates it. NTV carried the army's statement → "
           "chain [NTV, the army]; 'the Turkish army statement added' → [the Turkish army]. 'with Ankara saying' "
           "inside the sentence Press TV reported → [Press TV, Ankara], and Press TV's report of that sentence → "
           "[Press TV]. 'The Turkish television showed pictures' is not a saying. '218-11' is a byline code."),
    entities={
        "ntv": ("MediaOrganisation", "NTV (Turkey)", None),
        "press-tv": ("MediaOrganisation", "Press TV", None),
        "pyd": ("Government", "Democratic Union Party", "Q864766"),
    },
    place_entities={
        "al-rai": ("CityOrTown", "al-Rai (gazetteer: Tchoban Bey)", None),
        "al-rai-region": ("Region", "the region around al-Rai", None),
        "jarablus": ("CityOrTown", "Jarabulus", "Q1149502"),
        "azaz": ("CityOrTown", "Azaz", "Q277674"),
        "jarablus-azaz-area": ("Region", "the 98-km area from Jarablus to Azaz", None),
    },
    actors=[
        ("4 Turkish Troopers", 0, "tr-armed"),
        ("the Daesh Takfiri terrorist group", 0, "isis"),
        ("Daesh", "*", "isis"),
        ("The Turkish military", 0, "tr-armed"),
        ("four of its soldiers", 0, "tr-armed"),
        ("four others", 0, "tr-armed"),
        ("Turkeys NTV television", 0, "ntv"),
        (In("the army said", "the army"), 0, "tr-armed"),
        ("two of its tanks", 0, "tr-armed"),
        (In("Turkeys recent", "Turkeys"), 0, "tr-gov"),
        ("The Turkish television", 0, "ntv"),
        ("military helicopters", 0, "tr-armed"),
        ("the wounded", 0, "tr-armed"),
        ("two pro-Turkey Syria militants", 0, "sna"),
        ("two others", 0, "sna"),
        ("the Turkish army", 0, "tr-armed"),
        ("Turkish special forces tanks and jets", 0, "tr-armed"),
        ("planes from the US-led coalition", 0, "us-coalition"),
        ("Damascus", 0, "syr-gov"),
        ("Turkish President Recep Tayyip Erdogan", 0, "tr-gov"),
        ("the Democratic Union Party (PYD)", 0, "pyd"),
        ("a US-backed Kurdish group", 0, "pyd"),
        ("Turkish-backed militants", 0, "sna"),
        ("Ankara", 0, "tr-gov"),
        ("Press TV", 0, "press-tv"),
    ],
    places=[
        ("Syria", "*", "syria"),
        ("the town of al-Rai", 0, "al-rai"),
        ("the Turkish border", 0, "turkey"),
        (In("to Turkey for", "Turkey"), 0, "turkey"),
        ("the same region", 0, "al-rai-region"),
        ("the city of Jarablus", 0, "jarablus"),
        (In("(61-mile) area", "area"), 0, "jarablus-azaz-area"),
        ("Jarablus", "*", "jarablus"),
        ("the city of Azaz", 0, "azaz"),
    ],
    ops=[
        Op("Shelling", "rocket attack",
           agents=[("Daesh", 0), "the Daesh Takfiri terrorist group", In("Daesh rocket", "Daesh")],
           targets=["two of its tanks"],
           places=["the town of al-Rai", ("Syria", 0), ("Syria", 1)]),
        Op("ArmedClash", "clashes", agents=["two pro-Turkey Syria militants"], places=["the same region"]),
        Op("GroundOffensive", "incursion",
           agents=[In("Turkeys recent", "Turkeys"), "Turkish special forces tanks and jets"],
           supporters=["planes from the US-led coalition"],
           places=[In("incursion into Syria", "Syria"), In("offensive in Syria", "Syria")],
           time="On August 24"),
        Op("Capture", "seized", agents=["Turkish-backed militants"], places=["the city of Jarablus"],
           time="Hours after the beginning of the offensive"),
    ],
    figs=[
        Fig("Killed", 4, 4, "exact", "4 Turkish Troopers Killed"),
        Fig("Injured", 4, 4, "exact", "4 Wounded"),
        Fig("Killed", 4, 4, "exact", "four of its soldiers", by="The Turkish military"),
        Fig("Injured", 4, 4, "exact", "four others", by="The Turkish military"),
        Fig("Killed", 2, 2, "exact", "two pro-Turkey Syria militants", by="the Turkish army"),
        Fig("Injured", 2, 2, "exact", "two others", by="the Turkish army"),
        Fig("Distance", 98, 98, "exact", "98-kilometer", by="Ankara"),
    ],
    dates=[
        ("Wed Sep 7 2016", ("2016-09-07", "2016-09-07")),
        ("on Tuesday", "wd"),
        ("On August 24", ("2016-08-24", "2016-08-24")),
        ("Hours after the beginning of the offensive", None),
    ],
    attrs=[
        At(["The Turkish military"], "has saaid", R("four of its soldiers", "in northern Syria")),
        At(["Turkeys NTV television", In("the army said", "the army")], In("the army said", "said"),
           R("the casualties came after", "near the Turkish border")),
        At(["the Turkish army"], In("statement added", "added"), R("two pro-Turkey Syria militants", "the same region")),
        At(["Damascus"], "denounced", R("the intervention", "its sovereignty")),
        At(["Turkish President Recep Tayyip Erdogan"], In("Erdogan said", "said"),
           R("the operation dubbed", "based in Syria")),
        At(["Press TV", "Ankara"], "saying", R("that it wanted to establish", "the city of Azaz")),
        At(["Press TV"], "reported", R("Hours after the beginning", "the city of Azaz")),
    ],
))
