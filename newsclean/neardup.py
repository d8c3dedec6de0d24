"""Near-duplicate articles across the corpus: one copy of each story is kept.

``SignArticles`` (article-local, runs in workers) computes a MinHash of each article's
kept text; ``DropNearDuplicateArticles`` (corpus) collects the signatures, groups them
by LSH band keys and connected components, picks one survivor per group by a policy
that does not depend on input order, and marks the other copies ``duplicate.article``.

It must see every article before deciding the first, so it is fitted: in a first pass
the workers compute each part's signatures and survivor facts (``fit_shard``), the main
process makes their band keys, groups them and decides (``fit_shards``; the band keys
need datasketch's banding, and so scipy, which the workers then never import), and the
fitted stage marks each article by its input position, in the workers too.
Memory holds only the LSH band keys of each article (14 x 8 bytes at the default
threshold); the signatures and survivor facts of the few articles that share a band
with another are read back from a spill file before deciding.
"""

from __future__ import annotations

import dataclasses
import itertools
import pickle
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO

import numpy as np

from .article import Article, Batch
from .minhash import (
    MinHasher,
    band_keys,
    candidate_pairs,
    connected_components,
    hasher,
    jaccard,
    jaccard_pairs,
    lsh_params,
)
from .pipeline import ArticleStage, pickled
from .text import shingles, words

__all__ = ["SignArticles", "DropNearDuplicateArticles", "KEEP_POLICIES", "cluster_decisions", "rank"]

DUPLICATE = "duplicate.article"
KEEP_POLICIES = ("longest", "earliest", "first")


def _sign_article(article: Article, shingle: int, hasher: MinHasher) -> bytes:
    """MinHash of the article's kept text (word shingles), from the paragraphs' cached words:
    no word crosses the blank line between two paragraphs, so the text's words are theirs."""
    texts = [p.text for p in article.paragraphs if p.dropped is None]
    tokens = tuple(itertools.chain.from_iterable(map(words, texts)))
    return hasher.signature(shingles(tokens, shingle)).tobytes()


def _drain(chunks: list[np.ndarray], width: int) -> np.ndarray:
    """The chunks stacked into one array, each freed once copied: peak memory stays ~1x, not 2x."""
    total = sum(len(c) for c in chunks)
    out = np.empty((total, width) if width else total, dtype=chunks[0].dtype)
    chunks.reverse()
    start = 0
    while chunks:
        chunk = chunks.pop()
        out[start : start + len(chunk)] = chunk
        start += len(chunk)
    return out


def _replay(spill: IO[bytes]) -> Iterator[Batch]:
    """The spilled batches again, from the start."""
    spill.seek(0)
    yield from pickled(spill)  # type: ignore[misc]


def _facts(article: Article) -> tuple[int, str, str]:
    """(kept chars, published, id): what ``rank`` orders cluster members by."""
    return (article.text_length, article.published or "", article.id)


def _signed_members(signed: IO[bytes], wanted: np.ndarray) -> dict[int, tuple[np.ndarray, tuple[int, str, str]]]:
    """Signature and (kept chars, published, id) of the articles at the ``wanted`` positions,
    from the side spill of (first position, kept indices, signatures, facts) per batch: only
    candidates of a near-duplicate pair, not every article, hold them in memory."""
    want = set(wanted.tolist())
    found = {}
    signed.seek(0)
    for start, kept, sigs, facts in pickled(signed):  # type: ignore[misc]
        for row, index in enumerate(kept):
            if start + index in want:
                found[start + index] = (sigs[row].copy(), facts[row])  # a copy: a view would keep the batch's matrix
    return found


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
        return article.replace(signature=_sign_article(article, self.shingle, hasher(self.num_perm)))


@dataclass(frozen=True, slots=True)
class SignedPart:
    """What the first pass learns from one part of the stream: the signatures and
    survivor facts of its kept articles. Made in the workers, so the main process only
    makes band keys (a few vector operations), groups them and decides."""

    size: int  # articles in the part, rejected ones included
    kept: np.ndarray  # position in the part of each kept article (int64)
    signatures: np.ndarray  # its signature (kept x num_perm)
    facts: list[tuple[int, str, str]]  # its (kept chars, published, id)


