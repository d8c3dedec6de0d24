"""clean(): the one-call path from input files to an output directory."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sized

from . import resume as checkpoints
from .pipeline import Pipeline, default_pipeline
from .read import PathLike, clean_str, read
from .report import Report
from .write import output_batch, write

__all__ = ["clean"]


def clean(
    inputs: PathLike | Iterable[PathLike],
    out: str | os.PathLike[str],
    *,
    pipeline: Pipeline | None = None,
    workers: int = 1,
    overwrite: bool = False,
    resume: bool = False,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Read ``inputs``, clean them with ``pipeline`` (default: ``default_pipeline()``), write to ``out``.

    ``resume``: checkpoint each input file's finished work in ``out/.newsclean-work/`` and
    reuse what an earlier, killed run with the same inputs and options left there; the
    output is the same bytes. ``progress`` is called with the number of articles in each
    finished batch.
    """
    source = read(inputs, columns=columns, on_bad_record=on_bad_record)
    pipe = pipeline or default_pipeline()
    names = [clean_str(str(f)) for f in source.files]  # as the articles' ``source`` names them
    if not resume:
        # Each batch leaves the worker that made it as its rows and counts (output_batch).
        batches = pipe.run(source, workers=workers, finish=output_batch)
        if progress is not None:
            batches = _reporting(batches, progress)
        return write(batches, out, overwrite=overwrite, pipeline=pipe.describe(), inputs=names)
    with checkpoints.locked(out):
        batches = checkpoints.resume(pipe, source, out, workers=workers, progress=progress)
        report = write(batches, out, overwrite=overwrite, pipeline=pipe.describe(), inputs=names)
        checkpoints.discard(out)  # after the commit: until then a restart needs them
    return report


def _reporting(batches: Iterable[Sized], progress: Callable[[int], None]) -> Iterator[Sized]:
    for batch in batches:
        yield batch
        progress(len(batch))
