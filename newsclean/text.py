"""Shared text helpers: words, fingerprints and shingles.

Everything persisted or compared across processes uses xxhash or blake2b, never the
built-in ``hash()``, which is salted per process.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import unicodedata

from collections.abc import Iterable, Sequence

import xxhash

__all__ = [
    "WORD_RE",
    "words",
    "counter",
    "tokenize",
    "has_unspaced",
    "has_thai",
    "fingerprint",
    "shingles",
    "char_shingles",
    "content_id",
    "letter_count",
    "ends_like_sentence",
    "dialogue_turn",
    "quotation",
    "BULLET",
    "UNIT_END",
    "BRACKETED",
    "SENTENCE_MARKS",
    "LINE_PARTS",
    "aged",
]

# A word: a run of letters/digits, allowing inner apostrophes and hyphens (l'ex-président).
WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# The same matches on a text without "_" (\w is [^\W_] and "_"), found a tenth faster: a
# category test per character instead of a set with an exception.
_WORD_NO_UNDERSCORE_RE = re.compile(r"\w+(?:['’\-]\w+)*")

# Scripts written without spaces between words (Chinese, Japanese kana and kanji): a run of
# them is a clause, not a word, so each of their characters counts as a word. Word counts,
# stopword shares and shingles then mean for them what they mean for spaced scripts.
_UNSPACED = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9d\U00020000-\U0002fa1f"
_UNSPACED_CHAR = re.compile(f"[{_UNSPACED}]")
_WORD_OR_UNSPACED_RE = re.compile(f"[{_UNSPACED}]|[^\\W_{_UNSPACED}]+(?:['’\\-][^\\W_{_UNSPACED}]+)*")

# Thai writes no spaces between words either (a space ends a clause or a sentence), but its words
# run longer than a Chinese character: a run of Thai is cut into pieces of four letters (with the
# vowel and tone marks above and below them), near a Thai word's mean length, so word counts and
# shingles mean for Thai roughly what they mean elsewhere. Thai digits stay figures.
_THAI = "\u0e01-\u0e4e"
_THAI_MARK = "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e"
_THAI_CHAR = re.compile(f"[{_THAI}]")
_WORD_OR_THAI_RE = re.compile(
    f"(?:[{_THAI}](?<![{_THAI_MARK}])[{_THAI_MARK}]*){{1,4}}|[^\\W_{_THAI}]+(?:['’\\-][^\\W_{_THAI}]+)*"
)


def _mark_ranges(planes: Iterable[int]) -> str:
    """The combining marks (Unicode categories Mn, Mc, Me) among ``planes``' code points, as a
    character-class body."""
    out: list[tuple[int, int]] = []
    for code in planes:
        if unicodedata.category(chr(code)) in ("Mn", "Mc", "Me"):
            if out and out[-1][1] == code - 1:
                out[-1] = (out[-1][0], code)
            else:
                out.append((code, code))
    return "".join(f"\\U{a:08x}-\\U{b:08x}" if a != b else f"\\U{a:08x}" for a, b in out)


# Combining marks: Indic vowel signs and viramas, Thai and Khmer vowels, Arabic and Hebrew
# vowel points. Python's \w leaves them out, which cut "पढ़ें" into "पढ" and Hindi prose into
# syllables: a word holds them after its first letter. Those of the first plane make a class
# the regex engine tests in one step; the few beyond it (plane 1, and the variation selectors
# of plane 14) make one it tests range by range, tried only on a character beyond the first plane.
_BMP_MARKS = _mark_ranges(range(0x10000))
_ASTRAL_MARKS = _mark_ranges(itertools.chain(range(0x10000, 0x20000), range(0xE0000, 0xE1000)))
MARKS = _BMP_MARKS + _ASTRAL_MARKS
_BMP_MARK = re.compile(f"[{_BMP_MARKS}]")
_ASTRAL_MARK = re.compile(f"(?=[\\U00010000-\\U0010ffff])[{_ASTRAL_MARKS}]")
_LETTER = f"(?:[^\\W_]|[{_BMP_MARKS}]|(?=[\\U00010000-\\U0010ffff])[{_ASTRAL_MARKS}])"
_WORD_WITH_MARKS_RE = re.compile(f"[^\\W_]{_LETTER}*(?:['’\\-]{_LETTER}+)*")


def has_thai(text: str) -> bool:
    """Whether ``text`` holds Thai, whose words ``tokenize`` cuts out of longer runs."""
    return not text.isascii() and _THAI_CHAR.search(text) is not None


def has_marks(text: str) -> bool:
    """Whether ``text`` holds a combining mark (``MARKS``)."""
    return not text.isascii() and (_BMP_MARK.search(text) is not None or _ASTRAL_MARK.search(text) is not None)


def has_unspaced(text: str) -> bool:
    """Whether ``text`` holds a character of a script written without spaces (``tokenize``)."""
    return not text.isascii() and _UNSPACED_CHAR.search(text) is not None


def fold(text: str) -> str:
    """``text`` case-folded, Turkish "İ" to "i": ``casefold`` makes it "i" and a combining dot,
    which is no word character ("İstanbul" would be the words "i" and "stanbul")."""
    text = text.casefold()
    return text.replace("i\u0307", "i") if "\u0307" in text else text


def tokenize(text: str) -> tuple[str, ...]:
    """Case-folded words of ``text``, not cached: for whole articles, each seen once."""
    text = fold(text)
    if not text.isascii():
        if has_unspaced(text):
            return tuple(_WORD_OR_UNSPACED_RE.findall(text))
        if has_thai(text):
            return tuple(_WORD_OR_THAI_RE.findall(text))
        if has_marks(text):
            return tuple(_WORD_WITH_MARKS_RE.findall(text))
    return tuple((WORD_RE if "_" in text else _WORD_NO_UNDERSCORE_RE).findall(text))


@functools.lru_cache(maxsize=65536)
def words(text: str) -> tuple[str, ...]:
    """Case-folded words of a paragraph (cached: every stage looks at the same paragraphs).

    Only for paragraphs: the cache bounds entries, not bytes, so whole articles in it
    would hold gigabytes.
    """
    return tokenize(text)


def fingerprint(text: str) -> int:
    """A 64-bit fingerprint that ignores case, punctuation and spacing.

    Two paragraphs with the same fingerprint say the same words in the same order.
    """
    return xxhash.xxh3_64_intdigest(" ".join(words(text)).encode("utf-8"))


def shingles(tokens: Sequence[str], n: int) -> list[str]:
    """Overlapping word n-grams; a text shorter than ``n`` words is one shingle."""
    if len(tokens) <= n:
        return [" ".join(tokens)] if tokens else []
    # zip of the shifted sequences: the windows tokens[i : i + n], without slicing each one
    return list(map(" ".join, zip(*[tokens[i:] for i in range(n)])))


def char_shingles(tokens: Sequence[str], n: int) -> list[str]:
    """Overlapping character n-grams of the words joined by spaces: robust to one-word edits."""
    text = " ".join(tokens)
    if len(text) <= n:
        return [text] if text else []
    return [text[i : i + n] for i in range(len(text) - n + 1)]


def content_id(text: str) -> str:
    """A stable id for a record that has none: 16 hex digits of its text's blake2b."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


