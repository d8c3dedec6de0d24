"""Japanese desk bylines and agency lines; the article going on under one teaser that printed its
age; the headline and standfirst over the byline, under a caption and a player; Thai credits.

A Japanese paper signs its reports with the desk and the reporter's name, often in brackets
("経済部　森下 遥", "（小浜支局・山口健太）"), and a byline's name may carry its paper or desk in
brackets after it ("文：高梨 悠斗（編集部）"). A subhead naming a desk goes on with a verb that mixes
kanji and kana ("広報部　回答せず"): the article's. A teaser that prints its source and its age
("… · MTI · 2 days ago") is whole on its line: a paragraph of two sentences under it, or a statement
over a table ("Winning numbers: 7, 19, 33, 58, 71."), is the article going on under the box.
The walk up from the body may meet a picture's caption no rule knew under the byline first, and a
player's button may stand between the standfirst and the byline: the headline and its standfirst
over the byline are the article's, the standfirst ending like a sentence or not. An agency the
lexicon knows, alone on its line, with the reporter's initials or after the author's name ("jam,
ČTK", "Ana Rita Sequeira com Lusa"), is a byline; an acronym it does not list ("NATO") is the
article's. A Thai caption ends with its credit after a space ("… ภาพ: ศุภชัย วงศ์ทอง").
"""

from __future__ import annotations

from conftest import clean, dropped, kept


def spaced(text: str) -> str:
    """The paragraph as ``Normalize`` gives it: the ideographic space is a space."""
    return " ".join(text.split())

DESK_BYLINES = [
    "トップ ＞ 地域 ＞ 東京",
    "北都新報",
    "北区の図書館、4月から日曜日も開館へ　利用者の要望受け",
    "（小浜支局・山口健太）",
    "2025年3月4日 10:00",
    "東京都北区の区立図書館は、4月から日曜日も開館すると発表した。利用者の要望が多かったためで、区は職員を増やして対応する。開館時間は午前10時から午後6時まで。",
    "区によると、昨年度の利用者は約42万人で、休日の開館を求める声が最も多かった。区長は「子育て世代や働く人にも使ってもらいたい」と話した。",
    "広報部　回答せず",
    "新たに採用する職員は12人で、人件費は年間約6000万円を見込む。区議会は3月の定例会で関連予算を可決した。委託業者の選定は来月に行う。",
    "図書館の担当者は「静かに本を読める場所を週末にも提供したい」と述べた。今後は夜間の開館時間延長も検討するという。",
    "経済部　森下 遥",
    "文：高梨 悠斗（編集部）",
    "関連記事",
    "区立中学校の給食費、来年度から無償化へ",
]


def test_a_japanese_desk_and_its_reporters_name_are_a_byline_in_brackets_or_not() -> None:
    out = dropped(clean(*DESK_BYLINES))
    assert all(out.get(spaced(DESK_BYLINES[k])) == "boilerplate.byline" for k in (3, 10, 11))


def test_a_subhead_naming_a_desk_with_its_verb_stays() -> None:
    assert spaced(DESK_BYLINES[7]) in kept(clean(*DESK_BYLINES))


def test_a_papers_name_over_the_headline_goes_though_it_counts_five_characters() -> None:
    """Chinese and Japanese count a word for two characters: over the headline, the paper's name
    of five is a label, as "Politics" is; right over the body, a subhead of four stays."""
    out = clean(*DESK_BYLINES)
    assert DESK_BYLINES[1] in dropped(out)
    assert spaced(DESK_BYLINES[2]) in kept(out)


UNDER_ONE_STAMPED_TEASER = [
    "Hírek | Belföld | Gazdaság",
    "Bezár a Zlatý klas pékséglánc, háromszáz dolgozó marad munka nélkül",
    "A besztercebányai központú pékséglánc hétfőn csődvédelmet kért a bíróságon. A cég negyven üzletét azonnali hatállyal bezárta, a dolgozók pénteken este SMS-ben értesültek a döntésről.",
    "A szakszervezet szerint a dolgozók két havi bérével tartozik a cég. A hitelezők listáján a bankok mellett több gabonaszállító és a villamosenergia-szolgáltató is szerepel.",
    "A cég vezetése a drága energiát és a diszkontláncok árversenyét okolja. Az elmúlt három évben a forgalom harmadával esett vissza, miközben a bérleti díjak nőttek.",
    "A szerkesztőség ajánlja",
    "Így változik a magyar kiskereskedelem a diszkontok után · 2 napja",
    "A munkaügyi hivatal tanácsadást és segítséget ajánlott az elbocsátott dolgozóknak az új munkahely keresésében. Szerdán állásbörzét is tart a város két legnagyobb foglalkoztatójával.",
    "Megosztás",
    "Facebook",
    "© 2025 Hírportál Kft. Minden jog fenntartva.",
]


