"""Shared builders and fixtures."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from newsclean import Article, Paragraph

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def make_article(*paragraphs: str, id: str = "a1", source: str = "test.txt", **fields: object) -> Article:
    """An article with the given paragraphs (all kept)."""
    return Article(id=id, source=source, paragraphs=tuple(Paragraph(p) for p in paragraphs), **fields)  # type: ignore[arg-type]


def kept(article: Article) -> list[str]:
    return [p.text for p in article.paragraphs if p.dropped is None]


def dropped(article: Article) -> dict[str, str]:
    """text -> reason for every dropped paragraph."""
    return {p.text: p.dropped for p in article.paragraphs if p.dropped is not None}


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
