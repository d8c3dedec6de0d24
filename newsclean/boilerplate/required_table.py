"""Answers about every packaged cue, worked out ahead of time: what a phrase or whole-line cue
requires and what a whole-line cue opens with.

``required.required_tokens`` parses a cue's regex and walks it: about a third of a
millisecond a cue, half a second for one language selection's phrase cues, paid again by
every worker process; ``openings.openings`` does the same for the whole-line cues, near two
seconds for all of them. The answers depend only on the lexicon, the stopwords and those
modules, so they ship with the package in ``required.json.gz`` and ``openings.json.gz``
(compressed: the whole-line cues' table alone passes 5 MB as text); a cue missing from them (a
lexicon edited since) is worked out as before. A test checks the files
against the functions for every cue: after an edit of the lexicon, the stopwords,
``required.py`` or ``openings.py``, rewrite them with ``python -m newsclean.boilerplate``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from functools import lru_cache
from importlib import resources

__all__ = ["FILE", "OPENINGS_FILE", "TABLES", "packaged_table", "packaged_openings", "computed_table", "computed_openings", "encode"]

FILE = "required.json.gz"
OPENINGS_FILE = "openings.json.gz"

Table = dict[str, "list[str] | str | None"]


@lru_cache(maxsize=None)
def _packaged(name: str) -> Table:
    path = resources.files(__package__).joinpath(name)
    return json.loads(gzip.decompress(path.read_bytes())) if path.is_file() else {}


def encode(table: Table) -> bytes:
    """A table as shipped: sorted JSON, gzipped with no time stamp, so that the same lexicon
    gives the same bytes."""
    text = json.dumps(table, ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def packaged_table() -> Table:
    """Phrase or whole-line cue -> its required tokens, sorted (None: always tried), as shipped."""
    return _packaged(FILE)


def packaged_openings() -> Table:
    """Whole-line cue -> the keys it opens with, sorted, as one string (None: tried on every line), as shipped."""
    return _packaged(OPENINGS_FILE)


def _cues(*modes: str) -> list[str]:
    from .cues import load_cues

    return sorted({cue for fam in load_cues().families.values() if fam.mode in modes for group in fam.cues.values() for cue in group})


def computed_table() -> Table:
    """What ``packaged_table`` should hold: ``required_tokens`` of each phrase and whole-line cue of the lexicon."""
    from .cues import compute_required_tokens

    return {cue: None if (found := compute_required_tokens(cue)) is None else sorted(found) for cue in _cues("phrase", "line")}


def computed_openings() -> Table:
    """What ``packaged_openings`` should hold: ``openings`` of each whole-line cue of the lexicon."""
    from .openings import openings

    return {cue: None if (found := openings(cue)) is None else "".join(sorted(found)) for cue in _cues("line")}


TABLES: dict[str, Callable[[], Table]] = {FILE: computed_table, OPENINGS_FILE: computed_openings}
