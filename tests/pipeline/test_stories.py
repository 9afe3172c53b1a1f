"""Story clustering: behaviour on small cases, persistence, and gates."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from bantin.eval.datasets import shared_data_dir
from bantin.eval.metrics import bcubed
from bantin.models import Article
from bantin.pipeline.prepare import prepare
from bantin.pipeline.stories import FEATURES, StoryIndex, cluster, entities, headline

FLOOD = [
    ("Lũ lớn ở Quảng Bình, hàng nghìn ngôi nhà bị ngập sâu",
     "Mưa lớn kéo dài khiến lũ trên sông Gianh và sông Kiến Giang dâng cao, hàng nghìn ngôi nhà ở huyện Lệ Thủy, tỉnh Quảng Bình bị ngập sâu. " * 6),
    ("Quảng Bình: lũ sông Kiến Giang vượt báo động 3, Lệ Thủy ngập nặng",
     "Lũ trên sông Kiến Giang vượt mức báo động 3, nhiều xã của huyện Lệ Thủy, tỉnh Quảng Bình bị chia cắt, hàng nghìn ngôi nhà bị ngập sâu trong nước lũ. " * 6),
]
FOOTBALL = [
    ("Đội tuyển Việt Nam thắng Indonesia ở bán kết AFF Cup",
     "Đội tuyển Việt Nam giành chiến thắng 2-0 trước Indonesia ở trận bán kết lượt về AFF Cup trên sân Mỹ Đình, Quang Hải ghi bàn mở tỷ số. " * 6),
]


def art(title: str, text: str, published_at: str | None = None) -> Article:
    return prepare(Article(title=title, text=text, published_at=published_at))


def test_same_event_joins_and_other_event_opens_a_new_story():
    idx = StoryIndex()
    a, b, c = art(*FLOOD[0]), art(*FLOOD[1]), art(*FOOTBALL[0])
    ra, rb, rc = idx.assign(a), idx.assign(b), idx.assign(c)
    assert ra.new and ra.story_id == "s" + a.id[1:]
    assert not rb.new and rb.story_id == ra.story_id and rb.score >= idx.threshold
    assert rc.new and rc.story_id != ra.story_id


def test_near_duplicate_joins_its_originals_story_even_when_text_differs():
    idx = StoryIndex()
    a, c = art(*FLOOD[0]), art(*FOOTBALL[0])
    idx.assign(a)
    r = idx.assign(c, duplicate_of=a.id)
    assert r.story_id == "s" + a.id[1:] and not r.new


def test_reassigning_a_known_article_returns_its_story():
    idx = StoryIndex()
    a = art(*FLOOD[0])
    first = idx.assign(a)
    again = idx.assign(a)
    assert again.story_id == first.story_id and not again.new
    assert idx.n_articles == 1


def test_far_apart_dates_keep_same_words_in_different_stories():
    idx = StoryIndex()
    r1 = idx.assign(art(*FLOOD[0], published_at="2020-10-10"))
    r2 = idx.assign(art(*FLOOD[1], published_at="2024-10-10"))
    assert r2.story_id != r1.story_id
    idx2 = StoryIndex()
    s1 = idx2.assign(art(*FLOOD[0], published_at="2020-10-10"))
    s2 = idx2.assign(art(*FLOOD[1], published_at="2020-10-11"))
    assert s2.story_id == s1.story_id


def test_index_round_trips_through_bytes():
    idx = StoryIndex()
    a = art(*FLOOD[0])
    idx.assign(a)
    idx.assign(art(*FOOTBALL[0]))
    again = StoryIndex.from_bytes(idx.to_bytes())
    assert len(again) == 2 and again.story_of(a.id) == "s" + a.id[1:]
    assert again.assign(art(*FLOOD[1])).story_id == "s" + a.id[1:]


def test_story_features_are_cosines_and_survive_a_snapshot():
    idx = StoryIndex()
    idx.assign(art(*FLOOD[0]))
    idx.assign(art(*FOOTBALL[0]))
    f = idx.features(art(*FLOOD[1]))
    cands = idx._candidates(f)
    x = idx.story_features(f, cands)
    assert x.shape == (len(cands), len(FEATURES))
    assert ((x[:, :5] >= -1e-6) & (x[:, :5] <= 1 + 1e-3)).all()
    again = StoryIndex.from_bytes(idx.to_bytes())
    assert again.scores(f, again._candidates(f)) == pytest.approx(idx.scores(f, cands), abs=2e-3)


def test_version_2_snapshot_drops_its_old_scale_threshold():
    import io
    import zlib

    import numpy as np

    idx = StoryIndex(threshold=0.05)
    idx.assign(art(*FLOOD[0]))
    z = dict(np.load(io.BytesIO(idx.to_bytes())))
    assert StoryIndex.from_bytes(idx.to_bytes()).threshold == 0.05
    z["meta"][0], z["threshold"][0] = 2, -1.0  # as written before the score was rescaled
    buf = io.BytesIO()
    np.savez(buf, **z)
    # written zlib-compressed, as snapshots were before session 3
    old = StoryIndex.from_bytes(zlib.compress(buf.getvalue()))
    assert old.threshold == StoryIndex().threshold and len(old) == 1
    z["meta"][0] = 4
    buf = io.BytesIO()
    np.savez(buf, **z)
    current = StoryIndex.from_bytes(zlib.compress(buf.getvalue()))
    assert len(current) == 1 and current.threshold == -1.0


def test_assignment_lists_merged_stories_and_snapshot_keeps_aliases():
    idx = StoryIndex()
    a, b = art(*FLOOD[0]), art(*FLOOD[1])
    r = idx.assign(a)
    assert r.merged == []
    idx._alias["sgone"] = r.story_id  # as left by a late merge
    idx._story_of["agone"] = "sgone"
    again = StoryIndex.from_bytes(idx.to_bytes())
    assert again.story_of("agone") == r.story_id
    assert again.assign(b).story_id == r.story_id


def test_cluster_matches_online_on_a_small_stream():
    arts = [art(*FLOOD[0]), art(*FOOTBALL[0]), art(*FLOOD[1])]
    labels = cluster(arts)
    assert labels[arts[0].id] == labels[arts[2].id] != labels[arts[1].id]


def test_headline_picks_the_most_central_title():
    arts = [art(*FLOOD[0]), art(*FLOOD[1]),
            art("Ảnh: người dân chạy lũ", "Lũ lớn ở Quảng Bình khiến hàng nghìn ngôi nhà ở Lệ Thủy bị ngập sâu. " * 5)]
    assert headline(arts) in {arts[0].id, arts[1].id}
    assert headline(arts[:1]) == arts[0].id


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Nghị định 179/2025/NĐ-CP có hiệu lực từ 15/7/2025.", {"179/2025/nđ-cp", "15/7/2025"}),
        ("Ca sĩ Goo Hye Sun và nhóm BLACKPINK.", {"goo hye sun", "blackpink"}),
        ("Sư đoàn phát động thi đua.", set()),
    ],
)
def test_entities_are_names_acronyms_and_compound_numbers(text, expected):
    assert expected <= set(entities(text)) and (expected or not entities(text))


# --- quality gates over ../shared/data -----------------------------------------

SETS = ("vims-dev", "abmusu-train", "abmusu-val")


@pytest.fixture(scope="module")
def datasets():
    if not all((shared_data_dir() / s).exists() for s in SETS):
        pytest.skip(f"evaluation sets not found under {shared_data_dir()}")
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from stories_quality import load_sets

    return load_sets()


# floors slightly under the measured mean of 3 shuffled orders (see report)
# seed 0 with late merging measured 0.961 / 0.900 / 0.904 / 0.913
FLOORS = {"vims-dev": 0.955, "abmusu-train": 0.89, "abmusu-val": 0.895, "pooled": 0.905}


@pytest.mark.gate
@pytest.mark.parametrize("name", list(FLOORS))
def test_gate_online_b3_f1(datasets, name):
    from stories_quality import online

    arts, gold = datasets[name]
    labels, _ = online(arts, seed=0)
    assert bcubed(labels, gold)["f1"] >= FLOORS[name]


@pytest.mark.gate
def test_gate_incremental_agrees_with_batch(datasets):
    from stories_quality import online

    arts, _ = datasets["vims-dev"]
    labels, _ = online(arts, seed=0)
    assert bcubed(labels, cluster(arts))["f1"] >= 0.95


@pytest.mark.gate
def test_gate_story_ids_do_not_depend_on_later_articles(datasets):
    arts, _ = datasets["abmusu-val"]
    order = list(arts)
    random.Random(1).shuffle(order)
    idx = StoryIndex()
    first = [idx.assign(a).story_id for a in order[:100]]
    again = StoryIndex()
    assert [again.assign(a).story_id for a in order[:100]] == first


def test_shipped_background_table_matches_its_text_source():
    import numpy as np

    from bantin.pipeline.stories import background_df, parse_background_df

    n, counts = background_df()
    n2, counts2 = parse_background_df()
    assert n == n2 > 0
    assert np.array_equal(counts, counts2)  # else: write_background_npz("src/bantin/data/idf_vi.npz")


def test_a_loaded_snapshot_places_the_next_articles_exactly_as_the_live_index():
    """The inverted index is saved as it is, so a new process continues
    where the last one stopped (it used to be rebuilt, approximately)."""
    d = shared_data_dir() / "vims-dev"
    if not d.is_dir():
        pytest.skip(f"{d} not found (../shared/data beside the repo)")
    from bantin.eval.datasets import load_articles

    arts = [prepare(a) for a in load_articles(d)][:600]
    live = StoryIndex()
    for a in arts[:300]:
        live.assign(a)
    loaded = StoryIndex.from_bytes(live.to_bytes())
    assert all(loaded._posting(k) == live._posting(k) for k in live._postings)
    for a in arts[300:450]:
        assert loaded.assign(a).story_id == live.assign(a).story_id
    # a snapshot of a loaded index (its base and what was added since)
    again = StoryIndex.from_bytes(loaded.to_bytes())
    for a in arts[450:]:
        assert again.assign(a).story_id == live.assign(a).story_id


def test_a_loaded_snapshot_builds_only_the_stories_it_scores():
    """A new process placing a few articles must not rebuild every story of
    the snapshot (at 50,000 live stories that was most of its start-up)."""
    def event(i: int, title: str = "hôm nay") -> Article:  # unrelated events, own words
        words = " ".join(f"sukien{i}tu{j}" for j in range(80))
        return art(f"Sự kiện {i} {title}", f"{words}. " * 3)

    idx = StoryIndex()
    stories = {idx.assign(event(i)).story_id for i in range(40)}
    assert len(stories) == 40
    loaded = StoryIndex.from_bytes(idx.to_bytes())
    table = loaded._stories
    assert len(loaded) == 40 and len(table._rows) == 40  # nothing built yet
    assert all(sid in table for sid in stories)
    placed = loaded.assign(event(7, "tiếp diễn"))
    assert placed.story_id == idx.story_of(event(7).id)
    assert 1 <= 40 - len(table._rows) <= 5  # the one story it joined, not all 40
    # what was not built still goes into the next snapshot
    again = StoryIndex.from_bytes(loaded.to_bytes())
    assert {k for k, _ in again._stories.items()} == stories
