"""Third held-out test set specs (devset/heldout-c)."""
from build_gold import At, Fig, In, Op, R, Spec, St  # noqa: F401

SPECS = []
