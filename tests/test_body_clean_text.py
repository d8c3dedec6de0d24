"""DropOutsideBody on article text without a page around it (from a feed or an extractor).

Such text ends where the article ends: the subheads, lists and tables after its last
paragraph are the article's, and a run of short capitalised lines in it is a table of
contents, not teasers. Only evidence of a page (a line an earlier rule dropped, a
flattened menu, teasers beside the body, a label printed twice apart) lets the stage cut
the end.
"""

from __future__ import annotations

from conftest import dropped, kept, make_article
from newsclean import Paragraph
from newsclean.body import DropOutsideBody

HEADLINE = "Neue Radwege für die Innenstadt"
ARTIKEL = [
    "Die Stadt will in den kommenden drei Jahren mehr als zwanzig Kilometer neue Radwege bauen, vor allem entlang der großen Ausfallstraßen.",
    "Der Verkehrsausschuss hat das Konzept am Mittwoch mit großer Mehrheit beschlossen, nur zwei Mitglieder stimmten gegen die Pläne der Verwaltung.",
    "Für die Umsetzung sind rund zwölf Millionen Euro vorgesehen, ein Teil davon soll aus einem Förderprogramm des Bundes kommen.",
    "Die Händler in der Innenstadt fürchten, dass mit den Radwegen Parkplätze wegfallen, und wollen ihre Bedenken in einer Anhörung vortragen.",
]
# After the last paragraph: a subhead and an unbulleted list, the article's own.
SCHLUSS = ["Die wichtigsten Strecken", "Ringstraße zwischen Bahnhof und Rathaus", "Uferweg am Kanal", "Nordallee bis zum Klinikum"]


def test_body_clean_text_keeps_subhead_and_list_after_the_last_paragraph() -> None:
    article = make_article(HEADLINE, *ARTIKEL, *SCHLUSS)
    assert DropOutsideBody().apply(article) == article


def test_body_same_tail_on_a_page_is_cut() -> None:
    # The negative: the same lines under a cookie banner an earlier rule dropped.
    banner = Paragraph("Wir verwenden Cookies, um Ihnen ein besseres Nutzungserlebnis zu bieten.", "boilerplate.cookie_banner")
    article = make_article(HEADLINE, *ARTIKEL, *SCHLUSS)
    out = DropOutsideBody().apply(article.replace(paragraphs=(banner, *article.paragraphs)))
    assert kept(out) == [HEADLINE, *ARTIKEL]
    assert {dropped(out)[line] for line in SCHLUSS} == {"boilerplate.outside_body"}


def test_body_page_signs_in_the_text_itself_let_the_end_be_cut() -> None:
    signs = {
        "flattened menu": (["Inicio | Política | Deportes | Cultura"], []),
        "label printed twice apart": (["Diario del Puerto"], ["Diario del Puerto"]),
        "teasers beside the body": ([], ["Nuevo Horario De Verano", "El Alcalde Presenta Su Plan", "Cierra La Piscina Municipal"]),
    }
    articulo = [
        "El ayuntamiento aprobó el martes la ampliación del carril bici hasta el nuevo barrio del norte, tras dos años de debate en el pleno.",
        "La obra costará unos doce millones de euros y la mayor parte la pagará el gobierno regional, según explicó la concejala de movilidad.",
        "Los comerciantes del centro temen perder plazas de aparcamiento y han pedido una reunión con el alcalde antes de que empiecen las obras.",
        "Las obras empezarán en primavera y deberían durar unos dos años, siempre que no haya recursos ante los tribunales.",
    ]
    tail = ["Los tramos previstos", "Avenida del Puerto hasta la estación", "Paseo del río"]
    for name, (before, after) in signs.items():
        out = DropOutsideBody().apply(make_article(*before, "Más carriles bici para el centro", *articulo, *tail, *after))
        assert not set(tail) & set(kept(out)), name
    # Without any of them the same text keeps its tail.
    out = DropOutsideBody().apply(make_article("Más carriles bici para el centro", *articulo, *tail))
    assert kept(out)[-len(tail) :] == tail


def test_body_clean_text_keeps_a_table_of_contents() -> None:
    # A run of short capitalised lines inside the body: on a page, teasers; in article
    # text with no page around it, the article's table of contents.
    inhoud = ["Wat Kost Een Warmtepomp", "Subsidie En Leningen", "Ervaringen Van Bewoners"]
    artikel = [
        "Steeds meer huiseigenaren overwegen een warmtepomp, nu de gasprijs hoog blijft en de overheid de aanschaf met subsidie ondersteunt.",
        "In dit artikel zetten we op een rij wat een warmtepomp kost, welke regelingen er zijn en wat bewoners ervan vinden.",
        "Een hybride warmtepomp kost inclusief installatie tussen de vier en zeven duizend euro, een volledig elektrische is duurder.",
        "Bewoners die al zijn overgestapt zijn over het algemeen tevreden, al klagen sommigen over het geluid van de buitenunit.",
    ]
    article = make_article("Is een warmtepomp de moeite waard?", *artikel[:2], *inhoud, *artikel[2:])
    assert kept(DropOutsideBody().apply(article)) == ["Is een warmtepomp de moeite waard?", *artikel[:2], *inhoud, *artikel[2:]]


def test_body_doubled_headline_is_not_a_page_sign() -> None:
    # A headline printed twice in a row is a doubled line, not a label printed twice apart.
    tekst = [
        "Rada miasta zdecydowała we wtorek o przedłużeniu linii tramwajowej do nowego osiedla na północy, po dwóch latach sporów.",
        "Budowa ma kosztować około osiemdziesięciu milionów złotych, a większą część pieniędzy ma wyłożyć samorząd województwa.",
        "Opozycja chciała, żeby te pieniądze przeznaczyć na autobusy, które dojeżdżałyby także do okolicznych wsi.",
        "Prace mają się zacząć wiosną i potrwać około dwóch lat, jeśli nikt nie złoży odwołania do sądu.",
    ]
    tail = ["Nowe przystanki", "przy szpitalu miejskim na północy", "na osiedlu nad rzeką"]
    headline = "Tramwaj pojedzie dalej na północ"
    out = DropOutsideBody().apply(make_article(headline, headline, *tekst, *tail))
    assert kept(out)[-len(tail) :] == tail