_LETTER = re.compile(r"[^\W\d_]")


def letter_count(text: str, stop: int | None = None) -> int:
    """Number of letters (any script) in ``text``, counting no further than ``stop``."""
    return sum(1 for _ in itertools.islice(_LETTER.finditer(text), stop))


def ends_like_sentence(text: str) -> bool:
    """True when ``text`` ends with sentence-final punctuation (closing quotes allowed), or is a
    long paragraph of Thai, which marks no sentence's end."""
    # A final mark, then only closers, checked from the end instead of a regex search
    # (the two sets share no character); one final newline is allowed.
    head = text.rstrip(_CLOSERS)  # _ends_with_mark(text), inlined: called for every paragraph
    if head and head[-1] in _FINAL_MARKS:
        return True
    if text.endswith("\n") and _ends_with_mark(text[:-1]):
        return True
    return len(head) >= _THAI_SENTENCE and _THAI_CHAR.match(head[-1]) is not None and " " in head


def dialogue_turn(text: str) -> bool:
    """A turn of an interview or dialogue printed with a leading dash: "— Why now?"; in Nordic
    and Finnish papers, any quote printed as a line of its own ("– Det här är en stor dag.")."""
    return text.startswith(("— ", "– ", "―"))


# A list item's marker: a bullet or a dash and a space; Japanese and Chinese bullets take no space.
BULLET = re.compile(r"^\s*(?:[•·▪◦‣∙*–-]\s|[・●])")

