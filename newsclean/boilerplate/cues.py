"""The multilingual cue lexicon (``lexicon/*.toml``, a file per family), compiled once per process.

Each family of cues is data, not code: adding a language or a phrasing is an edit to
its file in ``lexicon/``. A family's ``mode`` says how its cues match a cleaned paragraph:
``line`` (the whole paragraph), ``prefix`` (its start) or ``phrase`` (anywhere).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable, Iterable, Sequence, Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from re import _constants as _sre, _parser as _sre_parse  # the standard library's regex parser, as in required.py

from ..stopwords import stopwords_for
from ..text import fold, has_marks, has_thai, has_unspaced
from .openings import ByOpening, opening_key, openings
from .required import required_tokens
from .required_table import packaged_table

__all__ = ["Cues", "LanguageCues", "load_cues", "clean_line"]

# Decoration around a line that says nothing: bullets, arrows, pipes, dashes, emoji.
_LEAD = re.compile(r"^(?:[\s>»›|•·*#\-–—→▶►▸➤⟶:]|\+(?!\d))+")  # "+18": the figure's sign stays
_TRAIL = re.compile(r"[\s:：.…!>»›|→▶►▸➤⟶\-–—]+$")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})
# The same sets for str.strip, which also strips whitespace as \s matches it; the
# regexes try a match at every space of the line, str.strip only looks at the ends.
_LEAD_CHARS = ">»›|•·*#+-–—→▶►▸➤⟶:"
_TRAIL_CHARS = ":：.…!>»›|→▶►▸➤⟶-–—"


def _strip_symbols(text: str) -> str:
    # Emoji and pictographs (category So) at either end, e.g. "📺 Videos", "Teilen ↗", with the
    # variation selector that makes them emoji ("➡️" is "➡" and U+FE0F).
    start, end = 0, len(text)
    while start < end and (unicodedata.category(text[start]) == "So" and text[start] != "©" or text[start] in _EMOJI_MARKS):
        start += 1
    while end > start and (unicodedata.category(text[end - 1]) == "So" and text[end - 1] != "©" or text[end - 1] in _EMOJI_MARKS):
        end -= 1
    return text[start:end]


_EMOJI_MARKS = "\ufe0f"


def _strip_decoration(text: str) -> str:
    """``_TRAIL.sub("", _LEAD.sub("", text))``, several times faster; a "+" right before a
    figure stays, as the figure's sign ("+18 Play responsibly", "+49 30 …")."""
    while len(stripped := text.lstrip().lstrip(_LEAD_CHARS)) < len(text):
        if stripped[:1].isdigit() and text[len(text) - len(stripped) - 1] == "+":
            text = "+" + stripped
            break
        text = stripped
    while len(stripped := text.rstrip().rstrip(_TRAIL_CHARS)) < len(text):
        text = stripped
    return text


@lru_cache(maxsize=65536)
def clean_line(text: str) -> str:
    """The paragraph as cues see it: case-folded, apostrophes unified, decoration stripped."""
    text = fold(text)
    for apostrophe in "’‘`´ʼ":  # str.translate(_APOSTROPHES), without its per-character lookups
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    # Most paragraphs open with a letter or digit and end with one, or with one full stop or
    # "!" after one: no decoration, space or emoji to strip but that mark (the rest: ``_strip_ends``).
    if text[:1].isalnum():
        last = text[-1]
        if last.isalnum():
            return text
        if last in ".!" and text[-2:-1].isalnum():
            return text[:-1]
    return _strip_ends(text)


