"""Numbered steps worded like a prompt.

"1. Download the app from the App Store or Google Play." opens the article's own
list of how to book: a prompt to download an app stands alone, with no number in a run, and the
next step ("2. …") is kept beside it.
"""

from __future__ import annotations

from conftest import clean, dropped, kept

BODY = [
    "The new wing of the county hospital opened its doors to the first patients on Monday, after three years of building work and a budget that grew by a fifth.",
    "The wing holds 120 beds, four operating theatres and a day clinic for children. Patients can now book their appointments online instead of queueing at the desk.",
]
STEPS = [
    "How to book",
    "1. Download the app from the App Store or Google Play.",
    "2. Sign in with your insurance number.",
    "3. Choose the clinic and a free slot.",
]
CLOSE = "The old building will be pulled down next year to make room for a car park and a garden for patients and their families."
PROMPT = "Download our app for the latest news from your county."


def test_a_numbered_step_worded_like_a_prompt_stays_with_its_list() -> None:
    out = clean(*BODY, *STEPS, CLOSE, "Share", "Facebook", PROMPT)
    assert {*BODY, *STEPS, CLOSE} <= set(kept(out))
    assert PROMPT in dropped(out)
