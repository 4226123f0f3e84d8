"""Sixth held-out test set specs (devset/heldout-f): annotated from the article text,
docs/gold-format.md (operations: guidelines version 2) and the "Annotation guidelines" of
devset/README.md, without reading or running the extractor.
"""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
A = SPECS.append

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1919191763",  # published Sun 2017-04-09 (TRT World)
    notes=("TRT World round-up: air strikes on Urum al-Joz (Idlib), diplomacy after the Khan Shaykhun chemical attack. "
           "(1) The Urum al-Joz strikes are one Airstrike (one place, one day, one toll): 'Air strikes have struck "
           "Syrias town of Urum al-Joz' is the trigger; SOHR's 'The attack believed to have been carried out by "
           "Russian aircraft' and the Civil Defence's 'the two air raids on the town on Saturday afternoon' are later "
           "mentions (the two raids on one occasion are one Airstrike; the differing tolls 18 / 19 are the two "
           "sources' figures of it); agent 'Russian aircraft' (hedged 'believed', still the only agent stated). "
           "(2) The Khan Shaykhun chemical attack (Tuesday) is one operation whose first mention is the photo "
           "caption's 'the toxic gas attack'; 'the poison gas attack in Syria', 'the chemical attack', 'the attack' "
           "the US responded to, 'the regime air strike dropped chemical bombs onto the town of Khan Shaykhun' and the "
           "regime's own 'its air strikes hit a rebel depot' are later mentions. Typed Airstrike (v2 order: the text "
           "says an air strike dropped the bombs, Airstrike comes before Attack). Places: Khan Shaykhun and Idlib "
           "province of the caption (the scene it sets), Syria, 'the town of Khan Shaykhun', and the 'rebel depot' "
           "the regime says its strikes hit (a Facility place; what it hit in the regime's version). The regime's "
           "denial does not remove it (asserted by the text). (3) 'The US launched a cruise missile attack on a Syrian "
           "air base' (Friday; 'on Friday' dates the launch, the chemical attack being Tuesday) → Shelling: v2 type 9 "
           "names missile fire and no aircraft is stated; judgement call (it could be read as an Attack, 'strike "
           "without aircraft'). 'The US' as agent → Government of the United States (README: country names as agents "
           "are Government); the base is an unnamed Facility. (4) 'a rebel-held town' (Khan Shaykhun) and "
           "'rebel-controlled Idlib province' → two TerritorialControl. Not operations: the ceasefire, 'keep up the "
           "fight' (a vow), 'threats of further US strikes' (a threat), 'to defeat Daesh' (an aim), the cancelled "
           "visit. Actors: 'the regime' of the chemical air strike → Syrian Arab Air Force (set D/E convention for "
           "the regime with air attacks); 'The Syrian regime' vowing, 'the regime' threatened and 'the regime' "
           "denying → Government of Syria; 'Assad', 'Bashar al Assad', 'the regimes leader' → Government of Syria. "
           "Named officials → their institution: 'Turkish Foreign Minister Mevlut Cavusoglu' / 'Cavusoglu' → a local "
           "Turkish MFA; 'his Russian counterpart' and 'Russias Foreign Ministry' → Russian MFA; 'Secretary of State "
           "Rex Tillerson' → US State Department; 'British Foreign Secretary Boris Johnson' / 'Johnson' → a local UK "
           "Foreign Office. 'Iraqs influential Shia cleric Moqtada al Sadr' / 'Sadr' → a local Government-class "
           "entity (a political leader, no fitting class; the predicate 'the first Iraqi Shia political leader' is "
           "not a separate mention; 'Iraqs' inside the title phrase is not a place). 'Turkey' (remains committed), "
           "'Russia' (must stop insisting), 'Moscow' (did not take steps), 'the United States' (top priority) are "
           "political actors; 'Moscow' as the visit's destination is a place (Q649, verified in kg/data). 'its Russian "
           "and Iranian backers' split: 'Russian' → Government of Russia, 'Iranian backers' → Government of Iran; the "
           "regime's 'terrorists' → Syrian rebel factions; 'US' in 'US strikes' → US Armed Forces. '(TRT World and "
           "Agencies)' / 'Source TRTWorld and agencies': TRT is the publisher's own byline (not annotated, as set D's "
           "Sputnik); 'Agencies' / 'agencies' → news agencies (AnonymousSource), no attribution. 'five children' → "
           "civilians; '18 people', 'Scores of people', 'the urban poor' not marked as actors (not said to be "
           "civilians / a following, not a party); 'the southern cities' (plural, generic) not a place. 'his country' "
           "→ Syria (place). Statements: the Civil Defence "
           "(White Helmets, humanitarian) is a co-source of the Urum al-Joz report ('according to') and gives its own "
           "toll → two Reports. SOHR's 'it added' takes 'the Observatory' as hop; 'Cavusoglu also said he told his "
           "Russian counterpart' is one chain [Cavusoglu] (he reports his own telling). 'have vowed' by three "
           "subjects → three one-hop chains with the same cue (as 'according to X and Y'). The regime's denial with "
           "'saying' is one chain. 'Scores of people died' → Killed 20..99 vague (a score is 20, read like 'dozens' "
           "10..99); 'many were injured' has no number. 'later this month' → April 2017; 'April 10' → 2017-04-10."),
    entities={
        "news-agencies-f": ("AnonymousSource", "news agencies", None),
        "tr-mfa": ("Government", "Ministry of Foreign Affairs (Turkey)", None),
        "uk-fco": ("Government", "Foreign and Commonwealth Office (United Kingdom)", None),
        "sadr": ("Government", "Moqtada al-Sadr (Iraqi Shia cleric and political leader)", None),
        "iran-gov": ("Government", "Government of Iran", None),
    },
    place_entities={
        "khan-shaykhun-hospital": ("Facility", "hospital (Khan Shaykhun)", None),
        "urum-al-jawz": ("CityOrTown", "Urum al Jawz", None),
        "moscow-q": ("CityOrTown", "Moscow", "Q649"),
        "baghdad": ("CityOrTown", "Baghdad", "Q1530"),
        "us-hit-air-base": ("Facility", "Syrian air base hit by US cruise missiles (unnamed)", None),
        "rebel-depot": ("Facility", "rebel depot (Khan Shaykhun, per the regime)", None),
    },
    actors=[
        ("Agencies", 0, "news-agencies-f"),
        (In("a rebel-held", "rebel"), 0, "rebels"),
        (In("rebel-controlled", "rebel"), 0, "rebels"),
        ("the Syrian Observatory for Human Rights", 0, "sohr"),
        ("the Civil Defence rescue service", 0, "white-helmets"),
        ("Russian aircraft", 0, "ru-air"),
        ("five children", 0, "civilians"),
        ("the Observatory", 0, "sohr"),
        ("The Civil Defence service", 0, "white-helmets"),
        (In("Pressure mounts on Assad", "Assad"), 0, "syr-gov"),
        (In("Assad Turkey remains", "Turkey"), 0, "tr-gov"),
        (In("but Russia must", "Russia"), 0, "ru-gov"),
        ("Bashar al Assad", 0, "syr-gov"),
        ("Turkish Foreign Minister Mevlut Cavusoglu", 0, "tr-mfa"),
        ("Cavusoglu", "*", "tr-mfa"),
        ("his Russian counterpart", 0, "ru-mfa"),
        (In("counterpart that Moscow", "Moscow"), 0, "ru-gov"),
        ("Iraqs influential Shia cleric Moqtada al Sadr", 0, "sadr"),
        ("the regimes leader", 0, "syr-gov"),
        ("Sadr", "*", "sadr"),
        (In("urge Assad", "Assad"), 0, "syr-gov"),
        ("Daesh", "*", "isis"),
        ("the United States", 0, "us-gov"),
        ("Secretary of State Rex Tillerson", 0, "us-state-dept"),
        ("British Foreign Secretary Boris Johnson", 0, "uk-fco"),
        ("Johnson", "*", "uk-fco"),
        ("Russias Foreign Ministry", 0, "ru-mfa"),
        ("The Syrian regime", 0, "syr-gov"),
        (In("its Russian and Iranian", "Russian"), 0, "ru-gov"),
        ("Iranian backers", 0, "iran-gov"),
        ("terrorists", 0, "rebels"),
        (In("further US strikes", "US"), 0, "us-armed"),
        (In("strikes against the regime", "the regime"), 0, "syr-gov"),
        ("The US", 0, "us-gov"),
        (In("after the regime air strike", "the regime"), 0, "syr-air"),
        (In("But the regime has", "the regime"), 0, "syr-gov"),
        (In("a rebel depot", "rebel"), 0, "rebels"),
        ("agencies", 0, "news-agencies-f"),
    ],
    places=[
        ("A hospital", 0, "khan-shaykhun-hospital"),
        ("the town of Khan Shaykhun", 0, "khan-shaykhun"),
        ("Khan Shaykhun", "*", "khan-shaykhun"),
        (In("a rebel-held town", "town"), 0, "khan-shaykhun"),
        ("Idlib province", "*", "idlib-gov"),
        ("Syrias", 0, "syria"),
        ("Urum al-Joz", 0, "urum-al-jawz"),
        (In("raids on the town", "the town"), 0, "urum-al-jawz"),
        (In("ceasefire in Syria but", "Syria"), 0, "syria"),
        (In("United States in Syria", "Syria"), 0, "syria"),
        (In("situation in Syria", "Syria"), 0, "syria"),
        ("his country", 0, "syria"),
        ("Baghdad", 0, "baghdad"),
        (In("visit to Moscow scheduled", "Moscow"), 0, "moscow-q"),
        (In("gas attack in Syria", "Syria"), 0, "syria"),
        (In("the visit to Moscow", "Moscow"), 0, "moscow-q"),
        (In("events in Syria", "Syria"), 0, "syria"),
        ("a Syrian air base", 0, "us-hit-air-base"),
        (In("hit a rebel depot", "a rebel depot"), 0, "rebel-depot"),
    ],
    ops=[
        Op("Airstrike", "the toxic gas attack", agents=[In("after the regime air strike", "the regime")],
           places=[("Khan Shaykhun", 0), ("Idlib province", 0), In("gas attack in Syria", "Syria"),
                   "the town of Khan Shaykhun", In("hit a rebel depot", "a rebel depot")],
           time="on Tuesday"),
        Op("TerritorialControl", "rebel-held", agents=[In("a rebel-held", "rebel")],
           places=[In("a rebel-held town", "town")]),
        Op("Airstrike", "Air strikes", agents=["Russian aircraft"],
           places=["Syrias", "Urum al-Joz", ("Idlib province", 1), In("raids on the town", "the town")],
           time=("on Saturday", 0)),
        Op("TerritorialControl", "rebel-controlled", agents=[In("rebel-controlled", "rebel")],
           places=[("Idlib province", 1)]),
        Op("Shelling", "cruise missile attack", agents=["The US"], places=["a Syrian air base"], time="on Friday"),
    ],
    stmts=[
        St("Report", by="the Civil Defence rescue service", cue="according to",
           content=R("Air strikes have struck", "on Saturday")),
        St("Report", by="The Civil Defence service", cue=In("service said", "said"),
           content=R("the two air raids", "wounded 22")),
    ],
    figs=[
        Fig("Killed", 18, None, "more-than", "at least 18 people", by="the Observatory"),
        Fig("Killed", 5, 5, "exact", "five children", by="the Observatory"),
        Fig("Killed", 19, 19, "exact", "killed 19", by="The Civil Defence service"),
        Fig("Injured", 22, 22, "exact", "wounded 22", by="The Civil Defence service"),
        Fig("Killed", 20, 99, "vague", "Scores of people died"),
    ],
    dates=[
        ("9 Apr 2017", ("2017-04-09", "2017-04-09")),
        (("on Saturday", 0), "wd"),
        ("on Saturday afternoon", "wd"),
        (("on Sunday", 0), "wd"),
        (("on Sunday", 1), "wd"),
        ("April 10", ("2017-04-10", "2017-04-10")),
        ("later this month", "month:4"),
        (("on Sunday", 2), "wd"),
        ("on Friday", "wd"),
        ("on Tuesday", "wd"),
    ],
    attrs=[
        At(["the Syrian Observatory for Human Rights"], "according to", R("Air strikes have struck", "on Saturday")),
        At(["the Civil Defence rescue service"], "according to", R("Air strikes have struck", "on Saturday")),
        At(["the Observatory"], In("children said", "said"), R("The attack believed", "five children")),
        At(["the Observatory"], "added", "The death toll is expected to rise"),
        At(["The Civil Defence service"], In("service said", "said"), R("the two air raids", "wounded 22")),
        At(["Turkish Foreign Minister Mevlut Cavusoglu"], In("Cavusoglu said", "said"),
           R("Turkey remains committed", "remain in office")),
        At([("Cavusoglu", 0)], In("also said", "said"), R("he told his Russian counterpart", "Syrian ceasefire")),
        At(["Iraqs influential Shia cleric Moqtada al Sadr"], "called on", R("the regimes leader", "further bloodshed")),
        At(["Secretary of State Rex Tillerson"], In("Tillerson said", "said"), R("The top priority", "to defeat Daesh")),
        At(["Secretary of State Rex Tillerson"], In("Syria\" he said", "said"), R("Once Daesh threat", "situation in Syria")),
        At(["Russias Foreign Ministry"], In("Ministry said", "said"), R("The decision by Johnson", "events in Syria")),
        At(["The Syrian regime"], "have vowed", R("to keep up the fight", "chemical attack")),
        At([In("its Russian and Iranian", "Russian")], "have vowed", R("to keep up the fight", "chemical attack")),
        At(["Iranian backers"], "have vowed", R("to keep up the fight", "chemical attack")),
        At([In("But the regime has", "the regime")], "denied", R("any responsibility", "chemical materials")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1923102921",  # published Fri 2016-09-16 (alaraby)
    notes=("Air strikes on al-Mayadin (Deir ez-Zor) on Thursday 15 September 2016, outside the ceasefire zone. One "
           "Airstrike (one place, one day, one toll: 9 children + 14 others = 23 civilians): the lead's 'Syrian air "
           "raids' is the trigger; 'Missile strikes on schools and urban areas' (same toll, same Thursday), 'Airstrikes "
           "hit a school a bakery and a castle in the small town of al-Mayadin', 'the attacks on the area' and SOHR's "
           "'regime forces attacked a school being used as a shelter' (where the majority of the same casualties "
           "occurred) are later mentions; places: the area outside the ceasefire zone (a local Region standing for "
           "the al-Mayadin area, its two descriptive mentions and 'the area'), al-Mayadin, the school, the bakery, the "
           "castle (a Landmark; not named, so not resolved to Rahba Castle). 'near Deir az-Zour' is a reference "
           "point. Agents: 'Syrian' (air raids), 'Regime aircraft' (hedged 'believed') and 'regime forces' — the "
           "last mapped to the Syrian Arab Air Force since the attack it names is the air raid (set D/E convention "
           "for the regime with air attacks; judgement call, SAA would be the default for 'regime forces'). 'the area "
           "believed to be held by Islamic State group fighters' → TerritorialControl. 'The Syrian regime withdrew a "
           "number of fighter planes from its airbase in al-Qamishli' (Monday) → Redeployment (v2: withdrew), agent "
           "the regime as a military actor with its planes → Syrian Arab Air Force; 'its airbase in al-Qamishli' → "
           "Qamishli Airport (gazetteer Facility, QID Q1432529 verified in kg/data/qid-evidence.tsv), 'north east "
           "Syria' containment kept as a place of it. Not operations: 'families displaced by the fighting' (no place "
           "or time for the fighting), IS killing a SOHR activist (no place stated), the US 'serious threats'. The "
           "'Tags' line is annotated for names (Syria, SNHR, SOHR, ISIS, Al-Mayadin, Deir az-Zour; as set E). "
           "'Deir az-Zour' → the city (README: the city unless it names a theatre). 'the ceasefire zone' (most of "
           "Syria, no extent given) and the generic 'schools and urban areas' are not place mentions. SNHR and SOHR are monitors, not "
           "humanitarian: no statements. 'A spokesperson for the UK-based monitor' → the institution mention 'the "
           "UK-based monitor'; 'the organisation' → SOHR; 'one of their activists' (a SOHR activist) → SOHR, and a "
           "Killed 1 figure stated by the spokesperson. 'seven local sources' → sources (AnonymousSource): chain "
           "[SOHR, seven local sources] with cue 'referenced' (as README's [SOHR, sources]); the count of sources is "
           "not a figure. 'nine children', '14 others' (part of the 23 civilians), '23 Syrian civilians', 'families' "
           "→ civilians. 'the United States issued \"serious threats\" to Damascus' → a chain [the United States] "
           "(a speech act with quoted content; judgement call); 'Damascus' → Government of Syria."),
    entities={
        "sources-f": ("AnonymousSource", "seven local sources (SOHR)", None),
    },
    place_entities={
        "mayadin-area": ("Region", "area of al-Mayadin (outside the ceasefire zone)", None),
        "mayadin-school": ("Facility", "school (al-Mayadin)", None),
        "mayadin-bakery-f": ("Facility", "bakery (al-Mayadin)", None),
        "mayadin-castle": ("Landmark", "castle (al-Mayadin)", None),
        "mayadin": ("CityOrTown", "Mayadin", "Q310895"),
        "qamishli": ("CityOrTown", "Qamishli", "Q212757"),
        "qamishli-airport": ("Facility", "Qamishli Airport", "Q1432529"),
    },
    actors=[
        (In("2016 Syrian air raids", "Syrian"), 0, "syr-air"),
        ("nine children", 0, "civilians"),
        ("14 others", 0, "civilians"),
        ("local activists", 0, "activists"),
        ("the Syrian Network for Human Rights", 0, "snhr"),
        ("Syrian Network for Human Rights", 0, "snhr"),
        ("The Syrian Observatory of Human Rights (SOHR)", 0, "sohr"),
        ("Syrian Observatory of Human Rights", 0, "sohr"),
        ("ISIS", 0, "isis"),
        ("23 Syrian civilians", 0, "civilians"),
        (In("Thursday activists", "activists"), 0, "activists"),
        ("Regime aircraft", 0, "syr-air"),
        ("Islamic State group fighters", 0, "isis"),
        ("seven local sources", 0, "sources-f"),
        ("regime forces", 0, "syr-air"),
        ("families", 0, "civilians"),
        ("the UK-based monitor", 0, "sohr"),
        ("the organisation", 0, "sohr"),
        ("IS militants", 0, "isis"),
        ("one of their activists", 0, "sohr"),
        ("The Syrian regime", 0, "syr-air"),
        ("a number of fighter planes", 0, "syr-air"),
        ("the United States", 0, "us-gov"),
        ("Damascus", 0, "syr-gov"),
    ],
    places=[
        ("an area outside the ceasefire zone", 0, "mayadin-area"),
        (In("Tags Syria", "Syria"), 0, "syria"),
        ("Al-Mayadin", 0, "mayadin"),
        ("Deir az-Zour", "*", "deir"),
        ("a school", "*", "mayadin-school"),
        ("a bakery", 0, "mayadin-bakery-f"),
        ("a castle", 0, "mayadin-castle"),
        ("the small town of al-Mayadin", 0, "mayadin"),
        ("an area outside the agreed ceasefire zone", 0, "mayadin-area"),
        (In("attacks on the area", "the area"), 0, "mayadin-area"),
        ("its airbase", 0, "qamishli-airport"),
        ("al-Qamishli", 0, "qamishli"),
        (In("north east Syria", "Syria"), 0, "syria"),
    ],
    ops=[
        Op("Airstrike", "air raids",
           agents=[In("2016 Syrian air raids", "Syrian"), "Regime aircraft", "regime forces"],
           places=["an area outside the ceasefire zone", ("a school", 0), "a bakery", "a castle",
                   "the small town of al-Mayadin", "an area outside the agreed ceasefire zone",
                   In("attacks on the area", "the area"), ("a school", 1)],
           time=In("civilians on Thursday", "on Thursday")),
        Op("TerritorialControl", "held by", agents=["Islamic State group fighters"],
           places=[In("attacks on the area", "the area")]),
        Op("Redeployment", "withdrew", agents=["The Syrian regime", "a number of fighter planes"],
           places=["its airbase", "al-Qamishli", In("north east Syria", "Syria")], time="on Monday"),
    ],
    figs=[
        Fig("Killed", 9, 9, "exact", "nine children", by="local activists"),
        Fig("Killed", 14, 14, "exact", "14 others", by="local activists"),
        Fig("Killed", 23, 23, "exact", "killed 23 Syrian civilians", by=In("Thursday activists", "activists")),
        Fig("Killed", 1, 1, "exact", "one of their activists", by="the UK-based monitor"),
    ],
    dates=[
        ("16 September 2016", ("2016-09-16", "2016-09-16")),
        (In("civilians on Thursday", "on Thursday"), "wd"),
        ("on Friday morning", "wd"),
        ("on Monday", "wd"),
    ],
    attrs=[
        At(["local activists"], "have reported", R("Syrian air raids targeted", "14 others")),
        At([In("Thursday activists", "activists")], In("activists reported", "reported"),
           R("Missile strikes on schools", "on Thursday")),
        At(["the Syrian Network for Human Rights"], "tweeted", R("Airstrikes hit a school", "agreed ceasefire zone")),
        At(["The Syrian Observatory of Human Rights (SOHR)", "seven local sources"], "referenced",
           R("the majority of casualties", "by the fighting")),
        At(["the UK-based monitor"], In("monitor said", "said"), R("the organisation no longer", "taking photos")),
        At(["the United States"], "issued", "\"serious threats\" to Damascus"),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1962495643",  # published Tue 2014-10-07 (alalam; AFP copy)
    notes=("Battle of Kobani, 6-7 October 2014. Operations: (1) IS's 'three-week assault on a key Syrian border town' "
           "→ GroundOffensive (an assault on a town over weeks); 'the fight for Kobane', the toll 'in and around "
           "Kobane since mid-September', 'the area' of SOHR's warning and Nahsen's 'trying hard to capture the city' "
           "(an aim, so no Capture) are mentions of it (places added). (2) The Tuesday street battles → ArmedClash: "
           "the title's 'Street Battles ... in Kobni' is the first mention (trigger), the lead's 'fought fierce street "
           "battles Tuesday' and 'the IS militants fought to extend their foothold into new areas in the south and "
           "west of the town' (same day, sides and town; 'to extend' is the aim) are later mentions; 'meeting "
           "resistance', 'They are fighting to defend their town', 'The raging battle' refer back without a new "
           "happening. 'advancing ISIS Terrorists' describes the assault: no separate Advance. (3) IS breaking into "
           "Kobane on Monday → Entry: 'piercing its Kurdish defenses' (a day before the Tuesday fighting) is the first "
           "mention, 'planted their black flags on its eastern side and entered Kobane on Monday' the later one "
           "(planting the flags taken as part of that entry, not a separate Capture; judgement call). (4) 'IS fighters "
           "have seized a number of buildings in south and west Kobane including a hospital under construction' → "
           "Capture (a separate act). (5) Iraq: 'a suicide bomber attacked an observation post used by Shiite "
           "militiamen' late Monday → Attack (places Iraq and the post; the Tigris is what the militiamen watched, a "
           "reference). (6) 'The United States and its allies have launched nearly 2000 air raids against ISIS in both "
           "Iraq and Syria' → AirCampaign (a series over a period; agents as worded: the United States → Government of "
           "the US per README on country names as agents, 'its allies' → the US-led coalition). (7) 'including four "
           "strikes in Kobane on Tuesday' → a separate Airstrike (one place, one day, the coalition strikes only from "
           "the air); Ebdi's 'the latest US air raids' and 'The strikes hit the Mishtenur area' ('a plateau south of "
           "Kobane', Kobane a reference point) taken as later mentions of it (the latest raids on Kobane; judgement "
           "call). Not operations: 'Gunfire explosions and the roar of fighter jets were heard' (sounds, no actor), "
           "'The fall of Kobane ... would mark' (hypothetical), IS 'fighting for a long stretch "
           "of the border with Turkey' (a general aim, no place of its own), the ordered evacuation of civilians, the "
           "flight to Turkey, 'to stop their advance' (an aim), 'other places they should be hitting', and Al-Nusra's "
           "abduction of a priest and Christians (no v2 type fits an abduction, as set D). Actors: 'Kurdish militia', "
           "'Kurdish fighters', 'Kurdish combatants', 'the Kurdish Peoples Protection Units' → YPG; 'its Kurdish "
           "defenses' (positions) and 'a Kurdish flag' not actors. 'Idris Nahsen a Kurdish official still in Kobane' / "
           "'Nahsen' → a local Government entity (Kobani's Kurdish administration). 'an AFP journalist' → the mention "
           "'AFP'. 'activist Mustafa Ebdi' / 'Ebdi' → activists. 'An official in the Turkish town of Suruc' → 'An "
           "official' (a local official) with Suruc a place. 'the Franciscan mission' → a local Civilians-class entity "
           "(a religious body, as set C's religious leader; not treated as humanitarian, so no statement). 'a rival "
           "extremist organisation to IS' (apposition) and 'the Al-Qaeda-affiliated Al-Nusra Front' → al-Nusra; the "
           "suicide bomber (unclaimed in the text) and the Shiite militiamen → local entities. '412 people', '17 "
           "people', '700 people' not marked as actors (mixed or unstated status). Figures: 'Hundreds killed' (title) "
           "and 'hundreds reported dead' 100..999 in the article's voice; 'more than half of them from ISIS' is a "
           "share of the toll, not annotated as a figure; the counts of air raids/strikes are not figures; '186000 "
           "residents to flee' → Displaced about; Suruc official's 700 crossed → Displaced, 47 wounded → Injured. "
           "Dates: 'since mid-September' → September 2014 (part of a period); 'three-week' and 'a day after' relative "
           "(null); 'overnight' as stated on Tuesday → the night of Monday to Tuesday (2014-10-06..07); 'on Sunday "
           "night' → 2014-10-05. Chains: 'Nahsen told AFP' → [AFP, Nahsen]; 'It warned' and Ebdi's 'he said' / 'Ebdi "
           "added' take the last explicit mention; the quote's 'they say' (pronoun) is not a separate chain."),
    entities={
        "kobani-admin": ("Government", "Kurdish administration of Kobani (Idris Nahsen)", None),
        "intl-community": ("Government", "the international community", None),
        "iraq-bomber": ("ArmedGroup", "suicide bomber (Iraq, observation post; unidentified)", None),
        "iraq-shia-militia": ("Militia", "Iraqi Shiite militiamen", None),
        "franciscan-mission": ("Civilians", "Franciscan mission (Syria)", None),
    },
    place_entities={
        "kobani": ("CityOrTown", "Kobani", "Q126415"),
        "kobani-area": ("Region", "Kobani and its surroundings", None),
        "kobani-hospital": ("Facility", "hospital under construction (Kobani)", None),
        "iraq-observation-post": ("Facility", "observation post of Shiite militiamen (Iraq)", None),
        "tigris": ("River", "Tigris", None),
        "mishtenur": ("Landmark", "Mishtenur hill (south of Kobani)", None),
        "suruc": ("CityOrTown", "Suruç (Turkey)", None),
    },
    actors=[
        ("Kurdish militia", 0, "ypg"),
        ("ISIS Terrorists", 0, "isis"),
        ("the ISIS group", 0, "isis"),
        ("the Terrorists", "*", "isis"),
        (In("from ISIS have", "ISIS"), 0, "isis"),
        ("the Syrian Observatory for Human Rights", 0, "sohr"),
        ("the IS militants", 0, "isis"),
        ("AFP", "*", "afp"),
        ("The IS Terrorists", 0, "isis"),
        ("Idris Nahsen a Kurdish official", 0, "kobani-admin"),
        ("the Kurdish Peoples Protection Units", 0, "ypg"),
        ("the international community", 0, "intl-community"),
        ("Nahsen", "*", "kobani-admin"),
        ("IS fighters", "*", "isis"),
        ("the Observatory", 0, "sohr"),
        ("a Britain-based monitoring group", 0, "sohr"),
        ("The Kurdish fighters", 0, "ypg"),
        ("Kurdish fighters", "*", "ypg"),
        ("civilians", "*", "civilians"),
        ("a suicide bomber", 0, "iraq-bomber"),
        ("Shiite militiamen", 0, "iraq-shia-militia"),
        ("The United States", 0, "us-gov"),
        ("its allies", 0, "us-coalition"),
        (In("raids against ISIS", "ISIS"), 0, "isis"),
        ("activist Mustafa Ebdi", 0, "activists"),
        ("Ebdi", "*", "activists"),
        (In("latest US air raids", "US"), 0, "us-armed"),
        ("some 186000 residents", 0, "civilians"),
        ("An official", 0, "local-official"),
        ("Kurdish combatants", 0, "ypg"),
        ("a rival extremist organisation", 0, "nusra"),
        ("the Al-Qaeda-affiliated Al-Nusra Front", 0, "nusra"),
        ("a priest and several Christians", 0, "civilians"),
        ("the Franciscan mission", 0, "franciscan-mission"),
        ("IS", "*", "isis"),
    ],
    places=[
        ("Kobni", 0, "kobani"),
        ("a key Syrian border town", 0, "kobani"),
        ("Kobane", "*", "kobani"),
        (In("border with Turkey", "Turkey"), 0, "turkey"),
        ("the area", 0, "kobani-area"),
        ("the town", "*", "kobani"),
        ("the Turkish side of the border", 0, "turkey"),
        ("the city", 0, "kobani"),
        ("Ain al-Arab", 0, "kobani"),
        ("a hospital under construction", 0, "kobani-hospital"),
        ("Iraq", "*", "iraq"),
        ("an observation post", 0, "iraq-observation-post"),
        ("the Tigris River", 0, "tigris"),
        ("Syria", "*", "syria"),
        ("their town", 0, "kobani"),
        ("the Mishtenur area", 0, "mishtenur"),
        ("a plateau", 0, "mishtenur"),
        ("the Turkish border", 0, "turkey"),
        ("the Turkish town of Suruc", 0, "suruc"),
    ],
    ops=[
        Op("ArmedClash", "Street Battles", agents=["Kurdish militia"],
           targets=["ISIS Terrorists", "the IS militants"],
           places=["Kobni", "a key Syrian border town", ("the town", 0)], time=In("battles Tuesday", "Tuesday")),
        Op("GroundOffensive", "assault", agents=["ISIS Terrorists"],
           places=["a key Syrian border town", In("in and around Kobane", "Kobane"), "the area",
                   In("fight for Kobane", "Kobane"), "the city"],
           time="three-week"),
        Op("Entry", "piercing", agents=["the IS militants", ("the Terrorists", 1)],
           places=[("the town", 0), In("entered Kobane", "Kobane")], time="on Monday"),
        Op("Capture", "have seized", agents=[("IS fighters", 0)],
           places=[In("south and west Kobane", "Kobane"), "a hospital under construction"]),
        Op("Attack", In("suicide bomber attacked", "attacked"), agents=["a suicide bomber"],
           targets=["Shiite militiamen"], places=[("Iraq", 0), "an observation post"], time="late Monday"),
        Op("AirCampaign", In("2000 air raids", "air raids"), agents=["The United States", "its allies"],
           targets=[In("raids against ISIS", "ISIS")],
           places=[In("both Iraq and", "Iraq"), In("Iraq and Syria", "Syria")]),
        Op("Airstrike", In("four strikes", "strikes"),
           agents=["The United States", "its allies", In("latest US air raids", "US")],
           places=[In("strikes in Kobane", "Kobane"), "the Mishtenur area", "a plateau"],
           time=In("Kobane on Tuesday", "on Tuesday")),
    ],
    figs=[
        Fig("Killed", 100, 999, "vague", "Hundreds killed"),
        Fig("Killed", 100, 999, "vague", "hundreds reported dead"),
        Fig("Killed", 412, None, "more-than", "At least 412 people", by="the Syrian Observatory for Human Rights"),
        Fig("Killed", 17, None, "more-than", "at least 17 people"),
        Fig("Displaced", 186000, 186000, "about", "some 186000 residents"),
        Fig("Displaced", 700, 700, "exact", "700 people", by="An official"),
        Fig("Injured", 47, 47, "exact", "47 wounded", by="An official"),
    ],
    dates=[
        ("Tue Oct 7 2014", ("2014-10-07", "2014-10-07")),
        (In("battles Tuesday", "Tuesday"), "wd"),
        ("three-week", None),
        ("since mid-September", "month:9"),
        ("a day after", None),
        ("on Monday", "wd"),
        ("late Monday", "wd"),
        (In("Kobane on Tuesday", "on Tuesday"), "wd"),
        (In("Suruc said on Tuesday", "on Tuesday"), "wd"),
        ("overnight", ("2014-10-06", "2014-10-07")),
        ("on Sunday night", "wd"),
        (In("mission said on Tuesday", "on Tuesday"), "wd"),
    ],
    attrs=[
        At(["the Syrian Observatory for Human Rights"], In("Human Rights said", "said"),
           R("At least 412 people", "since mid-September")),
        At(["the Syrian Observatory for Human Rights"], "warned", R("the inaccessibility", "much higher")),
        At([("AFP", 0)], ("according to", 0), R("Gunfire explosions", "centre of Kobane")),
        At(["Idris Nahsen a Kurdish official"], In("city\" said", "said"), R("The IS Terrorists", "capture the city")),
        At(["Idris Nahsen a Kurdish official"], In("He said", "said"),
           R("they were meeting resistance", "Protection Units")),
        At([("AFP", 1), "Nahsen"], "told", R("We need help", "international community")),
        At(["the Observatory"], ("according to", 1), R("IS fighters have seized", "under construction")),
        At(["activist Mustafa Ebdi"], In("weapons said", "said"), R("The Kurdish fighters are optimistic", "light weapons")),
        At(["activist Mustafa Ebdi"], In("person\" he said", "said"), R("They are fighting", "the last person")),
        At(["Ebdi"], "added", R("the latest US air raids", "little effect")),
        At(["Ebdi"], In("area\" he said", "said"), "The strikes hit the Mishtenur area"),
        At(["Ebdi"], In("hitting\" he said", "said"), R("But they (IS)", "should be hitting")),
        At(["An official"], In("Suruc said", "said"), R("700 people including", "Kurdish combatants")),
        At(["the Franciscan mission"], In("mission said", "said"), R("a rival extremist organisation", "on Sunday night")),
    ],
))

# ---------------------------------------------------------------------------------------------
A(Spec(
    id="fakes-1965511141",  # published Sun 2014-08-31 (al-Manar, relaying SANA)
    notes=("ISIL executions in the Deir ez-Zor countryside and mortar fire on Damascus (SANA via al-Manar). The lead "
           "sentence is printed twice (headline-style copy, then the sourced copy): both annotated for mentions, "
           "figures and dates. The killings and crucifixions of civilians in Mouhessen, Jadid Ekeidat and al-Hessan "
           "('killed and crucified', 'shot two civilians dead after blindfolding them', 'executed two others') are "
           "executions of captives, not operations (set C/E: executions are not). 'assassinated lawyer Dawood "
           "Suleiman al-Shaher' → Attack (v2 type 11 lists assassination); its place is 'Deir Ezzor' of the same "
           "clause (the Bar Association branch's governorate; no nearer place is given for the killing itself; "
           "judgement call); his abduction is not an operation. Damascus: 'a terrorist mortar attack that hit "
           "al-Shaghour neighborhood' (three women wounded, two houses; no day stated) → Shelling, with the police "
           "source's 'terrorists fired a mortar round that landed in Zqaq al-Sheikh in the neighborhood' as its later "
           "mention (same toll); 'On Saturday four citizens ... wounded by mortar shells fired by terrorists on "
           "al-Shaghour al-Abbasiyyeen and al-Qassaa neighborhoods in the city of Damascus' → a second Shelling "
           "(another day and toll), one operation with its three neighbourhoods. The Damascus 'terrorist(s)' are not "
           "identified (SANA's label; not ISIL) → a local ArmedGroup entity. 'the so-called Islamic State of Iraq "
           "and the Levant (ISIL) terrorist organization' is one mention (its 'Iraq' is not a place); 'Militants of' "
           "outside it (institution named inside the phrase). 'state-run news agency' and 'SANA reporter' → SANA. 'a "
           "number of residents' (private individuals who speak) → civilians; 'eye witnesses' → a witness "
           "(AnonymousSource); 'A source at the Police Command' → a local AnonymousSource. The victims ('5 "
           "Syrians', 'five civilians', 'three civilians', 'two civilians', 'The two victims', 'two more citizens', "
           "'two others', the wounded women and citizens) → civilians; the lawyer → a local Civilians entity; the "
           "Bar Association (not acting) is not annotated. 'Middle East Syria Security' is the section line: "
           "'Middle East' and 'Syria' annotated as places (as set E did for Tags). 'the countryside of the "
           "northeastern province of Deir Ezzor' → 'the countryside' (Deir ez-Zor countryside) + 'the northeastern "
           "province of Deir Ezzor' (governorate); every 'Deir Ezzor' here is the governorate (the towns are in its "
           "countryside). 'the towns square' and 'the square' (of Jadid Akidat) → Landmark places. Figures: the "
           "title's 5 and the first copy's 'five civilians' in the article's voice; the second copy's by SANA; "
           "'three civilians' by the residents (innermost source); 'two civilians' (no speaker in its sentence) and "
           "the 'Earlier' killings in the article's voice; 'The two victims' restates a number (not a new figure); "
           "'two of them are elderly men', 'a girl child', 'a 9-year-old girl', 'a young girl' are subsets, not "
           "figures; houses are not figures. '0742 PM' (clock time), 'Earlier' and 'In the meantime' are not dates; "
           "'for several days' is relative (null). Chains: 'SANA reporter quoted a number of residents' → [SANA, "
           "residents]; 'A source at the Police Command told SANA reporter' → [SANA, the source]."),
    entities={
        "lawyer-al-shaher": ("Civilians", "lawyer Dawood Suleiman al-Shaher", None),
        "damascus-terrorists": ("ArmedGroup", "armed groups called 'terrorists' by SANA (Damascus mortar fire; unidentified)",
                                None),
        "damascus-police-source": ("AnonymousSource", "a source at Damascus Police Command", None),
    },
    place_entities={
        "middle-east": ("Region", "Middle East", None),
        "mouhessen": ("CityOrTown", "Muhasan (Deir ez-Zor)", None),
        "jadid-ekeidat": ("CityOrTown", "Jadid Ekeidat (Deir ez-Zor)", None),
        "mouhessen-square": ("Landmark", "town square (Muhasan)", None),
        "jadid-ekeidat-square": ("Landmark", "village square (Jadid Ekeidat)", None),
        "al-hessan": ("CityOrTown", "al-Hisan (Deir ez-Zor)", None),
        "shaghour": ("Neighbourhood", "al-Shaghour (Damascus)", None),
        "zqaq-al-sheikh": ("Neighbourhood", "Zqaq al-Sheikh (al-Shaghour, Damascus)", None),
        "abbasiyyeen": ("Neighbourhood", "al-Abbasiyyin (Damascus)", None),
        "qassaa": ("Neighbourhood", "al-Qassaa (Damascus)", None),
    },
    actors=[
        (In("ISIL Kills", "ISIL"), 0, "isis"),
        ("5 Syrians", 0, "civilians"),
        ("the so-called Islamic State of Iraq and the Levant (ISIL) terrorist organization", "*", "isis"),
        ("five civilians", "*", "civilians"),
        ("state-run news agency", 0, "sana"),
        ("SANA reporter", "*", "sana"),
        ("a number of residents", 0, "civilians"),
        ("ISIL terrorists", "*", "isis"),
        ("three civilians", 0, "civilians"),
        ("two civilians", 0, "civilians"),
        ("The two victims", 0, "civilians"),
        ("eye witnesses", 0, "witness"),
        ("two more citizens", 0, "civilians"),
        ("two others", 0, "civilians"),
        ("lawyer Dawood Suleiman al-Shaher", 0, "lawyer-al-shaher"),
        ("three women including a girl child", 0, "civilians"),
        (In("a terrorist mortar", "terrorist"), 0, "damascus-terrorists"),
        ("A source at the Police Command", 0, "damascus-police-source"),
        (In("that terrorists fired", "terrorists"), 0, "damascus-terrorists"),
        ("3 women including a 9-year-old girl", 0, "civilians"),
        ("four citizens including a young girl", 0, "civilians"),
        (In("fired by terrorists", "terrorists"), 0, "damascus-terrorists"),
    ],
    places=[
        ("the northeastern province of Deir Ezzor", 0, "deir-gov"),
        ("Deir Ezzor", "*", "deir-gov"),
        ("Middle East", 0, "middle-east"),
        (In("Middle East Syria", "Syria"), 0, "syria"),
        ("Mouhessen", "*", "mouhessen"),
        ("Jadid Ekeidat", "*", "jadid-ekeidat"),
        (In("in the countryside of", "the countryside"), 0, "deir-countryside"),
        ("the towns square", 0, "mouhessen-square"),
        ("the town", "*", "mouhessen"),
        (In("in the square of", "the square"), 0, "jadid-ekeidat-square"),
        ("Jadid Akidat", 0, "jadid-ekeidat"),
        ("al-Hessan", 0, "al-hessan"),
        ("the city of Damascus", 0, "damascus"),
        ("Damascus", "*", "damascus"),
        ("al-Shaghour neighborhood", 0, "shaghour"),
        ("Zqaq al-Sheikh", 0, "zqaq-al-sheikh"),
        ("the neighborhood", 0, "shaghour"),
        ("al-Shaghour", "*", "shaghour"),
        ("al-Abbasiyyeen", 0, "abbasiyyeen"),
        ("al-Qassaa", 0, "qassaa"),
    ],
    ops=[
        Op("Attack", "assassinated", agents=[("ISIL terrorists", 2)], targets=["lawyer Dawood Suleiman al-Shaher"],
           places=[In("branch in Deir Ezzor", "Deir Ezzor")]),
        Op("Shelling", "mortar attack",
           agents=[In("a terrorist mortar", "terrorist"), In("that terrorists fired", "terrorists")],
           places=[In("In Damascus three", "Damascus"), "al-Shaghour neighborhood", "Zqaq al-Sheikh",
                   "the neighborhood"]),
        Op("Shelling", "mortar shells", agents=[In("fired by terrorists", "terrorists")],
           places=[In("on al-Shaghour al-Abbasiyyeen", "al-Shaghour"), "al-Abbasiyyeen", "al-Qassaa",
                   "the city of Damascus"],
           time="On Saturday"),
    ],
    figs=[
        Fig("Killed", 5, 5, "exact", "5 Syrians"),
        Fig("Killed", 5, 5, "exact", ("five civilians", 0)),
        Fig("Killed", 5, 5, "exact", ("five civilians", 1), by="state-run news agency"),
        Fig("Killed", 3, 3, "exact", "three civilians", by="a number of residents"),
        Fig("Killed", 2, 2, "exact", "two civilians"),
        Fig("Killed", 2, 2, "exact", "two more citizens"),
        Fig("Killed", 2, 2, "exact", "two others"),
        Fig("Injured", 3, 3, "exact", "three women"),
        Fig("Injured", 3, 3, "exact", "3 women", by="A source at the Police Command"),
        Fig("Injured", 4, 4, "exact", "four citizens"),
    ],
    dates=[
        ("31-08-2014", ("2014-08-31", "2014-08-31")),
        ("for several days", None),
        ("On Saturday", "wd"),
    ],
    attrs=[
        At(["state-run news agency"], In("agency said", "said"),
           R("militants of the so-called", "province of Deir Ezzor")),
        At([("SANA reporter", 0), "a number of residents"], "quoted", R("ISIL terrorists killed three", "the towns square")),
        At(["eye witnesses"], In("witnesses said", "said"), R("The two victims", "Jadid Akidat village")),
        At([("SANA reporter", 1), "A source at the Police Command"], "told",
           R("terrorists fired a mortar round", "two houses")),
    ],
))
