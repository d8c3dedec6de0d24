"""A departures board's rows: a time of day and a flight's number each, in any language.

An airport strike's page sets the airport's live board between its paragraphs, under a heading:
each row a time, a destination, a flight's number ("JX 412", "6E 2134") and its state. The
article tells of the cancelled flights in sentences; a price in rand ("R150") is no flight.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

STRIKE = [
    "Baggage handlers' strike grounds half of Ashworth's morning flights",
    "Passengers were told to stay at home as the first of three strike days began at dawn.",
    "By Tom Ellery",
    "Published 14 August 2025, 08:40",
    "Half of the flights due to leave Ashworth Airport before noon were cancelled on Thursday as baggage handlers walked out over pay. Queues formed at the check-in desks from five in the morning.",
    "The airport said it had asked airlines to consolidate flights where possible and that passengers should check with their airline before travelling. Flights to Spain were the worst hit.",
    "Live departures · Ashworth (ASW)",
    "07:10 Alicante JX 412 Cancelled",
    "07:35 Dublin EI 3327 Boarding",
    "08:05 Palma 6E 2134 Cancelled",
    "The union said the strike would go ahead on Friday and Monday unless the company improved its offer. Talks are due to resume at the conciliation service on Saturday.",
    "The airport's operator said it was deeply disappointed and that the offer on the table was fair. It expects about a third of Friday's flights to be cancelled too.",
    "Share",
    "Facebook",
]


def test_a_departures_boards_rows_and_heading_are_dropped() -> None:
    out = clean(*STRIKE)
    assert set(STRIKE[6:10]) <= set(dropped(out))
    assert {STRIKE[5], STRIKE[10]} <= set(kept(out))


def test_a_programmes_rows_with_prices_in_rand_are_no_flights() -> None:
    page = [
        *STRIKE[:6],
        "What's on this weekend",
        "Wine festival · The Braak, 17:00–22:00 · R150 (tasting glass included)",
        "Open-air concert · Jan Marais reserve, 15:00 · R120",
        *STRIKE[10:],
    ]
    out = clean(*page)
    assert not any("departures board" in (p.detail or "") for p in out.paragraphs)
