"""HTTP errors: one exception, one tiny constructor per status, one JSON body shape."""

from flask import Flask, Response, current_app, jsonify, request
from werkzeug.exceptions import HTTPException

from server.mediatype import accepts_only_text

READ_ONLY = "This endpoint is read-only: SPARQL Update is not accepted."


class HttpError(Exception):
    """An error the server answers with its own status, title and detail."""

    def __init__(self, status: int, title: str, detail: str, headers: dict | None = None):
        super().__init__(detail)
        self.status, self.title, self.detail = status, title, detail
        self.headers = headers or {}


def bad_request(detail: str) -> HttpError:
    """400: the request or the query is malformed."""
    return HttpError(400, "Bad Request", detail)


def unauthorized(detail: str) -> HttpError:
    """401: a write without the bearer token configured as UPDATE_TOKEN."""
    return HttpError(401, "Unauthorized", detail, {"WWW-Authenticate": 'Bearer realm="khabar"'})


def read_only(detail: str = READ_ONLY) -> HttpError:
    """403: the request asks for something this read-only endpoint refuses to do."""
    return HttpError(403, "Forbidden", detail)


def not_acceptable(detail: str) -> HttpError:
    """406: no format the client accepts can carry this result."""
    return HttpError(406, "Not Acceptable", detail)


def payload_too_large(size: int, limit: int, setting: str = "MAX_QUERY_BYTES",
                      what: str = "query") -> HttpError:
    """413: the query (or an uploaded graph) is larger than its setting allows."""
    return HttpError(413, "Payload Too Large",
                     f"The {what} has {size} bytes; this server accepts at most {limit} "
                     f"(setting {setting}).")


def unsupported_media_type(mimetype: str, expected: str = "application/x-www-form-urlencoded "
                           "(query=...) or application/sparql-query") -> HttpError:
    """415: a body type the protocol does not define here (queries unless expected says)."""
    return HttpError(415, "Unsupported Media Type",
                     f"Cannot read a body of type {mimetype or '(none)'!r}; send {expected}.")


def evaluation_failed(detail: str) -> HttpError:
    """500: the store failed while evaluating a well-formed query."""
    return HttpError(500, "Internal Server Error", f"Query evaluation failed: {detail}")


def store_unavailable(detail: str) -> HttpError:
    """503: the store is not configured or cannot be opened."""
    return HttpError(503, "Service Unavailable", detail)


def engine_crashed(detail: str) -> HttpError:
    """500: the query engine died while evaluating this query (other queries go on)."""
    return HttpError(500, "Internal Server Error",
                     f"The query engine crashed while evaluating this query ({detail}); the "
                     "server has restarted it and other queries are unaffected.")


def queries_busy(running: int, waiting: int) -> HttpError:
    """503: every worker is busy and the queue of waiting queries is full."""
    return HttpError(503, "Service Unavailable",
                     f"{running} queries are running and {waiting} waiting, the most this server "
                     "takes (settings QUERY_WORKERS, QUERY_QUEUE); try again shortly.")


def query_timeout(seconds: float) -> HttpError:
    """503: the query ran longer than QUERY_TIMEOUT_S."""
    return HttpError(503, "Service Unavailable",
                     f"The query did not finish within {seconds:g} s (setting QUERY_TIMEOUT_S); "
                     "add a LIMIT or narrow its patterns.")


def error_body(status: int, title: str, detail: str) -> dict:
    """The one JSON shape of every error this server sends."""
    return {"error": {"status": status, "title": title, "detail": detail}}


def render_error(status: int, title: str, detail: str) -> Response:
    """The error as JSON, or as plain text when the client accepts only text."""
    if accepts_only_text(request.headers.get("Accept")):
        response = Response(f"{status} {title}: {detail}\n", mimetype="text/plain")
    else:
        response = jsonify(error_body(status, title, detail))
    response.status_code = status
    return response


def register_error_handlers(app: Flask) -> None:
    """Make every error, ours or Werkzeug's or unexpected, answer in the one shape."""
    app.register_error_handler(HttpError, _render_http_error)
    app.register_error_handler(HTTPException, _render_http_exception)
    app.register_error_handler(Exception, _render_unexpected)


def _render_http_error(error: HttpError) -> Response:
    """One of ours, with its extra headers (WWW-Authenticate...)."""
    response = render_error(error.status, error.title, error.detail)
    response.headers.update(error.headers)
    return response


def _render_http_exception(error: HTTPException) -> Response:
    """Werkzeug's own errors (404, 405, 413 from MAX_CONTENT_LENGTH...) in our shape."""
    response = render_error(error.code or 500, error.name, error.description or error.name)
    if error.code == 405 and getattr(error, "valid_methods", None):
        response.headers["Allow"] = ", ".join(error.valid_methods)
    return response


def _render_unexpected(error: Exception) -> Response:
    """A bug: log it with its traceback and answer 500 without leaking internals."""
    current_app.logger.exception("unexpected error on %s %s", request.method, request.path)
    return render_error(500, "Internal Server Error",
                        f"Unexpected {type(error).__name__}; the server log has the details.")
