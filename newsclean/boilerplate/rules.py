"""The boilerplate rules: cues from the lexicon, checked against structure.

A cue alone is never enough where a real sentence could say the same words: prompt
cues only fire on short paragraphs, button and menu cues only on whole lines, and
block rules (a related-articles heading, a cookie banner, a feedback prompt) reach
their neighbours only while those look like the block (short, teaser-like, at the
article's edge). Each rule returns ``{index: (reason, detail)}`` for the lines it drops.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import islice, takewhile

from ..language import detect
from ..stopwords import any_stopwords, stopword_votes, stopwords_for
from ..text import (
    BULLET,
    DASH_PARTS,
    DOT_PARTS,
    EMAIL,
    ENTRY_TIME,
    FULL_STOPS,
    INNER_SENTENCE_END,
    LINE_PARTS,
    MARKS,
    SENTENCE_MARKS,
    UNIT_END,
    YEAR,
    aged,
    cell_count,
    counter,
    dates_run_forward,
    ends_like_sentence,
    has_thai,
    has_unspaced,
    header_over,
    keyed_rows,
    labelled_cell,
    last_cell,
    numbered_labels,
    opening_date,
    quotation,
    result_row,
    same_cells,
    stat_line,
    words,
    worded_table,
)
from .cues import LanguageCues, clean_line

COOKIE = "boilerplate.cookie_banner"
RELATED = "boilerplate.related_block"
CAPTION = "boilerplate.caption"
AI_NOTE = "boilerplate.ai_note"
VIDEO = "boilerplate.video_widget"
FEEDBACK = "boilerplate.feedback_prompt"
SUBSCRIBE = "boilerplate.subscribe_prompt"
SHARE = "boilerplate.share_prompt"
BYLINE = "boilerplate.byline"
LEGAL = "boilerplate.legal"
NAVIGATION = "boilerplate.navigation"
OTHER_LANGUAGE = "boilerplate.other_language"
ADVERT = "boilerplate.advertisement"
COMMENTS = "boilerplate.comments"
REFERENCES = "boilerplate.references"
LIVE_STAMP = "a live blog's time stamp over its entry"  # the detail of ``Rules.live_stamps``
DISCLAIMER_CUE = "disclaimer cue"  # how the detail of a line the disclaimer family names opens

REASONS = (
    COOKIE, RELATED, CAPTION, AI_NOTE, VIDEO, FEEDBACK, SUBSCRIBE, SHARE, BYLINE, LEGAL, NAVIGATION, OTHER_LANGUAGE, ADVERT, COMMENTS,
    REFERENCES,
)
# Widgets: a box of lines around a prompt. Short lines sandwiched between two lines of
# the same widget belong to its box (a newsletter box's blurb and form label).
WIDGETS = (COOKIE, VIDEO, FEEDBACK, SUBSCRIBE, SHARE, ADVERT)
# Stopwords of the vote's winner make up at least this share of a text in that language
# (golden cases: 3-8% in Korean, 10% and up elsewhere); Albanian read as Lithuanian has 3-7%.
MIN_STOPWORD_SHARE = 0.08
_BOXES = (COOKIE, VIDEO, FEEDBACK, SUBSCRIBE, SHARE)  # widgets whose lines enclose their own text

Drops = dict[int, tuple[str, str]]


@dataclass(slots=True)  # not frozen: read only, and built for every line, where frozen's __init__ costs 4x
class Line:
    """A kept paragraph with the features the rules look at."""

    index: int  # position in the article
    text: str
    clean: str  # case-folded, decoration stripped: what cues match
    words: tuple[str, ...]
    sentence: bool  # ends with sentence-final punctuation
    n_words: int  # len(words), asked for all the time
    votes: Counter[str]  # stopword_votes(words): its language, asked by several rules

    def prose(self, min_words: int) -> bool:
        """A real sentence of body text: long enough and properly ended."""
        return self.sentence and self.n_words >= min_words


def _is_name(token: str) -> bool:
    """A capitalised word (any script) or an acronym: the shape of names and agencies."""
    return _NAME_TOKEN.match(token) is not None and token[0].isupper()


def _two_names(line: Line) -> bool:
    """Two people's names of two or three capitalised words each, joined by "and" in one of
    its forms ("Ingrid Hovde og Espen Lie Tollefsen"): a byline. A title in title case parts
    no such halves ("Storm and Flood Hit the Coast")."""
    tokens = line.text.split()
    if line.sentence or not 5 <= len(tokens) <= 7:
        return False
    for k, word in enumerate(tokens):
        if word in _AND:
            left, right = tokens[:k], tokens[k + 1 :]
            return all(2 <= len(side) <= 3 and all(map(_is_name, side)) for side in (left, right))
    return False


_AND = frozenset("og and und et y e i en ja a és și и та і dan ve ir un och oraz dhe".split())


def _caseless_word(token: str) -> bool:
    """A word of a script without capitals (Arabic, Hebrew, Chinese, ...): after a byline's
    opener, the only shape its names can have."""
    return _NAME_TOKEN.match(token) is not None and not token[0].isupper() and not token[0].islower()


_CREDIT_PARENS = re.compile(r"\(((?:[^()]{0,30}/[^()]{1,30})|(?:\w+\.?:?\s[^()]{1,40}))\)\.?$")  # "(foto: …/…)." too


_NAMED_BRACKET = re.compile(r"(?<=\S )[(（\[［]((?:[^()（）\[\]［］\s:：=＝]+ ){1,2}[^()（）\[\]［］\s:：=＝]+)[)）\]］]\s*$")
_LABELLED_BRACKET = re.compile(r"[(（\[［]([^()（）\[\]［］:：=＝]{1,15})[:：=＝]\s*[^()（）\[\]［］]{1,50}[)）\]］]\s*$")


# A study's citation: its authors "et al.", its DOI, or its year in brackets before its title
# ("Source: Dervishi E., Kola A. et al. (2026). A novel …"): the article's reference, no picture's credit.
_SCHOLARLY = re.compile(r"(?<!\w)et al\.|(?<!\w)doi(?:\.org)?[:/ ]\s?10\.|\((?:19|20)\d\d[a-z]?\)\.\s+\S")


def _bracketed_credit(text: str) -> str | None:
    """A picture's credit in brackets at a caption's end, under a label that names the picture
    ("…の様子（写真提供：実行委員会）", "… 모습 [사진 제공=조직위원회]"): a source's label ("Source:") names none."""
    if not text.rstrip().endswith((")", "）", "]", "］")):
        return None
    if not (bracket := _LABELLED_BRACKET.search(text)):
        # Or a source's name and the picture's word, no label: "… 전시장 [뉴스한국 자료사진]".
        named = _NAMED_BRACKET.search(text)
        return named.group(0).strip() if named and _PICTURE_NOTE.fullmatch(named.group(1).split()[-1]) else None
    label = bracket.group(1)
    return bracket.group(0).strip() if len(label.split()) <= 3 and _PICTURE_NOTE.search(label) else None


def _credit_tail(text: str) -> str | None:
    """The photo credit that ends a caption, if ``text`` is one (at most two sentences)."""
    if "ⓒ" in text or "©" in text:
        text = _SIGN.sub("© ", text)  # Korean sites print the circled letter, often with no space: "ⓒ연합뉴스"
    elif "(" not in text and "/" not in text and ":" not in text:
        return None  # both patterns need one: the tail pattern backtracks a lot on long lines
    if parens := _CREDIT_PARENS.search(text):
        inner = parens.group(1)
        if inner.split()[0].casefold().rstrip(".:") in _CREDIT_WORDS:
            return f"({inner})"  # "(foto Ansa)", "(foto: Jane Doe/ANP)."
        # Names after a slash, with no full stop after the bracket: that ends an aside ("(see /Pacnew and Pacsave).");
        # in a table's header a unit ends the last cell ("Crop | Price (TL/ton) | Last year (TL/ton)").
        if "/" in inner and not text.endswith(".") and len(text.split()) >= 6 and text.count("|") < 2 and _names_only(inner) and not _unit(inner):
            return f"({inner})"  # "(AP Photo/Jane Doe)"
    m = _CREDIT_TAIL.search(text)
    if not m:
        return None
    credit = m.group(1).strip()
    tokens = [t for t in re.split(r"[\s/()]+", credit) if t]
    if not tokens or len(tokens) > 8 or text[: m.start(1)].count(". ") > 2:
        return None
    # Every word of a credit is a name, an agency or a credit label ("Photograph:", "Foto:"); under
    # a picture label, an agency after a slash may be printed in lower case ("Foto: Armin Weigel/dpa").
    # The copyright sign labels a credit as a colon does, first or after a picture word ("Bild © picture alliance/dpa").
    signed = tokens[0] == "©" or len(tokens) > 1 and tokens[1] == "©" and tokens[0].casefold() in _PICTURE_WORDS
    labelled = signed or any(t.endswith(":") and t.casefold().rstrip(":") in _PICTURE_WORDS for t in tokens)
    agencies = set(re.findall(r"/\s*([^\W\d_]{2,4})\b", credit)) if labelled else set()
    # Under a picture label, names in a script without capitals ("צילום: אורי שגיא") are names too.
    # A picture label vouches for up to four words after it in any case: "Foto: archív FMFI UK";
    # opening the credit right after the caption's sentence, for up to seven ("… Фото: пресс-служба
    # ГУ МЧС по Новосибирской области": a press office's name).
    opens = (signed or tokens[0].endswith(":") and tokens[0].casefold().rstrip(":") in _PICTURE_WORDS) and m.start(1) > 0
    short_labelled = labelled and (len(tokens) <= 5 or opens and len(tokens) <= 8)
    if not short_labelled and not all(
        _is_name(t) or t.endswith(":") or t.casefold().rstrip(".:") in _CREDIT_WORDS | _BYLINE_JOINERS or t in agencies
        or labelled and _caseless_word(t)
        for t in tokens
    ):
        return None
    if not short_labelled and not _names_only(credit):
        return None  # ":)" names no one; "San Diego's Pricing Dynamics" is a title
    if not labelled and len(tokens) == 1 and credit.startswith("(") and text[: m.start(1)].rstrip().endswith(("»", "”", '"')):
        return None  # one bracketed name after a title's quotes is its country or town: "« Le Pays lointain » (Belgique)"
    # A list number before it ("2. Golden Pothos: Devil's Ivy") ends no sentence: the line is a whole line.
    whole = m.start(1) == 0 or _LIST_NUMBER.fullmatch(text[: m.start(1)]) is not None
    if whole and not any(t.endswith(":") and t.casefold().rstrip(":") in _CREDIT_WORDS for t in tokens):
        return None  # a whole line is a credit only with its label: "Photograph: Jane Doe/PA", not "Chapter 4: SEO"
    return credit


_SIGN = re.compile(r"[©ⓒ]\s*")  # the copyright sign, printed or circled, and the space after it


# A bracketed credit after a caption's sentence: "… في هانوي. (رويترز)", "…演习。（韩联社）".
_SENTENCE_THEN_PARENS = re.compile(r"[.!?…।؟۔。！？]\s*[(（]([^()（）\d.!?…。]{2,30})[)）]$")


def _dateline(text: str) -> bool:
    """A place and a day before an agency's tag ("Bratislava 28. júna (TASR)", "Скопје, 4 јуни
    2025 (МИА)"): the first paragraph's dateline on a line of its own, no caption's scene."""
    tokens = text.split()  # the place capitalised, where its script has case ("ঢাকা, ১৮ সেপ্টেম্বর (বাসস)")
    return len(tokens) <= 5 and any(c.isdigit() for c in text) and tokens[0][:1].isalpha() and not tokens[0][:1].islower()


def _caseless_credit(line: Line) -> str | None:
    """The bracketed credit closing a one-sentence caption in a script without capitals (Arabic,
    Hindi, Korean, Chinese, ...), where a credit's words cannot show the shape of names: one to
    four words, no figures, right after the sentence's end, and no other sentence before it."""
    if not line.text.endswith((")", "）")) or not _within(line, 30) or not (m := _SENTENCE_THEN_PARENS.search(line.text)):
        return None
    tokens = words(m.group(1))
    if not 1 <= len(tokens) <= (8 if has_unspaced(m.group(1)) else 4) or not all(_caseless_word(t) for t in tokens):
        return None
    if INNER_SENTENCE_END.search(line.text[: m.start() + 1].rstrip()):
        return None  # a body paragraph of several sentences tagged with its agency
    return m.group(0)[1:].strip()


_CLITIC = re.compile(r"['’](?:s|re|ve|ll|t|m)$", re.IGNORECASE)  # "Men's", "They're", "Don't": no name ends so


def _unit(text: str) -> bool:
    """Whether a bracket's words are a unit's: in lower case, one of them a single letter ("лв./л",
    "kr/l", "km/h"); an agency's ("dpa/picture alliance") are words."""
    tokens = [t.strip(".") for t in re.split(r"[\s/]+", text) if t.strip(".")]
    return all(t[:1].islower() for t in tokens) and any(len(t) == 1 for t in tokens)


def _names_only(credit: str) -> bool:
    """Whether a credit's words could all name people and agencies ("AP Photo/Jane Doe", "dpa/Reuters"):
    each word has letters (a unit's "€/t" names no one), and none is a figure ("4.96/5 rating"), a possessive or contraction
    ("Men's/Women's", "And What They're Not") or, unless a credit word vouches for it ("picture alliance"), a longer lower-case word
    ("with on/off capability"); short ones are agencies or joiners ("dpa", "von")."""
    tokens = [t.strip(":,.") for t in re.split(r"[\s/()]+", credit) if t.strip(":,.")]
    vouched = any(t.casefold() in _CREDIT_WORDS for t in tokens)
    return bool(tokens) and all(
        not any(c.isdigit() for c in t) and not _CLITIC.search(t) and (vouched or t[0].isupper() or len(t) <= 4) and (t == "©" or any(map(str.isalpha, t)))
        for t in tokens
    )


def vote_totals(lines: Iterable[Line]) -> Counter[str]:
    """The stopword votes of ``lines`` added up, languages in order of first vote.

    The same as ``Counter.update`` line by line (ties in ``most_common`` go to the
    language voted for first), without its per-call type checks.
    """
    totals: dict[str, int] = {}
    get = totals.get
    for line in lines:
        for lang, n in line.votes.items():
            totals[lang] = get(lang, 0) + n
    return Counter(totals)


def _main_language(lines: list[Line], drops: Drops) -> str | None:
    """The language of the article's kept lines (``article_language``)."""
    return article_language([line for line in lines if line.index not in drops])


def article_language(lines: list[Line], min_votes: int = 1) -> str | None:
    """The language whose stopwords the lines use, when they say it clearly: ``min_votes``
    marker words or more, twice the runner-up's, and a share of the words that prose has
    (``written_in``). Else None: a language with no stopword list (Albanian, Macedonian)
    spreads its few matches over its neighbours' lists."""
    ranked = vote_totals(lines).most_common(2)
    if not ranked or ranked[0][1] < min_votes or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return written_in(lines, *ranked[0])


def written_in(lines: list[Line], lang: str, votes: int) -> str | None:
    """``lang`` when its stopwords make up a share of the lines' words that prose has,
    else None: the text is in a language with no stopword list, whose words only happen
    to match a few of ``lang``'s (``votes`` of its marker words)."""
    words = sum(line.n_words for line in lines)
    if votes >= MIN_STOPWORD_SHARE * words:  # marker words alone are enough: most articles
        return lang
    stop = stopwords_for(lang)
    covered = len([w for line in lines for w in line.words if w.casefold() in stop])
    return lang if covered >= MIN_STOPWORD_SHARE * words else None


def _mostly_figures(tokens: Sequence[str], most: int = 3) -> bool:
    """A date or time's line: besides the figures and the units of a Chinese or Japanese date,
    at most ``most`` words (a label, a weekday, a month: "Päivitetty 2.12.2026 11:02", "Dimanche
    19 janvier 2025 à 09:47", "2024年8月15日 12時10分")."""
    return len([t for t in tokens if not any(c.isdigit() for c in t) and t not in _DATE_UNITS]) <= most


_DATE_UNITS = frozenset("年月日時时分秒")  # a word each to ``text.words``, in "2024年8月15日 12時10分"
_CJK_TIME = re.compile(r"\d{1,2}\s*[時时시]\s*\d{1,2}\s*[分분]")  # "12時10分", "12시 10분"


def _all_dropped(lines: list[Line], drops: Drops) -> bool:
    """Whether nothing of ``lines`` is kept: what stands after them is the article's end."""
    return all(line.index in drops for line in lines)


def _plainly_foreign(line: Line, lang: str | None, votes: int = 2) -> bool:
    """Whether ``line`` gives another language ``votes`` or more and over twice ``lang``'s: a
    short line (a headline) may hold no marker word of its language and one of a neighbour's."""
    if lang is None or not line.votes:
        return False
    top = line.votes.most_common(1)[0][1]
    return top >= votes and line.votes[lang] * 2 < top


def _in_language(line: Line, lang: str | None) -> bool:
    """Whether ``line`` is not clearly written in another language than ``lang``: one stray
    marker word of another is no evidence ("af elbiler til EU steg" votes Malay and Swedish once).
    A Scandinavian language's marker words count for its neighbours too: Norwegian prose shares
    most of its function words with Danish and Swedish, and votes for them ("har fått beskjed")."""
    votes = line.votes
    if lang is None or not votes:
        return True
    near = _NEIGHBOURS.get(lang, ())
    own = votes[lang] + sum(votes[n] for n in near)
    top = max(own, max((v for other, v in votes.items() if other != lang and other not in near), default=0))
    return top < 2 or own * 2 >= top


# Languages whose stopword lists share most function words: one's prose votes for the others.
_NEIGHBOURS = {"no": ("da", "sv"), "da": ("no", "sv"), "sv": ("no", "da")}


_SENTENCE_BREAK = re.compile(f"[{re.escape(SENTENCE_MARKS)}]\\s")


def _foreign_words(line: Line, lang: str) -> str | None:
    """The language ``line`` reads as, when it is not ``lang``: the one with over twice ``lang``'s
    marker words, or English for three or more of its stopwords and more than ``lang``'s (a
    description left in English: "A ship in a harbour at dawn" holds no marker word)."""
    if _plainly_foreign(line, lang):
        return line.votes.most_common(1)[0][0]
    if lang == "en":
        return None
    folded = [w.casefold() for w in line.words]
    english = sum(w in stopwords_for("en") for w in folded)
    return "en" if english >= 3 and english > sum(w in stopwords_for(lang) for w in folded) else None


# A timeline's entry: a date, then a dash and the event ("2023 m. rugsėjis – …", "Enero 14 – …").
_TIMELINE_ITEM = re.compile(r"(?=[^–—-]{0,24}\d)[^–—:.!?]{1,24}?\s[–—-]\s\S")


def _stamp(line: Line, most: int = 8) -> bool:
    """Whether ``line`` is a short line of a date, a time or an age ("Published 47 minutes ago | Asia",
    "Azija · prieš 1 val."): a figure in at most ``most`` words, no sentence or parts split by a dot or a bar."""
    text = line.text
    if line.n_words > most or not any(c.isdigit() for c in text):
        return False
    return not line.sentence or any(sep in text for sep in "·|•") or bool(_DATE.search(text) or _TIME.search(text))


# A teaser's title, its source and its age, split by dots, bars or dashes (``text.LINE_PARTS``).
_PART_MARKS = "·|•—–―・｜"  # the marks ``LINE_PARTS`` splits at


def _ranked(texts: list[str]) -> bool:
    """Whether the lines open with ranks counting up one by one ("1. …", "2. …"): a ranking's
    rows with their scores ("1. medicine, Alföld University – 480 pont"), which no teasers are."""
    ranks = [_rank(text) for text in texts]
    return all(ranks) and all(b == a + 1 for a, b in zip(ranks, ranks[1:]))


# A rank before a ranking item's title ("1. Giá vàng", "2 双十一预售开启", "1.º Armando Sequeira"); the one
# pattern both rank readers use.
_RANK = re.compile(r"\s*(\d{1,2})(?:[.)]|\.?[ºª])?\s")


# Two clock times joined by a dash: opening hours, a timetable's period ("06.00–18.00", "9:00 - 17:00").
_TIME_SPAN = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}\s?[–—-]\s?\d{1,2}[:.]\d{2}(?!\d)")


def _teaser_age(text: str, title_words: int = 4, tail_words: int = 5, long_title: int = 20) -> str | None:
    """The age behind a teaser's title ("1 dag gelede"), or what stands there: the last of one or
    two parts of at most ``tail_words`` words, behind a title of ``title_words`` words or more
    (a title of more than ``long_title`` words with two sentences in it is a paragraph's). Those
    parts hold no price or decimal (a product's "21.3 kg | 47.0 lb", "– $50 discount", a prize's
    "– 6240 kr"); a run of whole measures ("| 48 km", "| 12 km") reads as ages."""
    if not any(mark in text for mark in _PART_MARKS):
        return None  # most lines: no parts, told without a split
    if text.rstrip().endswith((";", "；", ",")):
        return None  # an item of a list run on in one sentence: "Jane Doe, a former official, — 6 years;"
    parts = LINE_PARTS.split(text.strip())
    if not 2 <= len(parts) <= 3 or any(not 1 <= len(part.split()) <= tail_words for part in parts[1:]):
        return None
    title = parts[0]
    if len(title.split()) < title_words and not ((has_unspaced(title) or has_thai(title) and len(parts) == 3) and len(title) >= 2 * title_words):
        return None  # a Chinese or Japanese title's words are its characters; a Thai title's spaces part its phrases (with its source and age)
    if len(title.split()) > long_title and INNER_SENTENCE_END.search(title):
        return None  # a paragraph's sentences, the last with a dash in it: "… 402 voted for, against — 20."
    if title.rstrip().endswith((",", "，", "،")):
        return None  # a quotation and who said it: "«We lost it in one night», — said the director."
    if any(_PRICED.search(part) for part in parts[1:]):
        return None  # a title may hold a magnitude ("… van 5,9 schudt Sumatra"); an age is whole, and no price ("215 kr")
    if any(", " in part for part in parts[1:-1]):
        return None  # a listing's place and time ("· Тврдина Кале, 21 ч. · 500 денари"), not a source
    if _date_end(title) and any(c.isdigit() for c in parts[-1]):
        return None  # a span from a date to a date: "Winter break: 23 Dec. – 5 Jan.", "8 พ.ย. 2568 – 1 ก.พ. 2569"
    if _DURATION.fullmatch(parts[-1].strip()):
        return None  # a time measured in two units, a race's or a film's: "– 4 minit 12 saat", "| 2 h 15 min"
    return parts[-1]


_UNIT_WORD = f"[^\\W\\d_](?:[^\\W\\d_]|[{MARKS}])*\\.?"  # a unit's word, with its letters' marks ("মিনিট")
_DURATION = re.compile(f"\\d{{1,2}}\\s?{_UNIT_WORD}\\s\\d{{1,2}}\\s?{_UNIT_WORD}")  # two whole numbers, each with its unit: "১১ মিনিট ৪২ সেকেন্ড"


def _date_end(text: str, abbreviation: int = 5) -> bool:
    """Whether the text ends on a number, a day's or a year's ("… 8 พ.ย. 2568", "… 23."), or on
    a number and an abbreviated month ("… gruodžio 23 d.", "… 10 ม.ค."): the first date of a span.
    A rank or a year with a suffix ("1위", "2035-re") ends a teaser's title."""
    words = text.split()
    return bool(words) and (
        words[-1].rstrip(".").isdigit()
        or len(words) >= 2 and words[-1].endswith(".") and len(words[-1]) <= abbreviation and words[-2].isdigit()
    )


_SECTION_PARTS = re.compile(LINE_PARTS.pattern + "|[｜・]")  # "国際｜4時間前", "国際・2時間前" print the mark unspaced


def _section_and_age(line: Line, most: int = 6) -> bool:
    """A section's name and the article's age: "Asia — hace 2 h", "Culture | Publié il y a 8 h",
    "国際｜4時間前". Two or three parts of at most ``most`` words in all, names of one to three
    words without figures (a section, a place), then a whole number and its unit."""
    if not _within(line, most):
        return False
    parts = _SECTION_PARTS.split(line.text.strip())
    if line.sentence and not (len(parts) >= 2 and UNIT_END.search(parts[-1])):
        return False  # a sentence, but for an age whose unit is cut short: "Mokslas · prieš 5 val."
    named = parts[:-1]  # a section, and a place with it: "العالم | جاكرتا · قبل 4 ساعات"
    return 2 <= len(parts) <= 3 and all(1 <= len(p.split()) <= 3 and not any(c.isdigit() for c in p) for p in named) and aged(parts[-1])


def _aged_tail(text: str, most: int = 5) -> bool:
    """Whether the last of a line's parts is an age of at most ``most`` words ("… 1.100 yen —
    Kyodo · 5 giorni fa"), figures in the title or not."""
    parts = LINE_PARTS.split(text.strip()) if any(mark in text for mark in _PART_MARKS) else ()
    return len(parts) >= 2 and len(parts[-1].split()) <= most and aged(parts[-1])


def _announces(line: Line) -> bool:
    """A label ending in a colon announces what follows it; no teaser does."""
    return line.text.rstrip().endswith((":", "："))


def _list_follows(lines: list[Line], drops: Drops, at: int, least: int = 3, most: int = 8) -> bool:
    """Whether ``least`` short items follow the line at ``at``: lines of at most ``most`` words,
    no sentence, none an earlier rule named (stations, names, places)."""
    items = lines[at + 1 : at + 1 + least]
    return len(items) == least and all(item.index not in drops and _within(item, most) and not item.sentence for item in items)


_ADDRESS_UNDER_HEADLINE = "an author's e-mail address under the headline"
_HANDLES_UNDER_HEADLINE = "an author's social accounts under the headline"


def _signed_address(line: Line, most: int = 4, alone: bool = True) -> bool:
    """An e-mail address after a name of at most ``most`` words, in any script ("Maria Lundqvist ·
    maria.lundqvist@storsjoposten.se", "김서연 기자 ksy@busanmaeil.kr"), or ``alone`` ("mek@limfjordsposten.dk":
    under the headline only, as a directory's contact lines hold one too)."""
    if line.n_words > 12 or line.sentence or len(EMAIL.findall(line.text)) != 1:
        return False
    rest = [t for t in re.split(r"[\s|·•,/–—-]+", EMAIL.sub(" ", line.text)) if t]
    return (alone or bool(rest)) and len(rest) <= most and all(_is_name(t) or _caseless_word(t) for t in rest)


def _social_handles(line: Line, most: int = 12, label: int = 3) -> bool:
    """The author's accounts, in any language: parts parted by a bar or a dot, each a handle or a
    profile's path ("@kadritamm", "/denitsa.petrova"), an e-mail address, or a name of at most
    ``label`` words after a platform's label and a colon ("FB: Carlo Dizon Sports"); a label of
    at most ``label`` words may stand before a handle ("X: @kadritamm", "인스타그램 @seoyeon"). One
    handle at least, no sentence. A handle alone, or a name and a handle alone, is an embedded post's
    author as often (``post_frames``)."""
    if line.n_words > most or line.sentence or "@" not in line.text:
        return False
    parts = DOT_PARTS.split(line.text.strip())
    if len(parts) == 1 and ":" not in line.text:
        return False  # "@harbourpharma", "Harbour Pharmacies @harbourpharma"
    handles = 0
    for part in parts:
        named, colon, value = part.rpartition(":") if ":" in part else ("", "", part)
        value = value.strip()
        if named and len(named.split()) > label:
            return False
        if _ACCOUNT.fullmatch(value):
            handles += "@" in value
        elif not (colon and 1 <= len(value.split()) <= label and all(_is_name(word) for word in value.split())):
            if not (len(words := value.split()) >= 2 and len(words) - 1 <= label and _ACCOUNT.fullmatch(words[-1])):
                return False
            handles += "@" in words[-1]
    return handles >= 1