def test_a_paragraph_under_one_teaser_that_printed_its_age_is_the_articles() -> None:
    out = clean(*UNDER_ONE_STAMPED_TEASER)
    assert UNDER_ONE_STAMPED_TEASER[7] in kept(out)
    assert {UNDER_ONE_STAMPED_TEASER[5], UNDER_ONE_STAMPED_TEASER[6]} <= set(dropped(out))


OVER_A_TABLE = [
    "Belföld",
    "Kiskunmajsán adták fel a telitalálatos szelvényt, 2,1 milliárd forintot nyert valaki",
    "A szombati ötöslottó-sorsolás egyetlen telitalálatos szelvényét egy kiskunmajsai trafikban adták fel. A nyertes eddig nem jelentkezett a Szerencsejáték Zrt.-nél.",
    "A trafik tulajdonosa azt mondta, hétvégén is ugyanazok a törzsvásárlók jöttek, mint máskor. Szerinte a nyertes valószínűleg helybéli, aki évek óta ugyanazokat a számokat játssza.",
    "Kapcsolódó hírek",
    "Újabb halmozódás a hatoslottón, 800 millió a tét · Alföldi Hírlap · 1 napja",
    "Megnyitott a felújított strand Kiskunhalason · Duna-Tisza Napló · 3 napja",
    "A nyerőszámok: 7, 19, 33, 58, 71.",
    "Találat – nyertes szelvény – nyeremény",
    "5 találat – 1 db – 2 148 612 480 Ft",
    "4 találat – 38 db – 1 964 225 Ft",
    "3 találat – 3 902 db – 24 330 Ft",
    "A nyereményt a sorsolást követő kilencven napon belül lehet felvenni. A négyezer lakosú kisvárosban még soha nem nyertek ekkora összeget.",
    "Hozzászólások (12)",
]


def test_a_statement_over_a_table_under_teasers_with_their_ages_is_the_articles() -> None:
    out = clean(*OVER_A_TABLE)
    assert OVER_A_TABLE[7] in kept(out)
    assert {OVER_A_TABLE[5], OVER_A_TABLE[6]} <= set(dropped(out))


UNDER_THE_BYLINE = [
    "News",
    "Local",
    "Sport",
    "Weather",
    "News / Local / Highlands",
    "Wolf filmed walking through Highland village as residents call for answers",
    "Doorbell footage shows the animal a few metres from homes; experts say it poses no direct danger to people",
    "Listen to this article · 4 min",
    "By Tina Kerr",
    "Wednesday 9 October 2024, 07:45",
    "Paw prints in the mud on the forest track above the village",
    "Residents of Kinlochbervie woke on Monday to doorbell footage of a wolf crossing a garden in the early hours. The animal then headed back towards the forest above the village, and neighbours saw it twice more the same day.",
    "Several crofters keep sheep nearby, and some have already moved their flocks indoors. Last winter two lambs were killed on a farm a few miles away, although investigators never confirmed what attacked them.",
    "Wildlife officers said the wolf was probably a young male looking for territory. They asked people not to approach it and to report any sighting to the council's wildlife line.",
    "The council will hold a public meeting in the village hall on Thursday evening.",
    "Share this article",
    "Facebook",
    "© 2024 Highland Courier",
]


def test_the_headline_and_standfirst_over_the_byline_stay_under_a_caption_and_a_player() -> None:
    """The walk up from the body meets the caption under the byline first; a player's button
    stands between the standfirst and the byline."""
    out = kept(clean(*UNDER_THE_BYLINE))
    assert {UNDER_THE_BYLINE[5], UNDER_THE_BYLINE[6]} <= set(out)
    assert not {UNDER_THE_BYLINE[1], UNDER_THE_BYLINE[4], UNDER_THE_BYLINE[8]} & set(out)



