from __future__ import annotations

import random

import numpy as np
import pytest

from conftest import SEEDS, make_article
from newsclean import Article, Pipeline, read
from newsclean.minhash import near_duplicate_groups
from newsclean.neardup import DropNearDuplicateArticles, SignArticles


def seed_bodies() -> dict[str, list[str]]:
    return {a.id[:3]: [p.text for p in a.paragraphs] for batch in read(SEEDS) for a in batch}


def syndicate(paragraphs: list[str], rng: random.Random) -> list[str]:
    """A realistic syndicated copy: new dateline, a few typos, the last paragraph dropped."""
    out = [f"BERLIN (dpa) – {paragraphs[0]}", *paragraphs[1:-1]]
    for _ in range(3):
        i = rng.randrange(len(out))
        tokens = out[i].split()
        j = rng.randrange(len(tokens))
        tokens[j] = tokens[j][::-1]
        out[i] = " ".join(tokens)
    return out


def dedup(articles: list[Article], **options: object) -> list[Article]:
    return [a for b in Pipeline((SignArticles(), DropNearDuplicateArticles(**options))).run([articles]) for a in b]  # type: ignore[arg-type]


@pytest.fixture()
def corpus() -> list[Article]:
    bodies, rng = seed_bodies(), random.Random(7)
    return [
        make_article(*bodies["001"], id="original", published="2024-11-02"),
        make_article(*bodies["003"], id="other-story"),
        make_article(*syndicate(bodies["001"], rng), id="copy", published="2024-11-01"),
        make_article(*bodies["004"], id="third-story"),
    ]


def test_neardup_syndicated_copy_is_found(corpus: list[Article]) -> None:
    out = {a.id: a for a in dedup(corpus)}
    assert out["copy"].rejected == "duplicate.article" and out["copy"].duplicate_of == "original"
    assert out["original"].rejected is None and out["original"].cluster_size == 2
    assert out["other-story"].rejected is None and out["other-story"].cluster_size is None


def test_neardup_default_keeps_the_most_complete_copy_whatever_the_order(corpus: list[Article]) -> None:
    for order in (corpus, corpus[::-1]):
        out = {a.id: a for a in dedup(order)}
        assert out["original"].rejected is None and out["copy"].duplicate_of == "original"


def test_neardup_keep_earliest(corpus: list[Article]) -> None:
    out = {a.id: a for a in dedup(corpus, keep="earliest")}
    assert out["original"].duplicate_of == "copy" and out["copy"].cluster_id == "copy"


def test_neardup_keep_first(corpus: list[Article]) -> None:
    out = {a.id: a for a in dedup(corpus[::-1], keep="first")}
    assert out["original"].duplicate_of == "copy"


def test_neardup_different_stories_sharing_a_footer_not_merged() -> None:
    bodies = seed_bodies()
    footer = [
        "Dieser Artikel wurde von der Redaktion auf Grundlage von Agenturmaterial erstellt und vor der Veröffentlichung geprüft.",
        "Alle Rechte an Text und Bild liegen beim Verlag; eine Weiterverbreitung ist nur mit schriftlicher Genehmigung gestattet.",
    ]
    articles = [make_article(*bodies[k][:4], *footer, id=k) for k in ("000", "001", "002")]
    assert all(a.rejected is None for a in dedup(articles))


def test_neardup_unknown_policy_is_refused() -> None:
    with pytest.raises(ValueError, match="keep must be one of"):
        DropNearDuplicateArticles(keep="random")


def test_neardup_signature_not_carried_past_the_stage(corpus: list[Article]) -> None:
    assert all(a.signature is None for a in dedup(corpus))


def test_neardup_clusters_equal_the_batch_grouping_over_all_signatures() -> None:
    """The stage keeps only band keys in memory; its clusters must still be exactly the
    groups that near_duplicate_groups finds with every signature in hand."""
    bodies, rng = seed_bodies(), random.Random(11)
    articles = []
    for n, key in enumerate(sorted(bodies) * 3):
        text = syndicate(bodies[key], rng) if n >= len(bodies) else bodies[key]
        articles.append(make_article(*text, id=f"{key}-{n}"))
    rng.shuffle(articles)
    signed = [a for b in Pipeline((SignArticles(),)).run([articles], workers=1) for a in b]
    labels = near_duplicate_groups(np.vstack([np.frombuffer(a.signature, dtype=np.uint32) for a in signed]), threshold=0.7)
    expected = {}
    for article, label in zip(signed, labels.tolist()):
        expected.setdefault(label, set()).add(article.id)
    found = {}
    for article in dedup(articles, keep="first"):
        found.setdefault(article.cluster_id or article.id, set()).add(article.id)
    assert sorted(map(sorted, found.values())) == sorted(map(sorted, expected.values()))
    assert any(len(group) > 1 for group in found.values())


