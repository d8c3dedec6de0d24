from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import SEEDS, make_article, read_table
from newsclean import OutputError, clean, write
from newsclean.write import OUTPUT_FILES
from newsclean.read import from_records


def test_write_refuses_existing_outputs_without_overwrite(tmp_path: Path) -> None:
    write([[make_article("a")]], tmp_path)
    with pytest.raises(OutputError, match="--overwrite"):
        write([[make_article("a")]], tmp_path)
    write([[make_article("b")]], tmp_path, overwrite=True)
    assert read_table(tmp_path / "articles.parquet")[0]["text"] == "b"


def test_write_leaves_nothing_behind_on_error(tmp_path: Path) -> None:
    def batches():  # type: ignore[no-untyped-def]
        yield [make_article("a")]
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write(batches(), tmp_path / "out")
    assert list((tmp_path / "out").iterdir()) == []


def test_write_accounts_for_every_article(tmp_path: Path) -> None:
    a = make_article("kept", "gone", id="a").drop({1: ("boilerplate.caption", "test")})
    b = make_article("all of it", id="b").reject("duplicate.article", duplicate_of="a")
    report = write([[a, b]], tmp_path)
    assert (report.read, report.kept, report.rejected) == (2, 1, 1)
    removed = read_table(tmp_path / "removed.parquet")
    assert [(r["id"], r["level"], r["index"], r["reason"], r["duplicate_of"]) for r in removed] == [
        ("a", "paragraph", 1, "boilerplate.caption", None),
        ("b", "article", None, "duplicate.article", "a"),
    ]
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["articles"] == {"read": 2, "kept": 1, "rejected": 1}
    assert data["inputs"]["test.txt"] == {"read": 2, "kept": 1, "rejected": 1}


def test_write_bytes_do_not_depend_on_batch_size(tmp_path: Path) -> None:
    records = [{"text": f"Article number {i}\nwith a second line {i % 7}"} for i in range(300)]
    for size in (1, 7, 300):
        batches = list(from_records(records, batch_size=size))
        write(batches, tmp_path / str(size))
    reference = (tmp_path / "300" / "articles.parquet").read_bytes()
    assert (tmp_path / "1" / "articles.parquet").read_bytes() == reference
    assert (tmp_path / "7" / "articles.parquet").read_bytes() == reference


def test_write_not_a_directory(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        write([], tmp_path / "file")


def test_write_commit_interrupted_leaves_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # report.json is the commit marker: present only when the three files belong to one run.
    write([[make_article("old")]], tmp_path)
    real_replace = os.replace
    calls = []

    def dying_replace(src, dst):  # type: ignore[no-untyped-def]
        calls.append(dst)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the process dies between two renames
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        write([[make_article("new")]], tmp_path, overwrite=True)
    assert not (tmp_path / "report.json").exists()


def test_write_removes_temporaries_of_killed_runs(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    stale = tmp_path / f".articles.parquet.{dead.stdout.strip()}.tmp"
    stale.write_bytes(b"half a file")
    foreign = tmp_path / ".notes.123.tmp"  # not ours: left alone
    foreign.write_bytes(b"x")
    write([[make_article("a")]], tmp_path)
    assert not stale.exists() and foreign.exists()


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES if (out / name).exists()}


def test_write_sigkill_at_random_moments_never_mixes_two_runs(tmp_path: Path) -> None:
    """Kill real `newsclean clean --overwrite` processes at random moments over an earlier output."""
    old_input = tmp_path / "old.jsonl"
    old_input.write_text('{"id": "o1", "text": "Ein alter Artikel mit genug Text für die Spracherkennung."}\n', encoding="utf-8")
    clean(old_input, tmp_path / "old")
    clean(SEEDS, tmp_path / "new")
    old, new = _outputs(tmp_path / "old"), _outputs(tmp_path / "new")
    rng = random.Random(20241123)
    states = []
    for attempt in range(4):
        out = tmp_path / f"run{attempt}"
        shutil.copytree(tmp_path / "old", out)
        args = [sys.executable, "-m", "newsclean", "clean", str(SEEDS), "--out", str(out), "--overwrite", "-q", "-j1"]
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.5, 5.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = _outputs(out)
        if "report.json" in now:
            assert now in (old, new), sorted(now)  # never new articles with old removed rows
            states.append("old" if now == old else "new")
        else:
            states.append("uncommitted")
        clean(SEEDS, out, overwrite=True)  # a rerun completes and tidies up
        assert _outputs(out) == new
        assert not list(out.glob(".*.tmp"))


def test_write_overwrite_replaces_a_ray_engine_output(tmp_path: Path) -> None:
    """The Ray engine writes articles.parquet as a directory of parts; --overwrite replaces it."""
    (tmp_path / "articles.parquet").mkdir()
    (tmp_path / "articles.parquet" / "part-000000.parquet").write_bytes(b"old")
    with pytest.raises(OutputError, match="--overwrite"):
        write([[make_article("a")]], tmp_path)
    write([[make_article("new")]], tmp_path, overwrite=True)
    assert read_table(tmp_path / "articles.parquet")[0]["text"] == "new"


def test_write_accepts_an_out_dir_holding_only_a_resume_work_dir(tmp_path: Path) -> None:
    # A run with --resume keeps its checkpoints in out/.newsclean-work/ before the outputs exist.
    (tmp_path / ".newsclean-work").mkdir()
    (tmp_path / ".newsclean-work" / "run.json").write_text("{}")
    write([[make_article("a")]], tmp_path)
    assert read_table(tmp_path / "articles.parquet")[0]["text"] == "a"
    assert (tmp_path / ".newsclean-work" / "run.json").exists()  # not write()'s to remove
