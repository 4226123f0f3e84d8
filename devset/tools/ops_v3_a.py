"""Third operations pass (guidelines version 2): an independent re-annotation, for agreement only."""
from build_gold import Op, R, In  # noqa: F401

OPS = {}
