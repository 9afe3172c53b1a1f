"""Optional abstractive rewriting of extractive leads, guarded against invention.

Off by default: `client_from_settings` returns None unless ``llm_url`` is set,
and `rewrite` then returns the extractive text unchanged.

``llm_url`` is the *base* URL of an OpenAI-compatible server, the part before
``/chat/completions``: ``http://127.0.0.1:8080/v1`` (llama.cpp, vLLM, Ollama,
OpenAI itself: ``https://api.openai.com/v1``). A base without ``/v1`` works
for servers that also answer ``/chat/completions`` at the root; a full
``.../chat/completions`` URL is taken as it is. ``llm_model`` is sent as
``model``; ``llm_key`` (or ``$BANTIN_LLM_KEY``) as a bearer token.

The guard. A language model paraphrases well and invents facts now and then.
A lead that says "tăng 30%" where the reports say 20% is worse than a clumsy
extractive one, so a rewrite is kept only when every fact-bearing token in it
is found in the sources:

* numbers: each digit sequence ("5.000.000", "12,5", "07"), compared after
  removing thousands separators ("5.000.000" == "5000000" == "5 triệu" read
  as an amount); a number inside an amount, percent or date is judged with
  that entity instead;
* amounts and percents (`extract_entities` values): the amount's value must be
  a number of the sources; a percent must be a percent of the sources ("30%"
  is not supported by "30 người");
* dates: day, month and quarter must agree with a date of the sources
  ("15/7" supports "ngày 15 tháng 7 năm 2025" when 2025 is in the sources too);
  a year may come from any number of the sources;
* names: person, organization, agency, province and legal entities by key or
  by their folded mention, and any other capitalized run by its folded form,
  in the folded sources. A sentence's first word is capitalized anyway, so it
  may be dropped from a run that starts a sentence ("Theo Bộ Y tế").

Numbers written in words ("hai", "ba chục") are not checked. Whatever fails
the guard, and any request error, empty answer or answer more than twice the
length of the extractive text, falls back to the extractive text; every
decision is logged on ``bantin.rewrite`` at INFO.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import httpx

from bantin.models import Span
from bantin.pipeline.entities import Entity, extract_entities
from bantin.text.normalize import clean, fold

__all__ = ["ChatClient", "Rewrite", "RewriteError", "client_from_settings", "rewrite",
           "unsupported"]

LOG = logging.getLogger("bantin.rewrite")

# Low temperature: a summary should paraphrase, not be creative.
TEMPERATURE = 0.2
# A rewrite may read better but not be much longer than what it rewrites.
MAX_LENGTH_RATIO = 2.0

SYSTEM_PROMPT = (
    "Bạn là biên tập viên tin tức. Hãy viết lại các câu được cung cấp thành một đoạn tóm tắt "
    "tiếng Việt trôi chảy, từ 1 đến 3 câu. Chỉ dùng những thông tin có trong các câu đó, không "
    "thêm thông tin nào khác. Giữ nguyên chính xác mọi con số, ngày tháng và tên riêng. "
    "Chỉ trả lời bằng đoạn tóm tắt, không giải thích."
)


class RewriteError(RuntimeError):
    """The chat endpoint could not give an answer (HTTP error, timeout, bad JSON)."""


class ChatClient:
    """A minimal client for ``POST {url}/chat/completions`` (OpenAI protocol)."""

    def __init__(self, url: str, model: str, key: str | None = None, timeout: float = 30.0):
        base = url.rstrip("/")
        self.endpoint = base if base.endswith("/chat/completions") else base + "/chat/completions"
        self.model = model
        self.key = key or None
        self.timeout = timeout

    def __repr__(self) -> str:  # never show the key
        return f"ChatClient({self.endpoint!r}, model={self.model!r})"

    def complete(self, messages: list[dict]) -> str:
        """The content of the first choice; `RewriteError` on any failure."""
        headers = {"Authorization": f"Bearer {self.key}"} if self.key else {}
        body = {"model": self.model, "messages": messages, "temperature": TEMPERATURE}
        try:
            resp = httpx.post(self.endpoint, json=body, headers=headers, timeout=self.timeout)
        except httpx.TimeoutException:
            raise RewriteError(f"{self.endpoint}: timed out after {self.timeout:g} s") from None
        except httpx.HTTPError as e:
            raise RewriteError(f"{self.endpoint}: {type(e).__name__}: {e}") from None
        if resp.status_code >= 400:
            raise RewriteError(f"{self.endpoint}: HTTP {resp.status_code}: {resp.text[:200]}")
        try:
            data = resp.json()
        except ValueError:
            raise RewriteError(f"{self.endpoint}: malformed JSON: {resp.text[:200]!r}") from None
        try:
            content = data["choices"][0]["message"]["content"]
        except (KeyError, IndexError, TypeError):
            raise RewriteError(f"{self.endpoint}: no choices[0].message.content in "
                               f"{str(data)[:200]}") from None
        if not isinstance(content, str):
            raise RewriteError(f"{self.endpoint}: content is {type(content).__name__}, not text")
        return content


def client_from_settings(settings) -> ChatClient | None:
    """A client for the configured endpoint, or None when ``llm_url`` is empty
    (rewriting off). An empty ``llm_model`` is sent as is: single-model servers
    (llama.cpp) ignore it."""
    if not settings.llm_url:
        return None
    return ChatClient(settings.llm_url, settings.llm_model, settings.llm_key or None)


@dataclass(frozen=True, slots=True)
class Rewrite:
    """The lead text to show. ``spans`` are the extractive sentences either way:
    an accepted rewrite states only their facts, so they are its provenance."""

    text: str
    abstractive: bool
    reason: str
    spans: list[Span]


def rewrite(extractive: Sequence[Span], sources: Sequence[str], client: ChatClient | None, *,
            purpose: str = "story lead", log: logging.Logger = LOG) -> Rewrite:
    """Ask ``client`` to rewrite the extractive sentences; keep the answer only
    when `unsupported` finds nothing in it missing from ``sources`` (the texts
    the spans come from; the span texts themselves always count)."""
    spans = list(extractive)
    text = " ".join(s.text.strip() for s in spans)

    def fallback(reason: str) -> Rewrite:
        log.info("rewrite rejected: %s", reason, extra={"purpose": purpose})
        return Rewrite(text, False, reason, spans)

    if client is None or not text:
        # Off (the default) or nothing to rewrite: not a decision worth INFO.
        log.debug("rewrite skipped: %s", "no client" if client is None else "no text")
        return Rewrite(text, False, "no client" if client is None else "no text", spans)
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": "Các câu cần viết lại:\n"
         + "\n".join(f"- {s.text.strip()}" for s in spans)},
    ]
    try:
        answer = clean(client.complete(messages))  # NFC: the entity rules expect it
    except RewriteError as e:
        return fallback(f"request failed: {e}")
    if not answer:
        return fallback("empty answer")
    if len(answer) > MAX_LENGTH_RATIO * len(text):
        return fallback(f"answer too long ({len(answer)} chars for {len(text)} extractive)")
    problems = unsupported(answer, [*sources, *(s.text for s in spans)])
    if problems:
        return fallback("not in sources: " + ", ".join(problems))
    log.info("rewrite accepted", extra={"purpose": purpose})
    return Rewrite(answer, True, "accepted", spans)


# --- the guard ----------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*")
# "12 nghìn" is 12.000: a magnitude word after a number scales it.
_MAGNITUDE = re.compile(r"\s+(nghìn tỷ|ngàn tỷ|nghìn tỉ|ngàn tỉ|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)")
_SCALE = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9}
_WORD = re.compile(r"\w+(?:-\w+)*")
_SENTENCE_END = ".!?…\n:;\"“”'‘«(-–—"
_NAME_KINDS = frozenset(["person", "organization", "agency", "province", "legal"])
_QUANTITY_KINDS = frozenset(["date", "amount", "percent"])
_DATE_VALUE = re.compile(r"(?P<y>\d{4})?(?:/(?P<y2>\d{4}))?(?:-Q(?P<q>\d))?"
                         r"(?:-{1,2}(?P<m>\d{2}))?(?:-(?P<d>\d{2}))?")


def _canon(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(round(x, 6))


def _value(tok: str) -> float | None:
    """A number token read Vietnamese style: "." groups thousands, "," is the
    decimal mark ("5.000.000", "12,5"); "1,000,000" is English grouping."""
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
        tok = tok.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", tok):
        tok = tok.replace(",", "")
    else:
        tok = tok.replace(",", ".")
    try:
        return float(tok)
    except ValueError:  # "1.2.3"
        return None


def _number_keys(tok: str) -> set[str]:
    """The spelling and the value of a number token ("5.000.000", "5000000")."""
    x = _value(tok)
    return {tok} if x is None else {tok, _canon(x)}


def _scaled(tok: str, text: str, end: int) -> str | None:
    """The value of a number followed by a magnitude word ("12 nghìn": "12000")."""
    m = _MAGNITUDE.match(text, end)
    x = _value(tok) if m else None
    if x is None:
        return None
    for word in m.group(1).split():
        x *= _SCALE[word]
    return _canon(x)


def _date_parts(value: str) -> dict[str, str]:
    m = _DATE_VALUE.fullmatch(value)
    if not m:
        return {"raw": value}
    return {k: str(int(v)) for k, v in m.groupdict().items() if v}


def _fact_key(e: Entity) -> tuple:
    # An old province name maps to today's unit: "Bình Dương" is not "TP HCM".
    old = e.value.get("old_name") if isinstance(e.value, dict) else None
    return (e.kind, e.key, old)


def _flat(s: str) -> str:
    return " ".join(fold(s).split())


class _Sources:
    """What the sources state, in the forms the guard compares."""

    def __init__(self, texts: Iterable[str]):
        texts = [clean(t) for t in texts if t]
        ents = [e for t in texts for e in extract_entities(t)]
        self.numbers: set[str] = set()
        for t in texts:
            for m in _NUMBER.finditer(t):
                self.numbers |= _number_keys(m.group())
                scaled = _scaled(m.group(), t, m.end())
                if scaled:
                    self.numbers.add(scaled)
        for e in ents:  # "5 triệu đồng" states the number 5000000
            if e.kind == "amount":
                self.numbers |= {_canon(e.value[k]) for k in ("value", "value_to") if k in e.value}
        self.percents = [e.value for e in ents if e.kind == "percent"]
        self.dates = [_date_parts(e.value) for e in ents if e.kind == "date"]
        self.names = {_fact_key(e) for e in ents if e.kind in _NAME_KINDS}
        # Folded text plus canonical entity names, one space between words.
        self.folded = "\n".join([_flat(t) for t in texts]
                                + [_flat(e.name) for e in ents if e.kind in _NAME_KINDS])

    def says(self, phrase: str) -> bool:
        f = _flat(phrase)
        return not f or re.search(rf"(?<!\w){re.escape(f)}(?!\w)", self.folded) is not None

    def has_number(self, tok: str, text: str = "", end: int = 0) -> bool:
        # "12 nghìn" claims 12000: "12" elsewhere in the sources is no support.
        scaled = _scaled(tok, text, end)
        return scaled in self.numbers if scaled else bool(_number_keys(tok) & self.numbers)

    def has_date(self, value: str) -> bool:
        want = _date_parts(value)
        # Day, month, quarter must come from one date of the sources; a year
        # may be any number of the sources ("ngày 15/7" ... "năm 2025").
        for have in [*self.dates, {}]:
            if all(have[k] == v if k in have else k in ("y", "y2") and v in self.numbers
                   for k, v in want.items()):
                return True
        return False

    def supports(self, e: Entity, mention: str) -> bool:
        if e.kind == "date":
            return self.has_date(e.value)
        if e.kind == "percent":
            return e.value in self.percents
        if e.kind == "amount":
            return all(_canon(e.value[k]) in self.numbers for k in ("value", "value_to")
                       if k in e.value)
        return _fact_key(e) in self.names or self.says(mention)


def _capitalized_runs(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, starts_sentence) of runs of capitalized words joined by single spaces."""
    runs: list[list] = []
    for m in _WORD.finditer(text):
        if not m.group()[0].isupper():
            continue
        if runs and runs[-1][1] == m.start() - 1 and text[m.start() - 1] == " ":
            runs[-1][1] = m.end()
            continue
        before = text[:m.start()].rstrip(" ")
        runs.append([m.start(), m.end(), not before or before[-1] in _SENTENCE_END])
    return [tuple(r) for r in runs]


