"""Scoring helpers for bench_quality: bag-of-words P/R/F1, snippet checks, pair metrics, tables.

Kept separate from the benchmark script so each part can be read (and checked) on its own.
"""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

# A "word" is a run of Unicode word characters: punctuation and whitespace never count, so
# curly vs straight quotes or re-flowed lines do not change a score.
_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    """Lower-cased Unicode words of `text`."""
    return _WORD.findall(text.lower())


def normalise(text: str) -> str:
    """Words joined by single spaces: the whitespace- and punctuation-insensitive form."""
    return " ".join(words(text))


# --- whole-page extraction -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Overlap:
    """Multiset word counts for one page: kept, gold, and their intersection."""

    kept: int
    gold: int
    common: int

    @property
    def precision(self) -> float:
        # Empty output scores P = 0 when there was gold to find (dropping everything must not
        # look precise) and P = 1 on a page with no gold (nothing kept, nothing wrong).
        if self.kept == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.common / self.kept

    @property
    def recall(self) -> float:
        return 1.0 if self.gold == 0 else self.common / self.gold

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def f1(p: float, r: float) -> float:
    return 0.0 if p + r == 0 else 2 * p * r / (p + r)


def overlap(kept_text: str, gold_text: str) -> Overlap:
    """Bag-of-words overlap with multiset counts (a word kept twice matches gold at most twice)."""
    kept, gold = Counter(words(kept_text)), Counter(words(gold_text))
    common = sum((kept & gold).values())
    return Overlap(sum(kept.values()), sum(gold.values()), common)


def parse_snippets(value: object) -> list[str]:
    """`gold_with`/`gold_without` as a list of str: a list, a JSON list, or a Python-literal list."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v).strip()]
    text = str(value).strip()
    if not text:
        return []
    for parse in (json.loads, ast.literal_eval):
        try:
            parsed = parse(text)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            continue
        if isinstance(parsed, (list, tuple)):
            return [str(v) for v in parsed if str(v).strip()]
        if isinstance(parsed, str):
            return [parsed] if parsed.strip() else []
    return [text]  # one bare snippet


def snippet_present(snippet: str, normalised_text: str) -> bool:
    """Whether the snippet's words occur as a contiguous run in an already-normalised text.

    The last word may be the start of a longer one: WCXB cuts its snippets at a length,
    often inside a word ("… of traditional methods and cont"), and such a snippet is still
    in the text. Without this, keep-all "lost" 179 of 3,171 must-keep snippets on article
    pages (and a cut must-remove snippet counted as removed whatever was kept).
    """
    needle = normalise(snippet)
    return bool(needle) and f" {needle}" in f" {normalised_text} "


@dataclass(slots=True)
class ExtractionScore:
    """Running totals for one (system, group) cell of the extraction table."""

    pages: int = 0
    emptied: int = 0  # pages whose kept text has no words (rejected, or everything dropped)
    kept: int = 0
    gold: int = 0
    common: int = 0
    f1_sum: float = 0.0
    with_total: int = 0
    with_kept: int = 0
    without_total: int = 0
    without_removed: int = 0

    def add(self, ov: Overlap, with_hits: Sequence[bool], without_hits: Sequence[bool]) -> None:
        self.pages += 1
        self.emptied += ov.kept == 0
        self.kept += ov.kept
        self.gold += ov.gold
        self.common += ov.common
        self.f1_sum += ov.f1
        self.with_total += len(with_hits)
        self.with_kept += sum(with_hits)
        self.without_total += len(without_hits)
        self.without_removed += sum(not hit for hit in without_hits)

    @property
    def micro(self) -> Overlap:
        return Overlap(self.kept, self.gold, self.common)

    @property
    def mean_f1(self) -> float:
        return self.f1_sum / self.pages if self.pages else 0.0


# --- pairs and clusters ----------------------------------------------------------------------


def clusters_from_links(ids: Sequence[str], links: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Transitive closure of (member, representative) links: id -> cluster root (union-find)."""
    parent = {i: i for i in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in links:
        if a not in parent or b not in parent:
            continue  # a link to an id outside the set cannot form a pair inside it
        ra, rb = find(a), find(b)
        if ra != rb:
            # Root at the smaller id so the result never depends on link order.
            parent[max(ra, rb)] = min(ra, rb)
    return {i: find(i) for i in ids}


def pairs_in_clusters(labels: dict[str, str]) -> set[tuple[str, str]]:
    """All unordered (sorted) id pairs that share a cluster label."""
    groups: dict[str, list[str]] = {}
    for i, label in labels.items():
        groups.setdefault(label, []).append(i)
    pairs: set[tuple[str, str]] = set()
    for members in groups.values():
        pairs.update(combinations(sorted(members), 2))
    return pairs


@dataclass(frozen=True, slots=True)
class PairScore:
    true_pairs: int
    predicted_pairs: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted_pairs if self.predicted_pairs else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.true_pairs if self.true_pairs else 1.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def pair_score(true: set[tuple[str, str]], predicted: set[tuple[str, str]]) -> PairScore:
    return PairScore(len(true), len(predicted), len(true & predicted))


# --- tables ----------------------------------------------------------------------------------


def pct(x: float) -> str:
    return f"{100 * x:.1f}"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], title: str = "") -> str:
    """Plain-text table: text columns left-aligned, numeric columns right-aligned."""
    body = [[str(c) for c in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in body:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]

    def numeric(col: int) -> bool:
        cells = [row[col] for row in body if row[col] not in ("", "-")]
        return bool(cells) and all(_looks_numeric(c) for c in cells)

    right = [numeric(i) for i in range(len(headers))]

    def fmt(cells: Sequence[str]) -> str:
        out = [c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right)]
        return "  ".join(out).rstrip()

    lines = [title] if title else []
    lines += [fmt(headers), fmt(["-" * w for w in widths])]
    lines += [fmt(row) for row in body]
    return "\n".join(lines)


def _looks_numeric(cell: str) -> bool:
    """Numbers, percentages and "found/total" fractions are right-aligned."""
    try:
        for part in cell.split("/", 1):
            float(part.rstrip("%s").replace(",", ""))
    except ValueError:
        return False
    return True
