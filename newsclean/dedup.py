"""Repeated paragraphs inside an article, and near-duplicate articles across the corpus.

Inside an article the first copy of a paragraph is kept and later copies are marked:
``repeat.paragraph`` when the words are the same (case, punctuation and spacing
ignored), ``repeat.near_paragraph`` when MinHash estimates the Jaccard similarity of
their character 5-grams at or above the threshold (character grams, because one changed
word in a 15-word sentence already breaks a fifth of its word trigrams) and the later one adds
next to nothing of its own: no number of its own and only a word or two, or a tenth of its
words (a typo, a substitution, a cut). A paragraph that puts another number in the same words
(a table row, a schedule line, a price for another region) or adds a phrase says something
new and stays; so does one that puts another currency sign on the same figure ("$40",
"£40"), which the words alone do not show, even when its words are the same. A number
with a digit dropped or two swapped is still the same number, mistyped. An article pasted
twice is thus repaired, not thrown away. A short line printed three times or more (a
schedule's "Rest day", a table's "Yes") labels rows and is kept each time; a label/value
row printed again among other lines ("Storage: 256GB SSD" in the specs of two laptops) is
the row of another table, kept too, while one that comes back with the line before or after
it, or right after itself, is part of a block printed twice. So is a line an earlier stage
dropped (a page's furniture) that comes back with its neighbour: its copy goes too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

import numpy as np

from .article import Article, Paragraph
from .minhash import hasher, jaccard_many
from .pipeline import ArticleStage
from .text import char_shingles, ends_like_sentence, words

__all__ = ["DropRepeatedParagraphs"]

REPEAT = "repeat.paragraph"
NEAR_REPEAT = "repeat.near_paragraph"


@dataclass(frozen=True, slots=True)
class DropRepeatedParagraphs(ArticleStage):
    """Mark exact and near-duplicate copies of earlier paragraphs in the same article."""

    REASONS = (REPEAT, NEAR_REPEAT)

    threshold: float = 0.7  # estimated Jaccard similarity of character shingles
    shingle: int = 5
    min_words: int = 8  # shorter paragraphs are compared exactly only
    num_perm: int = 128
    new_words: int = 2  # a near copy adds at most this many words of its own ...
    new_share: float = 0.1  # ... or this share of its words, whichever is more
    label_words: int = 4  # a line this short printed three times or more is a row label

    def apply(self, article: Article, /) -> Article:
        first: dict[tuple[str, ...], list[int]] = {}  # words -> paragraphs kept with those words
        drops: dict[int, tuple[str, str]] = {}
        candidates: list[tuple[int, tuple[str, ...]]] = []
        paragraphs = article.paragraphs
        kept = [(index, words(p.text)) for index, p in enumerate(paragraphs) if p.dropped is None]
        labels = _row_labels([tokens for _, tokens in kept], self.label_words)
        rows = _shared_rows(kept, paragraphs)
        for k, (index, tokens) in enumerate(kept):
            earlier = first.setdefault(tokens, [])
            if earlier and tokens not in labels and k not in rows:
                same = next((j for j in earlier if not _new_price(paragraphs[index].text, paragraphs[j].text)), None)
                if same is not None:
                    drops[index] = (REPEAT, f"same words as paragraph {same}")
                    continue
            earlier.append(index)
            if len(tokens) >= self.min_words:
                candidates.append((index, tokens))
        if len(candidates) > 1:
            drops.update(self._near(candidates, paragraphs))
        drops.update(_copies_of_dropped(paragraphs, drops))
        return article.drop(drops)

    def _near(
        self, candidates: list[tuple[int, tuple[str, ...]]], paragraphs: tuple[Paragraph, ...]
    ) -> dict[int, tuple[str, str]]:
        # Only paragraphs that share most of their words with another one can be near
        # copies; in most articles there are none and no MinHash is computed at all.
        bags = [frozenset(tokens) for _, tokens in candidates]
        suspects = _suspects(bags)
        if len(suspects) < 2:
            return {}
        texts = [p.text for p in paragraphs]
        chosen = [candidates[k] for k in suspects]
        sigs = hasher(self.num_perm).signatures([char_shingles(tokens, self.shingle) for _, tokens in chosen])
        drops: dict[int, tuple[str, str]] = {}
        kept_rows: list[int] = [0]
        for row in range(1, len(chosen)):
            index, tokens = chosen[row]
            sims = jaccard_many(sigs[row], sigs[kept_rows])
            close = [k for k in np.argsort(-sims, kind="stable") if sims[k] >= self.threshold]
            k = next((k for k in close if self._repeats(chosen[kept_rows[k]], chosen[row], texts)), None)
            if k is None:
                kept_rows.append(row)
            else:
                drops[index] = (NEAR_REPEAT, f"~{sims[k]:.2f} similar to paragraph {chosen[kept_rows[k]][0]}")
        return drops

    def _repeats(
        self, original: tuple[int, tuple[str, ...]], later: tuple[int, tuple[str, ...]], texts: list[str]
    ) -> bool:
        """Whether the similar paragraph ``later`` says nothing that ``original`` does not: a list's
        next item under another label ("Thursday: even numbers …", "Friday: odd numbers …") does."""
        old_label, new_label = _item_label(texts[original[0]]), _item_label(texts[later[0]])
        if old_label is not None and new_label is not None and _other_label(old_label, new_label):
            return False
        return self._adds_little(original[1], later[1]) and not _new_price(texts[later[0]], texts[original[0]])

    def _adds_little(self, original: tuple[str, ...], later: tuple[str, ...]) -> bool:
        """Whether ``later`` says nothing that ``original`` does not: no number of its own and
        at most ``new_words`` (or ``new_share`` of its) words in place of or next to the others."""
        added = 0
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, original, later, autojunk=False).get_opcodes():
            old, new = original[i1:i2], later[j1:j2]
            if tag == "equal" or "".join(old) == "".join(new):  # same, or only spacing moved ("4,5"/"45")
                continue
            if not _same_figures(old, new):
                return False  # another figure, date, score or price: different content
            added += len(new)
        return added <= max(self.new_words, self.new_share * len(later))


def _item_label(text: str, most: int = 4) -> str | None:
    """The label a list's item opens with, before its colon: up to ``most`` words."""
    label, colon, _ = text.partition(":")
    return label.strip().casefold() if colon and 0 < len(label.split()) <= most else None


