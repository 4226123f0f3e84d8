"""Second-pass operations (guidelines version 2, docs/gold-format.md)."""
from build_gold import Op, R, In  # noqa: F401

OPS = {}
