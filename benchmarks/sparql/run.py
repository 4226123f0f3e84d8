"""Benchmark Khabar's endpoint against Oxigraph's Rust server and rdflib-endpoint, same data.

Bounded: each measurement runs a fixed number of seconds with a fixed number of client
processes, on loopback only, then every server it started is stopped.

    python benchmarks/sparql/generate.py --graphs 20000 --out /tmp/bench.nq
    python benchmarks/sparql/run.py --data /tmp/bench.nq --work /tmp/bench \\
        --bench-venv /tmp/benchvenv --seconds 20

--bench-venv is a virtualenv holding the `oxigraph` and `rdflib-endpoint` commands (pip install
oxigraph rdflib-endpoint uvicorn); they are not Khabar's dependencies. Results are printed as
JSON and as a Markdown table for docs/server-benchmarks.md.
"""

import argparse
import http.client
import json
import multiprocessing
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[2]
KH = "https://w3id.org/khabar/ontology#"
KHR = "https://w3id.org/khabar/resource/"
PREFIX = (f"PREFIX kh: <{KH}> PREFIX khr: <{KHR}> "
          "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")
AGGREGATION = PREFIX + ("SELECT ?kind (COUNT(*) AS ?claims) (SUM(?v) AS ?total) WHERE { "
                        "?q kh:quantityKind ?kind ; kh:minValue ?v } GROUP BY ?kind")


# ---- the query mix ---------------------------------------------------------------------------

def query_mix(rng: random.Random, graphs: int, actors: int, places: int) -> tuple[str, str]:
    """(kind, query): label lookup, 3-hop join, GRAPH ?g provenance, CONSTRUCT or DESCRIBE."""
    kind = rng.choice(["lookup", "join3", "provenance", "construct", "describe"])
    actor, place, article = rng.randrange(actors), rng.randrange(20, places), rng.randrange(graphs)
    if kind == "lookup":
        query = PREFIX + f"SELECT ?label WHERE {{ <{KHR}place/p{place}> rdfs:label ?label }}"
    elif kind == "join3":
        query = PREFIX + (f"SELECT DISTINCT ?op ?region WHERE {{ ?op kh:agent <{KHR}actor/a{actor}> ;"
                          " kh:place ?place . ?place kh:partOf ?parent . ?parent rdfs:label ?region "
                          "FILTER(lang(?region) = 'en') } LIMIT 50")
    elif kind == "provenance":
        query = PREFIX + (f"SELECT ?g ?figure WHERE {{ GRAPH ?g {{ ?claim kh:attributedTo "
                          f"<{KHR}actor/a{actor}> ; kh:statesQuantity ?q . ?q kh:minValue ?figure }} }}"
                          " LIMIT 50")
    elif kind == "construct":
        query = PREFIX + (f"CONSTRUCT {{ ?op ?p ?o }} WHERE {{ GRAPH <{KHR}article/b{article}> "
                          "{ ?op a ?type ; ?p ?o . ?claim kh:about ?op } }")
    else:
        query = f"DESCRIBE <{KHR}article/b{article}/operation/1>"
    return kind, query


def lookup_query(rng: random.Random, places: int) -> str:
    """The 2 ms lookup of the mixed-load test."""
    return PREFIX + f"SELECT ?label WHERE {{ khr:place\\/p{rng.randrange(20, places)} rdfs:label ?label }}"


# ---- clients ---------------------------------------------------------------------------------

def ask(connection: http.client.HTTPConnection, path: str, query: str) -> tuple[int, int, bool]:
    """POST one query (form-encoded); (status, body bytes, answered from Khabar's cache)."""
    accept = ("text/turtle" if query.lstrip().startswith(("CONSTRUCT", "DESCRIBE"))
              or " CONSTRUCT " in query else "application/sparql-results+json")
    connection.request("POST", path, body=urlencode({"query": query}),
                       headers={"Content-Type": "application/x-www-form-urlencoded",
                                "Accept": accept})
    response = connection.getresponse()
    return (response.status, len(response.read()),
            response.getheader("Khabar-Cache") == "hit")


def client(args: tuple) -> list:
    """One client process: send queries until the end time; [(kind, seconds, status, hit)]."""
    host, port, path, seed, end, sizes, make = args
    rng = random.Random(seed)
    connection = http.client.HTTPConnection(host, port, timeout=120)
    samples = []
    while time.time() < end:
        kind, query = (("lookup", lookup_query(rng, sizes[2])) if make == "lookup" else
                       ("aggregation", AGGREGATION) if make == "aggregation" else
                       query_mix(rng, *sizes))
        started = time.perf_counter()
        try:
            status, _, hit = ask(connection, path, query)
        except (OSError, http.client.HTTPException):
            status, hit = 0, False
            connection.close()
            connection = http.client.HTTPConnection(host, port, timeout=120)
        samples.append((kind, time.perf_counter() - started, status, hit))
    connection.close()
    return samples


