"""WARC files (``.warc``, ``.warc.gz``, e.g. CC-NEWS) -> one article per HTML response.

Streamed with FastWARC (extra ``newsclean[warc]``). Why not warcio: FastWARC refuses
a file that is not WARC (``Invalid WARC header``), where warcio yields empty records,
and warcio raises AttributeError on a cut record; with its own gzip FastWARC reads twice as fast
(``benchmarks/bench_html.py``: 570 vs 290 MB per CPU second). newsclean hands it
Python's gzip stream instead, which is as fast as warcio (240 MB/s) but reports a
truncated file; either is ~80x faster than the extraction that follows. Payloads are
read raw and decoded here (chunked transfer, gzip/deflate content encoding), so one
record with a broken encoding is one bad record, not the end of the file.

Every ``response`` (and ``resource``) record is accounted for: an HTML page becomes
an article (id: WARC-Record-ID, url: WARC-Target-URI, published: the page's own date,
else the fetch day from WARC-Date, which ``extra.fetched`` always keeps); a
non-HTML payload is rejected as ``input.not_html`` and a fetch that did not succeed
(HTTP status other than 2xx) as ``input.fetch_failed``, without reading the body.
Other record types (warcinfo, request, metadata, revisit) hold no document: they
are skipped and counted in the log. Decompression is Python's (``compression.py``),
so a truncated ``.warc.gz`` is an error naming the file instead of a quiet early end.
"""

from __future__ import annotations

import json
import logging
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from .article import Article
from .compression import open_input
from .errors import InputError
from .html import day_of, decode_html, page_article

if TYPE_CHECKING:
    from .read import ReadOptions

__all__ = ["NOT_HTML", "FETCH_FAILED", "REASONS", "read_warc"]

log = logging.getLogger(__name__)

NOT_HTML = "input.not_html"
FETCH_FAILED = "input.fetch_failed"
REASONS = (NOT_HTML, FETCH_FAILED)

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Types servers send for HTML often enough that the payload itself must decide.
_SNIFFED_TYPES = frozenset({"", "application/octet-stream", "text/plain", "unknown/unknown"})
_HTML_START = (b"<!doctype html", b"<html", b"<head", b"<body", b"<meta", b"<title", b"<!--")


class _BadPayload(Exception):
    """A record whose payload cannot be decoded: a malformed record."""


def _fastwarc(where: str):  # type: ignore[no-untyped-def]
    try:
        from fastwarc.warc import ArchiveIterator, WarcRecordType
    except ImportError:
        raise InputError(
            f"{where}: reading WARC needs FastWARC, which is not installed. "
            "Install it with: pip install 'newsclean[warc]'"
        ) from None
    return ArchiveIterator, WarcRecordType


def read_warc(path: Path, options: ReadOptions) -> Iterator[Article]:
    """Articles from one WARC file, in record order; sources are ``path:record-number``."""
    ArchiveIterator, WarcRecordType = _fastwarc(str(path))
    documents = WarcRecordType.response | WarcRecordType.resource
    skipped: Counter[str] = Counter()
    with open_input(path) as fh:
        stream = _UntilError(fh)
        # stream_detect=False: the stream is already decompressed; parse_http=True for
        # status and headers; auto_decode="none": decoding happens per record, below.
        records = ArchiveIterator(stream, parse_http=True, auto_decode="none", stream_detect=False)
        for number, record in enumerate(records, 1):
            if not record.record_type & documents:
                skipped[str(record.record_type)] += 1
                continue
            yield _record_article(record, number, path, options)
        if stream.error is not None:
            raise stream.error
    if skipped:
        log.info("%s: skipped %s (no documents)", path, ", ".join(f"{n} {k}" for k, n in sorted(skipped.items())))


