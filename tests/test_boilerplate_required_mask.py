"""The per-line pre-filter of the phrase families never rejects a line a family matches, and a
line's candidate cues searched one by one find what the family's alternation finds (issue 4).

Split from ``test_boilerplate_required.py`` (same helpers): the suite runs a file per worker, and
these checks over every cue and every golden-case line are its longest; apart, they run beside
the rest.
"""

from __future__ import annotations

import pytest

from newsclean.boilerplate.cues import clean_line, load_cues
from newsclean.text import words
from test_boilerplate_required import PHRASE, corpus_texts, generated


@pytest.mark.parametrize("langs", [None, ("en",), ("de", "en"), ("fr", "en"), ("pl", "en"), ("tr", "en")], ids=str)
def test_boilerplate_mask_lets_through_every_line_a_phrase_family_matches(langs: tuple[str, ...] | None) -> None:
    """The per-line pre-filter, with and without the words shortcut, never rejects a match.

    With every language's cues (``None``), searching a line's candidate cues one by one also
    finds what the family's alternation finds: the leftmost match, and of those the cue first in
    the alternation's order (where the alternation finds nothing, no cue of it can). Both are
    checked in one pass over the lines, the suite's longest."""
    cues = load_cues()
    matchers = cues.matchers(langs)
    ties = ["we use cookies and we use cookies settings", "cookie settings we use cookies"]  # two cues, either order
    texts = list(corpus_texts()) + [t for examples in generated().values() for t in examples] + ties
    cleaned = [(text, clean_line(text)) for text in texts]
    for name in PHRASE:
        fam = cues.families[name]
        pattern, bit = fam.pattern(fam.key(langs)), matchers._bits[name]
        for text, clean in cleaned:
            if expected := pattern.search(clean):
                if langs is None:
                    got = matchers._find(bit, clean)  # every cue of the family, no pre-filter
                    assert got and (got.start(), got.group(0)) == (expected.start(), expected.group(0)), (name, clean)
                matchers._masks.clear()  # forget the lines seen: compute the mask afresh each time
                assert matchers.mask(clean, words(text)) & bit, f"{name} matches {text!r} but the words shortcut rejects it"
                matchers._masks.clear()
                assert matchers.mask(clean, None) & bit, f"{name} matches {text!r} but the pre-filter rejects it"
                hit = expected.group(0)
                assert cues.match(name, clean, langs) == hit
                assert matchers.first((name,), clean, words(text)) == (name, hit)
