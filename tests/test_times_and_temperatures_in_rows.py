"""Times of day and temperatures in a story's own rows are no widget's.

A heatwave story's table of places and their temperatures under its header ("City | High | Low")
reads like a weather widget's lines one by one; a deposit-rate table's header names periods
("Bank | 3 months | 6 months") like a chart's period buttons; a strike story lists cancelled
flights with their departure times ("Budapest – Frankfurt, 07:20") like videos with their
durations; an outage story gives hours with "AM" ("Metro Manila: 7:05 AM to 11:40 AM") like
a live score. Each test also shows the widget the rule was written for still going. A live feed's
box, its entries newest first over its link ("All updates →"), goes; a story's timeline runs in
the clock's order and stays. Towns side by side on one line, each with its temperature ("Poprad 3 °C
Kežmarok 2 °C Levoča 4 °C"), are a widget's strip; a sentence naming two towns' temperatures has
words in lower case between them and stays.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEAT_HEAD = [
    "Heatwave: red alert in the south as temperatures pass 40 degrees",
    "By Marta Ruiz",
    "The weather service extended its red alert to four provinces on Wednesday, with temperatures expected to pass 40 degrees in the river valleys for a third day in a row.",
    "Hospitals reported more admissions for heatstroke, and several towns opened cooling rooms in libraries and sports halls until the weekend.",
    "Expected highs on Thursday",
]
HEAT_TABLE = [
    "City | High | Low | Alert",
    "Cordoba | 44 °C | 26 °C | Red",
    "Seville | 43 °C | 25 °C | Red",
    "Badajoz | 42 °C | 24 °C | Orange",
    "Murcia | 40 °C | 26 °C | Orange",
]
HEAT_TAIL = [
    "The health ministry asked people to avoid going out between noon and six in the evening and to check on elderly neighbours who live alone.",
    "The alert is expected to ease on Sunday, when a weak front brings cooler air from the north-west and the first storms in weeks.",
    "Share this article",
    "© 2026 Southern Times. All rights reserved.",
]


def test_places_with_their_temperatures_under_a_header_are_the_storys_table() -> None:
    out = clean(*HEAT_HEAD, *HEAT_TABLE, *HEAT_TAIL)
    assert set(HEAT_TABLE) <= set(kept(out))


TOWNS_STRIP = "Seville 44 °C Cordoba 45 °C Malaga 31 °C"
TWO_TOWNS = "Temperatures reached 44 °C in Seville and 45 °C in Cordoba"


def test_towns_side_by_side_with_their_temperatures_are_a_widgets_strip() -> None:
    out = clean(HEAT_HEAD[0], TOWNS_STRIP, *HEAT_HEAD[1:4], TWO_TOWNS, *HEAT_TAIL)
    assert dropped(out).get(TOWNS_STRIP) == "boilerplate.navigation"
    assert TWO_TOWNS in kept(out)


RATES_HEAD = [
    "Banks cut deposit rates after the central bank's decision",
    "By Nikos Pappas",
    "The country's largest banks lowered the rates they pay on term deposits this week, following the central bank's cut of a quarter point last Thursday.",
    "Savers who locked in a year ago will see lower rates when their deposits roll over, analysts said, and the gap between banks has narrowed.",
]
RATES_TABLE = [
    "Bank | 3 months | 6 months | 12 months",
    "North Bank | 1.50% | 1.75% | 2.00%",
    "Harbour Bank | 1.40% | 1.70% | 1.95%",
    "Union Savings | 1.60% | 1.80% | 2.10%",
]


def test_a_header_naming_periods_over_rows_is_no_charts_period_buttons() -> None:
    out = clean(*RATES_HEAD, *RATES_TABLE, *HEAT_TAIL[2:])
    assert set(RATES_TABLE) <= set(kept(out))


def test_a_charts_period_buttons_with_no_rows_still_go() -> None:
    buttons = "Intraday | 5 days | 3 months | 1 year | 5 years"
    out = clean(*RATES_HEAD, buttons, *HEAT_TAIL)
    assert buttons in dropped(out)


STRIKE_HEAD = [
    "Air traffic controllers strike: dozens of morning flights cancelled",
    "By Anna Kovacs",
    "Air traffic controllers walked out at dawn on Tuesday, and the airport cancelled dozens of morning departures after talks on pay broke down late on Monday.",
    "The airport said the following departures were cancelled and asked passengers to contact their airline before travelling to the terminal.",
]
FLIGHTS = [
    "Budapest – London Luton, 06:10",
    "Budapest – Paris Charles de Gaulle, 06:55",
    "Budapest – Frankfurt, 07:20",
    "Budapest – Barcelona, 08:05",
]
STRIKE_TAIL = [
    "The union said the strike would last until midnight and warned of a second walkout next week if the government did not return to the table.",
    "Passengers whose flights were cancelled are entitled to a refund or a new booking, the consumer authority reminded travellers.",
    "Share this article",
    "© 2026 Daily Courier. All rights reserved.",
]


def test_cancelled_flights_with_their_departure_times_are_no_videos_with_durations() -> None:
    out = clean(*STRIKE_HEAD, *FLIGHTS, *STRIKE_TAIL)
    assert set(FLIGHTS) <= set(kept(out))


def test_video_titles_with_their_durations_still_go() -> None:
    videos = ["The empty terminal at dawn 1:45", "Union leader on why controllers walked out 3:20"]
    out = clean(*STRIKE_HEAD, "More videos", *videos, *STRIKE_TAIL)
    assert set(videos) <= set(dropped(out))


OUTAGE = [
    "Metro Manila and Rizal: 7:05 AM to 11:40 AM",
    "Calabarzon and Mimaropa: 7:10 AM to 12:15 PM",
    "Central Luzon: 7:30 AM to 10:50 AM",
]


def test_hours_with_am_and_pm_are_no_live_scores() -> None:
    out = clean(*STRIKE_HEAD[:1], *STRIKE_HEAD[2:], *OUTAGE, *STRIKE_TAIL)
    assert set(OUTAGE) <= set(kept(out))


def test_live_scores_still_go() -> None:
    scores = ["Gillingham 1-0 Tranmere 63'", "Barnet 2-2 Wrexham 71'"]
    out = clean(*STRIKE_HEAD, *scores, *STRIKE_TAIL)
    assert set(scores) <= set(dropped(out))


VERDICT_HEAD = [
    "Former alderman jailed for taking bribes from a developer",
    "By Marloes de Kok",
    "BREDA – The former alderman for planning was sentenced on Tuesday to two years in prison, eight months of it suspended, for taking bribes from a property developer over four years.",
]
FEED = ["Follow the verdict live", "16:02 Lawyer announces an appeal", "15:47 Judge: trust in local government badly damaged", "All updates →"]
VERDICT_TAIL = [
    "The case came to light in 2022 after a report by a civil servant who noticed that one developer kept winning plots of land at prices below their value.",
    "The court found that the alderman had received more than 80,000 euros in cash and renovation work on his holiday home in return for favourable decisions.",
    "The developer was sentenced to eighteen months, and two other defendants were given community service.",
    "Share this article",
    "© 2026 Brabant Daily. All rights reserved.",
]


def test_a_live_feeds_entries_newest_first_over_its_link_go_with_their_heading() -> None:
    out = clean(*VERDICT_HEAD, *FEED, *VERDICT_TAIL)
    assert set(FEED[:3]) <= set(dropped(out))
    assert set(VERDICT_TAIL[:3]) <= set(kept(out))


def test_a_stories_timeline_in_the_clocks_order_stays() -> None:
    timeline = ["09:30 The court opens the session", "11:15 The prosecutor asks for three years", "15:47 The judge reads the verdict"]
    out = clean(*VERDICT_HEAD, "How the day went", *timeline, "All updates →", *VERDICT_TAIL)
    assert set(timeline) <= set(kept(out))


def test_a_headline_between_a_live_label_and_a_video_under_its_byline_stays() -> None:
    # Two video lines four apart sandwich the lines between them, but not across a byline: the
    # site's "Live" label over the headline, the byline, then the article's video.
    page = [
        "Головна / Здоров'я",
        "Прямий ефір",
        "На Львівщині спалах кору: за тиждень захворіли вісімдесят людей",
        "Олена Гнатишин, Львів",
        "22 березня 2025, 11:08",
        "Відео: як працює інфекційне відділення обласної лікарні",
        "Кількість підтверджених випадків кору на Львівщині за тиждень зросла майже вдвічі, повідомили в обласному центрі контролю та профілактики хвороб. Більшість хворих становлять діти шкільного віку.",
        "Медики закликають батьків перевірити щеплення дітей і звертатися до сімейних лікарів, якщо з'явилися висип і висока температура.",
        "У школах області посилили контроль за відвідуванням, а кількох учнів відправили на дистанційне навчання до кінця карантину.",
        "Поділитися",
    ]
    out = clean(*page)
    assert page[2] in kept(out)
    assert page[1] in dropped(out)
