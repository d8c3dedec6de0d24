"""Soak: a long run over many small articles, printing resident memory as it goes.

Usage:
    python benchmarks/bench_soak.py --articles 1000000 [--workers 1] [--interval 15] [--keep DIR]

Writes a JSONL file of ``--articles`` small synthetic articles (generated on the fly, a
few paragraphs each, with site taglines and near copies so every stage has work), then
cleans it with the default pipeline in this process and prints, every ``--interval``
seconds, the articles read so far (the first pass, which learns site repeats, and the
second count both: a run reads 2 x ``--articles``), the resident memory of this process and of its
worker processes, and the peak so far. RSS is read from /proc (Linux).

What to expect: the per-article stages stream (memory flat; their caches are bounded);
the corpus stages keep a small record per article for the whole run: the near-duplicate
stage 14 LSH band keys and a position per kept article (120 bytes), and the site-repeat
first pass its (site, line, story) fingerprints (24 bytes per distinct line of an article
with a site, freed once counted). Batches themselves are spilled to a temporary file,
not held.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import newsclean

from peers import _children, _rss_kb  # one /proc reader for every benchmark

WORDS = ("the government said on monday that new rules for energy prices would take effect next year after long talks "
         "between ministers unions and companies in the capital while critics warned that households could pay more").split()
TAGLINES = ("Follow us on Facebook and X for more news.", "© Example Media Group. All rights reserved.", "Photo: Reuters")


def write_corpus(path: Path, n: int, seed: int = 0) -> int:
    """``n`` small JSONL articles; returns the file size in bytes."""
    rng = random.Random(seed)
    recent: list[str] = []
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            if recent and rng.random() < 0.05:
                text = rng.choice(recent)  # an exact or near copy of a recent article
            else:
                paras = [" ".join(rng.choices(WORDS, k=rng.randint(8, 25))).capitalize() + "." for _ in range(rng.randint(1, 4))]
                text = "\n".join([f"Headline {i}", *paras])
                recent = (recent + [text])[-50:]
            if rng.random() < 0.3:
                text += "\n" + TAGLINES[i % 3]
            fh.write(json.dumps({"id": str(i), "text": text, "site": f"site{i % 200}.example"}) + "\n")
    return path.stat().st_size


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--interval", type=float, default=15.0, help="seconds between memory lines")
    parser.add_argument("--keep", type=Path, default=None, help="write the corpus and output here (default: a temp dir)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="newsclean-soak-") as tmp:
        root = args.keep or Path(tmp)
        root.mkdir(parents=True, exist_ok=True)
        corpus = root / f"soak-{args.articles}.jsonl"
        start = time.perf_counter()
        size = write_corpus(corpus, args.articles)
        print(f"corpus: {args.articles} articles, {size / 1e6:.1f} MB, written in {time.perf_counter() - start:.1f} s", flush=True)

        done = 0
        peak = 0
        stop = threading.Event()
        me = os.getpid()
        print(f"{'elapsed s':>9}  {'read':>9}  {'art/s':>7}  {'main MB':>8}  {'workers MB':>10}  {'peak MB':>8}", flush=True)

        def sample(final: bool = False) -> None:
            nonlocal peak
            main_kb = _rss_kb(me)
            worker_kb = sum(_rss_kb(c) for c in _children(me))
            peak = max(peak, main_kb + worker_kb)
            elapsed = time.perf_counter() - t0
            rate = done / elapsed if elapsed else 0.0
            print(f"{elapsed:9.0f}  {done:9d}  {rate:7.0f}  {main_kb / 1024:8.0f}  {worker_kb / 1024:10.0f}  {peak / 1024:8.0f}"
                  + ("  (end)" if final else ""), flush=True)

        def sampler() -> None:
            while not stop.wait(args.interval):
                sample()

        source = newsclean.read(corpus)

        class Counting:
            """The source, counting the articles read (both passes) for the memory lines."""

            def __iter__(self):  # type: ignore[no-untyped-def]
                nonlocal done
                for batch in source:
                    done += len(batch)
                    yield batch

        pipeline = newsclean.default_pipeline()
        t0 = time.perf_counter()
        thread = threading.Thread(target=sampler, daemon=True)
        thread.start()
        batches = pipeline.run(Counting(), workers=args.workers)
        report = newsclean.write(batches, root / "out", overwrite=True, pipeline=pipeline.describe())
        stop.set()
        thread.join()
        sample(final=True)
        max_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"\n{report.read} read, {report.kept} kept, {report.rejected} rejected in {time.perf_counter() - t0:.0f} s; "
              f"peak RSS of the main process (getrusage): {max_rss:.0f} MB", flush=True)


if __name__ == "__main__":
    sys.exit(main())
