"""The worked examples in README.md and docs/worked-examples.md show what their queries return now."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_worked_example_outputs_are_current():
    done = subprocess.run([sys.executable, "scripts/refresh_examples.py", "--check"], cwd=REPO,
                          capture_output=True, text=True)
    assert done.returncode == 0, (done.stdout + done.stderr
                                  + "\nrun `python scripts/refresh_examples.py` to write the outputs again")
