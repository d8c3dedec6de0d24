"""Lists of a guide or a prize: places with their chefs after a dash, works closing on their publisher.

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


PRIZE = [
    "Home | Culture | Books | Film",
    "Crime novel about a harbour town wins the Northern Book Prize",
    "A crime novel set in a small harbour town won this year's Northern Book Prize on Thursday evening. The jury praised its patient plot and its portrait of a community in decline.",
    "The prize is worth 100,000 kronor and was presented at the city library. More than 180 novels were submitted, a record for the prize.",
    "Share",
    "The other nominees",
    "Agnes Holm – The House by the Square (Norstedt)",
    "David Lind – The Night Ferry (Wahlberg & Stern)",
    "Elin Berg – Timber Sea (Albert Bonnier)",
    "Jonas Ek – Salt and Iron (Lindqvist Press)",
    "Read also",
    "Five debut novels to read this winter",
    "The prize has been awarded every year since 1987. Last year it went to a collection of short stories for the first time.",
    "The winner said she would use the money to finish her next novel, set in the same town. It is due out next autumn.",
    "© 2026 Northern Daily",
]


def test_nominees_each_closing_on_their_publisher_in_brackets_are_the_articles_list() -> None:
    out = clean(*PRIZE)
    assert set(PRIZE[6:10]) <= set(kept(out))
