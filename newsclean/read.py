"""read(): files and in-memory records -> a re-iterable stream of Article batches.

Supported inputs: ``.txt`` (one article per file), ``.jsonl``/``.ndjson`` (one article
per line), ``.parquet`` (one article per row), ``.html``/``.htm`` (one page per file,
see html.py), ``.warc`` (one article per HTML response, see warc.py); all but Parquet
optionally compressed as ``.gz``, ``.bz2`` or ``.zst`` (compression.py).
A ``Source`` can be iterated more than once: the pipeline makes a first pass when a
stage must learn corpus statistics before deciding anything.

Decoding rule for bytes: a UTF-8 or UTF-16 byte-order mark wins; else strict UTF-8;
else, line by line (files that mix encodings are common), strict UTF-8 or Windows-1252
(the usual legacy encoding of Western news sites, with the five bytes it leaves
undefined read as Latin-1). Files whose bytes are more than 1% NUL are binary and
rejected with ``input.binary``. A JSONL file that starts with a UTF-16 byte-order mark
is read as UTF-16 throughout.

Bad input never stops a run with a traceback and never vanishes: it is an
``InputError`` naming the path (and line), or, with ``on_bad_record="reject"``, a
rejected article with a reason. Lone surrogates (from JSON ``\\ud800`` escapes or
file names that are not UTF-8) become U+FFFD, as they cannot be written to Parquet.
Size bounds, so that one huge record cannot take the process down: a text longer
than ``max_chars`` characters is rejected as ``input.too_large`` (its first 1000
characters kept); a ``.txt`` file or JSONL line longer than ``4 * max_chars`` /
``6 * max_chars`` bytes is rejected as such without being decoded or parsed.
"""

from __future__ import annotations

import codecs
import glob
import io
import json
import logging
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TypeVar, Union
from urllib.parse import urlsplit

from .article import Article, Batch, Paragraph, split_paragraphs
from .compression import COMPRESSIONS, open_input, strip_compression
from .errors import InputError
from .html import HTML_FIELD, NO_CONTENT, read_html_file, record_article
from .text import content_id
from .warc import FETCH_FAILED, NOT_HTML, read_warc

__all__ = ["read", "from_records", "Source", "Unparsed", "ReadOptions", "SUFFIXES", "decode_bytes"]

T = TypeVar("T")

log = logging.getLogger(__name__)

EMPTY = "input.empty"
MALFORMED = "input.malformed"
BINARY = "input.binary"
UNREADABLE = "input.unreadable"
TOO_LARGE = "input.too_large"
REASONS = (EMPTY, MALFORMED, BINARY, UNREADABLE, TOO_LARGE, NO_CONTENT, NOT_HTML, FETCH_FAILED)

FIELDS = ("text", "id", "title", "url", "site", "published")
_STREAMED = (".txt", ".jsonl", ".ndjson", ".html", ".htm", ".warc")  # these may be compressed
SUFFIXES = (*_STREAMED, ".parquet", *(base + c for base in _STREAMED for c in COMPRESSIONS))
_SUPPORTED = f"{', '.join((*_STREAMED, '.parquet'))}; all but .parquet also as {', '.join(COMPRESSIONS)}"

PathLike = Union[str, "os.PathLike[str]"]


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    assert isinstance(err, UnicodeDecodeError)
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error("newsclean-latin1", _latin1_fallback)


def decode_bytes(data: bytes) -> str | None:
    """Text of ``data`` by the module's decoding rule, or None when it looks binary."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    if data.count(0) > len(data) // 100:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Decide line by line: a cp1252 archive with UTF-8 lines appended keeps both right.
        return "\n".join(_decode_line(line) for line in data.split(b"\n"))


def _decode_line(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "newsclean-latin1")


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_str(value: str) -> str:
    """``value`` with surrogates fixed: pairs joined, lone ones U+FFFD (Parquet needs valid UTF-8)."""
    if value.isascii() or not _SURROGATE.search(value):
        return value
    return value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How records map onto articles, and what to do with bad ones."""

    columns: Mapping[str, str] = field(default_factory=dict)  # our field -> input column
    on_bad_record: str = "raise"  # or "reject"
    batch_size: int = 256
    max_chars: int = 10_000_000  # longer articles are rejected as input.too_large

    def __post_init__(self) -> None:
        if self.on_bad_record not in ("raise", "reject"):
            raise ValueError(f"on_bad_record must be 'raise' or 'reject', not {self.on_bad_record!r}")
        unknown = set(self.columns) - set(FIELDS)
        if unknown:
            raise ValueError(f"unknown field(s) in columns: {sorted(unknown)}; known: {', '.join(FIELDS)}")
        if self.batch_size < 1:
            raise ValueError("batch_size must be at least 1")

    def column(self, name: str) -> str:
        return self.columns.get(name, name)


