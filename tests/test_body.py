from __future__ import annotations

import pytest

from conftest import SEEDS, TRAM_ARTICLE, dropped, kept, make_article
from newsclean import Article, Paragraph, default_pipeline, read
from newsclean.body import DropOutsideBody
from newsclean.boilerplate import StripBoilerplate

MENU = ["Skip to content", "Home", "World", "Politics", "Business", "Climate", "Sport", "Sign in"]
BODY = [
    "The city council voted on Tuesday to extend the tram line to the new housing district in the north, after two years of debate.",
    "The extension will add six stops and is expected to cost around 80 million euros, most of it paid for by the regional government.",
    "Opponents said the money would be better spent on buses, which could serve the outlying villages that the tram will never reach.",
    "Construction is due to start next spring and should take about two years, the transport authority said in a statement.",
]
FOOTER = ["About us", "Contact", "Careers", "Advertise with us", "Terms", "Privacy", "© 2025 Example Media Ltd"]
# A cookie banner an earlier rule dropped: the page around the article shows.
BANNER = Paragraph("We use cookies to improve your experience on our site.", "boilerplate.cookie_banner")


def on_page(*paragraphs: str) -> Article:
    """Whole-page text: the paragraphs under a banner an earlier rule already dropped."""
    article = make_article(*paragraphs)
    return article.replace(paragraphs=(BANNER, *article.paragraphs))


def boxed(article: Article, label: str = "Related stories") -> Article:
    """The label over a teaser box marked as an earlier rule's drop (a related-links heading):
    teasers inside a body come in such a box."""
    marked = (Paragraph(p.text, "boilerplate.related_block") if p.text == label else p for p in article.paragraphs)
    return article.replace(paragraphs=tuple(marked))


def dropped_here(article: Article) -> dict[str, str]:
    """The drops DropOutsideBody made (the banner and a box label were dropped before it ran)."""
    return {text: reason for text, reason in dropped(article).items() if text not in (BANNER.text, "Related stories")}


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


def test_body_prose_of_a_language_without_a_stopword_list_counts_as_body() -> None:
    # Albanian has no stopword list: its marker words vote for another language by chance,
    # so its own function words ("të", "në", "e", "dhe") must show which lines are prose.
    intro = [
        "Këshilli bashkiak i Shkodrës miratoi të martën buxhetin prej 42 milionë eurosh, me 21 vota për dhe 9 kundër.",
        "Shpenzimet sipas fushave",
        "Rrugët: 12,4 milionë euro",
        "Arsimi: 9,1 milionë euro",
        "Uji: 6,8 milionë euro",
    ]
    body = [
        "Kryetari i bashkisë tha se pjesa më e madhe e fondeve do të shkojë për rrugët e lagjeve në periferi të qytetit, të cilat janë dëmtuar nga përmbytjet e dimrit të kaluar.",
        "Opozita kritikoi rritjen e pagave në administratë dhe kërkoi që paratë të përdoren për ujësjellësin, i cili ende nuk furnizon me ujë të pijshëm disa fshatra të zonës.",
        "Drejtori i financave u përgjigj se projekti i ujësjellësit ka fondet e veta nga qeveria dhe se punimet do të nisin në pranverë, pas përfundimit të tenderit.",
        "Buxheti do të dërgohet tani në ministrinë e financave për miratim përfundimtar, ndërsa shpenzimet e para pritet të bëhen në muajin janar të vitit të ardhshëm.",
    ]
    out = DropOutsideBody().apply(on_page("Shkodra miraton buxhetin e vitit të ardhshëm", *intro, *body))
    assert kept(out) == ["Shkodra miraton buxhetin e vitit të ardhshëm", *intro, *body]


def test_body_prose_closed_by_the_armenian_full_stop_counts_as_body() -> None:
    # Armenian ends a sentence with "։", not ".": its paragraphs are prose, the page's menu is not.
    armenian = [
        "Երևանի քաղաքապետարանը երեքշաբթի օրը հաստատեց նոր տրամվայային գծի կառուցման ծրագիրը։ Աշխատանքները կսկսվեն հաջորդ գարնանը և կտևեն մոտ երկու տարի։",
        "Նախագծի արժեքը կազմում է մոտ քառասուն միլիարդ դրամ, որի մեծ մասը կտրամադրի կառավարությունը։ Քաղաքապետը նշեց, որ նոր գիծը կկապի հյուսիսային թաղամասերը կենտրոնի հետ։",
        "Բնակիչները երկար ժամանակ բողոքում էին ավտոբուսների հաճախականությունից և խցանումներից։ Նրանց կարծիքով տրամվայը կլուծի այդ խնդիրների մի մասը։",
        "Ընդդիմության ներկայացուցիչները պնդում են, որ գումարը պետք է ծախսվեր ճանապարհների վերանորոգման վրա։ Քննարկումները կշարունակվեն ավագանու հաջորդ նիստում։",
    ]
    out = DropOutsideBody().apply(on_page(*MENU, "Երևանը կկառուցի նոր տրամվայային գիծ", *armenian, *FOOTER))
    assert kept(out) == ["Երևանը կկառուցի նոր տրամվայային գիծ", *armenian]


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
    out = DropOutsideBody().apply(on_page("Startseite", "Polizei", *german, *items, after, "Impressum"))
    assert kept(out) == [*german, *items, after]


