"""The SERVICE calls of a query, found by parsing it (rdflib's SPARQL parser and algebra)."""

from rdflib.plugins.sparql.algebra import translateQuery, traverse
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import URIRef

from server.errors import read_only


def service_endpoints(query: str) -> list[str]:
    """The endpoint IRI of every SERVICE in the query (in subqueries and FILTER EXISTS too).

    Raise 403 for a SERVICE whose endpoint is a variable, or for a query the parser cannot
    read (it cannot be checked, so it is refused rather than trusted).

    >>> service_endpoints('PREFIX e: <http://e.org/> ASK { SERVICE SILENT e:sparql { } }')
    ['http://e.org/sparql']
    """
    try:
        algebra = translateQuery(parseQuery(query)).algebra
    except Exception as error:  # pyparsing and rdflib raise many kinds
        raise read_only(f"The query mentions SERVICE but the SERVICE check cannot parse it "
                        f"({type(error).__name__}: {error}); it is refused.") from error
    found = []

    def visit(node):
        if getattr(node, "name", None) == "ServiceGraphPattern":
            found.append(node["term"])
    traverse(algebra, visitPost=visit)
    for term in found:
        if not isinstance(term, URIRef):
            raise read_only(f"SERVICE ?{term} (an endpoint chosen at run time) is not allowed "
                            "on this endpoint.")
    return [str(term) for term in found]
