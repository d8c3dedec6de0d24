"""DropOutsideBody's per-article shortcuts give what the plain per-line calls give.

The stage adds up the lines' cached stopword votes in a dict and counts each line's
stopwords against a list looked up once; the plain versions (a Counter updated line by
line, ``stopword_density`` per line) are the references. Behaviour only: no timings here.
"""

from __future__ import annotations

from collections import Counter

from conftest import make_article
from newsclean.body import _densities, _link_like, _Lines, _main_language
from newsclean.stopwords import marker_words, stopword_density, stopword_votes, stopwords_for
from newsclean.text import ends_like_sentence, words


def _main_language_plain(tokens: list[tuple[str, ...]]) -> str | None:
    votes: Counter[str] = Counter()
    for toks in tokens:
        votes.update(stopword_votes(toks))
    return votes.most_common(1)[0][0] if votes else None


LINES = [
    "Der Stadtrat hat am Dienstag beschlossen, die Linie nicht vor dem Sommer zu verlängern.",
    "Le conseil municipal a voté mardi avec une large majorité dans la salle des fêtes.",
    "De gemeenteraad zei dat de kosten niet zijn gestegen sinds het voorjaar.",
    "The council said which of the new stops would open first and when.",
    "Home | Sport | Kultur",
    "",
    "2025",
]


def test_main_language_as_the_counter_of_votes() -> None:
    for n in range(len(LINES) + 1):
        for lines in (LINES[:n], LINES[n:], LINES[::-1][:n]):
            tokens = [words(line) for line in lines]
            assert _main_language(tokens) == _main_language_plain(tokens)


def test_main_language_tie_goes_to_the_language_met_first() -> None:
    german, french = ("und", "nicht"), ("avec", "dans")
    markers = marker_words()
    assert [markers[w] for w in german + french] == ["de", "de", "fr", "fr"]  # the premise: one owner each
    for first, second, winner in ((german, french, "de"), (french, german, "fr")):
        tokens = [first, (), second]
        assert _main_language(tokens) == _main_language_plain(tokens) == winner


def test_densities_as_stopword_density_per_line() -> None:
    tokens = [words(line) for line in LINES]
    for lang in ("de", "fr", "nl", "en", "pl"):
        assert _densities(tokens, stopwords_for(lang)) == [stopword_density(toks, lang) for toks in tokens]
    assert _densities(tokens, None) == [1.0] * len(tokens)  # no language found: every line counts as dense


def test_lines_are_the_kept_paragraphs_in_order() -> None:
    menu = "Home | Sport | Kultur"
    article = make_article(LINES[0], LINES[1], LINES[2], menu, "Contact us").drop({1: "boilerplate.test"})
    lines = _Lines.of(article)
    assert len(lines) == 4
    assert lines.at == [0, 2, 3, 4]
    assert lines.texts == [LINES[0], LINES[2], menu, "Contact us"]
    assert lines.tokens == [words(t) for t in lines.texts]
    assert lines.sentence == [ends_like_sentence(t) for t in lines.texts] == [True, True, False, False]
    assert lines.link == [False, False, True, False]
    assert lines.headline == [False, False, True, True]  # short lines with no sentence end


def test_lines_link_shortcut_as_link_like_per_line() -> None:
    """Pages with no menu separator skip the per-line test; pages with some ask every line."""
    pages = [
        [],
        ["Ein Satz ohne Trennzeichen.", "Zweite Zeile", "Ça va très bien, merci."],
        ["Start · Polityka", "Kraj | Świat", "Sport • Kultura"],  # one separator per line: none is a menu
        ["Inicio | Noticias | Deportes", "El alcalde habló ayer con los vecinos del barrio."],
        ["Accueil · Sports · Culture", "Uma frase qualquer."],
        ["Notizie • Sport • Cultura", "Sì"],
        ["A|B", "Uitgelicht ||", "x · y", "•• Tip"],  # separators touching, doubled, at the start
        ["Prezzo: 12 € | 14 €", "Wahl 2025 | 41,2 % | 38,9 %"],  # figures in a table row
    ]
    for texts in pages:
        lines = _Lines.of(make_article(*texts)) if texts else None
        expected = [_link_like(t) for t in texts]
        assert (lines.link if lines else []) == expected
    assert _Lines.of(make_article(*pages[2])).link == [False, False, False]
    assert _Lines.of(make_article(*pages[3])).link == [True, False]
    assert _Lines.of(make_article(*pages[6])).link == [False, True, False, True]
