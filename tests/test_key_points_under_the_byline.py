"""The newsroom's key points between the byline and the body.

Sites print a box of key points under the byline and the date, over the first paragraph: a
label of a word or two ("At a glance", "Lo esencial") over bulleted points. The walk up from the
body takes the two points nearest to it for the headline block; the label, the first point and
the headline over the byline are the article's as well. Bulleted lines with no label over them,
right under a menu, are no such box.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

UNDER_THE_BYLINE = [
    "Home | News | Sport | Business | Culture",
    "News / Wales",
    "Cardiff council votes to keep all fourteen branch libraries open until 2027",
    "By Rhys Morgan",
    "Published 12 March 2025, 18:05",
    "At a glance",
    "• Councillors rejected the plan to close four branches by 31 votes to 22",
    "• The £1.2m gap will be met from reserves for two years",
    "• Opening hours at the central library will be cut on Sundays",
    "Cardiff council has voted to keep all fourteen of its branch libraries open, reversing a proposal that would have closed four of them this summer. The decision followed a petition signed by more than 9,000 residents.",
    "The council's cabinet member for culture said the reserves would buy time to find a lasting answer. Opposition councillors welcomed the vote but warned that the same question would return in two years.",
    "Library users gathered outside City Hall before the meeting, many with children. One mother said the branch in Llanrumney was the only warm, quiet place her son could do his homework.",
    "The council will publish a review of the library service in the autumn.",
    "Share this article",
    "Facebook",
    "© 2025 Western Mail Online",
]


def test_a_labelled_box_of_points_under_the_byline_stays_with_the_headline_over_it() -> None:
    out = kept(clean(*UNDER_THE_BYLINE))
    assert set(UNDER_THE_BYLINE[5:9]) <= set(out)
    assert UNDER_THE_BYLINE[2] in out
    assert not {UNDER_THE_BYLINE[0], UNDER_THE_BYLINE[3], UNDER_THE_BYLINE[4]} & set(out)


LO_ESENCIAL = [
    "Portada",
    "Sevilla",
    "El Ayuntamiento de Sevilla amplía el horario de las piscinas municipales durante la ola de calor",
    "Redacción Sevilla",
    "Actualizado: 14/07/2025 09:12",
    "Lo esencial",
    "• Las seis piscinas abrirán de nueve de la mañana a nueve de la noche",
    "• La entrada será gratuita para los menores de catorce años",
    "• La medida se mantendrá mientras dure el aviso naranja",
    "El Ayuntamiento de Sevilla ha decidido ampliar el horario de las piscinas municipales mientras dure el episodio de calor. Los termómetros superaron ayer los 44 grados en el aeropuerto de San Pablo.",
    "La delegada de Deportes explicó que el refuerzo de socorristas costará unos 60.000 euros. Las asociaciones vecinales habían pedido la medida desde el pasado verano.",
    "Los servicios de emergencias recuerdan que conviene beber agua con frecuencia y evitar la calle en las horas centrales del día.",
    "Compartir",
    "© Diario de Triana",
]


def test_the_box_stays_in_another_language_and_the_byline_and_date_go() -> None:
    out = clean(*LO_ESENCIAL)
    assert set(LO_ESENCIAL[5:9]) | {LO_ESENCIAL[2]} <= set(kept(out))
    assert {LO_ESENCIAL[4]} <= set(dropped(out))


UNLABELLED = [
    "• Noticias",
    "• Deportes",
    "• Opinión de nuestros lectores en la web",
    "El Ayuntamiento de Sevilla ha decidido ampliar el horario de las piscinas municipales mientras dure el episodio de calor. Los termómetros superaron ayer los 44 grados en el aeropuerto de San Pablo.",
    "La delegada de Deportes explicó que el refuerzo de socorristas costará unos 60.000 euros. Las asociaciones vecinales habían pedido la medida desde el pasado verano.",
    "Los servicios de emergencias recuerdan que conviene beber agua con frecuencia y evitar la calle en las horas centrales del día.",
    "Compartir",
    "© Diario de Triana",
]


def test_bulleted_menu_items_over_the_body_are_no_box() -> None:
    assert UNLABELLED[0] not in kept(clean(*UNLABELLED))