def _strip_ends(text: str) -> str:
    """Decoration and emoji stripped from both ends of a case-folded line (see ``clean_line``)."""
    for _ in range(2):  # decoration and emoji can nest: "» 📺 Videos:"
        text = _strip_decoration(_strip_symbols(text.strip()))
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
    _line_index: dict[tuple[str, ...] | None, LineIndex] = field(default_factory=dict, compare=False, repr=False)

    def pattern(self, langs: tuple[str, ...] | None = None) -> re.Pattern[str]:
        compiled = self._compiled.get(langs)
        if compiled is None:
            compiled = self._compiled[langs] = _compile(self.mode, self.selected(langs))
        return compiled

    def line_index(self, langs: tuple[str, ...] | None) -> LineIndex:
        """The whole-line cues of ``langs``, filed by the words they require (``LineIndex``)."""
        found = self._line_index.get(langs)
        if found is None:
            found = self._line_index[langs] = LineIndex(self.selected(langs))
        return found

    def runner(self, langs: tuple[str, ...] | None) -> Callable[[str], re.Match[str] | None]:
        """How ``langs``' cues run on a clean line: ``fullmatch`` or ``match`` of their alternation.

        A whole-line family tries only the cues the line holds a required word of
        (``LineIndex``), a prefix family the alternation: its match is the first cue in the
        alternation's order.
        """
        if self.mode != "line":
            return self.pattern(langs).match
        index = self.line_index(langs)

        def fullmatch(clean: str) -> re.Match[str] | None:
            return index.fullmatch(clean, frozenset(_WORDS.findall(clean)))

        return fullmatch

    def selected(self, langs: tuple[str, ...] | None) -> set[str]:
        """The cues of ``langs`` (all languages when None)."""
        groups = self.cues.values() if langs is None else [self.cues.get(lang, ()) for lang in langs]
        return {c for group in groups for c in group}

    def key(self, langs: tuple[str, ...] | None) -> tuple[str, ...] | None:
        """The cue selection used for ``langs``: all languages when the first has no cues here."""
        return langs if langs is None or langs[0] in self.cues else None

    def match(self, clean: str, langs: tuple[str, ...] | None = None) -> str | None:
        key = self.key(langs)
        m = self.pattern(key).search(clean) if self.mode == "phrase" else self.runner(key)(clean)
        return m.group(0) if m else None


_LineCue = tuple["str | frozenset[str] | None", str]  # a cue's opening keys (None: any) and the cue


class LineIndex:
    """``fullmatch`` of the alternation of whole-line ``cues``, trying on a line only the
    cues it can match: those requiring (``required.required_tokens``) a word or symbol the
    line holds, and opening (``openings.py``) with the line's first character. A whole-line
    match holds a required word as a phrase match does: the line's ends bound it.

    Each cue compiles on its own, on first use, once per process (``_line_fullmatch``): a
    worker compiles the few cues its lines come near, where alternations by opening compiled
    every cue of each language it met, tens of seconds a process for all languages. The
    cues that require nothing run as before, filed by their openings (``ByOpening``). The
    match is the line itself whichever cue matched, so the order they are tried in is free.
    """

    def __init__(self, cues: Iterable[str]) -> None:
        words: dict[str, list[_LineCue]] = {}
        symbols: dict[str, list[_LineCue]] = {}
        unindexed: set[str] = set()
        for cue in sorted(cues):
            needed = _required_tokens(cue)
            if needed is None:
                unindexed.add(cue)
                continue
            entry = (_openings(cue), cue)
            for token in needed:
                (words if _RUN.fullmatch(token) else symbols).setdefault(token, []).append(entry)
        self._words = {token: tuple(entries) for token, entries in words.items()}
        self._word_keys = self._words.keys()
        self._symbols = tuple((token, tuple(entries)) for token, entries in sorted(symbols.items()))
        self._unindexed = ByOpening(unindexed, _compile_lines, _openings).fullmatch if unindexed else _never

    def fullmatch(self, clean: str, runs: AbstractSet[str]) -> re.Match[str] | None:
        """``runs``: the line's ``\\w`` runs (``_Matchers.runs``)."""
        key = opening_key(clean[0]) if clean else ""
        for word in self._word_keys & runs:
            if m := _try_lines(self._words[word], key, clean):
                return m
        for symbol, entries in self._symbols:
            if symbol in clean and (m := _try_lines(entries, key, clean)):
                return m
        return self._unindexed(clean)


def _try_lines(entries: tuple[_LineCue, ...], key: str, clean: str) -> re.Match[str] | None:
    """The first of the cues to match the whole line, of those that can open with its ``key``."""
    for opens, cue in entries:
        if (opens is None or key and key in opens) and (m := _line_fullmatch(cue)(clean)):
            return m
    return None


@lru_cache(maxsize=None)
def _line_fullmatch(cue: str) -> Callable[[str], re.Match[str] | None]:
    """One whole-line cue's ``fullmatch``, as the cue runs in its family's alternation."""
    return _compile_lines({cue}).fullmatch


class Cues:
    """All cue families, by name."""

    def __init__(self, families: dict[str, Family]) -> None:
        self.families = families
        self.languages = frozenset(lang for fam in families.values() for lang in fam.cues)
        self._matchers: dict[tuple[str, ...] | None, _Matchers] = {}

    def matchers(self, langs: tuple[str, ...] | None) -> _Matchers:
        """The match functions for one language selection (built once per process)."""
        found = self._matchers.get(langs)
        if found is None:
            found = self._matchers[langs] = _Matchers(self.families, langs)
        return found

    def match(self, family: str, clean: str, langs: tuple[str, ...] | None = None) -> str | None:
        return self.matchers(langs).get(family)(clean, None)


