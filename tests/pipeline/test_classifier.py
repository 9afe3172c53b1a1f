"""The trained category model: API, save/load, the LSA view, and the quality gate on abmusu."""

from __future__ import annotations

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
    assert model.version.startswith("category-v5-")
    assert model.meta["trained_on"] == 6 and model.meta["labels"] == ["economy", "sport"]
    assert model.lsa is not None and model.meta["lsa"]["dims"] == model.lsa.dims
    assert model.vectorizer is not None and model.svc is None  # the TF-IDF view only smooths
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


def test_version_4_model_still_loads_and_smooths_by_lsa_alone(tmp_path):
    """A format-4 pickle (LSA LR, no TF-IDF view) loads and predicts as format
    4 did: LSA-neighbour smoothing only."""
    import pickle

    import numpy as np

    from bantin.pipeline import classifier as C

    arts, labels = toy()
    new = train(arts, labels)
    p = tmp_path / "category-v4-old.pkl"
    with open(p, "wb") as f:
        pickle.dump({"format": 4, "meta": {**new.meta, "name": "category-v4-old", "format": 4},
                     "labels": new.labels, "vectorizer": None, "clf": new.clf, "emb_clf": None,
                     "sim_cols": None, "svc": None, "lsa": new.lsa}, f)
    old = load_model(p)
    assert old.vectorizer is None and old.lsa is not None
    X = old.lsa.transform([C.model_text(a) for a in arts])
    L = C._smooth(np.log(old.clf.predict_proba(X) + 1e-9), X, C.LSA_SMOOTH_MIN_SIM)
    want = np.exp(C._log_softmax_rows(L))
    assert np.allclose(np.exp(old.log_proba(arts)), want, atol=1e-12)
    assert np.allclose(np.exp(old.log_proba(arts, smooth=False)), np.exp(new.log_proba(arts, smooth=False)))


def test_version_5_averages_the_lsa_and_tfidf_smoothings():
    import numpy as np

    from bantin.pipeline import classifier as C

    arts, labels = toy()
    model = train(arts, labels)
    texts = [C.model_text(a) for a in arts]
    X = model.lsa.transform(texts)
    L = np.log(model.clf.predict_proba(X) + 1e-9)
    T = model.vectorizer.transform(texts)  # 6 articles: no df cut (sim_cols None)
    assert model.sim_cols is None
    w = C.TFIDF_SMOOTH_SHARE
    P = ((1 - w) * np.exp(C._log_softmax_rows(C._smooth(L, X, C.LSA_SMOOTH_MIN_SIM)))
         + w * np.exp(C._log_softmax_rows(C._smooth(L, T, C.SMOOTH_MIN_SIM))))
    assert np.allclose(np.exp(model.log_proba(arts)), P / P.sum(1, keepdims=True), atol=1e-12)


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


TRICKY = ["", "a", "ab", "_x_ a_b __ giáo_dục", "😀ab😀 𝐀𝐁c xy𝐀 𝐀𝐁", "\ud800ab\udfffcd", "123 4 56,78.9 2024",
          "supercalifragilistic giáo dục", "x" * 30, "ǅa ² ³x ½½ ٣٤ ⅫⅫ 中文 ab", "giáo\u0301 dục\u200bhọc",
          "\x1cab\x1fcd\u3000ef\u2028gh", "aaaaaaaa aaaaaaaaa bbbbbbbbbb", "\n\n", "đđ ĐĐ đà", "nghiêng  ngả"]


@pytest.mark.parametrize("extra", [[], [chr(0x4E00 + i) * 2 for i in range(300)]],
                         ids=["small alphabet", "alphabet over 254: regex path"])
def test_vectorized_tokens_equal_the_regex_tokens(extra):
    """`_Tokens` (one UTF-32 array, packed keys) gives exactly `_token_ids`'s ids."""
    import numpy as np

    from bantin.pipeline import classifier as C

    words = ["ab", "giáo", "dục", "học", "aaaaaaaa", "aaaaaaaaa", "supercalifragilistic", "𝐀𝐁", "a_b", "__",
             "2024", "56", "中文", "xy", "nghiêng", "ngả", "ǅa", "٣٤", "ⅫⅫ", "đđ", "đà", "cd", "gh"] + extra
    vocab = C._Vocab({w: i + 1 for i, w in enumerate(words)})
    tok = C._Tokens(vocab)
    assert tok.usable == (not extra)
    texts = TRICKY + [" ".join(TRICKY)] + [w.upper() + " " + w for w in words[:10]]
    for batch in (texts, texts[:1], texts[3:5], [], ["giáo dục"]):
        want, got = C._token_ids(batch, vocab.__getitem__), tok(batch)
        assert np.array_equal(want[0], got[0]) and np.array_equal(want[1], got[1])
    assert tok(["giáo dục đà xyz"])[0].tolist() == [2, 3, 21, 0]


def test_lsa_transform_is_the_sparse_reference_exactly():
    """The LSA vectors equal those of the straightforward build (regex tokens,
    scipy's COO -> CSR summing), bit for bit."""
    import numpy as np
    from scipy.sparse import csr_matrix

    from bantin.pipeline import classifier as C

    view = C.load_lsa()
    arts, _ = toy()
    texts = [C.model_text(a) for a in arts] + TRICKY + ["giáo dục đào tạo, giáo dục. " * 20]
    flat, doc = C._token_ids(texts, view.syl.__getitem__)
    uc = view.ucol[flat]
    rows, cols = [doc[uc >= 0]], [uc[uc >= 0]]
    keys, kdoc = C._Tfidf._bigrams(flat, doc, view.V)
    pos = view.table.get(keys)
    rows.append(kdoc[pos >= 0])
    cols.append(view.bcol[pos[pos >= 0]])
    r = np.concatenate(rows)
    X = csr_matrix((np.ones(len(r), np.float32), (r, np.concatenate(cols).astype(np.int32))),
                   shape=(len(texts), len(view.idf)))
    X.sum_duplicates()
    X.data = (np.log(X.data) + 1) * view.idf[X.indices]
    Z = np.asarray(X @ view.comp, dtype=np.float32)
    norm = np.linalg.norm(Z, axis=1, keepdims=True)
    norm[norm == 0] = 1
    assert np.array_equal(view.transform(texts), Z / norm)


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
# measured (v5, LR over LSA vectors, LSA + TF-IDF smoothings): smoothed 0.898 / 0.865, plain 0.868 / 0.837
# (v4, LSA smoothing alone: 0.885 / 0.847)
# (v3, TF-IDF LR + calibrated SVC: 0.875 / 0.790 and 0.859 / 0.783); see benchmarks/topics_quality.py
@pytest.mark.parametrize("smooth,acc_floor,f1_floor", [(True, 0.888, 0.855), (False, 0.858, 0.825)],
                         ids=["smoothed", "plain"])
def test_gate_abmusu_val(abmusu, smooth, acc_floor, f1_floor):
    model, va, gold = abmusu
    pred = [p for p, _ in model.predict(va, smooth=smooth)]
    m = classification(pred, gold)
    assert m["accuracy"] >= acc_floor, m
    assert m["macro_f1"] >= f1_floor, m
