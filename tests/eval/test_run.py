"""The `bantin eval` output contract, on a small set written here."""

import json
from pathlib import Path

import pytest

from bantin.eval.run import evaluate
from tests.conftest import dataset

ARTICLES = [
    {"id": "x1", "title": "Hà Nội khai trương trung tâm đổi mới sáng tạo",
     "text": "Sáng 5/11, Hà Nội khai trương trung tâm đổi mới sáng tạo. Trung tâm có 200 chỗ.",
     "summary": "Hà Nội khai trương trung tâm đổi mới sáng tạo.", "story": "s1",
     "category": "Khoa học"},
    {"id": "x2", "title": "Trung tâm đổi mới sáng tạo Hà Nội mở cửa",
     "text": "Hà Nội ngày 5/11 khai trương trung tâm đổi mới sáng tạo với 200 chỗ làm việc.",
     "summary": "Trung tâm mở cửa.", "story": "s1", "category": "Khoa học"},
    {"id": "x3", "title": "Giá lúa tăng mạnh ở Cần Thơ",
     "text": "Giá lúa tại Cần Thơ tăng 12% trong tuần. Nông dân phấn khởi.",
     "summary": "Giá lúa tăng.", "story": "s2", "category": "Kinh tế"},
]


@pytest.fixture
def small_set(tmp_path):
    d = tmp_path / "set"
    d.mkdir()
    (d / "articles.jsonl").write_text(
        "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    (d / "stories.jsonl").write_text(
        json.dumps({"story": "s1", "references": ["Hà Nội khai trương trung tâm."]},
                   ensure_ascii=False) + "\n"
        + json.dumps({"story": "s2", "references": ["Giá lúa tăng."]}, ensure_ascii=False)
        + "\n", encoding="utf-8")
    return d


def test_eval_writes_the_contract(small_set, tmp_path):
    out = tmp_path / "out"
    metrics = evaluate(small_set, out)
    preds = [json.loads(line) for line in open(out / "predictions.jsonl", encoding="utf-8")]
    assert [p["id"] for p in preds] == ["x1", "x2", "x3"]
    for p in preds:
        assert set(p) >= {"id", "story", "summary", "topics"} and p["summary"]
    stories = [json.loads(line) for line in open(out / "stories.jsonl", encoding="utf-8")]
    assert sorted(s["story"] for s in stories) == ["s1", "s2"]
    assert all(s["summary"] for s in stories)
    on_disk = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
    for key in ("stories_bcubed", "stories_pairwise", "briefs_rouge", "story_leads_rouge"):
        assert key in on_disk and key in metrics
    assert "category" not in on_disk  # no --train, no classifier


def test_eval_never_reads_gold_while_predicting(small_set, tmp_path, monkeypatch):
    # Scramble the gold fields the pipeline could see: predictions must not change.
    out1, out2 = tmp_path / "o1", tmp_path / "o2"
    evaluate(small_set, out1)
    rows = [json.loads(line) for line in open(small_set / "articles.jsonl", encoding="utf-8")]
    for r in rows:
        r["summary"], r["story"], r["category"] = "X", "zzz", "Y"
    (small_set / "articles.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    evaluate(small_set, out2)
    assert (out1 / "predictions.jsonl").read_text() == (out2 / "predictions.jsonl").read_text()


FLOORS = json.loads((Path(__file__).parents[1] / "data" / "quality_floors.json")
                    .read_text(encoding="utf-8"))


@pytest.mark.gate
@pytest.mark.parametrize("name", [k for k in FLOORS if not k.startswith("_")])
def test_eval_meets_the_pinned_floors(tmp_path, name):
    floors = FLOORS[name]
    train = dataset(floors["_train"]) if "_train" in floors else None
    m = evaluate(dataset(name), tmp_path / name, train_dir=train)
    for key, floor in floors.items():
        if key.startswith("_"):
            continue
        section, metric = key.split(".")
        assert m[section][metric] >= floor, f"{name} {key}: {m[section][metric]:.4f} < {floor}"
