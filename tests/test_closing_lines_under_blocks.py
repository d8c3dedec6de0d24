"""The article's closing line under a related-articles block, and its body going on past a quote.

Sites set a "Read also" block between the last paragraphs and the article's closing statement
("The next bulletin is due at 1 pm."). Under two teaser titles, a statement ending in a full stop
that names a word of the article's paragraphs, with nothing but furniture after it, is the
article's line, not a teaser's summary; a site's disclaimer there names none of them. Under the
block the body ends on that statement, as it does under a share bar or an advert. And a block
late in the article ends where two paragraphs run with a quote on its own line between them.
A label announcing a list under the last paragraph ("Where to report flooded roads:") heads the
article's own list, its items ended as a list's are; a statement between a follow-us prompt and the
share bar is the article's last line.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEAD = [
    "Home | News | Weather | Local",
    "Flood warning on the Wensum as river levels keep rising",
    "Residents in low-lying streets of Fakenham and Hellesdon were told to move valuables upstairs on Tuesday evening. The Environment Agency said the river would peak overnight.",
    "The agency raised its alert after two days of heavy rain across north Norfolk. Gauges at Fakenham and Costessey showed the highest readings since the winter of 2020.",
    "Council crews handed out sandbags from the depot on Holt Road until late in the evening. Volunteers helped older residents carry them to their doors.",
    "The A1067 was closed between Lenwade and Great Witchingham after water covered the road. Drivers were told to expect delays on the diversion through Reepham.",
]
BLOCK = [
    "Read also",
    "Sandbag stocks run low across the county after a wet autumn",
    "Why the rivers of north Norfolk rise so quickly after heavy rain",
]
FOOT = ["Share this article", "Facebook", "WhatsApp", "© 2026 Eastern Courier Ltd. All rights reserved."]
CLOSING = "The next bulletin for Fakenham is due at 7am."
DISCLAIMER = "Content on this page is collected by machines from partner publishers and is shown unedited."


def test_the_closing_statement_under_a_related_block_is_the_articles() -> None:
    out = clean(*HEAD, *BLOCK, CLOSING, *FOOT)
    assert CLOSING in kept(out)
    assert set(BLOCK) <= set(dropped(out))


LONG_CLOSING = (
    "The Environment Agency will publish its next update on the Wensum at 7am on Wednesday. Crews will check the "
    "flood barriers at Fakenham overnight. Residents can call the Floodline at any hour for the latest warnings."
)


def test_a_closing_paragraph_of_three_sentences_over_a_counter_and_tags_is_the_articles() -> None:
    out = clean(*HEAD, *BLOCK, LONG_CLOSING, "Comments (12)", "More on: Wensum · Fakenham · flooding", *FOOT)
    assert LONG_CLOSING in kept(out)
    assert set(BLOCK) <= set(dropped(out))


def test_a_statement_naming_nothing_of_the_article_stays_with_the_block() -> None:
    out = clean(*HEAD, *BLOCK, DISCLAIMER, *FOOT)
    assert DISCLAIMER in dropped(out)
    assert set(BLOCK) <= set(dropped(out))


LATE_BLOCK = [
    "Home | News | Weather",
    "Heatwave: temperatures of 44 degrees expected in the south on Thursday",
    "The national weather service warned on Monday that a mass of hot air from the desert would settle over the country until the weekend. Temperatures in the south could beat the July record.",
    "Forecasters said the nights would bring little relief, with lows above 30 degrees in several cities. Hospitals were asked to prepare for a rise in cases of heatstroke.",
    "Farmers in the south were told to water their fields at night and to keep livestock in the shade during the day. The irrigation ministry said canal levels were sufficient for the coming two weeks.",
    "Schools that still hold exams will move them to the early morning, the education ministry said. Public offices in four governorates will close at noon until the heat eases.",
    "Expected temperatures on Thursday",
    "City | High | Low",
    "Aswan | 46 | 31",
    "Luxor | 45 | 29",
    "Minya | 43 | 27",
    "Cairo | 41 | 28",
    "Alexandria | 34 | 25",
    "Read also",
    "Power cuts ruled out for the summer months despite record demand, the electricity minister says",
    "The health ministry advised people to drink water regularly and to avoid going out at the hottest hours of the day, especially the elderly and children. Pharmacies will stay open later.",
    "In Alexandria, the governorate raised red flags on several beaches because of strong currents and high waves. Lifeguards will patrol until sunset.",
    "\u201cWe expect no relief before Saturday,\u201d the service said.",
    "The service expects a gradual improvement from Saturday, with north-westerly winds along the coast. Temperatures should fall by four to six degrees by Sunday.",
    "Share",
    "Facebook",
    "© 2026 Valley News Network",
]


def test_two_paragraphs_around_a_quote_end_a_late_block() -> None:
    out = clean(*LATE_BLOCK)
    assert set(LATE_BLOCK[15:19]) <= set(kept(out))
    assert {LATE_BLOCK[13], LATE_BLOCK[14]} <= set(dropped(out))


NORWEGIAN = [
    "Forsiden | Nyheter | Sport | Kultur",
    "Planlagt strømbrudd i sentrum tirsdag: disse gatene blir berørt",
    "Nettselskapet skal bytte en nettstasjon ved torget og må koble ut strømmen for flere hundre kunder. Arbeidet starter klokken åtte og skal etter planen være ferdig før klokken tre, men det kan ta noe lengre tid hvis det blir mye snø.",
    "Kundene som blir berørt, har fått varsel på tekstmelding. Selskapet ber folk å lade telefoner og slå av komfyrer og vaskemaskiner før bruddet, slik at ingen skader oppstår når strømmen kommer tilbake.",
    "Sykehjemmet i Parkveien har eget aggregat og blir ikke berørt. Skolen i sentrum holder åpent som vanlig.",
    "Gatelysene og trafikklysene i krysset ved rådhuset blir også slått av mens arbeidet pågår. Politiet sier at de nå vil dirigere trafikken selv, slik de gjorde da det samme skjedde for noen år siden.",
    "Selskapet anbefaler folk med medisinsk utstyr som trenger strøm, å ta kontakt på forhånd. De får da tilbud om et batteri eller et aggregat i perioden.",
    "Les også",
    "Strømprisen stiger kraftig i Sør-Norge neste uke",
    "Mann (45) omkom i trafikkulykke på E6 ved Moelv",
    "Butikkene i Storgata har fått beskjed om bruddet, og flere av dem vil holde stengt tirsdag formiddag. Daglig leder i en klesbutikk sier til lokalavisen at tidspunktet er dårlig så nær julehandelen. Selskapet svarer at arbeidet må gjøres før telen går for langt ned i bakken.",
    "Nettselskapet gjennomfører i år flere hundre slike planlagte utkoblinger i fylket. Selskapet viser til at mye av nettet i sentrum er over førti år gammelt.",
    "Del",
    "© 2026 Lokalavisen",
]


def test_norwegian_paragraphs_under_a_block_are_the_articles_though_they_vote_danish_and_swedish() -> None:
    out = clean(*NORWEGIAN)
    assert {NORWEGIAN[10], NORWEGIAN[11]} <= set(kept(out))
    assert {NORWEGIAN[7], NORWEGIAN[8], NORWEGIAN[9]} <= set(dropped(out))


def test_statements_under_a_related_heading_at_the_articles_top_are_its_key_points() -> None:
    # Under the headline, a heading a related block may print ("Top stories") over short
    # statements, each ending in a full stop: the article's key points. Teasers' titles have no
    # full stop, and a title that prints its age is a teaser's.
    points = ["The river will peak overnight at Fakenham.", "Sandbags are handed out at the Holt Road depot.", "The A1067 stays closed near Lenwade."]
    out = clean(*HEAD[:2], "Top stories", *points, *HEAD[2:], *FOOT)
    assert set(points) <= set(kept(out)) and "Top stories" in kept(out)
    teasers = ["Sandbag stocks run low across the county.", "Why the rivers rise so quickly — 3 hours ago"]
    out = clean(*HEAD[:2], "Top stories", *teasers, *HEAD[2:], *FOOT)
    assert dropped(out)["Top stories"] == "boilerplate.related_block"


def test_the_closing_statement_over_a_sponsors_disclosure_is_the_articles() -> None:
    """A sponsor's disclosure under the closing statement is furniture a later rule drops: it
    does not make the statement a teaser's summary."""
    disclosure = "This article was produced with the support of the Local Journalism Fund."
    out = clean(*HEAD, *BLOCK, CLOSING, disclosure, *FOOT)
    assert CLOSING in kept(out)
    assert disclosure in dropped(out)


WHERE_TO_REPORT = [
    "Where to report flooded roads and blocked drains:",
    "the council's highways line – 0344 800 8020,",
    "the Environment Agency floodline – 0345 988 1188 (open 24 hours),",
    "in an emergency – call 999.",
]


def test_a_label_over_its_list_under_the_last_paragraph_is_the_articles_over_a_share_bar() -> None:
    """The list stands apart from the last paragraph: its label ends with a colon, each item as a
    list's item does (a comma, a full stop). A share bar's follow-us label is over links."""
    out = clean(*HEAD, *WHERE_TO_REPORT, "Follow us on WhatsApp for the latest updates", *FOOT)
    assert set(WHERE_TO_REPORT) <= set(kept(out))


def test_the_closing_statement_between_a_follow_us_prompt_and_the_share_bar_is_the_articles() -> None:
    """A share bar's items are buttons: a statement ending in a full stop between its prompt and
    its buttons is the article's last line, not the box's."""
    closing = "Police fined 1,284 drivers on the two roads in June."
    out = clean(*HEAD, "Follow the Eastern Courier on Google News for the latest updates", closing, "Tags: flooding | Fakenham | roads", *FOOT)
    assert closing in kept(out)

