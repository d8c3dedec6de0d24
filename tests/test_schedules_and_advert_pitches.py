"""Lists that look like furniture and furniture that looks like a paragraph.

A fixture list, a timeline or a tour's dates opens each row with a date, the dates running
forward: the article's, where a related block's teasers come newest first. A label announcing a
list ("Stations, north to south:") ends a related block above it: no teaser ends on a colon. A
"label: value" list may name its label in one long word ("Öffnungszeiten:", unspaced Thai), and
stays under a video's heading. An advert's pitch between its label ("Anzeige") and its button
("Angebot anfordern") goes with them; the article's paragraph under a label alone stays.
"""

from __future__ import annotations

import pytest

from conftest import clean, dropped, kept
from newsclean import Article
from newsclean.boilerplate.rules import ADVERT, RELATED
from test_boilerplate_widgets import strip

def related(out: Article) -> set[str]:
    """The lines dropped as a related block's."""
    return {text for text, reason in dropped(out).items() if reason == RELATED}


FI_HEAD = [
    "Uutiset | Urheilu | Jyväskylä | Mielipiteet",
    "JJK:n kevät alkaa vieraissa – tässä koko otteluohjelma",
    "Sarjan otteluohjelma julkaistiin keskiviikkona. Jyväskyläläisten ensimmäinen kotiottelu pelataan Harjun stadionilla huhtikuun puolivälissä.",
    "Päävalmentaja pitää ohjelmaa reiluna, vaikka kevään alussa on kolme vierasottelua peräkkäin. Joukkue on harjoitellut talven Espanjassa ja hallissa.",
    "Mainos",
]
FI_FIXTURES = [
    "Ma 7.4. KTP–JJK, Kotka",
    "Su 13.4. JJK–EIF, Jyväskylä",
    "La 19.4. SJK Akatemia–JJK, Seinäjoki",
    "Pe 25.4. JJK–Jaro, Jyväskylä",
    "La 3.5. TPS–JJK, Turku",
]
FI_TAIL = [
    "Kotiotteluiden liput tulevat myyntiin maaliskuun lopussa. Kausikorttien hinnat pysyvät samoina kuin viime vuonna, seura kertoo tiedotteessaan.",
    "Seuran tavoitteena on nousu pääsarjaan. Viime kaudella joukkue jäi karsintapaikasta kahden pisteen päähän.",
    "Lue myös",
    "Puolustaja jatkaa seurassa kahden vuoden sopimuksella",
    "Harjun stadionin katsomoremontti valmistuu kesäkuussa",
    "Jaa",
    "Kopioi linkki",
]


def test_a_fixture_list_with_its_dates_running_forward_stays_in_the_body() -> None:
    out = clean(*FI_HEAD, "Kevään ottelut", *FI_FIXTURES, *FI_TAIL)
    assert {"Kevään ottelut", *FI_FIXTURES} <= set(kept(out))
    assert {"Lue myös", "Mainos"} <= set(dropped(out))


@pytest.mark.parametrize(
    ("rows", "schedule"),
    [
        (["Ma 7.4. KTP–JJK, Kotka", "Su 13.4. JJK–EIF", "La 3.5. TPS–JJK"], True),
        (["21 September: Kolkata v Jamshedpur", "27 September: Jamshedpur v Odisha", "4 October: Jamshedpur v Punjab"], True),
        (["March 3 – Council votes on the budget", "March 12 – The mayor resigns", "April 2 – New elections"], True),
        (["5.5. Defender extends his contract", "2.5. Stand renovation ends in June", "29.4. Young forward leaves"], False),
        (["12 March: Council approves budget", "10 March: Mayor under pressure", "8 March: Strike ends"], False),
        (["2.2 2. Coaching platforms", "2.3 3. Wearable technology", "2.4 4. Mental health"], False),  # section numbers
        (["17.00 Evening news", "19.00 Talk show", "21.00 Late news"], False),  # times of day
        (["5 Ways to save on heating", "7 Ways to cut your bills", "10 Ways to insulate"], False),  # counts
        (["1978 – Pendo la Pwani", "1985 – Sina Hasira", "1993 – Mawimbi ya Unguja"], True),  # a discography
        (["2025 – Record turnout in the north", "2021 – Coalition collapses", "2017 – A new party wins"], False),
    ],
)
def test_rows_opening_with_dates_running_forward_are_a_schedule(rows: list[str], schedule: bool) -> None:
    from newsclean.text import dates_run_forward, opening_date

    dates = [opening_date(row) for row in rows]
    assert (None not in dates and dates_run_forward(dates)) == schedule  # type: ignore[arg-type]


