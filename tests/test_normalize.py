from __future__ import annotations

import pytest

from conftest import SEEDS, evenly, make_article
from newsclean import Normalize, read


@pytest.mark.parametrize(
    "damaged, repaired",
    [
        ("SÃ¼dkorea und Japan", "Südkorea und Japan"),  # UTF-8 read as Latin-1
        ("Les Ã©lections â€“ un bilan", "Les élections – un bilan"),  # cp1252 mojibake
        ("Cafe\u0301 au lait", "Café au lait"),  # decomposed accent -> NFC
        ("tab\there  and\u00a0\u00a0spaces", "tab here and spaces"),
        ("bell\x07 and\x1b[31m escape", "bell and escape"),
    ],
)
def test_normalize_repairs_damage(damaged: str, repaired: str) -> None:
    assert Normalize().fix(damaged) == repaired


@pytest.mark.parametrize(
    "content",
    [
        "„Das ist gut“, sagte sie. “Quoted” and ‘single’ quotes stay.",
        "Ｆｕｌｌ－ｗｉｄｔｈ！ and 全角「括弧」stay as written.",
        "Fish &amp; Chips is how the menu literally spelled it.",
        "Zoë, Ærø, naïve, Łódź, İstanbul and ﬁnance-style words survive.",
    ],
)
def test_normalize_leaves_content_alone(content: str) -> None:
    fixed = Normalize().fix(content)
    if "ﬁ" in content:  # ligatures are a typesetting artefact, not content
        content = content.replace("ﬁ", "fi")
    assert fixed == content


def test_normalize_changes_no_clean_seed_paragraph() -> None:
    paragraphs = [p.text for batch in read(SEEDS) for a in batch for p in a.paragraphs]
    changed = [p for p in paragraphs if Normalize().fix(p) != p]
    assert changed == []


def test_normalize_drops_paragraph_left_empty() -> None:
    a = Normalize().apply(make_article("real text", "\x00\x07"))
    assert [p.dropped for p in a.paragraphs] == [None, "normalize.empty"]


def real_texts(most: int = 50_000) -> list[str]:
    """Seed and golden-case paragraphs, taken at an even stride to at most ``most`` (the cases
    grow every session, the tests' time does not), plus damaged variants of them."""
    import json
    from pathlib import Path

    texts = [line for f in sorted(SEEDS.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines()]
    for path in sorted((Path(__file__).parent / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.extend(t for t, _ in json.loads(line)["paragraphs"])
    texts = evenly(texts, most)
    damaged = [t.encode("utf-8").decode("cp1252", "replace") for t in texts[::3]]  # mojibake
    damaged += [t.encode("utf-8").decode("latin-1") for t in texts[1::5]]
    damaged += [t.replace("e", "e\u0301").replace("fi", "\ufb01").replace(" ", "\u0085", 1) for t in texts[2::7]]
    return texts + damaged


def test_normalize_cheap_check_gives_the_same_output_as_ftfy_everywhere() -> None:
    import ftfy

    stage = Normalize()
    texts = real_texts()
    assert len(texts) > 1500
    for text in texts:
        everywhere = ftfy.fix_text(text, stage.config)
        expected = " ".join(everywhere.replace("\u200b", "").replace("\u2060", "").replace("\ufeff", "").split())
        assert stage.fix(text) == expected, text[:80]


def test_normalize_harmless_characters_never_make_text_bad() -> None:
    """Every alternative of ftfy's badness regex has a part that matches only characters
    outside ``_HARMLESS``: a text made of harmless characters is never bad, so the cheap
    check may skip ``is_bad`` on it."""
    from re import _constants as sre, _parser

    from ftfy.badness import BADNESS_RE

    from newsclean.normalize import _HARMLESS

    def only_harmful(op: object, av: object) -> bool:
        if op is sre.LITERAL:
            return chr(av) not in _HARMLESS  # type: ignore[arg-type]
        if op is not sre.IN:
            return False
        chars: set[str] = set()
        for kind, value in av:  # type: ignore[attr-defined]
            if kind is sre.LITERAL:
                chars.add(chr(value))
            elif kind is sre.RANGE:
                chars.update(map(chr, range(value[0], value[1] + 1)))
            else:
                return False  # a negation or a category (\\s, \\w): harmless characters among them
        return not chars & _HARMLESS

    parsed = list(_parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags))
    assert len(parsed) == 1 and parsed[0][0] is sre.BRANCH
    alternatives = parsed[0][1][1]
    assert len(alternatives) > 30
    for alternative in alternatives:
        assert any(only_harmful(op, av) for op, av in alternative), alternative


def test_normalize_cheap_check_skips_most_clean_text() -> None:
    from newsclean.normalize import may_need_ftfy

    texts = real_texts()
    clean = texts[: len(texts) // 2]  # the undamaged half
    assert sum(may_need_ftfy(t) for t in clean) <= len(clean) * 0.02


def test_normalize_badness_matches_are_no_longer_than_the_window() -> None:
    # _is_bad searches within _LONGEST_BAD characters of each non-harmless one: valid only
    # while no match of ftfy's regex can be longer (and it looks neither behind nor ahead).
    from re import _parser

    from ftfy.badness import BADNESS_RE

    from newsclean.normalize import _LONGEST_BAD

    assert _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags).getwidth()[1] <= _LONGEST_BAD
    assert "(?=" not in BADNESS_RE.pattern and "(?<" not in BADNESS_RE.pattern and "(?!" not in BADNESS_RE.pattern


@pytest.mark.parametrize(
    "text",
    [
        "Ã tout",  # anchored at the start: "^[ÃÂ][ ]"
        "voila Ã tout",  # the same two characters inside: "[a-z]\\s?[ÃÂ][ ]"
        "a long clean sentence before the damage, then ГўВЂВ\u009dx at the end",  # the longest pattern
        "café naïve résumé " * 30 + "SÃ¼dkorea",  # a match far from the first accented letters
        "Å " + "x" * 40 + " Ã©",  # two windows apart
        "é" + "x" * 4 + "a Ã ",  # overlapping windows merged
        "Zoë, Ærø, naïve, Łódź, İstanbul: no mojibake at all",
        "ØŒØ§Ù„",  # Arabic mojibake: four characters
        "",
    ],
)
def test_normalize_windowed_badness_equals_ftfy(text: str) -> None:
    from ftfy.badness import is_bad

    from newsclean.normalize import _is_bad

    assert _is_bad(text) == is_bad(text)


def test_normalize_windowed_badness_equals_ftfy_on_real_text() -> None:
    from ftfy.badness import is_bad

    from newsclean.normalize import _is_bad

    texts = real_texts()
    assert sum(map(is_bad, texts)) > 100  # damaged ones: both answers are compared
    for text in texts:
        assert _is_bad(text) == is_bad(text), text[:80]
