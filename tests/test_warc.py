"""WARC input: a crawl file built here from the pages in tests/data, read record by record.

The WARC bytes are written by hand (the format is a header block, a blank line and a
payload), so the reader is tested against the format, not against a writer library.
"""

from __future__ import annotations

import gzip
import json
import zlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from newsclean import InputError, clean, read

DATA = Path(__file__).resolve().parent / "data"
FETCHED = "2024-03-14T06:15:02Z"


def response(
    url: str,
    body: bytes,
    *,
    n: int,
    status: str = "200 OK",
    content_type: str | None = "text/html; charset=utf-8",
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    """A WARC/1.1 response record holding an HTTP response."""
    http = [f"HTTP/1.1 {status}"]
    if content_type is not None:
        http.append(f"Content-Type: {content_type}")
    http += [f"{k}: {v}" for k, v in headers] or [f"Content-Length: {len(body)}"]
    block = ("\r\n".join(http) + "\r\n\r\n").encode("latin-1") + body
    return record("response", block, n=n, url=url, content_type="application/http; msgtype=response")


def record(kind: str, block: bytes, *, n: int, url: str | None = None, content_type: str = "application/warc-fields") -> bytes:
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:5b0c4c2e-0000-4000-8000-{n:012d}>",
        f"WARC-Date: {FETCHED}",
        *([f"WARC-Target-URI: {url}"] if url else []),
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + block + b"\r\n\r\n"


def page(name: str) -> bytes:
    return (DATA / name).read_bytes()


def crawl() -> list[bytes]:
    """A CC-NEWS-like crawl: warcinfo, three news pages, a PDF, a 404, a redirect, a request record."""
    return [
        record("warcinfo", b"software: newsclean-tests\r\nformat: WARC File Format 1.1\r\n", n=0),
        response("https://www.coastalledger.example/news/2024/03/12/harbour-flood-wall-vote", page("news_en.html"), n=1),
        record("request", b"GET /region/stadtwerke-strompreis HTTP/1.1\r\nHost: www.lokalanzeiger.example\r\n\r\n", n=2,
               url="https://www.lokalanzeiger.example/region/stadtwerke-strompreis", content_type="application/http; msgtype=request"),
        # No charset in the HTTP header: the page's <meta> decides (iso-8859-1, read as Windows-1252).
        response("https://www.lokalanzeiger.example/region/stadtwerke-strompreis", page("news_de_latin1.html"), n=3,
                 content_type="text/html"),
        response("https://www.coastalledger.example/media/flood-report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", n=4,
                 content_type="application/pdf"),
        response("https://www.coastalledger.example/news/old-story", b"<html><body>Not found</body></html>", n=5,
                 status="404 Not Found"),
        response("http://coastalledger.example/", b"", n=6, status="301 Moved Permanently",
                 headers=(("Location", "https://www.coastalledger.example/"), ("Content-Length", "0"))),
        response("https://velo.example/portraits/sophie-garnier", page("interview_fr.html"), n=7,
                 content_type="application/xhtml+xml; charset=utf-8"),
    ]


def write_warc(path: Path, records: list[bytes]) -> Path:
    """Plain, or gzip with one member per record (how crawlers write .warc.gz)."""
    if path.name.endswith(".gz"):
        path.write_bytes(b"".join(gzip.compress(r, mtime=0) for r in records))
    else:
        path.write_bytes(b"".join(records))
    return path


def articles(path: Path, **options: object) -> list:  # type: ignore[type-arg]
    return [a for batch in read(path, **options) for a in batch]  # type: ignore[arg-type]


@pytest.fixture
def warc(tmp_path: Path) -> Path:
    return write_warc(tmp_path / "CC-NEWS-20240314.warc.gz", crawl())


def test_warc_every_response_record_accounted_for_in_order(warc: Path) -> None:
    found = [(a.source.rsplit(":", 1)[1], a.rejected) for a in articles(warc)]
    assert found == [("2", None), ("4", None), ("5", "input.not_html"), ("6", "input.fetch_failed"),
                     ("7", "input.fetch_failed"), ("8", None)]


def test_warc_page_fields_from_the_record_and_the_page(warc: Path) -> None:
    a = articles(warc)[0]
    assert (a.id, a.url, a.site, a.title, a.published) == (
        "urn:uuid:5b0c4c2e-0000-4000-8000-000000000001",
        "https://www.coastalledger.example/news/2024/03/12/harbour-flood-wall-vote",
        "coastalledger.example",
        "Harbour town votes to rebuild its flood wall",
        "2024-03-12",
    )
    assert json.loads(a.extra or "") == {"fetched": FETCHED}
    assert a.paragraphs[1].text.startswith("Councillors in Port Alder voted")


def test_warc_published_falls_back_to_the_fetch_day(warc: Path) -> None:
    interview = articles(warc)[-1]
    assert (interview.url, interview.published) == ("https://velo.example/portraits/sophie-garnier", "2024-03-14")


def test_warc_charset_from_the_page_when_the_server_names_none(warc: Path) -> None:
    assert any("110 € im Jahr" in p.text for p in articles(warc)[1].paragraphs)


def test_warc_charset_from_the_http_header(tmp_path: Path) -> None:
    body = ("<html><body><article><p>" + "Москва готовится к весне: коммунальные службы убирают снег с улиц. " * 5
            + "</p></article></body></html>").encode("cp1251")
    path = write_warc(tmp_path / "ru.warc", [response("https://news.example/ru", body, n=1, content_type="text/html; charset=windows-1251")])
    assert articles(path)[0].paragraphs[0].text.startswith("Москва готовится к весне")


def test_warc_reject_details_name_type_status_and_url(warc: Path) -> None:
    details = [a.detail for a in articles(warc) if a.rejected]
    assert details == [
        "Content-Type application/pdf for https://www.coastalledger.example/media/flood-report.pdf",
        "HTTP status 404 Not Found for https://www.coastalledger.example/news/old-story",
        "HTTP status 301 Moved Permanently for http://coastalledger.example/",
    ]


def test_warc_html_without_content_type_is_sniffed(tmp_path: Path) -> None:
    records = [response("https://a.example/1", page("news_en.html"), n=1, content_type=None),
               response("https://a.example/2", b'{"json": true}', n=2, content_type=None)]
    found = [(a.rejected, a.detail) for a in articles(write_warc(tmp_path / "x.warc", records))]
    assert found == [(None, None), ("input.not_html", "Content-Type missing and no HTML markup for https://a.example/2")]


def test_warc_resource_record_with_html_is_read(tmp_path: Path) -> None:
    saved = record("resource", page("news_en.html"), n=1, url="file:///archive/news_en.html", content_type="text/html")
    [a] = articles(write_warc(tmp_path / "x.warc", [saved]))
    assert (a.rejected, a.url, a.title) == (None, "file:///archive/news_en.html", "Harbour town votes to rebuild its flood wall")


def test_warc_gzip_content_encoding_and_chunked_transfer_decoded(tmp_path: Path) -> None:
    body = page("news_en.html")
    packed = gzip.compress(body, mtime=0)
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(packed[i : i + 500]), packed[i : i + 500]) for i in range(0, len(packed), 500)) + b"0\r\n\r\n"
    headers = (("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked"))
    path = write_warc(tmp_path / "x.warc.gz", [response("https://a.example/1", chunked, n=1, headers=headers)])
    assert articles(path)[0].title == "Harbour town votes to rebuild its flood wall"


