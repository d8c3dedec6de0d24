"""Live pages, bookmakers' and markets' widgets, and ratings under a label.

A live page prints its entries under their times, with boxes between them (a call for
readers' photos, a donation appeal); a list between two stamped entries is the article's.
A bookmaker's odds row names its outcomes in many ways ("П1", "MS0", "X –") and its notice
gives an age limit; a share's quote gives its ticker or its name before the price. A rating
under its label names itself, so the title over it stays. A study's citation under a source's
label is the article's reference, not a picture's credit. A headline under a most-read block
stands over its byline, even where its picture's description ends with no full stop.
"""

from __future__ import annotations

import pytest

from conftest import clean, dropped, kept
from newsclean.boilerplate.rules import ADVERT, CAPTION, FEEDBACK, LEGAL, NAVIGATION
from test_boilerplate_families import BODIES
from test_boilerplate_widgets import strip


LIVE = [
    "Waterschap: de Maas stijgt sneller dan verwacht, vijf dorpen worden ontruimd",
    "Ruim vierduizend inwoners van dorpen langs de Maas moeten vandaag hun huis verlaten. De waterstand bij Venlo stijgt sneller dan verwacht.",
    "06:10",
    "De veiligheidsregio heeft om zes uur de evacuatie afgekondigd. De burgemeester noemt het besluit pijnlijk maar onvermijdelijk voor de veiligheid van de bewoners.",
    "05:40",
    "Het waterschap zet sinds gisteravond honderden vrijwilligers in om zandzakken te vullen. Volgens de dijkgraaf is de situatie ernstig maar beheersbaar.",
]


def test_a_live_pages_entry_under_its_time_after_a_readers_photo_prompt_stays() -> None:
    entry = "De Maas bij Venlo heeft een stand van ruim zeventien meter bereikt. Dat is een halve meter hoger dan het waterschap gisteren verwachtte."
    closing = "Het waterschap verwacht de hoogste stand donderdagmiddag rond drie uur."
    tail = ["Hoogwater · Maas · Evacuatie", "Deel dit artikel", "WhatsApp", "Facebook"]
    out = clean(*LIVE, "Woon je in het gebied? Stuur je foto's en video's naar onze redactie via WhatsApp.", "Dinsdag 22:30", entry, closing, *tail)
    entries = [line for line in LIVE if len(line) > 5]  # all but the times
    assert [line for line in kept(out) if line in entries or line == entry] == [*entries, entry]


def test_a_list_between_two_stamped_entries_of_a_live_page_stays() -> None:
    places = ["Evacuated villages", "Millbrook", "Upper Stanton", "Holloway Green"]
    body = [
        "Heavy rain over the weekend pushed the river over its banks in three places. The county declared a major incident early on Monday morning.",
        "10:40",
        "The river passed the red warning level at the Millbrook gauge shortly after ten. Minutes later the first breach of the flood bank was reported.",
        *places,
        "Residents were taken to the leisure centre in Stanton and to two hotels on the coast. Those with relatives nearby were asked to stay with them.",
        "Forecasters expect another 40 millimetres of rain on the hills before Thursday. The Environment Agency said more warnings could follow.",
        "Engineers will inspect the damaged banks once the water falls. The council said repairs could take several weeks to complete.",
    ]
    out = clean("River bursts its banks as three villages are evacuated", "12:05", *body, "More on this story", "Why the county floods so often", "© 2025 County News")
    for place in places:
        assert place in kept(out)


FIRE = [
    "Ein Großbrand auf dem früheren Truppenübungsplatz hat sich in der Nacht auf mehr als 600 Hektar ausgeweitet. Der Landkreis hat vier Orte räumen lassen.",
    "Nach Angaben der Feuerwehr sind inzwischen mehr als 350 Einsatzkräfte vor Ort. Zwei Löschhubschrauber der Bundespolizei unterstützen die Arbeiten am Boden.",
    "Die Bewohnerinnen und Bewohner werden in der Turnhalle eines Gymnasiums in der Kreisstadt untergebracht. Wer bei Verwandten unterkommt, soll sich trotzdem beim Bürgertelefon melden.",
    "Das Gelände ist bis heute mit alter Munition belastet. Deshalb dürfen die Feuerwehrleute nicht in den Wald vorrücken, sondern müssen von den befestigten Wegen aus löschen.",
]


