"""Eighth held-out test set specs (devset/heldout-h), Arabic articles (two annotators: the first three
articles in ann_heldout_h_ar1.py, the last three in ann_heldout_h_ar2.py; merged here).

Annotated from the article text, docs/gold-format.md (operations: guidelines version 2) and the
"Annotation guidelines" of devset/README.md, without reading or running the extractor.
"""
from ann_heldout_h_ar1 import SPECS as FIRST
from ann_heldout_h_ar2 import SPECS as LAST

SPECS = [*FIRST, *LAST]
