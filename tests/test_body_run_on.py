"""The body's end runs on past a low-prose stretch up to the first box an earlier rule named,
and short phrase lists inside the body (pros and cons, a packing list) are content."""

from __future__ import annotations

from conftest import dropped, kept, make_article
from newsclean import Article, Paragraph
from newsclean.body import DropOutsideBody

# A cookie banner an earlier rule dropped: the page around the article shows.
BANNER = Paragraph("Wij gebruiken cookies om uw ervaring op onze website te verbeteren.", "boilerplate.cookie_banner")

HEADLINE = "Van de bank naar de marathon in tien weken"
# A Dutch running guide: the prose of the body.
GIDS = [
    "Wie nog nooit een marathon heeft gelopen, kan het beste beginnen met een rustig schema dat de afstand elke week een klein beetje opbouwt.",
    "In de eerste weken gaat het er vooral om dat je lichaam went aan het vaste ritme van trainen, rusten en weer trainen, zonder blessures.",
    "Daarom staan er in dit schema drie looptrainingen per week, met daartussen altijd een dag waarop je helemaal niet of alleen heel rustig beweegt.",
    "Luister goed naar je lichaam: als je pijn voelt in je knieën of scheenbenen, is het beter om een training over te slaan dan door te lopen.",
    "Goede schoenen zijn de belangrijkste aankoop: laat je in een speciaalzaak adviseren en loop ze in voordat je er een lange duurloop op maakt.",
    "Ook voeding speelt een grote rol, want wie te weinig eet, herstelt slecht en loopt in de laatste weken van het schema tegen een muur aan.",
    "Drink tijdens trainingen van meer dan een uur regelmatig een paar slokken water, ook als je nog geen dorst hebt en het buiten koel is.",
    "Het schema hieronder is gemaakt door trainers van een hardloopvereniging en is getest door een groep lopers die nog nooit een wedstrijd hadden gelopen.",
]
# The schedule: rows of short labels and durations, no sentence among them. Their cost
# outweighs the closing section, so the densest span stops at the last paragraph above.
SCHEMA = [
    line
    for week in range(1, 5)
    for line in (
        f"Week {week}: {week * 30 + 90} min",
        "Maandag: rustdag",
        f"Dinsdag: duurloop {week * 10 + 30} min, zone 2",
        "Woensdag: rustdag",
        f"Donderdag: tempoloop {week * 5 + 20} min, zone 3",
        "Vrijdag: rustdag",
        f"Zondag: duurloop {week * 15 + 60} min",
    )
]
SLOT = [
    "Tot slot",
    "Na tien weken sta je aan de start van je eerste marathon, en dat is al een prestatie waar je trots op mag zijn, wat de klok ook zegt.",
]
# After the article: a share bar an earlier rule dropped, then the site's furniture.
SHARE = Paragraph("Deel dit artikel op Facebook", "boilerplate.share_prompt")
AFTER_BOX = [
    "Meer over hardlopen",
    "Een nieuwe loopbaan in het park trekt elke zaterdag honderden lopers aan, van beginners tot ervaren atleten uit de hele regio.",
    "Contact",
]


def page(*paragraphs: str | Paragraph) -> Article:
    """Whole-page text: the banner, then the paragraphs (a Paragraph keeps its drop)."""
    article = make_article(*(p if isinstance(p, str) else p.text for p in paragraphs))
    marked = tuple(p if isinstance(p, Paragraph) else q for p, q in zip(paragraphs, article.paragraphs))
    return article.replace(paragraphs=(BANNER, *marked))


def test_body_runs_on_over_a_schedule_to_the_box_below_it() -> None:
    article = page(HEADLINE, *GIDS, *SCHEMA, *SLOT, SHARE, *AFTER_BOX)
    out = DropOutsideBody().apply(article)
    assert kept(out) == [HEADLINE, *GIDS, *SCHEMA, *SLOT]
    assert all(dropped(out)[line] for line in AFTER_BOX)  # beyond the box the page goes on


def test_body_runs_on_to_the_page_end_when_no_box_follows() -> None:
    appendix = [
        "Bijlage: Rekken na de training",
        "Kuiten, 30 seconden per been",
        "Hamstrings, 30 seconden per been",
        "Heupbuigers, 20 seconden per kant",
        "Quadriceps, 20 seconden per been",
        "Rug en billen, 40 seconden",
        "Rekken helpt niet tegen spierpijn, maar veel lopers vinden het een prettige manier om de training rustig af te sluiten en te ontspannen.",
    ]
    out = DropOutsideBody().apply(page(HEADLINE, *GIDS, *SCHEMA, *appendix))
    assert kept(out) == [HEADLINE, *GIDS, *SCHEMA, *appendix]


