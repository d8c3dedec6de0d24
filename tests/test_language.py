from __future__ import annotations

from langdetect import DetectorFactory
from langdetect import detect as global_detect

from conftest import make_article
from newsclean import DetectLanguage
from newsclean.language import detect

TEXTS = {
    "de": "Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr deutlich ausweiten, sagte der Minister.",
    "nl": "Het kabinet wil volgend jaar meer geld uittrekken voor de bouw van betaalbare huurwoningen in de grote steden.",
    "fr": "Le gouvernement a annoncé mardi un nouveau plan pour soutenir les agriculteurs touchés par la sécheresse.",
    "pl": "Rząd zapowiedział we wtorek nowy program wsparcia dla rolników dotkniętych tegoroczną suszą.",
}


def test_language_detects_iso_codes() -> None:
    for lang, text in TEXTS.items():
        assert detect(text)[0] == lang


def test_language_equals_seeded_langdetect() -> None:
    DetectorFactory.seed = 0
    for text in TEXTS.values():
        assert detect(text)[0] == global_detect(text)


def test_language_is_deterministic_across_calls() -> None:
    text = "Short mixed text, kurz und gemischt, kort en gemengd."
    assert len({detect(text) for _ in range(5)}) == 1


def test_language_too_short_or_no_letters_is_und() -> None:
    assert detect("Ja.")[0] == "und"
    assert detect("1234 5678 — 90 %, 12:30 !!!")[0] == "und"


def test_language_stage_sets_lang_and_prob() -> None:
    a = DetectLanguage().apply(make_article(TEXTS["de"]))
    assert a.lang == "de" and 0.5 < (a.lang_prob or 0) <= 1.0
