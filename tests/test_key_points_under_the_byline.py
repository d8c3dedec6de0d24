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


# The box under the headline and over the byline, the date and the picture: the walk up from the
# body passes what stands under a headline and finds the points, the label and the headline over them.
OVER_THE_BYLINE = [
    "The Wearside Gazette",
    "News | Sport | Business | What's On",
    "News > Education",
    "College opens £12m engineering workshop with places for 400 apprentices",
    "Key points",
    "• The workshop opened on Monday next to the college's main campus",
    "• Around 400 apprentices a year will train there from September",
    "• Local firms will be able to hire the machines for their own staff",
    "By Daniel Hart",
    "Education Reporter",
    "06:00, 14 Oct 2025",
    "The new engineering workshop on the college campus (Image: Wearside Gazette)",
    "A £12 million engineering workshop has opened at the city's further education college. It holds welding bays, a machine hall and a small robotics lab.",
    "The college said the building would double the number of apprenticeship places it can offer. Most of the money came from the regional skills fund.",
    "Employers in the area have struggled to find trained welders and machinists for years. Several of them helped to design the courses.",
    "The first apprentices will start in September.",
    "Share this article",
    "© 2025 Wearside Gazette",
]


def test_a_box_over_the_byline_and_the_picture_stays_with_the_headline() -> None:
    out = clean(*OVER_THE_BYLINE)
    assert set(OVER_THE_BYLINE[3:8]) <= set(kept(out))
    assert {OVER_THE_BYLINE[8], OVER_THE_BYLINE[10], OVER_THE_BYLINE[11]} <= set(dropped(out))


# An aggregator's page: the box under the headline, then the picture with its AI note and the
# headline printed again under it, then the body.
OVER_THE_PICTURE = [
    "For you · World · Business · Science",
    "Brno university opens a battery research centre worth 1.2 billion crowns",
    "Science · 5 hours ago",
    "In brief",
    "• The centre will employ up to 180 scientists and technicians",
    "• The building cost 1.2 billion crowns, most of it paid by the EU",
    "• The first projects will focus on recycling batteries",
    "A modern glass research building with students walking in front of it",
    "Image generated by artificial intelligence",
    "Brno university opens a battery research centre worth 1.2 billion crowns",
    "The university opened its new research centre for batteries on Thursday. The building stands on the technology campus in the north of the city.",
    "About 85 percent of the cost was covered by European funds. The rest came from the state budget and the region.",
    "The director said the centre wanted batteries made in Europe to be recycled in Europe as well. Two car makers have already signed up for joint projects.",
    "Was this translation helpful?",
    "Yes",
    "No",
]


def test_a_box_over_the_picture_and_the_headline_printed_again_stays() -> None:
    out = clean(*OVER_THE_PICTURE)
    assert set(OVER_THE_PICTURE[3:7]) | {OVER_THE_PICTURE[1]} <= set(kept(out))
    assert {OVER_THE_PICTURE[2], OVER_THE_PICTURE[8]} <= set(dropped(out))


def test_unbulleted_points_over_the_picture_and_the_headline_printed_again_stay() -> None:
    page = [line.removeprefix("• ") for line in OVER_THE_PICTURE]
    out = clean(*page)
    assert set(page[3:7]) | {page[1]} <= set(kept(out))
    assert {page[2], page[8]} <= set(dropped(out))

