"""MinHash signatures and band-based near-duplicate grouping, batched with numpy.

Why this module exists: datasketch is the reference MinHash implementation and a mandated
dependency, but computing one ``MinHash`` object per paragraph is slow (a Python call per token
per document) and ``MinHashLSH`` keeps a few kilobytes of dict/set state per indexed item. Here
the signatures are computed for many documents at once with datasketch's own permutation
parameters, so every value is bit-identical to what datasketch would produce, and duplicates are
found by sorting band keys instead of a dictionary index.

What datasketch 2.0.0 computes (the behaviour reproduced here):

- ``scheme="affine32"`` is the default since 2.0.0. The 32-bit token hash is pre-mixed once with
  the MurmurHash3 32-bit finalizer, then permutation ``k`` is ``a_k * h + b_k mod 2**32`` with
  ``a_k`` odd. Values are stored as **uint32**; the empty value is ``2**32 - 1``.
- ``scheme="affine64"``: the same over 64-bit hashes (``xxh64`` here), values uint64.
- ``scheme="legacy"`` (before 2.0.0): ``((a_k * h + b_k) mod (2**61 - 1)) & (2**32 - 1)`` in
  uint64, where ``a_k * h`` silently wraps at 2**64 before the modulo; values stored as uint64.
- Permutation parameters come from ``np.random.RandomState(seed)``, drawn here exactly as
  datasketch draws them (``_permutations``; a test checks them against datasketch's own for
  every scheme). Importing datasketch imports scipy (0.3 s of CPU), so it is imported only
  where its code runs: ``lsh_params`` (in the main process) and ``to_datasketch``. The worker
  processes, which only sign, never import it.

Signatures are therefore uint32 under the default scheme (not uint64): that is datasketch's
storage type, and half the memory.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Literal

import numpy as np
import xxhash

if TYPE_CHECKING:
    from datasketch import LeanMinHash

__all__ = [
    "MAX_GROUP",
    "NUM_PERM",
    "SCHEME",
    "SEED",
    "MinHasher",
    "Scheme",
    "band_keys",
    "candidate_pairs",
    "connected_components",
    "hash_tokens",
    "jaccard",
    "jaccard_many",
    "jaccard_pairs",
    "lsh_params",
    "near_duplicate_groups",
]

Scheme = Literal["affine32", "affine64", "legacy"]

NUM_PERM = 128
SEED = 1
SCHEME: Scheme = "affine32"
# Groups of rows sharing one band key that are larger than this are linked as a star (every
# member to the group's first member) instead of a clique: same components, linear pair count.
MAX_GROUP = 1000

_SCHEME_WIDTH: dict[str, int] = {"affine32": 32, "affine64": 64, "legacy": 32}
_MERSENNE_PRIME = np.uint64((1 << 61) - 1)
_MAX_HASH32 = np.uint64((1 << 32) - 1)
# Rows per block in the vectorised passes: bounds temporaries to a few MB per block.
_ROW_BLOCK = 1 << 16
# Rows per block in band_keys: 2048 x num_perm uint64 temporaries (2 MB) stay in cache.
_KEY_BLOCK = 2048


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3 32-bit finalizer, as datasketch applies it before the affine permutations."""
    h = h ^ (h >> np.uint32(16))
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def _fmix64(h: np.ndarray) -> np.ndarray:
    """MurmurHash3 64-bit finalizer: a bijection on uint64 with full avalanche."""
    h = h ^ (h >> np.uint64(33))
    h *= np.uint64(0xFF51AFD7ED558CCD)
    h ^= h >> np.uint64(33)
    h *= np.uint64(0xC4CEB9FE1A85EC53)
    h ^= h >> np.uint64(33)
    return h


