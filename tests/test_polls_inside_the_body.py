"""A reader poll set between the body's paragraphs, in any language: it goes, the body around it stays.

A poll's question has its options one under the other and its button right under them ("Did you
feel the earthquake?" / "Yes, strongly" / "Yes, slightly" / "I did not feel it" / "Submit your
answer"). The options end at that button: the article's short lines after it (a subhead, a table's
rows) are no options, so a poll with the article going on under it is still a poll. A table's
source over the poll ("Source: AFAD") is the table's line, not the poll's heading.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

HEAD = [
    "Magnitude 5.3 earthquake shakes Denizli, dozens of aftershocks overnight",
    "By Elif Aydin",
    "Published 12 March 2025, 07:10",
    "A magnitude 5.3 earthquake struck the Buldan district of Denizli at 03:26 on Wednesday, the disaster agency said. Walls collapsed in several villages and dozens of people were treated for light injuries.",
    "The governor said that no one was in a life-threatening condition and that teams were inspecting public buildings. Schools in the district will stay closed until Friday.",
]
POLL = ["Did you feel the earthquake?", "Yes, strongly", "Yes, slightly", "I did not feel it", "Submit your answer"]
TABLE = [
    "The strongest aftershocks",
    "Time | Magnitude | Depth (km) | Place",
    "03:41 | 3.9 | 7.2 | Buldan",
    "04:05 | 4.1 | 11.4 | Guney",
]
TAIL = [
    "Seismologists said the aftershocks were expected after a quake of this size and would weaken over the coming days. Residents were asked to stay out of damaged buildings.",
    "The disaster agency will publish its full report on the damage on Thursday, after the inspections of schools and hospitals are finished.",
    "Share on Facebook",
    "© 2025 Aegean News",
]


def test_a_poll_between_the_body_and_a_table_goes_and_the_table_stays() -> None:
    out = clean(*HEAD, *POLL, *TABLE, *TAIL)
    assert set(POLL) <= set(dropped(out))
    assert set(TABLE + TAIL[:2]) <= set(kept(out))


def test_a_tables_source_over_a_poll_is_the_tables_line() -> None:
    source = "Source: AFAD"
    out = clean(*HEAD, *TABLE, source, *POLL, *TAIL)
    assert set(POLL) <= set(dropped(out))
    assert source in kept(out)
