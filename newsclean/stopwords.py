"""Which language's function words a text uses: a cheap per-paragraph language cue.

langdetect is the authority on an article's language, but it costs milliseconds per
call and is unreliable on one short line. Stopwords are cheap: for every language in
the stopwords-iso collection we keep only the stopwords no other language lists, so
each hit is evidence for exactly one language.
"""

from __future__ import annotations

from collections import Counter, _count_elements  # Counter.update's own counting loop
from functools import lru_cache

__all__ = ["any_stopwords", "marker_words", "stopword_votes", "stopword_density", "stopwords_for"]


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    import stopwordsiso

    return {lang: frozenset(w.casefold() for w in stopwordsiso.stopwords(lang)) for lang in sorted(stopwordsiso.langs())}


@lru_cache(maxsize=1)
def marker_words() -> dict[str, str]:
    """word -> the one language whose stopword list holds it (shared words left out)."""
    owners: dict[str, set[str]] = {}
    for lang, words in _lists().items():
        for word in words:
            owners.setdefault(word, set()).add(lang)
    return {word: next(iter(langs)) for word, langs in owners.items() if len(langs) == 1}


@lru_cache(maxsize=1)
def any_stopwords() -> frozenset[str]:
    """The words some language's stopword list holds: function words, whatever the language."""
    return frozenset().union(*_lists().values())


def stopwords_for(lang: str | None) -> frozenset[str]:
    """The full stopword list of ``lang`` (empty when unknown)."""
    return _lists().get(lang or "", frozenset())


@lru_cache(maxsize=65536)
def stopword_votes(words: tuple[str, ...]) -> Counter[str]:
    """Language -> number of its marker words among ``words`` (case-folded). Do not mutate the result."""
    # filter(None, ...) drops the words no language owns (None); no language code is "".
    # What Counter(iterable) does, counted straight into an empty Counter without its
    # per-call type checks: a quarter of the cost, for every new paragraph.
    votes: Counter[str] = Counter()
    _count_elements(votes, filter(None, map(marker_words().get, words)))
    return votes


def stopword_density(words: list[str], lang: str | None) -> float:
    """Share of ``words`` that are stopwords of ``lang``: high in prose, low in menus."""
    if not words:
        return 0.0
    stop = stopwords_for(lang)
    return sum(w in stop for w in words) / len(words)
