"""A story's own table with its header, set inside the body: it stays, and so does the body around it.

A results table (a header with no figure over rows with figures, cut into the same cells) is
content wherever the article puts it. Its short rows must not weigh like a menu and cut the body
in two, leaving the paragraphs above it outside: in languages whose prose has few stopwords
(Korean, Chinese) the lede then lost to the live entries under a lookup box. A widget's table
under an advert's label keeps its weight. An aftershock table's rows that close on the same place
("Vrancea", "Vrancea") are rows under their header, not cards closing on a button; a tour's
ticket cards closing on "Buy tickets" still go. Rows ending on dates under a header are no
teasers printing their age, and a table's source label ("Source: …", "数据来源：…") under its
last row is the table's line.
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


RENTS_LEDE = [
    "Rents in the county's towns rose by almost a tenth in a year",
    "We compared the asking rents of two-bedroom flats in ten towns. Coffee-shop streets led the rise.",
    "A tenant who paid £900 a month for a two-bedroom flat in Hadleigh last autumn is now asked for close to £980, according to the listings we collected in the first week of November in both years.",
    "We took the median asking rent of every town with at least forty listings, from the three largest letting portals, and left out furnished short lets and student houses.",
    "What we compared",
]
RENTS_TABLE = [
    "Town | November 2024 | November 2025 | Change",
    "Hadleigh | £905 | £978 | +8.1%",
    "Sudbury | £840 | £910 | +8.3%",
    "Stowmarket | £820 | £865 | +5.5%",
    "Felixstowe | £870 | £955 | +9.8%",
    "Haverhill | £790 | £850 | +7.6%",
    "Eye | £760 | £745 | −2.0%",
    "Beccles | £735 | £790 | +7.5%",
    "Halesworth | £710 | £770 | +8.5%",
    "Woodbridge | £1,020 | £1,095 | +7.4%",
    "All ten towns | £839 | £904 | +7.7%",
]
RENTS_AFTER = [
    "LETTINGS OF THE WEEK",
    "Two-bed flat, Hadleigh – £950 pcm, available now",
    "Studio, Sudbury – £625 pcm (bills included)",
    "The steepest rise was in Felixstowe, where agents say commuters priced out of Ipswich are now looking along the coast. Landlords there have also passed on higher mortgage costs.",
    "Eye was the only town where asking rents fell. Two new developments on the edge of the town added more than sixty flats to the market in the spring.",
    "The council says it will publish its own figures on private rents in the new year, when it reviews its housing strategy.",
    "A spokesperson for the tenants' union said many renters were now spending more than half of their income on housing, and called for longer tenancies.",
    "Share this article",
]


def test_a_titled_table_whose_header_names_the_years_keeps_the_lede_above_it() -> None:
    """A header may name its columns' years ("November 2024 | November 2025") and still be the
    header: fewer of its cells hold a figure than the row's, and half of them or more hold none."""
    out = clean(*RENTS_LEDE, *RENTS_TABLE, *RENTS_AFTER)
    assert set(RENTS_LEDE[1:] + RENTS_TABLE) <= set(kept(out))
    assert "Share this article" in dropped(out)


def test_a_row_is_no_header_over_the_next_row() -> None:
    from newsclean.text import header_over

    assert header_over("Town | November 2024 | November 2025 | Change", "Hadleigh | £905 | £978 | +8.1%")
    assert header_over("District | Kim | Park", "Haeundae | 56.8% | 39.7%")
    assert not header_over("Sudbury | £840 | £910 | +8.3%", "Hadleigh | £905 | £978 | +8.1%")  # as many figures
    assert not header_over("2024 | 2025 | Change", "£905 | £978 | +8.1%")  # most of its cells figures
    assert not header_over("Town | 2024 | 2025", "Hadleigh | n/a | n/a")  # the row holds no figure


EXAM_BODY = [
    "سازمان سنجش آموزش کشور زمان ثبت‌نام و برگزاری آزمون‌های سال آینده را اعلام کرد. بر این اساس ثبت‌نام آزمون کارشناسی ارشد زودتر از سال گذشته آغاز می‌شود.",
    "به گفته رئیس سازمان، جابه‌جایی تقویم آزمون‌ها برای آن است که نتایج پیش از شروع سال تحصیلی اعلام شود و داوطلبان فرصت بیشتری برای انتخاب رشته داشته باشند.",
    "زمان‌بندی آزمون‌های سراسری",
]
EXAM_TABLE = [
    "آزمون | آغاز ثبت‌نام | تاریخ برگزاری",
    "کارشناسی ارشد | ۱۰ آذر ۱۴۰۴ | ۲۴ بهمن ۱۴۰۴",
    "دکتری | ۱ دی ۱۴۰۴ | ۱۵ اسفند ۱۴۰۴",
    "کاردانی به کارشناسی | ۲۰ دی ۱۴۰۴ | ۸ اردیبهشت ۱۴۰۵",
    "منبع: سازمان سنجش آموزش کشور",
]
EXAM_AFTER = [
    "داوطلبان می‌توانند پس از پایان ثبت‌نام تا یک هفته اطلاعات خود را ویرایش کنند. سازمان سنجش اعلام کرده است که مهلت ثبت‌نام تمدید نخواهد شد.",
    "کارت ورود به جلسه هر آزمون یک هفته پیش از برگزاری آن روی درگاه اینترنتی سازمان قرار می‌گیرد و داوطلبان باید آن را چاپ کنند.",
    "سال گذشته بیش از چهارصد هزار نفر در آزمون کارشناسی ارشد شرکت کردند که نسبت به سال قبل از آن کاهش داشت.",
]


