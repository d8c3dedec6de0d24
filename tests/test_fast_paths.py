"""The throughput shortcuts give exactly what the plain code paths give.

The first pass hands its output on to the main pass (Normalize runs once per article),
Normalize skips ftfy's mojibake check where it cannot fire, articles pickle by columns,
and a few text helpers avoid regex scans. Behaviour only: no timings here.
"""

from __future__ import annotations

import dataclasses
import pickle
import random
import re
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest

from conftest import SEEDS, make_article
from newsclean import Article, StageError, default_pipeline, read
from newsclean.article import Paragraph, split_paragraphs
from newsclean.dedup import _suspects
from newsclean.neardup import _facts
from newsclean.pipeline import ArticleStage, Pipeline, _Runner
from newsclean.report import Report, input_of
from newsclean.site import DropSiteRepeats, _distinct_rows, frequent_lines
from newsclean.text import ends_like_sentence, shingles

# The plain versions the fast paths replaced: the references they are checked against.
_SPACES = re.compile(r"\s+")
_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”’»«)\]“‘›‹」』）]*$")


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 0.0

# ---------------------------------------------------------------- first-pass hand-off

CALLS: list[str] = []


@dataclass(frozen=True, slots=True)
class Shout(ArticleStage):
    """An article-local stage before the fitted one; counts its calls in this process."""

    def apply(self, article: Article, /) -> Article:
        CALLS.append(article.id)
        return article.map_text(str.upper)


@dataclass(frozen=True, slots=True)
class DropFirst(ArticleStage):
    """Breaks the contract: loses the first article of every batch."""

    def apply(self, article: Article, /) -> Article:  # pragma: no cover - never reached
        return article

    def __call__(self, batches: Iterable[list[Article]], /) -> Iterator[list[Article]]:  # pragma: no cover
        for batch in batches:
            yield batch[1:]


class Once:
    """A source that can be iterated once only."""

    def __init__(self, batches: list[list[Article]]) -> None:
        self.batches, self.used = batches, 0

    def __iter__(self) -> Iterator[list[Article]]:
        self.used += 1
        if self.used > 1:
            raise AssertionError("the source was read twice")
        return iter(self.batches)


def seed_batches(size: int = 3) -> list[list[Article]]:
    articles = [a for batch in read(SEEDS) for a in batch]
    return [articles[i : i + size] for i in range(0, len(articles), size)]


def two_pass(pipe: Pipeline, batches: list[list[Article]], workers: int = 1) -> list[Article]:
    """The output the way it was computed before the hand-off: fit, then stream the source again."""
    fitted = pipe.fit(batches, workers=workers)
    return [a for b in _Runner(fitted.stages, workers).stream(batches) for a in b]


@pytest.mark.parametrize("workers", [1, 2])
def test_handoff_same_articles_as_two_passes(workers: int) -> None:
    pipe = default_pipeline()
    batches = seed_batches()
    assert pipe._handoff() == (1, 7)  # Normalize before DropSiteRepeats, its look-up to SignArticles before DropNearDuplicateArticles
    handed = [a for b in pipe.run(batches, workers=workers) for a in b]
    assert handed == two_pass(pipe, batches)


def test_handoff_runs_the_prefix_once_and_reads_the_source_once() -> None:
    pipe = Pipeline((Shout(), DropSiteRepeats(min_stories=2), *default_pipeline().stages[2:]))
    batches = seed_batches()
    n = sum(map(len, batches))
    expected = two_pass(pipe, batches)
    CALLS.clear()
    source = Once(batches)
    out = [a for b in pipe.run(source) for a in b]
    assert out == expected
    assert source.used == 1
    assert len(CALLS) == n  # once per article, not once per pass
    assert all(p.text == p.text.upper() for a in out for p in a.paragraphs)


def test_handoff_leaves_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = [a for b in default_pipeline().run(seed_batches(), workers=2) for a in b]
    assert out
    assert list(tmp_path.iterdir()) == []


def test_handoff_stopped_early_leaves_no_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    stream = default_pipeline().run(seed_batches(1))
    next(stream)
    assert any(tmp_path.iterdir())  # the kept batches not read yet
    stream.close()
    assert list(tmp_path.iterdir()) == []


def test_handoff_not_used_where_it_does_not_apply() -> None:
    stages = default_pipeline().stages
    assert Pipeline(stages[1:])._handoff() == (0, 6)  # nothing before the first fit: the source is read once all the same
    assert Pipeline((stages[0], DropFirst(), *stages[1:]))._handoff() is not None
    assert Pipeline((DropFirst.__call__, *stages[1:]))._handoff() is None  # a corpus stage before it
    assert Pipeline((*stages[:7], DropFirst.__call__, *stages[7:]))._handoff() is None  # a corpus stage between fits
    assert Pipeline((*stages[:2], DropSiteRepeats(min_stories=5), *stages[2:]))._handoff() == (1, 2, 8)  # fits in a row


