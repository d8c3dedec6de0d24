"""Words in scripts whose letters take combining marks, and Turkish capitals: one word each."""

from __future__ import annotations

from newsclean.stopwords import stopword_votes
from newsclean.text import has_marks, tokenize, words

HINDI = "दिल्ली में सोमवार सुबह वायु गुणवत्ता सूचकांक 310 दर्ज किया गया, जो बहुत खराब श्रेणी में आता है।"


def test_words_keep_combining_marks_inside_a_word() -> None:
    # Vowel signs and viramas are no \w characters: "पढ़ें" was the word "पढ" and a gap.
    assert words("यह भी पढ़ें") == ("यह", "भी", "पढ़ें")
    assert len(words(HINDI)) == len(HINDI.split())
    assert tokenize("தமிழ் செய்திகள்") == ("தமிழ்", "செய்திகள்")  # Tamil
    assert tokenize("বাংলা সংবাদ") == ("বাংলা", "সংবাদ")  # Bengali
    assert tokenize("مَرْحَبًا بالعالم") == ("مَرْحَبًا", "بالعالم")  # Arabic with its vowel points
    assert has_marks("पढ़ें") and not has_marks("Straße über l'ex-président") and not has_marks("plain ascii")


def test_words_of_latin_text_as_before() -> None:
    assert tokenize("Straße über l'ex-président, UN-Rat_2") == ("strasse", "über", "l'ex-président", "un-rat", "2")


def test_words_fold_turkish_capital_i() -> None:
    # casefold turns "İ" into "i" and a combining dot: "İstanbul" was "i" and "stanbul".
    assert tokenize("Borsa İstanbul'da VİDEO") == ("borsa", "istanbul'da", "video")


def test_words_let_hindi_stopwords_vote() -> None:
    # "में", "है", "जो" are Hindi stopwords only as whole words.
    assert stopword_votes(words(HINDI)).most_common(1)[0][0] == "hi"


def test_a_sentence_may_end_inside_german_or_full_width_quotes() -> None:
    from newsclean.text import ends_like_sentence

    assert ends_like_sentence("„Wir sind zufrieden.“") and ends_like_sentence("‚So geht es nicht.‘")
    assert ends_like_sentence("市長は「大きな一歩だ。」") and not ends_like_sentence("„Wir sind zufrieden“")


def test_an_urdu_sentence_ends_with_its_own_full_stop() -> None:
    # Urdu closes a sentence with "۔" (U+06D4), not with the Arabic or Latin full stop.
    from newsclean.text import ends_like_sentence

    assert ends_like_sentence("لاہور میں پیر کے روز شدید بارش کے باعث کئی سڑکیں زیر آب آ گئیں۔")
    assert not ends_like_sentence("لاہور میں شدید بارش")
