"""A byline under the headline, below a menu printed one item per line.

The rules look for a name and its role, or a name and its place, only near the page's top: further
down, "Manchester City, Liverpool" is a line of results. A menu printed one short item per line
("Nyheter", "Sport", "Lokalt", …) pushes the headline down without being any of the page's text,
so its items do not count in that distance.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

MENU = ["Tromsø Avis", "Nyheter", "Sport", "Kultur", "Meninger", "Lokalt", "Finnmark"]
ARTICLE = [
    "Ny ferje mellom Tromsø og Skjervøy settes inn fra mars",
    "Fylkeskommunen har signert kontrakt med et rederi i Harstad, og den nye ferja skal gå seks ganger om dagen.",
    "Kari Nilsen",
    "Journalist",
    "Publisert 14.01.2026, kl. 09.12",
    "Den nye ferja har plass til 120 biler og 390 passasjerer, nesten dobbelt så mange som dagens. Den går på batteri det meste av overfarten og lades ved kaia i Skjervøy.",
    "Ordføreren i Skjervøy sier at kommunen har ventet på en større ferje i mange år. Om sommeren har bilistene ofte måttet vente på neste avgang.",
    "Rederiet regner med at ferja blir levert fra verftet i februar. Billettprisene blir de samme som i dag, opplyser fylkeskommunen.",
    "Del artikkelen",
]


def test_a_name_over_its_role_is_a_byline_below_a_menu_of_single_words() -> None:
    out = dropped(clean(*MENU, *ARTICLE))
    assert out.get(ARTICLE[2]) == "boilerplate.byline"
    assert out.get(ARTICLE[3]) == "boilerplate.byline"


def test_the_headline_and_standfirst_over_the_byline_stay() -> None:
    assert set(ARTICLE[:2]) <= set(kept(clean(*MENU, *ARTICLE)))


EDITORS_PICK = [
    "Skip to main content",
    "Valley Radio",
    "News",
    "Sport",
    "Live",
    "Weather",
    "Editor's picks",
    "Recount in Nome: three votes decided the last council seat",
    "After a second count of more than 4,000 ballots, the Centre Party kept its seat on the council by three votes.",
    "Ingrid Saetre",
    "Reporter",
    "Published 14 September 2023, 18:04",
    "Updated 14 September 2023, 21:30",
    "Counting staff sort ballot papers by hand in the council chamber. Photo: Ingrid Saetre / Valley Radio",
    "The election board and eight counting staff sat in the council chamber from nine in the morning, counting every ballot paper by hand.",
    "When the result was ready shortly before five, the margin had grown to three votes. The Conservatives said they would study the minutes before deciding whether to appeal.",
    "A complaint must be lodged within seven days of the board approving the election.",
    "Share",
]


def test_an_editors_pick_label_over_the_headline_under_a_menu_opens_no_block() -> None:
    """The label over the headline names the article itself: the menu above it, printed one item
    per line, is the page's head, so the block opens the page and its headline is no teaser."""
    out = clean(*EDITORS_PICK)
    assert set(EDITORS_PICK[7:9]) <= set(kept(out))
    assert EDITORS_PICK[6] in dropped(out)


FOLLOW = [
    "Wiadomości | Region | Sport",
    "Strajk kierowców autobusów w Częstochowie. Na ulice wyjechała co trzecia linia",
    "Od poniedziałku rano kierowcy nie wyjeżdżają z zajezdni. Żądają podwyżki i krótszych zmian.",
    "Tomasz Wróbel",
    "Obserwuj",
    "24 lutego 2025, 9:17",
    "Kierowcy miejskiego przewoźnika rozpoczęli strajk o czwartej rano. Na trasy wyjechała tylko co trzecia linia, głównie tramwajowa, i część autobusów nocnych.",
    "Związkowcy domagają się podwyżki o 1200 złotych brutto. Zarząd spółki proponuje połowę tej kwoty i zapowiada kolejne rozmowy w środę.",
    "Miasto uruchomiło dodatkowe połączenia kolejowe do dzielnic na obrzeżach. Bilety miesięczne będą honorowane w pociągach do końca strajku.",
    "Udostępnij",
]


def test_a_name_over_its_follow_button_over_the_date_is_a_byline() -> None:
    assert dropped(clean(*FOLLOW)).get(FOLLOW[3]) == "boilerplate.byline"