class _BadRecord(Exception):
    """A record that cannot become an article; turned into an error or a reject."""


class Source:
    """A re-iterable stream of article batches from files or records."""

    def __init__(self, articles: Iterable[Article] | None, options: ReadOptions, files: Sequence[Path] = ()) -> None:
        self.files = tuple(files)
        self.options = options
        self._articles = articles

    def articles(self) -> Iterator[Article]:
        if self._articles is not None:
            return iter(self._articles)
        return (a for path in self.files for a in _read_file(path, self.options))

    def __iter__(self) -> Iterator[Batch]:
        return _batched(self.articles(), self.options.batch_size)

    def unparsed(self) -> Iterator[Batch | Unparsed]:
        """The same batches, their JSONL lines read but not parsed: parsing is most of
        reading, and ``Unparsed.load()`` can run in a worker process."""
        if self._articles is not None:
            yield from self
            return
        items = (item for path in self.files for item in _read_file(path, self.options, parse=False))
        for batch in _batched(items, self.options.batch_size):
            yield Unparsed(batch, self.options)

    def shards(self) -> list[Source]:
        """One source per input file, in order: the unit a resumable run checkpoints."""
        if self._articles is not None:
            raise ValueError("a source of in-memory records has no files to split into shards")
        return [Source(None, self.options, [path]) for path in self.files]

    def __repr__(self) -> str:
        if self._articles is not None:
            return "Source(<records>)"
        return f"Source({len(self.files)} files)"


_Line = tuple[Path, int, bytes, int]  # a JSONL line read but not parsed: path, line number, bytes, size


@dataclass(frozen=True, slots=True)
class Unparsed:
    """A batch of JSONL lines not parsed yet (and articles made without parsing, such
    as the reject of an unreadable file), in input order: one article each."""

    items: list[_Line | Article]
    options: ReadOptions

    @property
    def size(self) -> int:
        return len(self.items)

    def load(self) -> Batch:
        """The batch of articles, as ``Source.__iter__`` gives it."""
        options = self.options
        return [item if isinstance(item, Article) else _jsonl_article(*item, options) for item in self.items]


def _batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def read(
    inputs: PathLike | Iterable[PathLike],
    *,
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    batch_size: int = 256,
    max_chars: int = 10_000_000,
) -> Source:
    """Articles from files, directories (searched recursively) or glob patterns.

    Paths are resolved now, so a missing path fails before any work is done; files
    are read lazily, one at a time, when the source is iterated.
    """
    options = ReadOptions(dict(columns or {}), on_bad_record, batch_size, max_chars)
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    return Source(None, options, resolve_inputs(inputs))


def from_records(
    records: Iterable[Mapping[str, object]],
    *,
    source: str = "<records>",
    columns: Mapping[str, str] | None = None,
    on_bad_record: str = "raise",
    batch_size: int = 256,
    max_chars: int = 10_000_000,
) -> Source:
    """Articles from in-memory records (dicts with at least ``text``).

    Pass a list (not a one-shot iterator) when the pipeline needs two passes.
    """
    options = ReadOptions(dict(columns or {}), on_bad_record, batch_size, max_chars)

    def articles() -> Iterator[Article]:
        for n, record in enumerate(records, 1):
            try:
                yield _record_article(record, f"{source}:{n}", None, options)
            except _BadRecord as err:  # a missing or mistyped field: an error or a reject, as for files
                raw = json.dumps(record, ensure_ascii=False, default=str)
                yield _bad(f"{source}:{n}", f"{source}:{n}", raw, str(err), options)

    class _Records:
        def __iter__(self) -> Iterator[Article]:
            return articles()

    return Source(_Records(), options)