def test_handoff_checks_the_prefix_contract() -> None:
    @dataclass(frozen=True, slots=True)
    class Renaming(ArticleStage):
        def apply(self, article: Article, /) -> Article:
            return article.replace(id=article.id + "!")

    pipe = Pipeline((Renaming(), *default_pipeline().stages[1:]))
    with pytest.raises(StageError, match="dropped or reordered"):
        list(pipe.run(seed_batches()))


# ---------------------------------------------------------------- Normalize


def test_mojibake_prefilter_is_exact_for_the_installed_ftfy() -> None:
    """Every alternative of ftfy's badness regex needs a character outside ``_HARMLESS``
    at a position it cannot skip, so ``is_bad`` is False on text made only of those."""
    import re._constants as C
    import re._parser as P

    from ftfy.badness import BADNESS_RE

    from newsclean.normalize import _HARMLESS

    tree = P.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    assert len(tree.data) == 1 and tree.data[0][0] is C.BRANCH

    def harmless_can_fill(op: object, av: object) -> bool:
        if op is C.LITERAL:
            return chr(av) in _HARMLESS  # type: ignore[arg-type]
        if op is C.IN:
            for o, a in av:  # type: ignore[attr-defined]
                if o is C.NEGATE or o is C.CATEGORY:
                    return True
                if o is C.LITERAL and chr(a) in _HARMLESS:
                    return True
                if o is C.RANGE and any(chr(c) in _HARMLESS for c in range(a[0], a[1] + 1)):
                    return True
            return False
        return True  # anything else: assume the worst

    for alternative in tree.data[0][1][1]:
        mandatory = [(op, av) for op, av in alternative.data if op in (C.LITERAL, C.IN, C.ANY, C.NOT_LITERAL)]
        assert any(not harmless_can_fill(op, av) for op, av in mandatory), alternative


def test_mojibake_prefilter_on_samples() -> None:
    from ftfy.badness import is_bad

    from newsclean.normalize import _HARMLESS, _MAYBE_BAD

    pool = sorted(_HARMLESS)
    rng = random.Random(0)
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 40)))
        assert _MAYBE_BAD.search(text) is None and not is_bad(text)
    for bad in ("CafÃ© au lait", "donâ€™t", "Ã¼ber", "â€œquotedâ€\x9d"):
        assert _MAYBE_BAD.search(bad) is not None and is_bad(bad)