def test_a_tours_dates_with_a_ticket_link_in_each_row_are_a_box() -> None:
    dates = ["24.10. Oulu, Teatria · Liput", "31.10. Helsinki, Tavastia · Loppuunmyyty", "7.11. Tampere, Pakkahuone · Liput"]
    out = clean(*FI_HEAD, "Kiertue syksyllä", *dates, *FI_TAIL)
    assert not set(dates) & set(kept(out))


ZH = [
    "地铁9号线一期今日开通 沿线12座车站一览",
    "12月18日上午10时，轨道交通9号线一期工程正式开通初期运营。该线路全长约18.4公里，全部为地下线，连接老城区与高铁站片区。",
    "据轨道交通集团介绍，9号线一期共设车站12座，其中换乘站3座。初期运营期间，首班车6:30发车，末班车22:30发车，高峰时段行车间隔约7分钟。",
    "热门推荐",
    "这几个地铁站周边房价涨了？业内人士这样说",
    "多地发布寒潮蓝色预警 气温将下降8到10℃",
    "9号线一期车站（由西往东）：",
    "高铁北站",
    "文化路",
    "人民广场（换乘2号线）",
    "体育中心",
    "东湖",
    "科技园",
    "会展中心（换乘5号线）",
    "滨江公园",
    "大学城",
    "乘客可通过官方应用查询实时到站信息。运营方表示，开通首周将在各站增派志愿者引导乘客。",
    "出行规划",
    "起点：请输入出发站或地点",
    "终点：请输入目的地",
    "据介绍，9号线二期工程已于去年开工，计划2028年建成，届时线路将向东延伸至临空经济区，新增车站8座。",
    "沿线居民表示，地铁开通后通勤时间明显缩短。一位在高铁北站附近工作的市民说，过去乘公交需要一个多小时，现在只要二十多分钟。",
]


def test_a_label_announcing_a_list_ends_the_related_block_above_it() -> None:
    out = strip(*ZH)
    assert {ZH[4], ZH[5]} <= related(out)
    assert set(ZH[6:16]) <= set(kept(out))


@pytest.mark.parametrize(
    "label",
    ["Bestes Bühnenbild: ", "Publikumspreis: ", "Nachwuchsförderpreis: "],
)
def test_a_long_one_word_label_makes_a_fact_row(label: str) -> None:
    from newsclean.boilerplate.rules import _fact_row

    assert _fact_row(label + "Theater am Hafen")


THAI = [
    "ประกาศผลรางวัลเทศกาลละครเวทีขอนแก่น ครั้งที่ 5 คณะละครริมบึงคว้ารางวัลใหญ่",
    "เมื่อค่ำวันที่ 20 ตุลาคมที่ผ่านมา ณ หอประชุมมหาวิทยาลัยขอนแก่น ได้มีการจัดพิธีประกาศผลรางวัลเทศกาลละครเวทีขอนแก่น โดยมีผู้ชมเข้าร่วมงานกว่าสองพันคน และคณะกรรมการตัดสินจากหลายสถาบัน",
    "▶ เล่นวิดีโอ",
    "รายชื่อผู้ได้รับรางวัล",
    "การแสดงยอดเยี่ยม: บ้านริมบึง",
    "ผู้กำกับยอดเยี่ยม: สมชาย ใจดี จาก บ้านริมบึง",
    "นักแสดงนำหญิงยอดเยี่ยม: วรรณา ศรีสุข จาก แสงสุดท้าย",
    "ผู้กำกับหน้าใหม่ยอดเยี่ยม: อรุณ แก้วกาญจน์",
    "คณะกรรมการระบุว่า ปีนี้มีคณะละครส่งผลงานเข้าประกวดทั้งหมด 48 คณะ เพิ่มขึ้นจากปีก่อนเกือบเท่าตัว โดยเฉพาะคณะละครจากโรงเรียนมัธยมในภาคอีสาน",
]


def test_a_winners_list_in_thai_under_a_play_button_stays() -> None:
    out = strip(*THAI)
    assert set(THAI[3:]) <= set(kept(out))
    assert "▶ เล่นวิดีโอ" in dropped(out)


