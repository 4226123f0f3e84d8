"""SPARQL Update, only for a client holding the bearer token configured as UPDATE_TOKEN."""

import hmac
import re
import threading

from flask import Response, current_app, request, url_for
from pyoxigraph import Store

from server.errors import bad_request, evaluation_failed, read_only, unauthorized
from server.query import blank_non_code, graph_iris, keywords

# Braces and bare words (not variables, prefixed names or language tags) of an update.
_TOKEN = re.compile(r"[{}]|(?<![\w?$:@])[A-Za-z]+(?![\w:-])")

_writer_lock = threading.Lock()


def check_token() -> None:
    """403 when writes are off (no UPDATE_TOKEN), 401 without the right bearer token."""
    token = current_app.config["UPDATE_TOKEN"]
    if not token:
        raise read_only()
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(),
                                                             token.encode()):
        raise unauthorized("Writes need the header 'Authorization: Bearer <token>' with the "
                           "token configured as UPDATE_TOKEN.")


def run_update(update: str, using: list[str], using_named: list[str]) -> Response:
    """Apply a SPARQL Update to the store; 204 when done."""
    check_token()
    check_update(update)
    update = with_dataset(update, graph_iris("using-graph-uri", using),
                          graph_iris("using-named-graph-uri", using_named))
    base = url_for("sparql.endpoint", _external=True)
    with_store(lambda store: store.update(update, base_iri=base))
    return Response(status=204)


def with_dataset(update: str, using: tuple[str, ...], using_named: tuple[str, ...]) -> str:
    """The update with the protocol's using-graph-uri / using-named-graph-uri written as USING /
    USING NAMED clauses before the WHERE of each of its operations (SPARQL 1.1 Protocol 2.2.3).

    >>> with_dataset("DELETE { ?s ?p 1 } WHERE { ?s ?p 1 }", ("http://g",), ())
    'DELETE { ?s ?p 1 } USING <http://g> WHERE { ?s ?p 1 }'
    """
    if not (using or using_named):
        return update
    if {"USING", "WITH"} & keywords(update):
        raise bad_request("Give the dataset either in the update (USING, USING NAMED, WITH) or "
                          "as using-graph-uri / using-named-graph-uri, not both.")
    clause = " ".join([f"USING <{iri}>" for iri in using] +
                      [f"USING NAMED <{iri}>" for iri in using_named]) + " "
    pieces, depth, previous, cut = [], 0, None, 0
    for match in _TOKEN.finditer(blank_non_code(update)):
        token = match.group().upper()
        depth += {"{": 1, "}": -1}.get(token, 0)
        if token == "WHERE" and depth == 0:
            if previous == "DELETE":  # DELETE WHERE has no place for USING
                raise bad_request("using-graph-uri and using-named-graph-uri cannot apply to "
                                  "DELETE WHERE; write it as DELETE { ... } WHERE { ... }.")
            pieces += [update[cut:match.start()], clause]
            cut = match.start()
        previous = token
    return "".join(pieces) + update[cut:]


def check_update(update: str) -> None:
    """Refuse LOAD (it would make the server fetch a URL) and SERVICE off the allow-list."""
    from rdflib.plugins.sparql.algebra import translateUpdate, traverse
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        requests = translateUpdate(parseUpdate(update)).algebra
    except Exception as error:  # pyparsing and rdflib raise many kinds
        raise bad_request(f"Malformed update: {type(error).__name__}: {error}") from error
    found = []
    traverse(requests, visitPre=lambda node: found.append(getattr(node, "name", None)))
    if "Load" in found:
        raise read_only("LOAD is refused: this server does not fetch URLs.")
    if "ServiceGraphPattern" in found:
        raise read_only("SERVICE is refused in updates.")


def with_store(change):
    """Run change(store) on the writable store, then let the query workers see the result; return
    what change returned."""
    with _writer_lock:
        store = writable_store()
        try:
            outcome = change(store)
            store.flush()
        except SyntaxError as error:
            raise bad_request(f"Malformed update: {error}") from error
        except OSError as error:
            raise evaluation_failed(str(error)) from error
        runner = current_app.extensions["khabar.runner"]
        # Read-only workers see the store as it was when they opened it, and a serving copy
        # holds the union as it was when built: replace both.
        runner.recycle(store)
        current_app.extensions.pop("khabar.void", None)  # VoID counts the graphs as they were
    return outcome


def writable_store() -> Store:
    """The ready STORE, or STORE_PATH opened for writing (once, on the first write)."""
    if current_app.config.get("STORE") is not None:
        return current_app.config["STORE"]
    stores = current_app.extensions.setdefault("khabar.writable", {})
    if "store" not in stores:
        stores["store"] = Store(str(current_app.config["STORE_PATH"]))
    return stores["store"]
