"""``python -m newsclean.boilerplate``: rewrite the packaged tables of answers about the cues
(``required_table``) after an edit of the lexicon, the stopwords, ``required.py`` or ``openings.py``."""

from __future__ import annotations

import json
from pathlib import Path

from ..write import _atomic_text
from .required_table import TABLES

if __name__ == "__main__":
    for name, computed in TABLES.items():
        path = Path(__file__).with_name(name)
        _atomic_text(path, json.dumps(computed(), ensure_ascii=False, indent=0, sort_keys=True) + "\n")
        print(f"wrote {path}")