DE = [
    "Strompreise: Was Haushalte im neuen Jahr zahlen",
    "Die Grundversorger in der Region haben ihre Preise für das kommende Jahr veröffentlicht. Für einen Haushalt mit drei Personen steigen die Kosten im Schnitt um vier Prozent.",
    "Verbraucherschützer raten, die Tarife genau zu vergleichen. Wer seit Jahren in der Grundversorgung ist, zahlt oft deutlich mehr als nötig.",
    "Anzeige",
    "Eigener Strom vom Dach: Mit einer Solaranlage von Sonnenhof Energie sparen Sie bis zu 70 Prozent Ihrer Stromkosten. Jetzt beraten lassen!",
    "Angebot anfordern",
    "Die Netzentgelte, die einen großen Teil des Preises ausmachen, sinken im kommenden Jahr leicht. Das dämpft den Anstieg, gleicht ihn aber nicht aus.",
    "Ein Wechsel des Anbieters ist mit einer Frist von zwei Wochen möglich, wenn der Vertrag ausläuft oder der Preis erhöht wird.",
]


def test_an_adverts_pitch_between_its_label_and_its_button_goes() -> None:
    out = strip(*DE)
    assert dropped(out)[DE[4]] == ADVERT
    assert [DE[0], DE[1], DE[2], DE[6], DE[7]] == kept(out)


def test_the_articles_paragraph_under_an_adverts_label_alone_stays() -> None:
    page = [*DE[:4], *DE[6:]]
    out = strip(*page)
    assert DE[6] in kept(out)


def test_an_age_marks_plus_is_its_sign_not_a_bullet() -> None:
    from newsclean.boilerplate.cues import clean_line

    assert clean_line("+18 Play responsibly") == "+18 play responsibly"
    assert clean_line("• + Read more") == "read more"
    out = strip(*DE[:3], "+18 Play responsibly", *DE[6:])
    assert "+18 Play responsibly" in dropped(out)


NL = [
    "Sproeiverbod in de Kempen: dit mag nog wel",
    "Vanaf maandag mogen inwoners van zes Kempengemeenten overdag hun tuin niet meer sproeien. Het waterschap wil zo de grondwaterstand sparen na weken zonder regen.",
    "De regels gelden tussen acht uur 's ochtends en acht uur 's avonds. Wie zich er niet aan houdt, krijgt eerst een waarschuwing en daarna een boete van honderd euro.",
    "Drinkwaterbedrijven benadrukken dat er geen tekort aan drinkwater is. Het probleem is de piek in het verbruik aan het begin van de avond, als iedereen tegelijk sproeit.",
    "Moestuinen en volkstuinen zijn uitgezonderd, net als sportvelden en kwekerijen. Zij mogen wel sproeien, maar alleen met een druppelsysteem of een gieter.",
    "Handhavers gaan de eerste twee weken vooral voorlichten. De gemeenten roepen inwoners op om regenwater op te vangen en het gazon minder vaak te maaien.",
    "Lees ook",
    "Boeren vrezen voor de maïsoogst na het derde droge voorjaar op rij",
    "Waarom je gazon echt niet doodgaat als het bruin wordt",
    "Boeren reageren verdeeld. De landbouworganisatie noemt de beperking overdag begrijpelijk, maar wijst erop dat 's nachts beregenen extra kosten met zich meebrengt.",
    "Het waterschap beoordeelt de maatregelen over twee weken opnieuw.",
    "Deel dit artikel",
    "WhatsApp",
    "Facebook",
    "Droogte · Eersel · Bergeijk · Waterschap",
    "© 2025 Kempener Courant B.V. Alle rechten voorbehouden.",
]


def test_a_paragraph_and_a_closing_sentence_under_a_related_block_are_the_articles() -> None:
    out = strip(*NL)
    assert {NL[7], NL[8]} <= related(out)
    assert NL[9] in kept(out) and NL[10] in kept(out)


def test_a_headers_scale_in_brackets_names_its_column() -> None:
    from newsclean.text import header_over

    assert header_over("District | Station | PM10 (µg/m³) | Rating", "Old Town | Market Square | 92 | Poor")
    assert not header_over("13:10 | Jakarta | GA-407 | Delayed", "13:45 | Surabaya | JT-861 | Cancelled")  # a flight's code is a row's
    assert header_over("Restaurant | District | Score (0–100) | Action", "Bistro Mill | Old Town | 38 | closed")
    assert header_over("Bezirk | Miete (€/m²) | Änderung", "Mitte | 14,20 | +3,1 %")
    assert not header_over("Old Town | 38 | closed", "Riverside | 41 | closed")  # a row over a row


