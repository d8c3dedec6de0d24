"""Lists and tables of the article's that a widget's shape hid, and dates that are no byline's.

A list of names each with its grade after a dash ("Anse Kervel – Bonne"), the grades few and
shared, is a rating's table; a list of names each with its place after a comma is a guide's
winners; a table's header and title at the foot of a run of short lines head the rows below.
A header's worded cell names its column whatever figure it holds ("3. čtvrtletí", "92号汽油").
A bracketed country after a film's title is no photographer's credit, nor is a unit in brackets
("(лв./л)"), and "1965 to 1975" holds no date. A live ticker's entries open with their time: the
line with none under them is the headline. Two "label: value" rows under a video's heading are a
list, and the short line over them its title. A place, a dash and a name of words without capitals
by the date stamp is an Arabic byline ("جدة – سارة الحربي"), not the headline's second line.
"""

from __future__ import annotations

import pytest

from conftest import clean, dropped, kept
from newsclean.text import header_over, words

HEAD = [
    "Accueil | Actualités | Région | Sports | Culture",
    "Qualité des eaux de baignade : trois plages du littoral déclassées cet été",
    "L'agence régionale de santé a publié mardi le bilan de la saison. Sur les douze sites surveillés, neuf obtiennent un classement satisfaisant, trois restent sous surveillance.",
    "Les prélèvements ont été réalisés chaque semaine de juin à septembre. Les épisodes de pluie d'août expliquent la plupart des dépassements, selon les services de l'État.",
    "PUBLICITÉ",
    "Protégez votre peau tout l'été ! Crème solaire SPF50 résistante à l'eau, -30 % cette semaine en pharmacie.",
    "Le classement par plage",
]
GRADES = [
    "Plage Saint-Michel – Excellente",
    "Plage Kerhallet – Excellente",
    "Anse Kervel – Bonne",
    "Grande Plage – Bonne",
    "Port Blanc – Suffisante",
    "Pointe Keriolet – Insuffisante",
]
TAIL = [
    "À lire aussi : Algues vertes, la préfecture ferme deux plages de la baie",
    "Le maire de la commune concernée a annoncé des travaux sur le réseau d'eaux pluviales. Ils doivent débuter à l'automne et durer six mois, pour un coût de 1,2 million d'euros.",
    "Les baigneurs peuvent consulter les résultats des analyses affichés à l'entrée de chaque plage. La mairie rappelle que la baignade reste autorisée sur les sites classés suffisants.",
    "Partager",
    "Facebook",
    "Copier le lien",
    "© Ouest Littoral 2025 – Tous droits réservés",
]


def test_a_rating_list_of_names_and_shared_grades_stays() -> None:
    out = clean(*HEAD, *GRADES, *TAIL)
    assert set(GRADES) <= set(kept(out))
    assert TAIL[0] in dropped(out)


IT = [
    "Home | Cronaca | Politica | Economia | Sport | Cucina",
    "Guida Osterie 2026, il Sud fa il pieno di premi: ecco tutti i nuovi locali",
    "Sono undici i locali che entrano per la prima volta nella selezione dei migliori della guida. La cerimonia si è svolta ieri sera a Milano davanti a oltre cinquecento ospiti.",
    "Quest'anno gli ispettori hanno visitato più di duemila locali in tutta Italia, con una particolare attenzione alle cucine di territorio e ai prezzi contenuti.",
    "Prenota il tuo tavolo",
    "I nuovi premiati",
    "Trattoria del Ponte, Matera",
    "Osteria Santa Lucia, Lecce",
    "La Vecchia Dispensa, Castellammare di Stabia (Napoli)",
    "Antica Locanda del Borgo, Spoleto (Perugia)",
    "Bottega del Mare, Trapani",
    "Cucina Nonna Rosa, Pescara",
    "Secondo il curatore della guida, il premio racconta un'Italia che riscopre la cucina semplice. Molti dei locali premiati hanno meno di quaranta coperti e un menù che cambia ogni settimana.",
    "Leggi anche",
    "I prezzi al ristorante sono saliti del 6% in un anno",
    "Condividi",
    "© Riproduzione riservata",
]


def test_a_list_of_names_with_their_places_stays_under_a_booking_widget() -> None:
    out = clean(*IT)
    assert set(IT[5:12]) <= set(kept(out))
    assert "Leggi anche" in dropped(out)


