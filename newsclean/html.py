"""HTML pages -> article text and metadata, extracted with trafilatura (extra ``newsclean[html]``).

trafilatura finds the main text of a page (menus, footers and sidebars go); newsclean's
own stages then clean that text like any other. Options, measured on 300 WCXB article
pages against their reference text (``benchmarks/bench_html.py --quality``):
trafilatura's defaults (tables kept, fallback extractors on, neither precision nor
recall favoured) score best, word F1 0.934; reader comments are not the article, so
they are left out. Dates come from htmldate's markup-only search: the extensive text
search is three times slower and guesses, and its default upper bound is *today*,
which would make the output depend on the day of the run. The bound here is fixed:
the fetch date for WARC records (a page cannot be published after it was fetched),
else the end of 2099.

Bytes are decoded as browsers do: a byte-order mark, else the charset the server
declared (WARC's HTTP header), else the page's ``<meta charset>``, else newsclean's
rule (strict UTF-8, else Windows-1252). A declared charset that the bytes contradict
falls back to strict UTF-8 when that fits (the most common mislabelling).
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .article import Article
from .errors import InputError
from .text import content_id

if TYPE_CHECKING:
    from .read import ReadOptions

__all__ = [
    "NO_CONTENT", "REASONS", "Page", "day_of", "decode_html", "extract", "page_article", "read_html_file", "record_article",
]

log = logging.getLogger(__name__)

NO_CONTENT = "input.no_content"
REASONS = (NO_CONTENT,)

HTML_FIELD = "html"  # the JSONL key / Parquet column holding a page's HTML
NO_DATE_AFTER = "2099-12-31"

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([-\w.:]+)""", re.IGNORECASE)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?=$|[T ])")
_PRESCAN = 4096  # browsers look at the first 1024 bytes; real pages put <meta> later, so look further

# WHATWG's encoding table, for the labels whose Python codec differs from what browsers do:
# the ISO Latin labels mean their Windows superset, GB2312/GBK mean GB18030, and so on.
_BROWSER_CODEC = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    # A page that says UTF-16 in an ASCII <meta> cannot be UTF-16 (browsers read it as UTF-8).
    "utf-16": "utf-8",
    "utf-16-le": "utf-8",
    "utf-16-be": "utf-8",
}


@dataclass(frozen=True, slots=True)
class Page:
    """What trafilatura found in one page: its main text (one block per line) and metadata."""

    text: str
    title: str | None = None
    url: str | None = None  # the page's canonical URL, if it names one
    published: str | None = None  # YYYY-MM-DD


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _BROWSER_CODEC.get(name, name)


def decode_html(data: bytes, declared: str | None = None) -> str | None:
    """The text of an HTML page's bytes, or None when they look binary (see the module doc)."""
    from .read import decode_bytes  # read imports this module: import at call time

    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data)
    if data.count(0) > len(data) // 100:
        return None
    match = _META_CHARSET.search(data, 0, _PRESCAN)
    codec = _codec(declared) or _codec(match.group(1).decode("ascii") if match else None)
    if codec is None:
        return decode_bytes(data)
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode(codec, "replace")


def day_of(timestamp: str | None) -> str | None:
    """The ``YYYY-MM-DD`` a timestamp starts with (WARC-Date, ISO 8601), or None if it has none."""
    match = _DAY.match(timestamp or "")
    return match.group(0) if match else None


def _trafilatura(where: str):  # type: ignore[no-untyped-def]
    try:
        import trafilatura
    except ImportError:
        raise InputError(
            f"{where}: reading HTML needs trafilatura, which is not installed. "
            "Install it with: pip install 'newsclean[html]'"
        ) from None
    return trafilatura


