"""Held-out test set specs (devset/heldout)."""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