# Thai prints no full stop: the standfirst's space between two words ends it like a sentence.
THAI_STANDFIRST = [
    "หน้าแรก",
    "ข่าวด่วน",
    "เศรษฐกิจ",
    "การเมือง",
    "ต่างประเทศ",
    "บันเทิง",
    "กีฬา",
    "ไลฟ์สไตล์",
    "หน้าแรก › เศรษฐกิจ › การตลาด-ค้าปลีก",
    "เครือร้านเบเกอรี่ \"บ้านขนมปังทอง\" ยื่นล้มละลาย ปิดทุกสาขาทั่วประเทศ 86 แห่ง",
    "พนักงานกว่า 1,200 คนตกงานทันที หลังบริษัทแบกภาระขาดทุนสะสมต่อเนื่องสามปี ลูกค้าที่ถือบัตรกำนัลยังไม่รู้ว่าจะได้เงินคืนหรือไม่",
    "โดย กองบรรณาธิการข่าวเศรษฐกิจ",
    "17 ก.พ. 2568 เวลา 10:45 น.",
    "หน้าร้านสาขาสยามที่ติดป้ายปิดให้บริการเมื่อเช้าวันจันทร์ ภาพ: ศุภชัย วงศ์ทอง",
    "บริษัท บ้านขนมปังทอง จำกัด ผู้บริหารร้านเบเกอรี่ที่มีสาขาในห้างสรรพสินค้าและปั๊มน้ำมันทั่วประเทศ ได้ยื่นคำร้องต่อศาลล้มละลายกลางเพื่อขอให้ศาลสั่งพิทักษ์ทรัพย์เมื่อวันศุกร์ที่ผ่านมา ผู้บริหารระบุว่าต้นทุนแป้ง เนย และค่าเช่าพื้นที่ที่สูงขึ้นทำให้ธุรกิจไม่สามารถเดินหน้าต่อได้",
    "พนักงานทุกสาขาได้รับแจ้งผ่านไลน์กลุ่มเมื่อคืนวันอาทิตย์ว่าร้านจะปิดให้บริการตั้งแต่วันจันทร์ หลายสาขายังมีขนมปังและเค้กค้างอยู่ในตู้ ซึ่งพนักงานบางส่วนนำไปแจกให้ชุมชนใกล้เคียงก่อนส่งกุญแจร้านคืน",
    "สาขาที่ปิดแยกตามภูมิภาค",
    "ภูมิภาค | จำนวนสาขา | พนักงาน (คน)",
    "กรุงเทพฯ และปริมณฑล | 41 | 580",
    "ภาคเหนือ | 14 | 190",
    "ภาคตะวันออกเฉียงเหนือ | 17 | 230",
    "ภาคใต้ | 14 | 200",
    "นักวิเคราะห์ธุรกิจค้าปลีกมองว่ากรณีนี้สะท้อนการแข่งขันที่รุนแรงในตลาดเบเกอรี่ ซึ่งร้านสะดวกซื้อหันมาขายขนมปังอบสดในราคาถูกกว่า นอกจากนี้ผู้บริโภคที่สั่งอาหารผ่านแพลตฟอร์มเดลิเวอรีมากขึ้นก็ทำให้ยอดขายหน้าร้านลดลงอย่างชัดเจน",
    "ผู้พิทักษ์ทรัพย์ชั่วคราวจะนัดประชุมเจ้าหนี้ครั้งแรกในเดือนเมษายน โดยเจ้าหนี้รายใหญ่ได้แก่ธนาคารพาณิชย์สองแห่งและผู้ผลิตแป้งสาลีรายหนึ่ง ลูกค้าที่ถือบัตรกำนัลสามารถยื่นคำขอรับชำระหนี้ได้ภายในสองเดือนนับจากวันที่ศาลมีคำสั่ง",
    "แชร์ Facebook",
    "แชร์ LINE",
    "คัดลอกลิงก์",
    "© 2568 ข่าวสยามรายวัน สงวนลิขสิทธิ์ ห้ามคัดลอกหรือนำไปเผยแพร่โดยไม่ได้รับอนุญาต",
]


def test_a_standfirst_that_ends_like_a_sentence_stays_with_its_headline_over_the_byline() -> None:
    out = kept(clean(*THAI_STANDFIRST))
    assert {THAI_STANDFIRST[9], THAI_STANDFIRST[10]} <= set(out)
    assert THAI_STANDFIRST[8] not in out


