from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEEDS
from newsclean import clean, default_pipeline, from_records, read
from newsclean.errors import StageError
from newsclean.pipeline import Pipeline


def test_pipeline_same_bytes_for_one_and_two_workers(tmp_path: Path) -> None:
    clean(SEEDS, tmp_path / "w1", workers=1)
    clean(SEEDS, tmp_path / "w2", workers=2)
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        assert (tmp_path / "w1" / name).read_bytes() == (tmp_path / "w2" / name).read_bytes()


def test_pipeline_streams_batches_for_data_loaders() -> None:
    records = [{"id": str(i), "text": f"Zeile {i}.\nNoch eine Zeile mit Inhalt {i}."} for i in range(10)]
    batches = list(default_pipeline().run(from_records(records, batch_size=4)))
    assert [len(b) for b in batches] == [4, 4, 2]
    assert [a.id for b in batches for a in b] == [str(i) for i in range(10)]


def test_pipeline_describe_names_every_stage() -> None:
    names = [line.split("(")[0] for line in default_pipeline().describe()]
    assert names == [
        "Normalize", "DropSiteRepeats", "StripBoilerplate", "DropOutsideBody",
        "DropRepeatedParagraphs", "RejectEmpty", "SignArticles", "DropNearDuplicateArticles", "DetectLanguage",
    ]


def test_pipeline_everything_read_is_accounted_for(tmp_path: Path) -> None:
    report = clean(SEEDS, tmp_path)
    assert report.read == 5 == report.kept + report.rejected
    assert len([a for b in read(SEEDS) for a in b]) == report.read


def _pid_and_ids(batch):  # type: ignore[no-untyped-def]
    """A finish function: which process finished the batch, and its ids (as finish results must carry)."""
    import os
    from types import SimpleNamespace

    return SimpleNamespace(pid=os.getpid(), ids=tuple(a.id for a in batch), texts=[a.text for a in batch])


def _records(n: int) -> list[dict[str, str]]:
    lines = ["Le conseil municipal a voté mardi.", "De gemeenteraad stemde dinsdag.", "Rada miasta zatwierdziła plan."]
    return [{"id": f"r{i}", "text": f"{lines[i % 3]} {i}\n{lines[(i + 1) % 3]} ({i})"} for i in range(n)]


def test_pipeline_finish_runs_in_the_workers_and_keeps_order() -> None:
    import os

    from newsclean.normalize import Normalize

    pipe = Pipeline((Normalize(),))
    plain = [a.text for b in pipe.run(from_records(_records(9), batch_size=2)) for a in b]
    finished = list(pipe.run(from_records(_records(9), batch_size=2), workers=2, finish=_pid_and_ids))
    assert [i for f in finished for i in f.ids] == [f"r{i}" for i in range(9)]
    assert [t for f in finished for t in f.texts] == plain
    assert os.getpid() not in {f.pid for f in finished}  # the main process received results only


def test_pipeline_finish_after_a_corpus_stage_runs_in_the_main_process() -> None:
    import os

    def corpus_stage(batches):  # type: ignore[no-untyped-def]
        yield from batches  # not article-local: stays in the main process

    finished = list(Pipeline((corpus_stage,)).run(from_records(_records(5), batch_size=2), workers=2, finish=_pid_and_ids))
    assert [i for f in finished for i in f.ids] == [f"r{i}" for i in range(5)]
    assert {f.pid for f in finished} == {os.getpid()}


class _DropsFirst:
    """A positional look-up that wrongly removes an article: the runner must notice
    even when only the finished batch (its ids) comes back."""

    def apply_batch(self, batch, start):  # type: ignore[no-untyped-def]
        return batch[1:]

    def __call__(self, batches):  # type: ignore[no-untyped-def]
        return (self.apply_batch(b, 0) for b in batches)


def test_pipeline_finish_still_checks_the_stage_contract() -> None:
    with pytest.raises(StageError, match="dropped or reordered|lost"):
        list(Pipeline((_DropsFirst(),)).run(from_records(_records(4), batch_size=2), finish=_pid_and_ids))


def test_pipeline_clean_output_same_through_finish_and_plain_batches(tmp_path: Path) -> None:
    # clean() sends each batch's rows from the workers; writing the plain article batches must give the same bytes.
    from newsclean import write

    clean(SEEDS, tmp_path / "clean", workers=2)
    pipe = default_pipeline()
    write(pipe.run(read(SEEDS), workers=1), tmp_path / "plain", pipeline=pipe.describe(),
          inputs=[str(f) for f in read(SEEDS).files])
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        assert (tmp_path / "clean" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