def test_body_teaser_headlines_inside_the_body_dropped() -> None:
    page = on_page("Council backs tram extension", *BODY[:2], "Related stories", *TEASERS, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Council backs tram extension", *BODY]
    assert set(dropped_here(out).values()) == {"boilerplate.link_list"}


@pytest.mark.parametrize(
    "results",
    [
        ["Results, round 12", "Harbour United–Northside FC 2–1", "Lighthouse Rovers–Eastgate 0–0", "Quayside Athletic–Millbrook 3–2", "Bridgeport–Old Town 1–4"],
        ["Goals", "12.40 0–1 Eastgate, Moore (Hale)", "33.05 1–1 Harbour, Quinn", "51.12 2–1 Harbour, Quinn (Dale, Fox)", "58.30 2–2 Eastgate, Hale"],
        ["Other results", "Lighthouse Rovers 1-0 Eastgate", "Quayside Athletic 3-3 Millbrook"],
        ["Scorers", "Harbour: Quinn 27, Dale 18, Fox 14, Lee 9", "Eastgate: Moore 22, Hale 19, Brown 11"],
    ],
)
def test_body_a_list_of_results_with_scores_inside_the_body_stays(results: list[str]) -> None:
    # Scores printed with an en dash ("2–1") are figures: the rows of a results table, no teasers,
    # though an advert an earlier rule dropped stands right under them.
    page = on_page("Harbour United win the derby", *BODY[:3], *results, "Advertisement", *BODY[3:])
    advert = Paragraph("Advertisement", "boilerplate.advertisement")
    out = DropOutsideBody().apply(page.replace(paragraphs=tuple(advert if p.text == advert.text else p for p in page.paragraphs)))
    assert kept(out) == ["Harbour United win the derby", *BODY[:3], *results, *BODY[3:]]


def test_body_a_match_reports_goals_over_a_live_scores_widget_stay_and_the_widget_goes() -> None:
    # The goals under their title are the report's; the scores of other matches under them, with
    # their button, are a widget's, though no line between tells the two apart.
    goals = ["Match events", "23' Quinn 1-0", "41' Moore 1-1", "77' Quinn 2-1", "90+3' Dale (penalty) 3-1"]
    widget = ["Live scores – Conference League", "Lighthouse Rovers – Eastgate 0-0 (FT)", "Quayside – Millbrook 2-1 (88')", "See all matches"]
    page = on_page("Harbour United win the first leg", *BODY[:2], *goals, *widget, "Advertisement", *BODY[2:])
    advert = Paragraph("Advertisement", "boilerplate.advertisement")
    out = DropOutsideBody().apply(page.replace(paragraphs=tuple(advert if p.text == advert.text else p for p in page.paragraphs)))
    assert kept(out) == ["Harbour United win the first leg", *BODY[:2], *goals, *BODY[2:]]
    assert set(dropped_here(out)) == {*widget, "Advertisement"}


def test_body_label_rows_with_a_french_spaced_colon_are_the_articles_table() -> None:
    # "Vigilance orange : Morbihan, Manche" is a label and its value as "Vigilance orange: …" is:
    # the title and rows stay under a box an earlier rule named (an alert prompt's buttons).
    rows = ["Les départements concernés", "Vigilance rouge : Finistère", "Vigilance orange : Morbihan, Manche, Loire-Atlantique", "Vigilance jaune : Vendée, Mayenne, Calvados"]
    page = on_page("Council backs tram extension", *BODY[:2], "Related stories", *rows, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Council backs tram extension", *BODY[:2], *rows, *BODY[2:]]


def test_body_short_run_of_subheads_deep_in_the_body_stays() -> None:
    # Three to five headline-like lines with the body's own lines all around and no box
    # near them: the article's subheads or the names a guide lists, not teasers.
    for subheads in (
        ["Der Rathausbeschluss", "Kosten Und Finanzierung", "Kritik Der Opposition"],
        ["Le Vote Du Conseil", "Coût Et Financement", "Les Critiques", "Calendrier Des Travaux"],
    ):
        inside = [*BODY[:3], *subheads, *BODY[1:]]
        out = DropOutsideBody().apply(on_page("Council backs tram extension", *inside))
        assert kept(out) == ["Council backs tram extension", *inside], subheads


def test_body_run_of_headlines_next_to_a_box_or_long_still_dropped() -> None:
    # The same kind of run goes when a box an earlier rule named is next to it ...
    subheads = ["Der Rathausbeschluss", "Kosten Und Finanzierung", "Kritik Der Opposition"]
    page = on_page("Council backs tram extension", *BODY[:3], "Related stories", *subheads, *BODY[1:])
    out = DropOutsideBody().apply(boxed(page))
    assert {dropped(out)[line] for line in subheads} == {"boilerplate.link_list"}
    # ... or when it runs on past five lines, as teaser lists and menus do.
    long_run = [*TEASERS, "Nieuwe Fietsbrug Geopend", "Markt Verhuist Naar Het Plein"]
    out = DropOutsideBody().apply(on_page("Council backs tram extension", *BODY[:3], *long_run, *BODY[1:]))
    assert {dropped(out)[line] for line in long_run} == {"boilerplate.link_list"}


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


# A long German report: the body the tail tests below hang their furniture on.
BERICHT = [
    "Der Stadtrat hat am Dienstagabend nach langer Debatte beschlossen, die Straßenbahnlinie 4 bis in das neue Wohngebiet am nördlichen Stadtrand zu verlängern.",
    "Die Verlängerung soll sechs neue Haltestellen erhalten und rund 80 Millionen Euro kosten, von denen das Land den größten Teil übernehmen will.",
    "Die Opposition hatte bis zuletzt gefordert, das Geld lieber in neue Buslinien zu stecken, weil diese auch die umliegenden Dörfer erreichen könnten.",
    "Der Oberbürgermeister verteidigte das Projekt dagegen als die wichtigste Investition in den Nahverkehr seit dem Bau der S-Bahn vor dreißig Jahren.",
    "Nach den Plänen der Verkehrsbetriebe sollen die Bauarbeiten im kommenden Frühjahr beginnen und etwa zwei Jahre dauern, sofern keine Klagen eingehen.",
    "Anwohner der betroffenen Straßen befürchten allerdings Lärm und Staus während der Bauzeit, zumal parallel auch die Wasserleitungen erneuert werden.",
    "Die Verkehrsbetriebe kündigten an, die Anwohner in mehreren Versammlungen über den Ablauf der Arbeiten und die geplanten Umleitungen zu informieren.",
    "Für die Zeit der Bauarbeiten sollen Ersatzbusse im Zehn-Minuten-Takt fahren, die Haltestellen werden dafür teilweise in die Seitenstraßen verlegt.",
    "Der Fahrgastverband begrüßte die Entscheidung, mahnte aber an, dass auch die bestehenden Linien dringend neue und barrierefreie Fahrzeuge bräuchten.",
    "Die Händler an der geplanten Strecke hoffen auf mehr Kundschaft, wenn die Bahn erst einmal fährt, fürchten aber Umsatzeinbußen während der Bauzeit.",
    "Die Stadtverwaltung will deshalb einen Fonds einrichten, aus dem betroffene Geschäfte eine Entschädigung für nachgewiesene Verluste erhalten können.",
    "Wann die erste Bahn fahren wird, ist noch offen: Die Stadt rechnet frühestens mit dem Fahrplanwechsel im Dezember des übernächsten Jahres.",
]


def test_body_light_prose_box_after_the_body_dropped() -> None:
    # A newsletter box under the article: two short lines, then one sentence of prose that
    # weighs a few percent of the body. Its weight pays for the short lines, so the maximum
    # subarray took it in; it is a block of its own at the end of the span.
    box = [
        "Newsletter",
        "Jetzt kostenlos abonnieren",
        "Jeden Freitag die wichtigsten Nachrichten aus der Region, gratis und jederzeit kündbar.",
    ]
    out = DropOutsideBody().apply(on_page("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT, *box))
    assert kept(out) == ["Stadtrat beschließt Verlängerung der Linie 4", *BERICHT]
    assert set(dropped_here(out).values()) == {"boilerplate.outside_body"}


LIVE_ENTRIES = [
    "The first ferries left the harbour again at six, an hour later than planned, after the wind dropped in the night and the pilots returned.",
    "Police closed the coast road near the lighthouse because of fallen trees and asked drivers to take the motorway instead until the morning.",
    "The weather service lifted its storm warning for the islands but kept a flood alert for the river mouth in place until Thursday.",
    "Crews restored power to most of the 12,000 homes that were cut off on Monday evening, the network operator said in a statement.",
]


def test_body_a_live_blogs_last_short_entry_under_its_time_after_a_player_stays() -> None:
    # Every entry opens with its time; the last (oldest) one is short and a video's line an
    # earlier rule dropped parts it from the others: it is the blog's entry, not a box's.
    entries = [
        "18:40 The first ferries left the harbour again at six, an hour later than planned, after the wind dropped in the night and the pilots returned.",
        "18:05 Police closed the coast road near the lighthouse because of fallen trees and asked drivers to take the motorway instead until the morning.",
        "17:30 The weather service lifted its storm warning for the islands but kept a flood alert for the river mouth in place until Thursday.",
        "16:55 Crews restored power to most of the 12,000 homes that were cut off on Monday evening, the network operator said in a statement.",
        "16:40 Schools in the three coastal towns will stay closed on Wednesday as well, the regional education office announced this afternoon.",
        "16:32 The airport expects to resume flights in the evening, although passengers are asked to check their bookings before they travel there.",
    ]
    last = "16:20 River level at the old bridge: 5.4 metres. Alert level: 5.0 metres."
    video = Paragraph("Video: Trees across the coast road (0:48)", "boilerplate.video_widget")
    article = on_page("Storm over the coast: live updates", *entries, "Video", last)
    article = article.replace(paragraphs=tuple(video if p.text == "Video" else p for p in article.paragraphs))
    out = DropOutsideBody().apply(article)
    assert kept(out) == ["Storm over the coast: live updates", *entries, last]


def test_body_a_live_blogs_last_entry_under_a_stamp_line_and_its_title_stays() -> None:
    # The stamps stand on lines of their own, which an earlier rule dropped as the entries' stamps;
    # the last entry is one short sentence under its title, then "Load more" and a share prompt.
    stamp = "a live blog's time stamp over its entry"
    page: list[Paragraph] = [Paragraph("Storm over the coast: live updates")]
    for time, entry in zip(["18:40", "18:05", "17:30", "16:55"], LIVE_ENTRIES):
        page += [Paragraph(time, "boilerplate.byline", stamp), Paragraph(entry)]
    title, last = "Kick-off", "All ferry crossings to the three islands were cancelled this afternoon."
    page += [Paragraph(title), Paragraph("16:20", "boilerplate.byline", stamp), Paragraph(last)]
    page += [Paragraph("Load more", "boilerplate.navigation"), Paragraph("Share this live blog", "boilerplate.share_prompt")]
    out = DropOutsideBody().apply(Article(id="a1", source="test.txt", paragraphs=(BANNER, *page)))
    assert kept(out) == ["Storm over the coast: live updates", *LIVE_ENTRIES, title, last]


def test_body_short_bio_under_a_name_after_the_body_dropped() -> None:
    # One line (the author's name) parts a short bio from a French article's body.
    french = [
        "Le conseil municipal a adopté mardi soir le projet de prolongement du tramway vers le nouveau quartier du nord de la ville, après deux ans de débats.",
        "Le chantier doit comprendre six nouvelles stations et coûter environ quatre-vingts millions d'euros, dont la plus grande partie sera payée par la région.",
        "L'opposition a dénoncé un projet trop cher et aurait préféré que cet argent serve à renforcer les lignes de bus vers les villages voisins.",
        "Le maire a défendu au contraire le plus important investissement dans les transports publics depuis la construction du métro il y a trente ans.",
        "Les travaux doivent commencer au printemps prochain et durer environ deux ans, si aucun recours n'est déposé devant le tribunal administratif.",
        "Les riverains craignent pourtant le bruit et les embouteillages pendant le chantier, d'autant que les conduites d'eau seront refaites en même temps.",
    ]
    bio = ["Marie Dupont", "Marie est journaliste indépendante et vit à Lyon depuis dix ans."]
    out = DropOutsideBody().apply(on_page("Le tramway prolongé vers le nord", *french, *bio))
    assert kept(out) == ["Le tramway prolongé vers le nord", *french]


def test_body_closing_section_under_a_subhead_stays() -> None:
    # The article's own last section: one heading, then a paragraph that weighs more than
    # a few percent of the body. It is not peeled off.
    closing = ["Wie es weitergeht", BERICHT[-1]]
    out = DropOutsideBody().apply(make_article("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT[:4], *closing))
    assert kept(out) == ["Stadtrat beschließt Verlängerung der Linie 4", *BERICHT[:4], *closing]


# A guide in English made of many short entries (a name, then one paragraph): its typical
# block weighs only a few percent of the body, like a bio or a sign-up box would.
CAFES = [
    ("Brew Lab", "A small roastery near the station where the owners talk you through every single origin they sell."),
    ("Kaffeehaus Mitte", "The old-fashioned coffee house serves cake from its own bakery and the best hot chocolate in town."),
    ("The Daily Grind", "Students fill the long tables all day long, and the filter coffee is refilled for free until noon."),
    ("Café Lumen", "Large windows, quiet corners and a strict no-laptop rule at the weekend make this a place to read."),
    ("Bean There", "The tiny kiosk in the park opens at six, which makes it the first stop for runners and dog walkers."),
    ("Rösterei am Fluss", "You can watch the beans being roasted behind glass while you wait for a cup at the river terrace."),
    ("Corner Cup", "A family business since the seventies, still run by the same family and still famous for its pastries."),
    ("Milk & Honey", "The oat milk flat white is popular here, and the honey comes from hives on the roof of the building."),
    ("Espresso Bar Nord", "Standing room only: you order at the counter, drink your espresso in two sips and are on your way."),
    ("Slow Pour", "Every cup is brewed by hand, so expect to wait a little, but the staff are happy to explain the methods."),
    ("The Green Room", "Plants hang from every beam of the ceiling, and the kitchen serves a good vegetarian lunch every day."),
    ("Café Central", "The grand hall with its marble columns is worth a visit for the architecture alone, even at busy hours."),
    ("Little Owl", "Open late into the evening, this is where the neighbourhood meets for a decaf and a board game or two."),
    ("Harbour Coffee", "The terrace looks out over the boats, and on sunny days it is hard to find a free seat before noon."),
    ("Kaffeeklatsch", "The owner bakes a different cake every morning and writes the daily menu on the board by the door."),
    ("Drip & Co", "A bright and modern space with a long menu of single-origin coffees, each described with great care."),
    ("The Reading Room", "Shelves of second-hand books line the walls, and you are welcome to take one home if you leave one."),
    ("Café Weiss", "Everything here is white, from the walls to the cups, and the cheesecake is the best on the street."),
    ("Morning Glory", "Breakfast is served all day, and the coffee comes in large mugs that are refilled without asking you."),
    ("Tiny Cup", "With only four seats it is the smallest café in the city, but the owner knows every guest by name."),
    ("Last Stop", "Right next to the tram terminus, it serves the drivers and the early commuters from five in the morning."),
]


def test_body_last_entry_of_a_guide_under_a_subhead_stays() -> None:
    # The last entry sits under a section heading and its own name: two short lines part it
    # from the body and it weighs less than 5% of it, as a sign-up box would. But it weighs
    # as much as the guide's typical entry: the guide goes on, it is not peeled off.
    entries = [line for name, text in CAFES[:-1] for line in (name, text)]
    last = ["Further out", CAFES[-1][0], CAFES[-1][1]]
    intro = "Our critics visited more than forty cafés this spring, and these are the ones they would go back to."
    out = DropOutsideBody().apply(make_article(*MENU, "The best cafés in town", intro, *entries, *last, *FOOTER))
    assert kept(out) == ["The best cafés in town", intro, *entries, *last]


def test_body_spec_table_inside_the_body_stays() -> None:
    # Label/value rows ("Gewicht: 187 Gramm") are a table, not teaser headlines, even
    # capitalised like headlines and with no line announcing them.
    specs = ["Display: 6,1 Zoll OLED", "Akku: 4500 mAh", "Gewicht: 187 Gramm", "Preis: ab 799 Euro"]
    german = [
        "Das neue Smartphone des Herstellers kommt in der kommenden Woche in den Handel und soll vor allem mit einer längeren Akkulaufzeit überzeugen.",
        "Im Test hielt das Gerät bei normaler Nutzung fast zwei Tage durch, deutlich länger als das Vorgängermodell aus dem vergangenen Jahr.",
        "Weniger überzeugend ist die Kamera, die bei schlechtem Licht schnell rauscht und Details verschluckt, wie unsere Testbilder zeigen.",
    ]
    out = DropOutsideBody().apply(make_article("Ausdauernder als der Vorgänger", german[0], *specs, *german[1:]))
    assert kept(out) == ["Ausdauernder als der Vorgänger", german[0], *specs, *german[1:]]


def test_body_table_rows_with_figures_inside_the_body_stay() -> None:
    # A table flattened to text, one row a line: a label, then figures ("Bar 15%", "$7.7B").
    # Capitalised like headlines and unannounced, the rows are still content, not links.
    rows = [
        "Service Suggested Tip",
        "Full Service Restaurant 20%",
        "Quick Service Restaurant 15%",
        "Coffee Shop $1 - $2",
        "Food Delivery $2 - $5",
        "Valet Parking $2 - $5",
    ]
    inside = [BODY[0], BODY[1], *rows, BODY[2], BODY[3]]
    out = DropOutsideBody().apply(make_article(*MENU, "How much to tip", *inside, *FOOTER))
    assert kept(out) == ["How much to tip", *inside]


def test_body_table_rows_between_pipes_inside_the_body_stay() -> None:
    # A results table flattened with pipes, next to a box an earlier rule named: its rows hold
    # figures in most cells after the first, where a menu's cells are words and a teaser's
    # source and age hold one figure in two.
    rows = [
        "Key figures",
        "Quarter | 2024 | 2023 | Change",
        "Revenue | $1.12B | $1.08B | +4%",
        "Net Income | $41.8M | $34.0M | +23%",
    ]
    page = on_page("Dairy profit jumps", *BODY[:2], "Related stories", *rows, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Dairy profit jumps", *BODY[:2], *rows, *BODY[2:]]
    teasers = ["Mayor Unveils Budget | Harbour Herald | 2 hours ago", "Bakery Wins Award | Quay Times | 5 hours ago",
               "Home | News | Sport | Weather"]
    page = on_page("Dairy profit jumps", *BODY[:2], "Related stories", *teasers, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Dairy profit jumps", *BODY]


def test_body_a_recipes_ingredients_under_short_titles_stay() -> None:
    # Amounts in lower case under short titles, beside a box an earlier rule named: a recipe's
    # ingredients, not teasers (a teaser that opens with a figure goes on capitalised).
    ingredients = ["Kuori", "2 dl vettä", "1 tl suolaa", "3 dl ruisjauhoja", "Täyte", "1 l maitoa", "½ tl suolaa"]
    page = on_page("Karelian pasties at home: the crimping takes ten tries", *BODY[:2], "Related stories", *ingredients, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Karelian pasties at home: the crimping takes ten tries", *BODY[:2], *ingredients, *BODY[2:]]


def test_body_quotes_and_their_speakers_inside_the_body_stay() -> None:
    # Analysts' one-line quotes, each stopped inside its quote marks and signed after a dash,
    # beside a box an earlier rule named: quotes, not teasers (a teaser's quote ends unstopped).
    quotes = ["“A Clean Beat On Every Line.” — Tom Brandt, Harbor Point Securities",
              "„Die Marge überrascht positiv.“ – Tobias Lenz, Nordbank Research",
              "«Un Trimestre Solide, Sans Plus.» – Claire Dumas, Banque Ouest"]
    page = on_page("Dairy profit jumps", *BODY[:2], "Related stories", *quotes, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Dairy profit jumps", *BODY[:2], *quotes, *BODY[2:]]
    teasers = ["“We Will Not Give Up” – Mayor Fights For Hospital", "“Too Late” – Residents Lose Patience", "Bakery Wins Award"]
    page = on_page("Dairy profit jumps", *BODY[:2], "Related stories", *teasers, *BODY[2:])
    out = DropOutsideBody().apply(boxed(page))
    assert kept(out) == ["Dairy profit jumps", *BODY]


def test_body_label_rows_in_scripts_with_vowel_signs_stay() -> None:
    # A title over label/value rows in Telugu and Hindi: vowel signs are marks, and the rows
    # are a table as much as "Akku: 4500 mAh" is.
    for rows in (["కంట్రోల్ రూమ్ నంబర్లు", "కృష్ణా జిల్లా: 08672-252572", "గుంటూరు జిల్లా: 0863-2234014"],
                 ["हेल्पलाइन नंबर", "पटना ज़िला: 0612-2219810", "गया ज़िला: 0631-2222253"]):
        inside = [BODY[0], BODY[1], *rows, BODY[2], BODY[3]]
        out = DropOutsideBody().apply(make_article(*MENU, "How much to tip", *inside, *FOOTER))
        assert kept(out) == ["How much to tip", *inside], rows


def test_body_teasers_with_leading_figures_or_dates_inside_the_body_dropped() -> None:
    # Teaser headlines carry figures too, but first ("10 Best ...") or as a year or a date.
    for teasers in (
        ["10 Best Hiking Trails Near The City", "5 Things To Do This Weekend", "The 7 Cheapest Cafés In 2025"],
        ["Mayor Unveils Budget - December 16, 2024", "Bakery Wins Award - December 9, 2024", "Road Closed - May 2, 2025"],
    ):
        page = on_page("Council backs tram extension", *BODY[:2], "Related stories", *teasers, *BODY[2:])
        out = DropOutsideBody().apply(boxed(page))
        assert kept(out) == ["Council backs tram extension", *BODY], teasers
        assert set(dropped_here(out).values()) == {"boilerplate.link_list"}


def test_body_list_announced_inside_a_headline_run_stays() -> None:
    # "Die Termine im Überblick:" is capitalised like a headline but announces the list
    # under it: the run of short lines after it is the article's.
    dates = ["Die Termine im Überblick:", "Montag Stadtteilzentrum Nord", "Mittwoch Rathaus", "Freitag Gemeindehaus Süd"]
    german = [
        "Die Verkehrsbetriebe wollen die Anwohner in mehreren Versammlungen über die Bauarbeiten und die geplanten Umleitungen informieren.",
        "Fragen können auch vorab per E-Mail gestellt werden, sie sollen dann in den Versammlungen beantwortet werden, kündigte ein Sprecher an.",
        "Die Stadt rechnet damit, dass die Bauarbeiten im Frühjahr beginnen und etwa zwei Jahre dauern, sofern keine Klagen eingehen.",
    ]
    out = DropOutsideBody().apply(make_article("Bürgerversammlungen zur Linie 4", german[0], *dates, *german[1:]))
    assert kept(out) == ["Bürgerversammlungen zur Linie 4", german[0], *dates, *german[1:]]


# A guide in German whose last prose line announces a list; the footer follows it.
GUIDE = [
    "Wer im Winter mit dem Fahrrad zur Arbeit fährt, sollte sich und sein Rad gut auf Kälte, Nässe und Dunkelheit vorbereiten.",
    "Die meisten Unfälle passieren in der Dämmerung, wenn Autofahrer die Radfahrer zu spät sehen und der Boden glatt ist.",
    "Ein Fachhändler kann die Bremsen und die Beleuchtung vor dem ersten Frost prüfen, das kostet meist nicht mehr als zwanzig Euro.",
]


def test_body_prose_line_ending_in_a_colon_counts_as_prose() -> None:
    announce = (
        "Bevor es losgeht, sollten Sie sich für die kalten und dunklen Tage auf dem Rad zuerst diese beiden Fragen "
        "in aller Ruhe stellen und ehrlich beantworten, am besten gemeinsam mit einem erfahrenen Fachhändler:"
    )
    out = DropOutsideBody().apply(make_article(*MENU, GUIDE[0], announce, *GUIDE[1:], *FOOTER))
    assert kept(out) == [GUIDE[0], announce, *GUIDE[1:]]


def test_body_list_announced_by_the_last_line_kept() -> None:
    announce = "Für die Fahrt im Winter brauchen Sie vor allem die folgende Ausrüstung, die es im Fachhandel gibt:"
    items = ["Spikereifen oder Winterreifen", "Helle Front- und Rückleuchten", "Reflektierende Weste", "Warme Handschuhe"]
    out = DropOutsideBody().apply(make_article(*MENU, *GUIDE, announce, *items))
    assert kept(out) == [*GUIDE, announce, *items]


def test_body_ranked_table_after_the_last_paragraph_kept_footer_dropped() -> None:
    table = [
        "Der Trainingsplan",
        "1 Woche dreimal 20 Minuten locker fahren",
        "2 Woche dreimal 30 Minuten locker fahren",
        "3 Woche viermal 30 Minuten mit zwei kurzen Steigungen",
    ]
    out = DropOutsideBody().apply(make_article(*MENU, *GUIDE, *table, *FOOTER))
    assert kept(out) == [*GUIDE, *table]
    assert dropped(out)["About us"] == "boilerplate.outside_body"


def test_body_rows_under_a_widgets_named_heading_after_the_body_are_the_widgets() -> None:
    # Under a heading an earlier rule named ("Veranstaltungskalender"), rows of dates are an events
    # calendar's, not the article's table; an advert's marker parts nothing.
    rows = ["17. Mai – Nacht der Museen", "18. Mai – Konzert am Marktplatz", "19. Mai – Radtour zum Stausee"]
    for heading, reason, expected in (("Veranstaltungskalender", "boilerplate.navigation", GUIDE), ("Anzeige", "boilerplate.advertisement", [*GUIDE, *rows])):
        article = make_article(*MENU, *GUIDE, heading, *rows, *FOOTER)
        out = DropOutsideBody().apply(article.drop({len(MENU) + len(GUIDE): reason}))
        assert kept(out) == expected, heading


def test_body_bullets_after_the_body_kept_but_not_a_plain_menu() -> None:
    pros = ["Vorteile", "- Günstig im Unterhalt", "- Gut für die Gesundheit", "- Kein Stau am Morgen"]
    out = DropOutsideBody().apply(make_article(*MENU, *GUIDE, *pros, *FOOTER))
    assert kept(out) == [*GUIDE, *pros]
    plain = ["Mehr zum Thema", "Radwege", "Verkehr", "Winterdienst"]
    out = DropOutsideBody().apply(make_article(*MENU, *GUIDE, *plain, *FOOTER))
    assert kept(out) == GUIDE


def test_body_long_line_without_final_stop_does_not_split_the_body() -> None:
    # A paragraph whose final stop got lost in the page's markup (a line break inside a link).
    unstopped = (
        "Die Stadtverwaltung will bis zum nächsten Winter auf sämtlichen Hauptverkehrsrouten einen zuverlässigen "
        "Räumdienst für Fahrradwege einrichten und dafür zusätzliches Personal bei den städtischen Entsorgungsbetrieben "
        "einstellen, wie die Verkehrsdezernentin ankündigte"
    )
    rest = [
        "Der Verkehrsclub begrüßt den Plan, verlangt aber, dass auch die Nebenstraßen in den Wohngebieten geräumt werden.",
        "Im vergangenen Jahr blieben viele Radwege nach Schneefällen tagelang gesperrt, weil das Personal fehlte.",
    ]
    first = "Radfahrer sollen im Winter besser vorankommen, kündigte die Stadt am Montag an."
    out = DropOutsideBody().apply(make_article(*MENU, first, unstopped, *rest, *FOOTER))
    assert kept(out) == [first, unstopped, *rest]


def test_numbered_subheads_with_a_colon_are_not_photo_credits() -> None:
    from newsclean.boilerplate import StripBoilerplate

    heads = ["1. Le Vélo Urbain: Confort et Sécurité", "2. Gazelle Chamonix: Élégance Classique"]
    credit = "Les cyclistes attendent au feu rouge près de la gare. Photo: Jean Dupont/AFP"
    out = StripBoilerplate().apply(make_article(GUIDE[0], heads[0], GUIDE[1], heads[1], GUIDE[2], credit))
    assert kept(out) == [GUIDE[0], heads[0], GUIDE[1], heads[1], GUIDE[2]]
    assert dropped(out)[credit] == "boilerplate.caption"


# --- page metadata above the body, doubled stubs below it ---------------------------------


def test_body_datelines_between_headline_and_body_dropped_headline_kept() -> None:
    for meta in (["Published Jun 4, 2025"], ["By Ann Lee · 12. März 2026", "0 61 views"], ["2025-12-12"]):
        article = make_article(*MENU, "Council backs tram extension to the north", *meta, *BODY, *FOOTER)
        out = DropOutsideBody().apply(article)
        assert kept(out) == ["Council backs tram extension to the north", *BODY], meta


def test_body_a_section_and_age_under_the_standfirst_leave_the_headline_its_place() -> None:
    # Headline, standfirst, then the section and how long ago it went up: the two heading places
    # go to the headline and the standfirst, not to the stamp.
    head = ["Council backs tram extension to the north", "Six new stops between the centre and the northern district"]
    for stamp in ("World · 3 hours ago", "Svet · pred 2 urama", "City desk | 45 min ago", "Monde · il y a 4 heures"):
        out = DropOutsideBody().apply(make_article(*MENU, *head, stamp, *BODY, *FOOTER))
        assert kept(out) == [*head, *BODY], stamp
    # A count's ticker with the time it was updated, over the body's dateline, is the page's stamp too.
    headline = "Run-off in the mayoral race: the two leaders meet again in two weeks"
    for stamp in ("Votes counted in 87% of the districts · Updated 23:50", "Escrutado: 87,4% de las mesas · Actualizado a las 23:41",
                  "Freguesias apuradas: 87% · Atualizado às 23h02"):
        out = DropOutsideBody().apply(make_article(*MENU, headline, stamp, "KOLO (PAP) –", *BODY, *FOOTER))
        assert kept(out) == [headline, "KOLO (PAP) –", *BODY], stamp
    # A headline with a figure after a dash or a bar keeps its place.
    for headline in ("Sawmill to close in Kuopio – 140 jobs at risk", "Budget 2026 | What changes for tenants"):
        out = DropOutsideBody().apply(make_article(*MENU, headline, *BODY, *FOOTER))
        assert kept(out) == [headline, *BODY], headline


def test_body_an_obituarys_headline_with_the_life_years_stays() -> None:
    # A name and the years of a life are no date stamp, though two of five words are figures.
    for headline in ("Minnesord: Birgitta Lindqvist, 1941–2024", "In memoriam: Maie Kuusk (1939–2024)"):
        out = DropOutsideBody().apply(make_article(*MENU, headline, *BODY, *FOOTER))
        assert kept(out) == [headline, *BODY], headline


def test_body_dated_headline_and_figures_in_the_body_stay() -> None:
    # A year in a headline is no dateline; a price range or an announced date inside the body is content.
    inside = [BODY[0], "Typical range: $465 - $980", BODY[1], "Effective from 6/2/2025:", BODY[2], BODY[3]]
    out = DropOutsideBody().apply(make_article(*MENU, "The 10 best tram lines of 2025", *inside, *FOOTER))
    assert kept(out) == ["The 10 best tram lines of 2025", *inside]


def test_body_dateline_opening_the_span_dropped() -> None:
    # The headline is a short sentence that the body's span takes in; the dateline under it goes.
    lead = "Why the council wants a tram, not buses, for the north?"
    out = DropOutsideBody().apply(make_article(*MENU, lead, "Updated on March 12, 2026 at 9:10", *BODY, *FOOTER))
    assert "Updated on March 12, 2026 at 9:10" not in kept(out)
    assert kept(out)[-4:] == BODY


def test_body_line_doubled_in_the_footer_dropped_doubled_headline_left() -> None:
    headline = "Council backs tram extension to the north"
    footer = ["About us", "Contact Me", "Contact Me", "Privacy"]
    out = DropOutsideBody().apply(make_article(*MENU, headline, headline, *BODY, *footer))
    assert kept(out) == [headline, headline, *BODY]  # DropRepeatedParagraphs takes the second copy


def test_body_prose_box_behind_furniture_already_dropped_is_peeled() -> None:
    # Lines an earlier rule dropped (a related-links block) part the sign-up box from the body
    # just as short kept lines would: the box is a light block of its own and goes too.
    related = ["Mehr zum Thema", "Neue Busse für die Linie 7", "Baustelle am Hauptbahnhof verlängert"]
    box = "Jeden Freitag die wichtigsten Nachrichten aus der Region, gratis und jederzeit kündbar."
    article = make_article("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT, *related, box)
    first = len(BERICHT) + 1
    article = article.drop({first + k: "boilerplate.related_block" for k in range(len(related))})
    out = DropOutsideBody().apply(article)
    assert kept(out) == ["Stadtrat beschließt Verlängerung der Linie 4", *BERICHT]
    assert dropped(out)[box] == "boilerplate.outside_body"


def test_body_menu_descriptions_printed_twice_are_not_the_body() -> None:
    # A mega menu whose entries carry a sentence of description, printed at the top and again
    # in the footer: prose that appears twice apart takes no side, so neither copy starts or
    # extends the body.
    menu = [
        "Ratgeber",
        "Unsere Ratgeber erklären Schritt für Schritt, wie Sie Ihre Reise in die Stadt planen und buchen.",
        "Tests",
        "Wir testen Hotels, Züge und Cafés selbst und sagen Ihnen ehrlich, was wir von ihnen halten.",
    ]
    headline = "Stadtrat beschließt Verlängerung der Linie 4"
    out = DropOutsideBody().apply(make_article(*menu, "Anmelden", headline, *BERICHT, "Über uns", *menu, "Impressum"))
    assert kept(out) == [headline, *BERICHT]


def test_body_lede_printed_twice_stays() -> None:
    # The teaser above the byline repeats the first paragraph: a single sentence printed
    # twice is the article's own, not a repeated box, and the body keeps it.
    headline = "Stadtrat beschließt Verlängerung der Linie 4"
    out = DropOutsideBody().apply(make_article(*MENU, headline, BERICHT[0], "Von Anna Schmidt", *BERICHT))
    assert kept(out)[:2] == [headline, BERICHT[0]]
    assert kept(out)[-len(BERICHT) :] == BERICHT


def test_body_lines_peeled_into_a_named_box_take_its_reason() -> None:
    # The sign-up box's first lines are peeled off the body; its last line was already dropped
    # as a subscribe prompt. The peeled lines are part of that box and are reported as such.
    box = [
        "Newsletter",
        "Jetzt kostenlos abonnieren",
        "Jeden Freitag die wichtigsten Nachrichten aus der Region, gratis und jederzeit kündbar.",
    ]
    article = make_article("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT, *box, "Bereits Abonnent? Hier anmelden")
    article = article.drop({len(BERICHT) + 4: "boilerplate.subscribe_prompt"})
    out = DropOutsideBody().apply(article)
    assert kept(out) == ["Stadtrat beschließt Verlängerung der Linie 4", *BERICHT]
    assert {dropped(out)[line] for line in box} == {"boilerplate.subscribe_prompt"}



def test_body_the_articles_first_line_stays_as_its_headline_over_unknown_furniture() -> None:
    # Under the headline: a video label an earlier rule dropped, then the player's line and a
    # byline no rule knew. The article's text opens with its headline, which stays.
    headline = "Council backs tram extension to the north"
    widget = Paragraph("VIDEO: The depot at dawn", "boilerplate.video_widget")
    article = make_article(headline, "Clip is loading...", "Jane Doe", *BODY)
    paragraphs = article.paragraphs
    out = DropOutsideBody().apply(article.replace(paragraphs=(paragraphs[0], widget, *paragraphs[1:])))
    assert kept(out) == [headline, *BODY]
    # Under a consent banner an earlier rule dropped, the first line kept is the article's first.
    out = DropOutsideBody().apply(on_page(headline, "Clip is loading...", "Jane Doe", *BODY))
    assert kept(out) == [headline, *BODY]
    # A site's name or menu recurs on the page ("Example Daily News RSS Feed"): no headline.
    site = "Example Daily News Online"
    article = make_article(site, "Clip is loading...", "Jane Doe", *BODY, f"{site} RSS Feed")
    out = DropOutsideBody().apply(article.replace(paragraphs=(article.paragraphs[0], widget, *article.paragraphs[1:])))
    assert site not in kept(out)
    # Under a banner and a menu, the page's first line is no headline.
    out = DropOutsideBody().apply(on_page(*MENU[:3], headline, "Clip is loading...", "Jane Doe", *BODY))
    assert kept(out)[0] == BODY[0]


@pytest.mark.parametrize(
    ("dateline", "stamp"),
    [
        ("BERLIN (dpa) –", "June 4, 2025"),  # "CITY (agency) –" runs on into the paragraph; a date stamp goes
        ("NAIROBI, KENYA", "LOCAL NEWS"),  # a place in capitals; a section label in capitals goes
        ("Bratislava, 28 June 2025 (TASR)", "Updated 28 June 2025 (edited)"),  # a place and day over the agency's tag
        ("Timișoara, 22 ianuarie", "Miercuri, 22 ianuarie 2025"),  # a place and the day; a weekday and the date with its year goes
        ("Київ, 4 лютого", "Київ, 4 лютого, 14:32"),  # a clock time makes it the page's time stamp
        ("【高崎】", "高崎"),  # a Japanese paper's place in lenticular brackets; a bare two-character label goes
        ("TROMSØ (NTB):", "June 4, 2025"),  # a place and its agency's tag before a colon
        ("GÖTEBORG.", "NYHETER"),  # a place in capitals closed by a full stop, as Nordic papers print it; a section label goes
    ],
)
def test_body_a_dateline_split_off_the_first_paragraph_stays(dateline: str, stamp: str) -> None:
    headline = "Council backs tram extension to the north"
    out = DropOutsideBody().apply(on_page(*MENU, headline, dateline, *BODY))
    assert kept(out) == [headline, dateline, *BODY]
    out = DropOutsideBody().apply(on_page(*MENU, headline, stamp, *BODY))
    assert stamp not in kept(out) and kept(out)[-len(BODY) :] == BODY


def test_body_a_reviews_labelled_stars_above_the_body_stay_and_take_no_headings_place() -> None:
    # "Rating: ★★★★☆" under the headline is the critic's verdict; an unknown byline between them
    # still leaves the headline its place. Bare stars are a reader's rating widget, and go.
    headline = "Review: the Harbour Band light up the summer festival's opening night"
    out = DropOutsideBody().apply(on_page(*MENU, headline, "Jane Doe, music critic", "Rating: ★★★★☆", *BODY))
    assert kept(out) == [headline, "Jane Doe, music critic", "Rating: ★★★★☆", *BODY]
    out = DropOutsideBody().apply(on_page(*MENU, headline, "★★★★☆", *BODY))
    assert kept(out) == [headline, *BODY]
    # A score out of a rating's scale is the critic's too, in words or with a slash.
    for score in ("Score: 7,5/10", "Nilai: 4 dari 5"):
        out = DropOutsideBody().apply(on_page(*MENU, headline, "Jane Doe, music critic", score, *BODY))
        assert kept(out) == [headline, "Jane Doe, music critic", score, *BODY], score


@pytest.mark.parametrize("score", ["Rating: 4 stars out of 5", "रेटिंग: 3.5/5", "التقييم: ★★★★ من 5"])
def test_body_a_score_in_words_or_a_script_with_marks_above_the_body_stays(score: str) -> None:
    # The scale after a few words ("4 stars out of 5"), a label in a script with combining marks
    # ("रेटिंग"), stars over their scale in words ("★★★★ من 5").
    headline = "Review: the Harbour Band light up the summer festival's opening night"
    out = DropOutsideBody().apply(on_page(*MENU, headline, "Jane Doe, music critic", score, *BODY))
    assert kept(out) == [headline, "Jane Doe, music critic", score, *BODY]


def test_body_a_fact_box_naming_people_in_a_script_without_capitals_after_the_body_stays() -> None:
    # A name in Korean, Arabic or Hebrew is one word with no capital: a fact's value all the same
    # ("감독: 윤재희"), where a Latin one-word value is a profile's handle ("Facebook: ExampleNews").
    body = [
        "작은 항구 마을을 배경으로 한 이 영화는 아버지가 남긴 낡은 배를 두고 갈등하는 세 남매의 이야기를 그린다. 조용한 연출이 끝까지 긴장을 놓지 않는다.",
        "주연 배우들은 말없이 서로를 바라보는 장면에서도 관계의 변화를 섬세하게 보여 준다. 파도 소리만 들리는 긴 장면이 이 영화의 가장 큰 매력이다.",
        "다만 마지막 30분의 전개는 다소 서두르는 느낌을 준다. 그럼에도 마지막 장면의 여운은 깊고 오래 남는다.",
        "감독은 실제 어민들을 여러 차례 인터뷰하며 각본을 고쳐 썼다고 한다. 항구의 풍경을 담은 장면 곳곳에서 그 노력이 느껴진다.",
    ]
    facts = ["작품 정보", "감독: 김하늘", "출연: 박서연", "제작: 바다필름"]
    article = on_page("영화 리뷰: 항구의 불빛, 조용한 가족 드라마", *body, *facts, "공유하기", "카카오톡")
    out = DropOutsideBody().apply(article.drop({len(article.paragraphs) - 2: "boilerplate.share_prompt", len(article.paragraphs) - 1: "boilerplate.share_prompt"}))
    assert kept(out) == ["영화 리뷰: 항구의 불빛, 조용한 가족 드라마", *body, *facts]


def test_body_a_match_result_between_byline_and_body_is_no_counter() -> None:
    # Sides and their scores under the headline are the report's result, not a counter's figures.
    headline, result = "Harbour Town climb to second after late winner", "Brookfield Rovers 1 Harbour Town 2"
    out = DropOutsideBody().apply(on_page(*MENU, headline, result, *BODY))
    assert kept(out) == [headline, result, *BODY]
    out = DropOutsideBody().apply(on_page(*MENU, headline, "1 204 views 36 comments", *BODY))
    assert kept(out) == [headline, *BODY]


def test_body_a_headline_whose_unspaced_dots_join_words_is_no_menu() -> None:
    # Korean and Chinese headlines join words with an unspaced dot; a flattened menu spaces them.
    headline = "경부고속도로 안성 부근서 버스·화물차 추돌…1명 사망·15명 부상"
    out = DropOutsideBody().apply(on_page("Home", "News", headline, "기사원문", "최민준 기자", *BODY))
    assert kept(out) == [headline, *BODY]
    out = DropOutsideBody().apply(on_page("Home · News · Region", "Council backs tram extension to the north", *BODY))
    assert kept(out) == ["Council backs tram extension to the north", *BODY]


def test_body_a_japanese_headline_is_counted_in_words_not_characters() -> None:
    # Japanese words are characters to text.words: a headline of 38 characters is no 38-word line.
    headline = "函館の老舗菓子店、クッキー缶をネット限定で発売　人工知能で需要予測し売り切れ防ぐ"
    body = [
        "函館市の老舗菓子店は、道産の小麦とバターを使ったクッキー缶をインターネット限定で発売した。昨年の試験販売では数分で売り切れが続いたため、今回は人工知能を使って注文数を予測する仕組みを取り入れた。",
        "同店によると、人工知能は過去三年分の注文履歴や天候、市内の観光客数などのデータを学習し、一週間先までの需要を予測する。予測に合わせて焼く量を前日に決めることで、売り切れと売れ残りの両方を減らせるという。",
        "缶には函館山の夜景や市電が描かれており、店が制作した短い動画も合わせて数十万回再生された。缶を集めるファンも多く、古い缶を小物入れとして使う様子を紹介する投稿も相次いでいる。",
    ]
    out = DropOutsideBody().apply(on_page("ニュース", headline, "2025年3月12日 5:00", *body))
    assert headline in kept(out)


def test_body_a_breadcrumb_is_a_menu_line_and_the_headline_under_it_stays() -> None:
    for crumbs in ("Home › Nieuws › Regio", "Home / News / Local Politics"):
        out = DropOutsideBody().apply(on_page(crumbs, "Council backs tram extension to the north", "By Jane Doe", *BODY))
        assert crumbs not in kept(out)
        assert kept(out)[:1] == ["Council backs tram extension to the north"]
    # Slashes between longer phrases are the headline's own.
    headline = "Tram or bus / the council weighs both options / vote due in March"
    out = DropOutsideBody().apply(on_page(headline, "By Jane Doe", *BODY))
    assert kept(out)[:1] == [headline]


def test_body_the_headline_block_is_no_run_of_teaser_lines() -> None:
    # Section label, headline and a ticker's author line over the body: three headline-like
    # lines in a row next to furniture, yet the headline block above the body, not a link list.
    out = DropOutsideBody().apply(on_page("Football › Bundesliga › Matchday 26", "Freiburg win the derby against Stuttgart", "Live ticker: Tom Wendt", *BODY))
    assert "Freiburg win the derby against Stuttgart" in kept(out)


def test_body_an_inline_read_also_line_parts_no_paragraphs_at_the_end() -> None:
    # The article's last sentence under an inline "Read also: ..." line is still the body.
    read_also = Paragraph("Read also: Night buses to run every ten minutes", "boilerplate.related_block", "inline_related cue 'read also'")
    article = on_page(*TRAM_ARTICLE[:8], "Nobody was hurt.")
    paragraphs = article.paragraphs
    article = article.replace(paragraphs=(*paragraphs[:-1], read_also, paragraphs[-1], Paragraph("Share", "boilerplate.share_prompt")))
    out = DropOutsideBody().apply(article)
    assert kept(out) == [*TRAM_ARTICLE[:8], "Nobody was hurt."]


@pytest.mark.parametrize("score", ["Final score: 8/10", "Omdöme: 4 av 5", "Rating: ★★★★☆"])
def test_body_a_reviews_score_under_its_last_paragraph_stays_over_a_box(score: str) -> None:
    article = on_page(*MENU, "Review: the Vela X3 lasts two days on a charge", *BODY, score, "Share", "Facebook")
    out = DropOutsideBody().apply(article.drop({len(article.paragraphs) - 2: "boilerplate.share_prompt", len(article.paragraphs) - 1: "boilerplate.share_prompt"}))
    assert kept(out)[-2:] == [BODY[-1], score]


def test_body_labelled_facts_under_a_table_stay_with_it() -> None:
    table = ["Heracles - Twente 1-2 (0-1)", "18. Van Dijk 0-1", "63. Ouedraogo 1-1", "89. Lindqvist 1-2"]
    facts = ["Referee: Marco Verbeek", "Attendance: 12,080", "Red card: Brouwer (Heracles)"]
    out = DropOutsideBody().apply(on_page("Twente win the derby late", *BODY, *table, *facts, "Standings", "Fixtures and results"))
    assert kept(out) == ["Twente win the derby late", *BODY, *table, *facts]


def test_body_the_headline_of_a_page_scraped_twice_is_kept_first() -> None:
    # The whole page twice: the headline is printed again as a whole line, yet no site name.
    headline = "Council backs tram extension to the north after two years"
    top = [headline, "A modern tram crossing a bridge over the river at sunset", "Text by the newsroom"]
    out = DropOutsideBody().apply(on_page("Home | News | Local", *top, *BODY, *top, *BODY))
    assert kept(out)[0] == headline


def test_body_an_interview_in_dashed_turns_goes_on_after_a_box() -> None:
    # The box an earlier rule dropped parts the interview's last turns from the rest: short as
    # they are, they continue the dialogue and stay, with the reporter's closing line.
    turns = [
        "Seoul and Tokyo have restored the full exchange of military intelligence, the adviser said in an interview on Tuesday.",
        "— Why now?",
        "— Because the number of launches has grown. Last year the North carried out more than thirty of them, and we need to see them together.",
        "— Will history not get in the way?",
        "— Historical questions have not gone away, and we do not keep quiet about them. But security cannot wait for them to be settled.",
        "— And Pyongyang?",
        "— Pyongyang criticises the cooperation, of course, and calls it preparation for war, as it always does with anything we do.",
    ]
    tail = ["— What next?", "— The next round of talks will be held in the autumn.", "Park So-yeon reported from Seoul."]
    article = make_article(*turns, "Sign up for our morning newsletter", *tail)
    out = DropOutsideBody().apply(article.drop({len(turns): "boilerplate.subscribe_prompt"}))
    assert kept(out) == [*turns, *tail]
    # Without the dialogue, the same short lines after the box go as the page's.
    plain = [t.removeprefix("— ") for t in turns]
    article = make_article(*plain, "Sign up for our morning newsletter", *[t.removeprefix("— ") for t in tail])
    out = DropOutsideBody().apply(article.drop({len(plain): "boilerplate.subscribe_prompt"}))
    assert kept(out) == plain


def test_body_a_closing_line_after_a_picture_stays() -> None:
    # A picture between the last paragraph and the reporter's closing line does not part them.
    closing = "Santos reported from Manila."
    article = make_article(*TRAM_ARTICLE[:8], "A patrol boat during the exercise. (Reuters)", closing, "Recommended videos")
    out = DropOutsideBody().apply(article.drop({8: "boilerplate.caption", 10: "boilerplate.video_widget"}))
    assert kept(out) == [*TRAM_ARTICLE[:8], closing]


def test_body_a_closing_line_after_a_feedback_link_stays() -> None:
    # "Report an error" set between the last paragraph and the closing line does not part them,
    # with the page's first box under the line; a prompt that asks is no link and parts them.
    closing = "The trial continues on Monday."
    article = make_article(*TRAM_ARTICLE[:8], "Report an error", closing, "More from the courts", "Contact")
    detail = "feedback_prompt cue 'report an error'"
    out = DropOutsideBody().apply(article.drop({8: ("boilerplate.feedback_prompt", detail), 10: "boilerplate.related_block"}))
    assert kept(out) == [*TRAM_ARTICLE[:8], closing]
    article = make_article(*TRAM_ARTICLE[:8], "Was this article helpful?", closing, "More from the courts", "Contact")
    detail = "feedback_prompt cue 'was this article helpful'"
    out = DropOutsideBody().apply(article.drop({8: ("boilerplate.feedback_prompt", detail), 10: "boilerplate.related_block"}))
    assert kept(out) == TRAM_ARTICLE[:8]


def test_body_a_headline_put_as_a_question_stays_over_its_picture() -> None:
    # "… wat betekent dat voor de eilandeconomie?" is the headline, not a sentence that ends the page's top.
    headline = "China schrapt handelsvoordelen voor Taiwan: wat betekent dat voor de eilandeconomie?"
    body = [
        "Peking heeft voor nog eens tientallen Taiwanese producten de verlaagde importtarieven ingetrokken. Taipei spreekt van economische chantage, maar de directe schade lijkt vooralsnog beperkt.",
        "TAIPEI (CNA) – Het Chinese ministerie van Handel maakte dinsdag bekend dat onder meer Taiwanese machineonderdelen, textiel en chemische producten niet langer onder het handelsakkoord uit 2010 vallen.",
        "Volgens Peking heeft Taiwan zijn verplichtingen uit het akkoord niet nagekomen, omdat het zelf nog altijd de invoer van duizenden Chinese producten beperkt. Taipei wijst die uitleg af.",
    ]
    [[out]] = list(default_pipeline().run([[make_article("Bijgewerkt op 5 maart 2025 om 09:14", headline, "Gegenereerd met behulp van AI",
                                                          "Vrachtschepen in de Straat van Taiwan onder een bewolkte lucht", *body)]]))
    assert headline in kept(out)


def test_body_short_closing_sentences_and_a_score_box_over_the_share_bar_stay() -> None:
    # What closes the article right under its last paragraph, with the page's first box straight
    # after it: an interview's last answer and a closing sentence, or a title over labelled facts.
    closing = ["The world championship.", "The team will be welcomed at the station on Tuesday."]
    score = ["The score", "Hosts: 412 (Smith 163, Jones 88)", "Visitors: 198 & 177 (Lee 10/97)"]
    line_ups = ["Goals: 0-1 Baker (12), 1-1 Stone (51)", "Referee: Mark Vogel", "Attendance : 2,350"]
    results = ["Saturday's other results:", "Lions 23 Sharks 20", "Bulls 31 Pumas 18", "Griquas 17 Cheetahs 17"]
    changes = ["What changes for passengers:", "the ride from the station to the centre takes twelve minutes", "park-and-ride places at both new stops"]
    round_results = ["Results of the round", "Maccabi Gilboa – Hapoel Jerusalem 79:84", "Hapoel Holon – Ironi Ness Ziona 88:91"]
    # Items going on in lower case from a plain title: no teaser or headline begins so.
    points = ["Main points of the draft", "a fifty-metre building ban along the shore", "at least one free beach in every town"]
    # Three key figures or more under a plain title, each a quantity in a phrase.
    figures = ["The week in figures", "46,8 degrees in Delhi, a record for May", "250 gigawatts of peak demand",
               "More than 300 admitted to hospital with heatstroke"]
    # Facts under a title, and a closing statement under them.
    trial = ["The trial in brief", "Fleet: 4 electric buses", "Route: Punggol and Tengah", "Length: six months",
             "Fares stay the same as on regular buses."]
    # A remark in brackets before a label's colon is no part of the label.
    numbers = ["Useful numbers", "Ambulance: 15", "Fire brigade: 18", "Heat helpline (free call): 0 800 06 66 66"]
    for tail in (closing, score, line_ups, results, changes, round_results, points, figures, trial, numbers):
        article = make_article(*TRAM_ARTICLE[:8], *tail, "Share this article", "Facebook", "About us", "Contact")
        out = DropOutsideBody().apply(article.drop({8 + len(tail): "boilerplate.share_prompt", 9 + len(tail): "boilerplate.share_prompt"}))
        assert kept(out) == [*TRAM_ARTICLE[:8], *tail]
    # With nothing named after them, the same lines may be the page's: they go; so do a profile's handles.
    for tail in (score, results):
        out = DropOutsideBody().apply(on_page(*TRAM_ARTICLE[:8], *tail, "About us", "Contact", "Careers"))
        assert kept(out) == TRAM_ARTICLE[:8]
    # A prompt that calls out under labelled teasers is the box's, not a closing statement.
    teasers = ["More sports news", "Water polo: Ferencváros reach the final four", "Football: top match in Székesfehérvár tonight",
               "Sign up for our sports newsletter and get the results first!"]
    article = make_article(*TRAM_ARTICLE[:8], *teasers, "Share this article", "About us")
    out = DropOutsideBody().apply(article.drop({12: "boilerplate.share_prompt"}))
    assert kept(out) == TRAM_ARTICLE[:8]
    best = ["Top franchises", "The Best Child Care Franchises of 2024", "The Best Home-Based Franchises of 2024",
            "The Best Fast Food Franchises of 2024"]  # teasers: a year is no quantity
    article = make_article(*TRAM_ARTICLE[:8], *best, "Share this article", "About us")
    out = DropOutsideBody().apply(article.drop({12: "boilerplate.share_prompt"}))
    assert kept(out) == TRAM_ARTICLE[:8]
    models = ["Our mesh systems", "BE22000 Tri-Band Whole Home Mesh WiFi 7 System", "AX3000 Whole Home Mesh WiFi 6 System"]
    article = make_article(*TRAM_ARTICLE[:8], *models, "Share this article", "About us")
    out = DropOutsideBody().apply(article.drop({11: "boilerplate.share_prompt"}))
    assert kept(out) == TRAM_ARTICLE[:8]
    places = ["Find more events in:", "United Kingdom", "Europe", "Global"]
    article = make_article(*TRAM_ARTICLE[:8], *places, "Share this article", "About us")
    out = DropOutsideBody().apply(article.drop({12: "boilerplate.share_prompt"}))
    assert kept(out) == TRAM_ARTICLE[:8]
    handles = ["Follow us", "Facebook: ExampleNews", "Instagram: ExampleNews", "YouTube: ExampleNews"]
    article = make_article(*TRAM_ARTICLE[:8], *handles, "Share this article", "About us")
    out = DropOutsideBody().apply(article.drop({12: "boilerplate.share_prompt"}))
    assert kept(out) == TRAM_ARTICLE[:8]


def test_body_a_headline_printed_again_under_its_picture_stays_under_a_label() -> None:
    # An aggregator's page: a section label, the headline, the picture's AI note and description,
    # the headline again and a dateline. The first copy stays, whatever stands above it.
    headline = "Japan lifts tsunami warning after strong quake off Hokkaido"
    top = ["World", headline, "This image was generated by AI", "Cracked road in a coastal town after an earthquake", headline, "03.12.2025"]
    article = make_article(*top, *BODY, "Related stories", "About us")
    out = DropOutsideBody().apply(article.drop({2: "boilerplate.ai_note", len(top) + len(BODY): "boilerplate.related_block"}))
    assert kept(out)[0] == headline and "Cracked road in a coastal town after an earthquake" not in kept(out)


def test_body_a_page_scraped_twice_keeps_the_first_copy_of_its_opening_paragraphs() -> None:
    # The scraper caught the body's first paragraphs again under the page's furniture: the
    # first copy, under the headline, is the body's start (the repeat stage drops the second).
    headline = "Council backs tram extension to the north"
    furniture = ["Was this article helpful?", "Yes", "No"]  # dropped by an earlier stage
    page = [headline, *BODY, *furniture, headline, BODY[0], BODY[1], "Related", "Night buses return"]
    article = make_article(*page)
    dropped_before = {len(BODY) + 1 + k: ("boilerplate.feedback_prompt", "prompt") for k in range(3)}
    dropped_before.update({len(page) - 2: ("boilerplate.related_block", "heading"), len(page) - 1: ("boilerplate.related_block", "teaser")})
    out = DropOutsideBody().apply(article.drop(dropped_before))
    assert kept(out)[:3] == [headline, BODY[0], BODY[1]]


def test_body_the_headline_under_its_sections_labels_stays() -> None:
    # Two short lines over the body fill the headline block (a byline no rule knew, a box's
    # title); the page's first line is the section's labels, and the headline is under them.
    headline = "Charging nurses to park at work is a quiet scandal"
    for labels in ("Opinion | Column", "辟谣 | 事实核查"):
        out = DropOutsideBody().apply(on_page(labels, headline, "Harriet Moss, health", "What you need to know", *BODY))
        assert headline in kept(out), labels
    # Two words alone may be a box's heading over its first teaser: no labels to pass over.
    out = DropOutsideBody().apply(on_page("More sport", "Handball: Altenburg lose the top match", "Harriet Moss, health", "What you need to know", *BODY))
    assert "Handball: Altenburg lose the top match" not in kept(out)


def test_body_a_listings_rows_with_place_and_time_are_no_menu() -> None:
    # A what's-on guide: each event a row of cells parted by "·", one with a place and a time
    # after a comma. No menu prints those; the rows and the intro above them stay.
    intro = "Spring has reached the valley and the town's calendar is full this weekend, with a wine festival on the square and a farmers' market on Saturday morning."
    rows = [
        "Friday 20 September",
        "Spring wine festival · The Square, 17:00–22:00 · $15 with a tasting glass",
        "Film under the stars · Old Mill amphitheatre, 19:30 · $9",
        "Saturday 21 September",
        "Farmers' market · Community hall, 08:00–13:00 · Free",
        "Art walk through the town · Start at the museum, 10:00 · $6",
    ]
    out = DropOutsideBody().apply(on_page("What to do this weekend: wine, markets and an open-air concert", intro, *rows, *BODY))
    assert kept(out) == ["What to do this weekend: wine, markets and an open-air concert", intro, *rows, *BODY]
    assert DropOutsideBody().apply(on_page(*BODY, "Home · News · Sport · Weather")).paragraphs[-1].dropped  # a menu still goes


def test_body_goal_lines_and_ratings_inside_the_body_are_a_table() -> None:
    # Scorers with their minutes (first, or in brackets) and players' grades: a match's table,
    # not a run of teaser links, even where the page shows furniture around the article.
    table = [
        "23' Radu Patrascu (Braila)",
        "41' Andrei Costache, penalty (Galati)",
        "1:1 Hribar (90.+4)",
        "Our ratings",
        "Bogdan Neagu (goalkeeper) – 7",
        "Andrei Costache – 8",
        "Stefan Buzatu – 9",
    ]
    inside = [BODY[0], BODY[1], *table, BODY[2], BODY[3]]
    out = DropOutsideBody().apply(on_page("Galati win the derby late", *inside, *FOOTER))
    assert kept(out) == ["Galati win the derby late", *inside]


def test_body_a_reviews_verdict_after_the_last_paragraph_stays() -> None:
    # A verdict box (title, rating, pros and cons under one-word headings, a short closing
    # sentence) right after the body is the review's own; the teasers after it are not.
    verdict = [
        "Our verdict",
        "Rating: 4/5",
        "Pros",
        "Excellent espresso",
        "Easy to use",
        "Quiet grinder",
        "Cons",
        "Expensive upkeep",
        "Milk foam too stiff for a flat white",
        "An easy choice for coffee lovers.",
    ]
    teasers = ["Also In Our Test", "Five Capsule Machines Under $300 Tested", "The Best Hand Grinders For Home Baristas"]
    out = DropOutsideBody().apply(on_page("We tested the Brewmaster B3", *BODY, *verdict, *teasers))
    assert kept(out) == ["We tested the Brewmaster B3", *BODY, *verdict]
    # Headings over one item or none, or a third list: a menu's columns, which go.
    menu = ["Classes", "Live in person and online", "Yoga for beginners", "Retreats", "Weekend retreat in the hills",
            "Workshops", "Anatomy for yoga teachers", "Breathing for runners"]
    out = DropOutsideBody().apply(on_page(*BODY, *menu))
    assert kept(out) == BODY


def test_body_key_figures_under_their_title_are_a_table() -> None:
    # An "in numbers" box: figures and what they count, in lower case, under a title. Teasers
    # that open with a figure are titled ("10 Best Tools"), and a forum's post count beside a
    # place and a time is no such box.
    box = ["The fair in numbers", "1 520 traders", "12 stages", "300 000 visitors"]
    inside = [BODY[0], BODY[1], *box, BODY[2], BODY[3]]
    out = DropOutsideBody().apply(on_page("Thousands at the spring fair", *inside, *FOOTER))
    assert kept(out) == ["Thousands at the spring fair", *inside]
    teasers = ["Most Read", "10 Best Tools For Gardeners", "5 Ways To Save Energy", "3 Towns To Visit In Spring"]
    out = DropOutsideBody().apply(on_page("Thousands at the spring fair", BODY[0], BODY[1], *teasers, BODY[2], BODY[3], *FOOTER))
    assert not set(teasers) & set(kept(out))


def test_body_quantities_next_to_a_box_are_the_articles_list() -> None:
    # A recipe's ingredients, an advertiser's note dropped among them: a figure and what it
    # counts, in lower case ("75 g raisins"), make a list, not a run of teaser links.
    ingredients = ["Ingredients", "300 g self-raising flour", "200 g cold butter", "1 egg, beaten", "1 kg apples", "75 g raisins", "2 tsp cinnamon"]
    steps = ["1. Heat the oven to 175 degrees and grease a round tin.", "2. Knead the flour, butter and half the egg into a smooth dough."]
    article = on_page("Old-fashioned apple pie", BODY[0], BODY[1], *ingredients, "In partnership with Example Dairy", "Method", *steps, BODY[2], BODY[3])
    advert = [Paragraph(p.text, "boilerplate.advertisement") if p.text.startswith("In partnership") else p for p in article.paragraphs]
    out = DropOutsideBody().apply(article.replace(paragraphs=tuple(advert)))
    assert kept(out) == ["Old-fashioned apple pie", BODY[0], BODY[1], *ingredients, "Method", *steps, BODY[2], BODY[3]]


def test_body_a_row_of_facts_under_the_headline_stays() -> None:
    # "Prep 20 min · Bake 12 min · Makes 24": every cell a figure and a word, no date. Neither a
    # menu nor the page's metadata ("World · 3 hours ago"), which still go.
    facts = "Prep 20 min · Bake 12 min · Makes 24"
    out = DropOutsideBody().apply(on_page("Crisp oat cookies with cranberries", facts, *BODY))
    assert kept(out) == ["Crisp oat cookies with cranberries", facts, *BODY]
    out = DropOutsideBody().apply(on_page("Crisp oat cookies with cranberries", "World · 3 hours ago · 5 comments", *BODY))
    assert kept(out) == ["Crisp oat cookies with cranberries", *BODY]


def test_body_a_reviews_fact_box_above_the_body_stays() -> None:
    # A review opens with the work's facts: label/value rows, some of them naming people or a
    # genre. A forum's member box (counts and a date) or teasers titled with a colon are no such box.
    box = ["The Salt Road", "Director: Maren Holt", "Starring: Agnes Lowry, Callum Dey, Ruth Penrose", "Running time: 1hr 58min", "Certificate: 12A"]
    headline = "The Salt Road review – a tender, patient drama about a family's last harvest"
    out = DropOutsideBody().apply(on_page(headline, *box, *BODY))
    assert kept(out) == [headline, *box, *BODY]
    member = ["Posts: 116", "Threads: 23", "Joined: Feb 2019", "Reputation: 7"]
    out = DropOutsideBody().apply(on_page(*MENU, *member, *BODY))
    assert not set(member) & set(kept(out))
    teasers = ["Garden Visit: A Secret Garden in Clinton Hill", "Gardening 101: Common Fig", "Holiday Gift Guide: For the Gardener",
               "Greatest Hits: A Garden from Scratch", "Ask the Expert: Pruning Roses"]
    out = DropOutsideBody().apply(on_page(*MENU, *teasers, *BODY))
    assert not set(teasers[:3]) & set(kept(out))  # (the two right above the body are taken for its headline block)


def test_body_a_fact_box_after_the_body_stays_whatever_box_follows_it() -> None:
    # The work's details under a title after a review's last paragraph, one of them a figure, stay
    # even when the box under them is one no rule named ("Watch it here"). Teasers titled with a
    # place and a colon hold no figure, and go with their box.
    facts = ["Facts: The Quiet Harbour", "Director: Lena Morris", "Cast: Tom Reed, Ada Quinn, Joel Hart", "Running time: 104 minutes"]
    shop = ["Watch it here", "Find showtimes near you", "Rent or buy from 4.99"]
    out = DropOutsideBody().apply(on_page("The Quiet Harbour review: a family drama that stays with you", *BODY, *facts, *shop))
    assert kept(out) == ["The Quiet Harbour review: a family drama that stays with you", *BODY, *facts]
    teasers = ["More from the region", "Millbrook: Farmers fear a dry summer", "Eastford: New bridge opens in spring",
               "Old Harbour: School gets a second gym"]
    out = DropOutsideBody().apply(on_page("Council backs tram extension", *BODY, *teasers, "Comments (5)", "Write a comment"))
    assert not set(teasers) & set(kept(out))


def test_body_a_fact_box_with_a_release_line_between_it_and_the_body_stays() -> None:
    # One short line may stand between a review's fact box and its body ("In cinemas from Friday").
    box = ["The Salt Road", "Director: Maren Holt", "Starring: Agnes Lowry, Callum Dey, Ruth Penrose", "Running time: 1hr 58min"]
    headline = "The Salt Road review – a tender, patient drama about a family's last harvest"
    out = DropOutsideBody().apply(on_page(headline, *box, "In cinemas from Friday", *BODY))
    assert kept(out) == [headline, *box, "In cinemas from Friday", *BODY]


def test_body_a_japanese_fact_box_with_full_width_colons_after_the_body_stays() -> None:
    # Japanese labels take a full-width colon and no space ("監督・脚本：…"), and a value of one
    # unspaced run of several characters is a name, not a one-word handle.
    body = [
        "港町を舞台にした家族の物語で、三人のきょうだいが父の残した古い船をどうするかで揺れる。静かな演出が続くが、最後まで目が離せない。",
        "主演の二人は言葉を交わさない場面でも関係の変化を見せる。海の音だけが響く長い場面は、この映画の大きな魅力になっている。",
        "一方で、終盤の展開はやや急ぎ足に感じられた。それでも最後の場面の余韻は深く、見終わった後もしばらく心に残る作品だ。",
        "監督は地元の漁師に何度も話を聞き、脚本を書き直したという。細部まで行き届いた港の描写に、その取材の跡がうかがえる。",
    ]
    facts = ["作品情報", "監督・脚本：北村遥", "出演：中田誠、早川ゆり", "上映時間：118分", "配給：ミナトフィルム"]
    shop = ["この作品を観る", "上映館を探す", "配信で観る"]
    out = DropOutsideBody().apply(on_page("映画評「港の灯」静かな家族劇", *body, *facts, *shop))
    assert kept(out) == ["映画評「港の灯」静かな家族劇", *body, *facts]


def test_body_a_practical_box_of_bulleted_rows_under_subheads_after_the_body_stays() -> None:
    # A travel story's practical box: a title, short subheads each over bulleted rows. Teasers
    # under a related heading after it still go.
    box = ["Practical information", "Getting there", "- Two hours by fast ferry from the port, three sailings a day",
           "Where to stay", "- Guest houses from 60 euros a night, breakfast included",
           "Prices", "- Island bus day ticket 5 euros, bikes 10 euros a day"]
    teasers = ["Cycling the lake shore in a day", "Winter in the north is more than ice"]
    article = boxed(on_page("Two slow days on the island", *BODY, *box, "Related stories", *teasers))
    out = DropOutsideBody().apply(article)
    assert kept(out) == ["Two slow days on the island", *BODY, *box]


def test_body_a_short_heading_over_the_key_points_the_body_opens_with_stays() -> None:
    # "Key points" between headline and body, over three short sentences: the points' heading,
    # not a section's label ("Politics" over a paragraph still goes).
    points = ["The line gets six new stops.", "Work starts next spring.", "The region pays most of the bill."]
    out = DropOutsideBody().apply(on_page(*MENU, "Council backs tram extension", "Key points", *points, *BODY))
    assert kept(out) == ["Council backs tram extension", "Key points", *points, *BODY]
    out = DropOutsideBody().apply(on_page(*MENU, "Council backs tram extension", "Politics", *BODY))
    assert kept(out) == ["Council backs tram extension", *BODY]


@pytest.mark.parametrize(
    "verdict",
    [
        # a title, its scores, bulleted pros and cons (a figure in one), the closing sentence
        ["Verdict", "Rating: ★★★★☆ (4/5)", "Pros", "+ quick to heat up", "+ 30 hours of battery", "Cons", "– loud grinder", "– lukewarm espresso", "A reliable machine for anyone who wants simple controls."],
        # scores per aspect, then pros and cons as labelled lines
        ["Verdict", "Score: 8/10", "Food: ★★★★☆", "Service: ★★★☆☆", "Pros: authentic dishes, big portions, fair prices", "Cons: long waits at weekends, a cramped room", "One of the year's best openings in the old town."],
        # headings of two words that open with a function word, a pro's figure after its label's colon
        ["Our verdict", "Score: 4/5", "The good", "Dodges cables and small toys", "Good battery: 150 minutes", "The bad", "Mopping barely wets the floor", "The app needs an account", "A fine buy for pet owners short of time."],
    ],
)
def test_body_a_reviews_verdict_after_its_last_paragraph_stays(verdict: list[str]) -> None:
    out = DropOutsideBody().apply(on_page(*MENU, "Review: the Vela X3 lasts two days on a charge", *BODY, *verdict, *FOOTER))
    assert kept(out) == ["Review: the Vela X3 lasts two days on a charge", *BODY, *verdict]


def test_body_a_table_over_an_advert_stays_where_job_ads_follow() -> None:
    # The table's rows (label and figure) run on past the advert's label into a box of job ads:
    # the table is the article's, the job ads are a box.
    table = ["Open Positions in May (Change on Last Year)", "Health and Care: 6,840 (+9 %)", "Electrical Trades: 3,120 (+4 %)", "Transport and Logistics: 2,910 (−2 %)"]
    jobs = ["Top Jobs in Your Region", "Care Worker (f/m/d) – City Hospital, Detmold – Full Time", "Electrician for Building Systems (f/m/d) – Gütersloh", "See All Job Offers"]
    article = make_article("Thousands of jobs stay open in the region", *BODY[:2], *table, "Advertisement", *jobs, *BODY[2:], *FOOTER)
    marked = (Paragraph(p.text, "boilerplate.advertisement") if p.text == "Advertisement" else p for p in article.paragraphs)
    out = DropOutsideBody().apply(article.replace(paragraphs=(BANNER, *marked)))
    assert kept(out) == ["Thousands of jobs stay open in the region", *BODY[:2], *table, *BODY[2:]]
    assert {dropped(out)[line] for line in jobs} == {"boilerplate.link_list"}


def test_body_a_partner_papers_name_over_the_headline_goes_where_its_credit_names_it() -> None:
    # An aggregator prints the partner paper's name over the story, then names it again in the
    # picture's credit: the name is no headline.
    page = ["The Harbour Gazette", "Story by Jane Doe", "Council backs tram extension to the north", "© Provided by The Harbour Gazette", *BODY]
    [[out]] = list(default_pipeline().run([[make_article(*page)]]))
    assert kept(out) == ["Council backs tram extension to the north", *BODY]


def test_body_the_headline_over_its_byline_stays_however_far_below_the_body_begins() -> None:
    # A review opens with its headline over its byline, then a box of prices and key points
    # before the first paragraph: the headline is more than four lines above the body.
    headline = "Vireo Nova 9 review: a great camera in a forgettable phone"
    box = ["Vireo Nova 9", "$799 at Amazon", "$799 at Best Buy", "$829 at Vireo", "Bright, smooth display", "Slow charging"]
    [[out]] = list(default_pipeline().run([[make_article("Reviews / Phones", headline, "By Marcus Bell", *box, *BODY)]]))
    assert headline in kept(out)


def test_body_a_reviews_pros_and_cons_printed_above_the_body_stay() -> None:
    # The verdict first: two lists under "The good" / "The bad", a figure inside a measure's word.
    verdict = ["The good", "Excellent main and telephoto cameras", "Bright, smooth 120Hz display", "The bad", "Only three years of updates", "Slow 25W charging"]
    out = DropOutsideBody().apply(on_page(*MENU, "Review: the Vela X3 lasts two days on a charge", *verdict, *BODY, *FOOTER))
    assert kept(out) == ["Review: the Vela X3 lasts two days on a charge", *verdict, *BODY]


def test_body_the_headline_over_a_byline_a_stamp_and_a_widgets_rows_stays() -> None:
    # Between the headline and the body: an author with a desk, a stamp and a price widget's title
    # and rows of figures, six short lines, none a sentence and one worded like a headline.
    headline = "Power prices to pass 300 euros on Thursday morning"
    between = ["Anna Berg (News desk)", "Today 13:05", "Exchange price today (North)", "Average 142.60 EUR/MWh · High 261.30 EUR/MWh"]
    [[out]] = list(default_pipeline().run([[make_article(*MENU[:2], headline, *between, *BODY, *FOOTER)]]))
    assert headline in kept(out)
    # Teasers under a related block's heading are titles: the heading is no headline.
    teasers = ["Ferry fares to rise again in the spring", "New cycle lanes open along the river", "Harbour festival draws record crowds"]
    [[out]] = list(default_pipeline().run([[make_article(*MENU[:2], "More from the region", *teasers, headline, "Today 13:05", *BODY, *FOOTER)]]))
    assert "More from the region" not in kept(out)


def test_body_a_reviews_verdict_above_the_body_stays_under_a_shops_box_an_earlier_rule_dropped() -> None:
    verdict = ["The good", "Excellent main and telephoto cameras", "Bright, smooth 120Hz display", "The bad", "Only three years of updates", "Slow 25W charging"]
    shops = ["$799 at Example Shop", "$829 at Vireo"]
    article = on_page(*MENU, "Review: the Vela X3 lasts two days on a charge", *shops, *verdict, *BODY, *FOOTER)
    marked = (Paragraph(p.text, "boilerplate.navigation") if p.text in shops else p for p in article.paragraphs)
    out = DropOutsideBody().apply(article.replace(paragraphs=tuple(marked)))
    assert kept(out) == ["Review: the Vela X3 lasts two days on a charge", *verdict, *BODY]


def test_body_the_lead_under_the_headline_stays_over_an_advert_and_a_table_of_figures() -> None:
    # The lead (two paragraphs under the headline and byline), an advert's box and a table of the
    # day's figures, then the body: the lead weighs less than the body, yet it is the article's.
    lead = ["The index closed the day 1.2 percent higher at 9,842 points, its best close since the spring, led by the banks.",
            "Traders said expectations for next week's rate decision drove the market for most of the session."]
    table = ["Figures of the day", "Index | Close | Change", "Main index | 9,842.17 | 1.24%", "Banks | 14,210.55 | 2.91%", "Holdings | 8,377.06 | 0.82%",
             "Dollar | 34.51 | 0.08%", "Gold (gram) | 2,941.30 | 0.45%"]
    article = on_page("Shares close higher as the banks lead the market", *lead, "Advertisement", "Zero commission for three months! Open your account in five minutes", *table, *BODY, *FOOTER)
    marked = (Paragraph(p.text, "boilerplate.advertisement") if p.text == "Advertisement" else p for p in article.paragraphs)
    out = DropOutsideBody().apply(article.replace(paragraphs=tuple(marked)))
    assert kept(out)[:3] == ["Shares close higher as the banks lead the market", *lead]
    # A disclosure at the page's top has no headline over it: it stays out.
    disclosure = "This article contains affiliate links, and we may earn a commission when you buy through them."
    out = DropOutsideBody().apply(on_page(disclosure, "Advertisement", *table, *BODY, *FOOTER))
    assert disclosure not in kept(out)


def test_body_a_place_and_its_day_over_a_counter_of_views_stays_as_the_dateline() -> None:
    headline = "Council backs tram extension to the north"
    out = DropOutsideBody().apply(on_page(*MENU, headline, "Harbourtown, 5 March", "Views: 4,512", *BODY))
    assert kept(out) == [headline, "Harbourtown, 5 March", *BODY]


def test_body_the_headline_under_a_menu_of_a_script_without_spaces_between_words_stays() -> None:
    # Chinese, Japanese and Thai menus flatten into short items apart by spaces, where spaces in a
    # headline part longer phrases: the first line under the menu and the crumbs is the headline,
    # over a byline and a live player's lines.
    body = [
        "强台风今天清晨在沿海地区登陆，登陆时中心附近最大风力达到十四级。全市已经启动最高级别的防台风应急响应，所有学校停课。",
        "截至上午九时，全市已紧急转移沿海低洼地区群众三万多人，其中渔船上的船员已经全部撤回岸上，并安置在附近学校和体育馆。",
        "供电部门表示，受强风影响，市区和周边县区累计停电用户约三万户。抢修队伍已在各片区待命，风力减弱后将立即开展抢修工作。",
        "气象台预计，台风登陆后将向西北方向移动，强度逐渐减弱，但未来两天全省仍有大到暴雨，局部地区有特大暴雨，请市民注意防范。",
    ]
    headline, menu = "强台风登陆沿海 全市转移群众三万人 学校停课", ["首页 新闻 直播 天气 民生 财经", "新闻 > 民生 > 台风"]
    out = DropOutsideBody().apply(on_page(*menu, headline, "海滨电视台 记者 王明", "直播｜3万人正在观看", *body))
    assert kept(out)[0] == headline and kept(out)[-4:] == body
    thai = [
        "ฝนที่ตกหนักต่อเนื่องตั้งแต่คืนวันเสาร์ทำให้น้ำป่าไหลหลากเข้าท่วมหมู่บ้านหลายแห่งในอำเภอริมแม่น้ำ เจ้าหน้าที่ต้องอพยพชาวบ้านออกจากพื้นที่เสี่ยงตลอดทั้งคืน",
        "ศูนย์บัญชาการเหตุการณ์จังหวัดรายงานว่าได้เปิดศูนย์พักพิงชั่วคราวแล้วหลายจุด และได้ส่งเรือท้องแบนเข้าไปช่วยเหลือผู้สูงอายุที่ยังติดค้างอยู่ในบ้าน",
        "กรมอุตุนิยมวิทยาคาดว่าฝนจะยังตกหนักต่อเนื่องอีกอย่างน้อยสองวัน จึงขอให้ประชาชนที่อาศัยอยู่ริมน้ำติดตามประกาศอย่างใกล้ชิดและเตรียมพร้อมอพยพ",
        "ผู้ว่าราชการจังหวัดกล่าวว่าจะเร่งสำรวจความเสียหายทันทีที่ระดับน้ำลดลง เพื่อให้ชาวบ้านได้รับเงินช่วยเหลือโดยเร็วที่สุดตามระเบียบของทางราชการ",
    ]
    headline = "น้ำป่าทะลักสามอำเภอ อพยพชาวบ้านกว่าสองพันคน เปิดศูนย์พักพิงแปดจุด"
    out = DropOutsideBody().apply(on_page("หน้าแรก ข่าว ภูมิภาค เศรษฐกิจ กีฬา", "หน้าแรก > ข่าวภูมิภาค > น้ำท่วม", headline, "กองบรรณาธิการข่าวภูมิภาค", "ถ่ายทอดสด", *thai))
    assert kept(out)[0] == headline and kept(out)[-4:] == thai


def test_body_the_headline_under_a_site_name_and_a_menu_heads_its_standfirst_and_a_quote_box() -> None:
    # The site's name, then a menu: the line under them is the headline, over its standfirst,
    # however many lines of a share price's box stand between them and the body.
    headline, standfirst = "Tram operator doubles its profit as ridership returns", "Fares and advertising lift second-quarter results"
    box = ["Citylink Transit 4417", "14.82 +0.61 (+4.3%)", "Market close · 15-minute delay"]
    out = DropOutsideBody().apply(on_page("Marketwatch Daily", "Markets | Companies | Economy | Premium", headline, standfirst, *box, *BODY))
    assert kept(out)[:2] == [headline, standfirst] and kept(out)[-4:] == BODY


def test_body_a_reviews_labelled_score_after_its_last_paragraph_stays_over_a_deals_box() -> None:
    # The critic's score closes the review: the body runs on over it, not the deals under it,
    # above the copyright an earlier rule dropped.
    deals = ["Deals you might like", "These tram passes just dropped to their lowest price", "Save 20% on an annual pass this week"]
    legal = Paragraph("© 2025 Example Media Ltd. All rights reserved.", "boilerplate.legal")
    for score in ("Rating: 4.5 out of 5", "Our score: 7.8/10"):
        article = on_page(*MENU, "Tram line review", *BODY, score, *deals)
        out = DropOutsideBody().apply(article.replace(paragraphs=(*article.paragraphs, legal)))
        assert kept(out)[-5:] == [*BODY, score]


def test_body_the_closing_statement_under_a_box_set_into_the_article_stays() -> None:
    # A sign-up box an earlier rule named stands between the last paragraph and one statement,
    # and a share bar follows it: the statement closes the article. A prompt asks.
    box = [Paragraph("Get our morning briefing in your inbox", "boilerplate.subscribe_prompt"), Paragraph("Sign up", "boilerplate.subscribe_prompt")]
    bar = [Paragraph("Share", "boilerplate.share_prompt"), Paragraph("Facebook", "boilerplate.share_prompt")]

    def page(closing: str, boxed: list[Paragraph]) -> list[str]:
        article = on_page(*MENU, "Tram line to reach the northern district", *BODY)
        paragraphs = (*article.paragraphs, *boxed, Paragraph(closing), *bar, *(Paragraph(line) for line in FOOTER))
        return kept(DropOutsideBody().apply(article.replace(paragraphs=paragraphs)))

    closing = "The first trams should run in 2027."
    assert page(closing, box)[-2:] == [BODY[-1], closing]
    wish = "Enjoy the new line, and happy holidays to all our readers!"  # a wish closes it too
    assert page(wish, box)[-2:] == [BODY[-1], wish]
    asks = "What do you think? Leave a comment below."
    assert asks not in page(asks, box)


def test_body_the_closing_statement_under_a_ticket_box_stays_and_the_box_goes() -> None:
    # A review's credits and rating close the body; a ticket box (a heading and the dates no rule
    # named, over the button the lexicon named) stands between them and one statement, and a
    # share bar follows it: the statement closes the article, the box goes.
    credits = ["Director: Ruth Vale", "Cast: Tom Brandt, Ana Lisle, Joe Marr", "Rating: ★★★★☆"]
    box = ["Tickets", "Next shows 17, 18 and 25 October · from 18 €"]
    button = Paragraph("Buy tickets", "boilerplate.navigation")
    bar = [Paragraph("Share", "boilerplate.share_prompt"), Paragraph("Facebook", "boilerplate.share_prompt")]
    closing = "In January the production tours to the capital."

    def page(*tail: Paragraph) -> list[str]:
        article = on_page(*MENU, "Tram line opera premiere", *BODY)
        return kept(DropOutsideBody().apply(article.replace(paragraphs=(*article.paragraphs, *tail))))

    out = page(*map(Paragraph, credits), *map(Paragraph, box), button, Paragraph(closing), *bar)
    assert out[-5:] == [BODY[-1], *credits, closing]
    assert not set(box) & set(out)
    out = page(*map(Paragraph, box), button, Paragraph(closing), *bar)  # right under the last paragraph
    assert out[-2:] == [BODY[-1], closing]
    # A box the lexicon named no button of, or a statement with no box under it, ends nothing.
    assert closing not in page(*map(Paragraph, box), Paragraph("Tickets from the box office"), Paragraph(closing), *bar)
    assert closing not in page(*map(Paragraph, box), button, Paragraph(closing), *map(Paragraph, FOOTER[:1]))


def test_body_a_place_in_capitals_over_its_paper_s_name_is_the_first_paragraph_s_dateline() -> None:
    # "DOMBÅS (Aftenekspressen):" right over the first paragraph: its dateline, split off by
    # the page, whatever the body's span took in. A section's name over the paper's is none.
    from newsclean.body import _Lines, _run_in_dateline

    for dateline, expected in (("HARBOURTOWN (Evening Courier):", [0]), ("ST. IVES (Cornish Post)", [0]), ("Local news (Evening Courier)", [])):
        assert _run_in_dateline(_Lines.of(make_article(dateline, *BODY)), 1) == expected, dateline


def test_body_a_match_result_with_its_labelled_duration_is_the_article_s_table() -> None:
    # A result's title, the sides with their games ("21-17, 19-21, 21-15", a comma after a
    # score) and "Duration: 68 minutes": the match's own box, not a run of teasers.
    box = ["Men's doubles final", "Lane/Marsh (ENG) vs Okafor/Berg (NOR): 21-17, 19-21, 21-15", "Duration: 68 minutes"]
    article = on_page(*MENU, "Harbourtown pair win the city's first doubles title", *BODY[:2], *box, *BODY[2:], *FOOTER)
    assert set(box) <= set(kept(DropOutsideBody().apply(boxed(article))))


def test_body_the_last_letters_signature_on_a_letters_page_stays() -> None:
    # Each reader's letter signed with a name and a place; the last signature stands over the
    # "write to us" box like an author's line, but the page signs every letter the same way.
    letters = [
        "Heart of the village",
        "I was saddened to read that the county council is consulting on closing the library in our village after sixty years.",
        "Margaret Ellery, Millbrook",
        "Bypass works: who planned this?",
        "For the third time since January the bypass has been reduced to a single lane without any warning to the people using it.",
        "Derek Fane, Upper Harlow",
        "Think of the dogs",
        "Could the organisers of this year's fireworks consider a quieter display, as several owners have asked them to do?",
        "Jo Pritchard, Wexcombe",
    ]
    box = [Paragraph("Have your say", "boilerplate.comments"), Paragraph("Email us your letter of up to 300 words.", "boilerplate.feedback_prompt")]

    def page(*lines: str) -> list[str]:
        article = on_page(*MENU, "Letters: closing the library would be a false economy", *BODY[:2], *lines)
        return kept(DropOutsideBody().apply(article.replace(paragraphs=(*article.paragraphs, *box))))

    assert page(*letters)[-1] == "Jo Pritchard, Wexcombe"
    # One name under the last paragraph, with no letter signed above it: the site's line.
    assert "Jo Pritchard, Wexcombe" not in page(*BODY[2:], "Jo Pritchard, Wexcombe")


def test_body_a_spec_table_and_a_verdict_under_the_rivals_teasers_stay() -> None:
    # Rows that go on from a spec table stay with it, a run of teasers under them goes, and a
    # one-word subhead at the run's foot over the last paragraph is the article's ("Verdict").
    specs = ["Technical data", "Motor: 1.5-litre petrol with an electric motor", "Test consumption: 2.8 l/100 km plus 14.9 kWh/100 km", "Price: €48,990"]
    teasers = [
        "Brandt X3e Review: The Sporty One Among Part-Time Electric Cars",
        "Lundqvist S40 Recharge Long-Term Test: What Is Left After 30,000 km",
        "Tessaro Vela First Drive: More Room, Less Range",
    ]
    verdict = "The Ostra proves that a plug-in hybrid can make sense, as long as you charge it. Whoever does so drives most days on electricity alone."
    article = on_page(*MENU, "Vantor Ostra plug-in hybrid on test", *BODY, *specs, *teasers, "Verdict", verdict, *FOOTER)
    out = kept(DropOutsideBody().apply(article))
    assert set(specs) | {"Verdict", verdict} <= set(out)
    assert not set(teasers) & set(out)


def test_body_a_matchs_line_ups_are_the_articles_table() -> None:
    # Labels over lists of names ("Skovby IF: Poulsen – Holm, Lindberg, …"), no sentence's end:
    # the line-ups of a preview, not a run of teasers.
    lineups = [
        "Missing for Skovby: Mathiasen (suspended), Frost (knee)",
        "Expected line-ups",
        "Skovby IF: Poulsen – Holm, Lindberg, Ahmadi, Krogh – Sørensen, Nørgaard, Juhl – Dalsgaard, Olsen",
        "Vestkysten FC: Thygesen – Bruun, Kofoed, Iversen, Laursen – Bech, Madsen, Sahin – Friis, Lauridsen",
    ]
    article = on_page(*MENU, "Skovby host Vestkysten in the derby", *BODY[:2], *lineups, *BODY[2:], *FOOTER)
    assert set(lineups) <= set(kept(DropOutsideBody().apply(boxed(article))))


def test_body_a_recalls_batch_numbers_and_models_are_the_articles_list() -> None:
    # Lines mostly of digits (batch codes, models with their production months) are the
    # recall's own list, not a run of teasers; a headline spells its figures among words.
    for codes in (
        ["20240815A1、20240815A2、20240816B1", "20240902A1、20240903A1、20240903B2", "20240921C1至20240921C6"],
        ["MK-1200 (04/2022–09/2023)", "MK-1250W (10/2022–01/2024)", "MK-1300S (06/2023–05/2024)"],
    ):
        article = on_page(*MENU, "Maker recalls kettles over a faulty switch", *BODY[:2], *codes, *BODY[2:], *FOOTER)
        assert set(codes) <= set(kept(DropOutsideBody().apply(boxed(article)))), codes


# A review roundup: each tool under its name, a paragraph of prose, then its pros and cons under
# the same labels every time. The last tool's paragraph is short: a few percent of the body.
TOOLS = [
    ("Clipwise", "opens in the browser and needs no install, which made it the quickest to start with on an old laptop"),
    ("Reelcraft", "is the heavyweight of the group, with colour grading and multicam editing that the others leave out"),
    ("Frameday", "aims at people who post every day and want captions, music and a thumbnail in one single go"),
    ("Cutline", "was the surprise of the test: a tiny download that still handles 4K footage without stuttering at all"),
    ("Storyloop", "turns a written script into a rough cut by matching stock clips to each sentence of the text"),
    ("Pixelmill", "has the best sound tools of the lot, with noise removal that rescued a windy interview on the beach"),
    ("Trimly", "is made for phones first, and its vertical templates are the fastest way to a short clip for social media"),
    ("Motionbay", "brings animated titles and transitions that look expensive, though the free plan adds a small watermark"),
]
LAST_TOOL = ["9. Tapeworks", "Tapeworks is free for short clips and runs well on older phones too."]


def _tool(number: int, name: str, what: str) -> list[str]:
    return [
        f"{number}. {name}",
        f"{name} {what}. We edited holiday footage, an interview and a product video with it over two weeks.",
        "Pros",
        "Fast exports and a clean timeline",
        "Fair price for the features",
        "Cons",
        "Few templates for social formats",
    ]


def test_body_a_short_section_parted_by_the_bodys_own_labels_stays() -> None:
    # "Pros" and "Cons" part every section from the next: printed above and below the last tool's
    # short paragraph, they are the article's own labels, and the paragraph is its next section.
    lines = [line for number, (name, what) in enumerate(TOOLS, 1) for line in _tool(number, name, what)]
    share = Paragraph("Share on LinkedIn", "boilerplate.share_prompt")
    article = on_page("The best video editors for beginners", *lines, *LAST_TOOL, *lines[2:7])
    out = DropOutsideBody().apply(article.replace(paragraphs=(*article.paragraphs, share)))
    assert LAST_TOOL[1] in kept(out)
    # With no labels of the body's below it, a short paragraph parted from the body is a box's.
    article = on_page("The best video editors for beginners", *lines, *LAST_TOOL)
    out = DropOutsideBody().apply(article.replace(paragraphs=(*article.paragraphs, share)))
    assert LAST_TOOL[1] not in kept(out)


# An election night in Macedonian: headline, agency, lead; a live map's widget and the mayor's
# results; a short paragraph and two links; then the council's seats and the body.
IZBORI_HEAD = [
    "Бели Извор оди во втор круг: Стојановски води, Трајковска на второ место",
    "МИА",
    "Ниту еден од петмината кандидати за градоначалник на Бели Извор не освои доволно гласови за победа во првиот круг на локалните избори.",
]
IZBORI_BOXES = [
    "Резултати во живо по избирачко место",
    "Легенда: бојата покажува која листа води",
    "+ Зумирај | − Одзумирај",
    "Освежи ги резултатите",
    "Избори за градоначалник",
    "Горан Стојановски (независен) – 38,9 %",
    "Марија Трајковска (Граѓанска листа „Нов Извор“) – 31,4 %",
    "Ненад Петковски – 16,2 %",
    "Ана Димовска – 8,7 %",
    "Бројањето траеше подолго од очекуваното.",
    "Сите резултати од локалните избори",
    "Совет на општината (19 советници)",
    "Граѓанска листа „Нов Извор“ – 6 советници",
    "Независна листа на Горан Стојановски – 5 советници",
    "Коалиција „За Извор“ – 4 советници",
]
IZBORI_BODY = [
    "Трајковска, која досега беше претседателка на Советот, рече дека резултатот е добра основа за вториот круг и дека ќе ги повика помладите гласачи.",
    "Стојановски изјави пред својот штаб дека граѓаните на Бели Извор го кажале својот збор и дека тој ќе ги слуша во следните две недели.",
    "Вториот круг ќе се одржи за две недели, а избирачките места ќе бидат отворени од седум до деветнаесет часот во сите населени места.",
    "Државната изборна комисија треба да ги објави конечните резултати во средата, откако ќе ги разгледа сите приговори од првиот круг.",
]


def test_body_the_lead_over_two_boxes_and_the_results_between_them_stay() -> None:
    # A live map and the mayor's results part the lead from a short sentence, a link and the
    # council's seats from the body: the span misses the lead, which speaks of what the body does
    # ("Бели Извор"), and the result rows in the run of short lines are the article's table.
    out = DropOutsideBody().apply(on_page(*IZBORI_HEAD, *IZBORI_BOXES, *IZBORI_BODY))
    kept_lines = kept(out)
    assert IZBORI_HEAD[0] in kept_lines and IZBORI_HEAD[2] in kept_lines
    assert [line for line in IZBORI_BOXES if "%" in line or "советници" in line] == [line for line in kept_lines if "%" in line or "советници" in line]
    # A lead that shares no word with the body over two boxes is another box: a newsletter's pitch.
    pitch = "Секое утро во вашето сандаче: најважните вести од регионот, бесплатно и без реклами, само со еден клик."
    out = DropOutsideBody().apply(on_page(IZBORI_HEAD[0], IZBORI_HEAD[1], pitch, *IZBORI_BOXES, *IZBORI_BODY))
    assert pitch not in kept(out)


REVIEW = [
    "Николай Ганев снима лятото на едно семейство в стара къща край морето, и първата половина на филма е най-доброто, което българското кино показа тази година.",
    "Проблемът идва във втората половина, когато сценарият започва да обяснява всичко, което вече сме разбрали от погледите на героите.",
    "Ива Стоянова в ролята на по-малката дъщеря е истинското откритие на филма: тя играе с минимални средства и всяка сцена с нея е жива.",
    "Операторът Петър Илиев превръща плажа в почти празна сцена, а музиката остава на заден план и не натрапва чувства, които филмът не е заслужил.",
]
CREDITS = [
    "„Последното лято на Созопол“, България, 2024",
    "Режисьор: Николай Ганев",
    "В ролите: Пламен Димов, Ива Стоянова, Калин Марков",
    "Времетраене: 104 минути",
    "Премиера: 15 март",
]


def test_body_a_reviews_credits_under_a_gallery_stay() -> None:
    # Past the picture's lines an earlier rule dropped, the film's title and its labelled facts,
    # then the next box ("More reviews"): the review's credits, not a footer.
    gallery = [Paragraph("Снимка 3 от 8", "boilerplate.caption"), Paragraph("Кадър от филма. Снимка: Морска вълна филм", "boilerplate.caption")]
    more = [Paragraph("Още ревюта", "boilerplate.related_block"), Paragraph("„Чайка“ в Пловдивския театър: дълго, но си струва", "boilerplate.related_block")]
    page = on_page("Последното лято на Созопол: нежен филм с твърде много обяснения", *REVIEW)
    article = page.replace(paragraphs=(*page.paragraphs, *gallery, *(Paragraph(line) for line in CREDITS), *more))
    assert kept(DropOutsideBody().apply(article))[-len(CREDITS) :] == CREDITS
    # A footer's address box gives an e-mail address: no review's credits.
    footer = ["Kontakt", "Telefon: 02 981 44 10", "Faks: 02 981 44 11", "E-mail: redakcija@primer.bg"]
    contact = page.replace(paragraphs=(*page.paragraphs, *gallery, *(Paragraph(line) for line in footer), *more))
    assert not set(footer) & set(kept(DropOutsideBody().apply(contact)))


def test_body_a_fares_table_stays_and_the_search_form_under_it_goes() -> None:
    # Five fares as label/value rows, then a flight search's heading and fields in the same run
    # of short lines: the table is the article's, the form's lines after it are not.
    body = [
        "Wie in oktober nog even de zon op wil zoeken, hoeft niet de hoofdprijs te betalen. Wij zochten de goedkoopste vluchten uit.",
        "We vergeleken op vrijdag de laagste prijzen voor een enkele reis met vertrek in de eerste week van de herfstvakantie.",
        "De grootste verrassing in het lijstje is Porto. Sinds een prijsvechter in het voorjaar een nieuwe basis opende, zijn de prijzen flink gezakt.",
        "Reizigers doen er goed aan om snel te boeken, want de goedkoopste stoelen zijn volgens kenners meestal binnen enkele dagen weg.",
    ]
    fares = ["Eindhoven – Porto: vanaf € 39", "Schiphol – Málaga: vanaf € 64", "Rotterdam – Alicante: vanaf € 71", "Eindhoven – Sevilla: vanaf € 78"]
    form = ["Vergelijk vliegtickets", "Van", "Naar", "Heen- en terugreis", "Zoeken"]
    page = on_page("Herfstvakantie op een koopje", *body[:2], *fares, *form, *body[2:])
    button = Paragraph("Zoeken", "boilerplate.navigation")  # the form's button, an earlier rule's
    out = DropOutsideBody().apply(page.replace(paragraphs=tuple(button if p.text == "Zoeken" else p for p in page.paragraphs)))
    assert kept(out) == ["Herfstvakantie op een koopje", *body[:2], *fares, *body[2:]]


@pytest.mark.parametrize(
    "box",
    [
        [("Tickets", "boilerplate.navigation"), ("Nächste Termine: 18. und 27. Februar, 19.30 Uhr", None), ("Tickets kaufen", "boilerplate.navigation")],
        [("Soll die Stadt das alte Depot kaufen?", "boilerplate.feedback_prompt", "a reader poll (its question on line 9)"), ("Abstimmen", "boilerplate.feedback_prompt", "a reader poll's button")],
    ],
)
def test_body_a_closing_statement_under_a_ticket_box_or_a_reader_poll_stays(box: list[tuple[str, ...]]) -> None:
    # A box set into the article's end (a ticket box whose heading the lexicon names, a reader
    # poll), then one statement, then the share bar: the statement closes the article.
    closing = "Im Frühjahr stellt die Stadt die Pläne in drei Bürgerversammlungen vor."
    page = on_page("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT)
    lines = [Paragraph(*entry) for entry in box] + [Paragraph(closing), Paragraph("Share on Facebook", "boilerplate.share_prompt")]
    out = DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, *lines)))
    assert closing in kept(out)


def test_body_a_closing_statement_over_a_standings_widget_stays() -> None:
    # A video set into the article's end, one statement, then a standings widget no rule named
    # (its heading, rows with figures, a countdown) over a dropped line: the statement closes
    # the article. Over a footer's menu or a form's question (no figures), it is the box's.
    closing = "Die Rundfahrt endet am Sonntag mit einem Zeitfahren in Augsburg."
    video = [Paragraph("VIDEO: Die letzten Kilometer", "boilerplate.video_widget"), Paragraph("04:12", "boilerplate.video_widget")]
    standings = ["Gesamtwertung – Top 3", "1. K. Brandt (ALB) 11:47:19", "2. M. Hørby (NOR) +0:38", "Start der 4. Etappe in: 15 Std 24 Min"]
    page = on_page("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT)
    tail = [*video, Paragraph(closing), *map(Paragraph, standings), Paragraph("Tags: Radsport", "boilerplate.navigation")]
    out = DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, *tail)))
    assert closing in kept(out) and not set(standings) & set(kept(out))
    footer = [Paragraph("About us", "boilerplate.navigation"), Paragraph(closing), Paragraph("The Company"), Paragraph("Privacy", "boilerplate.legal")]
    out = DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, *footer)))
    assert closing not in kept(out)


def test_body_a_lead_a_little_lower_under_the_page_head_stays_over_a_box() -> None:
    # A menu, the site's name, a story-by line and the headline twice push the lead to the page's
    # sixth line; a live player's, a launch schedule's and a teaser's lines lie between it and the
    # body. The lead is the page's first prose, three paragraphs of two sentences: the article's.
    # One line of a browser's warning there is no lead.
    head = [
        "홈 | 뉴스 | 연예 | 스포츠 | 경제 | 날씨",
        "한빛일보",
        "스토리 작성자: 박지훈 기자 • 1시간",
        "소형 발사체 '해오름-1' 오늘 오후 고흥서 발사…관람 명소와 생중계 시간은",
        "소형 발사체 '해오름-1' 오늘 오후 고흥서 발사…관람 명소와 생중계 시간은",
    ]
    lead = [
        "국내 민간 우주기업 블루웨이브스페이스가 개발한 소형 발사체 '해오름-1'이 오늘 오후 전남 고흥 나로우주센터에서 발사된다. 성공하면 민간 기업이 독자 개발한 발사체로 국내에서 위성을 궤도에 올리는 첫 사례가 된다.",
        "해오름-1은 길이 21m, 무게 약 30t의 2단형 발사체로, 이번에는 대학 연구팀이 만든 초소형 위성 세 기가 실린다. 회사 측은 오전 기상 점검 결과 바람과 구름 모두 발사 기준을 충족했다고 밝혔다.",
        "이번 발사는 지난해 엔진 연소시험 도중 발생한 밸브 결함으로 한 차례 연기된 끝에 이뤄진다. 회사는 이후 1년 가까이 설계를 보완했고, 지난달 최종 연소시험에서 목표 성능을 달성했다고 설명했다.",
    ]
    box = [
        "발사 생중계",
        "발사까지 03:27:14",
        "주요 발사 일정",
        "오후 1시 30분: 추진제 충전 시작",
        "오후 4시 50분: 자동 카운트다운 돌입",
        "오후 5시: 발사",
        "오후 5시 8분: 위성 분리",
        "추천 콘텐츠",
        "'오로라 보러 간다' 올겨울 북유럽 여행 예약 급증 — 여행매거진 · 2일",
    ]
    body = [
        "발사 장면은 나로우주센터에서 약 2km 떨어진 우주발사전망대와 인근 해수욕장에서 볼 수 있다. 고흥군은 관람객이 몰릴 것에 대비해 임시 주차장 세 곳과 셔틀버스를 운영한다고 밝혔다.",
        "전문가들은 이번 발사가 국내 민간 우주산업의 분기점이 될 것으로 보고 있다. 한 대학 항공우주공학과 교수는 \"성공하면 해외 발사체에 의존하던 소형 위성 발사 수요를 국내에서 흡수할 수 있다\"고 평가했다.",
        "고흥군 관계자는 \"발사 30분 전부터는 전망대 진입이 통제될 수 있다\"고 말했다.",
        "기상 악화나 기술적 문제가 생기면 발사는 예비일인 오는 14일로 미뤄진다. 회사는 발사 약 한 시간 뒤 위성과의 첫 교신 결과를 공식 발표할 예정이다.",
    ]
    out = DropOutsideBody().apply(make_article(*head, *lead, *box, *body))
    assert kept(out)[0] == head[-1] and set(lead) <= set(kept(out))
    warning = "사용 중인 브라우저는 오래된 버전입니다. 이 사이트나 다른 사이트가 제대로 보이지 않을 수 있습니다."
    out = DropOutsideBody().apply(make_article(*head, warning, *box, *body))
    assert warning not in kept(out)


def test_body_a_subhead_under_a_widgets_named_button_stays() -> None:
    # A journey planner's links and fields, its button an earlier rule named, then the article's
    # subhead in sentence case over the lines it lists: the button closed the widget. A titled
    # line there ("Why Trust Us") is the widget's.
    planner = ["Trafikk nå", "Kart", "Trafikkmeldinger", "Reiseplanlegger", "Fra", "Til"]
    lines = ["Linje 1 (Frognerseteren): snur på Majorstuen.", "Linje 2 og 3: kjører bare øst for Tøyen.", "Linje 6: innstilt mellom Majorstuen og Tøyen."]
    for subhead, stays in (("Disse linjene berøres", True), ("Slik Bruker Du Reiseplanleggeren", False)):
        page = make_article(*BODY[:3], *planner, "Finn reise", subhead, *lines, *BODY[3:])
        marked = tuple(Paragraph(p.text, "boilerplate.navigation") if p.text == "Finn reise" else p for p in page.paragraphs)
        out = DropOutsideBody().apply(page.replace(paragraphs=marked))
        assert (subhead in kept(out)) == stays and not set(planner) & set(kept(out))


def test_body_a_tables_title_under_a_share_price_widget_stays() -> None:
    # A share price's lines over their data note, which an earlier rule named, then the
    # article's title over its label/value rows: the note closed the widget.
    quote = ["Meblarnia Warta (MWR)", "0,38 zł", "−41,5%"]
    rows = ["Przychody 2024: 612 mln zł", "Strata netto 2024: 87 mln zł", "Zatrudnienie: 914 osób"]
    page = make_article(*BODY[:2], *quote, "GPW, notowania z opóźnieniem 15 min", "Kluczowe dane spółki", *rows, *BODY[2:])
    marked = tuple(Paragraph(p.text, "boilerplate.legal") if p.text.startswith("GPW") else p for p in page.paragraphs)
    out = DropOutsideBody().apply(page.replace(paragraphs=marked))
    assert {"Kluczowe dane spółki", *rows} <= set(kept(out)) and not set(quote) & set(kept(out))


def test_body_a_live_blogs_headline_and_standfirst_over_its_age_and_key_events_stay() -> None:
    # The headline, a standfirst with no full stop, the blog's age an earlier rule dropped, its
    # authors, then the key events' teasers and the pinned post: the headline and the standfirst
    # are the article's. A standfirst-sized line over no byline or age is not taken.
    headline = "Storm Isolde live: 90mph gusts batter west coast as thousands lose power"
    standfirst = "Amber wind warning in force until 9pm; all ferries cancelled and rail lines closed north of Carrow"
    top = [Paragraph("Skip to main content", "boilerplate.navigation"), Paragraph(headline), Paragraph(standfirst)]
    age = Paragraph("Updated 14 minutes ago", "boilerplate.navigation")
    box = [Paragraph("Harriet Okafor and Tom Vell"), Paragraph("Key events", "boilerplate.navigation"),
           Paragraph("2h ago Power cuts reach 38,000 homes"), Paragraph("4h ago Ferries suspended on all western routes")]
    page = Article(id="a1", source="test.txt", paragraphs=(*top, age, *box, *map(Paragraph, BODY)))
    out = DropOutsideBody().apply(page)
    assert kept(out)[:2] == [headline, standfirst]
    page = Article(id="a1", source="test.txt", paragraphs=(*top, *box, *map(Paragraph, BODY)))
    assert standfirst not in kept(DropOutsideBody().apply(page))


def test_body_the_rows_of_a_labelled_list_stay_over_a_widgets_lines() -> None:
    # Drawn numbers, a label and a colon over three items or more: the article's rows, not links,
    # though a ticket checker's short lines follow them in the same run.
    rows = ["Lotto: 3, 14, 22, 29, 35, 46", "Bonus: 7, 18, 26, 31, 40", "Extra: 1, 9, 17, 28, 33"]
    widget = ["Check Your Ticket", "Choose Your Game", "Enter Ticket Number", "Check Now"]
    page = on_page("Lotto jackpot won in the city for the first time in five years", *BODY[:3], *rows, *widget, BODY[3], *FOOTER)
    out = kept(DropOutsideBody().apply(page))
    assert all(row in out for row in rows) and not set(widget) & set(out)


def test_body_a_closing_statement_under_a_photo_box_whose_button_no_rule_named_stays() -> None:
    # A reader-photo box (its pitch gives an e-mail address, its button no rule named), one
    # statement, then the share bar: the statement closes the article; the box goes.
    closing = "Im Frühjahr stellt die Stadt die Pläne in drei Bürgerversammlungen vor."
    box = ["Haben Sie Fotos von der Baustelle? Schicken Sie sie uns: leserfotos@beispiel-zeitung.de", "Foto hochladen"]
    page = on_page("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT)
    share = Paragraph("Share on Facebook", "boilerplate.share_prompt")
    out = kept(DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, *map(Paragraph, box), Paragraph(closing), share))))
    assert closing in out and not set(box) & set(out)
    # The box's heading named by a rule, its pitch (a sentence now) and button not: the same.
    heading = Paragraph("Schicken Sie uns Ihre Fotos", "boilerplate.subscribe_prompt")
    box = [f"{box[0]}.", box[1]]
    out = kept(DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, heading, *map(Paragraph, box), Paragraph(closing), share))))
    assert closing in out and not set(box) & set(out)
    # A comment section's heading and counter are no buttons: a reader's comment under them is no closing line.
    comments = ["Kommentare", "Alle 38 Kommentare anzeigen"]
    comment = "Leser_12: Das hätte man schon vor zehn Jahren beschließen müssen."
    out = kept(DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, share, *map(Paragraph, comments), Paragraph(comment), share))))
    assert comment not in out


