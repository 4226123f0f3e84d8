"""Checks on the gazetteer data in kg/data: format, keys, classes, QID evidence, seed coverage."""

import csv
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "kg" / "data"
SEED = ROOT / "seeds" / "000_0b2b1d84f3c92a2c.txt"
SHARED = ROOT.parent / "shared" / "data"

PLACE_COLUMNS = ["key", "class", "name_en", "name_ar", "variants_ar", "variants_en", "parent_key",
                 "lat", "lon", "wikidata", "qid_source", "source"]
ACTOR_COLUMNS = ["key", "class", "name_en", "name_ar", "variants_ar", "variants_en",
                 "adjectives_ar", "affiliated_with", "wikidata", "qid_source", "source"]
EVIDENCE_COLUMNS = ["qid", "label", "evidence", "checked"]
PLACE_CLASSES = {"Country", "Governorate", "District", "Subdistrict", "CityOrTown",
                 "Neighbourhood", "Facility", "Landmark", "River", "Region", "Road"}
ACTOR_CLASSES = {"StateForce", "ArmedGroup", "Militia", "Coalition", "Government",
                 "MediaOrganisation", "NewsAgency", "HumanitarianOrganisation", "UNBody",
                 "MonitoringGroup", "IntelligenceService", "Civilians"}
QID = re.compile(r"^Q\d+$")

# Surface forms exactly as the seed article spells them: (file, key, form).
SEED_FORMS = [
    ("actors", "syrian-arab-army", "قوات النظام السوري"),
    ("actors", "syrian-arab-army", "قوات النظام"),
    ("actors", "syrian-arab-army", "الجيش السوري"),
    ("actors", "syrian-government", "النظام السوري"),
    ("actors", "pro-government-militias", "الميليشيات المساندة"),
    ("actors", "isis", "تنظيم الدولة الإسلامية"),
    ("actors", "isis", "تنظيم الدولة الاسلامية"),
    ("actors", "isis", "الدولة الإسلامية"),
    ("actors", "isis", "داعش"),
    ("actors", "isis", "تنظيم داعش"),
    ("actors", "sdf", "تحالف سورية الديموقراطية"),
    ("actors", "sdf", "قوات سورية الديموقراطية"),
    ("actors", "us-led-coalition", "التحالف الدولي بقيادة أميركية"),
    ("actors", "us-led-coalition", "التحالف الدولي"),
    ("actors", "afp", "فرانس برس"),
    ("actors", "reuters", "رويترز"),
    ("actors", "hezbollah", "حزب الله"),
    ("actors", "hezbollah-war-media", "وحدة الإعلام الحربي"),  # "التابعة لحزب الله" is Hezbollah's own mention
    ("actors", "hezbollah-war-media", "الإعلام الحربي"),
    ("actors", "icrc", "اللجنة الدولية للصليب الأحمر"),
    ("actors", "ocha", "مكتب تنسيق الشؤون الانسانية"),
    ("actors", "us-intelligence", "المخابرات الأميركية"),
    ("actors", "civilians", "المدنيين"),
    ("places", "wof-1125980167", "الميادين"),
    ("places", "wof-85678381", "دير الزور"),
    ("places", "wof-85678381", "محافظة دير الزور"),
    ("places", "wof-421202167", "دير الزور"),
    ("places", "wof-890449891", "البوكمال"),
    ("places", "wof-421172833", "الرقة"),
    ("places", "wof-421202163", "حلب"),
    ("places", "wof-85632413", "سورية"),
    ("places", "iraq", "العراق"),
    ("places", "euphrates", "نهر الفرات"),
    ("places", "rahba-castle", "قلعة الرحبة"),
    ("places", "tharda-hills", "تلال الثردة"),
    ("places", "deir-ez-zor-eastern-countryside", "الريف الشرقي"),
    ("places", "deir-ez-zor-eastern-countryside", "الريف الشرقي لدير الزور"),
]
# Forms the brief asks for that this seed does not happen to spell out.
BRIEF_FORMS = [
    ("actors", "syrian-arab-army", "الجيش العربي السوري"),
    ("actors", "syrian-arab-army", "قوات الحكومة السورية"),
    ("actors", "syrian-government", "الحكومة السورية"),
    ("actors", "us-led-coalition", "التحالف الدولي بقيادة واشنطن"),
    ("actors", "afp", "وكالة فرانس برس"),
    ("actors", "afp", "أ ف ب"),
    ("actors", "afp", "فرانس بريس"),
    ("actors", "sdf", "قوات سوريا الديمقراطية"),
    ("actors", "ocha", "أوتشا"),
    ("actors", "ocha", "مكتب تنسيق الشؤون الإنسانية"),
    ("actors", "united-nations", "الأمم المتحدة"),
    ("places", "wof-1108779151", "منطقة الميادين"),
    ("places", "wof-85632413", "سوريا"),
]
# Adjectives of the seed: بدعم جوي روسي, غارات جوية روسية, الغارات الروسية, بدعم روسي.
SEED_ADJECTIVES = [
    ("russian-aerospace-forces", "جوي روسي"), ("russian-aerospace-forces", "روسية"),
    ("russian-aerospace-forces", "الروسية"), ("russian-armed-forces", "روسي"),
]
EXPECTED_QIDS = [
    ("places", "wof-85632413", "Q858"), ("places", "wof-85678381", "Q232387"),
    ("places", "iraq", "Q796"), ("places", "euphrates", "Q34589"),
    ("places", "wof-1125980167", "Q310895"), ("places", "wof-421202167", "Q239097"),
    ("places", "wof-890449891", "Q152828"), ("places", "wof-421172833", "Q283368"),
    ("places", "wof-421202163", "Q41183"), ("actors", "isis", "Q2429253"),
    ("actors", "afp", "Q40464"), ("actors", "reuters", "Q130879"),
    ("actors", "hezbollah", "Q41053"), ("actors", "united-nations", "Q1065"),
    ("actors", "ocha", "Q1065854"),
]
EXPECTED_CLASSES = [
    ("places", "wof-1108779151", "District"), ("places", "wof-1125980167", "CityOrTown"),
    ("places", "wof-85678381", "Governorate"), ("places", "wof-421202167", "CityOrTown"),
    ("places", "euphrates", "River"), ("places", "rahba-castle", "Landmark"),
    ("places", "tharda-hills", "Landmark"),
    ("places", "deir-ez-zor-eastern-countryside", "Region"),
    ("actors", "syrian-arab-army", "StateForce"), ("actors", "isis", "ArmedGroup"),
    ("actors", "pro-government-militias", "Militia"), ("actors", "afp", "NewsAgency"),
    ("actors", "ocha", "UNBody"), ("actors", "us-intelligence", "IntelligenceService"),
]


