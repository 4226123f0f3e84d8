"""The SPARQL 1.1 Service Description of the endpoint, as RDF triples."""

from pyoxigraph import Literal, NamedNode, RdfFormat, Triple

from server.negotiation import GRAPH_FORMATS, RESULT_FORMATS
from server.void import RDF_TYPE, VOID

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
DCT_TITLE = NamedNode("http://purl.org/dc/terms/title")
DCT_DESCRIPTION = NamedNode("http://purl.org/dc/terms/description")
RDFS_SEE_ALSO = NamedNode("http://www.w3.org/2000/01/rdf-schema#seeAlso")
DESCRIPTION_PREFIXES = {"sd": SD, "dcterms": "http://purl.org/dc/terms/",
                        "formats": FORMATS, "void": VOID,
                        "rdfs": "http://www.w3.org/2000/01/rdf-schema#"}


def describe_service(endpoint: str, void: str, federated: bool = False,
                     updatable: bool = False) -> list[Triple]:
    """sd:Service triples for endpoint: languages, result formats, union default graph, VoID."""
    service = NamedNode(endpoint)
    features = ["UnionDefaultGraph"] + (["BasicFederatedQuery"] if federated else [])
    languages = ["SPARQL11Query"] + (["SPARQL11Update"] if updatable else [])
    dataset = NamedNode(void + "#dataset")
    triples = [
        Triple(service, RDF_TYPE, _sd("Service")),
        Triple(service, _sd("endpoint"), service),
        *[Triple(service, _sd("supportedLanguage"), _sd(name)) for name in languages],
        Triple(service, _sd("defaultDataset"), dataset),
        Triple(dataset, RDF_TYPE, _sd("Dataset")),
        Triple(dataset, RDF_TYPE, NamedNode(VOID + "Dataset")),
        Triple(dataset, RDFS_SEE_ALSO, NamedNode(void)),
        Triple(service, DCT_TITLE, Literal("Khabar SPARQL endpoint", language="en")),
        Triple(service, DCT_DESCRIPTION, Literal(
            "Read-only SPARQL 1.1 endpoint over Khabar's conflict-news knowledge graph, one "
            "named graph per article. Without default-graph-uri or FROM, the default graph "
            "is the union of all named graphs; counts per graph, class and property are in "
            "the VoID description.", language="en")),
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
