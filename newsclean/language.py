"""DetectLanguage: the language of the kept text, deterministic.

langdetect draws random samples; with its global factory the seed is shared and the
profiles are loaded on import. We keep a private factory per process with a fixed
seed, loaded on first use, so results never depend on other code or on call order.

Backends: ``langdetect`` (the reference) and ``langdetect_rs`` (the ``newsclean[fast]``
extra: the same algorithm from a Rust core, bit-identical results, ~35x faster).
``auto`` uses langdetect_rs when it is installed; a parity test keeps them equal.

With langdetect itself, detection is most of the pipeline's CPU: its Python loops are
replaced by operations that compute the same values (``detector.py``).
"""

from __future__ import annotations

import importlib
import importlib.util
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .article import Article
from .detector import detector_class
from .pipeline import ArticleStage
from .text import letter_count

__all__ = ["DetectLanguage", "detect"]

UNDETERMINED = "und"


BACKENDS = ("auto", "langdetect", "langdetect_rs")


def resolve_backend(backend: str) -> str:
    """The backend ``backend`` names; ``auto`` is langdetect_rs when installed."""
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    if backend != "auto":
        return backend
    return "langdetect_rs" if importlib.util.find_spec("langdetect_rs") else "langdetect"


@lru_cache(maxsize=4)
def _factory(seed: int, backend: str):  # type: ignore[no-untyped-def]
    """A private detector factory with its profiles loaded, and the backend's exception class."""
    module = importlib.import_module(f"{backend}.detector_factory")
    factory = module.DetectorFactory()
    factory.load_profile(module.PROFILES_DIRECTORY)
    factory.seed = seed
    return factory, importlib.import_module(f"{backend}.lang_detect_exception").LangDetectException


def detect(text: str, *, seed: int = 0, min_letters: int = 20, backend: str = "auto") -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``; ``("und", 0.0)`` when it cannot be told.

    langdetect's regional codes (``zh-cn``, ``zh-tw``) are reduced to ISO 639-1 (``zh``).
    langdetect's best guess is taken unless the text holds no letter of that language's
    script (``_in_its_script``): then the next in its ranking.
    """
    if letter_count(text, stop=min_letters) < min_letters:
        return UNDETERMINED, 0.0
    name = resolve_backend(backend)
    if name == "langdetect_rs" and (ranked := _rust_ranked(seed)) is not None:
        return _in_its_script(ranked(text) or (), text)
    factory, no_features = _factory(seed, name)
    detector = detector_class()(factory) if name == "langdetect" else factory.create()
    return _in_its_script(_ranked(detector, no_features, text) or (), text)


# The letters a language's text must hold, for the languages langdetect knows that have a
# script of their own. langdetect's Korean profile was trained on text with Chinese
# characters in it: it names Korean for traditional Chinese (Taiwan, Hong Kong) that holds
# no Hangul at all. Latin-script languages are not checked.
_SCRIPTS = {
    lang: re.compile(f"[{letters}]")
    for langs, letters in (
        (("ko",), "\uac00-\ud7af\u1100-\u11ff\u3130-\u318f"),  # Hangul
        (("ja",), "\u3040-\u30ff"),  # kana
        (("zh",), "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"),  # Han
        (("ru", "uk", "bg", "mk"), "\u0400-\u04ff"),  # Cyrillic
        (("el",), "\u0370-\u03ff\u1f00-\u1fff"),  # Greek
        (("ar", "fa", "ur"), "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"),  # Arabic
        (("he",), "\u0590-\u05ff"),  # Hebrew
        (("hi", "mr", "ne"), "\u0900-\u097f"),  # Devanagari
        (("bn",), "\u0980-\u09ff"),
        (("pa",), "\u0a00-\u0a7f"),
        (("gu",), "\u0a80-\u0aff"),
        (("ta",), "\u0b80-\u0bff"),
        (("te",), "\u0c00-\u0c7f"),
        (("kn",), "\u0c80-\u0cff"),
        (("ml",), "\u0d00-\u0d7f"),
        (("th",), "\u0e00-\u0e7f"),
    )
    for lang in langs
}


def _in_its_script(ranked: Iterable[tuple[str, float]], text: str) -> tuple[str, float]:
    """The best of langdetect's ``ranked`` (language, probability) whose script ``text`` holds; when
    none is, the language whose script of its own the text holds (``_OWN_SCRIPTS``: traditional
    Chinese that langdetect ranks Korean alone), with probability 0; else und."""
    ranked = list(ranked)
    for lang, prob in ranked:
        code = lang.split("-")[0]
        script = _SCRIPTS.get(code)
        if script is None or script.search(text):
            return code, round(prob, 6)
    if ranked:
        for code in _OWN_SCRIPTS:
            if _SCRIPTS[code].search(text):
                return code, 0.0
    return UNDETERMINED, 0.0


# Scripts only one language langdetect knows writes, looked for in this order (Japanese holds Han
# too, so kana first): the language of a text whose every ranked guess was in another script.
_OWN_SCRIPTS = ("ja", "ko", "zh", "el", "he", "th", "bn", "pa", "gu", "ta", "te", "kn", "ml")


def _ranked(detector, no_features, text: str) -> list[tuple[str, float]] | None:  # type: ignore[no-untyped-def]
    """(language, probability) best first from a fresh langdetect ``Detector``; None: no features."""
    detector.append(text)
    try:
        return [(best.lang, best.prob) for best in detector.get_probabilities()]
    except no_features:
        return None


def _public_ranked(factory, no_features, text: str) -> list[tuple[str, float]] | None:  # type: ignore[no-untyped-def]
    """``_ranked`` through the backend's public ``Detector``."""
    return _ranked(factory.create(), no_features, text)


