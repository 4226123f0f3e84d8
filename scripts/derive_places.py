"""Derive Khabar's place gazetteer (kg/data/places.tsv) from Who's On First and curated extras.

Usage: python scripts/derive_places.py SHARED_DATA_DIR OUT [--extra PLACES_EXTRA_TSV]

SHARED_DATA_DIR holds wof-syria-places.tsv and its README.md (which names the WOF commit).
The extras file defaults to places-extra.tsv next to OUT. The output is sorted by key, so
the same inputs always give the same bytes. The rules are documented in kg/data/README.md.
"""

import argparse
import csv
import math
import re
import sys
from pathlib import Path

COLUMNS = ["key", "class", "name_en", "name_ar", "variants_ar", "variants_en", "parent_key",
           "lat", "lon", "wikidata", "qid_source", "source"]

PLACETYPE_CLASS = {"country": "Country", "region": "Governorate", "county": "District",
                   "locality": "CityOrTown", "neighbourhood": "Neighbourhood", "campus": "Facility"}
ADMIN_PLACETYPES = {"country", "region", "county"}
CLASSES = {"Country", "Governorate", "District", "Subdistrict", "CityOrTown", "Neighbourhood",
           "Facility", "Landmark", "River", "Region", "Road"}

# Arabic letters (U+0621-U+064A, U+0671-U+06D3 for ٱ and Persian-style letters) and digits.
ARABIC_TOKEN = re.compile(r"^[\u0621-\u064A\u0671-\u06D3\u0660-\u0669\u06F0-\u06F90-9]+$")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
# Short vowels, shadda, sukun, dagger alef, tatweel.
HARAKAT = re.compile(r"[\u064B-\u065F\u0670\u0640]")
INVISIBLE = re.compile(r"[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]")
GOVERNORATE_NOUNS = ("محافظة ", "محافظه ")  # "governorate of": a name only a governorate has
MERGE_RADIUS_KM = 5  # same-named rows further apart than this are different places


class GazetteerError(Exception):
    """Raised when the inputs cannot give a consistent gazetteer."""


def clean_arabic(text):
    """Strip invisible marks, short vowels and tatweel; collapse spaces."""
    text = INVISIBLE.sub("", text)
    text = HARAKAT.sub("", text)
    return " ".join(text.split())


def is_arabic(text):
    """True when every space-separated token is Arabic letters or digits, with a letter."""
    tokens = text.split()
    return (bool(ARABIC_LETTER.search(text))
            and all(ARABIC_TOKEN.match(token) for token in tokens))


def split_list(value):
    """Split a |-separated cell into stripped, non-empty items."""
    return [item.strip() for item in (value or "").split("|") if item.strip()]


def spelling_variants(name):
    """Spelling variants of a name: ة→ه, أإآ→ا, final ي/ى; never a new name. (Not without ال: an
    Arabic name keeps its article, and "قريتين", two villages, is not "القريتين".)"""
    words = name.split()
    out = set()
    out.add(" ".join(w[:-1] + "ه" if w.endswith("ة") else w for w in words))
    out.add(re.sub("[أإآ]", "ا", name))
    out.add(" ".join(w[:-1] + "ي" if w.endswith("ى") else w for w in words))
    out.add(" ".join(w[:-1] + "ى" if w.endswith("ي") and len(w) > 2 else w for w in words))
    normalised = re.sub("[أإآ]", "ا", name)
    normalised = " ".join(w[:-1] + "ه" if w.endswith("ة") else w for w in normalised.split())
    out.add(normalised)
    out.discard(name)
    return out


def normalise(name):
    """A matching key for an Arabic name: bare alef, final ه for ة, final ي for ى."""
    name = re.sub("[أإآ]", "ا", name)
    return " ".join(w[:-1] + ("ه" if w.endswith("ة") else "ي") if w[-1] in "ةى" else w
                    for w in name.split())


def arabic_names(values):
    """Cleaned, de-duplicated Arabic-script names from a list, in input order."""
    seen = []
    for value in values:
        value = clean_arabic(value)
        if is_arabic(value) and value not in seen:
            seen.append(value)
    return seen


def latin_names(values):
    """De-duplicated names that contain no Arabic script, in input order."""
    seen = []
    for value in values:
        value = " ".join(value.split())
        if value and not re.search(r"[\u0600-\u06FF]", value) and value not in seen:
            seen.append(value)
    return seen


def read_tsv(path):
    """Read a tab-separated file with a header into a list of dicts."""
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE,
                                   quotechar=None))


def wof_commit(shared_dir):
    """The WOF commit named in the shared data README ("commit 2db0f03b9")."""
    text = (shared_dir / "README.md").read_text(encoding="utf-8")
    match = re.search(r"commit\s+([0-9a-f]{7,40})", text)
    if not match:
        raise GazetteerError(f"no 'commit <hash>' in {shared_dir / 'README.md'}; "
                             "say which WOF commit the extract came from")
    return match.group(1)


