"""A menu flattened into one line with a hyphenated item, and the article's practical lines.

A site's menu flattened into one line of capitalised words over the headline is the page's head,
an item joined by a hyphen ("E-tidning", "E-paper") among them. An article reports opening hours
on a line of their own ("Radno vrijeme: …") and may end on the date of the next draw in a sentence
("Nākamā izloze notiks sestdien."): a widget's label prints a colon before its value, an article's
sentence does not.
"""

from __future__ import annotations

from conftest import clean, kept

MENU = [
    "Västmanlands Tidning",
    "Nyheter Sport Nöje Familj E-tidning Meny",
    "Sök",
    "Nya bussar ska korta restiden mellan Sala och Västerås",
    "Regionen köper tolv elbussar som ska gå varje halvtimme mellan städerna från hösten. Restiden blir tio minuter kortare än i dag.",
    "Beslutet togs av regionfullmäktige på tisdagen efter en lång debatt. Oppositionen ville hellre satsa på tåg men röstades ned.",
    "Biljetterna kommer att kosta lika mycket som i dag, lovar trafikdirektören. Hon räknar med att fler pendlare väljer bussen.",
    "Dela artikeln",
]


def test_a_flattened_menu_with_a_hyphenated_item_goes_and_the_headline_stays() -> None:
    out = kept(clean(*MENU))
    assert MENU[1] not in out
    assert MENU[3] in out


HOURS = [
    "Naslovnica | Vijesti | Sport | Kultura",
    "Na Bačvicama otvoren novi gradski bazen s tri staze za djecu",
    "Grad Split otvorio je u subotu novi bazen na Bačvicama, prvi koji je izgrađen nakon dvadeset godina. Gradnja je trajala dvije godine i stajala je osam milijuna eura.",
    "Bazen ima olimpijski bazen i tri manje staze za djecu, a u zgradi su i teretana i kafić. Gradonačelnik je rekao da će klubovi imati termine svako jutro.",
    "Radno vrijeme: pon–pet 7–21, sub–ned 9–19",
    "Ulaz za odrasle stoji četiri eura, a djeca do deset godina plivaju besplatno. Godišnja karta za građane Splita košta 180 eura.",
    "Podijeli",
    "Facebook",
    "© 2025 Slobodni Jadran",
]


def test_a_line_of_opening_hours_the_article_reports_stays() -> None:
    assert HOURS[4] in kept(clean(*HOURS))


NEXT_DRAW = [
    "Sākums | Ziņas | Sports | Kultūra",
    "Rēzeknes pensionāre laimē loterijā 250 000 eiro",
    "Kāda 71 gadu veca Rēzeknes iedzīvotāja sestdienas izlozē laimējusi 250 000 eiro, paziņoja Latvijas Loto. Biļeti viņa iegādājās veikalā netālu no mājām.",
    "Pensionāre stāstīja, ka loterijā spēlē jau divdesmit gadus un vienmēr izvēlas tos pašus skaitļus. Naudu viņa plāno atdot mazbērnu izglītībai.",
    "Latvijas Loto atgādina, ka laimestu var saņemt sešu mēnešu laikā pēc izlozes. Šogad tas ir jau trešais lielais laimests Latgalē.",
    "Nākamā izloze notiks sestdien.",
    "Dalīties",
    "© 2025 Latgales Vēstis",
]


def test_a_closing_sentence_about_the_next_draw_stays() -> None:
    assert NEXT_DRAW[5] in kept(clean(*NEXT_DRAW))
