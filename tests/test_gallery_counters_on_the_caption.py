"""A gallery's counter printed on its caption's line, and a tag in brackets.

A slideshow prints each picture's number out of the total before its description ("3 / 7
Телетрап у выхода № 2", "2 / 5 — Cele mai multe deșeuri…"): two or more of one total, or one
next to a picture's caption or AI note, are the gallery's. A fraction in a sentence of the body
stands alone. Editors' initials or an agency and a photographer in brackets, parted by a slash
("(ria/asp)", "(Ekspres / Tanjug)"), are a tag of the page.
"""

from __future__ import annotations

from conftest import TRAM_ARTICLE, clean, dropped, kept

GALLERY = [
    "1 / 4 The first tram on the new section leaves the depot at dawn",
    "2 / 4 Passengers board at the university stop",
    "3 / 4 The mayor cuts the ribbon at the terminus",
]


def test_a_gallerys_counted_captions_go() -> None:
    out = clean(*TRAM_ARTICLE[:3], *GALLERY, *TRAM_ARTICLE[3:9])
    assert set(GALLERY) <= set(dropped(out))
    assert set(TRAM_ARTICLE[:9]) <= set(kept(out))


def test_a_fraction_opening_one_line_of_the_body_stays() -> None:
    line = "1/4 of the residents asked said they would take the tram every day"
    out = clean(*TRAM_ARTICLE[:3], line, *TRAM_ARTICLE[3:9])
    assert line in kept(out)


def test_a_tag_in_brackets_goes() -> None:
    for tag in ("(ria/asp)", "(Ekspres / Tanjug)", "(Jateng Pos/Dimas Arya)"):
        out = clean(*TRAM_ARTICLE[:6], tag, *TRAM_ARTICLE[6:9])
        assert tag in dropped(out)
