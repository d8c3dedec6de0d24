from __future__ import annotations

from pathlib import Path

from conftest import SEEDS
from newsclean import clean, default_pipeline, from_records, read


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
