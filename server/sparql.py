"""The SPARQL 1.1 Protocol endpoint at /sparql: read-only queries, datasets, negotiation."""

from typing import NamedTuple

import pyoxigraph
from flask import Blueprint, Response, current_app, request, url_for
from werkzeug.datastructures import MultiDict

from server.description import DESCRIPTION_PREFIXES, describe_service
from server.errors import bad_request, payload_too_large, read_only, unsupported_media_type
from server.negotiation import GRAPH_FORMATS, HTML, RESULT_FORMATS, choose_format
from server.page import render_page
from server.query import check_service, dataset_options

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


class Protocol(NamedTuple):
    """What a protocol request asks: the query (None if absent) and its dataset."""

    query: str | None
    default_graph_uris: list[str]
    named_graph_uris: list[str]


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    """Answer a SPARQL query; without one, the page or the service description."""
    protocol = read_protocol()
    if protocol.query is None:
        return describe_endpoint()
    config = current_app.config
    check_service(protocol.query, config["ALLOW_SERVICE"])
    options = dataset_options(protocol.query, protocol.default_graph_uris,
                              protocol.named_graph_uris)
    store = current_app.extensions["khabar.store"].get()
    runner = current_app.extensions["khabar.runner"]
    body, fmt = runner.run(store, protocol.query, options, _picker(), config["QUERY_TIMEOUT_S"])
    return _response(body, fmt)


def read_protocol() -> Protocol:
    """The query and dataset parameters from GET, a form POST or a direct POST."""
    fields = request.args if request.method == "GET" else _post_fields()
    if "update" in fields:
        raise read_only()
    queries = fields.getlist("query")
    if len(queries) > 1:
        raise bad_request("Give exactly one query parameter.")
    query = queries[0] if queries else None
    if query is None and request.method == "POST":
        raise bad_request("The POST body has no query.")
    if query is not None:
        _check_query(query)
    return Protocol(query, fields.getlist("default-graph-uri"), fields.getlist("named-graph-uri"))


def _post_fields() -> MultiDict:
    """The protocol fields of a POST, by its Content-Type (403 update, 415 unknown)."""
    mimetype = request.mimetype
    if mimetype == UPDATE:
        raise read_only()
    if mimetype == FORM:
        return MultiDict([*request.args.items(multi=True), *request.form.items(multi=True)])
    if mimetype != DIRECT:
        raise unsupported_media_type(mimetype)
    limit = current_app.config["MAX_QUERY_BYTES"]
    if request.content_length is not None and request.content_length > limit:
        raise payload_too_large(request.content_length, limit)
    fields = MultiDict(request.args)
    fields.setlist("query", [_decode_body()])
    return fields


def _decode_body() -> str:
    """The body of a direct POST as text, in its charset (UTF-8 unless stated)."""
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        return request.get_data(cache=False).decode(charset)
    except (LookupError, UnicodeDecodeError) as error:
        raise bad_request(f"Cannot decode the query as {charset}: {error}") from error


def _check_query(query: str) -> None:
    """400 for an empty query, 413 for one above MAX_QUERY_BYTES."""
    if not query.strip():
        raise bad_request("The query is empty.")
    size, limit = len(query.encode("utf-8")), current_app.config["MAX_QUERY_BYTES"]
    if size > limit:
        raise payload_too_large(size, limit)


def _picker():
    """A format chooser that needs no request context (it runs in the query's worker thread)."""
    accept, override = request.headers.get("Accept"), request.values.get("format")

    def pick(kind: str):
        formats = RESULT_FORMATS if kind == "results" else GRAPH_FORMATS
        what = "SELECT/ASK results" if kind == "results" else "CONSTRUCT/DESCRIBE graphs"
        return choose_format(formats, accept, override, what)
    return pick


def describe_endpoint() -> Response:
    """The HTML page for browsers, else the Service Description (Turtle by default)."""
    fmt = choose_format((*GRAPH_FORMATS, HTML), request.headers.get("Accept"),
                        request.args.get("format"), "the service description")
    if fmt is HTML:
        response = Response(render_page())
        response.vary.add("Accept")
        return response
    triples = describe_service(url_for("sparql.endpoint", _external=True),
                               current_app.config["ALLOW_SERVICE"])
    return _response(pyoxigraph.serialize(triples, format=fmt.serializer,
                                          prefixes=DESCRIPTION_PREFIXES), fmt)


def _response(body: bytes, fmt) -> Response:
    """A negotiated response: the format's Content-Type and Vary: Accept."""
    response = Response(body, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response