# Texts the private call must rank exactly as the public Detector before it is used: several
# scripts, languages close to each other, a mixed text (several entries), digits and
# punctuation only (no features), a runaway space, a URL and an address, and a text past
# langdetect's 10,000-character cut.
_PROBES = (
    "Die Regierung will die Förderung im kommenden Jahr ausweiten, sagte der Minister am Dienstag.",
    "Het kabinet wil volgend jaar meer geld uittrekken voor betaalbare huurwoningen.",
    "Il governo ha annunciato un piano per sostenere gli agricoltori colpiti dalla siccità.",
    "O governo anunciou um plano para apoiar os agricultores afetados pela seca.",
    "Rząd zapowiedział nowy program wsparcia dla rolników dotkniętych suszą.",
    "Правительство объявило о новой программе поддержки фермеров. 東京都は新しい条例を発表した。",
    "Short mixed text, kurz und gemischt, kort en gemengd, court et mélangé, corto y mezclado.",
    "1234 5678 — 90 %, 12:30 !!! ... ---",
    "see   https://example.com/a?b=c and write to jane.doe@example.org   now,  said the editor",
    "El Gobierno aprobó el martes una reforma de la ley de vivienda. " * 170,
)


@lru_cache(maxsize=4)
def _rust_ranked(seed: int):  # type: ignore[no-untyped-def]
    """langdetect_rs's one-call detection (its private ``Factory.detect_langs``), or None.

    Its public ``Detector`` runs the Rust detection twice per text: once with no trials
    only to see whether the text has any features, then for real. ``detect_langs(text,
    state)`` prepares, checks and detects in one call, and gives the same ranking (None
    for no features): langdetect's share of the run's CPU falls by about half. It is
    private, so it is used only when it exists and ranks every probe exactly as the public
    path does (same seed); otherwise detection stays on the public path.
    """
    factory, no_features = _factory(seed, "langdetect_rs")
    try:
        from langdetect_rs._seed import seed_state

        rank = factory._core.detect_langs
        state = seed_state(factory.seed)
        for probe in _PROBES:
            found = rank(probe, state)
            if (None if found is None else [tuple(pair) for pair in found]) != _public_ranked(factory, no_features, probe):
                return None
    except Exception:  # an unexpected signature or result: the public path
        return None

    def ranked(text: str) -> list[tuple[str, float]] | None:
        found: list[tuple[str, float]] | None = rank(text, state)
        return found

    return ranked


@dataclass(frozen=True, slots=True)
class DetectLanguage(ArticleStage):
    """Set ``lang`` and ``lang_prob`` from the kept text (seeded langdetect)."""

    REASONS = ()

    seed: int = 0
    min_letters: int = 20  # fewer letters than this: "und" rather than a guess
    backend: str = "auto"  # same results from every backend; only the speed differs

    def apply(self, article: Article, /) -> Article:
        lang, prob = detect(article.text, seed=self.seed, min_letters=self.min_letters, backend=self.backend)
        return article.replace(lang=lang, lang_prob=prob)
