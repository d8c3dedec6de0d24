"""Whole-line cues on Chinese and Japanese lines longer than twelve characters.

The rules try whole-line cues (menus, buttons, reading times, players) only on short lines, up to
twelve words. Chinese and Japanese count a word for each character, so a reading time ("この記事は約
5分で読めます", thirteen characters) or a player's button with its duration was never tried: such a
line may run to twice as many characters, as the rules count elsewhere.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

PAGE = [
    "北陸日報",
    "ニュース 社会 政治 経済 スポーツ",
    "金沢の市営プール、今夏は改修で休業　代わりに学校の施設を開放",
    "2025年6月2日 10:05",
    "この記事は約5分で読めます",
    "この記事を音声で聞く（約5分）",
    "金沢市は、市営プールの改修工事のため今年の夏は営業を休むと発表した。工事は来年春に終わる予定で、費用は約8億円を見込む。",
    "代わりに市内の小学校六校のプールを週末に開放する。市の担当者は「子どもたちが泳ぐ場所をできるだけ確保したい」と話している。",
    "利用は無料で、事前の予約は要らない。監視員は市のスポーツ協会が手配する。",
    "シェアする",
]


def test_a_reading_time_and_a_players_button_longer_than_twelve_characters_go() -> None:
    out = dropped(clean(*PAGE))
    assert PAGE[4] in out
    assert any(text.endswith("（約5分）") for text in out)


def test_the_article_stays() -> None:
    assert set(PAGE[6:9]) <= set(kept(clean(*PAGE)))