@pytest.mark.parametrize(
    ("body", "title", "table", "closing"),
    [
        (  # an inspection's rows closing on the same word under a header with a scale: no cards closing on a button
            [
                "Die Lebensmittelkontrolle hat ihre Ergebnisse für den Sommer veröffentlicht. Drei Betriebe mussten vorübergehend schließen, weil Kühlgeräte verschmutzt und Temperaturen nicht dokumentiert waren.",
                "Die meisten Mängel betrafen fehlende Aufzeichnungen und abgelaufene Zutaten. Die Behörde will im Herbst erneut kontrollieren und die Ergebnisse wieder veröffentlichen.",
            ],
            "Ausgewählte Ergebnisse",
            [
                "Betrieb | Stadtteil | Bewertung (0–100) | Maßnahme",
                "Imbiss am Markt | Altstadt | 38 | geschlossen",
                "Pizzeria Roma | Nordend | 41 | geschlossen",
                "Kantine Süd | Hafen | 44 | geschlossen",
                "Gasthaus Linde | Westend | 67 | Bußgeld",
            ],
            "Die vollständige Liste ist bei der Behörde einsehbar. Betriebe können gegen die Bewertung Widerspruch einlegen.",
        ),
        (  # a timetable's rows ending on a time: no videos with their durations
            [
                "The railway will add two morning trains to the coast line from 15 March, after commuters complained for months about crowded carriages. One late-evening service will be withdrawn.",
                "Repairs after last year's landslide have lifted the speed limit on the northern section, so the journey to the city will be up to six minutes shorter.",
            ],
            "Main departures",
            [
                "Train | Now | New",
                "First train to the city | 5:32 | 5:28",
                "Extra train (new) | – | 6:14",
                "Train to the city | 6:47 | 6:52",
                "Extra train (new) | – | 7:36",
            ],
            "The council said it would ask the bus company to replace the withdrawn evening train. About a dozen passengers used it on an average weekday.",
        ),
    ],
)
def test_a_tables_rows_under_their_header_stay(body: list[str], title: str, table: list[str], closing: str) -> None:
    out = strip(*body, title, *table, closing)
    assert kept(out) == [*body, title, *table, closing]


def test_a_lists_next_item_under_another_label_is_no_near_repeat() -> None:
    from newsclean.dedup import DropRepeatedParagraphs

    from conftest import make_article

    items = [
        "Thursday: houses with even numbers, in the evening and at night only",
        "Friday: houses with even numbers, in the evening and at night only",
    ]
    glitch = "Thursday: houses with even numbers, in the evening and at night only!"
    out = DropRepeatedParagraphs().apply(make_article(*items, "Saturday: no watering at all", glitch))
    assert kept(out) == [*items, "Saturday: no watering at all"]
    # Labels of four words, one put in place of another: each health centre is an item of its own.
    # A word cut from the label or mistyped in it is the same item again, edited.
    centres = [
        "Northgate comprehensive health centre: from 8 in the morning until 10 at night, every day",
        "Riverside comprehensive health centre: from 8 in the morning until 10 at night, every day",
    ]
    edited = ["comprehensive health centre: from 8 in the morning until 10 at night, every day", "Northgate comprehensive health cnetre: from 8 in the morning until 10 at night, every day"]
    for copy in edited:
        out = DropRepeatedParagraphs().apply(make_article(*centres, copy))
        assert kept(out) == centres, copy


PL_HEAD = [
    "Rozliczenie PIT 2025. Te terminy trzeba zapamiętać",
    "Od połowy lutego podatnicy mogą rozliczać się z fiskusem za ubiegły rok. Tego dnia w serwisie pojawią się przygotowane przez skarbówkę zeznania, które wystarczy sprawdzić.",
    "Jeśli nic nie zrobimy, zeznania zostaną automatycznie zaakceptowane pod koniec kwietnia. Nie dotyczy to jednak osób prowadzących działalność gospodarczą.",
    "Czytaj także",
    "Ulga na dzieci w tym roku. Ile można odzyskać i kto ma do niej prawo",
    "Zwrot podatku w półtora miesiąca? Skarbówka wyjaśnia, kiedy może to potrwać dłużej",
]
PL_TAIL = [
    "Eksperci radzą, by nie czekać do ostatniej chwili. W kwietniu serwery bywają przeciążone, a poprawienie błędu w zeznaniu wymaga złożenia korekty.",
    "Urząd skarbowy przypomina też o możliwości przekazania części podatku organizacji pożytku publicznego, co nie zmniejsza kwoty zwrotu.",
]