def test_body_a_closing_statement_under_an_affiliate_links_notice_stays() -> None:
    # A guide's notice of affiliate links, set between its last pick and a sign-off, then the
    # related block: the sign-off closes the article.
    closing = "Viel Vergnügen beim Schauen und ein schönes Wochenende."
    notice = Paragraph("Dieser Artikel enthält Affiliate-Links.", "boilerplate.legal", "affiliate_disclosure cue 'enthält affiliate-links'")
    related = Paragraph("Mehr zum Thema", "boilerplate.related_block")
    page = on_page("Stadtrat beschließt Verlängerung der Linie 4", *BERICHT)
    out = kept(DropOutsideBody().apply(page.replace(paragraphs=(*page.paragraphs, notice, Paragraph(closing), related))))
    assert closing in out


def test_body_over_a_headline_printed_above_and_below_its_picture_no_line_is_another_headline() -> None:
    # A portal's flattened menu and a partner's name over the headline; the byline, the picture's
    # description and its AI note, then the headline again over the body. The two copies are the
    # headline: the menu above them is not a headline too.
    headline = "Council approves tram extension after two years of debate"
    page = [
        Paragraph("Home News Tech Auto Sport Weather"),
        Paragraph("Northern Courier"),
        Paragraph(headline),
        Paragraph("Story by Jana Petersen • 3h", "boilerplate.byline"),
        Paragraph("A tram at a stop in the city centre", "boilerplate.caption", "describes the picture of the AI note below it"),
        Paragraph("Image generated with AI", "boilerplate.ai_note"),
        Paragraph(headline),
        *map(Paragraph, BODY),
        *map(Paragraph, FOOTER),
    ]
    out = kept(DropOutsideBody().apply(make_article("x").replace(paragraphs=tuple(page))))
    assert out[0] == headline and "Home News Tech Auto Sport Weather" not in out


