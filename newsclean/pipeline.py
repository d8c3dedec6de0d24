"""Stages, the Pipeline and its runner.

A stage takes a stream of article batches and gives back the same articles, in the
same order, annotated. Two kinds:

* article-local stages define ``apply(article) -> article``; the runner may run a
  run of them in worker processes, batch by batch, order preserved;
* corpus stages only define ``__call__(batches)`` and hold state across the stream;
  they run in the main process. A corpus stage that must know corpus statistics
  before deciding defines ``fit(batches) -> Stage``; the pipeline then makes a first
  pass over the (re-iterable) source up to that stage. A stage that needs a fit and
  also defines ``apply`` says with ``fitted`` whether it has been fitted: once it has,
  it is article-local (a look-up) and runs in the workers with its neighbours;
* a fitted stage whose look-up needs each article's input position (near-duplicate
  decisions are made per position: two copies can share an id) defines
  ``apply_batch(batch, start)`` instead, ``start`` being the position of the batch's
  first article. It runs in the workers too: the runner knows every batch's position.

``run(finish=...)`` lets the caller turn each output batch into what it needs (the
writer: Arrow rows and report counts) in the worker that made it, so the main process
neither unpickles whole articles nor converts them row by row.
"""

from __future__ import annotations

import collections
import dataclasses
import functools
import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import IO, Protocol, TypeVar, runtime_checkable

from .article import Article, Batch
from .errors import StageError

__all__ = ["Stage", "LocalStage", "ArticleStage", "Pipeline", "RejectEmpty", "default_pipeline"]

log = logging.getLogger(__name__)

T = TypeVar("T")
J = TypeVar("J")


@runtime_checkable
class Stage(Protocol):
    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]: ...


@runtime_checkable
class LocalStage(Stage, Protocol):
    def apply(self, article: Article, /) -> Article: ...


class ArticleStage:
    """Mixin for article-local stages: ``__call__`` maps ``apply`` over kept articles.

    Rejected articles pass through untouched.
    """

    def apply(self, article: Article, /) -> Article:  # pragma: no cover - overridden
        raise NotImplementedError

    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]:
        apply = self.apply
        for batch in batches:
            yield [a if a.rejected is not None else apply(a) for a in batch]


CONTENT_EMPTY = "content.empty"


@dataclass(frozen=True, slots=True)
class RejectEmpty(ArticleStage):
    """Reject articles whose every paragraph was dropped: nothing is left to write."""

    REASONS = (CONTENT_EMPTY,)

    def apply(self, article: Article, /) -> Article:
        if any(p.dropped is None for p in article.paragraphs):
            return article
        return article.reject(CONTENT_EMPTY, "every paragraph was removed")


def _is_local(stage: object) -> bool:
    return callable(getattr(stage, "apply", None)) and not _needs_fit(stage)


def _is_positional(stage: object) -> bool:
    """A fitted look-up by input position: ``apply_batch(batch, start)``."""
    return callable(getattr(stage, "apply_batch", None)) and not _needs_fit(stage) and not _is_local(stage)


def _in_workers(stage: object) -> bool:
    """Whether ``stage`` can run batch by batch in a worker process."""
    return _is_local(stage) or _is_positional(stage)


def _looks_up_once_fitted(stage: object) -> bool:
    """Whether ``stage``, once fitted, runs in the workers (``apply`` or ``apply_batch``)."""
    return callable(getattr(stage, "apply", None)) or callable(getattr(stage, "apply_batch", None))


def _needs_fit(stage: object) -> bool:
    return callable(getattr(stage, "fit", None)) and not getattr(stage, "fitted", False)


def _fits_in_parts(stage: object) -> bool:
    """Whether ``stage`` can learn from parts of the corpus: ``fit_shard(batches)`` gives a
    part's state, ``fit_shards(states)`` the fitted stage."""
    return callable(getattr(stage, "fit_shard", None)) and callable(getattr(stage, "fit_shards", None))


def _describe(stage: object) -> str:
    if dataclasses.is_dataclass(stage):
        fields = ", ".join(
            f"{f.name}={getattr(stage, f.name)!r}" for f in dataclasses.fields(stage) if f.repr and not f.name.endswith("_")
        )
        return f"{type(stage).__name__}({fields})"
    return repr(stage)


