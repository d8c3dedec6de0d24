r"""What a phrase cue cannot match without: the tokens one of which every match holds.

A line's tokens are its \w+ runs and each other non-space character ("©", "|"); a
longer string with punctuation ("a.i.") is looked for as a substring.
``required_tokens`` walks a cue's parsed regex (the standard library's own parser) and
returns tokens one of which every match holds: the words of a run of literals (with
small alternations and optional parts) that the cue bounds on both sides by non-word
characters, by its own ends (phrase cues are wrapped in (?<!\w)...(?!\w)) or by a line
end, and any symbol it must match. When several such sets exist it takes the
rarest-looking; None when none, and then the cue is always searched. A line holding
none of a family's tokens is not searched at all: the hot spot of StripBoilerplate.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

# Private modules of the standard library (Python 3.11+); a structure they no longer
# describe this way makes required_tokens give None: the cue is then always searched.
from re import _constants as _sre, _parser as _sre_parse

__all__ = ["required_tokens"]


def required_tokens(cue: str, common: frozenset[str]) -> frozenset[str] | None:
    """Tokens one of which every line the phrase ``cue`` matches holds, or None.

    ``common``: words most lines hold (stopwords), the worst to filter on.
    """
    try:
        parsed = _sre_parse.parse(cue)
        if parsed.state.flags & re.IGNORECASE:
            return None
        return _required(list(parsed), True, True, common)
    except Exception:  # an unexpected regex structure: search this cue every time
        return None


_TOKEN = re.compile(r"\w+|[^\w\s]")
_PUNCTUATION = re.compile(r"[^\w\s]")  # neither ``_word_char`` nor ``str.isspace``: the same classes as \w and \s
_MAX_STRINGS = 64
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_NON_WORD_CATEGORIES = (_sre.CATEGORY_SPACE, _sre.CATEGORY_NOT_WORD)
# Punctuation most lines hold: poor evidence, avoided when a cue offers better.
_COMMON_SYMBOLS = frozenset(".,;:!?'\"()[]/-–—&%+*#@“”«»…")

Items = list[tuple[object, object]]


def _strings(items: Items) -> set[str] | None:
    """Every string ``items`` can match, when there are few (None: unbounded or too many)."""
    out = {""}
    for op, av in items:
        if op is _sre.LITERAL:
            alts: set[str] | None = {chr(av)}  # type: ignore[arg-type]
        elif op is _sre.IN and len(av) <= 4 and all(o is _sre.LITERAL for o, _ in av):  # type: ignore[arg-type]
            alts = {chr(c) for _, c in av}  # type: ignore[union-attr]
        elif op is _sre.BRANCH:
            branches = [_strings(list(b)) for b in av[1]]  # type: ignore[index]
            alts = None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
        elif op is _sre.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            alts = _strings(list(av[3]))  # type: ignore[index]
        elif op in _REPEATS and av[1] <= 1:  # type: ignore[index]
            alts = _strings(list(av[2]))  # type: ignore[index]
            if alts is not None and av[0] == 0:  # type: ignore[index]
                alts.add("")
        elif op in _ZERO_WIDTH:
            alts = {""}  # consumes nothing: the strings matched are among these
        else:
            return None
        if alts is None:
            return None
        out = {a + b for a in out for b in alts}
        if len(out) > _MAX_STRINGS:
            return None
    return out


def _word_char(char: str) -> bool:
    """What ``\\w`` matches in a str pattern."""
    return char.isalnum() or char == "_"


def _non_word_char(op: object, av: object) -> bool:
    """Whether the one-character item always matches a non-word character."""
    if op is _sre.LITERAL:
        return not _word_char(chr(av))  # type: ignore[arg-type]
    if op is _sre.IN:
        return all(
            (o is _sre.LITERAL and not _word_char(chr(v))) or (o is _sre.CATEGORY and v in _NON_WORD_CATEGORIES)
            for o, v in av  # type: ignore[attr-defined]
        )
    return False


def _is_word_class(items: object) -> bool:
    return list(items) == [(_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])]  # type: ignore[call-overload]


def _bounded_after(items: Items, end: bool) -> bool:
    """Whether the line has a non-word character or its end right where ``items`` start.

    ``end``: whether the line ends (or a non-word character follows) when ``items`` match empty.
    """
    if not items:
        return end
    (op, av), rest = items[0], items[1:]
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
        return _bounded_after(list(av[3]) + rest, end)  # type: ignore[index]
    if op is _sre.BRANCH:
        return all(_bounded_after(list(b) + rest, end) for b in av[1])  # type: ignore[index]
    if op in _REPEATS:
        first = _bounded_after(list(av[2]), False)  # type: ignore[index]
        return first and (av[0] >= 1 or _bounded_after(rest, end))  # type: ignore[index]
    if op is _sre.ASSERT_NOT and av[0] == 1 and _is_word_class(av[1]):  # type: ignore[index]
        return True  # (?!\w)
    if op is _sre.AT and av is _sre.AT_END:
        return True
    if op in _ZERO_WIDTH:
        return _bounded_after(rest, end)
    return _non_word_char(op, av)


def _bounded_before(items: Items, start: bool) -> bool:
    """Whether the line has a non-word character or its start right where ``items`` end."""
    if not items:
        return start
    (op, av), rest = items[-1], items[:-1]
    if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
        return _bounded_before(rest + list(av[3]), start)  # type: ignore[index]
    if op is _sre.BRANCH:
        return all(_bounded_before(rest + list(b), start) for b in av[1])  # type: ignore[index]
    if op in _REPEATS:
        last = _bounded_before(list(av[2]), False)  # type: ignore[index]
        return last and (av[0] >= 1 or _bounded_before(rest, start))  # type: ignore[index]
    if op is _sre.ASSERT_NOT and av[0] == -1 and _is_word_class(av[1]):  # type: ignore[index]
        return True  # (?<!\w)
    if op is _sre.AT and av is _sre.AT_BEGINNING:
        return True
    if op in _ZERO_WIDTH:
        return _bounded_before(rest, start)
    return _non_word_char(op, av)


def _required(items: Items, left: bool, right: bool, common: frozenset[str]) -> frozenset[str] | None:
    """Tokens one of which every match of ``items`` holds (``left``/``right``: its ends are bounded)."""
    candidates: list[frozenset[str] | None] = []
    run, run_left = {""}, left  # the strings of the current run of enumerable items
    for i, item in enumerate(items):
        alts = _strings([item])
        if alts is not None:
            joined = {a + b for a in run for b in alts}
            if len(joined) <= _MAX_STRINGS:
                run = joined
                continue
            candidates.append(_tokens(run, run_left, _bounded_after(items[i:], right), common))
            run, run_left = alts, _bounded_before(items[:i], left)
            continue
        candidates.append(_tokens(run, run_left, _bounded_after(items[i:], right), common))
        run, run_left = {""}, _bounded_before(items[: i + 1], left)
        op, av = item
        edges = (_bounded_before(items[:i], left), _bounded_after(items[i + 1 :], right))
        if op is _sre.SUBPATTERN and not av[1] and not av[2]:  # type: ignore[index]
            candidates.append(_required(list(av[3]), *edges, common))  # type: ignore[index]
        elif op is _sre.BRANCH:
            branches = [_required(list(b), *edges, common) for b in av[1]]  # type: ignore[index]
            candidates.append(None if any(b is None for b in branches) else frozenset().union(*branches))  # type: ignore[arg-type]
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            candidates.append(_required(list(av[2]), False, False, common))  # type: ignore[index]
    candidates.append(_tokens(run, run_left, right, common))
    found = [c for c in candidates if c]
    return min(found, key=lambda c: (sum(_cost(t, common) for t in c), sorted(c))) if found else None


def _tokens(strings: set[str], left: bool, right: bool, common: frozenset[str]) -> frozenset[str] | None:
    """One token of each string that is whole wherever it matches (the rarest-looking), or
    fewer that the strings share (``_shared``), or None.

    A string with punctuation whose tokens are all common ("a.i.", "(c) ") may stand for
    itself instead: a line holds it, as a substring, wherever the cue matches. It does
    when that makes the whole set cheaper.
    """
    plain, whole, options = set(), set(), []
    for s in sorted(strings):
        tokens = [
            m.group()
            for m in _TOKEN.finditer(s)
            if not _word_char(m.group()[0])  # a symbol: always a token of its own
            or (m.start() > 0 or left) and (m.end() < len(s) or right)
        ]
        if not tokens:
            return None
        best = min(tokens, key=lambda t: (_cost(t, common), -len(t), t))
        plain.add(best)
        options.append(set(tokens))
        # Punctuated: a character neither a word character nor a space (``_PUNCTUATION``), and more than one token.
        punctuated = _PUNCTUATION.search(s) is not None and not _TOKEN.fullmatch(s)
        whole.add(s if punctuated and _cost(best, common) >= _COMMON else best)
    choices = [plain, whole]
    if shared := _shared(options, common):
        choices.append(shared)
    return frozenset(min(choices, key=lambda c: sum(_cost(t, common) for t in c)))


def _shared(options: list[set[str]], common: frozenset[str]) -> set[str] | None:
    """Uncommon words that together hold one of each string's ``options``, words the strings
    share first: "(?:necessary|marketing|...) cookies" needs "cookies", not each of its
    adjectives. Greedy: the word cheapest per string it holds, until every string is held;
    None when a string has no uncommon word (the cost of a common one says too little of
    how often it occurs to trade it against others: "-" is everywhere, Italian "ai" is not)."""
    options = [{t for t in tokens if _cost(t, common) < _COMMON} for tokens in options]
    if not all(options):
        return None
    chosen: set[str] = set()
    while options:
        held = Counter(t for tokens in options for t in tokens)
        best = min(held, key=lambda t: (_cost(t, common) / held[t], -held[t], -len(t), t))
        chosen.add(best)
        options = [tokens for tokens in options if best not in tokens]
    return chosen


_COMMON = 50  # the cost of a common token


@lru_cache(maxsize=None)  # asked about the same words for every string of every cue
def _cost(token: str, common: frozenset[str]) -> int:
    """How many lines a token lets through, roughly: one common token costs more than dozens of rare words.

    A substring (more than one token) lets few through, but is looked for in every line.
    """
    if token in _COMMON_SYMBOLS or token in common:
        return _COMMON
    if not _TOKEN.fullmatch(token):
        return 20
    return 5 if len(token) <= 3 and _word_char(token[0]) else 1