# A figure and its abbreviated unit at a line's end ("2,4 proc.", "5 mln.", "prieš 5 val."): the full
# stop is the abbreviation's, not a sentence's.
UNIT_END = re.compile(r"\d\s?[^\W\d_]{1,5}\.$")

_OPENING_QUOTES = "“\"«„‘「”»‚'"
_CLOSING_QUOTES = "”\"»“’」«'"


def quotation(text: str) -> bool:
    """Someone's words as a line of their own: after a dialogue dash, or in quotation marks that
    open the line and close it, before or after its final mark ("«…»", "”…”", "\"…\".")."""
    text = text.strip()
    return dialogue_turn(text) or text[:1] in _OPENING_QUOTES and text.rstrip(".!?…")[-1:] in _CLOSING_QUOTES


# Thai ends a sentence with a space, not a mark: a paragraph that ends in Thai and is this long
# (a headline or a teaser is shorter, a body paragraph longer) is taken for a finished one.
_THAI_SENTENCE = 100


# Sentence-final punctuation in the scripts we meet, and the closing quotes and brackets after it.
_CLOSERS = "\"'”’»«)]“‘›‹」』）"  # with the German and Czech closing quotes („…“, ‚…‘) and the full-width ones
# With the Urdu full stop "۔", the double danda, and the Armenian, Ethiopic, Burmese and Khmer full stops.
SENTENCE_MARKS = ".!?…。！？؟।॥۔։።။។"
_FINAL_MARKS = frozenset(SENTENCE_MARKS)
# A sentence's end inside a paragraph: its mark and closers, then a space and more text.
INNER_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_MARKS)}]" + r"[\"'”’»«)\]]*\s+\S|[。！？][」』”）]*[^\s」』”）]")  # CJK: no space
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")  # an e-mail address: a box asks for photos or tips at one


def _ends_with_mark(text: str) -> bool:
    head = text.rstrip(_CLOSERS)
    return bool(head) and head[-1] in _FINAL_MARKS


# The parts of a short line split by a spaced dot, bar or dash: "World · 3 hours ago",
# "… — Antara · 4 days ago".
LINE_PARTS = re.compile(r"\s[·|•—–―・｜]\s")  # Japanese pages space them with ideographic spaces: "　・　"
# The two sides of a spaced dash: "Pantai Miami – Sederhana", "الرياض – عبدالله الشمري".
DASH_PARTS = re.compile(r"\s[–—-]\s")
# A live ticker's or blog's entry opens with its time: "14:52 The governor said …".
ENTRY_TIME = re.compile(r"\s*\d{1,2}[:.h]\d{2}\s")
# The parts split by a spaced dot or bar only (a headline's dash splits no parts): "Lastovo 24°C · sunčano".
DOT_PARTS = re.compile(r"\s[·|•]\s")
# A statement's end: the full stop, the ideographic one, the danda, the Urdu, Armenian, Ethiopic, Burmese and Khmer ones.
FULL_STOPS = (".", "。", "।", "۔", "։", "።", "။", "។")
# A whole number below 100 and its unit: "4 dae", "5 hores", "2h"; "17h00" is a clock time.
_COUNT = re.compile(r"(?<![\w.,:/-])\d{1,2}\s?[^\W\d_](?!\d)")


