"""Quality and speed of the summaries stage against its baselines, in one run.

    PYTHONPATH=src python benchmarks/summaries_quality.py            # everything
    PYTHONPATH=src python benchmarks/summaries_quality.py --no-lexrank --bench 5000

Briefs (`bantin.pipeline.summarize.brief`) are scored against each article's
sapo (gold ``summary``) on vietnews-dev, abmusu-train and abmusu-val; story
leads (`story_lead`) against the human multi-document summaries of vims-dev,
abmusu-train and abmusu-val stories (the gold story membership gives the
reports of each story). ROUGE is `bantin.eval.metrics` (the official rules).

Baselines, recomputed here so every figure comes from the same run:

* briefs: Lead-1, Lead-2 (sentences of `text.segment.sentence_spans`),
  first-N-words (N swept 20-80 step 5 per set; the best N for that baseline is
  reported, which favours the baseline), LexRank-2 (sumy, when installed, with
  a regex tokenizer: sumy's own needs nltk data).
* story leads: round-robin leads (sentence 1 of each report in time order,
  then sentence 2, ... up to the target length), TF-IDF centroid MMR
  (lambda 0.7), LexRank (sumy) up to the target length; every method gets
  the same target, `summarize.lead_target_words(reports)`.

``--fit`` refits the brief scorer (ridge over `summarize.BRIEF_FEATURES` on
vietnews-dev + abmusu-train, each sentence weighted by its length squared,
each set weighing the same) and prints the constants to paste.

Speed: briefs/s over vietnews-bench (one core) and the time of a lead for a
50-report story. Tuning was done on vietnews-dev and abmusu-train / vims-dev;
abmusu-val is the check.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import defaultdict

from bantin.eval.datasets import (
    iter_records,
    load_articles,
    load_gold,
    record_to_article,
    shared_data_dir,
)
from bantin.eval.metrics import mean_rouge
from bantin.models import Article
from bantin.pipeline.prepare import prepare
from bantin.pipeline.summarize import brief, lead_target_words, story_lead
from bantin.text.segment import sentence_spans

_WORD = re.compile(r"\w+")
BRIEF_SETS = ("vietnews-dev", "abmusu-train", "abmusu-val")
STORY_SETS = ("vims-dev", "abmusu-train", "abmusu-val")
# Story leads and their baselines get the same length: `lead_target_words`
# (190 + 6 per report, at most 240; human summaries run ~200-230 syllables).


# --- baselines ------------------------------------------------------------------

def sentences_of(a: Article) -> list[str]:
    return [a.text[s:e] for s, e in sentence_spans(a.text)]


def lead_k(a: Article, k: int) -> str:
    return " ".join(sentences_of(a)[:k])


def first_n_words(a: Article, n: int) -> str:
    return " ".join(_WORD.findall(a.text)[:n])


def _lexrank():
    try:
        from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
        from sumy.summarizers.lex_rank import LexRankSummarizer
    except ImportError:
        return None

    class Tok:
        language = "vietnamese"

        @staticmethod
        def to_words(text):
            return _WORD.findall(text.lower())

        @staticmethod
        def to_sentences(text):
            return [text[s:e] for s, e in sentence_spans(text)]

    summarizer = LexRankSummarizer()
    summarizer.stop_words = ()

    def run(sents: list[str], count: int) -> list[str]:
        if not sents:
            return []
        doc = ObjectDocumentModel([Paragraph([Sentence(s, Tok) for s in sents])])
        return [str(s) for s in summarizer(doc, count)]

    return run


def lexrank_brief(run, a: Article, k: int = 2) -> str:
    return " ".join(run(sentences_of(a), k))


def _fill(sents_ranked: list[str], target: int) -> list[str]:
    out, words = [], 0
    for s in sents_ranked:
        if words >= target:
            break
        out.append(s)
        words += len(_WORD.findall(s))
    return out


def round_robin_leads(arts: list[Article], target: int) -> str:
    per = [sentences_of(a) for a in sorted(arts, key=lambda a: a.published_at or "")]
    ranked = []
    for i in range(max((len(p) for p in per), default=0)):
        ranked.extend(p[i] for p in per if i < len(p))
    return " ".join(_fill(ranked, target))


def centroid_mmr(arts: list[Article], target: int, lam: float = 0.7) -> str:
    from sklearn.feature_extraction.text import TfidfVectorizer

    sents = [s for a in arts for s in sentences_of(a) if len(_WORD.findall(s)) >= 5]
    if not sents:
        return ""
    vec = TfidfVectorizer(token_pattern=r"(?u)\b\w+\b", lowercase=True)
    m = vec.fit_transform(sents)
    centroid = m.mean(axis=0).A1
    rel = m @ centroid
    sim = (m @ m.T).toarray()
    chosen: list[int] = []
    words = 0
    left = set(range(len(sents)))
    while left and words < target:
        best = max(left, key=lambda i: lam * rel[i] - (1 - lam) * max((sim[i][j] for j in chosen), default=0))
        left.discard(best)
        chosen.append(best)
        words += len(_WORD.findall(sents[best]))
    return " ".join(sents[i] for i in chosen)


def lexrank_story(run, arts: list[Article], target: int) -> str:
    sents = [s for a in arts for s in sentences_of(a)]
    ranked = run(sents, min(len(sents), 40))
    # sumy returns the chosen sentences in document order; rank them first.
    return " ".join(_fill(ranked, target))


# --- fitting the brief scorer -------------------------------------------------------

FIT_SETS = ("vietnews-dev", "abmusu-train")  # abmusu-val stays the check


def _precisions(toks: list[str], ref: list[str]) -> tuple[float, float]:
    """Clipped share of the sentence's unigrams / bigrams found in the reference."""
    from collections import Counter
    from itertools import pairwise

    c1 = Counter(toks) & Counter(ref)
    c2 = Counter(pairwise(toks)) & Counter(pairwise(ref))
    return sum(c1.values()) / max(len(toks), 1), sum(c2.values()) / max(len(toks) - 1, 1)


