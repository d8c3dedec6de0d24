"""Boxes with their own stamps or markers, and a headline under teasers that open the page.

A warning box prints when each warning was issued ("Aktualisiert 08:40"): those stamps head
no item of a listing, so the article's own date under its headline is still a byline, and a
live page's time opens the next entry. A block of most-read teasers above the headline ends at
the headline. A chart's legend and a poll's options print several items on one line, each
behind a marker. Bylines under the headline come in many shapes.
"""

from __future__ import annotations

import pytest

from conftest import clean, dropped, kept
from newsclean.boilerplate.rules import BYLINE, NAVIGATION, RELATED, SUBSCRIBE


HEAT = [
    "Hitzewelle: Wetterdienst warnt vor bis zu 36 Grad im Süden",
    "Der Deutsche Wetterdienst hat für mehrere Landkreise eine Hitzewarnung ausgegeben. Die Temperaturen sollen bis Donnerstag weiter steigen.",
    "2025-06-25 09:05",
    "In Freiburg wurden am Dienstag bereits 34 Grad gemessen, ein Rekord für diesen Tag. Auch die Nächte bleiben ungewöhnlich warm, sagen die Meteorologen.",
    "Aktualisiert 08:40",
    "Warnstufe Rot: Breisgau, Ortenau und Emmendingen",
    "Aktualisiert 10:15",
    "Warnstufe Orange: Stuttgart und Heilbronn",
    "Ärzte raten, viel Wasser zu trinken und die Mittagshitze zu meiden. Besonders ältere Menschen und kleine Kinder seien gefährdet, heißt es beim Gesundheitsamt.",
    "Kühlere Luft mit Gewittern erreicht den Südwesten nach der Vorhersage erst am Freitagabend. Bis dahin bleibt es trocken und heiß.",
]


def test_an_articles_date_stays_a_byline_beside_a_boxs_update_times() -> None:
    out = clean(*HEAT)
    assert dropped(out)["2025-06-25 09:05"] == BYLINE
    assert dropped(out)["Aktualisiert 08:40"] == BYLINE and dropped(out)["Aktualisiert 10:15"] == BYLINE
    assert HEAT[3] in kept(out) and HEAT[8] in kept(out)


def test_a_listings_dated_entries_keep_their_dates() -> None:
    """Three dates over three entries: each dates its item, which the page lists."""
    listing = [
        "Archive of council notices for the borough of Eastmoor",
        "Every notice the council published this year, newest first.",
        "Posted March 5, 2024",
        "The council has approved the new parking scheme for the town centre. Residents can apply for permits from next month at the civic office.",
        "Posted February 19, 2024",
        "Road works on the High Street will start after the Easter holidays. The council expects the works to last around six weeks in total.",
        "Posted January 30, 2024",
        "The library will open on Sunday afternoons from February onwards. The change follows a consultation with more than eight hundred residents.",
    ]
    out = clean(*listing)
    assert {"Posted March 5, 2024", "Posted February 19, 2024", "Posted January 30, 2024"} <= set(kept(out))


MOST_READ = [
    "Most read",
    "Singer surprises fans with a free show at the station",
    "Driver crashes into bakery window on Main Street",
    "Harbour ferry fares to rise by a third next spring",
    "The city's ferry operator will raise fares by about a third from April, it said on Monday. The increase is the first in eight years and follows a rise in fuel costs.",
    "Commuters who use the ferry every day will pay about 40 euros more per month. The operator said season tickets for students will keep their current price.",
    "The city council must still approve the new fares at its meeting next week. Several parties have already said they will vote against the plan.",
]


def test_a_headline_under_a_most_read_block_over_the_lead_stays() -> None:
    out = clean(*MOST_READ)
    assert MOST_READ[3] in kept(out)
    assert dropped(out)[MOST_READ[1]] == RELATED and dropped(out)[MOST_READ[2]] == RELATED


