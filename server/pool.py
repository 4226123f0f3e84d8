"""Queries in worker processes: each opens the store read-only; a late or crashed one is replaced.

pyoxigraph cannot cancel a running query and a panic in it aborts its whole process, so queries
run in a small pool of processes. The request thread sends a Job down a pipe and reads the result
back in chunks until the deadline; past it the worker is killed (its CPU is freed at once) and a
fresh one started. A worker that dies mid-query costs that query a 500 and nothing else.

With `union` (the default), the workers open a serving copy of the store whose default graph is
the union of its graphs materialised once (server.union), built when the pool starts and rebuilt
after each write.
"""

import json
import logging
import multiprocessing
import queue
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from server.errors import (HttpError, engine_crashed, queries_busy, query_timeout,
                           store_unavailable)
from server.query import Job, Outcome, execute
from server.union import remove_copy, serving_copy

log = logging.getLogger("khabar.server")

CHUNK_BYTES = 1 << 16
READY, CHUNK, DONE, ERROR, FAILED = b"r", b"c", b"d", b"e", b"x"


class WorkerTimeout(Exception):
    """The worker did not finish its query before the deadline."""


class WorkerDied(Exception):
    """The worker process ended (a panic, a kill, out of memory) while it held a query."""


class WorkerPool:
    """`size` worker processes over the store at store_path; `queue_size` more requests may wait.

    With union, they query a serving copy whose default graph is the materialised union.
    """

    def __init__(self, store_path: str, size: int, queue_size: int, union: bool = True):
        self.store_path, self.size, self.queue_size = str(store_path), size, queue_size
        self.union = union
        self._copies: dict[int, Path] = {}  # generation -> its serving copy's path
        self._writable = None  # the store opened for writing in this process, once written
        self._admitted = threading.BoundedSemaphore(size + queue_size)
        self._idle: queue.LifoQueue = queue.LifoQueue()  # the most recently used is warmest
        self._lock = threading.RLock()
        self._started = False
        self._generation = 0  # bumped by recycle(); older workers are replaced when next taken
        self._workers: set[Worker] = set()

    def run(self, job: Job, timeout: float) -> tuple[bytes, Outcome]:
        """The serialized result of job; 503 if the queue is full or the deadline passes."""
        self.start()
        if not self._admitted.acquire(blocking=False):
            raise queries_busy(self.size, self.queue_size)
        try:
            deadline = time.monotonic() + timeout if timeout else None
            worker = self._take(deadline, timeout)
            try:
                result = worker.run(job, deadline)
            except WorkerTimeout:
                self._replace(worker)
                raise query_timeout(timeout) from None
            except WorkerDied as error:
                self._replace(worker)
                log.error("query worker died (%s) on: %s", error, job.query[:2000])
                raise engine_crashed(str(error)) from None
            except HttpError:
                self._idle.put(worker)  # the query's own error: the worker is fine
                raise
            self._idle.put(worker)
            return result
        finally:
            self._admitted.release()

    def start(self) -> None:
        """Start the workers (on first use, or at once from serve); 503 with the reason if the
        store cannot be opened. With union, build the serving copy first."""
        if self._started:
            return
        with self._lock:
            if self._started:
                return
            if self.union and self._generation not in self._copies:
                self._copies[self._generation] = self._build_copy()
            first = self._spawn()  # fails early, with the store's own message
            self._idle.put(first)
            for _ in range(self.size - 1):
                threading.Thread(target=self._add, daemon=True).start()
            self._started = True

    def _take(self, deadline: float | None, timeout: float) -> "Worker":
        """An idle worker, waiting in the queue until the deadline."""
        try:
            wait = None if deadline is None else max(deadline - time.monotonic(), 0)
            worker = self._idle.get(timeout=wait)
        except queue.Empty:
            raise query_timeout(timeout) from None
        if worker.generation != self._generation:
            self._forget(worker)
            worker = self._spawn()
        return worker

    def recycle(self, writable=None) -> None:
        """Replace every worker before its next query (after a write: they reopen the store);
        with union, from a new serving copy of writable, the store as written."""
        self._writable = writable if writable is not None else self._writable
        copy = self._build_copy() if self.union and self._started else None
        with self._lock:
            self._generation += 1
            if copy is not None:
                self._copies[self._generation] = copy
            self._drop_unused_copies()

    def _build_copy(self) -> Path:
        """A serving copy of the store; 503 with the store's message if it cannot be read."""
        try:
            return serving_copy(self.store_path, process_context(), self._writable)
        except (OSError, RuntimeError) as error:
            raise store_unavailable(f"Cannot open the store at {self.store_path}: "
                                    f"{error}") from error

    def _drop_unused_copies(self) -> None:
        """Delete the serving copies of past generations that no live worker still reads."""
        with self._lock:
            used = {w.generation for w in self._workers} | {self._generation}
            for generation in [g for g in self._copies if g not in used]:
                remove_copy(self._copies.pop(generation))

    def _spawn(self) -> "Worker":
        """A new worker with the store open; 503 if it cannot open it."""
        with self._lock:  # listed at once, so its serving copy is kept while it lives
            copy = self._copies.get(self._generation)
            worker = Worker(copy or self.store_path, self._generation, copy is not None)
            self._workers.add(worker)
        try:
            worker.wait_ready()
        except HttpError:
            self._forget(worker)
            raise
        return worker

    def _add(self) -> None:
        """Spawn a worker and make it available (in a background thread)."""
        try:
            self._idle.put(self._spawn())
        except HttpError as error:
            log.error("cannot start a query worker: %s", error.detail)

    def _replace(self, worker: "Worker") -> None:
        """Kill worker and start another in the background; its CPU is free at once."""
        self._forget(worker)
        threading.Thread(target=self._add, daemon=True).start()

    def _forget(self, worker: "Worker") -> None:
        """Kill worker and drop it from the pool."""
        worker.kill()
        with self._lock:
            self._workers.discard(worker)
            if worker.generation != self._generation:
                self._drop_unused_copies()

    def pids(self) -> list[int]:
        """The process ids of the live workers (for tests and monitoring)."""
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.is_alive()]

    def close(self) -> None:
        """Kill every worker; the pool starts afresh if used again."""
        with self._lock:
            workers, self._workers, self._started = list(self._workers), set(), False
            self._idle = queue.LifoQueue()
        for worker in workers:
            worker.kill()
        with self._lock:
            for path in self._copies.values():
                remove_copy(path)
            self._copies.clear()


