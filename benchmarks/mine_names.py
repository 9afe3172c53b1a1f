"""Mine a lexicon of organization names from unlabelled news (distant supervision).

    PYTHONPATH=src python benchmarks/mine_names.py [--data ../shared/data]
        [--out src/bantin/data/name_lexicon.tsv.gz]

Reads the ``title`` and ``text`` fields only (never summaries or gold fields)
of vietnews-bench, vietnews-dev, abmusu-train/-val and vims-dev, **leaving
out** every article annotated in ``tests/data/entities_*.jsonl`` (held-out
and dev sets alike), every article of the same story (``story`` field) as an
annotated one, and every article whose title equals an annotated one's (the
VietNews bench corpus repeats vietnews-dev articles under the same ids).

For each capitalized run (the same run pattern as `entity_model`) it counts,
per distinct article, the context it appears in:

- ``org``: right after an organization head word ("công ty", "hãng",
  "báo", "CLB", "ngân hàng", ...), or after a capitalized head inside the run
  ("Tập đoàn Vingroup" → "Vingroup");
- ``per``: after a person cue ("ông", "bà", "anh", "HLV", "tiền đạo", ...);
- ``loc``: after a place cue ("tỉnh", "huyện", "nước", ...);
- ``all``: anywhere as a whole run (not counting the names cut out of a run).

It writes the names seen after organization heads in at least ``MIN_ORG``
articles as ``name<TAB>org<TAB>per<TAB>loc<TAB>all``, sorted by name, gzipped
with a zero timestamp (a re-run is byte-identical). The extractor applies the
purity thresholds at load time (`entities._org_lexicon`).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from bantin.pipeline.entity_model import _RUN_RE  # noqa: E402
from bantin.text.normalize import clean  # noqa: E402

DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "src" / "bantin" / "data" / "name_lexicon.tsv.gz"
ANNOTATED = sorted((ROOT / "tests" / "data").glob("entities_*.jsonl"))
CORPORA = ("vietnews-bench", "vietnews-dev", "abmusu-train", "abmusu-val", "vims-dev")
MIN_ORG = 2  # articles with an organization cue

# lower-case words right before a run (longest first is not needed: any match)
ORG_CUES = ("công ty", "tập đoàn", "ngân hàng", "hãng", "clb", "câu lạc bộ", "đội bóng",
            "báo", "tờ", "đài", "kênh", "hãng tin", "hãng thông tấn", "tạp chí", "trang tin",
            "hiệp hội", "liên đoàn", "nhãn hàng", "thương hiệu",
            "startup", "sàn", "nhà mạng", "hãng hàng không", "đại học", "doanh nghiệp",
            "ctcp", "tổng công ty", "nhà cái", "website", "trang", "mạng xã hội")
# capitalized heads that open a run ("Công ty Vinamilk"): the rest is the name
ORG_HEADS = ("Tổng công ty", "Tổng Công ty", "Công ty", "Tập đoàn", "Ngân hàng", "Hãng",
             "CLB", "Câu lạc bộ", "Báo", "Tờ", "Tạp chí", "Hiệp hội",
             "Liên đoàn", "Hãng tin", "Hãng thông tấn")
# legal forms after a head: skipped ("Công ty Cổ phần Vinamilk" → "Vinamilk")
LEGAL_FORMS = ("Cổ phần", "CP", "TNHH", "MTV", "TMCP", "Một thành viên", "Đầu tư",
               "Thương mại", "Dịch vụ", "Sản xuất", "Xây dựng", "Phát triển")
PER_CUES = ("ông", "bà", "anh", "chị", "cô", "chú", "bác", "em", "cháu", "cụ", "bé", "cậu",
            "thầy", "hlv", "tiền đạo", "tiền vệ", "hậu vệ", "thủ môn", "ca sĩ", "diễn viên",
            "tổng thống", "thủ tướng", "chủ tịch", "giám đốc", "nghệ sĩ", "cầu thủ",
            "tướng", "võ sĩ", "nhà báo", "phóng viên", "biên tập viên", "tay vợt", "bộ trưởng", "người mẫu", "nhạc sĩ", "đạo diễn")
# ("tại", "ở", "đến" also come before companies and banks: not cues)
LOC_CUES = ("tỉnh", "thành phố", "tp", "huyện", "quận", "xã", "phường",
            "thị xã", "thị trấn", "nước", "miền", "vùng", "khu vực",
            "sông", "núi", "đường", "phố", "thủ đô", "bang", "đảo", "biển", "vịnh")


# two words whose last is a head but that are no head ("lâu đài Windsor")
NOT_CUES = frozenset(["lâu đài", "khán đài", "lễ đài", "vũ đài", "võ đài", "thông báo",
                      "cảnh báo", "dự báo", "tình báo", "họp báo", "công báo", "thời trang",
                      "trang trại", "trang trí", "trang phục"])


def _cue_table() -> dict[str, str]:
    t = {}
    for kind, cues in (("loc", LOC_CUES), ("per", PER_CUES), ("org", ORG_CUES)):
        for c in cues:
            t[c] = kind
    return t


CUE = _cue_table()


def _cue_before(text: str, s: int) -> str | None:
    """The cue kind of the one or two lower-case words right before ``s``."""
    j = s - 1
    if j < 0 or text[j] != " ":
        return None
    a = max(text.rfind(" ", 0, j), text.rfind("\n", 0, j)) + 1
    w1 = text[a:j]
    if not w1 or not w1.islower() and w1 not in ("HLV", "CLB", "CTCP"):
        return None
    w1 = w1.lower()
    if a >= 2 and text[a - 1] == " ":
        b = max(text.rfind(" ", 0, a - 1), text.rfind("\n", 0, a - 1)) + 1
        w2 = text[b:a - 1].lower() + " " + w1
        if w2 in CUE:
            return CUE[w2]
        if w2 in NOT_CUES:
            return None
    return CUE.get(w1)


def _strip_head(run: str) -> str | None:
    """The name after a capitalized organization head, or None."""
    for h in ORG_HEADS:
        if run.startswith(h + " "):
            rest = run[len(h) + 1:]
            changed = True
            while changed:
                changed = False
                for lf in LEGAL_FORMS:
                    if rest.startswith(lf + " "):
                        rest = rest[len(lf) + 1:]
                        changed = True
            return rest if rest and rest[0].isupper() else None
    return None


def runs_with_cues(text: str) -> Iterator[tuple[str, str | None]]:
    """(name, cue kind or None) for each capitalized run of ``text``; a run
    opening with a capitalized head also yields its name with cue "org"."""
    for m in _RUN_RE.finditer(text):
        run = m.group()
        toks = run.split(" ")
        while toks and not toks[-1][:1].isupper():
            toks.pop()
        if not toks or len(toks) > 6:
            continue
        run = " ".join(toks)
        yield run, _cue_before(text, m.start())
        core = _strip_head(run)
        if core:
            yield core, "head"


def excluded(annotated: Iterable[Path], data_dir: Path) -> tuple[set, set, set]:
    """(ids, stories, titles) to leave out: the annotated articles, their stories
    and their titles."""
    ids = set()
    for p in annotated:
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if r.get("dataset") != "handwritten":
                    ids.add(str(r["id"]))
    stories, titles = set(), set()
    for rec in _articles(data_dir):
        if str(rec.get("id")) in ids:
            if rec.get("story"):
                stories.add(str(rec["story"]))
            if rec.get("title"):
                titles.add(clean(rec["title"]).strip().lower())
    return ids, stories, titles


def _articles(data_dir: Path) -> Iterator[dict]:
    for ds in CORPORA:
        for name in ("articles.jsonl", "articles.jsonl.gz"):
            p = data_dir / ds / name
            if p.exists():
                opener = gzip.open if name.endswith(".gz") else open
                with opener(p, "rt", encoding="utf-8") as f:
                    for line in f:
                        if line.strip():
                            yield json.loads(line)
                break


def unannotated_texts(data_dir: Path, annotated: Iterable[Path]) -> Iterator[str]:
    """Title and text of every article read for mining: the annotated ones,
    their stories and their titles left out, each article once even when two
    corpora hold it."""
    ids, stories, titles = excluded(list(annotated), data_dir)
    seen_ids = set()
    for rec in _articles(data_dir):
        aid = str(rec.get("id"))
        title = clean(rec.get("title") or "")
        if aid in ids or str(rec.get("story")) in stories or title.strip().lower() in titles:
            continue
        if aid in seen_ids:
            continue  # the same article in two corpora
        seen_ids.add(aid)
        yield title + "\n" + clean(rec.get("text") or "")


def mine(data_dir: Path = DATA, annotated: Iterable[Path] = ANNOTATED,
         min_org: int = MIN_ORG) -> tuple[list[tuple[str, int, int, int, int]], int]:
    """(rows sorted by name, articles read)."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    slot = {"org": 0, "per": 1, "loc": 2}
    n = 0
    for text in unannotated_texts(data_dir, annotated):
        n += 1
        per_doc: dict[str, set] = defaultdict(set)
        for name, cue in runs_with_cues(text):
            if cue == "head":
                per_doc[name].add(0)
                continue
            per_doc[name].add(3)
            if cue:
                per_doc[name].add(slot[cue])
        for name, slots in per_doc.items():
            c = counts[name]
            for k in slots:
                c[k] += 1
    rows = [(name, c[0], c[1], c[2], c[3]) for name, c in counts.items() if c[0] >= min_org]
    rows.sort()
    return rows, n