AIRPORT = [
    "Chaos at Eastmoor airport as baggage handlers walk out",
    "Hundreds of passengers were stranded at Eastmoor airport on Monday after baggage handlers began a strike. Queues stretched outside the terminal for most of the morning.",
    "12:05",
    "The airport said 34 flights were delayed by more than three hours and twelve were cancelled. Airlines have asked passengers to check their flight status before travelling.",
    "Track your flight",
    "Enter a flight number, for example EI-407",
    "Search",
    "13:10 | Dublin | EI-407 | Delayed",
    "13:45 | Paris | AF-861 | Cancelled",
    "14:20 | Madrid | IB-939 | Boarding",
    "11:30",
    "What the Workers Want",
    "The union's organiser said the handlers want higher pay and clarity about their contracts. Talks with the ground-handling company broke down last week.",
    "10:45",
    "A family from Leeds said they had been waiting since six in the morning without any news. Their flight to Malaga was first delayed and then cancelled outright.",
    "The transport ministry said it had sent a team to monitor the situation at the airport. It asked airlines to inform passengers of their rights in good time.",
]


def test_a_live_entrys_subhead_under_its_time_ends_a_run_of_board_rows() -> None:
    """The board's rows and the subhead would be one run of short lines, but the entry's time
    stands between them: the subhead opens the next entry."""
    out = clean(*AIRPORT)
    assert "What the Workers Want" in kept(out)
    assert dropped(out)["11:30"] == BYLINE


BUDGET = [
    "Council puts its draft budget of 84 million euros out for consultation",
    "Residents can comment on the draft budget for three weeks before the council votes on it. The consultation opens on Monday with a meeting in the town hall.",
    "Spending by area (million euros)",
    "■ 2025 ■ 2026",
    "Social services will receive the largest share, followed by streets and schools. The council wants to spend more on housing for young families than last year.",
    "Have your say",
    "Which of these areas should get more money?",
    "○ Housing ○ Streets and pavements ○ Parks ○ Sports halls",
    "The mayor said every comment would be answered in writing before the final vote. Last year the council received more than nine hundred comments from residents.",
    "The final vote on the budget is planned for the council meeting on 12 December.",
]


def test_a_charts_legend_and_a_forms_options_behind_markers_on_one_line_go() -> None:
    out = clean(*BUDGET)
    assert dropped(out)["■ 2025 ■ 2026"] == NAVIGATION
    assert dropped(out)["○ Housing ○ Streets and pavements ○ Parks ○ Sports halls"] == NAVIGATION
    assert BUDGET[4] in kept(out) and BUDGET[8] in kept(out)


def test_a_list_with_one_item_behind_each_marker_stays() -> None:
    """A list prints one item a line, whatever its marker."""
    listed = [*BUDGET[:2], "The largest items:", "● Social services: 21 million euros", "● Streets: 14 million euros", "● Schools: 12 million euros", *BUDGET[8:]]
    out = clean(*listed)
    assert {"● Social services: 21 million euros", "● Streets: 14 million euros", "● Schools: 12 million euros"} <= set(kept(out))



def test_a_live_pages_times_past_midnight_are_its_stamps() -> None:
    page = [
        "La sonde Sélène-2 a décollé de Kourou en direction de la Lune",
        "Lancée mercredi soir par une fusée Ariane 6, la sonde doit se placer en orbite lunaire en novembre. Le lancement s'est déroulé sans incident.",
        "Les moments clés du lancement",
        "23h32",
        "Allumage du moteur principal et des deux propulseurs d'appoint. La fusée s'arrache du sol guyanais sous un ciel dégagé.",
        "23h34",
        "Séparation des propulseurs, la fusée file vers l'est au-dessus de l'Atlantique. Tout se déroule comme prévu.",
        "00h09",
        "Séparation de la sonde confirmée. Applaudissements dans la salle de contrôle du centre spatial.",
        "La sonde emporte un radar capable de sonder le sol lunaire jusqu'à dix mètres de profondeur. Les premières données sont attendues à l'automne.",
    ]
    out = clean(*page)
    assert all(dropped(out)[stamp] == BYLINE for stamp in ("23h32", "23h34", "00h09"))
    assert page[4] in kept(out) and page[8] in kept(out)





def test_a_newsletters_name_over_its_sign_up_forms_prompt_goes_with_the_form() -> None:
    page = [
        "Airport strike: dozens of flights cancelled as baggage handlers walk out",
        "Hundreds of passengers were stranded on the first day of a 48-hour walkout by ground staff. Queues stretched outside the terminal all morning.",
        "Airport bosses say 23 departures and 19 arrivals have been cancelled today. More changes are expected in the afternoon, a spokesperson said.",
        "The Weekend Escape",
        "Strike alerts, cheap fares and days out, straight to your inbox every Friday.",
        "Enter your email",
        "Count me in",
        "The union said members had rejected a 3% pay offer because it fell well below inflation. Talks are due to resume on Thursday at the earliest.",
        "The airport has drafted in managers and agency staff to load bags. A spokesperson admitted the plan could not cover every flight.",
    ]
    out = clean(*page)
    assert dropped(out)["The Weekend Escape"] == SUBSCRIBE
    assert page[2] in kept(out) and page[7] in kept(out)


