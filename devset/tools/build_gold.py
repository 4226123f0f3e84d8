"""Build devset/gold/{id}.json from the annotation specs (ann_ar.py, ann_en.py, ann_seed.py).

The specs quote substrings; every offset is computed here with spans.py, never by hand.

Spec vocabulary (see ann_ar.py):
  actors: (substring, occurrence, entity_key)   occurrence: int, list of ints, or "*" (every
          occurrence that does not overlap a span already annotated in the same category, or,
          for places, an actor span; list longer names first). Integer occurrences count only
          those free occurrences. substring may be In(ctx, word) to pick a word by its context.
  places: same, with place keys
  ops:    Op(type, trigger, agents=[ref], targets=[ref], supporters=[ref], places=[ref], time=ref)
  stmts:  St(kind, by=ref, cue=ref, content=ref)
  figs:   Fig(kind, min, max, approximation, ref, by=ref|None)
  dates:  (ref, resolution)  resolution: "pub" | "yest" | "wd" (weekday names in the span) |
          "year:YYYY" | "month:M" (latest month M not after publication) | "lastyear" | "lastmonth" |
          ("YYYY-MM-DD", "YYYY-MM-DD") | None (unresolved)
  attrs:  At(chain=[ref, ...], cue=ref, content=ref)
  ref:    "substring" (first occurrence) | ("substring", n) | R("first", "last", n) (a range) |
          In("context", "word"). Where a ref names a mention (operation agents/targets/supporters/
          places/time, speakers, chain hops, stated_by), n counts only the occurrences that are
          annotated mentions of that category.
"""
from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import importlib
import json
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from spans import find_all, find_range, find_span  # noqa: E402

DEVSET = HERE.parent
ROOT = DEVSET.parent


@dataclass
class R:
    first: str
    last: str
    occurrence: int = 0


@dataclass
class In:
    """The first ``target`` inside the ``n``-th occurrence of ``ctx`` (to pick a word by its context)."""
    ctx: str
    target: str
    n: int = 0


def resolve_in(text: str, ref: "In") -> tuple[int, int]:
    s, e = find_span(text, ref.ctx, ref.n)
    i = text.find(ref.target, s, e)
    if i < 0:
        raise ValueError(f"{ref.target!r} not inside {ref.ctx!r}")
    return i, i + len(ref.target)


@dataclass
class Op:
    type: str
    trigger: object
    agents: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    supporters: list = field(default_factory=list)
    places: list = field(default_factory=list)
    time: object = None


@dataclass
class St:
    kind: str
    by: object
    cue: object
    content: object


@dataclass
class Fig:
    kind: str
    min: float | None
    max: float | None
    approximation: str
    ref: object
    by: object = None


@dataclass
class At:
    chain: list
    cue: object
    content: object


@dataclass
class Spec:
    id: str
    actors: list
    places: list
    ops: list = field(default_factory=list)
    stmts: list = field(default_factory=list)
    figs: list = field(default_factory=list)
    dates: list = field(default_factory=list)
    attrs: list = field(default_factory=list)
    notes: str = ""
    # article-local registry entries (key → (class, name, QID)), for specs kept outside entities.py
    entities: dict = field(default_factory=dict)
    place_entities: dict = field(default_factory=dict)


AR_WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
               "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6}
EN_WEEKDAYS = {name: i for i, name in enumerate(calendar.day_name)}


def resolve_ref(text: str, ref) -> tuple[int, int]:
    if isinstance(ref, In):
        return resolve_in(text, ref)
    if isinstance(ref, R):
        return find_range(text, ref.first, ref.last, ref.occurrence)
    if isinstance(ref, tuple):
        return find_span(text, ref[0], ref[1])
    return find_span(text, ref, 0)


def _latin_word(text: str, s: int, e: int) -> bool:
    """A Latin-script match stands as a word (FA-KES possessives without apostrophe, 'Syrias', allowed)."""
    if s > 0 and text[s - 1].isalpha():
        return False
    if e < len(text) and text[e].isalpha():
        return text[e] == "s" and (e + 1 == len(text) or not text[e + 1].isalpha())
    return True


