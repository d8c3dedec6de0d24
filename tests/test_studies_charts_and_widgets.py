"""A study's reference under a science story, short live feeds, and widgets printed as one line.

A science story ends with the study it reports: the journal and the DOI are the article's, a
list of references is not. Two time stamps over two one-line entries are a live feed's, not a
video player's durations. Market pages print a chart's axis and its period buttons on one line,
and a quote under the company's name; travel and weather pages print a place, its temperature
and the sky; property pages print listings with the price last. Key figures signed with a
minus are a table's rows, menus print their items as short words in any script, and a Thai
stamp spells its date and time with labels. Ticket prices over a buy button are a widget's, whatever
the currency's spelling.
"""

from __future__ import annotations

from conftest import clean, dropped, kept
from newsclean.boilerplate.rules import ADVERT, BYLINE, LIVE_STAMP, NAVIGATION
from newsclean.body import OUTSIDE_BODY


STUDY = [
    "Bog moss stores carbon faster than thought, field study finds",
    "Restored peat bogs in the Baltic states take up carbon within five years of rewetting, researchers report. The finding could change how countries count their emissions.",
    "The team measured gas exchange in twelve bogs every half hour for three years. Moss growth explained most of the carbon taken up in the wet seasons.",
    "Dry summers slowed the uptake markedly, the authors write. They now plan to repeat the measurements in the colder bogs of the north.",
    "The environment agency wants to use the data in its next greenhouse gas inventory. Officials said the method would be reviewed by independent experts first.",
    "Study: Lepik M. et al., “Rapid carbon uptake in restored Sphagnum bogs”, Global Change Biology, 2025",
    "DOI: 10.1111/gcb.17012",
    "Science in your inbox",
    "Your e-mail address",
    "Subscribe",
]


def test_a_studys_reference_and_doi_under_the_body_are_the_articles() -> None:
    out = clean(*STUDY)
    assert STUDY[5] in kept(out) and STUDY[6] in kept(out)
    assert "Your e-mail address" in dropped(out)


def test_a_list_of_references_is_not_the_articles_end() -> None:
    references = [*STUDY[:5], "References", "DOI: 10.1038/s41586-024-07001-1", "DOI: 10.1126/science.adk1234", "DOI: 10.1016/j.cub.2024.01.002", *STUDY[7:]]
    out = clean(*references)
    assert "DOI: 10.1038/s41586-024-07001-1" in dropped(out)


FLOOD = [
    "Floods cut off three villages as the river keeps rising",
    "Rescue teams evacuated more than four hundred people overnight as the river burst its banks. The regional government declared a state of emergency on Tuesday.",
    "The worst damage is in the valley villages, where water reached the windows of many houses. Two bridges were closed after their supports were undermined.",
    "Updates from the emergency service",
    "12:55",
    "A school gym in the district town now shelters three hundred people.",
    "12:10",
    "The road bridge over the river is closed to all traffic until further notice.",
    "Forecasters expect more rain at the weekend, and a second flood wave on the tributaries cannot be ruled out. Damage will be assessed once the water recedes.",
    "Residents were promised emergency payments from the regional budget. Volunteers are collecting drinking water and baby food at the town hall.",
]


def test_two_stamps_over_one_line_entries_are_a_live_feeds() -> None:
    out = clean(*FLOOD)
    stamps = {p.text: p.detail for p in out.paragraphs if p.text in ("12:55", "12:10")}
    assert stamps == {"12:55": LIVE_STAMP, "12:10": LIVE_STAMP}
    assert FLOOD[5] in kept(out) and FLOOD[7] in kept(out)


RESULTS = [
    "Gearbox maker swings to a loss and cuts its outlook",
    "The car parts supplier sold far fewer gearboxes for electric cars than expected in the third quarter. Its shares fell by more than a tenth in early trading.",
    "Revenue fell by about eleven per cent as carmakers held back orders. The company blamed weak demand for electric cars in Europe and a slow start to new models.",
    "Key figures",
    "Revenue: 612 million euros (prior year: 691 million euros)",
    "Adjusted EBIT: 9.8 million euros (prior year: 41.2 million euros)",
    "Net result: −18 million euros (prior year: +26 million euros)",
    "Advertisement",
    "Vorsprung Motoren (VMO) 412,60 € −8,30 %",
    "Intraday | 5 days | 3 months | 1 year | 5 years",
    "17 € 16 € 15 € 14 €",
    "The chief executive said the company would cut costs further and delay a new plant. Analysts lowered their price targets after the call.",
    "The annual meeting will take place in May, the company said. Unions have called for talks about the planned job cuts at two sites.",
]


