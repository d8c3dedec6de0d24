"""The other half of ``test_boilerplate_required_mask.py``'s families, in a file of its own so
that a second worker runs it."""

from __future__ import annotations

import pytest

from test_boilerplate_required import phrase_half
from test_boilerplate_required_mask import LANGS, check_mask


@pytest.mark.parametrize("langs", LANGS, ids=str)
def test_boilerplate_mask_lets_through_every_line_a_phrase_family_matches(langs: tuple[str, ...] | None) -> None:
    check_mask(langs, phrase_half(1))