def _overlaps(a, b) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _mentions(text, entries, registry, taken, blockers):
    out = []
    for sub, occ, key in entries:
        cls, name, qid = registry[key]
        if isinstance(sub, In):
            # an explicitly placed mention: may sit on a mention of the other category
            chosen = [resolve_in(text, sub)]
            if any(_overlaps(chosen[0], t) for t in taken):
                raise ValueError(f"{sub.target!r} at {chosen[0]} overlaps an earlier mention")
        else:
            hits = find_all(text, sub)
            if sub[:1].isascii() and sub[:1].isalpha():
                hits = [h for h in hits if _latin_word(text, *h)]
            free = [h for h in hits if not any(_overlaps(h, t) for t in taken + blockers)]
            if occ == "*":
                chosen = free
                if not hits:
                    raise ValueError(f"{sub!r}: '*' matched nothing (not in the text)")
            else:
                # explicit indices count the occurrences not already inside an earlier mention
                indices = occ if isinstance(occ, list) else [occ]
                chosen = []
                for i in indices:
                    if i >= len(free):
                        raise ValueError(f"{sub!r}: free occurrence {i} asked, {len(free)} found")
                    chosen.append(free[i])
        for s, e in chosen:
            taken.append((s, e))
            out.append({"start": s, "end": e, "text": text[s:e], "class": cls, "name": name, "qid": qid})
    out.sort(key=lambda m: m["start"])
    return out


def _resolve_date(span_text: str, res, published: dt.date | None):
    if res is None:
        return None, None
    if isinstance(res, tuple):
        return res
    if published is None:
        raise ValueError(f"{span_text!r}: relative resolution {res!r} without a publication date")
    if res == "pub":
        d = published
        return d.isoformat(), d.isoformat()
    if res == "yest":
        d = published - dt.timedelta(days=1)
        return d.isoformat(), d.isoformat()
    if res == "wd":
        table = AR_WEEKDAYS if any(ch >= "\u0600" for ch in span_text) else EN_WEEKDAYS
        found = sorted((span_text.find(w), wd) for w, wd in table.items() if w in span_text)
        if not found:
            raise ValueError(f"no weekday in {span_text!r}")
        days = []
        for _, wd in found:
            back = (published.weekday() - wd) % 7
            days.append(published - dt.timedelta(days=back))
        days = sorted(set(days))
        return days[0].isoformat(), days[-1].isoformat()
    if res.startswith("year:"):
        y = int(res[5:])
        return f"{y}-01-01", f"{y}-12-31"
    if res == "lastyear":
        y = published.year - 1
        return f"{y}-01-01", f"{y}-12-31"
    if res.startswith("month:") or res == "lastmonth":
        if res == "lastmonth":
            y, m = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
        else:
            m = int(res[6:])
            y = published.year if m <= published.month else published.year - 1
        last = calendar.monthrange(y, m)[1]
        return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{last:02d}"
    raise ValueError(f"unknown resolution {res!r}")


