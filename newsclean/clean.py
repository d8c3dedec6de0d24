"""clean(): the one-call path from input files to an output directory."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping

from .article import Batch
from .pipeline import Pipeline, default_pipeline
from .read import PathLike, read
from .report import Report
from .write import write

__all__ = ["clean"]


def clean(
    inputs: PathLike | Iterable[PathLike],
    out: str | os.PathLike[str],
    *,
    pipeline: Pipeline | None = None,
    workers: int = 1,
    overwrite: bool = False,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Read ``inputs``, clean them with ``pipeline`` (default: ``default_pipeline()``), write to ``out``.

    ``progress`` is called with the number of articles in each finished batch.
    """
    source = read(inputs, columns=columns, on_bad_record=on_bad_record)
    pipe = pipeline or default_pipeline()
    batches = pipe.run(source, workers=workers)
    if progress is not None:
        batches = _reporting(batches, progress)
    return write(batches, out, overwrite=overwrite, pipeline=pipe.describe())


def _reporting(batches: Iterable[Batch], progress: Callable[[int], None]) -> Iterator[Batch]:
    for batch in batches:
        yield batch
        progress(len(batch))
