"""The keyword query language of topics.

Grammar (precedence: NOT binds tightest, then AND, then OR)::

    query   := or
    or      := and ("OR" and)*
    and     := unary ("AND"? unary)*        # juxtaposed groups are ANDed
    unary   := "NOT" unary | "-" unary | atom
    atom    := "(" or ")" | '"' words '"' | words
    words   := word+                        # adjacent bare words form ONE phrase

Decisions, and why:

* **Operators are uppercase only** (``AND``, ``OR``, ``NOT``; ``-x`` is a short
  ``NOT x``). Lowercase "and/or/not" are ordinary words, so English names and
  phrases ("rock and roll") can be searched. A leading ``-`` only negates at
  the start of a group (``-"giá vàng"``), never inside a word ("Covid-19").
* **Adjacent bare words form one phrase**: ``chuyển đổi số OR CĐS`` is
  ``"chuyển đổi số" OR "CĐS"``. Vietnamese words are several syllables, so
  Google-style implicit AND of syllables would match nonsense; quoting every
  word would be a chore. To AND two words, write ``AND`` or put one in quotes
  or parentheses: ``"ngân hàng" "lãi suất"`` is an AND of two phrases.
* **Diacritic-insensitive, whole-token matching**: a phrase and the text are
  compared in folded form (`text.normalize.fold`: lowercase, no marks, đ→d), so
  ``"chuyển đổi số"`` also matches "chuyen doi so" and "CĐS" matches "cds".
  A phrase must start and end at token boundaries ("AI" does not match inside
  "mai"); between its tokens any 1–3 non-word characters are allowed ("khoa
  học - công nghệ", "TP.HCM" = "tp hcm").
* **Prefix**: a word ending in ``*`` matches any token starting with it
  (``covid*``).

`parse` compiles every query once into a token trie of its phrases
(`Scanner`): matching is one pass over the tokens of the text, about one dict
lookup per token, whatever the number of phrases. (A first version compiled
each query to one trie-factored regex scanned at every token start: ~1,000
articles/s for all built-in topics; the token trie is several times faster
and `pipeline.topics` shares one scanner across all topics.) `Query.regex`
still gives that regex, for highlighting. `Query.match` returns the phrases
that made the query true (the *reason*), or ``[]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from bantin.text.normalize import fold, normalize

__all__ = ["Query", "QueryError", "Scanner", "fold_for_match", "parse"]

OPERATORS = ("AND", "OR", "NOT")
_SEP = r"[\W_]{1,3}"  # what may stand between two tokens of a phrase
_WORD = re.compile(r"\w+")


class QueryError(ValueError):
    """A query that cannot be parsed; ``pos`` is the 0-based character offset."""

    def __init__(self, message: str, query: str, pos: int):
        self.query = query
        self.pos = pos
        self.reason = message
        pointer = f"\n  {query}\n  {' ' * pos}^" if query else ""
        super().__init__(f"{message} at position {pos}{pointer}")


def fold_for_match(text: str) -> str:
    """The form `Query.match` expects: normalized, then folded."""
    return fold(normalize(text))


# --- the tree ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Phrase:
    key: str  # folded tokens joined by one space; "covid*" keeps its star
    text: str  # as written in the query (for reasons)
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Node:
    op: str  # "PHRASE", "AND", "OR", "NOT"; "ANY" = an OR of phrases only
    children: tuple[Node, ...] = ()
    phrase: Phrase | None = None
    any_of: dict | None = field(default=None, compare=False, hash=False)  # key → text

    def __str__(self) -> str:
        if self.op == "PHRASE":
            return f'"{self.phrase.text}"'
        if self.op == "ANY":
            return "(" + " OR ".join(f'"{t}"' for t in self.any_of.values()) + ")"
        if self.op == "NOT":
            return f"NOT {self.children[0]}"
        return "(" + f" {self.op} ".join(str(c) for c in self.children) + ")"


# --- tokenizer --------------------------------------------------------------

# Token kinds: LP, RP, QUOTE (a quoted phrase), WORD, OP, MINUS
_TOKEN = re.compile(r'\s*(?:(?P<lp>\()|(?P<rp>\))|(?P<q>")|(?P<minus>-)(?=[\w"(])|(?P<word>[^\s()"]+))')


def _lex(query: str) -> list[tuple[str, str, int]]:
    out: list[tuple[str, str, int]] = []
    i, n = 0, len(query)
    while i < n:
        if query[i].isspace():
            i += 1
            continue
        m = _TOKEN.match(query, i)
        if m is None:  # pragma: no cover - the pattern accepts any non-space
            raise QueryError("unexpected character", query, i)
        start = m.start(m.lastgroup)
        kind = m.lastgroup
        if kind == "q":
            end = query.find('"', start + 1)
            if end < 0:
                raise QueryError("unclosed quote", query, start)
            out.append(("QUOTE", query[start + 1 : end], start))
            i = end + 1
            continue
        if kind == "lp":
            out.append(("LP", "(", start))
        elif kind == "rp":
            out.append(("RP", ")", start))
        elif kind == "minus":
            # Only a negation at the start of a group: after an operator, "(",
            # or at the very beginning, or after whitespace.
            prev_is_space = start == 0 or query[start - 1].isspace() or query[start - 1] == "("
            if prev_is_space:
                out.append(("MINUS", "-", start))
            else:  # glued to a word: part of it (handled by the word branch)
                m2 = re.compile(r"[^\s()\"]+").match(query, start)
                out.append(("WORD", m2.group(0), start))
                i = m2.end()
                continue
        else:
            word = m.group("word")
            out.append(("OP" if word in OPERATORS else "WORD", word, start))
        i = m.end()
    return out


# --- parser -----------------------------------------------------------------


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _lex(query)
        self.i = 0

    def peek(self) -> tuple[str, str, int] | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def error(self, msg: str, pos: int | None = None) -> QueryError:
        if pos is None:
            tok = self.peek()
            pos = tok[2] if tok else len(self.query)
        return QueryError(msg, self.query, pos)

    def parse(self) -> Node:
        if not self.toks:
            raise QueryError("empty query", self.query, 0)
        node = self.parse_or()
        tok = self.peek()
        if tok is not None:
            if tok[0] == "RP":
                raise self.error("unmatched ')'")
            raise self.error(f"unexpected {tok[1]!r}")  # pragma: no cover
        return node

    def parse_or(self) -> Node:
        parts = [self.parse_and()]
        while (tok := self.peek()) is not None and tok[:2] == ("OP", "OR"):
            self.i += 1
            if self.peek() is None or self.peek()[0] == "RP" or self.peek()[:2] in (("OP", "OR"), ("OP", "AND")):
                raise self.error("OR needs a term after it")
            parts.append(self.parse_and())
        return parts[0] if len(parts) == 1 else Node("OR", tuple(parts))

    def parse_and(self) -> Node:
        parts = [self.parse_unary()]
        while (tok := self.peek()) is not None:
            if tok[:2] == ("OP", "AND"):
                self.i += 1
                nxt = self.peek()
                if nxt is None or nxt[0] == "RP" or nxt[:2] in (("OP", "OR"), ("OP", "AND")):
                    raise self.error("AND needs a term after it")
                parts.append(self.parse_unary())
            elif tok[0] in ("WORD", "QUOTE", "LP", "MINUS") or tok[:2] == ("OP", "NOT"):
                parts.append(self.parse_unary())
            else:
                break
        if all(p.op == "NOT" for p in parts):
            raise QueryError("a query cannot be only negative (NOT x matches almost everything);"
                             " combine it with a positive term", self.query,
                             self.toks[0][2] if self.toks else 0)
        return parts[0] if len(parts) == 1 else Node("AND", tuple(parts))

    def parse_unary(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise self.error("query ends where a term was expected")
        kind, val, _pos = tok
        if kind == "MINUS" or (kind == "OP" and val == "NOT"):
            self.i += 1
            if self.peek() is None:
                raise self.error(f"{val} needs a term after it")
            return Node("NOT", (self.parse_unary(),))
        return self.parse_atom()

    def parse_atom(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise self.error("query ends where a term was expected")
        kind, val, pos = tok
        if kind == "LP":
            self.i += 1
            if self.peek() is not None and self.peek()[0] == "RP":
                raise self.error("empty parentheses")
            node = self.parse_or()
            if self.peek() is None or self.peek()[0] != "RP":
                raise QueryError("unclosed '('", self.query, pos)
            self.i += 1
            return node
        if kind == "RP":
            raise self.error("unexpected ')'")
        if kind == "OP":
            raise self.error(f"{val} where a term was expected")
        if kind == "QUOTE":
            self.i += 1
            return Node("PHRASE", phrase=self.make_phrase(val, pos + 1))
        # bare words: take all adjacent WORD tokens as one phrase
        words = [val]
        self.i += 1
        while (t := self.peek()) is not None and t[0] == "WORD":
            words.append(t[1])
            self.i += 1
        return Node("PHRASE", phrase=self.make_phrase(" ".join(words), pos))

    def make_phrase(self, text: str, pos: int) -> Phrase:
        folded = fold_for_match(text)
        prefix = folded.rstrip().endswith("*")
        toks = _WORD.findall(folded)
        if not toks:
            raise QueryError(f"phrase {text!r} has no letters or digits", self.query, pos)
        if "*" in folded.rstrip().rstrip("*"):
            raise QueryError("'*' is only allowed at the end of a phrase", self.query, pos)
        return Phrase(" ".join(toks) + ("*" if prefix else ""), text.strip(), prefix)


# --- compilation ------------------------------------------------------------


def _phrases(node: Node, out: dict[str, Phrase]) -> None:
    if node.op == "PHRASE":
        out.setdefault(node.phrase.key, node.phrase)
    for c in node.children:
        _phrases(c, out)


def _trie_regex(keys: list[str]) -> str:
    """One alternation of all phrases, factored as a trie of tokens.

    Every phrase end is a capture point: the pattern matches the *longest*
    phrase starting at a position; shorter phrases that are token prefixes of
    it are found by `Scanner` (matching); this regex serves highlighting.
    """
    trie: dict = {}
    for key in keys:
        node = trie
        toks = key.split(" ")
        for t in toks:
            node = node.setdefault(t, {})
        node[""] = True  # end of a phrase

    def emit(node: dict) -> str:
        alts = []
        end = "" in node
        # literal tokens before prefix tokens, so "kinh tế" is tried before "kinh*"
        for tok in sorted((k for k in node if k), key=lambda s: (s.endswith("*"), -len(s), s)):
            word = re.escape(tok.rstrip("*")) + (r"\w*" if tok.endswith("*") else "")
            sub = node[tok]
            rest = emit_after(sub)
            alts.append(word + rest)
        return "|".join(alts), end

    def emit_after(sub: dict) -> str:
        children = [k for k in sub if k]
        if not children:
            return r"(?!\w)"
        inner, _ = emit(sub)
        tail = _SEP + "(?:" + inner + ")"
        if "" in sub:  # a phrase may end here: the continuation is optional
            return "(?:" + tail + r"|(?!\w))"
        return tail

    body, _ = emit(trie)
    # Lookahead so that overlapping phrases ("chuyển đổi số", "đổi số") at
    # different starts are all seen; scanning only starts at token starts.
    return r"(?<!\w)(?=((?:" + body + ")))"


_SPLIT = re.compile(r"([\W_]+)")
_MAX_GAP = 3  # the most non-word characters between two tokens of a phrase


class Scanner:
    """Finds many phrases in one pass over the tokens of a folded text.

    The phrases are stored as a trie of tokens (a dict per node), so the cost
    is about one dict lookup per token of the text, whatever the number of
    phrases: all the built-in topics share one scanner (`pipeline.topics`).
    """

    __slots__ = ("_root",)

    def __init__(self, keys):
        self._root: dict = {}
        for key in keys:
            node = self._root
            toks = key.split(" ")
            for k, tok in enumerate(toks):
                last = k == len(toks) - 1
                if tok.endswith("*"):  # prefix: only as the last token
                    node.setdefault("*", []).append((tok[:-1], key))
                    break
                entry = node.get(tok)
                if entry is None:
                    entry = node[tok] = [{}, None]
                if last:
                    entry[1] = key
                node = entry[0]

    def scan(self, folded_text: str) -> dict[str, int]:
        """Phrase key → number of occurrences (each start position counts)."""
        parts = _SPLIT.split(folded_text)
        # parts alternate token, separator, token, ...; a leading "" when the
        # text starts with a separator
        toks = parts[0::2]
        gaps = [len(g) <= _MAX_GAP for g in parts[1::2]]
        if toks and toks[0] == "":
            toks = toks[1:]
            gaps = gaps[1:]
        if toks and toks[-1] == "":
            toks.pop()
        n = len(toks)
        root = self._root
        root_stars = root.get("*")
        counts: dict[str, int] = {}
        for i in range(n):
            node = root
            j = i
            while True:
                tok = toks[j]
                stars = root_stars if node is root else node.get("*")
                if stars:
                    for pre, key in stars:
                        if tok.startswith(pre):
                            counts[key] = counts.get(key, 0) + 1
                entry = node.get(tok)
                if entry is None:
                    break
                if entry[1] is not None:
                    counts[entry[1]] = counts.get(entry[1], 0) + 1
                j += 1
                if j >= n or not gaps[j - 1]:
                    break
                node = entry[0]
        return counts


@dataclass(slots=True)
class Query:
    """A parsed, compiled query. Match against `fold_for_match(text)`."""

    source: str
    tree: Node
    phrases: dict[str, Phrase] = field(default_factory=dict)
    scanner: Scanner | None = None
    _rx: re.Pattern | None = None

    def __str__(self) -> str:
        return str(self.tree)

    @property
    def regex(self) -> re.Pattern:
        """One regex of all the phrases (group 1 = the longest phrase at a
        token start), for highlighting them in folded text."""
        if self._rx is None:
            self._rx = re.compile(_trie_regex(list(self.phrases)))
        return self._rx

    def found(self, folded_text: str) -> dict[str, int]:
        """Phrase key → number of occurrences in ``folded_text``."""
        if not folded_text:
            return {}
        return self.scanner.scan(folded_text)

    def evaluate(self, found) -> list[str]:
        """Given the phrase keys found (a mapping or set, may hold keys of
        other queries), the reason (phrases as written) or []."""
        ok, reasons = _eval(self.tree, found)
        if not ok:
            return []
        seen: list[str] = []
        for r in reasons:
            if r not in seen:
                seen.append(r)
        return seen

    def match(self, folded_text: str) -> list[str]:
        """The phrases (as written in the query) that made it true, or []."""
        return self.evaluate(self.found(folded_text))


def _flatten(node: Node) -> Node:
    """An OR whose children are all phrases becomes one ANY node (a dict
    lookup per phrase found instead of a walk over every child)."""
    if not node.children:
        return node
    children = tuple(_flatten(c) for c in node.children)
    if node.op == "OR" and all(c.op == "PHRASE" for c in children):
        any_of: dict[str, str] = {}
        for c in children:
            any_of.setdefault(c.phrase.key, c.phrase.text)
        return Node("ANY", children, any_of=any_of)
    return Node(node.op, children, node.phrase)


def _eval(node: Node, found) -> tuple[bool, list[str]]:
    if node.op == "ANY":
        keys = node.any_of
        if len(found) < len(keys):
            hits = [keys[k] for k in found if k in keys]
        else:
            hits = [t for k, t in keys.items() if k in found]
        return bool(hits), hits
    if node.op == "PHRASE":
        hit = node.phrase.key in found
        return hit, ([node.phrase.text] if hit else [])
    if node.op == "NOT":
        ok, _ = _eval(node.children[0], found)
        return (not ok), []
    if node.op == "AND":
        reasons: list[str] = []
        for c in node.children:
            ok, r = _eval(c, found)
            if not ok:
                return False, []
            reasons += r
        return True, reasons
    # OR: true if any; the reason lists every true branch
    reasons = []
    any_ok = False
    for c in node.children:
        ok, r = _eval(c, found)
        if ok:
            any_ok = True
            reasons += r
    return any_ok, reasons


@lru_cache(maxsize=4096)
def parse(query: str) -> Query:
    """Parse and compile ``query``; raises `QueryError` naming the position.

    Cached: the same query string compiles once per process.
    """
    tree = _flatten(_Parser(query).parse())
    phrases: dict[str, Phrase] = {}
    _phrases(tree, phrases)
    return Query(query, tree, phrases, Scanner(phrases))
