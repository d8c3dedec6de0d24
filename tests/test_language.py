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


def parity_texts() -> list[str]:
    """Real multilingual text: the seeds' paragraphs and the golden cases' paragraphs."""
    import json
    from pathlib import Path

    from conftest import SEEDS

    texts = [line for f in sorted(SEEDS.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    for path in sorted((Path(__file__).parent / "cases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                paragraphs = [t for t, _ in json.loads(line)["paragraphs"]]
                texts.extend(paragraphs)
                texts.append("\n\n".join(paragraphs))
    return texts


def test_language_fast_backend_equals_langdetect_on_real_text() -> None:
    texts = parity_texts()
    assert len(texts) > 1000
    for text in texts:
        assert detect(text, backend="langdetect_rs") == detect(text, backend="langdetect"), text[:80]


def test_language_auto_backend_prefers_the_fast_one_when_installed() -> None:
    from newsclean.language import resolve_backend

    assert resolve_backend("auto") == "langdetect_rs"