def test_key_figures_signed_with_a_minus_are_the_articles_rows() -> None:
    """Capitalised nouns make German rows look like teasers: their figures say they are a table."""
    results = [
        "Getriebehersteller rutscht in die Verlustzone",
        "Der Autozulieferer hat im dritten Quartal deutlich weniger Getriebe für Elektroautos verkauft als erwartet. Die Aktie verlor am Morgen mehr als zehn Prozent.",
        "Unter dem Strich stand ein Verlust, nachdem das Unternehmen ein Jahr zuvor noch Geld verdient hatte. Belastet haben vor allem Kosten für den Umbau der Werke.",
        "Die wichtigsten Kennzahlen",
        "Umsatz: 612 Mio. Euro (Vorjahr: 691 Mio. Euro)",
        "Bereinigtes EBIT: 9,8 Mio. Euro (Vorjahr: 41,2 Mio. Euro)",
        "Konzernergebnis: −18 Mio. Euro (Vorjahr: +26 Mio. Euro)",
        "Anzeige",
        "Depot eröffnen und ohne Ordergebühren handeln – jetzt beim Direktbroker",
        "Die Vorstandschefin machte die Zurückhaltung der Autohersteller verantwortlich. Mehrere Kunden hätten ihre Abrufe für das vierte Quartal gesenkt.",
        "Die Hauptversammlung findet im Mai in der Stadthalle statt. Der Betriebsrat fordert Gespräche über den geplanten Stellenabbau.",
    ]
    out = clean(*results)
    assert set(results[3:7]) <= set(kept(out))


def test_a_quote_a_charts_period_buttons_and_its_axis_on_one_line_are_widgets() -> None:
    out = clean(*RESULTS)
    assert {text: dropped(out).get(text) for text in RESULTS[8:11]} == dict.fromkeys(RESULTS[8:11], NAVIGATION)


def test_a_row_of_different_counts_is_no_period_buttons() -> None:
    out = clean(*RESULTS[:8], "Season so far", "3 wins | 2 draws | 1 loss | 4 goals", *RESULTS[11:])
    assert "3 wins | 2 draws | 1 loss | 4 goals" in kept(out)


RENT = [
    "Rents in the capital rose again in the second quarter",
    "Flat prices and rents kept rising in the largest cities, a property portal's survey shows. Buyers returned to the market as mortgage rates fell.",
    "In the capital a square metre in a new building now costs about 3,050 euros on average. Prices rose more slowly in the port city and in the second city.",
    "Agents say one- and two-room flats sell fastest. Families are moving to the suburbs, where prices are lower and new schools are being built.",
    "Listings",
    "Sunny 2-room flat, Old Town, Riverside, 46 m², 158 000 Eur",
    "Quiet 1-room flat, North District, centre, 34 m², 520 Eur/mo.",
    "The survey's authors expect prices to keep rising until the end of the year. Rents, they say, are held back by the number of new flats for let.",
    "The central bank warned last month that households should not borrow more than they can repay if rates rise again.",
]


def test_listings_with_the_price_last_after_a_comma_are_a_classifieds_box() -> None:
    out = clean(*RENT)
    assert dropped(out)[RENT[5]] == ADVERT and dropped(out)[RENT[6]] == ADVERT
    assert RENT[2] in kept(out) and RENT[7] in kept(out)


TRIP = [
    "Crowds return to the island as cruise ships dock again",
    "Up to eight cruise ships a day call at the island this autumn, the port authority says. Residents complain of crowded streets and rising rents.",
    "The mayor wants to limit the number of passengers who may come ashore at once. A booking system for the old town is being tested this month.",
    "Weather Fira 26°C Sunny",
    "Tomorrow 24 °C, light wind",
    "Hoteliers say the crowds bring money but scare away guests who stay longer. Many of them have lowered their prices for the winter months.",
    "The island's council will decide on the new limits in December. Until then, the port authority will publish the daily number of ships online.",
]


def test_a_place_or_day_its_temperature_and_the_sky_unparted_are_a_weather_widgets() -> None:
    out = clean(*TRIP)
    assert dropped(out)[TRIP[3]] == NAVIGATION and dropped(out)[TRIP[4]] == NAVIGATION
    assert TRIP[2] in kept(out) and TRIP[5] in kept(out)


def test_a_days_forecast_rows_take_their_heading() -> None:
    forecast = [*TRIP[:3], "Lutsk", "Wed −2°", "Thu −5°", "Fri −3°", *TRIP[5:]]
    out = clean(*forecast)
    assert {"Lutsk", "Wed −2°", "Thu −5°", "Fri −3°"} <= set(dropped(out))


