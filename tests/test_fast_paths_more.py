"""More throughput shortcuts, each checked against the plain computation it replaces.

Behaviour only: no timings here.
"""

from __future__ import annotations

import random
from collections import Counter

from conftest import SEEDS
from newsclean import Article, default_pipeline, read
from newsclean.article import Paragraph, split_paragraphs
from newsclean.report import Report, input_of

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
