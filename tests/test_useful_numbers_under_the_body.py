"""The article's list of useful phone numbers under its last paragraph.

A report on an emergency or a new service ends with the numbers readers may need, maybe under an
advert's label: a short title ("Useful numbers", "Куда звонить") over rows of a service's name and
its number, maybe a closing statement under them, then the page's furniture. They are the
article's.
"""

from __future__ import annotations

from conftest import clean, kept

BODY = [
    "News | Region | Sport | Culture",
    "Villages in the hills without running water for a third week",
    "Six villages above Castelbuono have had no running water since the start of the month, after the spring that feeds the aqueduct dropped to a trickle. The council sends tanker lorries twice a day.",
    "Residents say the lorries do not reach the houses at the top of the old town, where many elderly people live alone. Volunteers carry bottles up the steps every evening.",
    "The regional water company said a new pipe from the valley would be ready by the end of August, and that it had asked the region for emergency funds.",
]
NUMBERS = [
    "Useful numbers",
    "Aqueduct faults (free number): 800 915 333",
    "Council water tanker, Castelbuono: 0921 684 101",
    "Civil protection operations room: 091 707 1900",
    "Anyone who sees a leak or an unannounced cut can report it to the water company's free number.",
]
FOOTER = [
    "Tags: water, Madonie, drought",
    "Share",
    "Facebook",
    "More from the region",
    "Cefalù beaches get blue flags for the fifth year in a row",
    "Petralia Sottana: the summer festival programme is out",
    "© 2025 Madonie Today",
]


def test_a_titled_list_of_phone_numbers_and_its_closing_line_stay() -> None:
    assert set(NUMBERS) <= set(kept(clean(*BODY, "Advertisement", *NUMBERS, *FOOTER)))
