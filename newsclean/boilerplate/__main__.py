"""``python -m newsclean.boilerplate``: rewrite the packaged tables of answers about the cues
(``required_table``) after an edit of the lexicon, the stopwords, ``required.py`` or ``openings.py``."""

from __future__ import annotations

from pathlib import Path

from ..write import _atomic_bytes
from .required_table import TABLES, encode

if __name__ == "__main__":
    for name, computed in TABLES.items():
        path = Path(__file__).with_name(name)
        _atomic_bytes(path, encode(computed()))
        print(f"wrote {path}")
