from __future__ import annotations

import dataclasses
import pickle

import pytest

from conftest import make_article
from newsclean import Article, Paragraph, split_paragraphs


def test_article_split_every_nonblank_line_is_a_paragraph() -> None:
    text = "Title\n\nFirst line\nSecond line\r\n\u00a0\n \t\nThird\u2028Fourth\n"
    assert [p.text for p in split_paragraphs(text)] == ["Title", "First line", "Second line", "Third", "Fourth"]


def test_article_split_strips_surrounding_whitespace_only() -> None:
    assert split_paragraphs("  a  b \n")[0].text == "a  b"


def test_article_drop_keeps_the_first_reason() -> None:
    a = make_article("x", "y").drop({0: "first.reason"}).drop({0: "second.reason", 1: ("r", "why")})
    assert [(p.dropped, p.detail) for p in a.paragraphs] == [("first.reason", None), ("r", "why")]


def test_article_reject_first_reason_wins() -> None:
    a = make_article("x").reject("one").reject("two")
    assert a.rejected == "one"


def test_article_text_joins_kept_paragraphs() -> None:
    a = make_article("a", "b", "c").drop({1: "gone"})
    assert a.text == "a\n\nc"


def test_article_is_frozen() -> None:
    a = make_article("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.id = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.paragraphs[0].text = "b"  # type: ignore[misc]


def test_article_map_text_returns_new_article() -> None:
    a = make_article("a b")
    b = a.map_text(str.upper)
    assert a.paragraphs == (Paragraph("a b"),) and b.paragraphs == (Paragraph("A B"),)


def test_article_pickles_with_every_field() -> None:
    """Articles cross process boundaries and spill files by pickle: nothing may be lost."""
    article = Article(
        id="a", source="f.jsonl:1", paragraphs=(Paragraph("Text.", "boilerplate.cookie_banner", "cue"), Paragraph("Kept.")),
        title="T", url="https://x.example/a", site="x.example", published="2024-01-01", lang="de", lang_prob=0.99,
        rejected="duplicate.article", detail="~0.90 similar", duplicate_of="b", cluster_id="b", cluster_size=2,
        extra='{"k": 1}', signature=b"\x01\x02",
    )
    assert all(getattr(article, f.name) is not None for f in dataclasses.fields(Article))
    copy = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    assert copy == article and copy.signature == b"\x01\x02" and copy.paragraphs[0].detail == "cue"


def test_article_map_text_returns_itself_when_no_text_changes() -> None:
    from newsclean.article import Article, Paragraph

    article = Article(
        id="m", source="m.jsonl:1",
        paragraphs=(Paragraph("Grüße aus Łódź"), Paragraph("Menu", "boilerplate.nav", "cue"), Paragraph("")),
        title="T",
    )
    # Equal text (even a new str object) is no change: the very same record comes back.
    assert article.map_text(lambda t: "".join(list(t))) is article
    changed = article.map_text(lambda t: t.replace("Menu", "Menü"))
    assert changed is not article and changed != article
    assert [p.text for p in changed.paragraphs] == ["Grüße aus Łódź", "Menü", ""]
    assert changed.paragraphs[1].dropped == "boilerplate.nav" and changed.paragraphs[1].detail == "cue"
    assert changed.paragraphs[0] is article.paragraphs[0] and changed.title == "T"
    assert article.paragraphs[1].text == "Menu"  # the input is untouched
