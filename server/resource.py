"""Linked data: every IRI dereferences (HTML for people, RDF for machines), and VoID."""

import json
from urllib.parse import quote

import pyoxigraph
from flask import Blueprint, Response, current_app, render_template, request, url_for

from server.errors import HttpError, bad_request
from server.negotiation import GRAPH_FORMATS, HTML, choose_format
from server.query import PREFIXES, Job
from server.sparql import result_response, run_job
from server.view import RDF_TYPE, article_segments, compact, describe_rows
from server.void import void_triples

bp = Blueprint("resource", __name__)

KH = PREFIXES["kh"]
LABELS_AT_ONCE = 400
INCOMING_LIMIT = 5000  # triples in the RDF description of an IRI that is only ever an object


@bp.get("/resource/<path:rest>")
def resource(rest: str) -> Response:
    """A resource under RESOURCE_BASE: its page, or its description in RDF by Accept."""
    return dereference(current_app.config["RESOURCE_BASE"] + rest)


@bp.get("/describe")
def describe() -> Response:
    """Any IRI of the dataset (?iri=...): its page, or its description in RDF by Accept."""
    iri = request.args.get("iri", "").strip()
    if not iri:
        raise bad_request("Give the IRI to describe: /describe?iri=...")
    return dereference(iri)


def dereference(iri: str) -> Response:
    """The HTML page or the RDF description of iri; 404 if the dataset never mentions it."""
    fmt = choose_format((HTML, *GRAPH_FORMATS), request.headers.get("Accept"),
                        request.args.get("format"), "a resource description")
    term = iri_term(iri)
    if fmt is HTML:
        response = Response(render_resource(iri, term))
    else:
        body, outcome = run_job(Job(_description_query(iri, term), format=fmt.key))
        response = result_response(body, outcome)
    response.vary.add("Accept")
    return response


def render_resource(iri: str, term: str) -> str:
    """The resource page: labels, types, properties, links in and out, graphs, article text."""
    outgoing = select(f"SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ {term} ?p ?o }} }} LIMIT 5000")
    incoming = select(f"SELECT DISTINCT ?s ?p WHERE {{ ?s ?p {term} }} LIMIT 500")
    if not outgoing and not incoming:
        raise not_found(iri)
    iris = {iri} | {row["o"]["value"] for row in outgoing if row["o"]["type"] == "uri"}
    iris |= {row[key]["value"] for row in incoming for key in ("s", "p")}
    iris |= {row["p"]["value"] for row in outgoing}
    labels = fetch_labels(iris)
    page = describe_rows(iri, outgoing, incoming, labels)
    is_article = any(row["p"]["value"] == RDF_TYPE and row["o"]["value"] == KH + "Article"
                     for row in outgoing)
    text = article_text(term, outgoing) if is_article else None
    return render_template("resource.html", page=page, text=text, link=link,
                           compact=compact, endpoint=url_for("sparql.endpoint"),
                           labels=labels)


def article_text(term: str, outgoing: list[dict]) -> dict | None:
    """The article's text cut into plain and mention segments, each mention with its instance."""
    texts = [row["o"] for row in outgoing if row["p"]["value"] == KH + "text"]
    if not texts:
        return None
    mentions = select(f"""PREFIX kh: <{KH}>
        SELECT ?m ?start ?end ?instance ?type WHERE {{ GRAPH {term} {{
          ?m a kh:Mention ; kh:start ?start ; kh:end ?end .
          OPTIONAL {{ ?instance kh:hasMention ?m OPTIONAL {{ ?instance a ?type }} }} }} }}""")
    return {"lang": texts[0].get("xml:lang", ""),
            "segments": article_segments(texts[0]["value"], mentions)}


def fetch_labels(iris: set[str]) -> dict[str, dict[str, str]]:
    """rdfs:label and skos:prefLabel of iris, as {iri: {language: label}}."""
    labels: dict[str, dict[str, str]] = {}
    ordered = sorted(iris)
    for start in range(0, len(ordered), LABELS_AT_ONCE):
        values = " ".join(iri_term(i) for i in ordered[start:start + LABELS_AT_ONCE])
        rows = select(f"""SELECT ?x ?label WHERE {{ VALUES ?x {{ {values} }}
            {{ ?x <http://www.w3.org/2000/01/rdf-schema#label> ?label }} UNION
            {{ ?x <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }} }}""")
        for row in rows:
            lang = row["label"].get("xml:lang", "")
            labels.setdefault(row["x"]["value"], {}).setdefault(lang, row["label"]["value"])
    return labels


def select(query: str) -> list[dict]:
    """The JSON bindings of a SELECT run on the workers, whole (no row cap)."""
    body, _ = run_job(Job(query, format="json"))
    return json.loads(body)["results"]["bindings"]


def _description_query(iri: str, term: str) -> str:
    """What describes an IRI in RDF, the same in every format: DESCRIBE when the IRI is the subject
    of triples; when it is only their object (a Wikidata entity the dataset links to), the triples
    pointing to it, as the HTML page shows them; 404 when the dataset never mentions it."""
    row, = select(f"SELECT ?subject ?object WHERE {{ BIND(EXISTS {{ {term} ?p ?o }} AS ?subject) "
                  f"BIND(EXISTS {{ ?s ?p {term} }} AS ?object) }}")
    if row["subject"]["value"] == "true":
        return f"DESCRIBE {term}"
    if row["object"]["value"] == "true":
        return f"CONSTRUCT {{ ?s ?p {term} }} WHERE {{ ?s ?p {term} }} LIMIT {INCOMING_LIMIT}"
    raise not_found(iri)


def link(iri: str) -> str:
    """Where a page links an IRI: its /resource/ page, /describe for others in the dataset."""
    base = current_app.config["RESOURCE_BASE"]
    if iri.startswith(base):
        return url_for("resource.resource", rest=iri[len(base):])
    return url_for("resource.describe") + "?iri=" + quote(iri, safe="")


def not_found(iri: str) -> HttpError:
    """404: the dataset has no triple about or pointing to iri."""
    return HttpError(404, "Not Found", f"The dataset says nothing about <{iri}>.")


def iri_term(iri: str) -> str:
    """iri written as a SPARQL IRI term; 400 if it cannot be one."""
    if any(c in iri for c in '<>"{}|^`\\ \n\t') or ":" not in iri:
        raise bad_request(f"Not an absolute IRI: {iri!r}")
    return f"<{iri}>"


# ---- VoID -------------------------------------------------------------------------------------

@bp.get("/.well-known/void")
def void() -> Response:
    """The VoID description: triples per graph, entities per class, triples per property."""
    fmt = choose_format(GRAPH_FORMATS, request.headers.get("Accept"), request.args.get("format"),
                        "the VoID description")
    cache = current_app.extensions.setdefault("khabar.void", {})
    if "triples" not in cache:
        cache["triples"] = void_triples(select, url_for("resource.void", _external=True),
                                        url_for("sparql.endpoint", _external=True))
    body = pyoxigraph.serialize(cache["triples"], format=fmt.serializer,
                                prefixes={"void": "http://rdfs.org/ns/void#",
                                          "sd": "http://www.w3.org/ns/sparql-service-description#",
                                          **PREFIXES})
    response = Response(body, content_type=fmt.content_type)
    response.vary.add("Accept")
    return response