def load(base: tuple, clients: list[str], seconds: float, sizes: tuple, pid: int) -> dict:
    """Run client processes of the given kinds for `seconds`; latency, throughput and memory."""
    host, port, path = base
    end = time.time() + seconds
    jobs = [(host, port, path, 1000 + n, end, sizes, kind) for n, kind in enumerate(clients)]
    peak = 0
    with multiprocessing.get_context("spawn").Pool(len(jobs)) as pool:
        pending = pool.map_async(client, jobs)
        while not pending.ready():
            peak = max(peak, tree_rss(pid))
            pending.wait(0.5)
        results = pending.get()
    return {"samples": [s for r in results for s in r], "peak_rss_mb": peak / 1024,
            "seconds": seconds}


def summarize(run: dict, kinds: set[str] | None = None) -> dict:
    """Throughput and latency percentiles (ms) of a run's samples of the given kinds."""
    samples = [s for s in run["samples"] if kinds is None or s[0] in kinds]
    ok = sorted(s[1] for s in samples if s[2] == 200)
    if not ok:
        return {"requests": len(samples), "ok": 0}
    return {"requests": len(samples), "ok": len(ok),
            "throughput": round(len(ok) / run["seconds"], 1),
            "p50_ms": round(1000 * statistics.median(ok), 2),
            "p99_ms": round(1000 * ok[min(len(ok) - 1, int(len(ok) * 0.99))], 2),
            "errors": sorted({s[2] for s in samples if s[2] != 200}),
            "cache_hit_rate": round(sum(s[3] for s in samples) / len(samples), 3)}


def tree_rss(pid: int) -> int:
    """Resident memory (KiB) of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        todo += children.get(current, [])
        try:
            for line in (Path("/proc") / str(current) / "status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
    return total


# ---- servers ---------------------------------------------------------------------------------

def free_port() -> int:
    """A loopback port that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start(command: list[str], port: int, path: str, env: dict | None = None,
          wait: float = 120) -> subprocess.Popen:
    """Start a server and wait until it answers ASK {} on path."""
    process = subprocess.Popen(command, env={**os.environ, **(env or {})},
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + wait
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{command[0]} exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
            if ask(connection, path, "ASK {}")[0] == 200:
                return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError(f"{command[0]} did not start within {wait} s")


def stop(process: subprocess.Popen) -> None:
    """Stop a server we started."""
    process.terminate()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def prepare_stores(data: Path, work: Path, venv: Path) -> tuple[Path, Path, Path]:
    """The Khabar (pyoxigraph) and Oxigraph stores of the data, built once, and a copy of the
    Khabar store with its union default graph materialised as Khabar serves it (server.union),
    for Oxigraph's server to read as well (same engine version, same storage format)."""
    khabar, oxigraph = work / "khabar-store", work / "oxigraph-store"
    materialised = work / "oxigraph-materialised-store"
    if not khabar.exists():
        import pyoxigraph
        store = pyoxigraph.Store(str(khabar))
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_QUADS)
        store.optimize()
        del store
    if not oxigraph.exists():
        subprocess.run([str(venv / "bin" / "oxigraph"), "load", "--location", str(oxigraph),
                        "--file", str(data)], check=True, stdout=subprocess.DEVNULL)
        subprocess.run([str(venv / "bin" / "oxigraph"), "optimize", "--location", str(oxigraph)],
                       check=True, stdout=subprocess.DEVNULL)
    if not materialised.exists():
        import pyoxigraph
        from server.union import materialise_union
        materialise_union(pyoxigraph.Store.read_only(str(khabar)), materialised).flush()
    return khabar, oxigraph, materialised


def servers(args, khabar: Path, oxigraph: Path, materialised: Path) -> dict:
    """name -> (command, port, path, env) of each server to measure."""
    found = {}
    port = free_port()
    code = ("import server\nif __name__ == '__main__':\n"
            f"    server.serve({str(khabar)!r}, port={port})")
    settings = {"KHABAR_QUERY_WORKERS": str(args.workers), "KHABAR_QUERY_TIMEOUT_S": "60"}
    found["khabar"] = ([sys.executable, "-c", code], port, "/sparql", settings)
    # The same server without its result cache: what the engine and the front end do alone.
    port = free_port()
    code = code.rsplit("port=", 1)[0] + f"port={port})"
    found["khabar-no-cache"] = ([sys.executable, "-c", code], port, "/sparql",
                                {**settings, "KHABAR_RESULT_CACHE_BYTES": "0"})
    port = free_port()
    found["oxigraph"] = ([str(args.bench_venv / "bin" / "oxigraph"), "serve-read-only",
                          "--location", str(oxigraph), "--bind", f"127.0.0.1:{port}",
                          "--union-default-graph"], port, "/query", None)
    # Oxigraph's server on the layout Khabar serves (default graph = the union, as a set): what
    # the same materialisation would give a Rust front end. A reference, not the target's rival.
    port = free_port()
    found["oxigraph-materialised"] = ([str(args.bench_venv / "bin" / "oxigraph"),
                                       "serve-read-only", "--location", str(materialised),
                                       "--bind", f"127.0.0.1:{port}"], port, "/query", None)
    if args.rdflib:
        port = free_port()
        found["rdflib-endpoint"] = ([str(args.bench_venv / "bin" / "rdflib-endpoint"), "serve",
                                     str(args.data), "--host", "127.0.0.1", "--port", str(port)],
                                    port, "/", None)
    return found


