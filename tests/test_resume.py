"""--resume: a run killed at any moment and started again gives the uninterrupted run's bytes (issue 6)."""

from __future__ import annotations

import dataclasses
import json
import logging
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import pytest

from conftest import ROOT, SEEDS
from newsclean import Batch, DetectLanguage, Normalize, Pipeline, clean
from newsclean.neardup import DropNearDuplicateArticles
from newsclean.resume import WORK_DIR
from newsclean.site import DropSiteRepeats
from newsclean.write import OUTPUT_FILES

# Every sixth language's golden cases (nine, in several scripts): each process compiles the
# cues of every language it meets, which in all 54 took most of a run's time.
CASE_FILES = sorted((ROOT / "tests" / "cases").glob("*.jsonl"))[::6]
COPIES = 8  # of each golden case taken
CASES_PER_FILE = 6  # the first of each language's golden cases: about 430 articles, a run of a few seconds
HALF = 200  # articles: a run stopped here stops in its last phase, about half done
# The corpus's input files: the seeds, one file per language taken and an empty file.
INPUTS = len(list(SEEDS.glob("*.txt"))) + len(CASE_FILES) + 1
RESUMED = re.compile(r"phase (\d+) \(([^)]*)\): (\d+) of (\d+) shards resumed")


def build_corpus(root: Path, copies: int) -> Path:
    """Seeds and golden cases as ``INPUTS`` files: each case taken on several sites (site
    repeats), as near-copies (duplicates), one file per language taken, plus an empty file."""
    root.mkdir(parents=True)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, root / seed.name)
    (root / "zz_empty.jsonl").write_bytes(b"")
    for n, cases in enumerate(CASE_FILES):
        lines = []
        for i, line in enumerate(cases.read_text(encoding="utf-8").splitlines()[:CASES_PER_FILE]):
            case = json.loads(line)
            paragraphs = [text for text, _ in case["paragraphs"]]
            for c in range(copies):
                site = f"site{(i + c) % 4}.{case['lang']}.example"
                body = paragraphs[: len(paragraphs) - c % 2]
                tagline = f"{site} is part of the Example Media Group, all rights reserved {2020 + c}."
                record = {"id": f"{case['name']}-{c}", "site": site, "published": f"2024-05-{(i + c) % 28 + 1:02d}",
                          "text": "\n".join([*body, tagline])}
                lines.append(json.dumps(record, ensure_ascii=False))
        (root / f"{n:02d}_{cases.stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES if (out / name).exists()}


def assert_same(got: dict[str, bytes], want: dict[str, bytes]) -> None:
    """Byte-identical outputs; a differing report is shown field by field first."""
    assert json.loads(got["report.json"]) == json.loads(want["report.json"])
    assert got == want


def resumed(log: str) -> dict[int, tuple[int, int]]:
    """phase -> (shards resumed, shards), from the INFO log of one run."""
    return {int(m[1]): (int(m[3]), int(m[4])) for m in RESUMED.finditer(log)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_corpus(tmp_path_factory.mktemp("resume") / "corpus", copies=COPIES)


@pytest.fixture(scope="module")
def reference_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, bytes], float]:
    """The uninterrupted run, without --resume, as a process: its outputs and how long it took."""
    out = tmp_path_factory.mktemp("reference")
    start = time.monotonic()
    args = [sys.executable, "-m", "newsclean", "clean", str(corpus), "--out", str(out), "-q", "-j2"]
    subprocess.run(args, check=True)
    return outputs(out), time.monotonic() - start


@pytest.fixture(scope="module")
def reference(reference_run: tuple[dict[str, bytes], float]) -> dict[str, bytes]:
    return reference_run[0]


class Stopped(Exception):
    """Raised from the progress hook: the run stops in its last phase, as if killed there."""


def stop_after(articles: int):  # type: ignore[no-untyped-def]
    seen = [0]

    def progress(n: int) -> None:
        seen[0] += n
        if seen[0] >= articles:
            raise Stopped

    return progress


