"""Normalize: repair text damage with ftfy, and tidy whitespace.

The ftfy configuration is non-destructive: curly quotes, full-width punctuation and
HTML entities written in the text are content, not damage, so those fixers are off.
Only real damage is repaired: mojibake, broken UTF-8, control characters, terminal
escapes, decomposed Unicode (NFC).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import ftfy
from ftfy import chardata
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES

from .article import Article
from .pipeline import ArticleStage

__all__ = ["Normalize", "may_need_ftfy"]

EMPTY = "normalize.empty"

# Runs of whitespace inside a line (tabs, no-break and other Unicode spaces) become one space.
# Zero-width characters that carry no text: zero-width space, word joiner, BOM.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")


def _trigger_class() -> re.Pattern[str]:
    """Characters some fixer in our configuration would act on, mojibake aside."""
    chars = set(chardata.CONTROL_CHARS) | set(chardata.LIGATURES)
    chars |= set(range(0x80, 0xA0)) | {0x1B, 0x0D, 0x2028, 0x2029}  # C1 controls, escapes, line breaks
    ranges = "".join(re.escape(chr(c)) for c in sorted(chars))
    return re.compile(f"[{ranges}\ud800-\udfff]")


_TRIGGERS = _trigger_class()

# Characters no alternative of ftfy's mojibake regex (``is_bad``) can rely on alone: ASCII,
# curly quotes and its own "common" class (no-break space, dashes, ellipsis, ...). Every
# alternative needs at least one character outside this set, so a text made only of
# these is never bad; ``tests/test_normalize.py`` checks that against the installed ftfy.
_HARMLESS = frozenset(map(chr, range(0x80))) | frozenset("\u2018\u201c\u201d") | frozenset(MOJIBAKE_CATEGORIES["common"])
_MAYBE_BAD = re.compile("[^" + "".join(re.escape(c) for c in sorted(_HARMLESS)) + "]")
_LONGEST_BAD = 7  # characters in the longest text ftfy's badness regex matches (a test checks it)


def _is_bad(text: str) -> bool:
    """ftfy's ``is_bad(text)``, its regex run only around the characters a match needs.

    Every match holds a character outside ``_HARMLESS`` and is at most ``_LONGEST_BAD``
    long, so it lies within that many characters of one: searching those stretches
    (merged where they overlap; ``^`` still means the text's start) finds every match.
    A French or German paragraph has a few accented letters: a third of the cost.
    """
    n = len(text)
    start = end = -1
    for found in _MAYBE_BAD.finditer(text):
        low, high = max(0, found.start() - _LONGEST_BAD + 1), min(n, found.end() + _LONGEST_BAD - 1)
        if low <= end:
            end = high
            continue
        if end != -1 and BADNESS_RE.search(text, start, end):
            return True
        start, end = low, high
    return end != -1 and BADNESS_RE.search(text, start, end) is not None


def may_need_ftfy(text: str) -> bool:
    """False only when ftfy with our configuration would return ``text`` unchanged.

    Printable ASCII never needs it. Otherwise ftfy acts only on mojibake (its own
    ``is_bad`` check, which ``fix_encoding`` runs first), on characters one of its
    fixers replaces (controls, ligatures, surrogates, escapes, line breaks), or on
    text that is not NFC. Saves ftfy's full pass on nearly all clean text.
    """
    if text.isascii() and text.isprintable():
        return False
    return (
        _TRIGGERS.search(text) is not None
        or not unicodedata.is_normalized("NFC", text)
        or _is_bad(text)
    )


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
        """One paragraph repaired; ftfy runs only where ``may_need_ftfy`` says it could act."""
        if text.isascii() and text.isprintable():
            # Most paragraphs: nothing for ftfy, no invisible character, and the only
            # whitespace is " " (tabs and line ends are not printable), so the split and
            # join below change the text only at a double or an outer space.
            if "  " in text or text[:1] == " " or text[-1:] == " ":
                return " ".join(text.split())
            return text
        if may_need_ftfy(text):
            text = ftfy.fix_text(text, self.config)
        if not text.isascii():  # the invisible characters are not ASCII: most paragraphs skip the regex
            text = _INVISIBLE.sub("", text)
        # " ".join(split()) is re.sub(r"\s+", " ", text).strip(): both split on str.isspace
        # characters (the same set as the pattern's \s), and it is several times faster.
        return " ".join(text.split())

    def apply(self, article: Article, /) -> Article:
        fixed = article.map_text(self.fix)
        blank = {i: (EMPTY, "nothing left after repair") for i, p in enumerate(fixed.paragraphs) if not p.text and p.dropped is None}
        return fixed.drop(blank)
