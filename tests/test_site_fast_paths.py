"""The site stage's fast paths against plain versions of what they replace.

``_line_facts`` caches a paragraph's fingerprint and length test for both passes,
``fit_shard`` builds its rows as columns, ``_story_key`` packs keys with ``struct``:
each must answer exactly as the plain computation does.
"""

from __future__ import annotations

import re

import numpy as np
import pytest
import xxhash
from conftest import TRAM_ARTICLE, make_article
from newsclean import Article
from newsclean.site import DropSiteRepeats, _distinct_rows, _line_facts, _story_key, _triples

# Plain re-implementations, written from the docstrings, not from the code under test.
_PLAIN_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def plain_line_key(text: str) -> int:
    line = " ".join(_PLAIN_WORD.findall(text.casefold()))
    return xxhash.xxh3_64_intdigest(re.sub(r"\d+", "0", line).encode("utf-8"))


def plain_long(text: str, long_words: int) -> bool:
    return len(text.split()) >= long_words


LINES = [
    "",
    "   ",
    "Foto: Jan Kowalski / PAP",
    "FOTO – jan kowalski, pap",
    "© 2024 Beispiel Verlag GmbH. Alle Rechte vorbehalten.",
    "(c) 1999 beispiel verlag gmbh – alle rechte vorbehalten",
    "L'ex-président a parlé à la presse ce matin, selon l’AFP.",
    "l ex président a parlé à la presse ce matin selon l afp",
    "Straße und STRASSE: ß wird beim Vergleich zu ss.",
    "حقوق النشر ٢٠٢٤ محفوظة",
    "حقوق النشر 2025 محفوظة",
    "snake_case_name und __init__ zählen nicht als Wörter_",
    "Zdjęcie: Agencja Gazeta — wszystkie prawa zastrzeżone",
    "Leia também: como a inflação de 4,5% afeta o seu bolso",
    "Lees ook: 10 tips voor een goedkope vakantie in 2025",
    "Leggi anche: il governo approva la manovra da 30 miliardi",
    "Lea también: las claves del acuerdo, punto por punto",
    "x\u00a0y\u2003z\tw  v\nu",  # no-break, em and other spaces, a tab and a newline
    " ".join(["wort"] * 24),
    " ".join(["wort"] * 25),
    " ".join(["wort"] * 26) + " — – -",
    " ".join(TRAM_ARTICLE),  # a very long line
    "9" * 5000 + " Seite " + "٣" * 300,
]


@pytest.mark.parametrize("long_words", [1, 3, 25, 200])
def test_line_facts_equal_the_plain_fingerprint_and_length_test(long_words: int) -> None:
    for text in LINES:
        for _ in range(2):  # the first call computes, the second comes from the cache
            assert _line_facts(text, long_words) == (plain_line_key(text), plain_long(text, long_words)), text


def test_line_facts_of_one_text_under_two_thresholds_are_not_mixed_up() -> None:
    text = "Melden Sie sich für unseren Newsletter an und verpassen Sie keine Nachricht mehr"  # 14 words
    assert _line_facts(text, 10) == (plain_line_key(text), True)
    assert _line_facts(text, 15) == (plain_line_key(text), False)
    assert _line_facts(text, 10)[1] is True


def test_line_key_ignores_case_punctuation_and_numbers_but_not_words() -> None:
    key = {text: _line_facts(text, 25)[0] for text in LINES}
    assert key["Foto: Jan Kowalski / PAP"] == key["FOTO – jan kowalski, pap"]
    assert key["حقوق النشر ٢٠٢٤ محفوظة"] == key["حقوق النشر 2025 محفوظة"]  # Arabic-Indic digits are numbers too
    # inner apostrophes and hyphens belong to the word: "l'ex-président" is not "l ex président"
    assert key["L'ex-président a parlé à la presse ce matin, selon l’AFP."] != key["l ex président a parlé à la presse ce matin selon l afp"]
    assert len({key[t] for t in LINES[11:17]}) == 6  # different lines, different keys


