import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bantin.cli import main
from bantin.settings import SETTINGS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def run(tmp_path):
    runner = CliRunner()
    db = str(tmp_path / "cli.db")

    def _run(*args, input=None):
        return runner.invoke(main, [*args[:1], "--db", db, *args[1:]] if args[0] not in
                             ("eval", "demo", "--help", "--help-settings", "--version")
                             else list(args), input=input, catch_exceptions=False)

    return _run


@pytest.fixture
def corpus(tmp_path):
    from bantin.demo import demo_sources

    return str(demo_sources()[0])


def test_ingest_then_reingest_says_nothing_changed(run, corpus):
    first = run("ingest", corpus, "-q")
    assert first.exit_code == 0, first.output
    n = int(re.search(r"(\d+) new", first.output).group(1))
    assert n >= 40
    again = run("ingest", corpus, "-q")
    assert again.exit_code == 0
    assert f"0 new, 0 updated, {n} unchanged" in again.output


def test_ingest_bad_input_names_the_file_and_line_and_exits_1(run, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"title": "Tin tốt", "text": "Nội dung tốt."}\n{oops\n', encoding="utf-8")
    r = run("ingest", str(bad), str(tmp_path / "missing.csv"))
    assert r.exit_code == 1
    assert f"error: {bad}:2: invalid JSON" in r.output
    assert "missing.csv: no such file" in r.output
    assert "1 new" in r.output


def test_ingest_json_report(run, corpus):
    r = run("ingest", corpus, "--json")
    data = json.loads(r.output)
    assert data["new"] >= 40 and data["failed"] == 0


def test_ingest_reads_stdin(run):
    r = run("ingest", "-", input='{"title": "Tin từ stdin", "text": "Nội dung."}\n')
    assert r.exit_code == 0 and "1 new" in r.output


def test_page_formats_and_topic_by_name_or_slug(run, corpus):
    run("ingest", corpus, "-q")
    by_slug = run("page", "chuyen-doi-so", "--format", "json")
    by_name = run("page", "Chuyển đổi số", "--format", "json")
    assert by_slug.exit_code == 0 and by_slug.output == by_name.output
    page = json.loads(by_slug.output)
    assert page["topic"]["name"] == "Chuyển đổi số" and page["items"]
    dates = [it["last_seen"] for it in page["items"]]
    assert dates == sorted(dates, reverse=True)
    html = run("page", "chuyen-doi-so", "--format", "html").output
    assert "<h1>Chuyển đổi số</h1>" in html and "<style>" in html
    md = run("page", "chuyen-doi-so", "--format", "md").output
    assert md.startswith("# Chuyển đổi số")


def test_page_output_file(run, corpus, tmp_path):
    run("ingest", corpus, "-q")
    out = tmp_path / "p.txt"
    r = run("page", "chuyen-doi-so", "--format", "digest", "-o", str(out))
    assert r.exit_code == 0
    assert out.read_text(encoding="utf-8").split("\n")[1] == "Chuyển đổi số"


def test_unknown_topic_and_missing_store_exit_2(run, tmp_path, corpus):
    r = run("page", "khong-co")
    assert r.exit_code == 2 and "no such store" in r.output
    run("ingest", corpus, "-q")
    r = run("page", "khong-co")
    assert r.exit_code == 2 and "no topic 'khong-co'" in r.output


def test_search_folds_diacritics(run, corpus):
    run("ingest", corpus, "-q")
    plain = run("search", "chuyen doi so", "--json")
    marked = run("search", "Chuyển đổi số", "--json")
    ids = [r["id"] for r in json.loads(plain.output)["results"]]
    assert ids and ids == [r["id"] for r in json.loads(marked.output)["results"]]


def test_bad_setting_is_a_usage_error(run, corpus):
    r = run("ingest", corpus, "--setting", "no_such=1")
    assert r.exit_code == 2 and "unknown setting 'no_such'" in r.output


def test_help_settings_lists_every_setting(run):
    out = run("--help-settings").output
    for name, _default, _help in SETTINGS:
        assert name in out


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"bantin {name}" in readme, f"README does not show `bantin {name}`"
