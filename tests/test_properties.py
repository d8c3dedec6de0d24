"""Property-based tests (hypothesis): idempotence, the stage contract on arbitrary Unicode,
and readers that never crash on arbitrary bytes.

Example counts are kept small (the whole file runs in well under 30 s on 2 cores);
``derandomize=True`` makes every run try the same examples, so CI is reproducible.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pyarrow as pa
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from newsclean import Article, InputError, default_pipeline, from_records, read
from newsclean.read import REASONS as READ_REASONS
from newsclean.schema import ARTICLES, REMOVED, article_row, removed_rows

SETTINGS = settings(max_examples=25, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
# Each example of the whole pipeline costs about 0.1 s: no shrinking (it took minutes on a
# failure); the counterexamples found so far are pinned below with @example instead.
PIPELINE_SETTINGS = settings(SETTINGS, max_examples=20, phases=(Phase.explicit, Phase.reuse, Phase.generate))

SEED_ARTICLES = [[line.strip() for line in f.read_text(encoding="utf-8").splitlines() if line.strip()] for f in sorted(SEEDS.glob("*.txt"))]
BOILERPLATE = [
    "Accept all cookies", "Read also: Markets rally as rates fall", "Photo: Reuters", "Share on Facebook",
    "Subscribe to our newsletter", "© 2024 Example Media. All rights reserved.", "Advertisement",
    "Lesen Sie auch: Die Bahn streikt wieder", "Foto: dpa", "Abonnez-vous à notre newsletter",
]
# Any code point, surrogates and controls included: whatever a JSON escape can produce.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)

PIPELINE = default_pipeline()


def articles_of(records: list[dict[str, object]]) -> list[Article]:
    return [a for batch in PIPELINE.run(from_records(records, on_bad_record="reject")) for a in batch]


def writable(article: Article) -> None:
    """The article's output rows fit the schema (valid UTF-8, right types)."""
    rows = list(removed_rows(article))
    pa.Table.from_pylist(rows, REMOVED)
    if article.rejected is None:
        pa.Table.from_pylist([article_row(article)], ARTICLES)




@st.composite
def news(draw: st.DrawFn) -> str:
    """A seed article (one language) with some lines left out and boilerplate lines put in."""
    lines = draw(st.sampled_from(SEED_ARTICLES))
    keep = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    out = [line for line, k in zip(lines, keep) if k] or lines[:1]
    for _ in range(draw(st.integers(0, 3))):
        out.insert(draw(st.integers(0, len(out))), draw(st.sampled_from(BOILERPLATE)))
    return "\n".join(out)


corpora = st.lists(st.tuples(news(), st.sampled_from(["a.example", "b.example", None])), min_size=1, max_size=6)


# Counterexamples this test found while it was written (the body/boilerplate stages were
# changing): the first pass kept headline and "read also" line, or the Dutch paragraph
# between German ones, and the second pass dropped them. Pinned so they stay fixed.
_HEADLINE = "De Noord-Korea-Russische alliantie kan gevolgen hebben voor de veiligheid in de Indo-Pacifische regio: Zweden"
_BODY = ("De Zweedse minister van Defensie Pal Jonson heeft Noord-Korea veroordeeld voor het leveren van wapens en troepen "
         "aan Rusland voor gebruik in de oorlog in Oekraïne, en zei dat de groeiende militaire samenwerking tussen Pyongyang "
         "en Moskou ook de veiligheid in de Indo-Pacific zou kunnen aantasten.")
_SEED_LINE = {line[:20]: line for lines in SEED_ARTICLES for line in lines}
_MIXED = [_SEED_LINE["Die fortlaufende Zus"], _SEED_LINE["Biden had ook een éé"], _SEED_LINE["Biden had ook een éé"],
          _SEED_LINE["Der südkoreanische V"]]


@PIPELINE_SETTINGS
@given(corpora)
@example([("\n".join([_HEADLINE, _HEADLINE, "Lesen Sie auch: Die Bahn streikt wieder", _BODY]), "a.example")])
@example([("\n".join(_MIXED), "a.example")])
def test_properties_cleaning_the_output_again_removes_nothing_more(corpus: list[tuple[str, str | None]]) -> None:
    first = articles_of([{"id": str(i), "text": text, "site": site} for i, (text, site) in enumerate(corpus)])
    survivors = [a for a in first if a.rejected is None]
    again = articles_of([{"id": a.id, "text": a.text, "site": a.site} for a in survivors])
    assert [a.rejected for a in again] == [None] * len(survivors)
    assert [a.text for a in again] == [a.text for a in survivors]


@PIPELINE_SETTINGS
@given(st.lists(st.tuples(ANY_TEXT, ANY_TEXT), min_size=1, max_size=5))
def test_properties_pipeline_contract_on_arbitrary_unicode(records: list[tuple[str, str]]) -> None:
    given_records = [{"id": f"{i}{ident}", "title": ident, "text": text} for i, (text, ident) in enumerate(records)]
    out = articles_of(given_records)
    source = from_records(given_records, on_bad_record="reject")
    before = [a for batch in source for a in batch]
    assert [a.id for a in out] == [a.id for a in before]  # every article, same order
    for a, b in zip(before, out):
        assert len(a.paragraphs) == len(b.paragraphs)  # paragraphs are marked, never deleted
        assert (b.rejected is None) == any(p.dropped is None for p in b.paragraphs) or b.rejected is not None
        if a.rejected is not None:
            assert b == a  # rejected on input: passes untouched
        writable(b)


SUFFIXES = [".txt", ".jsonl", ".parquet", ".jsonl.gz", ".txt.bz2", ".jsonl.zst"]


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from(SUFFIXES))
def test_properties_readers_never_crash_on_arbitrary_bytes(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"in{suffix}"
        path.write_bytes(data)
        for article in (a for batch in read(path, on_bad_record="reject") for a in batch):
            assert article.rejected is None or article.rejected in READ_REASONS
            writable(article)
        try:
            for _ in read(path, on_bad_record="raise"):
                pass
        except InputError as err:
            assert str(err).startswith(str(path))


@SETTINGS
@given(st.lists(st.binary(max_size=200), min_size=1, max_size=8))
def test_properties_jsonl_lines_of_arbitrary_bytes_each_become_one_article(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") for line in lines]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "in.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        articles = [a for batch in read(path, on_bad_record="reject") for a in batch]
    if not lines[0].startswith((b"\xff\xfe", b"\xfe\xff")):  # a UTF-16 BOM changes how the lines are split
        assert len(articles) == sum(1 for line in lines if line.strip())
    for article in articles:
        writable(article)