def load_derive():
    """Import scripts/derive_places.py (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location("derive_places",
                                                  ROOT / "scripts" / "derive_places.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(name):
    """Read a kg/data TSV as (header, rows)."""
    with open(DATA / name, encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None)
        return reader.fieldnames, list(reader)


@pytest.fixture(scope="module")
def tables():
    """All gazetteer tables, keyed by short name, each a dict key -> row."""
    out = {}
    for short, name in (("places", "places.tsv"), ("actors", "actors.tsv")):
        out[short] = {row["key"]: row for row in read(name)[1]}
    out["evidence"] = {row["qid"]: row for row in read("qid-evidence.tsv")[1]}
    return out


def split(value):
    return [item for item in value.split("|") if item]


def arabic_forms(row):
    return [row["name_ar"]] + split(row["variants_ar"])


@pytest.mark.parametrize("name,columns,minimum", [
    ("places.tsv", PLACE_COLUMNS, 5000), ("places-extra.tsv", PLACE_COLUMNS, 20),
    ("actors.tsv", ACTOR_COLUMNS, 150), ("qid-evidence.tsv", EVIDENCE_COLUMNS, 50)])
def test_file_parses_with_expected_columns(name, columns, minimum):
    header, rows = read(name)
    assert header == columns
    assert len(rows) >= minimum, f"{name} has only {len(rows)} rows"
    for row in rows:
        assert None not in row and all(v is not None for v in row.values()), row
        assert all("\t" not in v and "\n" not in v for v in row.values())


@pytest.mark.parametrize("name", ["places.tsv", "places-extra.tsv", "actors.tsv"])
def test_keys_unique_and_sorted(name):
    keys = [row["key"] for row in read(name)[1]]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert keys == sorted(keys), f"{name} is not sorted by key"
    assert all(re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", key) for key in keys)


def test_evidence_sorted_and_unique():
    qids = [row["qid"] for row in read("qid-evidence.tsv")[1]]
    assert len(qids) == len(set(qids))
    assert qids == sorted(qids, key=lambda q: int(q[1:]))


def test_classes_valid(tables):
    assert {row["class"] for row in tables["places"].values()} <= PLACE_CLASSES
    assert {row["class"] for row in tables["actors"].values()} <= ACTOR_CLASSES


def test_every_qid_is_well_formed_and_evidenced(tables):
    used = set()
    for short in ("places", "actors"):
        for row in tables[short].values():
            if row["wikidata"]:
                assert QID.match(row["wikidata"]), (row["key"], row["wikidata"])
                assert row["qid_source"], f"{row['key']}: QID without qid_source"
                assert row["wikidata"] in tables["evidence"], f"{row['key']}: no evidence row"
                used.add(row["wikidata"])
            else:
                assert not row["qid_source"], f"{row['key']}: qid_source without QID"
    for qid, row in tables["evidence"].items():
        assert QID.match(qid) and row["label"] and len(row["evidence"]) > 20
        assert re.match(r"^\d{4}-\d{2}-\d{2}$", row["checked"])
    assert set(tables["evidence"]) == used, "evidence rows for QIDs no table uses"


def test_a_qid_names_one_place_and_one_actor_at_most(tables):
    for short in ("places", "actors"):
        qids = [row["wikidata"] for row in tables[short].values() if row["wikidata"]]
        assert len(qids) == len(set(qids)), f"{short}: a QID is used twice"


def test_references_resolve(tables):
    places, actors = tables["places"], tables["actors"]
    for row in places.values():
        assert not row["parent_key"] or row["parent_key"] in places, row["key"]
        assert row["parent_key"] != row["key"]
    for row in actors.values():
        assert not row["affiliated_with"] or row["affiliated_with"] in actors, row["key"]
        assert row["affiliated_with"] != row["key"]


def test_no_parent_cycles(tables):
    places = tables["places"]
    for key in places:
        seen = set()
        while key:
            assert key not in seen, f"cycle through {key}"
            seen.add(key)
            key = places[key]["parent_key"]


def test_names_are_in_the_right_script(tables):
    derive = load_derive()
    for short in ("places", "actors"):
        for row in tables[short].values():
            assert row["name_ar"], row["key"]
            for form in arabic_forms(row) + split(row.get("adjectives_ar", "")):
                assert derive.is_arabic(form), (row["key"], form)
            for form in [row["name_en"]] + split(row["variants_en"]):
                assert not re.search(r"[\u0600-\u06FF]", form), (row["key"], form)
            assert row["name_ar"] not in split(row["variants_ar"])


def test_coordinates_both_or_neither(tables):
    for row in tables["places"].values():
        assert bool(row["lat"]) == bool(row["lon"]), row["key"]
        if row["lat"]:
            assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180


def test_seed_forms_are_the_seeds_spellings():
    text = SEED.read_text(encoding="utf-8")
    for _, key, form in SEED_FORMS:
        assert form in text, f"{form!r} ({key}) is not spelled so in the seed"
    for key, form in SEED_ADJECTIVES:
        assert form in text, f"{form!r} ({key}) is not spelled so in the seed"


@pytest.mark.parametrize("short,key,form", SEED_FORMS + BRIEF_FORMS)
def test_seed_entity_has_surface_form(tables, short, key, form):
    assert key in tables[short], f"{key} missing from {short}"
    assert form in arabic_forms(tables[short][key]), f"{key} lacks {form!r}"


@pytest.mark.parametrize("key,form", SEED_ADJECTIVES)
def test_seed_adjectives(tables, key, form):
    assert form in split(tables["actors"][key]["adjectives_ar"])


@pytest.mark.parametrize("short,key,qid", EXPECTED_QIDS)
def test_seed_entity_qid(tables, short, key, qid):
    assert tables[short][key]["wikidata"] == qid


@pytest.mark.parametrize("short,key,cls", EXPECTED_CLASSES)
def test_seed_entity_class(tables, short, key, cls):
    assert tables[short][key]["class"] == cls


def test_seed_place_hierarchy(tables):
    places = tables["places"]
    assert places["wof-1125980167"]["parent_key"] == "wof-1108779151"
    assert places["wof-1108779151"]["parent_key"] == "wof-85678381"
    assert places["wof-85678381"]["parent_key"] == "wof-85632413"
    assert places["deir-ez-zor-eastern-countryside"]["parent_key"] == "wof-85678381"
    assert tables["actors"]["hezbollah-war-media"]["affiliated_with"] == "hezbollah"


WOF_HEADER = ("wof_id\tplacetype\tname\tname_en\tname_ar\tvariants_en\tvariants_ar\tparent_id\t"
              "region_id\tcounty_id\tlocality_id\tlat\tlon\twikidata\tgeonames\tis_current")
WOF_ROWS = [  # one line per WOF row, columns as WOF_HEADER
    "1\tcountry\tSyria\tSyria\tسوريا\tSyrian\tسورية|Sūriyā|الشام\t9\t\t\t\t35\t38\tQ858"
    "\t\t1",
    "2\tregion\tR\tRegion\tالرقة\t\tمحافظة الرقة\t1\t2\t\t\t36\t39\t\t\t1",
    "3\tcounty\tNo Arabic\tNo Arabic\t\t\t\t2\t2\t3\t\t36\t39\t\t\t1",
    "4\tlocality\tTown\tTown\tمنبج\t\t\t3\t2\t3\t\t36\t38\tQ1\t\t0",
    "5\tlocality\tTown\tTown\tمنبج\t\t\t3\t2\t3\t\t36\t38\tQ1\t\t1",
    "6\tregion\tOld\tOld\tعكار\t\t\t1\t6\t\t\t34\t36\t\t\t0",
    "7\tlocality\tLatin only\tLatin only\t‘Afrīn\t\tعفرين\t3\t2\t3\t\t36\t37\t\t\t-1",
    "8\tvenue\tVenue\tVenue\tمقهى\t\t\t3\t2\t3\t\t36\t37\t\t\t1",
    # a town WOF also calls by its governorate's name (as WOF's Idlib city), and one it calls only so
    "9\tlocality\tRaqqa\tRaqqa\tالرقة\t\tمحافظة الرقة\t3\t2\t3\t\t36\t39\t\t\t1",
    "10\tlocality\tRaqqa Governate\tRaqqa Governate\tمُحافظة الرقة\t\t\t3\t2\t3\t\t36\t39\t\t\t-1",
]
EXTRA_HEADER = "\t".join(PLACE_COLUMNS)
EXTRA_ROWS = [
    "wof-3\t\tNo Arabic District\tمنطقة منبج\t\t\t\t\t\t\t\tcurated",
    "river\tRiver\tRiver\tنهر الفرات\tالفرات\t\twof-1\t\t\tQ34589\ttest\tcurated",
]


def tsv_rows(header, rows):
    return list(csv.DictReader([header] + rows, delimiter="\t", quoting=csv.QUOTE_NONE,
                               quotechar=None))


def test_derive_rules_on_a_small_extract():
    derive = load_derive()
    rows = derive.derive(tsv_rows(WOF_HEADER, WOF_ROWS), tsv_rows(EXTRA_HEADER, EXTRA_ROWS),
                         "abc")
    by_key = {row["key"]: row for row in rows}
    assert [row["key"] for row in rows] == sorted(by_key)
    assert set(by_key) == {"wof-1", "wof-2", "wof-3", "wof-5", "wof-7", "wof-9", "river"}
    assert "محافظة الرقة" in by_key["wof-2"]["variants_ar"].split("|")  # the governorate's name, on it
    assert "محافظة الرقة" not in by_key["wof-9"]["variants_ar"].split("|")  # not on the town
    assert "Sūriyā" not in by_key["wof-1"]["variants_ar"]  # Latin filtered out of variants_ar
    assert "سورية" in by_key["wof-1"]["variants_ar"].split("|")
    assert by_key["wof-2"]["class"] == "Governorate" and by_key["wof-2"]["parent_key"] == "wof-1"
    assert by_key["wof-3"]["name_ar"] == "منطقة منبج"  # supplement keeps a WOF row
    assert by_key["wof-3"]["source"] == "wof:abc; curated"
    assert by_key["wof-5"]["parent_key"] == "wof-3"  # is_current 1 beats 0 for same name+parent
    assert by_key["wof-7"]["name_ar"] == "عفرين"  # Latin name_ar replaced by an Arabic variant
    assert "الرقه" in by_key["wof-2"]["variants_ar"].split("|")  # ة/ه spelling variant
    assert by_key["river"]["parent_key"] == "wof-1" and by_key["river"]["wikidata"] == "Q34589"


def test_derive_rejects_a_supplement_for_an_unknown_wof_id():
    derive = load_derive()
    bad = ["wof-99\t\t\tاسم\t\t\t\t\t\t\t\tcurated"]
    with pytest.raises(derive.GazetteerError, match="wof-99"):
        derive.derive(tsv_rows(WOF_HEADER, WOF_ROWS), tsv_rows(EXTRA_HEADER, bad), "abc")


@pytest.mark.skipif(not (SHARED / "wof-syria-places.tsv").exists(),
                    reason="shared WOF extract not present; the committed places.tsv is checked")
def test_places_tsv_is_what_the_script_derives(tmp_path):
    derive = load_derive()
    out = tmp_path / "places.tsv"
    assert derive.main([str(SHARED), str(out), "--extra", str(DATA / "places-extra.tsv")]) == 0
    assert out.read_bytes() == (DATA / "places.tsv").read_bytes()
