from __future__ import annotations

from conftest import SEEDS, make_article
from newsclean import Article, Pipeline, read
from newsclean.site import DropSiteRepeats

TAGLINE = "Unabhängiger Journalismus seit 1998 – unterstützen Sie uns mit einem Abo."


def stories() -> list[list[str]]:
    return [[p.text for p in a.paragraphs][:5] for batch in read(SEEDS) for a in batch]


def run(articles: list[Article], **options: object) -> list[Article]:
    return [a for b in Pipeline((DropSiteRepeats(**options),)).run([articles]) for a in b]  # type: ignore[arg-type]


def test_site_line_on_three_stories_dropped_everywhere() -> None:
    articles = [make_article(*body, TAGLINE, id=str(i), site="example.de") for i, body in enumerate(stories()[:3])]
    out = run(articles)
    for a in out:
        assert a.paragraphs[-1].dropped == "repeat.site"
        assert "on 3 stories of example.de" in (a.paragraphs[-1].detail or "")
        assert all(p.dropped is None for p in a.paragraphs[:-1])


def test_site_numbers_ignored_when_matching() -> None:
    lines = [f"© {year} Beispiel Verlag GmbH" for year in (2022, 2023, 2024)]
    articles = [make_article(*body, line, id=str(i), site="example.de") for i, (body, line) in enumerate(zip(stories(), lines))]
    assert all(a.paragraphs[-1].dropped == "repeat.site" for a in run(articles))


def test_site_copies_of_one_story_are_not_boilerplate() -> None:
    body = stories()[0]
    articles = [make_article(*body, id=str(i), site="example.de") for i in range(4)]
    assert all(p.dropped is None for a in run(articles) for p in a.paragraphs)


def test_site_other_sites_do_not_count() -> None:
    articles = [make_article(*body, TAGLINE, id=str(i), site=f"site{i}.de") for i, body in enumerate(stories()[:3])]
    assert all(p.dropped is None for a in run(articles) for p in a.paragraphs)


def test_site_threshold_is_an_option() -> None:
    articles = [make_article(*body, TAGLINE, id=str(i), site="example.de") for i, body in enumerate(stories()[:3])]
    assert all(p.dropped is None for a in run(articles, min_stories=4) for p in a.paragraphs)