@pytest.mark.parametrize(
    ("menu", "headline", "standfirst"),
    [
        (
            "News Region Politics Business Culture Sport",
            "Water utility boss denies taking a bribe for the pipe contract",
            "The former director says the cash the detectives found was a loan from his brother.",
        ),
        (
            "Nachrichten Region Politik Wirtschaft Kultur Sport",
            "Ehemaliger Wasserwerkschef bestreitet Bestechung vor Gericht",
            "Der frühere Direktor sagt, das gefundene Bargeld sei ein Darlehen seines Bruders gewesen.",
        ),
    ],
)
def test_body_a_menu_of_spaced_words_over_a_most_read_block_is_not_the_headline(menu: str, headline: str, standfirst: str) -> None:
    # A site's name and its menu flattened into words, a "most read" box, then the headline and
    # its standfirst over the byline: the menu is the page's head, not a second headline.
    page = [
        Paragraph("Regional Courier"),
        Paragraph(menu),
        Paragraph("Most read", "boilerplate.related_block"),
        Paragraph("Night frost expected across the region", "boilerplate.related_block"),
        Paragraph(headline),
        Paragraph(standfirst),
        Paragraph("By Jana Petersen, 14 March 2025", "boilerplate.byline"),
        *map(Paragraph, BODY),
    ]
    out = kept(DropOutsideBody().apply(make_article("x").replace(paragraphs=tuple(page))))
    assert menu not in out and out[:2] == [headline, standfirst]