def extract(html: str, *, url: str | None = None, fetched: str | None = None, where: str = "<html>") -> Page:
    """The main text and metadata of one page; an empty ``text`` when trafilatura finds none.

    ``fetched`` (an ISO date) bounds the publication date; ``where`` names the page in errors.
    """
    trafilatura = _trafilatura(where)
    if not html.strip():
        return Page("")
    dates = {
        "extensive_search": False,
        "original_date": True,
        "outputformat": "%Y-%m-%d",
        "max_date": day_of(fetched) or NO_DATE_AFTER,
    }
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, date_extraction_params=dates
        )
    except Exception as err:  # noqa: BLE001 - one bad page must not stop a crawl-sized run
        log.warning("%s: trafilatura failed (%s: %s); the page counts as %s", where, type(err).__name__, err, NO_CONTENT)
        return Page("")
    if doc is None:
        return Page("")
    return Page(doc.text or "", doc.title or None, doc.url or None, doc.date or None)


def page_article(
    html: str | None,
    *,
    id_: str,
    source: str,
    options: ReadOptions,
    meta: Mapping[str, str | None] | None = None,
    url: str | None = None,
    fetched: str | None = None,
    size: int = 0,
) -> Article:
    """The Article of one page; fields in ``meta`` (from the input record) win over the page's own.

    ``html`` None means the bytes looked binary (``input.binary``); a page with no main
    text is rejected as ``input.no_content``.
    """
    from .read import BINARY, EMPTY, FIELDS, _article, _rejected

    if html is None:
        return _rejected(id_, source, "", BINARY, f"{size} bytes, more than 1% NUL")
    page = extract(html, url=url, fetched=fetched, where=source)
    fields: dict[str, str | None] = {name: None for name in FIELDS[1:] if name != "id"}
    fields.update({k: v for k, v in (meta or {}).items() if v is not None})
    for name, value in (("title", page.title), ("url", url or page.url), ("published", page.published)):
        if fields.get(name) is None:
            fields[name] = value
    article = _article(page.text, fields, id_, source, options)
    if article.rejected == EMPTY:
        detail = f"trafilatura found no main text in the page ({len(html)} characters of HTML)"
        article = article.replace(rejected=NO_CONTENT, detail=detail)
    return article


def read_html_file(path: Path, options: ReadOptions) -> Article:
    """One ``.html``/``.htm`` file (optionally compressed) as one article; its id is the file name."""
    from .read import _open, _stem

    _trafilatura(str(path))
    with _open(path) as fh:
        data = fh.read()
    return page_article(decode_html(data), id_=_stem(path), source=str(path), options=options, size=len(data))


def record_article(record: Mapping[str, object], source: str, default_id: str | None, options: ReadOptions) -> Article:
    """A JSONL/Parquet record that has ``html`` and no text: the text is extracted from the page.

    The record's own ``title``/``url``/``published`` win over the page's; ``html`` is
    consumed (not carried into ``extra``); without an ``id`` the id hashes the HTML.
    """
    from .read import _record_article

    raw = record[HTML_FIELD]
    if isinstance(raw, bytes):
        html = decode_html(raw)
    elif isinstance(raw, str):
        html = raw
    else:
        from .read import _BadRecord

        raise _BadRecord(f"field '{HTML_FIELD}' must be a string, got {type(raw).__name__}")
    rest = {k: v for k, v in record.items() if k != HTML_FIELD}
    url_column = options.column("url")
    url = rest.get(url_column) if isinstance(rest.get(url_column), str) else None
    # The text column is filled below, so the core record path sees an ordinary record.
    rest[options.column("text")] = ""
    base = _record_article(rest, source, default_id, options)  # validates fields, builds extra
    if record.get(options.column("id")) is not None:
        id_ = base.id
    else:  # the page's identity is its HTML (two pages may yield the same text)
        id_ = default_id or content_id(html if html is not None else bytes(raw).decode("latin-1"))  # type: ignore[arg-type]
    meta = {"title": base.title, "url": base.url, "site": base.site, "published": base.published, "extra": base.extra}
    size = len(raw) if isinstance(raw, bytes) else 0
    return page_article(html, id_=id_, source=source, options=options, meta=meta, url=url, size=size)
