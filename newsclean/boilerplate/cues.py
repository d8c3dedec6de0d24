"""The multilingual cue lexicon (``cues.toml``), compiled once per process.

Each family of cues is data, not code: adding a language or a phrasing is an edit to
``cues.toml``. A family's ``mode`` says how its cues match a cleaned paragraph:
``line`` (the whole paragraph), ``prefix`` (its start) or ``phrase`` (anywhere).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

__all__ = ["Cues", "LanguageCues", "load_cues", "clean_line"]

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


@lru_cache(maxsize=65536)
def clean_line(text: str) -> str:
    """The paragraph as cues see it: case-folded, apostrophes unified, decoration stripped."""
    text = text.casefold().translate(_APOSTROPHES)
    for _ in range(2):  # decoration and emoji can nest: "» 📺 Videos:"
        text = _TRAIL.sub("", _LEAD.sub("", _strip_symbols(text.strip())))
    return text


@dataclass(frozen=True)
class Family:
    """One cue family: its mode and its cues by language, compiled on demand.

    ``match(clean, langs)`` tries only the cues of ``langs`` (all languages when None):
    a regex alternation costs time per alternative, so an article whose language is
    known matches against its own cues and English ones, several times faster.
    """

    name: str
    mode: str
    doc: str
    cues: dict[str, tuple[str, ...]] = field(compare=False)
    _compiled: dict[tuple[str, ...] | None, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def pattern(self, langs: tuple[str, ...] | None = None) -> re.Pattern[str]:
        compiled = self._compiled.get(langs)
        if compiled is None:
            selected = self.cues.values() if langs is None else [self.cues.get(lang, ()) for lang in langs]
            compiled = _compile(self.mode, {c for group in selected for c in group})
            self._compiled[langs] = compiled
        return compiled

    def match(self, clean: str, langs: tuple[str, ...] | None = None) -> str | None:
        pattern = self._compiled.get(langs) or self.pattern(langs if langs is None or langs[0] in self.cues else None)
        if self.mode == "line":
            m = pattern.fullmatch(clean)
        elif self.mode == "prefix":
            m = pattern.match(clean)
        else:
            m = pattern.search(clean)
        return m.group(0) if m else None


class Cues:
    """All cue families, by name."""

    def __init__(self, families: dict[str, Family]) -> None:
        self.families = families
        self.languages = frozenset(lang for fam in families.values() for lang in fam.cues)

    def match(self, family: str, clean: str, langs: tuple[str, ...] | None = None) -> str | None:
        fam = self.families.get(family)
        return fam.match(clean, langs) if fam else None


class LanguageCues:
    """The lexicon seen from one article: cues of its language and of English first."""

    def __init__(self, cues: Cues, langs: tuple[str, ...] | None) -> None:
        self.cues, self.langs = cues, langs

    def match(self, family: str, clean: str) -> str | None:
        return self.cues.match(family, clean, self.langs)


def _compile(mode: str, cues: set[str]) -> re.Pattern[str]:
    # Longest first, so the reported match is the most specific.
    body = "|".join(f"(?:{c})" for c in sorted(cues, key=lambda c: (-len(c), c))) or r"(?!x)x"
    pattern = rf"(?<!\w)(?:{body})(?!\w)" if mode == "phrase" else rf"(?:{body})"
    # Lines are case-folded before matching and cues are lower case: no IGNORECASE, which
    # would make every search 2-3x slower.
    return re.compile(pattern)


def _family(name: str, table: dict[str, object]) -> Family:
    cues = {
        lang: tuple(str(c).translate(_APOSTROPHES) for c in values)
        for lang, values in table.items()
        if isinstance(values, list)
    }
    return Family(name, str(table["mode"]), str(table.get("doc", "")), cues)


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The packaged lexicon, compiled (once per process)."""
    data = tomllib.loads(resources.files(__package__).joinpath("cues.toml").read_text(encoding="utf-8"))
    return Cues({name: _family(name, table) for name, table in data.items() if isinstance(table, dict)})
