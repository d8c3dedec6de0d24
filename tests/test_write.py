from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import make_article, read_table
from newsclean import OutputError, write
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
