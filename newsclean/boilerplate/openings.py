r"""A whole-line family's cues, tried only where a line's first character lets them match.

A regex alternation tries its alternatives one by one at the line's start: with a thousand
cues of a language, most of a whole-line family's time is spent failing on the first
character. ``openings`` walks a cue's parsed regex (the standard library's own parser, as
``required.py`` does) for the characters its matches can open with; ``ByOpening`` files
each cue under them and compiles, on first use, only the cues a line's first character can
start. Digits share one key (``\d`` opens with any of them), and a cue whose openings are
not known (a class like ``\w``, a part that may match nothing) is tried on every line.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

# Private modules of the standard library (Python 3.11+); a structure they no longer
# describe this way makes ``openings`` give None: the cue is then tried on every line.
from re import _constants as _sre, _parser as _sre_parse

from .required import _REPEATS, _ZERO_WIDTH  # the parsed regex's repeats and zero-width parts, as required.py reads them

__all__ = ["ByOpening", "opening_key", "openings"]

_DIGIT = "0"  # the key every decimal digit opens under
_MAX_RANGE = 64  # a wider class ("[a-я]") is tried on every line rather than filed under each key

Items = list[tuple[object, object]]
Opening = tuple[set[str], bool]  # the keys a part opens with, and whether it may match nothing


def opening_key(char: str) -> str:
    """The key a line opening with ``char`` looks its cues up under: digits share one."""
    return _DIGIT if char.isdecimal() else char


@lru_cache(maxsize=None)
def openings(cue: str) -> frozenset[str] | None:
    """The keys (``opening_key``) of every character a match of ``cue`` can open with, or None
    when they are not known or the cue can match the empty line."""
    try:
        parsed = _sre_parse.parse(cue)
        if parsed.state.flags & re.IGNORECASE:
            return None
        found = _sequence(list(parsed))
    except Exception:  # an unexpected regex structure: try this cue on every line
        return None
    if found is None or found[1]:
        return None
    return frozenset(found[0])


def _sequence(items: Items) -> Opening | None:
    keys: set[str] = set()
    for op, av in items:
        found = _item(op, av)
        if found is None:
            return None
        keys |= found[0]
        if not found[1]:
            return keys, False
    return keys, True


def _item(op: object, av: object) -> Opening | None:
    if op is _sre.LITERAL:
        return {opening_key(chr(av))}, False  # type: ignore[arg-type]
    if op is _sre.IN:
        keys = _members(av)  # type: ignore[arg-type]
        return None if keys is None else (keys, False)
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, items = av  # type: ignore[misc]
        return None if add_flags or del_flags else _sequence(list(items))
    if op is _sre.ATOMIC_GROUP:
        return _sequence(list(av))  # type: ignore[arg-type]
    if op is _sre.BRANCH:
        return _alternatives(av[1])  # type: ignore[index]
    if op in _REPEATS:
        least, _, items = av  # type: ignore[misc]
        found = _sequence(list(items))
        return None if found is None else (found[0], found[1] or least == 0)
    if op in _ZERO_WIDTH:
        return set(), True  # matches no character: what follows opens the match
    if op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
        return {_DIGIT}, False
    return None


def _alternatives(branches: Iterable[Items]) -> Opening | None:
    keys: set[str] = set()
    empty = False
    for branch in branches:
        found = _sequence(list(branch))
        if found is None:
            return None
        keys |= found[0]
        empty |= found[1]
    return keys, empty


def _members(items: Items) -> set[str] | None:
    """The keys of a character class's members, or None (a negated or wide class)."""
    keys: set[str] = set()
    for op, av in items:
        if op is _sre.LITERAL:
            keys.add(opening_key(chr(av)))  # type: ignore[arg-type]
        elif op is _sre.RANGE and av[1] - av[0] < _MAX_RANGE:  # type: ignore[index]
            keys.update(opening_key(chr(code)) for code in range(av[0], av[1] + 1))  # type: ignore[index]
        elif op is _sre.CATEGORY and av is _sre.CATEGORY_DIGIT:
            keys.add(_DIGIT)
        else:
            return None
    return keys


Fullmatch = Callable[[str], "re.Match[str] | None"]


class ByOpening:
    """``fullmatch`` of a whole-line alternation of ``cues``, trying only the cues a line's
    first character can open.

    A whole-line match is the line itself whichever cue matched, so the cues can run as
    two patterns, one after the other: those filed under the line's key, and those tried on
    every line (their openings unknown, or more than ``most_keys``: each key a cue is filed
    under compiles it once more).
    """

    def __init__(
        self,
        cues: Iterable[str],
        compile_cues: Callable[[set[str]], re.Pattern[str]],
        opened_by: Callable[[str], "Iterable[str] | None"] = openings,
        most_keys: int = 4,
    ) -> None:
        """``opened_by``: ``openings`` or a table of its answers."""
        self._compile = compile_cues
        self._filed: dict[str, set[str]] = {}
        everywhere: set[str] = set()
        for cue in cues:
            keys = opened_by(cue)
            if keys is None or len(keys) > most_keys:
                everywhere.add(cue)
                continue
            for key in keys:
                self._filed.setdefault(key, set()).add(cue)
        self._everywhere = compile_cues(everywhere).fullmatch if everywhere else None
        self._runs: dict[str, Fullmatch | None] = {}  # by a line's first character
        self._keyed: dict[str, Fullmatch | None] = {}  # by its key: digits share one pattern

    def fullmatch(self, clean: str) -> re.Match[str] | None:
        first = clean[:1]
        try:
            run = self._runs[first]  # by the line's first character ("" when empty)
        except KeyError:
            run = self._runs[first] = self._run(opening_key(first) if first else "")
        if run is not None and (m := run(clean)):
            return m
        return self._everywhere(clean) if self._everywhere is not None else None

    def _run(self, key: str) -> Fullmatch | None:
        if key not in self._keyed:
            filed = self._filed.get(key)
            self._keyed[key] = self._compile(filed).fullmatch if filed else None
        return self._keyed[key]