# A handle, a profile's path or an e-mail address: "@kadri.tamm", "/denitsa.petrova.journalist".
_ACCOUNT = re.compile(r"@\w[\w.]{1,29}|/[\w.-]{2,60}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _dated(line: Line, most: int = 12) -> bool:
    """A short line that holds a date or a time, with no sentence: "12.2.2025 7:45 | Päivitetty 12.2.2025 9:10"."""
    timed = _TIME.search(line.text) is not None  # "13 de noviembre de 2025 - 7:15 p. m." ends like a sentence
    return line.n_words <= most and (timed or not line.sentence and _DATE.search(line.text) is not None)


def _bare_name(line: Line) -> bool:
    """Two to four capitalised words and nothing else: "Lizelle Jacobs", "Redacción Medellín"."""
    if not 2 <= line.n_words <= 4:
        return False  # most lines, told without a split
    tokens = line.text.split()
    return 2 <= len(tokens) <= 4 and not line.sentence and all(_is_name(t) and t.isalpha() for t in tokens)


def _menu_items_over(kept: list[Line], least: int = 3, words: int = 2) -> list[int]:
    """Positions of a menu's items in ``kept`` above its first sentence: runs of ``least`` or more
    lines of up to ``words`` words each, none a sentence ("Nyheter", "Sport", "Lokalt"). A site's
    name alone over the headline is no run."""
    found: list[int] = []
    run: list[int] = []
    for pos, line in enumerate(kept):
        if line.sentence:
            break
        if line.n_words <= words:
            run.append(pos)
            continue
        found += run if len(run) >= least else []
        run = []
    return found + (run if len(run) >= least else [])


def _place_then_name(line: Line) -> bool:
    """A dateline's place, a dash and the reporter's name of two or three words, in a script
    without capitals ("الرياض – عبدالله الشمري"), where a name has no other shape to tell it by."""
    parts = DASH_PARTS.split(line.text.strip())
    if len(parts) != 2 or line.sentence or any(c.isdigit() for c in line.text):
        return False
    place, name = parts[0].split(), parts[1].split()
    return len(place) == 1 and 2 <= len(name) <= 3 and all(map(_caseless_word, place + name))


def _dated_neighbour(lines: list[Line], drops: Drops, line: Line, button: int = 2) -> Line | None:
    """The line right above or below ``line`` when it is a date stamp (whatever dropped it) or a
    byline; below, past an author's button a rule named, of up to ``button`` words ("Follow",
    "Obserwuj")."""
    at = next(pos for pos, other in enumerate(lines) if other is line)
    below = lines[at + 1] if at + 1 < len(lines) else None
    if below is not None and at + 2 < len(lines) and below.n_words <= button and drops.get(below.index, ("",))[0] in (NAVIGATION, SUBSCRIBE):
        below = lines[at + 2]  # the author's follow button between the name and the date
    for near in (below, lines[at - 1] if at else None):
        if near is None:
            continue
        if drops.get(near.index, ("",))[0] == BYLINE or _dated(near):
            return near
    return None


def _play_button(line: Line) -> bool:
    """A player's button: one word under a video's duration ("Žiūrėti", "Chwarae"), or a play
    sign and a word or two ("▶ പ്ലേ")."""
    text = line.text.strip()
    if any(c.isdigit() for c in text) or line.sentence or text.endswith((":", "：")):
        return False  # a label announcing a list ("Marcatori:") is no button
    return len(text.split()) == 1 or text[:1] in "▶►⏵▷" and len(text.split()) <= 3


def _marked_item(text: str) -> bool:
    """A list's item by its mark: "- …", "• …", "2. …", "May 2 – …"."""
    return bool(_LIST_ITEM.match(text) or _TIMELINE_ITEM.match(text))


def _list_line(line: Line) -> bool:
    """A list's item or what announces one: a marked item, "…,", "Key dates:"."""
    text = line.text.rstrip()
    return _marked_item(text) or text.endswith((",", ";", ":", "："))


def _question(line: Line, most: int = 12) -> bool:
    """A short question: a teaser's title, or an interview's question."""
    return line.n_words <= most and _asks(line.text)


def _scored_stars(text: str) -> bool:
    """Stars filled and empty together ("★★★★☆"): a critic's score. A reader's rating widget,
    not clicked yet, prints its stars all alike."""
    return _FILLED_STARS.search(text) is not None and _EMPTY_STARS.search(text) is not None


def rated_items(drops: Drops, least: int = 3) -> bool:
    """Whether the article rates its items: ``least`` rows of stars or more are a ranking's
    scores, each under its item's title ("23. Socialfly", "★★★★★"). A reader's rating
    widget comes once, at the page's end."""
    return sum(detail == _RATING for _, detail in drops.values()) >= least


def _results_from(lines: list[Line], drops: Drops, at: int, least: int = 3) -> bool:
    """Whether ``least`` kept lines or more that give a result (``result_row``) start at
    ``lines[at]`` or under it, a short title there: a table's rows ("Council (17 seats)", then
    "Green List – 29.4 % – 5 seats"). Teasers give none."""
    kept = [line for line in lines[at : at + least + 2] if line.index not in drops]
    rows = [result_row(line.text) and _within(line, 12) for line in kept]
    titled = len(rows) > least and not kept[0].sentence and _within(kept[0], 6) and all(rows[1 : least + 1])
    return len(rows) >= least and all(rows[:least]) or titled


def _table_from(lines: list[Line], drops: Drops, at: int, least: int = 3, intro: int = 25) -> bool:
    """Whether a table starts at ``lines[at]``, or under a short title there (and a sentence of at
    most ``intro`` words under the title: "Below, the main departures on weekdays."): ``least`` kept
    lines or more in a row cut into the same cells (``same_cells``) or labelled rows of two cells
    (``labelled_cell``: "Battery | 5500 mAh"), a figure in one of them at least ("Club | For |
    Against", "KO | 154 | 0"). Teasers and video titles are one cell each."""
    kept = [line for line in lines[at : at + least + 2] if line.index not in drops]
    if kept and len(kept) > least and not kept[0].sentence and _within(kept[0], 8) and not same_cells(kept[0].text, kept[1].text) and labelled_cell(kept[0].text) is None:
        kept = kept[1:]  # the table's title
        if len(kept) > least and kept[0].sentence and _within(kept[0], intro) and _cut_like(kept[1].text):
            kept = kept[1:]  # the sentence that introduces it
    rows = kept[:least]
    cells = all(same_cells(a.text, b.text) for a, b in zip(rows, rows[1:])) or all(labelled_cell(row.text) is not None for row in rows) or keyed_rows([row.text for row in rows])
    return len(rows) == least and cells and any(c.isdigit() for row in rows for c in row.text)


def _measured_list_from(lines: list[Line], drops: Drops, at: int, least: int = 3, most: int = 15) -> bool:
    """Whether ``least`` kept rows of at most ``most`` words start at ``lines[at]`` or under a
    short title there that rank from 1 up, each closed by its result ("1. Ruth Wanjiru (Kenya)
    2:27:14", "2. Lotta Berg – 12,5 s"), or, under the title, that label a figure with one unit
    each ("Vlorë: south wind 70–90 km/h", "Durrës: 60–80 km/h"): a race's finishers, a warning's
    regions. Ranked teasers end on words; labelled ones rarely share a unit."""
    kept = [line for line in lines[at : at + least + 1] if line.index not in drops]
    titled = bool(kept) and not kept[0].sentence and _within(kept[0], 6) and not any(c.isdigit() for c in kept[0].text)
    rows = [line for line in kept[titled : titled + least] if _within(line, most)]
    if len(rows) < least:
        return False
    texts = [line.text for line in rows]
    if _rank(texts[0]) == 1 and _ranked(texts) and all((m := _END_RESULT.search(text)) and not _YEAR_END.fullmatch(m.group()) for text in texts):
        return True
    return titled and all(_FACT_ITEM.match(text) for text in texts) and bool(set.intersection(*(set(_UNITS.findall(text)) for text in texts)))


# A result closing a ranked row: a time, a gap, a score or a measure ("2:09:57", "+0:38", "480 pont").
_END_RESULT = re.compile(r"[+−-]?\d(?:[\d.,:]*\d)?(?:\s?[^\W\d_]{1,6}\.?)?\)?$")
_YEAR_END = re.compile(YEAR)  # "1. The best albums of 2025" ends on a year, no result
# The unit after a figure or a range of figures ("70–90 km/orë", "103 days", "12 %").
_UNITS = re.compile(r"\d(?:[\d.,–-]*\d)?\s?([^\W\d_]+(?:/[^\W\d_]+)?|%)")


def _facts_from(lines: list[Line], drops: Drops, at: int, least: int = 3, most: int = 15) -> bool:
    """Whether ``least`` kept facts or more start at ``lines[at]`` or under a short title there,
    each a label of its own and a value with a figure, of at most ``most`` words ("Born: 12 May
    1945, Šibenik", "Died: 2 October 2024", "Funeral: Friday, 4 October, 3 pm"): a box of the
    article's facts. Teasers that open with a label share it, or name no figure."""
    kept = [line for line in lines[at : at + least + 1] if line.index not in drops]
    titled = bool(kept) and not kept[0].sentence and _within(kept[0], 5) and not _FACT_ITEM.match(kept[0].text)
    rows = kept[titled : titled + least]
    facts = [m for row in rows if _within(row, most) and (m := _FACT_ITEM.match(row.text)) and any(c.isdigit() for c in row.text[m.end() - 1 :])]
    labels = {m.group(0)[:-1].strip(" :：").casefold() for m in facts}  # the match ends on the value's first character
    return len(rows) == least and len(facts) == least and len(labels) == least


def _cut_like(text: str) -> bool:
    """Whether a line is cut into cells: three or more, or a label and its value."""
    return cell_count(text) >= 3 or labelled_cell(text) is not None


def _schedule_from(lines: list[Line], drops: Drops, at: int, least: int = 3) -> bool:
    """Whether ``least`` kept rows or more opening with dates that run forward start at
    ``lines[at]`` or under a short title there ("Key dates", then "15 February – …", "28 February –
    …"): a schedule, the article's. Teasers with their dates come newest first."""
    kept = [line for line in lines[at : at + least + 1] if line.index not in drops]
    if kept and not kept[0].sentence and _within(kept[0], 8) and opening_date(kept[0].text) is None:
        kept = kept[1:]  # the schedule's title
    dates = [opening_date(line.text) for line in kept[:least]]
    return len(dates) == least and None not in dates and dates_run_forward(dates)  # type: ignore[arg-type]


def _spare_table_sources(lines: list[Line], drops: Drops, most: int = 20) -> None:
    """A source's label right under a table's last row ("Quelle: Statistisches Landesamt", under
    "Gorbitz | 5,98 € | +5,5 %") names where the table's figures come from: the table's line, not
    a picture's credit. Rows are cut into the same cells (``same_cells``) or rank short names up
    one by one ("5. Helmi", "6. Sofia": a ranking's; a most-read box ranks titles), two of them at least."""
    for above, row, line in zip(lines, lines[1:], lines[2:]):
        detail = drops.get(line.index, ("", ""))[1]
        if (
            detail.startswith("caption_prefix cue")
            and _within(line, most)
            and above.index not in drops
            and row.index not in drops
            and (same_cells(above.text, row.text) or _ranked([above.text, row.text]) and _within(above, 5) and _within(row, 5))
        ):
            del drops[line.index]


def _spare_list_items(lines: list[Line], drops: Drops) -> None:
    """An item of a bulleted list that opens like a caption ("• Designed by an Aarhus firm of
    architects" among a fact box's items) is the list's: a picture's caption or credit stands
    alone, not beside a kept line opened by the same bullet."""
    for pos, line in enumerate(lines):
        if drops.get(line.index, ("",))[0] != CAPTION or not BULLET.match(line.text):
            continue
        bullet = line.text.lstrip()[:1]
        near = (lines[k] for k in (pos - 1, pos + 1) if 0 <= k < len(lines))
        if any(other.index not in drops and other.text.lstrip()[:1] == bullet for other in near):
            del drops[line.index]


def _spare_numbered_steps(lines: list[Line], drops: Drops) -> None:
    """A numbered step with a kept step numbered next to it ("1. Download the hospital's app from
    the App Store." over "2. Enter your ID number.") is the article's list, worded like a prompt
    or not: a prompt or a button stands alone, with no number in a run."""
    for pos, line in enumerate(lines):
        if line.index not in drops or (number := _rank(line.text)) is None:
            continue
        for k, want in ((pos - 1, number - 1), (pos + 1, number + 1)):
            if 0 <= k < len(lines) and lines[k].index not in drops and _rank(lines[k].text) == want:
                del drops[line.index]
                break


def _spare_table_rows(lines: list[Line], drops: Drops) -> None:
    """Rows of a table cut like a byline's segments ("Hanoi | 22:00, 12 Aug | 2:00–4:00, 13 Aug")
    among rows cut into the same cells (``_cut_alike``), one of them kept (the header, a row): a
    byline is one line, and a table's rows come in a run. A header naming periods over two kept rows
    ("Bank | 3 months | 6 months | 12 months") is no chart's period buttons: a chart has no rows. And
    under a kept header, places with their temperatures are a table's rows, not a weather widget's;
    among two kept rows or more, a coin's or a share's quote is the table's row, not a lone quote."""
    run: list[Line] = []
    for line in [*lines, None]:
        if line is not None and run and _cut_alike(run[-1].text, line.text):
            run.append(line)
            continue
        if len(run) >= 3:
            _spare_run(run, drops)
        run = [line] if line is not None else []


def _cut_alike(above: str, line: str) -> bool:
    """Whether two lines are cut into the same cells: three or more (``same_cells``), or two by one
    bar ("Hökerum | 11.52" under "Plats | Beräknad passering"), as a table of two columns is."""
    return same_cells(above, line) or above.count(" | ") == 1 == line.count(" | ")


_QUOTE_ALONE = "a share price's quote and its change, alone on its line"


def _spare_run(run: list[Line], drops: Drops) -> None:
    """``_spare_table_rows`` on one run of three rows or more cut into the same cells."""
    segments = [row for row in run if drops.get(row.index, ("", ""))[1].startswith("a byline") and "in segments" in drops[row.index][1]]
    if drops.get(run[0].index, ("", ""))[1] == _PERIOD_BUTTONS and all(row.index not in drops or row in segments for row in run[1:3]):
        del drops[run[0].index]
    if not any(row.index not in drops for row in run):
        return
    for row in segments:
        del drops[row.index]
    quotes = [row for row in run if drops.get(row.index, ("", ""))[1] == _QUOTE_ALONE]
    if quotes and sum(row.index not in drops for row in run) >= 2:
        for row in quotes:
            del drops[row.index]  # "XRP | 0,47 $ | −9,8%" under two kept rows cut alike: a table's last row, not a lone quote
    if run[0].index not in drops and header_over(run[0].text, run[1].text):
        for row in run[1:]:
            if drops.get(row.index, ("", ""))[1] == _WEATHER_LINE:
                del drops[row.index]  # "Ruse | 40° | 23°" under "City | High | Low": a table of places


def _counts_alike(above: str, row: str) -> bool:
    """Whether ``above`` counts in the unit that ends ``row``'s last part: "Council (17 seats)" or
    "Labour – 4 seats" over "Green List – 5 seats" is a table's, where no age is."""
    tail = _teaser_age(row) or ""
    unit = tail.split()[-1].casefold() if len(tail.split()) == 2 and tail.split()[0].isdigit() else None
    return unit is not None and re.search(rf"\d\s+{re.escape(unit)}(?!\w)", above.casefold()) is not None


def _widget_between(lines: list[Line], drops: Drops, pos: int, at: int) -> bool:
    """Whether every line between ``pos`` and ``at`` is a widget's an earlier rule dropped (a
    video's title and duration under "Watch also"), and there is one."""
    return at - pos > 1 and all(drops.get(line.index, ("",))[0] in WIDGETS for line in lines[pos + 1 : at])


def _box_right_above(lines: list[Line], drops: Drops, at: int) -> bool:
    """Whether the lines right above ``at`` are a box an earlier rule named as a prompt (a sign-up,
    a donation, a feedback or a share box), no teaser between: a block of teasers does not go on
    under such a box."""
    k = at - 1
    while k >= 0 and lines[k].index in drops:
        if drops[lines[k].index][0] in (SUBSCRIBE, FEEDBACK, SHARE):
            return True
        k -= 1
    return False


def _body_goes_on(lines: list[Line], body: list[bool], drops: Drops, at: int, subhead: int = 8) -> bool:
    """Whether the body paragraph at ``at`` has more of the body right under it: a paragraph, or a
    subhead of up to ``subhead`` words over a sentence. A site's self-description in its footer
    stands over its address and links."""
    below = [k for k in range(at + 1, min(at + 3, len(lines))) if lines[k].index not in drops]
    if not below or lines[below[0]].index != lines[at].index + 1:
        return False
    first = below[0]
    return body[first] or _within(lines[first], subhead) and not lines[first].sentence and len(below) == 2 and lines[below[1]].sentence


def _next_entry(lines: list[Line], drops: Drops, pos: int, at: int, least: int = 2) -> bool:
    """Whether ``lines[at]``, under a related block's heading at ``pos``, opens a live blog's next
    entry: a stamp ``live_stamps`` named ("20h10"), or a kept line opening with its time like
    ``least`` kept lines above the heading ("14h10 – Traffic is heavy …"). Teasers print no clock."""
    line = lines[at]
    if line.index in drops:
        return drops[line.index][1] == LIVE_STAMP
    if not ENTRY_TIME.match(line.text):
        return False
    return sum(1 for above in lines[:pos] if above.index not in drops and ENTRY_TIME.match(above.text)) >= least


def _marked_like_above(lines: list[Line], drops: Drops, pos: int, at: int, least: int = 2) -> bool:
    """Whether ``lines[at]`` opens with the marker ("―", "—", "•") that opens ``least`` kept lines
    or more above the related block's heading at ``pos`` and none of the block's lines: an
    interview's next question, a list's next item. A block's teasers share their own marker."""
    marker = _opening_marker(lines[at].text)
    if marker is None or any(_opening_marker(line.text) == marker for line in lines[pos + 1 : at]):
        return False
    return sum(1 for line in lines[:pos] if line.index not in drops and _opening_marker(line.text) == marker) >= least


def _opening_marker(text: str) -> str | None:
    """The dash or bullet a line opens with, before its first word; quotation marks and brackets open no item."""
    m = _MARKER.match(text)
    return m.group(1) if m else None


_MARKER = re.compile(r"\s*([^\w\s\"“”„«»‘’‚'「『(（\[［]{1,2})\s*\w")


def _own_heading(line: Line, teasers: int, teaser: Line | None) -> bool:
    """Whether ``line``, the last of a related block's ``teasers`` and right above the body where
    the block ends, is the article's: an interview's question over its answer, or a subhead of
    a few words when it is the block's only line, or of one to three ("What happens next") under
    two titles, the last of five words or more (teasers are headlines: "Fazit" under the rivals'
    tests; a partner's name under one teaser is its source)."""
    if _question(line) or line.sentence:
        return _question(line)
    return teasers == 1 and line.n_words <= 4 or teasers >= 3 and line.n_words <= 3 and teaser is not None and teaser.n_words >= 5


def _item_heading(lines: list[Line], body: list[bool], drops: Drops, pos: int, k: int, least: int = 2) -> bool:
    """Whether ``lines[k]`` is shaped like the headings of the article's items above ``pos`` (a
    related block's heading): no sentence, parted by the same separator as ``least`` or more kept
    lines there that each stand over a body paragraph ("Stilla vatten — SVT Play, från fredag")."""
    line = lines[k]
    separator = _separator(line.text)
    if separator is None or line.sentence:
        return False
    items = sum(
        1
        for j in range(pos - 1)
        if body[j + 1] and lines[j].index not in drops and not lines[j].sentence and _separator(lines[j].text) == separator
    )
    return items >= least


def _separator(text: str) -> str | None:
    """The spaced dash or bar that parts a title from its details, if the line holds one."""
    return next((sep for sep in (" — ", " – ", " | ", " ｜ ") if sep in text), None)


def _printed_again_under_picture(lines: list[Line], drops: Drops, at: int, reach: int = 8) -> bool:
    """Whether ``lines[at]``, a title, is printed again within ``reach`` lines with a picture's
    caption or AI note between the copies, and not before: a page's headline above and below its
    picture, which no teaser is."""
    title = lines[at]
    if title.sentence or title.n_words < 3:
        return False
    picture = False
    for line in islice(lines, at + 1, at + 1 + reach):
        if drops.get(line.index, ("",))[0] in (CAPTION, AI_NOTE):
            picture = True
        elif line.words == title.words:
            # Printed before too: the page's second copy, which goes as a whole.
            return picture and all(line.words != title.words for line in lines[:at])
    return False


def _copied_without_block(lines: list[Line], before: int, at: int) -> bool:
    """Whether ``lines[at]``, a title under a block over the body, is printed again lower down
    between copies of ``lines[before]`` (the line over the block) and of the line under the
    title: the page scraped twice, its second copy without the block, where the title stands
    among the article's own paragraphs. A teaser is printed again with its block, or not at all."""
    title = lines[at]
    if at + 1 >= len(lines):
        return False
    above, below = lines[before].words, lines[at + 1].words[:6]
    return any(
        lines[k].words == title.words and lines[k - 1].words == above and lines[k + 1].words[:6] == below
        for k in range(at + 2, len(lines) - 1)
    )


def _label(reason: str) -> str:
    return reason.split(".")[1].replace("_", " ")


def make_lines(paragraphs: Sequence[tuple[int, str]]) -> list[Line]:
    lines: list[Line] = []
    append = lines.append  # called for every paragraph of every article: names bound once
    seen = _FEATURES
    for i, t in paragraphs:
        append(Line(i, t, *(seen.get(t) or _features(t))))
    return lines


Features = tuple[str, tuple[str, ...], bool, int, Counter[str]]
# Paragraph text -> its Line fields after index and text (``_features``). A plain dict:
# an lru_cache hit reorders its list at every look-up, and costs twice a dict's.
_FEATURES: dict[str, Features] = {}
_MAX_FEATURES = 65536


def _features(text: str) -> Features:
    """A line's fields after its index and text, remembered: paragraphs recur across articles
    (a site's furniture, a syndicated story), and one look-up of all fields costs a third of
    one per field (words, clean line, votes, each cached on its own)."""
    tokens = words(text)  # a tuple already
    found = clean_line(text), tokens, ends_like_sentence(text), len(tokens), stopword_votes(tokens)
    if len(_FEATURES) >= _MAX_FEATURES:
        _forget_older_half(_FEATURES)
    _FEATURES[text] = found
    return found


# A caption's closing credit after its last sentence: "(Kyodo)", "Kai Förster (EFE)",
# "Photograph: Jane Doe/PA", "Foto: dpa". Group 1 is the credit.
# Thai prints no sentence mark: the space before the picture's label ends the caption's sentence.
_CREDIT_TAIL = re.compile(r"(?:^|[.!?…\"”»]\s+|[。।؟۔]\s*|[.!?…]\s*(?=\()|(?<=[\u0e00-\u0e7f])\s+(?=(?:เครดิต|ที่มา)?ภาพ\s*:))((?:[^.!?…。।۔]{0,50}[(/:©][^.!?…。।۔]{1,50}?))\s*$")
# A date: a day next to a year, a month name between them or not ("4 June 2025", "Jun 4, 2025"),
# or all figures ("2025-12-12", "12.03.2026").
_DATE = re.compile(
    # A month's name is a letter and what follows it to the space: Indic names hold vowel signs ("ਨਵੰਬਰ").
    # Spanish, Portuguese and Catalan put "de" on either side of the month: "8 de janeiro de 2025";
    # the Levantine Arabic names of four months are two words: "14 تشرين الأول 2025".
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?[.,]?\s*(?:(?:de |d['’])?(?:(?:كانون|تشرين) \S+|[^\W\d]\S*?)\.?,?\s+(?:de |del )?)?(?:19|20)\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
    r"|(?:19|20)\d{2}\s*[年년]\s*\d{1,2}\s*[月월]"  # "2025年1月15日", "2025년 1월 15일"
    # Thai months with the Buddhist era's year, in either digits: "14 ต.ค. 2568", "๑๔ ต.ค. ๒๕๖๘".
    r"|\d{1,2}\s*[\u0e01-\u0e4e][\u0e01-\u0e4e.]*\s*(?:25|๒๕)\d{2}(?!\d)"
    # The Solar Hijri year, in either digits: "۱۲ تیر ۱۴۰۴", "12 Tir 1404".
    r"|\d{1,2}\s+[^\W\d]\S*\s+(?:13|14|۱۳|۱۴)\d{2}(?!\d)"
    # The year first, with its dot, then the month's name and the day with its dot: "2025. március 23.".
    r"|(?<!\d)(?:19|20)\d{2}\.\s+[^\W\d]\S*\s+\d{1,2}\."
)
_SEPARATORS = {"-", "–", "—", "|", "·", "⋅", "•", "●", "/", "::"}  # between a byline's name and its date or role
_ROMAN = re.compile(r"[IVXL]+")  # a part number closing a title: "Part IV"
_PLACE_SPLIT = re.compile(r"\s*[,،]\s+|\s+[|·•–—-]\s+")  # between a byline's name and its place or paper
_ROLE = "a reporter's role"  # the detail of a byline that gives the reporter's role ("Journalist")
_STOP_SPLIT = re.compile(r"(?<=\w\w)\.\s+")  # "Laura Gil. Zaragoza": a full stop after a name's last word, not an initial's
_SEGMENT_SPLIT = re.compile(r"\s+[|·•/]\s+")  # between a segmented byline's parts
_CJK_LABEL_SPLIT = re.compile(r"\s+(?=[^\s：]{1,6}：)")  # before a label closed by the full-width colon
_TIME = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")  # "09:14", "kl. 07.42", "06h32"
# A link's arrow closing its line, spaced off its words ("Buy at Example »", "Tickets →").
_END_ARROW = re.compile(r"\s[→›»⟶➔➜➝▸►]$")


def _arrow_link(text: str) -> bool:
    """Whether a line ends with a link's arrow: a quote spaced in guillemets ("« Un coup dur »") is
    none, and a pager's line ("← Previous 1 2 3 Next →") is left to the rules that read its page."""
    text = text.rstrip()
    return _END_ARROW.search(text) is not None and not any(back in text for back in "«‹←")


# A player's position over its length, at the start: "0:00 / 27:45", "00:00 / 1:02:10".
_PLAYER_POSITION = re.compile(r"(?<![\d:])0?0:00\s*/\s*(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:])")
# A quote's change on a market ticker: "▲0.3%", "+0,81 %", "−1,1 %", "(+1.07%)".
_QUOTE_CHANGE = re.compile(r"[▲▼+−-]\s?\d+(?:[.,]\d+)?\s?%")
# A count cut short by a unit of thousands: "12K", "2,3K", "38.2만", "4.8万".
_SHORT_UNIT = re.compile("[K万萬만천]")  # looked for first: most lines hold none
_SHORT_COUNT = re.compile(r"(?<![\w.,])\d{1,3}(?:[.,]\d)?\s?(?:K(?![\w/])(?!\s?\d)|[万萬만천](?=[개件名人次条條\s·|]|$))")  # not "6.2K/30p"
# An embedded social post's author: a handle, never an e-mail address ("(@commutertruth_uk)").
_HANDLE = re.compile(r"(?<![\w.@])@\w[\w.]{1,29}")
# Code's and data's signs, which no byline holds: brackets, quotes, a link, a decorator called ("@app.route(").
_CODE_MARKS = re.compile(r"[{}\[\]=;\"'`]|://|@\w[\w.]*\(")


def _label_word(word: str) -> bool:
    """A word a handle's line may hold beside it: a name's or a platform's, capitalised or in a
    script without case ("Følg", "Jonas", "X:", "트위터"), or a short word between them ("na", "på")."""
    return word[:1].isupper() or not word[:1].islower() or len(word) <= 3


def _framed_user(lines: list[Line], pos: int, drops: Drops) -> bool:
    """Whether ``lines[pos]`` is a user's name in lower case letters alone ("andreavillanueva"),
    then one line (the post's text), its date alone, and the embed's link a rule named."""
    if not _PLAIN_USER.fullmatch(lines[pos].text.strip()) or pos + 3 >= len(lines):
        return False
    text, date, link = lines[pos + 1 : pos + 4]
    return text.index not in drops and _date_alone(date) and drops.get(link.index, ("",))[0] == SHARE


_PLAIN_USER = re.compile(r"[a-z][a-z\d]{5,29}")


def _date_alone(line: Line, most: int = 5) -> bool:
    """A date or a time of day and at most a few words, no sentence: "12.3.2025", "14 Ιουλ 2025", "09:42"."""
    return line.n_words <= most and not line.sentence and (_DATE.search(line.text) or _CLOCK.search(line.text)) is not None


def _post_stamp(line: Line) -> bool:
    """A post's time and date alone, in up to eight words: "12:51 · 9 Oct 2025"."""
    return line.n_words <= 8 and _TIME.search(line.text) is not None and _DATE.search(line.text) is not None


# An Instagram user's name alone: lower case, digits, "_" or "." joining its parts ("feuerwehr_moosbach").
_USER_NAME = re.compile(r"[a-z][a-z\d]*(?:[._][a-z\d]+)+")


def _named_handle(line: Line, most: int = 5) -> bool:
    """A name of up to ``most`` words before a handle that ends the line, no sentence ("Préfecture
    Occitanie Sud @PrefOccitanieSud"): an embedded post's author."""
    if "@" not in line.text:
        return False
    *name, last = line.text.split() or [""]
    return 1 <= len(name) <= most and not line.sentence and _HANDLE.fullmatch(last) is not None


EMBED_HANDLE = "an embedded post's handle"  # post_frames' detail: a handle, or a user's name over its embed's link


def handle_alone(text: str) -> bool:
    """A social handle alone on its line ("@politi_oslo", "(@lea.brand)"): an embedded post's author."""
    return _HANDLE.fullmatch(text.strip().strip("()")) is not None

_CLOCK = re.compile(r"\b\d{1,2}[:h]\d{2}(?:\b|(?=[ap]m\b))(?![.:/]\d)", re.IGNORECASE)  # a time of day ("7:00am"), not a version ("1.23.0") or a date
# A time of day with a dot, after a date ("28. feb. 2025 kl. 06.00", "28.5.2025 6.00"): no figure around it.
_DOT_CLOCK = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,])")
_LIST_ITEM = re.compile(r"\s*(?:[-•*–—]|\d{1,3}[.)])\s")  # a list's item: "- Fine: …", "— 600 …", "2. The pier …"
_LIST_NUMBER = re.compile(r"\s*(?:[-•*–]|#?\d{1,3}[.)])\s*")  # a list marker or number before a line: "2. ", "- "
# A fact list's item: a label of one to three words, a colon, its value ("Kosten: 2,4 Mrd. Euro", "参演人员：约四百人").
_FACT_ITEM = re.compile(r"\s*(?:[^\s:：]{1,20}|[^\s:：]+(?:\s[^\s:：]+){1,3})(?:\s?:\s|：)\s*\S")  # French spaces its colon
# A table's row of a name and its grade or count after a dash: "Edgars Liepiņš – 8", "Neagu (portar) – 7".
_GRADED = re.compile(r"\S.{0,40}\s[–—-]\s?\d{1,3}(?:[.,]\d)?")


# A row that opens with a figure and says two words or more after it: "1 kg zemiakov", "1937 narozena
# v Kolíně". Two of them under a player are a list's (ingredients, a life in dates), not its titles.
_FIGURE_LED = re.compile(r"\s*\d[\d.,/]*\s+[^\W\d_]+\s+\S")


def _told_fact(line: Line) -> bool:
    """A fact the article tells under its label ("Kailan: Agosto 9 hanggang 17"), not a shop's price
    or a bookmaker's odds in parts ("X chez Decathlon : 1 399 €", "1: 1.65 | 2: 2.20")."""
    return _FACT_ITEM.match(line.text) is not None and "|" not in line.text and not _PRICE_PART.search(line.text)


def _fact_row(text: str) -> bool:
    """A fact list's item ("Kosten: 2,4 Mrd. Euro") or a table's graded row ("Luka Hribar – 8")."""
    return _FACT_ITEM.match(text) is not None or _GRADED.fullmatch(text.strip()) is not None


# A single agency in parentheses closing a caption that ends no sentence: "... al porto di Genova (LaPresse)".
# Two letters are too often a place: "Pittsburgh (PA)".
_AGENCY_PARENS = re.compile(r"[^\s.!?…]\s+\(([^()\s]{3,30})\)$")
# Words for a picture in an AI label ("KI-Bild", "Image générée par IA", "AI로 생성된 이미지"); unspaced scripts by substring.
_SUMMARY_POINT = "a point of the AI-made summary under its label"  # an AI note on no picture
_PICTURE_NOTE = re.compile(
    r"(?<!\w)(?:bild|bilden|bildet|billede|billedet|bilde|abbildung|darstellung|foto|photo|image|imagen|imagem|immagine|picture|illustration|"
    r"illustratie|illustrazione|ilustración|ilustração|ilustracja|ilustrace|ilustrácia|afbeelding|beeld|grafik|grafika|obraz|imatge|genrebild|"
    r"obrázek|kuva|kuvan|görsel|resim|imagine|фото|изображение|иллюстрация|зображення|ілюстрація|картинка|εικόνα|"
    r"صورة|الصورة|תמונה|תמונת|אילוסטרציה|hình|ảnh|gambar|চিত্র|चित्र|तस्वीर|तस्बिर|छवि|फोटो|تصویر|عکس)(?!\w)"
    r"|画像|写真|イラスト|图片|圖片|图像|圖像|插图|插圖|ภาพ|(?<!\w)(?:자료 ?)?(?:이미지|사진|그림)"  # Korean: a particle follows ("이미지는"); a file picture's "자료사진"
    # Stems of inflected languages: "Ілюстрацію", "obrázok", "Снимката", "nuotrauka", "Pilt", "attēls", "Imazhi".
    r"|(?<!\w)(?:illustr|ilustr|illusztr|il·lustr|fotó|kép|imazh|fotograf|fotoğraf|obráz|obraz|slik|слик|snímk|snimk|nuotrauk|iliustracij|vaizd|attēl|pilt|pild|larawan|picha|"
    r"llun|delwedd|darlun|sawir|ছবি|படம்|புகைப்பட|ചിത്ര|ಚಿತ್ರ|చిత్ర|ચિત્ર|તસવીર|ਤਸਵੀਰ|ਚਿੱਤਰ|"
    r"ілюстрац|зображен|изображен|илюстрац|иллюстрац|илустрац|снимк|фотограф|світлин|εικόν|φωτογραφ|zdję)\w*"
)
_LABEL_MARKS = re.compile(r"[,，(（]")  # a label's parts: a comma, brackets (a headline's colon or dash is not one)
_CRUMB_ARROWS = re.compile(r"\s[›»>＞]\s")  # spaced: "»Zitat«" is a quote
_CRUMBS = re.compile(r"(?:\S\s+[/›»>|]\s+\S.*){2}")  # a breadcrumb or a menu: "Home / News / Asia"
_ARROW_CRUMB = re.compile(r"(?:\S\s+[›»>＞]\s+\S.*){2}")  # a breadcrumb of three parts or more: "News › Crime › Courts"
_WIDE_PARENS = re.compile(r"[^\s。！？]（([^（）]{2,20})）$")  # "…幹部（ロイター）", "…社長（撮影・佐藤一郎）"
_TITLE = re.compile(r"(?![^\s]*://)[^\W\d_][^\s]*(?:\s+[^\s]+){2,}")  # three or more words, the first of letters


_QUOTE = re.compile(r"[“\"«„‘「]([^”\"»“’」]{3,200})[”\"»“’」]|(?<!\w)'([^']{3,200})'(?!\w)")  # clean lines print ‘ ’ as '


def _quoted(clean: str, cue: str) -> bool:
    """Whether ``cue`` stands inside quotation marks, with words of a sentence outside them."""
    return any(cue in (m.group(1) or m.group(2)) and len((clean[: m.start()] + clean[m.end() :]).split()) >= 2 for m in _QUOTE.finditer(clean))


_LABEL_SEPARATORS = re.compile(r"\s+[|·•/–—-]\s+|\s*[／｜]\s*")  # "AI image | AI report", "画像はAIで生成／…"
_BARE_DURATION = re.compile(r"\s*[(\[]?\d{1,2}:\d\d(?::\d\d)?[)\]]?\s*")  # a video's duration alone: "1:56", "०३:१५"
_UNIT_DURATION = re.compile(_BARE_DURATION.pattern + r"(?:[^\W\d_]{1,4}\.?\s*)?")  # and its unit: "1:47 Min"
# A line that is one quotation, marks at both ends: over body prose, the article's quoted subhead.
_QUOTE_LINE = re.compile(r"\s*[«»“”„\"‚‘「『]\s?\S.*\S\s?[«»“”\"’」』]\s*")
# The word for a video, any language (stems of inflected ones): a widget's heading names it.
_VIDEO_WORD = re.compile(
    r"(?<!\w)(?:vid[eé]o|vídeo|wideo|videó|видео|відео|βίντεο|वीडियो|व्हिडिओ|भिडियो|ভিডিও|"
    r"வீடியோ|காணொளி|వీడియో|ವಿಡಿಯೋ|ವೀಡಿಯೊ|വീഡിയോ|વીડિયો|ਵੀਡੀਓ|muuqaal|fideo)"
    r"|فيديو|ویدیو|ویدئو|ویڈیو|וידאו|วิดีโอ|视频|視頻|動画|비디오|영상"  # prefixed ("الفيديو") or unspaced
)
_STARS = re.compile(r"\s*(?:[★☆⭐✩✰✭✮✯]\s*){3,}")  # a rating's stars, the reader's to click
_FILLED_STARS, _EMPTY_STARS = re.compile("[★⭐✭✮✯]"), re.compile("[☆✩✰]")
_RATING = "a rating's stars"
# A reader rating's result: its mean, maybe out of five, and its count of votes ("4,5 (212 häält)",
# "★★★★½ 4,5 (212 glasov)", "4,5 z 5 · 212 hlasov"). A critic's score counts no votes. A recipe
# prints it under its title, and the article goes on under it: it closes nothing.
VOTES = "a reader rating's score and votes"
RATING_PROMPT = "the prompt over a rating's stars"
_VOTE_COUNT = r"(?:\(\s*\d[\d\s.,]*\s[^\W\d_]{3,}\s*\)|[·|•]\s*\d[\d\s.,]*\s[^\W\d_]{3,})\s*"  # "(212 häält)", "· 212 hlasov"
_VOTES = re.compile(r"\s*(?:[★☆⭐½]\s*)*\d[.,]\d{1,2}\s*(?:★|/\s*\d{1,2}|[^\W\d_]{1,3}\s\d{1,2})?\s*" + _VOTE_COUNT)
# The same under its label ("Vurdering 4,2 av 5 · 143 stemmer", "Average rating: 6,4 (2 187
# votes)"), or the stars and the count, maybe labelled ("★★★★☆ 212 betyg", "Readers' rating: ★★★★☆
# (128 votes)"). Its label names it: the line over it is not its prompt (it may be a recipe's or a
# play's title).
LABELLED_VOTES = f"{VOTES}, under its label"
_LABELLED_VOTES = re.compile(
    r"\s*[^\W\d_]+(?:\s[^\W\d_]+){0,2}\s?:?\s+(?:[★☆⭐½]\s*)*\d[.,]\d{1,2}\s*(?:★|/\s*\d{1,2}|(?:[^\W\d_]{1,3}\s){1,2}\d{1,2})?\s*"
    + _VOTE_COUNT
    + r"|\s*(?:[^\W\d_][\w'’]*(?:\s[^\W\d_][\w'’]*){0,2}\s?:?\s+)?(?:[★☆⭐½]\s*){3,}(?:\d[\d\s.,]*\s[^\W\d_]{3,}|\(\s*\d[\d\s.,]*\s[^\W\d_]{3,}\s*\))\s*"
)
# A countdown widget's figures: three counts or more, each with its unit and nothing else ("1 j 23 h
# 41 min 08 s", "2 dienas 14 stundas 27 minūtes"); the article writes a time with words around it.
COUNTDOWN = "a countdown's figures"
_COUNTDOWN = re.compile(r"\s*(?:\d{1,3}\s?[^\W\d_][^\s\d]{0,11}\s*){3,}")  # a unit's vowel signs are no letters to \w
_COUNT_UNIT = re.compile(r"\d\s?([^\W\d_][^\s\d]*)")


def _distinct_units(text: str) -> bool:
    """Each count in its own unit, as a countdown's days, hours and minutes: a size's "86 x 54 x 6 mm"
    and a histogram's "5 star 4 star 3 star" repeat theirs."""
    units = _COUNT_UNIT.findall(text)
    return len(set(units)) == len(units)


_SPONSOR = "over its sponsor's name"  # an advert's label naming who paid: a sponsored teaser's title comes under it
# A label that says someone paid for what follows, in the scripts we meet: "Sponsored (by …)", "Sponzorirano",
# "Спонсорирано от …", "Patrocinado", "Partner content", "Sponsorlu içerik", "스폰서 콘텐츠". An ad slot's marker
# ("Advertisement", "Article continues below") names no payer, and a subhead of the article may come under it.
_SPONSORED = re.compile(r"\W*(?:spons|sponz|спонс|спонз|patrocin|partner|gesponsert|χορηγ|스폰서|협찬|赞助|贊助|برعاية|בחסות)")


def _sponsored_title(label: Line, detail: str, title: Line, drops: Drops, least: int = 5, most: int = 15) -> bool:
    """Whether ``title`` is a sponsored teaser's title under its advert ``label``: a line of up to
    ``most`` words that stops with no full stop, under a label that names its sponsor ("Sponsored ·
    Nordbank") or says it was paid for ("Sponsorisé par …", "Sponzorirano"), then of ``least`` words
    or more: a teaser's title runs longer than the one-word subhead a partner's recipe opens with."""
    if title.index in drops or not _within(title, most) or title.text.rstrip().endswith(FULL_STOPS):
        return False
    return detail.endswith(_SPONSOR) or not label.sentence and _SPONSORED.match(label.clean) is not None and not _within(title, least - 1)
_NOTE_PARTS = re.compile(r"\s+[|·•–—-]\s+|\s*[(（]|[)）]\s*")  # a picture's description and its label: "… — AI-made illustration", "… (AI image)"
_LABEL_PARTS = re.compile(_LABEL_SEPARATORS.pattern + f"|(?<=[{re.escape(SENTENCE_MARKS)}])\\s+|(?<=[。！？])")  # and "Photo: AI. Text: AI."


def _column_header(header: str, row: str, most: int = 3) -> bool:
    """Whether ``header`` heads a table of two columns over ``row``: both cut once by the same spaced
    dash or bar, the header's two cells of at most ``most`` words and no figure, the row holding one
    ("Time — Interval" over "5 am to 11 pm — 30 minutes"). A teaser block's heading has no cells."""
    for sep in (" — ", " – ", " | "):
        if header.count(sep) == 1 and row.count(sep) == 1:
            cells = header.split(sep)
            return all(1 <= len(cell.split()) <= most for cell in cells) and not any(map(str.isdigit, header)) and any(map(str.isdigit, row))
    return False


def _is_episode(text: str) -> bool:
    """A podcast's episode by its number, closed by its length, in three parts at most: a row
    of a timetable ("15:40 | Hà Nội | VN 240 | Chậm - 17:55") has more, and its code in capitals."""
    if not _timed_end(text):
        return False  # most lines: no figure near their end
    episode = _EPISODE.search(text)
    return episode is not None and not episode.group(1).isupper() and len(DOT_PARTS.split(text)) <= 3


def _timed_end(text: str) -> bool:
    """Whether a player's length closes the line, looked for only where a figure stands among its
    last characters."""
    return any(c.isdigit() for c in text[-12:]) and _LISTENING_TIME.search(text) is not None


def _in_episode_guide(lines: list[Line], pos: int) -> bool:
    """Whether the line at ``pos`` is a row of an episode guide, which ``episode_guides`` drops
    with its heading."""
    return _EPISODE_ROW.fullmatch(lines[pos].text) is not None and any(
        _EPISODE_ROW.fullmatch(lines[k].text) for k in (pos - 1, pos + 1) if 0 <= k < len(lines)
    )


def _text_size_buttons(text: str, most: int = 3) -> bool:
    """A page's buttons that make its text smaller or larger, in any script: a letter with a
    minus or a plus ("A-", "A+", "ก+"), two of them, or one alone, with at most ``most`` words of
    labels beside them ("Textstorlek", "Print"). A grade stands by its subject ("Grade: A-")."""
    if "+" not in text and "-" not in text and "−" not in text:
        return False
    tokens = [t for t in text.split() if t not in _BARS]
    sizes = sum(_SIZE_BUTTON.fullmatch(t) is not None for t in tokens)
    rest = len(tokens) - sizes
    return sizes >= 1 and (sizes >= 2 or rest == 0) and rest <= most


# Editors' initials or an agency and a photographer in brackets, parted by a slash: "(ria/asp)",
# "(Ekspres / Tanjug)", "(Jateng Pos/Dimas Arya)".
_SLASHED_TAG = re.compile(r"\(\s*[^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,3}\s*/\s*[^\W\d_][\w.]*(?: [^\W\d_][\w.]*){0,3}\s*\)")
# A link to a document closed by its format and size: "Scarica il documento (PDF, 2,4 MB)", "Usnesení č. 112/2025 (PDF)".
_PDF_LINK = re.compile(r"[(（]\s*PDF(?:\s*[,，、;·]\s*[^()（）]{1,20})?\s*[)）]\s*$", re.IGNORECASE)
_SIZE_BUTTON = re.compile(r"[^\W\d_][+\-−]")
_BARS = frozenset("|·•/")


def _timed_rows(lines: list[Line], pos: int) -> bool:
    """Whether the line at ``pos`` and the one above or below it each end with a time of an hour or
    more ("Marathon, men – 2:19:07"): a race's results, rows of the article. A news site's videos
    run minutes, and a playlist of long recordings prints no such rows in a run."""
    near = [lines[k].text for k in (pos - 1, pos + 1) if 0 <= k < len(lines)]
    return _HOURS_TAIL.search(lines[pos].text) is not None and any(_HOURS_TAIL.search(text) for text in near)


_HOURS_TAIL = re.compile(r"(?<![\d:])\d{1,2}:[0-5]\d:[0-5]\d\s*[)\]]?$")
# A player's duration closing a title: "Inside the new plant (2:31)", "Wiedergabe starten | 2:31".
# Two digits after the colon: a score ("1:0", "3:2") has one.
_DURATION_TAIL = re.compile(r"(?:[(\[]\s*|\s[|·•–—-]\s*)(?<!\d)\d{1,2}:[0-5]\d(?::[0-5]\d)?\s*[)\]]?$")
# The same after a bare space ("Derfor er Månens sydpol så eftertragtet 3:12"): a time of day
# too ("Bijgewerkt 08:14"), so it counts only among videos (``spaced_durations``).
_SPACED_DURATION = re.compile(r"\s(?<!\d)\d{1,2}:[0-5]\d(?::[0-5]\d)?$")
_DURATION_ENDS = frozenset("0123456789)]")
# A podcast's or a series' episode by its number, a title after the colon or the separator:
# "Folge 42: …", "Επ. 17: …", "Afsnit 38 ·", "Episodi 58: …". A word of letters, not an abbreviated
# one ("č. 6", a tram's number), and the number right after it.
_EPISODE = re.compile(r"(?:^|[\s|·•–—▶🎧]\s*)([^\W\d_]{2,9})\.?\s?#?\d{1,3}(?:\s?:\s|\s[|·•–—]\s)")
# The length that closes a player's line: minutes and seconds, or minutes by a unit that means
# minutes ("· 27 min", "(32 min)", "| 29 Min.", "· 38 мин.", "· 24 dk", "· 12 perc"); a stage's
# "(162 km)" or a time of an hour or more ("3:48:12", a race's result) is not one.
_LISTENING_TIME = re.compile(
    r"(?:\s[|·•–—-]\s*|\s?[(\[]\s*)(?:(?<![\d:])\d{1,2}:[0-5]\d(?:\s?[^\W\d_]{1,5}\.?)?|\d{1,3}\s?(?:(?:m[ie]?n|мин|хв|λεπ|dak|perc|דק|دق)[^\W\d_]*|dk|p|phút|分钟|分鐘|分|분|นาที|मिनट)\.?'?)\s*[)\]]?$",
    re.IGNORECASE,
)
_QUESTION_MARKS = ("?", "？", "؟")  # Latin, full-width, Arabic
_GREEK_QUESTION = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff][»\"”]?\s*[;\u037e]$")  # Greek asks with a semicolon: "…Πανελλαδικών;"


def _asks(text: str) -> bool:
    """Whether a line ends with a question mark, the Greek one too (a semicolon after a Greek word)."""
    text = text.rstrip()
    return text.endswith(_QUESTION_MARKS) or _GREEK_QUESTION.search(text) is not None
_QUESTION = re.compile(r"[?？؟]")
_LIVE_SEPARATORS = frozenset(":|–—-.•·：")  # after a live label, before the teaser's title
POLL = "a reader poll"  # the detail of a poll's lines: its button ends no article (``Furniture.trailer``)
MARKED_OPTIONS = "a chart's legend or a form's options, each behind its marker on one line"
_SENTENCE_GAP = re.compile(f"(?<=[{re.escape(SENTENCE_MARKS)}])\\s+")


def link_in_body(lines: list[Line], pos: int, drops: Drops, prose_words: int) -> bool:
    """Whether the feedback link at ``lines[pos]`` ("Report an error": a few words, no question,
    no sentence's end as a form's reply has) stands between two of the article's own lines: a
    body paragraph above it (or above its box's call, "Stuck in a jam? Send us your photos") and
    a statement below it ("The trial continues on Monday."). A site sets such a link into the
    article, and no form replies to it; a prompt that asks ("Was this article helpful?") closes
    the article."""
    link = lines[pos]
    if link.sentence or link.n_words > 6 or _QUESTION.search(link.text) or not 0 < pos < len(lines) - 1:
        return False
    top = pos
    while top > max(pos - 3, 1) and drops.get(lines[top - 1].index, ("",))[0] in (FEEDBACK, SUBSCRIBE):
        top -= 1  # the box's call above its link: "Stuck in a jam? Send us your photos."
    above, below = lines[top - 1], lines[pos + 1]
    return (
        above.index not in drops and above.prose(prose_words)
        and below.index not in drops and below.sentence and below.text.rstrip().endswith(FULL_STOPS)
    )


def _sentence_with(clean: str, cue: str) -> str:
    """The sentence of ``clean`` that holds ``cue``: "Le texte" names the publication's own text
    in its AI note's sentence, a bill in the next one."""
    return next((sentence for sentence in _SENTENCE_GAP.split(clean) if cue in sentence), clean)


def _describes(line: Line, headlines: dict[str, Line], drops: Drops, least: int, most: int, framed: bool = False) -> bool:
    """Whether ``line`` has a picture description's shape: kept, no sentence (or one that
    opens with the picture, or one sentence ``framed`` by the picture's label and the headline
    printed again under it), ``least`` to ``most`` words (twice as many in Chinese and Japanese,
    whose words are characters), neither a headline nor a headline's copy, nor a teaser with its
    source and age, nor a stamp whose parts hold an age ("Asia desk · machine translation · 7 hours ago")."""
    scale = 2 if has_unspaced(line.text) else 1
    if line.index in drops or not least * scale <= line.n_words <= most * scale or line.text in headlines:
        return False
    if line.sentence and (INNER_SENTENCE_END.search(line.text) or not (framed or _PICTURE_NOTE.search(" ".join(line.clean.split()[:3])))):
        return False  # one sentence opening with the picture: "Op de illustratie zitten leerlingen …"
    parts = LINE_PARTS.split(line.text)
    return _teaser_age(line.text) is None and not (len(parts) > 1 and any(map(aged, parts)))


def _headline_over_picture(lines: list[Line], body: list[bool], drops: Drops, at: int, most: int = 2) -> bool:
    """Whether ``lines[at]`` is a title right over a picture's AI label, with the body under the
    label (past at most ``most`` lines of the picture: its description, a credit). A teaser's
    picture is followed by the next teaser, or by the body printed again (a page scraped twice)."""
    title = lines[at]
    if title.sentence or title.n_words < 4 or at + 1 >= len(lines) or drops.get(lines[at + 1].index, ("",))[0] != AI_NOTE:
        return False
    for k in range(at + 2, min(at + 3 + most, len(lines))):
        if drops.get(lines[k].index, ("",))[0] == AI_NOTE:
            return False  # another picture: the teasers' pictures
        if body[k] and lines[k].index not in drops:
            return all(line.text != lines[k].text for line in lines[:at])
        if lines[k].sentence and lines[k].index not in drops:
            return False
    return False


def _quote_line(line: Line) -> bool:
    """A quote of its own: a line within quotation marks («No volem…», „Každý den…“)."""
    text = line.text.strip()
    return text[:1] in "\"“„«»‘‚'「『" and (line.sentence or text[-1:] in "\"”“»«’'」』")


def _network(line: Line) -> bool:
    """A social network's name on a share bar's button: one word, no figure, not in lower case
    ("hide", "report" under a comment's "save" are its buttons), in a spaced script (a Chinese
    clause is one spaced word: a teaser's title), nor a place's name in capitals, five letters or
    more: a dateline over the body ("СЕВЕРОГОРСК"; the lexicon names "LINE" and "XING")."""
    text = line.text.strip()
    if len(text.split()) != 1 or line.n_words > 2 or line.sentence or text[:1].islower():
        return False
    if text.isupper() and sum(c.isalpha() for c in text) >= 5:
        return False
    return not has_unspaced(text) and not any(c.isdigit() for c in text)


def _button(line: Line) -> bool:
    """A button's label: up to three words with no sentence's end and no figure ("Yes", "Not
    really", "👍 Useful", "להרשמה")."""
    return line.n_words <= 3 and not line.sentence and not any(c.isdigit() for c in line.text)


def _poll_button(lines: list[Line], drops: Drops, last: Line, words: int = 3) -> Line | None:
    """The button a rule named right under a question's last answer ("Vote", "See results"): a
    reader poll's. A prompt about the text ("Was this helpful?") has its answers and no button, and
    a reading time ("5 mins") is none."""
    below = lines[last.index + 1] if last.index + 1 < len(lines) else None
    return below if below is not None and _named_label(below, drops, words) and _button(below) else None


def _options(kept: list[Line], pos: int, most: int = 6, words: int = 8) -> int:
    """How many of a poll's options follow the question ``kept[pos]``: up to ``most`` lines of
    up to ``words`` words, no sentence ("Yes", "Not sure yet"), one right under the other (a line
    a rule dropped between them is the poll's button: the options end there)."""
    n = 0
    for above, line in zip(kept[pos : pos + most], kept[pos + 1 : pos + 1 + most]):
        if line.sentence or not _within(line, words) or line.index != above.index + 1:
            break
        n += 1
    return n


def _named_label(line: Line, drops: Drops, words: int = 3) -> bool:
    """A widget's label a rule named ("Poll", "Umfrage"): up to ``words`` words, no sentence."""
    return drops.get(line.index, ("",))[0] in (FEEDBACK, NAVIGATION) and _within(line, words) and not line.sentence


def _buttons(lines: list[Line], kept: list[Line], pos: int, drops: Drops, most: int = 4) -> int:
    """How many answer buttons (``_button``) follow the question ``kept[pos]``, at most ``most``:
    under a question an earlier rule named a feedback prompt between ("Was this translation
    helpful?"), they are that prompt's."""
    n = 0
    for line in kept[pos + 1 : pos + 1 + most]:
        if not _button(line) or any(drops.get(i, ("",))[0] == FEEDBACK and _QUESTION.search(lines[i].text) for i in range(kept[pos + n].index + 1, line.index)):
            break
        n += 1
    return n


def _labels_picture(line: Line, ai: str) -> bool:
    """Whether a short line naming AI (``ai``) labels a picture: it ends no sentence and opens
    with the picture ("Llun darluniadol, wedi'i gynhyrchu gydag AI", "(Slika generirana umjetnom
    inteligencijom …)"), or one of its parts is a label of a few words with the picture and AI
    in it ("Workers at rest — AI-made illustration", "… (एआयने तयार केलेले चित्र)"). A headline
    on AI pictures opens with its news ("Fake photos made by AI flood social media")."""
    if not _within(line, 16):
        return False
    if line.sentence:
        return _picture_sentence(line, ai)
    opening = line.clean.lstrip("(（[ ")
    if _opens_with_picture(opening, ai):
        return True  # "A fotó illusztráció, mesterséges intelligenciával generálva", "AI-genereret billede. Kun til illustration"
    if line.n_words <= 6 and (_LABEL_MARKS.search(line.text) or _LABEL_SEPARATORS.search(line.text)) and _PICTURE_NOTE.search(line.clean):
        # A label of a few words in parts: "Temsili görsel (YZ ile üretildi)", "AI-генерирана
        # фотографија, само за илустрација", "Ενδεικτική εικόνα – δημιουργία AI".
        return True
    parts = [part for part in _NOTE_PARTS.split(line.clean) if part.strip()]
    return len(parts) > 1 and any(
        ai in part and _PICTURE_NOTE.search(part) and (len(part.split()) <= 6 or has_unspaced(part) and len(part) <= 24) for part in parts
    )


def _opens_with_picture(clean: str, ai: str, most: int = 4) -> bool:
    """Whether a label opens with the picture, after an article at most ("a fotó …", "la imagen
    …"), or with AI and the picture at the end of its first phrase, of at most ``most`` words after
    AI ("ai-generated image. for illustration only", "एआई जेनेरेटेड प्रतीकात्मक
    तस्बिर"): a headline may open with AI and pictures too, and runs longer ("এআই-তৈরি ছবিতে
    লেবেল …"); three short letters before the picture are an article only when a stopword."""
    first, _, after = clean.partition(" ")
    if _PICTURE_NOTE.match(clean) or len(first) <= 3 and first in any_stopwords() and _PICTURE_NOTE.match(after):
        return True
    if not clean.startswith(ai):
        return False
    rest = _PHRASE_END.split(clean[len(ai) :], 1)[0].split()  # its first phrase: "ai-generated image" of "…. for illustration only"
    return len(rest) <= most and any(_PICTURE_NOTE.match(word) for word in rest[-2:])  # the picture heads the phrase, last


_PHRASE_END = re.compile(r"[.!?:;,،、。]\s*")


def _picture_sentence(line: Line, ai: str, most: int = 12) -> bool:
    """Whether a short sentence naming AI (``ai``) is a picture's label: of at most ``most`` words
    (after a label's "Note:"), it opens with the picture, after an article at most ("A imagem foi
    gerada por IA e tem caráter meramente ilustrativo.", "Notă: ilustrația a fost creată de AI
    …"), or with AI and the picture ("AI-generated image. For illustration only."), or with a
    demonstrative and its verb, function words only, before either ("Dette er et AI-generert
    illustrasjonsbilde."). News on AI pictures opens with its subject ("Police said the photo …")."""
    clean = line.clean
    label, colon, rest = clean.partition(": ")
    if colon and len(label.split()) == 1 and not _PICTURE_NOTE.match(label):
        clean = rest  # "notă: ilustrația …"
    if len(words(clean)) > most and not (has_unspaced(clean) and len(words(clean)) <= 2 * most):
        return False
    if _opens_with_picture(clean, ai):
        return True
    picture = _PICTURE_NOTE.search(clean)
    if picture is None:
        return False
    opening = clean[: min(picture.start(), max(clean.find(ai), 0))].split()
    return _within(line, 8) and 2 <= len(opening) <= 4 and all(word in any_stopwords() for word in opening)


def _asked_title(line: Line, most: int = 12) -> bool:
    """A title that asks its question ("How do you ready a house for the fire season?"): one
    sentence of at most ``most`` words, closed by a question mark, as teasers' titles are worded."""
    return _within(line, most) and _asks(line.text) and not INNER_SENTENCE_END.search(line.text)


def _printed_above(line: Line, printed: list[set[str]], least: float = 0.8) -> bool:
    """Whether ``line`` copies a paragraph above it, whose words are one of ``printed``: the
    same words but a few (a page scraped twice, its second copy edited in between)."""
    mine = set(line.words)
    return any(len(mine & words) >= least * len(mine | words) for words in printed)


# A live blog's stamp alone on its line: a time of day with its unit ("16:41 Uhr", "10:05 a.m."),
# a label of up to three words before it or not ("Update 09:10", "Mise à jour 12h15", "रात 11:32 बजे"), or a
# match's minute ("88'", "90+4'"). Groups: label, hours, minutes, unit; minute, added time.
_LIVE_STAMP = re.compile(
    rf"\s*(?:((?:[^\W\d](?:[^\W\d]|[{MARKS}])*\.?\s){{1,3}})?(\d{{1,2}})[:.h](\d{{2}})((?:\s?[^\W\d](?:[^\W\d]|[{MARKS}]){{0,3}}\.?){{0,2}})|(\d{{1,3}})(?:\+(\d{{1,2}}))?\s?['’′])\s*"
)


def _clock_order(values: list[int]) -> bool:
    """Whether times of day run forward, past midnight at most once ("23h32", "23h34", "00h09")."""
    turns = sum(b < a for a, b in zip(values, values[1:]))
    return turns == 0 or turns == 1 and values[-1] <= values[0]


def _live_stamp_value(text: str) -> int:
    """A stamp's place in time: minutes of the day (a 12-hour clock's "PM" read), or the minute."""
    m = _LIVE_STAMP.fullmatch(text)
    assert m is not None
    if m.group(5):
        return 100 * int(m.group(5)) + int(m.group(6) or 0)
    hours, unit = int(m.group(2)), m.group(4).strip()[:1].casefold()
    if unit in ("a", "p"):  # "AM", "p.m."
        hours = hours % 12 + (12 if unit == "p" else 0)
    return 60 * hours + int(m.group(3))


def _stamp_label(text: str) -> str:
    """A stamp's label, casefolded ("update" of "Update 09:10"); empty for a bare stamp."""
    m = _LIVE_STAMP.fullmatch(text)
    return (m and m.group(1) or "").strip().casefold()


def _share_bar_below(below: list[Line], drops: Drops, words: int = 12) -> bool:
    """Whether a share bar follows, right away or under one short line that is no sentence (the
    tags: "Tags: Nowruz, Shiraz, tourism")."""
    if below and drops.get(below[0].index, ("",))[0] == SHARE:
        return True
    return len(below) == 2 and below[0].index not in drops and not below[0].sentence and _within(below[0], words) and drops.get(below[1].index, ("",))[0] == SHARE


def _video_title(line: Line, labelled: bool) -> bool:
    """A video's title over its duration: no sentence, or over a duration under its label
    ("Duration: 06:12") a question naming the video ("Video review: is it worth the money?")."""
    return not line.sentence or labelled and _asks(line.text) and _VIDEO_WORD.search(line.clean) is not None


def _table_row(lines: list[Line], pos: int) -> bool:
    """A table's row of cells between bars under another ("Price | 399 € | 379 €" under "Battery | …")."""
    return lines[pos].text.count("|") >= 2 and pos > 0 and lines[pos - 1].text.count("|") >= 2


# A live feed's entry: a time of day, then its line ("16:02 Lawyer announces an appeal", "17.15 Судья …").
_FEED_ENTRY = re.compile(r"\s*(\d{1,2})[:.]([0-5]\d)\s+[^\W\d_]")


def _newest_first(texts: list[str]) -> bool:
    """Whether the entries' times run backwards, the newest first, as a live feed prints them."""
    times = [int(m.group(1)) * 60 + int(m.group(2)) for m in map(_FEED_ENTRY.match, texts) if m]
    return len(times) == len(texts) and all(a > b for a, b in zip(times, times[1:]))


def _table_row_under_header(lines: list[Line], pos: int, drops: Drops, most: int = 40) -> bool:
    """Whether ``lines[pos]`` is a row of a table under its kept header (``header_over``), maybe
    under up to ``most`` rows cut into the same cells between them ("Meetpunt | Dinsdag | Normaal",
    then "Roermond | 21,36 | 16,85")."""
    row = lines[pos].text
    for above in lines[max(0, pos - most - 1) : pos][::-1]:
        if above.index in drops:
            return False
        if header_over(above.text, row):
            return True
        if not same_cells(above.text, row):
            return False
    return False


def _in_worded_table(lines: list[Line], pos: int, drops: Drops) -> bool:
    """Whether ``lines[pos]`` is a row of a table of words: the kept lines cut into the same cells
    around it, the first of them its header (``worded_table``)."""
    row = lines[pos].text
    top = pos
    while top > 0 and lines[top - 1].index not in drops and same_cells(lines[top - 1].text, row):
        top -= 1
    end = pos
    while end + 1 < len(lines) and lines[end + 1].index not in drops and same_cells(lines[end + 1].text, row):
        end += 1
    return top < pos and worded_table(lines[top].text, [line.text for line in lines[top + 1 : end + 1]])


def _stated(line: Line, least: int = 6) -> bool:
    """A statement of ``least`` words or more (``_body_closing``) whose full stop ends a word, not a
    company's abbreviation ("… Banca Sereno S.p.A.", "… Kos d.o.o.")."""
    return _body_closing(line, least) and "." not in line.text.split()[-1][:-1]


def _body_closing(line: Line, least: int = 4, most: int = 80) -> bool:
    """A statement of ``least`` words or more, up to a paragraph of ``most``, ending in a full stop."""
    return line.sentence and least <= line.n_words <= most and line.text.rstrip().endswith(FULL_STOPS)


def _counter_or_tags(line: Line) -> bool:
    """A counter ("Comments (8)") or a label over tags between dots or bars ("More on: Epe · Liander
    · outage"): no sentence, no teaser's title."""
    text = line.text
    if line.sentence:
        return False
    if counter(text):
        return True
    label, colon, tags = text.partition(": ")
    return bool(colon) and len(label.split()) <= 3 and len(DOT_PARTS.findall(tags)) >= 2



def _echoes_body(lines: list[Line], body: list[bool], drops: Drops, pos: int, line: Line, lang: str | None, least: int = 5) -> bool:
    """Whether ``line`` repeats a word of ``least`` letters or more, no stopword, of the body
    paragraphs above ``lines[pos]``: the article's own line names what it is about; a site's
    disclaimer does not."""
    stop = stopwords_for(lang)
    said = {word for i in range(pos) if body[i] and lines[i].index not in drops for word in lines[i].words if len(word) >= least}
    return any(len(word) >= least and word in said and word not in stop for word in line.words)


def _points_under(lines: list[Line], drops: Drops, pos: int, lang: str | None, least: int = 2, most: int = 15) -> bool:
    """Whether ``least`` or more statements of at most ``most`` words each (``_body_closing``), in the
    article's language, follow ``lines[pos]`` right under it: the article's key points under their
    heading. Teasers are titles, with no full stop."""
    points = 0
    for line in lines[pos + 1 :]:
        if line.index in drops or _aged_tail(line.text) or not (_body_closing(line, most=most) and _in_language(line, lang)):
            break  # a title ending in its age ("… — 3 ชม.") is a teaser's
        points += 1
    # A teaser printing its age right under them makes them teasers' summaries.
    return points >= least and not any(_teaser_age(line.text) for line in lines[pos + 1 : pos + points + 2])


def _statement(line: Line, least: int = 4, most: int = 40) -> bool:
    """One statement of ``least`` to ``most`` words, ending in a full stop: an article's closing
    line ("The new rate applies from 1 January.")."""
    return line.sentence and least <= line.n_words <= most and line.text.rstrip().endswith(FULL_STOPS) and _INNER_END_NO_ORDINAL.search(line.text) is None


# A sentence's end inside a line, but not an ordinal's dot ("ab dem 1. Oktober", "den 24. maj").
_INNER_END_NO_ORDINAL = re.compile(r"(?<!\b\d)(?<!\b\d\d)(?:" + INNER_SENTENCE_END.pattern + ")")


def _wish(line: Line, least: int = 3, most: int = 12) -> bool:
    """A short wish that closes an article ("Happy Navratri to all!"): one exclamation, no question."""
    text = line.text.rstrip()
    return least <= line.n_words <= most and text.endswith("!") and INNER_SENTENCE_END.search(text) is None and "?" not in text


def _next_box(drop: tuple[str, str] | None) -> bool:
    """Whether a dropped line opens a box of another kind than a prompt's small print: related
    links, or the site's disclaimer ("This article is for information only …")."""
    return drop is not None and (drop[0] == RELATED or drop[0] == LEGAL and drop[1].startswith(DISCLAIMER_CUE))


def _box_follows(lines: list[Line], drops: Drops) -> bool:
    """Whether a dropped line comes next, past kept sentences only: the article's closing lines
    ("The inquiry opens in the autumn.") between its last paragraph and the next box."""
    for line in lines:
        if line.index in drops:
            return True
        if not line.sentence:
            return False
    return False


def _odds_box(lines: list[Line], pos: int, drops: Drops, heads: int = 2, words: int = 10) -> Drops:
    """The box of the odds row at ``pos`` when its gambling notice closes it under a button or
    two: the button's line ("Vsadit") and up to ``heads`` short lines over the row, its title and
    the match ("Kurzy na příští kolo", "Cote pentru returul de la Durrës")."""
    k = pos + 1
    buttons = []
    while k < len(lines) and k <= pos + 2 and drops.get(lines[k].index, ("",))[0] != LEGAL:
        if lines[k].n_words > 3 or lines[k].sentence:
            return {}
        buttons.append(lines[k])
        k += 1
    if k >= len(lines) or drops.get(lines[k].index, ("",))[0] != LEGAL:
        return {}
    box = [line for line in buttons if line.index not in drops]
    for line in reversed(lines[max(0, pos - heads) : pos]):
        if line.index in drops or line.n_words > words or line.text.rstrip().endswith(FULL_STOPS):
            break
        box.append(line)
    return {line.index: (ADVERT, f"in a bookmaker's box over its notice (line {lines[k].index})") for line in box}


def _goes_on(clean: str, call: str, most: int = 5) -> bool:
    """Whether the sentence of a call to action goes on past it by more than ``most`` words: advice
    ("Compare prices between a direct flight and one with a stopover"), not a button ("Book a demo
    with our team today")."""
    after = clean[clean.find(call) + len(call) :]
    return len(_SENTENCE_END.split(after, 1)[0].split()) > most


_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_MARKS)}]")


