"""write(): kept articles, removed units and the report, each file written atomically.

Rows are buffered into row groups of a fixed size, so the files are byte-identical
whatever the batch sizes or worker count that produced them.

A batch becomes its rows and report counts in ``output_batch``, which the pipeline runs
in the worker that made the batch (``Pipeline.run(finish=...)``): the main process then
only appends Arrow columns and adds counts, instead of unpickling every article and
converting it row by row. Batches of articles are turned into rows here by the same
function, so both ways give the same bytes.

Crash safety: each file is written to ``.NAME.PID.tmp`` and renamed into place, and
``report.json`` is the commit marker: the old one is removed before the Parquet files
are replaced and the new one written last. So when ``report.json`` exists, the three
files are one finished run's; a run killed while committing leaves no report.json
(run again with --overwrite). Temporary files left by a killed run are removed by the
next run into the same directory.
"""

from __future__ import annotations

import operator
import os
import re
import shutil
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from .article import Batch
from .errors import OutputError
from .report import Report
from .schema import ARTICLES, REMOVED, article_row, removed_rows

__all__ = ["write", "OUTPUT_FILES", "OutputBatch", "output_batch"]

OUTPUT_FILES = ("articles.parquet", "removed.parquet", "report.json")
ROW_GROUP_ROWS = 8192


@dataclass(frozen=True, slots=True)
class OutputBatch:
    """What ``write`` needs of one batch: its rows of both files as Arrow record batches
    (cheap to send between processes: a few buffers, not an object per paragraph), its
    report counts, and its article ids (the pipeline checks the stage contract on them)."""

    ids: tuple[str, ...]
    articles: pa.RecordBatch
    removed: pa.RecordBatch
    report: Report

    def __len__(self) -> int:
        return len(self.ids)


def output_batch(batch: Batch) -> OutputBatch:
    """``batch``'s rows and counts, as ``write`` adds them."""
    report = Report()
    kept, removed = [], []
    for article in batch:
        report.add(article)
        removed.extend(removed_rows(article))
        if article.rejected is None:
            kept.append(article_row(article))
    return OutputBatch(tuple([a.id for a in batch]), _record_batch(kept, ARTICLES), _record_batch(removed, REMOVED), report)


_NUMBERS = {pa.int32(): np.int32, pa.float64(): np.float64}


def _record_batch(rows: list[dict[str, object]], schema: pa.Schema) -> pa.RecordBatch:
    """``pa.RecordBatch.from_pylist(rows, schema)`` for the output schemas, each column
    built from its buffers: converting a Python list with pyarrow imports pandas (about
    half a second in every worker process) only to check whether the list is one of its types."""
    if not rows:
        return _from_columns([[] for _ in schema], schema)
    # The rows turned into columns by zip (one tuple per column), not one look-up per cell.
    return _from_columns(list(zip(*map(operator.itemgetter(*schema.names), rows))), schema)


def _from_columns(columns: Sequence[Sequence[object]], schema: pa.Schema) -> pa.RecordBatch:
    """A record batch of ``schema`` from its columns of Python values, in schema order."""
    return pa.RecordBatch.from_arrays([_array(column, f.type) for column, f in zip(columns, schema)], schema=schema)


def _array(values: Sequence[object], type_: pa.DataType) -> pa.Array:
    """``pa.array(values, type_)`` for a string, int32 or float64 column (None = null)."""
    nulls = values.count(None)
    valid = None if not nulls else pa.py_buffer(np.packbits([v is not None for v in values], bitorder="little"))
    if type_ == pa.string():
        texts = values if not nulls else ["" if v is None else v for v in values]
        data = list(map(str.encode, texts))  # type: ignore[arg-type]  # UTF-8
        offsets = np.zeros(len(data) + 1, dtype=np.int32)
        np.cumsum(list(map(len, data)), out=offsets[1:])
        return pa.Array.from_buffers(type_, len(values), [valid, pa.py_buffer(offsets), pa.py_buffer(b"".join(data))], nulls)
    numbers = np.array([0 if v is None else v for v in values] if nulls else values, dtype=_NUMBERS[type_])
    return pa.Array.from_buffers(type_, len(values), [valid, pa.py_buffer(numbers)], nulls)


class _ParquetSink:
    """A Parquet file written to a temporary name, in fixed-size row groups."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.schema = schema
        self.parts: list[pa.RecordBatch] = []
        self.rows = 0
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")

    def add(self, rows: pa.RecordBatch) -> None:
        if rows.num_rows:
            self.parts.append(rows)
            self.rows += rows.num_rows
        while self.rows >= ROW_GROUP_ROWS:
            table = pa.Table.from_batches(self.parts, self.schema)
            self._write(table.slice(0, ROW_GROUP_ROWS))
            rest = table.slice(ROW_GROUP_ROWS)
            self.parts, self.rows = rest.to_batches(), rest.num_rows

    def flush(self) -> None:
        if self.rows:
            self._write(pa.Table.from_batches(self.parts, self.schema))
            self.parts, self.rows = [], 0

    def _write(self, table: pa.Table) -> None:
        # One contiguous chunk per column, as one conversion of the rows would give:
        # the file's bytes do not depend on how the rows arrived.
        self.writer.write_table(table.combine_chunks(), row_group_size=ROW_GROUP_ROWS)

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
    _atomic_bytes(path, text.encode("utf-8"))


def _atomic_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path``: a reader
    never sees half a file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write(
    batches: Iterable[Batch | OutputBatch],
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
    A batch may come as its ``output_batch`` already (made in a worker process).
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
            part = batch if isinstance(batch, OutputBatch) else output_batch(batch)
            report.merge(part.report)
            removed.add(part.removed)
            articles.add(part.articles)
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