def test_dated_rows_under_a_tables_header_are_no_teasers_with_their_age_and_its_source_stays() -> None:
    """Rows that end on dates look like teasers printing their age; under a header cut into the
    same cells they are a table's, and the source's label under them is the table's line."""
    out = clean(*EXAM_BODY, *EXAM_TABLE, *EXAM_AFTER)
    assert set(EXAM_TABLE) <= set(kept(out))


def test_a_chinese_tables_source_label_is_the_tables_line() -> None:
    body = [
        "今年以来，本市新建住宅价格总体平稳，但不同区域之间的差距进一步拉大，中心城区涨幅明显高于郊区。",
        "记者梳理了五个区的成交数据，发现中心城区的新房均价已连续三个季度上涨，而部分郊区出现小幅回落。",
        "各区新建住宅成交均价",
    ]
    table = [
        "区域 | 2025年6月（元/平方米） | 2025年9月（元/平方米） | 涨幅",
        "鼓楼区 | 38,200 | 39,100 | 2.4%",
        "玄武区 | 36,900 | 37,500 | 1.6%",
        "江宁区 | 24,300 | 24,100 | -0.8%",
        "数据来源：市住房保障和房产局网上公示的成交记录，记者整理",
    ]
    after = [
        "业内人士认为，中心城区新房供应有限，是价格持续上涨的主要原因，而郊区新盘集中入市，价格竞争更为激烈。",
        "多家中介机构预计，四季度全市新房价格仍将保持稳定，购房者的观望情绪短期内难以明显改变。",
    ]
    out = clean(*body, *table, *after)
    assert table[-1] in kept(out)


RICE_LEDE = [
    "Beranda › Ekonomi › Pangan",
    "Harga beras medium naik di sebagian besar provinsi menjelang akhir tahun",
    "Badan Pangan Nasional mencatat harga beras medium di tingkat konsumen naik rata-rata empat persen dalam sebulan terakhir. Kenaikan tertinggi terjadi di wilayah timur Indonesia.",
    "Menurut Kepala Badan Pangan Nasional, kenaikan ini dipicu oleh berakhirnya masa panen di sejumlah sentra produksi dan naiknya biaya angkut antarpulau.",
]
RICE_WIDGET = ["Promo Belanja Hari Ini", "Minyak goreng 2 liter | mulai Rp34.900", "Gula pasir 1 kg | mulai Rp16.500", "Lihat semua promo"]
RICE_TABLE = [
    "Harga rata-rata beras medium per provinsi",
    "Provinsi | Harga eceran tertinggi | Harga rata-rata pekan ini",
    "Jawa Barat | Rp13.500 | Rp13.900",
    "Jawa Tengah | Rp13.500 | Rp13.700",
    "Jawa Timur | Rp13.500 | Rp13.650",
    "Sumatera Utara | Rp14.000 | Rp14.600",
    "Kalimantan Timur | Rp14.400 | Rp15.200",
    "Maluku | Rp15.500 | Rp16.800",
    "Papua | Rp15.500 | Rp17.300",
    "Nusa Tenggara Timur | Rp14.400 | Rp15.900",
    "Sulawesi Selatan | Rp13.500 | Rp13.800",
    "Bali | Rp14.000 | Rp14.300",
]
RICE_AFTER = [
    "Pemerintah berencana menyalurkan beras dari cadangan pemerintah ke pasar-pasar tradisional mulai pekan depan untuk menahan kenaikan harga lebih lanjut.",
    "Para pedagang di Pasar Induk Beras Cipinang mengatakan pasokan masih cukup, tetapi harga dari penggilingan terus naik sejak awal bulan.",
    "Ekonom menilai kenaikan harga beras akan ikut mendorong inflasi bulan ini, mengingat beras memiliki bobot besar dalam keranjang belanja rumah tangga.",
    "Bagikan artikel ini",
    "Baca Juga",
    "Stok beras Bulog dinilai aman hingga Lebaran tahun depan",
    "Petani di Karawang mulai tanam padi musim rendeng",
]


def test_a_titled_table_between_prose_keeps_the_lede_across_a_shop_box_above_it() -> None:
    """A headed table of five rows or more with strong prose a few lines above its title and
    right below its last row is the article's, even with a shop's box between the lede and
    its title: the lede stays in the body."""
    out = clean(*RICE_LEDE, *RICE_WIDGET, *RICE_TABLE, *RICE_AFTER)
    assert set(RICE_LEDE[2:] + RICE_TABLE + RICE_AFTER[:3]) <= set(kept(out))
