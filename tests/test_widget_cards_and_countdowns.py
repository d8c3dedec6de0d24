"""Widgets told by their shape, in any language: cards closing on one button, countdowns, readers' stars.

A savings story's comparison box prints one account a line, each closing on the same button the
lexicon names ("… | 4.55% | £1 | Apply now"); a tour's ticket box prints its dates the same way
("3 Oct · Leeds, Brudenell · Buy tickets"); an adoption box's cards of four cells or more close on
one label the lexicon need not know ("Biscuit · terrier cross · 2 years · vaccinated · Meet me"). A
weekend agenda's entries close on their price ("Free"), which is no button, and a table's rows on an
arrow: they stay. An eclipse story's countdown is counts in their units and
nothing else ("1 d 23 h 41 min 08 s"), under its title; a product's size ("86 x 54 x 6 mm")
repeats its unit and is no countdown. A restaurant review's readers' rating prints stars and a
count of votes under a label ("Readers' rating: ★★★★☆ (128 votes)"); the critic's own verdict
counts no votes and stays. A numbered list's title ("The album's tracks", then "1. …", "2. …")
under a streaming box's buttons is the article's, not the last of the buttons' run. A classifieds
box's homes give their area in Cyrillic metres ("38 м²") or their price between dots ("… · £215,000
· 68 m²").
"""

from __future__ import annotations

from conftest import clean, dropped, kept

SAVINGS = [
    "Bank holds rates again: what it means for your savings",
    "The central bank kept its main rate at 4 percent for a third meeting, disappointing borrowers but keeping returns on savings high for now.",
    "By Ellen Marsh",
    "The decision was split six votes to three, with three members wanting a cut of a quarter point. The governor said inflation was falling but not yet where the bank wants it.",
    "Savers have enjoyed the best returns in fifteen years, and analysts say the best easy-access accounts will keep paying more than 4 percent until the first cut.",
]
CARDS = [
    "Best easy-access accounts this week",
    "Harbourside Bank Easy Saver | 4.55% | £1 | Apply now",
    "Chalkstone Building Society Online | 4.41% | £100 | Apply now",
    "Tally Digital Instant Saver | 4.30% | £0 | Apply now",
]
TAIL = [
    "Mortgage holders will have to wait longer for relief. Two-year fixed deals have barely moved since the summer and lenders say they will not cut until the bank does.",
    "The next decision is due in six weeks, when the bank also publishes its new forecasts. Markets now expect the first cut in the spring.",
    "Share",
    "© 2025 The Ledger",
]


def test_cards_closing_on_the_same_named_button_go_with_their_heading() -> None:
    out = clean(*SAVINGS, *CARDS, *TAIL)
    assert set(CARDS) <= set(dropped(out))
    assert set(TAIL[:2]) <= set(kept(out))


def test_an_agendas_entries_closing_on_their_price_stay() -> None:
    agenda = [
        "What's on this weekend",
        "Craft fair · Market Square, 10:00 to 18:00 · Free",
        "Guided walk along the canal · Lock 7, 9:00 · Free",
    ]
    out = clean(*SAVINGS, *agenda, *TAIL)
    assert set(agenda[1:]) <= set(kept(out))


ECLIPSE = [
    "Partial eclipse on Saturday: the best times to look up",
    "The Moon will cover up to a quarter of the Sun over the north of the country late on Saturday morning.",
    "By Paul Renard",
    "The eclipse begins shortly after eleven o'clock in the west and ends around one in the afternoon. Observers in the north-west will see the largest part of the Sun covered.",
    "Never look at the Sun directly or through ordinary sunglasses, astronomers warn. Certified eclipse glasses or a pinhole projector are the only safe ways to watch.",
]


def test_a_countdown_and_its_title_are_the_widgets() -> None:
    countdown = ["The eclipse begins in", "1 d 23 h 41 min 08 s"]
    out = clean(*ECLIPSE[:4], *countdown, *ECLIPSE[4:], *TAIL[1:])
    assert set(countdown) <= set(dropped(out))


def test_a_size_that_repeats_its_unit_is_no_countdown() -> None:
    out = clean(*ECLIPSE[:4], "Size", "86 x 54 x 6 mm", *ECLIPSE[4:], *TAIL[1:])
    assert "86 x 54 x 6 mm" in kept(out)


