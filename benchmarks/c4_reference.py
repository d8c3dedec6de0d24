"""Reference cleaners for bench_quality: the C4 line rule and "keep everything".

Variant implemented: datatrove's `C4QualityFilter` with its default arguments
(split_paragraph=True, remove_citations=True, filter_no_terminal_punct=True,
min_num_sentences=5, min_words_per_line=3, max_word_length=1000, filter_lorem_ipsum=True,
filter_javascript=True, filter_curly_bracket=True, filter_policy=True), which follows the TFDS
`c4_utils.clean_page` reference that dolma's and NeMo Curator's C4 rules also copy. Per line, in
datatrove's order:

1. drop the line if any whitespace-separated word is longer than 1000 characters;
2. strip Wikipedia-style citations ("[12]", "[edit]", "[citation needed]");
3. drop the line unless it ends in . ? ! " ' (datatrove adds the single quote to the paper's
   . ? ! ") or if it ends in "...";
4. drop the line if it has fewer than 3 words (counted before citation stripping, as datatrove
   does);
5. drop the whole document if the line contains "lorem ipsum";
6. drop the line if it contains "javascript";
7. drop the whole document if the line contains "{";
8. drop the line if it contains a policy phrase ("terms of use", "privacy policy", ...);
and finally drop the document if the kept lines hold fewer than 5 sentences.

Two consequences worth knowing when reading the numbers: the document-level "lorem ipsum" and
"{" checks only see lines that survived steps 1-4 (so a curly brace in a menu does not kill a
page), and lines ending in a typographic closing quote (” ’ ») are dropped, because datatrove's
tuple is ASCII-only. The one deviation: datatrove counts sentences with NLTK's punkt tokenizer;
NLTK is not a project dependency, so `_count_sentences` approximates punkt with a regex (terminal
punctuation followed by whitespace or the end). It may over-count on abbreviations ("Mr."),
which only matters for pages near the 5-sentence threshold.
"""

from __future__ import annotations

import re

CITATION_REGEX = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
END_PUNCTUATION = (".", "?", "!", '"', "'")
ELLIPSIS = "..."
POLICY_SUBSTRINGS = (
    "terms of use",
    "privacy policy",
    "cookie policy",
    "uses cookies",
    "use of cookies",
    "use cookies",
)
MIN_NUM_SENTENCES = 5
MIN_WORDS_PER_LINE = 3
MAX_WORD_LENGTH = 1000

_SENTENCE_END = re.compile(r"[.!?]+[\"'”’»)\]]*(?=\s|$)")


def _count_sentences(line: str) -> int:
    return max(1, len(_SENTENCE_END.findall(line)))


def c4_clean(text: str) -> str:
    """Text kept by the C4 rule (lines joined by newlines), or "" when the document is dropped."""
    num_sentences = 0
    kept: list[str] = []
    for line in text.splitlines():
        line = line.strip()
        line_words = line.split()
        if any(len(w) > MAX_WORD_LENGTH for w in line_words):
            continue
        line = CITATION_REGEX.sub("", line)
        if not line.endswith(END_PUNCTUATION) or line.endswith(ELLIPSIS):
            continue
        if len(line_words) < MIN_WORDS_PER_LINE:
            continue
        lower = line.lower()
        if "lorem ipsum" in lower:
            return ""
        if "javascript" in lower:
            continue
        if "{" in line:
            return ""
        if any(p in lower for p in POLICY_SUBSTRINGS):
            continue
        num_sentences += _count_sentences(line)
        kept.append(line)
    if num_sentences < MIN_NUM_SENTENCES:
        return ""
    return "\n".join(kept).strip()


def keep_all(text: str) -> str:
    """The floor: the input unchanged (recall 1, precision = share of the page that is content)."""
    return text