def test_normalize_whitespace_as_the_regex_did() -> None:
    from newsclean.normalize import _INVISIBLE, Normalize

    fix = Normalize().fix
    rng = random.Random(1)
    chars = ["a", "b", " ", "\t", "\u00a0", "\u2003", "\u200b", "\ufeff", "\x1c", "\u3000", "\u2028", "\x85"]
    for _ in range(3000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        if "\u2028" in text or "\x85" in text or "\x1c" in text:
            continue  # line breaks and controls go through ftfy first
        assert fix(text) == _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()
    assert all(bool(re.fullmatch(r"\s", chr(c))) == chr(c).isspace() for c in range(0x110000))


# ---------------------------------------------------------------- articles


def test_article_pickles_by_columns_round_trip() -> None:
    plain = make_article("One.", "Two.", "Three.", id="a1")
    dropped = plain.drop({1: ("boilerplate.legal", "why")})
    no_detail = plain.drop({0: "repeat.site"})
    rejected = plain.reject("duplicate.article", "copy", duplicate_of="x", cluster_id="x", cluster_size=2)
    signed = plain.replace(signature=b"\x00\x01", lang="en", lang_prob=0.5)
    empty = Article(id="e", source="s", paragraphs=())
    for article in (plain, dropped, no_detail, rejected, signed, empty):
        back = pickle.loads(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
        assert back == article
        assert all(type(p) is Paragraph for p in back.paragraphs)
    assert pickle.loads(pickle.dumps([dropped, dropped])) == [dropped, dropped]


def test_article_replace_as_dataclasses_replace() -> None:
    article = make_article("One.", "Two.", id="a1")
    assert article.replace(lang="de", lang_prob=0.9) == dataclasses.replace(article, lang="de", lang_prob=0.9)
    assert article.replace() == article
    with pytest.raises(TypeError, match="no field"):
        article.replace(language="de")


def _field_values(record: object) -> tuple[object, ...]:
    return tuple(getattr(record, f.name) for f in dataclasses.fields(record))  # type: ignore[arg-type]


def test_records_built_through_their_slots_are_the_dataclass_records() -> None:
    """The fast constructors (slots set directly) give what ``Paragraph(...)`` and ``Article(...)`` give:
    same fields, equal, same hash, same type, still frozen; and every path that uses them."""
    from newsclean.article import _article, _kept_paragraph, _paragraph

    for args in (("Ein Satz.", None, None), ("Menu", "boilerplate.navigation", "navigation cue 'menu'"), ("", "normalize.empty", None)):
        fast, plain = _paragraph(*args), Paragraph(*args)
        assert type(fast) is Paragraph and fast == plain and hash(fast) == hash(plain) and _field_values(fast) == args
        with pytest.raises(dataclasses.FrozenInstanceError):
            fast.text = "x"  # type: ignore[misc]
    assert _kept_paragraph("Une phrase.") == Paragraph("Une phrase.") and _kept_paragraph("Une phrase.").dropped is None
    values = ("id-7", "f.jsonl:3", (Paragraph("Zdanie."),), "Tytuł", "https://x.pl/a", "x.pl", "2025-01-02", "pl", 0.99,
              None, None, None, "id-7", 1, '{"k": 1}', b"\x01\x02")
    fast_article, plain_article = _article(values), Article(*values)  # type: ignore[arg-type]
    assert type(fast_article) is Article and fast_article == plain_article and _field_values(fast_article) == values
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast_article.lang = "de"  # type: ignore[misc]
    # The paths built on them, against the dataclass constructors.
    text = "  Eerste regel.\n\n\tTweede regel  \nDerde\u2028regel\n \u00a0\n"
    assert split_paragraphs(text) == tuple(Paragraph(t.strip()) for t in text.splitlines() if t.strip())
    article = make_article("Uno.", "Dos.", "Tres.", title="Título")
    dropped = article.drop({0: ("boilerplate.byline", "detail"), 2: "repeat.site"})
    assert dropped.paragraphs == (Paragraph("Uno.", "boilerplate.byline", "detail"), Paragraph("Dos."), Paragraph("Tres.", "repeat.site", None))
    assert article.map_text(str.upper).paragraphs == tuple(Paragraph(t) for t in ("UNO.", "DOS.", "TRES."))
    assert article.replace(site="x.es", cluster_size=3) == dataclasses.replace(article, site="x.es", cluster_size=3)


def test_facts_kept_chars_are_the_kept_text_length() -> None:
    article = make_article("One two.", "Three.", "Four five six.", id="a1")
    for drops in ({}, {0: "x"}, {1: "x"}, {0: "x", 2: "x"}, {0: "x", 1: "x", 2: "x"}):
        a = article.drop(drops)
        assert _facts(a) == (len(a.text), a.published or "", a.id)


# ---------------------------------------------------------------- text helpers


def test_ends_like_sentence_as_the_regex() -> None:
    alphabet = list(".!?…。！？؟।\"'”’»«)]“‘›‹」』）\n ab")
    rng = random.Random(2)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        assert ends_like_sentence(text) == (_SENTENCE_END.search(text) is not None), repr(text)


def test_tokenize_as_the_word_pattern() -> None:
    """Without "_" in the text, words are found by ``\\w`` runs: the same words as ``WORD_RE``'s
    (or, in a text with Chinese or Japanese characters or combining marks, as the pattern for those)."""
    from newsclean.text import _WORD_OR_UNSPACED_RE, _WORD_WITH_MARKS_RE, WORD_RE, fold, has_marks, has_unspaced, tokenize

    def plain(text: str) -> tuple[str, ...]:
        text = fold(text)
        pattern = _WORD_OR_UNSPACED_RE if has_unspaced(text) else _WORD_WITH_MARKS_RE if has_marks(text) else WORD_RE
        return tuple(pattern.findall(text))

    alphabet = list("aZéß9٣_ '’-‐.,:\n\u00a0") + ["ǅ", "İ", "ﬁ", "中", "ʼ", "\u0301", "²", "½", "ⓐ", "क", "ि", "्", "\U0001d167"]
    rng = random.Random(5)
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert tokenize(text) == plain(text), repr(text)
    written = [
        "L'ex-président a dit: «non» — c'était hier.",
        "Die Straße ist 2,5 km lang; GROSSE Pläne_2025 (snake_case) bleiben.",
        "Het 's-Hertogenbosch-plan kost €3 mln", "Ce qu’il faut savoir", "Żółć i gęś – 12.03.2024",
        "東京都は__init__を発表した", "_", "__", "a_b", "",
    ]
    for text in written:
        assert tokenize(text) == plain(text), text
    assert tokenize("Pläne_2025 l'ex-président") == ("pläne", "2025", "l'ex-président")


def test_shingles_are_the_word_windows() -> None:
    rng = random.Random(3)
    for _ in range(2000):
        tokens = tuple(str(rng.randint(0, 5)) for _ in range(rng.randint(0, 8)))
        n = rng.randint(1, 4)
        if len(tokens) <= n:
            expected = [" ".join(tokens)] if tokens else []
        else:
            expected = [" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1)]
        assert shingles(tokens, n) == expected
        assert shingles(list(tokens), n) == expected


def test_suspects_as_every_pair() -> None:
    rng = random.Random(4)
    for _ in range(2000):
        bags = [frozenset(map(str, rng.sample(range(30), rng.randint(0, 12)))) for _ in range(rng.randint(0, 9))]
        expected = sorted(
            {k for i in range(len(bags)) for j in range(i) if _overlap(bags[i], bags[j]) >= 0.5 for k in (i, j)}
        )
        assert _suspects(bags) == expected


# ---------------------------------------------------------------- main-process helpers

# Every character str.splitlines breaks on or str.isspace / str.strip treat as blank,
# and a few that look blank but are not (zero-width space, BOM).
_ALPHABET = list("ab é") + ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029",
                           "\t", "\xa0", "\u2000", "\u200a", "\u3000", "\u200b", "\ufeff", "\u202f", "\u205f"]


def test_split_paragraphs_as_the_plain_filter() -> None:
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 20)))
        expected = tuple(Paragraph(line.strip()) for line in text.splitlines() if line and not line.isspace())
        assert split_paragraphs(text) == expected