def test_body_a_headline_and_two_decks_over_the_byline_stay() -> None:
    # Korean and Arabic sites print the headline over one or two decks, then the byline and its
    # date: the three lines are the article's. Lines capitalised like a menu's items over a short
    # one are a menu, however many: the third from the byline goes.
    head = [
        "Cold storage warehouse fire put out after eleven hours, two workers treated for smoke",
        "Flames spread along the insulation panels and a second-stage response was declared",
        "Fire service checks whether the sprinklers worked",
    ]
    menu = ["Download Our Free Regional Salary Guide", "Recruiters and Executive Search for Engineers", "I'm Looking To Hire"]
    for top, stays in ((head, True), (menu, False)):
        page = [
            Paragraph("Regional Courier"),
            Paragraph("News | Politics | Business | Sport", "boilerplate.navigation"),
            *map(Paragraph, top),
            Paragraph("Kim Min-jae, reporter", "boilerplate.byline"),
            Paragraph("Published 2025.03.14 06:12", "boilerplate.byline"),
            *map(Paragraph, BODY),
        ]
        out = kept(DropOutsideBody().apply(make_article("x").replace(paragraphs=tuple(page))))
        assert (top[0] in out) is stays and out[-4:] == BODY, top
        assert not stays or out[:3] == top


def test_body_a_title_cased_headline_without_function_words_stays() -> None:
    # Five capitalised words and no stopword, but the line nearest the body: the headline.
    headline = "Council Approves Northern Tram Extension"
    page = [Paragraph("Regional Courier"), Paragraph(headline), Paragraph("By Jana Petersen, 14 March 2025", "boilerplate.byline"), *map(Paragraph, BODY)]
    out = kept(DropOutsideBody().apply(make_article("x").replace(paragraphs=tuple(page))))
    assert out[0] == headline


