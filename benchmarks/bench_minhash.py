"""Benchmark newsclean.minhash against datasketch: signatures/s, and grouping time and memory.

Part 1 times signatures on real paragraphs (seeds/ plus the `text` of wcxb-dev.jsonl.gz split on
blank lines, word 3-shingles): datasketch's per-token ``MinHash.update``, ``MinHash.bulk`` and
``MinHasher.signatures``, and checks the outputs are identical. Part 2 times band keys, candidate
pairs, Jaccard filtering and connected components on N synthetic signatures with planted
near-duplicates, with tracemalloc peak memory, and compares with the memory ``MinHashLSH`` takes
for a sample (extrapolated linearly to N).

    python benchmarks/bench_minhash.py --paragraphs 20000 --signatures 1000000
"""

from __future__ import annotations

import argparse
import gc
import gzip
import json
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
import xxhash
from datasketch import LeanMinHash, MinHash, MinHashLSH

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsclean.minhash import (  # noqa: E402
    MinHasher,
    band_keys,
    candidate_pairs,
    connected_components,
    jaccard_pairs,
    lsh_params,
)

T = TypeVar("T")


def shingles(text: str, k: int = 3) -> list[str]:
    words = text.split()
    if len(words) < k:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]


def load_paragraphs(data: Path, limit: int) -> list[str]:
    """Seed lines first, then wcxb page text split on blank lines, up to ``limit`` (0 = all)."""
    paras = [
        line.strip()
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    if data.exists():
        with gzip.open(data, "rt", encoding="utf-8") as fh:
            for line in fh:
                paras.extend(p.strip() for p in json.loads(line)["text"].split("\n\n") if p.strip())
                if limit and len(paras) >= limit:
                    break
    return paras[:limit] if limit else paras


def timed(fn: Callable[[], T]) -> tuple[T, float]:
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def traced_peak(fn: Callable[[], object]) -> int:
    """Peak bytes allocated while ``fn`` runs (numpy arrays are traced too)."""
    gc.collect()
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(header)]
    print(f"\n{title}")
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))


def bench_signatures(args: argparse.Namespace) -> None:
    paras = load_paragraphs(args.data, args.paragraphs)
    docs = [shingles(p) for p in paras]
    n_tokens = sum(map(len, docs))
    hasher = MinHasher(num_perm=args.num_perm)
    encoded = [[t.encode("utf-8") for t in d] for d in docs]  # datasketch wants bytes: given for free
    few = encoded[: args.per_token_paragraphs]

    def per_token() -> list[np.ndarray]:
        out = []
        for doc in few:
            m = MinHash(num_perm=args.num_perm, seed=hasher.seed, hashfunc=xxhash.xxh32_intdigest)
            for token in doc:
                m.update(token)
            out.append(m.hashvalues)
        return out

    def bulk() -> list[MinHash]:
        return MinHash.bulk(encoded, num_perm=args.num_perm, seed=hasher.seed, hashfunc=xxhash.xxh32_intdigest)

    hasher.signatures(docs[:100])  # warm-up: permutations, first-touch memory
    slow, t_slow = timed(per_token)
    ref, t_bulk = timed(bulk)
    ours, t_ours = timed(lambda: hasher.signatures(docs))
    identical = np.array_equal(np.array([m.hashvalues for m in ref]), ours) and np.array_equal(
        np.array(slow), ours[: len(slow)]
    )
    rate_bulk = len(docs) / t_bulk
    rows = [
        ("datasketch update per token", len(few), t_slow),
        ("datasketch MinHash.bulk", len(docs), t_bulk),
        ("MinHasher.signatures", len(docs), t_ours),
    ]
    table(
        f"Signatures on real paragraphs: {len(docs):,} paragraphs, {n_tokens:,} word 3-shingles, "
        f"num_perm={args.num_perm}, xxh32, scheme=affine32 (datasketch default)",
        ["method", "paragraphs", "seconds", "signatures/s", "vs bulk"],
        [(name, f"{n:,}", f"{t:.2f}", f"{n / t:,.0f}", f"{(n / t) / rate_bulk:.2f}x") for name, n, t in rows],
    )
    print(f"bit-identical to datasketch (all paragraphs, both datasketch paths): {identical}")
    print("(datasketch gets pre-encoded bytes; MinHasher's time includes UTF-8 encoding and hashing)")


