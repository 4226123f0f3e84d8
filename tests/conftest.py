"""Shared fixtures: the seed article, its extraction and graph (fixed clock), fresh stores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "seeds" / "000_0b2b1d84f3c92a2c.txt"
CLOCK = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def fixed_clock() -> dt.datetime:
    """The clock a build is given in tests: the same instant every time."""
    return CLOCK


def quads(store_dir) -> list[str]:
    """All quads of a store as sorted strings (the store is closed again afterwards)."""
    from kg.store import StoreHandle

    with StoreHandle(store_dir, read_only=True) as handle:
        return sorted(str(q) for q in handle.store)


def pytest_addoption(parser):
    """--update-golden rewrites golden files on purpose; review their diff like code."""
    parser.addoption("--update-golden", action="store_true", help="rewrite tests/golden/* from the current output")


@pytest.fixture(scope="session")
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def seed_article():
    from kg.article import read_inputs

    (article,) = list(read_inputs([SEED]))
    return article


@pytest.fixture(scope="session")
def seed_extraction(seed_article):
    from kg.extract import extract

    return extract(seed_article)


@pytest.fixture(scope="session")
def seed_graph(seed_extraction):
    from kg.graph import to_graph

    return to_graph(seed_extraction, CLOCK)


@pytest.fixture
def store_dir(tmp_path) -> Path:
    """A fresh store directory per test."""
    return tmp_path / "store"