SV = [
    "Nyheter | Motor | Sport | Kultur | Ekonomi",
    "Elbilen Norrland E5 vann Årets bil – tio poäng före tvåan",
    "Juryn av trettio motorjournalister röstade fram vinnaren på onsdagen. Det är första gången en svensktillverkad elbil vinner sedan utmärkelsen instiftades.",
    "Juryn lyfte fram bilens räckvidd och det rymliga baksätet, men också priset, som ligger under genomsnittet för bilar i samma klass.",
    "Norrland E5 Långräckvidd Edition",
    "Välj färg",
    "Beräkna månadskostnad",
    "Så röstade juryn",
    "Placering | Bil | Poäng",
    "1 | Norrland E5 | 298",
    "2 | Kaito Sora | 288",
    "3 | Marello Vento | 241",
    "4 | Arden X3 | 199",
    "Tvåan Kaito Sora fick beröm för sin låga förbrukning. Juryn tyckte dock att bagageutrymmet var för litet för en familjebil i den storleken.",
    "Priset delas ut vid en gala i Göteborg i mars. Vinnaren får då också ett pris för bästa design.",
    "Läs också",
    "Så mycket kostar det att ladda elbilen i vinter",
    "Dela",
    "Kopiera länk",
]


def test_a_tables_title_and_header_under_a_widget_stay_with_its_rows() -> None:
    out = clean(*SV)
    assert {"Så röstade juryn", "Placering | Bil | Poäng", "1 | Norrland E5 | 298"} <= set(kept(out))
    assert {"Välj färg", "Beräkna månadskostnad", "Läs också"} <= set(dropped(out))


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("Ukazatel | 1. čtvrtletí | 2. čtvrtletí | 3. čtvrtletí", "Tržby (mld. Kč) | 3,52 | 3,71 | 3,84"),
        ("城市 | 92号汽油（元/升） | 95号汽油（元/升） | 0号柴油（元/升）", "北京 | 7.38 | 7.86 | 7.06"),
        ("Item | 3rd quarter 2024 | 2nd quarter 2025 | 3rd quarter 2025", "Revenue (m) | 512.7 | 530.1 | 498.3"),
    ],
)
def test_a_worded_header_cell_names_its_column_whatever_figure_it_holds(header: str, row: str) -> None:
    assert header_over(header, row)


def test_a_row_of_figures_is_no_header_over_the_next() -> None:
    assert not header_over("Alpha 2024 | 12 | 13", "Beta | 14 | 15")


def test_a_tables_rows_of_three_decimals_under_a_worded_header_are_no_bookmakers_odds() -> None:
    table = ["Ukazatel | 1. čtvrtletí | 2. čtvrtletí | 3. čtvrtletí", "Tržby (mld. Kč) | 3,52 | 3,71 | 3,84", "Zisk (mld. Kč) | 0,41 | 0,45 | 0,38"]
    body = [
        "Strojírny zvýšily zisk, zakázky rostou třetí čtvrtletí za sebou",
        "Firma ve čtvrtek zveřejnila hospodářské výsledky za třetí čtvrtletí. Tržby meziročně vzrostly o devět procent, zisk ale mírně klesl kvůli dražší energii.",
        "Generální ředitel uvedl, že firma letos přijala dvě stě nových lidí a příští rok otevře montážní halu v Přerově.",
        "Hlavní čísla",
        *table,
        "Analytici výsledky hodnotí jako solidní. Akcie firmy na zprávu reagovaly mírným poklesem, během dne ztratily necelá dvě procenta.",
        "Firma zároveň potvrdila výhled na celý rok a počítá s tržbami kolem patnácti miliard korun.",
    ]
    assert set(table) <= set(kept(clean(*body)))


def test_a_bracketed_country_after_a_films_title_is_no_credit() -> None:
    from newsclean.boilerplate.rules import _credit_tail

    assert _credit_tail("Prix du jury : Anna Berg-Lindqvist pour « La Route du sel de Gotland » (Suède)") is None
    assert _credit_tail("Le ministre lors d'une conférence de presse à Tokyo. (Kyodo)") == "(Kyodo)"


def test_two_years_are_no_date() -> None:
    from newsclean.body import _meta_like

    headline = "Tuổi nghỉ hưu của người sinh từ năm 1965 đến 1975 thay đổi thế nào"
    assert not _meta_like(headline, words(headline))
    assert _meta_like("Thứ hai, 10/3/2025, 06:30", words("Thứ hai, 10/3/2025, 06:30"))


@pytest.mark.parametrize(
    ("line", "meta"),
    [
        ("2025年11月23日 6:00（最終更新 11月23日 8:41）", True),  # a Japanese paper's date stamp: its characters count as words
        ("2024년 6월 18일 09:30 수정", True),
        ("上海2024年6月18日电 /美通社/ --", False),  # a press release's dateline runs into the body
    ],
)
def test_an_east_asian_date_stamp_is_page_metadata(line: str, meta: bool) -> None:
    from newsclean.body import _meta_like

    assert _meta_like(line, words(line)) == meta


