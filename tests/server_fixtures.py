"""A small two-article dataset in Khabar's data model, for the server tests, and apps over it."""

import contextlib
import hashlib
import re

import pyoxigraph

KH = "https://w3id.org/khabar/ontology#"
KHR = "https://w3id.org/khabar/resource/"
ARTICLE_AR = KHR + "article/ar-001"
ARTICLE_EN = KHR + "article/en-002"

PREFIXES = f"""
@prefix kh: <{KH}> .
@prefix khr: <{KHR}> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix geo: <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

TEXT_AR = ("بدعم جوي روسي، دخلت قوات النظام السوري الأحياء الغربية لمدينة الميادين. "
           "ونقلت رويترز عن وحدة الإعلام الحربي التابعة لحزب الله أن القوات باتت على مسافة "
           "أقل من عشرة كيلومترات من المدينة. "
           "ونددت اللجنة الدولية للصليب الأحمر الخميس بمقتل مئات الضحايا.")
TEXT_EN = ("US-led coalition aircraft struck Raqqa on Monday. "
           "Two US intelligence officials told Reuters that Islamic State had moved its "
           "leadership to Mayadin. "
           "Monitors said hundreds of civilians were killed.")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence: they end with '. ' or the end of the text."""
    spans, start = [], 0
    while start < len(text):
        end = text.find(". ", start)
        end = len(text) if end < 0 else end + 1
        spans.append((start, end))
        start = end + 1
    return spans


def span_turtle(article: str, text: str, fragment: str) -> tuple[str, str]:
    """Turtle for a mention of fragment (its first occurrence) and the mention's IRI."""
    start = text.index(fragment)
    end = start + len(fragment)
    number = next(n for n, (s, e) in enumerate(sentences(text), 1) if s <= start < e)
    iri = f"<{article}/mention/{start}-{end}>"
    turtle = (f'{iri} a kh:Mention ; kh:inArticle <{article}> ; '
              f'kh:start "{start}"^^xsd:nonNegativeInteger ; kh:end "{end}"^^xsd:nonNegativeInteger ; '
              f'kh:exactText "{fragment}" ; kh:inSentence <{article}/sentence/{number}> .\n')
    return turtle, iri


def sentence_turtle(article: str, text: str) -> str:
    """Turtle for every sentence of an article."""
    return "".join(
        f'<{article}/sentence/{n}> a kh:Sentence ; kh:inArticle <{article}> ; '
        f'kh:index "{n}"^^xsd:positiveInteger ; kh:start "{s}"^^xsd:nonNegativeInteger ; '
        f'kh:end "{e}"^^xsd:nonNegativeInteger ; kh:exactText "{text[s:e]}" .\n'
        for n, (s, e) in enumerate(sentences(text), 1))


def article_turtle(article: str, key: str, text: str, lang: str, date: str) -> str:
    """Turtle for the article node and its extraction run."""
    return f"""
<{article}> a kh:Article, schema:NewsArticle ; kh:articleId "{key}" ;
    kh:text "{text}"@{lang} ; kh:contentHash "sha256:{hashlib.sha256(text.encode()).hexdigest()}" ; schema:inLanguage "{lang}" ;
    schema:datePublished "{date}"^^xsd:date ; kh:sourceFile "{key}.txt" ;
    prov:wasGeneratedBy <{article}/run> .
<{article}/run> a prov:Activity ; kh:softwareVersion "0.1.0" ;
    prov:endedAtTime "2024-01-01T00:00:00Z"^^xsd:dateTime ; prov:used <{article}> .
khr:actor/reuters a kh:NewsAgency ; rdfs:label "Reuters"@en, "رويترز"@ar ;
    skos:exactMatch wd:Q130879 .
"""


