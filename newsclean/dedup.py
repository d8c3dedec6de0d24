"""Repeated paragraphs inside an article, and near-duplicate articles across the corpus.

Inside an article the first copy of a paragraph is kept and later copies are marked:
``repeat.paragraph`` when the words are the same (case, punctuation and spacing
ignored), ``repeat.near_paragraph`` when MinHash estimates the Jaccard similarity of
their character 5-grams at or above the threshold (character grams, because one changed
word in a 15-word sentence already breaks a fifth of its word trigrams). An article pasted twice is thus repaired, not
thrown away.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .article import Article
from .minhash import hasher, jaccard_many
from .pipeline import ArticleStage
from .text import char_shingles, fingerprint, words

__all__ = ["DropRepeatedParagraphs"]

REPEAT = "repeat.paragraph"
NEAR_REPEAT = "repeat.near_paragraph"


@dataclass(frozen=True, slots=True)
class DropRepeatedParagraphs(ArticleStage):
    """Mark exact and near-duplicate copies of earlier paragraphs in the same article."""

    REASONS = (REPEAT, NEAR_REPEAT)

    threshold: float = 0.7  # estimated Jaccard similarity of character shingles
    shingle: int = 5
    min_words: int = 8  # shorter paragraphs are compared exactly only
    num_perm: int = 128

    def apply(self, article: Article, /) -> Article:
        first: dict[int, int] = {}
        drops: dict[int, tuple[str, str]] = {}
        candidates: list[tuple[int, tuple[str, ...]]] = []
        for index, p in article.kept_paragraphs():
            tokens = words(p.text)
            fp = fingerprint(p.text)
            if fp in first:
                drops[index] = (REPEAT, f"same words as paragraph {first[fp]}")
                continue
            first[fp] = index
            if len(tokens) >= self.min_words:
                candidates.append((index, tokens))
        if len(candidates) > 1:
            drops.update(self._near(candidates))
        return article.drop(drops)

    def _near(self, candidates: list[tuple[int, tuple[str, ...]]]) -> dict[int, tuple[str, str]]:
        # Only paragraphs that share most of their words with another one can be near
        # copies; in most articles there are none and no MinHash is computed at all.
        bags = [frozenset(tokens) for _, tokens in candidates]
        suspects = _suspects(bags)
        if len(suspects) < 2:
            return {}
        chosen = [candidates[k] for k in suspects]
        sigs = hasher(self.num_perm).signatures([char_shingles(tokens, self.shingle) for _, tokens in chosen])
        drops: dict[int, tuple[str, str]] = {}
        kept_rows: list[int] = [0]
        for row in range(1, len(chosen)):
            sims = jaccard_many(sigs[row], sigs[kept_rows])
            best = int(np.argmax(sims))
            if sims[best] >= self.threshold:
                original = chosen[kept_rows[best]][0]
                drops[chosen[row][0]] = (NEAR_REPEAT, f"~{sims[best]:.2f} similar to paragraph {original}")
            else:
                kept_rows.append(row)
        return drops


def _suspects(bags: list[frozenset[str]]) -> list[int]:
    """Indices of the bags with a word-set Jaccard similarity of 0.5 or more with another bag, ascending.

    Skips the pairs that cannot reach it (the overlap is at most the smaller size over the
    larger) and those whose two bags are both found already.
    """
    sizes = [len(b) for b in bags]
    found: set[int] = set()
    for i, (a, la) in enumerate(zip(bags, sizes)):
        for j in range(i):
            lb = sizes[j]
            if 2 * min(la, lb) < max(la, lb) or (i in found and j in found):
                continue
            # Jaccard(a, b) >= 0.5 in integers: |a & b| / (la + lb - |a & b|) >= 1/2
            if 3 * len(a & bags[j]) >= la + lb and (la or lb):
                found.add(i)
                found.add(j)
    return sorted(found)
