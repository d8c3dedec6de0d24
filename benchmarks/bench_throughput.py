"""Throughput of newsclean against the peer pipelines, as one table.

Usage:
    python benchmarks/bench_throughput.py --articles 100000 [--peers naive,datatrove,text_dedup]
        [--workers 1,2] [--seed 0] [--skip-newsclean] [--corpus FILE]

Builds the corpus (``corpus.py``) or reuses the one for this size, seed and corpus.py
version, then runs newsclean's CLI and each peer (``peers.py``) as separate subprocesses, one
after the other, so each run's memory is its own and no two runs share the 2 cores.
articles/s and MB/s count input articles and input text MB over end-to-end wall time.
Peak RSS is the summed resident memory of the run's whole process tree (workers included),
sampled every 0.25 s. Peers that cannot install or run are listed with the reason.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import corpus as corpus_mod  # noqa: E402
import peers  # noqa: E402
from peers import PeakRss, PeerResult  # noqa: E402

REPO = peers.HERE.parent
LOGS = peers.WORK / "logs"
NEWSCLEAN = [str(REPO / ".venv" / "bin" / "python"), "-m", "newsclean"]


def corpus_for(n: int, seed: int) -> Path:
    """Build the corpus once per (size, seed, corpus.py version); print its rates either way."""
    version = hashlib.sha1(Path(corpus_mod.__file__).read_bytes()).hexdigest()[:8]
    path = peers.WORK / f"corpus-{n}-seed{seed}-{version}.jsonl.gz"
    summary = path.with_name(path.name + ".summary.txt")
    if path.exists() and summary.exists():
        print(f"reusing {path.relative_to(REPO)}")
    else:
        print(f"building {path.relative_to(REPO)} ...", flush=True)
        t0 = time.perf_counter()
        stats = corpus_mod.write_corpus(path, n, seed, corpus_mod.DEFAULT_DATA, corpus_mod.DEFAULT_SEEDS)
        summary.write_text(corpus_mod.summary(stats, time.perf_counter() - t0) + "\n")
    print(summary.read_text())
    return path


def run_measured(argv: list[str], log: Path, env: dict | None = None) -> tuple[int, float, float, str]:
    """Run a command, sampling its process tree's memory; stdout returned (and kept beside ``log``)."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as err:
        t0 = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=err, text=True, cwd=REPO, env=env)
        with PeakRss(proc.pid) as rss:
            out, _ = proc.communicate()
        seconds = time.perf_counter() - t0
    log.with_suffix(".out").write_text(out)
    return proc.returncode, seconds, rss.peak_mb, out


def _tail(log: Path) -> str:
    lines = [ln.strip() for ln in log.read_text(errors="replace").splitlines() if ln.strip()]
    return lines[-1] if lines else "no output"


def run_newsclean(corpus: Path, workers: int) -> PeerResult:
    """newsclean through its CLI, exactly as a user runs it."""
    result = PeerResult("newsclean", workers)
    if not (REPO / "newsclean" / "__main__.py").exists():
        result.note = "not run: newsclean/__main__.py does not exist yet"
        return result
    out = peers.OUT / "newsclean" / f"workers-{workers}"
    log = LOGS / f"newsclean-w{workers}.log"
    argv = [*NEWSCLEAN, "clean", str(corpus), "--out", str(out), "--workers", str(workers), "--overwrite", "-q"]
    rc, seconds, peak, _ = run_measured(argv, log)
    if rc != 0:
        result.note = f"not run: exit {rc}: {_tail(log)} (log: {log.relative_to(REPO)})"
        return result
    result.ran, result.seconds, result.peak_rss_mb = True, seconds, peak
    result.articles_in, result.input_mb = peers.corpus_stats(corpus)
    result.articles_out = _parquet_rows(out / "articles.parquet")
    report = out / "report.json"
    if report.exists():
        timings = json.loads(report.read_text()).get("timings")
        if isinstance(timings, dict):
            result.stages = {str(k): float(v) for k, v in timings.items()}
    result.note = f"CLI end to end (interpreter start included); output {out.relative_to(REPO)}"
    return result


def _parquet_rows(path: Path) -> int:
    try:
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    except Exception:  # a missing/odd file shows as 0 kept, not as a crash
        return 0