def _rank(text: str) -> int | None:
    """The rank a ranking's item prints before its title ("1. Giá vàng", "2 双十一预售开启")."""
    m = _RANK.match(text)
    return int(m.group(1)) if m else None


def _stamped_pair(lines: list[Line], stamps: list[int], drops: Drops, most: int = 3) -> bool:
    """Two times of day heading two entries: each right over a kept sentence, the second right
    under the first's, of up to ``most`` sentences ("12:55" / "Tents reached the village." /
    "12:10" / "The bridge is closed."). A video's duration stands under its title, which is
    no sentence."""
    if len(stamps) != 2 or not all((m := _LIVE_STAMP.fullmatch(lines[pos].text)) and m.group(2) for pos in stamps):
        return False
    first, second = stamps
    entry = range(first + 1, second)
    return (
        0 < len(entry) <= most
        and second + 1 < len(lines)
        and all(lines[k].index not in drops and lines[k].sentence for k in [*entry, second + 1])
    )


def _heads_entry(lines: list[Line], pos: int, drops: Drops, sentence: bool = False) -> bool:
    """Whether the line under the stamp at ``pos`` is an entry's: kept, no stamp, and with
    ``sentence``, a sentence or a title over one."""
    for k in range(pos + 1, min(pos + 3, len(lines))):
        line = lines[k]
        if line.index in drops or _LIVE_STAMP.fullmatch(line.text):
            return False
        if line.sentence or not sentence:
            return True
    return False


_TICKER_MARKS = (":", "：", "|", "｜")  # what parts a ticker's label from its title


def _ticker(line: Line) -> bool:
    """A market ticker's line: two or more quotes with their changes and nothing else but the
    indices' and currencies' names ("FTSE 100 8,231.4 ▲0.3%  FTSE 250 20,114.7 ▼0.5%  GBP/USD
    1.2712"); a body's figures come in a sentence, with words between them, or under labels
    ("Revenue: £14.8bn (+3.4%) | Profit: £412m (−8.9%)")."""
    if line.sentence or not _within(line, 30) or ":" in line.text or len(_QUOTE_CHANGE.findall(line.text)) < 2:
        return False
    if len(cells := line.text.split(" | ")) >= 3 and all(len(cell.split()) == 1 or _SPACED_PERCENT.fullmatch(cell.strip()) for cell in cells[1:]):
        return False  # a table's row: a name, then one figure in each cell ("Busan | -0.04% | -0.03% | -1.95%", "Énergie | -5,9 % | -6,3 %")
    figures = sum(any(c.isdigit() for c in t) for t in line.words)
    return figures >= 4 and len(line.words) - figures <= figures


# A change in per cent printed with a space before its sign ("+1,8 %"): one figure.
_SPACED_PERCENT = re.compile(r"[+−-]?\d[\d.,]*\s%")


def _quote_alone(line: Line, most: int = 6) -> bool:
    """A share's quote widget: its change in per cent with only figures, a currency, an arrow or a
    ticker's symbol beside it ("+1,82 (+3,89 %)", "VLR 18,42 € +5,26%", "NGR.L 313.00p ▲ 48.00 (+18.11%)"). An article's figures come with
    words, and an index table's rows give points, no currency, or a label ("DAX 18.512 +1,2 %",
    "AEX: 948,17 (+1,1%)")."""
    tokens = line.text.split()  # a ticker's symbol is one token: "NGR.L"
    if line.sentence or ":" in line.text or not _PRICE_SIGN.search(line.text):
        return False
    if not (_QUOTE_CHANGE.search(line.text) or _BRACKETED_CHANGE.search(line.text)):
        return False
    # The instrument's name may come first by its price's currency or arrow ("Brent 73,20 $ ▲ 1,05 %"),
    # in words a company's name in capitals or over its ticker's symbol ("Kempen Optronics (KOPT) · € 63,18");
    # a table's row parts its cells with bars ("Facturació | 71,3 M€ | +5%"), and a results row has no price ("매출 4,380 (+29%)").
    named = 0
    if "|" not in line.text and _CURRENCY_OR_ARROW.search(line.text) is not None:
        name = list(takewhile(lambda token: not any(c.isdigit() for c in token), tokens))
        named = len(name) if 1 < len(name) <= 4 and (all(map(str.isupper, name)) or _TICKER_SYMBOL.fullmatch(name[-1])) else 1
    rest = tokens[named:]
    return len(tokens) - max(named - 1, 0) <= most and all(any(c.isdigit() for c in token) or token.isupper() and len(token) <= 12 or not any(c.isalnum() for c in token) for token in rest)


_TICKER_SYMBOL = re.compile(r"\([A-Z][A-Z0-9.]{1,7}\)")


# A price's currency, or a change in brackets after the price: a quote's, where an index table gives points.
_CURRENCY_OR_ARROW = re.compile(r"[$€£¥₹₺₽₩₪₫₴▲▼]")
_PRICE_SIGN = re.compile(_CURRENCY_OR_ARROW.pattern + r"|\([+−-]\s?\d")
# A change in points, then in per cent in brackets: "+48.40 (32.27%)".
_BRACKETED_CHANGE = re.compile(r"[▲▼+−-]\s?\d+(?:[.,]\d+)?\s?\(\s?\d+(?:[.,]\d+)?\s?%\)")


# A chart's period buttons: "1T 1W 1M 6M 1J 5J", "1D 1S 1M 3M 1A 5A", "1D | 5D | 1M | YTD | Max".
_PERIODS = re.compile(r"(?:(?:\d{1,2}[^\W\d_]{1,2}|YTD|Max|MAX)(?:\s*[|·]?\s*|$)){4,}")


def _axis_of_periods(text: str, least: int = 4) -> bool:
    """A chart's axis of months or days, in any language: six initials or more ("Я Ф М А М Ю"),
    eight different words of three letters ("янв фев мар апр май июн июл авг"), or ``least`` abbreviations
    or more between dots or bars, a year after some ("лист. 2024 · січ. 2025 · бер. · трав.").
    Prose spells its words out, and a menu's items run longer."""
    tokens = text.split()
    if len(tokens) >= 6 and all(len(token) == 1 and token.isalpha() for token in tokens):
        return True
    if len(tokens) >= 8 and len(set(tokens)) == len(tokens) and all(_THREE_LETTERS.fullmatch(token) for token in tokens):
        return True
    parts = _BUTTON_BAR.split(text.strip())
    return len(parts) >= least and all(_MONTH_ABBREVIATION.fullmatch(part) for part in parts)


_THREE_LETTERS = re.compile(r"[^\W\d_]{3}\.?")
_MONTH_ABBREVIATION = re.compile(r"[^\W\d_]{2,5}\.(?:\s(?:19|20)\d{2})?")


def _spelled_periods(text: str, least: int = 4) -> bool:
    """A chart's period buttons spelled out, in any language: ``least`` or more short items between
    bars or dots, three of them a number and its unit, and one unit counted twice ("1 día · 1 semana
    · 1 mes · 1 año · 5 años", "Intraday | 5 Tage | 3 Monate | 1 Jahr | 5 Jahre"). A table's row
    counts different things ("3 wins | 2 draws | 1 loss")."""
    items = _BUTTON_BAR.split(text.strip())
    if len(items) < least or any(len(item.split()) > 2 for item in items):
        return False
    counted = [m.groups() for item in items if (m := _COUNTED_UNIT.fullmatch(item))]
    stems = Counter(unit[:3].casefold() for _, unit in set(counted))
    return len(counted) >= 3 and any(n >= 2 for n in stems.values())


_BUTTON_BAR = re.compile(r"\s*[|·•]\s*")
_PERIOD_BUTTONS = "a chart's period buttons"
_COUNTED_UNIT = re.compile(r"(\d{1,2})\s?([^\W\d_]{2,})")


def _figure_row(line: Line, least: int = 3) -> bool:
    """A widget's row: ``least`` or more names, each with its figure, in parts split by dots or
    bars, a link at most after them (odds "Brann 4,50 · Rosenborg 9,00 · Molde 11,00", shops'
    prices "Alza 449 € · Nay 459 € · See all 12 offers", a live count "Rangel 41,18 % · Peñaloza
    33,05 %", prayer times "Subuh 6:07 | Zohor 1:22 | Asar 4:30"). An article prints its figures
    in sentences, in table rows or under labels ("Revenue: 14.8 | Staff: 1,200"), and a review its
    scores in whole numbers ("Food 8 · Service 6")."""
    if line.sentence or ":" in _CLOCK_COLON.sub("", line.text) or not _within(line, 40):
        return False
    parts = _ROW_PARTS.split(line.text.strip())
    named = sum(_NAMED_FIGURE.fullmatch(part) is not None and _PRICED_OR_TIMED.search(part) is not None for part in parts)
    return named >= least and named >= len(parts) - 1


_FIGURE_ROW = "a widget's row of names, each with its figure"
_ROW_PARTS = re.compile(r"\s[·|•]\s")
_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d\d)")  # a time's colon ("6:07"), no label's
# A widget's figure: odds or a share with decimals, or a price or a percentage; a review's scores ("Food 8 · Service 6") are whole numbers.
_CURRENCY_SIGNS = "£€$₹₺₦₱₩¥₽₴₪₸₾₼₫฿"
# Currencies written as words after the figure: "215 kr", "15 грн", "1.200 din"; none an age's unit.
_CURRENCY_WORDS = "kr|zł|kč|ft|lei|лв|грн|руб|din|дин|kn|tl|eur|usd|chf|gbp|sek|nok|dkk|pln|czk|huf|ron|bgn|rsd|uah|rub"
# Currencies' and shares' names after a figure, in the article's languages: "3 eura", "46 ש"ח", "۱۰ درصد"; no age's unit.
_MONEY_NAMES = (
    r"euros?|eura|evra|evro|евро|ευρώ|dollars?|dólares|dolara|долар\w*|доллар\w*|рубл\w*|гривень|гривні|"
    r"ש[\"״]ח|שקל\w*|تومان|ریال|ريال|درهم|دينار|جنيه|ليرة|روپے|টাকা|रुपये|रुपए|baht|บาท|lira|lire|forint|"
    r"korun\w*|kun[ae]|leva|лева|złotych|zlotých|pesos?|rupiah|ringgit|"
    r"percent|prozent|procent\w*|százalék|persen|peratus|prosent\w*|درصد|بالمئة|процент\w*|відсот\w*"
)
_PRICED = re.compile(rf"\d[.,]\d|[%٪{_CURRENCY_SIGNS}]|\d\s?(?:{_CURRENCY_WORDS}|{_MONEY_NAMES})(?!\w)", re.IGNORECASE)
_PRICED_OR_TIMED = re.compile(rf"{_PRICED.pattern}|\d:\d\d(?!\d)", re.IGNORECASE)  # a row's figure may be a time of day: "Subuh 6:07"
# A name (a letter in it), then its figure with a currency or a percent sign at most: "Alza.sk 449 €", "Kaspi.kz — 219 990 ₸".
_NAMED_FIGURE = re.compile(
    rf"\s*[^\d\s][^\d]{{0,39}}?[^\W\d_][^\d]{{0,39}}?\s(?:[-–—]\s)?(?:[{_CURRENCY_SIGNS}]\s?)?(?:\d{{1,2}}:\d\d|\d[\d\u00a0\u202f .,]*(?:\s?(?:%|[{_CURRENCY_SIGNS}]|{_CURRENCY_WORDS}))?)\s*",
    re.IGNORECASE,
)


# One unit of a currency (or 10, 100, 1000) and its price in another: "1 EUR = 1,0842 USD", "100 EUR = 745,93 DKK",
# the currency in two words ("1 US dollar = 280.35 Pakistani rupees").
_EXCHANGE_RATE = re.compile(r"\s*10{0,3}\s?[^\W\d_]{1,10}(?: [^\W\d_]{1,10})?\s?=\s?\d[\d.,\u00a0 ]*\s?[^\W\d_]+(?: [^\W\d_]+)?\s*")
_WEATHER_LINE = "a weather widget's place, temperature and sky"
_TEMPERATURE = re.compile(r"(?<![\d.,])-?\d{1,2}\s?°")
# A temperature in any script's sign ("24 °C", "19.8℃", "12～24℃"), and a widget's other readings:
# a humidity or a chance of rain in per cent, a wind in km/h or m/s, the rain in mm.
_READ_TEMPERATURE = re.compile(r"(?<![\d.,])[+−-]?\d{1,2}(?:[.,]\d)?\s?(?:°|℃)")
_READING = re.compile(r"\d\s?[%％]|[%％]\s?\d|\d\s?(?:km/h|km/sa|m/s|mm|м/с|км/ч|км/год|мм)(?!\w)|(?:°|℃)\s?[/／～~-]\s?\d|\d\s?(?:°|℃)\s?[/／]")
# Up to two words, a temperature (and the night's), then up to four words of sky, or its symbol:
# "Sää Rovaniemi −14 °C lumisadetta", "Nowy Sącz 19°C ☀", "Nowy Sącz, 18°C", "عمّان 24° مشمس جزئيًا" (a word's marks in it).
_UNPARTED_WEATHER = re.compile(
    f"(?:[^\\W\\d_][\\w.{MARKS}-]*\\s){{0,1}}[^\\W\\d_][\\w.{MARKS}-]*,?\\s[+−-]?\\d{{1,2}}\\s?°[CF]?(?:\\s?/\\s?[+−-]?\\d{{1,2}}\\s?°[CF]?)?,?"
    f"(?:\\s[^\\W\\d_][\\w{MARKS}-]*,?){{0,4}}(?:\\s?[\u2600-\u27bf\U0001f300-\U0001faff\ufe0f]+)?"
)
_FORECAST_ROW = re.compile(r"[^\W\d_]{1,4}\.?\s+-?\d{1,2}\s?°")  # "Mer. 12°", "Mi 37°": a day cut short, its temperature
# A temperature as a widget prints it after a town's name: "3 °C", "24℃", "-2°".
_TOWN_TEMPERATURE = re.compile(r"[+−-]?\d{1,2}(?:[.,]\d)?\s?(?:°[CF]?|℃)")


_MARKS = "■□▪▫●○◆◇▬☐☑☒◯⬤"  # a legend's colour keys, a form's radio buttons and check boxes
_MARKED_ITEMS = re.compile(rf"(?:[{_MARKS}]\s*[^{_MARKS}\s][^{_MARKS}]{{0,40}}?\s*){{2,8}}")
_MARK = re.compile(f"[{_MARKS}]")


def _marked_items(text: str, most: int = 5) -> bool:
    """A line of two or more short items, each behind a marker: a chart's legend ("■ 2025 ■ 2026")
    or a form's options ("○ Housing ○ Streets ○ Parks"). A list prints its items on lines of
    their own; a line holding several, each behind a square or a circle, is a widget's."""
    text = text.strip()
    return text[:1] in _MARKS and _MARKED_ITEMS.fullmatch(text) is not None and all(len(item.split()) <= most for item in _MARK.split(text)[1:])