def test_emergency_numbers_under_their_heading_with_a_label_of_two_parts_stay() -> None:
    numbers = ["Wichtige Rufnummern", "Feuerwehr und Rettungsdienst: 112", "Bürgertelefon des Landkreises: 03371 608-1999", "Polizei, Hinweise und Vermisstenmeldungen: 0331 283-0"]
    body = FIRE
    out = clean("Waldbrand bei Jüterbog: Vier Orte evakuiert", *body[:2], *numbers, "Spenden für Betroffene", "Jetzt spenden", *body[2:])
    for line in numbers:
        assert line in kept(out)


@pytest.mark.parametrize(
    ("lang", "odds", "notice"),
    [
        ("ru", "П1 2.05   Х 3.30   П2 3.70", "18+. Азартные игры могут вызывать зависимость."),
        ("tr", "MS1 1,85 | MS0 3,40 | MS2 4,10", "Şans oyunları 18 yaşından küçükler için uygun değildir."),
        ("ru", "1 – 1.95 / Х – 3.20 / 2 – 3.90", "Хазартът крие рискове. Само за лица над 18 години."),
        ("pl", "1 – 1,70 | X – 3,60 | 2 – 4,75", "Sudjelovanje u igrama na sreću dopušteno je samo osobama starijim od 18 godina."),
    ],
)
def test_a_bookmakers_odds_with_each_outcomes_label_and_its_age_limit_go(lang: str, odds: str, notice: str) -> None:
    body = BODIES[lang]
    out = strip(*body[:2], odds, notice, *body[2:])
    assert dropped(out)[odds] == ADVERT
    assert dropped(out)[notice] == LEGAL
    assert kept(out) == body


def test_three_figures_with_two_decimals_in_an_articles_sentence_stay() -> None:
    body = BODIES["en"]
    line = "The rate rose from 1.25 to 2.50 and then to 3.75 over the year."
    out = strip(*body[:2], line, *body[2:])
    assert kept(out) == [*body[:2], line, *body[2:]]


@pytest.mark.parametrize(
    "quote",
    ["NGR.L  313.00p  ▲ 48.00 (+18.11%)", "GANGAGREEN · NSE  ₹198.40  +48.40 (32.27%)", "Brent 73,20 $ ▲ 1,05 %", "Naviral 38,20 € +4,11 %"],
)
def test_a_shares_quote_with_its_ticker_or_name_goes(quote: str) -> None:
    body = BODIES["en"]
    out = strip(*body[:2], quote, *body[2:])
    assert dropped(out) == {quote: NAVIGATION}


@pytest.mark.parametrize("row", ["매출 4,380 (+29%)", "코스피 2,593.12 (-0.41%)", "Facturació | 71,3 M€ | +5%"])
def test_results_rows_and_an_index_tables_rows_stay(row: str) -> None:
    body = BODIES["en"]
    out = strip(*body[:2], row, *body[2:])
    assert row in kept(out)


def test_a_pictures_description_over_its_credit_under_a_share_bar_goes() -> None:
    body = BODIES["en"]
    description = "Chief executive Priya Raman rings the opening bell at the London Stock Exchange on Thursday morning."
    out = strip(
        "Northgate Robotics shares jump 18% on London debut",
        body[0],
        "By Harriet Okafor, Markets Correspondent",
        "Share on Facebook",
        "Share on X",
        "Copy link",
        description,
        "Photograph: Daniel Marsh/PA",
        *body[1:],
    )
    assert dropped(out)[description] == CAPTION


@pytest.mark.parametrize(
    ("lang", "title", "rating"),
    [
        ("de", "Slik lager du fiskesuppe", "Vurdering 4,2 av 5 · 143 stemmer"),
        ("pl", "Premiera: 28. marca 2025, Mestno gledališče Velenje", "Ocena bralcev: 4,3 (56 glasov)"),
        ("nl", "Tangpesto med ramsløg", "Bedømmelse: 4,6 ud af 5 (57 stemmer)"),
        ("en", "Smörgåstårta med rökt tofu", "★★★★☆ 212 betyg"),
    ],
)
def test_a_rating_under_its_label_goes_and_the_title_over_it_stays(lang: str, title: str, rating: str) -> None:
    body = BODIES[lang]
    out = strip(*body[:2], title, rating, *body[2:])
    assert dropped(out) == {rating: FEEDBACK}


