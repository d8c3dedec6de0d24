"""newsclean.minhash: bit-identical to datasketch, and band grouping equal to MinHashLSH."""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import xxhash
from datasketch import LeanMinHash, MinHash, MinHashLSH
from datasketch.lsh import _optimal_param

from newsclean.minhash import (
    DATASKETCH_BANDS,
    NUM_PERM,
    SEED,
    MinHasher,
    band_keys,
    candidate_pairs,
    connected_components,
    hash_tokens,
    jaccard,
    jaccard_many,
    jaccard_pairs,
    lsh_params,
    near_duplicate_groups,
)

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SCHEMES = ("affine32", "affine64", "legacy")


def shingles(text: str, k: int = 3) -> list[str]:
    """Word k-shingles; a text shorter than k words is one shingle."""
    words = text.split()
    if len(words) < k:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + k]) for i in range(len(words) - k + 1)]


def edit_words(text: str, rng: random.Random, edits: int) -> str:
    """A near-duplicate: ``edits`` words replaced by a marker word."""
    words = text.split()
    for i in rng.sample(range(len(words)), edits):
        words[i] = f"edited{i}"
    return " ".join(words)


@pytest.fixture(scope="module")
def lines() -> list[str]:
    found = [
        line.strip()
        for path in sorted(SEEDS_DIR.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(found) >= 50
    return found


@pytest.fixture(scope="module")
def corpus(lines: list[str]) -> list[list[str]]:
    """A few hundred shingle sets: seed lines, their sentences, and planted near-duplicates."""
    rng = random.Random(20240501)
    texts = list(lines)
    texts += [s for line in lines for s in line.split(". ") if len(s.split()) >= 4 and s != line]
    texts += [edit_words(line, rng, 1 + i % 3) for i, line in enumerate(lines) if len(line.split()) >= 15]
    texts += lines[:5]  # exact duplicates too
    return [shingles(t) for t in texts]


def datasketch_minhash(tokens: list[str], num_perm: int, seed: int, scheme: str) -> MinHash:
    hashfunc = xxhash.xxh64_intdigest if scheme == "affine64" else xxhash.xxh32_intdigest
    m = MinHash(num_perm=num_perm, seed=seed, hashfunc=hashfunc, scheme=scheme)
    for token in tokens:
        m.update(token.encode("utf-8"))
    return m


def union_find_reference(n: int, pairs: np.ndarray) -> np.ndarray:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, j in pairs.tolist():
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)
    return np.array([find(x) for x in range(n)], dtype=np.int64)


def random_graph(n: int, m: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    pairs = rng.integers(0, n, size=(m, 2))
    return pairs[pairs[:, 0] != pairs[:, 1]]


def lsh_reference_pairs(sigs: np.ndarray, hasher: MinHasher, bands: int, rows: int) -> set[tuple[int, int]]:
    lsh = MinHashLSH(num_perm=hasher.num_perm, params=(bands, rows))
    minhashes = [hasher.to_datasketch(s) for s in sigs]
    for i, m in enumerate(minhashes):
        lsh.insert(i, m)
    return {(min(i, j), max(i, j)) for i, m in enumerate(minhashes) for j in lsh.query(m) if j != i}


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("num_perm", "seed"), [(NUM_PERM, SEED), (64, 7), (256, 12345), (1, 0)])
def test_minhash_signatures_equal_datasketch(corpus: list[list[str]], scheme: str, num_perm: int, seed: int) -> None:
    docs = corpus[::3]  # datasketch's per-token update is slow; a third is plenty per combination
    sigs = MinHasher(num_perm, seed, scheme).signatures(docs)
    for doc, sig in zip(docs, sigs):
        expected = datasketch_minhash(doc, num_perm, seed, scheme).hashvalues
        assert sig.dtype == expected.dtype
        np.testing.assert_array_equal(sig, expected)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize(("num_perm", "seed"), [(NUM_PERM, SEED), (64, 7), (3, 2**32 - 1)])
def test_minhash_permutations_equal_datasketch(scheme: str, num_perm: int, seed: int) -> None:
    # Drawn without datasketch (whose import costs 0.3 s per worker): the same values and dtypes.
    m = MinHash(num_perm=num_perm, seed=seed, scheme=scheme)
    hasher = MinHasher(num_perm, seed, scheme)
    for got, expected in zip((*hasher.permutations, hasher.empty), (*m.permutations, m.hashvalues)):
        assert got.dtype == expected.dtype
        np.testing.assert_array_equal(got, expected)


def test_minhash_signing_does_not_import_datasketch() -> None:
    code = (
        "import sys; from newsclean.minhash import hasher; "
        "hasher().signatures([['a b c', 'b c d']]); print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]


@pytest.mark.parametrize("chunk_tokens", [1, 7, 100, 1 << 20])
def test_minhash_signatures_independent_of_chunk_size(corpus: list[list[str]], chunk_tokens: int) -> None:
    expected = np.array([datasketch_minhash(doc, NUM_PERM, SEED, "affine32").hashvalues for doc in corpus[:60]])
    got = MinHasher(chunk_tokens=chunk_tokens).signatures(corpus[:60])
    np.testing.assert_array_equal(got, expected)


def test_minhash_signature_equals_batched_row(corpus: list[list[str]]) -> None:
    hasher = MinHasher()
    batched = hasher.signatures(corpus[:20])
    for doc, row in zip(corpus[:20], batched):
        np.testing.assert_array_equal(hasher.signature(iter(doc)), row)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("chunk_tokens", [1, 5, 1000, 4096])
def test_minhash_signature_equals_datasketch_in_every_block_size(
    corpus: list[list[str]], scheme: str, chunk_tokens: int
) -> None:
    """The one-document path against datasketch: one token, a few, non-ASCII, digits and
    underscores, and a document of 2,500 tokens, longer than most blocks, so several
    blocks' minima are merged."""
    hasher = MinHasher(scheme=scheme, chunk_tokens=chunk_tokens)
    long_doc = [f"mot_{i} été {i % 97}" for i in range(2500)]
    docs = [["x"], ["Größe über 12 €", "naïve café", "日本語 テキスト", "a_b c_d"], long_doc, *corpus[:5]]
    for doc in docs:
        expected = datasketch_minhash(doc, NUM_PERM, SEED, scheme).hashvalues
        got = hasher.signature(iter(doc))
        assert got.dtype == expected.dtype
        np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_minhash_empty_input_equals_datasketch_empty(corpus: list[list[str]], scheme: str) -> None:
    hasher = MinHasher(scheme=scheme)
    empty = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=scheme).hashvalues
    sigs = hasher.signatures([[], corpus[0], [], [], corpus[1], []])
    for row in (0, 2, 3, 5):
        assert sigs[row].dtype == empty.dtype
        np.testing.assert_array_equal(sigs[row], empty)
    np.testing.assert_array_equal(hasher.signature([]), empty)
    assert hasher.signatures([]).shape == (0, NUM_PERM)


def test_minhash_hash_tokens_match_xxhash(lines: list[str]) -> None:
    tokens = shingles(lines[0]) + ["", "ünïcödé 日本語"]
    np.testing.assert_array_equal(hash_tokens(tokens), [xxhash.xxh32_intdigest(t.encode("utf-8")) for t in tokens])
    np.testing.assert_array_equal(
        hash_tokens(tokens, width=64), [xxhash.xxh64_intdigest(t.encode("utf-8")) for t in tokens]
    )


@pytest.mark.parametrize("scheme", SCHEMES)
def test_minhash_to_datasketch_round_trips(corpus: list[list[str]], scheme: str) -> None:
    hasher = MinHasher(scheme=scheme)
    sig = hasher.signature(corpus[3])
    lean = hasher.to_datasketch(sig)
    assert isinstance(lean, LeanMinHash)
    assert (lean.seed, lean.scheme) == (SEED, scheme)
    assert lean == LeanMinHash(datasketch_minhash(corpus[3], NUM_PERM, SEED, scheme))
    np.testing.assert_array_equal(lean.hashvalues, sig)
    assert lean.hashvalues.dtype == sig.dtype


def test_minhash_jaccard_agrees_with_datasketch(corpus: list[list[str]]) -> None:
    hasher = MinHasher()
    sigs = hasher.signatures(corpus)
    rng = random.Random(3)
    planted = [(i, j) for i in range(len(sigs)) for j in range(i + 1, len(sigs)) if jaccard(sigs[i], sigs[j]) > 0.3]
    pairs = planted + [tuple(rng.sample(range(len(sigs)), 2)) for _ in range(200)]
    assert len(planted) >= 20
    for i, j in pairs:
        expected = hasher.to_datasketch(sigs[i]).jaccard(hasher.to_datasketch(sigs[j]))
        assert jaccard(sigs[i], sigs[j]) == expected


def test_minhash_jaccard_many_equals_jaccard(corpus: list[list[str]]) -> None:
    sigs = MinHasher().signatures(corpus)
    many = jaccard_many(sigs[7], sigs)
    assert many.dtype == np.float64
    assert many.tolist() == [jaccard(sigs[7], s) for s in sigs]


def test_minhash_jaccard_pairs_equals_jaccard(corpus: list[list[str]]) -> None:
    sigs = MinHasher().signatures(corpus)
    pairs = random_graph(len(sigs), 300, seed=5)
    assert jaccard_pairs(sigs, pairs).tolist() == [jaccard(sigs[i], sigs[j]) for i, j in pairs]


@pytest.mark.parametrize("threshold", [0.3, 0.5, 0.7, 0.8, 0.9, 0.95])
@pytest.mark.parametrize("num_perm", [32, 128, 200])
def test_minhash_lsh_params_equal_datasketch_optimal_param(threshold: float, num_perm: int) -> None:
    assert lsh_params(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)


@pytest.mark.parametrize(("threshold", "num_perm"), sorted(DATASKETCH_BANDS))
def test_minhash_written_down_bands_are_datasketch_optimal_param(threshold: float, num_perm: int) -> None:
    assert DATASKETCH_BANDS[threshold, num_perm] == _optimal_param(threshold, num_perm, 0.5, 0.5)


@pytest.mark.parametrize(("threshold", "num_perm"), [(0.5, 128), (0.8, 128), (0.9, 128), (0.7, 64), (0.9, 256)])
def test_minhash_lsh_params_equal_minhash_lsh_bands(threshold: float, num_perm: int) -> None:
    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_params(threshold, num_perm) == (lsh.b, lsh.r)


def test_minhash_lsh_params_may_give_one_band_that_minhash_lsh_rejects() -> None:
    # datasketch's optimiser returns b=1 here, which its own MinHashLSH refuses; we keep b=1.
    assert lsh_params(0.95, 32) == (1, 32)
    with pytest.raises(ValueError, match="b < 2"):
        MinHashLSH(threshold=0.95, num_perm=32)


@pytest.mark.parametrize(("num_perm", "threshold"), [(128, 0.5), (128, 0.8), (64, 0.7)])
def test_minhash_candidate_pairs_equal_minhash_lsh(corpus: list[list[str]], num_perm: int, threshold: float) -> None:
    hasher = MinHasher(num_perm=num_perm)
    sigs = hasher.signatures(corpus)
    bands, rows = lsh_params(threshold, num_perm)
    pairs = candidate_pairs(band_keys(sigs, bands, rows))
    expected = lsh_reference_pairs(sigs, hasher, bands, rows)
    assert len(expected) >= 30  # the planted near-duplicates are found, so the check is not vacuous
    assert {tuple(p) for p in pairs.tolist()} == expected


@pytest.mark.parametrize("scheme", SCHEMES)
def test_minhash_candidate_pairs_equal_minhash_lsh_for_scheme(corpus: list[list[str]], scheme: str) -> None:
    hasher = MinHasher(scheme=scheme)
    sigs = hasher.signatures(corpus)
    pairs = candidate_pairs(band_keys(sigs, 16, 8))
    assert {tuple(p) for p in pairs.tolist()} == lsh_reference_pairs(sigs, hasher, 16, 8)


def test_minhash_candidate_pairs_are_sorted_unique_and_ordered(corpus: list[list[str]]) -> None:
    sigs = MinHasher().signatures(corpus)
    pairs = candidate_pairs(band_keys(sigs, *lsh_params(0.5, NUM_PERM)))
    assert pairs.dtype == np.int64 and pairs.shape[1] == 2 and len(pairs) > 0
    assert (pairs[:, 0] < pairs[:, 1]).all()
    assert np.array_equal(np.unique(pairs, axis=0), pairs)


def test_minhash_band_keys_equal_exactly_when_band_values_equal(corpus: list[list[str]]) -> None:
    sigs = MinHasher().signatures(corpus)
    bands, rows = 16, 8
    keys = band_keys(sigs, bands, rows)
    assert keys.shape == (len(sigs), bands) and keys.dtype == np.uint64
    for k in range(bands):
        band = sigs[:, k * rows : (k + 1) * rows]
        same_values = (band[:, None, :] == band[None, :, :]).all(axis=2)
        same_keys = keys[:, None, k] == keys[None, :, k]
        np.testing.assert_array_equal(same_keys, same_values)


def test_minhash_band_keys_differ_for_one_changed_value() -> None:
    rng = np.random.default_rng(11)
    base = rng.integers(0, 2**32, size=(1, 128), dtype=np.uint32)
    variants = np.repeat(base, 128 * 4, axis=0)
    for c in range(128):  # four single-value edits in every column
        variants[4 * c : 4 * c + 4, c] = rng.integers(0, 2**32, size=4, dtype=np.uint32)
    sigs = np.vstack([base, variants])
    keys = band_keys(sigs, 1, 128)
    assert len(np.unique(keys[:, 0])) == len(np.unique(sigs, axis=0)) == len(sigs)


@pytest.mark.parametrize(("n", "m", "seed"), [(10, 5, 0), (200, 150, 1), (1000, 600, 2), (5000, 5000, 3)])
def test_minhash_connected_components_independent_of_pair_order(n: int, m: int, seed: int) -> None:
    pairs = random_graph(n, m, seed)
    rng = np.random.default_rng(seed + 100)
    shuffled = pairs[rng.permutation(len(pairs))]
    flip = rng.random(len(shuffled)) < 0.5
    shuffled[flip] = shuffled[flip][:, ::-1]
    np.testing.assert_array_equal(connected_components(n, pairs), connected_components(n, shuffled))


@pytest.mark.parametrize(("n", "m", "seed"), [(1, 0, 0), (50, 20, 1), (500, 400, 2), (2000, 1500, 3), (3000, 9000, 4)])
def test_minhash_connected_components_match_reference_union_find(n: int, m: int, seed: int) -> None:
    pairs = random_graph(n, m, seed) if m else np.empty((0, 2), dtype=np.int64)
    np.testing.assert_array_equal(connected_components(n, pairs), union_find_reference(n, pairs))


def test_minhash_connected_components_long_shuffled_path() -> None:
    n = 20_000
    path = np.random.default_rng(9).permutation(n)
    pairs = np.stack((path[:-1], path[1:]), axis=1)
    assert (connected_components(n, pairs) == 0).all()


@pytest.mark.parametrize("max_group", [2, 3, 10])
def test_minhash_star_linking_for_huge_groups_yields_same_components(max_group: int) -> None:
    rng = np.random.default_rng(max_group)
    # Few distinct keys per band: many big buckets, linked as stars when above max_group.
    keys = rng.integers(0, 40, size=(600, 3)).astype(np.uint64) + np.arange(3, dtype=np.uint64) * np.uint64(1000)
    keys[::7, :] = np.uint64(1) << np.uint64(40)  # plus one bucket far above max_group in every band
    cliques = candidate_pairs(keys, max_group=10_000)
    stars = candidate_pairs(keys, max_group=max_group)
    assert len(stars) < len(cliques)
    assert {tuple(p) for p in stars.tolist()} <= {tuple(p) for p in cliques.tolist()}
    np.testing.assert_array_equal(connected_components(600, stars), connected_components(600, cliques))


def test_minhash_near_duplicate_groups_equal_lsh_then_jaccard_filter(corpus: list[list[str]]) -> None:
    hasher = MinHasher()
    sigs = hasher.signatures(corpus)
    threshold = 0.7
    bands, rows = lsh_params(threshold, NUM_PERM)
    kept = np.array(
        sorted((i, j) for i, j in lsh_reference_pairs(sigs, hasher, bands, rows) if jaccard(sigs[i], sigs[j]) >= threshold),
        dtype=np.int64,
    ).reshape(-1, 2)
    labels = near_duplicate_groups(sigs, threshold=threshold)
    np.testing.assert_array_equal(labels, union_find_reference(len(sigs), kept))
    assert (labels != np.arange(len(sigs))).sum() >= 20  # planted copies joined their originals


def test_minhash_minhasher_rejects_unknown_scheme() -> None:
    with pytest.raises(ValueError, match="scheme"):
        MinHasher(scheme="affine16")  # type: ignore[arg-type]


def test_minhash_band_keys_reject_too_many_rows() -> None:
    with pytest.raises(ValueError, match="bands \\* rows"):
        band_keys(np.zeros((3, 128), dtype=np.uint32), 9, 15)
