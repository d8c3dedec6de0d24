"""Open an input file as a stream of bytes, decompressing by its suffix (.gz, .bz2, .zst).

Streams, never whole-file reads, so a multi-gigabyte ``.jsonl.zst`` is read line by
line. zstd comes from pyarrow, which newsclean already needs, so no extra package is
installed for it. A truncated or corrupt stream raises ``EOFError``, ``OSError`` or
``zlib.error`` while it is read; ``read()`` turns those into an error naming the file,
or an ``input.unreadable`` reject.
"""

from __future__ import annotations

import bz2
import gzip
import io
import os
from typing import IO

__all__ = ["COMPRESSIONS", "compression_of", "strip_compression", "open_input"]

COMPRESSIONS = (".gz", ".bz2", ".zst")

_BUFFER = 1 << 16


def compression_of(name: str) -> str | None:
    """The compression suffix of a file name (``.gz``, ``.bz2``, ``.zst``), or None."""
    lower = name.lower()
    return next((suffix for suffix in COMPRESSIONS if lower.endswith(suffix)), None)


def strip_compression(name: str) -> str:
    """The file name without its compression suffix: ``a.jsonl.zst`` -> ``a.jsonl``."""
    suffix = compression_of(name)
    return name[: -len(suffix)] if suffix else name


def open_input(path: str | os.PathLike[str]) -> IO[bytes]:
    """A binary stream of the file's decompressed bytes (line iteration and ``read`` work)."""
    suffix = compression_of(os.fspath(path))
    if suffix == ".gz":
        return gzip.open(path, "rb")  # multi-member files (one member per WARC record) read through
    if suffix == ".bz2":
        return bz2.open(path, "rb")
    if suffix == ".zst":
        import pyarrow as pa

        # pyarrow's stream lacks readline; a BufferedReader adds it. Multi-frame files
        # (zstd -T, concatenated frames) read through; a cut frame raises OSError.
        raw = pa.CompressedInputStream(pa.OSFile(os.fspath(path)), "zstd")
        return io.BufferedReader(raw, _BUFFER)  # type: ignore[arg-type]
    return open(path, "rb")
