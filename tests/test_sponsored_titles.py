"""A sponsored teaser's title under a label that says someone paid for it.

"Sponsored" (or "Sponzorirano", "Patrocinado", "Partner content"), then "This trick halves your
electricity bill this winter": the title of an advertiser's story set between the article's
paragraphs. An ad slot's marker ("Article continues below") names no payer, and the article's
subhead may come right under it; a partner's recipe opens with a one-word subhead.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

BODY = [
    "The city council approved the new tram line on Tuesday evening after a debate that lasted almost four hours. Construction should start next spring.",
    "The line will connect the main station with the university campus and the new hospital. The council expects about 20,000 passengers a day.",
]
REST = [
    "Opponents argued that the money would be better spent on buses, which can serve the outlying villages. The vote passed by 31 to 14.",
    "The first trams are due to run in the summer of 2028, if the works stay on schedule.",
]


def test_a_title_under_a_sponsored_label_goes_with_it() -> None:
    title = "This simple trick halves your electricity bill this winter"
    out = clean(*BODY, "Sponsored", title, *REST, "Share", "Facebook")
    assert dropped(out).get(title) == "boilerplate.advertisement"
    assert {*BODY, *REST} <= set(kept(out))


def test_a_subhead_under_an_ad_slots_marker_stays() -> None:
    subhead = "What the new line means for the villages"
    out = clean(*BODY, "Advertisement", subhead, *REST, "Share", "Facebook")
    assert subhead in kept(out)
