"""Dataframes, data loaders and Hugging Face datasets: clean_table, iter_batches, datasets_cleaner.

Arrow is the interchange: every result has the ``articles.parquet`` schema
(``newsclean schema``), so a notebook, a data loader and a written corpus see the
same columns. pandas, polars and datasets are optional: a frame is recognised by its
type's module, and a library is imported only to build a result of its own kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, TypeVar, overload

import pyarrow as pa

from .article import Article
from .pipeline import Pipeline, default_pipeline
from .read import PathLike, Source, from_records, read
from .report import Report
from .schema import ARTICLES, REMOVED, article_row, removed_rows

Frame = TypeVar("Frame")  # pyarrow.Table, pandas.DataFrame, polars.DataFrame or datasets.Dataset

__all__ = ["clean_table", "iter_batches", "datasets_cleaner", "DatasetsCleaner"]

_KINDS = {("pandas", "DataFrame"): "pandas", ("polars", "DataFrame"): "polars", ("datasets", "Dataset"): "datasets"}


def _kind(table: object) -> str:
    if isinstance(table, (pa.Table, pa.RecordBatch)):
        return "arrow"
    cls = type(table)
    kind = _KINDS.get((cls.__module__.split(".")[0], cls.__name__))
    if kind is None:
        raise TypeError(
            f"clean_table takes a pyarrow.Table, a pandas or polars DataFrame or a datasets.Dataset, not {cls.__name__}"
        )
    return kind


def _to_arrow(table: object, kind: str) -> pa.Table:
    if kind == "arrow":
        return table if isinstance(table, pa.Table) else pa.Table.from_batches([table])  # type: ignore[list-item]
    if kind == "pandas":
        # The index is not data unless the caller makes it so (df.reset_index()).
        return pa.Table.from_pandas(table, preserve_index=False)
    if kind == "polars":
        return table.to_arrow()  # type: ignore[attr-defined]
    return table.with_format("arrow")[:]  # type: ignore[attr-defined]  # datasets: honours select/shuffle


def _from_arrow(table: pa.Table, kind: str) -> object:
    if kind == "pandas":
        return table.to_pandas()
    if kind == "polars":
        import polars

        return polars.from_arrow(table)
    if kind == "datasets":
        import datasets

        return datasets.Dataset(datasets.table.InMemoryTable(table))
    return table


class _Rows:
    """The rows of an Arrow table as dicts, re-iterable (the pipeline may make two passes)."""

    def __init__(self, table: pa.Table, chunk: int = 1024) -> None:
        self.table = table
        self.chunk = chunk

    def __iter__(self) -> Iterator[dict[str, object]]:
        for batch in self.table.to_batches(max_chunksize=self.chunk):
            yield from batch.to_pylist()


@overload
def clean_table(
    table: Frame, *, pipeline: Pipeline | None = ..., columns: Mapping[str, str] | None = ...,
    on_bad_record: str = ..., workers: int = ..., return_removed: Literal[False] = ..., report: Report | None = ...,
) -> Frame: ...


@overload
def clean_table(
    table: Frame, *, pipeline: Pipeline | None = ..., columns: Mapping[str, str] | None = ...,
    on_bad_record: str = ..., workers: int = ..., return_removed: Literal[True], report: Report | None = ...,
) -> tuple[Frame, Frame]: ...


def clean_table(
    table: Frame,
    *,
    pipeline: Pipeline | None = None,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    workers: int = 1,
    return_removed: bool = False,
    report: Report | None = None,
) -> Frame | tuple[Frame, Frame]:
    """Clean the articles in a table; the kept ones come back as the same kind of table.

    Takes a ``pyarrow.Table``, a pandas or polars ``DataFrame`` or a ``datasets.Dataset``
    with a ``text`` (or ``html``) column and optional ``id``, ``title``, ``url``, ``site``,
    ``published``; other columns go into ``extra`` (a ``RecordBatch`` comes back as a Table). The whole table is one corpus, so
    near-duplicates and site repeats are found across all of its rows. With
    ``return_removed=True`` returns ``(kept, removed)``, ``removed`` with the
    ``removed.parquet`` schema. ``report``, if given, counts every row.
    """
    kind = _kind(table)
    arrow = _to_arrow(table, kind)
    source = from_records(_Rows(arrow), source=f"<{kind}>", columns=columns, on_bad_record=on_bad_record)
    kept: list[dict[str, object]] = []
    removed: list[dict[str, object]] = []
    for article in _run(source, pipeline, workers, report):
        removed.extend(removed_rows(article))
        if article.rejected is None:
            kept.append(article_row(article))
    kept_table = _from_arrow(pa.Table.from_pylist(kept, schema=ARTICLES), kind)
    if not return_removed:
        return kept_table  # type: ignore[return-value]
    return kept_table, _from_arrow(pa.Table.from_pylist(removed, schema=REMOVED), kind)  # type: ignore[return-value]


def _run(source: Source, pipeline: Pipeline | None, workers: int, report: Report | None) -> Iterator[Article]:
    pipe = pipeline or default_pipeline()
    if report is not None and not report.pipeline:
        report.pipeline = tuple(pipe.describe())
    for batch in pipe.run(source, workers=workers):
        for article in batch:
            if report is not None:
                report.add(article)
            yield article


def iter_batches(
    inputs: PathLike | Iterable[PathLike] | Source,
    *,
    pipeline: Pipeline | None = None,
    workers: int = 1,
    batch_size: int = 1024,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    report: Report | None = None,
) -> Iterator[pa.RecordBatch]:
    """Kept articles as ``pyarrow.RecordBatch``es of ``batch_size`` rows (the last may be shorter).

    For data loaders: nothing is written. ``inputs`` are paths as for ``read()``, or a
    ``Source`` from ``read()``/``from_records()``. Batches have the ``articles.parquet``
    schema and the same boundaries whatever ``workers`` is. Removed articles are not
    yielded; pass a ``Report`` to count them by reason.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if isinstance(inputs, Source):
        source = inputs
    else:
        source = read(inputs, columns=columns, on_bad_record=on_bad_record)  # type: ignore[arg-type]
    rows: list[dict[str, object]] = []
    for article in _run(source, pipeline, workers, report):
        if article.rejected is None:
            rows.append(article_row(article))
            if len(rows) == batch_size:
                yield pa.RecordBatch.from_pylist(rows, schema=ARTICLES)
                rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=ARTICLES)


