"""output_batch: a batch's rows and counts made where the batch was made (a worker).

The writer used to turn each article into row dicts and convert all rows of a row
group at once; these tests hold the fast path (Arrow record batches per input batch,
report counts merged) to the same bytes and counts as that plain path.
"""

from __future__ import annotations

import importlib
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import make_article, read_table
from newsclean import Report, write
from newsclean.article import Article
from newsclean.schema import ARTICLES, REMOVED, article_row, removed_rows
from newsclean.write import output_batch

write_module = importlib.import_module("newsclean.write")  # the package exports write(), the function, under this name

_TEXTS = [  # invented lines in several languages: the strings cross the process boundary as Arrow buffers
    ("Der Stadtrat hat am Dienstag die Verlängerung der Straßenbahn beschlossen.", "Mehr zum Thema"),
    ("De gemeenteraad stemde dinsdag in met de verlenging van de tramlijn.", "Lees ook"),
    ("Le conseil municipal a voté mardi le prolongement du tramway.", "À lire aussi"),
    ("El ayuntamiento aprobó el martes la ampliación del tranvía.", "Lea también"),
    ("Il consiglio comunale ha approvato martedì il prolungamento del tram.", "Leggi anche"),
    ("A câmara aprovou na terça-feira o prolongamento do elétrico.", "Leia também"),
    ("Rada miasta zatwierdziła we wtorek przedłużenie linii tramwajowej.", "Czytaj także"),
    ("The council voted on Tuesday to extend the tram line north.", "Read more"),
]


def _articles(n: int) -> list[Article]:
    """Kept articles with a dropped paragraph, rejected ones, duplicates and unknown languages, by turns."""
    out = []
    for i in range(n):
        body, furniture = _TEXTS[i % len(_TEXTS)]
        article = make_article(
            f"{body} ({i})", furniture, f"Zweite Zeile {i}.", id=f"id-{i}", source=f"feed-{i % 3}.jsonl:{i + 1}",
            site=f"site{i % 4}.example", published=None if i % 5 == 0 else f"2024-05-{i % 28 + 1:02d}",
        )
        article = article.drop({1: ("boilerplate.related", f"cue {furniture!r}")})
        if i % 7 == 3:
            article = article.reject("duplicate.article", f"~0.9{i % 10} similar", duplicate_of="id-0",
                                     cluster_id="id-0", cluster_size=2)
        elif i % 11 == 5:
            article = article.reject("content.empty", "every paragraph was removed")
        else:
            lang = None if i % 6 == 0 else ("de", "nl", "fr", "es", "it", "pt", "pl", "en")[i % 8]
            article = article.replace(lang=lang, lang_prob=None if lang is None else 0.5 + (i % 50) / 100,
                                      cluster_id="id-0" if i == 0 else None, cluster_size=2 if i == 0 else None)
        out.append(article)
    return out


def _batches(articles: list[Article], sizes: list[int]) -> list[list[Article]]:
    batches, start, k = [], 0, 0
    while start < len(articles):
        size = sizes[k % len(sizes)]
        batches.append(articles[start : start + size])
        start, k = start + size, k + 1
    return batches


def _plain_parquet(path: Path, rows: list[dict[str, object]], schema: pa.Schema, group: int) -> None:
    """The first-written sink: every row as a dict, converted and written a row group at a time."""
    with pq.ParquetWriter(path, schema, compression="zstd") as writer:
        for start in range(0, len(rows), group):
            writer.write_table(pa.Table.from_pylist(rows[start : start + group], schema), row_group_size=group)


