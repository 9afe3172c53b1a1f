"""The trained category model: API, save/load, the LSA view, and the quality gate on abmusu."""

from __future__ import annotations

import time

import pytest

from bantin.eval.datasets import load_articles, load_gold, shared_data_dir
from bantin.eval.metrics import classification
from bantin.models import Article
from bantin.pipeline.classifier import load_model, train
from bantin.pipeline.prepare import prepare

TOY = [
    ("Tuyển Việt Nam thắng Thái Lan", "Các cầu thủ ghi hai bàn trong trận đấu vòng loại.", "sport"),
    ("HLV công bố danh sách cầu thủ", "Đội tuyển bóng đá tập trung chuẩn bị trận đấu.", "sport"),
    ("Câu lạc bộ Hà Nội vô địch", "Trận đấu cuối cùng của giải bóng đá kết thúc.", "sport"),
    ("Ngân hàng giảm lãi suất cho vay", "Lãi suất tiền gửi và tín dụng doanh nghiệp giảm.", "economy"),
    ("Giá vàng tăng mạnh", "Thị trường vàng và tỷ giá biến động, nhà đầu tư lo ngại.", "economy"),
    ("Xuất khẩu gạo tăng", "Doanh nghiệp xuất khẩu thu về lợi nhuận lớn, thị trường mở rộng.", "economy"),
]


def toy():
    arts = [prepare(Article(title=t, text=x)) for t, x, _ in TOY]
    return arts, [y for *_, y in TOY]


def test_train_predict_save_load(tmp_path):
    arts, labels = toy()
    model = train(arts, labels)
    assert model.version.startswith("category-v4-")
    assert model.meta["trained_on"] == 6 and model.meta["labels"] == ["economy", "sport"]
    assert model.lsa is not None and model.meta["lsa"]["dims"] == model.lsa.dims
    assert model.vectorizer is None and model.svc is None
    new = [prepare(Article(title="Trận đấu bóng đá hấp dẫn", text="Cầu thủ ghi bàn.")),
           prepare(Article(title="Lãi suất ngân hàng", text="Tín dụng tăng."))]
    pred = model.predict(new)
    assert [p[0] for p in pred] == ["sport", "economy"]
    assert all(0.5 < p[1] <= 1.0 for p in pred)
    probas = model.predict_proba(new)
    assert all(abs(sum(p.values()) - 1) < 1e-6 for p in probas)
    path = model.save(tmp_path)
    assert path.name == f"{model.version}.pkl" and path.exists()
    again = load_model(tmp_path)
    assert again.meta == model.meta
    assert again.predict(new) == pred
    assert model.predict([]) == []


def test_same_data_same_version_and_different_data_differs():
    arts, labels = toy()
    assert train(arts, labels).version == train(arts, labels).version
    assert train(arts[:5], labels[:5]).version != train(arts, labels).version


@pytest.mark.parametrize("case,arts,labels,words", [
    ("length mismatch", [Article("a", "b")], ["x", "y"], "length"),
    ("one label", [Article("a", "b"), Article("c", "d")], ["x", "x"], "two labels"),
])
def test_train_errors(case, arts, labels, words):
    with pytest.raises(ValueError, match=words):
        train(arts, labels)


def test_tfidf_matches_scikit_learn():
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    from bantin.pipeline.classifier import _Tfidf

    texts = [f"{t}\n{x}".lower() for t, x, _ in TOY] * 2 + ["giá vàng, giá vàng và trận đấu"]
    new = ["giá vàng tăng, cầu thủ ghi bàn; giá vàng giảm", "", "từ lạ hoàn toàn", texts[3]]  # lowercased
    for min_df in (1, 2):
        ours = _Tfidf(min_df=min_df).fit(texts)
        ref = TfidfVectorizer(sublinear_tf=True, min_df=min_df, ngram_range=(1, 2)).fit(texts)
        assert ours.n_features == len(ref.vocabulary_)
        a, b = ours.transform(new), ref.transform(new)
        # same features up to column order: compare the Gram matrices and norms
        assert np.allclose((a @ a.T).toarray(), (b @ b.T).toarray(), atol=1e-5)
        assert np.allclose(np.sort(a.data), np.sort(b.data), atol=1e-6)


