"""A story's own table set next to the page's boxes, in any language: it stays whole.

A parliament's vote is told with a table of how each group voted (a title, a header, rows of
figures cut by bars); a site may print it right under a related block's teasers or under an
audio report's title, whose rules take the short lines under them. A rent index or a reservoir
table names its source under its last row ("Source: Statistics Office"): the table's line, not a
picture's credit. A strike's schedule is a table with a header ("Date | Area | Impact") and is no
run of links (a widget's rows, job ads or flights, come with no header: the golden cases hold
such boxes). A table's rows cut like a byline's segments ("North Berwick | 22:00 12/8 | 02:00–04:00
13/8") are rows when the header over them is kept. A closing statement under a newsletter box is the
article's, an ordinal date's dot in it ("ab dem 1. Oktober") no sentence's end.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEAD = [
    "MPs back tougher fines for speeding near schools at first reading",
    "The bill passed with a large majority after a four-hour debate; the opposition wanted more cameras instead.",
    "By Harriet Cole",
    "Published 16 October 2025, 13:42",
    "The Commons approved on Thursday the first reading of a bill that doubles the fines for speeding within 300 metres of a school. Repeat offenders would lose their licence for up to six months.",
    "Ministers said the measure answers years of complaints from head teachers and parents. The number of children hurt near school gates rose by a fifth in three years.",
]
TABLE = [
    "How the parties voted",
    "Party | For | Against | Abstained",
    "Conservatives | 182 | 0 | 3",
    "Labour | 141 | 12 | 9",
    "Liberal Democrats | 38 | 0 | 2",
    "Greens | 0 | 4 | 0",
]
TAIL = [
    "The opposition said the fines would hit poorer drivers hardest and that cameras work better than penalties. Its amendment for a national camera fund was voted down.",
    "The bill now goes to committee, where ministers expect changes to the exemptions for emergency vehicles. A second reading is planned before Christmas.",
    "Share",
    "Facebook",
    "© 2025 Northern Chronicle",
]


def test_a_vote_table_under_a_related_blocks_teasers_is_the_articles() -> None:
    related = ["Read also:", "Councils ask for powers to set 20 mph limits on their own", "Speed cameras caught 40,000 drivers in the first month of the year"]
    out = clean(*HEAD, *related, *TABLE, *TAIL)
    assert set(TABLE) <= set(kept(out))
    assert set(related) <= set(dropped(out))


def test_a_vote_table_under_an_audio_reports_title_is_the_articles() -> None:
    audio = ["Report from the chamber by Tom Hale (03:12)"]
    out = clean(*HEAD, *audio, *TABLE, *TAIL)
    assert set(TABLE) <= set(kept(out))
    assert audio[0] in dropped(out)


RENT = [
    "Rents in the city's old districts rose faster than anywhere else this year",
    "The new rent index shows a rise of more than five percent in three districts, the council said on Monday.",
    "By Jonas Weber",
    "Rents for flats let since January rose by 4.1 percent on average across the city, according to the index the council published on Monday. The old town and the harbour districts led the rise.",
    "Tenants' associations said the figures understate the problem because they leave out furnished flats. The council said it would look at including them in the next index.",
    "Rent per square metre by district",
    "District | 2024 | 2025 | Change",
    "Old Town | 9.80 € | 10.35 € | +5.6 %",
    "Harbour | 8.95 € | 9.44 € | +5.5 %",
    "Northfield | 7.10 € | 7.31 € | +3.0 %",
]


def test_a_source_under_a_tables_last_row_is_the_tables() -> None:
    source = "Source: City Council, rent index 2025"
    out = clean(*RENT, source, *TAIL[:2], "Share", "© 2025 City Post")
    assert source in kept(out)
    assert set(RENT[5:]) <= set(kept(out))


def test_a_credit_under_a_picture_stays_a_credit() -> None:
    picture = ["Tenants protesting outside the town hall on Saturday.", "Source: Reuters"]
    out = clean(*RENT[:5], *picture, *TAIL[:2], "Share")
    assert "Source: Reuters" in dropped(out)


STRIKE = [
    "Jeepney drivers begin three-day strike over fuel prices",
    "Commuters in the capital faced long queues on Monday as drivers stopped work.",
    "Source: City Wire | 10 March 2025",
    "Tens of thousands of commuters waited for hours at terminals across the capital on Monday as jeepney drivers began a three-day strike against rising fuel prices and a plan to phase out old vehicles.",
    "The transport agency deployed free buses on the busiest routes and several city halls suspended classes. Drivers' groups said more than half of their members stayed off the road.",
    "Strike schedule",
    "Date | Area | Expected impact",
    "Monday, 10 March | Quezon City and Caloocan | Heavy",
    "Tuesday, 11 March | All of the capital | Very heavy",
    "Wednesday, 12 March | The capital and Rizal | Heavy",
    "The transport secretary said the government would meet the drivers' groups on Thursday. He asked commuters to plan their journeys and to use the free buses where they can.",
    "Drivers say the subsidy announced last month covers less than a week of fuel. They want the phase-out of old jeepneys postponed for two more years.",
    "Read also",
    "Fuel prices rise for the fourth week in a row",
    "Share",
    "© 2025 City Wire",
]


def test_a_schedule_table_with_its_header_is_no_run_of_links() -> None:
    out = clean(*STRIKE)
    assert set(STRIKE[5:10]) <= set(kept(out))


METEORS = [
    "Perseid meteor shower peaks this week: when and where to look",
    "Up to 100 meteors an hour could be visible on the night of 12 August if the sky is clear.",
    "By Laura Finch",
    "The Perseids, the most reliable meteor shower of the summer, reach their peak on the night of 12 to 13 August. The Moon sets before midnight this year, leaving a dark sky for the best hours.",
    "Astronomers advise finding a place away from street lights and giving your eyes at least twenty minutes to adjust. No telescope is needed; a reclining chair helps.",
    "When to look",
    "City | Start watching | Best time",
    "North Berwick | 22:00 12/8 | 02:00–04:00 13/8",
    "Milford Haven | 22:10 12/8 | 02:30–04:30 13/8",
    "The shower comes from dust left by comet Swift-Tuttle, which crosses Earth's orbit every year in July and August. The grains burn up about 100 kilometres above the ground.",
    "If clouds spoil the peak, meteors will still be visible on the following nights, though fewer of them. The shower fades out by 24 August.",
    "Share",
]


def test_table_rows_cut_like_a_bylines_segments_stay_under_their_header() -> None:
    out = clean(*METEORS)
    assert set(METEORS[5:9]) <= set(kept(out))


def test_a_byline_in_segments_still_goes() -> None:
    out = clean(METEORS[0], METEORS[1], "Laura Finch | 11 August 2025 | 14:05", *METEORS[3:5], *METEORS[9:])
    assert "Laura Finch | 11 August 2025 | 14:05" in dropped(out)


def test_a_closing_statement_with_an_ordinal_date_under_a_newsletter_box_stays() -> None:
    page = [
        "Mieten in der Neustadt steigen am stärksten",
        "Der neue Mietspiegel zeigt deutliche Unterschiede zwischen den Stadtteilen.",
        "Von Jonas Weber",
        "Die Nettokaltmieten in der Stadt sind in den vergangenen zwei Jahren im Schnitt um 6,1 Prozent gestiegen. Am stärksten legten sie in der Neustadt und in der Altstadt zu.",
        "Der Mieterverein rät, jede Mieterhöhung genau zu prüfen. Vermieter dürfen die Miete nur bis zur ortsüblichen Vergleichsmiete anheben, und das höchstens alle fünfzehn Monate.",
        "Der Stadt-Newsletter",
        "Jeden Morgen das Wichtigste aus der Stadt in Ihrem Postfach – kostenlos.",
        "E-Mail-Adresse",
        "Kostenlos abonnieren",
        "Der neue Mietspiegel gilt ab dem 1. Oktober und kann im Rathaus eingesehen werden.",
        "Artikel teilen",
        "Mehr zum Thema",
        "Wohnungsbau: Genossenschaft stoppt Projekt am Stadtrand",
        "Studentenwohnheime voll – Studierende campieren in Hostels",
        "Impressum | Datenschutz | Kontakt",
    ]
    out = clean(*page)
    assert page[9] in kept(out)