def unsupported(text: str, sources: Sequence[str]) -> list[str]:
    """The numbers, dates and names of ``text`` that ``sources`` do not state,
    as written in ``text`` ("percent '30%'"); empty when all are supported."""
    text = clean(text)
    src = _Sources(sources)
    problems: list[str] = []

    def flag(what: str, mention: str) -> None:
        p = f"{what} {mention!r}"
        if p not in problems:
            problems.append(p)

    ents = extract_entities(text)
    judged: list[tuple[int, int]] = []  # spans an entity already answered for
    for e in ents:
        if e.kind not in _QUANTITY_KINDS and e.kind not in _NAME_KINDS:
            continue  # ratios: their numbers are checked one by one below
        mention = text[e.start:e.end]
        judged.append((e.start, e.end))
        if not src.supports(e, mention):
            flag("name" if e.kind in _NAME_KINDS else e.kind, mention)
    for m in _NUMBER.finditer(text):
        inside = any(a <= m.start() < b for a, b in judged)
        if not inside and not src.has_number(m.group(), text, m.end()):
            flag("number", m.group())
    for start, end, first in _capitalized_runs(text):
        if any(start < b and a < end for a, b in judged):
            continue
        run = text[start:end]
        if src.says(run):
            continue
        # A sentence's first word is capitalized by position, not as a name.
        if first and src.says(run.partition(" ")[2]):
            continue
        flag("name", run)
    return problems
