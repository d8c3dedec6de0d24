"""Lists of amounts under a question, and units in a table's header, are the article's.

A budget story asks "Where does the money go?" over its rows of amounts, each in the same
unit: no reader poll, whose count of voters ends in a word no option ends with. A table's header
flattened with pipes closes its cells with units in brackets ("Price (TL/ton)"): no picture's
credit, which names people and agencies. A calculator's box runs up to the heading that names
its button's verb, past a field the lexicon names.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

BUDGET = [
    "A lean year ahead: the nursery gets its renovation, the lido waits",
    "The town council has been given next year's budget. The draft totals 5.8 billion forints, barely more than this year's.",
    "By Eszter Kovacs",
    "4 December 2025, 17:20",
    "According to the town's leaders the most important investment of the coming year will be the renovation of the nursery on Petőfi Street, which is to be finished by September.",
    "The mayor said that because of energy prices and the solidarity contribution the expansion of the lido has to be postponed again. The town pays more to the state than it receives.",
    "Where does the money go?",
    "Education and nurseries: 1.9 billion forints",
    "Town maintenance: 1.2 billion forints",
    "Social care: 870 million forints",
    "Culture and sport: 540 million forints",
    "Running the town hall: 610 million forints",
    "Video: the mayor on the budget",
    "2:47",
    "A new item in the draft is a higher tourist tax for holiday homes. The owners' association says the rise is unfair and that the town gives them little in return.",
    "The council votes on the budget on 18 December. The session is open to the public.",
    "Share",
    "Facebook",
]


def test_a_list_of_amounts_in_one_unit_under_a_question_is_no_poll() -> None:
    out = clean(*BUDGET)
    assert set(BUDGET[6:12]) <= set(kept(out))


def test_a_polls_count_of_voters_under_its_options_still_closes_the_poll() -> None:
    page = [*BUDGET[:6], "Should the lido wait another year?", "Yes, the nursery comes first", "No, the town needs the lido", "I don't know", "1,412 readers voted", *BUDGET[14:]]
    assert {"Yes, the nursery comes first", "1,412 readers voted"} <= set(dropped(clean(*page)))


HARVEST = [
    "Wheat harvest ends early in the plains as prices fall",
    "Farmers finished threshing two weeks ahead of schedule, but the state's purchase price disappointed many.",
    "By Mehmet Aydin",
    "Updated 14 July 2025, 11:20",
    "The wheat harvest in the central plains ended on Sunday, two weeks earlier than usual, after a dry and hot June. Yields were lower than last year in most districts.",
    "The state grain board announced its purchase prices on Monday. Farmers' unions said the prices do not cover the higher cost of fuel and fertiliser this year.",
    "Crop | Purchase price (TL/ton) | Last year (TL/ton)",
    "Durum wheat | 13,500 | 11,000",
    "Bread wheat | 12,250 | 10,300",
    "Barley | 10,250 | 8,900",
    "The unions want the board to add a bonus for farmers who deliver early. The ministry said it would review the prices in September.",
    "Share",
    "Facebook",
]


def test_a_tables_header_with_units_in_brackets_is_no_credit() -> None:
    out = clean(*HARVEST)
    assert set(HARVEST[6:10]) <= set(kept(out))


def test_a_caption_ending_with_an_agencys_credit_in_brackets_is_still_one() -> None:
    page = [*HARVEST[:5], "Combines on a wheat field near the city on Saturday evening (AP Photo/Jane Doe)", *HARVEST[5:]]
    assert "Combines on a wheat field near the city on Saturday evening (AP Photo/Jane Doe)" in dropped(clean(*page))


CALCULATOR = [
    "Heating allowance: applications open on Monday",
    "The council will pay a one-off heating allowance to low-income households this winter, it announced on Friday.",
    "Applications can be made online or at the council's service desks and will stay open for a month.",
    "The amount depends on the number of people in the household and on its monthly income; families of four get the most.",
    "The documents you need:",
    "Passport or identity card",
    "Proof of address",
    "Work out your allowance",
    "Monthly household income (£)",
    "Number of people",
    "Work out",
    "Estimated allowance: — £",
    "The council said applicants would be told the outcome by text message and that the money would be paid in November.",
]


def test_a_calculators_fields_go_with_it_past_a_field_the_lexicon_names() -> None:
    """"Number of people" is a navigation cue: the box still runs up to the heading that names
    the button's verb ("Work out your allowance")."""
    out = clean(*CALCULATOR)
    assert set(CALCULATOR[7:12]) <= set(dropped(out))
    assert {"Passport or identity card", "Proof of address"} <= set(kept(out))
