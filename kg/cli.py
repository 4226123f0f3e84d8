"""The `khabar` command: build, validate, query, export, enrich, serve.

Exit codes: 0 success; 1 some inputs failed or the graph has SHACL violations; 2 bad usage;
3 the store cannot be opened (missing, or locked by another khabar process).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from kg import __version__
from kg.errors import KhabarError, StoreError

DEFAULT_STORE = "khabar-store"
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_STORE = 0, 1, 2, 3
QUERY_FORMATS = ("table", "json", "csv", "tsv")
TABLE_EXPORTS = ("csv", "quickstatements", "jsonld")
EXPORT_FORMATS = {".trig": "TRIG", ".nq": "N_QUADS", ".ttl": "TURTLE", ".jsonld": "JSON_LD", ".nt": "N_TRIPLES"}


def _store_argument(parser: argparse.ArgumentParser) -> None:
    """The --store option every command shares."""
    parser.add_argument("--store", default=os.environ.get("KHABAR_STORE", DEFAULT_STORE),
                        help=f"store directory (default: $KHABAR_STORE or ./{DEFAULT_STORE})")


def make_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="khabar", description=__doc__.split("\n")[0],
                                     epilog=__doc__.split("\n\n", 1)[1],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    build = commands.add_parser("build", help="read articles and build their graphs into the store")
    build.add_argument("inputs", nargs="+", metavar="INPUT", help=".txt (+ NAME.json), .jsonl, .jsonl.gz or a directory")
    _store_argument(build)
    build.add_argument("--clock", help="the extraction time written in the graph (ISO 8601); default: "
                                       "$SOURCE_DATE_EPOCH if set, else now")
    build.add_argument("--force", action="store_true", help="rebuild articles even when unchanged")
    build.add_argument("--quiet", action="store_true", help="no progress on stderr")
    build.add_argument("--workers", type=int, metavar="N",
                       help="processes that extract and validate (default: one per core; 1 = none)")

    push = commands.add_parser("push", help="send the article graphs to another SPARQL 1.1 store (docs/scale.md)")
    _store_argument(push)
    push.add_argument("--to", required=True, metavar="URL",
                      help="Graph Store Protocol endpoint (PUT ?graph=IRI), or the SPARQL Update endpoint "
                           "with --update; credentials from $KHABAR_PUSH_USER and $KHABAR_PUSH_PASSWORD "
                           "(HTTP Basic or Digest) or $KHABAR_PUSH_TOKEN (Bearer)")
    push.add_argument("--update", action="store_true",
                      help="URL is a SPARQL 1.1 Update endpoint: send DROP + INSERT DATA, several graphs a request")
    push.add_argument("--batch", type=int, default=50, metavar="N", help="graphs per Update request (default 50)")
    push.add_argument("--connections", type=int, default=4, metavar="N",
                      help="requests in flight at once (default 4)")
    push.add_argument("--force", action="store_true", help="send every graph, even those the target already has")
    push.add_argument("--quiet", action="store_true", help="no progress on stderr")

    validate = commands.add_parser("validate", help="check every article graph in the store against the SHACL shapes")
    _store_argument(validate)

    query = commands.add_parser("query", help="run a SPARQL query (the default graph is the union of all articles)")
    query.add_argument("sparql", help="the query text, or @FILE to read it from a file")
    _store_argument(query)
    query.add_argument("--format", choices=QUERY_FORMATS, default="table")

    export = commands.add_parser("export", help="write the whole store to a file")
    _store_argument(export)
    export.add_argument("-o", "--output", required=True, help="file; format by extension: " + " ".join(EXPORT_FORMATS))
    export.add_argument("--format", choices=TABLE_EXPORTS, default=None,
                        help="csv: one row per operation and figure with ACLED/UCDP-like and provenance columns; "
                             "quickstatements: candidate Wikidata statements with references, for review; "
                             "jsonld: compacted JSON-LD with Khabar's published context (docs/exports.md)")

    enrich = commands.add_parser("enrich", help="add the Wikidata context graph and the derived provenance graph "
                                                "(disagreements, corroboration, first appearances)")
    _store_argument(enrich)
    enrich.add_argument("--wikidata", metavar="URL", help="refresh the Wikidata graph from this SPARQL endpoint "
                                                          "(default: the offline statements shipped in kg/data)")
    enrich.add_argument("--cache", metavar="DIR", help="cache endpoint answers here (one JSON file per query)")
    enrich.add_argument("--batch", type=int, default=50, help="QIDs per VALUES query (default 50)")
    enrich.add_argument("--retries", type=int, default=4, help="retries on 429, 5xx and network errors (default 4)")

    link = commands.add_parser("link", help="link operations of different articles that report the same happening")
    _store_argument(link)

    evaluate = commands.add_parser("eval", help="score extraction against gold annotations (docs/gold-format.md)")
    evaluate.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or directories of them")
    evaluate.add_argument("--store", help="score the graphs already in this store (else extract afresh)")
    evaluate.add_argument("--articles", nargs="+", default=None, metavar="INPUT",
                          help="where the article texts are (default: devset/articles.jsonl and seeds/ if present)")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("--json", dest="json_out", help="also write the full results as JSON to this file")

    serve = commands.add_parser("serve", help="serve the store, or any RDF file, over SPARQL 1.1, linked-data "
                                "pages and HTML (waitress)")
    serve.add_argument("file", nargs="?", metavar="FILE",
                       help="serve this .nq, .trig, .ttl, .nt or .jsonld file instead of the store "
                            "(loaded into a temporary store)")
    _store_argument(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default: loopback only)")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--threads", type=int, default=None, help="waitress threads (default: workers + queue + 2)")
    serve.add_argument("--workers", type=int, help="query worker processes (KHABAR_QUERY_WORKERS)")
    serve.add_argument("--timeout", type=float, help="seconds a query may run (KHABAR_QUERY_TIMEOUT_S)")
    return parser


def make_clock(value: str | None):
    """The clock builds use: a fixed time (--clock or $SOURCE_DATE_EPOCH) or the wall clock."""
    if value:
        fixed = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        fixed = fixed if fixed.tzinfo else fixed.replace(tzinfo=dt.timezone.utc)
        return lambda: fixed
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        fixed = dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
        return lambda: fixed
    return lambda: dt.datetime.now(dt.timezone.utc).replace(microsecond=0)


def run_build(args) -> int:
    """`khabar build`: a progress bar, one line per failed input, a summary at the end."""
    from kg.build import build
    from kg.progress import ProgressPrinter

    if args.workers is not None and args.workers < 1:
        print("khabar build: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    try:
        clock = make_clock(args.clock)
    except ValueError:
        print(f"khabar build: --clock is not an ISO 8601 date-time: {args.clock!r}", file=sys.stderr)
        return EXIT_USAGE
    printer = None if args.quiet else ProgressPrinter(sys.stderr)
    report = build(args.inputs, args.store, clock, progress=printer, force=args.force, workers=args.workers)
    if printer:
        printer.finish()
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    rate = (len(report.built) + len(report.skipped)) / report.seconds if report.seconds else 0.0
    print(f"built {len(report.built)}, unchanged {len(report.skipped)}, failed {len(report.failed)}; "
          f"{report.triples} triples in {report.seconds:.1f}s ({rate:.1f} articles/s, "
          f"{report.workers} worker{'s' if report.workers != 1 else ''}) -> {args.store}", file=sys.stderr)
    for reason, count in _failure_reasons(report.failed):
        print(f"  {count} failed: {reason}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED


def _failure_reasons(failed) -> list[tuple[str, int]]:
    """Failures grouped by what went wrong (the message without its file and line), most frequent first."""
    from collections import Counter

    import re

    def reason(error) -> str:
        problem = str(error).split("\n", 1)[0].split(": ", 1)[-1]
        return re.sub(r" ?'[^']*'| ?\([^)]*\)", "", problem).strip()  # without the ids and files

    return Counter(reason(error) for error in failed).most_common()


def run_push(args) -> int:
    """`khabar push`: the article graphs to an external store, resumable."""
    from kg.progress import ProgressPrinter
    from kg.push import PushError, Target, push

    if args.batch < 1 or args.connections < 1:
        print("khabar push: --batch and --connections must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    target = Target.from_environment(args.to, update=args.update)
    printer = None if args.quiet else ProgressPrinter(sys.stderr)
    try:
        report = push(args.store, target, progress=printer, batch=args.batch, connections=args.connections,
                      force=args.force)
    except PushError as error:
        if printer:
            printer.finish()
        print(f"khabar push: {error}", file=sys.stderr)
        return EXIT_FAILED
    if printer:
        printer.finish()
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    print(f"pushed {len(report.sent)}, already there {len(report.skipped)}, failed {len(report.failed)}; "
          f"{report.triples} triples in {report.seconds:.1f}s by "
          f"{'SPARQL Update' if report.mode == 'update' else 'Graph Store Protocol'} -> {args.to}", file=sys.stderr)
    return EXIT_OK if not report.failed else EXIT_FAILED


def run_validate(args) -> int:
    """`khabar validate`: a readable report per non-conforming article (batched: same results as pySHACL)."""
    from kg.store import ARTICLE_PREFIX, StoreHandle, article_graphs, validate_graphs

    with StoreHandle(args.store, read_only=True) as handle:
        graphs = [g for g in article_graphs(handle.store) if g.startswith(ARTICLE_PREFIX)]
        results = list(validate_graphs(handle.store, graphs))
    bad = 0
    for iri, result in results:
        if not result.conforms:
            bad += 1
            print(f"{iri}: {len(result.results)} violation(s)")
            for r in result.results:
                print(f"  {r.severity}: {_short(r.focus_node)} {_short(r.path)}\n    {r.message}")
    print(f"{len(graphs)} article graph(s) checked, {bad} with violations", file=sys.stderr)
    return EXIT_FAILED if bad else EXIT_OK


def _short(term) -> str:
    """An IRI with Khabar's namespaces abbreviated (kh:, khr:)."""
    from kg.graph import KH, KHR

    text = "" if term is None else str(term)
    return text.replace(str(KH), "kh:").replace(str(KHR), "khr:")


