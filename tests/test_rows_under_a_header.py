"""A story's rows stay when the widget rules see their shape: prices are no teasers' ages, and a
table's rows under its header are no bookmaker's odds, no cards closing on a button, no offer.

A restaurant review lists its dishes with their prices in the currency's name ("– 14 euros",
"– 46 ש"ח"), a budget story its tax bands with their rates ("| ۱۰ درصد"): a figure and a word
after a dash, like a teaser's age ("– 3 hours ago"), but money and shares are no age. A table's
header may stand rows above the row a rule looks at: gauge readings with two decimals read like
odds, levels closing on the same word ("Moderate") like cards closing on a button, and the last
rows over an advert's label like a booking box's offer. Each test also shows the widget the rule
was written for still going. A spec sheet of labelled rows of two cells ("Battery | 5,500 mAh") is the
article's table too, inside the body and under a box of one teaser.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

from newsclean.text import labelled_cell

REVIEW_HEAD = [
    "Harbour kitchen: a fish tavern that finally earns its view",
    "By Lena Marsh",
    "The tavern on the old quay reopened in March under a new chef, and the menu now follows the morning catch. We ate there twice, once at lunch and once on a busy Friday night, and paid our own bill both times.",
    "The dining room is small and loud in the best way, and the staff explain the day's fish at every table without hurrying anyone.",
]
DISHES = [
    "What we ate",
    "Grilled sardines with lemon and sea salt – 9 euros",
    "Octopus salad with capers and red onion – 14 euros",
    "Monkfish stew with polenta and parsley – 22 euros",
    "Almond cake with a glass of sweet wine – 7 euros",
]
REVIEW_TAIL = [
    "The stew was the highlight: a deep, peppery broth with firm chunks of fish, and enough polenta to soak up every drop. The cake was dense and not too sweet.",
    "Service slowed down on the Friday, but the kitchen never lost its rhythm and the prices stay fair for a table by the water.",
    "Share this article",
    "© 2026 Coast Herald. All rights reserved.",
]


def test_dishes_priced_in_the_currencys_name_are_no_teasers_printing_their_age() -> None:
    out = clean(*REVIEW_HEAD, *DISHES, *REVIEW_TAIL)
    assert set(DISHES) <= set(kept(out))


def test_teasers_printing_their_age_still_go() -> None:
    teasers = ["More from the coast", "Ferry timetable changes for the winter season – 3 hours ago", "New harbour wall will be finished by the summer – 5 hours ago"]
    out = clean(*REVIEW_HEAD, *REVIEW_TAIL[:2], *teasers, *REVIEW_TAIL[2:])
    assert set(teasers) <= set(dropped(out))


FLOOD_HEAD = [
    "River keeps rising as towns close their quays",
    "By Tom Veld",
    "The river rose faster overnight than forecast, and the towns along it closed their quays and car parks on Tuesday morning. Water boards sent extra crews to check the dikes.",
    "The water authority published the readings below at noon, in metres above sea level, with the forecast for Wednesday and the normal level for the season.",
]
GAUGES = [
    "Gauge | Tuesday noon | Wednesday forecast | Normal",
    "North Weir | 46.91 | 47.28 | 44.05",
    "Old Bridge | 21.36 | 21.90 | 16.85",
    "Mill End | 16.42 | 16.95 | 11.10",
    "Low Ferry | 12.88 | 13.35 | 8.70",
]
FLOOD_TAIL = [
    "The peak is expected on Wednesday evening, lower than in the floods three years ago, and the authority does not expect the dikes to be at risk.",
    "Residents of the riverside streets were told to move valuables upstairs and to keep their cars away from the quays until the weekend.",
    "Share this article",
    "© 2026 Valley News. All rights reserved.",
]


def test_gauge_readings_under_their_header_are_no_bookmakers_odds() -> None:
    out = clean(*FLOOD_HEAD, *GAUGES, *FLOOD_TAIL)
    assert set(GAUGES) <= set(kept(out))


def test_a_bookmakers_odds_with_no_header_still_go() -> None:
    odds = "Rovers – United 2.45 | 3.30 | 2.70"
    out = clean(*FLOOD_HEAD, odds, *FLOOD_TAIL)
    assert odds in dropped(out)


BARRAGES = [
    "Barrage | Inflow | Outflow | Level",
    "Upper Dam | 285,000 | 260,000 | Normal",
    "East Weir | 412,000 | 405,000 | Moderate",
    "Fork Weir | 196,000 | 190,000 | Moderate",
    "Delta Weir | 524,000 | 518,000 | High",
    "Port Weir | 240,000 | 222,000 | Low",
]


def test_rows_closing_on_the_same_level_under_a_header_rows_above_are_no_cards() -> None:
    out = clean(*FLOOD_HEAD, *BARRAGES, *FLOOD_TAIL)
    assert set(BARRAGES) <= set(kept(out))


QUAKE_TABLE = [
    "Aftershocks until 7 a.m.",
    "Time | Magnitude | Depth",
    "02.58 | 4.2 | 10 km",
    "03.15 | 3.8 | 11 km",
    "03.47 | 4.5 | 9 km",
    "05.02 | 3.5 | 10 km",
]
QUAKE_AD = ["ADVERTISEMENT", "Emergency bag with 25 items, torch and first-aid kit. Order today, delivered tomorrow."]


def test_a_tables_last_rows_over_an_adverts_label_are_no_booking_boxs_offer() -> None:
    out = clean(*FLOOD_HEAD, *QUAKE_TABLE, *QUAKE_AD, *FLOOD_TAIL)
    assert set(QUAKE_TABLE) <= set(kept(out))
    assert "ADVERTISEMENT" in dropped(out)


PHONE_HEAD = [
    "Nova X7 review: a big battery and a bright screen for half a flagship's price",
    "By Petra Lind",
    "The Nova X7 goes on sale this week at a price well below the flagships, and it promises two days on one charge. We used it for a fortnight as our only phone, at home, at work and on a long train journey.",
    "The maker says the phone is aimed at people who watch a lot of video and do not want to carry a charger, and on paper it delivers.",
]
SPECS = [
    "The spec sheet",
    "Feature | Details",
    "Screen | 6.8 inches, AMOLED, 120 Hz",
    "Processor | Dimensity 7300",
    "Memory | 8 GB RAM, 256 GB storage",
    "Battery | 5,500 mAh, 67 W charging",
    "Weight | 196 g",
]
PHONE_TAIL = [
    "The screen is the best thing about it: bright enough for a sunny platform and smooth when scrolling. The speakers are loud but thin, and the phone gets warm when charging fast.",
    "After two weeks we ended most days with more than a third of the battery left, which no phone at this price managed in our earlier tests.",
    "Share this article",
    "© 2026 Gadget Weekly. All rights reserved.",
]


def test_a_spec_sheet_of_labelled_two_cell_rows_is_the_articles_table() -> None:
    out = clean(*PHONE_HEAD, *SPECS, *PHONE_TAIL)
    assert set(SPECS) <= set(kept(out))


def test_a_spec_sheet_under_a_one_teaser_box_ends_the_box() -> None:
    box = ["Read also:", "Five habits that drain your phone's battery faster than you think"]
    out = clean(*PHONE_HEAD, *box, *SPECS, *PHONE_TAIL)
    assert set(SPECS) <= set(kept(out))
    assert set(box) <= set(dropped(out))


def test_a_labelled_cell_is_no_longer_than_its_value_by_more_than_a_word() -> None:
    assert labelled_cell("Processor | Dimensity 7300") == "Dimensity 7300"
    assert labelled_cell("Staple Organic Tee | 5001G") is None  # a product's name over its code
    assert labelled_cell("Floods close the coast road again after a night of rain | BBC") is None  # a teaser and its source
    assert labelled_cell("2024 | 5,1 %") is None  # a figure in the label: a table's row of cells


TAX_LEDE = [
    "个税起征点明年上调 中低收入者税负减轻",
    "2026-10-06 09:41",
    "记者从财政部获悉，修订后的个人所得税法实施条例将于明年一月一日起施行，基本减除费用由每年六万元提高到七万二千元。",
    "财政部有关负责人表示，调整后月收入在一万元以下的职工税负将明显减轻，全年大约可少缴两千元左右。",
]
TAX_BOX = ["个税计算器", "税前月薪（元）", "五险一金（元）", "专项附加扣除（元）", "立即计算"]
TAX_TABLE = [
    "调整后的累进税率表",
    "级数 | 全年应纳税所得额 | 税率",
    "1 | 不超过4.2万元 | 3%",
    "2 | 4.2万元至18万元 | 10%",
    "3 | 18万元至36万元 | 20%",
    "4 | 36万元至48万元 | 25%",
    "5 | 超过48万元 | 30%",
]
TAX_TAIL = [
    "与现行税率表相比，第一档级距明显扩大，中间几档的上限也相应提高，更多收入将适用较低税率。",
    "有专家分析认为，拓宽中低档级距比单纯提高起征点更能照顾到工薪阶层，也有利于稳定消费。",
    "根据条例，子女教育、赡养老人等专项附加扣除标准保持不变，纳税人仍可在年度汇算时申报。",
    "免责声明：本文为转载内容，版权归原作者所有。",
]


def test_a_long_chinese_table_between_prose_keeps_the_lede_across_a_calculator_box_above_it() -> None:
    # Chinese prose scores less per line than the fixed bar for strong prose: the bar follows the page's prose.
    out = clean(*TAX_LEDE, *TAX_BOX, *TAX_TABLE, *TAX_TAIL)
    assert set(TAX_LEDE[2:] + TAX_TABLE + TAX_TAIL[:3]) <= set(kept(out))


MARKET_BODY = [
    "Shares close higher as banks lead the gains",
    "By Aida Rahman",
    "The benchmark index closed 0.8 per cent higher on Thursday, led by the banks after the central bank kept its rate unchanged. Trading volume rose to 3.2 billion shares worth 2.9 billion.",
    "Analysts said foreign funds returned to the market for a third day, buying lenders and utilities ahead of the quarterly results season.",
    "Among the biggest gainers were the two largest lenders, which rose more than two per cent each after brokers raised their targets. Plantation stocks fell as palm oil futures slipped for a second session, and glove makers lost ground on weaker export orders.",
]
BROKER_BOX = ["Advertisement", "Open a trading account now", "Investing involves risk. Terms and conditions apply."]
MARKET_TAIL = [
    "On the currency market the ringgit closed firmer against the US dollar, helped by higher oil prices and the steady rate decision.",
    "Share this article",
    "© 2026 Market Wire. All rights reserved.",
]


def test_a_disclaimer_under_an_adverts_button_is_its_small_print_and_the_article_goes_on() -> None:
    out = clean(*MARKET_BODY, *BROKER_BOX, *MARKET_TAIL)
    assert MARKET_TAIL[0] in kept(out)
    assert BROKER_BOX[2] in dropped(out)


CENSUS_LEDE = [
    "全市常住人口小幅增长 人口继续向中心城区集聚",
    "2026-11-18 10:23 来源：晨报",
    "市统计局十七日发布全市人口抽样调查主要数据，全市常住人口为八百九十八万人，与五年前相比略有增加。",
    "从区域分布看，人口继续向中心城区集聚，三个中心城区常住人口合计增加十二万人，部分山区县人口有所减少。",
]
CENSUS_TABLE = [
    "部分县区常住人口情况",
    "地区 | 2020年（万人） | 2025年（万人） | 增减",
    "东城区 | 66.7 | 71.2 | +4.5",
    "南湖区 | 80.4 | 83.9 | +3.5",
    "西山县 | 88.1 | 86.5 | -1.6",
    "北岭县 | 71.3 | 68.8 | -2.5",
    "青石市 | 60.2 | 60.9 | +0.7",
    "白水县 | 45.8 | 44.1 | -1.7",
    "红岭县 | 52.6 | 51.0 | -1.6",
    "金溪县 | 39.4 | 38.2 | -1.2",
]
COMPARE_BOX = ["对比你的家乡", "选择地区一 ▼ 选择地区二 ▼", "开始对比"]
CENSUS_TAIL = [
    "公报还显示，全市城镇化率达到百分之六十，比五年前提高了近五个百分点，城镇人口继续增加。",
    "在受教育程度方面，每十万人中拥有大学文化程度的人数明显上升，人口素质持续提高。",
    "市统计局表示，此次抽样调查共抽取全市十八个县区的数百个调查小区，数据具有较好的代表性。",
    "免责声明：本文为转载内容，版权归原作者所有。",
]


def test_a_long_table_over_a_widgets_few_lines_keeps_the_lede_above_it() -> None:
    # The prose that makes the table the article's may stand under a box of a few lines (a comparison tool).
    out = clean("首页 > 新闻 > 正文", *CENSUS_LEDE, "广告", *CENSUS_TABLE, *COMPARE_BOX, *CENSUS_TAIL)
    assert set(CENSUS_LEDE[2:] + CENSUS_TABLE + CENSUS_TAIL[:3]) <= set(kept(out))


VERDICT = [
    "Court jails four over road-building bribes",
    "By Olga Petrova",
    "A regional court on Friday sentenced four people for bribes paid to win road-building contracts worth more than 300 million roubles, ending a trial that lasted almost two years.",
    "The judge found that the former deputy head of the district took money from contractors in exchange for favourable terms in at least five tenders.",
    "Who got what",
    "Viktor Zabolotny, former deputy head of the district, — 9 years in a strict-regime colony and a fine;",
    "Oleg Mazunin, director of a contractor — 6 years in prison;",
    "Elena Gileva, former head of procurement — 4 years suspended;",
    "Ruslan Shestakov, intermediary, — 3 years 6 months in a general-regime colony.",
    "The defence said it would appeal against the verdict, arguing that the recordings used in court had been obtained unlawfully and should not have been admitted.",
    "Prosecutors had asked for longer terms for two of the defendants, and said they were considering an appeal of their own.",
    "Share this article",
    "© 2026 Kama News. All rights reserved.",
]


def test_a_sentences_items_run_on_with_semicolons_are_no_teasers_printing_their_age() -> None:
    out = clean(*VERDICT)
    assert set(VERDICT[5:9]) <= set(kept(out))
