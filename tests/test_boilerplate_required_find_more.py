"""The other half of ``test_boilerplate_required_find.py``'s families, in a file of its own so
that a second worker runs it."""

from __future__ import annotations

from test_boilerplate_required import phrase_half
from test_boilerplate_required_find import check_find


def test_boilerplate_find_is_the_family_alternation() -> None:
    check_find(phrase_half(1))
