"""The shortcuts that make StripBoilerplate fast never change a decision (issue 4).

Phrase cues are only searched on lines holding one of the words (or symbols) the cues
cannot match without (``Family.required_words``, ``_Matchers.mask``) and, cue by cue, the
plain text every match holds (``cues._literal``); ``clean_line``
strips decoration with ``str.strip`` instead of regexes; vote totals skip
``Counter.update``. Each test checks a shortcut against what it replaces, on the seed
and golden-case paragraphs and on strings generated from every cue of the lexicon.
"""

from __future__ import annotations

import json
import random
import re
import sys
from re import _constants as sre, _parser as _parse
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pytest

from conftest import evenly
from newsclean.boilerplate import cues as cue_module
from newsclean.boilerplate.cues import _common_words, clean_line, load_cues
from newsclean.boilerplate.openings import ByOpening
from newsclean.boilerplate.required import _strings, required_tokens
from newsclean.boilerplate.rules import make_lines, vote_totals
from newsclean.normalize import Normalize
from newsclean.stopwords import stopword_votes
from newsclean.text import fold, words

ROOT = Path(__file__).resolve().parent.parent
PHRASE = sorted(name for name, fam in load_cues().families.items() if fam.mode == "phrase")


@lru_cache(maxsize=1)
def corpus_texts(most: int = 100_000) -> tuple[str, ...]:
    """Seed and golden-case paragraphs, raw and normalized, and their first 40 characters, taken
    at an even stride to at most ``most`` texts: the cases grow every session, the tests' time
    does not."""
    texts = [line.strip() for path in sorted((ROOT / "seeds").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((ROOT / "tests" / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts += [text for text, _ in json.loads(line)["paragraphs"]]
    fix = Normalize()
    texts += [fix.fix(t) for t in texts]
    texts = sorted(set(texts) | {t[:40] for t in texts})
    return tuple(evenly(texts, most))


def cue_examples(cue: str) -> list[str]:
    """Lines the cue matches: its strings (when few) and random strings it matches, in prose,
    behind joiners and apostrophes, glued to word characters where the cue allows it."""
    rnd, items = random.Random(cue), list(_parse.parse(cue))
    found = set(sorted(_strings(items) or ())[:16])
    found |= {_sample(items, rnd) for _ in range(12)}
    pattern = single(cue)
    out = []
    for s in sorted(found):
        if s.strip():
            out += [s, f"Lorem {s} ipsum.", f"» {s.upper()}:", f"x-{s}-y", f"l’{s}", f"{s}ʼs", f"({s})"]
    return [line for line in out if pattern.search(clean_line(line))]


_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CATEGORY_SAMPLES = {sre.CATEGORY_WORD: "az9", sre.CATEGORY_SPACE: " ", sre.CATEGORY_DIGIT: "7", sre.CATEGORY_NOT_WORD: " -.", sre.CATEGORY_NOT_SPACE: "xé-", sre.CATEGORY_NOT_DIGIT: "x -"}


def _sample(items: list[tuple[object, object]], rnd: random.Random) -> str:
    """A random string shaped like ``items`` (not always a match: callers filter)."""
    out = []
    for op, av in items:
        if op is sre.LITERAL:
            out.append(chr(av))  # type: ignore[arg-type]
        elif op is sre.NOT_LITERAL or op is sre.ANY:
            out.append(rnd.choice("xz9 -.'"))
        elif op is sre.IN:
            pool = "xz9 -.'"
            for kind, value in av:  # type: ignore[attr-defined]
                if kind is sre.LITERAL:
                    pool += chr(value) * 4
                elif kind is sre.RANGE:
                    pool += chr(rnd.randint(*value)) * 4
                elif kind is sre.CATEGORY:
                    pool += _CATEGORY_SAMPLES.get(value, "x") * 2
            out.append(rnd.choice(pool))
        elif op is sre.BRANCH:
            out.append(_sample(list(rnd.choice(av[1])), rnd))  # type: ignore[index]
        elif op is sre.SUBPATTERN:
            out.append(_sample(list(av[3]), rnd))  # type: ignore[index]
        elif op in _REPEATS:
            low, high, sub = av  # type: ignore[misc]
            out += [_sample(list(sub), rnd) for _ in range(min(high, low + rnd.choice((0, 0, 1, 2, 3))))]
    return "".join(out)


@lru_cache(maxsize=1)
def generated() -> dict[tuple[str, str], list[str]]:
    """(family, cue) -> example lines, for every phrase cue."""
    fams = load_cues().families
    return {(name, cue): cue_examples(cue) for name in PHRASE for group in fams[name].cues.values() for cue in group}


def tokens(clean: str) -> set[str]:
    """A line's tokens as the analysis sees them: its whole \\w+ runs and each other non-space character."""
    return set(re.findall(r"\w+|[^\w\s]", clean))


def holds(clean: str, need: frozenset[str]) -> bool:
    """Whether ``clean`` holds one of the required tokens: a token, or a longer string as a substring."""
    return bool(need & tokens(clean)) or any(t in clean for t in need if not re.fullmatch(r"\w+|[^\w\s]", t))


def single(cue: str) -> re.Pattern[str]:
    return cue_module._compile("phrase", {cue})


def _chars(items: list[tuple[object, object]]) -> list[str] | None:
    """The characters of a class of literals and short ranges (None: any other class)."""
    out: list[str] = []
    for kind, value in items:
        if kind is sre.LITERAL:
            out.append(chr(value))  # type: ignore[arg-type]
        elif kind is sre.RANGE and value[1] - value[0] < 16:  # type: ignore[index]
            out += [chr(c) for c in range(value[0], value[1] + 1)]  # type: ignore[index]
        else:
            return None
    return out


def _walk(items: list[tuple[object, object]], open_: set[str], k: int) -> tuple[set[str], set[str]]:
    """Extends the strings ``open_`` by what ``items`` must match next: (those that may go
    on, those that stop here, at ``k`` characters or at an item of unknown first characters)."""
    closed: set[str] = set()
    for op, av in items:
        closed |= {s for s in open_ if len(s) >= k}
        open_ = {s for s in open_ if len(s) < k}
        if not open_:
            break
        if op in (sre.ASSERT, sre.ASSERT_NOT) or op is sre.AT and av not in (sre.AT_END, sre.AT_END_STRING):
            continue  # matches no character
        if op is sre.LITERAL:
            open_ = {s + chr(av) for s in open_}  # type: ignore[arg-type]
        elif op is sre.IN and (chars := _chars(av)) is not None:  # type: ignore[arg-type]
            open_ = {s + c for s in open_ for c in chars}
        elif op is sre.SUBPATTERN and not av[1] & re.IGNORECASE:  # type: ignore[index]
            open_, stopped = _walk(list(av[3]), open_, k)  # type: ignore[index]
            closed |= stopped
        elif op is sre.BRANCH:
            found: set[str] = set()
            for branch in av[1]:  # type: ignore[index]
                more, stopped = _walk(list(branch), open_, k)
                found |= more
                closed |= stopped
            open_ = found
        elif op in _REPEATS:
            low, high, sub = av  # type: ignore[misc]
            once, stopped = _walk(list(sub), open_, k)
            closed |= stopped
            if high != 1:  # one round, then stop: another round or the rest may follow
                closed, once = closed | once, set()
            open_ = (open_ if low == 0 else set()) | once
        else:
            closed |= open_
            open_ = set()
    return open_, closed


def starts(cue: str, k: int = 3) -> set[str]:
    """Strings of at most ``k`` characters, one of which begins every match of the cue ("": any)."""
    parsed = _parse.parse(cue)
    if parsed.state.flags & re.IGNORECASE:
        return {""}
    more, stopped = _walk(list(parsed), {""}, k)
    return more | stopped


def start_index(lines: Iterable[str], k: int = 3) -> dict[str, dict[str, list[int]]]:
    """Start string -> the lines holding it where a phrase match may begin, after no word
    character (the families' ``(?<!\\w)``), with those positions. Every line under "" (no
    position: searched whole)."""
    index: dict[str, dict[str, list[int]]] = {"": {}}
    for line in lines:
        index[""][line] = []
        for m in re.finditer(r"(?<!\w)", line):
            p = m.start()
            for n in range(1, min(k, len(line) - p) + 1):
                index.setdefault(line[p : p + n], {}).setdefault(line, []).append(p)
    return index


def matched_lines(name: str, index: dict[str, dict[str, list[int]]]) -> set[str]:
    """The lines the phrase family's alternation (all languages) matches, searched by start:
    the cues that begin with a string, as one alternation, tried where the lines hold it."""
    by_start: dict[str, set[str]] = {}
    for group in load_cues().families[name].cues.values():
        for cue in group:
            for key in starts(cue):
                by_start.setdefault(key, set()).add(cue)
    found: set[str] = set()
    for key, cues in by_start.items():
        pattern = cue_module._compile("phrase", cues)
        for line, positions in index.get(key, {}).items():
            if line not in found and (any(pattern.match(line, p) for p in positions) if key else pattern.search(line)):
                found.add(line)
    return found


@lru_cache(maxsize=1)
def family_lines() -> dict[str, list[tuple[str, str]]]:
    """Phrase family -> the seed and golden-case lines, (text, cleaned), that the alternation of
    all its cues in every language matches.

    No cue of the family, in any language selection, matches another line (a selection's
    alternation is a part of this one): the checks below search only these. The alternation
    of thousands of cues run over every line took minutes per worker; ``matched_lines`` finds
    the same lines (``test_boilerplate_family_lines_are_the_alternation_s``) in seconds.
    """
    texts: dict[str, list[str]] = {}
    for text in corpus_texts():
        texts.setdefault(clean_line(text), []).append(text)
    index = start_index(texts)
    out = {}
    for name in PHRASE:
        found = matched_lines(name, index)
        out[name] = [(text, clean) for clean, same in texts.items() if clean in found for text in same]
    return out


def test_boilerplate_family_lines_are_the_alternation_s() -> None:
    """The start index loses no line: on a sample of the corpus's lines (an eightieth of all,
    a twelfth of those some family matches), it finds what each family's whole alternation finds."""
    matched = sorted({clean for pairs in family_lines().values() for _, clean in pairs})
    sample = sorted(set(sorted({clean_line(t) for t in corpus_texts()})[::80]) | set(matched[::12]))
    index = start_index(sample)
    for name in PHRASE:
        search = load_cues().families[name].pattern(None).search
        assert matched_lines(name, index) == {line for line in sample if search(line)}, name
    assert starts("(?:read|see) also") == {"rea", "see"} and starts("^\\(?foto") == {"(fo", "fot"}
    assert "" in starts("\\w*fehler") and starts("ab?c") == {"abc", "ac"} and starts("(?i)x") == {""}


@pytest.mark.parametrize("family", PHRASE)
def test_boilerplate_required_words_and_literal_are_in_every_line_a_cue_matches(family: str) -> None:
    """The analysis of each cue's regex: a line it matches holds one of its required tokens (None:
    no filter), and the match holds the cue's literal (``cues._literal``), without which the
    line is not searched. Of the family's corpus lines, each cue is tried on those holding a
    string it may begin with (``starts``): it cannot match the others."""
    fam = load_cues().families[family]
    corpus = sorted({clean for _, clean in family_lines()[family]})
    index = start_index(corpus)
    checked = 0
    for group in fam.cues.values():
        for cue in group:
            need, literal = required_tokens(cue, _common_words()), cue_module._literal(cue)
            pattern = single(cue)
            candidates = set().union(*(index.get(key, ()) for key in starts(cue)))
            for clean in [clean_line(t) for t in generated()[(family, cue)]] + [c for c in corpus if c in candidates]:
                if m := pattern.search(clean):
                    checked += 1
                    assert need is None or holds(clean, need), f"{family} cue {cue!r} matches {clean!r} without any of {sorted(need or ())}"
                    assert literal in m.group(0), (family, cue, clean)
    assert checked or family == "credit"


@pytest.mark.parametrize("langs", [None, ("en",), ("de", "en"), ("fr", "en"), ("pl", "en"), ("tr", "en")], ids=str)
def test_boilerplate_mask_lets_through_every_line_a_phrase_family_matches(langs: tuple[str, ...] | None) -> None:
    """The per-line pre-filter, with and without the words shortcut, never rejects a match.

    The cues it lets through, searched one by one, find what the family's alternation finds:
    the leftmost match, and of those the cue first in the alternation's order (where the
    alternation finds nothing, no cue of it can). That the pre-filter keeps every cue a line
    matches, not only the family's first, is the required words' check above. The lines: the
    golden cases' and four generated from each of the family's own cues (the check above
    takes them all)."""
    cues = load_cues()
    matchers = cues.matchers(langs)
    ties = ["we use cookies and we use cookies settings", "cookie settings we use cookies"]  # two cues, either order
    examples: dict[str, list[str]] = {}  # family -> four lines generated from each of its cues
    for (name, cue), lines in generated().items():
        examples.setdefault(name, []).extend(random.Random(cue).sample(lines, min(4, len(lines))))
    for name in PHRASE:
        fam = cues.families[name]
        pattern, bit = fam.pattern(fam.key(langs)), matchers._bits[name]
        for text, clean in family_lines()[name] + [(text, clean_line(text)) for text in examples[name] + ties]:
            if expected := pattern.search(clean):
                matchers._masks.clear()  # forget the lines seen: compute the mask afresh each time
                mask = matchers.mask(clean, words(text))
                got = matchers._find(mask & bit, clean)
                assert got and (got.start(), got.group(0)) == (expected.start(), expected.group(0)), (name, clean)
                matchers._masks.clear()
                assert matchers.mask(clean, None) & bit, f"{name} matches {text!r} but the pre-filter rejects it"
                hit = expected.group(0)
                assert cues.match(name, clean, langs) == hit
                assert matchers.first((name,), clean, words(text)) == (name, hit)


def test_boilerplate_mask_skips_plain_prose() -> None:
    """The point of the pre-filter: an ordinary sentence reaches no phrase family's regex."""
    matchers = load_cues().matchers(("en",))
    text = "The council approved the budget on Tuesday after a long debate on school funding"
    assert matchers.mask(clean_line(text), words(text)) == matchers._always == 0


def _clean_line_by_regex(text: str) -> str:
    text = fold(text).translate(cue_module._APOSTROPHES)
    for _ in range(2):
        text = cue_module._TRAIL.sub("", cue_module._LEAD.sub("", cue_module._strip_symbols(text.strip())))
    return text


def test_boilerplate_clean_line_strips_like_its_regexes() -> None:
    rnd = random.Random(4)
    alphabet = list(cue_module._LEAD_CHARS + cue_module._TRAIL_CHARS + " \t\u00a0\u2003\n©📺↗ab'’‘`´ʼ.")
    texts = list(corpus_texts()) + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10))) for _ in range(20000)]
    for text in texts:
        assert clean_line.__wrapped__(text) == _clean_line_by_regex(text), repr(text)


