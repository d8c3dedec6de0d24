"""A weather widget's line under its label, or with its sky's symbol.

Sites print the weather in one line above or inside the article: a label of a word or three, a
place's name, its temperature and the sky ("Vreme: Koper 22 °C", "Pogoda: Rzeszów 21°C,
zachmurzenie umiarkowane"), or the sky as a symbol ("Nowy Sącz 19°C ☀"), in scripts whose words
carry marks ("عمّان 24° مشمس جزئيًا"). A forecast's row under its day gives the temperature first,
and a fact the article lists gives its value in lower-case words: both stay.
"""

from __future__ import annotations

import pytest

from newsclean.boilerplate.rules import _weather_widget, make_lines


def weather(text: str) -> bool:
    [line] = make_lines([(0, text)])
    return _weather_widget(line)


@pytest.mark.parametrize(
    "text",
    [
        "Vreme: Koper 22 °C",
        "Pogoda: Rzeszów 21°C, zachmurzenie umiarkowane",
        "Καιρός: Πάτρα 17°C, αίθριος",
        "Nowy Sącz 19°C ☀",
        "Nowy Sącz, 18°C",
        "عمّان 24° مشمس جزئيًا",
    ],
)
def test_a_weather_widgets_line_is_told(text: str) -> None:
    assert weather(text)


@pytest.mark.parametrize(
    "text",
    [
        "Montag: 24 °C, sonnig",
        "Temperatura estimada: cerca de 40 °C",
        "Rekord: 42 °C",
    ],
)
def test_a_forecasts_row_and_a_listed_fact_are_not_widgets(text: str) -> None:
    assert not weather(text)