def _supported(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def resolve_inputs(inputs: Iterable[PathLike]) -> list[Path]:
    """The input files, in a stable order: given order, directories and globs sorted."""
    files: list[Path] = []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            found = sorted(_walk(path), key=str)
            if not found:
                raise InputError(
                    f"{path}: no supported files in this directory (looked for {_SUPPORTED}). "
                    "Point at the files directly or convert them."
                )
            files.extend(found)
        elif path.is_file():
            if not _supported(path):
                raise InputError(f"{path}: unsupported file type. Supported: {_SUPPORTED}.")
            files.append(path)
        elif glob.has_magic(str(raw)):
            matched = sorted((Path(p) for p in glob.glob(str(raw), recursive=True)), key=str)
            matched = [p for p in matched if p.is_file() and _supported(p)]
            if not matched:
                raise InputError(f"{raw}: the pattern matches no supported files ({_SUPPORTED}).")
            files.extend(matched)
        elif path.exists() or path.is_symlink():
            raise InputError(f"{path}: cannot be read (broken link or special file). Check the path.")
        else:
            raise InputError(f"{path}: no such file or directory. Check the path.")
    return files


def _walk(root: Path) -> Iterator[Path]:
    # followlinks=False: a symlink loop cannot make us walk forever.
    for dirpath, dirnames, filenames in os.walk(root, onerror=_walk_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in filenames:
            path = Path(dirpath, name)
            if not name.startswith(".") and _supported(path):
                yield path


def _walk_error(err: OSError) -> None:
    raise InputError(f"{err.filename}: cannot list this directory ({err.strerror}). Check its permissions.")


def _open(path: Path) -> IO[bytes]:
    return open_input(path)


def _read_file(path: Path, options: ReadOptions, *, parse: bool = True) -> Iterator[Article | _Line]:
    """The articles of one file; with ``parse=False``, JSONL lines are left unparsed."""
    import pyarrow as pa

    name = strip_compression(path.name.lower())
    records = 0  # read before a failure: the reject says where the file broke off
    try:
        if name.endswith(".txt"):
            yield _read_txt(path, options)
        elif name.endswith(".parquet"):
            for article in _read_parquet(path, options):
                records += 1
                yield article
        elif name.endswith((".html", ".htm")):
            yield read_html_file(path, options)
        elif name.endswith(".warc"):
            yield from read_warc(path, options)  # its errors name the WARC record
        else:
            for line in _jsonl_lines(path, options):
                records += 1
                yield _jsonl_article(*line, options) if parse else line
    except (OSError, EOFError, zlib.error, pa.ArrowException) as err:
        # A vanished or unreadable file, truncated compression, a file that is not Parquet.
        problem = f"cannot be read ({err})"
        if records:
            problem = f"cannot be read after {records} record(s) ({err})"
        if options.on_bad_record == "raise":
            raise InputError(f"{path}: {problem}. Check the file, or pass --on-bad-record=reject to keep going.") from err
        yield _rejected(f"{_stem(path)}:unreadable", str(path), "", UNREADABLE, problem)


def _stem(path: Path) -> str:
    name = path.name
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return path.stem


def _rejected(id_: str, source: str, raw: str, reason: str, detail: str) -> Article:
    paragraphs = (Paragraph(clean_str(raw)),) if raw else ()
    return Article(id=clean_str(id_), source=clean_str(source), paragraphs=paragraphs, rejected=reason, detail=clean_str(detail))


def _too_large(id_: str, source: str, head: bytes, size: str, options: ReadOptions) -> Article:
    text = head.decode("utf-8", "replace")[:1000]
    detail = f"{size}, more than the limit of {options.max_chars} characters (max_chars); first 1000 kept here"
    return _rejected(id_, source, text, TOO_LARGE, detail)


def _read_txt(path: Path, options: ReadOptions) -> Article:
    limit = 4 * options.max_chars  # no text of max_chars characters takes more bytes (UTF-8, UTF-16)
    with _open(path) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        return _too_large(_stem(path), str(path), data[:4000], f"more than {limit} bytes", options)
    text = decode_bytes(data)
    if text is None:
        return _rejected(_stem(path), str(path), "", BINARY, f"{len(data)} bytes, more than 1% NUL")
    return _article(text, {}, _stem(path), str(path), options)


def _lines(fh: IO[bytes], limit: int) -> Iterator[tuple[bytes, int]]:
    """(line, size in bytes) of a byte stream; a line longer than ``limit`` comes back cut
    to its first 4000 bytes, the rest skipped unread into memory."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n"):
            yield line, len(line)
            continue
        size = len(line)
        head = line[:4000]
        del line
        while True:
            chunk = fh.readline(1 << 20)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
        yield head, size


def _utf16_lines(fh: IO[bytes], limit: int) -> Iterator[tuple[bytes, int]]:
    """The lines of a UTF-16 stream (it starts with a BOM), re-encoded as UTF-8."""
    text = io.TextIOWrapper(fh, encoding="utf-16", errors="replace", newline="")
    for line in text:
        data = line.encode("utf-8", "surrogatepass")
        yield (data[:4000], len(data)) if len(data) > limit else (data, len(data))


def _jsonl_lines(path: Path, options: ReadOptions) -> Iterator[_Line]:
    """The non-blank lines of a JSONL file, each with its line number and size in bytes."""
    # JSON escapes take up to 6 bytes per character: longer lines cannot fit max_chars
    # and are rejected unparsed, so a runaway line never has to fit in memory.
    limit = _jsonl_limit(options)
    with _open(path) as fh:
        bom = fh.peek(2)[:2] if hasattr(fh, "peek") else b""
        lines = _utf16_lines(fh, limit) if bom in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) else _lines(fh, limit)
        for lineno, (raw, size) in enumerate(lines, 1):
            if raw.strip():
                yield path, lineno, raw, size


def _jsonl_limit(options: ReadOptions) -> int:
    return 6 * options.max_chars + 4096


def _jsonl_article(path: Path, lineno: int, raw: bytes, size: int, options: ReadOptions) -> Article:
    """The article of one JSONL line (a reject if it is too large or, with
    ``on_bad_record="reject"``, malformed)."""
    source = f"{path}:{lineno}"
    if size > _jsonl_limit(options):
        return _too_large(f"{_stem(path)}:{lineno}", source, raw, f"a line of {size} bytes", options)
    line = decode_bytes(raw) or raw.decode("utf-8", "replace")
    try:
        try:
            # strict=False: raw control characters inside strings are read (Normalize removes them).
            record = json.loads(line, strict=False)
        except json.JSONDecodeError as err:
            raise _BadRecord(f"line is not valid JSON ({err.msg})") from None
        except RecursionError:
            raise _BadRecord("line is not valid JSON (nested too deeply)") from None
        if not isinstance(record, dict):
            kind = "null" if record is None else type(record).__name__
            raise _BadRecord(f"line is a JSON {kind}, not an object")
        return _record_article(record, source, None, options)
    except _BadRecord as err:
        return _bad(source, f"{_stem(path)}:{lineno}", line.strip(), str(err), options)


def _read_parquet(path: Path, options: ReadOptions) -> Iterator[Article]:
    import pyarrow.parquet as pq

    row = 0
    with pq.ParquetFile(path) as pf:
        text_column = options.column("text")
        if text_column not in pf.schema_arrow.names:
            columns = ", ".join(pf.schema_arrow.names)
            hint = f"the file has no column '{text_column}' (columns: {columns}); pass --column text=NAME"
        else:
            hint = ""
        for batch in pf.iter_batches(batch_size=options.batch_size):
            for record in batch.to_pylist():
                row += 1
                source = f"{path}:{row}"
                try:
                    yield _record_article(record, source, None, options)
                except _BadRecord as err:
                    raw = json.dumps(record, ensure_ascii=False, default=str)
                    yield _bad(source, f"{_stem(path)}:{row}", raw, hint or str(err), options)


def _bad(source: str, id_: str, raw: str, problem: str, options: ReadOptions) -> Article:
    if options.on_bad_record == "raise":
        raise InputError(f"{clean_str(source)}: {problem}. Fix the record, or pass --on-bad-record=reject to keep going.")
    if len(raw) > options.max_chars:  # keep removed.parquet bounded too
        problem = f"{problem}; first 1000 of {len(raw)} characters kept here"
        raw = raw[:1000]
    return _rejected(id_, source, raw, MALFORMED, problem)


def _scalar(value: object, name: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()  # dates and datetimes from Parquet
    raise _BadRecord(f"field '{name}' must be a string, got {type(value).__name__}")


def _record_article(record: Mapping[str, object], source: str, default_id: str | None, options: ReadOptions) -> Article:
    text_column = options.column("text")
    if record.get(text_column) is None and record.get(HTML_FIELD) is not None:
        return record_article(record, source, default_id, options)
    if text_column not in record or record[text_column] is None:
        raise _BadRecord(f"the record has no '{text_column}' field")
    text = record[text_column]
    if not isinstance(text, str):
        raise _BadRecord(f"field '{text_column}' must be a string, got {type(text).__name__}")
    meta = {name: _scalar(record.get(options.column(name)), options.column(name)) for name in FIELDS[1:]}
    known = {options.column(name) for name in FIELDS} | {HTML_FIELD}  # html: consumed, or superseded by text
    extra = {k: v for k, v in record.items() if k not in known}
    meta["extra"] = json.dumps(extra, ensure_ascii=False, default=str) if extra else None
    id_ = meta.pop("id") or default_id or content_id(text)
    return _article(text, meta, id_, source, options)


def _article(text: str, meta: dict[str, str | None], id_: str, source: str, options: ReadOptions) -> Article:
    text, id_, source = clean_str(text), clean_str(id_), clean_str(source)
    meta = {k: clean_str(v) if v else v for k, v in meta.items()}
    if not meta.get("site") and meta.get("url"):
        meta["site"] = _site_of(meta["url"] or "")
    if len(text) > options.max_chars:
        head = text[:1000]
        detail = f"{len(text)} characters, more than the limit of {options.max_chars} characters (max_chars); first 1000 kept here"
        return Article(id=id_, source=source, paragraphs=(Paragraph(head),), rejected=TOO_LARGE, detail=detail, **meta)
    article = Article(id=id_, source=source, paragraphs=split_paragraphs(text), **meta)
    if not article.paragraphs:
        return article.reject(EMPTY, "no text, or only whitespace")
    return article


def _site_of(url: str) -> str | None:
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