def current_rank(row):
    """Preference when rows collide: is_current 1, then unknown (-1 or empty), then 0."""
    return {"1": 0, "0": 2}.get(row["is_current"].strip(), 1)


def wof_places(rows, source):
    """Turn WOF rows of the kept placetypes into draft places (names not yet filtered)."""
    places = {}
    for row in rows:
        placetype = row["placetype"]
        if placetype not in PLACETYPE_CLASS:
            continue
        if placetype in ADMIN_PLACETYPES and row["is_current"].strip() == "0":
            continue  # superseded admin units (Lebanese Akkar/Rashaya filed under Syria)
        names_ar = arabic_names([row["name_ar"]] + split_list(row["variants_ar"]) + [row["name"]])
        names_en = latin_names([row["name_en"], row["name"]] + split_list(row["variants_en"]))
        places["wof-" + row["wof_id"]] = {
            "key": "wof-" + row["wof_id"], "class": PLACETYPE_CLASS[placetype],
            "names_ar": names_ar, "names_en": names_en,
            "chain": [row[c].strip() for c in ("parent_id", "county_id", "region_id")],
            "lat": row["lat"].strip(), "lon": row["lon"].strip(),
            "wikidata": row["wikidata"].strip(),
            "qid_source": "wof" if row["wikidata"].strip() else "",
            "source": source, "rank": (current_rank(row), 0 if row["wikidata"].strip() else 1,
                                       int(row["wof_id"])),
        }
    return places


def apply_supplement(place, extra):
    """Overlay a places-extra row whose key is a WOF key onto the WOF place."""
    if extra["name_ar"]:
        name = clean_arabic(extra["name_ar"])
        place["names_ar"] = [name] + [n for n in place["names_ar"] if n != name]
    place["names_ar"] += [n for n in arabic_names(split_list(extra["variants_ar"]))
                          if n not in place["names_ar"]]
    if extra["name_en"]:
        place["names_en"] = [extra["name_en"]] + [n for n in place["names_en"]
                                                  if n != extra["name_en"]]
    place["names_en"] += [n for n in split_list(extra["variants_en"]) if n not in place["names_en"]]
    for field in ("class", "lat", "lon"):
        if extra[field]:
            place[field] = extra[field]
    if extra["parent_key"]:
        place["parent_override"] = extra["parent_key"]
    if extra["wikidata"] == "-":
        place["wikidata"], place["qid_source"] = "", ""
    elif extra["wikidata"]:
        place["wikidata"], place["qid_source"] = extra["wikidata"], extra["qid_source"]
    if extra["source"]:
        place["source"] = place["source"] + "; " + extra["source"]


def dedupe(places):
    """Merge WOF places that are one place twice; return {dropped key: kept key}.

    Two rows are one place when they share class and normalised Arabic name and either
    the same WOF parent (the first non-negative of parent_id, county_id, region_id, as WOF
    gives it) with label points within MERGE_RADIUS_KM (WOF repeats a place from several
    sources; same-named villages further apart are distinct), or the same QID.
    The kept row is the best by (is_current 1 > unknown > 0, has a QID, lowest WOF id);
    the others' names are merged into it.
    """
    redirect = {}
    for group_key, radius in ((wof_parent, MERGE_RADIUS_KM), (qid_or_self, math.inf)):
        groups = {}
        for place in places.values():
            groups.setdefault((place["class"], normalise(place["names_ar"][0]),
                               group_key(place)), []).append(place)
        for members in groups.values():
            kept = []
            for place in sorted(members, key=lambda p: p["rank"]):
                near = next((k for k in kept if distance_km(k, place) <= radius), None)
                if near is None:
                    kept.append(place)
                else:
                    merge(near, place, places, redirect)
    return redirect


def wof_parent(place):
    """The first non-negative WOF id of parent, county, region, as WOF gives it."""
    return next((c for c in place["chain"] if c and not c.startswith("-")), "")


def qid_or_self(place):
    """The place's QID, or a value no other place shares."""
    return place["wikidata"] or "no-qid:" + place["key"]


def distance_km(a, b):
    """Approximate ground distance between two places' label points (inf if unknown)."""
    try:
        lat1, lon1, lat2, lon2 = (float(a["lat"]), float(a["lon"]), float(b["lat"]),
                                  float(b["lon"]))
    except ValueError:
        return math.inf
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians(lat1))) * 111.2


