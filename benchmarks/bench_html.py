"""Throughput of newsclean's HTML and WARC reading against trafilatura's own CLI, same pages.

The pages are the 300 WCXB dev pages that carry their HTML (``../shared/data``). They are
written out as ``.html`` files (the input of both newsclean and ``trafilatura --input-dir``)
and as one CC-NEWS-like ``.warc.gz`` (a warcinfo record, then one gzip member per
``response`` record). Printed, one table each:

1. HTML reading: ``newsclean.read()`` over the files (decode, trafilatura, metadata), the
   full ``newsclean.clean()`` on them, and the trafilatura CLI (one process, as newsclean
   reads in one process), with and without its metadata. Pages/s and MB/s of HTML.
2. WARC readers: FastWARC and warcio iterating the same WARC.gz and reading every payload
   (no extraction), and FastWARC as newsclean drives it (Python gzip, raw payloads).
3. WARC reading: ``newsclean.read()`` over the WARC.gz, extraction included.
4. With ``--quality``: trafilatura's options scored against the pages' reference text
   (bag-of-words precision/recall/F1, macro-averaged), the measurement behind html.py.

    python benchmarks/bench_html.py                    # all 300 pages
    python benchmarks/bench_html.py --pages 60 --quality

Figures are wall-clock on whatever else the machine runs: compare rows of one run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "wcxb-dev.jsonl.gz"
sys.path.insert(0, str(ROOT))

import newsclean  # noqa: E402


def load_pages(path: Path, limit: int) -> list[dict]:
    """The first ``limit`` pages of the file that have HTML: id, url, html, gold_text."""
    pages: list[dict] = []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            if row.get("html"):
                pages.append({k: row.get(k) for k in ("id", "url", "html", "gold_text")})
                if len(pages) >= limit:
                    break
    return pages


def write_html(pages: Sequence[dict], folder: Path) -> int:
    """One UTF-8 ``<id>.html`` file per page; returns the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for page in pages:
        data = page["html"].encode("utf-8")
        (folder / f"{page['id']}.html").write_bytes(data)
        total += len(data)
    return total


def _warc_record(kind: str, headers: dict[str, str], block: bytes) -> bytes:
    head = "".join(f"{k}: {v}\r\n" for k, v in {"WARC-Type": kind, **headers, "Content-Length": str(len(block))}.items())
    return f"WARC/1.1\r\n{head}\r\n".encode() + block + b"\r\n\r\n"


def write_warc(pages: Sequence[dict], path: Path) -> int:
    """A CC-NEWS-like WARC.gz of the pages (one gzip member per record); returns uncompressed bytes."""
    records = [_warc_record("warcinfo", {"WARC-Record-ID": "<urn:uuid:00000000-0000-4000-8000-000000000000>",
                                         "WARC-Date": "2025-10-01T00:00:00Z", "Content-Type": "application/warc-fields"},
                            b"software: newsclean bench_html\r\n")]
    for n, page in enumerate(pages, 1):
        body = page["html"].encode("utf-8")
        http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n").encode()
        records.append(_warc_record("response", {
            "WARC-Record-ID": f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>",
            "WARC-Date": "2025-10-01T12:00:00Z",
            "WARC-Target-URI": page["url"],
            "Content-Type": "application/http; msgtype=response",
        }, http + body))
    with open(path, "wb") as fh:
        for record in records:
            fh.write(gzip.compress(record, compresslevel=6, mtime=0))
    return sum(len(r) for r in records)


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    """(wall seconds, CPU seconds of this process and its children, result)."""
    wall, cpu = time.perf_counter(), _cpu()
    result = fn()
    return time.perf_counter() - wall, _cpu() - cpu, result


def row(name: str, pages: int, wall: float, cpu: float, mbytes: float, note: str = "") -> str:
    return (f"| {name} | {pages} | {wall:.2f} | {cpu:.2f} | {pages / cpu:.1f} | {mbytes / cpu:.2f} | {note} |")


# The machine is shared: CPU seconds (user + system, children included) are the fair measure;
# pages/s and MB/s are per CPU second. Wall seconds are shown for reference.
HEADER = ("| reader | pages | wall s | CPU s | pages/CPU-s | MB/CPU-s | note |\n"
          "|---|---:|---:|---:|---:|---:|---|")


def read_all(inputs: Path) -> list:
    return [a for batch in newsclean.read(inputs) for a in batch]


def trafilatura_cli(folder: Path, out: Path, extra: Sequence[str]) -> int:
    """Run the trafilatura CLI over ``folder`` in one process; returns the files it wrote."""
    shutil.rmtree(out, ignore_errors=True)
    cli = Path(sys.executable).with_name("trafilatura")
    command = [str(cli), "--input-dir", str(folder), "--output-dir", str(out), "--parallel", "1", "--no-comments", *extra]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sum(1 for p in out.rglob("*") if p.is_file())


def part_html(pages: Sequence[dict], work: Path, clean: bool) -> None:
    folder = work / "html"
    size = write_html(pages, folder) / 1e6
    n = len(pages)
    lines = [HEADER]
    wall, cpu, articles = timed(lambda: read_all(folder))
    kept = sum(1 for a in articles if a.rejected is None)  # type: ignore[union-attr]
    lines.append(row("newsclean read() (.html files)", n, wall, cpu, size, f"{kept} with text; title/url/date too"))
    wall, cpu, written = timed(lambda: trafilatura_cli(folder, work / "cli-txt", []))
    lines.append(row("trafilatura CLI --no-comments", n, wall, cpu, size, f"{written} files; text only"))
    wall, cpu, written = timed(lambda: trafilatura_cli(folder, work / "cli-meta", ["--with-metadata"]))
    lines.append(row("trafilatura CLI --no-comments --with-metadata", n, wall, cpu, size, f"{written} files; extensive date search"))
    if clean:
        wall, cpu, report = timed(lambda: newsclean.clean(folder, work / "out", overwrite=True))
        lines.append(row("newsclean clean() (read + default pipeline)", n, wall, cpu, size, f"{report.kept} kept"))  # type: ignore[union-attr]
    print(f"\n## HTML reading ({n} pages, {size:.1f} MB of HTML, one process each)\n")
    print("\n".join(lines))


