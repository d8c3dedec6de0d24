"""Articles with planted repeated paragraphs, and how to score a cleaner on them.

Each article is the gold text of a WCXB article page (first 40 distinct lines). One to three of
its paragraphs of 10+ words get an extra copy inserted somewhere after the original, the way a
CMS repeats a pull quote or a scraper glues a teaser twice: an exact copy, a near copy with one
word changed (typo, substitution, replacement, deletion), or a near copy with only punctuation
changed. A cleaner should drop one of the two (either one) and keep everything else.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from neardup_set import edit_one_word, vocabulary
from quality_metrics import normalise, words
from wcxb_data import article_pages, lines

KINDS = ("exact", "near_word", "near_punct")


@dataclass(frozen=True, slots=True)
class RepeatDoc:
    record: dict  # id, site, text (paragraphs joined by blank lines)
    paragraphs: tuple[str, ...]
    original_of: tuple[int | None, ...]  # per paragraph: None if original, else index of the original
    kinds: tuple[str | None, ...]  # per paragraph: None if original, else the copy's kind


def change_punctuation(text: str, rng: random.Random) -> str:
    """`text` with punctuation changed and every word kept: a comma, the end mark, quotes, dashes."""
    options = []
    if "," in text:
        options.append("drop_comma")
    if text.endswith("."):
        options.append("end_mark")
    if '"' in text or "“" in text or "”" in text:
        options.append("quotes")
    if "—" in text or " - " in text:
        options.append("dash")
    options.append("add_comma")
    op = rng.choice(options)
    if op == "drop_comma":
        positions = [i for i, c in enumerate(text) if c == ","]
        i = rng.choice(positions)
        return text[:i] + text[i + 1 :]
    if op == "end_mark":
        return text[:-1] + rng.choice(("!", ";", "…", ""))
    if op == "quotes":
        if '"' in text:
            return text.replace('"', "“", 1).replace('"', "”", 1)
        return text.replace("“", '"').replace("”", '"')
    if op == "dash":
        return text.replace("—", "-") if "—" in text else text.replace(" - ", " — ")
    tokens = text.split(" ")
    i = rng.randrange(0, max(1, len(tokens) - 1))
    tokens[i] = tokens[i].rstrip(",") + ","
    return " ".join(tokens)


def build_repeat_set(pages: list[dict], *, seed: int = 29, max_articles: int = 200) -> list[RepeatDoc]:
    rng = random.Random(seed)
    docs: list[RepeatDoc] = []
    candidates = []
    for page in article_pages(pages):
        # Distinct by normalised form, so the base article holds no repeat of its own.
        seen: set[str] = set()
        body = []
        for ln in lines(page.get("gold_text")):
            key = normalise(ln)
            if key and key not in seen:
                seen.add(key)
                body.append(ln)
        body = body[:40]
        sources = [i for i, p in enumerate(body) if len(words(p)) >= 10]
        if len(body) >= 5 and sources:
            candidates.append((page, body, sources))
    rng.shuffle(candidates)
    for n, (page, body, sources) in enumerate(candidates[:max_articles]):
        vocab = vocabulary(body)
        picked = sorted(rng.sample(sources, min(len(sources), rng.randint(1, 3))))
        # Each copy: (text, index of its original in body, kind, insert before body[pos]).
        copies: list[tuple[str, int, str, int]] = []
        for src in picked:
            kind = rng.choice(KINDS)
            text = body[src]
            if kind == "near_word":
                copy = edit_one_word(text, rng, vocab)
            elif kind == "near_punct":
                copy = change_punctuation(text, rng)
            else:
                copy = text
            if kind != "exact" and copy == text:
                kind = "exact"
            copies.append((copy, src, kind, rng.randint(src + 1, len(body))))
        ordered = _interleave(body, copies)
        paragraphs = tuple(t for t, _, _ in ordered)
        index_of_original = {}
        for i, (_, orig, _) in enumerate(ordered):
            if orig is None:
                index_of_original[len(index_of_original)] = i
        original_of = tuple(None if o is None else index_of_original[o] for _, o, _ in ordered)
        kinds = tuple(k for _, _, k in ordered)
        record = {"id": f"rp-{n:04d}", "site": page.get("site"), "url": page.get("url"),
                  "text": "\n\n".join(paragraphs)}
        docs.append(RepeatDoc(record, paragraphs, original_of, kinds))
    return docs


def _interleave(body: Sequence[str], copies: Sequence[tuple[str, int, str, int]],
                ) -> list[tuple[str, int | None, str | None]]:
    """Originals in order, each copy placed just before body[pos] (at the end when pos == len)."""
    out: list[tuple[str, int | None, str | None]] = []
    for i in range(len(body) + 1):
        out.extend((text, src, kind) for text, src, kind, pos in copies if pos == i)
        if i < len(body):
            out.append((body[i], None, None))
    return out


@dataclass(slots=True)
class RepeatScore:
    copies: Counter  # kind -> planted copies
    removed: Counter  # kind -> copies where at most one of original/copy survived
    original_words: int = 0
    original_words_kept: int = 0
    docs_rejected: int = 0
    misaligned: int = 0  # docs whose paragraph count differs from what was planted (skipped)

    @property
    def removed_share(self) -> float:
        total = sum(self.copies.values())
        return sum(self.removed.values()) / total if total else 0.0

    @property
    def kept_share(self) -> float:
        return self.original_words_kept / self.original_words if self.original_words else 0.0


def score_repeats(docs: Sequence[RepeatDoc], kept: Sequence[Sequence[bool] | None]) -> RepeatScore:
    """Score per-paragraph keep flags (None for a doc whose paragraphs did not line up)."""
    score = RepeatScore(Counter(), Counter())
    for doc, flags in zip(docs, kept):
        if flags is None or len(flags) != len(doc.paragraphs):
            score.misaligned += 1
            continue
        if not any(flags):
            score.docs_rejected += 1
        copy_of: dict[int, list[int]] = {}
        for i, orig in enumerate(doc.original_of):
            if orig is not None:
                copy_of.setdefault(orig, []).append(i)
                kind = doc.kinds[i]
                score.copies[kind] += 1
                score.removed[kind] += (flags[orig] + flags[i]) <= 1
        for i, orig in enumerate(doc.original_of):
            if orig is None:
                n = len(words(doc.paragraphs[i]))
                score.original_words += n
                # The original's words survive if it or any of its copies is kept.
                if flags[i] or any(flags[j] for j in copy_of.get(i, ())):
                    score.original_words_kept += n
    return score


def without_copies(doc: RepeatDoc) -> dict:
    """The doc's record before the copies were planted: its original paragraphs only."""
    originals = [p for p, orig in zip(doc.paragraphs, doc.original_of) if orig is None]
    return {**doc.record, "text": "\n\n".join(originals)}


def lost_originals(doc: RepeatDoc, kept: Sequence[bool]) -> list[tuple[int, int]]:
    """(paragraph index, position among the originals) of each original whose words did not
    survive: neither it nor any of its copies is kept."""
    copies: dict[int, list[int]] = {}
    for i, orig in enumerate(doc.original_of):
        if orig is not None:
            copies.setdefault(orig, []).append(i)
    originals = [i for i, orig in enumerate(doc.original_of) if orig is None]
    return [(i, k) for k, i in enumerate(originals)
            if not kept[i] and not any(kept[j] for j in copies.get(i, ()))]


def exact_repeat_flags(doc: RepeatDoc) -> list[bool]:
    """Reference: keep a paragraph unless a byte-identical one came earlier in the article."""
    seen: set[str] = set()
    flags = []
    for p in doc.paragraphs:
        flags.append(p not in seen)
        seen.add(p)
    return flags