def test_split_paragraphs_on_every_whitespace_character() -> None:
    for code in range(0x3001):
        c = chr(code)
        for text in (c, f"a{c}b", f"{c}a{c}\n{c}"):
            expected = tuple(Paragraph(line.strip()) for line in text.splitlines() if line and not line.isspace())
            assert split_paragraphs(text) == expected, hex(code)


def _plain_add(report: Report, article: Article) -> None:
    """Report.add as it was written first: one paragraph at a time."""
    report.read += 1
    per_input = report.inputs.setdefault(input_of(article.source), Counter())
    per_input["read"] += 1
    for p in article.paragraphs:
        report.paragraphs_read += 1
        report.chars_read += len(p.text)
        if p.dropped is not None:
            report.reasons[p.dropped] += 1
    if article.rejected is not None:
        report.rejected += 1
        per_input["rejected"] += 1
        report.reasons[article.rejected] += 1
        return
    report.kept += 1
    per_input["kept"] += 1
    kept = [p for p in article.paragraphs if p.dropped is None]
    report.paragraphs_kept += len(kept)
    report.chars_kept += sum(len(p.text) for p in kept)
    report.languages[article.lang or "und"] += 1
    if article.cluster_size and article.cluster_size > 1:
        report.clusters += 1


def test_report_add_as_one_paragraph_at_a_time() -> None:
    articles = [a for batch in default_pipeline().run(read(SEEDS)) for a in batch]
    first = articles[0]
    articles += [  # a rejected copy, a duplicate cluster's survivor, an article with no paragraph
        first.drop({0: ("repeat.site", "x")}).reject("duplicate.article", "y", duplicate_of="z"),
        first.drop({1: "boilerplate.caption"}).replace(cluster_size=3, cluster_id="k", source="other.txt"),
        first.replace(paragraphs=(), lang=None),
    ]
    assert any(a.rejected for a in articles) and any(p.dropped for a in articles for p in a.paragraphs)
    fast, plain = Report(), Report()
    for article in articles:
        fast.add(article)
        _plain_add(plain, article)
    assert fast == plain
    assert list(fast.reasons) == list(plain.reasons)  # the same order of first counts too


def _frequent_lines_plain(triples: np.ndarray, min_stories: int) -> tuple[np.ndarray, np.ndarray]:
    """frequent_lines as np.unique computes it: the reference for the lexsort version."""
    table = np.unique(triples, axis=0)
    pairs, n = np.unique(table[:, :2], axis=0, return_counts=True)
    return pairs[n >= min_stories], n[n >= min_stories]


@pytest.mark.parametrize("seed", range(5))
def test_site_counts_by_lexsort_are_np_unique(seed: int) -> None:
    """The site fit's distinct rows and story counts equal np.unique's, on triples with many
    repeats, large uint64 values and ties in the first columns."""
    rng = np.random.default_rng(seed)
    values = rng.integers(0, 2**64, size=7, dtype=np.uint64, endpoint=False)
    triples = values[rng.integers(0, len(values), size=(3000, 3))]
    assert np.array_equal(_distinct_rows(triples), np.unique(triples, axis=0))
    for min_stories in (1, 3, 8):  # 7 values: a pair has at most 7 stories, so 8 finds none
        got, want = frequent_lines(triples, min_stories), _frequent_lines_plain(triples, min_stories)
        assert np.array_equal(got[0], want[0]) and np.array_equal(got[1], want[1])
        assert (len(got[0]) > 0) == (min_stories <= 7)
