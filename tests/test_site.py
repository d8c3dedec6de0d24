from __future__ import annotations

import numpy as np
import pytest
from conftest import SEEDS, make_article
from newsclean import Article, Pipeline, read
from newsclean.site import DropSiteRepeats, _rows_of_busy_pairs, frequent_lines

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


def _frequent_lines_plain(triples: np.ndarray, min_stories: int) -> tuple[np.ndarray, np.ndarray]:
    """frequent_lines as np.unique computes it on every row, with no pair dropped first."""
    table = np.unique(triples, axis=0)
    pairs, n = np.unique(table[:, :2], axis=0, return_counts=True)
    return pairs[n >= min_stories], n[n >= min_stories]


def _site_like_triples(seed: int) -> np.ndarray:
    """Triples shaped like a corpus's: most (site, paragraph) pairs on one story, some on two,
    some taglines on many stories, and rows repeated as shards that overlap give them
    (a repeated row is one story, not two)."""
    rng = np.random.default_rng(seed)
    sites = rng.integers(0, 2**64, size=6, dtype=np.uint64)
    rows = []
    for _ in range(4000):  # one-off paragraphs
        rows.append((rng.choice(sites), rng.integers(0, 2**64, dtype=np.uint64), rng.integers(0, 2**64, dtype=np.uint64)))
    for _ in range(300):  # paragraphs on 1 to 6 stories of a site
        site, key = rng.choice(sites), rng.integers(0, 2**64, dtype=np.uint64)
        for story in rng.integers(0, 2**64, size=rng.integers(1, 7), dtype=np.uint64):
            rows.append((site, key, story))
    triples = np.array(rows, dtype=np.uint64)
    repeated = triples[rng.integers(0, len(triples), size=1500)]  # the same story counted twice
    return rng.permutation(np.vstack([triples, repeated]))


@pytest.mark.parametrize("seed", range(4))
def test_frequent_lines_with_rare_pairs_dropped_first_equal_counting_every_row(seed: int) -> None:
    triples = _site_like_triples(seed)
    for min_stories in (1, 2, 3, 5, 7):
        got, want = frequent_lines(triples, min_stories), _frequent_lines_plain(triples, min_stories)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        assert (len(got[0]) > 0) == (min_stories <= 6)
    assert len(_rows_of_busy_pairs(triples, 3)) < len(triples) / 2  # the fast path does drop rows here


@pytest.mark.parametrize("bits", [1, 3, 8, None])
def test_busy_pair_filter_keeps_every_row_of_a_busy_pair_even_when_buckets_collide(bits: int | None) -> None:
    triples = _site_like_triples(7)
    pairs, rows_per_pair = np.unique(triples[:, :2], axis=0, return_counts=True)
    busy = {tuple(p) for p, n in zip(pairs.tolist(), rows_per_pair) if n >= 3}
    kept = _rows_of_busy_pairs(triples, 3, bits)
    want = sorted(map(tuple, (r for r in triples.tolist() if tuple(r[:2]) in busy)))
    assert sorted(map(tuple, (r for r in kept.tolist() if tuple(r[:2]) in busy))) == want
    assert len(kept) <= len(triples)


def test_busy_pair_filter_of_no_rows() -> None:
    assert _rows_of_busy_pairs(np.empty((0, 3), dtype=np.uint64), 3).shape == (0, 3)
    pairs, n = frequent_lines(np.empty((0, 3), dtype=np.uint64), 3)
    assert pairs.shape == (0, 2) and n.shape == (0,)