@dataclass(frozen=True, slots=True)
class DropNearDuplicateArticles:
    """Keep one article per near-duplicate cluster; mark the others ``duplicate.article``.

    ``keep``: ``longest`` (default: the most complete copy, then the earliest
    ``published``, then the smallest id), ``earliest`` (earliest ``published``, then
    longest, then id) or ``first`` (input order).

    It must see every article before deciding the first: ``fit`` learns the decisions
    (per input position, as two copies may share an id) and the fitted stage marks by
    position (``apply_batch``). Called unfitted, it learns and marks in one call.
    """

    REASONS = (DUPLICATE,)

    threshold: float = 0.7  # estimated Jaccard similarity of word 3-shingles
    keep: str = "longest"
    shingle: int = 3
    num_perm: int = 128
    decisions_: Mapping[int, Decision] | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.keep not in KEEP_POLICIES:
            raise ValueError(f"keep must be one of {', '.join(KEEP_POLICIES)}, not {self.keep!r}")

    @property
    def fitted(self) -> bool:
        """True once the decisions are known: the stage then only looks them up."""
        return self.decisions_ is not None

    def fit(self, batches: Iterable[Batch]) -> DropNearDuplicateArticles:
        """A copy of this stage that knows the decision on every article of ``batches``."""
        return self.fit_shards([self.fit_shard(batches)])

    def fit_shard(self, batches: Iterable[Batch]) -> SignedPart:
        """The first-pass state of one part of the stream (run in the workers)."""
        size, kept, sigs, facts = 0, [], [], []
        for batch in batches:
            for i, article in enumerate(batch):
                if article.rejected is None:
                    kept.append(size + i)
                    sigs.append(self._signature(article))
                    facts.append(_facts(article))
            size += len(batch)
        signatures = np.vstack(sigs) if sigs else np.empty((0, self.num_perm), dtype=hasher(self.num_perm).dtype)
        return SignedPart(size, np.asarray(kept, dtype=np.int64), signatures, facts)

    def fit_shards(self, parts: Iterable[SignedPart]) -> DropNearDuplicateArticles:
        """The fitted stage from the ``fit_shard`` states of every part, in stream order.

        Memory holds only the band keys and position of each kept article (14 x 8 + 8
        bytes at the default threshold); signatures and survivor facts go to a spill
        file, and only those of articles that share a band with another are read back.
        """
        bands, rows_per_band = lsh_params(self.threshold, self.num_perm)
        positions: list[np.ndarray] = []  # input position of each kept article
        keys: list[np.ndarray] = []  # its band keys
        with tempfile.TemporaryFile(prefix="newsclean-spill-") as signed:
            start = 0
            for part in parts:
                if len(part.kept):
                    keys.append(band_keys(part.signatures, bands, rows_per_band))
                    positions.append(part.kept + start)
                    pickle.dump((start, part.kept, part.signatures, part.facts), signed, protocol=pickle.HIGHEST_PROTOCOL)
                start += part.size
            pairs = candidate_pairs(_drain(keys, bands)) if keys else np.empty((0, 2), dtype=np.int64)
            decisions: dict[int, Decision] = {}
            if len(pairs):
                kept_positions = _drain(positions, 0)
                decisions = self._decide(pairs, kept_positions, _signed_members(signed, kept_positions[np.unique(pairs)]))
        return dataclasses.replace(self, decisions_=decisions)

    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]:
        if self.decisions_ is None:
            yield from self._learn_and_mark(batches)
            return
        start = 0
        for batch in batches:
            yield self.apply_batch(batch, start)
            start += len(batch)

    def apply_batch(self, batch: Batch, start: int, /) -> Batch:
        """``batch``, whose first article is at input position ``start``, with its copies marked."""
        if self.decisions_ is None:
            raise RuntimeError("DropNearDuplicateArticles must be fitted first: run it inside a Pipeline, or call fit()")
        decisions = self.decisions_
        return [self._mark(a, decisions.get(p)) for p, a in enumerate(batch, start)]

    def _learn_and_mark(self, batches: Iterable[Batch]) -> Iterator[Batch]:
        """Unfitted, in one call: the stream is spilled to a temporary file while it is
        learnt from, then replayed and marked."""
        with tempfile.TemporaryFile(prefix="newsclean-spill-") as spill:

            def parts() -> Iterator[SignedPart]:
                for batch in batches:
                    pickle.dump(batch, spill, protocol=pickle.HIGHEST_PROTOCOL)
                    yield self.fit_shard([batch])

            fitted = self.fit_shards(parts())
            yield from fitted(_replay(spill))

    def _signature(self, article: Article) -> np.ndarray:
        signer = hasher(self.num_perm)
        signature = article.signature or _sign_article(article, self.shingle, signer)
        return np.frombuffer(signature, dtype=signer.dtype)

    def _decide(
        self, pairs: np.ndarray, kept_positions: np.ndarray, members: dict[int, tuple[np.ndarray, tuple[int, str, str]]]
    ) -> dict[int, Decision]:
        """position -> (survivor id, cluster size, similarity to survivor, survivor's id if a copy).

        ``pairs`` index kept articles; ``members`` holds the signature and facts of every
        article in a candidate pair, keyed by input position.
        """
        candidates = np.unique(pairs)  # kept-article indices, ascending
        local = np.searchsorted(candidates, pairs)
        cand_positions = kept_positions[candidates].tolist()
        sigs = np.vstack([members[p][0] for p in cand_positions])
        local = local[jaccard_pairs(sigs, local) >= self.threshold]
        labels = connected_components(len(candidates), local)
        groups: dict[int, list[int]] = {}
        for row, label in enumerate(labels.tolist()):
            groups.setdefault(label, []).append(row)
        decisions: dict[int, Decision] = {}
        for group in groups.values():
            if len(group) == 1:
                continue
            group_positions = [cand_positions[r] for r in group]
            decided = cluster_decisions(self.keep, group_positions, sigs[group], [members[p][1] for p in group_positions])
            decisions.update(zip(group_positions, decided))
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