def test_boilerplate_vote_totals_rank_like_counter_update() -> None:
    """Same counts and the same order of first votes, so ``most_common`` breaks ties alike."""
    lines = make_lines(list(enumerate(corpus_texts())))
    rnd = random.Random(4)
    for _ in range(300):
        some = rnd.sample(lines, rnd.randint(0, 12))
        expected: Counter[str] = Counter()
        for line in some:
            expected.update(stopword_votes(line.words))
        got = vote_totals(some)
        assert list(got.items()) == list(expected.items())
        assert got.most_common() == expected.most_common()


def test_boilerplate_stopword_votes_count_like_a_generator() -> None:
    """``stopword_votes`` maps and filters in C: the same counts, in the same order of first vote."""
    from newsclean.stopwords import marker_words

    markers = marker_words()
    for text in corpus_texts():
        tokens = words(text)
        expected = Counter(lang for w in tokens if (lang := markers.get(w)) is not None)
        got = stopword_votes.__wrapped__(tokens)
        assert list(got.items()) == list(expected.items()), text[:80]


def test_boilerplate_find_breaks_ties_like_the_alternation() -> None:
    """Leftmost first; at one position the longer cue, tried first by the alternation."""
    family = cue_module.Family("demo", "phrase", "", {"en": ("ab", "ab c", "b", "c d")})
    matchers = cue_module.Cues({"demo": family}).matchers(("en",))
    for clean in ["ab c", "ab c d", "b ab c", "x ab", "c d ab c", "zab c d", "none here"]:
        expected = family.pattern(("en",)).search(clean)
        got = matchers._find(matchers._bits["demo"], clean)
        assert (got and (got.start(), got.group(0))) == (expected and (expected.start(), expected.group(0))), clean