def test_body_starts_at_a_japanese_lead_under_share_buttons_over_a_lookup_box_and_a_table() -> None:
    # Headline, desk and reporter, a caption, two share buttons, then the lead of two paragraphs;
    # a result-lookup box and a table of figures part it from the rest of the body. The buttons
    # are no lines of the page's head: the lead is the page's first prose and the body's start.
    head = [
        Paragraph("トップ ＞ 地域 ＞ 教育・子育て"),
        Paragraph("県立高校入試、全日制の合格者1万2104人　実質倍率3年ぶり上昇"),
        Paragraph("2024年3月15日 10:32　更新 14:05", "boilerplate.byline"),
        Paragraph("教育取材班　佐伯健"),
        Paragraph("合格発表の掲示板の前で受験番号を探す受験生ら＝14日午前9時、みなみ市の県立北陵高校（撮影・佐伯健）"),
        Paragraph("ポスト"),
        Paragraph("LINE"),
        Paragraph("リンクをコピー", "boilerplate.share_prompt"),
    ]
    lead = [
        "県教育委員会は14日、2024年度県立高校一般入試の合格者を発表した。全日制62校の募集定員1万3200人に対し、受験者は1万3850人、合格者は1万2104人だった。",
        "受験者を合格者で割った平均実質倍率は1.14倍で、前年度の1.09倍から3年ぶりに上昇した。県教委は、私立高校の授業料支援が拡充された一方で、通学の便がよい公立の人気が根強いとみている。",
    ]
    box = ["＼受験番号で合否をチェック／", "学校名を選んでください ▼", "受験番号（4けた）", "結果を確認する"]
    table = ["主な学校の実質倍率", "学校名｜募集定員｜受験者数｜合格者数｜実質倍率", "北陵（普通）｜320｜451｜320｜1.41", "みなみ中央（普通）｜280｜362｜280｜1.29", "東浜工業（機械）｜120｜104｜102｜1.02"]
    body = [
        "倍率が最も高かったのは北陵高校普通科の1.41倍だった。一方、工業や農業などの専門学科では定員割れが目立ち、県教委は18校の計1096人分について2次募集を行う。",
        "北陵高校では午前9時に掲示板の覆いが外されると、あちこちで歓声が上がった。市内の中学3年、田村あおいさん（15）は母親と抱き合い、友人と何度も記念写真を撮っていた。",
        "2次募集の出願は18日から20日まで受け付け、学力検査は22日に行う。合格発表は26日午前9時で、今年から県教委のウェブサイトでも受験番号で結果を確認できるようになった。",
        "ネットでの発表をめぐっては、アクセスが集中してつながりにくい時間帯もあった。県教委は「次回はサーバーを増強し、混乱がないようにしたい」としている。",
    ]
    page = [*head, *map(Paragraph, lead), *map(Paragraph, box), *map(Paragraph, table), Paragraph("広告", "boilerplate.advertisement"), *map(Paragraph, body)]
    out = kept(DropOutsideBody().apply(make_article("x").replace(paragraphs=tuple(page))))
    assert set(lead) <= set(out) and set(table[1:]) <= set(out) and set(body) <= set(out)


