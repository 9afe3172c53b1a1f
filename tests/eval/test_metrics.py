import pytest

from bantin.eval.metrics import bcubed, classification, pair_precision_recall, pairwise, rouge


def test_rouge_counts_clipped_ngrams_and_lcs():
    r = rouge("a a b c", "a b b c")
    # unigrams: overlap a1 b1 c1 = 3 of 4/4; bigrams: (a,b),(b,c) of 3/3; LCS a b c = 3.
    assert r["rouge1"] == pytest.approx(0.75)
    assert r["rouge2"] == pytest.approx(2 / 3)
    assert r["rougeL"] == pytest.approx(0.75)


def test_rouge_tokens_are_lowercased_nfc_word_runs():
    assert rouge("Hà Nội, 2025!", "hà nội 2025")["rouge1"] == pytest.approx(1.0)


def test_rouge_averages_over_references():
    assert rouge("a b", ["a b", "c d"])["rouge1"] == pytest.approx(0.5)


def test_rouge_of_empty_prediction_is_zero():
    assert rouge("", "a b") == {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}


def test_bcubed_perfect_and_merged():
    gold = {"1": "A", "2": "A", "3": "B"}
    assert bcubed({"1": "x", "2": "x", "3": "y"}, gold)["f1"] == pytest.approx(1.0)
    merged = bcubed({"1": "x", "2": "x", "3": "x"}, gold)
    assert merged["recall"] == pytest.approx(1.0)
    assert merged["precision"] == pytest.approx((2 / 3 + 2 / 3 + 1 / 3) / 3)


def test_pairwise_counts_pairs():
    gold = {"1": "A", "2": "A", "3": "A", "4": "B"}
    pred = {"1": "x", "2": "x", "3": "y", "4": "y"}
    r = pairwise(pred, gold)
    assert r["precision"] == pytest.approx(1 / 2)  # (1,2) right, (3,4) wrong
    assert r["recall"] == pytest.approx(1 / 3)  # of (1,2) (1,3) (2,3)


def test_classification_accuracy_and_macro_f1():
    r = classification(["a", "a", "b", "b"], ["a", "b", "b", "b"])
    assert r["accuracy"] == pytest.approx(0.75)
    assert r["macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2)


def test_pair_precision_recall():
    r = pair_precision_recall({frozenset("ab"), frozenset("cd")}, {frozenset("ab")})
    assert (r["precision"], r["recall"]) == (0.5, 1.0)
