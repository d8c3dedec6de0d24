from __future__ import annotations

from langdetect import DetectorFactory
from langdetect import detect as global_detect

from conftest import evenly, make_article
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


def parity_texts(most: int = 20_000) -> list[str]:
    """Real multilingual text: the seeds' paragraphs and the golden cases' paragraphs and whole
    articles, every language among them, taken at an even stride to at most ``most`` texts: the
    cases grow every session, the test's time does not."""
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
    return evenly(texts, most)


def test_language_fast_backend_equals_langdetect_on_real_text() -> None:
    texts = parity_texts()
    assert len(texts) > 1000
    for text in texts:
        assert detect(text, backend="langdetect_rs") == detect(text, backend="langdetect"), text[:80]


def test_language_auto_backend_prefers_the_fast_one_when_installed() -> None:
    from newsclean.language import resolve_backend

    assert resolve_backend("auto") == "langdetect_rs"


def _edge_texts() -> list[str]:
    """Texts that take every branch of langdetect's text preparation and n-gram extraction."""
    return [
        "NATO and the EU: the UN SECURITY Council met in NEW YORK on Monday, said AFP.",
        "A B C d E f — I am ÉLU président, ÇA VA ? «Oui» dit-il.",
        "Xin chào, tôi là người Việt Nam. Tiếng Việt có dấu: ả ạ ẩ ẫ ậ.",
        "Vietnamese with combining marks: a\u0300 e\u0301 o\u0303 u\u0309 i\u0323 tie\u0302\u0301ng",
        "東京都は月曜日、新しい条例を発表した。ひらがなとカタカナ、アイウエオ。",
        "서울시는 월요일 새로운 조례를 발표했다. 한국어 텍스트입니다.",
        "Правительство объявило во вторник о новой программе поддержки фермеров. Moscow (Reuters)",
        "الحكومة أعلنت يوم الثلاثاء عن برنامج جديد لدعم المزارعين. یک متن فارسی کوتاه است.",
        "ㄅㄆㄇㄈ 注音符號 ㆠㆡ",
        "Româna: şi ţară, scris şi cu virgulă: și țară; ASCII [brackets] ^carets^ _under_ `tick`",
        "see https://example.com/a?b=c&d=e#f and write to jane.doe@example.org   or    call   now",
        "  leading and trailing spaces, tabs\tand\nnewlines\r\n, and ½ ¼ ² ³ µ ß ÿ ſ ǅ ǈ ǋ ǲ",
        "Mixed: Ελληνικά κείμενα και English words και עברית טקסט ও বাংলা লেখা",
        "1234567890 !!! ??? ... ---",
        "x" * 5 + " " + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 250,  # over 10,000 characters
        "Lorem  ipsum   dolor sit amet,    consectetur adipiscing elit.  " * 200,  # runs of spaces around the cut
        "ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ ab",  # Latin Extended Additional: counted as non-Latin
        "ÀÉÎÕÜ ÀÉÎÕÜ àéîõü ĀĒĪŌŪ ẞ Ǆ Ǳ \ud83d\ude00 \U0001f600 emoji 🙂 end",
        "\u00a0\u00ab\u00b0\u00bb non-breaking\u00a0space «guillemets» 20°C",
        "",
        "   ",
    ]


