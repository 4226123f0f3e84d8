"""Check the gold development set: spans, classes, QIDs, hashes, structure.

Usage: python devset/tools/check.py [GOLD.json ...]   (default: every devset/gold/*.json)
Needs only the repository (devset/articles.jsonl, seeds/, kg/data/), not /work/shared.
Exit status 1 and one line per problem if anything is wrong.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from pathlib import Path

DEVSET = Path(__file__).resolve().parents[1]
ROOT = DEVSET.parent
DATA = ROOT / "kg" / "data"

ACTOR_CLASSES = {"Actor", "StateForce", "ArmedGroup", "Militia", "Coalition", "Government",
                 "MediaOrganisation", "NewsAgency", "HumanitarianOrganisation", "UNBody",
                 "MonitoringGroup", "IntelligenceService", "AnonymousSource", "Civilians"}
PLACE_CLASSES = {"Location", "Country", "Governorate", "District", "Subdistrict", "CityOrTown",
                 "Neighbourhood", "Facility", "Landmark", "River", "Region", "Road"}
OPERATION_TYPES = {"GroundOffensive", "Entry", "Advance", "Capture", "TerritorialControl", "AirCampaign",
                   "Airstrike", "ArmedClash", "Shelling", "Attack", "Redeployment"}
STATEMENT_KINDS = {"Condemnation", "Warning", "Appeal", "Report"}
FIGURE_KINDS = {"Killed", "Injured", "KilledOrInjured", "Displaced", "Distance", "TerritoryShare", "PersonCount"}
APPROXIMATIONS = {"exact", "vague", "about", "more-than", "less-than"}
SEED_ID = "000_0b2b1d84f3c92a2c"
HELD_OUT = sorted(p.name for p in DEVSET.glob("heldout*") if p.is_dir())  # the held-out test sets
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def verified_qids() -> set[str]:
    """QIDs listed in kg/data/qid-evidence.tsv or in the wikidata column of actors.tsv/places.tsv."""
    qids = set()
    with (DATA / "qid-evidence.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("qid"):
                qids.add(row["qid"].strip())
    for name in ("actors.tsv", "places.tsv"):
        with (DATA / name).open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                if row.get("wikidata"):
                    qids.add(row["wikidata"].strip())
    return qids


def load_texts() -> dict[str, dict]:
    """id → {text, row} for the articles of the development and held-out sets, and the seed."""
    out = {}
    for rows in (DEVSET / "articles.jsonl", *(DEVSET / name / "articles.jsonl" for name in HELD_OUT)):
        with rows.open(encoding="utf-8") as handle:
            for raw in handle:
                row = json.loads(raw)
                out[row["id"]] = {"text": row["text"], "row": row}
    seed = ROOT / "seeds" / f"{SEED_ID}.txt"
    out[SEED_ID] = {"text": seed.read_bytes().decode("utf-8-sig"), "row": None}
    return out


def check_file(path: Path, texts: dict, qids: set[str]) -> list[str]:
    problems: list[str] = []

    def bad(msg: str) -> None:
        problems.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        return [f"{path.name}: unreadable ({error})"]
    art = gold.get("article", {})
    ident = art.get("id")
    if path.stem != ident:
        bad(f"file name does not match article id {ident!r}")
    if ident not in texts:
        return problems + [f"{path.name}: article {ident!r} is neither in devset/articles.jsonl nor the seed"]
    text = texts[ident]["text"]
    row = texts[ident]["row"]
    if art.get("text_sha256") != hashlib.sha256(text.encode("utf-8")).hexdigest():
        bad("text_sha256 does not match the article text")
    if row is not None:
        for key, field in (("source", "source_file"), ("line", "source_line"), ("language", "language"),
                           ("published", "published")):
            if art.get(key) != row.get(field):
                bad(f"article.{key} {art.get(key)!r} != {row.get(field)!r}")
    elif art.get("source") != f"seeds/{SEED_ID}.txt":
        bad("seed source should be seeds/<id>.txt")
    for key in ("actors", "places", "operations", "statements", "figures", "dates", "attributions"):
        if not isinstance(gold.get(key), list):
            bad(f"{key} is missing or not a list")
            return problems

    def span(where: str, obj, need_text: bool = False) -> tuple[int, int] | None:
        if not isinstance(obj, dict):
            bad(f"{where}: not a span object")
            return None
        s, e = obj.get("start"), obj.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            bad(f"{where}: bad offsets {s}-{e}")
            return None
        if "text" in obj:
            if text[s:e] != obj["text"]:
                bad(f"{where}: text {obj['text']!r} != {text[s:e]!r} at {s}-{e}")
        elif need_text:
            bad(f"{where}: missing text")
        return s, e

    actor_spans, place_spans, date_spans = set(), {}, set()
    actor_class = {(m.get("start"), m.get("end")): m.get("class") for m in gold["actors"]}
    for kind, classes, store in (("actors", ACTOR_CLASSES, actor_spans), ("places", PLACE_CLASSES, place_spans)):
        for n, m in enumerate(gold[kind]):
            where = f"{kind}[{n}] {m.get('text')!r}"
            sp = span(where, m, need_text=True)
            if m.get("class") not in classes:
                bad(f"{where}: class {m.get('class')!r} is not a Khabar {kind[:-1]} class")
            if not m.get("name"):
                bad(f"{where}: no name")
            qid = m.get("qid")
            if qid is not None and qid not in qids:
                bad(f"{where}: QID {qid} is not in the verified lists")
            if sp:
                if isinstance(store, set):
                    store.add(sp)
                else:
                    store[sp] = qid
    for kind in ("actors", "places"):
        spans = sorted((m["start"], m["end"]) for m in gold[kind])
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                bad(f"{kind}: overlapping mentions {a} and {b}")
    for n, d in enumerate(gold["dates"]):
        where = f"dates[{n}] {d.get('text')!r}"
        sp = span(where, d, need_text=True)
        if sp:
            date_spans.add(sp)
        rs, re_ = d.get("resolved_start"), d.get("resolved_end")
        if (rs is None) != (re_ is None):
            bad(f"{where}: resolved_start and resolved_end must both be set or both null")
        elif rs is not None:
            if not (ISO_DATE.match(rs) and ISO_DATE.match(re_)) or rs > re_:
                bad(f"{where}: bad resolution {rs}..{re_}")
    for n, op in enumerate(gold["operations"]):
        where = f"operations[{n}] {op.get('type')}"
        if op.get("type") not in OPERATION_TYPES:
            bad(f"{where}: unknown type")
        span(f"{where}.trigger", op.get("trigger"), need_text=True)
        for role in ("agents", "targets", "supporters"):
            for k, ref in enumerate(op.get(role, [])):
                sp = span(f"{where}.{role}[{k}]", ref)
                if sp and sp not in actor_spans:
                    bad(f"{where}.{role}[{k}] is not an annotated actor mention")
        if not op.get("places"):
            bad(f"{where}: no place")
        for k, ref in enumerate(op.get("places", [])):
            sp = span(f"{where}.places[{k}]", ref)
            if sp and sp not in place_spans:
                bad(f"{where}.places[{k}] is not an annotated place mention")
            elif sp and ref.get("qid") != place_spans[sp]:
                bad(f"{where}.places[{k}] qid differs from the place mention's")
        if op.get("time") is not None:
            sp = span(f"{where}.time", op["time"])
            if sp and sp not in date_spans:
                bad(f"{where}.time is not an annotated date")
    for n, st in enumerate(gold["statements"]):
        where = f"statements[{n}] {st.get('kind')}"
        if st.get("kind") not in STATEMENT_KINDS:
            bad(f"{where}: unknown kind")
        sp = span(f"{where}.by", st.get("by"))
        if sp and sp not in actor_spans:
            bad(f"{where}.by is not an annotated actor mention")
        elif sp and actor_class.get(sp) not in ("HumanitarianOrganisation", "UNBody"):
            bad(f"{where}.by is a {actor_class.get(sp)}, not a humanitarian organisation or UN body")
        span(f"{where}.cue", st.get("cue"))
        span(f"{where}.content", st.get("content"))
    for n, f in enumerate(gold["figures"]):
        where = f"figures[{n}] {f.get('text')!r}"
        span(where, f, need_text=True)
        if f.get("kind") not in FIGURE_KINDS:
            bad(f"{where}: unknown kind {f.get('kind')!r}")
        if f.get("approximation") not in APPROXIMATIONS:
            bad(f"{where}: unknown approximation {f.get('approximation')!r}")
        lo, hi = f.get("min"), f.get("max")
        if lo is None and hi is None:
            bad(f"{where}: open on both sides")
        if lo is not None and hi is not None and lo > hi:
            bad(f"{where}: min > max")
        if f.get("stated_by") is not None:
            sp = span(f"{where}.stated_by", f["stated_by"])
            if sp and sp not in actor_spans:
                bad(f"{where}.stated_by is not an annotated actor mention")
    for n, a in enumerate(gold["attributions"]):
        where = f"attributions[{n}]"
        if not a.get("chain"):
            bad(f"{where}: empty chain")
        for k, hop in enumerate(a.get("chain", [])):
            sp = span(f"{where}.chain[{k}]", hop, need_text=True)
            if sp and sp not in actor_spans:
                bad(f"{where}.chain[{k}] {hop.get('text')!r} is not an annotated actor mention")
        span(f"{where}.cue", a.get("cue"))
        span(f"{where}.content", a.get("content"))
    return problems


def main(argv: list[str]) -> int:
    gold_dirs = [DEVSET / "gold", *(DEVSET / name / "gold" for name in HELD_OUT)]
    paths = [Path(p) for p in argv[1:]] or sorted(p for d in gold_dirs for p in d.glob("*.json"))
    texts, qids = load_texts(), verified_qids()
    problems = [p for path in paths for p in check_file(path, texts, qids)]
    for p in problems:
        print(p)
    print(f"checked {len(paths)} gold files: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
