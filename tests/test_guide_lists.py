"""A guide's list of places, each with its chef or owner after a dash.

"Trattoria Da Nino, Cortona (Ar) – chef Anna Riva": a name, its place after a comma, the person
after a dash. Such rows are a guide's winners or venues, the article's, as the rows without the
person already were; a teaser's title runs on in words.
"""

from __future__ import annotations

from conftest import clean, kept

PAGE = [
    "Home | Food | Drink | Travel",
    "The guide's new stars: six restaurants in the north-east win their first",
    "Six kitchens in the region received their first star at the guide's ceremony on Tuesday evening. Three of them opened less than five years ago, and two are run by chefs under thirty-five.",
    "The region now counts 41 starred restaurants, five more than last year. The inspectors praised the use of local produce and the short menus that change with the season.",
    "Book a table",
    "Date",
    "Guests: 2",
    "Check availability",
    "The new stars in the region",
    "The Old Forge, Alnwick (Northumberland) – chef Daniel Hart",
    "Saltmarsh, Seahouses (Northumberland) – chef Priya Nair",
    "Riverside House, Hexham (Northumberland) – chef Tom and Ella Reed",
    "The Granary, Durham – chef Sophie Lund",
    "Quayside Kitchen, Whitby (North Yorkshire) – chef Marcus Bell",
    "Fell View, Kendal (Cumbria) – chef Ruth Atkins",
    "For Daniel Hart, 33, the star comes barely three years after the opening of his first restaurant.",
    "Advertisement",
    "Join our wine club and get six bottles for the price of four.",
    "The guide's full list for the United Kingdom will be published on its website on Wednesday morning. Last year's edition added nine restaurants in the north of England.",
    "Hart said the star belonged to his whole team. He plans to keep the prices of his lunch menu unchanged for the coming year.",
    "Share",
    "© 2026 Northern Table",
]


def test_places_with_their_chefs_after_a_dash_are_the_guides_list() -> None:
    out = clean(*PAGE)
    assert set(PAGE[9:15]) <= set(kept(out))
