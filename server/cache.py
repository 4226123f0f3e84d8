"""A result cache for the served read-only store: bounded in bytes, emptied by every write.

The key is the whole Job (query text, dataset, Accept and format=, row cap, base IRI, SERVICE
allow-list): everything that decides the bytes of an answer. Queries whose answer can change
without a write are never cached: SERVICE (a remote endpoint), NOW(), RAND(), UUID(), STRUUID()
and BNODE() (new values on every evaluation).
"""

import threading
from collections import OrderedDict

from server.query import Job, Outcome, keywords

VOLATILE = {"SERVICE", "NOW", "RAND", "UUID", "STRUUID", "BNODE"}
# One answer may take at most this share of the cache, so one big result cannot flush it.
LARGEST_SHARE = 8


class ResultCache:
    """The least recently used answers, at most max_bytes of them (bodies and query texts)."""

    def __init__(self, max_bytes: int):
        self.max_bytes = max_bytes
        self.hits = self.misses = 0
        self._entries: OrderedDict[Job, tuple[bytes, Outcome]] = OrderedDict()
        self._bytes = 0
        self._generation = 0  # bumped by clear(): an answer computed before it is not kept
        self._lock = threading.Lock()

    def get(self, job: Job) -> tuple[bytes, Outcome] | None:
        """The cached answer to job, or None."""
        with self._lock:
            found = self._entries.get(job)
            if found is None:
                self.misses += 1
                return None
            self._entries.move_to_end(job)
            self.hits += 1
            return found

    def generation(self) -> int:
        """A token to pass to put(): the answer is dropped if the store changed meanwhile."""
        return self._generation

    def put(self, job: Job, answer: tuple[bytes, Outcome], generation: int) -> None:
        """Keep answer for job unless it is volatile, too large, or older than the last write."""
        size = _size(job, answer[0])
        if size > self.max_bytes // LARGEST_SHARE or not cacheable(job.query):
            return
        with self._lock:
            if generation != self._generation or job in self._entries:
                return
            self._entries[job] = answer
            self._bytes += size
            while self._bytes > self.max_bytes:
                old_job, (old_body, _) = self._entries.popitem(last=False)
                self._bytes -= _size(old_job, old_body)

    def clear(self) -> None:
        """Forget every answer (after a write)."""
        with self._lock:
            self._entries.clear()
            self._bytes = 0
            self._generation += 1

    @property
    def size_bytes(self) -> int:
        """Bytes held now."""
        return self._bytes


def cacheable(query: str) -> bool:
    """Whether the query's answer depends only on the store (no SERVICE, NOW(), RAND()...)."""
    return not VOLATILE & keywords(query)


def _size(job: Job, body: bytes) -> int:
    """What an entry costs: its body and its query text."""
    return len(body) + len(job.query)


class CachedRunner:
    """A runner (worker pool) with a ResultCache in front; writes empty it through recycle()."""

    def __init__(self, runner, cache: ResultCache):
        self.runner, self.cache = runner, cache

    def run(self, job: Job, timeout: float) -> tuple[bytes, Outcome]:
        """The cached answer (its Outcome marked cached), else the runner's, then kept."""
        found = self.cache.get(job)
        if found is not None:
            return found[0], found[1]._replace(cached=True)
        generation = self.cache.generation()
        answer = self.runner.run(job, timeout)
        self.cache.put(job, answer, generation)
        return answer

    def recycle(self, writable=None) -> None:
        """After a write: forget every answer, then let the runner reopen the store."""
        self.cache.clear()
        self.runner.recycle(writable)
        self.cache.clear()  # answers computed while the runner was being refreshed

    def __getattr__(self, name):
        """Everything else (start, close, pids...) is the runner's."""
        return getattr(self.runner, name)
