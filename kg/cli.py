"""The `khabar` command: build, validate, query, export, serve.

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

    validate = commands.add_parser("validate", help="check every article graph in the store against the SHACL shapes")
    _store_argument(validate)

    query = commands.add_parser("query", help="run a SPARQL query (the default graph is the union of all articles)")
    query.add_argument("sparql", help="the query text, or @FILE to read it from a file")
    _store_argument(query)
    query.add_argument("--format", choices=QUERY_FORMATS, default="table")

    export = commands.add_parser("export", help="write the whole store to a file")
    _store_argument(export)
    export.add_argument("-o", "--output", required=True, help="file; format by extension: " + " ".join(EXPORT_FORMATS))

    link = commands.add_parser("link", help="link operations of different articles that report the same happening")
    _store_argument(link)

    evaluate = commands.add_parser("eval", help="score extraction against gold annotations (docs/gold-format.md)")
    evaluate.add_argument("gold", nargs="+", metavar="GOLD", help="gold .json files or directories of them")
    evaluate.add_argument("--store", help="score the graphs already in this store (else extract afresh)")
    evaluate.add_argument("--articles", nargs="+", default=None, metavar="INPUT",
                          help="where the article texts are (default: devset/articles.jsonl and seeds/ if present)")
    evaluate.add_argument("--format", choices=("table", "json"), default="table")
    evaluate.add_argument("--json", dest="json_out", help="also write the full results as JSON to this file")

    serve = commands.add_parser("serve", help="serve the store over SPARQL 1.1 and HTML (waitress)")
    _store_argument(serve)
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--threads", type=int, default=4)
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
    """`khabar build`: one line per failed input on stderr, a summary at the end."""
    from kg.build import build

    say = (lambda line: None) if args.quiet else (lambda line: print(line, file=sys.stderr))
    try:
        clock = make_clock(args.clock)
    except ValueError:
        print(f"khabar build: --clock is not an ISO 8601 date-time: {args.clock!r}", file=sys.stderr)
        return EXIT_USAGE
    report = build(args.inputs, args.store, clock, progress=say, force=args.force)
    for error in report.failed:
        print(f"error: {error}", file=sys.stderr)
    print(f"built {len(report.built)}, unchanged {len(report.skipped)}, failed {len(report.failed)}; "
          f"{report.triples} triples in {report.seconds:.1f}s -> {args.store}", file=sys.stderr)
    return EXIT_OK if report.ok else EXIT_FAILED


def run_validate(args) -> int:
    """`khabar validate`: a readable report per non-conforming article."""
    from shapes import validate

    from kg.store import StoreHandle, article_graphs, graph_of

    from kg.article import RESOURCE

    with StoreHandle(args.store, read_only=True) as handle:
        graphs = [g for g in article_graphs(handle.store) if g.startswith(RESOURCE + "article/")]
        results = [(iri, validate(graph_of(handle.store, iri))) for iri in graphs]
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

    suffix = Path(args.output).suffix
    if suffix not in EXPORT_FORMATS:
        print(f"khabar export: unknown extension {suffix!r}; use one of {' '.join(EXPORT_FORMATS)}", file=sys.stderr)
        return EXIT_USAGE
    with StoreHandle(args.store, read_only=True) as handle:
        count = export_store(handle.store, args.output, getattr(ox.RdfFormat, EXPORT_FORMATS[suffix]))
    print(f"wrote {count} quads to {args.output}", file=sys.stderr)
    return EXIT_OK


def run_serve(args) -> int:
    """`khabar serve`: the SPARQL endpoint and pages under waitress."""
    from server import serve

    from kg.store import StoreHandle

    StoreHandle(args.store, read_only=True).close()  # fail early with a clear message
    print(f"serving {args.store} at http://{args.host}:{args.port}/ (SPARQL at /sparql); Ctrl+C stops",
          file=sys.stderr)
    serve(args.store, host=args.host, port=args.port, threads=args.threads)
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


COMMANDS = {"build": run_build, "eval": run_eval, "link": run_link, "validate": run_validate, "query": run_query, "export": run_export,
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
