"""A review's facts box at its end, line-ups under their title, and widget rows in any script.

A restaurant review closes with its verdict box: the score, the price, the address, then the
opening hours, whose labels are ranges of days ("Tue–Fri: 11.30–23.00") and whose values may be
one word ("Sunday: closed"). A match report's line-ups stand under a short title, in scripts
with capitals or without. A prayer-times widget prints names with times of day under its
title, and a chart's axis of months prints initials or abbreviations.
"""

from __future__ import annotations

from conftest import clean, dropped, kept
from newsclean.boilerplate.rules import NAVIGATION

REVIEW = [
    "Review: the old corner pub has been given a new life, and it tastes of more",
    "Open sandwiches by day and bistro dishes in the evening: we ate our way through both menus.",
    "When the pub closed last year after seventy years, many feared it would become another coffee bar. Instead two siblings took over the lease and kept the old bar.",
    "The lunch sandwiches are classic and generous. The plaice was crisp and hot, the remoulade home-made, and the liver pâté came warm with bacon and mushrooms.",
    "In the evening the kitchen changes gear. The braised beef cheek was rich and tender, while the baked cod with browned butter was the best dish of the night.",
    "Our verdict",
    "Stars: 5 out of 6",
    "Price level: medium, lunch 95–165 kroner a piece",
    "Address: Fælledvej 23, Copenhagen",
    "Tue–Fri: 11.30–23.00",
    "Sat: 11.30–24.00",
    "Sunday: closed",
    "View larger map",
    "Map data ©2025",
    "Get our weekly reviews and recipes straight to your inbox every Friday.",
    "Sign up",
]


def test_a_reviews_opening_hours_under_its_facts_box_are_the_articles() -> None:
    out = clean(*REVIEW)
    assert set(REVIEW[6:12]) <= set(kept(out))
    assert "Sign up" in dropped(out)


def test_a_labelled_word_alone_under_the_body_is_no_fact() -> None:
    """One word under a label, with no facts above it, may be a profile's handle."""
    page = [*REVIEW[:5], "Instagram: cornerpub", "Get our weekly reviews and recipes straight to your inbox every Friday.", "Sign up"]
    assert "Instagram: cornerpub" in dropped(clean(*page))


KOREAN = [
    "해안FC, 산성 유나이티드에 2-1 역전승…선두 경쟁 이어가",
    "해안FC가 홈에서 산성 유나이티드를 꺾고 선두 추격을 이어갔다. 교체 투입된 공격수가 후반 막판 결승골을 터뜨렸다.",
    "해안FC는 9일 해안종합운동장에서 열린 K리그1 36라운드 경기에서 전반 15분 만에 선제골을 넣었다. 측면에서 올라온 크로스를 정태양이 머리로 받아 넣었다.",
    "산성 유나이티드는 후반 들어 공격을 강화했고, 후반 9분 최현우가 페널티킥으로 동점을 만들었다. 이후 양 팀은 여러 차례 결정적인 기회를 주고받았다.",
    "승부는 후반 38분에 갈렸다. 교체 투입된 박지훈이 페널티박스 오른쪽에서 강하게 찬 공이 골망을 흔들었다.",
    "득점: 정태양(전15), 박지훈(후38) – 최현우(후9·PK)",
    "전15'",
    "후9'",
    "후38'",
    "선발 명단",
    "해안FC: 송민호 – 정태양, 한지성, 윤재원, 강현수 – 이승우, 조민재, 서동훈",
    "산성 유나이티드: 류성민 – 문재혁, 신동우, 권태민, 황준서 – 최현우, 남기현",
    "광고",
    "경기 후 해안FC 감독은 선수들이 끝까지 포기하지 않았다고 말했다. 그는 남은 두 경기도 결승전처럼 치르겠다고 강조했다.",
    "산성 유나이티드 감독은 후반 막판 집중력이 아쉬웠다고 평가했다. 그는 남은 경기에서 반드시 승점을 따내겠다고 밝혔다.",
    "해안FC는 오는 23일 원정에서 서부시티와 37라운드 경기를 치른다. 구단은 원정 응원단을 위해 버스를 운영할 예정이다.",
]


