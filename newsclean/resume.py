"""Resumable runs: checkpoints per input file, so that a killed run goes on where it stopped.

The work lives in ``OUT/.newsclean-work/``, under a key made of everything the output
depends on: newsclean's version and code, the pipeline, the read options and the input
files (in order, with size and modification time). Another key discards it and starts over.

The pipeline is cut before each corpus stage, into phases that end with article-local
stages (where the CPU goes). Each phase's output is checkpointed per input file (shard):

    phase 0    per shard: the article-local stages before the first corpus stage
    phase n    corpus stage n over every shard's phase n-1 output, in input order (its
               first pass, if any, comes first: per shard with ``fit_shard``, else
               whole), cut back into shards by article count; then the article-local
               stages up to the next corpus stage, for the shards not done yet

A restart recomputes no article-local work: only corpus stages run again, and they are
cheap by design. Every checkpoint is written to a temporary name, fsynced and renamed,
so a kill never leaves a partial file under a name that is trusted. Checkpoints of a
phase are deleted once the next phase is done, and the work directory once the outputs
are committed.
"""

from __future__ import annotations

import collections
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import pickle
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import IO

from .article import Batch
from .errors import InputError, OutputError, StageError
from .pipeline import Pipeline, Stage, _is_local, _needs_fit, _Runner, _Workers, pickled
from .read import Source

__all__ = ["resume", "locked", "discard", "WORK_DIR"]

log = logging.getLogger(__name__)

WORK_DIR = ".newsclean-work"
_FORMAT = 2  # bump when the checkpoint layout changes: old work is then discarded


def run_key(pipeline: Pipeline, source: Source) -> dict[str, object]:
    """Everything the output depends on. Workers are left out: the output does not depend on them."""
    options = source.options
    return {
        "format": _FORMAT,
        "newsclean": _version(),
        "code": CODE_DIGEST,  # a development checkout changes without a new version
        "python": f"{sys.version_info[0]}.{sys.version_info[1]}",  # pickle and NumPy files
        "pipeline": pipeline.describe(),
        "read": {
            "columns": dict(sorted(options.columns.items())),
            "on_bad_record": options.on_bad_record,
            "batch_size": options.batch_size,
            "max_chars": options.max_chars,
        },
        # In the order given: it is the order of the output.
        "inputs": [_identity(p) for p in source.files],
    }


def _version() -> str:
    try:
        return version("newsclean")
    except PackageNotFoundError:  # run from a source tree that was not installed
        return "unknown"


