"""Reading inputs: formats, metadata, language, stable ids, and a clear error for each bad input."""

from __future__ import annotations

import gzip
import json

import pytest

from kg.article import Article, detect_language, read_inputs
from kg.errors import InputError

ARABIC = "دخلت قوات النظام السوري إلى مدينة الميادين اليوم الجمعة بدعم جوي روسي."
ENGLISH = "Syrian government forces entered the city of Mayadin on Friday, a military source said."


def read_one(path):
    """The single article (or error) an input yields."""
    (item,) = list(read_inputs([path]))
    return item


def test_txt_without_sidecar_takes_its_id_from_the_file_name(tmp_path):
    path = tmp_path / "report-7.txt"
    path.write_text(ARABIC, encoding="utf-8")
    article = read_one(path)
    assert isinstance(article, Article)
    assert (article.id, article.language, article.published) == ("report-7", "ar", None)
    assert article.iri == "https://w3id.org/khabar/resource/article/report-7"


def test_txt_sidecar_supplies_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.json").write_text(json.dumps({
        "id": "afp 2017/10/06", "title": "Mayadin", "published": "2017-10-06",
        "publisher": "AFP", "url": "https://example.org/x", "language": "en"}), encoding="utf-8")
    article = read_one(tmp_path / "a.txt")
    assert article.published_date.isoformat() == "2017-10-06"
    assert (article.title, article.publisher, article.url) == ("Mayadin", "AFP", "https://example.org/x")
    assert article.iri.endswith("/article/afp%202017%2F10%2F06")  # ids are percent-encoded, never mangled


def test_jsonl_gz_lines_are_articles_and_a_line_without_id_gets_a_content_hash(tmp_path):
    path = tmp_path / "corpus.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps({"id": "x1", "text": ARABIC, "published": "2017-10-06T10:00:00+00:00"}) + "\n")
        out.write(json.dumps({"text": ENGLISH}) + "\n")
    first, second = list(read_inputs([path]))
    assert first.id == "x1" and first.source.endswith("corpus.jsonl.gz:1")
    assert second.id.startswith("sha256-") and second.language == "en"
    assert list(read_inputs([path]))[1].id == second.id  # stable


def test_directories_are_read_recursively_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARABIC, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "1.json").write_text("{}", encoding="utf-8")  # a sidecar, not an article
    assert [a.id for a in read_inputs([tmp_path])] == ["1", "2"]


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "empty text"),
    ("blank.txt", b"  \n\t", "empty text"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
    ("cp1256.txt", ARABIC.encode("cp1256"), "not UTF-8 text"),
    ("french.txt", "Les forces gouvernementales sont entrées dans la ville.".encode(), "unknown language"),
    ("notes.docx", b"PK", "unsupported file type"),
])
def test_bad_files_get_one_clear_error_naming_the_file(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    error = read_one(path)
    assert isinstance(error, InputError)
    assert problem in error.problem
    assert str(error).startswith(str(path))


@pytest.mark.parametrize("line, problem", [
    ("{not json", "not valid JSON"),
    ('{"id": "x"}', "no 'text'"),
    ('["a list"]', "not a JSON object"),
    (json.dumps({"text": ARABIC, "language": "fr"}), "unsupported language 'fr'"),
    (json.dumps({"text": ARABIC, "published": "6 Oct 2017"}), "not an ISO 8601"),
])
def test_bad_jsonl_lines_name_file_and_line_and_the_rest_is_read(tmp_path, line, problem):
    path = tmp_path / "mixed.jsonl"
    path.write_text(line + "\n" + json.dumps({"id": "good", "text": ARABIC}) + "\n", encoding="utf-8")
    error, good = list(read_inputs([path]))
    assert isinstance(error, InputError) and problem in error.problem
    assert error.source == f"{path}:1"
    assert good.id == "good"


def test_missing_path_is_an_error(tmp_path):
    assert "no such file" in read_one(tmp_path / "nope.txt").problem


def test_language_detection():
    assert detect_language(ARABIC) == "ar"
    assert detect_language(ENGLISH) == "en"
    assert detect_language("1234 5678") is None
