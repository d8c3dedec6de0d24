"""HTML input: trafilatura's main text, the page's metadata, charsets, and the html field of records."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsclean import InputError, clean, from_records, read
from newsclean.html import day_of, decode_html, extract

DATA = Path(__file__).resolve().parent / "data"
NEWS_EN = DATA / "news_en.html"  # UTF-8, canonical link, published_time, cookie banner, nav, related, footer
NEWS_DE = DATA / "news_de_latin1.html"  # Windows-1252 bytes, <meta http-equiv> says iso-8859-1
INTERVIEW_FR = DATA / "interview_fr.html"  # XHTML with an XML declaration, no date, no canonical URL
APP_SHELL = DATA / "app_shell.html"  # a script-rendered page: no text in the HTML


def one(path: Path, **options: object):  # type: ignore[no-untyped-def]
    [article] = [a for batch in read(path, **options) for a in batch]  # type: ignore[arg-type]
    return article


def texts(article) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for p in article.paragraphs]


def test_html_file_text_is_the_main_content() -> None:
    paragraphs = texts(one(NEWS_EN))
    assert paragraphs[1].startswith("Councillors in Port Alder voted on Monday evening")
    assert paragraphs[-1].startswith("Construction is due to begin in the autumn")
    page_furniture = ("We use cookies", "Accept all", "Sport", "Related stories", "All rights reserved")
    assert not [p for p in paragraphs if p.startswith(page_furniture)]


def test_html_file_metadata_comes_from_the_page() -> None:
    a = one(NEWS_EN)
    assert (a.id, a.source, a.title, a.url, a.site, a.published) == (
        "news_en",
        str(NEWS_EN),
        "Harbour town votes to rebuild its flood wall",
        "https://www.coastalledger.example/news/2024/03/12/harbour-flood-wall-vote",
        "coastalledger.example",
        "2024-03-12",
    )


def test_html_meta_charset_latin1_read_as_windows_1252() -> None:
    text = "\n".join(texts(one(NEWS_DE)))
    assert "Ersparnis von gut 110 € im Jahr" in text and "Geschäftsführerin Jutta Röder" in text


def test_html_xhtml_with_xml_declaration_is_read() -> None:
    a = one(INTERVIEW_FR)
    assert a.rejected is None and a.published is None
    assert any(p.startswith("Depuis huit ans, Sophie Garnier répare les vélos") for p in texts(a))


def test_html_page_without_main_text_rejected_as_no_content() -> None:
    a = one(APP_SHELL)
    assert (a.rejected, a.paragraphs) == ("input.no_content", ())
    assert "trafilatura found no main text" in (a.detail or "")


def test_html_binary_file_rejected_as_binary(tmp_path: Path) -> None:
    (tmp_path / "logo.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(400))
    assert one(tmp_path / "logo.html").rejected == "input.binary"


def test_html_compressed_file_reads_like_plain(tmp_path: Path) -> None:
    (tmp_path / "news_en.html.gz").write_bytes(gzip.compress(NEWS_EN.read_bytes(), mtime=0))
    packed, plain = one(tmp_path / "news_en.html.gz"), one(NEWS_EN)
    assert (packed.id, texts(packed), packed.published) == (plain.id, texts(plain), plain.published)


def test_html_directory_picks_up_htm_files(tmp_path: Path) -> None:
    shutil.copy(NEWS_EN, tmp_path / "a.htm")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    assert [a.id for batch in read(tmp_path) for a in batch] == ["a"]


def test_html_declared_charset_wins_over_meta() -> None:
    data = '<html><head><meta charset="iso-8859-1"></head><body><p>Москва</p></body></html>'.encode("cp1251")
    assert "Москва" in (decode_html(data, "windows-1251") or "")


def test_html_mislabelled_utf8_read_as_utf8() -> None:
    data = '<html><head><meta charset="euc-jp"></head><body><p>Grüße – 5 €</p></body></html>'.encode()
    assert "Grüße – 5 €" in (decode_html(data) or "")


def test_html_undeclared_charset_follows_the_decoding_rule() -> None:
    assert "Grüße" in (decode_html("<p>Grüße</p>".encode("cp1252")) or "")


def test_html_publication_date_never_after_the_fetch() -> None:
    body = "<p>" + "The river rose again overnight and the ferry stayed in port for a second day. " * 6 + "</p>"
    page = f'<html><head><meta property="article:published_time" content="2031-05-01T10:00:00Z"></head><body><article>{body}</article></body></html>'
    assert (extract(page).published, extract(page, fetched="2025-01-01T00:00:00Z").published) == ("2031-05-01", None)


def test_html_day_of_reads_only_iso_dates() -> None:
    assert [day_of(v) for v in ("2024-03-14T06:15:02Z", "2024-03-14", "20240314", "14.03.2024", None)] == [
        "2024-03-14", "2024-03-14", None, None, None,
    ]


def test_html_record_field_extracted_when_no_text() -> None:
    record = {"id": "p1", "html": NEWS_EN.read_text(encoding="utf-8"), "title": "Headline from the feed", "feed": "coast"}
    [a] = [a for batch in from_records([record]) for a in batch]
    assert (a.id, a.title, a.published, a.site) == ("p1", "Headline from the feed", "2024-03-12", "coastalledger.example")
    assert texts(a)[1].startswith("Councillors in Port Alder") and json.loads(a.extra or "") == {"feed": "coast"}


def test_html_record_without_id_gets_a_hash_of_its_html() -> None:
    html = NEWS_EN.read_text(encoding="utf-8")
    ids = [a.id for batch in from_records([{"html": html}, {"html": html + " "}]) for a in batch]
    assert len(ids[0]) == 16 and ids[0] != ids[1]


def test_html_record_text_wins_over_html() -> None:
    [a] = [a for batch in from_records([{"id": "t", "text": "Given text", "html": NEWS_EN.read_text()}]) for a in batch]
    assert (texts(a), a.extra) == (["Given text"], None)


def test_html_record_html_not_a_string_is_malformed(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text(json.dumps({"html": 42}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"x\.jsonl:1: field 'html' must be a string, got int"):
        [a for batch in read(tmp_path / "x.jsonl") for a in batch]


def test_html_parquet_html_column_extracted(tmp_path: Path) -> None:
    table = pa.table({"id": ["de"], "html": [NEWS_DE.read_bytes()]})  # binary column: decoded by its <meta>
    pq.write_table(table, tmp_path / "pages.parquet")
    a = one(tmp_path / "pages.parquet")
    assert (a.id, a.title) == ("de", "Stadtwerke senken den Strompreis zum 1. April")
    assert any("110 €" in p for p in texts(a))


def test_html_clean_output_is_byte_identical(tmp_path: Path) -> None:
    clean(DATA, tmp_path / "one")
    clean(DATA, tmp_path / "two")
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name

