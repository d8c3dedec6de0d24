"""langdetect's ``Detector`` with its Python loops replaced by string and numpy operations.

With langdetect itself (no ``newsclean[fast]`` extra), detection is most of the pipeline's
CPU: a per-character loop extracts the text's n-grams, then seven random walks multiply 55
language probabilities by a drawn n-gram's row, one float at a time. Here the n-grams come
word by word from a cache (a word's n-grams never depend on its neighbours), and each walk
multiplies numpy rows, five draws per call. The random draws are langdetect's, in its
order, and every float operation is the same IEEE operation in the same order, so the
probabilities are equal to the last bit: ``tests/test_language.py`` compares every step
and the results with langdetect's own ``Detector``.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

import numpy as np

__all__ = ["detector_class"]

_SPACE_RUN = re.compile(" {2,}")
_LATIN = re.compile("[A-z]")  # langdetect's 'A' <= ch <= 'z': [ \ ] ^ _ ` included

_MAX_WORDS = 1 << 18  # words whose n-grams are remembered; forgotten all at once past it


class _Profile:
    """A language profile as a numpy table (one row per n-gram), and each word's rows."""

    def __init__(self, word_lang_prob_map: dict[str, list[float]]) -> None:
        self.source = word_lang_prob_map
        self.ngrams = list(word_lang_prob_map)
        self.row = {ngram: i for i, ngram in enumerate(self.ngrams)}
        width = len(next(iter(word_lang_prob_map.values()), ()))  # one probability per language
        values = itertools.chain.from_iterable(word_lang_prob_map.values())  # a sixth of np.array's time
        self.table = np.fromiter(values, np.float64, len(self.ngrams) * width).reshape(len(self.ngrams), width)
        self._words: dict[str, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def rows(self, text: str) -> list[int]:
        """The rows of ``text``'s n-grams (normalized text), in langdetect's order.

        langdetect's ``NGram`` buffer restarts at every space, so the n-grams are each
        word's, one word after the other; a word followed by a space adds its last one
        or two characters with that space.
        """
        words = text.split(" ")
        last = words.pop()
        known = self._words
        result: list[int] = []
        extend = result.extend
        for word in words:
            if word:
                extend((known.get(word) or self._learn(word))[1])
        if last:
            extend((known.get(last) or self._learn(last))[0])
        return result

    def _learn(self, word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(rows of ``word`` alone, rows of ``word`` and the space after it).

        At each character ``c`` (``b`` and ``a`` before it, a space before the word) the
        1-, 2- and 3-gram are ``c``, ``bc`` and ``abc``: no 3-gram right after the space,
        and nothing while two upper-case characters follow each other (a word in
        capitals), except at its end.
        """
        row = self.row
        found: list[int] = []
        keep = found.append
        a, b, b_upper = "", " ", False
        for c in word:
            c_upper = c.isupper()
            if not (c_upper and b_upper):
                if (r := row.get(c)) is not None:
                    keep(r)
                if (r := row.get(b + c)) is not None:
                    keep(r)
                if b != " " and (r := row.get(a + b + c)) is not None:
                    keep(r)
            a, b, b_upper = b, c, c_upper
        alone = tuple(found)
        if (r := row.get(b + " ")) is not None:
            keep(r)
        if (r := row.get(a + b + " ")) is not None:
            keep(r)
        if len(self._words) >= _MAX_WORDS:
            self._words.clear()
        learned = self._words[word] = (alone, tuple(found))
        return learned


_PROFILES: dict[int, _Profile] = {}


def profile_of(word_lang_prob_map: dict[str, list[float]]) -> _Profile:
    """The table of a factory's profile, built once per process."""
    found = _PROFILES.get(id(word_lang_prob_map))
    if found is None or found.source is not word_lang_prob_map:
        if len(_PROFILES) >= 4:
            _PROFILES.clear()
        found = _PROFILES[id(word_lang_prob_map)] = _Profile(word_lang_prob_map)
    return found


@lru_cache(maxsize=1)
def detector_class() -> type:
    """langdetect's ``Detector`` with its hot loops replaced by equivalent operations."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException
    from langdetect.utils.ngram import NGram

    class _Normalized(dict):  # type: ignore[type-arg]
        """Code point -> ``NGram.normalize`` of its character, for ``str.translate``; filled on use."""

        def __missing__(self, code: int) -> str:
            ch = self[code] = NGram.normalize(chr(code))
            return ch

    normalized = _Normalized()
    dmark = re.compile(f"[{re.escape(NGram.DMARK_CLASS)}]")

    class _Detector(Detector):  # type: ignore[misc]
        def append(self, text: str) -> None:
            # The substitutions run only where they can match: an address holds "@", a
            # Vietnamese letter to combine holds one of its combining marks. langdetect then
            # copies the first max_text_length characters one by one, skipping a space after
            # a space: a run of spaces becomes one.
            text = self.URL_RE.sub(" ", text)
            if "@" in text:
                text = self.MAIL_RE.sub(" ", text)
            if dmark.search(text):
                text = NGram.normalize_vi(text)
            self.text += _SPACE_RUN.sub(" ", text[: max(self.max_text_length, 0)])

        def cleaning_text(self) -> None:
            # Latin letters ('A' to 'z') are dropped from a text with over twice as many
            # characters from U+0300 on (langdetect means to leave out the Latin Extended
            # Additional block, but compares the block's number with its name, which never
            # match). Counted on the code points as one numpy array: a tenth of a regex count.
            text = self.text
            points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
            latin = np.count_nonzero(points - ord("A") <= ord("z") - ord("A"))  # unsigned: below "A" wraps
            if latin * 2 < np.count_nonzero(points >= 0x300):
                self.text = _LATIN.sub("", text)

        def _rows(self) -> list[int]:
            return profile_of(self.word_lang_prob_map).rows(self.text.translate(normalized))

        def _extract_ngrams(self) -> list[str]:
            ngrams = profile_of(self.word_lang_prob_map).ngrams
            return [ngrams[r] for r in self._rows()]

        def _detect_block(self) -> None:
            if self.verbose:  # pragma: no cover - langdetect's printing loop
                return super()._detect_block()  # type: ignore[no-any-return]
            self.cleaning_text()
            rows = self._rows()
            if not rows:
                raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
            table = profile_of(self.word_lang_prob_map).table
            rand = self.random
            rand.seed(self.seed)
            choice = rand.choice
            langprob = np.zeros(len(self.langlist))
            for _ in range(self.n_trial):
                prob = np.array(self._init_probability(), dtype=np.float64)
                weight = (self.alpha + rand.gauss(0.0, 1.0) * self.ALPHA_WIDTH) / self.BASE_FREQ
                # langdetect draws one n-gram, then checks for convergence after every five:
                # prob[i] *= weight + row[i], draw after draw, then prob[i] /= sum(prob).
                drawn, i = [choice(rows)], 0
                while True:
                    factors = table[drawn]
                    factors += weight
                    factors[0] *= prob
                    np.multiply.reduce(factors, axis=0, out=prob)
                    values = prob.tolist()
                    total = sum(values)
                    prob /= total
                    # The largest quotient is the largest value's: rounding keeps the order.
                    if max(0.0, *values) / total > self.CONV_THRESHOLD or i >= self.ITERATION_LIMIT:
                        break
                    drawn = [choice(rows), choice(rows), choice(rows), choice(rows), choice(rows)]
                    i += 5
                langprob += prob / self.n_trial
            self.langprob = langprob.tolist()

    return _Detector