def _weather_widget(line: Line, most: int = 14) -> bool:
    """A weather widget's line: a place and its temperature, then the sky or the wind, in parts
    split by dots or bars, the temperature in a short part ("Lastovo 24°C · sunčano · bura 20 km/h",
    "Albarracín · 2 °C · Niebla"), or today's and tomorrow's in two parts; a forecast in the body
    is a sentence or a clause, or a row under a label ("Montag: 24 °C, sonnig"). Unparted, the
    line is a place or a day of up to two words, its temperature and the sky in a few words
    ("Sreda 35 °C jasno", "Rzeszów 3°C, zachmurzenie duże"); a table's row gives the figure
    last after a dash ("Begumpet, Hyderabad – 11.2°C")."""
    if line.sentence or not _within(line, most + 6):
        return False
    text = line.text
    if _READ_TEMPERATURE.search(text) and _READING.search(text) and not INNER_SENTENCE_END.search(text) and (DOT_PARTS.search(text) or not (":" in text or "：" in text)):
        # A temperature and another reading, no sentence, in parts or unlabelled: "Bornova · 13°C ·
        # Nem %88", "前橋 19.8℃ 降水確率 60%". A place's readings under its label are a list's row
        # ("Saint-Brévin : rafales à 125 km/h, 12 °C").
        return True
    if _towns_temperatures(text):
        return True
    if not _within(line, most):
        return False
    parts = DOT_PARTS.split(line.text.strip())
    if len(parts) < 2:
        label, colon, rest = line.text.strip().partition(":")
        if not colon:
            return _UNPARTED_WEATHER.fullmatch(line.text.strip()) is not None
        # Under a label of a word or three, a place's name before its temperature ("Vreme: Koper 22
        # °C"); a forecast's row under its day gives the temperature first ("Montag: 24 °C, sonnig"),
        # and a fact's value its words in lower case ("Temperatura estimada: cerca de 40 °C").
        rest = rest.strip()
        return 1 <= len(label.split()) <= 3 and not any(map(str.isdigit, label)) and not rest[:1].islower() and _UNPARTED_WEATHER.fullmatch(rest) is not None
    if sum(_TEMPERATURE.search(part) is not None for part in parts) >= 2:
        return True  # today's and tomorrow's: "Vremea în Sulina: 27°C, senin | Mâine: 29°C"
    return ":" not in line.text and any(_TEMPERATURE.search(part) and len(part.split()) <= 5 for part in parts[:2])


def _towns_temperatures(text: str, most: int = 3) -> bool:
    """Towns side by side, each with its temperature and maybe its sky ("Poprad 3 °C Kežmarok 2 °C
    Levoča 4 °C", "오늘의 날씨 서울 맑음 24℃ 대전 구름조금 25℃"): a widget's strip, its words all names (or of
    a script without capitals), up to ``most`` before each temperature, a label's two more before
    the first. An article gives a town a line of its own, or a sentence: "Temperatures reached 38 °C
    in Seville and 40 °C in Cordoba" has words in lower case."""
    pieces = [piece.strip(" ,·|/:") for piece in _TOWN_TEMPERATURE.split(text)]
    if len(pieces) < 3:
        return False
    for k, piece in enumerate(pieces):
        words = piece.split()
        if not (0 if k == len(pieces) - 1 else 1) <= len(words) <= (most + 2 if k == 0 else most):
            return False
        if not all(_is_name(word.strip(",")) or _caseless_word(word.strip(",")) for word in words):
            return False
    return True


def _entry_after(rest: str, least: int = 5) -> bool:
    """Whether what follows a stamp's date or time is an update's news: a colon or a dash, then a
    clause of ``least`` words or more ("…: Обленерго повідомило, що з 16:00 …"). A word has two
    letters or more: a time's "م" or "pm" and the next stamp's figures are none."""
    rest = rest.lstrip()
    return rest[:1] in (":", "：", "–", "—", "-") and sum(sum(map(str.isalpha, token)) >= 2 for token in rest[1:].split()) >= least


def _post_signature(line: Line) -> str | None:
    """An embedded social post's signature under its text: its author's handle and the day it was
    posted, in a short line that says nothing else ("— Commuter Truth (@commutertruth_uk) 9 March
    2025", "@ev_safety_mom · 2024년 8월 12일")."""
    if not _within(line, 12) or not (handle := _HANDLE.search(line.text)) or not _DATE.search(line.text):
        return None
    return f"an embedded post's author '{handle.group()}' and its date"


def _contents_entry(line: Line, most: int) -> bool:
    """A table of contents' entry: a short title, maybe a question, no statement."""
    return 1 <= line.n_words <= most and not (line.sentence and not line.text.rstrip().endswith(("?", "？", "؟")))


def _within(line: Line, most: int) -> bool:
    """At most ``most`` words, or twice that in Chinese and Japanese, whose words are characters."""
    return line.n_words <= most or line.n_words <= 2 * most and has_unspaced(line.text)


def _is_title(text: str) -> bool:
    """Three or more words, the first of letters (not a link); in Chinese, Japanese or Thai,
    which space no words (``text.words`` cuts them into characters or syllables), five or more."""
    return _TITLE.match(text) is not None or (has_unspaced(text) or has_thai(text)) and len(words(text)) >= 5


# A Chinese or Japanese caption's closing credit: the photographer's name before "摄" ("photographed
# by": "新华社记者 黄宗治 摄"), in brackets with the day or not ("（記者林怡君攝，114年9月14日）"), who
# took or gave the picture, in brackets ("（県警提供）", "（本社写真部撮影）", "（企业供图）"), the place
# and agency after "＝" ("＝2日、ワシントン（ロイター＝共同）"), the day and place after "＝" with no credit
# ("＝1日午前、仙台市青葉区"), or the picture's source ("图片来源：路透社").
_CJK_CREDIT = re.compile(
    r"\s[^\s\d]{2,4}\s?[摄攝]$|＝[^＝。]{1,30}（[^（）]{1,20}）$|（[^（）]{1,20}(?:[摄攝]|撮影|提供|供[图圖])(?:[，,、][^（）]{1,20})?）$"
    r"|＝[\d０-９]{1,2}日[^＝。]{0,30}$"
    r"|(?:图片来源|圖片來源|图源|圖源)[：:]\s?[^。，,]{1,20}$"
)
# A Korean caption's closing credit: "사진" (picture), "=" and its source ("… 있다. /사진=강릉시 제공",
# "[사진=연합뉴스]"), or a source of up to three words and "제공" (courtesy of) after the caption's
# sentence ("… 있다. 대구시 제공").
_KOREAN_CREDIT = re.compile(r"(?:^|[\s.])[/\[<(]?\s?(?:사진|그래픽)\s?=\s?[^=\s][^=]{0,24}[\]>)]?$|[.]\s+[/\[<(]?[^\s.=/]+(?:\s[^\s.=/]+){0,2}\s제공[\]>)]?$")


# A picture's or a map's label of up to three words, then a copyright sign and its source ("Map: ©
# OpenStreetMap contributors", "지도 데이터 ⓒ OpenStreetMap"); a footer's sign opens its line or
# names a year ("© 2025 Example Media").
_LABELLED_COPYRIGHT = re.compile(r"\s*([^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s*[:：=]?\s*[©ⓒ]\s*(?![^\d]*\b(?:19|20)\d\d\b)[^\W\d_][^©ⓒ]{0,60}")
_COUNTER = "a gallery's picture counter"
_COUNTED_CAPTION = re.compile(r"\s*(\d{1,2})\s?/\s?(\d{1,2})\s+(?:[–—-]\s+)?[^\W\d_]")  # "2 / 5 — Cele mai multe…", "2/3 山区…"

# Widgets inside the article: a reader poll, a bookmaker's offer, a price comparison, a live-score widget.
_SHARE_OF_VOTES = re.compile(r"[^\W\d_].*\s\(?\d{1,3}(?:[.,]\d)?\s?%\)?$")  # a poll's option and its share: "Nee 19%", "Oui (46 %)"
# A poll's count of votes: a number and up to two words, either way round ("3,912 votes", "1.214 har stemt", "Ääniä yhteensä 862").
_VOTE_COUNT = re.compile(
    r"\s*(?:\d{1,3}(?:[.,\s\u202f\u00a0]?\d{3})*(?:\s+[^\W\d_]+){1,2}|[^\W\d_]+(?:\s+[^\W\d_]+)?:?\s+\d{1,3}(?:[.,\s\u202f\u00a0]?\d{3})*)\s*"
)
# A document's type and size in brackets, as a download link prints them: "(PDF, 2.4 MB)", "(PDF, 2,4 Mo)".
_FILE_SIZE = re.compile(r"\((?:pdf|docx?|xlsx?|pptx?|odt|ods|csv|zip|epub|mp3)\b[^()\d]{0,12}\d+(?:[.,]\d+)?\s?(?:[kmg]i?[bo]|[кмг]б)\)", re.IGNORECASE)
# A count of voters: one number of two digits or more among one to three words ("Vastanuid: 2074",
# "Nobalsojuši 986 lasītāji"); a bare number is a forum post's score.
_VOTERS = re.compile(
    r"\s*(?=(?:\D*\d){2})(?:(?:[^\W\d_]+:?\s+){1,3}\d{1,3}(?:[.,\s\u202f\u00a0]?\d{3})*(?:\s+[^\W\d_]+){0,2}"
    r"|\d{1,3}(?:[.,\s\u202f\u00a0]?\d{3})*(?:\s+[^\W\d_]+){1,3})\s*"
)
_ODDS = re.compile(r"(?<![\d.,/])(?:\d{1,2}[.,]\d{2}|\d{1,2}/\d{1,2})(?![\d.,/])")  # decimal or fractional odds: "1,85", "13/8"
# A bookmaker's odds on a match's three outcomes, the teams before them or not: "1  2.05 | Χ
# 3.15 | 2  3.60", "Beskydy – Zlínsko 2,45 | 3,30 | 2,70". A line of three such figures alone,
# each outcome's label (a letter or two before "1", "0", "2" or "X": "П1", "MS0") before its figure or not.
_ODDS_ROW = re.compile(r"\s*(?:[^\d]{0,60}?\s)?(?:(?:[^\W\d_]{0,3}[012XxΧχХх]\s*[:=–—-]?\s+)?\d{1,2}[.,]\d{2}\s*[|·•/;]?\s*){3}")
_MONEY = re.compile(r"[$€£¥₹]\s?\d|\d\s?[$€£¥₹]")
_AGE_LIMIT = re.compile(r"(?<![\d.,])(?:18|21)(?![\d.,])")  # a gambling notice's: "18+", "Only for persons over 18"
# A shop and its price: a name of up to three words with no figure, a dash or a colon, a price with its currency.
# A home's floor area, then its own price (not one per square metre): "78 m², Balkon – 845 €".
_AREA = re.compile(r"\d+(?:[.,]\d+)?\s?(?:m²|m2|м²|м2|qm|sq\.? ?ft|sqft|кв\.? ?м)(?!\s?/)", re.IGNORECASE)  # Latin m or Cyrillic м
_AMOUNT = rf"(?:[{_CURRENCY_SIGNS}]\s?\d[\d\s.,\u00a0\u202f]*|\d[\d\s.,\u00a0\u202f]*\s?(?:[{_CURRENCY_SIGNS}]|kr\b|zł|kč|ft\b|lei\b|лв|eur\b))(?!\s?/\s?(?:m²|m2|qm))"
# A row's price after a dash or a dot, as a classifieds box prints it: "… – 845 € kalt", "… — 1.150 €/mes",
# "T2 renovado em Arroios · 385.000 € · 78 m²".
_PRICE_AFTER_DASH = re.compile(rf"\s[-–—·]\s{_AMOUNT}", re.IGNORECASE)
# ... or last, after a comma, maybe per month: "…, 46 m², 158 000 Eur", "…, 38 m², 380 €/mēn.".
_PRICE_LAST = re.compile(rf",\s{_AMOUNT}(?:\s?/\s?[^\W\d_]{{1,5}}\.?)?\s*$", re.IGNORECASE)
_SITE_NAME = re.compile(r"[^\W_][\w-]*\.(?:[a-z]{2,3}|com|info)\b")  # "immonord.de", "rightmove.co.uk"

# A shop's row parted by an arrow or a spaced dash ("ハナマルストア 149,800円 ＞ 購入する", "Mua tại X – 12.490.000đ").
_SHOP_PARTS = re.compile(r"\s*[＞>›»]\s*|\s[–—-]\s")
# A price: a figure with its currency's sign or word before or after it ("149,800円", "¥1,299",
# "12.490.000đ", "€ 349", "9,990 บาท").
_PRICE_PART = re.compile(
    rf"(?<![\w.,])(?:[{_CURRENCY_SIGNS}]\s?\d[\d.,]*|\d[\d.,]*\s?(?:[{_CURRENCY_SIGNS}円원元đ]|(?:{_CURRENCY_WORDS}|บาท|vnđ)\b))", re.IGNORECASE
)
_PRICE_END = re.compile(rf"(?:{_PRICE_PART.pattern})\.\s*$", re.IGNORECASE)  # "… — 479 лв.": the currency's dot


def _full_sentence(line: Line) -> bool:
    """A sentence, not a row that ends on its currency's abbreviation ("Buy at Example — 479 лв.")."""
    return line.sentence and not _PRICE_END.search(line.text)


# Currencies spelled before a price, or after it in more than four letters: "KSh 1,000", "1.200 денари".
_CURRENCY_BEFORE = "ksh|kes|tsh|ugx|rp|rm|rs|php|us\\$"
_CURRENCY_AFTER = "денари|денара|lekë|leke|dinara|динара|pesos|rupees|naira|shilingi"
_SHOP_PRICE = re.compile(
    r"\s*[^\W\d_][^\W\d]*(?:[ -][^\W\d]+){0,2}\s*[-–—:]\s*"
    rf"(?:(?:[$€£¥₹]|(?:{_CURRENCY_BEFORE})\.?\s)\s?\d[\d\s.,\u00a0\u202f]*|\d[\d\s.,\u00a0\u202f]*\s?(?:[$€£¥₹₽]|{_CURRENCY_AFTER}|[^\W\d_]{{1,4}}\.?))\s*",
    re.IGNORECASE,
)  # a price has its currency before or after it: "Goals: 17" is a player's figure
# A match in a live-score widget: two sides, the score, then its state: a minute ("63'", "78.", "55e",
# "71 min"), a state in capitals ("HT", "FT"), or any state of up to two words after a separator ("· Final", "| Rust").
_LIVE_SCORE = re.compile(
    r"\s*[^\W\d_][^|·•]*?\s\d{1,3}\s?[-:–]\s?\d{1,3}\s(?![AaPp]\.?[Mm]\b)[^\W\d_][^|·•]*?"  # "7:05 AM" is a time of day
    r"(?:\s*[|·•]\s*(?:\d{1,3}(?:\+\d{1,2})?\s?(?:['’′.]|e|min\.?)?|[^\W\d_]+\.?(?: [^\W\d_]+\.?)?)|\s+\d{1,3}(?:\+\d{1,2})?\s?(?:['’′]|min\.?)|\s+[A-Z]{2,3})\s*"
)


# A gallery's counter: a picture word and "3 of 12" or "3/12" ("Foto 3 z 12", "Bild 3 av 12", "Kuva 3/12",
# "عکس ۵ از ۱۲"), or the count first ("3/12. fotó"). Groups: word, number, total; number, total, word.
_SCALES = (1, 5, 10, 20, 100)  # a rating's scale: "4/5", "17/20", "86/100"
# A gallery's name over its counter: "Galéria: 2/14", "Galerie 3 z 12".
_GALLERY = re.compile(r"(?:foto|bild|photo)?(?:gallery|galerie|galería|galeria|galleria|galéria|galerija|galerii|galeri|galerij|galleri|галерея|галерия|галерија|фотогалерея|γκαλερί)")
_BARE_COUNT = re.compile(r"\s*(\d{1,3})\s?/\s?(\d{1,3})\s*")
# A picture's number out of the gallery's, a word or a slash between, maybe after a word: "1 of 14", "ภาพที่ 2 จาก 10".
_COUNTED = re.compile(r"\s*(?:[^\W\d_]+\.?\s?)?(\d{1,3})\s?(?:/|[^\W\d_]{1,6})\s?(\d{1,3})\s*")
_GALLERY_COUNT = re.compile(
    r"\s*(?:([^\W\d_]+)[.:]?\s+(\d{1,3})\s*(?:/|[^\W\d_]{1,4})\s*(\d{1,3})|(\d{1,3})\s*/\s*(\d{1,3})\.?\s+([^\W\d_]+))\s*"
)


def _voters(line: Line, most: int = 5) -> str:
    """The words of a count of voters on ``line`` ("Glasovalo je 1.412 bralcev": "glasovalo je bralcev"), or ''."""
    if line.n_words > most or not _VOTERS.fullmatch(line.text) or _DATE.search(line.text):
        return ""
    return " ".join(word for word in line.clean.split() if not any(c.isdigit() for c in word))


def _box_line(line: Line, drops: Drops, most: int) -> bool:
    """A short line no rule has named, with no sentence's end and no label's colon: a box's
    heading, name or offer, where "Adults: 12 € per day" is a row of the article's list."""
    return line.index not in drops and line.n_words <= most and not line.sentence and ":" not in line.text


def _rated(line: Line, drops: Drops) -> bool:
    """A line an earlier rule named a reader rating's score and votes: in a booking box, its guests' rating."""
    return drops.get(line.index, ("", ""))[1].startswith(VOTES)


# An offer's price per night or per person, or its guests' rating out of ten with the count of their
# reviews: "From £94 per night", "od 89 € / noc", "Từ 650.000 đ/đêm", "Ocjena gostiju 9,4 · 226 recenzija".
_OFFER = re.compile(
    rf"{_AMOUNT}\s*(?:/|per|po|na|pro|par|por|за|на)?\s*[^\W\d_]+|\d[\d.]*\s?(?:đ|₫|лв\.?)\s*/?\s*[^\W\d_]+"
    r"|(?<![\d.,])(?:10|\d)[.,]\d(?![\d.,])[^·|•\d]{0,30}[·|•]\s*\d[\d\s.,]*\s[^\W\d_]+\s*$",
    re.IGNORECASE,
)


def _unit_shared(count: Line, rows: list[Line], least: int = 2) -> bool:
    """Whether the word after the figure of a count ("610 million forints") ends ``least`` or more
    of ``rows`` after a figure of theirs: a list's amounts in one unit, not a poll's options."""
    unit = count.clean.split()[-1]
    if any(c.isdigit() for c in unit):
        return False
    return sum(row.clean.endswith(" " + unit) and any(c.isdigit() for c in row.text) for row in rows) >= least


# A time of day, then a flight's number: an airline's code of two letters, or a letter and a
# digit, then one to four digits ("JX 412", "6E 2134", "IZ211"); a price in rand or ringgit
# ("R150", "RM1.00 to RM3.50") is none.
_FLIGHT_ROW = re.compile(r"(?<![\w:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?![\d:.]).*?(?<!\w)(?:[A-Z]{2}\s?\d{1,4}|[A-Z]\d\s\d{1,4}|\d[A-Z]\s?\d{1,4})(?!\w|[.,]\d)")


# An episode's number (before a word or after it: "2. sērija", "Epizóda 2:"), its title, then
# its length in minutes after a spaced dash or in brackets ("– 52 min", "(46 min.)", "– 54 мин").
_EPISODE_ROW = re.compile(
    r"\s*(?:\d{1,2}[.:)]?\s+|[^\W\d_]+\.?\s+\d{1,2}[.:]?\s+)\S.*?(?:\s[–—-]\s*|\()\d{1,3}\s?(?:min|мин|λεπτ|分|분)[^\W\d_]*\.?\)?\s*",
    re.IGNORECASE,
)


def _widget_rows(
    lines: list[Line], drops: Drops, row: Callable[[Line], bool], least: int, heading_words: int, what: str, heading: str, headed: bool = False
) -> Drops:
    """Runs of ``least`` or more lines in a row that ``row`` takes for a widget's rows (``what``,
    with the run's length), and the heading of up to ``heading_words`` words over each (``heading``).
    With ``headed``, rows under a table's header are the table's (``_table_row_under_header``)."""
    out: Drops = {}
    run: list[Line] = []
    for pos, line in enumerate([*lines, None]):
        if line is not None and row(line):
            run.append(line)
            continue
        if len(run) >= least and not (headed and _table_row_under_header(lines, pos - len(run), drops)):
            out.update({item.index: (NAVIGATION, what.format(len(run))) for item in run})
            if (at := pos - len(run)) and _label_over(lines[at - 1], drops, heading_words):
                out[lines[at - 1].index] = (NAVIGATION, heading)
        run = []
    return out


def _poll_option(line: Line) -> bool:
    """An option of a poll: words, with no date or time of day in them (a forum's stamp, "#23 2024-08-06")."""
    return any(c.isalpha() for c in line.text) and not _DATE.search(line.text) and not _TIME.search(line.text)


# A label with its value after a colon ("Kaynak: AFAD", "Source: Met Office"): a table's source, no widget's heading.
_COLON_VALUE = re.compile(r"[:：]\s*\w")


def _label_over(line: Line, drops: Drops, most: int, asking: bool = False) -> bool:
    """Whether ``line`` is a widget's heading no rule has named yet: ``most`` words or fewer, no
    sentence ("Poll"), or with ``asking`` a question of as many words ("What do you think?")."""
    asks = asking and _asks(line.text)
    return line.index not in drops and line.n_words <= (most + 2 if asks else most) and (asks or not line.sentence)


_TAGS_LABEL = re.compile(r"^[^#＃:：\d]{1,30}[:：]\s*(?=[#＃])")  # a label over hashtags: "داغ‌ترین‌ها: #…"


def _hashtags(text: str, most: int = 4) -> bool:
    """A line of two or more hashtags and nothing else, each tag of up to ``most`` words, after a
    short label at most ("Trending: #storm #floods")."""
    text = _TAGS_LABEL.sub("", text.strip(), count=1)
    if not text.startswith(("#", "＃")) or text.endswith(FULL_STOPS):
        return False
    tags = [t for t in re.split(r"\s*[#＃]", text) if t.strip()]
    # A rank is no tag: "#1 Apple #2 Samsung" lists places.
    return len(tags) >= 2 and all(len(t.split()) <= most and not t[0].isdigit() and not t.rstrip().endswith((".", "!", "?")) for t in tags)


def _gallery_count(text: str) -> str | None:
    """The counter of a gallery's picture ("Foto 3 z 12"): a picture word, a number and a total no
    smaller; or the bare count on a line of its own ("3/12"), as a slideshow prints it over each
    picture, out of no rating's scale ("4/5", "8/10" are a review's score)."""
    if bare := _BARE_COUNT.fullmatch(text):
        number, total = int(bare.group(1)), int(bare.group(2))
        return text.strip() if 1 <= number <= total and total not in _SCALES else None
    m = _GALLERY_COUNT.fullmatch(text)
    if m is None:
        return None
    word, number, total = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(6), m.group(4), m.group(5))
    if not 1 <= int(number) <= int(total) or not (_PICTURE_NOTE.search(word.casefold()) or _GALLERY.fullmatch(word.casefold())):
        return None
    return text.strip()


def _other_credit(line: Line) -> str | None:
    """The decision for a caption whose credit ``_credit_tail`` does not read: after its last
    slash or bar (``_slash_credit``), after a picture label with no full stop before it
    (``_labelled_credit``), or in Chinese and Japanese (``_cjk_credit``)."""
    if line.n_words <= 30:
        if (" / " in line.text or " | " in line.text) and (credit := _slash_credit(line.text)):
            return f"ends with a credit '{credit}'"
        if not line.sentence and ": " in line.text and (credit := _labelled_credit(line.text)):
            return f"ends with a credit '{credit}'"
        if credit := _word_credit(line.text):
            return f"ends with a credit '{credit}'"
    return _cjk_credit(line.text)


def _word_credit(text: str) -> str | None:
    """A picture word after the caption's last sentence, a dash or a comma, then at most four
    names and maybe their paper after a slash: "… in Almere Poort. Foto Sanne de Wit", "… przy
    ul. Błażeja. Fot. Łukasz Nowicki / Kurier Warmiński", "… ਬੈਠੇ ਕਿਸਾਨ। -ਫੋਟੋ: ਪਵਨ ਸ਼ਰਮਾ",
    "… Nairobi. Picha na Maktaba"; or the line's last word, after at
    most two names ("… রোগীরা। ফাইল ছবি", "… ಘಟಕ –ನಾಡವಾಣಿ ಚಿತ್ರ": file picture, the paper's picture).
    The word is capitalised, or of a script without capitals, whose names then have none either, or
    abbreviated after names ("… Vytauto Liaudanskio nuotr.")."""
    if not any(word.strip(_CREDIT_OPENERS + ":").casefold() in _PICTURE_WORDS for word in text.rsplit(None, 9)[-9:]):
        return None  # no picture word among the last words: nearly every line, told without a search
    if m := _WORD_CREDIT.search(text):
        label, names = m.group(1), [t for t in m.group(2).split() if t != "/"]  # "Fot. Jan Nowak / Kurier"
        if names[0].casefold() in _CREDIT_BY and len(names) > 1:
            names = names[1:]  # "Kuha ni Ramon Villa", "Picha na Maktaba": taken by
        elif names[0].casefold().strip(".,") in _ARCHIVE and label[:1].isupper():
            # An archive's picture, the paper's own or an agency's: "… Fot. archiwum Radia Nadodrze", "… Foto: Archiv".
            if len(names) == 1 or all(_is_name(t) or t.casefold() in _BYLINE_JOINERS for t in names[1:]):
                return m.group(0).lstrip(_CREDIT_OPENERS)
    elif m := _WORD_CREDIT_LAST.search(text):
        label, names = m.group(2), m.group(1).split() or [m.group(2)]
        if label[0].islower() and m.group(3) and m.group(1):
            if label in _ABBREVIATED and _is_name(names[0]) and not any(c.isdigit() for c in m.group(1)):
                # An office's name, its later words in lower case ("… Aplinkos apsaugos departamento nuotr."):
                # only a credit ends with the abbreviated word.
                return m.group(0).lstrip(_CREDIT_OPENERS)
            label = label.capitalize()  # "… Vytauto Liaudanskio nuotr.": the photographer's name, then the abbreviated word
        if len(names) > 2:
            return None
    else:
        return None
    caseless = not label[0].isupper() and not label[0].islower()
    # Cut short, a picture word opens nothing but a credit, in lower case too: "… Warszawa, fot. AKPA".
    abbreviated = label.casefold() in _ABBREVIATED and m.group(0).lstrip(_CREDIT_OPENERS)[len(label) :].startswith(".")
    if not (label[0].isupper() or caseless or abbreviated):
        return None
    if all(_is_name(t) or caseless and _caseless_word(t) or t.casefold() in _BYLINE_JOINERS for t in names) and (
        _is_name(names[0]) or caseless and _caseless_word(names[0])
    ):
        return m.group(0).lstrip(_CREDIT_OPENERS)
    return None


def _slash_credit(text: str) -> str | None:
    """The credit after a caption's last bar or slash. After a bar, a picture word or "©" opens
    it ("… | Bild: APA/Lukas Pichler", "… | © Belga", "… jeudi. | Photo : Marc Lefèvre / La Vigie
    du Bocage"), or, after the caption's sentence, it is the photographer's bare name ("… nova
    mesura. | Aniol Resclosa"). After a slash, it names the picture ("… / Tomo Kairio nuotr.",
    "… / Asociatyvi nuotr.", "… / عکس: علی محمدی"): at most six words, one of them a picture word."""
    head, bar, credit = text.rpartition(" | ")
    tokens = credit.split()
    if bar and 1 <= len(tokens) <= 10:
        # A caption's sentence ends with a full stop; a title before its site's name does not need to.
        described = head.rstrip().endswith(".")
        if tokens[0] == "©" or tokens[0].rstrip(":").casefold() in _PICTURE_WORDS and (tokens[0].endswith(":") or described):
            return credit.strip()
        if 2 <= len(tokens) <= 4 and described and all(_is_name(t) for t in tokens):
            return credit.strip()
    if text.rfind(" / ") <= text.rfind(" | "):  # no slash, or one before the bar
        return None
    tokens = text.rsplit(" / ", 1)[1].split()
    if not 1 <= len(tokens) <= 6:
        return None
    return " ".join(tokens) if any(t.casefold().strip(".:,()") in _PICTURE_WORDS for t in tokens) else None


def _labelled_credit(text: str) -> str | None:
    """A capitalised picture label (or one of a script without capitals) among a caption's last
    words, with no full stop before it ("… gegen Mainz Foto: IMAGO/Team 2", "… วันอังคาร ภาพ: ณัฐพล
    ศรีสุข"): the label and at most five words after it."""
    head, _, credit = text.rpartition(": ")
    label = head.rsplit(None, 1)[-1] if head else ""
    if len(head.split()) < 3 or label[:1].islower() or label.casefold() not in _PICTURE_WORDS:
        return None
    return f"{label}: {credit}" if 1 <= len(credit.split()) <= 5 and not any(q in credit for q in "\"„“”«»") else None


def _cjk_credit(text: str) -> str | None:
    """The decision for a Chinese, Japanese or Korean caption that ends with its credit (``_CJK_CREDIT``, ``_KOREAN_CREDIT``)."""
    if len(text) <= 120 and (credit := _CJK_CREDIT.search(text.rstrip())) and has_unspaced(text):
        return f"ends with a credit '{credit.group(0).strip()}'"
    if len(text) <= 200 and ("사진" in text or "그래픽" in text or "제공" in text) and (credit := _KOREAN_CREDIT.search(text.rstrip())):
        return f"ends with a credit '{credit.group(0).strip(' .')}'"
    return None


_LOWER_CASE_ONLY = {"de"}  # byline words that open sentences when capitalised ("De PVV", "De Gaulle")
_AGENCY_LINE = re.compile(r"^[(/\[]\s*([\w.&' -]{2,24})\s*[)/\]]$")
_NAME_TOKEN = re.compile(f"^[^\\W\\d_][\\w.'’\\-\\u200c\\u05be{MARKS}]*,?$")  # and its first letter is upper case: see _is_name; a Persian name may join its parts with a zero-width non-joiner, a Hebrew one with a maqaf ("בן־דוד")
# Words a credit may hold besides names: "(foto Ansa)", "(Photo by Jane Doe)".
_CREDIT_WORDS = {
    "foto", "fotos", "photo", "photos", "photograph", "picture", "image", "bild", "fot", "zdjęcie", "credit", "by",
    "beeld", "afbeelding", "illustration", "grafik", "quelle", "source", "imagen", "immagine", "imagem", "kuva", "bilde",
    # "Photo" and "picture" in the other scripts and languages the lexicon knows, and the copyright sign.
    "kuvat", "billede", "fotó", "kép", "snímka", "snímek", "fotografie", "fotografia", "fotografía", "fotoğraf", "görsel",
    "ảnh", "gambar", "φωτο", "φωτογραφία", "φωτογραφια", "фото", "фотография", "снимка", "снимок", "світлина",
    "صورة", "الصورة", "تصوير", "צילום", "צילומים", "תמונה", "사진", "写真", "照片", "图", "圖", "फोटो", "तस्वीर", "©",
    "nuotr", "nuotrauka", "nuotraukos", "عکس", "عکاس", "slika", "fotografija", "fotka", "attēls", "pilt",
    "фотографија", "fotografi", "imatge", "llun", "sawir", "picha", "larawan", "kuha", "فوٹو", "تصویر",
    "फ़ोटो", "चित्र", "छायाचित्र", "तस्बिर", "ছবি", "ফটো", "ફોટો", "તસવીર", "ਫੋਟੋ", "ਫ਼ੋਟੋ", "ਤਸਵੀਰ",
    "படம்", "புகைப்படம்", "ఫోటో", "చిత్రం", "ಚಿತ್ರ", "ಫೋಟೋ", "ചിത്രം", "ഫോട്ടോ", "ภาพ",
}
# A data source's label opening a caption: "Source:", "Quelle:", "Nguồn:", "出所：", "자료:", "ที่มา:".
_SOURCE_LABEL = re.compile(
    r"(?:source|sources|quelle|quellen|bron|fuente|fuentes|fonte|fonti|źródło|zdroj|forrás|sursa|izvor|vir|avots|"
    r"šaltinis|allikas|lähde|kilde|källa|kaynak|πηγή|πηγη|источник|джерело|извор|nguồn|sumber|ที่มา|出所|出典|来源|來源|资料来源|"
    r"資料來源|자료|출처|المصدر|מקור|स्रोत|منبع|ماخذ)\s*[:：]"
)
# A chart's tick: a value alone, a unit at most ("1 200", "4 %", "-2", "0,5 mln"), and its axis
# of periods: three or more years, each with a month's or a quarter's short name at most
# ("I 2023 · III 2023 · I 2024", "jan. 2024 · apr. 2024", "2021 2022 2023 2024").
_TICK = re.compile(r"[-−–+]?\d{1,3}(?:[ \u00a0\u202f.,]\d{3})*(?:[.,]\d+)?\s?(?:%|‰|[^\W\d_]{1,4}\.?|[€$£¥₽])?")
_PERIOD_AXIS = re.compile(r"(?:(?:[^\W\d_]{1,5}[.]?\s?)?(?:19|20)\d{2}(?:\s*[·|•/]\s*|\s+|$)){3,}")


def _axis_on_line(text: str) -> int:
    """How many ticks a line that is only a chart's axis holds (0 for any other line): values in
    even steps ("7,60 7,70 7,80", "0 % | 2 % | 4 %"), steps of one too when each has its unit
    ("17 € 16 € 15 €": ranks have none). Years in a row are a period's axis, or a list of seasons."""
    if not _TICKS_LINE.fullmatch(text.strip()):
        return 0
    parts = [part.strip() for part in _AXIS_TICK.findall(text)]
    if all(_YEAR_ALONE.fullmatch(part) for part in parts):
        return 0
    values = [_tick_value(part) for part in parts]
    united = all(not part[-1].isdigit() for part in parts)
    steps = {round(b - a, 9) for a, b in zip(values, values[1:])}
    return len(parts) if _evenly_spaced(values) or united and len(steps) == 1 and 0 not in steps else 0


_AXIS_TICK = re.compile(r"[-−–+]?\d+(?:[.,]\d+)*(?:\s?(?:%|‰|[€$£¥₽]|[^\W\d_]{1,4}\.?)(?![^\s|·•]))?")
_TICKS_LINE = re.compile(rf"{_AXIS_TICK.pattern}(?:(?:\s+|\s*[|·•]\s*){_AXIS_TICK.pattern}){{2,}}")
_YEAR_ALONE = re.compile(r"(?:19|20)\d{2}")


def _tick_value(text: str) -> float:
    """A tick's value: the last separator before other than three figures is the decimal mark,
    the others group thousands ("1 200", "6.834,50", "0,5")."""
    number = re.sub(r"[ \u00a0\u202f]", "", re.match(r"[-−–+]?[\d \u00a0\u202f.,]+", text.strip()).group()).rstrip(".,")
    sign = -1.0 if number[:1] in "-−–" else 1.0
    digits = number.lstrip("-−–+")
    head, mark, tail = max(digits.rpartition("."), digits.rpartition(","), key=lambda parts: len(parts[0]))
    if mark and len(tail) != 3:
        return sign * float(re.sub(r"[.,]", "", head) + "." + tail)
    return sign * float(re.sub(r"[.,]", "", digits))


def _evenly_spaced(values: list[float]) -> bool:
    """Values in even steps, up or down ("4, 6, 8, 10"; "1 500, 1 350, 1 200"); steps of one
    are a listing's line numbers or a list's ranks ("1", "2", "3"), and years in a row."""
    steps = [b - a for a, b in zip(values, values[1:])]
    return abs(steps[0]) not in (0, 1) and all(abs(step - steps[0]) <= 1e-9 * max(map(abs, values)) for step in steps)


def _axis_labels(text: str) -> bool:
    """A chart's axis of periods or of three or more names of a word or two, split by dots or
    bars ("Vilniaus · Kauno · Klaipėdos")."""
    parts = _BUTTON_BAR.split(text.strip())
    return bool(_PERIOD_AXIS.fullmatch(text.strip())) or len(parts) >= 3 and all(0 < len(part.split()) <= 2 for part in parts)


def _legend_over_source(below: list[Line], drops: Drops, most: int) -> list[Line] | None:
    """The short lines that are no sentence between a chart's values and its source caption
    ("Source: Eurostat"), at most ``most``; None when something else comes first."""
    legend: list[Line] = []
    for line in below:
        if line.index in drops:
            if drops[line.index][0] == CAPTION and _SOURCE_LABEL.match(line.clean):
                return legend
        elif line.sentence or line.n_words > 6 and not _axis_labels(line.text) or len(legend) == most:
            return None
        else:
            legend.append(line)
    return None