def test_neardup_fitted_in_parts_marks_by_position_as_one_call(corpus: list[Article]) -> None:
    """Fitted from per-batch parts (as the workers make them) and marking each batch at its
    input position, the stage decides as it does learning and marking in one call;
    two copies with the same id are told apart by position."""
    twin = corpus[0].replace(source="other.jsonl:1")
    articles = [*SignArticles()([[*corpus, corpus[1].reject("input.malformed"), twin]])][0]
    batches = [articles[:2], articles[2:3], articles[3:]]
    stage = DropNearDuplicateArticles()
    fitted = stage.fit_shards(stage.fit_shard([b]) for b in batches)
    starts = [0, 2, 3]
    marked = [a for b, start in zip(batches, starts) for a in fitted.apply_batch(b, start)]
    assert marked == [a for b in stage(batches) for a in b]
    assert [a.rejected for a in marked].count("duplicate.article") == 2  # the syndicated copy and the twin
    assert marked[0].rejected is None and marked[-1].duplicate_of == marked[0].id == marked[-1].id


def test_neardup_signing_keeps_whole_articles_out_of_the_paragraph_word_cache(corpus: list[Article]) -> None:
    """The word cache bounds entries, not bytes: whole articles in it held gigabytes on long runs."""
    from newsclean.text import words

    words.cache_clear()
    [a for b in Pipeline((SignArticles(),)).run([corpus]) for a in b]
    assert 0 < words.cache_info().currsize <= sum(len(a.paragraphs) for a in corpus)


def test_neardup_signature_from_paragraph_words_equals_the_signature_of_the_text() -> None:
    """Signing reuses each paragraph's cached words: the same words as the joined text's."""
    from newsclean.minhash import hasher
    from newsclean.neardup import _sign_article
    from newsclean.text import shingles, tokenize

    def _sign_text(text: str, shingle: int, signer: object) -> bytes:  # the whole text, tokenized again
        return signer.signature(shingles(tokenize(text), shingle)).tobytes()  # type: ignore[attr-defined]

    tricky = [
        "Ende des Absatzes l'", "-Anfang mit Bindestrich", "ΟΔΟΣ ΠΡΟΣ ΤΗΝ ΠΟΛΗ", "l'ex-président parle",
        "Straße 1.000 Menschen", "word's end’", "’start", "x", "",
    ]
    articles = [make_article(*paragraphs) for paragraphs in seed_bodies().values()] + [make_article(*tricky)]
    articles.append(articles[0].drop({1: "boilerplate.cookie_banner", 3: "repeat.paragraph"}))
    for article in articles:
        assert _sign_article(article, 3, hasher(128)) == _sign_text(article.text, 3, hasher(128))


def test_sign_article_equals_signature_of_plain_shingles() -> None:
    """The signature from the kept paragraphs' cached words: the same values as
    ``signature(shingles(words of the kept text))``, for texts shorter than a shingle,
    empty, non-ASCII, with digits, underscores and dropped paragraphs."""
    import itertools

    from newsclean.minhash import hasher
    from newsclean.neardup import _sign_article
    from newsclean.text import shingles, words

    signer = hasher(128)
    articles = [
        make_article("Kurz."),
        make_article("Zwei Wörter"),
        make_article("Drei kleine Wörter"),
        make_article("Vier kleine Wörter hier"),
        make_article("…", "—"),  # no words at all
        make_article(
            "Le maire a présenté mardi le budget 2025 de la ville, en hausse de 3,5 %.",
            "Menu | Sport | Kultur",
            "Zarząd spółki ogłosił w piątek, że zysk_netto wzrósł o 12 proc. rok do roku.",
            " ".join(f"słowo{i} été_{i % 7}" for i in range(3000)),  # a long article: several thousand shingles
        ).drop({1: "boilerplate.test"}),
    ]
    for article in articles:
        for n in (1, 3, 5):
            tokens = tuple(itertools.chain.from_iterable(words(p.text) for _, p in article.kept_paragraphs()))
            expected = signer.signature(shingles(tokens, n)).tobytes()
            assert _sign_article(article, n, signer) == expected
