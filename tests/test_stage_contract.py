"""Every stage of the default pipeline against every rule of the stage contract."""

from __future__ import annotations

import copy
import dataclasses

import pytest

from conftest import SEEDS, make_article
from newsclean import Article, StageError, default_pipeline, read
from newsclean.pipeline import Pipeline

STAGES = default_pipeline().stages


def sample() -> list[Article]:
    seeds = [a for batch in read(SEEDS) for a in batch]
    rejected = make_article("should pass untouched", id="r1").reject("input.malformed", "test")
    return [*seeds, rejected, make_article("Kurz.", id="k1"), make_article("", id="e1")]


def run(stage, articles: list[Article]) -> list[Article]:  # type: ignore[no-untyped-def]
    if callable(getattr(stage, "fit", None)):
        stage = stage.fit([articles])
    return [a for batch in stage([articles[:3], articles[3:]]) for a in batch]


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: type(s).__name__)
def test_stage_contract_same_articles_same_order(stage) -> None:  # type: ignore[no-untyped-def]
    articles = sample()
    assert [a.id for a in run(stage, articles)] == [a.id for a in articles]


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: type(s).__name__)
def test_stage_contract_rejected_pass_untouched(stage) -> None:  # type: ignore[no-untyped-def]
    articles = sample()
    out = {a.id: a for a in run(stage, articles)}
    assert out["r1"] == articles[-3]


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: type(s).__name__)
def test_stage_contract_inputs_not_mutated(stage) -> None:  # type: ignore[no-untyped-def]
    articles = sample()
    before = copy.deepcopy(articles)
    run(stage, articles)
    assert articles == before


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: type(s).__name__)
def test_stage_contract_deterministic(stage) -> None:  # type: ignore[no-untyped-def]
    assert run(stage, sample()) == run(stage, sample())


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: type(s).__name__)
def test_stage_contract_config_is_frozen_and_only_stored(stage) -> None:  # type: ignore[no-untyped-def]
    assert dataclasses.is_dataclass(stage)
    for field in dataclasses.fields(stage):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(stage, field.name, None)
    assert type(stage)() == type(stage)()


@pytest.mark.parametrize("stage", STAGES, ids=lambda s: type(s).__name__)
def test_stage_contract_never_deletes_paragraphs(stage) -> None:  # type: ignore[no-untyped-def]
    articles = sample()
    for before, after in zip(articles, run(stage, articles)):
        assert len(after.paragraphs) == len(before.paragraphs)


def test_stage_contract_runner_catches_a_dropping_stage() -> None:
    def dropping(batches):  # type: ignore[no-untyped-def]
        for batch in batches:
            yield batch[1:]

    with pytest.raises(StageError, match="lost|dropped or reordered"):
        list(Pipeline((dropping,)).run([sample()]))
