"""The per-line pre-filter of the phrase families never rejects a line a family matches (issue 4).

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
    """The per-line pre-filter, with and without the words shortcut, never rejects a match."""
    cues = load_cues()
    matchers = cues.matchers(langs)
    texts = list(corpus_texts()) + [t for examples in generated().values() for t in examples]
    cleaned = [(text, clean_line(text)) for text in texts]
    for name in PHRASE:
        fam = cues.families[name]
        pattern, bit = fam.pattern(fam.key(langs)), matchers._bits[name]
        for text, clean in cleaned:
            if pattern.search(clean):
                matchers._masks.clear()  # forget the lines seen: compute the mask afresh each time
                assert matchers.mask(clean, words(text)) & bit, f"{name} matches {text!r} but the words shortcut rejects it"
                matchers._masks.clear()
                assert matchers.mask(clean, None) & bit, f"{name} matches {text!r} but the pre-filter rejects it"
                hit = pattern.search(clean).group(0)  # type: ignore[union-attr]
                assert cues.match(name, clean, langs) == hit
                assert matchers.first((name,), clean, words(text)) == (name, hit)
