"""``python -m newsclean.boilerplate``: rewrite the packaged table of the phrase cues' required
tokens (``required_table``) after an edit of the lexicon, the stopwords or ``required.py``."""

from __future__ import annotations

import json
from pathlib import Path

from ..write import _atomic_text
from .required_table import FILE, computed_table

if __name__ == "__main__":
    path = Path(__file__).with_name(FILE)
    _atomic_text(path, json.dumps(computed_table(), ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    print(f"wrote {path}")