def test_load_rejects_other_pickles(tmp_path):
    import pickle
    p = tmp_path / "category-v2-x.pkl"
    p.write_bytes(pickle.dumps({"format": 99}))
    with pytest.raises(ValueError, match="format 99 is not supported.*retrain"):
        load_model(p)
    p.write_bytes(pickle.dumps({"format": 1, "clf": None}))
    with pytest.raises(ValueError, match="format 1 is not supported"):
        load_model(p)
    p.write_bytes(pickle.dumps(["not", "a", "model"]))
    with pytest.raises(ValueError, match="not a bantin category model"):
        load_model(p)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(FileNotFoundError):
        load_model(empty)


def test_log_proba_averages_lr_and_calibrated_svc():
    import numpy as np

    from bantin.pipeline.classifier import SVC_WEIGHT, model_text

    arts, labels = toy()
    model = train(arts, labels, lsa=False)
    new = [prepare(Article(title="Giá vàng và trận đấu", text="Cầu thủ mua vàng, lãi suất tăng."))]
    X = model.vectorizer.transform([model_text(a) for a in new])
    mix = ((1 - SVC_WEIGHT) * np.log(model.clf.predict_proba(X) + 1e-9)
           + SVC_WEIGHT * np.log(model.svc.predict_proba(X) + 1e-9))
    want = np.exp(mix) / np.exp(mix).sum(axis=1, keepdims=True)
    got = np.exp(model.log_proba(new, smooth=False))
    assert np.allclose(got, want, atol=1e-9)
    lr_only = np.exp(train(arts, labels, svc=False, lsa=False).log_proba(new, smooth=False))
    assert not np.allclose(got, lr_only, atol=1e-4)  # the SVC does take part


def test_svc_needs_two_articles_a_class_else_lr_alone():
    arts, labels = toy()
    odd = prepare(Article(title="Bão số 3 đổ bộ", text="Mưa lớn, gió mạnh ở miền Bắc."))
    model = train(arts + [odd], labels + ["weather"], lsa=False)  # "weather" has one article
    assert model.svc is None and model.meta["svc"] is False
    assert model.labels == ["economy", "sport", "weather"]
    assert model.predict([arts[0]])[0][0] == "sport"
    # the smallest class decides the calibration folds: 3 articles -> 3 folds
    assert train(arts, labels, lsa=False).svc.cv == 3


def test_version_2_model_still_loads_and_predicts_with_lr_alone(tmp_path):
    """A format-2 pickle (no SVC) loads; its predictions are those of the LR."""
    import pickle

    arts, labels = toy()
    old = train(arts, labels, svc=False, lsa=False)
    p = tmp_path / "category-v2-old.pkl"
    with open(p, "wb") as f:
        pickle.dump({"format": 2, "meta": {**old.meta, "name": "category-v2-old", "format": 2},
                     "labels": old.labels, "vectorizer": old.vectorizer, "clf": old.clf,
                     "emb_clf": None, "sim_cols": None}, f)
    again = load_model(p)
    assert again.svc is None and again.version == "category-v2-old"
    assert again.predict(arts) == old.predict(arts)
    # a format-2 file cannot smuggle in an SVC: only format 3 reads the key
    with open(p, "wb") as f:
        pickle.dump({"format": 2, "meta": old.meta, "labels": old.labels, "vectorizer": old.vectorizer,
                     "clf": old.clf, "svc": "junk"}, f)
    assert load_model(p).svc is None


def test_version_3_model_still_loads_and_predicts_as_before(tmp_path):
    """A format-3 pickle (TF-IDF LR + calibrated SVC, no LSA) loads and predicts
    exactly as the v3 model did."""
    import pickle

    arts, labels = toy()
    old = train(arts, labels, lsa=False)
    assert old.lsa is None and old.svc is not None
    p = tmp_path / "category-v3-old.pkl"
    with open(p, "wb") as f:
        pickle.dump({"format": 3, "meta": {**old.meta, "name": "category-v3-old", "format": 3},
                     "labels": old.labels, "vectorizer": old.vectorizer, "clf": old.clf, "emb_clf": None,
                     "sim_cols": old.sim_cols, "svc": old.svc}, f)
    again = load_model(p)
    assert again.lsa is None and again.svc is not None and again.version == "category-v3-old"
    assert again.predict(arts) == old.predict(arts)
    assert again.predict_proba(arts) == old.predict_proba(arts)