def test_required_punctuation_pattern_as_the_character_tests() -> None:
    """``_tokens`` finds punctuation with one regex search (``[^\\w\\s]``) instead of a test per
    character: for every code point, the same answer as "neither a word character nor a space"."""
    from newsclean.boilerplate.required import _PUNCTUATION, _word_char

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert (_PUNCTUATION.search(char) is not None) == (not _word_char(char) and not char.isspace()), hex(code)
    assert _PUNCTUATION.search("a.i.") and _PUNCTUATION.search("(c) ") and _PUNCTUATION.search("©")
    assert not _PUNCTUATION.search("zażółć gęślą jaźń_2025") and not _PUNCTUATION.search("")


def test_boilerplate_packaged_answers_are_the_computed_ones() -> None:
    """``cues.json.gz`` (``python -m newsclean.boilerplate``) holds exactly what ``required_tokens``
    works out for every phrase and whole-line cue of the lexicon, and ``openings`` for every
    whole-line cue, so a worker looks them up instead of parsing each cue; a cue missing from it
    is worked out."""
    from newsclean.boilerplate.openings import openings
    from newsclean.boilerplate.required_table import computed_table, packaged_table

    packaged, computed = packaged_table(), computed_table()
    stale = sorted(cue for cue in packaged.keys() | computed.keys() if packaged.get(cue, "missing") != computed.get(cue))
    assert not stale, f"{len(stale)} cues differ, first {stale[0]!r}: run python -m newsclean.boilerplate"
    for column in (0, 1):  # required tokens, openings: both answers, and both kinds of each
        assert any(answers[column] is None for answers in packaged.values()) and any(answers[column] for answers in packaged.values())
    unknown = "zorgvuldig (?:gekozen|gemaakt) voorbeeldzin"
    assert unknown not in packaged and cue_module._required_tokens(unknown) == required_tokens(unknown, _common_words()) == {"voorbeeldzin"}
    assert cue_module._openings(unknown) == openings(unknown) == {"z"}


