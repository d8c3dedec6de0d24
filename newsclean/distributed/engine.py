"""The runner on Ray Data: article-local stages map over blocks, corpus stages become their
distributed algorithm (see site.py and neardup.py here).

Materialized datasets live in Ray's object store (spilled to local disk when it is full),
never on the driver. Output rows keep the input order: every step is a map over blocks in
order, and the corpus stages' results are joined back by broadcasting small tables rather
than by shuffling the articles.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import ray
import ray.data

from ..errors import StageError
from ..neardup import DropNearDuplicateArticles
from ..pipeline import LocalStage, Pipeline, Stage, _Runner, default_pipeline
from ..site import DropSiteRepeats
from .broadcast import ordered, without_empty_blocks
from .io import is_rows, records_dataset
from .neardup import drop_near_duplicates
from .rows import apply_segment
from .site import drop_site_repeats

__all__ = ["clean_dataset", "run"]

# Kept articles per shuffle partition: band rows (14 x 24 B) and site triples (~30 x 24 B)
# of 200k articles make partitions of 70-150 MB.
ARTICLES_PER_PARTITION = 200_000
BLOCK_ROWS = 1024
_BATCH = 256


def clean_dataset(
    ds: ray.data.Dataset,
    *,
    pipeline: Pipeline | None = None,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    source: str = "<records>",
    max_chars: int = 10_000_000,
) -> ray.data.Dataset:
    """Clean a Dataset of records (``text``, optional ``id``, ``title``, ``url``, ``site``,
    ``published``; other columns go to ``extra``) or of articles from ``read_dataset``.

    Returns one row per input article (``rows.ROWS``), in input order, annotated exactly
    as ``pipeline.run`` (default: ``default_pipeline()``) annotates it locally. Corpus
    stages run while this function runs; the stages after the last one are left lazy.
    A Dataset has columns, so a record without one of them holds null there (an unknown
    column then appears in ``extra`` as null, as with Parquet input).
    """
    pipeline = pipeline or default_pipeline()
    _steps(pipeline)  # refuse a pipeline it cannot run before any work
    if not is_rows(ds):
        ds = records_dataset(ds, source=source, columns=columns, on_bad_record=on_bad_record, max_chars=max_chars)
    return run(pipeline, ordered(ds))


def run(pipeline: Pipeline, ds: ray.data.Dataset) -> ray.data.Dataset:
    """Every stage of ``pipeline`` over a Dataset of articles, in order."""
    steps = _steps(pipeline)
    buckets = 0
    # Blocks of ~1,000 articles: Ray merges small outputs into blocks of up to 128 MB, and
    # one block is one task, so a single input file would otherwise use a single core.
    ds = without_empty_blocks(ds.repartition(target_num_rows_per_block=BLOCK_ROWS))
    for step in steps:
        if isinstance(step, tuple):
            ds = ds.map_batches(apply_segment, fn_kwargs={"segment": step}, batch_format="pyarrow", batch_size=_BATCH)
            continue
        ds = ds.materialize()  # read by the stage's passes and marked afterwards
        if ds.count() == 0:
            continue  # nothing to learn or to mark
        buckets = buckets or _partitions(ds.count())
        if isinstance(step, DropSiteRepeats):
            ds = drop_site_repeats(ds, step, buckets)
        else:
            ds = drop_near_duplicates(ds, step, buckets)
    return ds


def _steps(pipeline: Pipeline) -> list[Stage | tuple[LocalStage, ...]]:
    """The pipeline's steps as the local runner groups them; a corpus stage with no
    distributed algorithm is refused."""
    steps = _Runner(pipeline.stages, 1)._segments()
    for step in steps:
        if not isinstance(step, (tuple, DropSiteRepeats, DropNearDuplicateArticles)):
            raise StageError(
                f"stage {type(step).__name__} is a corpus stage with no distributed algorithm; "
                "run this pipeline with the local engine (newsclean.clean)."
            )
    return steps


def _partitions(articles: int) -> int:
    cpus = int(ray.cluster_resources().get("CPU", 1))
    return max(cpus, math.ceil(articles / ARTICLES_PER_PARTITION))
