"""Golden cases (tests/cases/*.jsonl): the expected decision on every paragraph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclean import Article, Paragraph, default_pipeline

CASES_DIR = Path(__file__).parent / "cases"


def load_cases() -> list[dict[str, object]]:
    cases = []
    for path in sorted(CASES_DIR.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(json.loads(line))
    return cases


CASES = load_cases()


def cleaned(case: dict[str, object]) -> Article:
    paragraphs = tuple(Paragraph(text) for text, _ in case["paragraphs"])  # type: ignore[union-attr]
    article = Article(id=str(case["name"]), source=f"cases/{case['lang']}.jsonl", paragraphs=paragraphs)
    [[out]] = list(default_pipeline().run([[article]]))
    return out


def test_cases_cover_at_least_eight_languages() -> None:
    assert len({c["lang"] for c in CASES}) >= 8


@pytest.mark.parametrize("case", CASES, ids=[str(c["name"]) for c in CASES])
def test_cases_paragraph_decisions(case: dict[str, object]) -> None:
    out = cleaned(case)
    wrong = []
    for (text, expected), p in zip(case["paragraphs"], out.paragraphs):  # type: ignore[arg-type]
        ok = p.dropped is None if expected is None else p.dropped is not None if expected == "drop" else p.dropped == expected
        if not ok:
            wrong.append(f"expected {expected or 'keep'}, got {p.dropped or 'keep'} ({p.detail}): {text[:70]}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("case", CASES, ids=[str(c["name"]) for c in CASES])
def test_cases_language(case: dict[str, object]) -> None:
    assert cleaned(case).lang == case["lang"]
