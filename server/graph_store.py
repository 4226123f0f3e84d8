"""SPARQL 1.1 Graph Store HTTP Protocol at /graph: GET any graph; PUT, POST, DELETE a named graph
with the bearer token (https://www.w3.org/TR/sparql11-http-rdf-update/)."""

import json

import pyoxigraph
from flask import Blueprint, Response, current_app, request
from pyoxigraph import NamedNode

from server.errors import HttpError, bad_request, payload_too_large, unsupported_media_type
from server.negotiation import GRAPH_FORMATS, choose_format
from server.query import Job
from server.resource import iri_term
from server.sparql import result_response, run_job
from server.update import check_token, with_store

bp = Blueprint("graph_store", __name__)

# Formats a graph can be sent in: the graph formats without named graphs (N-Quads, TriG).
UPLOAD_FORMATS = {media_type: fmt.serializer for fmt in GRAPH_FORMATS if fmt.key not in ("nq", "trig")
                  for media_type in fmt.media_types if media_type != "application/json"}


@bp.get("/graph")
def graph() -> Response:
    """GET ?graph=IRI (a named graph, 404 if absent) or ?default (the union of all graphs)."""
    fmt = choose_format(GRAPH_FORMATS, request.headers.get("Accept"), request.args.get("format"),
                        "a graph")
    if "default" in request.args:
        return result_response(*run_job(Job("CONSTRUCT WHERE { ?s ?p ?o }", format=fmt.key)))
    name = graph_name()
    term = iri_term(name)
    if not _has_graph(term):
        raise graph_not_found(name)
    job = Job(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {term} {{ ?s ?p ?o }} }}",
              union_default=False, format=fmt.key)
    return result_response(*run_job(job))


@bp.put("/graph")
def replace_graph() -> Response:
    """PUT ?graph=IRI: the body becomes the graph's content; 201 if the graph is new, else 204."""
    return _write(replace=True)


@bp.post("/graph")
def add_to_graph() -> Response:
    """POST ?graph=IRI: the body's triples are added to the graph; 201 if it is new, else 204."""
    return _write(replace=False)


def _write(replace: bool) -> Response:
    """Put the body's triples in the ?graph= graph, after emptying it if `replace`."""
    name = writable_graph()
    triples = read_triples(name)

    def change(store) -> bool:
        created = not store.contains_named_graph(name)
        if replace and not created:
            store.remove_graph(name)
        store.add_graph(name)
        store.extend(triples)
        return created
    return Response(status=201 if with_store(change) else 204)


@bp.delete("/graph")
def delete_graph() -> Response:
    """DELETE ?graph=IRI: the graph and its triples are removed; 404 if there is no such graph."""
    name = writable_graph()

    def change(store) -> bool:
        found = store.contains_named_graph(name)
        if found:
            store.remove_graph(name)
        return found
    if not with_store(change):
        raise graph_not_found(name.value)
    return Response(status=204)


def graph_name() -> str:
    """The ?graph= IRI; 400 without it."""
    name = request.args.get("graph", "").strip()
    if not name:
        raise bad_request("Give ?graph=IRI for a named graph or ?default for the default graph.")
    return name


def writable_graph() -> NamedNode:
    """The named graph a write is about, once the bearer token is checked (403 on a read-only
    server, 401 without the token); ?default is refused, being the union of the others."""
    check_token()
    if "default" in request.args:
        raise HttpError(405, "Method Not Allowed",
                        "The default graph is the union of the named graphs: write to a named "
                        "graph with ?graph=IRI.", {"Allow": "GET, HEAD"})
    try:
        return NamedNode(graph_name())
    except ValueError as error:
        raise bad_request(f"graph must be an absolute IRI: {error}") from error


def read_triples(graph: NamedNode) -> list:
    """The request body parsed in its Content-Type as quads in graph; 415 for a type that cannot
    carry one graph, 413 above MAX_UPLOAD_BYTES, 400 with the parser's message if malformed."""
    fmt = UPLOAD_FORMATS.get(request.mimetype)
    if fmt is None:
        raise unsupported_media_type(request.mimetype, ", ".join(UPLOAD_FORMATS))
    limit = current_app.config["MAX_UPLOAD_BYTES"]
    if request.content_length is not None and request.content_length > limit:
        raise payload_too_large(request.content_length, limit, "MAX_UPLOAD_BYTES", "graph")
    request.max_content_length = limit
    try:
        return [pyoxigraph.Quad(t.subject, t.predicate, t.object, graph) for t in
                pyoxigraph.parse(request.get_data(cache=False), format=fmt,
                                 base_iri=graph.value, without_named_graphs=True,
                                 rename_blank_nodes=True)]
    except SyntaxError as error:
        raise bad_request(f"Malformed {request.mimetype}: {error}") from error


def graph_not_found(name: str) -> HttpError:
    """404: no named graph of that name."""
    return HttpError(404, "Not Found", f"There is no graph named <{name}>.")


def _has_graph(term: str) -> bool:
    """Whether a named graph of that name holds any triple."""
    body, _ = run_job(Job(f"ASK {{ GRAPH {term} {{ ?s ?p ?o }} }}", format="json"))
    return json.loads(body)["boolean"]
