"""The Flask app factory: settings table, instance config, KHABAR_ env, then test_config."""

from flask import Flask, Response, current_app, request

from server import page, sparql
from server.errors import register_error_handlers
from server.runner import QueryRunner
from server.settings import ENV_PREFIX, check_config, default_config
from server.store import StoreHolder

# Room for percent-encoding a form-encoded query (up to 3 bytes per byte) and other fields.
FORM_OVERHEAD = 3
FORM_EXTRA_BYTES = 16384


def create_app(test_config: dict | None = None) -> Flask:
    """A Flask app serving the store; nothing is opened until the first query."""
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
    app.extensions["khabar.store"] = StoreHolder(app.config)
    app.extensions["khabar.runner"] = QueryRunner(app.config["MAX_RUNNING_QUERIES"])
    register_error_handlers(app)
    app.register_blueprint(page.bp)
    app.register_blueprint(sparql.bp)
    app.after_request(add_cors_headers)
    return app


def add_cors_headers(response: Response) -> Response:
    """Let pages from CORS_ORIGIN call the endpoint (and answer preflight requests)."""
    origin = current_app.config["CORS_ORIGIN"]
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        if origin != "*":
            response.vary.add("Origin")
        if request.method == "OPTIONS":
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
            response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
            response.headers["Access-Control-Max-Age"] = "86400"
    return response
