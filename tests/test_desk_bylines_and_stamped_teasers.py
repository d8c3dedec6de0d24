"""Japanese desk bylines; the article going on under one teaser that printed its age.

A Japanese paper signs its reports with the desk and the reporter's name, often in brackets
("経済部　森下 遥", "（小浜支局・山口健太）"), and a byline's name may carry its paper or desk in
brackets after it ("文：高梨 悠斗（編集部）"). A subhead naming a desk goes on with a verb that mixes
kanji and kana ("広報部　回答せず"): the article's. A teaser that prints its source and its age
("… · MTI · 2 days ago") is whole on its line: a paragraph of two sentences under it, or a statement
over a table ("Winning numbers: 7, 19, 33, 58, 71."), is the article going on under the box.
"""

from __future__ import annotations

from conftest import clean, dropped, kept


def spaced(text: str) -> str:
    """The paragraph as ``Normalize`` gives it: the ideographic space is a space."""
    return " ".join(text.split())

DESK_BYLINES = [
    "ニュース　経済　社会　スポーツ",
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
    assert all(out.get(spaced(DESK_BYLINES[k])) == "boilerplate.byline" for k in (2, 9, 10))


def test_a_subhead_naming_a_desk_with_its_verb_stays() -> None:
    assert spaced(DESK_BYLINES[6]) in kept(clean(*DESK_BYLINES))


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
