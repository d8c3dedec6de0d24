"""Small tables built on the cluster and read by every worker: the broadcast side of a join.

A corpus stage's learned state (the frequent site lines, the duplicate clusters' decisions)
is far smaller than the corpus. It is gathered by one Ray task, never by the driver, kept in
the object store, and every worker maps it read-only (zero-copy, once per node) to mark its
blocks, so the articles themselves are never shuffled to meet it.
"""

from __future__ import annotations

import pyarrow as pa
import ray
import ray.data

__all__ = ["gather", "fetch", "ordered", "without_empty_blocks"]

_CACHE: dict[ray.ObjectRef, pa.Table] = {}


@ray.remote
def _concat(schema: pa.Schema, sort_by: list[str], *tables: pa.Table) -> pa.Table:
    parts = [t.select(schema.names).cast(schema) for t in tables if t.num_rows]
    table = pa.concat_tables(parts) if parts else schema.empty_table()
    return table.sort_by([(key, "ascending") for key in sort_by]).combine_chunks()


def gather(ds: ray.data.Dataset, schema: pa.Schema, sort_by: list[str]) -> ray.ObjectRef:
    """One sorted table of all of ``ds``, built by one task on one node: a reference to it."""
    return _concat.remote(schema, sort_by, *ds.materialize().to_arrow_refs())


def fetch(ref: ray.ObjectRef) -> pa.Table:
    """The table behind ``ref``, fetched once per worker process."""
    table = _CACHE.get(ref)
    if table is None:
        if len(_CACHE) >= 2:  # a stage reads one or two; do not hold on to older ones
            _CACHE.clear()
        table = _CACHE[ref] = ray.get(ref)
    return table


def ordered(ds: ray.data.Dataset) -> ray.data.Dataset:
    """``ds`` (and every dataset derived from it) executed in input order."""
    ds.context.execution_options.preserve_order = True
    return ds


def without_empty_blocks(ds: ray.data.Dataset) -> ray.data.Dataset:
    """``ds`` materialized, its blocks of no rows left out (order kept).

    Ray 2.60's map_batches turns a block of no rows into one with no schema, and a hash
    shuffle that meets such a block fails ("Schema at index 1 was different"). Blocks of
    no rows come from an input file without articles, or a block whose articles were all
    rejected. The rows are counted where the blocks are; no data moves.
    """
    ds = ds.materialize()
    refs = ds.to_arrow_refs()
    rows = ray.get([_num_rows.remote(ref) for ref in refs])
    kept = [ref for ref, n in zip(refs, rows) if n]
    if not kept or len(kept) == len(refs):  # nothing to shuffle, or nothing to leave out
        return ds
    return ordered(ray.data.from_arrow_refs(kept))


@ray.remote
def _num_rows(table: pa.Table) -> int:
    return table.num_rows
