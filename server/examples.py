"""The example queries in server/queries/: each file opens with `# title:` and `# description:`."""

from pathlib import Path
from typing import NamedTuple

QUERIES_DIR = Path(__file__).parent / "queries"


class Example(NamedTuple):
    """One example query, named after its file."""

    name: str
    title: str
    description: str
    text: str


def load_examples(folder: Path = QUERIES_DIR) -> list[Example]:
    """Every *.rq in folder, sorted by file name; ValueError if one lacks its header."""
    return [read_example(path) for path in sorted(folder.glob("*.rq"))]


def read_example(path: Path) -> Example:
    """One example query and the title and description from its header comments."""
    text = path.read_text(encoding="utf-8")
    header = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        key, sep, value = line.lstrip("# ").partition(":")
        if sep:
            header.setdefault(key.strip().lower(), value.strip())
    missing = [key for key in ("title", "description") if not header.get(key)]
    if missing:
        raise ValueError(f"{path} must open with '# title: ...' and '# description: ...' "
                         f"comment lines; missing {', '.join(missing)}.")
    return Example(path.stem, header["title"], header["description"], text)