def test_resume_reuses_checkpoints_and_gives_the_same_bytes(
    corpus: Path, reference: dict[str, bytes], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    out = tmp_path / "out"
    with pytest.raises(Stopped):
        clean(corpus, out, resume=True, progress=stop_after(HALF))
    assert outputs(out) == {} and (out / WORK_DIR / "run.json").exists()
    with caplog.at_level(logging.INFO, logger="newsclean.resume"):
        clean(corpus, out, resume=True)
    phases = resumed(caplog.text)
    assert phases[0] == phases[1] == (INPUTS, INPUTS)  # the first pass and the local stages are not run again
    assert 0 < phases[2][0] < INPUTS, phases  # the last phase goes on where it stopped
    assert "first pass of DropSiteRepeats" not in caplog.text
    assert_same(outputs(out), reference)
    assert not (out / WORK_DIR).exists()


def test_resume_sigkill_at_random_moments(
    corpus: Path, reference_run: tuple[dict[str, bytes], float], tmp_path: Path
) -> None:
    """Kill real `newsclean clean --resume` processes (and so their workers) at seeded random moments
    of their run (as shares of the uninterrupted run's time, so that a fast machine kills too)."""
    reference, duration = reference_run
    out = tmp_path / "out"
    # --overwrite: a kill inside the commit leaves Parquet files without report.json, which
    # a plain run refuses to replace, with or without --resume.
    args = [sys.executable, "-m", "newsclean", "clean", str(corpus), "--out", str(out), "--resume", "--overwrite", "-j2", "-v"]
    rng = random.Random(6)
    logs = []
    for attempt, moment in enumerate([rng.uniform(0.2, 0.7) * duration for _ in range(5)] + [None]):
        log = tmp_path / f"run{attempt}.log"
        with log.open("w") as stderr:
            proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=stderr)
            try:
                if attempt == 4:  # the last kill comes just after a checkpoint, however slow this machine is today
                    wait_for_checkpoint(out, proc)
                    moment = 0.0
                proc.wait(timeout=moment if moment is not None else 120)
            except subprocess.TimeoutExpired:
                workers = children(proc.pid)
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                now = outputs(out)
                assert "report.json" not in now or now == reference  # never a mix of two runs
                wait_gone(workers)  # workers end with their main process, never orphaned
        logs.append(log.read_text())
        if proc.returncode == 0:
            break
    assert proc.returncode == 0, logs[-1]
    assert any(n for log in logs[1:] for n, _ in resumed(log).values()), logs  # restarts went on, not over
    assert_same(outputs(out), reference)
    assert not (out / WORK_DIR).exists() and not list(out.glob(".*.tmp"))


def wait_for_checkpoint(out: Path, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    """Wait until the run has checkpointed a shard (or has ended)."""
    deadline = time.monotonic() + timeout
    while proc.poll() is None and not any((out / WORK_DIR).rglob("*.pkl")) and time.monotonic() < deadline:
        time.sleep(0.01)


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def wait_gone(pids: list[int], timeout: float = 10.0) -> None:
    """Wait until every pid has exited (a zombie has: it only waits for its reaper)."""
    deadline = time.monotonic() + timeout
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [p for p in alive if _running(p)]
        time.sleep(0.05)
    assert not alive, f"orphaned processes {alive}"


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_resume_a_changed_input_discards_the_checkpoints(
    corpus: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    changed = tmp_path / "corpus"
    shutil.copytree(corpus, changed)
    out = tmp_path / "out"
    with pytest.raises(Stopped):
        clean(changed, out, resume=True, progress=stop_after(HALF))
    [grown] = changed.glob(f"*_{CASE_FILES[-1].stem}.jsonl")
    with grown.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "new", "text": "A new story arrived.\nIt has two paragraphs of its own."}) + "\n")
    with caplog.at_level(logging.INFO, logger="newsclean.resume"):
        clean(changed, out, resume=True)
    assert re.search(r"discarding the checkpoints of another run \(.*inputs differ\)", caplog.text)
    assert all(n == 0 for n, _ in resumed(caplog.text).values())
    clean(changed, tmp_path / "fresh")
    assert_same(outputs(out), outputs(tmp_path / "fresh"))
    assert json.loads((out / "report.json").read_text())["inputs"][str(grown)]["read"] == CASES_PER_FILE * COPIES + 1


