"""Normalize: repair text damage with ftfy, and tidy whitespace.

The ftfy configuration is non-destructive: curly quotes, full-width punctuation and
HTML entities written in the text are content, not damage, so those fixers are off.
Only real damage is repaired: mojibake, broken UTF-8, control characters, terminal
escapes, decomposed Unicode (NFC).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ftfy

from .article import Article, Paragraph
from .pipeline import ArticleStage

__all__ = ["Normalize"]

EMPTY = "normalize.empty"

# Runs of whitespace inside a line (tabs, no-break and other Unicode spaces) become one space.
_SPACES = re.compile(r"\s+")
# Zero-width characters that carry no text: zero-width space, word joiner, BOM.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")


@lru_cache(maxsize=8)
def _config(unescape_html: bool, uncurl_quotes: bool, fix_character_width: bool, normalization: str) -> ftfy.TextFixerConfig:
    return ftfy.TextFixerConfig(
        unescape_html=unescape_html,
        uncurl_quotes=uncurl_quotes,
        fix_character_width=fix_character_width,
        normalization=normalization,
        explain=False,
    )


@dataclass(frozen=True, slots=True)
class Normalize(ArticleStage):
    """Repair mojibake and Unicode damage (ftfy), collapse whitespace."""

    REASONS = (EMPTY,)

    uncurl_quotes: bool = False
    fix_character_width: bool = False
    unescape_html: bool = False
    normalization: str = "NFC"

    @property
    def config(self) -> ftfy.TextFixerConfig:
        return _config(self.unescape_html, self.uncurl_quotes, self.fix_character_width, self.normalization)

    def fix(self, text: str) -> str:
        """One paragraph repaired. Printable ASCII cannot be damaged in ways ftfy fixes."""
        if not (text.isascii() and text.isprintable()):
            text = ftfy.fix_text(text, self.config)
            text = _INVISIBLE.sub("", text)
        return _SPACES.sub(" ", text).strip()

    def apply(self, article: Article, /) -> Article:
        fixed = article.map_text(self.fix)
        blank = {i: (EMPTY, "nothing left after repair") for i, p in enumerate(fixed.paragraphs) if not p.text and p.dropped is None}
        return fixed.drop(blank)
