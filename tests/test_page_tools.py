"""Page tools around the article: a series line, an audio player, gift and translate buttons.

"This article is part of our series …", "Listen to this article · 4 min", "Gift this article",
"Translate this page: English ▾", "Follow this topic", "Read in the app", an advert's "Report
this ad": the site's tools, whole lines of their
own. The audio player reads the article out: the headline over it is the article's, not a
video's title.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEADLINE = "Hosepipe ban for two counties as reservoirs fall to record low"
BODY = [
    "A hosepipe ban will come into force across two counties on Friday after the driest spring in more than a century left reservoirs at their lowest level on record.",
    "The water company said the ban was needed to protect supplies for homes and hospitals. Customers who break it could face a fine of up to £1,000.",
    "The company will review the ban at the end of August, when it expects the first autumn rain.",
]
TOOLS = {
    "series": "This article is part of our series Dry Summer.",
    "audio": "▶ Listen to this article · 4 min",
    "gift": "Gift this article",
    "translate": "Translate this page: English ▾",
    "follow": "Follow this topic",
    "report": "Report this ad",
    "app": "Read in the app",
}


def test_page_tools_go_and_the_headline_over_the_player_stays() -> None:
    out = clean(
        HEADLINE, TOOLS["audio"], TOOLS["series"], TOOLS["app"], BODY[0], TOOLS["gift"], TOOLS["translate"], BODY[1], "Advertisement", TOOLS["report"], BODY[2],
        TOOLS["follow"], "Share", "Facebook",
    )
    assert set(TOOLS.values()) <= set(dropped(out))
    assert {HEADLINE, *BODY} <= set(kept(out))
