"""StripBoilerplate's memory of short lines' decisions, checked over the golden cases' lines.

In a file of its own: the check classifies every line three times, minutes of work that the
test runner can then give a worker of its own (it hands out whole files), next to the
required-words analysis of ``test_boilerplate_required.py``.
"""

from __future__ import annotations

from newsclean.boilerplate.cues import LanguageCues, load_cues
from newsclean.boilerplate.rules import Rules, _items_stamped, make_lines
from test_boilerplate_required import corpus_texts


def test_boilerplate_remembered_decisions_are_the_decisions() -> None:
    """``single_line`` remembers short lines' decisions per cue selection: asked again (from
    memory), it answers what ``_classify`` answers afresh."""
    lines = make_lines(list(enumerate(corpus_texts())))
    for langs in (None, ("en",), ("de", "en")):
        rules = Rules(LanguageCues(load_cues(), langs), 40, 12)
        # One "article" of all texts: its many dated bylines are a listing's stamps, as in single_line.
        fresh = _items_stamped({line.index: d for line in lines if (d := rules._classify(line, 40))})
        assert fresh and rules.single_line(lines) == fresh
        assert rules.single_line(lines) == fresh  # the second time from memory
