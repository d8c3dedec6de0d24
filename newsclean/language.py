"""DetectLanguage: the language of the kept text, deterministic.

langdetect draws random samples; with its global factory the seed is shared and the
profiles are loaded on import. We keep a private factory per process with a fixed
seed, loaded on first use, so results never depend on other code or on call order.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .article import Article
from .pipeline import ArticleStage
from .text import letter_count

__all__ = ["DetectLanguage", "detect"]

UNDETERMINED = "und"


@lru_cache(maxsize=4)
def _factory(seed: int):  # type: ignore[no-untyped-def]
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.seed = seed
    return factory


def detect(text: str, *, seed: int = 0, min_letters: int = 20) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``; ``("und", 0.0)`` when it cannot be told.

    langdetect's regional codes (``zh-cn``, ``zh-tw``) are reduced to ISO 639-1 (``zh``).
    """
    from langdetect.lang_detect_exception import LangDetectException

    if letter_count(text) < min_letters:
        return UNDETERMINED, 0.0
    detector = _factory(seed).create()
    detector.append(text)
    try:
        best = detector.get_probabilities()[0]
    except (LangDetectException, IndexError):
        return UNDETERMINED, 0.0
    return best.lang.split("-")[0], round(best.prob, 6)


@dataclass(frozen=True, slots=True)
class DetectLanguage(ArticleStage):
    """Set ``lang`` and ``lang_prob`` from the kept text (seeded langdetect)."""

    REASONS = ()

    seed: int = 0
    min_letters: int = 20  # fewer letters than this: "und" rather than a guess

    def apply(self, article: Article, /) -> Article:
        lang, prob = detect(article.text, seed=self.seed, min_letters=self.min_letters)
        return article.replace(lang=lang, lang_prob=prob)
