"""``python -m newsclean.boilerplate``: rewrite the packaged table of answers about the cues
(``required_table``) after an edit of the lexicon, the stopwords, ``required.py`` or ``openings.py``."""

from __future__ import annotations

from pathlib import Path

from ..write import _atomic_bytes
from .required_table import FILE, computed_table, encode

if __name__ == "__main__":
    path = Path(__file__).with_name(FILE)
    _atomic_bytes(path, encode(computed_table()))
    print(f"wrote {path}")
