"""Reading inputs into, and writing outputs from, Ray Data datasets.

Files are parsed by newsclean's own reader, one Ray task per file, so ids, ``source``
strings (``path:line``), decoding, compression and bad-record handling are exactly the
local engine's; Ray Data's generic JSON/Parquet readers know neither line numbers nor
``input.malformed``. Records already in a Dataset are numbered in dataset order, as
``from_records`` numbers them. Outputs are written by Ray Data as directories of Parquet
parts (``articles.parquet/part-000000.parquet``, …) in input order: pyarrow, pandas,
DuckDB and Spark read such a directory as one table.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import ray
import ray.data
from ray.data.datasource import FilenameProvider

from ..read import PathLike, ReadOptions, _BadRecord, _bad, _read_file, _record_article, resolve_inputs
from ..report import Report
from ..schema import ARTICLES, REMOVED, article_row, removed_rows
from ..write import _atomic_text, _prepare
from .broadcast import ordered
from .rows import FILE_BITS, ROWS, from_table, to_table

__all__ = ["read_dataset", "records_dataset", "is_rows", "articles", "removed", "write_dataset"]

_ROWS_PER_TABLE = 1024


def read_dataset(
    inputs: PathLike | Iterable[PathLike],
    *,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    max_chars: int = 10_000_000,
) -> ray.data.Dataset:
    """Articles (``ROWS``) from files, directories or globs, read by one Ray task per file.

    Paths are resolved on the driver (names only) and must be readable at the same path
    on every node: a shared filesystem.
    """
    options = ReadOptions(dict(columns or {}), on_bad_record, 256, max_chars)
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    files = resolve_inputs(inputs)
    items = [{"file": i, "path": str(path)} for i, path in enumerate(files)]
    ds = ordered(ray.data.from_items(items, override_num_blocks=max(1, len(items))))
    return ds.map_batches(_read_files, fn_kwargs={"options": options}, batch_size=1, batch_format="pyarrow")


def _read_files(files: pa.Table, options: ReadOptions) -> Iterator[pa.Table]:
    for file, path in zip(files.column("file").to_pylist(), files.column("path").to_pylist()):
        seqs, articles, yielded = [], [], False
        for position, article in enumerate(_read_file(Path(path), options)):
            seqs.append(file << FILE_BITS | position)
            articles.append(article)
            if len(articles) >= _ROWS_PER_TABLE:
                yield to_table(seqs, articles)
                seqs, articles, yielded = [], [], True
        if articles or not yielded:
            # A file without articles still yields a (empty) table of articles: a task that
            # yields nothing leaves Ray a block of the input's schema, which breaks the shuffles.
            yield to_table(seqs, articles)


def is_rows(ds: ray.data.Dataset) -> bool:
    """True when ``ds`` already holds articles (``ROWS``), e.g. from ``read_dataset``."""
    return {"seq", "source", "paragraphs"} <= set(ds.columns() or ())


def records_dataset(
    ds: ray.data.Dataset,
    *,
    source: str = "<records>",
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    max_chars: int = 10_000_000,
) -> ray.data.Dataset:
    """Articles (``ROWS``) from a Dataset of records (``text`` and optional ``id``, ``url``, …).

    Record ``n`` (1-based, in dataset order) gets the source ``<records>:n``, as with
    ``newsclean.from_records``. Numbering needs each block's row count, so the records are
    materialized once in the object store; only the counts reach the driver.
    """
    options = ReadOptions(dict(columns or {}), on_bad_record, 256, max_chars)
    before = ds.context.execution_options.preserve_order
    ds.context.execution_options.preserve_order = True
    try:
        blocks = ds.materialize().to_arrow_refs()
    finally:
        ds.context.execution_options.preserve_order = before
    counts = ray.get([_num_rows.remote(block) for block in blocks])
    starts = [0, *itertools.accumulate(counts)][:-1]
    tables = [_records_to_rows.remote(block, start, source, options) for block, start in zip(blocks, starts)]
    return ordered(ray.data.from_arrow_refs(tables) if tables else ray.data.from_arrow(ROWS.empty_table()))


@ray.remote
def _num_rows(table: pa.Table) -> int:
    return table.num_rows


@ray.remote
def _records_to_rows(table: pa.Table, start: int, source: str, options: ReadOptions) -> pa.Table:
    seqs, articles = [], []
    for n, record in enumerate(table.to_pylist(), start + 1):
        where = f"{source}:{n}"
        try:
            article = _record_article(record, where, None, options)
        except _BadRecord as err:
            article = _bad(where, where, json.dumps(record, ensure_ascii=False, default=str), str(err), options)
        seqs.append(n)
        articles.append(article)
    return to_table(seqs, articles)


def _output(table: pa.Table, kind: str) -> pa.Table:
    _, batch = from_table(table)
    if kind == "articles":
        return pa.Table.from_pylist([article_row(a) for a in batch if a.rejected is None], ARTICLES)
    return pa.Table.from_pylist([row for a in batch for row in removed_rows(a)], REMOVED)


def articles(ds: ray.data.Dataset) -> ray.data.Dataset:
    """The ``articles.parquet`` rows (``schema.ARTICLES``) of cleaned articles: kept ones, in order."""
    return ds.map_batches(_output, fn_kwargs={"kind": "articles"}, batch_format="pyarrow", batch_size=None)


def removed(ds: ray.data.Dataset) -> ray.data.Dataset:
    """The ``removed.parquet`` rows (``schema.REMOVED``) of cleaned articles, in order."""
    return ds.map_batches(_output, fn_kwargs={"kind": "removed"}, batch_format="pyarrow", batch_size=None)


class _Parts(FilenameProvider):
    """part-000000.parquet, … numbered by write task: names sort in input order."""

    def get_filename_for_task(self, write_uuid: str, task_index: int) -> str:
        return f"part-{task_index:06}.parquet"


def _partial_report(table: pa.Table) -> pa.Table:
    report = Report()
    report.extend(from_table(table)[1])
    return pa.table({"report": [json.dumps(report.to_dict())]})


def _merge(parts: Iterable[str], pipeline: Sequence[str], inputs: Sequence[str] = ()) -> Report:
    total = Report(pipeline=tuple(pipeline), inputs={name: Counter() for name in inputs})
    for text in parts:
        part = Report.from_dict(json.loads(text))
        for name in ("read", "kept", "rejected", "paragraphs_read", "paragraphs_kept", "chars_read", "chars_kept", "clusters"):
            setattr(total, name, getattr(total, name) + getattr(part, name))
        total.reasons.update(part.reasons)
        total.languages.update(part.languages)
        for name, counts in part.inputs.items():
            total.inputs.setdefault(name, Counter()).update(counts)
    return total


def _write_parquet(ds: ray.data.Dataset, path: Path, schema: pa.Schema) -> None:
    shutil.rmtree(path, ignore_errors=True)
    # OVERWRITE: the directory is our own fresh temporary one, and the part names carry no
    # write UUID (Ray refuses such names in its default APPEND mode).
    ds.write_parquet(str(path), filename_provider=_Parts(), mode=ray.data.SaveMode.OVERWRITE, compression="zstd", schema=schema)
    if not any(path.glob("*.parquet")):  # nothing to write still gives a readable, typed table
        path.mkdir(parents=True, exist_ok=True)
        pq.write_table(schema.empty_table(), path / "part-000000.parquet", compression="zstd")


def _replace(tmp: Path, final: Path) -> None:
    if final.is_dir() and not final.is_symlink():
        shutil.rmtree(final)
    elif final.exists() or final.is_symlink():
        final.unlink()
    os.replace(tmp, final)


def write_dataset(
    ds: ray.data.Dataset,
    out: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    pipeline: Sequence[str] = (),
    inputs: Sequence[str] = (),
) -> Report:
    """Write cleaned articles into ``out`` as the local ``write()`` does; return the Report.

    ``out`` must be a directory every node can write (a shared filesystem). The two
    tables are written to temporary directories and renamed into place once complete.
    ``inputs`` names the input files, so that one that held no article is counted (0 read).
    """
    out = Path(out)
    _prepare(out, overwrite)
    ds = ds.materialize()  # read three times: two tables and the report
    report = _merge((row["report"] for row in ds.map_batches(_partial_report, batch_format="pyarrow", batch_size=None)
                     .take_all()), pipeline, inputs)
    report.check()
    tmps = {name: out / f".{name}.{os.getpid()}.tmp" for name in ("articles.parquet", "removed.parquet")}
    try:
        _write_parquet(articles(ds), tmps["articles.parquet"], ARTICLES)
        _write_parquet(removed(ds), tmps["removed.parquet"], REMOVED)
    except BaseException:
        for tmp in tmps.values():
            shutil.rmtree(tmp, ignore_errors=True)
        raise
    for name, tmp in tmps.items():
        _replace(tmp, out / name)
    _atomic_text(out / "report.json", report.to_json())
    return report
