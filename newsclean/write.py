"""write(): kept articles, removed units and the report, each file written atomically.

Rows are buffered into row groups of a fixed size, so the files are byte-identical
whatever the batch sizes or worker count that produced them.

Crash safety: each file is written to ``.NAME.PID.tmp`` and renamed into place, and
``report.json`` is the commit marker: the old one is removed before the Parquet files
are replaced and the new one written last. So when ``report.json`` exists, the three
files are one finished run's; a run killed while committing leaves no report.json
(run again with --overwrite). Temporary files left by a killed run are removed by the
next run into the same directory.
"""

from __future__ import annotations

import os
import re
import shutil
from collections import Counter
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
    _remove_stale_temporaries(out)


_TEMPORARY = re.compile(r"\.(?P<name>.+)\.(?P<pid>\d+)\.tmp")


def _remove_stale_temporaries(out: Path) -> None:
    """Remove the temporary files of earlier runs into ``out`` that were killed (their process is gone)."""
    for path in out.glob(".*.tmp"):
        match = _TEMPORARY.fullmatch(path.name)
        if match is None or match["name"] not in OUTPUT_FILES:
            continue
        pid = int(match["pid"])
        if pid != os.getpid() and not _alive(pid):
            path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    return True


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
    inputs: Sequence[str] = (),
) -> Report:
    """Write a stream of processed batches into ``out``; return the run's Report.

    Nothing appears in ``out`` until every batch is written: on an error the
    temporary files are removed and earlier outputs stay as they were. ``inputs``
    names the input files, so that one that held no article is still counted (0 read).
    """
    out = Path(out)
    _prepare(out, overwrite)
    report = Report(pipeline=tuple(pipeline), inputs={name: Counter() for name in inputs})
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
    except BaseException as err:
        for sink in sinks:
            sink.abort()
        if isinstance(err, OSError) and not isinstance(err, OutputError):
            # Input errors are InputErrors by now; a bare OSError is the disk (full, gone, read-only).
            raise OutputError(f"{out}: writing failed ({err}). Free space or check permissions, then run again.") from err
        raise
    try:
        (out / "report.json").unlink(missing_ok=True)  # commit: no marker while the files change
        for sink in sinks:
            if sink.path.is_dir():  # the Ray engine writes a directory of parts; --overwrite replaces it
                shutil.rmtree(sink.path)
            os.replace(sink.tmp, sink.path)
        _atomic_text(out / "report.json", report.to_json())
    except OSError as err:
        raise OutputError(f"{out}: writing failed ({err}). Free space or check permissions, then run again.") from err
    return report

