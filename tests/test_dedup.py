from __future__ import annotations

from conftest import dropped, kept, make_article
from newsclean import DropRepeatedParagraphs

LONG = "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahnlinie bis zum neuen Wohngebiet im Norden zu verlängern."
OTHER = "Die Bauarbeiten sollen im kommenden Frühjahr beginnen und nach Angaben der Verkehrsbetriebe zwei Jahre dauern."


def test_dedup_exact_copy_dropped_first_kept() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, LONG))
    assert kept(a) == [LONG, OTHER]
    assert a.paragraphs[2].dropped == "repeat.paragraph"


def test_dedup_copy_differing_in_case_and_punctuation_is_exact() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, LONG.upper().replace(",", "")))
    assert a.paragraphs[2].dropped == "repeat.paragraph"


def test_dedup_near_copy_with_one_word_changed() -> None:
    near = LONG.replace("Dienstag", "Mittwoch")
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER, near))
    assert dropped(a) == {near: "repeat.near_paragraph"}


def test_dedup_different_paragraphs_kept() -> None:
    a = DropRepeatedParagraphs().apply(make_article(LONG, OTHER))
    assert kept(a) == [LONG, OTHER]


def test_dedup_short_lines_compared_exactly_only() -> None:
    a = DropRepeatedParagraphs().apply(make_article("Berlin, 3. Mai", "Berlin, 4. Mai", LONG))
    assert kept(a) == ["Berlin, 3. Mai", "Berlin, 4. Mai", LONG]


def test_dedup_whole_body_twice_comes_out_once() -> None:
    body = [LONG, OTHER, "Kritiker bemängeln die hohen Kosten von rund 80 Millionen Euro für den neuen Abschnitt der Strecke."]
    a = DropRepeatedParagraphs().apply(make_article(*body, *body))
    assert kept(a) == body