class LanguageCues:
    """The lexicon seen from one article: cues of its language and of English first."""

    def __init__(self, cues: Cues, langs: tuple[str, ...] | None) -> None:
        self.cues, self.langs = cues, langs
        matchers = cues.matchers(langs)
        self.matcher = matchers.get
        self._built = matchers._fns  # family -> match function, once built: looked up directly
        self.first = matchers.first
        # Shared by every article of this selection: for the rules to remember answers that
        # depend only on a line's text and the cues (boilerplate lines recur across articles).
        self.decisions = matchers.decisions

    def match(self, family: str, clean: str, words: Sequence[str] | None = None) -> str | None:
        """The cue of ``family`` that ``clean`` matches; ``words``: the line's ``text.words``, a shortcut."""
        fn = self._built.get(family) or self.matcher(family)
        return fn(clean, words)


Matcher = Callable[[str, "Sequence[str] | None"], "str | None"]


class _Matchers:
    """One language selection's match function per family, each built on first use.

    Phrase cues are searched anywhere in a line, which costs a regex step per word start
    and cue: the hot spot of StripBoilerplate. Nearly every line holds none of the words
    a cue needs (``required.required_tokens``), so one look at a line's words (``mask``)
    tells which phrase cues can match at all, and only those are searched (``_find``).
    """

    def __init__(self, families: dict[str, Family], langs: tuple[str, ...] | None) -> None:
        self.families, self.langs = families, langs
        self._fns: dict[str, Matcher] = {}
        self._bits: dict[str, int] = {}  # phrase family -> the bits of its cues
        self._cues: list[str] = []  # bit number -> cue, each family's in its alternation's order
        self._always = 0  # cues without required words: always searched
        index: dict[str, int] = {}  # required word -> bits of the cues needing it
        for name, fam in sorted(families.items()):
            if fam.mode != "phrase":
                continue
            start = len(self._cues)
            for cue in sorted(fam.selected(fam.key(langs)), key=_cue_order):
                bit = 1 << len(self._cues)
                self._cues.append(cue)
                needed = _required_tokens(cue)
                if needed is None:
                    self._always |= bit
                    continue
                for token in needed:
                    index[token] = index.get(token, 0) | bit
            self._bits[name] = (1 << len(self._cues)) - (1 << start)
        self._words = {t: bits for t, bits in index.items() if _RUN.fullmatch(t)}
        self._word_keys = self._words.keys()
        # Symbols ("©", "|"), checked as substrings: valid for any token, needed for these.
        self._symbols = sorted((t, bits) for t, bits in index.items() if not _RUN.fullmatch(t))
        self._masks: dict[str, int] = {}  # clean line -> mask, of recent lines
        self._runs: dict[str, AbstractSet[str]] = {}  # clean line -> its runs, of recent lines
        self.decisions: dict[object, object] = {}  # see LanguageCues.decisions
        self._plans: dict[tuple[str, ...], list[tuple[int, Callable[[str, Sequence[str] | None], re.Match[str] | None], str]]] = {}
        self._searches: list[_CueSearch | None] = [None] * len(self._cues)  # compiled on first use

    def get(self, family: str) -> Matcher:
        fn = self._fns.get(family)
        if fn is None:
            fn = self._fns[family] = self._build(family)
        return fn

    def first(self, families: tuple[str, ...], clean: str, words: Sequence[str] | None = None) -> tuple[str, str] | None:
        """(family, cue) of the first of ``families`` whose cue ``clean`` matches, or None.

        The same as ``get(family)(clean, words)`` for each in turn, in one call: the rules
        try several families on every line.
        """
        plan = self._plans.get(families)
        if plan is None:
            plan = self._plans[families] = [self._plan(name) for name in families]
        mask = -1  # every bit set: not computed yet
        for bits, run, name in plan:
            if bits:
                if mask == -1:
                    mask = self.mask(clean, words)
                if not mask & bits:
                    continue
                if m := self._find(mask & bits, clean):
                    return name, m.group(0)
            elif m := run(clean, words):
                return name, m.group(0)
        return None

    def _plan(self, name: str) -> tuple[int, Callable[[str, Sequence[str] | None], re.Match[str] | None], str]:
        """The family's cue bits in ``mask`` (0: not a phrase family) and how its pattern runs."""
        fam = self.families.get(name)
        if fam is None:
            return 0, _never, name
        if fam.mode == "phrase":
            return self._bits[name], _never, name  # searched by ``_find``: the whole family is never compiled
        return 0, self._run(fam), name

    def _find(self, bits: int, clean: str) -> re.Match[str] | None:
        """What the alternation of the phrase cues of ``bits`` (all of one family) finds in ``clean``.

        Each cue is searched on its own: the alternation's match is the leftmost, and of
        those starting there the one of the cue first in its order. Cues compile one by
        one, once per process, where cut-down alternations would compile once per set.
        A line without the cue's literal (``_literal``) is not searched: nearly every
        line a cue's required words let through fails there, at a fraction of a search.
        """
        found = None
        searches = self._searches
        while bits:
            low = bits & -bits
            bits ^= low
            i = low.bit_length() - 1
            entry = searches[i]
            if entry is None:
                entry = searches[i] = _cue_search(self._cues[i])
            literal, search = entry
            if literal in clean and (m := search(clean)) and (found is None or m.start() < found.start()):
                found = m
        return found

    def mask(self, clean: str, words: Sequence[str] | None = None) -> int:
        """Bits of the phrase cues whose required words (``runs``) or symbols ``clean`` holds.

        Remembers recent lines: the rules ask about one line several times, in several
        passes over the article.
        """
        mask = self._masks.get(clean)
        if mask is not None:
            return mask
        mask = self._always
        for word in self._word_keys & self.runs(clean, words):
            mask |= self._words[word]
        for symbol, bits in self._symbols:
            if symbol in clean:
                mask |= bits
        if len(self._masks) >= _MAX_MASKS:
            self._masks.clear()
        self._masks[clean] = mask
        return mask

    def runs(self, clean: str, words: Sequence[str] | None = None) -> AbstractSet[str]:
        """The ``\\w`` runs of ``clean``: a cue's required word is a whole run with no "_" in it.

        ``text.words`` holds every such run of the line, except inside a word that joins runs
        with an apostrophe or hyphen ("l'ex-président", which then shows in ``clean``): those
        few words are split into their runs, at "ʼ" too (a letter to ``text.words``, an
        apostrophe in ``clean``). Without ``words``, in Chinese, Japanese or Thai (whose
        ``text.words`` are pieces of runs) or where combining marks join ``text.words``' runs
        (Hindi), the line is split again. Remembers recent lines, as ``mask`` does.
        """
        runs = self._runs.get(clean)
        if runs is not None:
            return runs
        if words is None or has_unspaced(clean) or has_marks(clean) or has_thai(clean):  # text.words there are not \w runs
            words = _WORDS.findall(clean)
        elif "'" in clean or "-" in clean:  # a word of letters and digits only is one run
            words = [*words, *(run for word in words if not word.isalnum() or "ʼ" in word for run in _JOINERS.split(word))]
        runs = frozenset(words)
        if len(self._runs) >= _MAX_MASKS:
            self._runs.clear()
        self._runs[clean] = runs
        return runs

    def _line_runner(self, fam: Family) -> Callable[[str, Sequence[str] | None], re.Match[str] | None]:
        """A whole-line family's ``LineIndex`` for this selection, given the line's ``runs``
        (remembered per line, as the phrase cues' ``mask`` is: the families share them)."""
        index, runs = fam.line_index(fam.key(self.langs)), self.runs

        def fullmatch(clean: str, words: Sequence[str] | None = None) -> re.Match[str] | None:
            return index.fullmatch(clean, runs(clean, words))

        return fullmatch

    def _build(self, name: str) -> Matcher:
        fam = self.families.get(name)
        if fam is None:
            return _no_match
        if fam.mode != "phrase":
            run = self._run(fam)

            def match(clean: str, words: Sequence[str] | None = None) -> str | None:
                m = run(clean, words)
                return m.group(0) if m else None

            return match
        mask, masks, family_bits, find = self.mask, self._masks, self._bits[name], self._find

        def match_phrase(clean: str, words: Sequence[str] | None = None) -> str | None:
            bits = masks.get(clean)  # ``mask``'s memory, looked at here: most lines are in it
            if bits is None:
                bits = mask(clean, words)
            bits &= family_bits
            if not bits:
                return None
            m = find(bits, clean)
            return m.group(0) if m else None

        return match_phrase

    def _run(self, fam: Family) -> Callable[[str, Sequence[str] | None], re.Match[str] | None]:
        """How a whole-line or prefix family runs on a line and its words."""
        if fam.mode == "line":
            return self._line_runner(fam)
        match = fam.pattern(fam.key(self.langs)).match

        def prefix(clean: str, words: Sequence[str] | None = None) -> re.Match[str] | None:
            return match(clean)

        return prefix