def arabic_graph() -> str:
    """The Arabic article: an entry into Mayadin, a relayed claim, a condemnation."""
    a, t = ARTICLE_AR, TEXT_AR
    m = {key: span_turtle(a, t, fragment) for key, fragment in {
        "op": "دخلت", "place": "الأحياء الغربية لمدينة الميادين", "claim1": "ونقلت رويترز",
        "claim2": "أن القوات باتت", "qty": "أقل من عشرة كيلومترات", "condemn": "ونددت",
        "time": "الخميس"}.items()}
    return article_turtle(a, "ar-001", t, "ar", "2017-10-13") + sentence_turtle(a, t) + "".join(
        turtle for turtle, _ in m.values()) + f"""
khr:place/deir-ez-zor-governorate a kh:Governorate ; rdfs:label "محافظة دير الزور"@ar,
    "Deir ez-Zor Governorate"@en ; skos:exactMatch wd:Q232387 .
khr:place/mayadin a kh:CityOrTown ; rdfs:label "الميادين"@ar, "Mayadin"@en ;
    kh:partOf khr:place/deir-ez-zor-governorate ;
    geo:lat "35.0158"^^xsd:decimal ; geo:long "40.4522"^^xsd:decimal .
<{a}/place/1> a kh:Neighbourhood ; rdfs:label "الأحياء الغربية لمدينة الميادين"@ar ;
    kh:partOf khr:place/mayadin ; kh:hasMention {m["place"][1]} .
khr:actor/syrian-arab-army a kh:StateForce ; rdfs:label "الجيش السوري"@ar, "Syrian Arab Army"@en .
khr:actor/russian-air-force a kh:StateForce ; rdfs:label "القوات الجوية الروسية"@ar .
khr:actor/isis a kh:ArmedGroup ; rdfs:label "تنظيم الدولة الإسلامية"@ar, "Islamic State"@en .
khr:actor/hezbollah-war-media a kh:MediaOrganisation ;
    rdfs:label "وحدة الإعلام الحربي التابعة لحزب الله"@ar .
khr:actor/icrc a kh:HumanitarianOrganisation ; rdfs:label "اللجنة الدولية للصليب الأحمر"@ar .
<{a}/operation/1> a kh:Entry ; rdfs:label "دخول الميادين"@ar ; kh:hasMention {m["op"][1]} ;
    kh:place <{a}/place/1> ; kh:agent khr:actor/syrian-arab-army ;
    kh:supportedBy khr:actor/russian-air-force ; kh:target khr:actor/isis .
<{a}/claim/1> a kh:Claim ; rdfs:label "ما نقلته رويترز"@ar ; kh:attributedTo khr:actor/reuters ;
    kh:reportedIn <{a}> ; kh:relays <{a}/claim/2> ; kh:cue "نقلت" ; kh:hasMention {m["claim1"][1]} .
<{a}/claim/2> a kh:Claim ; rdfs:label "قول وحدة الإعلام الحربي"@ar ;
    kh:attributedTo khr:actor/hezbollah-war-media ; kh:reportedIn <{a}> ;
    kh:content "القوات باتت على مسافة أقل من عشرة كيلومترات من المدينة"@ar ;
    kh:about <{a}/operation/1> ; kh:statesQuantity <{a}/quantity/1> ;
    kh:hasMention {m["claim2"][1]} .
<{a}/quantity/1> a kh:Quantity ; rdfs:label "أقل من عشرة كيلومترات"@ar ;
    kh:quantityKind kh:Distance ; kh:maxValue "10"^^xsd:decimal ; kh:approximation "less-than" ;
    kh:unit "km" ; kh:hasMention {m["qty"][1]} .
<{a}/claim/3> a kh:Condemnation ; rdfs:label "تنديد الصليب الأحمر"@ar ;
    kh:attributedTo khr:actor/icrc ; kh:reportedIn <{a}> ; kh:cue "ونددت" ;
    kh:content "بمقتل مئات الضحايا"@ar ; kh:time <{a}/time/1> ; kh:hasMention {m["condemn"][1]} .
<{a}/time/1> a kh:TimeExpression ; rdfs:label "الخميس"@ar ; kh:resolution "resolved" ;
    kh:resolvedStart "2017-10-12"^^xsd:date ; kh:resolvedEnd "2017-10-12"^^xsd:date ;
    kh:anchorDate "2017-10-13"^^xsd:date ; kh:resolutionNote "the Thursday before publication" ;
    kh:hasMention {m["time"][1]} .
"""


