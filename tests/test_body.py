from __future__ import annotations

from conftest import SEEDS, dropped, kept, make_article
from newsclean import read
from newsclean.body import DropOutsideBody

MENU = ["Skip to content", "Home", "World", "Politics", "Business", "Climate", "Sport", "Sign in"]
BODY = [
    "The city council voted on Tuesday to extend the tram line to the new housing district in the north, after two years of debate.",
    "The extension will add six stops and is expected to cost around 80 million euros, most of it paid for by the regional government.",
    "Opponents said the money would be better spent on buses, which could serve the outlying villages that the tram will never reach.",
    "Construction is due to start next spring and should take about two years, the transport authority said in a statement.",
]
FOOTER = ["About us", "Contact", "Careers", "Advertise with us", "Terms", "Privacy", "© 2025 Example Media Ltd"]


def test_body_menus_and_footer_around_the_article_dropped() -> None:
    article = make_article(*MENU, "Council backs tram extension to the north", *BODY, *FOOTER)
    out = DropOutsideBody().apply(article)
    assert kept(out) == ["Council backs tram extension to the north", *BODY]
    assert set(dropped(out).values()) == {"boilerplate.outside_body"}


def test_body_short_lines_inside_the_body_stay() -> None:
    inside = [BODY[0], "What happens next", BODY[1], "“We will not give up.”", BODY[2], BODY[3]]
    out = DropOutsideBody().apply(make_article("Headline of the story", *inside))
    assert kept(out) == ["Headline of the story", *inside]


def test_body_clean_seed_articles_untouched() -> None:
    for batch in read(SEEDS):
        for article in batch:
            if article.id.startswith(("001", "003")):  # the seeds without page furniture
                assert DropOutsideBody().apply(article) == article


def test_body_slavic_prose_counts_as_body_despite_few_stopwords() -> None:
    czech = [
        "Brněnští zastupitelé v úterý schválili smlouvu se Správou železnic o stavbě nového hlavního nádraží u řeky Svratky.",
        "Celkové náklady se odhadují na více než padesát miliard korun. Většinu zaplatí stát, město se bude podílet na okolní infrastruktuře.",
        "O poloze nádraží se v Brně vedou spory už od osmdesátých let minulého století, odpůrci přesunu chtěli modernizaci stávající stanice.",
        "Primátorka označila schválení smlouvy za historický okamžik. Opoziční zastupitelé upozorňují, že harmonogram je příliš optimistický.",
    ]
    out = DropOutsideBody().apply(make_article("Brno schválilo stavbu nového nádraží", *czech))
    assert kept(out)[1:] == czech