# Bylines under the headline: a Hungarian date (the year first, with its dot, then the month's
# name and the day); a name alone over a date another cue named (a site's stamp filed as a
# navigation cue: a date all the same); a name and its desk after a comma over the date; a date
# and a reading time of four words.
BYLINES = {
    "hungarian-date-year-first": (
        "2025. március 23., vasárnap 07:45",
        [
            "Ötmilliárdos főnyeremény talált gazdára Debrecenben",
            "A hétvégi sorsoláson egyetlen szelvény hozta el az ötöst. A nyertes a szerencsejáték-társaság szerint egy debreceni lottózóban adta fel a szelvényét.",
            "2025. március 23., vasárnap 07:45",
            "A nyertes számok a 7, 19, 33, 58 és 81 voltak. A főnyeremény a játék történetének harmadik legnagyobb nyereménye, közölte a társaság szóvivője.",
            "A nyertesnek kilencven napja van jelentkezni a nyereményért. A társaság azt tanácsolja, hogy a szelvényt biztonságos helyen tartsa, és senkinek ne beszéljen róla.",
        ],
    ),
    "name-over-a-stamp-named-navigation": (
        "Lukas Meier",
        [
            "Gemeinderat streicht Parkplätze in der Altstadt",
            "Ab Herbst sollen in der Altstadt nur noch Anwohner parken dürfen. Der Gemeinderat hat den Plan am Dienstag mit knapper Mehrheit beschlossen.",
            "Lukas Meier",
            "Publiziert heute um 11:05 Uhr",
            "Die Gewerbetreibenden befürchten weniger Kundschaft. Der Stadtpräsident verweist dagegen auf die neuen Parkhäuser am Rand der Altstadt.",
            "Die Umstellung soll im Oktober beginnen und bis zum Jahresende abgeschlossen sein. Gegen den Beschluss kann noch das Referendum ergriffen werden.",
        ],
    ),
    "name-and-desk-over-the-date": (
        "Door Marieke van Dijk, wetenschapsredactie",
        [
            "Ariane 6 brengt Leidse klimaatsatelliet in een baan om de aarde",
            "De satelliet moet de stijging van de zeespiegel tot op de millimeter meten. Hij is dinsdagavond vanaf Kourou gelanceerd.",
            "Door Marieke van Dijk, wetenschapsredactie",
            "4 maart 2025, 23:48",
            "De raket vertrok om 22.07 uur Nederlandse tijd van het lanceerplatform. Ruim een uur later meldde de vluchtleiding dat de satelliet goed was losgekomen.",
            "De satelliet is gebouwd door een consortium van Nederlandse en Duitse bedrijven. De eerste meetgegevens worden in het voorjaar verwacht.",
        ],
    ),
    "date-and-four-word-reading-time": (
        "13 febbraio 2025 · 6 min di lettura",
        [
            "Vega-C porta in orbita i primi due satelliti radar della costellazione alpina",
            "Il lanciatore europeo è decollato giovedì notte dalla Guyana francese. A bordo c'erano due satelliti costruiti in Piemonte.",
            "13 febbraio 2025 · 6 min di lettura",
            "Il decollo è avvenuto alle 02:15 ora italiana, dopo un rinvio di ventiquattro ore dovuto al vento. I satelliti si sono separati dopo cinquanta minuti.",
            "I due satelliti sorveglieranno frane e ghiacciai dell'arco alpino. I primi dati saranno disponibili entro l'estate, secondo l'agenzia spaziale.",
        ],
    ),
}


@pytest.mark.parametrize("name", BYLINES)
def test_a_byline_under_the_headline_goes_and_the_article_stays(name: str) -> None:
    line, page = BYLINES[name]
    out = clean(*page)
    assert dropped(out)[line] == BYLINE
    assert page[0] in kept(out) and all(text in kept(out) for text in page if len(text.split()) >= 15)