def aged(part: str) -> bool:
    """Whether a line's part holds a whole number and its unit, as an age does ("pred 2 urama",
    "1 dag gelede", "2h"); which unit, no language-free rule can tell. An age counts below a
    hundred (minutes, hours, days): "– 280 pamilya" counts a list's families."""
    return _COUNT.search(part) is not None


# A result after a dash or a colon: "– 38,9 %", "— 54,3%", "– 5 svetnikov", "Turnout: 52.6 %".
_RESULT = re.compile(r"\s[–—-]\s?\d[\d.,]*\s?(?:%|[^\W\d_]{1,12})(?=[\s.,;)]|$)|:\s*\d[\d.,]*\s?%")


def same_cells(header: str, row: str) -> bool:
    """Whether two lines are cut into the same three cells or more by one separator: a table's
    header over its row ("Season — Club — Games — Goals", "2021/22 — Lions — 23 — 1")."""
    return _cut(header) is not None and any(header.count(sep) >= 2 and header.count(sep) == row.count(sep) for sep in _CELL_SEPARATORS)


_CELL_SEPARATORS = (" — ", " – ", " | ", "\t", " · ", " / ")


def numbered_labels(texts: list[str]) -> bool:
    """Whether every line opens with the same word and a number of its own before a colon ("Linie
    45: …", "Linie 50: …"; "Route 7:"): a list of lines, routes or stations, which no teasers are.
    A podcast's episodes count down one by one ("Folge 213: …", "Folge 212: …"): teasers."""
    heads = [m.groups() if (m := _NUMBERED_LABEL.match(text)) else None for text in texts]
    if len(heads) < 2 or None in heads or len({word.casefold() for word, _ in heads}) != 1:  # type: ignore[misc]
        return False
    numbers = [int(re.sub(r"\D", "", n)) for _, n in heads]  # type: ignore[misc]
    return len(set(numbers)) == len(numbers) and not all(b == a - 1 for a, b in zip(numbers, numbers[1:]))  # episodes count down, newest first


# A label's word and its number before a colon: "Linie 45:", "Bus 7A:", "Tuyến E12:", "שאטל 100:".
_NUMBERED_LABEL = re.compile(r"([^\W\d_]+) ([A-Z]?\d+[A-Za-z]?)\s?:")


def keyed_rows(rows: list[str]) -> bool:
    """Two columns under their header: one bar in each line, a figure in every row's first cell
    and none in the header's ("Period | Counties", then "10–16 February | Bihor, Arad, …"). A
    teaser prints its age in its last cell."""
    if len(rows) < 3 or not all(row.count(" | ") == 1 for row in rows):
        return False
    firsts = [row.partition(" | ")[0] for row in rows]
    return not any(map(str.isdigit, firsts[0])) and all(any(map(str.isdigit, first)) for first in firsts[1:])


def labelled_cell(row: str, most: int = 4) -> str | None:
    """The value of a two-cell row under its label: up to ``most`` words with no figure, then the
    one bar ("Processor | Snapdragon 7 Gen 3", "Feature | Description"), the label no longer than the
    value by more than a word. A teaser's title is longer, and so is a product's name over its code
    ("Staple Organic Tee | 5001G")."""
    label, bar, value = row.partition(" | ")
    if not bar or "|" in label or "|" in value or not 0 < len(label.split()) <= min(most, len(value.split()) + 1):
        return None
    return None if any(c.isdigit() for c in label) else value


def header_over(header: str, row: str) -> bool:
    """Whether ``header`` is a table's header over ``row``: cut into the same cells, with a figure
    in the row and none in the header ("District | Kim | Park" over "Haeundae | 56.8% | 39.7%"),
    or in fewer of its cells than the row's and in half of them at most: a header may name its
    columns' years ("Town | November 2024 | November 2025 | Change"). A scale or unit in brackets
    names a column too ("Score (0–100)", "Rent (€/m²)"), and so does a name with a figure in it
    ("PM10", "CO2")."""
    if not same_cells(header, row) or not any(map(str.isdigit, row)):
        return False
    if not any(map(str.isdigit, header)):
        return True
    sep = _cut(row)
    cells = row.split(sep)
    # A header's cell of words over a bare number (maybe with its unit) names its column, whatever figure it
    # holds: "3rd quarter 2024", "92号汽油", "Until 30 April" over "40 lekë".
    figured = [_figured_name(cell) and not (_WORDED.search(cell) and _BARE_NUMBER.fullmatch(value.strip())) for cell, value in zip(header.split(sep), cells)]
    return 2 * sum(figured) <= len(figured) and sum(figured) < sum(any(map(str.isdigit, cell)) for cell in cells)


