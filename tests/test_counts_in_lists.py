"""A list's counts are not teasers' ages; paragraphs under one teaser's title are the article's.

- An age counts below a hundred (minutes, hours, days): "– room for 420 people" behind a
  shelter's name counts what the list is about, and the lead-in over the list is no related
  block's heading.
- Under a related block of one title, two body paragraphs in a row are the article going on:
  a teaser's summary is followed by the next teaser's title, not by a paragraph.
"""

from __future__ import annotations

from conftest import TRAM_ARTICLE, clean, dropped, kept

SHELTERS = [
    "Three more halls open for families who left the flooded villages",
    "The county opened three more shelters on Sunday for families who cannot go home while the river stays high. Officials said more than 1,500 people have now registered.",
    "The county's emergency officer said many of those who arrived over the weekend were elderly and had left their homes with very little. Doctors visit every shelter twice a day.",
    "These are the halls that opened on Sunday:",
    "The sports hall of the Northfield secondary school – room for 420 people",
    "The former cinema on the corner of Mill Street – 310 people",
    "The community centre behind the church in Ashby – 150 people",
    "Volunteers bring hot meals to each hall at noon and in the evening. The county asks people to bring their medicines and documents when they register at a shelter.",
    "The river is expected to fall slowly from Tuesday, but roads into the lowest villages may stay closed for a week. Residents will be told when they can return.",
]


def test_counts_of_a_hundred_or_more_behind_names_are_a_list_not_ages() -> None:
    article = clean(*SHELTERS, *TRAM_ARTICLE[:2])
    assert set(SHELTERS[3:7]) <= set(kept(article)), dropped(article)


LIBRARY = [
    "The central library will stay open until midnight during the exam weeks",
    "The city's central library will open until midnight on weekdays from next Monday, the council said, after students asked for more quiet space to study in the weeks before their exams.",
    "The longer hours will run for six weeks and cost about 40,000 euros, most of it for extra staff and security. The reading rooms on the second floor will stay open, the cafe will not.",
    "Students will need their library card to get in after eight in the evening, when the main doors close and the side entrance on Bridge Street opens instead. Guards will check the cards at the door.",
    "The library counted more than 2,000 visitors a day during the last exam weeks, twice as many as in a normal month. Many had to leave at nine, when the building closed, and went on to study in cafes.",
    "Staff from the branch libraries will work the late shifts in turns, the library's director said. No branch will close earlier because of it, and the mobile library will keep its usual stops.",
    "The city's two universities have said they will pay part of the cost next year if the trial works. Their own libraries are open late already but have too few seats for all their students.",
    "Read also",
    "Council approves new opening hours for the swimming pools in the north of the city",
    "POLL — Would you study at the library at night?",
    "Yes, often",
    "Only before exams",
    "No",
    "Vote",
    "Student groups welcomed the decision but said the trial was too short. They want the longer hours to stay for the whole term, and for the branch libraries as well, the union's chair said.",
    "The council said it would count the visitors each night and decide in the summer whether to keep the late opening. If the rooms stay full, the branches may follow next year, it added.",
    "Get the city's news every evening: sign up for our free newsletter",
    "Sign up",
    "Share",
    "Facebook",
    "WhatsApp",
    "library · students · exams · city council",
    "2 comments",
    "About time! I had to go home at nine every night last winter, right when I finally got going.",
    "Most read",
    "Two men held after a break-in at a jeweller's on Market Street",
    "Storm warning for the whole region until Sunday evening",
    "About us | Newsroom | Advertising | Privacy",
]


def test_two_paragraphs_under_one_teaser_s_title_are_the_article_going_on() -> None:
    """A related block of one title, then a reader poll, then two body paragraphs in a row, with
    tags, comments and a most-read block further down: the article goes on."""
    article = clean(*LIBRARY)
    assert set(LIBRARY[14:16]) <= set(kept(article)), dropped(article)
    assert LIBRARY[8] in dropped(article)


HAIL = [
    "Hailstorm breaks windows in three villages",
    "Hail the size of walnuts fell on three villages in the hills on Sunday evening, breaking hundreds of windows and roofs. The fire brigade answered more than 200 calls before midnight, most of them about water in cellars.",
    "In the largest village the hail broke dozens of windows in the primary school and damaged the roof of the sports hall. The school will stay closed on Monday while builders cover the roof, the mayor said.",
    "On Monday morning about 6,000 homes were still without power, the grid operator said. Its crews were working on fallen lines in the forest and hoped to connect most homes again by the evening.",
    "Insurers said they had received the first few hundred claims. They asked people to take photos of the damage before clearing it and to report it online rather than by phone.",
    "Related articles",
    "Forecasters warn of more storms until Wednesday",
    "Three years after the tornado: how the villages rebuilt",
    "Repairs go on through Monday.",
    "Share on Facebook",
    "Share on X",
    "Send by e-mail",
]


def test_a_short_closing_line_under_a_related_block_s_titles_is_the_article_s() -> None:
    """Two teasers' titles, then a statement of five words ending in a full stop that names a
    word of the paragraphs above, then the share bar: the article's closing line. Titles
    print no full stop, and nothing but furniture follows it."""
    article = clean(*HAIL)
    assert HAIL[8] in kept(article), dropped(article)
    assert set(HAIL[5:8]) <= set(dropped(article))