def run_query(args) -> int:
    """`khabar query`: results on stdout in the chosen format."""
    from kg.query import format_results, run_query as execute

    from kg.store import StoreHandle

    text = Path(args.sparql[1:]).read_text(encoding="utf-8") if args.sparql.startswith("@") else args.sparql
    with StoreHandle(args.store, read_only=True) as handle:
        try:
            output = format_results(execute(handle.store, text), args.format)
        except SyntaxError as error:
            print(f"khabar query: {error}", file=sys.stderr)
            return EXIT_USAGE
    sys.stdout.write(output)
    return EXIT_OK


def run_export(args) -> int:
    """`khabar export`: the whole store in the format its extension names."""
    import pyoxigraph as ox

    from kg.query import export_store
    from kg.store import StoreHandle

    if getattr(args, "format", None):
        return _run_table_export(args)
    suffix = Path(args.output).suffix
    if suffix not in EXPORT_FORMATS:
        print(f"khabar export: unknown extension {suffix!r}; use one of {' '.join(EXPORT_FORMATS)}", file=sys.stderr)
        return EXIT_USAGE
    with StoreHandle(args.store, read_only=True) as handle:
        count = export_store(handle.store, args.output, getattr(ox.RdfFormat, EXPORT_FORMATS[suffix]))
    print(f"wrote {count} quads to {args.output}", file=sys.stderr)
    return EXIT_OK