def build(spec: Spec, meta: dict) -> dict:
    text = meta["text"]
    published = meta.get("published")
    pub_date = dt.date.fromisoformat(published[:10]) if published else None
    taken_a: list = []
    actors = _mentions(text, spec.actors, ENTITIES | spec.entities, taken_a, [])
    places = _mentions(text, spec.places, PLACES | spec.place_entities, [], taken_a)
    actor_spans = {(a["start"], a["end"]) for a in actors}
    place_by_span = {(p["start"], p["end"]): p for p in places}

    def span_of(ref, must=None, what=""):
        if must is not None and isinstance(ref, (str, tuple)):
            # a reference to a mention: the n-th occurrence *that is an annotated mention*
            sub, n = (ref, 0) if isinstance(ref, str) else ref
            hits = [h for h in find_all(text, sub) if h in must]
            if n >= len(hits):
                raise ValueError(f"{what} {sub!r}: mention {n} asked, {len(hits)} annotated")
            return hits[n]
        s, e = resolve_ref(text, ref)
        if must is not None and (s, e) not in must:
            raise ValueError(f"{what} {text[s:e]!r} at {s}-{e} is not an annotated mention")
        return s, e

    dates = []
    for ref, res in spec.dates:
        s, e = span_of(ref)
        rs, re_ = _resolve_date(text[s:e], res, pub_date)
        dates.append({"start": s, "end": e, "text": text[s:e], "resolved_start": rs, "resolved_end": re_})
    dates.sort(key=lambda d: d["start"])
    date_spans = {(d["start"], d["end"]) for d in dates}

    operations = []
    for op in spec.ops:
        ts, te = span_of(op.trigger)
        item = {"type": op.type, "trigger": {"start": ts, "end": te, "text": text[ts:te]}}
        for role, refs in (("agents", op.agents), ("targets", op.targets), ("supporters", op.supporters)):
            item[role] = [dict(zip(("start", "end"), span_of(r, actor_spans, f"{op.type} {role}"))) for r in refs]
        item["places"] = []
        for r in op.places:
            s, e = span_of(r, place_by_span, f"{op.type} place")
            item["places"].append({"start": s, "end": e, "qid": place_by_span[(s, e)]["qid"]})
        if not item["places"]:
            raise ValueError(f"operation {op.type} at {ts} has no place")
        if op.time is not None:
            s, e = span_of(op.time, date_spans, "operation time")
            item["time"] = {"start": s, "end": e}
        else:
            item["time"] = None
        operations.append(item)
    operations.sort(key=lambda o: o["trigger"]["start"])

    statements = []
    for st in spec.stmts:
        b = span_of(st.by, actor_spans, "statement speaker")
        c = span_of(st.cue)
        x = span_of(st.content)
        statements.append({"kind": st.kind, "by": {"start": b[0], "end": b[1]},
                           "cue": {"start": c[0], "end": c[1]}, "content": {"start": x[0], "end": x[1]}})
    statements.sort(key=lambda x: x["cue"]["start"])

    figures = []
    for f in spec.figs:
        s, e = span_of(f.ref)
        by = None
        if f.by is not None:
            b = span_of(f.by, actor_spans, "figure stated_by")
            by = {"start": b[0], "end": b[1]}
        figures.append({"kind": f.kind, "min": f.min, "max": f.max, "approximation": f.approximation,
                        "start": s, "end": e, "text": text[s:e], "stated_by": by})
    figures.sort(key=lambda x: x["start"])

    attributions = []
    for a in spec.attrs:
        hops = []
        for r in a.chain:
            s, e = span_of(r, actor_spans, "attribution hop")
            hops.append({"start": s, "end": e, "text": text[s:e]})
        c = span_of(a.cue)
        x = span_of(a.content)
        attributions.append({"chain": hops, "cue": {"start": c[0], "end": c[1]},
                             "content": {"start": x[0], "end": x[1]}})
    attributions.sort(key=lambda x: (x["cue"]["start"], x["chain"][0]["start"]))

    return {
        "article": {
            "id": spec.id,
            "source": meta["source"],
            "line": meta.get("line"),
            "language": meta["language"],
            "published": published,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
        },
        "annotator_notes": spec.notes,
        "actors": actors,
        "places": places,
        "operations": operations,
        "statements": statements,
        "figures": figures,
        "dates": dates,
        "attributions": attributions,
    }


# The held-out test sets, in the order they were drawn (devset/tools/select_heldout.py); the specs of
# set "heldout-b" are ann_heldout_b_ar.py and ann_heldout_b_en.py, or where two annotators shared a
# language, one file each in article order (ann_heldout_f_ar1.py, ann_heldout_f_ar2.py).
HELD_OUT = ("heldout", "heldout-b", "heldout-c", "heldout-d", "heldout-e", "heldout-f", "heldout-g", "heldout-h")
SETS = {  # name → (articles file, gold directory)
    "dev": (DEVSET / "articles.jsonl", DEVSET / "gold"),
    **{name: (DEVSET / name / "articles.jsonl", DEVSET / name / "gold") for name in HELD_OUT},
}