def _steps(cls: type, factory: object, text: str) -> tuple[object, ...]:
    """What a detector makes of ``text`` at each step: prepared text, cleaned text, n-grams, result."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = cls(factory)
    detector.append(text)
    prepared = detector.text
    detector.cleaning_text()
    cleaned, ngrams = detector.text, detector._extract_ngrams()
    detector = cls(factory)
    detector.append(text)
    try:
        result: object = [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
    except LangDetectException as err:
        result = ("error", str(err))
    return prepared, cleaned, ngrams, result


def test_language_langdetect_backend_equals_langdetect_detector_step_by_step() -> None:
    # The langdetect backend replaces the Detector's loops: every step must give what
    # langdetect's own Detector gives, down to the last bit of every probability.
    from langdetect.detector import Detector

    from newsclean.detector import detector_class as _detector_class
    from newsclean.language import _factory

    factory, _ = _factory(0, "langdetect")
    ours = _detector_class()
    texts = _edge_texts() + parity_texts()[::4]  # some 5,000 real texts: langdetect's own Detector is slow
    errors = 0
    for text in texts:
        expected = _steps(Detector, factory, text)
        assert _steps(ours, factory, text) == expected, text[:80]
        errors += isinstance(expected[3], tuple)
    assert 0 < errors < len(texts)  # both outcomes were compared


def test_language_langdetect_backend_gives_the_same_ngrams_after_forgetting_its_words(monkeypatch) -> None:
    # Words' n-grams are remembered up to a bound, then forgotten all at once: the texts
    # after that must still give langdetect's own n-grams.
    from langdetect.detector import Detector

    import newsclean.detector as detector
    from newsclean.language import _factory

    factory, _ = _factory(0, "langdetect")
    monkeypatch.setattr(detector, "_MAX_WORDS", 3)
    ours = detector.detector_class()
    for text in list(TEXTS.values()) + _edge_texts():
        assert _steps(ours, factory, text) == _steps(Detector, factory, text), text[:80]
    assert len(detector.profile_of(factory.word_lang_prob_map)._words) <= 3


def test_language_langdetect_backend_drops_latin_from_mostly_other_scripts() -> None:
    from newsclean.detector import detector_class as _detector_class
    from newsclean.language import _factory

    factory, _ = _factory(0, "langdetect")
    detector = _detector_class()(factory)
    detector.append("Москва (Reuters) — правительство объявило новую программу")
    detector.cleaning_text()
    assert "Reuters" not in detector.text and "Москва" in detector.text
    detector = _detector_class()(factory)
    detector.append("Reuters reports from Moscow: Москва")
    detector.cleaning_text()
    assert "Reuters" in detector.text


def test_language_one_call_path_ranks_as_the_public_detector() -> None:
    # langdetect_rs's private one-call detection must give the public Detector's ranking,
    # to the last bit, on real multilingual text and on every edge of text preparation.
    from newsclean.language import _factory, _public_ranked, _rust_ranked

    ranked = _rust_ranked(0)
    assert ranked is not None  # the installed langdetect_rs passes the probe check
    factory, no_features = _factory(0, "langdetect_rs")
    texts = _edge_texts() + parity_texts()
    outcomes = set()
    for text in texts:
        expected = _public_ranked(factory, no_features, text)
        found = ranked(text)
        assert (None if found is None else [tuple(pair) for pair in found]) == expected, text[:80]
        outcomes.add("none" if expected is None else min(len(expected), 2))
    assert outcomes == {"none", 1, 2}  # no features, one language, several languages all compared


def test_language_one_call_path_falls_back_when_the_private_call_differs() -> None:
    import pytest

    import newsclean.language as language

    real_factory, no_features = language._factory(0, "langdetect_rs")
    # A mixed text ranks two languages: the wrong order below would change its result.
    texts = [*TEXTS.values(), "Korte gemengde tekst, un texte court et mélangé, kort en gemengd, court et mêlé."]
    expected = {text: detect(text, backend="langdetect") for text in texts}
    assert len(language._rust_ranked(0)(texts[-1]) or []) == 2

    class Core:
        def __init__(self, detect_langs: object) -> None:
            self.detect_langs = detect_langs

    class Factory:
        seed = 0

        def __init__(self, core: Core) -> None:
            self._core = core

        def create(self) -> object:
            return real_factory.create()

    def wrong_order(text: str, state: object) -> list[tuple[str, float]]:
        return list(reversed(real_factory._core.detect_langs(text, state) or []))

    def old_signature(text: str) -> None:
        raise AssertionError("must not be called with a state")

    patch = pytest.MonkeyPatch()
    try:
        for detect_langs in (wrong_order, old_signature, None):
            core = Core(detect_langs) if detect_langs is not None else object()
            patch.setattr(language, "_factory", lambda seed, backend, core=core: (Factory(core), no_features))
            language._rust_ranked.cache_clear()
            assert language._rust_ranked(0) is None
            assert {text: detect(text, backend="langdetect_rs") for text in texts} == expected
    finally:
        patch.undo()
        language._rust_ranked.cache_clear()
    assert language._rust_ranked(0) is not None


def test_language_is_never_one_whose_script_the_text_lacks() -> None:
    # langdetect names Korean for traditional Chinese: its Korean profile learnt Chinese
    # characters. Text without Hangul is not Korean: the next language in its ranking is.
    from newsclean.language import _public_ranked, _factory

    taiwan = "（中央社記者台北3日電）行政院今天通過明年度總預算案，總額約新台幣三兆元，其中社會福利支出占比最高。行政院發言人表示，預算將優先用於長期照顧與育兒津貼。"
    factory, no_features = _factory(0, "langdetect")
    assert _public_ranked(factory, no_features, taiwan)[0][0] == "ko"  # langdetect's own first guess
    for backend in ("langdetect", "langdetect_rs"):
        assert detect(taiwan, backend=backend)[0] == "zh"
        assert detect("서울시는 월요일 대중교통 요금을 내년부터 인상하는 새로운 조례를 발표했다.", backend=backend)[0] == "ko"
        assert detect("政府は1日の臨時閣議で、物価高への対応を柱とする総合経済対策を決定した。", backend=backend)[0] == "ja"
        assert detect("Правительство объявило о новой программе поддержки фермеров.", backend=backend)[0] == "ru"


def test_language_of_a_text_whose_only_ranked_guess_lacks_its_script_is_the_scripts() -> None:
    # Traditional Chinese that langdetect ranks Korean alone (no other language above its
    # threshold): not "und" but Chinese, the one language that writes Han without kana or
    # Hangul, with probability 0 (the guess is the script's, not langdetect's).
    import json
    from pathlib import Path

    [case] = [c for c in map(json.loads, (Path(__file__).parent / "cases" / "zh.jsonl").read_text(encoding="utf-8").splitlines()) if c["name"] == "zh-school-huikao-ranking-portal-b41"]
    text = "\n\n".join(t for t, expected in case["paragraphs"] if expected is None)
    for backend in ("langdetect", "langdetect_rs"):
        assert detect(text, backend=backend) == ("zh", 0.0)