AGENCY_LINES = [
    "Zprávy › Domácí",
    "Stovky traktorů ochromily dopravu kolem Prahy, zemědělci žádají jednání s vládou",
    "Zemědělci v pondělí ráno zablokovali traktory příjezdy do Prahy i několika krajských měst.",
    "14. 8. 2025 8:47",
    "ČTK",
    "jam, ČTK",
    "Nejhorší situace byla podle policie na dálnici D1 a na Pražském okruhu, kde traktory jely krokem. Kolony byly dlouhé několik kilometrů.",
    "Organizátoři z Asociace soukromého zemědělství tvrdí, že se do protestu zapojilo přes dva tisíce strojů. Policie odhaduje počet na polovinu.",
    "NATO",
    "Zemědělci chtějí, aby vláda vrátila zvýhodněnou podporu na prvních sto padesát hektarů. Ministerstvo nabídlo setkání ve středu.",
    "Další blokády jsou ohlášené na pátek.",
    "Sdílet",
    "Facebook",
]


def test_an_agency_alone_or_with_initials_or_after_the_authors_name_is_a_byline() -> None:
    out = dropped(clean(*AGENCY_LINES))
    assert all(out.get(AGENCY_LINES[k]) == "boilerplate.byline" for k in (4, 5))
    out = dropped(clean(*WITH_AGENCY))
    assert out.get(WITH_AGENCY[2]) == "boilerplate.byline"


WITH_AGENCY = [
    "Economia",
    "Cadeia de padarias Pão Dourado pede insolvência e fecha 38 lojas",
    "Ana Rita Sequeira com Lusa",
    "A cadeia de padarias Pão Dourado apresentou esta segunda-feira um pedido de insolvência no Tribunal do Comércio de Lisboa. As 38 lojas fecharam no sábado sem aviso prévio.",
    "Segundo o sindicato, os cerca de 400 trabalhadores têm dois meses de salários em atraso. A empresa atribui as dificuldades ao aumento do preço da farinha e da energia.",
    "O administrador judicial provisório deverá ser nomeado nos próximos dias. Os credores terão depois trinta dias para reclamar os seus créditos.",
    "Partilhar",
]


def test_an_acronym_the_lexicon_lists_as_no_agency_stays() -> None:
    assert AGENCY_LINES[8] in kept(clean(*AGENCY_LINES))


def test_a_thai_caption_ends_with_its_credit_after_a_space() -> None:
    """Thai prints no full stop: the space before the picture's label ("ภาพ:") ends the caption's sentence."""
    assert THAI_STANDFIRST[13].endswith("ภาพ: ศุภชัย วงศ์ทอง")
    assert dropped(clean(*THAI_STANDFIRST)).get(THAI_STANDFIRST[13]) == "boilerplate.caption"


TWO_REPORTERS = [
    "Cultura",
    "Entradas agotadas para el estreno de «La casa del faro» en el Teatro Arriaga",
    "Ane Etxeberria y Jon Lasa",
    "Bilbao, 14/03/2025 · 08:30",
    "El Teatro Arriaga colgó el cartel de entradas agotadas para el estreno del viernes apenas cuatro horas después de abrir la taquilla. Es la primera vez en una década que ocurre con una obra de producción propia.",
    "La directora del teatro explicó que la demanda desbordó la web durante la primera hora. Muchos compradores se quedaron en la cola virtual y no lograron completar la compra.",
    "El teatro estudia añadir dos funciones más en abril. La decisión se tomará la próxima semana, cuando el reparto confirme su disponibilidad.",
    "Compartir",
]


def test_two_reporters_names_joined_by_and_under_the_headline_are_a_byline() -> None:
    out = clean(*TWO_REPORTERS)
    assert dropped(out).get(TWO_REPORTERS[2]) == "boilerplate.byline"
    assert TWO_REPORTERS[1] in kept(out)


def test_a_summary_under_one_teaser_that_printed_only_its_source_stays_in_the_block() -> None:
    """A teaser's source ("… | Logitech") is no age: its summary may follow it."""
    block = [
        "Explore more",
        "Ergonomic Workspace Setup Tips | Logitech",
        "Five quick steps to set up your desk to improve your posture, effectiveness, and comfort. Discover the products and how they can help you feel better at work.",
        "Learn more",
    ]
    out = clean(*UNDER_ONE_STAMPED_TEASER[:5], *block, *UNDER_ONE_STAMPED_TEASER[8:])
    assert set(block) <= set(dropped(out))
