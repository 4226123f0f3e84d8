"""Running queries in worker threads with a deadline and a cap on how many run at once."""

import io
import threading
import time
import traceback

from server.errors import queries_busy, query_timeout
from server.negotiation import Format
from server.query import evaluate


class QueryRunner:
    """Runs each query in a daemon thread; at most `limit` run at once, timed-out ones included."""

    def __init__(self, limit: int):
        self.limit = limit
        self._slots = threading.BoundedSemaphore(limit)

    def run(self, store, query: str, options: dict, pick, timeout: float) -> tuple[bytes, Format]:
        """Evaluate and serialize; 503 if it misses the deadline or no slot is free."""
        # pyoxigraph cannot cancel a query: after the deadline the worker stops at its next
        # write of results, or runs to its end while holding its slot, so runaways are capped.
        if not self._slots.acquire(blocking=False):
            raise queries_busy(self.limit)
        deadline = time.monotonic() + timeout if timeout else None
        output, outcome = DeadlineBuffer(deadline), {}
        worker = threading.Thread(target=self._work, name="khabar-query", daemon=True,
                                  args=(store, query, options, pick, output, outcome))
        worker.start()
        worker.join(timeout or None)
        if worker.is_alive() or isinstance(outcome.get("error"), TimeoutError):
            raise query_timeout(timeout)
        if "error" in outcome:
            raise outcome["error"]
        return output.getvalue(), outcome["format"]

    def _work(self, store, query, options, pick, output, outcome) -> None:
        """The worker thread's body: evaluate, keep the outcome, free the slot."""
        try:
            outcome["format"] = evaluate(store, query, options, pick, output)
        except BaseException as error:  # handed to the request thread, which re-raises it
            # pyoxigraph results must be dropped on the thread that made them: free the
            # traceback's locals here, not when the request thread lets go of the error.
            traceback.clear_frames(error.__traceback__)
            outcome["error"] = error
        finally:
            self._slots.release()


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
