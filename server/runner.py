"""Queries on a ready in-memory store (STORE): worker threads with a deadline and a cap.

A served store (STORE_PATH) uses server.pool's worker processes instead; threads cannot stop
pyoxigraph, so here a timed-out query keeps its thread, and its place among the workers, until
its next write of results or its end.
"""

import io
import gc
import threading
import time
import traceback

from server.errors import queries_busy, query_timeout
from server.query import Job, Outcome, execute


class ThreadRunner:
    """Runs each query in a daemon thread; at most `limit` run at once, timed-out ones included."""

    def __init__(self, store_holder, limit: int):
        self.limit = limit
        self._store_holder = store_holder
        self._slots = threading.BoundedSemaphore(limit)

    def run(self, job: Job, timeout: float) -> tuple[bytes, Outcome]:
        """Evaluate and serialize; 503 if it misses the deadline or no slot is free."""
        store = self._store_holder.get()
        if not self._slots.acquire(blocking=False):
            raise queries_busy(self.limit, 0)
        deadline = time.monotonic() + timeout if timeout else None
        output, outcome = DeadlineBuffer(deadline), {}
        worker = threading.Thread(target=self._work, name="khabar-query", daemon=True,
                                  args=(store, job, output, outcome))
        worker.start()
        worker.join(timeout or None)
        if worker.is_alive() or isinstance(outcome.get("error"), TimeoutError):
            raise query_timeout(timeout)
        if "error" in outcome:
            raise outcome["error"]
        return output.getvalue(), outcome["outcome"]

    def _work(self, store, job, output, outcome) -> None:
        """The worker thread's body: evaluate, keep the outcome, free the slot."""
        try:
            outcome["outcome"] = execute(store, job, output)
        except BaseException as error:  # handed to the request thread, which re-raises it
            # pyoxigraph results must be dropped on the thread that made them: free the
            # traceback's locals here, not when the request thread lets go of the error.
            chained, seen = error, set()
            while chained is not None and id(chained) not in seen:  # the causes' frames too
                seen.add(id(chained))
                traceback.clear_frames(chained.__traceback__)
                chained = chained.__cause__ or chained.__context__
            outcome["error"] = error
        finally:
            gc.collect()  # cycles made on this thread (and the results in them) die on this thread
            self._slots.release()

    def recycle(self, writable=None) -> None:
        """Nothing to refresh: the threads query the ready store itself."""

    def close(self) -> None:
        """Nothing to stop: the threads end with their queries."""


class DeadlineBuffer(io.BytesIO):
    """A bytes buffer that stops a serializer once the deadline has passed."""

    def __init__(self, deadline: float | None):
        super().__init__()
        self._deadline = deadline

    def write(self, data) -> int:
        """Append data, or raise TimeoutError after the deadline."""
        if self._deadline is not None and time.monotonic() > self._deadline:
            raise TimeoutError("query deadline passed")
        return super().write(data)