def test_body_a_subhead_under_a_widgets_rows_of_figures_stays() -> None:
    # A traffic widget's label (named by an earlier rule) over its rows, each with a figure, then
    # the article's subhead (no figure, under half as long) over two sentences: the widget ended
    # above it. (German capitalises its nouns: the rows are shaped like teaser titles.)
    lead = [
        "Die Brücke bei Soltau ist marode und wird abgerissen. Dafür wird die A7 ab Freitag um 20 Uhr in beiden Richtungen komplett gesperrt, wie die Autobahn GmbH mitteilte.",
        "Auf dem Abschnitt sind an einem normalen Wochenende rund 60.000 Fahrzeuge unterwegs. Der Fernverkehr wird schon am Walsroder Dreieck über die A27 umgeleitet.",
    ]
    rows = ["A7 Hamburg → Hannover: 12 km Stau vor Soltau-Ost", "A1 Bremen → Osnabrück: stockender Verkehr bei Vechta"]
    subhead = "Ärger in Bispingen"
    after = [
        "Sorgen machen sich vor allem die Anwohner in Bispingen. Dort rollte schon bei der letzten Sperrung der Verkehr stundenlang durch den Ortskern.",
        "Die Polizei will an den Ortseingängen kontrollieren, ob Lastwagen die Dörfer meiden.",
        "Der Neubau der Brücke soll bis Ende 2027 fertig sein und rund 48 Millionen Euro kosten. Bis dahin fließt der Verkehr über ein Provisorium.",
    ]

    def page(label: Paragraph, *lines: str) -> Article:
        paragraphs = [BANNER, *map(Paragraph, lead), label, *map(Paragraph, lines), *map(Paragraph, after)]
        return make_article("x").replace(paragraphs=tuple(paragraphs))

    out = DropOutsideBody().apply(page(Paragraph("Verkehrslage aktuell", "boilerplate.navigation"), *rows, subhead))
    assert kept(out) == [*lead, subhead, *after]
    # A shop's two-word button under its prices is no subhead.
    prices = ["Espressomaschine Modell X mit 12 Bar für 249 Euro bei Shop A", "Espressomaschine Modell Y mit 15 Bar für 299 Euro bei Shop B"]
    out = DropOutsideBody().apply(page(Paragraph("Anzeige", "boilerplate.advertisement"), *prices, "Jetzt kaufen"))
    assert "Jetzt kaufen" in dropped(out)