def _other_label(old: str, new: str) -> bool:
    """Whether ``new`` labels another item than ``old``: a word put in place of one ("Thursday",
    "Friday"; one health centre's name for another's), not a word cut from it or mistyped."""
    old_words, new_words = old.split(), new.split()
    if len(old_words) != len(new_words):
        return False  # a word cut or added: the same label, edited
    return any(a != b and not (_slip(a, b) or _slip(b, a)) for a, b in zip(old_words, new_words))


def _copies_of_dropped(paragraphs: tuple[Paragraph, ...], drops: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Kept lines that copy a line an earlier stage dropped, printed again with the line before
    or after it: a page scraped twice prints its furniture twice ("World · 2 hours ago" under
    the headline's copy). A teaser above the body ("Related: …") and the body's own line
    have other neighbours, and the body's copy stays; so does a copy of a body paragraph."""
    dropped: dict[str, int] = {}
    for j, p in enumerate(paragraphs):
        if p.dropped is not None:
            dropped.setdefault(p.text, j)
    copies = [i for i, p in enumerate(paragraphs) if p.dropped is None and p.text in dropped]
    if not copies:
        return {}  # most articles: no line kept that an earlier stage dropped elsewhere
    texts = [p.text for p in paragraphs]
    last = len(texts) - 1
    out: dict[int, tuple[str, str]] = {}
    for i in copies:
        j = dropped[texts[i]]
        if j > i or i in drops or _prose(texts[i]):
            continue  # a paragraph of prose keeps its copy: one of two survives a rule's mistake
        before = i > 0 and j > 0 and texts[i - 1] == texts[j - 1]
        after = i < last and j < last and i - 1 != j and texts[i + 1] == texts[j + 1]
        if before or after:
            out[i] = (REPEAT, f"same text as paragraph {j} ({paragraphs[j].dropped}), printed again with its neighbour")
    return out


def _prose(text: str, least: int = 12) -> bool:
    """A paragraph of body text: ``least`` words or more, ended like a sentence."""
    return ends_like_sentence(text) and len(words(text)) >= least


def _row_labels(lines: list[tuple[str, ...]], most: int) -> set[tuple[str, ...]]:
    """Short lines printed three times or more: the labels of a schedule's or a table's rows
    ("Rest day", "Yes"), content each time. A text pasted twice prints each line twice."""
    seen: dict[tuple[str, ...], int] = {}
    for tokens in lines:
        if len(tokens) <= most:
            seen[tokens] = seen.get(tokens, 0) + 1
    return {tokens for tokens, n in seen.items() if n >= 3}


# A table row or spec line: a label of up to four words, a colon (French puts a space before
# it), a value of up to five words ("Storage: 256GB SSD", "Matériau : acier inoxydable").
_KEY_VALUE = re.compile(r"^\w[\w'’.&()/-]*(?: [\w'’.&()/-]+){0,3}\s?:\s+\S+(?:\s+\S+){0,4}\s*$")


def _shared_rows(kept: list[tuple[int, tuple[str, ...]]], paragraphs: tuple[Paragraph, ...]) -> set[int]:
    """Positions (in ``kept``) of label/value rows printed again among other lines: the same
    value in the tables of two products or two sections ("Storage: 256GB SSD" under each
    laptop) is a row of each, not a copy. A text pasted twice, or a box printed twice,
    repeats the row with the line before or after it; then the later one is a copy, and so
    is a row printed twice in a row (no other table's rows between them)."""
    lines = [tokens for _, tokens in kept]
    if len(set(lines)) == len(lines):
        return set()  # no line printed twice: most articles
    last = len(lines) - 1
    rows: set[int] = set()
    seen: dict[tuple[str, ...], int] = {}
    for k, tokens in enumerate(lines):
        if tokens in seen and lines[k - 1] != tokens and _KEY_VALUE.match(paragraphs[kept[k][0]].text):
            j = seen[tokens]
            prev, nxt = (lines[k - 1] if k else ()), (lines[k + 1] if k < last else ())
            if prev != (lines[j - 1] if j else ()) and nxt != (lines[j + 1] if j < last else ()):
                rows.add(k)
        seen.setdefault(tokens, k)
    return rows


# A price: a currency sign next to a figure ("$40", "40 €", "£ 1,299.99").
_PRICE = re.compile(r"([$€£¥₹])\s?(\d(?:[\d.,]*\d)?)|(\d(?:[\d.,]*\d)?)\s?([$€£¥₹])")


def _prices(text: str) -> set[tuple[str, str]]:
    """The prices in ``text`` as (currency sign, figure) pairs."""
    return {(m[1] or m[4], m[2] or m[3]) for m in _PRICE.finditer(text)}


def _new_price(later: str, original: str) -> bool:
    """Whether ``later`` names a price that ``original`` does not: words drop the currency
    sign, so "$40" and "£40" read the same, but a price for another region is new content.
    A copy that leaves a price out (a cut) brings none of its own."""
    if not any(c in later for c in "$€£¥₹"):
        return False
    return not _prices(later) <= _prices(original)


def _same_figures(old: tuple[str, ...], new: tuple[str, ...]) -> bool:
    """Whether ``new`` brings no figure of its own in place of ``old``: none at all, or the
    same ones, or one with a slip of the keys (a digit dropped, two swapped: "2024"/"224").
    A code with digits in it is a figure too: a recall's batch "PRS240918" is another than "PRS240911"."""
    theirs = [t for t in new if _figured(t)]
    ours = [t for t in old if _figured(t)]
    return not theirs or (len(ours) == len(theirs) and all(a == b or _slip(a, b) for a, b in zip(ours, theirs)))


def _figured(token: str) -> bool:
    """A number, or a code with digits in it ("PRS240918", "MK-1200")."""
    return any(c.isdigit() for c in token)


def _slip(word: str, typed: str) -> bool:
    """``typed`` is ``word`` with one character dropped or two neighbours swapped."""
    if len(typed) == len(word) - 1:
        return any(word[:i] + word[i + 1 :] == typed for i in range(len(word)))
    return len(typed) == len(word) and any(
        word[:i] + word[i + 1] + word[i] + word[i + 2 :] == typed for i in range(len(word) - 1)
    )


def _suspects(bags: list[frozenset[str]]) -> list[int]:
    """Indices of the bags with a word-set Jaccard similarity of 0.5 or more with another bag, ascending.

    Skips the pairs that cannot reach it (the overlap is at most the smaller size over the
    larger) and those whose two bags are both found already.
    """
    sizes = [len(b) for b in bags]
    found: set[int] = set()
    for i, (a, la) in enumerate(zip(bags, sizes)):
        for j in range(i):
            lb = sizes[j]
            if la > 2 * lb or lb > 2 * la or (i in found and j in found):  # 2 * min(la, lb) < max(la, lb)
                continue
            # Jaccard(a, b) >= 0.5 in integers: |a & b| / (la + lb - |a & b|) >= 1/2
            if 3 * len(a & bags[j]) >= la + lb and (la or lb):
                found.add(i)
                found.add(j)
    return sorted(found)