_MAX_MASKS = 4096  # lines whose masks are remembered: many articles' worth


def _no_match(clean: str, words: Sequence[str] | None = None) -> None:
    return None


def _never(clean: str, words: Sequence[str] | None = None) -> None:
    return None


_RUN = re.compile(r"[^\W_]+")
_WORDS = re.compile(r"\w+")  # the same runs as _RUN where there is no "_", and faster
_JOINERS = re.compile("['’ʼ-]")  # what joins the runs of one ``text.words`` word, and "ʼ"


@lru_cache(maxsize=None)
def _required_tokens(cue: str) -> frozenset[str] | None:
    """``required.required_tokens`` of a phrase cue, once per process for all selections:
    from the packaged table (``required_table``), else worked out."""
    answers = packaged_table().get(cue)
    if answers is None:
        return compute_required_tokens(cue)
    found = answers[0]
    return None if found is None else frozenset(found)


def _openings(cue: str) -> Iterable[str] | None:
    """``openings.openings`` of a whole-line cue: from the packaged table (``required_table``), else worked out."""
    answers = packaged_table().get(cue)
    return openings(cue) if answers is None else answers[1]


def compute_required_tokens(cue: str) -> frozenset[str] | None:
    """``required.required_tokens`` of a phrase cue, worked out (what ``cues.json.gz`` holds)."""
    return required_tokens(cue, _common_words())


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Stopwords of the lexicon's languages: words most lines hold, the worst to filter on."""
    return frozenset().union(*(stopwords_for(lang) for lang in load_cues().languages))