@pytest.mark.parametrize("langs", [("de", "en"), ("fr", "en"), ("pl", "en"), ("tr", "en"), ("ja", "en")], ids=str)
def test_boilerplate_whole_line_families_match_by_required_words_as_one_alternation(langs: tuple[str, ...]) -> None:
    """A whole-line family tries on a line only the cues whose required words the line holds
    and whose openings its first character is (``LineIndex``, ``Family.runner``): on the seed
    and golden lines and on strings of its cues, it matches exactly where the selection's one
    alternation does, with the same match."""
    lines = sorted({clean_line(t) for t in corpus_texts()})[::3]
    checked = 0
    for fam in load_cues().families.values():
        if fam.mode != "line":
            continue
        key = fam.key(langs)
        examples = [s for lang in langs for cue in fam.cues.get(lang, ()) for s in sorted(_strings(list(_parse.parse(cue))) or ())[:3]]
        one, run = fam.pattern(key).fullmatch, fam.runner(key)
        for line in lines + examples:
            expected, got = one(line), run(line)
            assert (got and got.group(0)) == (expected and expected.group(0)), (fam.name, line)
            checked += expected is not None
    assert checked > 1000


@pytest.mark.parametrize(
    ("cue", "keys"),
    [
        ("verwandte artikel", {"v"}),
        ("(?:mehr|weitere) (?:zum thema|artikel)", {"m", "w"}),
        ("(?:\\d+ )?kommentare?", {"0", "k"}),  # digits share one key; an optional part lets the next open
        ("[a-c]x|(?=y)yes", {"a", "b", "c", "y"}),  # a lookahead matches no character
        ("٣ تعليقات", {"0"}),  # an Arabic-Indic digit is a digit
        ("[^\\s]+ kommentare", None),  # a negated class opens with anything
        ("\\w+ min", None),
        ("(?:zum thema)?", None),  # may match the empty line
        ("(?i)mehr", None),
    ],
)
def test_boilerplate_openings_are_the_characters_a_cue_can_open_with(cue: str, keys: set[str] | None) -> None:
    from newsclean.boilerplate.openings import openings

    assert openings(cue) == (None if keys is None else frozenset(keys))