def fit_brief(lam: float = 1.0) -> None:
    """Weighted ridge fit of BRIEF_W_UNIGRAM / BRIEF_W_BIGRAM on FIT_SETS
    (label: the sentence's unigram / bigram precision against the sapo) and
    the least squares line of sapo length on ln(chars); prints the constants.

    Each sentence is weighted by its length squared: `brief` multiplies the
    predicted precision by the length, so this is least squares on the
    predicted matches (what the combination search adds up), not on the
    precision of a 6-syllable fragment. Each set weighs the same in total
    (per article: vietnews-dev's 2,000 articles from a few outlets would
    otherwise drown AbMuSu's 618)."""
    import math

    import numpy as np

    from bantin.eval.metrics import rouge_tokens
    from bantin.pipeline.summarize import BRIEF_FEATURES, _brief_table

    xs, y1, y2, ws, lc, lr = [], [], [], [], [], []
    per_set = {}
    for name in FIT_SETS:
        arts, gold = _load(name)
        items = [(a, rouge_tokens(gold.summary.get(a.ext_id) or "")) for a in arts]
        items = [(a, ref) for a, ref in items if ref]
        per_set[name] = len(items)
        for a, ref in items:
            for _s, _e, toks, f in _brief_table(a):
                p1, p2 = _precisions(toks, ref)
                xs.append(f)
                y1.append(p1)
                y2.append(p2)
                ws.append(len(toks) ** 2 / len(items))
            lc.append(math.log1p(len(a.text)))
            lr.append(len(ref))
    x = np.array(xs)
    wt = np.array(ws) * (len(ws) / sum(ws))  # mean weight 1: lambda keeps its scale
    reg = lam * np.eye(x.shape[1])
    reg[0, 0] = 0.0  # no penalty on the bias
    xw = x * wt[:, None]
    for label, y in (("BRIEF_W_UNIGRAM", y1), ("BRIEF_W_BIGRAM", y2)):
        y = np.array(y)
        w = np.linalg.solve(x.T @ xw + reg, xw.T @ y)
        r2 = 1 - (wt * (x @ w - y) ** 2).sum() / (wt * (y - np.average(y, weights=wt)) ** 2).sum()
        print(f"{label} = ({', '.join(f'{v:.4f}' for v in w)})  # weighted R^2 {r2:.3f}")
    slope, icpt = np.polyfit(lc, lr, 1)
    print(f"sapo length = {slope:.2f} x ln(1 + chars) {icpt:+.1f}  ({len(lr)} articles, "
          f"{len(xs)} sentences; features: {', '.join(BRIEF_FEATURES)})")


# --- runs -------------------------------------------------------------------------

def _load(name: str):
    d = shared_data_dir() / name
    arts = [prepare(a) for a in load_articles(d)]
    return arts, load_gold(d)


def _fmt(r: dict) -> str:
    return f"{r['rouge1']:.3f} / {r['rouge2']:.3f}"


