"""Running the app under waitress, a production WSGI server."""

import logging
import signal
import sys
import threading
from pathlib import Path

import waitress

from server.app import create_app
from server.errors import HttpError

log = logging.getLogger("khabar.server")


def serve(store_path, host: str = "127.0.0.1", port: int = 8000, threads: int | None = None,
          **settings) -> None:
    """Serve the store at store_path on http://host:port/ until interrupted.

    threads defaults to enough for every query worker and queue place, plus two for pages,
    so that a full queue is answered with 503 rather than left waiting inside waitress.
    """
    if not Path(store_path).is_dir():
        raise FileNotFoundError(f"No store directory at {store_path}; build one with Khabar "
                                "first, or pass the directory of an existing pyoxigraph store.")
    app = create_app({"STORE_PATH": str(store_path), **settings})
    threads = threads or app.config["QUERY_WORKERS"] + app.config["QUERY_QUEUE"] + 2
    # SIGTERM (a service manager stopping the server) exits like Ctrl+C, through the atexit
    # handlers that stop the workers and delete the serving copy.
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    if app.config["MATERIALISE_UNION"]:
        log.info("Building the serving copy of %s (its union default graph, once; about 30 s a "
                 "million quads)", store_path)
    try:
        app.extensions["khabar.runner"].start()  # the serving copy and workers, before clients
    except HttpError as error:
        log.error("queries will be answered 503: %s", error.detail)
    log.info("Khabar serving %s on http://%s:%s/ (SPARQL at /sparql)", store_path, host, port)
    waitress.serve(app, host=host, port=port, threads=threads, ident="khabar")