def _corpus_like_articles() -> list[Article]:
    """Twelve stories on two sites (one spelled in two cases) that share a tagline, plus the
    articles the stage must skip or treat as empty: rejected, without a site, with every
    paragraph dropped, with none. Each story has two long paragraphs no other story has."""
    t, n = TRAM_ARTICLE, len(TRAM_ARTICLE)
    bodies = [
        [t[i] + " " + t[(i + 1) % n], LINES[11 + i % 6], t[(i + 3) % n] + " " + t[(i + 7) % n], f"Seite {i + 1} von 12"]
        for i in range(12)
    ]
    articles = [
        make_article(*body, "Lees ook: meer nieuws uit de regio", id=f"story-{i}", site=("krant.nl", "KRANT.nl", "blad.be")[i % 3])
        for i, body in enumerate(bodies)
    ]
    articles.append(make_article(*bodies[0], id="rejected", site="krant.nl").reject("test.reason"))
    articles.append(make_article(*bodies[1], id="no-site"))
    articles.append(make_article(*bodies[2], id="all-dropped", site="krant.nl").drop({i: "test.reason" for i in range(len(bodies[2]))}))
    articles.append(make_article(id="empty", site="blad.be"))
    articles.append(make_article(*bodies[3], id="half-dropped", site="blad.be").drop({0: "test.reason", 2: "test.reason"}))
    return articles


def test_fit_shard_equals_the_distinct_rows_of_every_line_triple() -> None:
    stage = DropSiteRepeats()
    articles = _corpus_like_articles()
    plain = np.unique(np.array([t for a in articles for t in stage.line_triples(a)], dtype=np.uint64), axis=0)
    assert len(plain) > 50
    assert np.array_equal(stage.fit_shard([articles[:5], articles[5:]]), plain)
    assert np.array_equal(stage.fit_shard([articles[:1], [], articles[1:]]), plain)


def test_fit_shard_of_articles_with_nothing_to_count() -> None:
    stage = DropSiteRepeats()
    articles = _corpus_like_articles()[-5:-1]  # rejected, no site, all dropped, empty
    assert stage.fit_shard([articles]).shape == (0, 3)
    assert stage.fit_shard([]).shape == (0, 3)


def test_triples_from_columns_equal_the_rows_of_tuples() -> None:
    big = 2**64 - 1  # beyond int64: the columns must be uint64 from the start
    sites, stories = [7, big, 3], [big - 5, 11, 2**63]
    keys, sizes = [1, 2, 3, big, 5, 6], [3, 0, 3]
    rows = [(7, 1, big - 5), (7, 2, big - 5), (7, 3, big - 5), (3, big, 2**63), (3, 5, 2**63), (3, 6, 2**63)]
    assert _triples(sites, keys, stories, sizes).tolist() == [list(r) for r in rows]
    assert _triples([], [], [], []).shape == (0, 3)
    assert np.array_equal(_distinct_rows(_triples(sites, keys, stories, sizes)), np.unique(np.array(rows, dtype=np.uint64), axis=0))


@pytest.mark.parametrize(
    "keys, long_keys",
    [([], []), ([5], []), ([9, 2**64 - 1, 2**63, 9], []), ([1, 2, 3], [2**64 - 2, 2**63 + 1, 2**64 - 2]), ([4, 4], [8])],
)
def test_story_key_packs_keys_as_the_numpy_array_did(keys: list[int], long_keys: list[int]) -> None:
    pool = sorted(set(long_keys or keys))[:2]
    assert _story_key(keys, long_keys) == xxhash.xxh3_64_intdigest(np.array(pool, dtype=np.uint64).tobytes())


def test_look_up_answers_the_same_with_the_cache_warm_or_cold() -> None:
    articles = _corpus_like_articles()
    fitted = DropSiteRepeats().fit([articles])
    warm = [fitted.apply(a) for a in articles]
    _line_facts.cache_clear()
    cold = [fitted.apply(a) for a in articles]
    assert warm == cold
    stories = [a for a in warm if a.id.startswith("story-")]
    assert len(stories) == 12 and all(a.paragraphs[-1].dropped == "repeat.site" for a in stories)  # the tagline
    assert all(a.paragraphs[-2].dropped == "repeat.site" for a in stories)  # "Seite 1 von 12": numbers are masked
    assert all(p.dropped is None for a in stories for p in a.paragraphs[:3])  # its own, and lines on two stories only
    by_id = {a.id: a for a in warm}
    assert by_id["rejected"] == articles[-5] and by_id["no-site"] == articles[-4] and by_id["all-dropped"] == articles[-3]
    half = by_id["half-dropped"].paragraphs
    assert [p.dropped for p in half] == ["test.reason", None, "test.reason", "repeat.site"]