def _code_digest() -> str:
    """Digest of newsclean's own modules and data files."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in (".py", ".toml")):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()


# Taken when newsclean is imported (clean.py imports this module), so that it describes
# the code this process runs even if the files are edited while it runs.
CODE_DIGEST = _code_digest()


def _identity(path: Path) -> list[object]:
    try:
        stat = path.stat()
    except OSError as err:
        raise InputError(f"{path}: cannot be read ({err.strerror}). Check the path.") from err
    return [str(path.resolve()), stat.st_size, stat.st_mtime_ns]


def resume(
    pipeline: Pipeline,
    source: Source,
    out: str | os.PathLike[str],
    *,
    workers: int = 1,
    progress: Callable[[int], None] | None = None,
) -> Iterator[Batch]:
    """``pipeline.run(source)``, checkpointed in ``out``'s work directory; same output.

    Lazy, so that the writer can check ``out`` before any work is done. ``progress`` is
    called with the article count of each batch of the last phase, done or resumed.
    """
    shards = source.shards()
    work = _open_work(Path(out) / WORK_DIR, run_key(pipeline, source))
    phases = _phases(pipeline.stages)
    # A phase's checkpoints are deleted once the next phase is done: go on after the last done phase.
    done = [all((work / f"phase-{n}" / f"{k}.pkl").exists() for k in range(len(shards))) for n in range(len(phases))]
    first = min(max((n + 1 for n in range(len(phases)) if done[n]), default=0), len(phases) - 1)
    for n in range(first):
        log.info("phase %d (%s): %d of %d shards resumed from checkpoints", n, _names(phases[n]), len(shards), len(shards))
    with _Workers.for_stages(pipeline.stages, workers) as pool:
        for n in range(first, len(phases)):
            corpus, local = phases[n]
            _run_phase(work, n, corpus, local, shards, pool, progress if n == len(phases) - 1 else None)
    last = work / f"phase-{len(phases) - 1}"
    for k in range(len(shards)):
        yield from _load(last / f"{k}.pkl")


@contextlib.contextmanager
def locked(out: str | os.PathLike[str]) -> Iterator[None]:
    """Hold ``out`` for one resumable run: a second run resuming into it at the same
    time would interleave checkpoints. An advisory lock on the directory itself (Linux
    and macOS), released by the system if the process is killed."""
    path = Path(out)
    path.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(
                f"{path}: another newsclean run is resuming into this directory; wait for it to end, "
                "or give a different --out"
            ) from None
        yield
    finally:
        os.close(fd)


def discard(out: str | os.PathLike[str]) -> None:
    """Remove the work directory of ``out``: its run is committed."""
    shutil.rmtree(Path(out) / WORK_DIR, ignore_errors=True)


# ---------------------------------------------------------------------------- phases

Phase = tuple[Stage | None, list[Stage]]


def _phases(stages: Sequence[Stage]) -> list[Phase]:
    """(corpus stage or None, the article-local stages after it) for each phase."""
    phases: list[Phase] = [(None, [])]
    for stage in stages:
        if _is_local(stage):
            phases[-1][1].append(stage)
        else:
            phases.append((stage, []))
    return phases


def _names(phase: Phase) -> str:
    corpus, local = phase
    return "+".join(type(s).__name__ for s in ([corpus] if corpus else []) + local) or "read"


def _run_phase(
    work: Path,
    n: int,
    corpus: Stage | None,
    local: list[Stage],
    shards: list[Source],
    pool: _Workers,
    progress: Callable[[int], None] | None,
) -> None:
    here = work / f"phase-{n}"
    here.mkdir(exist_ok=True)
    done = [(here / f"{k}.pkl").exists() for k in range(len(shards))]
    log.info("phase %d (%s): %d of %d shards resumed from checkpoints", n, _names((corpus, local)), sum(done), len(shards))
    if progress is not None:
        for k in (k for k in range(len(shards)) if done[k]):
            progress(_count(here / f"{k}.pkl"))
    if all(done):
        shutil.rmtree(work / f"phase-{n - 1}", ignore_errors=True)
        return
    pending = [k for k in range(len(shards)) if not done[k]]
    if corpus is None:
        inputs: Iterable[Iterable[Batch]] = (shards[k] for k in pending)
    else:
        before = work / f"phase-{n - 1}"
        corpus = _fitted(corpus, work, n, before, len(shards))
        counts = [_count(before / f"{k}.pkl") for k in range(len(shards))]
        stream = _Runner([corpus], 1).stream((b for k in range(len(shards)) for b in _load(before / f"{k}.pkl")), pool)
        inputs = _pending_parts(_Cutter(stream, counts), done)
    counted = _Counted(inputs)
    cutter = _Cutter(_Runner(local, pool.workers).stream(counted, pool), counted.counts)
    for j, k in enumerate(pending):
        part = cutter.part(j)
        if progress is not None:
            part = _reporting(part, progress)
        _commit(here / f"{k}.pkl", lambda fh, part=part: _save(fh, part))  # type: ignore[misc]
    cutter.finish()
    shutil.rmtree(work / f"phase-{n - 1}", ignore_errors=True)


def _fitted(stage: Stage, work: Path, n: int, before: Path, shards: int) -> Stage:
    """``stage`` fitted on the phase n-1 outputs (its input): per shard when it can, else whole."""
    if not _needs_fit(stage):
        return stage
    fit = stage.fit  # type: ignore[attr-defined]
    fit_shard, fit_shards = getattr(stage, "fit_shard", None), getattr(stage, "fit_shards", None)
    if callable(fit_shard) and callable(fit_shards):
        here = work / f"fit-{n}"
        here.mkdir(exist_ok=True)
        done = sum((here / f"{k}.pkl").exists() for k in range(shards))
        log.info("first pass of %s: %d of %d shards resumed from checkpoints", type(stage).__name__, done, shards)
        for k in range(shards):
            path = here / f"{k}.pkl"
            if not path.exists():
                # One state per batch, streamed to the file: a shard's state is never whole in memory.
                states = (fit_shard([batch]) for batch in _load(before / f"{k}.pkl"))
                _commit(path, lambda fh, states=states: _dump_all(fh, states))  # type: ignore[misc]
        return fit_shards(state for k in range(shards) for state in _load_all(here / f"{k}.pkl"))  # type: ignore[no-any-return]
    path = work / f"fit-{n}.pkl"
    name = type(stage).__name__
    if path.exists():
        log.info("first pass of %s: resumed from checkpoint", name)
        with path.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    log.info("first pass of %s: whole corpus", name)
    fitted = fit(b for k in range(shards) for b in _load(before / f"{k}.pkl"))
    try:
        data = pickle.dumps(fitted, protocol=pickle.HIGHEST_PROTOCOL)
    except (TypeError, AttributeError, pickle.PicklingError) as err:
        log.info("first pass of %s: not checkpointed, done again after a restart (cannot pickle: %s)", name, err)
        return fitted  # type: ignore[no-any-return]
    _commit(path, lambda fh: fh.write(data))
    return fitted  # type: ignore[no-any-return]


def _pending_parts(cutter: _Cutter, done: list[bool]) -> Iterator[Iterator[Batch]]:
    """The corpus stage's output of each pending shard; that of done shards is only drained."""
    for k, finished in enumerate(done):
        part = cutter.part(k)
        if finished:
            collections.deque(part, maxlen=0)
        else:
            yield part
    cutter.finish()