def test_boilerplate_whole_line_cues_filed_by_their_openings_match_as_the_alternation() -> None:
    """``ByOpening`` tries on a line only the cues its first character can open: for every
    family and language of whole-line cues, on random strings each cue matches (with a digit,
    a letter or nothing swapped in for their first character, to reach other keys' cues) and,
    in five languages, on the seed and golden lines, it matches exactly where the one
    alternation of the same cues does. ``ByOpening`` is built as ``LineIndex`` builds it for
    the cues that require no word: filed by the packaged openings, which the test below
    proves are the computed ones."""
    lines = sorted({clean_line(t) for t in corpus_texts() if len(t) < 160})[::10]  # whole-line cues fit short lines
    checked = 0
    for fam in load_cues().families.values():
        if fam.mode != "line":
            continue
        for lang, cues in sorted(fam.cues.items()):
            rnd = random.Random(f"{fam.name} {lang}")
            examples = [_sample(list(_parse.parse(cue)), rnd) for cue in cues]
            examples += [prefix + s[1:] for s in examples[::3] for prefix in ("7", "x", "")]
            if lang in ("de", "en", "fr", "ja", "tr"):
                examples += lines
            one = cue_module._compile("line", set(cues)).fullmatch
            filed = ByOpening(cues, cue_module._compile_lines, cue_module._openings)
            for line in examples:
                expected = one(line)
                assert (filed.fullmatch(line) is not None) == (expected is not None), (fam.name, lang, line)
                checked += expected is not None
    assert checked > 20000