def fastwarc_read(path: Path, native: bool) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    if native:  # FastWARC's own gzip and HTTP decoding
        for record in ArchiveIterator(str(path), record_types=WarcRecordType.response, auto_decode="all"):
            total += len(record.reader.read())
        return total
    with gzip.open(path, "rb") as fh:  # as newsclean.warc drives it
        for record in ArchiveIterator(fh, record_types=WarcRecordType.response, auto_decode="none", stream_detect=False):
            total += len(record.reader.read())
    return total


def warcio_read(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                total += len(record.content_stream().read())
    return total


def part_warc_readers(path: Path, n: int, raw_mb: float, repeat: int) -> None:
    lines = [HEADER]
    readers: list[tuple[str, Callable[[], int]]] = [
        ("FastWARC (own gzip + HTTP decoding)", lambda: fastwarc_read(path, True)),
        ("FastWARC as newsclean drives it (Python gzip, raw payload)", lambda: fastwarc_read(path, False)),
    ]
    try:
        import warcio  # noqa: F401

        readers.append(("warcio (content_stream)", lambda: warcio_read(path)))
    except ImportError:
        print("(warcio is not installed: pip install warcio to compare it)")
    payloads = set()
    for name, fn in readers:
        runs = [timed(fn) for _ in range(repeat)]
        wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
        payloads.add(fn())
        lines.append(row(name, n, wall, cpu, raw_mb, f"best of {repeat}"))
    print(f"\n## WARC readers: iterate and read every payload ({n} records, {raw_mb:.1f} MB uncompressed, "
          f"{path.stat().st_size / 1e6:.1f} MB gzip)\n")
    print("\n".join(lines))
    if len(payloads) != 1:
        print(f"\nwarning: the readers disagree on the payload bytes: {sorted(payloads)}")


def part_warc(path: Path, n: int, raw_mb: float) -> None:
    wall, cpu, articles = timed(lambda: read_all(path))
    reasons = Counter(a.rejected or "kept" for a in articles)  # type: ignore[union-attr]
    print(f"\n## WARC reading with extraction ({n} response records)\n")
    print(HEADER)
    print(row("newsclean read() (.warc.gz)", n, wall, cpu, raw_mb, ", ".join(f"{k} {v}" for k, v in sorted(reasons.items()))))


_WORD = re.compile(r"\w+")


def _scores(kept: str, gold: str) -> tuple[float, float, float]:
    k, g = Counter(_WORD.findall(kept.lower())), Counter(_WORD.findall(gold.lower()))
    common, nk, ng = sum((k & g).values()), sum(k.values()), sum(g.values())
    p = common / nk if nk else (1.0 if not ng else 0.0)
    r = common / ng if ng else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


QUALITY_CONFIGS: dict[str, dict[str, bool]] = {
    "defaults (chosen)": {},
    "include_tables=False": {"include_tables": False},
    "favor_precision": {"favor_precision": True},
    "favor_recall": {"favor_recall": True},
    "fast (no fallback)": {"fast": True},
}


def part_quality(pages: Sequence[dict]) -> None:
    import trafilatura

    print(f"\n## trafilatura options against the reference text ({len(pages)} pages, include_comments=False)\n")
    print("| options | precision | recall | F1 | empty | pages/CPU-s |\n|---|---:|---:|---:|---:|---:|")
    for name, options in QUALITY_CONFIGS.items():
        start = time.process_time()
        texts = [trafilatura.extract(p["html"], url=p["url"], include_comments=False, **options) or "" for p in pages]
        seconds = time.process_time() - start
        scores = [_scores(t, p["gold_text"] or "") for t, p in zip(texts, pages)]
        p, r, f = (sum(s[i] for s in scores) / len(scores) for i in range(3))
        empty = sum(1 for t in texts if not t.strip())
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {empty} | {len(pages) / seconds:.1f} |")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="wcxb-dev.jsonl.gz (pages with an html field)")
    parser.add_argument("--pages", type=int, default=300, help="how many pages with HTML to use (default: 300, all)")
    parser.add_argument("--repeat", type=int, default=3, help="repeats of the cheap WARC-reader timings (best is kept)")
    parser.add_argument("--no-clean", action="store_true", help="skip the full clean() row")
    parser.add_argument("--quality", action="store_true", help="also score trafilatura's options (slow)")
    args = parser.parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]  # tables appear as they finish
    if not args.data.exists():
        parser.error(f"{args.data}: not found; pass --data")
    import logging

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # per-page parser chatter
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    pages = load_pages(args.data, args.pages)
    with tempfile.TemporaryDirectory(prefix="bench_html-") as tmp:
        work = Path(tmp)
        part_html(pages, work, clean=not args.no_clean)
        warc = work / "pages.warc.gz"
        raw_mb = write_warc(pages, warc) / 1e6
        part_warc_readers(warc, len(pages), raw_mb, args.repeat)
        part_warc(warc, len(pages), raw_mb)
    if args.quality:
        part_quality(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
