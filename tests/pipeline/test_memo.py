"""The per-article memory: keyed by id and content hash, bounded."""

from bantin.models import Article
from bantin.pipeline.memo import per_article
from bantin.pipeline.prepare import prepare


def _counting(maxsize=2):
    calls = []

    @per_article(maxsize)
    def f(a: Article) -> int:
        calls.append(a.id)
        return len(a.text)

    return f, calls


def test_same_article_computed_once_and_changed_text_recomputed():
    f, calls = _counting()
    a = prepare(Article(title="Một", text="Nội dung một.", url="https://x.vn/1"))
    assert f(a) == f(a) and calls == [a.id]
    b = prepare(Article(title="Một", text="Nội dung mới hơn.", url="https://x.vn/1"))
    assert a.id == b.id and f(b) == len(b.text) and len(calls) == 2


def test_unprepared_articles_are_not_remembered_and_size_is_bounded():
    f, calls = _counting(maxsize=2)
    raw = Article(title="Một", text="Nội dung.")
    f(raw), f(raw)
    assert len(calls) == 2
    arts = [prepare(Article(title=f"Bài {i}", text=f"Nội dung {i}.", url=f"https://x.vn/{i}"))
            for i in range(3)]
    for a in arts:
        f(a)
    f(arts[0])  # pushed out by the third
    assert calls[2:] == [arts[0].id, arts[1].id, arts[2].id, arts[0].id]


def test_disabled_memory_recomputes(monkeypatch):
    from bantin.pipeline import memo

    f, calls = _counting()
    a = prepare(Article(title="Một", text="Nội dung một.", url="https://x.vn/1"))
    monkeypatch.setattr(memo, "_enabled", False)
    f(a), f(a)
    assert len(calls) == 2
