"""An author's name over an e-mail address under a long page head.

Under the headline, "Jane Doe" over "jane.doe@example.org" over the date is the byline however far
down the page's menus and tickers push it: the headline and standfirst above it are the article's.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

FOOT = ["Share this article", "Facebook", "WhatsApp", "© 2026 Coastal Herald Ltd. All rights reserved."]
MENU = ["Coastal Herald", "News", "Region", "Business", "Sport", "Culture", "Subscribe", "Region"]
HEADLINE = "Town hall data leak: records of 4,200 residents found online"
STANDFIRST = "Files with names, addresses and benefit claims were open to anyone with a search engine. The council has apologised."
BODY = [
    "The council said on Tuesday that files from its social services server had been visible online for at least three weeks. A resident found his own record in a spreadsheet.",
    "The files held the names, dates of birth and addresses of people who had applied for housing benefit since 2021. Some also listed phone numbers.",
    "The council's head of IT said a file-sharing service had been set up wrongly during a move to new servers last month. It was closed within an hour.",
    "The information commissioner has opened an inquiry and may fine the council. Residents will receive a letter within a week.",
]


def test_a_name_over_its_address_over_the_date_far_down_the_page_head_is_the_byline() -> None:
    out = clean(*MENU, HEADLINE, STANDFIRST, "Kate Tamsin", "kate.tamsin@coastalherald.co.uk", "14 October 2025, 17:22", *BODY, *FOOT)
    assert {HEADLINE, STANDFIRST} <= set(kept(out))
    assert dropped(out)["kate.tamsin@coastalherald.co.uk"] == "boilerplate.byline"



def test_a_name_over_its_social_accounts_under_the_headline_is_the_byline() -> None:
    # The accounts parted by a bar or a dot, with their platforms' labels, in any language; a
    # sentence naming an account is the article's.
    accounts = "X: @katetamsin · Instagram: @kate.tamsin.news"
    out = clean(*MENU[:3], HEADLINE, STANDFIRST, "Kate Tamsin", accounts, "14 October 2025, 17:22", *BODY, *FOOT)
    assert {HEADLINE, STANDFIRST} <= set(kept(out))
    assert dropped(out)[accounts] == dropped(out)["Kate Tamsin"] == "boilerplate.byline"
    told = "Residents can follow @coastalcouncil on X for updates."
    out = clean(*MENU[:3], HEADLINE, STANDFIRST, told, *BODY, *FOOT)
    assert told in kept(out)