def brief_table(lexrank) -> list[tuple[str, str, dict]]:
    rows = []
    for name in BRIEF_SETS:
        arts, gold = _load(name)
        items = [(a, gold.summary[a.ext_id]) for a in arts if gold.summary.get(a.ext_id)]
        res = {}
        res["Lead-1"] = mean_rouge([(lead_k(a, 1), r) for a, r in items])
        res["Lead-2"] = mean_rouge([(lead_k(a, 2), r) for a, r in items])
        best_n = max(range(20, 85, 5),
                     key=lambda n: mean_rouge([(first_n_words(a, n), r) for a, r in items])["rouge2"])
        res[f"first-{best_n}-words"] = mean_rouge([(first_n_words(a, best_n), r) for a, r in items])
        if lexrank:
            res["LexRank-2"] = mean_rouge([(lexrank_brief(lexrank, a), r) for a, r in items])
        res["bantin brief"] = mean_rouge(
            [(" ".join(s.text for s in brief(a)), r) for a, r in items])
        for k, v in res.items():
            rows.append((name, k, v))
    return rows


def story_groups(arts: list[Article], gold) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        sid = gold.story.get(a.ext_id)
        if sid is not None:
            groups[sid].append(a)
    return {k: v for k, v in groups.items() if k in gold.references}


def story_table(lexrank) -> list[tuple[str, str, dict]]:
    rows = []
    for name in STORY_SETS:
        arts, gold = _load(name)
        groups = story_groups(arts, gold)
        refs = {k: gold.references[k] for k in groups}
        res = {}
        n = {k: lead_target_words(len(g)) for k, g in groups.items()}
        res["round-robin leads"] = mean_rouge(
            [(round_robin_leads(g, n[k]), refs[k]) for k, g in groups.items()])
        res["centroid MMR"] = mean_rouge([(centroid_mmr(g, n[k]), refs[k]) for k, g in groups.items()])
        if lexrank:
            res["LexRank"] = mean_rouge(
                [(lexrank_story(lexrank, g, n[k]), refs[k]) for k, g in groups.items()])
        res["bantin story_lead"] = mean_rouge(
            [(" ".join(s.text for s in story_lead(g)), refs[k]) for k, g in groups.items()])
        for k, v in res.items():
            rows.append((name, k, v))
    return rows


def brief_speed(limit: int) -> float:
    d = shared_data_dir() / "vietnews-bench"
    arts = []
    for i, rec in enumerate(iter_records(d)):
        if i >= limit:
            break
        arts.append(prepare(record_to_article(rec)))
    t = time.process_time()  # CPU time of this process: the machine is shared
    for a in arts:
        brief(a)
    return len(arts) / (time.process_time() - t)


def story_speed(n_reports: int = 50, repeats: int = 5) -> float:
    """Median ms of a lead over ``n_reports`` reports (vietnews-bench articles:
    ~480 syllables each, i.e. a heavy story)."""
    d = shared_data_dir() / "vietnews-bench"
    arts = []
    for i, rec in enumerate(iter_records(d)):
        if i >= n_reports:
            break
        arts.append(prepare(record_to_article(rec)))
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        story_lead(arts)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def _print(title: str, rows: list[tuple[str, str, dict]]) -> None:
    print(f"\n## {title}  (ROUGE-1 / ROUGE-2 F1)\n")
    print(f"| {'set':<14} | {'method':<20} | {'R1 / R2':<15} |")
    print(f"|{'-' * 16}|{'-' * 22}|{'-' * 17}|")
    for name, method, r in rows:
        print(f"| {name:<14} | {method:<20} | {_fmt(r):<15} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-lexrank", action="store_true", help="skip the sumy LexRank baselines")
    ap.add_argument("--bench", type=int, default=10000, help="vietnews-bench articles for briefs/s")
    ap.add_argument("--only", choices=("brief", "story", "speed"), help="run one part")
    ap.add_argument("--fit", action="store_true", help="refit the brief scorer and print it")
    args = ap.parse_args(argv)
    if not (shared_data_dir() / "vietnews-dev").exists():
        print(f"no evaluation data at {shared_data_dir()}", file=sys.stderr)
        return 1
    if args.fit:
        fit_brief()
        return 0
    lexrank = None if args.no_lexrank else _lexrank()
    if lexrank is None and not args.no_lexrank:
        print("sumy is not installed: LexRank baselines skipped (pip install sumy)")
    if args.only in (None, "brief"):
        _print("Briefs vs the sapo", brief_table(lexrank))
    if args.only in (None, "story"):
        _print("Story leads (lead_target_words syllables) vs human summaries", story_table(lexrank))
    if args.only in (None, "speed"):
        print(f"\nbriefs: {brief_speed(args.bench):,.0f} articles/s (one core, CPU time, "
              f"{args.bench} vietnews-bench articles, prepared beforehand)")
        print(f"story_lead of a 50-report story: {story_speed():.1f} ms (median of 5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