# A note in brackets, round or full-width: a header cell's scale "(%)", a name's age "(17)".
BRACKETED = re.compile(r"\([^()]*\)|（[^（）]*）")
_WORDED = re.compile(r"[^\W\d_]{2}|[^\W\d_\x00-\u2fff]")  # two letters, or one character of an unspaced script
_BARE_NUMBER = re.compile(r"[-+−]?\d[\d.,\s]*(?:%|[^\W\d_]{1,5}\.?)?")  # a unit or currency may follow: "40 lekë", "12 km"


def _figured_name(cell: str) -> bool:
    """Whether a header's cell gives a figure: a word of digits (a year), not a scale in brackets
    or a name that holds one among its letters ("PM10")."""
    return any(any(map(str.isdigit, word)) and not _NAMED_FIGURE.fullmatch(word) for word in BRACKETED.sub("", cell).split())


_NAMED_FIGURE = re.compile(r"[^\W\d_]{1,4}\d{1,2}(?:[.,]\d)?")  # "PM10", "CO2", "PM2.5"; a flight's "GA-407" is a row's


def _cut(text: str) -> str | None:
    """The first separator that cuts ``text`` into three cells or more, or None. Most lines hold no
    separator's mark at all: a few substring tests (eight times cheaper than a regex) say so first."""
    if not ("|" in text or "·" in text or "—" in text or "–" in text or "\t" in text or " / " in text):
        return None
    return next((sep for sep in _CELL_SEPARATORS if text.count(sep) >= 2), None)


def cell_count(text: str) -> int:
    """How many cells a line is cut into by the separator that cuts it into three or more (1 if none)."""
    if _cut(text) is None:
        return 1
    return max(text.count(sep) + 1 for sep in _CELL_SEPARATORS if text.count(sep) >= 2)


def worded_table(header: str, rows: list[str], most: int = 3) -> bool:
    """Whether ``header`` heads ``rows`` as a table of words: its cells of up to ``most`` words and
    no figure, the rows cut into the same cells, and a column past the first repeating a value down
    the rows, none of them the header's ("Restaurant | Area | Result" over "Sushi Hana |
    Linnéstaden | Serious faults", "Kafé Torget | Vasastan | No faults", "Burgerköket |
    Linnéstaden | Faults"). A widget's rows name a new job, flight or film in every column."""
    sep = _cut(header)
    if sep is None or len(rows) < 3 or not all(same_cells(header, row) for row in rows):
        return False
    heads = [cell.strip().casefold() for cell in header.split(sep)]
    if any(len(head.split()) > most or any(map(str.isdigit, head)) for head in heads):
        return False
    columns = list(zip(*([cell.strip().casefold() for cell in row.split(sep)] for row in rows)))
    return not any(head in column for head, column in zip(heads, columns)) and any(len(set(column)) < len(column) for column in columns[1:])


def last_cell(text: str) -> str | None:
    """The last of three cells or more that one separator cuts a line into ("Apply now" in
    "Easy Saver | 4.55% | £1 | Apply now"), or None."""
    sep = _cut(text)
    return text.rsplit(sep, 1)[1].strip() if sep else None


def result_row(text: str) -> bool:
    """Whether a line gives a result after a dash or a colon: a results table's row ("Jane Doe
    (independent) – 38,9 %", "Green List – 29,4 % – 5 seats", "Turnout: 52.6 %")."""
    return _RESULT.search(text) is not None


