"""A related block set into a live blog, or over the article's box of facts, ends there.

Sites set a "Read also" block between a live blog's entries. The blog goes on under the block at
its next entry: a time stamp on its own line over the entry ("20:10"), or an entry opening with its
time as the entries above the block do ("14:10 – Traffic is heavy …"). Teasers print no clock. An
obituary or a match report sets its facts under such a block: a label of its own and a value with
a figure on each line ("Born: 12 May 1945, Whitby"). Teasers that open with a label share it or
name no figure. A race's times ("11 min 42 sec") are no teaser's age either.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

from newsclean.boilerplate.rules import _teaser_age

TOP = [
    "Home | News | Politics | Sport",
    "By-election night in Exeter North: the Green candidate leads as the count goes on",
    "Voters in Exeter North chose a new member of parliament on Thursday after the resignation of the sitting member in the spring.",
]
BLOCK = ["Read also", "By-election: who are the seven candidates on the ballot in Exeter North"]
FOOT = ["Share", "Facebook", "WhatsApp", "© 2026 Devon Evening Post. All rights reserved."]
ENTRY_LATE = "The first boxes counted in Pinhoe gave the Green candidate a clear lead. In the villages the race was closer, the returning officer's staff said."
ENTRY_LAST = "At 5pm turnout stood at 34.1 per cent, against 28 per cent at the last by-election in 2019. The council expected a late rush after work."


def test_a_stamped_entry_under_a_related_block_in_a_live_blog_is_the_articles() -> None:
    entries = [
        "21:45",
        "The Conservative candidate spoke to his supporters in a hall in Topsham. He called on them to keep campaigning for the general election next year.",
        "21:20",
        "The Green candidate thanked the volunteers who knocked on doors for six weeks. She promised to hold a surgery in every ward within a month.",
        "20:55",
        "The Reform candidate came third and conceded shortly before nine. His agent said the party would stand again at the general election.",
    ]
    out = clean(*TOP, *entries, *BLOCK, "20:10", ENTRY_LATE, "18:30", ENTRY_LAST, "See more posts", *FOOT)
    assert {ENTRY_LATE, ENTRY_LAST} <= set(kept(out))
    assert set(BLOCK) <= set(dropped(out))


def test_an_entry_opening_with_its_time_under_a_related_block_is_the_articles() -> None:
    entries = [
        "18:05 – The union said it would meet the operator's board on Monday. If no deal is reached, a second strike will be called for next week.",
        "17:40 – At the bus station the queue for the coaches to Plymouth ran around the block. Passengers said they had waited for over an hour.",
        "16:52 – The city council asked employers to let staff work from home where they can. It said the park-and-ride sites would stay open late.",
    ]
    late = "14:10 – Traffic on the Marsh Barton road is heavier than usual, and police have sent officers to the main junctions."
    out = clean(*TOP, *entries, "Read also", "Bus fares to rise by two pounds from July", "Roadworks delay the new station at Marsh Barton", late, "Load more", *FOOT)
    assert late in kept(out)
    assert "Bus fares to rise by two pounds from July" in dropped(out)


def test_an_obituarys_facts_under_a_related_block_are_the_articles() -> None:
    head = [
        "Home | News | Culture",
        "Arthur Penrose, the voice of the Whitby shanty men, has died at 79",
        "For half a century he sang of the sea and the harbour, and the choir he founded in 1968 will sing at his funeral on Friday.",
        "Arthur Penrose died on Wednesday evening in the hospital at Scarborough, his family said. He had been ill since the summer.",
        "He joined the shanty men at nineteen, a young fisherman on his father's boat. With them he sang at festivals in Brest, Bremen and Bergen.",
        "\u201cArthur taught us that you sing a shanty with your heart, not your throat,\u201d said the choir's conductor, Mary Tate. \u201cWe will miss him.\u201d",
    ]
    block = ["Read more", "Whitby shanty men mark sixty years with a concert at the abbey", "The harbour festival gets a new director"]
    facts = [
        "The last farewell",
        "Born: 12 May 1945, Whitby",
        "Died: 2 October 2024, Scarborough",
        "Funeral: Friday 4 October at 3pm, St Mary's Church",
    ]
    closing = "He leaves his wife Ann, two sons and four grandchildren. The family asks for gifts to the lifeboat station instead of flowers."
    out = clean(*head, *block, *facts, closing, *FOOT)
    assert set(facts[1:]) <= set(kept(out))
    assert set(block) <= set(dropped(out))


def test_a_race_time_is_no_teasers_age() -> None:
    assert _teaser_age("প্রথম: সোনার তরী (কালিয়া) — ১১ মিনিট ৪২ সেকেন্ড") is None  # eleven minutes forty-two seconds
    assert _teaser_age("নদীভাঙনে বিলীন হচ্ছে লোহাগড়ার তিন গ্রাম — ৫ ঘণ্টা আগে") == "৫ ঘণ্টা আগে"  # five hours ago


def test_an_interviews_next_question_under_a_related_block_is_the_articles() -> None:
    # Korean and Russian papers open an interview's questions with a dash ("―", "—"); teasers print none.
    head = [
        "Home | News | Interviews",
        "Interview: the young farmer who came back from the city",
        "Five years ago Sarah Pike left an advertising job in Leeds to grow blueberries on a hill farm above Hebden Bridge.",
        "―Why did you decide to farm?",
        "\u201cI did not run away from the city. I worked on food brands for years and did the sums: the margins were better on the land.\u201d",
        "―How was the first year?",
        "\u201cHalf the young plants died in a late frost. The neighbours asked why I had planted them in the hollow, and I had no answer.\u201d",
    ]
    block = ["Related articles", "Grants for young farmers to rise next year", "Empty farmhouses find buyers after a council scheme"]
    question = "―A word for young people who think of farming."  # worded as a prompt, as Korean papers do
    answer = "\u201cLive in a farming village for a year before you decide. The land is cheap, the loneliness is not, and you should know it first.\u201d"
    out = clean(*head, *block, question, answer, *FOOT)
    assert {question, answer} <= set(kept(out))
    assert set(block) <= set(dropped(out))


def test_a_persian_label_with_its_joiner_states_a_fact() -> None:
    # "گل‌ها" (goals) is one word joined by a zero-width non-joiner, as Persian writes plurals.
    from newsclean.body import _stated

    assert _stated("گل‌ها: سعید نوروزی (۲۸)، علی فرجی (۹۰+۴) - یاسر قنبری (۶۱)")
    assert _stated("کارت زرد: رضا حیدری، جواد احمدی")

