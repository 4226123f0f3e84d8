"""The query page at /: an editor, the example queries, and results rendered by static JS."""

from flask import Blueprint, render_template, request, url_for

from server.examples import load_examples
from server.query import PREFIXES

bp = Blueprint("page", __name__)


@bp.get("/")
def index() -> str:
    """The query page; ?query= prefills the editor and runs it."""
    return render_page()


def render_page() -> str:
    """Render the page with the example queries and the endpoint's address."""
    examples = load_examples()
    return render_template(
        "index.html",
        examples=examples,
        examples_data=[example._asdict() for example in examples],
        prefixes=PREFIXES,
        endpoint=url_for("sparql.endpoint"),
        query=request.args.get("query", ""),
    )
