"""A review's practical box past an app's promo, rankings and tables under a video, embedded posts.

An exhibition review closes with where, when and what it costs, under a title, often below the
promo of an audio guide's app and over a ticket button: the box is the article's. A ranking
flattened with pipes opens each row with its rank. Under a video's widget, a quoted subhead over
the body (under a price widget's lines too) and a table's header over its rows are the
article's; so are table rows cut by spaced dashes. An Instagram post embedded in the
article names its user in lower case, then its text, its date and the link to it: the text is
quoted and the article goes on under the link.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

EXHIBITION = [
    "Arts & Culture › Exhibitions",
    "The painter the harbour forgot finally gets the retrospective she deserved",
    "A generous, sometimes overwhelming show gathers 140 works by the modernist painter for the first time.",
    "By Ruth Almond",
    "Published 22 November 2024, 19:00",
    "For decades her name appeared only in footnotes, usually beside her husband's. The exhibition sets that right, room after room, with works lent by families who never showed them.",
    "The route is chronological and opens with drawings from her student years, when she was one of three women in her class at the art school.",
    "From the 1930s she returns again and again to one motif: a woman seen from inside the house, always from behind, looking out of a window at the harbour.",
    "Not everything works. The last room, with late tapestries, feels added in a hurry, and the wall texts are far too long for anyone to read standing up.",
    "Download the Harbour Guide app and hear the curator talk you through every room. Available for iOS and Android.",
    "Practical information",
    "“Helen Rock: A Retrospective”",
    "Harbour Museum, 24 Quay Street, Porto",
    "Until 30 March 2025, Tuesday to Sunday, 10am to 6pm",
    "Tickets: 10 euros, students and over-65s 5 euros",
    "Buy tickets",
    "Newsletter: the best exhibitions, concerts and books every Friday in your inbox.",
    "Subscribe",
]


def test_a_reviews_practical_box_past_an_apps_promo_is_the_articles() -> None:
    out = clean(*EXHIBITION)
    assert set(EXHIBITION[10:15]) <= set(kept(out))
    assert "Buy tickets" in dropped(out)


def test_a_tours_dates_under_the_body_are_no_practical_box() -> None:
    """Each row opens with its date: a tour's or a calendar's list, not where and when to visit."""
    page = [
        *EXHIBITION[:10],
        "Tour dates",
        "12 March, Oslo, Spektrum",
        "14 March, Stockholm, Avicii Arena",
        "16 March, Copenhagen, Royal Arena",
        "Buy tickets",
        "Newsletter: the best exhibitions, concerts and books every Friday in your inbox.",
        "Subscribe",
    ]
    assert {"12 March, Oslo, Spektrum", "14 March, Stockholm, Avicii Arena"} <= set(dropped(clean(*page)))


RANKING = [
    "Exam results 2025: these are the schools with the best scores",
    "A state grammar school in the north tops the national ranking for the first time, ahead of two private schools in the capital.",
    "By Helen Parry",
    "Published 2 July 2025, 09:45",
    "This year's results brought a surprise. For the first time in a decade the best average score did not come from one of the capital's private schools but from a state school.",
    "The ranking is based on the scores of every pupil who sat the exams this summer, averaged per school. Only schools with at least forty candidates were counted.",
    "Rank | School | Town | Average",
    "1 | Northfield Grammar School | Leeds | 17.842",
    "2 | St Olave's College | London | 17.615",
    "3 | Riverside Academy | Bristol | 17.390",
    "FIND YOUR SCHOOL",
    "Search",
    "The head teacher of the winning school, Nick Harris, says there was no magic involved. The school simply gave pupils more mock exams and more time with their teachers after lessons.",
    "Many parents question the value of such lists. They point out that a school's average says little about how much it helps the weakest pupils to improve.",
    "Advertisement",
    "Related articles",
    "University places: everything you need to know",
]


def test_a_rankings_rows_opening_with_their_rank_are_the_articles_table() -> None:
    out = clean(*RANKING)
    assert set(RANKING[6:10]) <= set(kept(out))


FUEL = [
    "Fuel prices rise again ahead of the Christmas holidays",
    "Diesel has gained almost four cents in a week, bad news for the millions of drivers taking to the road.",
    "Newsroom with AFP",
    "Published 16/12/2024 at 07:12",
    "After three months of almost constant falls, pump prices are heading up again. According to the weekly figures published on Monday by the ministry, diesel now costs 1.68 euros a litre on average.",
    "The rise is mostly down to the price of a barrel of Brent, which jumped after several producing countries announced a cut in output. Analysts expect it to last into January.",
    "VIDEO. At the pump, drivers in Lyon are doing their sums",
    "01:52",
    "Stations around Villeurbanne",
    "Intermarket Vaulx · Diesel 1.629 €",
    "Avia Bron Centre · Diesel 1.719 €",
    "See all stations",
    "« We no longer know when to fill up »",
    "In the car park of a supermarket in Villeurbanne, Nadia, a care assistant, has been queuing for twenty minutes. She drives sixty kilometres a day and now counts every cent.",
    "The retailers promise to limit the rise. Several supermarket chains have announced fuel sold at cost price over the holiday weekends, as they did last year.",
    "Share on Facebook",
    "Share on X",
]


def test_a_quoted_subhead_under_a_video_over_the_body_is_the_articles() -> None:
    out = clean(*FUEL)
    assert "« We no longer know when to fill up »" in kept(out)
    assert "01:52" in dropped(out)


TRANSFER = [
    "Defender leaves for Spain in the club's record sale",
    "The 21-year-old becomes the first player from the academy to join a club in La Liga directly.",
    "By Helen Vasylenko",
    "16 July 2025, 09:05",
    "Mountain Lions announced on Tuesday the sale of defender Denis Gordon to a Madrid club. The fee was not disclosed, but local media put it at around eight million euros.",
    "Gordon became the first player of the club's academy to move straight to Spain. He signed a five-year contract and will wear the number four shirt next season.",
    "Video",
    "Gordon's first training session in Spain · 1:48",
    "Career in figures",
    "Season — Club — Games — Goals",
    "2021/22 — Lions II — 23 — 1",
    "2022/23 — Mountain Lions — 27 — 2",
    "2023/24 — Mountain Lions — 29 — 3",
    "The head coach admitted that losing the defender hurts, but said the club had planned for it. A replacement from the academy is expected to start the first league match.",
    "Gordon will join his new team at its pre-season camp in Austria next week. His first competitive match could come in the Spanish Super Cup in August.",
    "Share",
    "Facebook",
    "Telegram",
]


def test_a_tables_header_and_title_under_a_video_are_the_articles() -> None:
    out = clean(*TRANSFER)
    assert {"Career in figures", "Season — Club — Games — Goals", "2021/22 — Lions II — 23 — 1"} <= set(kept(out))
    assert "Gordon's first training session in Spain · 1:48" in dropped(out)


WEDDING = [
    "Actress and basketball star marry in a hilltop ceremony",
    "The couple exchanged vows in front of 150 guests on Saturday afternoon, after three years together.",
    "By Carla Reyes",
    "30 November 2025",
    "The actress and the basketball player married on Saturday in a small chapel overlooking the lake. The ceremony lasted less than an hour and was led by the bride's uncle, a parish priest.",
    "After the ceremony the guests were taken to an events venue with a view of the volcano, where a string quartet played. The menu was local: beef stew, fried fish and rice cakes.",
    "Before the wedding the couple asked their guests not to post any pictures until the bride had shared her own. Only one photographer was allowed inside the chapel.",
    "andreavillanueva",
    "Mrs Dizon at last! Thank you, God, and everyone who loved us and prayed for us. 🤍",
    "Nov 29, 2025",
    "View on Instagram",
    "Next week the newlyweds fly to Japan for their honeymoon. The groom returns to training in January, before the second half of the season.",
    "Want the hottest showbiz news first? Subscribe to our newsletter.",
    "Subscribe",
    "Your e-mail",
]


def test_an_instagram_users_name_in_lower_case_frames_the_post_and_the_article_goes_on() -> None:
    out = clean(*WEDDING)
    assert {WEDDING[8], WEDDING[11]} <= set(kept(out))
    assert {"andreavillanueva", "Nov 29, 2025", "View on Instagram"} <= set(dropped(out))


KOREAN = [
    "한빛은행 앱 먹통 4시간…월급날 이체 대란",
    "월급날인 25일 오전 한빛은행 모바일 앱과 인터넷뱅킹이 4시간 가까이 멈추면서 고객들의 불만이 쏟아졌다. 은행 측은 서버 장애가 원인이라고 밝혔다.",
    "박지훈 기자",
    "입력 2025.07.25 15:12",
    "25일 금융권에 따르면 한빛은행 모바일 앱은 이날 오전 9시 10분께부터 접속이 되지 않았다. 앱을 실행하면 오류 문구만 반복해서 나타났다.",
    "하필 월급날과 겹치면서 피해가 컸다. 카드 대금과 월세를 이체하려던 고객들은 발을 동동 굴렀고, 일부 지점에는 긴 줄이 늘어섰다.",
    "은행은 입장문을 내고 고객 여러분께 큰 불편을 드려 깊이 사과드린다고 밝혔다. 장애로 인해 발생한 연체 이자와 수수료는 전액 보상하겠다고 덧붙였다.",
    "■ 피해 문의",
    "고객센터: 1588-0000",
    "카드 분실·도난 신고: 1588-0001 (24시간)",
    "해외에서: +82-2-0000-0000",
    "오류 제보하기",
    "구독하기",
]


def test_a_korean_label_joined_by_a_middle_dot_is_a_facts_label() -> None:
    out = clean(*KOREAN)
    assert set(KOREAN[7:11]) <= set(kept(out))