def _run_table_export(args) -> int:
    """`khabar export --format csv|quickstatements|jsonld` (kg/export.py)."""
    from kg.export import EXPORTERS
    from kg.store import StoreHandle

    with StoreHandle(args.store, read_only=True) as handle:
        count = EXPORTERS[args.format](handle.store, args.output)
    print(f"wrote {count} {args.format} record(s) to {args.output}", file=sys.stderr)
    return EXIT_OK


def run_enrich(args) -> int:
    """`khabar enrich`: the Wikidata context graph (offline or live) and the derived provenance graph."""
    from kg.disagreement import PROVENANCE_GRAPH, derive
    from kg.store import StoreHandle
    from kg.wikidata import WIKIDATA_GRAPH, Endpoint, load_wikidata, refresh

    if args.batch < 1:
        print("khabar enrich: --batch must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    with StoreHandle(args.store) as handle:
        if args.wikidata:
            endpoint = Endpoint(args.wikidata, cache_dir=args.cache, retries=args.retries)
            today = make_clock(None)().date().isoformat()
            live, kept = refresh(handle.store, endpoint, retrieved=today, batch=args.batch)
            print(f"{live} statement(s) from {args.wikidata} ({endpoint.requests} request(s)), {kept} offline "
                  f"statement(s) kept for QIDs it did not return -> <{WIKIDATA_GRAPH}>", file=sys.stderr)
        else:
            count = load_wikidata(handle.store)
            print(f"{count} triples of offline Wikidata context -> <{WIKIDATA_GRAPH}>", file=sys.stderr)
        count = derive(handle.store)
        handle.store.flush()
    print(f"{count} derived provenance triples -> <{PROVENANCE_GRAPH}>", file=sys.stderr)
    return EXIT_OK


def run_serve(args) -> int:
    """`khabar serve [FILE]`: the SPARQL endpoint and pages under waitress, over the store or a file."""
    import tempfile

    import pyoxigraph

    from server import serve

    from kg.store import StoreHandle

    settings = {name: value for name, value in (("QUERY_WORKERS", args.workers),
                                                 ("QUERY_TIMEOUT_S", args.timeout)) if value is not None}
    with tempfile.TemporaryDirectory(prefix="khabar-serve-") as scratch:
        if args.file:
            suffix = "".join(Path(args.file).suffixes[-1:]).lower()
            fmt = pyoxigraph.RdfFormat.from_extension(suffix.lstrip(".")) if suffix else None
            if fmt is None or not Path(args.file).is_file():
                print(f"khabar serve: {args.file} is not a readable .nq, .trig, .ttl, .nt, .jsonld or .rdf "
                      "file", file=sys.stderr)
                return EXIT_USAGE
            store_path = Path(scratch) / "store"
            store = pyoxigraph.Store(str(store_path))
            try:
                store.bulk_load(path=args.file, format=fmt, base_iri=Path(args.file).resolve().as_uri())
            except (SyntaxError, ValueError) as error:
                print(f"khabar serve: cannot read {args.file}: {error}", file=sys.stderr)
                return EXIT_FAILED
            print(f"loaded {len(store)} quads from {args.file}", file=sys.stderr)
            store.flush()
            del store
        else:
            store_path = args.store
            StoreHandle(args.store, read_only=True).close()  # fail early with a clear message
        print(f"serving {args.file or args.store} at http://{args.host}:{args.port}/ (SPARQL at /sparql); "
              "Ctrl+C stops", file=sys.stderr)
        serve(store_path, host=args.host, port=args.port, threads=args.threads, **settings)
    return EXIT_OK


def run_link(args) -> int:
    """`khabar link`: rewrite the event-links graph from the whole store."""
    from kg.linking import LINKS_GRAPH, link_events
    from kg.store import StoreHandle

    with StoreHandle(args.store) as handle:
        count = link_events(handle.store)
    print(f"{count} event link(s) written to <{LINKS_GRAPH}>", file=sys.stderr)
    return EXIT_OK


def run_eval(args) -> int:
    """`khabar eval`: precision, recall and F1 per category, per article and overall."""
    import json

    from kg.evaluate import to_json, to_table
    from kg.scoring import evaluate_files

    results = evaluate_files(args.gold, store=args.store, articles=args.articles)
    data = to_json(results)
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n" if args.format == "json" else to_table(results))
    return EXIT_OK


COMMANDS = {"build": run_build, "push": run_push, "eval": run_eval, "link": run_link, "enrich": run_enrich, "validate": run_validate, "query": run_query, "export": run_export,
            "serve": run_serve}


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `khabar` console script."""
    args = make_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except StoreError as error:
        print(f"khabar {args.command}: {error}", file=sys.stderr)
        return EXIT_STORE
    except KhabarError as error:
        print(f"khabar {args.command}: {error}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