def run_peer(name: str, corpus: Path, workers: int) -> PeerResult:
    """A peer in its own subprocess (and venv); installation happens before, untimed."""
    try:
        peers.ensure_venv(name)
    except (peers.PeerUnavailable, subprocess.CalledProcessError) as exc:
        return PeerResult(name, workers, note=f"not run: {exc}")
    log = LOGS / f"{name}-w{workers}.log"
    argv = [sys.executable, str(peers.HERE / "peers.py"), name, str(corpus), "--workers", str(workers)]
    rc, _, outer_peak, out = run_measured(argv, log, env={**os.environ, peers.SAMPLED_OUTSIDE: "1"})
    lines = [ln for ln in out.splitlines() if ln.startswith("RESULT ")]
    if rc != 0 or not lines:
        return PeerResult(name, workers, note=f"not run: exit {rc}: {_tail(log)} (log: {log.relative_to(REPO)})")
    data = json.loads(lines[-1][len("RESULT "):])
    data.pop("articles_per_s"), data.pop("mb_per_s")
    result = PeerResult(**data)
    # The peer times itself (without one-off data conversion); memory is taken from outside.
    result.peak_rss_mb = max(result.peak_rss_mb, outer_peak) if result.ran else 0.0
    return result


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if a and b else "-"


def print_table(results: list[PeerResult]) -> None:
    """One row per run, with newsclean's speed and memory relative to each peer."""
    ours = {r.workers: r for r in results if r.system == "newsclean" and r.ran}
    head = ("system", "workers", "articles/s", "MB/s", "peak RSS MB", "seconds", "kept",
            "nc speed/peer", "nc RSS/peer")
    rows = []
    for r in results:
        if not r.ran:
            rows.append((r.system, str(r.workers), "not run", "", "", "", "", "", ""))
            continue
        nc = ours.get(r.workers) or ours.get(1)
        mine = r.system == "newsclean"
        rows.append((r.system, str(r.workers), f"{r.articles_per_s:,.0f}", f"{r.mb_per_s:.2f}",
                     f"{r.peak_rss_mb:,.0f}", f"{r.seconds:,.1f}", f"{r.articles_out:,}",
                     "" if mine or not nc else _ratio(nc.articles_per_s, r.articles_per_s),
                     "" if mine or not nc else _ratio(nc.peak_rss_mb, r.peak_rss_mb)))
    widths = [max(len(x) for x in col) for col in zip(head, *rows)]
    line = lambda cells: "  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(cells, widths)))  # noqa: E731
    print(line(head))
    print(line(["-" * w for w in widths]))
    for row in rows:
        print(line(row))
    print()
    for r in results:
        extra = f" [one-off conversion {r.prep_seconds:.1f}s not counted]" if r.prep_seconds > 0.05 else ""
        print(f"{r.system} w{r.workers}: {r.note}{extra}")
    for r in results:
        if r.system == "newsclean" and r.ran and r.stages:
            total = sum(r.stages.values()) or 1.0
            print(f"\nnewsclean stages (workers={r.workers}, from report.json):")
            for stage, s in r.stages.items():
                print(f"  {stage:<28} {s:8.1f} s  {100 * s / total:5.1f}%")
        elif r.ran and len(r.stages) > 1:
            print(f"\n{r.system} stages (workers={r.workers}):")
            for stage, s in r.stages.items():
                print(f"  {stage:<34} {s:8.1f} s")


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the corpus, run every system, print the comparison."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--peers", default="naive,datatrove,text_dedup",
                    help=f"comma-separated, from {','.join(peers.PEERS)}; empty for none")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts")
    ap.add_argument("--skip-newsclean", action="store_true")
    ap.add_argument("--corpus", type=Path, help="use this corpus file instead of building one")
    args = ap.parse_args(argv)
    names = [p for p in args.peers.split(",") if p]
    unknown = [p for p in names if p not in peers.PEERS]
    if unknown:
        ap.error(f"unknown peer(s) {', '.join(unknown)}; choose from {', '.join(peers.PEERS)}")
    workers = [int(w) for w in args.workers.split(",") if w]

    corpus = args.corpus.resolve() if args.corpus else corpus_for(args.articles, args.seed)
    n, mb = peers.corpus_stats(corpus)
    print(f"corpus: {n:,} articles, {mb:.1f} MB of text\n")
    results = []
    for w in workers:
        if not args.skip_newsclean:
            results.append(run_newsclean(corpus, w))
            _progress(results[-1])
        for name in names:
            if name == "naive" and w != workers[0]:
                continue  # single process by definition: one run is enough
            results.append(run_peer(name, corpus, 1 if name == "naive" else w))
            _progress(results[-1])
    print()
    print_table(results)
    return 0


def _progress(r: PeerResult) -> None:
    """One line per finished run, so a long benchmark shows it is alive."""
    state = f"{r.seconds:.1f}s, {r.articles_per_s:,.0f} articles/s" if r.ran else r.note
    print(f"  done: {r.system} workers={r.workers}: {state}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
