"""The Ray engine gives the local engine's output, on a real local Ray cluster (2 CPUs).

Ray is a test requirement here (CI installs ``newsclean[ray]``): a missing Ray fails
these tests rather than skipping them. One cluster serves the module and is shut down
at its end; the comparison runs once and several tests read it.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import ray
import ray.data
from click.testing import CliRunner

import newsclean
import newsclean.ray as on_ray
from conftest import SEEDS
from newsclean import InputError, default_pipeline, from_records, read
from newsclean.cli import cli
from newsclean.distributed.neardup import _candidates
from newsclean.distributed.rows import from_table
from newsclean.minhash import MAX_GROUP, candidate_pairs

# Ray's own DataContext warns about its deprecated fields whenever it is copied.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")

SITES = ("kurier.example", "dagblad.example", "tribune.example", "courier.example", "gazette.example")


@pytest.fixture(scope="module")
def cluster() -> object:
    ray.init(num_cpus=2, object_store_memory=500_000_000, include_dashboard=False, log_to_driver=False)
    ray.data.DataContext.get_current().enable_progress_bars = False
    yield ray
    ray.shutdown()


def seed_paragraphs() -> list[str]:
    return [p.text for batch in read(SEEDS) for a in batch for p in a.paragraphs]


def synthetic_records(n: int = 300, seed: int = 5) -> list[dict[str, object]]:
    """Stories cut from the seed paragraphs, on five sites with their own header and footer,
    with syndicated near-copies, exact copies, undated and site-less records and empty ones."""
    rng, pool = random.Random(seed), seed_paragraphs()
    furniture = {
        site: ([f"{site.split('.')[0].title()} – Nachrichten aus der Region, jeden Tag neu"],
               [f"© {2020 + i} {site} Verlag. Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.",
                f"Newsletter: Die wichtigsten Meldungen von {site} jeden Morgen in Ihrem Postfach."])
        for i, site in enumerate(SITES)
    }
    records: list[dict[str, object]] = []
    stories: list[list[str]] = []
    for i in range(n):
        site = rng.choice(SITES)
        roll = rng.random()
        if roll < 0.15 and stories:  # a syndicated near-copy on another site
            body = list(rng.choice(stories))
            body[0] = f"BERLIN (dpa) – {body[0]}"
            for _ in range(rng.randint(1, 3)):
                j = rng.randrange(len(body))
                tokens = body[j].split()
                k = rng.randrange(len(tokens))
                tokens[k] = tokens[k][::-1]
                body[j] = " ".join(tokens)
            if rng.random() < 0.4 and len(body) > 3:
                body.pop()
        elif roll < 0.20 and stories:  # an exact copy
            body = list(rng.choice(stories))
        else:
            start = rng.randrange(len(pool))
            body = [pool[(start + j) % len(pool)] for j in range(rng.randint(3, 7))]
            stories.append(body)
        head, foot = furniture[site]
        text = "\n".join([*head, *body, *foot]) if rng.random() < 0.8 else "\n".join(body)
        record: dict[str, object] = {"id": f"s{i:04d}", "text": text, "title": body[0][:60]}
        if rng.random() < 0.7:
            record["published"] = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if rng.random() < 0.5:
            record["url"] = f"https://www.{site}/artikel/{i}"
        elif rng.random() < 0.9:
            record["site"] = site
        if rng.random() < 0.1:
            record["section"] = rng.choice(("politik", "wirtschaft"))  # unknown field -> extra
        records.append(record)
    records[7]["text"] = "   "  # input.empty
    return records


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The seeds, a JSONL file (with one malformed line) and a Parquet file of synthetic articles."""
    root = tmp_path_factory.mktemp("ray-inputs")
    records = synthetic_records()
    jsonl = root / "feed.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records[:200]]
    lines.insert(50, '{"id": "broken", "text": ')
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    parquet = root / "feed.parquet"
    pq.write_table(pa.Table.from_pylist([{**r, "section": r.get("section")} for r in records[200:]]), parquet)
    empty = root / "empty.jsonl"  # no article: still listed in report.json, with 0 read
    empty.write_bytes(b"")
    return [SEEDS, jsonl, parquet, empty]


