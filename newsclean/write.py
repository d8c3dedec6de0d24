"""write(): kept articles, removed units and the report, each file written atomically.

Rows are buffered into row groups of a fixed size, so the files are byte-identical
whatever the batch sizes or worker count that produced them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .article import Batch
from .errors import OutputError
from .report import Report
from .schema import ARTICLES, REMOVED, article_row, removed_rows

__all__ = ["write", "OUTPUT_FILES"]

OUTPUT_FILES = ("articles.parquet", "removed.parquet", "report.json")
ROW_GROUP_ROWS = 8192


class _ParquetSink:
    """A Parquet file written to a temporary name, in fixed-size row groups."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.schema = schema
        self.rows: list[dict[str, object]] = []
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")

    def add(self, row: dict[str, object]) -> None:
        self.rows.append(row)
        if len(self.rows) >= ROW_GROUP_ROWS:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, self.schema), row_group_size=ROW_GROUP_ROWS)
            self.rows = []

    def close(self) -> None:
        self.flush()
        self.writer.close()

    def abort(self) -> None:
        try:
            self.writer.close()
        finally:
            self.tmp.unlink(missing_ok=True)


def _prepare(out: Path, overwrite: bool) -> None:
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a directory. Choose another --out.")
    existing = [name for name in OUTPUT_FILES if (out / name).exists()]
    if existing and not overwrite:
        raise OutputError(
            f"{out}: already holds {', '.join(existing)}. Pass --overwrite to replace them, or choose another --out."
        )
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise OutputError(f"{out}: cannot create the output directory ({err.strerror}).") from err
    if not os.access(out, os.W_OK):
        raise OutputError(f"{out}: the output directory is not writable. Check its permissions or choose another --out.")


def _atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def write(
    batches: Iterable[Batch],
    out: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    pipeline: Sequence[str] = (),
) -> Report:
    """Write a stream of processed batches into ``out``; return the run's Report.

    Nothing appears in ``out`` until every batch is written: on an error the
    temporary files are removed and earlier outputs stay as they were.
    """
    out = Path(out)
    _prepare(out, overwrite)
    report = Report(pipeline=tuple(pipeline))
    sinks = []
    try:
        articles = _ParquetSink(out / "articles.parquet", ARTICLES)
        sinks.append(articles)
        removed = _ParquetSink(out / "removed.parquet", REMOVED)
        sinks.append(removed)
        for batch in batches:
            for article in batch:
                report.add(article)
                for row in removed_rows(article):
                    removed.add(row)
                if article.rejected is None:
                    articles.add(article_row(article))
        report.check()
        for sink in sinks:
            sink.close()
    except BaseException:
        for sink in sinks:
            sink.abort()
        raise
    for sink in sinks:
        os.replace(sink.tmp, sink.path)
    _atomic_text(out / "report.json", report.to_json())
    return report