def _reporting(batches: Iterable[Batch], progress: Callable[[int], None]) -> Iterator[Batch]:
    for batch in batches:
        yield batch
        progress(len(batch))


# ---------------------------------------------------------------------------- shards in one stream


class _Counted:
    """The shards' batches as one stream (one pool keeps busy across shards); notes each
    shard's article count in ``counts`` when it ends."""

    def __init__(self, shards: Iterable[Iterable[Batch]]) -> None:
        self.shards = shards
        self.counts: list[int] = []

    def __iter__(self) -> Iterator[Batch]:
        for shard in self.shards:
            n = 0
            for batch in shard:
                n += len(batch)
                yield batch
            self.counts.append(n)


class _Cutter:
    """One ordered stream of batches cut back into shards by their article counts.

    ``counts`` may grow while the stream is read. An article never comes out of a stage
    before it went in, so a batch that arrives while the current shard's count is still
    unknown belongs to that shard.
    """

    def __init__(self, batches: Iterable[Batch], counts: list[int]) -> None:
        self.batches = iter(batches)
        self.counts = counts
        self.rest: Batch = []

    def _complete(self, k: int, taken: int) -> bool:
        return len(self.counts) > k and taken == self.counts[k]

    def part(self, k: int) -> Iterator[Batch]:
        """The batches of shard ``k``; read each part to its end before asking for the next."""
        taken = 0
        while not self._complete(k, taken):
            if not self.rest:
                batch = next(self.batches, None)
                if batch is None and not self._complete(k, taken):
                    raise StageError(f"the pipeline's output ended inside input shard {k}: articles were lost")
                self.rest = batch or []
                continue
            size = self.counts[k] - taken if len(self.counts) > k else len(self.rest)
            head, self.rest = self.rest[:size], self.rest[size:]
            taken += len(head)
            yield head

    def finish(self) -> None:
        """Read the stream to its end (the runner checks there that no article was lost)."""
        for batch in self.batches:
            if batch or self.rest:
                raise StageError("the pipeline's output has more articles than its input")


# ---------------------------------------------------------------------------- files


def _open_work(work: Path, key: dict[str, object]) -> Path:
    """The work directory for ``key``: reused if it holds the same run's, else started afresh."""
    digest = hashlib.sha256(json.dumps(key, sort_keys=True).encode("utf-8")).hexdigest()
    run = work / "run.json"
    try:
        found = json.loads(run.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        found = {}
    if not isinstance(found, dict) or found.get("key") != digest:
        if work.exists():
            differ = [name for name in key if not isinstance(found, dict) or found.get(name) != key[name]]
            log.info("%s: discarding the checkpoints of another run (%s differ)", work, ", ".join(differ) or "key")
            shutil.rmtree(work)
        work.mkdir(parents=True)
        _commit(run, lambda fh: fh.write(json.dumps({"key": digest, **key}, indent=1).encode("utf-8")))
    else:
        log.info("%s: resuming from the checkpoints found here", work)
        _remove_temporaries(work)
    return work


def _remove_temporaries(work: Path) -> None:
    from .write import _alive

    for path in work.rglob(".*.tmp"):
        pid = path.name.rsplit(".", 2)[-2]
        if not pid.isdigit() or not _alive(int(pid)):
            path.unlink(missing_ok=True)


def _commit(path: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write ``path`` atomically and durably: a temporary file, fsynced, renamed, directory fsynced."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


_HEADER = 8  # the shard's article count, little-endian, before the pickled batches


def _save(fh: IO[bytes], batches: Iterable[Batch]) -> None:
    fh.write(bytes(_HEADER))
    n = 0
    for batch in batches:
        pickle.dump(batch, fh, protocol=pickle.HIGHEST_PROTOCOL)
        n += len(batch)
    fh.seek(0)
    fh.write(n.to_bytes(_HEADER, "little"))
    fh.seek(0, os.SEEK_END)


def _dump_all(fh: IO[bytes], objects: Iterable[object]) -> None:
    for obj in objects:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)


def _load_all(path: Path) -> Iterator[object]:
    with path.open("rb") as fh:
        yield from pickled(fh)


def _count(path: Path) -> int:
    with path.open("rb") as fh:
        return int.from_bytes(fh.read(_HEADER), "little")


def _load(path: Path) -> Iterator[Batch]:
    with path.open("rb") as fh:
        fh.seek(_HEADER)
        yield from pickled(fh)  # type: ignore[misc]
