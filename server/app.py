"""The Flask app factory: settings table, instance config, KHABAR_ env, then test_config."""

import atexit

from flask import Flask, Response, current_app, request

from server import graph_store, page, resource, sparql
from server.cache import CachedRunner, ResultCache
from server.errors import register_error_handlers
from server.pool import WorkerPool
from server.runner import ThreadRunner
from server.settings import ENV_PREFIX, check_config, default_config
from server.store import StoreHolder

# Room for percent-encoding a form-encoded query (up to 3 bytes per byte) and other fields.
FORM_OVERHEAD = 3
FORM_EXTRA_BYTES = 16384


def create_app(test_config: dict | None = None) -> Flask:
    """A Flask app serving the store; no worker starts until the first query."""
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(default_config())
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env(ENV_PREFIX)
    if test_config is not None:
        app.config.from_mapping(test_config)
    check_config(app.config)
    if app.config.get("MAX_CONTENT_LENGTH") is None:
        app.config["MAX_CONTENT_LENGTH"] = (
            app.config["MAX_QUERY_BYTES"] * FORM_OVERHEAD + FORM_EXTRA_BYTES)
    holder = StoreHolder(app.config)
    app.extensions["khabar.store"] = holder
    app.extensions["khabar.runner"] = make_runner(app.config, holder)
    register_error_handlers(app)
    app.register_blueprint(page.bp)
    app.register_blueprint(sparql.bp)
    app.register_blueprint(resource.bp)
    app.register_blueprint(graph_store.bp)
    app.after_request(add_cors_headers)
    return app


def make_runner(config, holder: StoreHolder):
    """Worker processes over STORE_PATH (behind the result cache), or threads over a ready STORE
    (never cached: its owner may change it behind the server's back)."""
    if config.get("STORE") is not None or not config.get("STORE_PATH"):
        return ThreadRunner(holder, config["QUERY_WORKERS"])
    pool = WorkerPool(config["STORE_PATH"], config["QUERY_WORKERS"], config["QUERY_QUEUE"],
                      union=config["MATERIALISE_UNION"])
    atexit.register(pool.close)
    if config["RESULT_CACHE_BYTES"]:
        return CachedRunner(pool, ResultCache(config["RESULT_CACHE_BYTES"]))
    return pool


def add_cors_headers(response: Response) -> Response:
    """Let pages from the CORS_ORIGIN origins call the endpoint (and answer preflights)."""
    origins = current_app.config["CORS_ORIGIN"]
    if not origins:
        return response
    origin = request.headers.get("Origin")
    if "*" in origins:
        response.headers["Access-Control-Allow-Origin"] = "*"
    elif origin in origins:
        response.headers["Access-Control-Allow-Origin"] = origin
        if current_app.config["CORS_CREDENTIALS"]:
            response.headers["Access-Control-Allow-Credentials"] = "true"
    if "*" not in origins:
        response.vary.add("Origin")
    if "Access-Control-Allow-Origin" not in response.headers:
        return response
    response.headers["Access-Control-Expose-Headers"] = "Khabar-Truncated"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, PUT, DELETE, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type, Authorization"
        response.headers["Access-Control-Max-Age"] = "86400"
    return response