def merge(kept, other, places, redirect):
    """Fold other into kept, recording the redirect and removing other."""
    kept["names_ar"] += [n for n in other["names_ar"] if n not in kept["names_ar"]]
    kept["names_en"] += [n for n in other["names_en"] if n not in kept["names_en"]]
    if not kept["wikidata"] and other["wikidata"]:
        kept["wikidata"], kept["qid_source"] = other["wikidata"], other["qid_source"]
    for old, new in list(redirect.items()):
        if new == other["key"]:
            redirect[old] = kept["key"]
    redirect[other["key"]] = kept["key"]
    del places[other["key"]]


def resolve_parent(place, places, redirect):
    """The first of parent, county, region that is a kept place (after redirects), else ''."""
    if place.get("parent_override"):
        return place["parent_override"]
    for wof_id in place["chain"]:
        if not wof_id or wof_id.startswith("-"):
            continue
        key = redirect.get("wof-" + wof_id, "wof-" + wof_id)
        if key in places and key != place["key"]:
            return key
    return ""


def extra_place(extra):
    """A curated place that WOF lacks, as a draft place."""
    if extra["class"] not in CLASSES:
        raise GazetteerError(f"places-extra row {extra['key']!r}: class {extra['class']!r} "
                             f"is not one of {sorted(CLASSES)}")
    names_ar = arabic_names([extra["name_ar"]] + split_list(extra["variants_ar"]))
    if not names_ar:
        raise GazetteerError(f"places-extra row {extra['key']!r} has no Arabic-script name")
    return {"key": extra["key"], "class": extra["class"], "names_ar": names_ar,
            "names_en": latin_names([extra["name_en"]] + split_list(extra["variants_en"])),
            "parent_override": extra["parent_key"], "chain": [],
            "lat": extra["lat"], "lon": extra["lon"], "wikidata": extra["wikidata"],
            "qid_source": extra["qid_source"], "source": extra["source"]}


def to_row(place, places, redirect):
    """Render a draft place as an output row."""
    name_ar = place["names_ar"][0]
    variants = set(place["names_ar"][1:])
    for name in place["names_ar"]:
        variants |= spelling_variants(name)
    variants.discard(name_ar)
    names_en = place["names_en"]
    return {
        "key": place["key"], "class": place["class"],
        "name_en": names_en[0] if names_en else "", "name_ar": name_ar,
        "variants_ar": "|".join(sorted(variants)),
        "variants_en": "|".join(sorted(set(names_en[1:]) - set(names_en[:1]))),
        "parent_key": resolve_parent(place, places, redirect),
        "lat": place["lat"], "lon": place["lon"], "wikidata": place["wikidata"],
        "qid_source": place["qid_source"], "source": place["source"],
    }


def derive(wof_rows, extra_rows, commit):
    """Build the sorted list of output rows from WOF rows and places-extra rows."""
    places = wof_places(wof_rows, f"wof:{commit}")
    for extra in extra_rows:
        if extra["key"].startswith("wof-"):
            if extra["key"] not in places:
                raise GazetteerError(f"places-extra row {extra['key']!r} supplements a WOF place "
                                     "that the extract does not keep; check the WOF id")
            apply_supplement(places[extra["key"]], extra)
    for place in places.values():
        if place["class"] != "Governorate":  # WOF names a few towns "محافظة X" (Idlib, two stale
            place["names_ar"] = [n for n in place["names_ar"]  # records of Tartus and Latakia)
                                 if not n.startswith(GOVERNORATE_NOUNS)]
    places = {k: p for k, p in places.items() if p["names_ar"]}
    redirect = dedupe(places)
    for extra in extra_rows:
        if not extra["key"].startswith("wof-"):
            if extra["key"] in places:
                raise GazetteerError(f"places-extra key {extra['key']!r} is used twice")
            places[extra["key"]] = extra_place(extra)
    rows = [to_row(p, places, redirect) for p in places.values()]
    missing = [r["key"] for r in rows if r["parent_key"] and r["parent_key"] not in places]
    if missing:
        raise GazetteerError(f"parent_key points nowhere for {missing[:5]}")
    return sorted(rows, key=lambda r: r["key"])


def write_tsv(rows, path):
    """Write rows with the fixed column order, tab-separated, UTF-8, LF line ends."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n",
                                quoting=csv.QUOTE_NONE, quotechar=None)
        writer.writeheader()
        writer.writerows(rows)


def main(argv=None):
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared_data_dir", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--extra", type=Path, help="curated extras (default: places-extra.tsv "
                                                   "next to OUT)")
    args = parser.parse_args(argv)
    extra_path = args.extra or args.out.with_name("places-extra.tsv")
    try:
        rows = derive(read_tsv(args.shared_data_dir / "wof-syria-places.tsv"),
                      read_tsv(extra_path), wof_commit(args.shared_data_dir))
    except (GazetteerError, OSError) as error:
        print(f"derive_places: {error}", file=sys.stderr)
        return 1
    write_tsv(rows, args.out)
    print(f"derive_places: wrote {len(rows)} places to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
