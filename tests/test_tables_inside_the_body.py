"""A story's own table with its header, set inside the body: it stays, and so does the body around it.

A results table (a header with no figure over rows with figures, cut into the same cells) is
content wherever the article puts it. Its short rows must not weigh like a menu and cut the body
in two, leaving the paragraphs above it outside: in languages whose prose has few stopwords
(Korean, Chinese) the lede then lost to the live entries under a lookup box. A widget's table
under an advert's label keeps its weight. An aftershock table's rows that close on the same place
("Vrancea", "Vrancea") are rows under their header, not cards closing on a button; a tour's
ticket cards closing on "Buy tickets" still go.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

LEDE = [
    "경남도지사에 이수진 후보 당선 유력…18개 시·군 중 13곳서 앞서",
    "최민호 기자 | 입력 2026.06.04 00:48 | 수정 2026.06.04 01:55",
    "6·3 지방선거 경남도지사 선거에서 이수진 후보의 당선이 유력하다. 4일 0시 40분 현재 개표가 76% 진행된 가운데 이 후보는 52.4%를 얻어 43.1%에 그친 정상우 후보를 앞섰다.",
    "이 후보는 창원과 김해 등 인구가 많은 지역에서 격차를 벌렸고, 정 후보는 서부 경남의 농촌 지역에서 우위를 지켰지만 차이를 좁히지 못했다.",
]
RESULTS = [
    "시·군별 득표율",
    "시·군 | 이수진 | 정상우",
    "창원시 | 55.9% | 40.2%",
    "김해시 | 57.3% | 38.8%",
    "진주시 | 47.6% | 48.9%",
    "거제시 | 54.1% | 41.5%",
    "※ 4일 0시 40분 기준, 중앙선거관리위원회 개표 자료",
]
LOOKUP = ["우리 동네 선거 결과 찾기", "시·도 선택", "구·시·군 선택", "검색"]
LIVE = [
    "개표 상황",
    "00:10",
    "이수진 후보 사무실에 지지자들이 모이기 시작했습니다. 캠프 관계자는 아직 결과를 지켜봐야 한다고 말했습니다.",
    "00:32",
    "정상우 후보 측은 서부 지역의 개표가 남아 있다며 역전을 기대한다고 밝혔습니다.",
    "이번 선거의 경남 지역 투표율은 56.1%로 4년 전보다 2.3%포인트 높았다. 선관위는 사전투표율이 크게 오른 것이 전체 투표율 상승으로 이어졌다고 설명했다.",
    "광고",
    "관련 기사",
    "부산시장 개표 초접전…새벽까지 승부 안 갈릴 듯",
    "기사 공유하기",
    "Copyright ⓒ 경남일보. 무단 전재 및 재배포 금지",
]


def test_a_results_table_between_the_lede_and_a_lookup_box_keeps_the_lede() -> None:
    out = clean(*LEDE, *RESULTS, *LOOKUP, *LIVE)
    assert set(LEDE[2:] + RESULTS) <= set(kept(out))
    assert {"검색", "광고", "관련 기사"} <= set(dropped(out))


QUAKE_HEAD = [
    "Magnitude 5.8 earthquake shakes Vrancea, felt across Bucharest",
    "By Andrei Ionescu",
    "Published 23 February 2025, 04:36",
    "A magnitude 5.8 earthquake struck the Vrancea region at 03:47 on Sunday at a depth of 142 kilometres, the National Institute for Earth Physics said. No casualties were reported, but dozens of old buildings were inspected.",
    "Residents of Bucharest, Galati and Focsani left their homes in the middle of the night, and the emergency number received more than 2,000 calls in the first hour.",
    "The main shock and the strongest aftershocks",
]
QUAKE_TABLE = [
    "Time | Magnitude | Depth | Area",
    "03:47 | 5.8 | 142 km | Vrancea",
    "04:12 | 3.1 | 138 km | Vrancea",
    "05:30 | 2.9 | 145 km | Buzau",
]
QUAKE_TAIL = [
    "Seismologists said the aftershocks were normal after a quake of this size and did not announce a stronger one. The institute will publish its full report on Monday.",
    "Experts from the ministry will inspect schools and hospitals in Focsani from Monday, starting with the buildings listed as a seismic risk.",
    "Share on Facebook",
    "© 2025 National News. All rights reserved.",
]


def test_an_aftershock_tables_rows_closing_on_the_same_place_are_rows_under_their_header() -> None:
    out = clean(*QUAKE_HEAD, *QUAKE_TABLE, *QUAKE_TAIL)
    assert set(QUAKE_TABLE) <= set(kept(out))


def test_ticket_cards_closing_on_the_same_button_still_go() -> None:
    cards = ["On tour this autumn", "3 Oct | Leeds | The Wardrobe | Buy tickets", "10 Oct | Bristol | The Fleece | Buy tickets", "17 Oct | Glasgow | King Tut's | Buy tickets"]
    out = clean(*QUAKE_HEAD, *QUAKE_TAIL[:2], *cards, *QUAKE_TAIL[2:])
    assert set(cards) <= set(dropped(out))
    assert set(QUAKE_TAIL[:2]) <= set(kept(out))