_PICTURE_WORDS = _CREDIT_WORDS - {"by", "credit", "source", "quelle"}  # labels that name a picture's credit
_ABBREVIATED = {"fot", "nuotr"}  # picture words cut short, which end nothing but a credit
# A picture word after a sentence's end, then one to four words to the line's end, and their paper
# or agency after a slash (``_word_credit``).
# The sentence's end may be a danda ("।", Hindi, Nepali, Punjabi) or an Urdu stop ("۔"); a dash, a bar
# or a comma may stand before the word ("… ہیں — فوٹو: فائل", "…، عکس از …") and a bar or a spaced
# colon after it ("PICHA | MAKTABA"). Or the word ends the line, after at most two words.
_CREDIT_OPENERS = ".!?…।۔-–—|,، "
_PICTURE_ALTERNATION = "(?i:" + "|".join(map(re.escape, sorted(_PICTURE_WORDS, key=len, reverse=True))) + ")"
_WORD_CREDIT = re.compile(r"(?:[.!?…।۔]\s+[-–—]?|\s[-–—|]\s*|[,،]\s)(" + _PICTURE_ALTERNATION + r")\.?\s?[:|]?((?:\s+[^\s]+){1,4}(?:\s+/(?:\s+[^\s]+){1,3})?)$")
_WORD_CREDIT_LAST = re.compile(r"(?:[.!?…।۔]\s*|\s[-–—|]\s*)((?:[^\s]*[^\s.!?…।۔]\s){0,4})(" + _PICTURE_ALTERNATION + r")(\.?)$")
_CREDIT_BY = {"by", "von", "door", "par", "por", "na", "ni", "ng", "از"}  # "taken by" after a picture word
# "Archive" or "file" after a picture word: a picture from the paper's or an agency's archive.
_ARCHIVE = {
    "archive", "archives", "file", "archiv", "archief", "archivo", "archivio", "arquivo", "archiwum", "arkisto",
    "arkiv", "arkivet", "archív", "archívum", "arhiva", "arhivă", "arhiv", "αρχείο", "архив", "архів", "arşiv", "archyvas", "arhīvs", "arhiiv",
}
_BYLINE_JOINERS = _AND | {"de", "van", "der", "den", "von", "la", "le", "da", "di", "del", "dos", "y", "und", "and", "en", "et", "y", "e", "i", "og", "och", "a", "&", "und", "with", "mit", "met", "avec", "con", "com", "z", "ze", "do", "das", "du", "des", "della", "dei", "zu", "vom", "ter", "ten"}


_AGENCY_JOINERS = {"com", "con", "with", "mit", "avec", "met", "med", "och", "og", "z", "ze", "s", "sa", "i", "и", "с", "з"}  # "… com Lusa"


# Words a byline may name a desk or agencies by, for an author's name ("Por Redação com agências").
_DESK_WORDS = {
    "staff", "writers", "writer", "reporters", "newsroom", "desk", "agencies", "wires", "rédaction", "agences", "redação",
    "redacção", "agências", "redacción", "agencias", "redazione", "agenzie", "redaktion", "redaktionen", "agenturen",
    "redactie", "persbureaus", "agentschappen", "redakcja", "agencje", "agencji", "redakce", "agentury", "redacția", "agenții",
    "szerkesztőség", "toimitus", "redaksjonen", "redaksjon", "byråer", "bureaus", "the", "our", "notre", "nossa", "nuestra",
}


_DESK_ARTICLES = {"the", "our", "notre", "nossa", "nuestra"}


def _desk(tokens: list[str]) -> bool:
    """Whether a byline's words after its prefix name a desk: desk words, joiners and names,
    one plain word after a desk word ("Par la rédaction numérique de ROI", "By Gazette
    reporters", "Por Redação com agências")."""
    folded = [t.casefold() for t in tokens]
    plain = [k for k, t in enumerate(tokens) if folded[k] not in _DESK_WORDS and folded[k] not in _BYLINE_JOINERS and not _is_name(t)]
    return any(t in _DESK_WORDS and t not in _DESK_ARTICLES for t in folded) and (
        not plain or len(plain) == 1 and plain[0] > 0 and folded[plain[0] - 1] in _DESK_WORDS
    )


_KANJI = "\u4e00-\u9fff々"
# A Japanese desk and its reporter's name, in brackets or not: "経済部　森下 遥", "（小浜支局・山口健太）",
# "【社会部・石黒千晶】". The desk ends in its kind (部, 支局, 取材班, 論説委員); the name is a family
# name of one to three kanji and a given name all in kanji, or in kana after a space: a subhead's verb
# mixes kanji with kana ("捜査本部　捜査続く", "広報部　回答せず").
_DESK_AND_NAME = re.compile(
    rf"[（(【\[]?\s*[{_KANJI}\u30a0-\u30ffー]{{0,8}}(?:部|支局|総局|報道局|編集局|取材班|報道センター|編集委員|論説委員|解説委員)"
    rf"\s*[ 　・／/]\s*[{_KANJI}]{{1,3}}(?:[ 　]?[{_KANJI}]{{1,3}}|[ 　](?:[ぁ-ゖ]{{2,4}}|[ァ-ヺー]{{2,5}}))\s*[）)】\]]?"
)
_AFFILIATION = re.compile(r"\s*[(（][^()（）]{1,20}[)）]$")  # "文：高梨 悠斗（編集部）": the name's paper or desk


def _desks_alone(text: str) -> bool:
    """Two desks and nothing else, no prefix before them: "Redacción / Agencias", "Staff and
    wires"."""
    tokens = [t for t in re.split(r"[\s,]+", text.strip()) if t and t not in _SEPARATORS]
    folded = [t.casefold() for t in tokens]
    return (
        len(tokens) <= 6
        and all(t in _DESK_WORDS or t in _BYLINE_JOINERS for t in folded)
        and sum(t in _DESK_WORDS and t not in _DESK_ARTICLES for t in folded) >= 2
    )


_DATED = ("a byline with a date", "date_stamp cue", "a date and a time alone")
_BEFORE_TIME = "before a time of day"  # a date_stamp cue's, with no date: "Aktualisiert 08:40"


def _items_stamped(drops: Drops, most: int = 2) -> Drops:
    """``drops`` without the dated bylines and date stamps when there are more than ``most``:
    an article prints its own once or twice, under the headline; a stamp over every post of a
    thread or every entry of a listing ("Posted March 5, 2024") is part of the item it heads.
    A time alone under its label ("Updated 08:40") dates no item of a listing: a live page's
    entry or a warning box's, on the day, it counts for none."""
    dated = {i for i, (reason, detail) in drops.items() if reason == BYLINE and detail.startswith(_DATED) and not detail.endswith(_BEFORE_TIME)}
    if len(dated) <= most:
        return drops
    return {i: d for i, d in drops.items() if i not in dated}


# The cue families of ``Rules._classify``, in the order they are tried (the first hit decides).
_FAMILY_REASON = {
    # whole-line cues
    "video_heading": VIDEO,
    "share_prompt": SHARE,
    "subscribe_heading": SUBSCRIBE,
    "advert": ADVERT,
    "navigation": NAVIGATION,
    # banners
    "cookie": COOKIE,
    "disclaimer": LEGAL,
    # prompts
    "ai_note": AI_NOTE,
    "feedback_prompt": FEEDBACK,
    "subscribe_prompt": SUBSCRIBE,
    "social_prompt": SHARE,
    "legal": LEGAL,
    "republished": BYLINE,
}
_WHOLE_LINE_FAMILIES = ("video_heading", "share_prompt", "subscribe_heading", "advert", "navigation")
_BANNER_FAMILIES = ("cookie", "disclaimer")
_PROMPT_FAMILIES = ("ai_note", "feedback_prompt", "subscribe_prompt", "social_prompt", "legal", "republished")


_UNSEEN = object()
# Short lines whose single-line decision is remembered, per cue selection: as many as the
# paragraphs whose fields are (``_MAX_FEATURES``, ``text.words``), whose texts the memory
# shares, so an entry costs its key and slot. A site's furniture recurs further apart than
# a quarter of that: on 10,000 articles, 16,384 entries classified 108,592 short lines, 65,536 entries 46,503.
_MAX_SEEN = 65536