@pytest.fixture(scope="module")
def outputs(cluster: object, inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The inputs cleaned by the library's ``clean`` and by the CLI's ``--engine ray``
    (``newsclean.ray.clean`` on the running cluster): each Ray run starts its shuffles'
    actors, half a minute here, so the CLI's option is checked on this run."""
    local, distributed = tmp_path_factory.mktemp("local"), tmp_path_factory.mktemp("ray")
    newsclean.clean(inputs, local, overwrite=True, on_bad_record="reject")
    args = ["clean", *map(str, inputs), "--out", str(distributed), "--engine", "ray", "--on-bad-record", "reject", "--overwrite", "-q"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    return local, distributed


def rows(path: Path) -> list[dict[str, object]]:
    return pq.read_table(path).to_pylist()


def test_ray_kept_articles_equal_local_in_input_order(outputs: tuple[Path, Path]) -> None:
    local, distributed = outputs
    assert rows(distributed / "articles.parquet") == rows(local / "articles.parquet")


def test_ray_removed_rows_and_reasons_equal_local(outputs: tuple[Path, Path]) -> None:
    local, distributed = outputs
    assert rows(distributed / "removed.parquet") == rows(local / "removed.parquet")


def test_ray_report_equals_local(outputs: tuple[Path, Path]) -> None:
    local, distributed = outputs
    assert (distributed / "report.json").read_text() == (local / "report.json").read_text()
    assert any(name.endswith("empty.jsonl") for name in json.loads((local / "report.json").read_text())["inputs"])


def test_ray_comparison_exercises_both_corpus_stages(outputs: tuple[Path, Path]) -> None:
    reasons = json.loads((outputs[0] / "report.json").read_text())["reasons"]
    assert reasons["duplicate.article"] >= 20 and reasons["repeat.site"] >= 100 and reasons["input.malformed"] == 1


def test_ray_output_tables_keep_the_documented_schema(outputs: tuple[Path, Path]) -> None:
    local, distributed = outputs
    for name in ("articles.parquet", "removed.parquet"):
        assert pq.read_schema(next((distributed / name).glob("*.parquet"))) == pq.read_schema(local / name)


def test_ray_clean_dataset_on_records_equals_pipeline_run(cluster: object) -> None:
    records = synthetic_records(120, seed=11)
    columns = sorted({key for r in records for key in r})
    records = [{key: r.get(key) for key in columns} for r in records]  # a Dataset has every column
    pipeline = default_pipeline(keep="earliest")
    expected = [a.replace(signature=None) for b in pipeline.run(from_records(records)) for a in b]
    ds = on_ray.clean_dataset(ray.data.from_items(records, override_num_blocks=3), pipeline=pipeline)
    got = [a for table in ray.get(ds.materialize().to_arrow_refs()) for a in from_table(table)[1]]
    assert got == expected and any(a.rejected == "duplicate.article" for a in got)


def test_ray_bad_record_error_names_the_line(cluster: object, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Eine Zeile."}\n{"text": \n', encoding="utf-8")
    with pytest.raises(InputError, match=r"feed\.jsonl:2: line is not valid JSON"):
        on_ray.clean([feed], tmp_path / "out")


def test_ray_cli_address_needs_ray_engine(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["clean", str(SEEDS), "--out", str(tmp_path), "--address", "auto"])
    assert result.exit_code == 2 and "--address needs --engine ray" in result.output


def test_ray_huge_band_bucket_is_linked_as_a_star_like_local() -> None:
    # More than MAX_GROUP rows share one band key: both engines link them to the smallest row.
    rng = np.random.default_rng(3)
    n = MAX_GROUP + 200
    keys = np.where(rng.random(n) < 0.9, np.uint64(42), rng.integers(0, 2**63, n).astype(np.uint64))
    seqs = rng.permutation(np.arange(n, dtype=np.int64) * 7 + 1)  # increasing in row order once sorted
    group = pa.table({"band": np.zeros(n, np.int32), "key": keys, "seq": seqs, "bucket": np.zeros(n, np.int64)})
    order = np.argsort(seqs)
    expected = candidate_pairs(keys[order][:, None])
    got = _candidates(group)
    assert np.array_equal(np.stack([got.column("a").to_numpy(), got.column("b").to_numpy()], 1), seqs[order][expected])


def test_ray_pipeline_with_a_corpus_stage_it_cannot_distribute_is_refused(cluster: object) -> None:
    class CountEverything:  # a corpus stage: no apply(), state across the stream
        def __call__(self, batches: object) -> object:
            yield from batches  # type: ignore[misc]

    with pytest.raises(newsclean.StageError, match="no distributed algorithm"):
        on_ray.clean_dataset(ray.data.from_items([{"text": "x"}]), pipeline=newsclean.Pipeline((CountEverything(),)))
