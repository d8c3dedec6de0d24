"""Compressed inputs: .gz, .bz2 and .zst text and JSONL files read like plain ones."""

from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path

import pyarrow as pa
import pytest

from newsclean import InputError, read
from newsclean.compression import open_input, strip_compression

RECORDS = [
    {"id": "r1", "text": "Rathaus beschließt neuen Radweg\nDer Stadtrat hat am Dienstag den Bau eines Radwegs beschlossen."},
    {"id": "r2", "text": "Port closes for storm\nThe harbour master closed the port on Friday as winds reached 90 km/h."},
]
JSONL = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS).encode("utf-8")


def compress(data: bytes, suffix: str) -> bytes:
    if suffix == ".gz":
        return gzip.compress(data, mtime=0)
    if suffix == ".bz2":
        return bz2.compress(data)
    sink = pa.BufferOutputStream()
    with pa.CompressedOutputStream(sink, "zstd") as out:
        out.write(data)
    return sink.getvalue().to_pybytes()


def articles(source) -> list:  # type: ignore[no-untyped-def]
    return [a for batch in source for a in batch]


def fields(items: list) -> list[tuple]:  # type: ignore[type-arg]
    return [(a.id, a.rejected, [p.text for p in a.paragraphs]) for a in items]


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".zst"])
def test_compression_jsonl_reads_like_plain(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "plain.jsonl").write_bytes(JSONL)
    (tmp_path / f"packed.jsonl{suffix}").write_bytes(compress(JSONL, suffix))
    assert fields(articles(read(tmp_path / f"packed.jsonl{suffix}"))) == fields(articles(read(tmp_path / "plain.jsonl")))


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".zst"])
def test_compression_txt_id_drops_both_suffixes(tmp_path: Path, suffix: str) -> None:
    (tmp_path / f"story-7.txt{suffix}").write_bytes(compress("Ölpreis steigt\nDer Preis stieg um 3 %.".encode(), suffix))
    [a] = articles(read(tmp_path))
    assert (a.id, [p.text for p in a.paragraphs]) == ("story-7", ["Ölpreis steigt", "Der Preis stieg um 3 %."])


def test_compression_zst_with_several_frames_reads_through(tmp_path: Path) -> None:
    lines = JSONL.splitlines(keepends=True)
    (tmp_path / "a.jsonl.zst").write_bytes(b"".join(compress(line, ".zst") for line in lines))
    assert [a.id for a in articles(read(tmp_path / "a.jsonl.zst"))] == ["r1", "r2"]


@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".zst"])
def test_compression_truncated_file_error_names_it(tmp_path: Path, suffix: str) -> None:
    data = compress(JSONL * 50, suffix)
    (tmp_path / f"cut.jsonl{suffix}").write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=rf"cut\.jsonl\{suffix}: cannot be read"):
        articles(read(tmp_path / f"cut.jsonl{suffix}"))


def test_compression_truncated_file_rejected_when_asked(tmp_path: Path) -> None:
    data = compress(JSONL * 50, ".zst")
    (tmp_path / "cut.jsonl.zst").write_bytes(data[: len(data) // 2])
    last = articles(read(tmp_path / "cut.jsonl.zst", on_bad_record="reject"))[-1]
    assert (last.id, last.rejected) == ("cut:unreadable", "input.unreadable")


def test_compression_strip_compression_keeps_other_suffixes() -> None:
    assert [strip_compression(n) for n in ("a.jsonl.zst", "b.warc.gz", "c.txt.bz2", "d.parquet", "e.gzip")] == [
        "a.jsonl", "b.warc", "c.txt", "d.parquet", "e.gzip",
    ]


def test_compression_open_input_streams_lines(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl.zst").write_bytes(compress(JSONL, ".zst"))
    with open_input(tmp_path / "a.jsonl.zst") as fh:
        assert [json.loads(line)["id"] for line in fh] == ["r1", "r2"]