@dataclass(frozen=True)
class Pipeline:
    """A tuple of stages and the runner that streams batches through them."""

    stages: tuple[Stage, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "stages", tuple(self.stages))
        for stage in self.stages:
            if not callable(stage):
                raise TypeError(f"{stage!r} is not a stage: it must be callable on an iterable of batches")

    def describe(self) -> list[str]:
        """One line per stage: its class and configuration (deterministic, for report.json)."""
        return [_describe(s) for s in self.stages]

    def fit(self, source: Iterable[Batch], *, workers: int = 1) -> Pipeline:
        """The pipeline with every stage that learns from the corpus fitted on ``source``."""
        with _Workers.for_stages(self.stages, workers) as pool:
            return self._fit(source, pool)

    def _fit(self, source: Iterable[Batch], pool: _Workers) -> Pipeline:
        stages = list(self.stages)
        for i, stage in enumerate(stages):
            if not _needs_fit(stage):
                continue
            log.info("first pass: fitting %s", type(stage).__name__)
            prefix = tuple(stages[:i])
            if _fits_in_parts(stage) and all(_in_workers(s) for s in prefix):
                # The first pass in the workers: each returns its batch's part of the state
                # (small), not the batch.
                stages[i] = stage.fit_shards(pool.fit_parts(prefix, stage, source))  # type: ignore[attr-defined]
            else:
                stages[i] = stage.fit(_Runner(prefix, pool.workers).stream(source, pool))  # type: ignore[attr-defined]
        return Pipeline(tuple(stages))

    def run(
        self, source: Iterable[Batch], *, workers: int = 1, finish: Callable[[Batch], T] | None = None
    ) -> Iterator[Batch] | Iterator[T]:
        """Stream ``source`` through every stage; fits first if a stage needs it.

        ``workers`` > 1 runs article-local stages in that many processes; the output is
        the same for every worker count. Lazy: nothing runs before the first batch is asked
        for, so a writer can refuse its output directory before the first pass.
        ``finish`` (a module-level function, as it is pickled by name) turns each output
        batch into what the caller needs, such as ``write.output_batch``; it runs in the
        worker that made the batch when the last stage runs in the workers, so the main
        process receives only that. Its result must have the batch's article ids as ``ids``.
        """
        with _Workers.for_stages(self.stages, workers) as pool:
            cuts = self._handoff()
            if cuts is not None:
                yield from self._run_handed_off(source, pool, cuts, finish)
                return
            pipeline = self._fit(source, pool) if any(_needs_fit(s) for s in self.stages) else self
            yield from _Runner(pipeline.stages, pool.workers, finish).stream(source, pool)

    def _handoff(self) -> tuple[int, ...] | None:
        """The stages whose first passes can each start from the previous pass's output.

        That is when every stage that needs a fit learns in parts and is a look-up once
        fitted, and the other stages before the last of them run in the workers: each
        pass then runs, in the workers, the stages since the previous fit, keeps their
        output and sends the main process only the small part of the fit state, so no
        stage runs twice and the source is read once. In the default pipeline: Normalize
        then the site counts; the site look-up to SignArticles then the near-duplicate
        signatures; near-duplicate marks and DetectLanguage on the way to the writer.
        None when that does not hold.
        """
        needing = tuple(i for i, s in enumerate(self.stages) if _needs_fit(s))
        if not needing:
            return None
        for i, stage in enumerate(self.stages[: needing[-1] + 1]):
            if i in needing and not (_fits_in_parts(stage) and _looks_up_once_fitted(stage)):
                return None
            if i not in needing and not _in_workers(stage):
                return None
        return needing

    def _run_handed_off(
        self, source: Iterable[Batch], pool: _Workers, cuts: Sequence[int], finish: Callable[[Batch], T] | None = None
    ) -> Iterator[Batch] | Iterator[T]:
        """One pass per fitted stage, each over the output the previous one kept in a
        temporary directory; then the last fitted stage and the rest on the last output.
        Same batches as ``_fit`` then a stream over ``source``: the stages of each pass
        run in the workers batch by batch, so each batch they give is the same whichever
        pass computes it."""
        stages = list(self.stages)
        batches: Iterable[Batch | _Kept] = _unparsed(source)
        start = 0
        with tempfile.TemporaryDirectory(prefix="newsclean-handoff-") as directory:
            for n, cut in enumerate(cuts):
                segment, stage = tuple(stages[start:cut]), stages[cut]
                log.info("pass %d: fitting %s (keeping the output of %s)", n + 1, type(stage).__name__, _names(segment))
                kept: list[_Kept] = []
                parts = pool.fit_parts_keeping(segment, stage, batches, os.path.join(directory, f"pass-{n}"), kept)
                stages[cut] = stage.fit_shards(parts)  # type: ignore[attr-defined]
                batches, start = _handed_on(kept), cut
            yield from _Runner(stages[start:], pool.workers, finish).stream(batches, pool)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- runner