# A player's count in a line-up or a stat line: a name and a figure before a comma or the end ("Varga 7,").
_STAT_ITEM = re.compile(r"[^\W\d_]{2,}\s\d{1,3}(?:\s?\(\d{1,3}\))?(?=[,.;]|\s*$)")


def stat_line(text: str, least: int = 3) -> bool:
    """A line of players' figures: ``least`` names each with a count ("Babić 27, Kovač 18, Horvat 14")."""
    return len(_STAT_ITEM.findall(text)) >= least


# A row's opening date, after a weekday's short name or not, closed by its dot or a separator: "La
# 5.4.", "15 Ogos:", "21 सितंबर:", "March 12 –", "1978 – ", "17 August 2023 –", "March 2024 –" ("2.2
# Coaching" numbers a section, "5 Ways to" counts). Group 1 and 2: day and month in figures; 3, 4 and
# 5: the day, the month's name and the year, or the year alone after a month's name (5; a timeline
# over years orders by them); 6 and 7: the day, then the month's name; 8 and 9: the month's name,
# then the day; 10: a year alone.
# The weekday may follow in brackets: "6 kwietnia (poniedziałek) – Poniedziałek Wielkanocny".
YEAR = r"(?:1[89]|20)\d\d"  # a year as dates and rows print it
_OPENING_DATE = re.compile(
    rf"\s*(?:[^\W\d_]{{1,3}}\.?,?\s+)?(?:(\d{{1,2}})\.\s?(\d{{1,2}})\.(?!\d)|(?:(?:(\d{{1,2}})\.?\s+([^\s\d:,.;–—-]+)\.?|[^\W\d_]{{3,}}\.?)\s+({YEAR})"
    rf"|(\d{{1,2}})\.?\s+([^\s\d:,.;–—-]+)\.?|([^\W\d_]{{3,}})\.?\s+(\d{{1,2}})(?!\d)|({YEAR}))(?:\s\([^\W\d_]{{2,12}}\.?\))?\s?(?:[:,]|\s[–—-]\s))"
)


def opening_date(text: str) -> tuple[str, int] | None:
    """A row's opening date as (the month's name, or "" where the month is a figure, or "year";
    an order key)."""
    m = _OPENING_DATE.match(text)
    if m is None:
        return None
    if m.group(1):
        day, month = int(m.group(1)), int(m.group(2))
        return ("", month * 100 + day) if 1 <= day <= 31 and 1 <= month <= 12 else None  # "17.00" is a time
    if m.group(3):
        return f"{m.group(4).casefold()} {m.group(5)}", int(m.group(3))  # "14 Februari 2026": the month and year, then the day
    if m.group(6):
        return m.group(7).casefold(), int(m.group(6))
    if m.group(8):
        return m.group(8).casefold(), int(m.group(9))
    return "year", int(m.group(5) or m.group(10))


def dates_run_forward(dates: list[tuple[str, int]]) -> bool:
    """Rows of the same month run forward, and two at least do: a month's name cannot be ordered
    in every language, its days can; so can the years of dates in different months ("17 August
    2023", "5 March 2024")."""
    pairs = [(a[1], b[1]) if a[0] == b[0] else (_year_of(a), _year_of(b)) for a, b in zip(dates, dates[1:])]
    pairs = [(a, b) for a, b in pairs if a is not None and b is not None]
    return any(a < b for a, b in pairs) and all(a <= b for a, b in pairs)


def _year_of(date: tuple[str, int]) -> int | None:
    """The year of an opening date that gives one: a year alone, or after its day and month."""
    if date[0] == "year":
        return date[1]
    last = date[0].rsplit(" ", 1)[-1]
    return int(last) if last.isdigit() else None


def counter(text: str, words: int = 3) -> bool:
    """A counter of up to ``words`` words over what it counts: "Comments (15)", "Reacties (3)"."""
    return len(text.split()) <= words and _BRACKETED_COUNT.search(text) is not None


_BRACKETED_COUNT = re.compile(r"\(\d[\d.,]*\)")