def test_resume_same_bytes_for_one_and_two_workers(corpus: Path, reference: dict[str, bytes], tmp_path: Path) -> None:
    clean(corpus, tmp_path / "w2", resume=True, workers=2)
    assert_same(outputs(tmp_path / "w2"), reference)
    with pytest.raises(Stopped):  # stopped with two workers, finished with one
        clean(corpus, tmp_path / "mixed", resume=True, workers=2, progress=stop_after(HALF // 2))
    clean(corpus, tmp_path / "mixed", resume=True, workers=1)
    assert_same(outputs(tmp_path / "mixed"), reference)


@dataclass(frozen=True)
class WholeFit:
    """A corpus stage with a first pass but no per-shard one: resuming pickles its fitted self."""

    inner: DropSiteRepeats = field(default_factory=DropSiteRepeats)
    picklable: bool = True

    def fit(self, batches: Iterable[Batch]) -> WholeFit:
        fitted = self.inner.fit(batches)
        if not self.picklable:  # a read-only view, which pickle refuses
            fitted = dataclasses.replace(fitted, counts_=MappingProxyType(dict(fitted.counts_ or {})))
        return WholeFit(fitted, self.picklable)

    def __call__(self, batches: Iterable[Batch], /) -> Iterator[Batch]:
        return self.inner(batches)


@pytest.mark.parametrize("picklable", [True, False])
def test_resume_stage_without_per_shard_fit_and_adjacent_corpus_stages(
    picklable: bool, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    corpus = build_corpus(tmp_path / "corpus", copies=2)
    # Phases: Normalize | DropNearDuplicateArticles alone | WholeFit (fitted first) + DetectLanguage.
    pipeline = Pipeline((Normalize(), DropNearDuplicateArticles(), WholeFit(picklable=picklable), DetectLanguage()))
    clean(corpus, tmp_path / "plain", pipeline=pipeline)
    with pytest.raises(Stopped):  # in the last phase
        clean(corpus, tmp_path / "out", pipeline=pipeline, resume=True, progress=stop_after(100))
    with caplog.at_level(logging.INFO, logger="newsclean.resume"):
        clean(corpus, tmp_path / "out", pipeline=pipeline, resume=True)
    phases = resumed(caplog.text)
    assert phases[0] == phases[1] == (INPUTS, INPUTS) and 0 < phases[2][0] < INPUTS, phases
    fit = "resumed from checkpoint" if picklable else "not checkpointed, done again after a restart"
    assert f"first pass of WholeFit: {fit}" in caplog.text
    assert_same(outputs(tmp_path / "out"), outputs(tmp_path / "plain"))


def test_resume_refuses_a_finished_output_without_overwrite(corpus: Path, tmp_path: Path) -> None:
    from newsclean import OutputError

    shutil.copytree(SEEDS, tmp_path / "in")
    clean(tmp_path / "in", tmp_path / "out", resume=True)
    with pytest.raises(OutputError, match="--overwrite"):
        clean(tmp_path / "in", tmp_path / "out", resume=True)
    assert not (tmp_path / "out" / WORK_DIR).exists()  # refused before any work


def test_resume_refuses_a_directory_another_run_is_resuming_into(tmp_path: Path) -> None:
    """Two runs resuming into one directory would interleave their checkpoints."""
    from newsclean import OutputError
    from newsclean.resume import locked

    out = tmp_path / "out"
    with locked(out):
        with pytest.raises(OutputError, match="another newsclean run is resuming"):
            clean(SEEDS, out, resume=True)
    report = clean(SEEDS, out, resume=True)  # the first run ended: the directory is free
    assert report.read == 5 and not (out / WORK_DIR).exists()