_WORKER_JOBS: dict[str, object] = {}  # path -> a segment, or (segment, stage) of a first pass


def _init_worker() -> None:
    threading.Thread(target=_exit_with_parent, daemon=True).start()
    collect_garbage_rarely()


def collect_garbage_rarely() -> None:
    """Set this process's cyclic garbage collector for batch work: collect less often.

    A cleaning process keeps large caches (paragraph words, cue masks, stopword votes)
    and a batch of articles alive. With CPython's default thresholds (700, 10, 10) a full
    collection traverses all of them again every few batches: 11% of a worker's CPU on
    10,000 articles, 18% on 100,000. Stages make almost no reference cycles (records are
    frozen, nothing points back), so collecting young objects every 20,000 allocations
    instead of every 700, and older ones rarely, frees the same memory (peak memory did
    not grow). Called in the worker processes and by the CLI: processes newsclean owns.
    The output does not depend on it.
    """
    gc.set_threshold(20_000, 50, 100)


def _exit_with_parent() -> None:
    """End this worker when the main process is gone: killed (SIGKILL), it cannot stop its
    pool, and an orphaned worker would wait for work forever."""
    parent = multiprocessing.parent_process()
    if parent is not None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)


def _apply_segment(segment: Sequence[LocalStage], batch: Batch, start: int = 0) -> Batch:
    """``batch`` through ``segment``; ``start``, the input position of its first article,
    is needed only by positional stages."""
    for stage in segment:
        if _is_local(stage):
            apply = stage.apply
            batch = [a if a.rejected is not None else apply(a) for a in batch]
        else:
            batch = stage.apply_batch(batch, start)  # type: ignore[attr-defined]
    return batch


def _in_worker(path: str) -> object:
    # Each worker unpickles a job once, so the stages' lazily loaded resources
    # (language profiles, cue lexicon, a fitted stage's counts) load once per process.
    job = _WORKER_JOBS.get(path)
    if job is None:
        with open(path, "rb") as fh:
            job = _WORKER_JOBS[path] = pickle.load(fh)
    return job


def _apply_in_worker(path: str, job: tuple[Batch | _Kept, int]) -> Batch:
    batch, start = job
    return _apply_segment(_in_worker(path), _loaded(batch), start)  # type: ignore[arg-type]


def _apply_and_finish_in_worker(path: str, job: tuple[Batch | _Kept, int]) -> object:
    segment, finish = _in_worker(path)  # type: ignore[misc]
    batch, start = job
    return finish(_apply_segment(segment, _loaded(batch), start))


def _names(stages: Sequence[object]) -> str:
    return "+".join(type(s).__name__ for s in stages)


@dataclass(frozen=True, slots=True)
class _Kept:
    """A batch a pass wrote to ``path`` (pickled) for the next pass, and its article ids:
    the main process checks the stage contract without loading it. The ids are held
    pickled, one bytes object per batch: the main process keeps them for the whole
    corpus until the next pass reaches the batch."""

    path: str
    packed_ids: bytes
    size: int

    @classmethod
    def of(cls, path: str, batch: Batch) -> _Kept:
        return cls(path, pickle.dumps(tuple([a.id for a in batch]), protocol=pickle.HIGHEST_PROTOCOL), len(batch))

    @property
    def ids(self) -> tuple[str, ...]:
        ids: tuple[str, ...] = pickle.loads(self.packed_ids)
        return ids

    def load(self) -> Batch:
        """The batch; the file is removed, as each kept batch is read once."""
        with open(self.path, "rb") as fh:
            batch: Batch = pickle.load(fh)
        os.remove(self.path)
        return batch


