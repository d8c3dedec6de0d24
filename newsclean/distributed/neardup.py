"""DropNearDuplicateArticles on Ray Data: signatures -> band keys -> shuffle -> components -> mark.

1. facts: every kept article's signature (set by SignArticles) with what the survivor
   policy needs: kept length, published, id (~560 bytes an article);
2. band keys (``minhash.band_keys``, datasketch's banding) as (band, key, seq) rows, hash
   shuffled on the key; in each partition every band's runs of equal keys become
   candidate pairs by ``minhash.candidate_pairs`` itself, rows ordered by ``seq`` so its
   star rule for huge runs links the same pairs as the local engine;
3. each candidate pair is joined with both signatures (two hash joins) and kept when
   ``minhash.jaccard_pairs`` reaches the threshold;
4. connected components of the verified edges: ONE task on one node, with
   ``minhash.connected_components``. It holds the edges (16 bytes each) and the articles
   in them (16 bytes each), never the corpus;
5. members of each component are shuffled by component and decided by
   ``neardup.cluster_decisions`` (the local survivor policy); the decisions (cluster
   members only) are gathered and broadcast, and each block of articles is marked with
   the local stage's own ``_mark``. The articles never move.

Sequence numbers stand in for the local engine's row numbers: they increase in the same
order, and the local code only ever compares rows, so every choice is the same.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import ray
import ray.data

from ..minhash import MAX_GROUP, MinHasher, band_keys, candidate_pairs, connected_components, jaccard_pairs, lsh_params
from ..neardup import DropNearDuplicateArticles, _sign_article, cluster_decisions
from .broadcast import fetch, gather, without_empty_blocks
from .rows import from_table, map_articles

__all__ = ["drop_near_duplicates"]

_FACTS = pa.schema([("seq", pa.int64()), ("signature", pa.binary()), ("length", pa.int64()),
                    ("published", pa.string()), ("id", pa.string())])
_BANDS = pa.schema([("band", pa.int32()), ("key", pa.uint64()), ("seq", pa.int64()), ("bucket", pa.int64())])
_PAIRS = pa.schema([("a", pa.int64()), ("b", pa.int64())])
# A join side: a signature row (key = seq) or a pair row (key = one end, other = the other end).
_SIDE = pa.schema([("key", pa.int64()), ("other", pa.int64()), ("sig_other", pa.binary()),
                   ("signature", pa.binary()), ("bucket", pa.int64())])
_LABELS = pa.schema([("seq", pa.int64()), ("label", pa.int64())])
_DECISIONS = pa.schema([("seq", pa.int64()), ("survivor", pa.string()), ("size", pa.int64()),
                        ("similarity", pa.float64()), ("duplicate_of", pa.string())])


def drop_near_duplicates(ds: ray.data.Dataset, stage: DropNearDuplicateArticles, buckets: int) -> ray.data.Dataset:
    """``ds`` (materialized articles) with near-duplicates marked, as the local ``stage`` marks them."""
    facts = without_empty_blocks(ds.map_batches(_facts, fn_kwargs={"stage": stage}, batch_format="pyarrow"))
    if facts.count() == 0:  # nothing kept: no shuffle (Ray 2.60 fails shuffling an empty dataset)
        return ds.map_batches(_mark, fn_kwargs={"decisions": ray.put(_DECISIONS.empty_table())}, batch_format="pyarrow")
    bands, rows = lsh_params(stage.threshold, stage.num_perm)
    keyed = facts.map_batches(_band_rows, fn_kwargs={"stage": stage, "bands": bands, "rows": rows, "buckets": buckets},
                              batch_format="pyarrow")
    # Each shuffle's output is materialized before the next reads it: Ray 2.60 fails when a
    # hash shuffle streams straight into another one and some partition is empty.
    pairs = keyed.groupby("bucket", num_partitions=buckets).map_groups(_candidates, batch_format="pyarrow").materialize()
    # Each pair meets its two signatures in two co-grouping shuffles (a hash join, keyed on
    # one end and then the other). Ray Data's own join fails on partitions that one side
    # leaves empty (Ray 2.60), so the join is a groupby over the union of both sides.
    signatures = facts.map_batches(_signature_side, fn_kwargs={"buckets": buckets}, batch_format="pyarrow")
    with_a = pairs.map_batches(_pair_side, fn_kwargs={"buckets": buckets}, batch_format="pyarrow").union(signatures)
    with_a = with_a.groupby("bucket", num_partitions=buckets).map_groups(
        _attach, fn_kwargs={"buckets": buckets}, batch_format="pyarrow"
    ).materialize()
    edges = with_a.union(signatures).groupby("bucket", num_partitions=buckets).map_groups(
        _attach, fn_kwargs={"stage": stage}, batch_format="pyarrow"
    ).materialize()
    labels = _components.remote(*edges.to_arrow_refs())
    members = facts.map_batches(_members, fn_kwargs={"labels": labels, "buckets": buckets}, batch_format="pyarrow")
    decided = members.groupby("bucket", num_partitions=buckets).map_groups(
        _decide, fn_kwargs={"stage": stage}, batch_format="pyarrow"
    )
    decisions = gather(decided, _DECISIONS, ["seq"])
    return ds.map_batches(_mark, fn_kwargs={"decisions": decisions}, batch_format="pyarrow")


def _facts(table: pa.Table, stage: DropNearDuplicateArticles) -> pa.Table:
    hasher = MinHasher(num_perm=stage.num_perm)
    seqs, articles = from_table(table)
    rows = [
        (seq, a.signature or _sign_article(a, stage.shingle, hasher), a.text_length, a.published or "", a.id)
        for seq, a in zip(seqs, articles)
        if a.rejected is None
    ]
    return pa.Table.from_arrays([pa.array([r[i] for r in rows], f.type) for i, f in enumerate(_FACTS)], schema=_FACTS)


def _matrix(column: pa.ChunkedArray, num_perm: int) -> np.ndarray:
    dtype = MinHasher(num_perm=num_perm).dtype
    values = [np.frombuffer(s, dtype=dtype) for s in column.to_pylist()]
    return np.vstack(values) if values else np.empty((0, num_perm), dtype=dtype)


def _band_rows(table: pa.Table, stage: DropNearDuplicateArticles, bands: int, rows: int, buckets: int) -> pa.Table:
    keys = band_keys(_matrix(table.column("signature"), stage.num_perm), bands, rows)  # (n, bands)
    seqs = table.column("seq").to_numpy()
    band = np.tile(np.arange(bands, dtype=np.int32), len(seqs))
    key = keys.reshape(-1)
    bucket = (key % np.uint64(buckets)).astype(np.int64)
    return pa.table([band, key, np.repeat(seqs, bands), bucket], schema=_BANDS)


def _candidates(group: pa.Table) -> pa.Table:
    """Candidate pairs of one partition: for each band, rows sharing a key, as the local engine pairs them."""
    band, key, seq = (group.column(c).to_numpy() for c in ("band", "key", "seq"))
    found = []
    for b in np.unique(band):
        sel = np.flatnonzero(band == b)
        order = np.argsort(seq[sel], kind="stable")  # local row order: candidate_pairs' star rule uses it
        s, k = seq[sel][order], key[sel][order]
        pairs = candidate_pairs(k[:, None], max_group=MAX_GROUP)
        found.append(np.stack([s[pairs[:, 0]], s[pairs[:, 1]]], axis=1))
    pairs = np.unique(np.concatenate(found), axis=0) if found else np.empty((0, 2), dtype=np.int64)
    return pa.table([pairs[:, 0], pairs[:, 1]], schema=_PAIRS)


def _signature_side(table: pa.Table, buckets: int) -> pa.Table:
    """Signatures keyed on their article, to meet the pairs that name it."""
    seq, n = table.column("seq").to_numpy(), table.num_rows
    return pa.table([seq, pa.nulls(n, pa.int64()), pa.nulls(n, pa.binary()), table.column("signature"), seq % buckets],
                    schema=_SIDE)


def _pair_side(table: pa.Table, buckets: int) -> pa.Table:
    """Candidate pairs keyed on their first article, to meet its signature."""
    a = table.column("a").to_numpy()
    return pa.table([a, table.column("b").to_numpy(), pa.nulls(table.num_rows, pa.binary()),
                     pa.nulls(table.num_rows, pa.binary()), a % buckets], schema=_SIDE)


def _attach(group: pa.Table, buckets: int = 0, stage: DropNearDuplicateArticles | None = None) -> pa.Table:
    """One partition of the co-grouping join: pair rows get the signature of their key article.

    First pass (``buckets``): pairs leave keyed on their second article, carrying the first
    one's signature. Second pass (``stage``): pairs whose estimated Jaccard reaches the
    threshold (``minhash.jaccard_pairs``, as locally) leave as verified edges.
    """
    is_pair = group.column("other").is_valid()
    sides = group.filter(pc.invert(is_pair)).sort_by("key")
    pairs = group.filter(is_pair)
    at = np.searchsorted(sides.column("key").to_numpy(), pairs.column("key").to_numpy())
    signature = sides.column("signature").take(pa.array(at, pa.int64())) if pairs.num_rows else pa.nulls(0, pa.binary())
    key, other = pairs.column("key").to_numpy(), pairs.column("other").to_numpy()
    if stage is None:
        return pa.table([other, key, signature, pa.nulls(len(key), pa.binary()), other % buckets], schema=_SIDE)
    n = len(key)
    if n == 0:
        return _PAIRS.empty_table()
    sigs = np.vstack([_matrix(pairs.column("sig_other"), stage.num_perm), _matrix(signature, stage.num_perm)])
    index = np.arange(n, dtype=np.int64)
    keep = jaccard_pairs(sigs, np.stack([index, index + n], axis=1)) >= stage.threshold
    return pa.table([other[keep], key[keep]], schema=_PAIRS)


@ray.remote
def _components(*tables: pa.Table) -> pa.Table:
    """Component label (its smallest seq) of every article in a verified edge: on one node."""
    parts = [t for t in tables if t.num_rows]
    if not parts:
        return _LABELS.empty_table()
    edges = pa.concat_tables(parts)
    a, b = edges.column("a").to_numpy(), edges.column("b").to_numpy()
    nodes = np.unique(np.concatenate([a, b]))
    labels = connected_components(len(nodes), np.stack([np.searchsorted(nodes, a), np.searchsorted(nodes, b)], axis=1))
    return pa.table([nodes, nodes[labels]], schema=_LABELS)


def _members(table: pa.Table, labels: ray.ObjectRef, buckets: int) -> pa.Table:
    """Facts of the articles that belong to a cluster, with their component label."""
    known = fetch(labels)
    nodes, label = known.column("seq").to_numpy(), known.column("label").to_numpy()
    seqs = table.column("seq").to_numpy()
    at = np.minimum(np.searchsorted(nodes, seqs), max(len(nodes) - 1, 0))
    found = (nodes[at] == seqs) if len(nodes) else np.zeros(len(seqs), dtype=bool)
    picked = table.filter(pa.array(found))
    comp = label[at[found]]
    return picked.append_column("label", pa.array(comp, pa.int64())).append_column(
        "bucket", pa.array(comp % buckets, pa.int64())
    )


def _decide(group: pa.Table, stage: DropNearDuplicateArticles) -> pa.Table:
    """Decisions for every cluster in one partition, by the local survivor policy."""
    group = group.sort_by([("label", "ascending"), ("seq", "ascending")])
    label, seq = group.column("label").to_numpy(), group.column("seq").to_numpy()
    sigs = _matrix(group.column("signature"), stage.num_perm)
    facts = list(zip(group.column("length").to_pylist(), group.column("published").to_pylist(), group.column("id").to_pylist()))
    out: list[tuple[int, str, int, float | None, str | None]] = []
    starts = np.flatnonzero(np.r_[True, label[1:] != label[:-1]])
    for lo, hi in zip(starts, np.r_[starts[1:], len(label)]):
        rows = seq[lo:hi].tolist()
        for s, decision in zip(rows, cluster_decisions(stage.keep, rows, sigs[lo:hi], facts[lo:hi])):
            out.append((s, *decision))
    return pa.Table.from_arrays([pa.array([r[i] for r in out], f.type) for i, f in enumerate(_DECISIONS)], schema=_DECISIONS)


def _mark(table: pa.Table, decisions: ray.ObjectRef) -> pa.Table:
    known = fetch(decisions)
    nodes = known.column("seq").to_numpy()
    survivor, size = known.column("survivor"), known.column("size")
    similarity, duplicate_of = known.column("similarity"), known.column("duplicate_of")

    def decision(seq: int) -> tuple[str, int, float | None, str | None] | None:
        i = int(np.searchsorted(nodes, seq))
        if i >= len(nodes) or nodes[i] != seq:
            return None
        return survivor[i].as_py(), size[i].as_py(), similarity[i].as_py(), duplicate_of[i].as_py()

    seqs = table.column("seq").to_pylist()
    return map_articles(
        table, lambda batch: [DropNearDuplicateArticles._mark(a, decision(s)) for s, a in zip(seqs, batch)]
    )
