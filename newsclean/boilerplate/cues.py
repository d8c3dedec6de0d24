"""The multilingual cue lexicon (``cues.toml``), compiled once per process.

Each family of cues is data, not code: adding a language or a phrasing is an edit to
``cues.toml``. A family's ``mode`` says how its cues match a cleaned paragraph:
``line`` (the whole paragraph), ``prefix`` (its start) or ``phrase`` (anywhere).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["Cues", "load_cues", "clean_line"]

# Decoration around a line that says nothing: bullets, arrows, pipes, dashes, emoji.
_LEAD = re.compile(r"^[\s>»›|•·*#+\-–—→▶►▸➤⟶:]+")
_TRAIL = re.compile(r"[\s:：.…!>»›|→▶►▸➤⟶\-–—]+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def _strip_symbols(text: str) -> str:
    # Emoji and pictographs (category So) at either end, e.g. "📺 Videos", "Teilen ↗".
    start, end = 0, len(text)
    while start < end and unicodedata.category(text[start]) == "So" and text[start] != "©":
        start += 1
    while end > start and unicodedata.category(text[end - 1]) == "So" and text[end - 1] != "©":
        end -= 1
    return text[start:end]


def clean_line(text: str) -> str:
    """The paragraph as cues see it: case-folded, apostrophes unified, decoration stripped."""
    text = text.casefold().translate(_APOSTROPHES)
    for _ in range(2):  # decoration and emoji can nest: "» 📺 Videos:"
        text = _TRAIL.sub("", _LEAD.sub("", _strip_symbols(text.strip())))
    return text


@dataclass(frozen=True)
class Family:
    """One compiled cue family; ``match`` returns the matched text or None."""

    name: str
    mode: str
    pattern: re.Pattern[str]
    doc: str

    def match(self, clean: str) -> str | None:
        if self.mode == "line":
            m = self.pattern.fullmatch(clean)
        elif self.mode == "prefix":
            m = self.pattern.match(clean)
        else:
            m = self.pattern.search(clean)
        return m.group(0) if m else None


class Cues:
    """All cue families, by name."""

    def __init__(self, families: dict[str, Family]) -> None:
        self.families = families

    def match(self, family: str, clean: str) -> str | None:
        fam = self.families.get(family)
        return fam.match(clean) if fam else None


def _compile(name: str, table: dict[str, object]) -> Family:
    mode = str(table["mode"])
    cues = sorted(
        {str(c).translate(_APOSTROPHES) for lang, values in table.items() if isinstance(values, list) for c in values},
        key=lambda c: (-len(c), c),  # longest first, so the reported match is the most specific
    )
    body = "|".join(f"(?:{c})" for c in cues) or r"(?!x)x"
    if mode == "phrase":
        pattern = rf"(?<!\w)(?:{body})(?!\w)"
    elif mode == "prefix":
        pattern = rf"(?:{body})"
    else:
        pattern = rf"(?:{body})"
    # Lines are case-folded before matching and cues are lower case: no IGNORECASE, which
    # would make every search 2-3x slower.
    return Family(name, mode, re.compile(pattern), str(table.get("doc", "")))


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The packaged lexicon, compiled (once per process)."""
    data = tomllib.loads(resources.files(__package__).joinpath("cues.toml").read_text(encoding="utf-8"))
    return Cues({name: _compile(name, table) for name, table in data.items() if isinstance(table, dict)})
