"""A list of short names inside the body, framed by the article's lines.

The towns a storm hit, a tram's stops, a concert's setlist: one or two words a line, no figure,
with the article's own lines right above and below. Teasers and menus come in boxes beside
other furniture, and a poll's options or a form's fields come in threes under the question that
asks for them.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

TOP = [
    "Home | News | Region | Sport",
    "Storm leaves 40,000 homes without power on the coast",
    "A storm with gusts of up to 120 kilometres an hour swept over the coast on Sunday night, felling trees onto power lines and closing two bridges.",
    "The grid operator said on Monday morning that about 40,000 homes were still without electricity, most of them in small villages inland.",
    "The worst-hit villages",
]
TOWNS = ["Hollum", "Westerburen", "Oudekerk", "Lindeveld", "Marrum"]
BOTTOM = [
    "Crews from three provinces have been sent to help, and the operator expects most homes to be reconnected by Tuesday evening.",
    "Schools in the area will stay closed until then.",
    "Share",
    "Facebook",
]


def test_short_names_framed_by_the_article_stay() -> None:
    out = clean(*TOP, *TOWNS, *BOTTOM)
    assert {*TOP[1:], *TOWNS, *BOTTOM[:2]} <= set(kept(out))


def test_a_polls_options_under_its_question_go() -> None:
    poll = ["Should the grid be buried underground?", "Yes", "No", "Don't know", "Vote"]
    out = clean(*TOP[:4], *poll, *BOTTOM)
    assert {"Yes", "No", "Vote"} <= set(dropped(out))


def test_a_teams_members_with_their_ages_in_brackets_stay() -> None:
    team = ["The team", "Anna Berg (17)", "Jonas Lind (16)", "Mira Holm (17)", "Elias Nyström (18)"]
    podium = ["The podium", "1. Lindgården School, Umeå", "2. Sankt Eriks School, Stockholm", "3. Katedral School, Lund"]
    out = clean(*TOP[:4], *team, *podium, *BOTTOM)
    assert set(team) <= set(kept(out))