def synthetic(n: int, num_perm: int, dup_fraction: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Random uint32 signatures; ``dup_fraction`` of rows are copies of another row with 8 values changed."""
    rng = np.random.default_rng(seed)
    sigs = rng.integers(0, 2**32, size=(n, num_perm), dtype=np.uint32)
    k = int(n * dup_fraction)
    perm = rng.permutation(n)
    dst, src = perm[:k], rng.choice(perm[k:], size=k)  # sources are never overwritten
    sigs[dst] = sigs[src]
    cols = rng.integers(0, num_perm, size=(len(dst), 8))
    sigs[dst[:, None], cols] = rng.integers(0, 2**32, size=cols.shape, dtype=np.uint32)
    return sigs, np.stack((src, dst), axis=1)


def bench_grouping(args: argparse.Namespace) -> None:
    n, num_perm, threshold = args.signatures, args.num_perm, args.threshold
    bands, rows = lsh_params(threshold, num_perm)
    sigs, planted = synthetic(n, num_perm, args.dup_fraction, seed=0)

    def keys_step() -> np.ndarray:
        return band_keys(sigs, bands, rows)

    def pipeline() -> np.ndarray:
        keys = band_keys(sigs, bands, rows)
        pairs = candidate_pairs(keys)
        del keys
        pairs = pairs[jaccard_pairs(sigs, pairs) >= threshold]
        return connected_components(n, pairs)

    band_keys(sigs[: min(n, 50_000)], bands, rows)  # warm-up
    keys, t_keys = timed(keys_step)
    pairs, t_pairs = timed(lambda: candidate_pairs(keys))
    kept, t_filter = timed(lambda: pairs[jaccard_pairs(sigs, pairs) >= threshold])
    labels, t_cc = timed(lambda: connected_components(n, kept))
    peak = traced_peak(pipeline)
    found = np.mean(labels[planted[:, 0]] == labels[planted[:, 1]]) if len(planted) else float("nan")
    total = t_keys + t_pairs + t_filter + t_cc
    table(
        f"Grouping {n:,} synthetic signatures (uint32 x {num_perm}; {len(planted):,} planted near-duplicates, "
        f"8/{num_perm} values changed), threshold={threshold} -> bands={bands}, rows={rows}",
        ["step", "seconds", "output"],
        [
            ("band_keys", f"{t_keys:.3f}", f"{keys.shape} uint64, {keys.nbytes / n:.0f} B/signature"),
            ("candidate_pairs", f"{t_pairs:.3f}", f"{len(pairs):,} pairs"),
            ("jaccard filter", f"{t_filter:.3f}", f"{len(kept):,} pairs >= {threshold}"),
            ("connected_components", f"{t_cc:.3f}", f"{len(np.unique(labels)):,} groups"),
            ("total", f"{total:.3f}", f"planted pairs grouped: {found:.1%}"),
        ],
    )
    print(
        f"peak traced memory, whole pipeline (signatures themselves excluded, {sigs.nbytes / n:.0f} B each): "
        f"{peak / 1e6:,.1f} MB = {peak / n:.0f} B/signature"
    )
    del keys, pairs, kept, labels
    bench_lsh(args, sigs[: args.lsh_sample], bands, rows, t_keys + t_pairs, peak / n)


def bench_lsh(args: argparse.Namespace, sample: np.ndarray, bands: int, rows: int, ours_s: float, ours_b: float) -> None:
    m = len(sample)
    n = args.signatures
    hasher = MinHasher(num_perm=args.num_perm)
    minhashes = [hasher.to_datasketch(s) for s in sample]

    def build() -> MinHashLSH:
        lsh = MinHashLSH(num_perm=args.num_perm, params=(bands, rows))
        for i, mh in enumerate(minhashes):
            lsh.insert(i, mh, check_duplication=False)
        return lsh

    def query(lsh: MinHashLSH) -> int:
        return sum(len(lsh.query(mh)) for mh in minhashes)

    lsh, t_build = timed(build)
    _, t_query = timed(lambda: query(lsh))
    del lsh
    index_bytes = traced_peak(build)
    sketch_bytes = traced_peak(lambda: [LeanMinHash(seed=1, hashvalues=s, scheme="affine32") for s in sample[:1000]])
    scale = n / m
    table(
        f"datasketch MinHashLSH (dict storage, bands={bands}, rows={rows}) measured on {m:,} signatures, "
        f"EXTRAPOLATED linearly to {n:,}",
        ["what", f"measured ({m:,})", f"extrapolated ({n:,})", f"newsclean ({n:,}, measured)"],
        [
            ("insert + query all, s", f"{t_build + t_query:.2f}", f"{(t_build + t_query) * scale:.1f}", f"{ours_s:.2f}"),
            ("index memory, B/signature", f"{index_bytes / m:,.0f}", f"{index_bytes / m:,.0f}", f"{ours_b:,.0f}"),
            ("index memory, MB", f"{index_bytes / 1e6:,.1f}", f"{index_bytes * scale / 1e6:,.0f}", f"{ours_b * n / 1e6:,.0f}"),
        ],
    )
    print(
        f"(MinHashLSH figures exclude the LeanMinHash objects it is fed, ~{sketch_bytes / 1000:,.0f} B each; "
        "newsclean's time is band keys + candidate pairs, the work MinHashLSH's insert+query replaces)"
    )


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("/work/shared/data/wcxb-dev.jsonl.gz"))
    parser.add_argument("--paragraphs", type=int, default=20_000, help="real paragraphs to sign (0 = all)")
    parser.add_argument("--per-token-paragraphs", type=int, default=2_000, help="subset for the slow per-token path")
    parser.add_argument("--signatures", type=int, default=1_000_000, help="synthetic signatures to group")
    parser.add_argument("--lsh-sample", type=int, default=50_000, help="signatures indexed in MinHashLSH")
    parser.add_argument("--dup-fraction", type=float, default=0.02)
    parser.add_argument("--threshold", type=float, default=0.8)
    parser.add_argument("--num-perm", type=int, default=128)
    parser.add_argument("--skip-signatures", action="store_true")
    parser.add_argument("--skip-grouping", action="store_true")
    args = parser.parse_args(argv)
    if not args.skip_signatures:
        bench_signatures(args)
    if not args.skip_grouping:
        bench_grouping(args)


if __name__ == "__main__":
    main()