def hash_tokens(tokens: Iterable[str], *, width: Literal[32, 64] = 32) -> np.ndarray:
    """Hash tokens with xxhash on their UTF-8 bytes, as datasketch's ``hashfunc`` would.

    ``width=32`` uses ``xxhash.xxh32_intdigest`` (uint32; for the affine32 and legacy
    schemes), ``width=64`` uses ``xxhash.xxh64_intdigest`` (uint64; for affine64). xxhash is
    deterministic across processes and about twice as fast as datasketch's sha1 default.
    """
    if width == 32:
        return np.fromiter(map(xxhash.xxh32_intdigest, map(str.encode, tokens)), dtype=np.uint32)
    if width == 64:
        return np.fromiter(map(xxhash.xxh64_intdigest, map(str.encode, tokens)), dtype=np.uint64)
    raise ValueError(f"width must be 32 or 64, got {width!r}")


@dataclass(frozen=True)
class MinHasher:
    """Computes datasketch-identical MinHash signatures for many documents at once.

    Equivalent to ``datasketch.MinHash(num_perm, seed, scheme=scheme, hashfunc=xxh32_intdigest)``
    (``xxh64_intdigest`` for affine64) updated with each token's UTF-8 bytes. The permutation
    parameters are drawn on first use as datasketch draws them (``_permutations``).
    ``chunk_tokens`` bounds memory: at most ``chunk_tokens * num_perm`` values are permuted at
    once.
    """

    num_perm: int = NUM_PERM
    seed: int = SEED
    scheme: Scheme = SCHEME
    chunk_tokens: int = field(default=4096, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.scheme not in _SCHEME_WIDTH:
            raise ValueError(f"scheme must be one of {sorted(_SCHEME_WIDTH)}, got {self.scheme!r}")
        if self.num_perm < 1:
            raise ValueError(f"num_perm must be positive, got {self.num_perm}")
        if self.chunk_tokens < 1:
            raise ValueError(f"chunk_tokens must be positive, got {self.chunk_tokens}")

    @cached_property
    def _state(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        a, b, empty = _permutations(self.num_perm, self.seed, self.scheme)
        for arr in (a, b, empty):
            arr.setflags(write=False)
        return a, b, empty

    @property
    def width(self) -> Literal[32, 64]:
        """Bit width of the token hash the scheme expects."""
        return 64 if _SCHEME_WIDTH[self.scheme] == 64 else 32

    @property
    def dtype(self) -> np.dtype:
        """Storage dtype of signature values (datasketch's: uint32 for affine32, else uint64)."""
        return self._state[2].dtype

    @property
    def permutations(self) -> tuple[np.ndarray, np.ndarray]:
        """datasketch's permutation parameters ``(a, b)``, read-only."""
        a, b, _ = self._state
        return a, b

    @property
    def empty(self) -> np.ndarray:
        """The signature of an empty token set (all values at the scheme's maximum)."""
        return self._state[2].copy()

    def signature(self, tokens: Iterable[str]) -> np.ndarray:
        """Signature of one token set, shape ``(num_perm,)``: ``signatures([tokens])[0]``.

        Its own path, because one document needs no segments: the permuted block's
        column minima, ``chunk_tokens`` rows at a time. A third of the batch path's cost
        on an article, whose few hundred shingles leave the numpy calls' overhead dominant.
        """
        a, b, empty = self._state
        out = empty.copy()
        hv = hash_tokens(tokens, width=self.width)
        if not len(hv):
            return out
        hv = self._premix(hv)
        chunk = self.chunk_tokens
        buf = np.empty((min(chunk, len(hv)), self.num_perm), dtype=empty.dtype)
        for lo in range(0, len(hv), chunk):
            block = self._permute(hv[lo : lo + chunk], a, b, buf[: min(chunk, len(hv) - lo)])
            np.minimum(out, block.min(axis=0), out=out)
        return out

    def signatures(self, token_lists: Sequence[Iterable[str]]) -> np.ndarray:
        """Signatures of many token sets, shape ``(n, num_perm)``, computed in one batch.

        All token hashes are concatenated and permuted ``chunk_tokens`` at a time into a
        (num_perm x tokens) block, reduced per document with ``np.minimum.reduceat`` along
        its rows (contiguous: several times faster than reducing the columns of the
        transposed block); a document spanning several chunks is merged with ``np.minimum``.
        Empty token lists keep datasketch's empty value.
        """
        a, b, empty = self._state
        per_doc = [hash_tokens(tokens, width=self.width) for tokens in token_lists]
        n = len(per_doc)
        out = np.tile(empty, (n, 1))
        if n == 0:
            return out
        lengths = np.fromiter(map(len, per_doc), dtype=np.int64, count=n)
        total = int(lengths.sum())
        if total == 0:
            return out
        hv = self._premix(np.concatenate(per_doc))
        del per_doc

        ends = np.cumsum(lengths)
        starts = ends - lengths
        nonempty = np.flatnonzero(lengths)
        ne_starts, ne_ends = starts[nonempty], ends[nonempty]
        chunk = self.chunk_tokens
        buf = np.empty((self.num_perm, min(chunk, total)), dtype=empty.dtype)
        a_col, b_col = a[:, None], b[:, None]
        for lo in range(0, total, chunk):
            hi = min(lo + chunk, total)
            block = self._permute(hv[None, lo:hi], a_col, b_col, buf[:, : hi - lo])
            # Documents with at least one token in [lo, hi), in order.
            first = int(np.searchsorted(ne_ends, lo, side="right"))
            last = int(np.searchsorted(ne_starts, hi, side="left"))
            docs = nonempty[first:last]
            seg = np.maximum(ne_starts[first:last], lo) - lo
            mins = np.minimum.reduceat(block, seg, axis=1)
            out[docs] = np.minimum(out[docs], mins.T)
        return out

    def _premix(self, hv: np.ndarray) -> np.ndarray:
        """Bring raw token hashes into the scheme's domain (fmix for affine, uint64 for legacy)."""
        if self.scheme == "legacy":
            return hv.astype(np.uint64)
        return _fmix32(hv) if self.width == 32 else _fmix64(hv)

    def _permute(self, hv: np.ndarray, a: np.ndarray, b: np.ndarray, out: np.ndarray) -> np.ndarray:
        """Apply all permutations to token hashes, writing into ``out``: ``hv`` a row and
        ``a``, ``b`` columns give (num_perm x tokens); ``hv`` 1-d and ``a``, ``b`` 1-d give
        (tokens x num_perm)."""
        np.multiply(hv[:, None] if hv.ndim == 1 else hv, a, out=out)
        np.add(out, b, out=out)
        if self.scheme == "legacy":
            np.remainder(out, _MERSENNE_PRIME, out=out)
            np.bitwise_and(out, _MAX_HASH32, out=out)
        return out

    def to_datasketch(self, sig: np.ndarray) -> LeanMinHash:
        """Wrap a signature as a ``datasketch.LeanMinHash`` for code that wants datasketch's API."""
        sig = np.asarray(sig)
        if sig.shape != (self.num_perm,):
            raise ValueError(f"signature must have shape ({self.num_perm},), got {sig.shape}")
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.seed, hashvalues=sig, scheme=self.scheme)


def _permutations(num_perm: int, seed: int, scheme: Scheme) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(a, b, empty)`` as ``datasketch.MinHash(num_perm, seed, scheme=scheme)`` holds them:
    its ``permutations`` (``MinHash._init_permutations``: the same draws from the same
    ``RandomState``, in the same order) and its initial ``hashvalues``, in its storage dtype."""
    gen = np.random.RandomState(seed)
    if scheme == "legacy":
        # One (a, b) pair per permutation, a in [1, p), b in [0, p) with p = 2**61 - 1.
        pairs = [
            (gen.randint(1, _MERSENNE_PRIME, dtype=np.uint64), gen.randint(0, _MERSENNE_PRIME, dtype=np.uint64))
            for _ in range(num_perm)
        ]
        a, b = np.array(pairs, dtype=np.uint64).T
        return np.ascontiguousarray(a), np.ascontiguousarray(b), np.full(num_perm, _MAX_HASH32, dtype=np.uint64)
    # Affine: a odd (a bijection mod 2**width), b any value.
    width = _SCHEME_WIDTH[scheme]
    dtype = np.uint32 if width == 32 else np.uint64
    a = gen.randint(0, 1 << (width - 1), num_perm, dtype=dtype) * dtype(2) + dtype(1)
    b = gen.randint(0, 1 << width, num_perm, dtype=dtype)
    return a, b, np.full(num_perm, np.iinfo(dtype).max, dtype=dtype)


@lru_cache(maxsize=16)
def hasher(num_perm: int = NUM_PERM, seed: int = SEED, scheme: Scheme = SCHEME) -> MinHasher:
    """A shared MinHasher, so the permutations are built once per process, not per call."""
    return MinHasher(num_perm=num_perm, seed=seed, scheme=scheme)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity: the fraction of equal signature values (as datasketch)."""
    a, b = np.asarray(a), np.asarray(b)
    if a.shape != b.shape or a.ndim != 1 or a.size == 0:
        raise ValueError(f"signatures must be non-empty 1-d arrays of equal shape, got {a.shape} and {b.shape}")
    return float(np.count_nonzero(a == b)) / float(a.size)


def jaccard_many(sig: np.ndarray, sigs: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of one signature against each row of ``sigs``, float64."""
    sig, sigs = np.asarray(sig), np.asarray(sigs)
    if sigs.ndim != 2 or sig.shape != sigs.shape[1:]:
        raise ValueError(f"expected sig (k,) and sigs (n, k), got {sig.shape} and {sigs.shape}")
    out = np.empty(len(sigs), dtype=np.float64)
    for lo in range(0, len(sigs), _ROW_BLOCK):
        hi = lo + _ROW_BLOCK
        out[lo:hi] = np.count_nonzero(sigs[lo:hi] == sig, axis=1)
    return out / float(sigs.shape[1])


def jaccard_pairs(signatures: np.ndarray, pairs: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of each pair of rows ``(i, j)``, float64, shape ``(m,)``."""
    signatures, pairs = np.asarray(signatures), np.asarray(pairs)
    out = np.empty(len(pairs), dtype=np.float64)
    for lo in range(0, len(pairs), _ROW_BLOCK):
        p = pairs[lo : lo + _ROW_BLOCK]
        out[lo : lo + len(p)] = np.count_nonzero(signatures[p[:, 0]] == signatures[p[:, 1]], axis=1)
    return out / float(signatures.shape[1])


def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows) that ``datasketch.MinHashLSH`` picks for ``threshold`` with default weights.

    Delegates to datasketch's ``_optimal_param`` (grid search over integrated false positive and
    false negative rates, weights 0.5/0.5), so the banding is exactly datasketch's.
    """
    if not 0.0 <= threshold <= 1.0:
        raise ValueError(f"threshold must be in [0, 1], got {threshold}")
    if num_perm < 1:
        raise ValueError(f"num_perm must be positive, got {num_perm}")
    return DATASKETCH_BANDS.get((threshold, num_perm)) or _optimal_bands(threshold, num_perm)


# datasketch's answers for common settings, written down: asking it costs half a second of
# imports and integration per run, in the main process after the last batch. A test
# checks every entry against ``_optimal_param``.
DATASKETCH_BANDS = {
    (0.5, 64): (14, 4), (0.5, 128): (25, 5), (0.5, 256): (42, 6),
    (0.6, 64): (10, 6), (0.6, 128): (18, 7), (0.6, 256): (32, 8),
    (0.7, 64): (8, 8), (0.7, 128): (14, 9), (0.7, 256): (25, 10),
    (0.8, 64): (5, 11), (0.8, 128): (9, 13), (0.8, 256): (17, 15),
    (0.9, 64): (3, 21), (0.9, 128): (5, 25), (0.9, 256): (9, 28),
}


@lru_cache(maxsize=64)
def _optimal_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """datasketch's grid search, once per process and setting: it integrates numerically for
    every (bands, rows) pair, 10 ms each time."""
    from datasketch.lsh import _optimal_param

    b, r = _optimal_param(threshold, num_perm, 0.5, 0.5)
    return int(b), int(r)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One deterministic 64-bit key per band: shape ``(n, bands)``, uint64.

    Band ``k`` covers columns ``[k*rows, (k+1)*rows)``, as in ``MinHashLSH``. Its key is
    ``fmix64(c + sum_j value_j * m_j mod 2**64)`` with fixed odd multipliers ``m_j``: a value
    change ``d`` moves the sum by ``d * m_j``, never 0 mod 2**64 for odd ``m_j``, and fmix64 is a
    bijection, so bands differing in one value never collide; other collisions are ~2**-64 per
    pair. Cheap enough for 1M signatures in well under a second, and independent of the process
    (never the built-in ``hash()``).
    """
    sigs = np.asarray(signatures)
    if sigs.ndim != 2:
        raise ValueError(f"signatures must be 2-d (n, num_perm), got shape {sigs.shape}")
    if sigs.dtype.kind != "u":
        raise ValueError(f"signatures must be unsigned integers, got {sigs.dtype}")
    if bands < 1 or rows < 1 or bands * rows > sigs.shape[1]:
        raise ValueError(f"need bands, rows >= 1 and bands * rows <= {sigs.shape[1]}, got {bands} x {rows}")
    # splitmix64-style constants: fixed, documented, forced odd.
    mult = _fmix64(np.arange(1, rows + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) | np.uint64(1)
    n = sigs.shape[0]
    keys = np.empty((n, bands), dtype=np.uint64)
    for lo in range(0, n, _KEY_BLOCK):
        x = sigs[lo : lo + _KEY_BLOCK, : bands * rows].astype(np.uint64).reshape(-1, bands, rows)
        x *= mult
        h = x.sum(axis=2, dtype=np.uint64)
        h += np.uint64(0x9E3779B97F4A7C15)
        keys[lo : lo + len(h)] = _fmix64(h)
    return keys


def candidate_pairs(keys: np.ndarray, *, max_group: int = MAX_GROUP) -> np.ndarray:
    """Pairs of rows sharing at least one band key: shape ``(m, 2)`` int64, ``i < j``, unique, sorted.

    Per band, keys are sorted with the row index packed into their low bits (a plain uint64
    sort, several times faster than ``argsort``); runs sharing the remaining key bits are then
    regrouped exactly on the full key, so the result is exact. Each run of equal keys becomes
    all its pairs, except that a run with more than ``max_group`` members is linked as a *star*
    (each member paired with the run's smallest row) rather than a clique: a huge bucket (e.g.
    thousands of empty or identical texts) then costs linear, not quadratic, pairs and still
    yields the same connected components, but the pair set is a subset of all colliding pairs.
    """
    keys = np.asarray(keys)
    if keys.ndim != 2 or keys.dtype != np.uint64:
        raise ValueError(f"keys must be a 2-d uint64 array (n, bands), got {keys.dtype} {keys.shape}")
    if max_group < 2:
        raise ValueError(f"max_group must be at least 2, got {max_group}")
    n = keys.shape[0]
    if n < 2:
        return np.empty((0, 2), dtype=np.int64)
    bits = (n - 1).bit_length()
    low = np.uint64((1 << bits) - 1)
    row_ids = np.arange(n, dtype=np.uint64)
    packed = np.empty(n, dtype=np.uint64)
    found: list[np.ndarray] = []
    for k in range(keys.shape[1]):
        col = keys[:, k]
        np.bitwise_and(col, ~low, out=packed)
        packed |= row_ids
        packed.sort()
        prefix = packed >> np.uint64(bits)
        same = prefix[1:] == prefix[:-1]
        if not same.any():
            continue
        member = np.zeros(n, dtype=bool)
        member[1:] = same
        member[:-1] |= same
        rows = (packed[member] & low).astype(np.int64)  # grouped by prefix, ascending within
        full = col[rows]
        order = np.argsort(full, kind="stable")  # exact regroup; rows stay ascending per key
        rows, full = rows[order], full[order]
        found.extend(_run_pairs(rows, full, n, max_group))
    if not found:
        return np.empty((0, 2), dtype=np.int64)
    codes = np.unique(np.concatenate(found))
    return np.stack((codes // n, codes % n), axis=1)


def _run_pairs(rows: np.ndarray, full: np.ndarray, n: int, max_group: int) -> list[np.ndarray]:
    """Encoded pairs for runs of equal ``full`` keys in ``rows`` (ascending within each run)."""
    brk = np.flatnonzero(full[1:] != full[:-1]) + 1
    starts = np.concatenate(([0], brk))
    sizes = np.diff(np.concatenate((starts, [len(rows)])))
    multi = sizes >= 2
    starts, sizes = starts[multi], sizes[multi]
    big = sizes > max_group
    out: list[np.ndarray] = []
    # Cliques: position p in a run [s, s+size) pairs with p+1 .. s+size-1.
    cs, cz = starts[~big], sizes[~big]
    if len(cs):
        pos = np.repeat(cs, cz) + _ramp(cz)
        cnt = np.repeat(cs + cz, cz) - pos - 1
        left = np.repeat(pos, cnt)
        right = left + 1 + _ramp(cnt)
        out.append(_encode(rows[left], rows[right], n))
    # Stars: every later member to the run's first (smallest) row.
    bs, bz = starts[big], sizes[big]
    if len(bs):
        first = np.repeat(bs, bz - 1)
        out.append(_encode(rows[first], rows[first + 1 + _ramp(bz - 1)], n))
    return out


def _ramp(counts: np.ndarray) -> np.ndarray:
    """Concatenated ``arange(c)`` for each count ``c``, without a Python loop."""
    counts = np.asarray(counts, dtype=np.int64)
    total = int(counts.sum())
    offsets = np.repeat(np.cumsum(counts) - counts, counts)
    return np.arange(total, dtype=np.int64) - offsets


def _encode(i: np.ndarray, j: np.ndarray, n: int) -> np.ndarray:
    """Pack ordered pairs into one int64 so ``np.unique`` sorts them by (i, j)."""
    return i.astype(np.int64) * n + j.astype(np.int64)


def connected_components(n: int, pairs: np.ndarray) -> np.ndarray:
    """Component label per node, shape ``(n,)`` int64: the smallest node index in its component.

    Vectorised union-find: every round hooks the larger root of each cross-tree edge onto the
    smaller (``np.minimum.at``), then pointer jumping compresses all paths; edges already inside
    one tree are dropped. Roots only ever point to smaller indices, so the final root is the
    component's minimum, whatever the order of ``pairs``.
    """
    labels = np.arange(n, dtype=np.int64)
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    if len(pairs) == 0:
        return labels
    if pairs.min() < 0 or pairs.max() >= n:
        raise ValueError(f"pair indices must be in [0, {n}), got [{pairs.min()}, {pairs.max()}]")
    u, v = pairs[:, 0], pairs[:, 1]
    while True:
        ru, rv = labels[u], labels[v]
        cross = ru != rv
        if not cross.any():
            return labels
        ru, rv = ru[cross], rv[cross]
        lo, hi = np.minimum(ru, rv), np.maximum(ru, rv)
        np.minimum.at(labels, hi, lo)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        u, v = lo, hi  # roots stand in for their members from now on


def near_duplicate_groups(
    signatures: np.ndarray, *, threshold: float, max_group: int = MAX_GROUP
) -> np.ndarray:
    """Group rows whose estimated Jaccard similarity reaches ``threshold`` (transitively).

    Band keys with datasketch's (bands, rows) for the threshold find candidates as
    ``MinHashLSH`` would; candidates below the threshold are discarded; the label of each row is
    the smallest row index of its group. Linking is transitive: A~B and B~C puts A and C in one
    group even if A and C are less similar.
    """
    sigs = np.asarray(signatures)
    if sigs.ndim != 2:
        raise ValueError(f"signatures must be 2-d (n, num_perm), got shape {sigs.shape}")
    bands, rows = lsh_params(threshold, sigs.shape[1])
    pairs = candidate_pairs(band_keys(sigs, bands, rows), max_group=max_group)
    pairs = pairs[jaccard_pairs(sigs, pairs) >= threshold]
    return connected_components(len(sigs), pairs)
