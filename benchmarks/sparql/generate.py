"""Generate a Khabar-shaped benchmark dataset as N-Quads: one named graph per article.

Each article graph holds its article node and extraction run, one or two operations (type,
Arabic and English labels, agent, target, place, date), the shared actors and places it mentions
(types, labels in both languages, Wikidata match, coordinates, partOf), claims attributed to
sources with casualty figures. Deterministic: the same arguments give the same file.

    python benchmarks/sparql/generate.py --graphs 20000 --out /tmp/bench.nq
"""

import argparse
import random

KH = "https://w3id.org/khabar/ontology#"
KHR = "https://w3id.org/khabar/resource/"
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"
XSD = "http://www.w3.org/2001/XMLSchema#"
OPERATIONS = ["Airstrike", "Shelling", "Entry", "Advance", "Capture", "ArmedClash", "Attack"]
ACTOR_TYPES = ["StateForce", "ArmedGroup", "Militia", "Coalition", "NewsAgency",
               "MonitoringGroup", "HumanitarianOrganisation"]
AR_WORDS = ["قوات", "الجيش", "تنظيم", "الدولة", "جبهة", "المرصد", "الهلال", "مدينة", "ريف",
            "حي", "قرية", "جسر", "سوق", "مستشفى", "الشمالي", "الغربي", "الشرقي", "الجنوبي"]
EN_WORDS = ["forces", "army", "front", "brigade", "monitor", "crescent", "city", "district",
            "village", "bridge", "market", "hospital", "north", "west", "east", "south"]


def iri(local: str) -> str:
    """A Khabar resource IRI in N-Quads syntax."""
    return f"<{KHR}{local}>"


def kh(name: str) -> str:
    """A Khabar ontology term in N-Quads syntax."""
    return f"<{KH}{name}>"


def lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A literal in N-Quads syntax."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if lang:
        return f'"{escaped}"@{lang}'
    return f'"{escaped}"^^<{XSD}{datatype}>' if datatype else f'"{escaped}"'


def name(rng: random.Random, words: list[str], n: int) -> str:
    """A made-up name of n words."""
    return " ".join(rng.choice(words) for _ in range(n))


def entities(rng: random.Random, actors: int, places: int) -> tuple[list, list]:
    """The shared actors and places: (key, triples about it) each."""
    actor_list = []
    for a in range(actors):
        node = iri(f"actor/a{a}")
        actor_list.append((node, [
            (node, RDF_TYPE, kh(rng.choice(ACTOR_TYPES))),
            (node, LABEL, lit(f"{name(rng, AR_WORDS, 2)} {a}", "ar")),
            (node, LABEL, lit(f"{name(rng, EN_WORDS, 2)} {a}", "en")),
            (node, "<http://www.w3.org/2004/02/skos/core#exactMatch>",
             f"<http://www.wikidata.org/entity/Q{1000 + a}>")]))
    place_list = []
    for p in range(places):
        node = iri(f"place/p{p}")
        parent = iri(f"place/p{p // 20}") if p >= 20 else iri("place/syria")
        place_list.append((node, [
            (node, RDF_TYPE, kh("CityOrTown" if p >= 20 else "Governorate")),
            (node, LABEL, lit(f"{name(rng, AR_WORDS, 2)} {p}", "ar")),
            (node, LABEL, lit(f"{name(rng, EN_WORDS, 2)} {p}", "en")),
            (node, kh("partOf"), parent),
            (node, "<http://www.w3.org/2003/01/geo/wgs84_pos#lat>",
             lit(f"{32 + rng.random() * 5:.4f}", datatype="decimal")),
            (node, "<http://www.w3.org/2003/01/geo/wgs84_pos#long>",
             lit(f"{35 + rng.random() * 7:.4f}", datatype="decimal"))]))
    return actor_list, place_list


def article(rng: random.Random, n: int, actors: list, places: list) -> list:
    """The triples of article n's graph."""
    a = f"article/b{n}"
    node, day = iri(a), f"2017-{1 + n % 12:02d}-{1 + n % 28:02d}"
    triples = [(node, RDF_TYPE, kh("Article")), (node, kh("articleId"), lit(f"b{n}")),
               (node, kh("text"), lit(name(rng, AR_WORDS, 40), "ar")),
               (node, "<https://schema.org/datePublished>", lit(day, datatype="date")),
               (node, "<http://www.w3.org/ns/prov#wasGeneratedBy>", iri(a + "/run")),
               (iri(a + "/run"), RDF_TYPE, "<http://www.w3.org/ns/prov#Activity>"),
               (iri(a + "/run"), "<http://www.w3.org/ns/prov#endedAtTime>",
                lit(day + "T12:00:00Z", datatype="dateTime"))]
    mentioned = set()
    for o in range(1, rng.randint(1, 2) + 1):
        op, agent, target, place = (iri(f"{a}/operation/{o}"), rng.choice(actors),
                                    rng.choice(actors), rng.choice(places))
        mentioned |= {agent[0], target[0], place[0]}
        triples += [(op, RDF_TYPE, kh(rng.choice(OPERATIONS))),
                    (op, LABEL, lit(name(rng, AR_WORDS, 3), "ar")),
                    (op, LABEL, lit(name(rng, EN_WORDS, 3), "en")),
                    (op, kh("agent"), agent[0]), (op, kh("target"), target[0]),
                    (op, kh("place"), place[0]), (op, kh("date"), lit(day, datatype="date"))]
        claim, quantity, source = iri(f"{a}/claim/{o}"), iri(f"{a}/quantity/{o}"), rng.choice(actors)
        mentioned.add(source[0])
        triples += [(claim, RDF_TYPE, kh("Claim")), (claim, kh("attributedTo"), source[0]),
                    (claim, kh("reportedIn"), node), (claim, kh("about"), op),
                    (claim, kh("statesQuantity"), quantity),
                    (quantity, RDF_TYPE, kh("Quantity")), (quantity, kh("quantityKind"), kh("Killed")),
                    (quantity, kh("minValue"), lit(str(rng.randint(1, 200)), datatype="integer")),
                    (quantity, kh("concerns"), op)]
    for key, about in actors + places:
        if key in mentioned:
            triples += about
    return triples


def main() -> None:
    """Write the dataset."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--graphs", type=int, default=20000)
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--places", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    actors, places = entities(rng, args.actors, args.places)
    quads = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for n in range(args.graphs):
            graph = iri(f"article/b{n}")
            for s, p, o in article(rng, n, actors, places):
                out.write(f"{s} {p} {o} {graph} .\n")
                quads += 1
    print(f"{quads} quads in {args.graphs} graphs -> {args.out}")


if __name__ == "__main__":
    main()
