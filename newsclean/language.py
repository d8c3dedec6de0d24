"""DetectLanguage: the language of the kept text, deterministic.

langdetect draws random samples; with its global factory the seed is shared and the
profiles are loaded on import. We keep a private factory per process with a fixed
seed, loaded on first use, so results never depend on other code or on call order.

Backends: ``langdetect`` (the reference) and ``langdetect_rs`` (the ``newsclean[fast]``
extra: the same algorithm from a Rust core, bit-identical results, ~35x faster).
``auto`` uses langdetect_rs when it is installed; a parity test keeps them equal.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from functools import lru_cache

from .article import Article
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
    """
    if letter_count(text, stop=min_letters) < min_letters:
        return UNDETERMINED, 0.0
    factory, no_features = _factory(seed, resolve_backend(backend))
    detector = factory.create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (no_features, IndexError):
        return UNDETERMINED, 0.0
    return best.lang.split("-")[0], round(best.prob, 6)


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