def test_lsa_model_is_self_contained_and_compact(tmp_path):
    """A format-4 model carries its LSA view (int8 components) so that it keeps
    predicting the same if the shipped LSA changes; the file stays small."""
    import numpy as np

    from bantin.pipeline import classifier as C

    arts, labels = toy()
    model = train(arts, labels)
    path = model.save(tmp_path)
    assert path.stat().st_size < 5_000_000
    C._LSA.clear()  # the loaded model must not need the cache
    again = load_model(path)
    assert again.lsa is not model.lsa and again.lsa.digest == model.lsa.digest
    assert np.array_equal(again.lsa.comp, model.lsa.comp)
    assert again.predict_proba(arts) == model.predict_proba(arts)


def test_lsa_view_reads_unigrams_and_bigrams_and_tone_styles():
    import numpy as np

    from bantin.pipeline import classifier as C

    view = C.load_lsa()
    assert view.dims == C.LSA_DIMS and len(view.idf) == C.LSA_FEATURES
    old_style = prepare(Article(title="Hoà bình", text="Giáo dục và đào tạo, thuỷ lợi."))
    new_style = prepare(Article(title="Hòa bình", text="Giáo dục và đào tạo, thủy lợi."))
    Z = view.transform([C.model_text(old_style), C.model_text(new_style), "", "giáo dục", "dục giáo"])
    assert np.allclose(Z[0], Z[1])  # VietNews' and AbMuSu's tone styles meet
    assert np.allclose(np.linalg.norm(Z[[0, 1, 3, 4]], axis=1), 1) and not Z[2].any()
    assert not np.allclose(Z[3], Z[4])  # the bigram "giáo dục" is a feature of its own
    # related words land near each other: education words closer than sport
    edu, exam, ball = view.transform(["giáo sư đại học", "học sinh thi tốt nghiệp", "cầu thủ ghi bàn"])
    assert edu @ exam > edu @ ball


def test_smoothing_pulls_an_ambiguous_article_towards_its_near_duplicates():
    arts, labels = toy()
    model = train(arts, labels)
    story = "Giá vàng và lãi suất ngân hàng: nhà đầu tư tín dụng doanh nghiệp lo ngại thị trường"
    batch = [prepare(Article(title=story, text=story + f" {i}.")) for i in range(3)]
    odd = prepare(Article(title="Giá vàng, trận đấu", text=story + " cầu thủ bóng đá ghi bàn."))
    alone = model.predict_proba([odd])[0]["economy"]
    together = model.predict_proba(batch + [odd])[-1]["economy"]
    assert together > alone


# --- quality gate ---------------------------------------------------------------

DATA = shared_data_dir()


@pytest.fixture(scope="module")
def abmusu():
    tr_dir, va_dir = DATA / "abmusu-train", DATA / "abmusu-val"
    if not (tr_dir.is_dir() and va_dir.is_dir()):
        pytest.skip(f"abmusu-train/-val not found under {DATA} (../shared/data beside the repo)")
    tr = [prepare(a) for a in load_articles(tr_dir)]
    va = [prepare(a) for a in load_articles(va_dir)]
    gtr, gva = load_gold(tr_dir), load_gold(va_dir)
    model = train(tr, [gtr.category[a.ext_id] for a in tr])  # training labels only
    return model, va, [gva.category[a.ext_id] for a in va]


@pytest.mark.gate
# measured (v4, LR over LSA vectors): smoothed 0.885 / 0.847, plain 0.868 / 0.837
# (v3, TF-IDF LR + calibrated SVC: 0.875 / 0.790 and 0.859 / 0.783); see benchmarks/topics_quality.py
@pytest.mark.parametrize("smooth,acc_floor,f1_floor", [(True, 0.875, 0.835), (False, 0.858, 0.825)],
                         ids=["smoothed", "plain"])
def test_gate_abmusu_val(abmusu, smooth, acc_floor, f1_floor):
    model, va, gold = abmusu
    t = time.process_time()
    pred = [p for p, _ in model.predict(va, smooth=smooth)]
    rate = len(va) / (time.process_time() - t)
    m = classification(pred, gold)
    assert m["accuracy"] >= acc_floor, m
    assert m["macro_f1"] >= f1_floor, m
    assert rate > 1000, f"{rate:.0f} articles/s"  # v4 warm ~2,400/s CPU on val (loaded machine)
