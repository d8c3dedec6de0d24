"""Throughput of newsclean against the peer pipelines, as one table.

Usage:
    python benchmarks/bench_throughput.py --articles 100000 [--peers naive,datatrove,text_dedup]
        [--workers 1,2] [--variants fast,pure] [--stages 2000] [--seed 0] [--skip-newsclean] [--corpus FILE]

Builds the corpus (``corpus.py``) or reuses the one for this size, seed and corpus.py
version, then runs newsclean's CLI and each peer (``peers.py``) as separate subprocesses, one
after the other, so each run's memory is its own and no two runs share the 2 cores.
articles/s and MB/s count input articles and input text MB over end-to-end wall time.
Peak RSS is the summed resident memory of the run's whole process tree (workers included),
sampled every 0.25 s. Peers that cannot install or run are listed with the reason.

newsclean runs in two variants: ``fast`` (the project venv, with the ``newsclean[fast]``
extra, langdetect-rs) and ``pure`` (its own venv with plain ``pip install newsclean``:
reference langdetect). Their outputs are compared byte for byte across variants and
worker counts. ``--stages N`` times each stage of the default pipeline alone, in one
process, on the first N articles: where the time goes, cold (in a fresh process) and warm
(after a pass over the next N articles, as in a long run).
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
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
VARIANTS = ("fast", "pure")
PROJECT_PYTHON = REPO / ".venv" / "bin" / "python"


def newsclean_python(variant: str) -> Path:
    """The interpreter of a newsclean variant: the project venv (fast), or a venv without extras (pure)."""
    if variant == "fast":
        return PROJECT_PYTHON
    venv = peers.VENVS / "newsclean-pure"
    py = venv / "bin" / "python"
    marker = venv / ".installed"
    if not (py.exists() and marker.exists()):
        print(f"[newsclean pure] creating {venv} with 'pip install -e {REPO}' (no extras) ...", flush=True)
        subprocess.run([str(peers.find_python("3.11")), "-m", "venv", "--clear", str(venv)], check=True)
        subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check", "-e", str(REPO)],
                       check=True, capture_output=True)
        marker.write_text("installed\n")
    probe = subprocess.run([str(py), "-c", "import importlib.util as u; print(u.find_spec('langdetect_rs') is None)"],
                           capture_output=True, text=True, check=True)
    if probe.stdout.strip() != "True":
        raise RuntimeError(f"{venv} has langdetect_rs installed: it is not a pure-langdetect variant")
    return py


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


def run_newsclean(corpus: Path, workers: int, variant: str = "fast") -> PeerResult:
    """newsclean through its CLI, exactly as a user runs it."""
    result = PeerResult(f"newsclean {variant}", workers)
    out = peers.OUT / f"newsclean-{variant}" / f"workers-{workers}"
    log = LOGS / f"newsclean-{variant}-w{workers}.log"
    argv = [str(newsclean_python(variant)), "-m", "newsclean", "clean", str(corpus), "--out", str(out),
            "--workers", str(workers), "--overwrite", "-q"]
    rc, seconds, peak, _ = run_measured(argv, log)
    if rc != 0:
        result.note = f"not run: exit {rc}: {_tail(log)} (log: {log.relative_to(REPO)})"
        return result
    result.ran, result.seconds, result.peak_rss_mb = True, seconds, peak
    result.articles_in, result.input_mb = peers.corpus_stats(corpus)
    result.articles_out = _parquet_rows(out / "articles.parquet")
    result.note = f"CLI end to end (interpreter start included); output {out.relative_to(REPO)}"
    return result


def output_digest(result: PeerResult) -> str:
    """blake2b of a newsclean run's three output files, in order."""
    out = peers.OUT / f"newsclean-{result.system.split()[1]}" / f"workers-{result.workers}"
    digest = hashlib.blake2b(digest_size=8)
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        digest.update((out / name).read_bytes())
    return digest.hexdigest()


STAGE_TIMER = """
import itertools, json, sys, time
import newsclean
from newsclean.pipeline import collect_garbage_rarely, default_pipeline
collect_garbage_rarely()  # as in the worker processes
n, warm = int(sys.argv[2]), sys.argv[3] == "warm"
read = list(itertools.islice(newsclean.read(sys.argv[1]), 2 * n if warm else n))
batches, others = read[:n], read[n:]

def run(stages, batches, timings=None):
    for i, stage in enumerate(stages):
        t0 = time.perf_counter()
        if hasattr(stage, "fit"):
            stage = stages[i] = stage.fit(batches)
            if timings is not None:
                timings[f"{type(stage).__name__}.fit"] = time.perf_counter() - t0
            t0 = time.perf_counter()
        batches = list(stage(batches))
        if timings is not None:
            timings[type(stage).__name__] = time.perf_counter() - t0
    return batches

pipeline, timings = default_pipeline(), {}
# Warm up: lexicons, profiles, permutations and LSH banding load on first use ...
for stage in pipeline.stages:
    if hasattr(stage, "fit"):
        stage.fit(batches[:1])
    elif hasattr(stage, "apply"):
        stage.apply(batches[0][0])
if warm:  # ... and so do the rules' cue patterns and memories: a whole pass over other articles
    run(list(pipeline.stages), others)  # the same stages: their memories are warm too
batches = run(list(pipeline.stages), batches, timings)
print(json.dumps({"articles": sum(map(len, batches)), "timings": timings}))
"""