@dataclass(frozen=True)
class DatasetsCleaner:
    """A function for ``datasets.Dataset.map(fn, batched=True, remove_columns=ds.column_names)``.

    Each call cleans one batch on its own: repeated paragraphs inside an article and
    boilerplate are found as usual, but near-duplicate articles and paragraphs
    repeated across a site are only found *within the batch*. For corpus-wide
    decisions clean the whole dataset with ``clean_table(dataset)`` or ``clean()``.
    Returns a ``pyarrow.Table`` with the ``articles.parquet`` schema (kept rows only,
    so the row count changes: hence ``remove_columns``); the typed table spares
    ``map`` from guessing a column's type from a batch where it is all None.
    """

    pipeline: Pipeline = field(default_factory=default_pipeline)
    columns: Mapping[str, str] = field(default_factory=dict)
    on_bad_record: str = "raise"

    def __call__(self, batch: Mapping[str, Sequence[object]] | pa.Table | pa.RecordBatch) -> pa.Table:
        if isinstance(batch, (pa.Table, pa.RecordBatch)):
            records = batch.to_pylist()
        else:
            names = list(batch)
            size = len(batch[names[0]]) if names else 0
            records = [{name: batch[name][i] for name in names} for i in range(size)]
        source = from_records(
            records, source="<datasets batch>", columns=self.columns, on_bad_record=self.on_bad_record,
            batch_size=max(1, len(records)),
        )
        rows = [article_row(a) for b in self.pipeline.run(source) for a in b if a.rejected is None]
        return pa.Table.from_pylist(rows, schema=ARTICLES)


def datasets_cleaner(
    *, pipeline: Pipeline | None = None, columns: Mapping[str, str] | None = None, on_bad_record: str = "raise"
) -> DatasetsCleaner:
    """A batch-local cleaning function for ``datasets.Dataset.map(batched=True)``; see DatasetsCleaner."""
    return DatasetsCleaner(pipeline or default_pipeline(), dict(columns or {}), on_bad_record)