def pickled(fh: IO[bytes]) -> Iterator[object]:
    """The objects pickled one after another into ``fh``, from its position to its end:
    how spill files and checkpoints are read back."""
    while True:
        try:
            yield pickle.load(fh)
        except EOFError:
            return


def _loaded(batch: Batch | _Kept) -> Batch:
    """The articles of a batch given as a list, or as something to load (``_Kept``, ``read.Unparsed``)."""
    return batch if isinstance(batch, list) else batch.load()


def _unparsed(source: Iterable[Batch]) -> Iterable[Batch]:
    """``source``'s batches, left for the workers to parse where the source can (``read.Source.unparsed``)."""
    unparsed = getattr(source, "unparsed", None)
    return unparsed() if callable(unparsed) else source  # type: ignore[no-any-return]


def _handed_on(kept: list[_Kept]) -> Iterator[_Kept]:
    """The kept batches in order, each forgotten once given (its ids are no longer held)."""
    kept.reverse()
    while kept:
        yield kept.pop()


def _ids(batch: Batch | _Kept) -> Iterable[str]:
    """The article ids of a batch, or of what stands for it (``_Kept``, a ``finish`` result)."""
    return (a.id for a in batch) if isinstance(batch, list) else batch.ids  # type: ignore[attr-defined]


def _positioned(batches: Iterable[T]) -> Iterator[tuple[T, int]]:
    """Each batch with the input position of its first article."""
    start = 0
    for batch in batches:
        yield batch, start
        start += len(batch) if isinstance(batch, list) else batch.size  # type: ignore[attr-defined]


