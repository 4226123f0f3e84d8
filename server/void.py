"""The VoID description of the dataset: triples per named graph, entities per class, triples
per property (https://www.w3.org/TR/void/)."""

from pyoxigraph import Literal, NamedNode, Triple

VOID = "http://rdfs.org/ns/void#"
SD_NAME = NamedNode("http://www.w3.org/ns/sparql-service-description#name")
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")

PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
# Triples of the store's own default graph that no named graph holds: the same count whether the
# default graph is pyoxigraph's union view or a serving copy's materialised union (server.union).
IN_DEFAULT = ("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o "
              "FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
PER_CLASS = ("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c")
PER_PROPERTY = ("SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p "
                "ORDER BY ?p")


def void_triples(select, void_url: str, endpoint: str) -> list[Triple]:
    """The VoID triples, counting with select(query, **job_fields) -> SPARQL JSON bindings."""
    dataset = NamedNode(void_url + "#dataset")
    graphs = select(PER_GRAPH)
    (default,) = select(IN_DEFAULT)
    classes, properties = select(PER_CLASS), select(PER_PROPERTY)
    total = sum(_count(row) for row in graphs) + _count(default)
    triples = [Triple(dataset, RDF_TYPE, _void("Dataset")),
               Triple(dataset, _void("sparqlEndpoint"), NamedNode(endpoint)),
               Triple(dataset, _void("triples"), _integer(total)),
               Triple(dataset, _void("classes"), _integer(len(classes))),
               Triple(dataset, _void("properties"), _integer(len(properties)))]
    for number, row in enumerate(graphs, 1):
        subset = NamedNode(f"{void_url}#graph-{number}")
        triples += [Triple(dataset, _void("subset"), subset),
                    Triple(subset, RDF_TYPE, _void("Dataset")),
                    Triple(subset, SD_NAME, NamedNode(row["g"]["value"])),
                    Triple(subset, _void("triples"), _integer(_count(row)))]
    triples += _partitions(dataset, void_url, "class", classes, "c", "entities")
    triples += _partitions(dataset, void_url, "property", properties, "p", "triples")
    return triples


def _partitions(dataset, void_url: str, kind: str, rows: list, key: str, counted: str) -> list:
    """void:classPartition or void:propertyPartition nodes with their counts."""
    triples = []
    for number, row in enumerate(rows, 1):
        if row[key]["type"] != "uri":
            continue
        part = NamedNode(f"{void_url}#{kind}-{number}")
        triples += [Triple(dataset, _void(kind + "Partition"), part),
                    Triple(part, _void(kind), NamedNode(row[key]["value"])),
                    Triple(part, _void(counted), _integer(_count(row)))]
    return triples


def _count(row: dict) -> int:
    """The ?n of a counting row."""
    return int(row["n"]["value"])


def _integer(number: int) -> Literal:
    """number as an xsd:integer literal."""
    return Literal(str(number), datatype=XSD_INTEGER)


def _void(name: str) -> NamedNode:
    """A term of the VoID vocabulary."""
    return NamedNode(VOID + name)
