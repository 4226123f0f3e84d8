"""The build manifest: beside the graphs, what built each article graph and where it was pushed.

A small SQLite file inside the store directory (RocksDB ignores files it did not write). For
each article graph: the content hash, the extraction version (software version + a digest of
the code and data that shape the graph) and a digest of the graph as written; for each push
target: the graph digest it last received. Rows are written after the graphs they describe, so a
crash can only leave a row missing or stale, and a stale row never matches the store: the
article is then built (or pushed) again, never skipped by mistake.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Iterable

FILE_NAME = "khabar-manifest.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS built (iri TEXT PRIMARY KEY, content_hash TEXT NOT NULL, extraction TEXT NOT NULL,
                                  graph_sha TEXT NOT NULL, triples INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS pushed (target TEXT NOT NULL, iri TEXT NOT NULL, graph_sha TEXT NOT NULL,
                                   PRIMARY KEY (target, iri));
"""


class Manifest:
    """The manifest of one store directory."""

    def __init__(self, store_path: str | Path):
        self.path = Path(store_path) / FILE_NAME
        self._db = sqlite3.connect(self.path, isolation_level=None)
        self._db.execute("PRAGMA synchronous = FULL")
        self._db.executescript(_SCHEMA)

    def __enter__(self) -> "Manifest":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def built(self) -> dict[str, tuple[str, str, str]]:
        """iri -> (content hash, extraction version, graph digest), for every recorded article graph."""
        rows = self._db.execute("SELECT iri, content_hash, extraction, graph_sha FROM built")
        return {iri: (content_hash, extraction, sha) for iri, content_hash, extraction, sha in rows}

    def record_built(self, rows: Iterable[tuple[str, str, str, str, int]]) -> None:
        """Record (iri, content hash, extraction version, graph digest, triples) in one transaction."""
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO built VALUES (?, ?, ?, ?, ?)", rows)

    def forget_built(self, iris: Iterable[str]) -> None:
        """Drop the rows of graphs about to be replaced (before they are dropped from the store)."""
        with self._transaction():
            self._db.executemany("DELETE FROM built WHERE iri = ?", ((iri,) for iri in iris))

    def pushed(self, target: str) -> dict[str, str]:
        """iri -> graph digest, for every graph the target acknowledged."""
        rows = self._db.execute("SELECT iri, graph_sha FROM pushed WHERE target = ?", (target,))
        return dict(rows.fetchall())

    def record_pushed(self, target: str, rows: Iterable[tuple[str, str]]) -> None:
        """Record (iri, graph digest) pairs the target acknowledged."""
        with self._transaction():
            self._db.executemany("INSERT OR REPLACE INTO pushed VALUES (?, ?, ?)",
                                 ((target, iri, sha) for iri, sha in rows))

    def forget_pushed(self, target: str, iris: Iterable[str]) -> None:
        """Forget graphs whose sending failed: what the target holds for them is unknown."""
        with self._transaction():
            self._db.executemany("DELETE FROM pushed WHERE target = ? AND iri = ?", ((target, iri) for iri in iris))

    def _transaction(self):
        """A write transaction (committed on leaving, rolled back on an error)."""
        return _Transaction(self._db)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT around a block."""

    def __init__(self, db: sqlite3.Connection):
        self._db = db

    def __enter__(self) -> None:
        self._db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, *rest) -> None:
        self._db.execute("ROLLBACK" if kind else "COMMIT")