def test_body_the_pages_first_line_over_a_menu_is_the_sites_name_not_the_headline() -> None:
    # The site's name with its motto, then its menu: the page's head. The headline is the line
    # under them; a headline over a byline of parts with a date is the page's first line itself.
    headline = "Tram line to the north approved after two years of debate"
    page = ["Harbour Herald – news from the coast", "Home | News | Sport | Culture | Weather", headline, *BODY]
    out = kept(DropOutsideBody().apply(on_page(*page)))
    assert out[0] == headline and page[0] not in out
    page = [headline, "Staff reporter | Harbourside | Updated 14 March 2025 07:12", *BODY]
    out = kept(DropOutsideBody().apply(on_page(*page)))
    assert out[0] == headline


def test_body_goes_on_under_a_lookup_widgets_fields() -> None:
    # A Korean broadcaster's lead, a table of pass rates, then a result lookup whose fields the
    # lexicon names: the article's paragraphs under the widget are its own, not a light block
    # after the body.
    page = [
        "HBS 뉴스",
        "전체메뉴",
        "사회 | 교육",
        "올해 첫 검정고시 합격률 78%…응시자 10명 중 4명은 10대",
        "입력 2024.05.29 (14:20)　수정 2024.05.29 (15:02)",
        "정다은 기자",
        "기사 읽어주기 ▶",
        "공유하기",
        "카카오톡",
        "페이스북",
        "올해 제1회 초·중·고졸 학력 검정고시의 평균 합격률이 78%로 집계됐습니다. 교육청은 오늘 오전 10시 홈페이지를 통해 합격자 명단을 발표했습니다.",
        "이번 시험에는 모두 1만 2천여 명이 응시해 9천 5백여 명이 합격했습니다. 특히 학교를 그만두고 곧바로 검정고시를 택한 10대 응시자가 전체의 41%를 차지해 지난해보다 5%포인트 늘었습니다.",
        "지난달 13일 한 시험장에서 수험생들이 입실을 기다리고 있다. (사진=HBS 자료)",
        "과정별 합격 현황",
        "구분 | 응시자 | 합격자 | 합격률",
        "초졸 | 1,020명 | 912명 | 89.4%",
        "중졸 | 3,450명 | 2,811명 | 81.5%",
        "고졸 | 7,730명 | 5,792명 | 74.9%",
        "▶ 합격 여부 바로 확인",
        "성명",
        "생년월일 6자리",
        "수험번호",
        "조회",
        "최고령 합격자는 중졸 과정에 응시한 81살 김순자 씨입니다. 김 씨는 전쟁 통에 초등학교를 마치지 못했다가 3년 전 마을 한글 교실에 다니며 공부를 다시 시작했습니다.",
        "\"이제 손주들 숙제를 봐줄 수 있어요.\"",
        "교육청은 학교 밖 청소년이 늘어나는 만큼 무료 검정고시 강좌와 진로 상담을 확대할 계획이라고 밝혔습니다. 두 번째 시험은 8월 10일에 치러지며, 원서는 6월 중순부터 접수합니다.",
        "합격증명서는 정부 민원 포털에서 바로 발급받을 수 있습니다. 다만 교육청은 합격자 발표를 사칭해 개인정보를 요구하는 문자 메시지가 돌고 있다며 각별한 주의를 당부했습니다.",
        "검정고시 기출문제 무료 풀이! 'HBS 에듀' 앱 설치하기",
        "지금 설치하면 모의고사 3회분을 무료로 드립니다",
        "많이 본 뉴스",
        "1 장맛비 이번 주말 시작…남부 최대 150mm",
        "2 '전세 사기' 피해자 지원 특별법 개정안 국회 통과",
        "3 고속도로 휴게소 음식값 최대 20% 내린다",
        "4 프로야구 올스타전 팬 투표 시작",
        "HBS 홈 | 편성표 | 시청자센터 | 개인정보처리방침",
        "Copyright ⓒ HBS. 무단 전재, 재배포 및 AI 학습 이용 금지",
    ]
    out = kept(DropOutsideBody().apply(StripBoilerplate().apply(make_article(*page))))
    assert set(page[13:18]) <= set(out) and set(page[23:27]) <= set(out)


def test_body_key_points_between_the_headline_and_the_byline_stay_with_the_headline() -> None:
    # Under the page's head: the headline, a label, three points without full stops, then the
    # byline and the body. The walk up from the body stops at two lines; the label and the
    # headline over the points are the article's too.
    head = ["The Harbour Gazette", "Home | City | Region | Business | Sport", "Home » City » Transport"]
    top = ["Council backs tram extension to the northern district", "In brief", "Six new stops between the station and the new housing district", "Work on the line starts next spring", "The region pays most of the 80 million euro bill"]
    [[out]] = list(default_pipeline().run([[make_article(*head, *top, "By Jane Doe", *BODY, *FOOTER)]]))
    assert kept(out) == [*top, *BODY]


def test_body_a_menu_of_capitalised_sections_one_of_them_a_common_word_is_no_headline() -> None:
    # "Zprávy" (news) is a Czech stopword: among six items or more, one such word still makes a menu.
    menu = "Zprávy Region Sport Kultura Počasí Podcasty Předplatné"
    body = [
        "Hasiči v pondělí večer zasahovali u požáru lesa nad obcí, který se rychle šířil kvůli silnému větru. Na místě zasahovalo dvanáct jednotek.",
        "Obyvatelé osady museli na noc opustit své domy a přespali v tělocvičně místní školy. Starosta obce řekl, že lidé se mohou vrátit v úterý ráno.",
        "Podle hasičů oheň zasáhl zhruba dvanáct hektarů borového lesa. Příčinu požáru nyní vyšetřují policisté spolu s odborníky.",
        "Hejtman kraje uvedl, že obci pomůže s opravou poškozené lesní cesty. Kraj na to vyčlení peníze z rezervy.",
    ]
    head = ["Přeskočit na hlavní obsah", menu, "Beroun dnes: 27 °C, jasno, vítr JZ 6 m/s", "Domů › Berounsko › Krimi a nehody"]
    top = ["Lesní požár se přiblížil k domům, hasiči evakuovali osadu", "Oheň zachvátil dvanáct hektarů lesa nad řekou. Obyvatelé osady strávili noc ve škole."]
    [[out]] = list(default_pipeline().run([[make_article(*head, *top, *body)]]))
    assert menu not in kept(out) and set(top + body) <= set(kept(out))
