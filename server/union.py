"""The union default graph, materialised once: a serving copy whose default graph is the RDF merge.

SPARQL 1.1 (13.1) makes a dataset's default graph an RDF graph: a *set* of triples. With
`use_default_graph_as_union`, pyoxigraph instead scans every graph for each pattern, so a triple
that 15 article graphs repeat (a shared place's label, an actor's type) is matched 15 times, and
joins multiply those copies before any DISTINCT removes them. The served store is read-only, so the
merge can be computed once: the serving copy holds every quad of the source unchanged (same named
graphs, same blank nodes) plus each distinct triple of any graph in its default graph. A query on
the copy's plain default graph then sees the union as a set, and `GRAPH` sees the same named
graphs as before. Results are those of pyoxigraph's union view with duplicate triples merged:
equal for DISTINCT queries, ASK, CONSTRUCT and DESCRIBE graphs, and for SELECT with one row per
distinct match instead of one per graph that repeats it.
"""

import itertools
import logging
import os
import shutil
import tempfile
import time
from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, Store

log = logging.getLogger("khabar.server")

# Quads handed to the bulk loader at once: one call with all of them needs twice the memory.
BATCH_QUADS = 400_000
# Serving copies live in the temporary directory as khabar-union-<pid of the server>-<random>.
PREFIX = "khabar-union-"


def materialise_union(source: Store, target: Path) -> Store:
    """A new store at target: source's quads, and their triples once each in the default graph."""
    started = time.monotonic()
    copy = Store(str(target))
    quads = _with_union(source)
    while batch := list(itertools.islice(quads, BATCH_QUADS)):
        copy.bulk_extend(batch)
    copy.optimize()
    log.info("union default graph materialised in %s: %d quads in %.1f s", target, len(copy),
             time.monotonic() - started)
    return copy


def _with_union(source: Store):
    """Every quad of source, each followed by its triple in the default graph (a set: the store
    keeps one copy of a quad however often it is added)."""
    default = DefaultGraph()
    for quad in source.quads_for_pattern(None, None, None, None):
        yield quad
        yield Quad(quad.subject, quad.predicate, quad.object, default)


def serving_copy(source_path: str, context, writable: Store | None = None) -> Path:
    """Build the serving copy of the store at source_path in a new temporary directory, in a
    process of the multiprocessing context (its memory is returned when it ends); return the
    copy's path, or raise OSError with the reason it could not be built.

    Once this process has the store open for writing (writable), the copy is made from it here:
    opening a store read-only while another process writes it is undefined behaviour in RocksDB
    (a compaction deletes files the reader is about to open).
    """
    remove_orphans()
    target = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))
    if writable is not None:
        try:
            materialise_union(writable, target / "store").flush()
        except BaseException:
            shutil.rmtree(target, ignore_errors=True)
            raise
        return target / "store"
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=build_copy, args=(source_path, target / "store", sender),
                              name="khabar-union", daemon=True)
    process.start()
    sender.close()
    try:
        message = receiver.recv_bytes().decode()
    except EOFError:
        message = "the process building it died"
    finally:
        receiver.close()
        process.join()
    if message:
        shutil.rmtree(target, ignore_errors=True)
        raise OSError(message)
    return target / "store"


def build_copy(source_path: str, target: Path, sender) -> None:
    """In the building process: make the copy, then send b"" on success or the error's text."""
    try:
        copy = materialise_union(Store.read_only(str(source_path)), target)
        copy.flush()
        del copy
        sender.send_bytes(b"")
    except Exception as error:  # pyoxigraph raises OSError, RocksDB corruption RuntimeError
        sender.send_bytes(f"{type(error).__name__}: {error}".encode())


def remove_copy(path: Path) -> None:
    """Delete a serving copy built by serving_copy (its temporary directory)."""
    shutil.rmtree(Path(path).parent, ignore_errors=True)


def remove_orphans() -> None:
    """Delete the serving copies of servers that ended without removing theirs (SIGKILL)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    """Whether a process with that id exists."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True
