"""Answers about every packaged cue, worked out ahead of time: what a phrase or whole-line cue
requires, and what a whole-line cue opens with.

``required.required_tokens`` parses a cue's regex and walks it: about a third of a
millisecond a cue, half a second for one language selection's phrase cues, paid again by
every worker process; ``openings.openings`` does the same for the whole-line cues, near two
seconds for all of them. The answers depend only on the lexicon, the stopwords and those
modules, so they ship with the package in one table, ``cues.json.gz``: each cue is written
once with both its answers (two tables held the 59,000 whole-line cues twice, 2 MB more to
ship and to read in every process). A cue missing from it (a lexicon edited since) is
worked out as before. A test checks the file against the functions for every cue: after an
edit of the lexicon, the stopwords, ``required.py`` or ``openings.py``, rewrite it with
``python -m newsclean.boilerplate``.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

__all__ = ["FILE", "Answers", "packaged_table", "computed_table", "encode"]

FILE = "cues.json.gz"

# A cue's answers: its required tokens, sorted (None: always tried), and the keys a whole-line
# cue opens with, sorted, as one string (None: tried on every line, or not a whole-line cue).
Answers = list["list[str] | str | None"]
Table = dict[str, Answers]


@lru_cache(maxsize=1)
def packaged_table() -> Table:
    """Phrase or whole-line cue -> its answers, as shipped."""
    path = resources.files(__package__).joinpath(FILE)
    return json.loads(gzip.decompress(path.read_bytes())) if path.is_file() else {}


def encode(table: Table) -> bytes:
    """A table as shipped: sorted JSON, gzipped with no time stamp, so that the same lexicon
    gives the same bytes."""
    text = json.dumps(table, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def computed_table() -> Table:
    """What ``packaged_table`` should hold: ``required_tokens`` of each phrase and whole-line
    cue of the lexicon, and ``openings`` of each whole-line cue."""
    from .cues import compute_required_tokens, load_cues
    from .openings import openings

    families = load_cues().families.values()
    cues = {mode: {cue for fam in families if fam.mode == mode for group in fam.cues.values() for cue in group} for mode in ("phrase", "line")}
    table: Table = {}
    for cue in sorted(cues["phrase"] | cues["line"]):
        needed, opens = compute_required_tokens(cue), openings(cue) if cue in cues["line"] else None
        table[cue] = [None if needed is None else sorted(needed), None if opens is None else "".join(sorted(opens))]
    return table
