"""clean_table, iter_batches and the datasets map function, against the real pyarrow, pandas, polars, datasets."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import newsclean
from conftest import SEEDS
from newsclean import Report, clean, clean_table, datasets_cleaner, iter_batches
from newsclean.schema import ARTICLES, REMOVED

DATA = Path(__file__).resolve().parent / "data"


def seed_records() -> list[dict[str, object]]:
    """The five seed articles, plus a near copy of the first (one sentence changed) and an empty row."""
    records: list[dict[str, object]] = [
        {"id": p.stem, "text": p.read_text(encoding="utf-8"), "url": f"https://news.example/{p.stem}", "desk": "world"}
        for p in sorted(SEEDS.glob("*.txt"))
    ]
    first = str(records[0]["text"])
    records.append({"id": "near-copy", "text": first.replace("am 1. November", "am Samstag"), "url": None, "desk": "world"})
    records.append({"id": "blank", "text": "  \n ", "url": None, "desk": None})
    return records


@pytest.fixture(scope="module")
def expected() -> pa.Table:
    """What the one-call path keeps for the same records: the reference for every interop path."""
    return clean_table(pa.Table.from_pylist(seed_records()))


def test_interop_clean_table_arrow_has_articles_schema(expected: pa.Table) -> None:
    assert expected.schema == ARTICLES


def test_interop_clean_table_finds_near_duplicates_across_rows(expected: pa.Table) -> None:
    ids = expected.column("id").to_pylist()
    assert "near-copy" not in ids and "blank" not in ids and len(ids) == 5


def test_interop_clean_table_carries_unknown_columns_in_extra(expected: pa.Table) -> None:
    assert expected.column("extra").to_pylist()[0] == '{"desk": "world"}'


def test_interop_clean_table_pandas_returns_dataframe(expected: pa.Table) -> None:
    pd = pytest.importorskip("pandas")
    out = clean_table(pd.DataFrame(seed_records()))
    assert isinstance(out, pd.DataFrame)
    assert list(out.columns) == ARTICLES.names and out["text"].tolist() == expected.column("text").to_pylist()


def test_interop_clean_table_polars_returns_dataframe(expected: pa.Table) -> None:
    pl = pytest.importorskip("polars")
    out = clean_table(pl.DataFrame(seed_records()))
    assert isinstance(out, pl.DataFrame)
    assert out.columns == ARTICLES.names and out["id"].to_list() == expected.column("id").to_pylist()


def test_interop_clean_table_datasets_returns_dataset(expected: pa.Table) -> None:
    datasets = pytest.importorskip("datasets")
    out = clean_table(datasets.Dataset.from_list(seed_records()))
    assert isinstance(out, datasets.Dataset) and out["id"] == expected.column("id").to_pylist()


def test_interop_clean_table_return_removed_gives_reasons() -> None:
    pl = pytest.importorskip("polars")
    kept, removed = clean_table(pl.DataFrame(seed_records()), return_removed=True)
    assert removed.columns == REMOVED.names
    articles = removed.filter(pl.col("level") == "article")
    assert articles.select("id", "reason").rows() == [("near-copy", "duplicate.article"), ("blank", "input.empty")]


def test_interop_clean_table_report_counts_every_row() -> None:
    report = Report()
    clean_table(pa.Table.from_pylist(seed_records()), report=report)
    assert (report.read, report.kept, report.rejected) == (7, 5, 2)


def test_interop_clean_table_html_column_is_extracted() -> None:
    table = pa.table({"id": ["en"], "html": [(DATA / "news_en.html").read_text(encoding="utf-8")]})
    out = clean_table(table)
    assert out.column("title").to_pylist() == ["Harbour town votes to rebuild its flood wall"]
    assert "Councillors in Port Alder" in out.column("text")[0].as_py()


def test_interop_clean_table_refuses_other_types() -> None:
    with pytest.raises(TypeError, match="not list"):
        clean_table(seed_records())  # type: ignore[type-var]


def test_interop_iter_batches_yields_record_batches_of_batch_size(tmp_path: Path) -> None:
    batches = list(iter_batches(SEEDS, batch_size=2))
    assert [b.num_rows for b in batches] == [2, 2, 1]
    assert all(isinstance(b, pa.RecordBatch) and b.schema == ARTICLES for b in batches)


def test_interop_iter_batches_rows_equal_the_written_corpus(tmp_path: Path) -> None:
    clean(SEEDS, tmp_path)
    streamed = pa.Table.from_batches(list(iter_batches(SEEDS, batch_size=3)))
    assert streamed.equals(pq.read_table(tmp_path / "articles.parquet").cast(ARTICLES))


def test_interop_iter_batches_accepts_a_source_and_counts_rejects() -> None:
    report = Report()
    source = newsclean.from_records(seed_records())
    rows = sum(b.num_rows for b in iter_batches(source, report=report))
    assert (rows, report.read, report.reasons["duplicate.article"], report.reasons["input.empty"]) == (5, 7, 1, 1)


def test_interop_datasets_map_batched_returns_articles_columns(expected: pa.Table) -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_list(seed_records())
    out = ds.map(datasets_cleaner(), batched=True, batch_size=len(ds), remove_columns=ds.column_names)
    assert out.column_names == ARTICLES.names and out["id"] == expected.column("id").to_pylist()


def test_interop_datasets_map_finds_duplicates_only_within_a_batch() -> None:
    datasets = pytest.importorskip("datasets")
    ds = datasets.Dataset.from_list(seed_records())  # the near copy is row 6, its original row 1
    out = ds.map(datasets_cleaner(), batched=True, batch_size=3, remove_columns=ds.column_names)
    assert "near-copy" in out["id"]  # its original was in another batch: batch-local, as documented


def test_interop_datasets_cleaner_accepts_arrow_batches(expected: pa.Table) -> None:
    out = datasets_cleaner()(pa.Table.from_pylist(seed_records()))
    assert out.column("id").to_pylist() == expected.column("id").to_pylist()


def test_interop_clean_table_without_text_column_names_the_row() -> None:
    with pytest.raises(newsclean.InputError, match=r"<arrow>:1: the record has no 'text' field"):
        clean_table(pa.table({"body": ["Some text"]}))


def test_interop_clean_table_bad_rows_rejected_when_asked() -> None:
    kept, removed = clean_table(pa.table({"text": ["A line of news.", None]}), on_bad_record="reject", return_removed=True)
    assert removed.column("reason").to_pylist() == ["input.malformed"] and kept.num_rows == 1
