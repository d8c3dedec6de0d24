"""Near-duplicate articles across the corpus: one copy of each story is kept.

``SignArticles`` (article-local, runs in workers) computes a MinHash of each article's
kept text; ``DropNearDuplicateArticles`` (corpus) collects the signatures, groups them
by LSH band keys and connected components, picks one survivor per group by a policy
that does not depend on input order, and marks the other copies ``duplicate.article``.

It must see every article before deciding the first, so it spills the stream to a
temporary file and replays it: memory holds only the signatures (512 bytes an article)
and the per-article facts the survivor policy needs.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from .article import Article, Batch
from .minhash import MinHasher, hasher, jaccard, near_duplicate_groups
from .pipeline import ArticleStage
from .text import shingles, words

__all__ = ["SignArticles", "DropNearDuplicateArticles", "KEEP_POLICIES", "cluster_decisions", "rank"]

DUPLICATE = "duplicate.article"
KEEP_POLICIES = ("longest", "earliest", "first")


def _sign_text(text: str, shingle: int, hasher: MinHasher) -> bytes:
    return hasher.signature(shingles(words(text), shingle)).tobytes()


# (survivor id, cluster size, similarity to the survivor, survivor id if this is a copy)
Decision = tuple[str, int, float | None, str | None]


def rank(keep: str, row: int, length: int, published: str, id_: str) -> tuple[object, ...]:
    """Sort key of a cluster member under the ``keep`` policy: the smallest survives.

    ``row`` is the member's input position; any increasing numbering gives the same order.
    """
    undated = published == ""  # undated copies come after dated ones
    if keep == "first":
        return (row,)
    if keep == "earliest":
        return (undated, published, -length, id_, row)
    return (-length, undated, published, id_, row)


def cluster_decisions(
    keep: str, rows: Sequence[int], sigs: np.ndarray, facts: Sequence[tuple[int, str, str]]
) -> list[Decision]:
    """The decision on each member of one near-duplicate cluster of two or more articles.

    ``rows`` are the members' input positions, ``sigs`` their signatures, ``facts`` their
    (kept chars, published, id). A pure function, so a distributed engine can decide a
    cluster wherever it gathered its members.
    """
    survivor = min(range(len(rows)), key=lambda i: rank(keep, rows[i], *facts[i]))
    survivor_id, size = facts[survivor][2], len(rows)
    return [
        (survivor_id, size, None, None) if i == survivor
        else (survivor_id, size, jaccard(sigs[i], sigs[survivor]), survivor_id)
        for i in range(size)
    ]


@dataclass(frozen=True, slots=True)
class SignArticles(ArticleStage):
    """Attach a MinHash signature of the kept text (word shingles) to every kept article."""

    REASONS = ()

    shingle: int = 3
    num_perm: int = 128

    def apply(self, article: Article, /) -> Article:
        return article.replace(signature=_sign_text(article.text, self.shingle, hasher(self.num_perm)))


@dataclass(frozen=True, slots=True)
class DropNearDuplicateArticles:
    """Keep one article per near-duplicate cluster; mark the others ``duplicate.article``.

    ``keep``: ``longest`` (default: the most complete copy, then the earliest
    ``published``, then the smallest id), ``earliest`` (earliest ``published``, then
    longest, then id) or ``first`` (input order).
    """

    REASONS = (DUPLICATE,)

    threshold: float = 0.7  # estimated Jaccard similarity of word 3-shingles
    keep: str = "longest"
    shingle: int = 3
    num_perm: int = 128

    def __post_init__(self) -> None:
        if self.keep not in KEEP_POLICIES:
            raise ValueError(f"keep must be one of {', '.join(KEEP_POLICIES)}, not {self.keep!r}")

    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]:
        signer = hasher(self.num_perm)
        rows: list[int] = []  # article position of each signature row
        sigs: list[np.ndarray] = []
        facts: list[tuple[int, str, str]] = []  # (kept chars, published, id) per row
        position = 0
        with tempfile.TemporaryFile(prefix="newsclean-spill-") as spill:
            for batch in batches:
                pickle.dump(batch, spill, protocol=pickle.HIGHEST_PROTOCOL)
                for article in batch:
                    if article.rejected is None:
                        signature = article.signature or _sign_text(article.text, self.shingle, signer)
                        rows.append(position)
                        sigs.append(np.frombuffer(signature, dtype=signer.dtype))
                        facts.append((len(article.text), article.published or "", article.id))
                    position += 1
            decisions = self._decide(rows, sigs, facts)
            spill.seek(0)
            position = 0
            while True:
                try:
                    batch = pickle.load(spill)
                except EOFError:
                    break
                out = []
                for article in batch:
                    out.append(self._mark(article, decisions.get(position)))
                    position += 1
                yield out

    def _decide(
        self, rows: list[int], sigs: list[np.ndarray], facts: list[tuple[int, str, str]]
    ) -> dict[int, Decision]:
        """position -> (survivor id, cluster size, similarity to survivor, survivor's id if a copy)."""
        if not rows:
            return {}
        matrix = np.vstack(sigs)
        labels = near_duplicate_groups(matrix, threshold=self.threshold)
        members: dict[int, list[int]] = {}
        for row, label in enumerate(labels.tolist()):
            members.setdefault(label, []).append(row)
        decisions: dict[int, Decision] = {}
        for group in members.values():
            if len(group) == 1:
                continue
            decided = cluster_decisions(self.keep, group, matrix[group], [facts[r] for r in group])
            for row, decision in zip(group, decided):
                decisions[rows[row]] = decision
        return decisions

    @staticmethod
    def _mark(article: Article, decision: Decision | None) -> Article:
        if article.signature is not None:
            article = article.replace(signature=None)  # internal: not carried past this stage
        if decision is None:
            return article
        survivor, size, similarity, duplicate_of = decision
        if duplicate_of is None:
            return article.replace(cluster_id=survivor, cluster_size=size)
        detail = f"~{similarity:.2f} similar to {duplicate_of} (cluster of {size})"
        return article.reject(DUPLICATE, detail, duplicate_of=duplicate_of, cluster_id=survivor, cluster_size=size)