@pytest.mark.parametrize("sizes", [[1], [3], [4, 1, 9], [50]])
def test_output_batch_same_bytes_as_plain_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sizes: list[int]) -> None:
    monkeypatch.setattr(write_module, "ROW_GROUP_ROWS", 5)  # row groups cut across input batches
    articles = _articles(37)
    write([output_batch(b) for b in _batches(articles, sizes)], tmp_path / "fast")
    _plain_parquet(tmp_path / "articles.parquet", [article_row(a) for a in articles if a.rejected is None], ARTICLES, 5)
    _plain_parquet(tmp_path / "removed.parquet", [r for a in articles for r in removed_rows(a)], REMOVED, 5)
    for name in ("articles.parquet", "removed.parquet"):
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / name).read_bytes()
    groups = pq.ParquetFile(tmp_path / "fast" / "articles.parquet").metadata
    kept = sum(a.rejected is None for a in articles)
    assert [groups.row_group(i).num_rows for i in range(groups.num_row_groups)] == [5] * (kept // 5) + [kept % 5]


def test_output_batch_and_article_batches_mixed_give_the_same_files(tmp_path: Path) -> None:
    articles = _articles(40)
    batches = _batches(articles, [6])
    write(batches, tmp_path / "articles")
    write([output_batch(b) if i % 2 else b for i, b in enumerate(batches)], tmp_path / "mixed")
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        assert (tmp_path / "mixed" / name).read_bytes() == (tmp_path / "articles" / name).read_bytes()


def test_output_batch_rows_hold_the_article() -> None:
    kept = make_article("Le conseil a voté.", "Lire aussi", "Les travaux commencent au printemps.", id="fr-1",
                        lang="fr", lang_prob=0.99).drop({1: "boilerplate.related"})
    gone = make_article("Copie du même texte.", id="fr-2").reject("duplicate.article", "~0.95", duplicate_of="fr-1")
    part = output_batch([kept, gone])
    assert part.ids == ("fr-1", "fr-2") and len(part) == 2
    assert part.articles.to_pylist() == [{
        "id": "fr-1", "source": "test.txt", "title": None, "url": None, "site": None, "published": None,
        "lang": "fr", "lang_prob": 0.99, "text": "Le conseil a voté.\n\nLes travaux commencent au printemps.",
        "paragraphs": 2, "cluster_id": "fr-1", "cluster_size": 1, "extra": None,
    }]
    assert [(r["id"], r["level"], r["index"], r["reason"], r["text"]) for r in part.removed.to_pylist()] == [
        ("fr-1", "paragraph", 1, "boilerplate.related", "Lire aussi"),
        ("fr-2", "article", None, "duplicate.article", "Copie du même texte."),
    ]
    assert (part.report.read, part.report.kept, part.report.rejected) == (2, 1, 1)
    assert part.report.languages == {"fr": 1}


def test_report_merge_of_parts_equals_one_count() -> None:
    articles = _articles(30)
    whole = Report()
    whole.extend(articles)
    merged = Report()
    for batch in _batches(articles, [4, 1, 7]):
        part = Report()
        part.extend(batch)
        merged.merge(part)
    assert merged.to_dict() == whole.to_dict()
    # counted by hand: i % 7 == 3 -> 3, 10, 17, 24; i % 11 == 5 -> 5, 16, 27
    assert (merged.read, merged.kept, merged.rejected) == (30, 23, 7)
    assert merged.reasons["boilerplate.related"] == 30 and merged.reasons["duplicate.article"] == 4
    assert merged.inputs["feed-0.jsonl"] == {"read": 10, "kept": 7, "rejected": 3}


def test_report_merge_keeps_inputs_without_articles() -> None:
    report = Report(inputs={"empty.jsonl": Counter()})
    part = Report()
    part.add(make_article("Ein Satz.", source="full.jsonl:1"))
    report.merge(part)
    assert report.to_dict()["inputs"] == {
        "empty.jsonl": {"read": 0, "kept": 0, "rejected": 0},
        "full.jsonl": {"read": 1, "kept": 1, "rejected": 0},
    }


def test_output_batch_written_rows_read_back(tmp_path: Path) -> None:
    articles = _articles(9)
    write([output_batch(articles[:4]), output_batch(articles[4:])], tmp_path)
    rows = read_table(tmp_path / "articles.parquet")
    assert [r["id"] for r in rows] == [a.id for a in articles if a.rejected is None]
    assert rows[1]["text"] == f"{_TEXTS[1][0]} (1)\n\nZweite Zeile 1."


def test_output_batch_same_bytes_when_pages_split_inside_a_row_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Long texts fill several data pages per row group; where a page ends must not depend
    # on where one input batch ended and the next began.
    monkeypatch.setattr(write_module, "ROW_GROUP_ROWS", 8)
    articles = [
        make_article(*(f"{_TEXTS[(i + k) % len(_TEXTS)][0]} {i}-{k}" for k in range(4000)), id=f"long-{i}")
        for i in range(20)
    ]
    write([output_batch(b) for b in _batches(articles, [3, 1])], tmp_path / "fast")
    _plain_parquet(tmp_path / "articles.parquet", [article_row(a) for a in articles], ARTICLES, 8)
    assert (tmp_path / "fast" / "articles.parquet").read_bytes() == (tmp_path / "articles.parquet").read_bytes()


@pytest.mark.parametrize("type_, values", [
    (pa.string(), ["Straßenbahn", None, "", "tramwaj — linia 3", None, "電車", "x" * 300]),
    (pa.string(), []),
    (pa.string(), [None, None]),
    (pa.string(), ["ohne Lücke", "zonder gat"]),
    (pa.int32(), [0, None, 7, -3, 2**31 - 1]),
    (pa.int32(), [1, 2, 3]),
    (pa.float64(), [0.99, None, 0.0, 1.0]),
    (pa.float64(), [None]),
])
def test_output_batch_columns_equal_pyarrow_conversion(type_: pa.DataType, values: list[object]) -> None:
    fast = write_module._array(list(values), type_)
    plain = pa.array(values, type_)
    assert fast.equals(plain) and fast.null_count == plain.null_count
    assert fast.to_pylist() == values