class _UntilError:
    """A stream that ends where its decompression fails and keeps the error for later.

    FastWARC reads ahead in 64 KiB blocks; passing the error through at once would
    lose the whole records already in the last good block.
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        # read1 returns what one step of decompression gives, so a failing step loses nothing before it.
        self._read = getattr(raw, "read1", raw.read)
        self.error: BaseException | None = None
        self.position = 0  # counted here: decompressing streams (zstd) cannot tell()

    def read(self, size: int = -1) -> bytes:
        if self.error is not None:
            return b""
        try:
            data = self._read(size)
        except (OSError, EOFError, zlib.error) as err:
            self.error = err
            return b""
        self.position += len(data)
        return data

    def tell(self) -> int:
        return self.position


def _header(record, name: str) -> str | None:  # type: ignore[no-untyped-def]
    value = record.headers.get(name)
    return value.strip().strip("<>") or None if value else None


def _record_article(record, number: int, path: Path, options: ReadOptions) -> Article:  # type: ignore[no-untyped-def]
    from .read import _bad, _rejected, _stem  # read imports this module: import at call time

    source = f"{path}:{number}"
    if record.headers.get("Content-Length") is None:
        raise EOFError(f"record {number} has no Content-Length: the file is truncated or not WARC")
    id_ = _header(record, "WARC-Record-ID") or f"{_stem(path)}:{number}"
    url = _header(record, "WARC-Target-URI")
    fetched = _header(record, "WARC-Date")
    where = f" for {url}" if url else ""
    if record.is_http:
        http = record.http_headers
        status = http.status_code
        if status is None or not 200 <= status < 300:
            reason = f" {http.reason_phrase}" if http.reason_phrase else ""
            _whole(record, number, record.reader.consume())
            return _rejected(id_, source, "", FETCH_FAILED, f"HTTP status {status}{reason}{where}")
        content_type = http.get("Content-Type") or ""
        charset = record.http_charset
    else:
        http = None
        content_type = record.headers.get("Content-Type") or ""
        charset = None
    mime = content_type.split(";")[0].strip().lower()
    if mime not in HTML_TYPES and mime not in _SNIFFED_TYPES:
        _whole(record, number, record.reader.consume())  # not read, only skipped: still checked
        return _rejected(id_, source, "", NOT_HTML, f"Content-Type {mime}{where}")
    raw = record.reader.read()
    _whole(record, number, len(raw))
    try:
        body = _decode_payload(raw, http)
    except _BadPayload as err:
        return _bad(source, id_, "", f"{err}{where}", options)
    if mime not in HTML_TYPES and not body[:1024].lstrip().lower().startswith(_HTML_START):
        return _rejected(id_, source, "", NOT_HTML, f"Content-Type {mime or 'missing'} and no HTML markup{where}")
    extra = json.dumps({"fetched": fetched}, ensure_ascii=False) if fetched else None
    html = decode_html(body, charset)
    article = page_article(
        html, id_=id_, source=source, options=options, meta={"extra": extra}, url=url, fetched=fetched, size=len(body)
    )
    if article.published is None and day_of(fetched):
        article = article.replace(published=day_of(fetched))
    return article


def _whole(record, number: int, size: int) -> None:  # type: ignore[no-untyped-def]
    """Raise when a payload is shorter than its record header says: the file was cut."""
    if size < record.content_length:
        raise EOFError(f"record {number} ends after {size} of {record.content_length} bytes: the file is truncated")


def _decode_payload(raw: bytes, http) -> bytes:  # type: ignore[no-untyped-def]
    """The HTTP payload with transfer and content encodings undone."""
    if http is None:
        return raw
    transfer = (http.get("Transfer-Encoding") or "").lower()
    if "chunked" in transfer:
        raw = _dechunk(raw)
    encoding = (http.get("Content-Encoding") or "identity").strip().lower()
    if encoding in ("identity", ""):
        return raw
    if encoding in ("gzip", "x-gzip", "deflate"):
        try:
            # wbits 47 reads gzip and zlib headers; raw deflate (sent by some servers) needs -15.
            return zlib.decompress(raw, 47) if encoding != "deflate" else _inflate(raw)
        except zlib.error as err:
            raise _BadPayload(f"the payload's Content-Encoding {encoding} cannot be decoded ({err})") from None
    raise _BadPayload(f"the payload's Content-Encoding {encoding} is not supported (gzip, deflate, identity are)")


def _inflate(raw: bytes) -> bytes:
    try:
        return zlib.decompress(raw, 47)
    except zlib.error:
        return zlib.decompress(raw, -15)


def _dechunk(raw: bytes) -> bytes:
    out = bytearray()
    pos = 0
    while True:
        end = raw.find(b"\r\n", pos)
        if end < 0:
            break  # a missing last chunk: keep what arrived
        try:
            size = int(raw[pos:end].split(b";")[0].strip() or b"0", 16)
        except ValueError:
            raise _BadPayload("the payload's chunked Transfer-Encoding is malformed") from None
        if size == 0:
            break
        out += raw[end + 2 : end + 2 + size]
        pos = end + 2 + size + 2
    return bytes(out)