def test_a_unit_in_brackets_is_no_credit() -> None:
    from newsclean.boilerplate.rules import _credit_tail

    assert _credit_tail("Средни цени на горивата по вериги бензиностанции (лв./л)") is None
    assert _credit_tail("Demonstranten vor dem Kanzleramt in Berlin am Montag (AP Photo/Jane Doe)") == "(AP Photo/Jane Doe)"


LV = [
    "Sākums | Latvijā | Pasaulē | Ekonomika | Sports | Izklaide",
    "TIEŠRAIDE",
    "17:05 Vējš Kurzemes piekrastē norāvis jumtu skolai Pāvilostā",
    "16:48 Saeimas komisija atbalsta jaunās ceļu nodevas",
    "16:20 Sinoptiķi brīdina par slidenu ceļu naktī",
    "Liepājā slēgs divas skolas: vecāki aicina domi pārskatīt lēmumu",
    "Pašvaldība skolēnus pārcels uz tuvākajām skolām jau no nākamā mācību gada, bet vecāki saka, ka ceļš kļūs divreiz garāks.",
    "Avots: LETA | 2025. gada 3. oktobris, 16:05",
    "Liepājas dome ceturtdien lēma slēgt divas pamatskolas pilsētas dienvidu daļā. Lēmums pieņemts, jo skolēnu skaits abās skolās pēdējos piecos gados samazinājies gandrīz uz pusi.",
    "Vecāku pārstāvji norāda, ka bērniem būs jāmēro ceļš ar sabiedrisko transportu un ka domes lēmums pieņemts bez pienācīgas apspriešanas.",
    "Domes priekšsēdētājs sola, ka pašvaldība apmaksās skolēnu braukšanas biļetes un pagarinās pagarinātās dienas grupu darba laiku.",
    "Dalīties",
    "Facebook",
]


def test_a_live_tickers_timed_entries_end_over_the_headline() -> None:
    out = clean(*LV)
    assert LV[5] in kept(out)
    assert set(LV[1:5]) <= set(dropped(out))


DA = [
    "Forside | Nyheder | Sport | Kultur",
    "Fire dømt for narkohandel fra lejlighed i Holstebro",
    "Retten i Holstebro har idømt fire personer fængselsstraffe for salg af kokain og hash fra en lejlighed i midtbyen. Sagen har kørt siden foråret.",
    "Ifølge anklageskriftet foregik handlen via krypterede beskedtjenester, og kunderne hentede stofferne i opgangen om aftenen.",
    "Se video",
    "Sådan lød dommene",
    "34-årig mand fra Holstebro: Fem års fængsel og konfiskation af 310.000 kroner",
    "28-årig mand fra Struer: To år og seks måneders fængsel",
    "25-årig kvinde fra Holstebro: Et års betinget fængsel",
    "Den 34-årige har anket dommen til landsretten. De øvrige tre har modtaget deres straf, oplyser anklagemyndigheden.",
    "Politiet oplyser, at lejligheden nu er tømt, og at udlejeren har opsagt lejemålet.",
    "Læs også",
    "Politiet: Flere unge lokkes til narkosalg via sociale medier",
    "Del artiklen",
]


def test_a_lists_title_under_a_video_heading_stays_over_its_label_value_rows() -> None:
    out = clean(*DA)
    assert set(DA[5:9]) <= set(kept(out))


AR = [
    "الرئيسية",
    "اقتصاد",
    "أسواق",
    "رياضة",
    "ارتفاع أسعار الذهب في الأسواق المحلية لأعلى مستوى منذ عامين",
    "التجار يتوقعون استمرار الصعود مع اقتراب موسم الأعراس وتراجع الدولار عالمياً",
    "جدة – سارة الحربي",
    "نُشر في: 12 مارس 2025 - 10:20 | آخر تحديث: 11:45",
    "شهدت أسواق الذهب في المملكة ارتفاعاً ملحوظاً خلال الأسبوع الماضي، إذ سجّل سعر الغرام من عيار 21 أعلى مستوى له منذ عامين، وسط إقبال متزايد من المشترين.",
    "وقال عدد من التجار إن الطلب ارتفع بنحو الربع مقارنة بالشهر الماضي، مرجعين ذلك إلى اقتراب موسم الأعراس وتوقعات باستمرار ارتفاع الأسعار.",
    "ويرى محللون أن تراجع الدولار في الأسواق العالمية دفع المستثمرين إلى الذهب بوصفه ملاذاً آمناً في أوقات عدم اليقين.",
    "شارك الخبر",
    "فيسبوك",
    "جميع الحقوق محفوظة © 2025",
]


def test_a_place_and_a_name_by_the_date_stamp_is_the_byline_in_arabic() -> None:
    out = clean(*AR)
    assert dropped(out)["جدة – سارة الحربي"] == "boilerplate.byline"
    assert {AR[4], AR[5]} <= set(kept(out))
