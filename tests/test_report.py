from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from conftest import SEEDS
from newsclean import Report, clean


def test_report_lists_every_input_file_even_without_articles(tmp_path: Path) -> None:
    """Issue 6: a file that held no article is in report.json's inputs with 0 read."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "empty.jsonl").write_bytes(b"")
    (inputs / "blank.jsonl").write_bytes(b"\n  \n\t\n")
    pq.write_table(pa.table({"text": pa.array([], pa.string())}), inputs / "none.parquet")
    (inputs / "one.txt").write_text((SEEDS / "000_b342b66c7c4bb8d1.txt").read_text(encoding="utf-8"), encoding="utf-8")
    report = clean(inputs, tmp_path / "out")
    per_input = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))["inputs"]
    zero = {"read": 0, "kept": 0, "rejected": 0}
    assert per_input == {
        str(inputs / "blank.jsonl"): zero,
        str(inputs / "empty.jsonl"): zero,
        str(inputs / "none.parquet"): zero,
        str(inputs / "one.txt"): {"read": 1, "kept": 1, "rejected": 0},
    }
    assert Report.load(tmp_path / "out").inputs == report.inputs
