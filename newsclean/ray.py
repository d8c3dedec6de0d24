"""newsclean on Ray Data: the same pipeline, the same output, on a cluster.

    >>> import ray, newsclean.ray                                        # doctest: +SKIP
    >>> ds = newsclean.ray.clean_dataset(ray.data.read_parquet("s3://bucket/news/"))
    >>> newsclean.ray.articles(ds).write_parquet("s3://bucket/clean/")
    >>> newsclean.ray.clean(["feeds/"], "out/", address="auto")           # files -> out/

Article-local stages run as ``map_batches`` over Arrow blocks; the corpus stages run as
their distributed algorithms (see ``newsclean/distributed/``). Results equal the local
engine's: the same kept articles, reasons, clusters and survivors, in the same order.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

try:
    import ray
    import ray.data
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError("newsclean.ray needs Ray Data: pip install 'newsclean[ray]'") from err

from .distributed.engine import clean_dataset, run
from .distributed.io import articles, read_dataset, removed, write_dataset
from .errors import NewscleanError
from .pipeline import Pipeline, default_pipeline
from .read import PathLike, clean_str, resolve_inputs
from .report import Report
from .write import _prepare

__all__ = ["clean", "clean_dataset", "read_dataset", "write_dataset", "articles", "removed", "connect"]


def connect(address: str | None = None) -> None:
    """Join the Ray cluster at ``address`` ("auto": the one this node belongs to); without
    one, start a local Ray instance. Does nothing when Ray is already initialized."""
    if not ray.is_initialized():
        ray.init(address=address)


def clean(
    inputs: PathLike | Iterable[PathLike],
    out: str | os.PathLike[str],
    *,
    pipeline: Pipeline | None = None,
    overwrite: bool = False,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    address: str | None = None,
) -> Report:
    """``newsclean.clean`` on Ray: read ``inputs``, clean, write ``out``; return the Report.

    Inputs and ``out`` must be on a filesystem every node sees at the same path.
    """
    _prepare(Path(out), overwrite)  # fail before any work
    connect(address)
    pipe = pipeline or default_pipeline()
    try:
        files = [clean_str(str(f)) for f in resolve_inputs([inputs] if isinstance(inputs, (str, os.PathLike)) else inputs)]
        ds = run(pipe, read_dataset(files, columns=columns, on_bad_record=on_bad_record))
        return write_dataset(ds, out, overwrite=overwrite, pipeline=pipe.describe(), inputs=files)
    except Exception as err:
        cause = _newsclean_cause(err)
        if cause is None:
            raise
        raise cause.with_traceback(None) from None


def _newsclean_cause(err: BaseException) -> NewscleanError | None:
    """The newsclean error a Ray task raised, under Ray's wrappers: its message says how to fix."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [err]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, NewscleanError) and not isinstance(current, ray.exceptions.RayError):
            return current
        stack += [current.__cause__, current.__context__, getattr(current, "cause", None)]
    return None
