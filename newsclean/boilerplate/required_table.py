"""The required tokens of every packaged phrase cue, worked out ahead of time.

``required.required_tokens`` parses a cue's regex and walks it: about a third of a
millisecond a cue, half a second for one language selection's phrase cues, paid again by
every worker process. The answers depend only on the lexicon, the stopwords and
``required.py``, so they ship with the package in ``required.json``; a cue missing from it
(a lexicon edited since) is worked out as before. A test checks the file against
``required_tokens`` for every cue: after an edit of the lexicon, the stopwords or
``required.py``, rewrite it with ``python -m newsclean.boilerplate``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

__all__ = ["FILE", "packaged_table", "computed_table"]

FILE = "required.json"

Table = dict[str, "list[str] | None"]


@lru_cache(maxsize=1)
def packaged_table() -> Table:
    """Cue -> its required tokens, sorted (None: always searched), as shipped."""
    path = resources.files(__package__).joinpath(FILE)
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def computed_table() -> Table:
    """What ``packaged_table`` should hold: ``required_tokens`` of each phrase cue of the lexicon."""
    from .cues import compute_required_tokens, load_cues

    cues = {cue for fam in load_cues().families.values() if fam.mode == "phrase" for group in fam.cues.values() for cue in group}
    return {cue: None if (found := compute_required_tokens(cue)) is None else sorted(found) for cue in sorted(cues)}