def test_body_does_not_run_on_over_light_furniture_before_the_box() -> None:
    # Tags, a byline and one short sentence before the share bar: the prose on the way is
    # light (below what a peeled box would weigh), so the article ends at its last paragraph.
    furniture = ["Hardlopen", "Marathon", "Door Eva de Vries", "Bedankt voor het lezen."]
    out = DropOutsideBody().apply(page(HEADLINE, *GIDS, *furniture, SHARE, "Meer over hardlopen", "Contact"))
    assert kept(out) == [HEADLINE, *GIDS]
    assert set(furniture) <= set(dropped(out))


def test_body_does_not_run_on_after_a_peeled_box() -> None:
    # The span took in a sign-up box that the peel then cut off: furniture has begun, and
    # the comment further down, past the site's menu, is not run on to.
    box = ["Nieuwsbrief", "Schrijf je in", "Elke week de tips van de trainers voor je in de mail."]
    menu = ["Home", "Nieuws", "Sport", "Cultuur", "Economie", "Wetenschap", "Reizen", "Over ons", "Contact"]
    comment = [
        "Jan, 3 dagen geleden",
        "Ik heb dit schema vorig jaar gevolgd en heb de marathon van Rotterdam uitgelopen, al was het laatste stuk wel zwaar.",
    ]
    out = DropOutsideBody().apply(page(HEADLINE, *GIDS, *box, *menu, *comment))
    assert kept(out) == [HEADLINE, *GIDS]


# --- short phrase lists inside the body -------------------------------------------------------

REVIEW = [
    "El nuevo portátil de la marca llega a las tiendas la próxima semana con un precio de partida que lo sitúa en la gama media del mercado.",
    "Lo hemos probado durante dos semanas de trabajo diario y nos ha sorprendido sobre todo la duración de la batería, que supera las diez horas.",
    "Menos convincente es el teclado, que resulta algo blando, y los altavoces, que suenan metálicos cuando se sube mucho el volumen.",
    "En resumen, es una buena opción para quien busca un equipo ligero para la oficina y no necesita potencia para juegos o edición de vídeo.",
]


def test_body_pros_and_cons_phrases_inside_the_body_stay() -> None:
    # Short phrases in sentence case, not announced by a colon: the review's own verdict,
    # not a run of links.
    pros_cons = ["Lo mejor", "Batería muy duradera", "Pantalla brillante", "Lo peor", "Teclado blando", "Altavoces metálicos"]
    body = [*REVIEW[:2], *pros_cons, *REVIEW[2:]]
    out = DropOutsideBody().apply(page("Un portátil ligero para la oficina", *body))
    assert kept(out) == ["Un portátil ligero para la oficina", *body]


def test_body_packing_list_in_english_inside_the_body_stays() -> None:
    packing = ["Sleeping bag", "Hiking socks", "Camping stove", "Water filter", "First aid kit"]
    body = [
        "A first night in the mountains is less daunting when the pack holds everything you need and nothing you will carry for no reason.",
        "Most beginners pack too much: the list below is what our guides carry on a two-day trip, and it fits in a forty-litre pack.",
        *packing,
        "Food is the one thing you should not skimp on, since a long day of walking uses far more energy than most people expect.",
        "Check the weather the evening before you leave, and tell someone at home which route you plan to take and when you will be back.",
    ]
    out = DropOutsideBody().apply(page("Your first night in the mountains", *body))
    assert kept(out) == ["Your first night in the mountains", *body]


def test_body_menu_of_single_words_and_titled_links_inside_the_body_dropped() -> None:
    # One-word menu items and titled links are no phrase list: the run goes as a link list.
    menu = ["Inicio", "Deportes", "Más Noticias Del Día", "Contacto"]
    body = [*REVIEW[:2], Paragraph("Compartir en Facebook", "boilerplate.share_prompt"), *menu, *REVIEW[2:]]
    out = DropOutsideBody().apply(page("Un portátil ligero para la oficina", *body))
    assert kept(out) == ["Un portátil ligero para la oficina", *REVIEW]
    assert {dropped(out)[line] for line in menu} == {"boilerplate.link_list"}


def test_body_links_ending_on_a_function_word_inside_the_body_dropped() -> None:
    # Phrases cut off at a function word ("Read more about", "News from") are link labels.
    links = ["Read more about", "News from", "Sign up for", "Browse all"]
    body = [
        "A first night in the mountains is less daunting when the pack holds everything you need and nothing you will carry for no reason.",
        "Most beginners pack too much, and what they carry is what they end up regretting on the second day of the walk.",
        Paragraph("Share this article", "boilerplate.share_prompt"),
        *links,
        "Food is the one thing you should not skimp on, since a long day of walking uses far more energy than most people expect.",
        "Check the weather the evening before you leave, and tell someone at home which route you plan to take and when you will be back.",
    ]
    out = DropOutsideBody().apply(page("Your first night in the mountains", *body))
    assert {dropped(out)[line] for line in links} == {"boilerplate.link_list"}
