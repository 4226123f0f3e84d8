"""Evaluating one SPARQL query: its keywords, its dataset, pyoxigraph's serializers."""

import io
import re
from typing import Callable

import pyoxigraph
from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions

from server.errors import bad_request, evaluation_failed, read_only
from server.negotiation import Format

PREFIXES = {
    "kh": "https://w3id.org/khabar/ontology#",
    "khr": "https://w3id.org/khabar/resource/",
    "wd": "http://www.wikidata.org/entity/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "geo": "http://www.w3.org/2003/01/geo/wgs84_pos#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

# Strings, IRIs and comments, which may contain words that are not keywords.
_NOT_CODE = re.compile("|".join([
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',  # long strings
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"(?:[^"\\\n]|\\.)*"',  # short strings
    r"'(?:[^'\\\n]|\\.)*'",
    r'<[^<>"{}|^`\\\s]*>',  # IRIs
    r"#[^\n]*",  # comments
]), re.S)
_WORD = re.compile(r"(?<![\w?$:@])[A-Za-z]+(?![\w:-])")
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def keywords(query: str) -> set[str]:
    """The bare words of a query outside strings, IRIs and comments, upper-cased.

    >>> sorted(keywords('SELECT ?from FROM <http://x#SERVICE> WHERE { ?s ex:service "FROM" }'))
    ['FROM', 'SELECT', 'WHERE']
    """
    unescaped = _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16)), query)
    return {word.upper() for text in {query, unescaped}
            for word in _WORD.findall(_NOT_CODE.sub(" ", text))}


def dataset_options(query: str, default_uris: list[str], named_uris: list[str]) -> dict:
    """Store.query arguments for the protocol's dataset; the default graph is a union unless set."""
    # default-graph-uri sets the default graph; named-graph-uri alone makes it the union of the
    # listed graphs (sd:UnionDefaultGraph); neither, and no FROM in the query, the union of all.
    # pyoxigraph's union flag would override FROM, hence the keyword check.
    default_graphs = _graphs("default-graph-uri", default_uris)
    named_graphs = _graphs("named-graph-uri", named_uris)
    options = {}
    if default_graphs or named_graphs:
        options["default_graph"] = default_graphs or named_graphs
    elif "FROM" not in keywords(query):
        options["use_default_graph_as_union"] = True
    if named_graphs:
        options["named_graphs"] = named_graphs
    return options


def _graphs(parameter: str, uris: list[str]) -> list[NamedNode]:
    """The IRIs of a dataset parameter as NamedNodes; 400 for one that is not an IRI."""
    try:
        return [NamedNode(uri) for uri in uris]
    except ValueError as error:
        raise bad_request(f"{parameter} must be an absolute IRI: {error}") from error


def check_service(query: str, allow_service: bool) -> None:
    """Refuse federated queries unless ALLOW_SERVICE: they make the server fetch URLs."""
    if not allow_service and "SERVICE" in keywords(query):
        raise read_only("SERVICE (federated query) is disabled on this endpoint "
                        "(setting ALLOW_SERVICE).")


def evaluate(store, query: str, options: dict, pick: Callable[[str], Format],
             output: io.BytesIO) -> Format:
    """Run the query and write its result to output in the Format pick gives for its kind."""
    # pick maps the kind of result, "results" or "graph", to the Format to write it in.
    try:
        result = store.query(query, **options)
        fmt = pick("results" if isinstance(result, (QuerySolutions, QueryBoolean)) else "graph")
        if isinstance(fmt.serializer, QueryResultsFormat):
            result.serialize(output, format=fmt.serializer)
        else:
            pyoxigraph.serialize(result, output, fmt.serializer, prefixes=PREFIXES)
    except SyntaxError as error:
        raise bad_request(f"Malformed query: {error}") from error
    except TimeoutError:
        raise  # a subclass of OSError, but the deadline's, not the store's
    except OSError as error:
        raise evaluation_failed(str(error)) from error
    return fmt
