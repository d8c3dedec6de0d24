"""Tables of contents over sections of tables and questions, a lone teaser printing its age, and a
headline under a video heading.

A table of contents links to its article's subheads; a section may open with a table's rows or a
question before its prose, and its subhead is still one: the contents go, the subheads stay. A
title printing its source and age, alone under a related block's heading and over the body, is the
block's teaser. Under a video heading at the page's top, a title over a standfirst and the byline
is the article's headline, not a video's title. (The golden cases of the 115th and 116th batches
hold the other rules of that round: a headline under or over its section and age or over its
picture's foreign description, a summary of short statements under a title, a quotation and who
said it beside a teaser.)
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEAD = [
    "Home | News | Region | Sport",
    "Parking in the old town will cost up to four pounds an hour from April",
    "The council's cabinet approved the new charges on Wednesday evening after a three-month consultation. Residents' permits will rise too.",
    "By Harriet Lowe",
]
CONTENTS = ["On this page:", "The new charges", "Who pays less", "What traders say"]
BODY = [
    "The new charges",
    "Zone | Per hour | Evenings",
    "Castle Street car park | £4.00 | £2.00",
    "Riverside car park | £3.20 | free",
    "Market Square bays | £4.00 | £2.50",
    "The council said the money would pay for the new park-and-ride buses from the ring road. It expects some 2,000 fewer cars a day in the old town.",
    "Who pays less",
    "Blue badge holders keep parking free in every council car park, as before. Carers can apply for a discounted permit from March.",
    "Residents in the zone will pay 120 pounds a year for a permit instead of 80. Second cars will pay double.",
    "What traders say",
    "Do shops fear fewer customers?",
    "The traders' association said the charges would push shoppers to the retail park outside the town. Its chair called the decision short-sighted.",
    "The council said it would review the charges after one year, as it did with the last increase in 2019.",
]
FOOT = ["Share this article", "Facebook", "WhatsApp", "© 2026 Northern Courier Ltd. All rights reserved."]


def test_a_table_of_contents_over_sections_opening_with_rows_or_a_question_goes_and_the_subheads_stay() -> None:
    out = clean(*HEAD, *CONTENTS, *BODY, *FOOT)
    gone = dropped(out)
    # Each entry is printed twice: in the contents (dropped), then as its subhead (kept).
    subheads = [p for p in out.paragraphs if p.text in CONTENTS[1:]]
    assert [p.dropped for p in subheads] == ["boilerplate.navigation"] * 3 + [None] * 3
    assert gone["On this page:"] == "boilerplate.navigation"
    assert {"Zone | Per hour | Evenings", "Do shops fear fewer customers?"} <= set(kept(out))


MUSEUM = [
    "The burglars needed less than ten minutes. During the night from Saturday to Sunday they forced a side door of the small museum and broke two display cases.",
    "The alarm went off at a quarter past three, but when the police arrived the thieves had gone. They left a crowbar and a torch behind in the courtyard.",
    "The museum is run by a society of volunteers and welcomes some four thousand visitors a year. Most of its pieces were given by local families.",
    "Investigators are studying the pictures of a camera on the village square. The society has sent photos of the watches to antique dealers in the region.",
    "The mayor said the museum would stay closed until further notice. The volunteers hope to reopen it for the summer season.",
]


def test_a_title_printing_its_age_alone_under_the_heading_is_the_blocks_teaser() -> None:
    out = clean(*MUSEUM[:3], "Related news", "Ransomware attack halts a private hospital's systems — Northern Voice · 1 day ago", *MUSEUM[3:], *FOOT)
    assert dropped(out)["Ransomware attack halts a private hospital's systems — Northern Voice · 1 day ago"] == "boilerplate.related_block"
    assert set(MUSEUM) <= set(kept(out))


FLOOD = [
    "Floodwater reached the first houses in Tewkesbury late on Sunday, and the army was asked to help. Some 300 homes were cleared overnight.",
    "The Severn rose by almost a metre in twelve hours after a week of rain in Wales. The Environment Agency said it would peak on Monday afternoon.",
    "Sandbags were handed out at the leisure centre until midnight, and volunteers carried them to older residents. Two schools stay closed.",
    "The A38 was shut between Tewkesbury and Gloucester, and buses took a detour through Ashchurch. Drivers were told to avoid the area.",
    "The council opened the town hall as a rest centre for those who could not stay with family. Forty people slept there on Sunday night.",
]
FLOOD_HEADLINE = "Severn bursts its banks in Tewkesbury as hundreds of homes are cleared"
STANDFIRST = "The army was called in overnight to help move residents. The river is expected to peak on Monday afternoon."


def test_the_headline_under_a_video_heading_over_its_standfirst_and_byline_is_the_articles() -> None:
    out = clean("Vale Gazette", "News", "Sport", "Watch live", "News / Gloucestershire / Tewkesbury", FLOOD_HEADLINE, STANDFIRST,
                "By Tom Ashby, Vale Gazette", "Monday 9 December 2024, 7:15am", *FLOOD, *FOOT)
    assert {FLOOD_HEADLINE, STANDFIRST} <= set(kept(out))

