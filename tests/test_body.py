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


# --- issue 3: list items, link lists ---------------------------------------------------------

TEASERS = [
    "Storm Damage Closes Coastal Road For Weeks",
    "Mayor Unveils New Budget Plan",
    "Ten Best Hiking Trails Near The City",
    "Local Bakery Wins National Award",
]


def test_body_prose_worded_list_between_sections_kept() -> None:
    # A list worded like prose (stopwords, lower case) sits between two parts of the body:
    # it takes no side, so the body does not break around it.
    items = [
        "mehr als 180 Zugausfälle und Umleitungen am ersten Tag",
        "rund 350 Einsatzkräfte von Bundes- und Landespolizei vor Ort",
        "die Sperrung von 14 Bahnsteigen für mehr als vier Stunden",
        "zwei Festnahmen in der Nähe des Bahnhofs am Nachmittag",
        "eine Entwarnung für die Reisenden erst gegen den Abend",
    ]
    german = [
        "Wegen einer Bombendrohung hat die Polizei am Dienstagmorgen den Hauptbahnhof in Hannover für mehrere Stunden gesperrt.",
        "Ein Video, das ein Reisender aufgenommen hat, zeigt Beamte mit Spürhunden auf den Bahnsteigen und in der Halle.",
    ]
    after = "Der Einsatzleiter räumte am Abend einen Fehler bei der Information der Reisenden ein."
    out = DropOutsideBody().apply(make_article("Startseite", "Polizei", *german, *items, after, "Impressum"))
    assert kept(out) == [*german, *items, after]


def test_body_teaser_headlines_inside_the_body_dropped() -> None:
    out = DropOutsideBody().apply(make_article("Council backs tram extension", *BODY[:2], *TEASERS, *BODY[2:]))
    assert kept(out) == ["Council backs tram extension", *BODY]
    assert set(dropped(out).values()) == {"boilerplate.link_list"}


def test_body_two_headline_lines_inside_the_body_stay() -> None:
    inside = [BODY[0], TEASERS[0], TEASERS[1], BODY[1], BODY[2], BODY[3]]
    out = DropOutsideBody().apply(make_article("Council backs tram extension", *inside))
    assert kept(out) == ["Council backs tram extension", *inside]


def test_body_announced_list_inside_the_body_stays() -> None:
    # Short capitalised items after a line ending in ":" are the article's own list.
    spanish = [
        "El ayuntamiento presentó el martes el nuevo plan de movilidad, que entrará en vigor el próximo mes de enero en toda la ciudad.",
        "Las líneas que cambian de recorrido a partir de enero son las siguientes:",
        "Línea 4 Centro",
        "Línea 12 Aeropuerto",
        "Línea 27 Universidad",
        "El concejal de movilidad aseguró que los cambios reducirán los tiempos de espera en las paradas más concurridas de la ciudad.",
        "La oposición criticó que el plan se haya aprobado sin consultar a las asociaciones de vecinos de los barrios afectados.",
    ]
    out = DropOutsideBody().apply(make_article("Nuevo plan de movilidad", *spanish))
    assert kept(out) == ["Nuevo plan de movilidad", *spanish]


def test_body_bulleted_list_inside_the_body_stays() -> None:
    items = ["• Erwachsene: 5,50 Euro", "• Kinder und Jugendliche: 2,50 Euro", "• Saisonkarte: 110 Euro"]
    german = [
        "Das Freibad am Stadtpark öffnet in diesem Jahr bereits Anfang Mai, wie die Stadtwerke am Montag mitteilten.",
        "Die Preise steigen zum ersten Mal seit fünf Jahren, vor allem wegen der höheren Energiekosten für das Beheizen.",
        "Die Stadtwerke rechnen trotz der höheren Preise mit mehr Besuchern als im vergangenen Sommer, wenn das Wetter mitspielt.",
    ]
    out = DropOutsideBody().apply(make_article("Freibad öffnet früher", german[0], german[1], *items, german[2]))
    assert kept(out) == ["Freibad öffnet früher", german[0], german[1], *items, german[2]]
