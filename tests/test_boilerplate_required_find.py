"""Searching a line's candidate cues one by one finds what each family's alternation finds (issue 4).

Split from ``test_boilerplate_required.py`` (same helpers): the suite runs a file per worker, and
these checks over every cue and every golden-case line are its longest; apart, they run beside
the rest.
"""

from __future__ import annotations

from newsclean.boilerplate.cues import clean_line, load_cues
from test_boilerplate_required import PHRASE, corpus_texts, generated


def test_boilerplate_find_is_the_family_alternation() -> None:
    """Searching a line's candidate cues one by one finds what the family's alternation finds:
    the leftmost match, and of those the cue first in the alternation's order. (Where the
    alternation finds nothing, no cue of it can.)"""
    cues = load_cues()
    matchers = cues.matchers(None)
    ties = ["we use cookies and we use cookies settings", "cookie settings we use cookies"]  # two cues, either order
    for name in PHRASE:
        pattern, bits = cues.families[name].pattern(None), matchers._bits[name]
        examples = [t for (family, _), found in generated().items() if family == name for t in found]
        for clean in map(clean_line, [*corpus_texts(), *examples, *ties]):
            if expected := pattern.search(clean):
                got = matchers._find(bits, clean)  # every cue of the family, no pre-filter
                assert got and (got.start(), got.group(0)) == (expected.start(), expected.group(0)), (name, clean)