def test_a_line_ups_title_in_a_script_without_capitals_stays_over_them() -> None:
    out = clean(*KOREAN)
    assert set(KOREAN[9:12]) <= set(kept(out))


def test_line_ups_listed_with_arabic_commas_are_the_articles() -> None:
    arabic = [
        "الساحل يهزم الاتحاد الشرقي بثلاثية ويعزز صدارته",
        "حقق فريق الساحل فوزاً مهماً على ضيفه الاتحاد الشرقي بثلاثة أهداف مقابل هدف في الجولة الثانية عشرة من الدوري. وعزز الفريق بهذا الفوز موقعه في الصدارة.",
        "بدأ الساحل المباراة بضغط عالٍ وتمكن من افتتاح التسجيل في الدقيقة الثامنة عشرة عن طريق مهاجمه. وحاول الضيوف العودة لكن الدفاع صمد حتى نهاية الشوط.",
        "وفي الشوط الثاني عادل الاتحاد الشرقي النتيجة بتسديدة قوية من خارج المنطقة، قبل أن يعيد الساحل التقدم بعد ست دقائق فقط من ركلة ركنية.",
        "وشهد اللقاء حضوراً جماهيرياً كبيراً تجاوز عشرين ألف متفرج، وهو الأعلى هذا الموسم. وأشاد المدرب بالجمهور بعد المباراة.",
        "18'",
        "84'",
        "التشكيلتان",
        "الساحل: ماجد الشهري – سالم العتيبي، فهد الدوسري، نايف العنزي، تركي المالكي",
        "الاتحاد الشرقي: حسن البلوي – علي الرشيدي، ناصر الحارثي، مازن القرني، خالد الغامدي",
        "إعلان",
        "وقال مدرب الساحل في المؤتمر الصحفي إن فريقه قدم أفضل مبارياته هذا الموسم. وأضاف أن الفريق سيواصل العمل بالتركيز نفسه في المباريات المقبلة.",
    ]
    out = clean(*arabic)
    assert set(arabic[7:10]) <= set(kept(out))


def test_prayer_times_and_a_charts_axis_of_months_are_widget_rows() -> None:
    page = [
        "Extra trains added for the Hari Raya holiday rush",
        "The railway operator will run twelve extra trains during the festive season as demand for tickets hits a record. Most seats on the first days are already sold.",
        "The additional services will leave the capital early in the morning and late at night. Passengers are advised to arrive at the station at least thirty minutes early.",
        "Prayer times (Kuala Lumpur)",
        "Subuh 6:07 | Zohor 1:22 | Asar 4:30 | Maghrib 7:26 | Isyak 8:35",
        "Bookings by month",
        "J F M A M J J A S O",
        "Jan. · Feb. · Mar. · Apr. · May · Jun.",
        "Bus terminals expect around sixty thousand passengers a day at the peak. Police will close some lanes on the highways to heavy lorries during the holiday.",
        "Officials urged travellers to plan their journeys and avoid the busiest days. The operator said more trains could be added if demand keeps rising.",
    ]
    out = clean(*page)
    assert dropped(out)[page[3]] == NAVIGATION and dropped(out)[page[4]] == NAVIGATION
    assert dropped(out)[page[6]] == NAVIGATION
    assert page[8] in kept(out)


def test_a_converters_rate_between_currencies_of_two_words_is_its_widgets() -> None:
    page = [
        "Railways add twelve special trains for Eid",
        "Pakistan Railways will run twelve special trains before Eid as demand for seats hits a record. Advance booking opens on Monday at all major stations.",
        "The first special train will leave Karachi for Peshawar on the 25th of the month. Fares will be the same as on regular trains, the railway said.",
        "Transporters at the city's bus terminal have been warned not to raise fares before the holiday. Inspectors will check tickets at the main terminals.",
        "Currency converter",
        "1 US dollar = 280.35 Pakistani rupees",
        "Officials said more trains could be added if demand keeps rising. Passengers were told to buy tickets only at stations or through the official app.",
        "Police will close some lanes on the motorway to heavy vehicles in the last three days before the holiday.",
    ]
    out = clean(*page)
    assert dropped(out)[page[5]] == NAVIGATION