def main() -> None:
    """Measure every server and print the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--bench-venv", type=Path, required=True)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=3, help="Khabar's QUERY_WORKERS")
    parser.add_argument("--graphs", type=int, default=20000)
    parser.add_argument("--actors", type=int, default=500)
    parser.add_argument("--places", type=int, default=2000)
    parser.add_argument("--rdflib", action="store_true", help="also measure rdflib-endpoint "
                        "(loads the whole file into memory first: minutes)")
    parser.add_argument("--only", nargs="*", help="measure only these servers")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    stores = prepare_stores(args.data, args.work, args.bench_venv)
    sizes = (args.graphs, args.actors, args.places)
    results = {"loadavg_before": Path("/proc/loadavg").read_text().split()[:3]}
    for name, (command, port, path, env) in servers(args, *stores).items():
        if args.only and name not in args.only:
            continue
        started = time.time()
        process = start(command, port, path, env, wait=1800)
        base = ("127.0.0.1", port, path)
        entry = {"startup_s": round(time.time() - started, 1),
                 "loadavg": Path("/proc/loadavg").read_text().split()[:3]}
        load(base, ["mix"] * args.clients, 3, sizes, process.pid)  # warm up
        mixed = load(base, ["mix"] * args.clients, args.seconds, sizes, process.pid)
        entry["mix"] = summarize(mixed)
        entry["mix_by_kind"] = {k: summarize(mixed, {k}) for k in
                                ("lookup", "join3", "provenance", "construct", "describe")}
        entry["peak_rss_mb"] = round(mixed["peak_rss_mb"])
        entry["loadavg_after_mix"] = Path("/proc/loadavg").read_text().split()[:3]
        if name != "rdflib-endpoint":
            alone = load(base, ["lookup"], args.seconds / 2, sizes, process.pid)
            entry["lookup_alone"] = summarize(alone)
            busy = load(base, ["lookup", "aggregation", "aggregation"], args.seconds, sizes,
                        process.pid)
            entry["lookup_with_2_aggregations"] = summarize(busy, {"lookup"})
            entry["aggregation"] = summarize(busy, {"aggregation"})
            entry["peak_rss_mb"] = max(entry["peak_rss_mb"], round(busy["peak_rss_mb"]))
        stop(process)
        results[name] = entry
        print(json.dumps({name: entry}), flush=True)
    print(json.dumps(results, indent=1))
    print(table(results))
    print(kind_table(results))


def table(results: dict) -> str:
    """The Markdown table of the results."""
    lines = ["| server | mix req/s (4 clients) | mix p50 ms | mix p99 ms | lookup p99 ms alone | "
             "lookup p99 ms with 2 aggregations | peak RSS MB | cache hits (mix) |",
             "|---|---|---|---|---|---|---|---|"]
    for name, entry in results.items():
        if not isinstance(entry, dict):
            continue
        mix = entry["mix"]
        alone = entry.get("lookup_alone", {})
        busy = entry.get("lookup_with_2_aggregations", {})
        lines.append(f"| {name} | {mix.get('throughput')} | {mix.get('p50_ms')} | "
                     f"{mix.get('p99_ms')} | {alone.get('p99_ms', '-')} | "
                     f"{busy.get('p99_ms', '-')} | {entry['peak_rss_mb']} | "
                     f"{mix.get('cache_hit_rate', '-')} |")
    return "\n".join(lines)



def kind_table(results: dict) -> str:
    """The Markdown table of each query kind in the mix: req/s / p50 ms / p99 ms per server."""
    names = [name for name, entry in results.items() if isinstance(entry, dict)]
    lines = ["| kind | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for kind in ("lookup", "join3", "provenance", "construct", "describe"):
        cells = [results[name]["mix_by_kind"][kind] for name in names]
        lines.append(f"| {kind} | " + " | ".join(
            f"{c.get('throughput')} / {c.get('p50_ms')} / {c.get('p99_ms')}" for c in cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
