"""The SPARQL 1.1 Service Description of the endpoint, as RDF triples."""

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple

from server.negotiation import GRAPH_FORMATS, RESULT_FORMATS

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DCT_TITLE = NamedNode("http://purl.org/dc/terms/title")
DCT_DESCRIPTION = NamedNode("http://purl.org/dc/terms/description")
DESCRIPTION_PREFIXES = {"sd": SD, "dcterms": "http://purl.org/dc/terms/",
                        "formats": FORMATS}


def describe_service(endpoint: str, allow_service: bool = False) -> list[Triple]:
    """sd:Service triples for endpoint: language, result formats, union default graph."""
    service = NamedNode(endpoint)
    features = ["UnionDefaultGraph"] + (["BasicFederatedQuery"] if allow_service else [])
    triples = [
        Triple(service, RDF_TYPE, _sd("Service")),
        Triple(service, _sd("endpoint"), service),
        Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        Triple(service, DCT_TITLE, Literal("Khabar SPARQL endpoint", language="en")),
        Triple(service, DCT_DESCRIPTION, Literal(
            "Read-only SPARQL 1.1 endpoint over Khabar's conflict-news knowledge graph, one "
            "named graph per article. Without default-graph-uri or FROM, the default graph "
            "is the union of all named graphs.", language="en")),
    ]
    triples += [Triple(service, _sd("feature"), _sd(name)) for name in features]
    triples += [Triple(service, _sd("resultFormat"), NamedNode(_format_iri(f.serializer)))
                for f in (*RESULT_FORMATS, *GRAPH_FORMATS)]
    return triples


def _format_iri(serializer) -> str:
    """The W3C formats IRI of a serializer (pyoxigraph names JSON-LD .../formats/data/JSON-LD)."""
    return FORMATS + "JSON-LD" if serializer == RdfFormat.JSON_LD else serializer.iri


def _sd(name: str) -> NamedNode:
    """A term of the Service Description vocabulary."""
    return NamedNode(SD + name)