def _fit_and_keep(segment: Sequence[LocalStage], stage: Stage, batch: Batch, start: int, out: str) -> tuple[object, _Kept]:
    """``stage.fit_shard`` of ``batch`` after ``segment``, and the ``_Kept`` of the batch
    after ``segment``, written to ``out`` for the next pass."""
    done = _apply_segment(segment, batch, start)
    if len(done) != len(batch) or any(a.id != b.id for a, b in zip(done, batch)):
        raise StageError(
            f"stage {_names(segment)} dropped or reordered articles. "
            "Stages must mark articles (article.reject), never remove them."
        )
    with open(out, "wb") as fh:
        pickle.dump(done, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return stage.fit_shard([done]), _Kept.of(out, done)  # type: ignore[attr-defined]


def _fit_and_keep_in_worker(path: str, job: tuple[Batch | _Kept, int, str]) -> tuple[object, _Kept]:
    segment, stage = _in_worker(path)  # type: ignore[misc]
    batch, start, out = job
    return _fit_and_keep(segment, stage, _loaded(batch), start, out)


def _fit_part_in_worker(path: str, job: tuple[Batch, int]) -> object:
    segment, stage = _in_worker(path)  # type: ignore[misc]
    batch, start = job
    return stage.fit_shard([_apply_segment(segment, batch, start)])


def _segments(stages: Sequence[Stage]) -> list[Stage | tuple[LocalStage, ...]]:
    """Stages with consecutive ones that run in the workers grouped into one step."""
    steps: list[Stage | tuple[LocalStage, ...]] = []
    for stage in stages:
        if _in_workers(stage) and steps and isinstance(steps[-1], tuple):
            steps[-1] = (*steps[-1], stage)  # type: ignore[arg-type]
        elif _in_workers(stage):
            steps.append((stage,))  # type: ignore[arg-type]
        else:
            steps.append(stage)
    return steps


class _Workers:
    """The worker processes of one run, started once and shared by all its passes.

    Starting a process costs about a second (imports, then the stages' resources), so a
    run that streams many times (a first pass, or one stream per input shard when
    resuming) must not start a pool each time. A segment is pickled once, to a file in a
    temporary directory, the first time it is used; each worker loads it from there on
    its first batch of it. So segments known only after a first pass (one with a fitted
    stage) run in the workers too.
    """

    def __init__(self, workers: int) -> None:
        self.workers = max(1, workers)
        self.pool: ProcessPoolExecutor | None = None
        self._files: list[tuple[tuple[object, ...], str]] = []
        self._dir: tempfile.TemporaryDirectory[str] | None = None
        if self.workers > 1:
            context = multiprocessing.get_context("spawn")
            self.pool = ProcessPoolExecutor(self.workers, mp_context=context, initializer=_init_worker)
            self._dir = tempfile.TemporaryDirectory(prefix="newsclean-segments-")

    @classmethod
    def for_stages(cls, stages: Sequence[Stage], workers: int) -> _Workers:
        """Workers for a run of ``stages``: none when no stage is article-local."""
        return cls(workers if any(callable(getattr(s, "apply", None)) for s in stages) else 1)

    def _file(self, job: tuple[object, ...]) -> str:
        """The file the workers load ``job`` from (the same stage objects, the same file)."""
        for known, path in self._files:
            if len(known) == len(job) and all(a is b for a, b in zip(known, job)):
                return path
        assert self._dir is not None
        path = os.path.join(self._dir.name, f"job-{len(self._files)}.pkl")
        with open(path, "wb") as fh:
            pickle.dump(job, fh, protocol=pickle.HIGHEST_PROTOCOL)
        self._files.append((job, path))
        return path

    def map(
        self, segment: tuple[LocalStage, ...], batches: Iterable[Batch], finish: Callable[[Batch], T] | None = None
    ) -> Iterator[Batch] | Iterator[T]:
        """``segment`` applied to each batch, in order; then ``finish``, where given."""
        if self.pool is None:
            done = (_apply_segment(segment, _loaded(b), start) for b, start in _positioned(batches))
            return done if finish is None else map(finish, done)
        if finish is None:
            return _pooled(self.pool, _apply_in_worker, self._file(segment), _positioned(batches), self.workers)
        path = self._file((segment, finish))
        return _pooled(self.pool, _apply_and_finish_in_worker, path, _positioned(batches), self.workers)  # type: ignore[arg-type]

    def fit_parts(self, segment: tuple[LocalStage, ...], stage: Stage, batches: Iterable[Batch]) -> Iterator[object]:
        """``stage.fit_shard`` of each batch after ``segment``, in order."""
        if self.pool is None:
            return (stage.fit_shard([_apply_segment(segment, b, start)]) for b, start in _positioned(batches))  # type: ignore[attr-defined]
        path = self._file((segment, stage))
        return _pooled(self.pool, _fit_part_in_worker, path, _positioned(batches), self.workers)

    def fit_parts_keeping(
        self, segment: tuple[LocalStage, ...], stage: Stage, batches: Iterable[Batch | _Kept], prefix: str, kept: list[_Kept]
    ) -> Iterator[object]:
        """As ``fit_parts``, and each batch after ``segment`` is written to a file named
        ``prefix``-n.pkl (by the process that computed it), its ``_Kept`` appended to
        ``kept`` in order. ``batches`` may hold batches to load (the ``_Kept`` of an
        earlier pass, ``read.Unparsed``): the worker loads them."""

        def jobs() -> Iterator[tuple[Batch | _Kept, int, str]]:
            for n, (batch, start) in enumerate(_positioned(batches)):
                yield batch, start, f"{prefix}-{n}.pkl"

        if self.pool is None:
            done = (_fit_and_keep(segment, stage, _loaded(batch), start, out) for batch, start, out in jobs())
        else:
            done = _pooled(self.pool, _fit_and_keep_in_worker, self._file((segment, stage)), jobs(), self.workers)
        for state, batch in done:
            kept.append(batch)
            yield state

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self._dir is not None:
            self._dir.cleanup()

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Runner:
    """Streams batches through stages; article-local runs go to worker processes.
    ``finish``, if given, is applied to each output batch (in the workers when the last
    step runs there)."""

    def __init__(self, stages: Sequence[Stage], workers: int, finish: Callable[[Batch], object] | None = None) -> None:
        self.stages = list(stages)
        self.workers = max(1, workers)
        self.finish = finish

    def _segments(self) -> list[Stage | tuple[LocalStage, ...]]:
        return _segments(self.stages)

    def stream(self, source: Iterable[Batch], pool: _Workers | None = None) -> Iterator[Batch]:
        """``source`` through the stages, in ``pool`` (default: workers started for this stream)."""
        if pool is not None:
            yield from self._chain(source, pool)
            return
        with _Workers.for_stages(self.stages, self.workers) as own:
            yield from self._chain(source, own)

    def _chain(self, source: Iterable[Batch], pool: _Workers) -> Iterator[Batch]:
        stream: Iterable[Batch] = source
        steps = self._segments()
        if steps and not isinstance(steps[0], tuple):
            stream = (_loaded(b) for b in source)  # a corpus stage is given batches, never _Kept
        finish = self.finish
        for n, step in enumerate(steps):
            last = n == len(steps) - 1
            if isinstance(step, tuple):
                run = functools.partial(pool.map, step, finish=finish if last else None)
                stream = _contract(step, run, stream, finished=last and finish is not None)
                if last:
                    finish = None  # done in the workers
            else:
                stream = _contract(step, step, stream)
        return iter(stream) if finish is None else map(finish, stream)


def _pooled(pool: ProcessPoolExecutor, fn: Callable[[str, J], T], path: str, jobs: Iterable[J], workers: int) -> Iterator[T]:
    """``fn(path, job)`` for each job in worker processes, in order, with a bounded window."""
    window: collections.deque[Future[T]] = collections.deque()
    for job in jobs:
        window.append(pool.submit(fn, path, job))
        if len(window) >= 2 * workers:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


def _contract(
    step: object, run: Callable[[Iterable[Batch]], Iterator[Batch]], batches: Iterable[Batch], *, finished: bool = False
) -> Iterator[Batch]:
    """Run one step and check the stage contract: every article out, same order, same id.
    ``finished``: the step gives ``finish`` results, checked by their ``ids``."""
    name = "+".join(type(s).__name__ for s in step) if isinstance(step, tuple) else type(step).__name__
    pending: collections.deque[str] = collections.deque()

    def feed() -> Iterator[Batch]:
        for batch in batches:
            pending.extend(_ids(batch))
            yield batch

    for batch in run(feed()):
        if not finished and not isinstance(batch, list):
            raise StageError(f"stage {name} yielded {type(batch).__name__}, not a list of articles")
        for id_ in _ids(batch):
            if not pending:
                raise StageError(f"stage {name} yielded an article it was not given ({id_!r})")
            expected = pending.popleft()
            if id_ != expected:
                raise StageError(
                    f"stage {name} dropped or reordered articles: expected {expected!r}, got {id_!r}. "
                    "Stages must mark articles (article.reject), never remove them."
                )
        yield batch
    if pending:
        raise StageError(
            f"stage {name} lost {len(pending)} article(s), the first {pending[0]!r}. "
            "Stages must mark articles (article.reject), never remove them."
        )


def default_pipeline(
    *,
    keep: str = "longest",
    duplicate_threshold: float = 0.7,
    repeat_threshold: float = 0.7,
    site_min_stories: int = 3,
    other_language: bool = True,
    seed: int = 0,
) -> Pipeline:
    """The standard cleaning pipeline.

    Site repeats come first (they are counted on normalized text in a first pass);
    repeats inside an article come after the body is found, so that of a paragraph
    printed twice (a teaser above, the body below) the copy in the body survives.
    Near-duplicate articles are decided on the cleaned text, and language last, on
    survivors only.
    """
    from .body import DropOutsideBody
    from .boilerplate import StripBoilerplate
    from .dedup import DropRepeatedParagraphs
    from .language import DetectLanguage
    from .neardup import DropNearDuplicateArticles, SignArticles
    from .normalize import Normalize
    from .site import DropSiteRepeats

    return Pipeline(
        (
            Normalize(),
            DropSiteRepeats(min_stories=site_min_stories),
            StripBoilerplate(other_language=other_language),
            DropOutsideBody(),
            DropRepeatedParagraphs(threshold=repeat_threshold),
            RejectEmpty(),
            SignArticles(),
            DropNearDuplicateArticles(threshold=duplicate_threshold, keep=keep),
            DetectLanguage(seed=seed),
        )
    )
