import gzip
import json

from bantin.models import Article, Topic
from bantin.sources import SourceError, read


def _all(spec):
    return list(read(str(spec)))


def test_jsonl_reads_records_and_reports_bad_lines_by_number(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text(
        json.dumps({"id": "x1", "title": "Tiêu đề", "text": "Nội dung.", "summary": "Sapo.",
                    "category": "Kinh tế"}, ensure_ascii=False) + "\n"
        "{broken\n"
        + json.dumps({"id": "x3"}) + "\n"
        + "[1, 2]\n",
        encoding="utf-8",
    )
    items = _all(p)
    assert isinstance(items[0], Article)
    assert items[0].lead == "Sapo." and items[0].tags == ("Kinh tế",) and items[0].ext_id == "x1"
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert errors[0].startswith(f"{p}:2: invalid JSON")
    assert errors[1] == f"{p}:3: record has neither 'title' nor 'text'"
    assert errors[2] == f"{p}:4: expected a JSON object, got list"


def test_gzip_jsonl(tmp_path):
    p = tmp_path / "a.jsonl.gz"
    p.write_bytes(gzip.compress(b'{"title": "A", "text": "B"}\n'))
    [a] = _all(p)
    assert (a.title, a.text) == ("A", "B")


def test_csv_with_header(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text('title,text,source\n"Tin, có phẩy","Nội dung",Báo A\n', encoding="utf-8")
    [a] = _all(p)
    assert a.title == "Tin, có phẩy" and a.source == "Báo A"


def test_csv_without_title_or_text_column_is_an_error(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text("foo,bar\n1,2\n", encoding="utf-8")
    [e] = _all(p)
    assert isinstance(e, SourceError) and "'title' or 'text' column" in str(e)


def test_directory_reads_every_file_and_digest_gives_topic(tmp_path):
    (tmp_path / "a.jsonl").write_text('{"title": "A", "text": "B"}\n', encoding="utf-8")
    (tmp_path / "page.txt").write_text("Dẫn.\nChủ đề X\n-\nMục một.\n", encoding="utf-8")
    (tmp_path / ".hidden").write_text("ignored", encoding="utf-8")
    items = _all(tmp_path)
    assert [type(i).__name__ for i in items] == ["Article", "Topic", "Article"]
    assert isinstance(items[1], Topic) and items[1].name == "Chủ đề X"


def test_missing_and_unknown_inputs_are_errors(tmp_path):
    [e] = _all(tmp_path / "nope.jsonl")
    assert "no such file" in str(e)
    p = tmp_path / "blob.bin"
    p.write_bytes(b"\x00\x01\x02 random")
    [e] = _all(p)
    assert isinstance(e, SourceError) and "unknown input format" in str(e)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("", encoding="utf-8")
    [e] = _all(empty)
    assert "empty input" in str(e)
