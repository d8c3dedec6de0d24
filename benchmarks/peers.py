"""The pipelines newsclean is compared against, one function per peer.

Usage:
    python benchmarks/peers.py naive benchmarks/.work/corpus.jsonl.gz [--workers 1]
    python benchmarks/peers.py datatrove benchmarks/.work/corpus.jsonl.gz --workers 2
    python benchmarks/peers.py text_dedup benchmarks/.work/corpus.jsonl.gz

Each peer reads the same ``corpus.jsonl.gz`` and writes under
``benchmarks/.work/out/<peer>/workers-<N>/``. ``naive`` runs in the project venv; the others
run in their own venv, ``benchmarks/.work/venvs/<peer>``, which ``main()`` creates and fills
from PyPI on first use and then re-executes itself in. The last line printed is
``RESULT {json}`` for ``bench_throughput.py``.

This module imports only the standard library at the top, so any venv can run it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
VENVS = WORK / "venvs"
OUT = WORK / "out"
SAMPLED_OUTSIDE = "NEWSCLEAN_BENCH_RSS_SAMPLED_OUTSIDE"


@dataclass(frozen=True)
class PeerEnv:
    """Where a peer runs: which Python and which PyPI requirements (the peer itself pinned)."""

    python: str  # "3.11"; the project venv when requirements is empty
    requirements: tuple[str, ...] = ()


PEER_ENVS = {
    "naive": PeerEnv("3.11"),
    # spacy: datatrove's English word/sentence tokenizer is spacy.blank("en") (no model
    # download). pyarrow: its ParquetWriter. orjson: its fast JSON reader.
    "datatrove": PeerEnv("3.11", ("datatrove[processing]==0.10.1", "spacy==3.8.*", "pyarrow", "orjson")),
    "text_dedup": PeerEnv("3.12", ("text-dedup==0.4.1",)),  # 0.4.x requires Python >= 3.12
}


class PeerUnavailable(RuntimeError):
    """A peer that cannot be installed or run here; the message says why."""


@dataclass
class PeerResult:
    """One run of one system, as the comparison table needs it."""

    system: str
    workers: int
    ran: bool = False
    articles_in: int = 0
    articles_out: int = 0
    input_mb: float = 0.0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0
    note: str = ""
    prep_seconds: float = 0.0  # format conversion done before the timed run
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def articles_per_s(self) -> float:
        return self.articles_in / self.seconds if self.seconds else 0.0

    @property
    def mb_per_s(self) -> float:
        return self.input_mb / self.seconds if self.seconds else 0.0

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "articles_per_s": self.articles_per_s, "mb_per_s": self.mb_per_s})


# ---------------------------------------------------------------- measuring


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _children(pid: int) -> list[int]:
    """Direct children, from /proc/<pid>/task/*/children (cheaper than scanning all of /proc)."""
    kids: list[int] = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children", encoding="ascii") as fh:
                kids.extend(int(k) for k in fh.read().split())
    except OSError:
        pass
    return kids


def tree_rss_mb(root: int) -> float:
    """Resident memory of a process and all its descendants, summed (workers count too)."""
    tree, frontier = [root], [root]
    while frontier:
        kids = _children(frontier.pop())
        tree.extend(kids)
        frontier.extend(kids)
    return sum(_rss_kb(p) for p in tree) / 1024


class PeakRss:
    """Sample a process tree's summed RSS in a thread; ``peak_mb`` is the highest seen.

    getrusage's ru_maxrss is per process, and datatrove's workers are grandchildren via a
    forkserver, so only sampling /proc sees what a multi-worker run really holds.
    """

    def __init__(self, pid: int | None = None, interval: float = 0.25, sample: bool = True) -> None:
        self.pid = pid or os.getpid()
        self.interval = interval
        self.peak_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True) if sample else None

    def _loop(self) -> None:
        while not self._stop.is_set():
            self.peak_mb = max(self.peak_mb, tree_rss_mb(self.pid))
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRss:
        if self._thread:
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        if self.pid == os.getpid():
            # A short spike between samples still shows in the kernel's per-process maximum
            # (only for this process and its reaped children, so not for a watched child).
            biggest = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                          resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
            self.peak_mb = max(self.peak_mb, biggest)


def read_corpus(path: Path):
    """Yield the corpus records (gzipped JSON lines)."""
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


def corpus_stats(path: Path) -> tuple[int, float]:
    """(articles, text MB) of a corpus, cached beside it: MB/s counts input text only."""
    path = Path(path)
    st = path.stat()
    side = path.with_name(path.name + ".stats.json")
    key = {"size": st.st_size, "mtime_ns": st.st_mtime_ns}
    if side.exists():
        cached = json.loads(side.read_text())
        if cached.get("key") == key:
            return cached["articles"], cached["text_mb"]
    n = nbytes = 0
    for rec in read_corpus(path):
        n += 1
        nbytes += len(rec["text"].encode("utf-8"))
    side.write_text(json.dumps({"key": key, "articles": n, "text_mb": nbytes / 1e6}))
    return n, nbytes / 1e6


# ---------------------------------------------------------------- naive


def run_naive(corpus: Path, out: Path, workers: int = 1) -> PeerResult:
    """The notebook baseline: the mandated libraries used the obvious way, one process."""
    import ftfy
    import pyarrow as pa
    import pyarrow.parquet as pq
    from datasketch import MinHash, MinHashLSH
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    kept, n = [], 0
    for rec in read_corpus(corpus):
        n += 1
        text = ftfy.fix_text(rec["text"])
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        text = "\n\n".join(paragraphs)
        try:
            lang = detect(text)
        except LangDetectException:
            lang = None
        words = text.split()
        m = MinHash(num_perm=128)
        for i in range(max(1, len(words) - 4)):
            m.update(" ".join(words[i : i + 5]).encode())
        if lsh.query(m):
            continue
        lsh.insert(rec["id"], m)
        kept.append({**rec, "text": text, "lang": lang})
    pq.write_table(pa.Table.from_pylist(kept), out / "articles.parquet")
    note = "single process (workers ignored); ftfy, langdetect, MinHashLSH 0.8/128 on word 5-grams"
    return PeerResult("naive", 1, ran=True, articles_in=n, articles_out=len(kept), note=note)


# ---------------------------------------------------------------- datatrove


def _shard(corpus: Path, folder: Path, shards: int) -> None:
    """datatrove parallelises over files, so give each task its own shard (round-robin)."""
    folder.mkdir(parents=True)
    if shards == 1:
        os.symlink(corpus.resolve(), folder / "00000.jsonl.gz")
        return
    outs = [gzip.open(folder / f"{i:05d}.jsonl.gz", "wt", encoding="utf-8", compresslevel=3) for i in range(shards)]
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            outs[i % shards].write(line)
    for f in outs:
        f.close()


def run_datatrove(corpus: Path, out: Path, workers: int = 1) -> PeerResult:
    """JsonlReader -> FTFY -> C4 line filter -> 4-stage MinHash -> Parquet, LocalPipelineExecutor.

    No LanguageFilter: its fastText lid.176 model is downloaded at run time, which this
    machine cannot do. Filtered text goes to disk once (as in FineWeb), and stage 4 reads it.
    """
    import pyarrow.parquet as pq
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.dedup import (
        MinhashDedupBuckets, MinhashDedupCluster, MinhashDedupFilter, MinhashDedupSignature)
    from datatrove.pipeline.dedup.minhash import MinhashConfig
    from datatrove.pipeline.filters import C4QualityFilter
    from datatrove.pipeline.formatters import FTFYFormatter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter, ParquetWriter

    t0 = time.perf_counter()
    _shard(corpus, out / "input", workers)
    prep = time.perf_counter() - t0

    cfg = MinhashConfig()  # datatrove's defaults: 5-grams, 14 buckets x 8 hashes, 64-bit
    sigs, buckets, remove = out / "signatures", out / "buckets", out / "remove_ids"
    steps = {
        "read+ftfy+c4+write+signatures": ([
            JsonlReader(str(out / "input")),
            FTFYFormatter(),
            C4QualityFilter(),
            JsonlWriter(str(out / "filtered")),
            MinhashDedupSignature(output_folder=str(sigs), config=cfg),
        ], workers),
        "buckets": ([MinhashDedupBuckets(input_folder=str(sigs), output_folder=str(buckets), config=cfg)],
                    cfg.num_buckets),
        "cluster": ([MinhashDedupCluster(input_folder=str(buckets), output_folder=str(remove), config=cfg)], 1),
        "read+filter+parquet": ([
            JsonlReader(str(out / "filtered")),
            MinhashDedupFilter(input_folder=str(remove)),
            ParquetWriter(str(out / "articles")),
        ], workers),
    }
    timings = {}
    for i, (name, (pipeline, tasks)) in enumerate(steps.items(), 1):
        t = time.perf_counter()
        LocalPipelineExecutor(pipeline, tasks=tasks, workers=min(workers, tasks),
                              logging_dir=str(out / "logs" / f"stage{i}")).run()
        timings[name] = time.perf_counter() - t
    after_c4 = sum(1 for f in sorted((out / "filtered").glob("*.jsonl.gz")) for _ in gzip.open(f))
    kept = sum(pq.ParquetFile(f).metadata.num_rows for f in (out / "articles").glob("*.parquet"))
    note = (f"C4 line filter kept {after_c4:,} articles, MinHash kept {kept:,}; "
            f"no LanguageFilter (its fastText model is a runtime download)")
    return PeerResult("datatrove", workers, ran=True, articles_out=kept, note=note,
                      prep_seconds=prep, stages=timings)


# ---------------------------------------------------------------- text-dedup

_TEXT_DEDUP_TOML = """\
[input]
input_type = "local_files"
file_type = "json"
[input.read_arguments]
path = "json"
data_files = {corpus}
split = "train"
cache_dir = {cache}

[algorithm]
algorithm_name = "minhash"
text_column = "text"
num_perm = 128
threshold = 0.8
ngram_size = 5
check_false_positive = true
num_proc = {workers}

[output]
output_dir = {output}

[debug]
enable_profiling = false
"""


def run_text_dedup(corpus: Path, out: Path, workers: int = 1) -> PeerResult:
    """text-dedup's MinHash (128 perms, 0.8, word 5-grams) on the same jsonl.gz.

    Dedup only: no text repair, boilerplate or language step. It reads jsonl.gz directly
    through HF datasets, so there is no separate conversion; its Arrow cache is built inside
    the timed run and starts empty each time. Candidates are verified by exact Jaccard
    (check_false_positive): without it, 0.4.1 removes every member of a duplicate cluster,
    original included (text-dedup issue #129, fixed after the last PyPI release).
    """
    os.environ.setdefault("HF_HUB_OFFLINE", "1")  # nothing to fetch; never wait on a network
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    from datasets import load_from_disk
    from text_dedup.config.base import load_config_from_toml
    from text_dedup.minhash import main as minhash_main

    toml = out / "config.toml"
    q = lambda p: json.dumps(str(p))  # noqa: E731  (a JSON string is a valid TOML string)
    toml.write_text(_TEXT_DEDUP_TOML.format(corpus=q(corpus.resolve()), cache=q(out / "hf_cache"),
                                            workers=workers, output=q(out / "deduped")))
    t0 = time.perf_counter()
    config = load_config_from_toml(toml)
    minhash_main(config)
    seconds = time.perf_counter() - t0
    kept = len(load_from_disk(str(out / "deduped")))
    note = ("MinHash dedup only (no ftfy/boilerplate/language), exact-Jaccard check on (issue #129); "
            "HF datasets Arrow cache built in the run")
    return PeerResult("text_dedup", workers, ran=True, articles_out=kept, note=note,
                      stages={"total (text-dedup)": seconds})


PEERS = {"naive": run_naive, "datatrove": run_datatrove, "text_dedup": run_text_dedup}


# ---------------------------------------------------------------- venvs


def find_python(version: str) -> str:
    """A working interpreter of the given minor version (pyenv shims may exist but not run)."""
    candidates = [str(p / "bin" / f"python{version}") for p in sorted(Path.home().glob(f".pyenv/versions/{version}*"))]
    candidates += [c for c in (shutil.which(f"python{version}"), f"/usr/bin/python{version}") if c]
    for exe in candidates:
        try:
            ok = subprocess.run([exe, "-c", "import sys, venv; print('%d.%d' % sys.version_info[:2])"],
                                capture_output=True, text=True, timeout=30).stdout.strip() == version
        except OSError:
            continue
        if ok:
            return exe
    raise PeerUnavailable(f"needs Python {version}, and no working python{version} is installed here")


def venv_python(name: str) -> Path:
    return VENVS / name / "bin" / "python"


def ensure_venv(name: str) -> Path:
    """Create the peer's own venv and install it from PyPI on first use; return its python.

    A marker file records what was installed, so a changed pin reinstalls.
    """
    env = PEER_ENVS[name]
    if not env.requirements:
        return Path(sys.executable)
    venv, py = VENVS / name, venv_python(name)
    marker = venv / ".installed"
    wanted = "\n".join((f"python{env.python}", *env.requirements))
    if py.exists() and marker.exists() and marker.read_text() == wanted:
        return py
    base = find_python(env.python)
    print(f"[{name}] creating {venv} and installing {' '.join(env.requirements)} (first use) ...",
          file=sys.stderr, flush=True)
    shutil.rmtree(venv, ignore_errors=True)
    subprocess.run([base, "-m", "venv", str(venv)], check=True)
    proc = subprocess.run([str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                           *env.requirements], capture_output=True, text=True)
    if proc.returncode != 0:
        errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("ERROR")] or proc.stderr.splitlines()
        raise PeerUnavailable(f"pip install {' '.join(env.requirements)} failed: " + " | ".join(errors[-3:]))
    marker.write_text(wanted)
    return py


def _in_own_venv(name: str) -> bool:
    return not PEER_ENVS[name].requirements or Path(sys.prefix).resolve() == (VENVS / name).resolve()


# ---------------------------------------------------------------- main


def run_peer(name: str, corpus: Path, workers: int, out: Path | None = None) -> PeerResult:
    """Run one peer in this interpreter, timed end to end, with memory sampled."""
    out = (out or OUT / name / f"workers-{workers}").resolve()
    shutil.rmtree(out, ignore_errors=True)  # datatrove skips "completed" tasks otherwise
    out.mkdir(parents=True)
    # When bench_throughput samples this process tree from outside, don't take the GIL here too.
    with PeakRss(sample=not os.environ.get(SAMPLED_OUTSIDE)) as rss:
        t0 = time.perf_counter()
        result = PEERS[name](Path(corpus), out, workers)
        seconds = time.perf_counter() - t0 - result.prep_seconds
    result.articles_in, result.input_mb = corpus_stats(corpus)
    result.seconds, result.peak_rss_mb = seconds, rss.peak_mb
    return result


def print_result(r: PeerResult) -> None:
    """Human lines, then the machine line the benchmark parses."""
    if r.ran:
        print(f"{r.system} (workers={r.workers}): {r.articles_in:,} articles, {r.input_mb:.1f} MB in "
              f"-> {r.articles_out:,} kept")
        print(f"  {r.seconds:.1f} s, {r.articles_per_s:,.0f} articles/s, {r.mb_per_s:.2f} MB/s, "
              f"peak RSS {r.peak_rss_mb:,.0f} MB")
        if r.prep_seconds:
            print(f"  one-off conversion before the run (not counted): {r.prep_seconds:.1f} s")
        for stage, s in r.stages.items():
            print(f"  stage {stage}: {s:.1f} s")
    print(f"  note: {r.note}")
    print("RESULT " + r.to_json(), flush=True)


def main(argv: list[str] | None = None) -> int:
    """Run one peer on a corpus file and print its throughput and memory."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("peer", choices=sorted(PEERS))
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="default: benchmarks/.work/out/<peer>/workers-<N>")
    args = ap.parse_args(argv)
    if not _in_own_venv(args.peer):
        try:
            py = ensure_venv(args.peer)
        except (PeerUnavailable, subprocess.CalledProcessError) as exc:
            print_result(PeerResult(args.peer, args.workers, note=f"not run: {exc}"))
            return 0
        sys.stdout.flush()
        os.execv(str(py), [str(py), str(Path(__file__).resolve()), *(argv or sys.argv[1:])])
    try:
        result = run_peer(args.peer, args.corpus, args.workers, args.out)
    except Exception as exc:  # a peer failing must not take the benchmark down
        result = PeerResult(args.peer, args.workers, note=f"not run: {type(exc).__name__}: {exc}")
        print(f"[{args.peer}] failed:", file=sys.stderr)
        import traceback

        traceback.print_exc()
    print_result(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