def test_a_schedule_under_a_related_block_ends_the_block() -> None:
    dates = [
        "15 lutego – start usługi i możliwość złożenia zeznań",
        "28 lutego – ostatni dzień na przekazanie informacji przez pracodawców",
        "30 kwietnia – termin złożenia zeznań rocznych",
    ]
    out = strip(*PL_HEAD, "Kalendarz podatnika – najważniejsze daty", *dates)  # the list closes the article
    assert {PL_HEAD[4], PL_HEAD[5]} <= related(out)
    assert {"Kalendarz podatnika – najważniejsze daty", *dates} <= set(kept(out))


def test_a_table_under_its_title_and_a_sentence_ends_a_related_block() -> None:
    table = ["Ulga | Limit | Zmiana", "Na dzieci | 1112 zł | bez zmian", "Dla młodych | 85 528 zł | bez zmian", "Termomodernizacyjna | 53 000 zł | bez zmian"]
    intro = "Poniżej najważniejsze ulgi i ich limity na ten rok."
    out = strip(*PL_HEAD, "Limity ulg", intro, *table, *PL_TAIL)
    assert {PL_HEAD[4], PL_HEAD[5]} <= related(out)
    assert {"Limity ulg", intro, *table} <= set(kept(out))


def test_a_table_of_two_columns_under_its_header_stays() -> None:
    table = ["Okres | Województwa", "10–16 lutego | dolnośląskie, lubuskie, opolskie", "17–23 lutego | mazowieckie, łódzkie, podlaskie", "24 lutego – 2 marca | małopolskie, śląskie, pomorskie"]
    out = clean(*PL_HEAD, "Ferie według województw", *table, *PL_TAIL, "Udostępnij", "Facebook", "© 2025 Gazeta Przykładowa")
    assert {"Ferie według województw", *table} <= set(kept(out))


def test_a_long_table_with_a_note_and_a_tools_lines_under_it_stays_with_the_lede() -> None:
    lede = [
        "みなと鉄道は13日、3月15日のダイヤ改正の概要を発表した。朝の時間帯に普通列車を2本増発する一方、利用の少ない夜間の下り列車1本を取りやめる。",
        "同社によると、復旧工事が進み徐行区間が解消されたことから、所要時間を最大で6分短縮できるようになった。",
    ]
    table = ["列車 | 現行 | 改正後", "始発 | 5:32 | 5:28", "増発 | ― | 6:14", "普通 | 6:47 | 6:52", "増発 | ― | 7:36", "最終 | 22:58 | 廃止"]
    tool = ["座席のご案内", "出発 [港町 ▼]　到着 [中央 ▼]", "空き状況を見る"]
    body = [
        "夜間の列車の取りやめについて、市は高校生の帰宅への影響が心配だとして、代わりとなる路線バスの運行を会社と協議し始めた。",
        "同社は改正後の利用状況を見ながら、秋以降の追加増発も検討するとしている。沿線の自治体は利用促進のキャンペーンを4月から始める予定だ。",
        "改正後の時刻表は3月1日から各駅で配布される。市の担当者は、通勤客の意見を聞きながら改善を続けたいと話した。",
    ]
    out = clean("みなと鉄道、朝の列車を増発", *lede, "広告", "主な列車の発車時刻", *table, "※特急の時刻は変更なし", *tool, *body, "関連記事", "港町の花火大会、今年は中止に")
    assert set(lede + table + body) <= set(kept(out))


def test_a_question_over_a_paragraph_under_a_prompt_is_the_articles_subhead() -> None:
    page = [
        "Fjernvarmen er afbrudt i store dele af Vesterbro efter et brud på en hovedledning",
        "Omkring 4.000 husstande står uden varme og varmt vand, efter at en hovedledning sprang læk tirsdag morgen. Forsyningen regner med at have reparationen klar sent onsdag.",
        "Mange borgere har skrevet til forsyningen via dens app, men ifølge selskabet kan man ikke få en tidsplan for den enkelte adresse før gravearbejdet er afsluttet.",
        "Modtag besked, når vi opdaterer historien. Slå notifikationer til i vores app",
        "Hvad gør jeg, hvis jeg er uden varme?",
        "Tjek først, om din adresse ligger i det berørte område. Ældre og sårbare borgere, der bliver kolde, kan kontakte kommunens akuttelefon, som kan hjælpe med varmeblæsere.",
        "Meld en fejl",
        "Beskriv problemet",
        "Send",
    ]
    out = strip(*page)
    assert page[4] in kept(out) and page[5] in kept(out)
    assert page[3] in dropped(out)