def _cue_order(cue: str) -> tuple[int, str]:
    """A family's alternation tries longer cues first, so the reported match is the most specific."""
    return -len(cue), cue


_CueSearch = tuple[str, Callable[[str], "re.Match[str] | None"]]


@lru_cache(maxsize=None)
def _cue_search(cue: str) -> _CueSearch:
    """The search of one phrase cue, as it runs inside its family's alternation, and its literal."""
    return _literal(cue), _compile("phrase", {cue}).search


def _literal(cue: str) -> str:
    """The longest run of plain characters in the cue's top-level sequence ("" when none).

    Every match holds it as it stands: outside groups, alternations and repeats, a
    literal character matches only itself (the cues set no IGNORECASE).
    """
    try:
        parsed = _sre_parse.parse(cue)
    except re.error:
        return ""
    if parsed.state.flags & re.IGNORECASE:
        return ""
    longest = run = ""
    for op, av in parsed:
        run = run + chr(av) if op is _sre.LITERAL else ""
        longest = max(longest, run, key=len)
    return longest


def _compile(mode: str, cues: set[str]) -> re.Pattern[str]:
    body = "|".join(f"(?:{c})" for c in sorted(cues, key=_cue_order)) or r"(?!x)x"
    pattern = rf"(?<!\w)(?:{body})(?!\w)" if mode == "phrase" else rf"(?:{body})"
    # Lines are case-folded before matching and cues are lower case: no IGNORECASE, which
    # would make every search 2-3x slower.
    return re.compile(pattern)


def _compile_lines(cues: set[str]) -> re.Pattern[str]:
    return _compile("line", cues)


def _family(name: str, table: dict[str, object]) -> Family:
    cues = {lang: tuple(map(_unify_apostrophes, values)) for lang, values in table.items() if isinstance(values, list)}
    return Family(name, str(table["mode"]), str(table.get("doc", "")), cues)


def _unify_apostrophes(cue: object) -> str:
    """``str.translate(_APOSTROPHES)``, looked up only in the few cues that hold one of them:
    every worker process reads every cue of the lexicon."""
    cue = str(cue)
    return cue.translate(_APOSTROPHES) if any(mark in cue for mark in "’‘`´ʼ") else cue


def lexicon_tables() -> dict[str, dict[str, object]]:
    """The packaged lexicon as written: one table per family, from ``lexicon/*.toml`` (a file per
    family, in the order of their numbers; a family too large for one file goes on in the next,
    "17b-navigation.toml", whose arrays extend the first file's)."""
    folder = resources.files(__package__).joinpath("lexicon")
    tables: dict[str, dict[str, object]] = {}
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".toml")), key=lambda p: p.name):
        for name, table in tomllib.loads(path.read_text(encoding="utf-8")).items():
            first = tables.setdefault(name, {})
            if first and table.get("mode", first.get("mode")) != first.get("mode"):
                raise ValueError(f"lexicon/{path.name}: family {name!r} has another mode than in an earlier file")
            for key, value in table.items():
                first[key] = [*first.get(key, []), *value] if isinstance(value, list) else first.get(key, value)
    return tables


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The packaged lexicon, compiled (once per process)."""
    return Cues({name: _family(name, table) for name, table in lexicon_tables().items() if isinstance(table, dict)})
