"""Site-level repetition: a paragraph that recurs on many stories of one site is boilerplate.

A site's tagline, standard disclaimer or photo credit is written once and printed under
every story. Counting it needs the whole corpus before the first article is decided, so
``DropSiteRepeats.fit`` makes a first pass and returns a fitted stage that only looks up.

Stories, not copies, are counted: a story syndicated or republished three times on a
site must not turn its own paragraphs into boilerplate. An article's story key is a
bottom-2 MinHash of the set of its long paragraphs; two copies of a story share it,
two different stories that share one long disclaimer almost never do.
Numbers are masked in paragraph fingerprints, so "© 2024 …" and "© 2025 …" are the same line.
"""

from __future__ import annotations

import functools
import re
import struct
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import numpy as np
import xxhash

from .article import Article, Batch
from .text import has_unspaced, words

__all__ = ["DropSiteRepeats", "frequent_lines"]

SITE_REPEAT = "repeat.site"

_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")


def _line_key(text: str) -> int:
    """Fingerprint of a paragraph with case, punctuation and numbers ignored."""
    line = " ".join(words(text))
    if _DIGIT.search(line):  # three lines in four hold no digit: a search is half a substitution
        line = _DIGITS.sub("0", line)
    return xxhash.xxh3_64_intdigest(line.encode("utf-8"))


@functools.lru_cache(maxsize=65536)
def _line_facts(text: str, long_words: int) -> tuple[int, bool]:
    """``_line_key(text)``, and whether ``text`` has ``long_words`` words or more (split at
    spaces; in Chinese and Japanese, which have none, twice as many characters).

    Cached, as many as ``text.words``: the look-up asks again about every paragraph the first
    pass counted, and most paragraphs were seen before (a site prints its boilerplate under
    every story, copies of a story repeat its paragraphs): nine in ten in one pass over the
    100,000-article benchmark corpus.
    """
    if has_unspaced(text):
        return _line_key(text), len(words(text)) >= 2 * long_words
    return _line_key(text), len(text.split(None, long_words - 1)) >= long_words  # counts no further


def _site_key(site: str) -> int:
    return xxhash.xxh3_64_intdigest(site.casefold().encode("utf-8"))


def _story_key(keys: list[int], long_keys: list[int]) -> int:
    pool = sorted(set(long_keys or keys))[:2]
    return xxhash.xxh3_64_intdigest(struct.pack(f"={len(pool)}Q", *pool))  # np.array(pool, np.uint64).tobytes(), faster


def _triples(sites: list[int], keys: list[int], stories: list[int], sizes: list[int]) -> np.ndarray:
    """The (n, 3) rows (site, paragraph, story) of articles given as columns: each article's
    site and story repeated over its ``sizes`` paragraphs. Several times faster than an array
    made of one tuple per row, and the rows are the same."""
    table = np.empty((len(keys), 3), dtype=np.uint64)
    table[:, 0] = np.repeat(np.array(sites, dtype=np.uint64), sizes)
    table[:, 1] = np.array(keys, dtype=np.uint64)
    table[:, 2] = np.repeat(np.array(stories, dtype=np.uint64), sizes)
    return table


def _distinct_rows(rows: np.ndarray) -> np.ndarray:
    """``np.unique(rows, axis=0)`` (sorted distinct rows), about 5x faster: one ``lexsort``
    of the columns instead of a sort of structured rows. The main process runs it at the
    end of the first pass, while the workers wait."""
    rows = rows[np.lexsort(rows.T[::-1])]
    return rows[_starts(rows)]


def _starts(rows: np.ndarray) -> np.ndarray:
    """Of sorted rows, whether each begins a run of equal rows."""
    new = np.empty(len(rows), dtype=bool)
    new[:1] = True
    np.any(rows[1:] != rows[:-1], axis=1, out=new[1:])
    return new


def _rows_of_busy_pairs(triples: np.ndarray, min_rows: int, bits: int | None = None) -> np.ndarray:
    """The rows of ``triples`` whose (site, paragraph) pair may be on ``min_rows`` or more rows.

    A pair on fewer rows is on fewer stories, and most pairs are on one row: dropping them
    first leaves ``_distinct_rows`` (a sort of every row) about a tenth of the rows. Pairs are
    counted by hash bucket (``2**bits`` of them, two to four per row): a bucket sums the
    rows of the pairs that share it, so no row of a busy pair is ever dropped.
    """
    if bits is None:
        bits = max(1, (2 * len(triples)).bit_length())
    mixed = triples[:, 0] * np.uint64(0x9E3779B97F4A7C15) + triples[:, 1]  # wraps around; xxh3 keys are well spread
    bucket = (mixed >> np.uint64(64 - bits)).astype(np.intp)
    return triples[np.bincount(bucket, minlength=1 << bits)[bucket] >= min_rows]