def english_graph() -> str:
    """The English article: a coalition air strike on Raqqa and two relayed statements."""
    a, t = ARTICLE_EN, TEXT_EN
    m = {key: span_turtle(a, t, fragment) for key, fragment in {
        "op": "struck", "raqqa": "Raqqa", "claim1": "told Reuters", "claim3": "Monitors said",
        "qty": "hundreds of civilians"}.items()}
    return article_turtle(a, "en-002", t, "en", "2017-10-14") + sentence_turtle(a, t) + "".join(
        turtle for turtle, _ in m.values()) + f"""
khr:place/raqqa a kh:CityOrTown ; rdfs:label "Raqqa"@en, "الرقة"@ar ; kh:hasMention {m["raqqa"][1]} .
khr:actor/us-led-coalition a kh:Coalition ; rdfs:label "US-led coalition"@en .
<{a}/actor/1> a kh:AnonymousSource ; rdfs:label "Two US intelligence officials"@en ;
    kh:memberCount "2"^^xsd:positiveInteger .
<{a}/actor/2> a kh:MonitoringGroup ; rdfs:label "Monitors"@en .
<{a}/operation/1> a kh:Airstrike ; rdfs:label "air strike on Raqqa"@en ;
    kh:hasMention {m["op"][1]} ; kh:place khr:place/raqqa ; kh:agent khr:actor/us-led-coalition .
<{a}/claim/1> a kh:Claim ; rdfs:label "what Reuters was told"@en ;
    kh:attributedTo khr:actor/reuters ; kh:reportedIn <{a}> ; kh:relays <{a}/claim/2> ;
    kh:cue "told" ; kh:hasMention {m["claim1"][1]} .
<{a}/claim/2> a kh:Claim ; rdfs:label "the officials' statement"@en ;
    kh:attributedTo <{a}/actor/1> ; kh:reportedIn <{a}> ;
    kh:content "Islamic State had moved its leadership to Mayadin"@en ;
    kh:hasMention {m["claim1"][1]} .
<{a}/claim/3> a kh:Claim ; rdfs:label "the monitors' count"@en ;
    kh:attributedTo <{a}/actor/2> ; kh:reportedIn <{a}> ; kh:cue "said" ;
    kh:statesQuantity <{a}/quantity/1> ; kh:hasMention {m["claim3"][1]} .
<{a}/quantity/1> a kh:Quantity ; rdfs:label "hundreds of civilians"@en ;
    kh:quantityKind kh:Killed ; kh:minValue "100"^^xsd:decimal ; kh:maxValue "999"^^xsd:decimal ;
    kh:approximation "vague" ; kh:unit "person" ; kh:concerns <{a}/operation/1> ;
    kh:hasMention {m["qty"][1]} .
"""


def dataset_trig() -> str:
    """Both articles as TriG, each in the named graph of its IRI."""
    trig = (PREFIXES + f"<{ARTICLE_AR}> {{\n{arabic_graph()}\n}}\n"
            + f"<{ARTICLE_EN}> {{\n{english_graph()}\n}}\n")
    # Turtle local names cannot hold '/': write khr:actor/isis as a full IRI.
    return re.sub(r"khr:([\w/-]+)", lambda m: f"<{KHR}{m.group(1)}>", trig)


def load_dataset(store: pyoxigraph.Store) -> pyoxigraph.Store:
    """Load the two articles into store and return it."""
    store.load(dataset_trig(), format=pyoxigraph.RdfFormat.TRIG)
    return store


def write_dataset(path) -> int:
    """An on-disk store at path holding the two articles, flushed and closed again (so that a
    server can open it); returns its number of quads."""
    import gc

    disk = load_dataset(pyoxigraph.Store(str(path)))
    disk.flush()
    count = len(disk)
    del disk
    gc.collect()
    return count


@contextlib.contextmanager
def apps_over(store_path, **defaults):
    """A maker of apps over an on-disk store (served by worker processes), with these settings unless
    told otherwise; every app's worker pool is closed afterwards."""
    import server

    apps = []

    def make(path=store_path, **settings):
        app = server.create_app({"STORE_PATH": str(path), "TESTING": True, **defaults, **settings})
        apps.append(app)
        return app
    try:
        yield make
    finally:
        for app in apps:
            app.extensions["khabar.runner"].close()
