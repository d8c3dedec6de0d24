"""A list's counts are not teasers printing their age.

An age counts below a hundred (minutes, hours, days): "– room for 420 people" behind a shelter's
name counts what the list is about, and the lead-in over the list is no related block's heading.
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
