"""A page's text-size buttons, in any script.

Sites print buttons that make the text smaller or larger as a letter with a minus or a plus,
with a label or a print button beside them ("A- A+ Print", "Textstorlek A- A+", "ขนาดตัวอักษร ก- ก+").
A grade under its subject ("Grade: A-") and a headline about grades are the article's.
"""

from __future__ import annotations

import pytest

from conftest import TRAM_ARTICLE, clean, dropped, kept


@pytest.mark.parametrize("line", ["A-", "A- A+ Print", "А− А+ Версия для печати", "ขนาดตัวอักษร ก- ก+", "Textstorlek A- A+"])
def test_text_size_buttons_go(line: str) -> None:
    out = clean(*TRAM_ARTICLE[:2], line, *TRAM_ARTICLE[2:8])
    assert line in dropped(out)
    assert set(TRAM_ARTICLE[:8]) <= set(kept(out))


@pytest.mark.parametrize("line", ["Grade: A-", "B+ and C-: how the schools did in this year's inspections"])
def test_grades_stay(line: str) -> None:
    out = clean(*TRAM_ARTICLE[:2], line, *TRAM_ARTICLE[2:8])
    assert line in kept(out)
