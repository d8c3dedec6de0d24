"""DropSiteRepeats on Ray Data: count by (site, paragraph), then join the counts back.

1. every kept article with a site emits its (site, paragraph, story) fingerprints, the
   library's ``DropSiteRepeats.line_triples`` (24 bytes each, one per distinct paragraph);
2. a hash shuffle on (site, paragraph) brings every triple of a pair into one partition,
   where ``site.frequent_lines`` counts distinct stories exactly as ``fit`` does;
3. the frequent pairs (24 bytes each; bounded by sites x boilerplate lines, not by the
   corpus) are gathered into one sorted table and broadcast: each block of articles is
   marked by the library's fitted stage looking pairs up in it. The articles never move.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping

import numpy as np
import pyarrow as pa
import ray.data

from ..site import DropSiteRepeats, frequent_lines
from .broadcast import fetch, gather
from .rows import from_table, map_articles

__all__ = ["drop_site_repeats"]

_TRIPLES = pa.schema([("site", pa.uint64()), ("line", pa.uint64()), ("story", pa.uint64()), ("bucket", pa.int64())])
_FREQUENT = pa.schema([("site", pa.uint64()), ("line", pa.uint64()), ("stories", pa.int64())])


def drop_site_repeats(ds: ray.data.Dataset, stage: DropSiteRepeats, buckets: int) -> ray.data.Dataset:
    """``ds`` (materialized articles) with site repeats marked, as ``Pipeline`` fits and runs ``stage``."""
    triples = ds.map_batches(_triples, fn_kwargs={"stage": stage, "buckets": buckets}, batch_format="pyarrow")
    frequent = triples.groupby("bucket", num_partitions=buckets).map_groups(
        _count, fn_kwargs={"min_stories": stage.min_stories}, batch_format="pyarrow"
    )
    counts = gather(frequent, _FREQUENT, ["site", "line"])
    return ds.map_batches(_mark, fn_kwargs={"stage": stage, "counts": counts}, batch_format="pyarrow")


def _triples(table: pa.Table, stage: DropSiteRepeats, buckets: int) -> pa.Table:
    found = [t for article in from_table(table)[1] for t in stage.line_triples(article)]
    if not found:
        return _TRIPLES.empty_table()
    arr = np.unique(np.array(found, dtype=np.uint64), axis=0)  # combine before the shuffle
    bucket = ((arr[:, 0] ^ arr[:, 1]) % np.uint64(buckets)).astype(np.int64)
    return pa.table([arr[:, 0], arr[:, 1], arr[:, 2], bucket], schema=_TRIPLES)


def _count(group: pa.Table, min_stories: int) -> pa.Table:
    triples = np.stack([group.column(c).to_numpy() for c in ("site", "line", "story")], axis=1)
    pairs, n = frequent_lines(triples, min_stories)
    return pa.table([pairs[:, 0], pairs[:, 1], n.astype(np.int64)], schema=_FREQUENT)


class _PairCounts(Mapping[tuple[int, int], int]):
    """(site, paragraph) -> stories over sorted arrays: 24 bytes a pair, read-only, shared."""

    def __init__(self, table: pa.Table) -> None:
        self.sites = table.column("site").to_numpy()
        self.lines = table.column("line").to_numpy()
        self.stories = table.column("stories").to_numpy()

    def __getitem__(self, key: tuple[int, int]) -> int:
        site, line = np.uint64(key[0]), np.uint64(key[1])
        lo, hi = np.searchsorted(self.sites, site, "left"), np.searchsorted(self.sites, site, "right")
        i = lo + int(np.searchsorted(self.lines[lo:hi], line))
        if i < hi and self.lines[i] == line:
            return int(self.stories[i])
        raise KeyError(key)

    def __len__(self) -> int:
        return len(self.sites)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.sites.tolist(), self.lines.tolist())


def _mark(table: pa.Table, stage: DropSiteRepeats, counts: ray.ObjectRef) -> pa.Table:
    fitted = dataclasses.replace(stage, counts_=_PairCounts(fetch(counts)))
    return map_articles(table, lambda batch: next(iter(fitted([batch]))))
