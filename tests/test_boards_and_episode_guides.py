"""Widget rows by their shape, in any language: a departures board's, an episode guide's.

An airport strike's page sets the airport's live board between its paragraphs, under a heading:
each row a time, a destination, a flight's number ("JX 412", "6E 2134") and its state. The
article tells of the cancelled flights in sentences; a price in rand or ringgit ("R150",
"RM1.00") is no flight. A
series' review sets its streaming box's episode guide under the body: each row an episode's
number, its title and its length in minutes; a recipe's step that bakes for minutes is a sentence.
A most-read block may be printed on one line: its heading, a colon, its teasers between dots.
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


def test_rows_with_prices_in_rand_or_ringgit_are_no_flights() -> None:
    page = [
        *STRIKE[:6],
        "What's on this weekend",
        "Wine festival · The Braak, 17:00–22:00 · R150 (tasting glass included)",
        "Open-air concert · Jan Marais reserve, 15:00 · R120",
        "Fares after the free period",
        "Adults: RM1.00 to RM3.50",
        "Students and seniors: RM0.50 to RM1.50",
        *STRIKE[10:],
    ]
    out = clean(*page)
    assert not any("departures board" in (p.detail or "") for p in out.paragraphs)


REVIEW = [
    "Review: a family saga on the Danube that takes its time, and earns it",
    "The new six-part drama follows three generations of a family of boatmen. It is slow, beautifully shot and, in its second half, gripping.",
    "By Jelena Maksimovic",
    "Published 3 March 2025",
    "The series opens with a funeral and closes with a flood, and in between it hardly raises its voice. The writers trust their actors, and the actors repay them.",
    "The first two episodes are the weakest: too many characters arrive at once, and the flashbacks to the 1970s are confusing. From the third episode on, the story settles.",
    "Our score: 4 out of 5",
    "Episode guide",
    "1. Moving in – 54 min",
    "2. The wedding – 49 min",
    "3. The flood – 51 min",
    "Where to watch",
    "Share",
    "Facebook",
]


def test_an_episode_guides_rows_and_heading_are_dropped() -> None:
    out = clean(*REVIEW)
    assert set(REVIEW[7:11]) <= set(dropped(out))
    assert REVIEW[5] in kept(out)


def test_episodes_with_their_length_in_brackets_are_a_guides_rows() -> None:
    """"(46 min.)" ends the row like a sentence inside its bracket."""
    rows = ["Episode 1. The funeral (46 min.)", "Episode 2. The will (44 min.)", "Episode 3. The storm (48 min.)"]
    assert set(rows) <= set(dropped(clean(*REVIEW[:7], *rows, *REVIEW[11:])))


def test_a_recipes_steps_with_minutes_are_the_articles() -> None:
    page = [
        "Oat cookies in twenty minutes",
        "These cookies need no eggs and only five ingredients, most of which you will already have at home.",
        "Mix the oats, the flour and the sugar in a large bowl. Melt the butter with the honey and pour it over the dry ingredients.",
        "Stir until everything is moist. If the dough is too dry, add a spoonful of milk; if it is too wet, a little more flour.",
        "1. Heat the oven to 200 degrees and line a tray with baking paper.",
        "2. Shape the dough into small balls and press them flat on the tray.",
        "3. Bake the cookies for 8–10 minutes, until golden at the edges.",
        "Let them cool on the tray for five minutes before you lift them off, or they will break.",
        "Share",
    ]
    assert set(page[4:7]) <= set(kept(clean(*page)))


def test_a_most_read_block_on_one_line_is_dropped() -> None:
    page = [*STRIKE[:6], "Most read: Detour on the B 62 until Easter · Christmas market extended", *STRIKE[10:]]
    assert page[6] in dropped(clean(*page))


def test_a_headline_like_label_over_a_dotted_list_is_no_most_read_block() -> None:
    """A label no heading cue names, over facts parted by dots, is the article's line."""
    page = [*STRIKE[:6], "Worst hit: Alicante · Palma · Malaga", *STRIKE[10:]]
    assert page[6] in kept(clean(*page))
