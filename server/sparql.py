"""The SPARQL 1.1 Protocol endpoint at /sparql: read-only queries, datasets, negotiation."""

from typing import NamedTuple

import pyoxigraph
from flask import Blueprint, Response, current_app, request, url_for
from werkzeug.datastructures import MultiDict

from server.description import DESCRIPTION_PREFIXES, describe_service
from server.errors import bad_request, payload_too_large, unsupported_media_type
from server.negotiation import GRAPH_FORMATS, HTML, choose_format, format_by_key
from server.page import render_page
from server.query import Job, Outcome, make_job
from server.update import check_token, run_update

bp = Blueprint("sparql", __name__)

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"
UPDATE = "application/sparql-update"


class Protocol(NamedTuple):
    """What a protocol request asks: a query or an update (None if absent), and its dataset."""

    query: str | None
    default_graph_uris: list[str]
    named_graph_uris: list[str]
    update: str | None = None


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    """Answer a SPARQL query or update; without one, the page or the service description."""
    protocol = read_protocol()
    if protocol.update is not None:
        return run_update(protocol.update, protocol.default_graph_uris,
                          protocol.named_graph_uris)
    if protocol.query is None:
        return describe_endpoint()
    config = current_app.config
    job = make_job(protocol.query, protocol.default_graph_uris, protocol.named_graph_uris,
                   accept=request.headers.get("Accept"), format=request.values.get("format"),
                   max_rows=config["MAX_RESULT_ROWS"],
                   service_allow_list=config["SERVICE_ALLOW_LIST"],
                   base_iri=url_for("sparql.endpoint", _external=True))
    return result_response(*run_job(job))


def run_job(job: Job) -> tuple[bytes, Outcome]:
    """Evaluate job on the app's runner (worker processes or threads) within the timeout."""
    runner = current_app.extensions["khabar.runner"]
    return runner.run(job, current_app.config["QUERY_TIMEOUT_S"])


def read_protocol() -> Protocol:
    """The query or update and the dataset parameters from GET, a form POST or a direct POST."""
    fields = request.args if request.method == "GET" else _post_fields()
    queries, updates = fields.getlist("query"), fields.getlist("update")
    if len(queries) + len(updates) > 1:
        raise bad_request("Give exactly one query or update parameter.")
    if updates:
        check_token()  # 403 on a read-only server, 401 without the token
    if updates and request.method == "GET":
        raise bad_request("SPARQL Update must be sent with POST, not GET.")
    if not queries and not updates and request.method == "POST":
        raise bad_request("The POST body has no query.")
    text = (queries or updates or [None])[0]
    if text is not None:
        _check_query(text)
    if updates:
        return Protocol(None, fields.getlist("using-graph-uri"),
                        fields.getlist("using-named-graph-uri"), text)
    return Protocol(text, fields.getlist("default-graph-uri"), fields.getlist("named-graph-uri"))


def _post_fields() -> MultiDict:
    """The protocol fields of a POST, by its Content-Type (415 for an unknown one)."""
    mimetype = request.mimetype
    if mimetype == FORM:
        return MultiDict([*request.args.items(multi=True), *request.form.items(multi=True)])
    if mimetype not in (DIRECT, UPDATE):
        raise unsupported_media_type(mimetype)
    limit = current_app.config["MAX_QUERY_BYTES"]
    if request.content_length is not None and request.content_length > limit:
        raise payload_too_large(request.content_length, limit)
    fields = MultiDict(request.args)
    fields.setlist("query" if mimetype == DIRECT else "update", [_decode_body()])
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


def describe_endpoint() -> Response:
    """The HTML page for browsers, else the Service Description (Turtle by default)."""
    fmt = choose_format((*GRAPH_FORMATS, HTML), request.headers.get("Accept"),
                        request.args.get("format"), "the service description")
    if fmt is HTML:
        response = Response(render_page())
        response.vary.add("Accept")
        return response
    triples = describe_service(url_for("sparql.endpoint", _external=True),
                               url_for("resource.void", _external=True),
                               bool(current_app.config["SERVICE_ALLOW_LIST"]),
                               bool(current_app.config["UPDATE_TOKEN"]))
    return _response(pyoxigraph.serialize(triples, format=fmt.serializer,
                                          prefixes=DESCRIPTION_PREFIXES), fmt)


def result_response(body: bytes, outcome: Outcome) -> Response:
    """The response for a query's result; a cut result says so in Khabar-Truncated."""
    response = _response(body, format_by_key(outcome.kind, outcome.format))
    if outcome.cached:
        response.headers["Khabar-Cache"] = "hit"
    if outcome.truncated:
        limit = current_app.config["MAX_RESULT_ROWS"]
        response.headers["Khabar-Truncated"] = f"max-rows={limit}"
        response.headers["Warning"] = (f'199 khabar "The result was cut after {limit} rows '
                                       '(setting MAX_RESULT_ROWS); add a LIMIT or page with '
                                       'OFFSET."')
    return response


def _response(body: bytes, fmt) -> Response:
    """A negotiated response: the format's Content-Type and Vary: Accept."""
    response = Response(body, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response