REVIEW = [
    "Review: a noodle bar by the canal that is worth the queue",
    "The new place serves six kinds of broth and nothing else, and that is its strength.",
    "By Marta Lenz",
    "Readers' rating: ★★★★☆ (128 votes)",
    "The broth simmers for eighteen hours and tastes of it: deep, smoky and never greasy. The noodles are made every morning in the window, where the queue can watch.",
    "Prices are fair for the quality, with a large bowl at twelve euros. The staff are quick even on a Friday night, though the room gets loud.",
    "Our verdict: ★★★★☆",
    "The bar is open from noon to eleven every day except Monday. It takes no bookings.",
    "Share",
]


def test_a_readers_rating_with_its_votes_goes_and_the_critics_stays() -> None:
    out = clean(*REVIEW)
    assert REVIEW[3] in dropped(out)
    assert REVIEW[6] in kept(out)


ALBUM = [
    "Rapper's debut album goes straight to number one",
    "The record sold more copies in its first week than any Finnish debut this decade.",
    "By Aino Lehto",
    "The album, recorded in a rented flat in the east of the city, entered the chart at the top on Friday. It pushed a veteran crooner's summer record down to second place.",
    "The rapper said she had expected nothing: she had pressed five hundred copies on vinyl and thought they would last a year.",
    "Listen now",
    "Spotify",
    "Apple Music",
    "YouTube Music",
    "The album's tracks",
    "1. Night bus",
    "2. Runaway",
    "3. Ice",
    "4. Mother's car",
    "Critics have praised the production, which mixes field recordings from the city with old synthesisers. A tour of twelve cities starts in October.",
    "Share",
]


def test_a_numbered_lists_title_under_streaming_buttons_is_the_articles() -> None:
    out = clean(*ALBUM)
    assert set(ALBUM[9:14]) <= set(kept(out))


HOMES = [
    "Цены на вторичное жильё в Казани выросли на шесть процентов за год",
    "Сильнее всего подорожали однокомнатные квартиры в новых микрорайонах, сообщают аналитики.",
    "Автор: Ирина Галеева",
    "Средняя цена квадратного метра на вторичном рынке Казани в октябре достигла 171 тысячи рублей. Год назад она была на шесть процентов ниже, говорится в обзоре риелторской гильдии.",
    "Риелторы связывают рост с дорогой ипотекой на новостройки: покупатели переходят на вторичный рынок, где выбор больше, а сроки сделки короче.",
]
LISTINGS = [
    "Квартиры от собственников",
    "1-комн. квартира, 38 м², ул. Гагарина — 6 490 000 ₽",
    "2-комн. квартира, 61 м², Ново-Савиновский район — 8 200 000 ₽",
]


def test_a_classifieds_box_with_areas_in_cyrillic_metres_goes() -> None:
    closing = ["По прогнозу гильдии, до конца года цены вырастут ещё на один-два процента, если ставки по ипотеке не изменятся.", "Поделиться"]
    out = clean(*HOMES, *LISTINGS, *closing)
    assert set(LISTINGS) <= set(dropped(out))
    assert closing[0] in kept(out)


def test_a_classifieds_boxs_homes_with_their_price_between_dots_go() -> None:
    listings = ["Homes for sale in Leeds", "Two-bed flat in Headingley · £215,000 · 68 m²", "Three-bed terrace in Roundhay · £349,000 · 96 m²"]
    page = [
        "House prices in the city rose by four percent this year",
        "Flats near the university led the rise, the land registry's figures show.",
        "By Sam Price",
        "The average home in the city sold for £248,000 in the year to September, four percent more than a year earlier. Flats near the university rose fastest.",
        "Estate agents say buyers who were priced out of the south are moving north, and that supply has not kept up with demand.",
        *listings,
        "The registry will publish its next figures in January, when agents expect the rise to slow as mortgage rates stay high.",
        "Share",
    ]
    out = clean(*page)
    assert set(listings[1:]) <= set(dropped(out))


def test_cards_of_four_cells_or_more_closing_on_the_same_label_go() -> None:
    pets = [
        "Looking for a home",
        "Biscuit · terrier cross · 2 years · vaccinated · Meet me",
        "Mabel · pointer · 7 years · good with children · Meet me",
        "Pip · house cat · 4 months · neutered · Meet me",
    ]
    out = clean(*SAVINGS, *pets, *TAIL)
    assert set(pets) <= set(dropped(out))


def test_a_tables_rows_closing_on_the_same_arrow_stay() -> None:
    table = ["Seats by party", "Party | Seats | Change | Trend", "Greens | 14 | +3 | ▲", "Liberals | 9 | +1 | ▲"]
    out = clean(*SAVINGS, *table, *TAIL)
    assert set(table) <= set(kept(out))