def test_warc_undecodable_payload_names_record(tmp_path: Path) -> None:
    bad = response("https://a.example/1", b"this is not gzip", n=1, headers=(("Content-Encoding", "gzip"),))
    path = write_warc(tmp_path / "x.warc.gz", [bad])
    with pytest.raises(InputError, match=r"x\.warc\.gz:1: the payload's Content-Encoding gzip cannot be decoded .*--on-bad-record=reject"):
        articles(path)


def test_warc_undecodable_payload_rejected_and_reading_goes_on(tmp_path: Path) -> None:
    bad = response("https://a.example/1", zlib.compress(b"x")[:-3], n=1, headers=(("Content-Encoding", "deflate"),))
    good = response("https://a.example/2", page("news_en.html"), n=2)
    found = [a.rejected for a in articles(write_warc(tmp_path / "x.warc.gz", [bad, good]), on_bad_record="reject")]
    assert found == ["input.malformed", None]


def test_warc_truncated_gzip_error_names_the_file(tmp_path: Path, warc: Path) -> None:
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[:-200])
    with pytest.raises(InputError, match=r"cut\.warc\.gz: cannot be read \(record 8 ends after \d+ of 1922 bytes: the file is truncated\)"):
        articles(cut)


def test_warc_truncated_gzip_keeps_the_whole_records_before_the_cut(tmp_path: Path, warc: Path) -> None:
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc.read_bytes()[:-200])
    found = [(a.id[-2:], a.rejected) for a in articles(cut, on_bad_record="reject")]
    assert found == [("01", None), ("03", None), ("04", "input.not_html"), ("05", "input.fetch_failed"),
                     ("06", "input.fetch_failed"), ("le", "input.unreadable")]


def test_warc_truncated_plain_record_is_an_error(tmp_path: Path) -> None:
    data = b"".join(crawl())
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: data.index(b"%PDF-1.7") + 4])
    with pytest.raises(InputError, match=r"cut\.warc: cannot be read \(record 5 ends after 4 of 22 bytes: the file is truncated\)"):
        articles(cut)


def test_warc_not_a_warc_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "notes.warc").write_text("These are my notes about the crawl.\n" * 20, encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.warc: cannot be read"):
        articles(tmp_path / "notes.warc")


def test_warc_plain_and_zst_read_like_gzip(tmp_path: Path, warc: Path) -> None:
    plain = write_warc(tmp_path / "p.warc", crawl())
    zst = tmp_path / "z.warc.zst"
    with pa.CompressedOutputStream(str(zst), "zstd") as out:
        out.write(plain.read_bytes())
    expected = [(a.id, a.rejected, a.text) for a in articles(warc)]
    assert [(a.id, a.rejected, a.text) for a in articles(plain)] == expected
    assert [(a.id, a.rejected, a.text) for a in articles(zst)] == expected


def test_warc_clean_accounts_for_every_record_and_is_byte_identical(tmp_path: Path, warc: Path) -> None:
    first = clean(warc, tmp_path / "one")
    clean(warc, tmp_path / "two")
    assert (first.read, first.kept) == (6, 3)
    assert (first.reasons["input.not_html"], first.reasons["input.fetch_failed"]) == (1, 2)
    removed = pq.read_table(tmp_path / "one" / "removed.parquet").to_pylist()
    assert sorted(r["reason"] for r in removed if r["level"] == "article") == ["input.fetch_failed", "input.fetch_failed", "input.not_html"]
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_warc_shipped_sample_is_the_built_crawl() -> None:
    # tests/data/crawl.warc.gz (used by the README's examples) is this crawl; rebuild it with
    # `python tests/test_warc.py` after changing crawl() or the pages.
    assert gzip.decompress((DATA / "crawl.warc.gz").read_bytes()) == b"".join(crawl())


if __name__ == "__main__":
    write_warc(DATA / "crawl.warc.gz", crawl())