def frequent_lines(triples: np.ndarray, min_stories: int) -> tuple[np.ndarray, np.ndarray]:
    """(site, paragraph) pairs found on ``min_stories`` or more distinct stories, and their counts.

    ``triples`` is an (n, 3) uint64 array of ``line_triples``. Exact on any subset that holds
    every triple of the pairs in it, so a distributed engine can count per hash partition.
    """
    # Distinct (site, paragraph, story) triples, sorted: each (site, paragraph) is one run.
    table = _distinct_rows(_rows_of_busy_pairs(triples, min_stories))
    starts = np.flatnonzero(_starts(table[:, :2]))
    n = np.diff(np.append(starts, len(table)))
    frequent = n >= min_stories
    return table[starts[frequent], :2], n[frequent]


@dataclass(frozen=True, slots=True)
class DropSiteRepeats:
    """Drop every copy of a paragraph found on ``min_stories`` or more stories of the same site."""

    REASONS = (SITE_REPEAT,)

    min_stories: int = 3  # distinct stories of one site that must carry the paragraph
    long_words: int = 25  # paragraphs this long identify a story
    counts_: Mapping[tuple[int, int], int] | None = field(default=None, compare=False, repr=False)

    def fit(self, batches: Iterable[Batch]) -> DropSiteRepeats:
        """A copy of this stage that knows which (site, paragraph) pairs recur."""
        return self.fit_shards([self.fit_shard(batches)])

    def fit_shard(self, batches: Iterable[Batch]) -> np.ndarray:
        """The first-pass state of one part of the corpus: its distinct ``line_triples``.

        A resumable run keeps one per input file, so a restart does not count them again.
        """
        chunks = [np.empty((0, 3), dtype=np.uint64)]
        sites: list[int] = []
        stories: list[int] = []
        sizes: list[int] = []
        keys: list[int] = []
        for batch in batches:
            for article in batch:
                found = self._story_lines(article)
                if found is not None:
                    sites.append(found[0])
                    stories.append(found[1])
                    sizes.append(len(found[2]))
                    keys.extend(found[2])
            if len(keys) > 1_000_000:
                chunks.append(_distinct_rows(_triples(sites, keys, stories, sizes)))
                sites, stories, sizes, keys = [], [], [], []
        chunks.append(_triples(sites, keys, stories, sizes))
        return _distinct_rows(np.vstack(chunks))

    def fit_shards(self, shards: Iterable[np.ndarray]) -> DropSiteRepeats:
        """The fitted stage from the ``fit_shard`` states of every part of the corpus (any order)."""
        table = np.vstack([np.empty((0, 3), dtype=np.uint64), *shards])
        pairs, n = frequent_lines(table, self.min_stories)
        counts = {(int(s), int(k)): int(c) for (s, k), c in zip(pairs, n)}
        return DropSiteRepeats(self.min_stories, self.long_words, counts)

    def line_triples(self, article: Article) -> list[tuple[int, int, int]]:
        """(site, paragraph, story) fingerprints of a kept article with a site: what ``fit`` counts.

        Public so that a distributed engine can emit them per article and count them by
        (site, paragraph) partition with ``frequent_lines``.
        """
        found = self._story_lines(article)
        if found is None:
            return []
        site, story, keys = found
        return [(site, key, story) for key in keys]

    def _story_lines(self, article: Article) -> tuple[int, int, set[int]] | None:
        """The site, story and distinct paragraph fingerprints of ``line_triples``, or None."""
        if article.rejected is not None or not article.site:
            return None
        keys, long_keys = [], []
        long_words = self.long_words
        for p in article.paragraphs:
            if p.dropped is None:
                key, long = _line_facts(p.text, long_words)
                keys.append(key)
                if long:
                    long_keys.append(key)
        return _site_key(article.site), _story_key(keys, long_keys), set(keys)

    @property
    def fitted(self) -> bool:
        """True once ``fit`` has counted the corpus: the stage is then an article-local look-up."""
        return self.counts_ is not None

    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]:
        for batch in batches:
            yield [self.apply(a) for a in batch]

    def apply(self, article: Article, /) -> Article:
        """``article`` with every paragraph that recurs on the site's stories dropped."""
        if self.counts_ is None:
            raise RuntimeError("DropSiteRepeats must be fitted first: run it inside a Pipeline, or call fit()")
        if article.rejected is not None or not article.site or not self.counts_:
            return article
        site, long_words, counts = _site_key(article.site), self.long_words, self.counts_
        drops = {}
        for index, p in enumerate(article.paragraphs):
            if p.dropped is not None:
                continue
            stories = counts.get((site, _line_facts(p.text, long_words)[0]))  # the facts the first pass cached
            if stories is not None:
                drops[index] = (SITE_REPEAT, f"on {stories} stories of {article.site}")
        return article.drop(drops)