def _forget_older_half(seen: dict[object, object]) -> None:
    """Make room in a full memory of decisions: the lines seen last are the likeliest to come
    back (a site's furniture, a syndicated story's copies), so only the older half goes."""
    for key in list(islice(seen, len(seen) // 2)):
        del seen[key]


@dataclass(frozen=True, slots=True)
class Rules:
    """The rule set with its thresholds (see StripBoilerplate for the meaning)."""

    cues: LanguageCues
    max_prompt_words: int
    prose_words: int

    # -- single-line rules -------------------------------------------------------------

    def single_line(self, lines: list[Line]) -> Drops:
        drops: Drops = {}
        short = self.max_prompt_words
        # A line's decision depends on its text and the cues only, and short lines (menus,
        # prompts, credits) recur across articles: the cue selection remembers them.
        seen = self.cues.decisions
        for line in lines:
            if line.n_words > short:
                decision = self._classify(line, short)
            elif (decision := seen.get((short, line.text), _UNSEEN)) is _UNSEEN:
                decision = self._classify(line, short)
                if len(seen) >= _MAX_SEEN:
                    _forget_older_half(seen)
                seen[short, line.text] = decision
            if decision:
                drops[line.index] = decision
        self._spare_news_about_cookies(lines, drops)
        _spare_table_rows(lines, drops)  # first: a source's label is spared under the rows it spares
        _spare_table_sources(lines, drops)
        _spare_list_items(lines, drops)
        _spare_numbered_steps(lines, drops)
        return _items_stamped(drops)

    def _spare_news_about_cookies(self, lines: list[Line], drops: Drops, least: int = 20) -> None:
        """A paragraph of several sentences between two body paragraphs is news about cookies
        ("… cookie walls, where readers must accept all cookies, are banned"), whatever banner
        wording it shares: a consent banner stands at the page's top or bottom, or among other
        furniture."""
        for before, line, after in zip(lines, lines[1:], lines[2:]):
            if drops.get(line.index, ("",))[0] != COOKIE or line.n_words < least or not line.sentence:
                continue
            if not INNER_SENTENCE_END.search(line.text):
                continue
            if all(near.index not in drops and near.prose(self.prose_words) for near in (before, after)):
                del drops[line.index]

    def _advert_by(self, line: Line) -> str | None:
        """An advert's label and its sponsor's name after a dot or a bar ("Sponsored · Nordbank",
        "Reklama | Jistota"): why it is one, or None."""
        parts = DOT_PARTS.split(line.text.strip())
        if len(parts) != 2 or len(parts[1].split()) > 4 or not (hit := self.cues.match("advert", clean_line(parts[0]))):
            return None
        return f"advert cue '{hit}' {_SPONSOR}"

    def _classify(self, line: Line, short: int) -> tuple[str, str] | None:
        clean, words, n_words = line.clean, line.words, line.n_words
        if not clean:
            if _STARS.fullmatch(line.text):
                return FEEDBACK, _RATING
            return None
        if n_words <= 8 and _VOTES.fullmatch(line.text):
            return FEEDBACK, VOTES
        if n_words <= 8 and _LABELLED_VOTES.fullmatch(line.text):
            return FEEDBACK, LABELLED_VOTES
        if n_words <= 10 and _COUNTDOWN.fullmatch(line.text) and _distinct_units(line.text):
            return NAVIGATION, COUNTDOWN
        if n_words <= 8 and _text_size_buttons(line.text):
            return NAVIGATION, "a page's text-size buttons"
        if n_words <= 8 and line.text.lstrip()[:1] == "(" and _SLASHED_TAG.fullmatch(line.text.strip()):
            return BYLINE, "the editors' or the agency's tag in brackets"
        if n_words <= 20 and line.text.rstrip()[-1:] in ")）" and _PDF_LINK.search(line.text):
            return NAVIGATION, "a document's download link, its format in brackets"
        if n_words <= 12 and "google play" in clean and "app store" in clean and not line.sentence:
            return SUBSCRIBE, "both app stores' names on a short line (an app's download badges)"
        cues = self.cues
        # Whole-line cues: headings, buttons, menu items (in Chinese and Japanese, whose words are
        # characters, of up to twice as many).
        whole = _within(line, 12)
        if whole and (found := cues.first(_WHOLE_LINE_FAMILIES, clean, words)):
            if found[0] == "advert" and _stated(line):
                # A sponsor's label names its sponsor and stops; a sentence that opens the same way
                # goes on to its news ("In cooperation with the police the house was evacuated.").
                found = cues.first(_WHOLE_LINE_FAMILIES[_WHOLE_LINE_FAMILIES.index("advert") + 1 :], clean, words)
        if whole and found:
            return _FAMILY_REASON[found[0]], "{} cue '{}'".format(*found)
        # Banners and disclaimers run long but say something no article body says; a line that
        # announces a list with its colon ("See a doctor at once if:") is the article's advice.
        if n_words <= 150 and (found := cues.first(_BANNER_FAMILIES, clean, words)) and not (
            found[0] == "disclaimer" and line.text.rstrip().endswith((":", "："))
        ):
            return _FAMILY_REASON[found[0]], "{} cue '{}'".format(*found)
        if n_words > short:
            return None
        # Phrase cues on short paragraphs: prompts and notes (cookie text was checked above).
        if (found := cues.first(_PROMPT_FAMILIES, clean, words)) and found[0] == "ai_note" and not self._ai_note(line, found[1]):
            found = cues.first(_PROMPT_FAMILIES[1:], clean, words)  # news about AI-made pictures, not a note
        if found:
            return _FAMILY_REASON[found[0]], "{} cue '{}'".format(*found)
        # A seller's call to action is a short line of its own; in a longer one it is the article's advice.
        if n_words <= 20 and (hit := cues.match("call_to_action", clean, words)) and not (line.sentence and _goes_on(clean, hit)):
            return ADVERT, f"call_to_action cue '{hit}'"
        # "Privacy settings" is a banner's link only as a short label: a phone's or a network's are prose.
        if n_words <= 12 and (hit := cues.match("privacy_label", clean, words)):
            return COOKIE, f"privacy_label cue '{hit}' on a short line"
        # An AI note speaks of the publication's own text or picture and of AI in one short line.
        # The AI term is looked for first: rarer, and the whole line's words tell cheaply if it can occur.
        if (ai := cues.match("ai_term", clean, words)) and (ref := cues.match("self_reference", clean[:40])):
            if clean.find(ref) < 15:  # the note opens with it: "This article was ..."
                return AI_NOTE, f"'{ref}' and '{ai}' in one short line"
        if ai and _labels_picture(line, ai):
            return AI_NOTE, f"a picture's label with '{ai}'"
        if mt := cues.match("machine_translation", clean, words):
            # A note on the text's machine translation: with the text's own name, in a stamp's
            # part ("国际 | 机器翻译"), or a label of a few words; a headline on the technology is none.
            # Like a republication note it says where the text came from (a byline's reason): a
            # picture's AI note near it would make it the picture's.
            ref = cues.match("self_reference", clean)
            parts = LINE_PARTS.split(line.text.strip())
            if ref or n_words <= 6 or len(parts) > 1 and any(len(part.split()) <= 5 and mt in clean_line(part) for part in parts):
                return BYLINE, f"machine_translation cue '{mt}'"
            # A label may open a longer note: "Gépi fordítás vietnámi nyelvről. Az eredeti cikk … olvasható."
            if clean.startswith(mt) and len(_sentence_with(clean, mt).split()) <= 6 and INNER_SENTENCE_END.search(line.text):
                return BYLINE, f"machine_translation cue '{mt}' opening a short first sentence"
        if _within(line, 25) and (hit := cues.match("inline_related", clean)) and (
            clean[len(hit) : len(hit) + 2].strip()[:1] in (":", "：", "-", "–", "—", "|", ".", "") or n_words <= 12 or hit[-1:] in "】]"
        ):
            return RELATED, f"inline_related cue '{hit}'"
        if ": " in line.text and (teasers := self._related_on_line(line)):
            return RELATED, teasers
        if _within(line, 6) and (position := _PLAYER_POSITION.search(line.text)):
            return VIDEO, f"a player's position and length '{position.group()}'"
        if "%" in line.text and _ticker(line):
            return NAVIGATION, "a market ticker's quotes and their changes"
        if "%" in line.text and _quote_alone(line):
            return NAVIGATION, _QUOTE_ALONE
        if n_words >= 4 and (_PERIODS.fullmatch(line.text.strip()) or _spelled_periods(line.text)):
            return NAVIGATION, _PERIOD_BUTTONS
        if n_words >= 4 and not line.sentence and _axis_of_periods(line.text):
            return NAVIGATION, "a chart's axis of periods"
        if ("·" in line.text or "|" in line.text or "•" in line.text) and _figure_row(line):
            return NAVIGATION, _FIGURE_ROW
        if _marked_items(line.text):
            return NAVIGATION, MARKED_OPTIONS
        if n_words <= 8 and (sponsor := self._advert_by(line)):
            return ADVERT, sponsor
        if "(" in line.text and n_words <= 12 and (size := _FILE_SIZE.search(line.text)):
            return NAVIGATION, f"a download link with its file's type and size '{size.group()}'"
        if ("°" in line.text or "℃" in line.text) and _weather_widget(line):
            return NAVIGATION, _WEATHER_LINE
        if "@" in line.text and (signature := _post_signature(line)):
            return BYLINE, signature
        if self._byline(line):
            return BYLINE, "a line that is only an author's name"
        if "@" in line.text and _signed_address(line, alone=False):
            return BYLINE, "an author's name and e-mail address"
        if dated := self._dated_byline(line):
            return BYLINE, dated
        if line.n_words <= 25 and (segments := self._byline_segments(line)):
            return BYLINE, segments
        if caption := self._caption(line):
            return CAPTION, caption
        return None

    def _related_on_line(self, line: Line, most: int = 4) -> str | None:
        """A related block printed on one line: its heading, a colon, then two teasers or more
        parted by dots or bars ("Most read: Detour on the B 62 until Easter · Christmas market
        extended"): why it is one, or None."""
        label, _, rest = line.text.partition(": ")
        if len(label.split()) > most or len(DOT_PARTS.split(rest.strip())) < 2:
            return None
        hit = self.cues.match("related_heading", clean_line(label))
        return f"related_heading cue '{hit}' over teasers on its line" if hit else None

    def _ai_note(self, line: Line, cue: str, label_words: int = 4) -> bool:
        """Whether a line with an AI cue is a note: a label is the cue and at most ``label_words``
        more words in its part of the line ("This image was | generated by AI"), and a note's
        sentence names the publication's own text or picture ("This article was written with AI
        ..."); news about AI-made pictures names others' ("Japan makes platforms label images
        generated by AI"), and news quotes the label it reports on ("the label must read “Made
        with AI”"). A short line that opens with the picture and ends with no sentence's mark is a
        label however long its wording, and so is a label that opens with the picture (or the cue)
        before a colon, whatever describes the picture after it."""
        if _quoted(line.clean, cue):
            return False
        label, colon, _ = line.clean.partition(":")
        if colon and cue in label and len(words(label)) <= 2 * label_words and (_PICTURE_NOTE.search(" ".join(label.split()[:4])) or label.startswith(cue)):
            return True  # the label, then the picture it labels: "Immagine generata dall'IA: un uomo anziano …", "Descripción de la imagen generada con IA: …"
        if not line.sentence and _within(line, 16) and _PICTURE_NOTE.match(line.clean):
            return True  # the label opens with the picture it labels, no sentence's end: "Сликата е создадена со ВИ и е само илустрација"
        if line.sentence and _picture_sentence(line, self.cues.match("ai_term", line.clean, line.words) or cue):
            return True  # "Obrázek byl vytvořen umělou inteligencí a slouží pouze pro ilustraci."
        # Sentences are parts of a short line only ("Foto: KI. Text: KI."): in a longer one the AI
        # phrase closes the news' own sentence ("The ministry says the video was made with AI.").
        splitter = _LABEL_PARTS if _within(line, 16) else _LABEL_SEPARATORS
        part = next((part for part in splitter.split(line.clean) if cue in part), line.clean)
        extra = len(words(part)) - len(words(cue))
        if extra <= label_words or extra <= 2 * label_words and has_unspaced(part):
            return True
        return self.cues.match("self_reference", _sentence_with(line.clean, cue)) is not None

    def _caption(self, line: Line) -> str | None:
        if (hit := self.cues.match("caption_prefix", line.clean)) and not _SCHOLARLY.search(line.text):
            if _within(line, 5) and (counted := _COUNTED.fullmatch(line.text)) and int(counted.group(1)) <= int(counted.group(2)):
                return f"{_COUNTER} '{line.text.strip()}'"  # "1 of 14", "Foto 2 z 12": the lines by it describe its picture
            return f"caption_prefix cue '{hit}'"
        if _within(line, 5) and (count := _gallery_count(line.text)):
            return f"{_COUNTER} '{count}'"
        if _within(line, 10) and (labelled := _LABELLED_COPYRIGHT.fullmatch(line.text)) and "copyright" not in line.clean:
            return f"a picture's or map's credit '{labelled.group(1).strip()}' and its source"
        # The pattern ends at a closing bracket (before one final newline, as "$" allows):
        # a line that ends otherwise is not searched through.
        if line.n_words <= 30 and line.text.endswith((")", ")\n")) and (agency := _AGENCY_PARENS.search(line.text)) and not _dateline(line.text[: agency.start() + 1]):
            inner = "(" + agency.group(1).casefold()
            if (hit := self.cues.match("credit", inner)) and inner.endswith(hit):
                return f"ends with an agency credit '({agency.group(1)})'"
        if line.text.endswith("）") and (agency := _WIDE_PARENS.search(line.text)):  # Chinese and Japanese brackets
            inner = "(" + agency.group(1).casefold()
            if (hit := self.cues.match("credit", inner)) and inner.endswith(hit):
                return f"ends with an agency credit '（{agency.group(1)}）'"
        if line.n_words <= 60 and (credit := _credit_tail(line.text)) and not stat_line(line.text):
            return f"ends with a credit '{credit}'"  # not a team's line-up: "Oláh 9 (4), Varga 7, … Edző: Kerekes László"
        if line.n_words <= 60 and (credit := _bracketed_credit(line.text)):
            return f"ends with a picture's credit in brackets '{credit}'"
        if (credit := _caseless_credit(line)) is not None:
            return f"ends with a credit '{credit}' after its one sentence"
        return _other_credit(line)

    def _byline(self, line: Line) -> bool:
        if agency := _AGENCY_LINE.match(line.text):
            return self._agency_tag(agency.group(1))  # "/ritzau/", "(dpa)": an agency tag on its own line
        if not _within(line, 8) or line.sentence and not line.text.endswith("."):
            return False
        hit = self.cues.match("byline_prefix", line.clean)
        if not hit:
            return (
                self._name_and_role(line.text) or _desks_alone(line.text) or self._role_after_names(line)
                or bool(_DESK_AND_NAME.fullmatch(line.text.strip())) or self._agency_credit(line.text)
            )
        if "," in line.text and self._name_and_role(line.text.lstrip()[len(hit) :].strip(" :")):
            return True  # "Автор: Марија Стојановска, дописник од Битола"
        if hit.strip() in _LOWER_CASE_ONLY and not line.text.lstrip()[:1].islower():
            return False  # "De PVV wil ...", "De Gaulle": a capitalised article or name, not "de Andrei Popescu"
        rest = line.text[len(hit) :].strip(" :,.")
        names = [t for t in re.split(r"[\s,]+", _AFFILIATION.sub("", rest) or rest) if t]
        if names and len(names) <= 6 and _desk(names):
            return True  # the desk for a name: "Par la rédaction, avec agences", "By staff writers and agencies"
        # A role before the name ("By consumer affairs reporter Liam Ferreira"): up to four lower-case
        # words, the last a role the lexicon knows.
        role = next((k for k, t in enumerate(names) if not t.islower()), 0)
        if 0 < role <= 4 and self.cues.match("byline_role", names[role - 1].casefold()):
            names = names[role:]
        # Two authors and their agency ("By JANE DOE and JOHN ROE Associated Press") run to eight names.
        if not names or len(names) > (8 if any(t.casefold() in _BYLINE_JOINERS for t in names) else 6):
            return False
        named = [_is_name(t) or _caseless_word(t) for t in names]
        return all(n or t.casefold() in _BYLINE_JOINERS for n, t in zip(named, names)) and any(named)

    def _dated_byline(self, line: Line) -> str | None:
        """A byline or a date stamp with its date: "By Ann Lee · Senior Editor · Updated March 5,
        2025", "Von Jan Roth, 12.03.2024", "Updated: Dec 31, 2025 8:51pm UTC".

        The byline opens with the author's name (two names, or one before a separator: not "By
        March 2025, ..."), and its words hold no clause; the stamp's date follows its label.
        """
        if line.n_words > 25 or line.text.rstrip().endswith(("?", "!")):
            return None
        # Both cues are anchored at the line's start and seldom match: the date, searched
        # through the whole line, is looked for only after one of them.
        if (hit := self.cues.match("byline_prefix", line.clean)) and not line.sentence:
            if hit.strip() in _LOWER_CASE_ONLY and not line.text.lstrip()[:1].islower():
                return None
            if not _DATE.search(line.clean):
                return None
            tokens = line.text.lstrip()[len(hit) :].split()
            names = 0
            for token in tokens:
                if token in _SEPARATORS or not (_is_name(token) or token.casefold() in _BYLINE_JOINERS):
                    break
                names += 1
            separated = names < len(tokens) and tokens[names] in _SEPARATORS
            lower = sum(t[:1].islower() for t in tokens)
            if names and _is_name(tokens[0]) and (names >= 2 or separated) and lower <= 6:
                return "a byline with a date"
            return None
        hit = self.cues.match("date_stamp", line.clean)
        if hit and not line.clean[len(hit) : len(hit) + 1].isalnum() and line.n_words <= 20:
            # A date or, on the day itself, a time: "Publiziert heute um 06:30 Uhr".
            date = _DATE.search(line.clean)
            if (moment := date or _TIME.search(line.clean)) and moment.start() - len(hit) <= 16:
                if _entry_after(line.clean[moment.end() :]):
                    return None  # a live page's update with its news: "Update 14:20: Crews found the leak at ..."
                return f"date_stamp cue '{hit}' {'before a date' if date else _BEFORE_TIME}"
            if line.n_words <= 6 and not line.sentence and aged(line.clean[len(hit) :]):
                return f"date_stamp cue '{hit}' before an age"  # "Oppdatert for 47 minutter siden"
        if _within(line, 8) and (date := _DATE.search(line.text)):
            timed = _CLOCK.search(line.text, date.end()) or _CJK_TIME.search(line.text, date.end()) or _DOT_CLOCK.search(line.text, date.end())
            # The line may close with the time's unit, abbreviated: "2 ธ.ค. 2568 07:45 น.", "7:15 p. m."
            unit = timed and len(line.text.rstrip()) - timed.end() <= 6
            # Thai cuts a month's dotted abbreviation and the time's label into words of their own: "12 มี.ค. 2567 เวลา 10:32 น.".
            if timed and (unit or not line.sentence) and _mostly_figures(line.words, 6 if has_unspaced(line.text) or has_thai(line.text) else 3):
                return "a date and a time alone"  # "Dimanche 19 janvier 2025 à 09:47"
        return None

    def _byline_segments(self, line: Line) -> str | None:
        """A byline printed as segments between bars or dots: "Maija Korhonen | 2.12.2026 09:14",
        "Penulis: Dimas Prasetyo | Editor: Rina Kusumawati", "Tekst: Henrik Aas, NTB | Foto: Tor
        Ivar Sunde, NTB", "Németh Gergely / MTI".

        Every segment is a labelled name ("Editor: …", "Foto: …"), a date or time, an agency, or
        the author's bare name (two to four names; one such segment, with another kind beside it).
        """
        text = line.text.strip()
        if line.sentence and not text.endswith("."):
            return None
        # Chinese and Japanese pages part the segments with spaces alone, each label closed by the
        # full-width colon: "2025-11-16 09:32 来源：川西日报 作者：王磊".
        split = _SEGMENT_SPLIT if _SEGMENT_SPLIT.search(text) else _CJK_LABEL_SPLIT if "：" in text and has_unspaced(text) else None
        if split is None:
            return None
        segments = [seg.strip() for seg in split.split(text)]
        kinds = [self._segment_kind(seg) for seg in segments]
        if "age" in kinds:
            if set(kinds) == {"date", "age"} and kinds.count("date") <= 2 and all(re.search(r"[^\W\d_]{3}", seg) for seg, kind in zip(segments, kinds) if kind == "age"):
                # "Friday, 2 May 2025, 3:05am · 4 min read"; a unit's letter is no reading time ("1.32 lbs / 600 g"),
                # and a row of three prices or more is a table's ("Rice 10kg | 26.00 | 26.00 | 25.50")
                return "a date and the reading time, in segments"
            if "label" not in kinds and not ("name" in kinds and "date" in kinds):
                # A teaser's source and age ("Tech Azi · 1 zi"): a labelled byline gives an age ("Story by … • 3h"),
                # and so does a name with the article's date ("Sofia Carvalho | 27 de setembro de 2025 | 6 min de leitura").
                return None
            kinds = ["date" if kind == "age" else kind for kind in kinds]
        if set(kinds) == {"date"} and any(self.cues.match("date_stamp", clean_line(seg)) for seg in segments[1:]):
            return "a date stamp and its update, in segments"  # "14:32, 11 March 2025 · Updated 16:05, 11 March 2025"
        if None in kinds or kinds.count("name") > 1 or set(kinds) <= {"date", "agency"}:
            return None
        if "photo" in kinds and "label" not in kinds and "date" not in kinds:
            return None  # a picture's credit alone ("Foto: Marcos Lledó / Estilo Hoy"): the caption's, not a byline
        if kinds.count("name") == 1 and len(kinds) == 1:
            return None
        # Named like the dated bylines when dated: more than two in a text are a listing's stamps (``_items_stamped``).
        head = "a byline with a date, in segments" if "date" in kinds else "a byline in segments"
        return "{} ({})".format(head, " | ".join(kinds))

    def _segment_kind(self, segment: str) -> str | None:
        tokens = segment.rstrip(" .,").split()
        if not tokens or len(tokens) > 10:
            return None
        if _TIME_SPAN.search(segment):
            return None  # a timetable's hours ("00.00–06.00 WIB | every 45 minutes"): a byline gives one moment
        if _DATE.search(segment) or _TIME.search(segment):
            return "date" if _mostly_figures(tokens) else None  # "Päivitetty 2.12.2026 11:02", "kl. 07:42"
        label, colon, value = segment.partition(":")
        if len(tokens) <= 4 and aged(segment) or colon and len(label.split()) <= 2 and 1 <= len(value.split()) <= 3 and aged(value):
            return "age"  # the article's age or reading time: "3 Std.", "pirms 4 stundām", "3 min read", "Время чтения: 3 минуты"
        clean = clean_line(segment)
        if len(tokens) <= 3 and self._agency_tag(segment.strip(" ()/")):
            return "agency"
        byline = self.cues.match("byline_prefix", clean)
        label = byline or self.cues.match("caption_prefix", clean)
        if label and (label.rstrip().endswith((":", "：")) or byline):  # "Foto: …", "来源：…", "Story by …", "Geschichte von …"
            names = [t for t in re.split(r"[\s,]+", segment[len(label) :]) if t]  # "Henrik Aas, NTB"
            if not (names and len(names) <= 6 and all(_is_name(t) or _caseless_word(t) for t in names)):
                return None
            return "label" if byline else "photo"
        if 2 <= len(tokens) <= 4 and all(_is_name(t) or _caseless_word(t) for t in tokens):
            return "name"
        return "name" if self._name_and_role(segment) else None  # "Ville Peltonen, STT", "Ingrid Solberg, journalist"

    def _agency_tag(self, inner: str) -> bool:
        """Whether the words in brackets name agencies: each a credit cue ("dpa", "ritzau") or an
        acronym ("AFP"). Other short text in brackets is the article's: a count ("(8 rows)"), a
        plant's Latin name, a placeholder in code ("[Mapper]"), a button ("(Up)")."""
        tokens = [t for t in re.split(r"[\s/&,]+", inner.strip(" .")) if t]
        return bool(tokens) and len(tokens) <= 3 and all((t.isalpha() and t.isupper() and len(t) <= 6) or self._credited(t) for t in tokens)

    def _credited(self, token: str) -> bool:
        """Whether ``token`` is an agency's whole name as a credit cue gives it ("dpa", "ritzau", "čtk")."""
        return self.cues.match("credit", "(" + token.casefold()) == token.casefold()

    def _agency_credit(self, text: str, most: int = 4) -> bool:
        """An agency the lexicon knows (``credit``), alone or with the reporters' initials or the
        desk ("ČTK", "jam, ČTK", "dpa/lno", "Redacción / EFE"), or after the author's names
        ("Ana Rita Sequeira com Lusa"): a byline's line. An article's line names an agency in a
        sentence; a subhead of acronyms ("NATO", "EU") is no agency the lexicon lists."""
        tokens = [t for t in re.split(r"[\s,/()]+", text.strip()) if t]
        if len(tokens) > 8:
            return False
        agencies = [k for k, t in enumerate(tokens) if t.isalpha() and len(t) <= 12 and self._credited(t)]
        if not agencies:
            return False
        others = [t for k, t in enumerate(tokens) if k not in agencies]
        # A reporter's initials are printed in lower case, as Czech and German agencies sign: "jam", "lno".
        if len(tokens) <= most and all(t.isalpha() and t.islower() and 2 <= len(t) <= 4 or t.casefold() in _DESK_WORDS for t in others):
            return True
        joiner = next((k for k, t in enumerate(tokens) if t in _AGENCY_JOINERS), None)
        return joiner is not None and 2 <= joiner <= 4 and all(map(_is_name, tokens[:joiner])) and set(range(joiner + 1, len(tokens))) <= set(agencies)

    def _name_and_role(self, text: str) -> bool:
        """A name and the author's role or agency: "Anna Lindqvist, reporter", "Jan Nowak, korespondent",
        "Ville Peltonen, STT"."""
        name, comma, role = text.rstrip(" .").partition(",")
        tokens = name.split()
        if not comma or not 2 <= len(tokens) <= 4 or not all(_is_name(t) for t in tokens):
            return False
        role, comma, place = role.partition(",")  # "…, Mwandishi wa Pwani Leo, Mombasa": a place may follow
        if comma and ("," in place or not (1 <= len(place.split()) <= 2 and all(_is_name(t) for t in place.split()))):
            return False
        return self._role(role) or not comma and self._agency_tag(role.strip())

    def _role_after_names(self, line: Line, most: int = 5) -> bool:
        """Names, then the role with no comma between, as Korean prints a byline ("스타데일리
        김민지 기자": the paper, the desk, the name, "reporter"; "청주=김도윤 기자": the place and
        the name), of a script without capitals."""
        tokens = re.sub(r"[=＝]", " ", line.text).split()
        return (
            2 <= len(tokens) <= most
            and not line.sentence
            and all(map(_caseless_word, tokens[:-1]))
            and self.cues.match("byline_role", tokens[-1].casefold()) == tokens[-1].casefold()
        )

    def _role(self, role: str, most: int = 3) -> bool:
        """A reporter's role, alone or with up to ``most`` words of their paper or region before it
        ("„Pajūrio žinių“ žurnalistė", "Bulacan correspondent") or of its place after it ("дописник
        од Битола")."""
        words = clean_line(role.replace("„", " ").replace("“", " ").replace('"', " ")).split()
        if not words or len(words) > most + 2:
            return False
        match = self.cues.match
        return any(
            match("byline_role", " ".join(words[k:])) or match("byline_role", " ".join(words[: len(words) - k]))
            for k in range(min(most, len(words) - 1) + 1)
        )

    @staticmethod
    def live_stamps(lines: list[Line], drops: Drops, least: int = 3) -> Drops:
        """A live blog's stamps: lines that are only a time ("16:41 Uhr", "01:50 PM"), under a
        label two of them share or not ("Update 09:10"), or a match's minute ("88'", "90+4'"),
        each over its entry, in the order of the clock (past midnight once at most), and
        ``least`` or more of them over a sentence (or a title and then a sentence). Two are
        enough as a pair of entries, each stamp right over a sentence and the second right under
        the first's (``_stamped_pair``). They head the entries as a date heads an article (a
        byline's reason). A player's durations stand between titles and run in no order, so
        they are left to the video rules.
        """
        stamps = [pos for pos, line in enumerate(lines) if _within(line, 5) and _LIVE_STAMP.fullmatch(line.text)]
        labels = {pos: _stamp_label(lines[pos].text) for pos in stamps}
        shared = Counter(labels.values())
        stamps = [pos for pos in stamps if not labels[pos] or shared[labels[pos]] >= 2]
        if len(stamps) < least and not _stamped_pair(lines, stamps, drops):
            return {}
        least = min(least, len(stamps))
        entries = [pos for pos in stamps if _heads_entry(lines, pos, drops)]
        if sum(_heads_entry(lines, pos, drops, sentence=True) for pos in entries) < least:
            return {}
        order = [_live_stamp_value(lines[pos].text) for pos in entries]
        if not (_clock_order(order) or _clock_order(order[::-1])):
            return {}
        return {lines[pos].index: (BYLINE, LIVE_STAMP) for pos in entries}

    @staticmethod
    def breadcrumbs(lines: list[Line], drops: Drops, top: int = 8) -> Drops:
        """A breadcrumb of two places at the page's top, in any language: at most three words on
        each side of a spaced arrow ("Wiadomości › Kraków", "Sepak Bola > Liga 1"), as prose has
        none. Longer ones are left to the body's bounds (``body._link_like``), which they help draw."""
        out: Drops = {}
        for line in lines[:top]:
            if line.index in drops or line.n_words > 8 or line.sentence:
                continue
            places = _CRUMB_ARROWS.split(line.text.strip())
            if len(places) == 2 and all(1 <= len(place.split()) <= 3 for place in places):
                out[line.index] = (NAVIGATION, "a breadcrumb at the page's top")
        return out

    def placed_bylines(self, lines: list[Line], drops: Drops) -> Drops:
        """A name and a place or paper between the headline and the body: "Daniel Meier, Biel",
        "Maricel Dizon - Balitang Bayan", "Ni Liza Manalastas | San Fernando, Pampanga", or a
        role in a name's place ("Our Correspondent, Lucknow"). Only there: in the body,
        "Manchester City, Liverpool" is a line of results."""
        out: Drops = {}
        prose = 0
        kept = [line for line in lines if line.index not in drops]
        names: list[Line] = []
        items = _menu_items_over(kept)  # a menu's items, one per line, do not count in how far down a line is
        for pos in range(1, min(12, len(kept))):  # a banner's buttons above the headline are kept yet
            line = kept[pos]
            prose += line.prose(self.prose_words)
            if prose == 2:
                break  # past a lead's first line and the body's, or two of the body: the body has begun
            near = pos - sum(k < pos for k in items) < 8  # under a ticker and a menu, only a name by its date is told this far down
            if near and self._name_and_place(line):
                out[line.index] = (BYLINE, "a name and a place under the headline")
            elif near and self._desk_byline(line):
                out[line.index] = (BYLINE, f"{_ROLE} and a place under the headline")
            elif "@" in line.text and _signed_address(line) and (near or _bare_name(kept[pos - 1]) or _dated_neighbour(lines, drops, line) is not None):
                out[line.index] = (BYLINE, _ADDRESS_UNDER_HEADLINE)  # further down, under the author's name or by the date
            elif "@" in line.text and _social_handles(line) and (near or _bare_name(kept[pos - 1]) or _dated_neighbour(lines, drops, line) is not None):
                out[line.index] = (BYLINE, _HANDLES_UNDER_HEADLINE)
            elif near and _two_names(line):
                out[line.index] = (BYLINE, "two reporters' names under the headline")  # "Ane Etxeberria y Jon Lasa"
            elif _bare_name(line) and (dated := _dated_neighbour(lines, drops, line)) is not None:
                out[line.index] = (BYLINE, f"a name alone by the date (line {dated.index}) under the headline")
            elif "," in line.text and self._name_and_desk(line) and (dated := _dated_neighbour(lines, drops, line)) is not None:
                out[line.index] = (BYLINE, f"a name and its desk by the date (line {dated.index}) under the headline")
            elif _place_then_name(line) and (dated := _dated_neighbour(lines, drops, line)) is not None:
                out[line.index] = (BYLINE, f"a place and a name by the date (line {dated.index}) under the headline")
            if line.index in out and (dated := _dated_neighbour(lines, drops, line)) is not None and dated.index not in drops.keys() | out.keys():
                out[dated.index] = (BYLINE, f"the date by an author's name (line {line.index})")
            elif line.index not in out and _bare_name(line):
                names.append(line)
        # A name alone over its role or its e-mail address, which the loop named after it ("Jane Doe" / "Reporter").
        for line in names:
            at = lines.index(line)
            role = lines[at + 1] if at + 1 < len(lines) else None
            if role is not None and out.get(role.index, ("", ""))[1].startswith(_ROLE):
                out[line.index] = (BYLINE, f"a name alone over its role (line {role.index}) under the headline")
            elif role is not None and out.get(role.index, ("", ""))[1] in (_ADDRESS_UNDER_HEADLINE, _HANDLES_UNDER_HEADLINE):
                out[line.index] = (BYLINE, f"a name alone over its e-mail address or accounts (line {role.index}) under the headline")
        return out

    def _name_and_desk(self, line: Line, most: int = 3) -> bool:
        """An author's name, bare or after a byline's word, then after a comma the desk or the
        paper in at most ``most`` words: "Rūta Jankauskienė, NTV naujienos", "Door Marieke van
        Dijk, wetenschapsredactie". Asked only by a date under the headline."""
        name, _, desk = line.text.partition(",")
        if line.sentence or not 1 <= len(desk.split()) <= most:
            return False
        [part] = make_lines([(line.index, name)])
        return _bare_name(part) or self._byline(part)

    def section_stamps(self, lines: list[Line], drops: Drops) -> Drops:
        """A section's name and the article's age under the headline ("Asia — hace 2 h"), before
        the body begins. Asked once related blocks are known: dropped earlier, such a line would no
        longer part a block above the headline from the headline; first on the page, it may be a
        teaser's own stamp."""
        out: Drops = {}
        for line in [line for line in lines if line.index not in drops][1:3]:  # the first is a headline or a teaser's
            if line.prose(self.prose_words):
                break
            if _section_and_age(line):
                out[line.index] = (BYLINE, "a section and the article's age by the headline")
        return out

    def _desk_byline(self, line: Line, most: int = 6) -> bool:
        """A byline that names the reporter's role, not a name, in at most ``most`` words: "Our
        Correspondent, Lucknow", "लोकवार्ता प्रतिनिधी, पुणे", "हिमाल दैनिक संवाददाता". The role is
        the last word or two before the comma; with no comma, the line has at most three words."""
        role, comma, _ = line.text.partition(",")
        words = role.split()
        if line.sentence or line.n_words > most or not comma and len(words) > 3:
            return False  # "Notes from a war correspondent" is a subhead
        return any(self.cues.match("byline_role", clean_line(" ".join(words[-k:]))) for k in (1, 2) if len(words) >= k)

    def _name_and_place(self, line: Line) -> bool:
        """A name, then its place or paper after a comma, a bar, a dot or a dash ("Daniel Meier,
        Biel", "By Ana Lima · Gazeta do Sul"), or after a full stop ("Laura Gil. Zaragoza"). A
        place in capitals before a comma and a country, with no "By", is a dateline ("ILOILO CITY,
        Pilipinas")."""
        if line.sentence or not 3 <= line.n_words <= 9:
            return False
        text = line.text.strip()
        if hit := self.cues.match("byline_prefix", line.clean):
            text = text[len(hit) :].strip(" :")
        elif (place := text.split(",", 1))[0].isupper() and len(place) == 2 and not place[1].isupper():
            return False
        return self._named_place(_PLACE_SPLIT.split(text, maxsplit=1)) or self._named_place(_STOP_SPLIT.split(text, maxsplit=1), cased=True)

    @staticmethod
    def _named_place(parts: list[str], cased: bool = False) -> bool:
        """``cased``: names with capitals only (a full stop parts any words in a script without them)."""
        if len(parts) != 2:
            return False
        name, place = parts[0].split(), parts[1].replace(",", " ").split()
        if all(_caseless_word(t) for t in name + place):
            if cased:
                return False
            # Names without capitals look like any words: a short line only ("নিজস্ব প্রতিবেদক, ঢাকা").
            return 2 <= len(name) <= 3 and 1 <= len(place) <= 2
        if not 2 <= len(name) <= 4 or not all(_is_name(t) for t in name) or not 1 <= len(place) <= 4 or _ROMAN.fullmatch(place[-1]):
            return False  # "Process Knowledge Management, Part IV" is a title
        return all(_is_name(t) or t.casefold() in _BYLINE_JOINERS for t in place) or len(place) == 1 and place[0].islower()

    def picture_descriptions(self, lines: list[Line], drops: Drops, least: int = 6, most: int = 40) -> Drops:
        """The line right above an AI label that names a picture ("Image generated by AI")
        describes the picture: ``least`` to ``most`` words with no sentence mark at its end, not
        a headline (``_headlines``), and not itself under a picture's label or credit (a headline
        printed between two pictures, a teaser's title under its picture). At the article's top
        (before its first body paragraph) the line right below such a label describes the
        picture too, once a headline stands elsewhere. A line printed on both sides of the label is
        the headline printed again under its picture: a description is printed once."""
        out: Drops = {}
        if not any(reason == AI_NOTE for reason, _ in drops.values()):
            return out  # most articles: no AI label, no headline to look for
        headlines = self._headlines(lines, drops, least)
        top = True
        for pos, note in enumerate(lines):
            top = top and not (note.index not in drops and note.prose(self.prose_words))
            if drops.get(note.index, ("",))[0] != AI_NOTE or not _within(note, 12) or not _PICTURE_NOTE.search(note.clean):
                continue
            near = {line.text for line in lines[max(0, pos - 3) : pos]} & {line.text for line in lines[pos + 1 : pos + 4]}
            described = False
            if pos >= 1 and _describes(above := lines[pos - 1], headlines, drops, least, most) and above.text not in near:
                if not (pos >= 2 and drops.get(lines[pos - 2].index, ("",))[0] in (AI_NOTE, CAPTION) and not drops[lines[pos - 2].index][1].startswith(_SUMMARY_POINT)):
                    out[above.index] = (CAPTION, f"describes the picture of the AI note below it (line {note.index})")
                    described = True
            # Between the label and the headline printed again under the picture, a sentence describes it too.
            # A credit may stand between the description and the copy ("© Provided by …").
            printed = {line.text for line in lines[max(0, pos - 3) : pos]}
            framed = any(lines[k].text in printed and all(lines[j].index in drops for j in range(pos + 2, k)) for k in range(pos + 2, min(pos + 4, len(lines))))
            if top and headlines and pos + 1 < len(lines) and _describes(below := lines[pos + 1], headlines, drops, least, most, framed):
                # Described above already, a line below with a figure is the news' standfirst ("Fines up to 250 crore").
                if below.text not in near and not (described and any(c.isdigit() for c in below.text)):
                    out[below.index] = (CAPTION, f"describes the picture of the AI note above it (line {note.index})")
        return out

    @staticmethod
    def credited_descriptions(lines: list[Line], drops: Drops, least: int = 3, most: int = 25, reach: int = 3) -> Drops:
        """The sentence right over a picture's bare credit ("Kuva: Yle-arkisto / Pekka Nurmi", "ΦΩΤΟ:
        ΑΠΕ-ΜΠΕ") and right under the byline or its date (an earlier rule's drops, one of them among
        the ``reach`` lines above it, or among the run of up to twice as many dropped lines right above it:
        a share bar between them) describes that picture: one sentence of ``least`` to ``most``
        words. The headline and the standfirst stand over the byline, and a headline under it ends
        with no full stop; the body starts under the picture."""
        out: Drops = {}
        for pos in range(1, len(lines) - 1):
            line, credit = lines[pos], lines[pos + 1]
            if line.index in drops or not line.sentence or not least <= line.n_words <= most or INNER_SENTENCE_END.search(line.text):
                continue
            reason, detail = drops.get(credit.index, ("", ""))
            if reason != CAPTION or not detail.startswith("caption_prefix cue") or credit.n_words > 10 or lines[pos - 1].index not in drops:
                continue
            above = pos  # the run of dropped lines right over it, up to twice ``reach``: a share bar may stand under the byline
            while above > 0 and pos - above < 2 * reach and lines[above - 1].index in drops:
                above -= 1
            if any(drops.get(near.index, ("",))[0] == BYLINE for near in lines[max(0, min(above, pos - reach)) : pos]):
                out[line.index] = (CAPTION, f"describes the picture over its credit (line {credit.index}) under the byline")
        return out

    def chart_titles(self, lines: list[Line], drops: Drops, most: int = 20) -> Drops:
        """A chart's title: the line right over a caption that opens with a data source's label
        ("Source: company filings", "Nguồn: BCTC công ty", "出所：同社決算資料"), of up to ``most``
        words, with no figure and no sentence mark ("Quarterly net profit (in million euros)",
        "東和精機の四半期純利益の推移"). A table's or a list's last row holds its figure, and a
        body paragraph ends like a sentence. Above the body it is the headline over its source; over
        rows of figures under the source, the heading of the article's table."""
        out: Drops = {}
        prose = False
        for pos, (above, source) in enumerate(zip(lines, lines[1:])):
            prose = prose or above.index not in drops and above.prose(self.prose_words)
            if not prose or drops.get(source.index, ("",))[0] != CAPTION or above.index in drops or not _SOURCE_LABEL.match(source.clean):
                continue
            below = next((line for line in lines[pos + 2 :] if line.index not in drops), None)
            if below is not None and below.n_words <= 8 and any(c.isdigit() for c in below.text):
                continue  # "2024: 8,5": the table's rows
            scale = 2 if has_unspaced(above.text) else 1
            if 2 <= above.n_words <= most * scale and not above.sentence and not any(c.isdigit() for c in above.text):
                out[above.index] = (CAPTION, f"a chart's title over its source (line {source.index})")
        return out

    @staticmethod
    def chart_axes(lines: list[Line], drops: Drops, least: int = 3, most: int = 8) -> Drops:
        """A chart printed as text: ``least`` or more values alone on their lines, evenly spaced
        ("0 %", "2 %", "4 %"; "1 200", "1 350", "1 500"), are its axis's ticks; no article lists
        bare figures in steps. Under them, up to ``most`` short lines that are no sentence (the
        periods' axis "I 2023 · III 2023 · I 2024", the legend "Nominal wage") down to the
        chart's source ("Source: Eurostat") go with it; with no source under them, the periods'
        axis right under the ticks does. The chart's title over the ticks is the article's."""
        out: Drops = {}
        kept = [line for line in lines if line.index not in drops]
        pos = 0
        while pos < len(kept):
            run = list(takewhile(lambda line: line.n_words <= 3 and _TICK.fullmatch(line.text.strip()), kept[pos:]))
            pos += max(len(run), 1)
            if len(run) < least or not _evenly_spaced([_tick_value(line.text) for line in run]):
                continue
            out.update({line.index: (NAVIGATION, f"a chart's axis: {len(run)} evenly spaced values alone on their lines") for line in run})
            legend = _legend_over_source(lines[lines.index(run[-1]) + 1 :], drops, most)
            if legend is None and pos < len(kept) and _PERIOD_AXIS.fullmatch(kept[pos].text.strip()):
                legend = [kept[pos]]
            out.update({line.index: (NAVIGATION, "a chart's axis or legend, under its values") for line in legend or ()})
        for line in kept:  # the ticks printed on one line: "7,60  7,70  7,80  7,90", "17 € | 16 € | 15 €"
            if line.index not in out and line.n_words <= 3 * most and (ticks := _axis_on_line(line.text)) >= least:
                out[line.index] = (NAVIGATION, f"a chart's axis: {ticks} evenly spaced values on one line")
        return out

    @staticmethod
    def arrow_links(lines: list[Line], drops: Drops, most: int = 20) -> Drops:
        """A short line closed by a link's arrow ("Buy at Example »", "Tickets from €15 →") that no
        other rule named: a shop's or a ticket seller's link, in any language; no article's line
        ends so. Last of the rules, so that a banner's or a box's button keeps its box's reason."""
        return {
            line.index: (NAVIGATION, "a link with its arrow at the line's end")
            for line in lines
            if line.index not in drops and line.n_words <= most and not line.sentence and _arrow_link(line.text)
        }

    def framed_ai_labels(self, lines: list[Line], drops: Drops, most: int = 40) -> Drops:
        """A sentence between the headline and the headline printed again under its picture, that
        opens with the picture and names AI, is the picture's label however long it runs ("The
        image is AI-generated and shows a judge's gavel on a table."): an aggregator prints the
        picture's label there, and the article's news never stands between the two."""
        out: Drops = {}
        for above, line, below in zip(lines, lines[1:], lines[2:]):
            if line.index in drops or above.text != below.text or not _within(line, most):
                continue
            if (ai := self.cues.match("ai_term", line.clean, line.words)) and _opens_with_picture(line.clean, ai):
                out[line.index] = (AI_NOTE, f"a picture's label with '{ai}' between the headline and its copy")
        return out

    @staticmethod
    def ai_summaries(lines: list[Line], drops: Drops, label: int = 10, most: int = 40, plain: int = 15, points: int = 5) -> Drops:
        """The points right under an AI note that labels no picture ("Key points · Generated by
        AI", "Накратко (резюме, създадено с изкуствен интелект)") are the summary the label says AI
        made: bulleted lines of up to ``most`` words, or two to ``points`` short sentences of up to
        ``plain`` words each without a bullet, with a longer paragraph, a heading or a caption, or a
        dropped line under them (an article's own short paragraphs run on alike to its end). The label, of up to ``label``
        words, ends like no sentence, as a note on the text does ("This article was translated by
        AI. It may contain errors.")."""
        out: Drops = {}
        for pos, note in enumerate(lines):
            if drops.get(note.index, ("",))[0] != AI_NOTE or note.sentence or not _within(note, label) or _PICTURE_NOTE.search(note.clean):
                continue
            run: list[Line] = []
            below: Line | None = None
            for line in lines[pos + 1 :]:  # the points follow the label with nothing between
                bulleted = BULLET.match(line.text) is not None
                if line.index != note.index + 1 + len(run) or line.index in drops or not _within(line, most if bulleted else plain):
                    below = line
                    break
                if not (bulleted or line.sentence) or run and bulleted != (BULLET.match(run[0].text) is not None):
                    below = line
                    break  # one kind of point: a short lead under bulleted points is the article's
                run.append(line)
            if run and not BULLET.match(run[0].text) and not (2 <= len(run) <= points and below is not None and (below.index in drops or not below.sentence or not _within(below, plain))):
                continue
            out.update((line.index, (AI_NOTE, f"{_SUMMARY_POINT} (line {note.index})")) for line in run)
        return out

    @staticmethod
    def counted_pictures(lines: list[Line], drops: Drops, most: int = 40) -> Drops:
        """The line between a gallery's counter ("3/12") and the picture's credit ("Photo: Getty
        Images") describes that picture: a slideshow prints the three over each of its pictures.
        Bare counts out of a rating's scale ("1 / 10", "2 / 10") are a gallery's too where the page
        prints two or more of one total, one next to a picture's caption: a review gives one score,
        or a score per part under the part's name."""
        out: Drops = {}
        counts: dict[int, list[tuple[Line, int, bool]]] = {}  # total -> (line, number, next to a caption)
        for pos, line in enumerate(lines):
            if line.index not in drops and (bare := _BARE_COUNT.fullmatch(line.text)) and int(bare.group(2)) in _SCALES:
                pictured = any(drops.get(near.index, ("",))[0] == CAPTION for near in lines[max(pos - 1, 0) : pos + 2])
                counts.setdefault(int(bare.group(2)), []).append((line, int(bare.group(1)), pictured))
        for total, found in counts.items():
            numbers = {number for _, number, _ in found}
            if len(numbers) >= 2 and 1 <= min(numbers) and max(numbers) <= total and any(pictured for *_, pictured in found):
                out.update({line.index: (CAPTION, f"{_COUNTER} '{line.text.strip()}'") for line, *_ in found})
        # The counter and the picture's description on one line ("3 / 7 Телетрап у выхода № 2"): two
        # or more of one total, or one next to a picture's caption or AI note.
        counted: dict[int, list[tuple[Line, bool]]] = {}
        for pos, line in enumerate(lines):
            if line.index not in drops and line.n_words <= most and (lead := _COUNTED_CAPTION.match(line.text)) and 1 <= int(lead.group(1)) <= int(lead.group(2)):
                pictured = any(drops.get(near.index, ("",))[0] in (CAPTION, AI_NOTE) for near in (lines[max(pos - 1, 0)], lines[min(pos + 1, len(lines) - 1)]))
                counted.setdefault(int(lead.group(2)), []).append((line, pictured))
        for total, found in counted.items():
            if len(found) >= 2 or found[0][1]:
                out.update({line.index: (CAPTION, f"{_COUNTER} and the picture's description on one line") for line, _ in found})
        drops = {**drops, **out}
        for pos in range(1, len(lines) - 1):
            line, counter, credit = lines[pos], lines[pos - 1], lines[pos + 1]
            if line.index in drops or line.n_words > most or not drops.get(counter.index, ("", ""))[1].startswith(_COUNTER):
                continue
            if drops.get(credit.index, ("",))[0] == CAPTION:
                out[line.index] = (CAPTION, f"describes the gallery's picture between its counter (line {counter.index}) and credit")
        return out

    def foreign_descriptions(self, lines: list[Line], drops: Drops, least: int = 8, most: int = 30, sure: float = 0.9) -> Drops:
        """A picture's description left untranslated in a translated article: a line of ``least``
        to ``most`` words, one sentence at most and no quote, in another language than the
        article's (an aggregator translates the text, not the pictures' descriptions), between
        lines that are not. A run of such lines is a passage in that language, not a picture's;
        the first line is the headline unless a title in the article's language follows it:
        they stay. The stopwords name the language of the few lines to ask; langdetect, the
        authority, must name the same one, and be ``sure``."""
        main = _main_language(lines, drops)
        kept = [line for line in lines if line.index not in drops]
        if main is None:
            # A language with no stopword list (Welsh, Telugu): langdetect names it, once, where a
            # line of the right length reads as English.
            english = stopwords_for("en")
            if not any(least <= line.n_words <= most and sum(w.casefold() in english for w in line.words) >= 3 for line in kept):
                return {}
            main = detect("\n".join(line.text for line in kept))[0]
        looks = [
            least <= line.n_words <= most and not _SENTENCE_BREAK.search(line.text.rstrip()) and not _QUOTE.search(line.clean)
            and not quotation(line.text)
            and _foreign_words(line, main)
            for line in kept
        ]
        out: Drops = {}
        for pos, line in enumerate(kept):
            below = kept[pos + 1] if pos + 1 < len(kept) else None
            if not (lang := looks[pos]) or below is None or pos and looks[pos - 1] or looks[pos + 1]:
                continue
            if pos == 0 and not (not below.sentence and below.n_words >= 5 and _in_language(below, main)):
                continue
            detected, probability = detect(line.text)
            if detected == lang and probability >= sure:
                out[line.index] = (CAPTION, f"a description in '{lang}' amid the article's '{main}'")
        return out

    def _listed_titles(self, lines: list[Line], drops: Drops) -> set[int]:
        """The titles right under a related-articles heading at the page's top (its block is not
        found yet): the block's teasers, up to a title over a line an earlier rule dropped (a
        byline, a date, an AI label), which is the article's headline (``_headline_over_picture``)."""
        listed: set[int] = set()
        under = False
        for pos, line in enumerate(lines[:12]):
            if line.index in drops or line.n_words <= 10 and self.cues.match("related_heading", line.clean):
                under = (under or pos <= 2) and (line.index not in drops or drops[line.index][0] == RELATED)
                continue
            below = lines[pos + 1] if pos + 1 < len(lines) else None
            # A teaser is followed by the next one; the headline by its byline, date or picture.
            under = under and not line.sentence and not (
                below is not None and (drops.get(below.index, (RELATED,))[0] != RELATED or _stamp(below, 12))
            )
            if under:
                listed.add(line.index)
        return listed

    def _headlines(self, lines: list[Line], drops: Drops, least: int) -> dict[str, Line]:
        """The lines that may be the article's headline, by text: its first title of ``least``
        words or more in the article's language (a kicker, "Videos from Asia", is shorter; a
        picture's description is often left in English; menus, breadcrumbs, teasers with their
        age and the titles under a related-articles heading aside), and at its top the title
        right above a note on the text ("Written by AI", naming no picture). When the two
        differ, the page tells no more which one describes a picture: both stay."""
        listed = self._listed_titles(lines, drops)
        titles = [
            line for line in lines
            if line.index not in drops and line.n_words >= 3 and not line.sentence and not _CRUMBS.search(line.text)
            and _teaser_age(line.text) is None and line.index not in listed
        ]
        main = _main_language(lines, drops)
        found = [line for line in titles if line.n_words >= least and not _plainly_foreign(line, main)][:1]
        title_at = {line.index for line in titles}
        for pos in range(1, len(lines)):
            line, note = lines[pos - 1], lines[pos]
            if note.index not in drops and note.prose(self.prose_words):
                break
            if line.index in title_at and drops.get(note.index, ("",))[0] == AI_NOTE and not _PICTURE_NOTE.search(note.clean):
                if not _plainly_foreign(line, main):
                    found.append(line)
                break
        return {line.text: line for line in found}

    def video_labels(self, lines: list[Line], drops: Drops) -> Drops:
        """A video widget's label with its title: "Video: So sieht das Bad aus", "Assista: …".

        A short line that ends no sentence, the label followed by a title of three or more
        words (not a spec, "Video: 4K/30p with no crop", nor a link). The article's first
        line is its own title ("VIDEO: Accident pe DN1") unless the player's own line follows
        it (a duration, "Play video"). A short title closed by its duration ("… (2:31)") is a
        video's too. Kept apart from ``single_line``, whose decisions depend on a line's text alone.
        """
        out: Drops = {}
        for pos, line in enumerate(lines):
            if line.index in drops or not _within(line, 20) or line.text.rstrip().endswith(".") and not _timed_end(line.text):
                continue
            if pos == 0 and not (len(lines) > 1 and drops.get(lines[1].index, ("",))[0] == VIDEO):
                continue
            if (hit := self.cues.match("video_label", line.clean)) and _is_title(rest := line.clean[len(hit) :].strip()):
                out[line.index] = (VIDEO, f"video_label cue '{hit.rstrip(' :|–—')}' on a short title line")
            elif hit and _LISTENING_TIME.fullmatch(" " + rest):
                # A player's button with its length and no title: "Kuuntele jakso (32 min)".
                out[line.index] = (VIDEO, f"video_label cue '{hit.rstrip(' :|–—')}' with a length alone")
            elif _is_episode(line.text) and not _table_row_under_header(lines, pos, drops) and not _in_episode_guide(lines, pos):
                out[line.index] = (VIDEO, "an episode's number and its length")
            elif (first := line.text.split(maxsplit=1)) and (word := first[0]).isupper() and len(word) >= 4 and not line.sentence:
                # The label in capitals needs no colon: "VIDEO Pogledajte golove s Poljuda".
                if self.cues.match("video_heading", word.casefold()) and _is_title(line.clean[len(word) :].strip()):
                    out[line.index] = (VIDEO, f"'{word}' in capitals over a short title line")
            elif line.text[-1:] in _DURATION_ENDS and _within(line, 15) and not line.sentence and (duration := _DURATION_TAIL.search(line.text)):
                # "Wed, 12/03/2025 - 02:42" is a time of day; so is a timetable's last cell under its header ("Train | Now | New").
                # So is a route's departure ("Piraeus – Paros – Naxos (07:25)"): a title is cut by one dash at most.
                title = line.text[: duration.start()]
                if not any(c.isdigit() for c in title) and title.count(" – ") + title.count(" — ") < 2 and not _table_row_under_header(lines, pos, drops) and not _timed_rows(lines, pos):
                    out[line.index] = (VIDEO, f"a title with its video's duration '{duration.group(0).strip()}'")
        return out

    def spaced_durations(self, lines: list[Line], drops: Drops, most: int = 8) -> Drops:
        """Titles closed by a bare duration after a space ("Bangkokin kelluvat torit 2:44"), when
        they are videos by their company: two such titles in a row, or one under a line already
        a video's or under a short heading naming videos ("Vaata ka videot", kept or dropped as
        another block's). Alone, the same shape is a time of day ("Anpfiff am Samstag 20:45");
        under a table's header, a row's last cell ("Men's open | Tom Ridley | 2:24:51"); in a run of
        times of an hour or more, a race's results (``_timed_rows``)."""
        def titled(line: Line) -> bool:
            text = line.text
            if text[-3:-2] != ":" or line.index in drops:
                return False  # most lines: no "m:ss" at the end, told without a search
            duration = _SPACED_DURATION.search(text)
            return (
                duration is not None and _within(line, 15) and not line.sentence
                and not any(c.isdigit() for c in line.text[: duration.start()]) and _is_title(line.text[: duration.start()])
                and not text[: duration.start()].endswith(",")  # "Budapest – London Luton, 06:10": a timetable's time of day
            )

        out: Drops = {}
        shaped = [titled(line) and not _table_row_under_header(lines, pos, drops) and not _timed_rows(lines, pos) for pos, line in enumerate(lines)]
        for pos, line in enumerate(lines):
            if not shaped[pos]:
                continue
            above = lines[pos - 1] if pos else None
            heading = above is not None and (
                drops.get(above.index, ("",))[0] == VIDEO or above.index in out
                or not above.sentence and _within(above, most) and _VIDEO_WORD.search(above.clean) is not None
            )
            if heading or (pos + 1 < len(lines) and shaped[pos + 1]):
                out[line.index] = (VIDEO, f"a title with its video's duration '{line.text.split()[-1]}' among videos")
        return out

    def video_heads(self, lines: list[Line], drops: Drops, most: int = 8) -> Drops:
        """The top of a video widget whose durations are known: the first video's title over its
        bare duration ("1:56"), and over it a heading of at most ``most`` words naming videos in
        any language ("Recommended videos", "আপনার জন্য বাছাই করা ভিডিও"), where the lexicon has no such
        heading. The titles under the first duration are the widget's already (``spread``); a play
        button right under a duration is the player's (``_play_button``)."""
        out: Drops = {}
        if not any(reason == VIDEO for reason, _ in drops.values()):
            return out  # most articles: no video widget
        for pos, line in enumerate(lines):
            reason, detail = drops.get(line.index, ("", ""))
            if reason != VIDEO:
                continue
            # Bare or under the label the lexicon names ("1:56", "Duration: 06:12", "再生時間 12:47")
            parts = line.text.split()  # "02:31" is two words to ``Line``
            labelled = detail.startswith("video_heading cue") and 2 <= len(parts) <= 3 and _BARE_DURATION.fullmatch(parts[-1]) is not None
            bare = _BARE_DURATION.fullmatch(line.text) is not None
            if not (bare or labelled or detail.startswith("a title with its video's duration")):
                continue
            button = lines[pos + 1] if pos + 1 < len(lines) else None
            if (bare or detail.startswith("a title")) and button is not None and button.index not in drops and _play_button(button) and not self._own_player(lines, pos, drops):
                out[button.index] = (VIDEO, f"a play button under its video's duration (line {line.index})")
            above = pos - 1
            # The page's first line is its headline, over its own player.
            if (bare or labelled) and above >= 0 and (title := lines[above]).index not in drops and _video_title(title, labelled) and _within(title, 16) and not all(
                line.index in drops for line in lines[:above]
            ):
                out[title.index] = (VIDEO, f"the title over its video's duration (line {line.index})")
                above -= 1
            if above >= 0 and (head := lines[above]).index not in drops and not head.sentence and _within(head, most):
                if _VIDEO_WORD.search(head.clean):
                    out[head.index] = (VIDEO, f"a video widget's heading over its titles (line {line.index})")
        return out

    def live_teasers(self, lines: list[Line], drops: Drops, most: int = 25, least: int = 3) -> Drops:
        """A teaser of the site's live blog set into the article: a live label (``live_teaser``), a
        separator and a title of ``least`` words or more ("LIVE: Storm Odile – road closures as
        they happen", "EN DIRECT. Tempête Amaury : …", "Wetter-Ticker: Sturmtief „Zora“ – alle
        Entwicklungen"). Only under the body's first paragraph: a live page's own headline opens
        with the label too. Over a live stamp, it heads the article's own updates ("Live: the latest"
        / "18:05" / …)."""
        out: Drops = {}
        seen_prose = False
        for pos, line in enumerate(lines):
            if line.index in drops:
                continue
            if seen_prose and _within(line, most) and (hit := self.cues.match("live_teaser", line.clean)):
                rest = line.clean[len(hit) :].lstrip()
                stamped = pos + 1 < len(lines) and drops.get(lines[pos + 1].index, ("", ""))[1] == LIVE_STAMP
                if rest[:1] in _LIVE_SEPARATORS and len(rest[1:].split()) >= least and not stamped:
                    out[line.index] = (RELATED, f"live_teaser cue '{hit}': a teaser of the site's live blog")
                    continue
            seen_prose = seen_prose or line.prose(self.prose_words)
        return out

    @staticmethod
    def live_feeds(lines: list[Line], drops: Drops, least: int = 2, most: int = 20, heading: int = 6) -> Drops:
        """A live feed's box set into the article: ``least`` or more entries in a row, each a time of
        day and a title, no sentence ("16:02 Lawyer announces an appeal"), newest first, right under a
        teaser of the site's live blog (``live_teasers``) or right over a link an earlier rule named
        ("All updates →"), with the box's heading (up to ``heading`` words, no sentence) or its link
        (up to four words) that no rule named around them. An article's own timeline runs in the
        clock's order, and a live page's own entries are sentences."""
        out: Drops = {}
        run: list[int] = []
        for pos, line in enumerate([*lines, None]):
            if line is not None and line.index not in drops and _within(line, most) and not line.sentence and _FEED_ENTRY.match(line.text):
                run.append(pos)
                continue
            if len(run) >= least and _newest_first([lines[k].text for k in run]):
                above = lines[run[0] - 1] if run[0] else None
                below = lines[run[-1] + 1] if run[-1] + 1 < len(lines) else None
                teaser = above is not None and drops.get(above.index, ("", ""))[1].startswith("live_teaser cue")
                link = below is not None and drops.get(below.index, ("",))[0] == NAVIGATION
                if teaser or link:
                    out.update({lines[k].index: (RELATED, f"a live feed's entry, newest first ({len(run)} in a row)") for k in run})
                    if not teaser and above is not None and _label_over(above, drops, heading):
                        out[above.index] = (RELATED, "the heading over a live feed's entries")
                    if not link and below is not None and below.index not in drops and below.n_words <= 4 and not below.sentence:
                        out[below.index] = (RELATED, "the link under a live feed's entries")
            run = []
        return out

    def ticker_lines(self, lines: list[Line], drops: Drops, least: int = 3, most: int = 30) -> Drops:
        """A news ticker's line above the article: its label (``ticker_label``), a colon or a bar and
        another story's title of ``least`` words or more ("TERKINI: Harga beras turun tipis", "Son
        dakika: …", "头条｜市区三条公交线路下周起调整走向"), with the article's headline still to come under it before the first paragraph. A
        headline that opens with such a label ("Breaking: …") has none of its own under it, a
        stamp at most ("Last update: …")."""
        out: Drops = {}
        kept = [line for line in lines if line.index not in drops]
        for pos, line in enumerate(kept):
            if line.prose(self.prose_words):
                break
            if not _within(line, most) or not (hit := self.cues.match("ticker_label", line.clean)):
                continue
            rest = line.clean[len(hit) :].lstrip()
            headline = next(
                (below for below in kept[pos + 1 :] if below.prose(self.prose_words) or below.n_words >= least and not below.sentence and not _dated(below)), None
            )
            title = rest[1:].strip()
            words = len(title) // 2 if has_unspaced(title) else len(title.split())  # a CJK word is two characters
            if rest[:1] in _TICKER_MARKS and words >= least and headline is not None and not headline.prose(self.prose_words):
                out[line.index] = (RELATED, f"ticker_label cue '{hit}': another story's title above the headline")
        return out

    def error_questions(self, lines: list[Line], drops: Drops, most: int = 15) -> Drops:
        """A short question about an error in the text or about the text itself, after the body: a
        feedback prompt the lexicon has no wording for ("Übersetzungsfehler bemerkt?", "Všimli
        ste si nepresnosť?", "Kas see artikkel oli sulle kasulik?"). At most ``most`` words
        holding a question mark and an error word (``error_word``) or the text's own name
        (``self_reference``), or over two answer buttons or more ("Jesam" / "Nisam"), with body
        prose above it and none below: an interview's question has its answer under it."""
        kept = [line for line in lines if line.index not in drops]
        out: Drops = {}
        seen_prose = False
        for pos, line in enumerate(kept):
            question = seen_prose and _within(line, most) and _QUESTION.search(line.text) is not None
            hit = self._asks_about_the_text(line) if question else None
            buttons = _buttons(lines, kept, pos, drops) if question and hit is None else 0
            if hit is not None or buttons >= 2:
                # A page scraped twice prints its body again below the prompt, a word changed here
                # and there: copies are no body.
                printed = [set(above.words) for above in kept[:pos] if above.prose(self.prose_words)]
                options = _options(kept, pos) if hit is None and buttons >= 2 else 0
                own = _poll_button(lines, drops, kept[pos + options]) if options >= 2 else None
                # A poll's own button under its answers, or its label a rule named over its question
                # ("Poll"): the article may go on under it. A question heading a list of the article's has neither.
                framed = own is not None or hit is None and buttons >= 2 and line.index > 0 and _named_label(lines[line.index - 1], drops)
                if framed or not any(self._body_prose(later) and not _printed_above(later, printed) for later in kept[pos + 1 :]):
                    if hit is None and (buttons >= 3 or framed):
                        # Three answers or more, the last its button ("Always", "Sometimes", "Never", "Vote"),
                        # or two under a poll's label or over its button ("Yes" / "No" / "See results"): a
                        # reader poll, whose results take its place.
                        out[line.index] = (FEEDBACK, f"{POLL} (its question on line {line.index})")
                        if line.index and _label_over(label := lines[line.index - 1], drops, 3, asking=True) and not _COLON_VALUE.search(label.text):
                            out[label.index] = (FEEDBACK, f"{POLL}'s heading (its question on line {line.index})")  # "Your opinion"
                        for button in [*kept[pos + 1 : pos + 1 + (options if own else buttons)], *([own] if own is not None else [])]:
                            out[button.index] = (FEEDBACK, f"{POLL}'s answer (its question on line {line.index})")
                    elif hit is None:
                        out[line.index] = (FEEDBACK, "a short question over its answer buttons after the body")
                        for button in kept[pos + 1 : pos + 1 + buttons]:
                            out[button.index] = (FEEDBACK, f"an answer button under a feedback prompt (line {line.index})")
                    else:
                        out[line.index] = (FEEDBACK, f"a short question about an error or the text ('{hit}') after the body")
                    continue
            seen_prose = seen_prose or line.prose(self.prose_words)
        return out

    def _body_prose(self, line: Line) -> bool:
        """``Line.prose`` with Chinese and Japanese measured in words, not characters: a form's
        reply of seventeen characters ("谢谢！我们会参考您的意见改进内容。") is no body paragraph."""
        return line.sentence and not _within(line, self.prose_words - 1)

    def _asks_about_the_text(self, line: Line) -> str | None:
        """The words by which a question asks the reader about an error or about the text itself
        ("Übersetzungsfehler", "this article": "Was this article helpful?")."""
        return self.cues.match("error_word", line.clean) or self.cues.match("self_reference", line.clean)

    def unlisted_banners(self, lines: list[Line], drops: Drops) -> Drops:
        """A consent banner the lexicon has no words for (a language it lacks): a sentence of
        twelve words or more that speaks of cookies (the loanword most languages print),
        among the article's first two or last five lines (or under the menu's items of up to three
        words each that open the page), over two or more button lines
        (one to three words each: "Prijať všetko", "Odmietnuť"), which ``spread`` then takes.
        """
        kept = [line for line in lines if line.index not in drops]
        out: Drops = {}
        for pos, line in enumerate(kept):
            if "cookie" not in line.clean or not line.prose(self.prose_words) or line.n_words > 150:
                continue
            if 2 <= pos < len(kept) - 5 and not all(above.n_words <= 3 for above in kept[:pos]):
                continue  # neither at the page's edge nor under its menu's items alone
            buttons = 0
            for near in kept[pos + 1 : pos + 4]:
                if near.n_words > 3 or near.sentence:
                    break
                buttons += 1
            if buttons >= 2:
                out[line.index] = (COOKIE, "a sentence on cookies over its buttons at the article's edge")
        return out

    # -- block rules -------------------------------------------------------------------

    def related_blocks(self, lines: list[Line], drops: Drops) -> Drops:
        """A related-articles heading opens a block of teasers; the block ends where the body resumes.

        The body resumes at a subhead followed by two body paragraphs, at a run-in label
        over a body paragraph ("Kids:"), at a run of three adjacent body paragraphs, or (in
        the article's first half, where related blocks are short inserts) at the first body
        paragraph. A body paragraph is prose in the article's main language, so teaser
        summaries in another language never end a block. Under two titles or more, a statement
        that names a word of the paragraphs above the block, with nothing after it but furniture,
        is the article's closing line (a site's disclaimer names none). A heading printed under
        every item ("More on Ghold" after each review) is a link of its own and opens no block.
        """
        out: Drops = {}
        body: list[bool] = []  # worked out at the first heading: most articles have none
        main: str | None = None
        for pos, line in enumerate(lines):
            if line.index in out or line.n_words > 10 or drops.get(line.index, (RELATED,))[0] != RELATED:
                continue
            hit = self.cues.match("related_heading", line.clean)
            inline = self.cues.match("inline_related", line.clean)
            if not hit and inline and line.clean[len(inline) :].strip(" :-–—|") == "":
                hit = inline  # "Lesen Sie auch:" alone on its line is a heading too
            if not hit:
                continue
            if not body:
                sizes = [len(line.text) for line in lines]
                total = sum(sizes)
                main = _main_language(lines, drops)
                body = [line.prose(self.prose_words) and _in_language(line, main) for line in lines]
            before = sum(sizes[:pos])
            early = before < total - before - sizes[pos]
            if early and _points_under(lines, drops, pos, main):
                continue  # "The essentials" over the article's key points, each a statement: no teasers
            if pos + 1 < len(lines) and drops.get(lines[pos + 1].index, ("", ""))[1] == LIVE_STAMP:
                continue  # "Latest news" over a live blog's first stamped entry: the article's updates, no teasers
            out[line.index] = (RELATED, f"related_heading cue '{hit}'")
            if self._per_item(lines, drops, body, hit):
                continue  # "More on Ghold" under each review: a link of its own, not a block's heading
            # The block opens the page: under at most two lines, or under a banner and a breadcrumb earlier
            # rules named; a consent banner lies over the page and counts for none.
            # A menu printed one item per line above it (three or more lines of a word or two) is the page's head as well.
            page = [above for above in lines[:pos] if drops.get(above.index, ("",))[0] != COOKIE]
            shown = [above for above in page if above.index not in drops]
            opening = len(page) <= 2 or len(_menu_items_over(shown)) == len(shown)
            on_top = opening and not any(body[:pos])  # no paragraph of the article above it: its headline is under it
            teasers = 0
            all_stamped = True  # every teaser so far printed its age or source (``_teaser_age``)
            all_aged = True  # every teaser so far printed its age ("· 2 days ago"), not only its source
            titles_only = True  # every teaser so far a title: no summary sentences in this block
            stamps = 0  # dated or aged lines in the block so far (a teaser's date on its own line)
            numbered = 0  # teasers so far that print their rank in order ("1. Gold price today")
            for at in range(pos + 1, len(lines)):
                follower = lines[at]
                if teasers and _next_entry(lines, drops, pos, at):
                    break  # a live blog's next entry, under its stamp or opening with its time: the block ended above it
                if teasers and _marked_like_above(lines, drops, pos, at):
                    break  # the marker of the article's items above the block ("―" before an interview's questions): the next item
                if follower.index in drops:
                    if drops[follower.index][0] == CAPTION and drops[follower.index][1].startswith("describes the picture"):
                        out[follower.index] = (RELATED, "a teaser over its picture, in the block after a related-articles heading")
                    continue
                stamp = _teaser_age(follower.text)
                stamped = stamp is not None
                # A long title with its source and its age is a teaser's, and so is one with what stands
                # where the teasers above printed their ages ("… ｜共同社 · 昨天").
                long = not _within(follower, 15) and not (_aged_tail(follower.text) or stamped and teasers and all_stamped)
                # A paragraph under a title shaped like the headings of the article's items above the block.
                item = teasers >= 2 and titles_only and body[at] and self._paragraph(follower) and _item_heading(lines, body, drops, pos, at - 1)
                if early and (body[at] or long) or item or (teasers and titles_only and self._paragraph_again(lines, body, drops, at) and (teasers >= 2 or self._prose_pair(lines, body, drops, at))):
                    # The body goes on: early in the article, at its first paragraph; under titles,
                    # at a paragraph of two sentences that ends the article or that more follow (under
                    # one title, only with another paragraph right under it: a summary's is a title), or
                    # under a title shaped like the headings of the article's items above the block.
                    # The line right above it may be the article's own heading.
                    above = lines[at - 1]
                    if at - 1 > pos and above.index in out and (item or _own_heading(above, teasers, lines[at - 2] if at - 2 > pos else None) or on_top and body[at] and not above.sentence and teasers >= 2):
                        del out[above.index]
                    break
                if not teasers and body[at] and _widget_between(lines, drops, pos, at):
                    break  # the heading named a widget an earlier rule dropped (a video): the body goes on under it
                if teasers and body[at] and _box_right_above(lines, drops, at) and _body_goes_on(lines, body, drops, at):
                    break  # a sign-up or donation box an earlier rule named closed the teasers: the body goes on under it
                if teasers and _ARROW_CRUMB.search(follower.text) and follower.n_words <= 8:
                    break  # the section's breadcrumb ("News › Crime › Courts") over the article's headline: no teaser
                if teasers and _printed_again_under_picture(lines, drops, at):
                    break  # the article's headline, printed again under its picture: the block ended above it
                if teasers and _announces(follower) and _list_follows(lines, drops, at):
                    break  # a label announcing a list ("Stations, north to south:"): no teaser ends so, the article's list follows
                if teasers and (_results_from(lines, drops, at) or _table_from(lines, drops, at) or _schedule_from(lines, drops, at) or _measured_list_from(lines, drops, at) or _facts_from(lines, drops, at)):
                    break  # a table of results or cells, maybe under its title ("Council (17 seats)"): the article's
                if teasers >= 2 and titles_only and _body_closing(follower) and self._closes_article(lines, drops, at) and _echoes_body(lines, body, drops, pos, follower, main):
                    break  # titles, then the article's closing statement with nothing after it but furniture
                if teasers >= 2 and numbered == teasers and _rank(follower.text) != teasers + 1:
                    break  # a ranking's items run "1.", "2.", "3.": the line with no next rank is the article's
                if (teasers >= 2 or teasers and all_aged) and all_stamped and not stamped and (teasers >= 2 and not follower.sentence or titles_only and (
                    self._paragraph(follower) or self._statement_over_paragraph(lines, body, drops, at) or follower.sentence and _table_from(lines, drops, at + 1)
                )):
                    # every teaser printed its age, this title none; or titles (one will do when it printed
                    # its age, not only its source: that closed it) over a paragraph of two sentences, a statement with one right under it, or a
                    # statement over a table ("Winning numbers: 7, 19, 33."): the article's own
                    break
                if opening and self._headline_over_date(lines, body, drops, at):
                    break  # a block opening the page (or a section label): the article's headline over its byline and date, the body below
                if opening and teasers and _headline_over_picture(lines, body, drops, at):
                    break  # a block opening the page: the article's headline over its labelled picture, the body below
                if opening and teasers >= 2 and not stamps and _stamp(follower) and not follower.sentence:
                    break  # a block opening the page, its titles undated: the article's section and age over its headline
                stamps += _stamp(follower)
                if self._body_resumes(lines, body, drops, at):
                    # Under a teaser, a headline-length line (six words or more) over the body
                    # is the block's last teaser, and so is a title printing its age under the
                    # heading; a subhead there is short ("Was sich ändert"), and a quote within
                    # quotation marks is the article's, pulled out.
                    ranked = numbered == teasers and _rank(follower.text) == teasers + 1  # a ranking's next item, however short
                    if (teasers or stamped) and (ranked or not _within(follower, 5)) and not follower.sentence and not body[at] and not _announces(follower) and not _quote_line(follower) and not (
                        pos and _copied_without_block(lines, pos - 1, at)
                    ) and not (on_top and teasers >= 2 and not ranked):
                        out[follower.index] = (RELATED, "the last teaser of the block, over the body")
                    break
                out[follower.index] = (RELATED, "in the block after a related-articles heading")
                teasers += 1
                numbered += _rank(follower.text) == teasers
                all_stamped = all_stamped and stamped
                all_aged = all_aged and stamp is not None and aged(stamp)
                titles_only = titles_only and (not follower.sentence or _asked_title(follower))
        return out

    def _statement_over_paragraph(self, lines: list[Line], body: list[bool], drops: Drops, at: int) -> bool:
        """Whether ``lines[at]`` is one statement (``_statement``) with a body paragraph of two
        sentences right under it, no line dropped between and printed there first: the article
        going on under a block. A page scraped twice starts its copy under the block's last line."""
        below = at + 1
        if not (_statement(lines[at]) and below < len(lines) and lines[below].index not in drops and body[below] and self._paragraph(lines[below])):
            return False
        return all(line.clean != lines[below].clean for line in lines[:at])

    def _closes_article(self, lines: list[Line], drops: Drops, at: int) -> bool:
        """Whether nothing is kept after ``lines[at]`` but what earlier rules dropped, up to the end,
        to another block's heading, or to the share bar or feedback prompt that closes the article
        (what follows it is the page's: tags, comments): the article's last line, printed under
        the block."""
        for line in lines[at + 1 :]:
            if drops.get(line.index, ("",))[0] in (SHARE, FEEDBACK):
                return True
            if line.index in drops or _counter_or_tags(line) or line.n_words <= 80 and self.cues.match("affiliate_disclosure", line.clean, line.words):
                continue  # a sponsor's disclosure goes later (``Furniture._disclosures``)
            return line.n_words <= 10 and self.cues.match("related_heading", line.clean) is not None
        return True

    def _per_item(self, lines: list[Line], drops: Drops, body: list[bool], hit: str) -> bool:
        """Whether a heading's opening words ("more on") head three or more lines with body prose
        between each two: a link printed under each item of a list, not the heading of one block
        of teasers (section blocks, "More from Sport" then "More from Culture", hold only titles)."""
        if len(hit.split()) < 3:
            return False
        opening = " ".join(hit.split()[:2]) + " "
        at = [pos for pos, line in enumerate(lines) if line.n_words <= 10 and line.index not in drops and line.clean.startswith(opening)]
        return len(at) >= 3 and all(any(body[a + 1 : b]) for a, b in zip(at, at[1:]))

    def _paragraph_again(self, lines: list[Line], body: list[bool], drops: Drops, at: int, reach: int = 4) -> bool:
        """Whether ``lines[at]`` is a body paragraph of two sentences with nothing kept after it, or
        with another such paragraph among the ``reach`` lines kept after it (a list's sentences
        between them aside: "Water the garden at dawn."), or any body paragraph
        or closing sentence right under it, and no teaser's "Read more" between them: the article
        going on, not the next teaser's summary (the next teaser's title ends no sentence)."""
        if not (body[at] and self._paragraph(lines[at])):
            return False
        seen = 0
        subhead = at > 0 and lines[at - 1].n_words <= 5 and not lines[at - 1].sentence
        tags = 0  # short labels between, no sentence: the article's tags ("Local elections", "Marlow Fen")
        items = 0  # sentences between, which count for no line of the reach
        for k in range(at + 1, len(lines)):
            if subhead and lines[k].n_words <= 10 and self.cues.match("related_heading", lines[k].clean):
                return seen == tags  # under a subhead, over another block's heading: the article's last paragraph
            if lines[k].index in drops:
                if drops[lines[k].index][0] == RELATED:
                    return False
                continue
            if body[k] and (self._paragraph(lines[k]) or k == at + 1) or k == at + 1 and lines[k].sentence and lines[k].n_words >= 6:
                return True  # a paragraph, or a closing sentence right under it: no teaser's title
            seen += 1
            tags += lines[k].n_words <= 3 and not lines[k].sentence
            items += lines[k].sentence  # a list's items are sentences: no teaser's title
            if seen - items == reach:
                return False
        return seen == 0

    @staticmethod
    def _headline_over_date(lines: list[Line], body: list[bool], drops: Drops, at: int, most: int = 3, look_below: bool = True) -> bool:
        """Whether ``lines[at]`` is a title over a byline and a date (up to ``most`` lines: a
        standfirst's sentence first, a desk's name of a few words, a byline an earlier rule dropped,
        a line holding a date or a time; pictures aside) with the body right below them. A teaser's
        date (or summary) is followed by the next teaser."""
        title = lines[at]
        if title.sentence or title.n_words < 4 or _teaser_age(title.text) is not None and (_aged_tail(title.text) or len(LINE_PARTS.split(title.text)) == 3):
            return False  # a sentence, a label, or a teaser's title printing its source and age ("… — CNA · yesterday")
        if look_below and at + 1 < len(lines) and (below := lines[at + 1]).index not in drops and not below.sentence and below.n_words >= 6:
            if _section_and_age(below):
                after = lines[at + 2] if at + 2 < len(lines) else None
                if after is not None and after.index not in drops and not after.sentence and after.n_words >= 4 and not _stamp(after):
                    return False  # the article's section and age over its headline, under this teaser
            elif Rules._headline_over_date(lines, body, drops, at + 1, most, look_below=False):
                return False  # the headline is the line below, over its date: this one is the block's last teaser
        # The article's section and age may stand right over its headline ("World · 4 hours ago").
        dated = at > 0 and lines[at - 1].index not in drops and _section_and_age(lines[at - 1])
        bylined, seen, stamps = False, 0, 0
        for k in range(at + 1, len(lines)):
            line = lines[k]
            reason = drops.get(line.index, ("",))[0]
            if reason and reason not in (BYLINE, RELATED) or not reason and not line.sentence and (
                drops.get(lines[k - 1].index, ("",))[0] == AI_NOTE
                or k + 1 < len(lines) and drops.get(lines[k + 1].index, ("",))[0] == AI_NOTE and not _stamp(line) and not body[k]
            ):
                continue  # the article's picture, its description under an AI note (or over it, in another language), a video or a share bar
            if reason == BYLINE or not reason and _stamp(line):
                dated = True
                bylined = bylined or reason == BYLINE
                stamps += 1
                if stamps <= most:
                    continue  # a date, a reading time, a count of shares: any run of stamps under the byline
            elif seen == 0 and not dated and not reason and line.sentence:
                pass  # the standfirst, over the byline and date
            elif not reason and _two_names(line):
                pass  # the byline of two reporters no earlier rule named: "Ingrid Hovde og Espen Lie"
            elif dated and not reason and line.sentence and _within(line, 15) and k + 1 < len(lines) and drops.get(lines[k + 1].index, ("",))[0] == CAPTION:
                continue  # the picture's description over its credit, under the byline
            elif bylined and not reason and not line.sentence and _within(line, 15) and k + 1 < len(lines) and (
                drops.get(lines[k + 1].index, ("",))[0] == CAPTION or body[k + 1] and lines[k + 1].index not in drops
            ):
                return True  # the picture's description with no sentence's end under the byline, over its credit or the body
            elif reason or line.sentence or line.n_words > 4:
                # The body's first paragraph, or a short lede of one sentence right over it.
                return dated and not reason and (body[k] or line.sentence and k + 1 < len(lines) and body[k + 1])
            seen += 1
            if seen > most:
                return False
        return False

    @staticmethod
    def _prose_pair(lines: list[Line], body: list[bool], drops: Drops, at: int) -> bool:
        """Whether the body paragraph at ``at`` has another right under it, or under a subhead of a
        question ("What did not work?"): under one teaser's title, the article going on, not the
        teaser's summary (the next teaser's title follows a summary; a title asks no question)."""
        if at + 1 < len(lines) and body[at + 1] and lines[at + 1].index not in drops:
            return True
        return at + 2 < len(lines) and _asks(lines[at + 1].text) and lines[at + 1].n_words <= 8 and lines[at + 1].index not in drops and body[at + 2] and lines[at + 2].index not in drops

    def _body_resumes(self, lines: list[Line], body: list[bool], drops: Drops, at: int) -> bool:
        kept = [i for i in range(at, min(len(lines), at + 6)) if lines[i].index not in drops]
        if len(kept) >= 3 and body[at] and all(body[i] or _quote_line(lines[i]) for i in range(at + 1, at + 3)) and (body[at + 1] or body[at + 2]):
            return True  # three adjacent body paragraphs, nothing dropped between them; one after the first may be a quote
        end = at
        while end < len(lines) and body[end] and lines[end].index not in drops:
            end += 1
        if end - at >= 2 and _all_dropped(lines[end:], drops):
            return True  # two adjacent body paragraphs end the article (nothing kept after them)
        rest = [line for line in lines[end:] if line.index not in drops]
        if end > at and rest and all(line.sentence and not line.prose(self.prose_words) for line in rest):
            return True  # body prose, then only short sentences to the end ("Nobody was hurt."): the article's close
        if end > at and len(rest) >= 3 and _announces(rest[0]) and _within(rest[0], 6) and all(_within(line, 12) and not line.prose(self.prose_words) for line in rest[1:]):
            return True  # body prose, then a label over a short list to the end ("What we know:"): the article's close
        subhead = lines[at].n_words <= 12 and not lines[at].sentence
        if subhead and len(kept) >= 3 and body[kept[1]] and kept[1] == at + 1 and (
            body[kept[2]] or _quote_line(lines[kept[2]]) or _within(lines[at], 5) and INNER_SENTENCE_END.search(lines[kept[1]].text) is not None and _statement(lines[kept[2]])
        ):
            # A subhead over two paragraphs, or over one and a quote on a line of its own; a short one
            # ("What next") over a paragraph of two sentences and a statement: no teaser's title ends so.
            return True
        # A run-in label over its paragraph ("Kids:", then prose): the article's structure; teaser titles announce nothing.
        label = lines[at].n_words <= 6 and lines[at].text.rstrip().endswith(":")
        if label and len(kept) >= 2 and body[kept[1]] and kept[1] == at + 1:
            return True
        # An interview goes on: a question and its answer, twice ("Do you still trust Washington?").
        if len(kept) >= 4 and kept[3] == at + 3 and all(_question(lines[k]) and body[k + 1] for k in (at, at + 2)):
            return True
        return self._list_announced(lines, body, drops, at)

    @staticmethod
    def _list_announced(lines: list[Line], body: list[bool], drops: Drops, at: int, most: int = 6) -> bool:
        """Whether ``lines[at]`` is a short question or label over a list that runs into body prose
        ("What will the board examine?", three items, then the body), or a plain subhead over
        marked items ("Main findings", "• …", "• …"): the article's own section. A question after a
        topic's label is a teaser's title ("Abbey Fields recount: who is the winner?")."""
        line = lines[at]
        announces = _announces(line) or _asks(line.text) and ": " not in line.text
        if not _within(line, 15 if announces else 8) or line.sentence and not announces:
            return False  # a label may run longer: "Lượng mưa đo được đến 6h sáng 15/11:"
        k = at + 1
        while k < len(lines) and k - at <= most and lines[k].index not in drops and not body[k] and not lines[k].sentence and _within(lines[k], 12):
            k += 1
        items = lines[at + 1 : k]
        marked = all(_marked_item(item.text) for item in items)
        while k < len(lines) and lines[k].index in drops:  # an ad marker between the list and the body
            k += 1
        if marked and k < len(lines) and not body[k] and lines[k].n_words <= 8:  # the next subhead, then the body
            k += 1
        return len(items) >= 2 and k < len(lines) and body[k] and (announces or marked)

    def spread(self, lines: list[Line], drops: Drops) -> Drops:
        """Widgets own their short neighbours.

        Consent buttons next to a cookie banner belong to it; short lines after a
        video heading are video titles; what follows a feedback or subscribe prompt
        at the end of the article, if all of it is short, is the rest of that box.
        """
        out: Drops = {}
        for pos, line in enumerate(lines):
            reason = drops.get(line.index, (None,))[0]
            if reason == COOKIE:
                for near in lines[max(0, pos - 3) : pos + 4]:
                    if near.index not in drops and _within(near, 6) and self.cues.match("consent_button", near.clean):
                        out[near.index] = (COOKIE, f"consent button next to a cookie banner (line {line.index})")
                # A row of buttons runs on past that reach: each button right after one marked.
                for before, near in zip(lines[pos + 3 : pos + 8], lines[pos + 4 : pos + 9]):
                    if before.index not in out or near.index in drops or near.n_words > 6:
                        break
                    if not self.cues.match("consent_button", near.clean):
                        break
                    out[near.index] = (COOKIE, f"consent button in a row of buttons (line {before.index})")
                # Unlisted button labels: the run of one-to-three-word lines right after the banner,
                # up to another widget ("Show map" under a blocked map's notice, then a subhead).
                for near in lines[pos + 1 : pos + 5]:
                    if near.index in drops and drops[near.index][0] != COOKIE:
                        break
                    if near.index in drops or near.index in out:
                        continue
                    if near.n_words > 3 or near.sentence:
                        break
                    out[near.index] = (COOKIE, f"a button right after a cookie banner (line {line.index})")
            elif reason == VIDEO and not self.cues.match("video_label", line.clean) and not self._own_player(lines, pos, drops):
                for near in self._video_titles(lines, pos, drops):
                    out[near.index] = (VIDEO, f"listed under a video heading (line {line.index})")
            elif reason == FEEDBACK and drops[line.index][1] == LABELLED_VOTES:
                continue  # a reader rating's score under its label: it names itself, and it closes nothing
            elif reason == FEEDBACK and drops[line.index][1] in (_RATING, VOTES) and pos and (above := lines[pos - 1]).index not in drops:
                # "What did you think of the article?" over stars all alike; a critic's score has no prompt.
                if not above.prose(self.prose_words) and _within(above, 12) and not _scored_stars(line.text) and not rated_items(drops):
                    out[above.index] = (FEEDBACK, f"{RATING_PROMPT} (line {line.index})")
            elif reason == ADVERT and pos + 1 < len(lines) and _sponsored_title(line, drops[line.index][1], lines[pos + 1], drops):
                out[lines[pos + 1].index] = (ADVERT, f"a sponsored teaser's title under its label (line {line.index})")
            elif reason == ADVERT and (pitch := self._advert_pitch(lines, pos, drops)) is not None:
                out[pitch.index] = (ADVERT, f"an advert's text between its label (line {line.index}) and its button")
            elif reason == SHARE:
                below = lines[pos + 1] if pos + 1 < len(lines) else None
                if line.n_words >= 3 and below is not None and below.index not in drops and _dated(below, 6):
                    # "A post shared by Lea Brand (@lea.brand)" over "12 May 2025"
                    out[below.index] = (SHARE, f"an embedded post's date under its line (line {line.index})")
                elif pos and below is not None and drops.get(below.index, ("",))[0] == SHARE:
                    # The label over a bar of two or more networks, in any language: "Kongsi", "Teilen";
                    # not when taken already (a feedback prompt's answer, a banner's button).
                    label = lines[pos - 1]
                    if label.index not in drops and label.index not in out and 1 <= label.n_words <= 2 and not label.sentence:
                        out[label.index] = (SHARE, f"a share bar's label over its networks (line {line.index})")
            elif reason in (FEEDBACK, SUBSCRIBE):
                if reason == SUBSCRIBE:
                    out.update(self._prompt_buttons(lines, pos, drops))
                rest = [n for n in lines[pos + 1 :] if n.index not in drops]
                # Under a paywall, two body paragraphs or more are the article going on (a soft
                # paywall hides the text the page still holds), not the box's small print.
                prose_goes_on = reason == SUBSCRIBE and sum(map(self._paragraph, rest)) >= 2
                if reason == FEEDBACK and link_in_body(lines, pos, drops, self.prose_words):
                    continue  # "Report an error" between the last paragraph and a closing statement
                poll = drops[line.index][1].startswith(POLL)  # a poll's button: the article goes on under it
                if rest and len(rest) <= 4 and all(n.n_words <= self.max_prompt_words for n in rest) and not prose_goes_on and not poll:
                    for n in self._box_rest(lines[pos + 1 :], drops, reason):
                        out[n.index] = (reason, f"after a {_label(reason)} at the end (line {line.index})")
                elif reason == FEEDBACK and not poll and (_asks(line.text) or line.n_words <= 5):
                    # Its answer buttons: "Ja" / "Nei", "مفید", under a question or a short call ("Oceń ten artykuł");
                    # a poll's second button ("Show results") has none, and a subhead may follow it. A poll's
                    # button has no reply under it either: the article's closing line may follow.
                    for near in lines[pos + 1 : pos + 4] if not self._button_row(lines, pos, drops) and not self._error_link(line) else ():
                        if near.index in drops or near.n_words > 3 or near.sentence:
                            break
                        if self.cues.match("related_heading", near.clean):
                            break  # the next box's heading: "Related articles"
                        out[near.index] = (FEEDBACK, f"an answer button under a feedback prompt (line {line.index})")
                    if reply := self._reply(lines, pos + 1, drops):
                        out[reply.index] = (FEEDBACK, f"the reply under a feedback prompt (line {line.index})")
        return out

    def _prompt_buttons(self, lines: list[Line], pos: int, drops: Drops, reach: int = 3) -> Drops:
        """The buttons under a prompt to turn on alerts or to sign up ("Jetzt aktivieren" /
        "Vielleicht später"), worded as a dialog's buttons are (``consent_button``): each right under
        the prompt or under another. A subhead under a box has other words."""
        out: Drops = {}
        for near in lines[pos + 1 : pos + 1 + reach]:
            if near.index in drops:
                if drops[near.index][0] == SUBSCRIBE:
                    continue
                break
            if not _within(near, 6) or near.sentence or not self.cues.match("consent_button", near.clean):
                break
            out[near.index] = (SUBSCRIBE, f"a button under a subscribe prompt (line {lines[pos].index})")
        return out

    def _error_link(self, line: Line) -> bool:
        """Whether a feedback line is a link to report an error ("Nahlásit chybu v článku"), with no
        question: no answer buttons stand under it, and a subhead may."""
        return not _QUESTION.search(line.text) and self.cues.match("error_word", line.clean, line.words) is not None

    @staticmethod
    def _button_row(lines: list[Line], pos: int, drops: Drops) -> bool:
        """Whether the short feedback line at ``lines[pos]`` is a button under another (a poll's
        "Vote now", then "Show results"), not a call with answers under it."""
        return pos > 0 and drops.get(lines[pos - 1].index, ("",))[0] == FEEDBACK and not _asks(lines[pos - 1].text)

    def _own_player(self, lines: list[Line], pos: int, drops: Drops) -> bool:
        """Whether the video line at ``lines[pos]`` is the page's own player: a button to play the
        article ("Listen to this article", "Artikel anhören"), or its time or duration right under
        it. It lists no videos, and the line under it is the article's ("Key points"), not
        another play button."""
        around = lines[max(pos - 1, 0) : pos + 1]
        return any(drops.get(line.index, ("",))[0] == VIDEO and self.cues.match("navigation", line.clean) for line in around)

    @staticmethod
    def _advert_pitch(lines: list[Line], pos: int, drops: Drops, most: int = 30, button: int = 4) -> Line | None:
        """The line between an advert's label at ``lines[pos]`` and a button right under it (a line
        an earlier rule named navigation, of at most ``button`` words): the advert's pitch, a
        sentence or three of at most ``most`` words ("Solar panels on your roof … from 0 %", then
        "Request an offer"). Under a label alone the ad is a picture, and the next paragraph is
        the article's; the article's paragraphs run longer than a pitch."""
        if pos + 2 >= len(lines) or not drops[lines[pos].index][1].startswith("advert cue") or not _within(lines[pos], 3):
            return None  # a label ("Anzeige", "ADVERTENTIE", "広告"), not a call to book under a hotel's listing
        if pos and drops.get(lines[pos - 1].index, ("",))[0] == ADVERT:
            return None  # a picture's slot: its label, then its own link ("Report this ad"), then the article goes on
        pitch, below = lines[pos + 1], lines[pos + 2]
        if pitch.index in drops or not _within(pitch, most) or drops.get(below.index, ("",))[0] != NAVIGATION or not _within(below, button):
            return None
        return pitch

    def _video_titles(self, lines: list[Line], pos: int, drops: Drops) -> list[Line]:
        """The short lines right under the video heading at ``lines[pos]``: its videos' titles, five
        at most.

        A list there ("- …", "2. …", "…,", "May 2 – …", "…:" over it, two "label: value" lines
        or players' grades, "Edgars Liepiņš – 8", two rows led by a figure, "1 kg potatoes")
        is the article's, and so are its header and the subhead right above it; the titles
        before them are the player's. One short line right above body prose is the article's headline or a subhead
        (under a play button too); so is the last of several titles when it is under half as long
        as each of the others, when it comes under a video's duration (a playlist's next title
        has a duration of its own), or when it is one quotation ("« On ne sait plus … »").
        """
        titles: list[Line] = []
        player: list[Line] = []
        facts = 0
        led: list[int] = []
        for at, near in enumerate(lines[pos + 1 : pos + 8], pos + 1):
            facts += near.index not in drops and _fact_row(near.text)
            if near.index not in drops and _FIGURE_LED.match(near.text):
                led.append(at)
            rows = _fact_row(near.text) and at + 1 < len(lines) and lines[at + 1].index not in drops and _fact_row(lines[at + 1].text)  # two, from here
            if near.index not in drops and (_list_line(near) or facts == 2 or rows or len(led) == 2 or _table_from(lines, drops, at)):
                first = at  # the list's first line
                if len(led) == 2:
                    first = led[0]
                    while titles and titles[-1].index >= lines[first].index:
                        titles.pop()  # the rows above, taken for titles
                while first - 1 > pos + len(titles) + len(player) and _fact_row(lines[first - 1].text):
                    first -= 1  # its rows past the titles' reach
                while titles and titles[-1] is lines[first - 1] and (_fact_row(titles[-1].text) or same_cells(titles[-1].text, lines[first].text)):
                    titles.pop()  # its rows, or its header ("Season — Club — Games — Goals")
                    first -= 1
                if titles and titles[-1] is lines[first - 1]:
                    titles.pop()
                break
            if at > pos + 5:  # past the titles' reach: looked at for a list's rows under them only
                if near.index in drops or not _fact_row(near.text):
                    break
                continue
            if near.index in drops and drops[near.index][0] == VIDEO and _PLAYER_POSITION.search(near.text):
                player.append(near)  # the player's own line under its heading: "0:00 / 4:12"
                continue
            if near.index in drops or near.sentence or near.n_words > 12 or self._heads_article(lines, at, drops):
                break
            if near.text.rstrip().endswith(("–", "—", " -")) and _within(near, 6):
                break  # the body's dateline, run into its first paragraph: "WARSAW (PAP) –"
            if len(titles) >= 2 and all(ENTRY_TIME.match(t.text) for t in titles) and not ENTRY_TIME.match(near.text):
                break  # a live ticker's entries open with their time ("16:52 …"): the line with none is the article's headline
            titles.append(near)
        if titles:
            last = titles[-1]
            below = next((k for k in lines[pos + 1 + len(titles) + len(player) :] if k.index not in drops), None)
            if below is not None and below.prose(self.prose_words):
                others = [t for t in player + titles[:-1] if not _play_button(t)]  # a play button is no title to measure by
                if all(t.n_words >= 2 * last.n_words for t in others) or len(titles) >= 2 and _UNIT_DURATION.fullmatch(titles[-2].text) or _QUOTE_LINE.fullmatch(last.text):
                    titles.pop()
        return titles

    def _reply(self, lines: list[Line], at: int, drops: Drops, most: int = 15) -> Line | None:
        """The line at ``at``, right under a feedback question, when it is the form's reply ("We
        will look into your comments."): one short sentence, body prose not going on under it."""
        if at >= len(lines) or (line := lines[at]).index in drops or not line.sentence or line.n_words > most:
            return None
        below = lines[at + 1] if at + 1 < len(lines) else None
        return None if below is not None and below.index not in drops and below.prose(self.prose_words) else line

    def _heads_article(self, lines: list[Line], at: int, drops: Drops) -> bool:
        """Whether the title at ``lines[at]`` stands over the article's own head (its byline, its
        picture's note or caption, its date or age: "Asia | 6 hours ago"): the headline under a
        video heading, not a video's title (a duration under a title is the video's). The byline
        may come under a desk's name of a word or two ("News desk") or under the standfirst."""
        below = lines[at + 1] if at + 1 < len(lines) else None
        if below is None:
            return False
        if below.index not in drops:  # a date, or an age in one of the line's parts ("Asia | 6 hours ago")
            if _DATE.search(below.text):  # published and updated, each with its time: "12 jun 2024, 09:15 · Atualizado às 11:02"
                return _stamp(below, 12)
            if below.n_words <= 2 and not below.sentence and at + 2 < len(lines) and drops.get(lines[at + 2].index, ("",))[0] == BYLINE:
                return True
            if below.sentence and below.prose(self.prose_words):  # the standfirst, over the byline or the date
                return any(drops.get(line.index, ("",))[0] == BYLINE or line.index not in drops and _stamp(line) for line in lines[at + 2 : at + 4])
            return _stamp(below) and len(parts := LINE_PARTS.split(below.text)) > 1 and any(map(aged, parts))
        return drops[below.index][0] in (BYLINE, AI_NOTE, CAPTION)

    def _box_rest(self, after: list[Line], drops: Drops, reason: str) -> list[Line]:
        """The kept lines of a box's rest: up to a paragraph of two sentences that follows
        another widget or precedes one, past the sentences after it (a newsletter box, the
        article's last paragraphs, then an app prompt or a share bar: the paragraphs are the
        article's, between two boxes, and so is a question right over it), or up to one statement
        right over the share bar, a related block or a disclaimer (the article's closing line), or
        up to a live page's next entry."""
        rest: list[Line] = []
        other_widget = False
        for k, line in enumerate(after):
            if line.index not in drops and line.n_words <= 10 and self.cues.match("related_heading", line.clean):
                break  # the next box's heading, which a later rule names: "Related articles" and its teasers
            if line.index in drops:
                if drops[line.index][0] == RELATED:
                    break  # the next box: "Related articles" and its teasers
                other_widget = other_widget or drops[line.index][0] != reason
            elif self._paragraph(line) and (other_widget or _box_follows(after[k + 1 :], drops)):
                if rest and rest[-1] is after[k - 1] and _question(rest[-1]):
                    rest.pop()  # the question it answers, right over it: the article's subhead ("What if I have no heating?")
                break
            elif _date_alone(line, 3) and k + 1 < len(after) and after[k + 1].index not in drops and self._paragraph(after[k + 1]):
                break  # a live page's next entry: its time, then its paragraph
            elif (_statement(line) or _wish(line)) and (_share_bar_below(after[k + 1 : k + 3], drops) or k + 1 < len(after) and self._box_under(after[k + 1], drops)):
                break  # one statement right over the share bar, the next box or the tags: the article's closing line, under a box set into it
            else:
                rest.append(line)
        return rest

    def _box_under(self, line: Line, drops: Drops) -> bool:
        """Whether ``line`` opens a box under the article's closing line: related links, the site's
        disclaimer, or the article's tags after their label ("Etiquetas: Incendios · Ourense")."""
        return _next_box(drops.get(line.index)) or line.index not in drops and self._inline_tags(line) is not None

    def _paragraph(self, line: Line) -> bool:
        """A body paragraph: two sentences or more, of twenty words or more ("Your 15% off will be
        applied in checkout!" twice over is a box's line)."""
        return line.n_words >= 20 and line.sentence and INNER_SENTENCE_END.search(line.text) is not None

    def sandwiched(self, lines: list[Line], drops: Drops) -> Drops:
        """Short lines between two lines of the same widget (at most 3 apart) belong to it, but
        not a sentence of prose between two video or share lines; a paragraph of two sentences
        between two subscribe prompts is the article's, between a
        newsletter box and an app prompt (a cookie banner's two sentences are its own). One
        button between two widgets of different kinds is the upper one's.

        Not between two ad markers: a site prints one between every few paragraphs of the
        article ("ANZEIGE", "MAINOS"), and what lies between them is the article's own text. Nor
        across a byline: a site's "Live" label over the headline and a video under the byline. Nor
        between a ranking's stars (``rated_items``): an item's name and text lie between them. A
        reader poll and a prompt under it ("Was this article helpful?") are two boxes: the
        article's closing line may stand between them.
        """
        out: Drops = {}
        ranked = rated_items(drops)  # a ranking's stars: each under its item, none a widget's edge
        marked = [
            (pos, drops[line.index][0], drops[line.index][1].startswith(POLL))
            for pos, line in enumerate(lines)
            if drops.get(line.index, ("",))[0] in _BOXES and not (ranked and drops[line.index][1] == _RATING)
        ]
        for (a, reason, poll), (b, other, other_poll) in zip(marked, marked[1:]):
            if poll != other_poll:
                other = ""  # a reader poll and a prompt under it ("Was this article helpful?"): two boxes
            between = [line for line in lines[a + 1 : b] if line.index not in drops]
            if any(drops.get(line.index, ("",))[0] == BYLINE for line in lines[a + 1 : b]):
                continue  # a byline between: the article's head (a "Live" label over the headline, a video under the byline)
            if reason != other and b - a == 2 and len(between) == 1 and _button(between[0]):
                # "Sign up" under a newsletter's pitch and over "Share": the button closes the box above it.
                out[between[0].index] = (reason, f"a button under a {_label(reason)} (line {lines[a].index})")
                continue
            if reason != other or not between or b - a > 4:
                continue
            if reason in (VIDEO, SHARE) and any(line.prose(self.prose_words) or reason == SHARE and (self._post_text(line) or _stated(line)) for line in between):
                # A video's title is no sentence of prose: a live blog's entry between two players.
                # Nor is a share bar's item: a post's text quoted between its embed's lines
                # ("View this post on Instagram", "A post shared by …"), even when it ends on an emoji,
                # or the article's closing statement between a follow-us prompt and the bar.
                continue
            if all(line.n_words <= 30 and not (reason == SUBSCRIBE and self._paragraph(line)) for line in between):
                for line in between:
                    out[line.index] = (reason, f"inside a {_label(reason)} (between lines {lines[a].index} and {lines[b].index})")
        return out

    def link_boxes(self, lines: list[Line], drops: Drops, most: int = 4, words: int = 12) -> Drops:
        """Up to ``most`` short lines (``words`` words or fewer, no sentence's end) between two lines
        the lexicon named as a page's tools, inside the article (its prose above and below): a box's
        heading and its button with the box's links or fields between them ("Jobs near you", two
        job ads, "See all jobs"; "Plan your journey", "From", "To", "Search"), each of the two printed
        once. An advert's marker may head the box ("Advertisement", a shop's rows, "See all shops";
        a site prints its marker many times). At the page's top, between a menu's items, stands the headline."""
        out: Drops = {}
        marked = [pos for pos, line in enumerate(lines) if drops.get(line.index, ("",))[0] in (NAVIGATION, ADVERT)]
        if len(marked) < 2:
            return out  # most articles: no two page tools
        printed = Counter(lines[pos].clean for pos in marked)
        prose = [pos for pos, line in enumerate(lines) if line.index not in drops and line.prose(self.prose_words)]
        for a, b in zip(marked, marked[1:]):
            if drops[lines[b].index][0] == ADVERT or drops[lines[a].index][0] == NAVIGATION and printed[lines[a].clean] > 1 or printed[lines[b].clean] > 1:
                continue  # a button printed under every item of a guide ("Jump to review"): the items are the article's
            between = lines[a + 1 : b]
            if not between or len(between) > most or any(line.index in drops or line.n_words > words or line.sentence for line in between):
                continue
            if drops[lines[a].index][0] == ADVERT and (facts := sum(map(_told_fact, between))) >= 2 and 2 * facts >= len(between):
                continue  # the article's facts under an advert's marker, over a ticket seller's button ("Where: …", "When: …")
            if prose and prose[0] < a and prose[-1] > b:  # the article's prose above and below
                for line in between:
                    out[line.index] = (NAVIGATION, f"inside a box of links or fields (between lines {lines[a].index} and {lines[b].index})")
        return out

    def _post_text(self, line: Line) -> bool:
        """An embedded post's text: sentences of prose, the last of them ending on an emoji or a hashtag."""
        return line.n_words >= self.prose_words and INNER_SENTENCE_END.search(line.text) is not None

    def stamped_teasers(self, lines: list[Line], drops: Drops, least: int = 2) -> Drops:
        """Teasers that carry their age, after their source or not ("… — The Star · 1 day ago",
        "… · fa 5 hores"), ``least`` or more in a row (lines dropped between them aside; one of
        them may say "yesterday"), with the short heading right above them: a related block
        whatever its heading says. An article's own lines print no age behind a title."""
        out: Drops = {}
        kept = [line for line in lines if line.index not in drops]
        run: list[int] = []  # positions in ``kept``
        ages = 0
        for pos, line in enumerate([*kept, None]):
            if line is not None and (age := _teaser_age(line.text)) is not None:
                run.append(pos)
                ages += aged(age)
                continue
            # Ranks counting up are a ranking's rows, numbered labels a list's ("Linie 45: …"), rows
            # under a count of the same unit or under a header are a table's ("Council (17 seats)",
            # then "Green List – 5 seats"; "Province | Last day | Back at school" over dated rows),
            # and the article's headline, printed again under its picture, is no teaser: a byline
            # with its age above it ("Story by Anton Berg • 2 h") makes no block of them.
            if (
                len(run) >= least
                and ages >= max(1, len(run) - 1)
                and not _ranked([kept[k].text for k in run])
                and not numbered_labels([kept[k].text for k in run])
                and not all(BULLET.match(kept[k].text) for k in run)
                and not (run[0] and _counts_alike(kept[run[0] - 1].text, kept[run[0]].text))
                and not (run[0] and (header_over(kept[run[0] - 1].text, kept[run[0]].text) or _column_header(kept[run[0] - 1].text, kept[run[0]].text)))
                and not any(_printed_again_under_picture(lines, drops, kept[k].index) for k in run)
            ):
                for k in run:
                    out[kept[k].index] = (RELATED, f"a teaser with its age ({len(run)} in a row)")
                head = kept[run[0] - 1] if run[0] else None
                if head is not None and head.n_words <= 6 and not head.sentence and not any(c.isdigit() for c in head.text):
                    out[head.index] = (RELATED, "the heading over teasers with their age")
            run, ages = [], 0
        return out

    @staticmethod
    def polls(lines: list[Line], drops: Drops, least: int = 2, most: int = 8) -> Drops:
        """A reader poll: its question, then ``least`` or more short options each closed by its
        share of the votes ("Yes, it's a sensible saving 14%"), then the count of votes ("3,912
        votes", "Balsavo 2 318 skaitytojų"), a button or a prompt below. A survey's results in
        the article have no question of the reader's over them, nor a count of votes and a button
        under them. The heading over the question ("Poll", "What do you think?") is the poll's too,
        and so is its button: the article goes on under it."""
        out: Drops = {}
        for pos in range(1, len(lines)):  # an option ends with its share, never with a question mark: no question inside a run
            question = lines[pos - 1]
            if question.index in drops or not _asks(question.text):
                continue
            run = list(takewhile(
                lambda line: line.index not in drops and line.n_words <= most and _SHARE_OF_VOTES.search(line.text), islice(lines, pos, None)
            ))
            if len(run) < least:
                continue
            end = pos + len(run)
            below = lines[end] if end < len(lines) else None
            counted = below is not None and (_VOTE_COUNT.fullmatch(below.text) or _voters(below))  # the lexicon may know it already
            button = end + 1 if counted else end
            named = button < len(lines) and drops.get(lines[button].index, ("",))[0] == FEEDBACK
            if counted or named:
                box = [question, *run, *([below] if counted and below.index not in drops else []), *([lines[button]] if named else [])]
                if pos >= 2 and _label_over(lines[pos - 2], drops, 2, asking=True):
                    box.insert(0, lines[pos - 2])
                for line in box:
                    out[line.index] = (FEEDBACK, f"{POLL} (its question on line {question.index})")
        return out

    @staticmethod
    def open_polls(lines: list[Line], drops: Drops, least: int = 2, most: int = 6, words: int = 8) -> Drops:
        """A reader poll still open: its question, ``least`` to ``most`` short options (up to
        ``words`` words, no sentence's end), then its button the lexicon named ("Vote", "Abstimmen")
        or the count of its voters ("Glasovalo je 1.412 bralcev", "Vastanuid: 2074"), with the
        heading over the question ("Poll"). The button is the poll's, not a prompt that ends the
        article: the article goes on under a poll set into it. An interview's answers end like
        sentences, and no button or count stands under them; a forum prints a count on each poster's
        card ("Posts: 16074"), and a list of amounts ends its last row with the unit of the others
        ("Culture: 540 million forints"). A poll with its results is ``polls``'s; over a named
        button, an option may name a share ("Less than 30 %")."""
        out: Drops = {}
        counts = {line.index: _voters(line) for line in lines if line.index not in drops}
        repeated = {key for key, n in Counter(filter(None, counts.values())).items() if n > 1}  # "Posts: 16074" on each poster's card
        for pos, button in enumerate(lines):
            counted = counts.get(button.index) not in (None, "", *repeated)
            if pos < least + 1 or not counted and (drops.get(button.index, ("",))[0] != FEEDBACK or button.n_words > 3):
                continue
            k = pos - 1
            while k >= 0 and pos - k <= most and lines[k].index not in drops and lines[k].n_words <= words and not lines[k].sentence:
                if _VOTE_COUNT.fullmatch(lines[k].text) or counted and _SHARE_OF_VOTES.search(lines[k].text):
                    break  # a poll with its results: ``polls``; over a named button, an option may name a share ("Less than 30 %")
                k -= 1
            question = lines[k] if k >= 0 else None
            if pos - k - 1 < least or question is None or question.index in drops or not _asks(question.text):
                continue
            if counted and (not 3 <= question.n_words <= 25 or not all(map(_poll_option, lines[k + 1 : pos]))):
                continue  # a forum's post and its poster's name, status and stamp over their count of posts
            if counted and _unit_shared(button, lines[k + 1 : pos]):
                continue  # the last row of a list of amounts ("Culture: 540 million forints"), no count of voters
            box = lines[k:pos]
            if k >= 1 and _label_over(lines[k - 1], drops, 2, asking=True):
                box.insert(0, lines[k - 1])
            for line in box:
                out[line.index] = (FEEDBACK, f"{POLL} (its question on line {question.index})")
            out[button.index] = (FEEDBACK, f"{POLL}'s {'count of voters' if counted else 'button'} (its question on line {question.index})")
        return out

    @staticmethod
    def live_scores(lines: list[Line], drops: Drops, least: int = 2) -> Drops:
        """A live-score widget: ``least`` or more matches in a row, each two sides, the score
        and its state ("Gillingham 1-0 Tranmere 63'", "Agen 21-21 Nevers | 70e", "Arenteiro 2-0
        Ponferradina · Final"), with a heading of up to three words over them ("Live scores"). The
        article's own results print no minute or state."""
        out: Drops = {}
        run: list[Line] = []
        for pos, line in enumerate([*lines, None]):
            if line is not None and line.index not in drops and line.n_words <= 12 and _LIVE_SCORE.fullmatch(line.text):
                run.append(line)
                continue
            if len(run) >= least:
                for match in run:
                    out[match.index] = (NAVIGATION, f"a live-score widget's match ({len(run)} in a row)")
                if (at := pos - len(run)) and _label_over(lines[at - 1], drops, 3):
                    out[lines[at - 1].index] = (NAVIGATION, "the heading over a live-score widget")
            run = []
        return out

    @staticmethod
    def row_titles(lines: list[Line], drops: Drops, most: int = 4) -> Drops:
        """The title of up to ``most`` words right over a widget's row of names with their figures
        ("Prayer times (Dhaka)" over "Fajr 4:54 | Dhuhr 12:11 | Asr 4:27") or over a countdown
        ("Eclipse starts in" over "1 d 23 h 41 min 08 s"): the widget's."""
        return {
            above.index: (NAVIGATION, f"the title over a widget's row (line {line.index})")
            for above, line in zip(lines, lines[1:])
            if drops.get(line.index, ("", ""))[1] in (_FIGURE_ROW, COUNTDOWN) and _label_over(above, drops, most)
        }

    @staticmethod
    def forecast_rows(lines: list[Line], drops: Drops, least: int = 3, most: int = 12) -> Drops:
        """A weather widget's forecast: ``least`` or more rows in a row, each a day's short name
        and its temperature first ("Mer. 12° – pluie 95 %", "Mi 37° / 22° Regenrisiko 10 %"),
        with its heading of up to four words over them ("Brest – prévisions"). The article's
        forecast is told in sentences, and its table's rows name places, not days cut short, under
        their header ("City | High | Low", then "Ruse | 40° | 23°"). A row
        dropped alone as a widget's line (``_WEATHER_LINE``) is one of them."""

        def row(line: Line) -> bool:
            return drops.get(line.index, ("", ""))[1] == _WEATHER_LINE or (
                line.index not in drops and not line.sentence and _within(line, most) and _FORECAST_ROW.match(line.text.strip()) is not None
            )

        return _widget_rows(lines, drops, row, least, 4, "a weather widget's forecast ({} days)", "the heading over a weather widget's forecast", headed=True)

    @staticmethod
    def departure_boards(lines: list[Line], drops: Drops, least: int = 2, most: int = 12) -> Drops:
        """A departures board: ``least`` or more rows in a row, each a time of day and a flight's
        number ("07:10 Alicante JX 412 Cancelled", "16:20 | Hanoi | VN 131 | Delayed"), with its
        heading of up to eight words over them ("Live departures · Ashworth (ASW)"). The article
        tells of cancelled flights in sentences."""

        def row(line: Line) -> bool:
            return line.index not in drops and not line.sentence and _within(line, most) and _FLIGHT_ROW.search(line.text) is not None

        return _widget_rows(lines, drops, row, least, 8, "a departures board's rows ({} flights)", "the heading over a departures board")

    @staticmethod
    def episode_guides(lines: list[Line], drops: Drops, least: int = 2, most: int = 12) -> Drops:
        """A series' or a podcast's episode guide: ``least`` or more rows in a row, each an
        episode's number, its title and its length in minutes ("1. del: Oporoka (48 min)",
        "Epizóda 2: Návrat – 49 min"), with its heading of up to four words over them ("Episode
        guide"). A review names the episodes it speaks of in its sentences."""

        def row(line: Line) -> bool:
            # "1 serija. Laidotuvės (46 min.)" ends like a sentence inside its bracket.
            unended = not line.sentence or line.text.rstrip().endswith(")")
            return line.index not in drops and unended and _within(line, most) and _EPISODE_ROW.fullmatch(line.text) is not None

        return _widget_rows(lines, drops, row, least, 4, "an episode guide's rows ({} episodes)", "the heading over an episode guide")

    @staticmethod
    def betting_offers(lines: list[Line], drops: Drops, most: int = 30) -> Drops:
        """A bookmaker's offer next to its gambling notice ("18+ | Play responsibly"), in any
        language: odds and a sum of money in a line of parts ("Bayern to win @ 1,85 | 100 €
        bonus"), no sentence of the article's."""
        out: Drops = {}
        for pos, line in enumerate(lines):
            if line.index not in drops and line.n_words <= most and _ODDS_ROW.fullmatch(line.text) and not _table_row_under_header(lines, pos, drops):
                out[line.index] = (ADVERT, "a bookmaker's odds on a match's three outcomes")
                notice = {
                    below.index: (LEGAL, "a gambling notice with its age limit under a bookmaker's odds")
                    for below in lines[pos + 1 : pos + 3]  # past a button ("Bet now")
                    if below.index not in drops and below.n_words <= 15 and _AGE_LIMIT.search(below.text)
                }
                out.update(notice)
                out.update(_odds_box(lines, pos, {**drops, **notice}))
                continue
            if line.index in drops or line.n_words > most or "|" not in line.text or not (_ODDS.search(line.text) and _MONEY.search(line.text)):
                continue
            near = [lines[k] for k in (pos - 1, pos + 1) if 0 <= k < len(lines)]
            if pos and (above := lines[pos - 1]).index not in drops and same_cells(above.text, line.text):
                continue  # a price table's last row over the advert's label ("Parmigiano (200 g) | 4,90 € | 5,60 €")
            if any(drops.get(other.index, ("",))[0] in (LEGAL, ADVERT) for other in near):
                out[line.index] = (ADVERT, "a betting offer (odds and a sum) next to an advert or its notice")
        return out

    @staticmethod
    def shop_prices(lines: list[Line], drops: Drops, least: int = 2) -> Drops:
        """A price comparison's shops: ``least`` or more lines of a shop's name and its price
        ("Amazon – 379,90 €", "Elgiganten – 14 990 kr") next to an advert's line or a button
        ("Compare prices", "Best price"). A model's name holds a figure ("Galaxy S25 – 899 €"): a launch's price list is
        the article's, and so are rows under a title of their own, kept ("What the basket cost in each shop")."""
        out: Drops = {}
        run: list[Line] = []
        for pos, line in enumerate([*lines, None]):
            if line is not None and line.index not in drops and _SHOP_PRICE.fullmatch(line.text):
                run.append(line)
                continue
            if len(run) >= least:
                above, below = pos - len(run) - 1, pos
                # Under a title of its own ("What the basket cost in each shop"), kept, the rows are
                # the article's table, whatever widget follows them.
                titled = above >= 0 and lines[above].index not in drops and not lines[above].sentence and lines[above].n_words <= 12
                if not titled and any(0 <= k < len(lines) and drops.get(lines[k].index, ("",))[0] in (ADVERT, NAVIGATION) for k in (above, below)):
                    for shop in run:
                        out[shop.index] = (ADVERT, f"a price comparison's shop ({len(run)} in a row)")
            run = []
        return out

    def shop_buttons(self, lines: list[Line], drops: Drops, least: int = 2, words: int = 12) -> Drops:
        """A price comparison's rows, each a shop, its price and its button in one line
        ("ハナマルストア 149,800円 ＞ 購入する", "Shop X 1,990,000원 구매하기"): ``least`` or more in a
        row, each a price or, under those, a shop's state the lexicon names ("在庫確認中", "Out of
        stock"), with buttons as ``_shop_rows`` asks. An article's price list names no button, and
        a table's rows are the article's."""
        out: Drops = {}
        named = {pos for pos, line in enumerate(lines) if drops.get(line.index, ("",))[0] in (NAVIGATION, ADVERT)}
        run: list[int] = []
        priced: set[int] = set()
        for pos, line in enumerate([*lines, None]):
            if line is not None and line.index not in drops and not _full_sentence(line) and _within(line, words) and not _table_row(lines, pos):
                if _PRICE_PART.search(line.text):
                    run.append(pos)
                    priced.add(pos)
                    continue
                if run and self._names_button(line.text):
                    run.append(pos)  # a shop's state under the priced rows: "Out of stock"
                    continue
            if len(run) >= least and self._shop_rows(lines, run, priced, named):
                for k in run:
                    out[lines[k].index] = (ADVERT, f"a price comparison's shop and its button ({len(run)} in a row)")
            run = []
        return out

    def _shop_rows(self, lines: list[Line], run: list[int], priced: set[int], named: set[int]) -> bool:
        """Whether priced rows are a shop box's: one names a button and a box's line a rule named
        is right over or under them, or every priced row names its button ("Buy at Example — €549",
        "£649 at Amazon — View Deal"). The lexicon is asked last: most runs of prices are neither."""
        framed = run[0] - 1 in named or run[-1] + 1 in named
        buttons = [self._names_button(lines[k].text) for k in run if k in priced]
        return any(buttons) if framed else all(buttons)

    def _names_button(self, text: str) -> bool:
        """Whether the lexicon names a button at the start or the end of a shop's row, or in a part of
        it between arrows or dashes."""
        tokens = text.split()
        parts = [part for part in _SHOP_PARTS.split(text) if part.strip()]
        ends = range(1, min(len(tokens), 4))  # a button's label runs to three words
        affixes = [" ".join(tokens[-k:]) for k in ends] + [" ".join(tokens[:k]) for k in ends]
        return any(self.cues.match("navigation", clean_line(part)) for part in (*parts, *affixes))

    @staticmethod
    def offer_boxes(lines: list[Line], drops: Drops, reach: int = 2, head: int = 2, words: int = 8, offer: int = 7) -> Drops:
        """A booking box set into the article: an offer's price or its guests' rating with the count
        of their reviews, in up to ``offer`` words and one clause ("From £94 per night", "8.9
        Excellent · 412 reviews", named a rating already or not; a plan's "billed annually, or $29/mo billed monthly" is a pricing
        table's row), up to ``reach`` lines over the short button an earlier rule named ("Check
        prices"), with up to ``head`` short lines over them (the hotel's name, the box's heading "Hotel deal"). The article's own prices come
        in its sentences, or in a list of labelled rows."""
        out: Drops = {}
        for pos, button in enumerate(lines):
            if drops.get(button.index, ("",))[0] not in (NAVIGATION, ADVERT) or button.n_words > 4 or button.sentence:
                continue
            k = pos
            while k > 0 and pos - k < reach and (_box_line(lines[k - 1], drops, offer) or _rated(lines[k - 1], drops)) and ", " not in lines[k - 1].text and _OFFER.search(lines[k - 1].text):
                k -= 1
            if k == pos or _table_row_under_header(lines, pos - 1, drops):
                continue  # no offer, or a table's last rows over an advert's label ("03.15 | 3,8 | 11 km" under "Time | Magnitude | Depth")
            top = k
            while top > 0 and k - top < head and _box_line(lines[top - 1], drops, words):
                top -= 1
            for line in lines[top:pos]:
                out[line.index] = (ADVERT, f"in a booking box over its button (line {button.index})")
        return out

    def button_rows(self, lines: list[Line], drops: Drops, least: int = 2, heading: int = 6, cells: int = 4) -> Drops:
        """A widget's cards, one a line: ``least`` or more lines in a row cut into the same cells,
        each closing on the same button ("Easy Saver | 4.55% | £1 | Apply now"): one the lexicon
        names, or any label with no figure on cards of ``cells`` cells or more ("Bogyó · mixed breed
        · 2 years · vaccinated · Meet me"). The box's heading right over them goes too (up to
        ``heading`` words, no sentence). A table's rows close on their own figures or words under a
        kept header ("Time | Magnitude | Area" over "03:47 | 5,8 | Vrancea", other rows between:
        ``_table_row_under_header``; "Day | Birch | Grass" over "Tuesday | high | low", a value
        repeating down a column: ``worded_table``), and an agenda's entries (a title, a place and
        time, a price) on their price ("Free")."""
        out: Drops = {}
        buttons = [None if line.index in drops else last_cell(line.text) for line in lines]
        run: list[int] = []
        for pos in range(len(lines) + 1):
            button = buttons[pos] if pos < len(lines) else None
            if button is not None and run and button == buttons[run[-1]] and same_cells(lines[run[-1]].text, lines[pos].text):
                run.append(pos)
                continue
            if (
                len(run) >= least
                and not _table_row_under_header(lines, run[0], drops)
                and self._card_button(str(buttons[run[0]]), cell_count(lines[run[0]].text) >= cells)
                and not _in_worded_table(lines, run[0], drops)
            ):
                top = run[0] - 1
                if top >= 0 and (head := lines[top]).index not in drops and not head.sentence and _within(head, heading):
                    out[head.index] = (NAVIGATION, f"the heading over a widget's cards (line {lines[run[0]].index})")
                for k in run:
                    out[lines[k].index] = (NAVIGATION, f"a widget's card closing on its button ({len(run)} in a row)")
            run = [pos] if button is not None else []
        return out

    def _card_button(self, label: str, wide: bool) -> bool:
        """Whether the label closing every card is a button: one the lexicon names, or on wide cards
        any label with letters and no figure (an agenda's "Free" closes narrow ones; a trend's "▲" has no letter)."""
        if self.cues.match("navigation", clean_line(label)):
            return True
        return wide and any(c.isalpha() for c in label) and not any(c.isdigit() for c in label)

    def property_listings(self, lines: list[Line], drops: Drops, least: int = 2, most: int = 16, heading: int = 8) -> Drops:
        """A classifieds box of homes: ``least`` or more short lines in a row, each a home's
        description with its price after a dash or last after a comma, most with a floor area
        ("3-Zimmer-Wohnung, 78 m², Balkon – 845 € kalt", "Ático reformado junto a la estación — 1.150
        €/mes", "Izīrē 1 istabas dzīvokli, Jelgava, 38 m², 380 €/mēn."), with the box's
        heading of up to ``heading`` words above ("Pisos en venta en Villanueva") and its link
        below when it names a site or a cue knows it ("Alle Angebote auf immonord.de"). A market
        report's prices per square metre ("Zentrum: 4.200 €/m²") hold no home's area."""
        out: Drops = {}
        run: list[Line] = []
        for pos, line in enumerate([*lines, None]):
            if line is not None and line.index not in drops and line.n_words <= most and (_PRICE_AFTER_DASH.search(line.text) or _PRICE_LAST.search(line.text)):
                run.append(line)
                continue
            if len(run) >= least and 2 * sum(bool(_AREA.search(row.text)) for row in run) >= len(run):
                for row in run:
                    out[row.index] = (ADVERT, f"a classifieds box's home ({len(run)} in a row)")
                first = pos - len(run)
                above = lines[first - 1] if first > 0 else None
                if above is not None and above.index not in drops and 2 <= above.n_words <= heading and not above.sentence:
                    out[above.index] = (ADVERT, f"the heading of a classifieds box (line {run[0].index})")
                if line is not None and line.index not in drops and line.n_words <= 6 and not line.sentence:
                    if _SITE_NAME.search(line.text) or self.cues.first(("navigation", "call_to_action"), line.clean, line.words):
                        out[line.index] = (ADVERT, f"the link under a classifieds box (line {run[-1].index})")
            run = []
        return out

    @staticmethod
    def exchange_rates(lines: list[Line], drops: Drops, most: int = 3) -> Drops:
        """A currency converter's rates ("1 EUR = 1,0842 USD", "1 euro = 0,8412 Britse pond"):
        up to ``most`` lines right under a navigation line (the converter's title, "Currency
        converter"). A markets report's rates come in its sentences or under its own label."""
        out: Drops = {}
        for pos, line in enumerate(lines):
            if drops.get(line.index, ("",))[0] != NAVIGATION:
                continue
            for near in lines[pos + 1 : pos + 1 + most]:
                if near.index in drops or not _EXCHANGE_RATE.fullmatch(near.text):
                    break
                out[near.index] = (NAVIGATION, f"a currency converter's rate under its title (line {line.index})")
        return out

    @staticmethod
    def social_counts(lines: list[Line], drops: Drops, most: int = 12) -> Drops:
        """A social post's counts under its embed: a short line with two or more counts cut short by
        a unit of thousands, one of them with a decimal ("12K lượt thích · 2,3K bình luận",
        "좋아요 38.2만개 · 댓글 1.1만개", "转发 2.1万 评论 4.8万 赞 36万"). An article writes its figures
        out, or in millions and billions."""
        out: Drops = {}
        for line in lines:
            if line.index in drops or line.sentence or not _SHORT_UNIT.search(line.text):
                continue
            if line.n_words > most * (2 if has_unspaced(line.text) else 1):
                continue
            counts = _SHORT_COUNT.findall(line.text)
            if len(counts) >= 2 and any("." in c or "," in c for c in counts):
                out[line.index] = (NAVIGATION, f"a social post's counts ({', '.join(counts)})")  # no share bar: it ends nothing
        return out

    @staticmethod
    def lone_handles(lines: list[Line], drops: Drops, most: int = 8, label: int = 5) -> Drops:
        """A social handle on a short line of its own that no embedded post's frame took
        (``post_frames``): the reporter's account under the byline or after the body ("@zuzana_hrn
        na X", "Følg Jonas på X: @jonaskjaer_oa"), or an account's name and handle over a post
        whose frame the page lost. Up to ``label`` words beside it, names or a platform's, no
        figure, no sentence. A handle alone goes only next to a byline: elsewhere it names a
        forum reply's author, or is code's decorator ("@property"); code, data or a sentence
        naming a decorator stays."""
        out: Drops = {}
        for pos, line in enumerate(lines):
            if line.index in drops or line.n_words > most or line.sentence or "@" not in line.text:
                continue
            handles = _HANDLE.findall(line.text)
            rest = _HANDLE.sub(" ", line.text).strip(" ()[]·|:-–—")
            if len(handles) != 1 or any(c.isdigit() for c in rest) or len(rest.split()) > label or EMAIL.search(line.text):
                continue
            if _CODE_MARKS.search(line.text) or not all(_label_word(word) for word in rest.split()):
                continue  # code or data ('"@type": "Product",', "@app.route('/')"), or a sentence naming a decorator
            if not rest and not any(drops.get(near.index, ("",))[0] == BYLINE for near in lines[max(pos - 1, 0) : pos + 2]):
                continue  # a handle alone names a forum reply's author as often; by the byline it is the reporter's
            out[line.index] = (BYLINE, f"a social handle '{handles[0]}' on a short line of its own")
        return out

    @staticmethod
    def post_frames(lines: list[Line], drops: Drops, reach: int = 4) -> Drops:
        """An embedded post's frame around its text: the author's handle alone on its line
        ("@politi_oslo"), their name right above it (up to five words, no sentence), and the
        post's time and date (or its date alone) right above the embed's link under the text
        ("12:51 · 9 Oct 2025", over "View on X"). The link, a share line an earlier rule named, or that time or date
        alone on a short line ("12.3.2025") must follow within ``reach`` lines: a forum's reply names a handle alone, and code a
        decorator ("@property"). The post's own text stays.

        The author's line may also name them before the handle ("Préfecture Occitanie Sud
        @PrefOccitanieSud"), or give an Instagram user's name alone, in lower case with "_" or "."
        in it ("feuerwehr_moosbach"), or in lower case alone ("andreavillanueva") when the post's text
        and its date alone follow it, right over the embed's link: that one only over the link."""
        out: Drops = {}
        for pos, line in enumerate(lines):
            if line.index in drops:
                continue
            user = " " not in line.text.strip() and (_USER_NAME.fullmatch(line.text.strip()) is not None or _framed_user(lines, pos, drops))
            if not (user or handle_alone(line.text) or _named_handle(line)):
                continue
            below = lines[pos + 2 : pos + reach + 2]
            if not any(drops.get(near.index, ("",))[0] == SHARE for near in below):
                stamp = None if user else next((near for near in below if _post_stamp(near) or _date_alone(near)), None)
                if stamp is None:
                    continue
                if stamp.index not in drops:
                    out[stamp.index] = (NAVIGATION, "an embedded post's time and date")
            out[line.index] = (NAVIGATION, EMBED_HANDLE)
            above = lines[pos - 1] if pos else None
            if above and above.index not in drops and 1 <= above.n_words <= 5 and not above.sentence:
                out[above.index] = (NAVIGATION, "an embedded post's author, over its handle")
            for stamp, link in zip(lines[pos + 1 : pos + reach], lines[pos + 2 : pos + reach + 1]):
                if drops.get(link.index, ("",))[0] == SHARE and stamp.index not in drops and (_post_stamp(stamp) or _date_alone(stamp)):
                    out[stamp.index] = (NAVIGATION, "an embedded post's time, over its link")
        return out

    def share_buttons(self, lines: list[Line], drops: Drops, most: int = 8) -> Drops:
        """The buttons under a share bar's heading ("Share", then "WhatsApp", "Facebook", "X"):
        two or more names in a row, each one word with no figure, not in lower case. The lexicon
        names the networks in Latin script; their shape names them in any other script."""
        out: Drops = {}
        for pos, line in enumerate(lines):
            if drops.get(line.index, ("",))[0] != SHARE or line.n_words > 4:
                continue
            run: list[Line] = []
            for follower in lines[pos + 1 : pos + 1 + most]:
                if follower.index in drops:
                    if drops[follower.index][0] == SHARE:
                        continue  # a network the lexicon knows
                    break
                if not _network(follower):
                    break
                run.append(follower)
            if len(run) >= 2:
                for follower in run:
                    out[follower.index] = (SHARE, f"a button under the share bar's heading (line {line.index})")
        return out

    def correction_notes(self, lines: list[Line], least: int = 6) -> set[int]:
        """An editor's correction note about the article: its label and colon ("Correction:",
        "Korrektur, 14. März:"), then a sentence of ``least`` words or more saying what an
        earlier version got wrong. It is the article's, wherever a box's sweep would take it."""
        return {
            line.index
            for line in lines
            if line.sentence and (label := self.cues.match("correction_label", line.clean)) and len(line.clean[len(label) :].split()) >= least
        }

    def contents_lists(self, lines: list[Line], drops: Drops, least: int = 2, most: int = 12, heading: int = 4, reach: int = 4) -> Drops:
        """A table of contents: a run of ``least`` or more short lines (up to ``most`` words, none
        a statement) that the article prints again further down, in the same order and each copy
        apart from the next by its section's text, most of them over prose within ``reach`` lines:
        the copies are its sections' subheads, the run the links to them. The run goes, and a heading of up to ``heading`` words
        right above it ("On this page", "Inhalt"). A page printed twice prints its prose twice too:
        none of its own between the copies."""
        kept = [line for line in lines if line.index not in drops]
        later: dict[str, list[int]] = {}
        for pos, line in enumerate(kept):
            later.setdefault(line.clean, []).append(pos)
        out: Drops = {}
        if len(kept) - len(later) < least:
            return out  # most articles: fewer lines printed again than a table needs entries
        pos = 0
        while pos < len(kept):
            run: list[int] = []  # positions of the run's entries, then of their copies
            copies: list[int] = []
            while pos + len(run) < len(kept):
                entry = kept[pos + len(run)]
                after = copies[-1] if copies else pos + len(run)
                places = later[entry.clean]  # an entry and its subhead: printed twice, no more
                copy = places[1] if len(places) == 2 and places[0] == pos + len(run) and places[1] > after else None
                if copy is None or not _contents_entry(entry, most) or copies and not self._own_prose_between(kept, after, copy, later):
                    break
                if run and entry.index != kept[run[-1]].index + 1:
                    break  # a line an earlier rule dropped between: the list's heading ("Contents") under the headline
                run.append(pos + len(run))
                copies.append(copy)
            # A subhead heads its section's prose, maybe under the section's list, table or question first.
            ends = [*copies[1:], len(kept)]
            heads = sum(any(line.prose(self.prose_words) for line in kept[k + 1 : min(end, k + 1 + reach)]) for k, end in zip(copies, ends))
            if len(run) < least or 2 * heads < len(copies):
                pos += max(1, len(run))
                continue
            for k, copy in zip(run, copies):
                out[kept[k].index] = (NAVIGATION, f"a table of contents: printed again as a subhead (line {kept[copy].index})")
            above = kept[run[0] - 1] if run[0] > 0 else None
            if above is not None and run[0] > 1 and above.n_words <= heading and not above.sentence and len(later[above.clean]) == 1:
                out[above.index] = (NAVIGATION, "the heading of a table of contents")
            pos = run[-1] + 1
        return out

    def _own_prose_between(self, kept: list[Line], lo: int, hi: int, later: dict[str, list[int]]) -> bool:
        """Whether a section's text lies between positions ``lo`` and ``hi``, all of it printed once:
        prose, or two lines or more (a table's rows, a list under its subhead). Between the copies
        of a page printed twice, the prose is printed twice too."""
        between = kept[lo + 1 : hi]
        prose = [len(later[line.clean]) for line in between if line.prose(self.prose_words)]
        if prose:
            return max(prose) == 1
        return len(between) >= 2 and max(len(later[line.clean]) for line in between) == 1

    def tag_lists(self, lines: list[Line], drops: Drops) -> Drops:
        """A topics/tags heading and the one-to-four-word tags listed under it, or after it on
        its own line ("Tagged: Altra, Brooks, Hoka", "Schlagwörter: Bahn, Verkehr"), or a line
        of hashtags alone ("#elections #Kisbérc #mayor")."""
        out: Drops = {}
        for pos, line in enumerate(lines):
            if line.index not in drops and (label := self._inline_tags(line)):
                out[line.index] = (NAVIGATION, f"tags_heading cue '{label}' before its tags")
                continue
            if line.index not in drops and _hashtags(line.text):
                out[line.index] = (NAVIGATION, "a line of hashtags")
                continue
            # A heading a navigation cue named ("In this article") heads its list all the same.
            named = drops.get(line.index, ("", ""))[1].startswith("navigation cue")
            if line.index in drops and not named or line.n_words > 8 or not (hit := self.cues.match("tags_heading", line.clean)):
                continue
            out[line.index] = (NAVIGATION, f"tags_heading cue '{hit}'")
            for follower in lines[pos + 1 :]:
                if follower.index in drops:
                    continue
                if follower.n_words > 4 or follower.sentence:
                    break
                out[follower.index] = (NAVIGATION, f"a tag under '{line.text}'")
        return out

    def _inline_tags(self, line: Line, most: int = 30) -> str | None:
        """The label of a line that lists tags after a tags heading and a colon, or None: the
        tags are no sentence ("Tags: how we tested the kettles." is the article's)."""
        label, colon, tags = line.text.partition(":")
        if not colon or not tags.strip() or line.n_words > most or line.sentence or len(label.split()) > 4:
            return None
        return self.cues.match("tags_heading", clean_line(label))

    def other_language_edges(self, lines: list[Line], drops: Drops) -> Drops:
        """Paragraphs at the article's edges written in another language (captions, teasers).

        The article's language is the one whose stopwords dominate its lines; a paragraph
        in the leading or trailing run that clearly votes for another language goes.
        Mid-article quotes in another language stay.
        """
        kept = [line for line in lines if line.index not in drops]
        main = article_language(kept)
        if main is None:
            return {}  # the article's own language is unknown: no paragraph is known to differ
        out: Drops = {}
        for order in (range(len(kept)), range(len(kept) - 1, -1, -1)):
            for i in order:
                if not kept[i].votes:
                    continue  # no evidence either way: look further
                if not (other := _other_language(kept[i], main)):
                    break
                out[kept[i].index] = other
        return out


def _other_language(line: Line, main: str) -> tuple[str, str] | None:
    """The drop of a line that clearly votes for another language than ``main``, or None."""
    other, hits = line.votes.most_common(1)[0]
    if other != main and hits >= 4 and line.votes[main] * 4 <= hits:
        return OTHER_LANGUAGE, f"written in '{other}' ({hits} stopwords), the article in '{main}'"
    return None