def stage_seconds(corpus: Path, batches: int, variant: str, warm: bool) -> tuple[int, dict[str, float]]:
    """Seconds per stage of the default pipeline, run one stage at a time in one process;
    ``warm``: after the whole pipeline ran once on the next articles of the corpus."""
    argv = [str(newsclean_python(variant)), "-c", STAGE_TIMER, str(corpus), str(batches), "warm" if warm else "cold"]
    proc = subprocess.run(argv, capture_output=True, text=True, check=True, cwd=REPO)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    return data["articles"], data["timings"]


def print_stages(corpus: Path, articles: int, variants: list[str]) -> None:
    """Each stage's ms per article, cold (a fresh process: the cost of a small run) and warm
    (after one pass over as many other articles: the cost per article of a long run)."""
    batches = max(1, -(-articles // 256))  # read() yields batches of 256
    columns = {f"{v} {w}": stage_seconds(corpus, batches, v, w == "warm") for v in variants for w in ("cold", "warm")}
    n = next(iter(columns.values()))[0]
    names = list(dict.fromkeys(itertools.chain.from_iterable(t for _, t in columns.values())))
    print(f"\nwhere the time goes: each stage alone, one process, first {n:,} articles (ms per article)")
    print(f"  {'stage':<32}" + "".join(f"{c:>12}" for c in columns))
    for name in [*names, "total"]:
        cells = []
        for c in columns:
            t = columns[c][1]
            seconds = sum(t.values()) if name == "total" else t.get(name, 0.0)
            cells.append(f"{1000 * seconds / n:12.3f}")
        print(f"  {name:<32}" + "".join(cells))


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
    ours = {r.workers: r for r in results if r.system == "newsclean fast" and r.ran}
    head = ("system", "workers", "articles/s", "MB/s", "peak RSS MB", "seconds", "kept",
            "nc speed/peer", "nc RSS/peer")
    rows = []
    for r in results:
        if not r.ran:
            rows.append((r.system, str(r.workers), "not run", "", "", "", "", "", ""))
            continue
        nc = ours.get(r.workers) or ours.get(1)
        mine = r.system.startswith("newsclean")
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
        if r.ran and len(r.stages) > 1:
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
    ap.add_argument("--variants", default="fast,pure",
                    help="newsclean variants: fast (with newsclean[fast]), pure (plain langdetect)")
    ap.add_argument("--stages", type=int, default=2000, metavar="N",
                    help="time each stage alone on the first N articles (0: skip)")
    ap.add_argument("--skip-newsclean", action="store_true")
    ap.add_argument("--corpus", type=Path, help="use this corpus file instead of building one")
    args = ap.parse_args(argv)
    names = [p for p in args.peers.split(",") if p]
    unknown = [p for p in names if p not in peers.PEERS]
    if unknown:
        ap.error(f"unknown peer(s) {', '.join(unknown)}; choose from {', '.join(peers.PEERS)}")
    workers = [int(w) for w in args.workers.split(",") if w]
    variants = [v for v in args.variants.split(",") if v]
    if set(variants) - set(VARIANTS):
        ap.error(f"variants are {', '.join(VARIANTS)}")

    corpus = args.corpus.resolve() if args.corpus else corpus_for(args.articles, args.seed)
    n, mb = peers.corpus_stats(corpus)
    print(f"corpus: {n:,} articles, {mb:.1f} MB of text\n")
    results = []
    for w in workers:
        for variant in [] if args.skip_newsclean else variants:
            results.append(run_newsclean(corpus, w, variant))
            _progress(results[-1])
        for name in names:
            if name == "naive" and w != workers[0]:
                continue  # single process by definition: one run is enough
            results.append(run_peer(name, corpus, 1 if name == "naive" else w))
            _progress(results[-1])
    print()
    print_table(results)
    ours = [r for r in results if r.system.startswith("newsclean") and r.ran]
    if len(ours) > 1:
        digests = {f"{r.system} w{r.workers}": output_digest(r) for r in ours}
        same = len(set(digests.values())) == 1
        print(f"\nnewsclean output bytes identical across {', '.join(digests)}: {'yes' if same else 'NO'}")
        if not same:
            for name, d in digests.items():
                print(f"  {name}: {d}")
    if args.stages and not args.skip_newsclean:
        print_stages(corpus, args.stages, variants)
    return 0


def _progress(r: PeerResult) -> None:
    """One line per finished run, so a long benchmark shows it is alive."""
    state = f"{r.seconds:.1f}s, {r.articles_per_s:,.0f} articles/s" if r.ran else r.note
    print(f"  done: {r.system} workers={r.workers}: {state}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
