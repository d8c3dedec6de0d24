"""Determinism: byte-identical output across runs, PYTHONHASHSEED values and worker counts;
the same decisions whatever the input order, where the keep policy allows it.

The corpus mixes what makes decisions order- or hash-sensitive if done carelessly:
near-duplicate clusters, taglines that recur across a site, several languages,
duplicate ids and a malformed record.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SEEDS, read_table
from newsclean import clean, default_pipeline

OUTPUTS = ("articles.parquet", "removed.parquet", "report.json")

WORDS = {
    "en": "the government said on monday that new rules for energy prices would take effect next year after long talks".split(),
    "de": "die regierung hat am montag angekündigt dass neue regeln für die energiepreise im nächsten jahr gelten sollen".split(),
    "fr": "le gouvernement a annoncé lundi que les nouvelles règles sur les prix de l'énergie entreront en vigueur".split(),
}
TAGLINES = ("Follow us on Facebook and X for more news.", "© Example Media Group. All rights reserved.")


def _article(rng: random.Random, lang: str, i: int) -> str:
    words = WORDS[lang]
    paragraphs = [" ".join(rng.choice(words) for _ in range(rng.randint(12, 30))).capitalize() + "." for _ in range(rng.randint(2, 5))]
    return "\n".join([f"Headline {i} " + " ".join(rng.sample(words, 4)), *paragraphs])


def write_corpus(root: Path, seed: int = 7) -> list[Path]:
    """Three JSONL files and the seeds: about 90 articles with clusters, site repeats and bad records."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    files = []
    texts: list[str] = []
    for f in range(3):
        lines = []
        for i in range(28):
            n = f * 100 + i
            lang = ("en", "de", "fr")[n % 3]
            site = f"site{n % 4}.example"
            if texts and rng.random() < 0.25:  # a near copy of an earlier article, maybe in another file
                base = rng.choice(texts).split("\n")
                text = "\n".join(base[:-1] + [base[-1] + " Update."]) if rng.random() < 0.5 else "\n".join(base)
            else:
                text = _article(rng, lang, n)
                texts.append(text)
            if rng.random() < 0.6:
                text += "\n" + TAGLINES[n % 2]
            record = {"id": str(i), "text": text, "url": f"https://www.{site}/story/{n}",
                      "published": f"2024-0{1 + n % 9}-1{n % 10}" if n % 5 else None}
            lines.append(json.dumps(record, ensure_ascii=False))
        if f == 1:
            lines.insert(5, '{"text": broken')
        path = root / f"feed-{f}.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds, dirs_exist_ok=True)
    return [*files, seeds]


def run_cli(inputs: list[Path], out: Path, *, hashseed: str, workers: int) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    args = [sys.executable, "-m", "newsclean", "clean", *map(str, inputs), "--out", str(out), "-q",
            "--workers", str(workers), "--on-bad-record=reject"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The corpus cleaned by the CLI in separate processes: two hash seeds, one and two workers."""
    root = tmp_path_factory.mktemp("determinism")
    inputs = write_corpus(root / "in")
    runs = {"seed0-j1": ("0", 1), "seed4242-j1": ("4242", 1), "seed1-j2": ("1", 2)}
    for name, (hashseed, workers) in runs.items():
        run_cli(inputs, root / name, hashseed=hashseed, workers=workers)
    return {name: root / name for name in runs}


def same_bytes(a: Path, b: Path) -> None:
    for name in OUTPUTS:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_determinism_corpus_exercises_the_corpus_stages(cli_runs: dict[str, Path]) -> None:
    report = json.loads((cli_runs["seed0-j1"] / "report.json").read_text())
    assert report["duplicate_clusters"] > 0
    assert {"duplicate.article", "repeat.site", "input.malformed"} <= set(report["reasons"])
    assert len(report["languages"]) >= 3


def test_determinism_same_bytes_whatever_the_hash_seed(cli_runs: dict[str, Path]) -> None:
    same_bytes(cli_runs["seed0-j1"], cli_runs["seed4242-j1"])


def test_determinism_same_bytes_for_one_and_two_workers(cli_runs: dict[str, Path]) -> None:
    same_bytes(cli_runs["seed0-j1"], cli_runs["seed1-j2"])


def test_determinism_same_bytes_run_after_run(tmp_path: Path) -> None:
    inputs = write_corpus(tmp_path / "in")
    clean(inputs, tmp_path / "a", on_bad_record="reject")
    clean(inputs, tmp_path / "b", on_bad_record="reject")
    same_bytes(tmp_path / "a", tmp_path / "b")


def decisions(out: Path) -> tuple[set[tuple[object, ...]], set[tuple[object, ...]], dict[str, object]]:
    """The run's decisions without their order: kept rows, removed rows, report counts."""
    kept = {(r["source"], r["id"], r["text"], r["lang"], r["cluster_id"], r["cluster_size"]) for r in read_table(out / "articles.parquet")}
    removed = {(r["source"], r["id"], r["level"], r["index"], r["reason"], r["duplicate_of"]) for r in read_table(out / "removed.parquet")}
    report = json.loads((out / "report.json").read_text())
    return kept, removed, report


@pytest.mark.parametrize("keep", ["longest", "earliest"])
def test_determinism_input_order_does_not_change_decisions(tmp_path: Path, keep: str) -> None:
    # keep="first" keeps the first copy in input order by definition, so it is left out.
    inputs = write_corpus(tmp_path / "in")
    pipeline = default_pipeline(keep=keep)
    clean(inputs, tmp_path / "forward", pipeline=pipeline, on_bad_record="reject")
    clean(inputs[::-1], tmp_path / "reversed", pipeline=pipeline, on_bad_record="reject")
    forward, backward = decisions(tmp_path / "forward"), decisions(tmp_path / "reversed")
    assert forward[0] == backward[0]
    assert forward[1] == backward[1]
    assert forward[2] == backward[2]  # report.json sorts its keys: counts are equal, so are the bytes