def mine_given(data_dir: Path = DATA, annotated: Iterable[Path] = ANNOTATED,
               min_count: int = 2) -> dict[str, tuple[int, int, int]]:
    """Name evidence for one- and two-word runs, from the same articles as
    `mine` (annotated ones and their stories left out): surface → (articles
    where it ends a full Vietnamese name, "Nguyễn Bảo Huy" → "Bảo Huy" and
    "Huy"; articles where it follows a place cue, "xã Tân Phú"; articles where
    it follows an organization cue, "công ty Minh Phát"). A pair that ends
    names and never a place ("Bảo Huy", "Hoài Phương") is a stage or short
    name when it stands alone. Kept when one count reaches ``min_count``."""
    from bantin.pipeline.entity_text import _STRONG_SURNAMES

    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for text in unannotated_texts(data_dir, annotated):
        per_doc: dict[str, set] = defaultdict(set)
        for run, cue in runs_with_cues(text):
            if cue == "head":
                continue  # a name cut out of a longer run: counted with its run
            toks = run.split(" ")
            if 3 <= len(toks) <= 4 and toks[0] in _STRONG_SURNAMES and cue != "loc":
                per_doc[" ".join(toks[-2:])].add(0)
                per_doc[toks[-1]].add(0)
            if len(toks) <= 2 and cue in ("loc", "org"):
                per_doc[" ".join(toks)].add(1 if cue == "loc" else 2)
        for name, slots in per_doc.items():
            c = counts[name]
            for k in slots:
                c[k] += 1
    return {name: (c[0], c[1], c[2]) for name, c in sorted(counts.items())
            if max(c) >= min_count}


def write(rows, path: Path) -> None:
    body = "".join(f"{n}\t{o}\t{p}\t{lc}\t{a}\n" for n, o, p, lc, a in rows).encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(body)
    path.write_bytes(buf.getvalue())


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-org", type=int, default=MIN_ORG)
    a = ap.parse_args()
    if not a.data.exists():
        sys.exit(f"no data folder at {a.data}")
    rows, n = mine(a.data, ANNOTATED, a.min_org)
    write(rows, a.out)
    print(f"{len(rows)} names from {n} articles → {a.out} ({a.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