def load_articles(which: str = "dev") -> dict[str, dict]:
    """id → {text, source, line, language, published} for the set's corpus rows (and the seed)."""
    out = {}
    for raw in SETS[which][0].open(encoding="utf-8"):
        r = json.loads(raw)
        out[r["id"]] = {"text": r["text"], "source": r["source_file"], "line": r["source_line"],
                        "language": r["language"], "published": r.get("published")}
    if which == "dev":
        seed = ROOT / "seeds" / "000_0b2b1d84f3c92a2c.txt"
        out["000_0b2b1d84f3c92a2c"] = {"text": seed.read_bytes().decode("utf-8-sig"),
                                       "source": "seeds/000_0b2b1d84f3c92a2c.txt", "line": None,
                                       "language": "ar", "published": None}
    return out


from entities import ENTITIES, PLACES  # noqa: E402


def later_pass(number: int = 2) -> tuple[dict[str, list], dict[str, list], dict[str, list]]:
    """A later operations pass (guidelines version 2, docs/gold-format.md), from ops_v{number}_a.py and
    ops_v{number}_b.py: article id → operations, and the actor and place mentions it added (entries as
    in a spec's actors/places). Pass 2 is the gold; pass 3 is an independent re-annotation of the same
    articles under the same guidelines, kept to measure agreement (devset/tools/agreement.py)."""
    parts = [importlib.import_module(f"ops_v{number}_{half}") for half in ("a", "b")]
    return ({k: v for m in parts for k, v in m.OPS.items()},
            {k: v for m in parts for k, v in getattr(m, "EXTRA_ACTORS", {}).items()},
            {k: v for m in parts for k, v in getattr(m, "EXTRA_PLACES", {}).items()})


def _spec_modules(name: str) -> list[str]:
    """The spec modules of one language of a held-out set: `name`, or its parts `name`1, `name`2, ..."""
    tools = Path(__file__).resolve().parent
    if (tools / f"{name}.py").exists():
        return [name]
    return sorted((p.stem for p in tools.glob(f"{name}[0-9]*.py")), key=lambda stem: int(stem[len(name):]))


def all_specs(which: str = "dev", operations_pass: int = 2) -> list[Spec]:
    """The specs of a set; for the development set, operations from the given annotation pass."""
    if which in HELD_OUT:
        prefix = "ann_" + which.replace("-", "_")
        return [spec for language in ("ar", "en") for module in _spec_modules(f"{prefix}_{language}")
                for spec in importlib.import_module(module).SPECS]
    import ann_ar
    import ann_en
    import ann_seed
    specs = ann_seed.SPECS + ann_ar.SPECS + ann_en.SPECS
    if operations_pass == 1:
        return specs
    ops, actors, places = later_pass(operations_pass)
    return [replace(spec, ops=ops[spec.id],
                    actors=[*spec.actors, *actors.get(spec.id, [])],
                    places=[*spec.places, *places.get(spec.id, [])])
            if spec.id in ops else spec for spec in specs]


def main(argv: list[str]) -> int:
    which, number, out = "dev", 2, None
    args = argv[1:]
    while args[:1] and args[0].startswith("--"):
        if args[0] == "--set":
            which = args[1]
        elif args[0] == "--pass":  # build another operations pass (into --out, never over the gold)
            number = int(args[1])
        elif args[0] == "--out":
            out = Path(args[1])
        else:
            raise SystemExit(f"unknown option {args[0]}")
        args = args[2:]
    if number != 2 and out is None:
        raise SystemExit("--pass other than 2 needs --out DIR (the gold is pass 2)")
    articles = load_articles(which)
    gold_dir = out or SETS[which][1]
    gold_dir.mkdir(parents=True, exist_ok=True)
    only = set(args)
    for spec in all_specs(which, number):
        if only and spec.id not in only:
            continue
        try:
            gold = build(spec, articles[spec.id])
        except ValueError as error:
            raise SystemExit(f"{spec.id}: {error}") from None
        path = gold_dir / f"{spec.id}.json"
        path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        counts = {k: len(gold[k]) for k in ("actors", "places", "operations", "statements", "figures",
                                            "dates", "attributions")}
        print(spec.id, counts)
    return 0


if __name__ == "__main__":
    import build_gold  # run as the imported module, so the spec classes are the same objects

    sys.exit(build_gold.main(sys.argv))