def test_menus_of_short_words_above_the_headline_in_cyrillic_and_chinese() -> None:
    ukrainian = [
        "Головна Новини Україна Світ Гроші Здоров'я",
        "Паводок на Закарпатті: річка затопила три села, рятувальники евакуювали людей",
        "Після двох діб злив рівень води в гірських річках перевищив позначку минулого року. Місцева влада оголосила збір допомоги для постраждалих родин.",
        "Найскладніша ситуація склалася в трьох селах району. За даними рятувальників, вода підтопила понад триста дворів і зруйнувала два мости.",
        "Рятувальники працюють цілодобово, а в школах району облаштували пункти тимчасового розміщення. Там людям видають воду, їжу та ліки.",
        "Синоптики попереджають, що у вихідні дощі повернуться. Місцева влада просить мешканців прибережних сіл бути готовими до нової евакуації.",
    ]
    assert dropped(clean(*ukrainian))[ukrainian[0]] == OUTSIDE_BODY
    chinese = [
        "首页 要闻 本地 科技 财经 文旅",
        "辽西发现新型带羽毛恐龙化石 揭示羽毛早期演化",
        "研究团队在辽宁西部一处采石场发现一具保存完整的小型恐龙化石，其前肢长有清晰的羽毛痕迹。相关论文于本月在国际期刊上发表。",
        "据研究团队介绍，这具化石属于一种此前未知的小型兽脚类恐龙，生活在约一亿两千五百万年前。它体长约七十厘米，前肢和尾部都保留了清晰的羽毛印痕。",
        "论文通讯作者说，这种恐龙的羽毛结构介于简单的丝状羽和真正的飞羽之间。这说明羽毛最初可能用于保温和展示，而不是用于飞行。",
        "研究人员表示，下一步将对化石进行更精细的扫描，以了解羽毛的颜色和排列方式。当地博物馆计划明年向公众展出这件标本。",
    ]
    assert dropped(clean(*chinese))[chinese[0]] == OUTSIDE_BODY


def test_a_most_read_block_under_a_consent_banner_ends_at_the_headline() -> None:
    page = [
        "We and our partners use cookies to show you relevant content and adverts.",
        "Accept all",
        "Reject",
        "News · Sport · Crime · Money",
        "Most read",
        "Famous chef in shock: restaurant closed after inspection",
        "Storm hits the coast: this is where it will be worst",
        "Nine hours in A&E with a broken arm: “It is undignified”",
        "A 71-year-old woman sat for over nine hours in the emergency department with a broken arm. She is far from the only one, new figures show.",
        "By Mads Hansen",
        "Waiting times at the region's emergency departments have grown for three years in a row. The region says it lacks nurses at night and at weekends.",
        "The health minister has promised a plan before the summer. Patient groups want a maximum waiting time written into law.",
    ]
    out = clean(*page)
    assert page[7] in kept(out)
    assert page[6] in dropped(out)


def test_a_thai_date_and_time_with_its_labels_is_a_byline() -> None:
    page = [
        "อย. สั่งเรียกคืนปลากระป๋องสามรุ่น หลังพบสารปนเปื้อนเกินมาตรฐาน",
        "12 มี.ค. 2567 เวลา 10:32 น.",
        "สำนักงานคณะกรรมการอาหารและยาประกาศเรียกคืนผลิตภัณฑ์ปลากระป๋องจำนวนสามรุ่นการผลิต หลังตรวจพบสารฮีสตามีนเกินค่ามาตรฐานที่กำหนด ผู้บริโภคที่ซื้อสินค้าดังกล่าวควรหยุดรับประทานทันที",
        "เจ้าหน้าที่ระบุว่าสินค้าในรุ่นดังกล่าวถูกจำหน่ายในซูเปอร์มาร์เก็ตหลายแห่งทั่วประเทศ บริษัทผู้ผลิตได้เริ่มเก็บสินค้าออกจากชั้นวางแล้วตั้งแต่เมื่อวานนี้",
        "ผู้บริโภคสามารถนำสินค้าไปคืนที่ร้านค้าที่ซื้อมาได้โดยไม่ต้องมีใบเสร็จ และจะได้รับเงินคืนเต็มจำนวน บริษัทยืนยันว่าสินค้ารุ่นอื่นยังปลอดภัย",
        "อย. จะตรวจสอบโรงงานผลิตเพิ่มเติมในสัปดาห์หน้า เพื่อหาสาเหตุของการปนเปื้อนและป้องกันไม่ให้เกิดเหตุการณ์ซ้ำอีก",
    ]
    out = clean(*page)
    assert dropped(out)[page[1]] == BYLINE


def test_ticket_prices_in_a_spelled_currency_over_a_buy_button_are_a_widgets() -> None:
    page = [
        "Coast festival announces its biggest line-up yet",
        "Twelve acts will play over two nights at the old harbour in December, the organisers said. Last year more than eight thousand people came to the festival.",
        "The headliner returns after a three-year break with a new album. Local bands open both nights, and a children's stage runs in the afternoons.",
        "Day ticket – KSh 1,000",
        "Weekend pass – KSh 1,800",
        "Buy tickets",
        "Organisers said ticket sales by mobile money had doubled since last year. Buyers are asked to use only the official sellers to avoid fake tickets.",
        "The county government will run extra buses from the town centre after midnight. Parking near the harbour will be closed on both days.",
    ]
    out = clean(*page)
    assert dropped(out)[page[3]] == ADVERT and dropped(out)[page[4]] == ADVERT
    assert page[6] in kept(out)
