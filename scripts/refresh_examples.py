"""Re-run the worked examples of README.md and docs/worked-examples.md and write their real output.

    python scripts/refresh_examples.py [--store DIR] [--check]

Builds the demo store the README names (the seed and tests/data/provenance, fixed clock, linked
and enriched offline), then for every ```sparql block followed by a plain ``` block, runs the query
with `khabar query` and replaces the plain block with what it printed. `--check` changes nothing
and exits 1 when an output block is out of date.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FILES = (REPO / "README.md", REPO / "docs" / "worked-examples.md")
# A query block, then (after at most one "Real output ..." paragraph) the block that shows its result.
EXAMPLE = re.compile(r"(```sparql\n(?P<query>(?:(?!```).)*)```\n\n(?P<note>Real output[^\n]*\n\n)?```\n)"
                     r"(?P<output>(?:(?!```).)*)(```)", re.S)
SEED_ONLY = "`khabar build seeds &&"  # an example run on a store of the seed alone


def khabar(*args: str) -> str:
    """Run the khabar command line of this interpreter and return what it printed."""
    done = subprocess.run([sys.executable, "-m", "kg.cli", *args], cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"khabar {' '.join(args)} failed:\n{done.stderr}")
    return done.stdout


def build_demo(store: Path, seed: Path) -> None:
    """The demo store of the worked examples, and a store of the seed alone."""
    for path in (store, seed):
        shutil.rmtree(path, ignore_errors=True)
    khabar("build", "seeds", "tests/data/provenance", "--store", str(store), "--clock", "2026-01-01T00:00:00Z",
           "--quiet")
    khabar("link", "--store", str(store))
    khabar("enrich", "--store", str(store))
    khabar("build", "seeds", "--store", str(seed), "--clock", "2026-01-01T00:00:00Z", "--quiet")


def refresh(text: str, store: Path, seed: Path) -> str:
    """The text with every example's output block replaced by the query's output now."""
    def run(match: re.Match) -> str:
        if "SERVICE <" in match["query"]:  # needs the live Wikidata endpoint: left as it is
            return match.group(0)
        where = seed if SEED_ONLY in (match["note"] or "") else store
        output = khabar("query", "--store", str(where), match["query"])
        return match.group(1) + output + ("" if output.endswith("\n") else "\n") + match.group(5)

    return EXAMPLE.sub(run, text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store or Path(scratch) / "demo"
        seed = Path(scratch) / "seed"
        build_demo(store, seed)
        stale = []
        for path in FILES:
            old = path.read_text(encoding="utf-8")
            new = refresh(old, store, seed)
            if new != old:
                stale.append(path)
                if not args.check:
                    path.write_text(new, encoding="utf-8")
    for path in stale:
        print(f"{'out of date' if args.check else 'refreshed'}: {path.relative_to(REPO)}")
    sys.exit(1 if args.check and stale else 0)


if __name__ == "__main__":
    main()