def test_a_booking_box_with_its_guests_rating_goes() -> None:
    body = BODIES["en"]
    box = ["Palazzo Benussi, Pernatica", "Guest rating 9.4 · 226 reviews", "From €142 per night", "Check prices"]
    out = strip(*body[:2], *box, *body[2:])
    # The guests' rating is named a rating first; the box over its button takes it all the same,
    # and a rating closes nothing: the article goes on under the box.
    assert set(dropped(out)) == set(box)
    assert dropped(out)[box[1]] == dropped(out)[box[2]] == ADVERT
    assert kept(out) == body


@pytest.mark.parametrize(
    ("lang", "citation", "credit"),
    [
        ("en", "Source: Okafor H., Lee K. et al. (2025). Salt-tolerant rice lines from the delta. Nature Plants 11: 120–131.", "Photo: Reuters"),
        ("de", "Quelle: Berger, M. et al. (2024). Mikroplastik in Alpenseen. Umweltforschung 12(3): 44–58.", "Foto: dpa"),
    ],
)
def test_a_studys_citation_under_a_source_label_stays_and_a_pictures_credit_goes(lang: str, citation: str, credit: str) -> None:
    body = BODIES[lang]
    out = strip(*body[:2], credit, *body[2:], citation)
    assert dropped(out) == {credit: CAPTION}
    assert kept(out)[-1] == citation


def test_a_closing_statement_under_a_readers_photo_prompt_and_over_the_tags_stays() -> None:
    body = [
        "El incendio ya ha calcinado más de 3.000 hectáreas, según la consejería. Trabajan en la zona doce aviones y helicópteros, además de las brigadas terrestres.",
        "Los desalojados han sido trasladados al pabellón municipal, donde Protección Civil ha instalado camas y un comedor. Muchos vecinos pasaron la noche en vela.",
        "Los investigadores no descartan que el incendio fuera provocado. Fuentes de la Guardia Civil aseguran que hubo al menos tres focos distintos en la sierra.",
    ]
    closing = "La Xunta mantiene activada la situación 2 por la cercanía de las llamas a núcleos habitados."
    out = clean("El fuego obliga a desalojar cinco pueblos de Ourense", *body, "¿Estás en la zona? Mándanos tus fotos y vídeos al WhatsApp de la redacción.", closing, "Etiquetas: Incendios · Ourense · Galicia", "© Diario Ejemplo")
    assert kept(out) == ["El fuego obliga a desalojar cinco pueblos de Ourense", *body, closing]


def test_a_headline_under_a_most_read_block_over_its_byline_and_an_uncredited_picture_stays() -> None:
    # The page opens with a most-read block; the article's headline stands right under its one
    # teaser, over the standfirst, the byline and date, a share bar and the picture's description
    # (no full stop, no credit), and then the body.
    headline = "Holiday exodus begins as queues stretch for miles on the coast road"
    standfirst = "More than a million cars left the capital in the last 24 hours as the school holidays began, the highways agency said."
    body = [
        "Since early yesterday morning traffic on the northern routes has been at a standstill in several places. Police closed two slip roads to ease the pressure.",
        "The agency asked drivers to set off at night where they could and to check the traffic cameras before leaving. Fuel stations on the route reported long queues.",
        "The weather service expects rain on the mountain passes on Saturday. Drivers were told to carry chains and to keep a safe distance from lorries.",
    ]
    out = clean(
        "Home / Society / Transport",
        "Most read",
        "Air fares to the islands triple over the holidays",
        headline,
        standfirst,
        "Report: Mary Ahmadi",
        "18 March 2026 - 10:15",
        "Share on Telegram",
        "Copy link",
        "Long queues of cars on the coast road on Thursday morning",
        *body,
    )
    assert kept(out)[:2] == [headline, standfirst]
    assert "Air fares to the islands triple over the holidays" not in kept(out)
