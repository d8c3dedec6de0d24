"""The same corpus on the local engine and on a local Ray cluster with 1 and 2 workers.

Usage:
    python benchmarks/bench_ray.py [--articles 2000] [--corpus FILE] [--object-store-mb 500]

Each configuration runs in its own subprocess, one after the other, so each one's memory is
its own and no two share the 2 cores: ``local`` is ``newsclean.clean(workers=N)``; ``ray``
starts a local Ray cluster with N CPUs (``ray.init(num_cpus=N)``) and runs
``newsclean.ray.clean``. Printed per run: Ray start-up time, cleaning time, articles/s and
input MB/s over the cleaning time, the overhead against the local engine with as many
cores, peak memory (PSS summed over the whole process tree: driver, raylet, GCS, workers
and the object store's shared pages counted once), and whether the output equals the local
engine's row for row. Then the bytes per article at each stage of the distributed plan,
measured on the corpus, for the capacity plan.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path


HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"


def corpus_for(n: int, seed: int) -> Path:
    """The benchmark corpus (``corpus.py``), built once per size and seed."""
    sys.path.insert(0, str(HERE))
    import corpus as corpus_mod

    path = WORK / f"bench-ray-{n}-seed{seed}.jsonl.gz"
    if not path.exists():
        print(f"building {path} ...", flush=True)
        corpus_mod.write_corpus(path, n, seed, corpus_mod.DEFAULT_DATA, corpus_mod.DEFAULT_SEEDS)
    return path


def _tree(root: int) -> list[int]:
    """``root`` and all its descendants, from /proc."""
    parents: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
            except OSError:
                continue
            ppid = int(stat.rsplit(")", 1)[1].split()[1])
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def _pss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


class PeakPss:
    """Highest summed PSS of a process tree (shared pages counted once), sampled in a thread."""

    def __init__(self, pid: int, interval: float = 0.5) -> None:
        self.pid, self.interval, self.peak_mb = pid, interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, sum(_pss_kb(p) for p in _tree(self.pid)) / 1024)
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakPss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_one(engine: str, workers: int, corpus: Path, out: Path, object_store_mb: int) -> dict[str, float]:
    """One configuration, in this (sub)process: timings as a dict."""
    import logging

    import newsclean

    start = time.perf_counter()
    init = 0.0
    if engine == "ray":
        import ray
        import ray.data

        import newsclean.ray as on_ray

        ray.init(num_cpus=workers, object_store_memory=object_store_mb * 2**20, include_dashboard=False,
                 log_to_driver=False, logging_level=logging.WARNING)
        ray.data.DataContext.get_current().enable_progress_bars = False
        init = time.perf_counter() - start
        t0 = time.perf_counter()
        report = on_ray.clean([corpus], out, overwrite=True)
        elapsed = time.perf_counter() - t0
        ray.shutdown()
    else:
        t0 = time.perf_counter()
        report = newsclean.clean([corpus], out, overwrite=True, workers=workers)
        elapsed = time.perf_counter() - t0
    return {"init": init, "clean": elapsed, "articles": report.read, "chars": report.chars_read}


def same_rows(a: Path, b: Path) -> bool:
    import pyarrow.parquet as pq

    return all(pq.read_table(a / n).to_pylist() == pq.read_table(b / n).to_pylist()
               for n in ("articles.parquet", "removed.parquet"))


def stage_sizes(corpus: Path) -> list[tuple[str, float]]:
    """Bytes per input article of each table the distributed plan stores or shuffles."""
    import numpy as np

    import newsclean
    from newsclean.distributed.rows import to_table
    from newsclean.minhash import band_keys, lsh_params, near_duplicate_groups
    from newsclean.pipeline import Pipeline

    from newsclean.neardup import SignArticles as _Sign
    from newsclean.site import DropSiteRepeats

    stages = newsclean.default_pipeline().stages
    site_at = next(i for i, s in enumerate(stages) if isinstance(s, DropSiteRepeats))
    sign_at = next(i for i, s in enumerate(stages) if isinstance(s, _Sign))
    raw = [a for b in newsclean.read([corpus]) for a in b]
    n = len(raw)
    normalized = [a for b in Pipeline(stages[:site_at]).run([raw]) for a in b]
    triples = sum(len(stages[site_at].line_triples(a)) for a in normalized)
    signed = [a for b in Pipeline(stages[: sign_at + 1]).run([raw]) for a in b]  # fit, mark, local stages, sign
    kept = [a for a in signed if a.rejected is None]
    sigs = np.vstack([np.frombuffer(a.signature, dtype=np.uint32) for a in kept])
    bands, rows = lsh_params(0.7, 128)
    from newsclean.minhash import candidate_pairs, jaccard_pairs

    pairs = candidate_pairs(band_keys(sigs, bands, rows))
    edges = int((jaccard_pairs(sigs, pairs) >= 0.7).sum())
    labels = near_duplicate_groups(sigs, threshold=0.7)
    members = int(np.sum(np.bincount(labels)[labels] > 1))
    text = sum(len(p.text.encode()) for a in raw for p in a.paragraphs)
    return [
        ("input text (UTF-8)", text / n),
        ("articles as Arrow rows (ROWS, in the object store)", to_table(range(n), normalized).nbytes / n),
        ("  the same after SignArticles (+512 B signature)", to_table(range(n), signed).nbytes / n),
        ("site triples shuffled (site, line, story, bucket: 32 B each)", 32 * triples / n),
        ("near-dup facts (seq, signature, length, published, id)", (len(kept) * (8 + 512 + 8) + sum(len(a.id) + len(a.published or "") + 8 for a in kept)) / n),
        ("band rows shuffled (band, key, seq, bucket: 28 B x bands)", 28 * bands * len(kept) / n),
        ("signature sides shuffled twice (~550 B each time)", 2 * 550 * len(kept) / n),
        ("candidate pairs (16 B each)", 16 * len(pairs) / n),
        ("verified edges to the one components task (16 B each)", 16 * edges / n),
        ("cluster members shuffled for survivors (~560 B each)", 560 * members / n),
        ("decisions broadcast (~60 B per cluster member)", 60 * members / n),
        (f"[counts per article: {triples / n:.1f} triples, {len(pairs) / n:.3f} pairs, {edges / n:.3f} edges, "
         f"{members / n:.3f} cluster members]", 0.0),
    ]


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", type=Path, default=None)
    ap.add_argument("--object-store-mb", type=int, default=500)
    ap.add_argument("--configs", default="local:1,local:2,ray:1,ray:2")
    ap.add_argument("--repeat", type=int, default=1, help="runs per configuration; the fastest is shown")
    ap.add_argument("--no-snapshot", action="store_true",
                    help="run the working tree as it is (default: a copy taken at start, so edits made "
                    "while the benchmark runs cannot make its configurations differ)")
    ap.add_argument("--run", help=argparse.SUPPRESS)  # internal: ENGINE:WORKERS in a subprocess
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.run:
        engine, workers = args.run.split(":")
        print(json.dumps(run_one(engine, int(workers), args.corpus, args.out, args.object_store_mb)))
        return
    corpus = args.corpus or corpus_for(args.articles, args.seed)
    mb = sum(len(json.loads(line).get("text", "").encode()) for line in gzip.open(corpus, "rt")) / 1e6 \
        if corpus.name.endswith(".gz") else corpus.stat().st_size / 1e6
    env = dict(os.environ)
    if not args.no_snapshot:
        snapshot = WORK / "bench-ray-snapshot"
        shutil.rmtree(snapshot, ignore_errors=True)
        shutil.copytree(HERE.parent / "newsclean", snapshot / "newsclean", ignore=shutil.ignore_patterns("__pycache__"))
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(snapshot), env.get("PYTHONPATH")]))  # Ray workers inherit it
        sys.path.insert(0, str(snapshot))
    results: dict[str, dict[str, float]] = {}
    logs = WORK / "bench-ray-logs"
    logs.mkdir(parents=True, exist_ok=True)
    for config in args.configs.split(","):
        out = WORK / "bench-ray-out" / config.replace(":", "-")
        cmd = [sys.executable, __file__, "--run", config, "--corpus", str(corpus), "--out", str(out),
               "--object-store-mb", str(args.object_store_mb)]
        for attempt in range(args.repeat):
            print(f"running {config} ({attempt + 1}/{args.repeat}) ...", flush=True)
            with open(logs / f"{config.replace(':', '-')}-{attempt}.log", "w") as log:
                proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
                with PeakPss(proc.pid) as peak:
                    stdout, _ = proc.communicate()
            if proc.returncode != 0:
                print(f"  {config} failed (exit {proc.returncode}), see {log.name}")
                continue
            run = {**json.loads(stdout.strip().splitlines()[-1]), "peak": peak.peak_mb, "out": str(out)}
            best = results.get(config)
            if best is None or run["clean"] < best["clean"]:
                results[config] = {**run, "peak": max(run["peak"], best["peak"] if best else 0.0)}
            else:
                best["peak"] = max(best["peak"], run["peak"])
    reference = WORK / "bench-ray-out" / "local-1"
    print(f"\ncorpus: {corpus} ({next(iter(results.values()))['articles']:.0f} articles, {mb:.1f} MB text); "
          f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}\n")
    print("| engine | workers | start-up s | clean s | articles/s | MB/s | overhead vs local | peak PSS MB | same output |")
    print("|---|---|---|---|---|---|---|---|---|")
    for config, r in results.items():
        engine, workers = config.split(":")
        local = results.get(f"local:{workers}")
        overhead = f"{r['clean'] / local['clean']:.2f}x (+{r['clean'] - local['clean']:.0f} s)" if local else "-"
        same = same_rows(reference, Path(r["out"])) if reference.exists() else "?"
        print(f"| {engine} | {workers} | {r['init']:.1f} | {r['clean']:.1f} | {r['articles'] / r['clean']:.1f} | "
              f"{mb / r['clean']:.3f} | {overhead} | {r['peak']:.0f} | {same} |")
    print("\n| table (distributed plan) | bytes per input article |\n|---|---|")
    for name, size in stage_sizes(corpus):
        print(f"| {name} | {size:.0f} |" if size else f"| {name} | |")


if __name__ == "__main__":
    main()
