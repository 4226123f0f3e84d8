"""Stores for the provenance, query and export tests: the seed and four synthetic articles, enriched."""

from __future__ import annotations

import datetime as dt
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SEED_DIR = REPO / "seeds"
PROVENANCE_DIR = REPO / "tests" / "data" / "provenance"
CLOCK = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
ARTICLE = "https://w3id.org/khabar/resource/article/"
SEED = ARTICLE + "000_0b2b1d84f3c92a2c"
LINKS_GRAPH = "https://w3id.org/khabar/graph/event-links"
MAYADIN = "https://w3id.org/khabar/resource/place/wof-1125980167"
KH = "https://w3id.org/khabar/ontology#"


def link_shellings(store) -> int:
    """Link the synthetic articles' shellings of Mayadin as one event (what kg/linking.py would do)."""
    rows = store.query(f"""SELECT DISTINCT ?op WHERE {{ GRAPH ?g {{ ?op a <{KH}Shelling> ; <{KH}place> <{MAYADIN}> }}
                           FILTER STRSTARTS(STR(?g), "{ARTICLE}prov-") }}""")
    ops = sorted(row["op"].value for row in rows)
    body = " ".join(f"<{a}> <{KH}reportsSameEventAs> <{b}> . <{b}> <{KH}reportsSameEventAs> <{a}> ."
                    for a, b in combinations(ops, 2))
    store.update(f"DROP SILENT GRAPH <{LINKS_GRAPH}> ; INSERT DATA {{ GRAPH <{LINKS_GRAPH}> {{ {body} }} }}")
    return len(ops)


def build_enriched(path: Path, inputs=(SEED_DIR, PROVENANCE_DIR), link: bool = True):
    """Build the inputs into a store at path, link the shellings, add the Wikidata and provenance graphs."""
    import pyoxigraph as ox

    from kg.build import build
    from kg.disagreement import derive
    from kg.wikidata import load_wikidata

    report = build(list(inputs), path, lambda: CLOCK)
    assert report.ok, [str(e) for e in report.failed]
    store = ox.Store(str(path))
    if link:
        link_shellings(store)
    load_wikidata(store)
    derive(store)
    store.flush()
    return store
