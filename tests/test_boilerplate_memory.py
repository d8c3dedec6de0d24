"""StripBoilerplate's memory of short lines' decisions, checked over the golden cases' lines.

In a file of its own: the check classifies the short lines once per cue selection, a minute of work
that the test runner can then give a worker of its own (it hands out whole files), next to
the required-words analysis of ``test_boilerplate_required.py``.
"""

from __future__ import annotations

from newsclean.boilerplate.cues import LanguageCues, load_cues
from newsclean.boilerplate.rules import Rules, make_lines
from test_boilerplate_required import corpus_texts

SHORT = 12  # the longest line, in words, whose decision is remembered (``max_prompt_words``)


def test_boilerplate_remembered_decisions_are_the_decisions() -> None:
    """``single_line`` remembers short lines' decisions per cue selection: asked again (from
    memory), it answers what it answered with an empty memory, where each (distinct) line was
    classified afresh. Only the short lines: longer ones are classified afresh both ways."""
    lines = [line for line in make_lines(list(enumerate(corpus_texts()))) if line.n_words <= SHORT]
    assert len({line.text for line in lines}) == len(lines)
    # With every language's cues (None) each line is tried against all of them: every sixteenth
    # line there (some 4,000) keeps the run short while still covering each language's cases.
    for langs, sample in ((None, lines[::16]), (("en",), lines), (("de", "en"), lines)):
        rules = Rules(LanguageCues(load_cues(), langs), 40, SHORT)
        rules.cues.decisions.clear()
        # One "article" of all texts: its many dated bylines are a listing's stamps.
        fresh = rules.single_line(sample)
        assert fresh and rules.single_line(sample) == fresh  # the second time from memory
        assert rules.cues.decisions
