"""Shared builders and fixtures."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsclean import Article, Paragraph, default_pipeline

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# An English news article's body (invented): for rules that look at where a line stands.
TRAM_ARTICLE = [
    "The city council voted on Tuesday to extend the tram line to the new housing district in the north, after two years of debate.",
    "The extension will add six stops and is expected to cost around 80 million euros, most of it paid for by the regional government.",
    "Opponents said the money would be better spent on buses, which could serve the outlying villages that the tram will never reach.",
    "Construction is due to start next spring and should take about two years, the transport authority said in a statement.",
    "The first trams are expected to run on the new section in the autumn of 2027, if the tender for the rails goes to plan.",
    "Residents of the district have waited for a fast link to the centre since the first houses were finished almost a decade ago.",
    "A survey by the council last year found that most of them drive to work, and many said they would switch to the tram.",
    "The regional government said it would also pay for a park-and-ride site at the last stop, with room for some 400 cars.",
    "Shop owners along the route fear two years of road works, and the council has promised a fund to make up for lost trade.",
    "The decision still has to be confirmed by the regional parliament, which is expected to vote on the budget in March.",
    "Work on the depot for the new trams could begin before that vote, the transport authority said, as the land is already owned.",
    "The council will hold information evenings in the district in January, where residents can see the plans and ask questions.",
    "Cyclists have asked for a protected lane beside the tracks, which the plans do not yet include, and the council will look at it.",
    "The tram line was first opened in 1902 and has been extended four times since, most recently to the university in 2011.",
    "Ticket prices will not change, the transport authority said, and the new stops will be in the same fare zone as the centre.",
]


def evenly(items: list[str], most: int) -> list[str]:
    """``items`` taken at an even stride to at most ``most``: the golden cases grow every
    session, the time of the checks that walk their texts does not."""
    return items[:: -(-len(items) // most)]


def make_article(*paragraphs: str, id: str = "a1", source: str = "test.txt", **fields: object) -> Article:
    """An article with the given paragraphs (all kept)."""
    return Article(id=id, source=source, paragraphs=tuple(Paragraph(p) for p in paragraphs), **fields)  # type: ignore[arg-type]


def clean(*paragraphs: str) -> Article:
    """The whole default pipeline on one article (the body's edges need it)."""
    [[out]] = list(default_pipeline().run([[make_article(*paragraphs)]]))
    return out


def kept(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs if p.dropped is None]


def dropped(article: Article) -> dict[str, str]:
    """text -> reason for every dropped paragraph."""
    return {p.text: p.dropped for p in article.paragraphs if p.dropped is not None}


# The files that take minutes, run first and longest first: the runner hands each worker
# whole files in collection order (pyproject: --dist=loadfile --no-loadscope-reorder), so
# no long file starts last while the other workers have nothing left to do.
SLOW_FILES = (
    "test_boilerplate_required.py",
    "test_cases.py",
    "test_resume.py",
    "test_ray.py",
    "test_boilerplate_memory.py",
    "test_language.py",
    "test_normalize.py",
    "test_boilerplate_fast_paths.py",
    "test_cues.py",
    "test_determinism.py",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: n for n, name in enumerate(SLOW_FILES)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file's own order kept


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds cleaned once with the default pipeline, through the library's clean()."""
    import newsclean

    out = tmp_path_factory.mktemp("seeds-out")
    newsclean.clean(SEEDS, out, overwrite=True)
    return out


def read_table(path: Path) -> list[dict[str, object]]:
    return pq.read_table(path).to_pylist()
