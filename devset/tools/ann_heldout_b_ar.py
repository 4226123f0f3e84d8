"""Second held-out test set specs (devset/heldout-b)."""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