class Worker:
    """One worker process and the pipe to it, seen from the server."""

    def __init__(self, store_path: str, generation: int = 0, union: bool = False):
        self.generation = generation
        self._kill_lock = threading.Lock()
        context = process_context()
        self.conn, child = context.Pipe()
        self.process = context.Process(target=work, args=(child, str(store_path), union),
                                       name="khabar-query", daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float = 120) -> None:
        """Wait until the store is open; 503 with the worker's message if it could not."""
        try:
            if not self.conn.poll(timeout):
                raise store_unavailable(f"The store did not open within {timeout} s.")
            message = self.conn.recv_bytes()
        except (EOFError, OSError) as error:
            raise store_unavailable(f"The query worker exited while opening the store: "
                                    f"{error or type(error).__name__}") from error
        if message[:1] == FAILED:
            raise store_unavailable(message[1:].decode())

    def run(self, job: Job, deadline: float | None) -> tuple[bytes, Outcome]:
        """Send job and gather the result; WorkerTimeout, WorkerDied or the job's HttpError."""
        try:
            self.conn.send_bytes(json.dumps(job).encode())
        except OSError as error:
            raise WorkerDied(f"it had exited before the query: {error}") from error
        chunks = []
        while True:
            tag, data = self._receive(deadline)
            if tag == CHUNK:
                chunks.append(data)
            elif tag == DONE:
                return b"".join(chunks), Outcome(*json.loads(data))
            elif tag == ERROR:
                raise HttpError(*json.loads(data))

    def _receive(self, deadline: float | None) -> tuple[bytes, bytes]:
        """The next message's tag and data, within the deadline."""
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not self.conn.poll(remaining):
                raise WorkerTimeout()
        try:
            message = self.conn.recv_bytes()
        except (EOFError, OSError):
            self.process.join(1)
            raise WorkerDied(_exit_reason(self.process.exitcode)) from None
        return message[:1], message[1:]

    def kill(self) -> None:
        """End the process now (SIGKILL) and close the pipe; safe to call twice, from two threads
        (closing the pool while a background thread gives up on the same starting worker)."""
        with self._kill_lock:
            if self.process.is_alive():
                self.process.kill()
            self.process.join(5)
            try:
                self.conn.close()
            except OSError:  # already closed by the other caller
                pass


def process_context():
    """The multiprocessing context of workers and copy builders: a forkserver with the server's
    modules loaded, so a new process neither copies the server's memory nor imports again."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["server.pool", "server.federation"])
    return context


def _exit_reason(code: int | None) -> str:
    """A readable reason for a worker's exit code."""
    if code is None:
        return "it stopped answering"
    if code < 0:
        return f"killed by signal {-code}" + (" (abort: an engine panic)" if code == -6 else "")
    return f"exit code {code}"


# ---- inside the worker process ------------------------------------------------------------

def work(conn: Connection, store_path: str, union: bool = False) -> None:
    """The worker's loop: open the store read-only, then answer jobs until the pipe closes.

    With union, the store is a serving copy: its default graph already holds the union.
    """
    from pyoxigraph import Store

    try:
        store = Store.read_only(store_path)
    except OSError as error:
        conn.send_bytes(FAILED + f"Cannot open the store at {store_path}: {error}".encode())
        return
    conn.send_bytes(READY)
    while True:
        try:
            job = Job(*json.loads(conn.recv_bytes()))
        except (EOFError, OSError):
            return  # the server closed the pipe or exited
        answer(conn, store, job, union)


def answer(conn: Connection, store, job: Job, union: bool = False) -> None:
    """Evaluate one job, streaming the result in chunks, then DONE or ERROR."""
    sink = ChunkSink(conn)
    try:
        outcome = execute(store, job, sink, union_materialised=union)
        sink.flush()
        conn.send_bytes(DONE + json.dumps(outcome).encode())
    except HttpError as error:
        conn.send_bytes(ERROR + json.dumps([error.status, error.title, error.detail]).encode())
    except Exception as error:  # a bug: report it in the one error shape, keep serving
        logging.getLogger("khabar.server").exception("query worker failed")
        conn.send_bytes(ERROR + json.dumps([500, "Internal Server Error",
                                            f"Unexpected {type(error).__name__}: {error}"]).encode())


class ChunkSink:
    """A write-only file that sends what is written to the server in chunks of CHUNK_BYTES."""

    def __init__(self, conn: Connection):
        self._conn, self._buffer = conn, bytearray()

    def write(self, data) -> int:
        """Buffer data; send a chunk once the buffer is full."""
        self._buffer += data
        if len(self._buffer) >= CHUNK_BYTES:
            self.flush()
        return len(data)

    def flush(self) -> None:
        """Send what is buffered."""
        if self._buffer:
            self._conn.send_bytes(CHUNK + bytes(self._buffer))
            self._buffer.clear()
