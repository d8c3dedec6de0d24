"""DropOutsideBody: keep the article's body, drop the page furniture around it.

Whole-page text (a crawl's plain-text dump) carries menus, teasers, footers and
comment widgets around the article. From text alone, the body is the densest run of
prose: each line is scored like jusText classifies paragraphs (length, sentence shape,
stopword density in the article's language), neutral lines (list items worded like
prose, boxes of prose printed twice apart such as a menu's descriptions) take no side,
and the highest-scoring contiguous span (a maximum subarray) is the body. What lies
outside it is dropped, except the headline directly above it and the list or table its
last line announces or that follows it row by row; so are light blocks of prose at its
end that short lines, or lines an earlier rule dropped, part from it (a bio under the
author's name, a sign-up box) unless they weigh as much as the body's typical block, and
datelines and counters between the headline and the first paragraph ("Published Jun 4,
2025", "0 61 views"). When the span stops short of the first line an earlier rule dropped
(or of the page's end) and the lines up to it carry more than such a light block of
prose (an appendix, a training schedule, sections broken up by tables), the end runs on
to the last prose line before it. Inside the span subheads, one-line quotes, lists and
tables (label/value rows, rows of figures, short phrases such as pros and cons) are
content; only a run of three or more link-shaped lines (teaser headlines, a table of
contents) goes as a link list, and a short one only next to furniture (a dropped line, the
body's edge): three to five such lines deep in the body are the article's subheads or list.

The end is cut, and link lists dropped, only on evidence of a page around the article (a
line an earlier rule dropped, a flattened menu, teasers beside the body, a label printed
twice apart): article text from a feed or an extractor shows none, and all of it from the
first paragraph on is kept, down to the subheads, lists and tables after the last one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from functools import lru_cache

from .article import Article, Paragraph
from .boilerplate.rules import LIVE_STAMP, NAVIGATION, POLL, RATING_PROMPT, VOTES
from .pipeline import ArticleStage
from .stopwords import any_stopwords, stopword_votes, stopwords_for
from .text import (
    BRACKETED,
    BULLET,
    DASH_PARTS,
    DOT_PARTS,
    EMAIL,
    ENTRY_TIME,
    FULL_STOPS,
    INNER_SENTENCE_END,
    MARKS,
    UNIT_END,
    aged,
    cell_count,
    counter,
    dates_run_forward,
    dialogue_turn,
    ends_like_sentence,
    has_unspaced,
    header_over,
    keyed_rows,
    labelled_cell,
    numbered_labels,
    opening_date,
    result_row,
    same_cells,
    stat_line,
    worded_table,
    words,
)

__all__ = ["DropOutsideBody"]

OUTSIDE_BODY = "boilerplate.outside_body"
LINK_LIST = "boilerplate.link_list"


@dataclass(frozen=True, slots=True)
class DropOutsideBody(ArticleStage):
    """Drop kept lines outside the article's body span (whole-page text)."""

    REASONS = (OUTSIDE_BODY, LINK_LIST)

    good_words: int = 12  # a body paragraph has at least this many words ...
    good_density: float = 0.25  # ... and at least this share of stopwords
    short_penalty: float = 0.5  # a short non-sentence line costs this much per character
    min_body_chars: int = 200  # below this much prose there is no body to find
    second_span: float = 0.5  # a second run of prose this heavy (vs the body) is body too
    min_run: int = 3  # this many headline-like lines in a row inside the body are a link list ...
    own_list: int = 5  # ... unless at most this many with body lines for ``own_reach`` lines on
    own_reach: int = 3  # either side (no furniture near): the article's own subheads or list
    tail_share: float = 0.05  # a block of prose at the end of the body lighter than this ...
    tail_long: float = 0.03  # ... (in a long body: this share, or one short sentence of ...
    tail_sentence: int = 100  # ... this many characters)
    tail_gap: int = 2  # ... after this many non-prose lines is furniture (a bio, a sign-up box);
    tail_small: float = 0.03  # after one such line, when lighter than this share of the body ...
    tail_chars: int = 250  # ... and shorter than this many characters
    label_words: int = 3  # a section's label ("Pros", "Price") has at most this many words

    def apply(self, article: Article, /) -> Article:
        lines = _Lines.of(article)
        if len(lines) < 3:
            return article
        tokens = lines.tokens
        lang = _main_language(tokens)
        stop = stopwords_for(lang)
        if lang == "th":  # no spaces between words: its function words are counted inside the text
            densities = _thai_densities(lines.texts, tokens, stop)
        else:
            densities = _densities(tokens, stop if lang else None)
            if lang and (own := _own_function_words(tokens, densities, stop, self.good_words)):
                densities = _densities(tokens, own)
        threshold = self._threshold(tokens, densities)
        scores = self._scores(lines, densities, threshold)
        _neutral_list_items(scores, lines, densities, threshold, self.good_words)
        _neutral_tables(scores, lines)
        _neutral_repeats(scores, lines)
        if sum(s for s in scores if s > 0) < self.min_body_chars:
            return article
        start, end = _best_span(scores)
        _word_menus(lines, start, stop)
        # Peeling needs evidence of a page around the article; clean text runs to its end.
        page = _page_furniture(article, lines, start, end, self.min_run, stop)
        if page:
            span_end = end
            start, end = self._peel(scores, start, end, lines.flow, lines.texts, _live_entries(article, lines))
            if end == span_end:  # nothing peeled: no furniture at the end yet
                end = self._run_on(scores, start, end, lines.flow, _widget_gaps(article, lines, scores))
            end = _announced_tail(lines, end)
            while (tail := _table_tail(lines, end, self.min_run, _widget_over(article, lines, end))) > end:
                end = _facts_tail(lines, tail)
            end = _score_tail(lines, _verdict_tail(lines, end, stop))
            closing, box = _after_box(article, lines, _closing_tail(article, lines, end))
            closed, end = range(end + 1, closing + 1), _study_tail(lines, _signature_tail(lines, start, closing))
        else:
            end, closed, box = len(lines) - 1, range(0), range(0)
        start = _verdict_head(lines, _fact_box(lines, _skip_meta(lines, scores, start), self.min_run), stop)
        if page:
            start = _lead_above(lines, scores, start)
        keep = set(range(start, end + 1)).difference(box)
        keep.update(self._more_body(scores, start, end))
        points = _points_over(lines, start, article)  # the key points' box over the body: the headline stands above it
        headings = [*_headings(lines, points, article), *range(points, start)]
        headings += _key_points(lines, points, headings, article)
        keep.update(headings)
        keep.update(_run_in_dateline(lines, start))
        keep.update(_review_scores(lines, start))
        if page and (credits := _credits_box(lines, end, len(article.paragraphs))):
            closing = _after_box(article, lines, credits[-1])[0]  # the closing statement under a ticket box after them
            keep.update(credits, range(closing, closing + 1) if closing > credits[-1] else ())
        visit = _visit_box(lines, end, len(article.paragraphs)) + _numbers_box(lines, end) + _figures_box(lines, end) if page else []
        keep.update(visit)
        doubled = _doubled(lines.tokens, keep)
        drops = {
            lines.at[k]: (OUTSIDE_BODY, "before the article body" if k < start else "after the article body")
            for k in range(len(lines))
            if k not in keep and k not in doubled
        }
        stamps = _stamps(article)
        inside = self._inside(lines.at, keep, len(article.paragraphs), stamps)
        buttons = {i for i, p in enumerate(article.paragraphs) if p.dropped == NAVIGATION} if page else set()
        for k in _teaser_runs(lines, sorted(keep.difference(headings, closed, visit)), self.min_run, stop, inside, stamps, buttons) if page else ():
            if k not in doubled:
                drops[lines.at[k]] = (LINK_LIST, "in a run of headline-like lines inside the body")
        _join_boxes(article, drops)
        return article.drop(drops)

    def _inside(self, at: list[int], keep: set[int], n: int, stamps: set[int]) -> Callable[[list[int]], bool]:
        """Whether a run of headline-like lines is short and lies deep in the body.

        Teasers and menus come in boxes: a label or a widget an earlier rule dropped
        ("Related", "Advertisement", a share bar) sits next to them, or the body ends
        there, or they run long. A short run with body lines for ``own_reach`` lines on
        either side is the article's own: subheads in a row, the products a guide names
        before reviewing them, a short list. A live page's time stamps (``stamps``) stand
        between its entries, in the body: no box.
        """
        body = {at[k] for k in keep} | stamps

        def inside(run: list[int]) -> bool:
            lo, hi = max(at[run[0]] - self.own_reach, 0), min(at[run[-1]] + self.own_reach, n - 1)
            return len(run) <= self.own_list and all(i in body for i in range(lo, hi + 1))

        return inside

    def _peel(self, scores: list[float], start: int, end: int, at: list[int], texts: list[str], entries: set[int]) -> tuple[int, int]:
        """The span without the light blocks of prose at its end that non-prose lines part from it.

        The maximum subarray takes in any prose whose weight pays for the short lines
        before it: an author's bio under their name, a sign-up box, a disclaimer, a
        testimonial. The article's own last paragraphs weigh more than a few percent of
        the body, or follow it directly, or weigh as much as its typical block (the next
        entry of a long guide, a section under its subhead); the peel repeats, one block
        at a time, from the end. ``at`` holds each line's place in the page (``_Lines.flow``): lines an
        earlier rule dropped (a related-links block, a share bar) part blocks like short
        lines do. In a long body, "a few percent" is 3%, or one short sentence. A live blog's
        entry (``entries``, ``_live_entries``) under two entries or more is never light.
        """
        blocks: list[list[int]] = []  # [first, last] of each run of prose lines
        for k in range(start, end + 1):
            if scores[k] > 0:
                if blocks and blocks[-1][1] == k - 1 and at[k] == at[k - 1] + 1:
                    blocks[-1][1] = k
                else:
                    blocks.append([k, k])
        if len(blocks) < 2:
            return start, end
        total = sum(s for s in scores[start : end + 1] if s > 0)
        weight = [sum(scores[a : b + 1]) for a, b in blocks]

        typical = _typical(weight)
        # The body's own section labels: short lines its first half prints (where no comment
        # thread or teaser list under the article reaches) and the later sections print again.
        # A post's date over each reply ("April 3, 2024") is a thread's, not a section's label,
        # and a reply stamped so between two blocks makes them posts.
        mid, acc = start, 0.0
        while mid < end and acc + max(scores[mid], 0) < total / 2:
            acc += max(scores[mid], 0)
            mid += 1
        labels = {text.strip() for text in texts[start:mid] if len(text.split()) <= self.label_words and not _DIGITS.search(text)}

        def labelled(lo: int, hi: int) -> bool:
            gap = texts[lo:hi]
            return any(text.strip() in labels for text in gap) and not any(_DATE.search(text) or len(text.split()) <= 5 and aged(text) for text in gap)

        def light(i: int, gap: int) -> bool:
            if weight[i] >= typical:
                return False  # as heavy as the body's own sections: the article goes on
            first = blocks[i][0]
            if first in entries and sum(start <= k < first for k in entries) >= 2:
                return False  # a live blog's entry under its time, as the entries above it: its last (oldest) one
            if dialogue_turn(texts[first]) or dialogue_turn(texts[first - 1]):
                if sum(map(dialogue_turn, texts[start : end + 1])) >= 4:
                    return False  # an interview in dashed turns goes on: a short answer is its own
            last, below = blocks[i - 1][1], blocks[i][1] + 1
            upto = blocks[i + 1][0] if i + 1 < len(blocks) else min(below + self.own_list, len(texts))
            if at[first] - at[last] == first - last and labelled(last + 1, first) and labelled(below, upto):
                return False  # framed by the body's own section labels ("Pros", "Cons") above and below: its next section
            if gap >= self.tail_gap:
                return weight[i] < self._light(total)
            return gap >= 1 and weight[i] < min(self.tail_small * total, self.tail_chars)

        hi = len(blocks) - 1
        while hi > 0 and light(hi, at[blocks[hi][0]] - at[blocks[hi - 1][1]] - 1):
            hi -= 1
        return start, (end if hi == len(blocks) - 1 else blocks[hi][1])

    def _light(self, body: float) -> float:
        """Prose lighter than this at the body's end is furniture: ``tail_share`` of the body's
        prose, in a long body ``tail_long`` of it or one short sentence (``tail_sentence``)."""
        return min(self.tail_share * body, max(self.tail_long * body, self.tail_sentence))

    def _run_on(self, scores: list[float], start: int, end: int, at: list[int], widgets: set[int] = frozenset()) -> int:
        """The body's end moved on to the last prose line before the next box an earlier rule
        named (or the page's end), when the prose on the way is not light.

        The span stops where the short lines after a paragraph outweigh the prose that
        follows them: an appendix of code and notes, a training schedule, sections broken
        up by tables and lists. Until a box (a share bar, a sign-up box, a menu) intervenes,
        nothing says the article has ended; what carries as much prose as ``_peel`` would
        keep at the end of a body goes on. Furniture before the first box is short: a
        byline, a line of tags, a sign-up pitch. One widget's few lines (a result lookup's
        fields, ``_widget_gaps``) with the article's paragraphs right under them end no run.
        """
        last = end
        while last + 1 < len(scores) and at[last + 1] == at[last] + 1:
            last += 1
        if last + 1 in widgets and last > end:
            last += 1
            while last + 1 < len(scores) and at[last + 1] == at[last] + 1:
                last += 1
        prose = sum(s for s in scores[end + 1 : last + 1] if s > 0)
        body = sum(s for s in scores[start : end + 1] if s > 0)
        if prose == 0 or prose < self._light(body):
            return end
        while scores[last] <= 0:
            last -= 1
        return last

    def _more_body(self, scores: list[float], start: int, end: int) -> set[int]:
        """Further spans of prose beside the body (a section after a table, an intro above
        a box) that are nearly as dense: kept when they weigh at least ``second_span`` of it."""
        best = sum(scores[start : end + 1])
        extra: set[int] = set()
        for lo, hi in ((0, start), (end + 1, len(scores))):
            if hi - lo < 1:
                continue
            s, e = _best_span(scores[lo:hi])
            weight = sum(scores[lo + s : lo + e + 1])
            if weight >= max(self.min_body_chars, self.second_span * best):
                extra.update(range(lo + s, lo + e + 1))
        return extra

    def _threshold(self, tokens: list[list[str]], densities: list[float]) -> float:
        """The stopword density prose must reach: ``good_density``, lowered for languages
        whose prose has fewer stopwords (Czech prose sits near 0.2, English near 0.45)."""
        long = sorted(d for toks, d in zip(tokens, densities) if len(toks) >= self.good_words)
        if not long:
            return self.good_density
        return min(self.good_density, 0.5 * long[(3 * len(long)) // 4])

    def _scores(self, lines: _Lines, densities: list[float], threshold: float) -> list[float]:
        """Each line's score: its length as a prose paragraph, less as a short sentence,
        negative as anything else."""
        return [
            self._score(text, len(toks), d, threshold, sentence, link)
            for text, toks, d, sentence, link in zip(lines.texts, lines.tokens, densities, lines.sentence, lines.link)
        ]

    def _score(self, text: str, n: int, density: float, threshold: float, sentence: bool, link: bool) -> float:
        if n >= self.good_words and density >= threshold and (sentence or n >= 30 or _announces(text)):
            return float(len(text))  # prose: the body is made of these
        if sentence and n >= 3:
            return len(text) * 0.3  # a short sentence: likely body, weakly
        if n <= 1 or link:
            return -len(text) - 10.0
        return -len(text) * self.short_penalty - 5.0  # menu items, teaser titles, labels


@dataclass(frozen=True, slots=True)
class _Lines:
    """The article's kept lines and what the rules ask of each line, worked out once per
    article (the rules below look at the same lines many times)."""

    at: list[int]  # each line's index in the article
    flow: list[int]  # each line's place in the article's flow, where inline "Read also: ..." lines take none
    texts: list[str]
    tokens: list[tuple[str, ...]]  # equal for lines that say the same words
    sentence: list[bool]  # ends like a sentence
    link: list[bool]  # a menu flattened into one line
    headline: list[bool]  # shaped like a link (a menu item, a teaser headline)

    @classmethod
    def of(cls, article: Article) -> _Lines:
        paragraphs = article.paragraphs
        at = [i for i, p in enumerate(paragraphs) if p.dropped is None]
        texts = [paragraphs[i].text for i in at]
        tokens = list(map(words, texts))
        sentence = list(map(ends_like_sentence, texts))
        headline = list(map(_headline_like, texts, map(len, tokens), sentence))
        # A line is link-like only with two of a menu's separators: most pages have none at all.
        page = "\n".join(texts)
        link = list(map(_link_like, texts)) if any(c in page for c in _LINK_SEPARATORS) or " / " in page else [False] * len(texts)
        return cls(at, _flow(paragraphs, at), texts, tokens, sentence, link, headline)

    def __len__(self) -> int:
        return len(self.texts)


def _flow(paragraphs: tuple[Paragraph, ...], at: list[int], in_flow: Callable[[Paragraph], bool] | None = None) -> list[int]:
    """Each kept line's place in the article's flow: an inline "Read also: ..." line and a
    picture (its caption, credit or AI note) are set between the article's own paragraphs and
    part none of them (they take no place); or what ``in_flow`` names."""
    in_flow = in_flow or _in_flow
    if not any(map(in_flow, paragraphs)):
        return at
    places, place = [], 0
    for p in paragraphs:
        places.append(place)
        if not in_flow(p):
            place += 1
    return [places[i] for i in at]


def _widget_gaps(article: Article, lines: _Lines, scores: list[float], most: int = 3) -> set[int]:
    """The kept lines right under a widget's few lines an earlier rule named as navigation (up
    to ``most``: a lookup form's fields and button) where prose follows, a paragraph of two
    sentences and another line of prose: the article goes on under the widget. A related block,
    a share bar or a legal line is no widget, and teasers under a menu are no such paragraphs."""
    out: set[int] = set()
    paragraphs = article.paragraphs
    for k in range(1, len(lines) - 1):
        gap = paragraphs[lines.at[k - 1] + 1 : lines.at[k]]
        if not gap or len(gap) > most or not all(p.dropped == _NAVIGATION for p in gap):
            continue
        if lines.at[k + 1] == lines.at[k] + 1 and scores[k] > 0 < scores[k + 1] and INNER_SENTENCE_END.search(lines.texts[k]):
            out.add(k)
    return out


def _in_flow(p: Paragraph) -> bool:
    """Whether a dropped paragraph sits inside the article's flow without parting it: a picture,
    an inline "Read also", a reader rating's score and its prompt (a recipe's, under its title)."""
    detail = p.detail or ""
    return p.dropped in _PICTURE or p.dropped == _RELATED and detail.startswith(_INLINE) or p.dropped == _FEEDBACK and detail.startswith((VOTES, RATING_PROMPT))


def _feedback_link(p: Paragraph) -> bool:
    """A feedback link a site sets into the article's end ("Report an error"): a few words with
    a feedback cue and no sentence's end (``boilerplate.rules.link_in_body``)."""
    return p.dropped == _FEEDBACK and (p.detail or "").startswith(_FEEDBACK_CUE) and len(p.text.split()) <= 4 and not ends_like_sentence(p.text)


_RELATED, _INLINE = "boilerplate.related_block", "inline_related cue"
_BYLINE = "boilerplate.byline"
_LEGAL, _AFFILIATE_CUE = "boilerplate.legal", "affiliate_disclosure cue"
_CREDITS = frozenset({_LEGAL, "boilerplate.caption", _RELATED, "boilerplate.navigation"})  # lines that name a partner paper
_FEEDBACK, _FEEDBACK_CUE = "boilerplate.feedback_prompt", "feedback_prompt cue"


def _page_furniture(article: Article, lines: _Lines, start: int, end: int, min_run: int, stop: frozenset[str]) -> bool:
    """Whether the text shows a sign of the page around the article: a line an earlier rule
    dropped, a menu flattened into one line, a run of link-shaped lines beside the body's
    prose (teasers, a menu), or a short label printed twice apart. Article text taken from a
    feed or an extractor shows none: then its end is the article's end, and the lists,
    tables and subheads after its last paragraph are its own."""
    if len(lines) < len(article.paragraphs) or any(lines.link):  # a line dropped, a menu line
        return True
    outside = [*range(start), *range(end + 1, len(lines))]
    return bool(_teaser_runs(lines, outside, min_run, stop)) or _label_repeated(lines)


def _label_repeated(lines: _Lines, most: int = 4) -> bool:
    """A label of up to ``most`` words printed twice apart: a menu in its mobile and desktop
    copies, a site name above and below. (Twice in a row is a doubled headline.)"""
    seen: dict[tuple[str, ...], int] = {}
    for k, (toks, sentence) in enumerate(zip(lines.tokens, lines.sentence)):
        if not toks or len(toks) > most or sentence:
            continue
        if k - seen.setdefault(toks, k) > 1:
            return True
    return False


def _join_boxes(article: Article, drops: dict[int, tuple[str, str]]) -> None:
    """Lines dropped after the body that run straight into a box an earlier rule named (a
    sign-up box, a share bar) take its reason: "Sie möchten weiterlesen?" over "Jetzt
    abonnieren" is the subscription box's first line, and the report should say so."""
    paragraphs = article.paragraphs
    after = {i for i, (_, detail) in drops.items() if detail == "after the article body"}
    if not after:
        return
    reason: tuple[str, str] | None = None
    for i in range(len(paragraphs) - 2, -1, -1):
        below = paragraphs[i + 1].dropped
        if below is not None:
            reason = (below, f"with the {below} lines below it")
        elif i + 1 not in after:
            reason = None
        if reason and i in after:
            drops[i] = reason


def _typical(weights: list[float]) -> float:
    """The weight of the body's typical block: half its prose lies in blocks at least this
    heavy (a weighted median, so that many crumbs of prose do not pull it down)."""
    half, acc = sum(weights) / 2, 0.0
    for w in sorted(weights, reverse=True):
        acc += w
        if acc >= half:
            return w
    return 0.0


def _doubled(tokens: list[tuple[str, ...]], keep: set[int]) -> set[int]:
    """Lines printed twice in a row at the body's edge or in it (a doubled headline): a repeat,
    not furniture, left to DropRepeatedParagraphs, which keeps the first copy. A doubled
    line away from the body ("Contact Me" twice in the footer) is furniture like any other."""
    out: set[int] = set()
    for k in range(1, len(tokens)):
        if tokens[k] and tokens[k] == tokens[k - 1] and any(j in keep for j in (k - 2, k - 1, k, k + 1)):
            out |= {k - 1, k}
    return out


def _announced_tail(lines: _Lines, end: int, most: int = 30) -> int:
    """The body's end moved over the list its last line announces ("You will need:").

    The span stops at the last line of prose, but a list or table it introduces is the
    article's: up to ``most`` items, stopping at an empty, menu-shaped or very long line.
    """
    if not _announces(lines.texts[end]):
        if not _label_over_items(lines, end + 1):
            return end
        end += 1  # a label of its own under the last paragraph: "Where to report damaged trees:"
    k, tokens = end, lines.tokens
    while k + 1 < len(tokens) and k - end < most:
        if not tokens[k + 1] or lines.link[k + 1] or len(tokens[k + 1]) > 40:
            break
        k += 1
    return k


def _label_over_items(lines: _Lines, k: int, most: int = 10, least: int = 2, item_words: int = 25) -> bool:
    """Whether the line at ``k`` is a label of up to ``most`` words announcing a list ("Where to report
    damaged trees:") over ``least`` items or more, ended as a list's items are (a comma or a semicolon,
    the last maybe a full stop): the article's own list, however it stands apart from the last
    paragraph. A box's label over its links ("Follow us:") has items that end on names; two
    sentences under a label ("Continue reading for free." "Or subscribe.") are no list's items."""
    if k + least >= len(lines) or not _announces(lines.texts[k]) or len(lines.tokens[k]) > most or lines.link[k]:
        return False
    items = range(k + 1, k + 1 + least)
    ends = [lines.texts[j].rstrip()[-1:] for j in items]
    return all(not lines.link[j] and 0 < len(lines.tokens[j]) <= item_words for j in items) and all(end in ",;" for end in ends[:-1]) and ends[-1] in ",;."


_ROW_START = re.compile(f"{BULLET.pattern}|^\\s*#?\\d")


def _row_like(text: str) -> bool:
    """A ranked table row or a list item: it opens with a figure, a list marker or a date
    ("3 Progressive Group 74,411,830", "- Founded: 1954", "March 2024 – …"), or it is a row of
    cells between pipes with a figure in it."""
    if text.count("|") >= 2:
        return any(c.isdigit() for c in text)
    return bool(_ROW_START.match(text)) or opening_date(text) is not None


def _table_tail(lines: _Lines, end: int, min_run: int, widget: bool = False) -> int:
    """The body's end moved over a ranked table or a bulleted list right after it (a
    ranking, a schedule, pros and cons, a travel story's practical box): ``min_run`` or more
    rows that open with a figure or a list marker, after at most one title line and the
    table's header, with short
    subheads over bulleted rows. Menus and teasers open with words. Under a widget's heading an
    earlier rule named (``widget``: "Events calendar"), the rows are the widget's."""
    if widget:
        return end
    texts, tokens = lines.texts, lines.tokens
    k = end + 1
    if k < len(texts) and not _row_like(texts[k]) and len(tokens[k]) <= 12:
        k += 1  # the table's title
    if k + 1 < len(texts) and header_over(texts[k], texts[k + 1]):
        k += 1  # its header, under the title: "Category | Winner | Time"
    rows, items = k, 0
    while rows < len(texts):
        if _row_like(texts[rows]) and len(tokens[rows]) <= 60:
            items += 1
        elif not (_subhead(lines, rows) and rows + 1 < len(texts) and BULLET.match(texts[rows + 1])):
            break
        rows += 1
    return rows - 1 if items >= min_run else end


def _widget_over(article: Article, lines: _Lines, end: int) -> bool:
    """Whether a line an earlier rule named as a page's tool or box (navigation, a video, a
    feedback or sign-up prompt; an advert's marker and a picture part nothing) stands right under
    the body's last line."""
    if end + 1 >= len(lines):
        return False
    between = article.paragraphs[lines.at[end] + 1 : lines.at[end + 1]]
    return any(p.dropped in _WIDGET_HEADS for p in between)


_WIDGET_HEADS = frozenset(f"boilerplate.{kind}" for kind in ("navigation", "video_widget", "feedback_prompt", "subscribe_prompt"))


def _subhead(lines: _Lines, k: int) -> bool:
    """A heading of one to three words inside a list ("Getting there", "Prices")."""
    return 1 <= _n_words(lines.texts[k], lines.tokens[k]) <= 3 and not lines.sentence[k]


def _facts_tail(lines: _Lines, end: int, most: int = 8) -> int:
    """The end of a table moved over the labelled facts that follow it ("Referee: Jane Doe",
    "Attendance: 12,080" under a match's goals): each a label of one to three words, a colon
    and at most ``most`` words. Only after a table: alone, such lines are a footer's tags."""
    k = end + 1
    while k < len(lines) and (m := _FACT.match(lines.texts[k])) and len(m.group(1).split()) <= most:
        k += 1
    return k - 1


def _credits_box(lines: _Lines, end: int, size: int, reach: int = 6, least: int = 3, most: int = 12) -> list[int]:
    """A review's credits under its body, past a ticket box or a gallery: ``least`` labelled facts
    or more in a row ("Director: Jane Doe", "Cast: …", "Running time: 104 minutes"; a line
    without a label may stand between two, "In cinemas from 15 March"), the title over them
    ("The Last Summer, Bulgaria, 2024"), starting within ``reach`` lines of the body's end. The
    box's own lines before it (a ticket price, a rating's button) stay out. Each fact has a label
    of its own, and two or more give figures, names between commas or stars: teasers after the
    body labelled with their places ("Kilifi: Fishermen receive new boats") give headlines, and a
    list of obituaries repeats its label ("Minnesord: Lars Nyström, Sollerön"). A box an earlier
    rule named (more reviews, a share bar) follows the credits: a forum's profile box ("Posts:
    701") has the next reply under it, and a footer's address box ends the page; neither gives an
    e-mail address or a link."""
    texts = lines.texts
    fact = [False] * (end + 1) + [  # below the body only; a cast list runs long; a style sheet's rule is none ("width: 100%;")
        bool((m := _FACT.match(text)) and (len(m.group(1).split()) <= most or ", " in m.group(1))) and not text.endswith((";", "{"))
        for text in texts[end + 1 :]
    ]
    for first in range(end + 1, min(end + 1 + reach, len(texts))):
        if not fact[first]:
            continue
        last, k = first, first + 1
        while k < len(texts) and lines.at[k] == lines.at[k - 1] + 1 and (fact[k] or k + 1 < len(texts) and fact[k + 1] and len(lines.tokens[k]) <= 8 and fact[k - 1]):
            last = k if fact[k] else last
            k += 1
        rows = [texts[j] for j in range(first, last + 1) if fact[j]]
        labels = [row.partition(":")[0].strip().casefold() for row in rows]
        # A line an earlier rule dropped under it (of the article's ``size`` paragraphs): a box's.
        boxed = lines.at[last] + 1 < size and (last + 1 == len(texts) or lines.at[last + 1] > lines.at[last] + 1)
        linked = any(mark in row for row in rows for mark in ("@", "://", "www."))  # a contact box's or a footer's
        if len(rows) >= least and len(set(labels)) == len(labels) and sum(map(_credited, rows)) >= 2 and boxed and not linked:
            above = first - 1
            title = above > end and not lines.sentence[above] and len(lines.tokens[above]) <= most
            return list(range(above if title else first, last + 1))
        return []
    return []


def _visit_box(lines: _Lines, end: int, size: int, reach: int = 6, least: int = 3, most: int = 30) -> list[int]:
    """A review's practical box under its body, past an app's promo or a ticket box: a title of
    up to four words ("Practical information", "Info:"), perhaps the show's name, then ``least``
    or more rows of where, when and what it costs ("Kunsthalle, Hafenstraße 12, Kiel", "Until
    31 August, Tuesday-Sunday 10-18", "Tickets: 12 euros"), starting within ``reach`` lines of the
    body's end. Each row holds a figure and a comma or a label's colon, ends like no sentence and
    names no link; one at least is labelled, and at most one opens with a figure: an events
    calendar's or a tour's dates ("12 March, Oslo, Spektrum") each open with one, and a widget's
    rows are parted by dots or bars. A box an earlier rule named (a ticket button) follows it."""
    texts, tokens = lines.texts, lines.tokens

    def row(k: int) -> bool:
        text = texts[k]
        return (
            0 < len(tokens[k]) <= most
            and not lines.sentence[k]
            and not ends_like_sentence(text)
            and not lines.link[k]
            and _DIGITS.search(text) is not None
            and (", " in text or _FACT.match(text) is not None)
            and not DOT_PARTS.search(text)
            and not any(mark in text for mark in ("@", "://", "www."))
        )

    for title in range(end + 1, min(end + 1 + reach, len(texts))):
        if not 0 < len(tokens[title]) <= 4 or lines.sentence[title] or lines.link[title]:
            continue
        first = title + 1
        if first < len(texts) and not row(first) and 0 < len(tokens[first]) <= 8 and not lines.sentence[first] and not _DIGITS.search(texts[first]):
            first += 1  # the show's name: "«Tor Brevik – Siste tog»"
        last = first - 1
        while last + 1 < len(texts) and lines.at[last + 1] == lines.at[last] + 1 and row(last + 1):
            last += 1
        rows = texts[first : last + 1]
        boxed = lines.at[last] + 1 < size and (last + 1 == len(texts) or lines.at[last + 1] > lines.at[last] + 1)
        if (
            len(rows) >= least
            and boxed
            and any(_FACT.match(text) for text in rows)
            and sum(text.lstrip()[:1].isdigit() for text in rows) <= 1
            and all(lines.at[k] == lines.at[k - 1] + 1 for k in range(title + 1, last + 1))
        ):
            return list(range(title, last + 1))
    return []


def _credited(row: str) -> bool:
    """A fact's value with a figure, names between commas (Latin, Arabic or Chinese ones), or stars
    ("104 minutes", "Cast: A, B")."""
    value = row.partition(":")[2]
    return _DIGITS.search(value) is not None or _LIST_COMMA.search(value) is not None or "★" in value


# A full-width colon takes no space; a Japanese label may join two with "・" ("監督・脚本：…"),
# a Korean one with "·" ("분실·도난 신고: …").
# A label of up to three words (a range of days between dashes: "Tirs–fre"), its colon, the value.
_FACT = re.compile(f"[^\\W\\d_][\\w.'・{MARKS}\u200c–-]*(?:·\\w+)?(?: [\\w.'{MARKS}\u200c–-]+(?:·\\w+)?){{0,2}}(?: ?: |：)(\\S.*)$")  # a Persian word's joiners too ("گل‌ها")


def _verdict_tail(lines: _Lines, end: int, stop: frozenset[str], most: int = 20, joined: bool = True) -> int:
    """The body's end moved over a review's verdict right after it: up to two short lines (its
    title, a rating "Telling: 4/5") and any scores ("Service: ★★★☆☆"), then two lists of two to
    six short phrases each (two to eight words in sentence case, no figure unless bulleted, after
    a label's colon or inside a measure's word: "+ 30 hours of battery", "Good battery: 150
    minutes", "Slow 25W charging"; no year) under headings of one word, or of two that open with a
    function word (pros and cons: "Pros", "The good"), or two labelled lines of them with no
    figure ("Pros: big portions, fair prices"; a match's "Goals: 0-1 Boer (12), …" are facts),
    and the one sentence closing it, in a run of at most ``most`` lines that nothing
    an earlier rule dropped parts. A menu goes on with more headings, or has headings over fewer
    items. ``joined``: the verdict follows ``end`` with nothing dropped between (not so for a
    verdict above the body, which a shop's box may precede)."""
    texts, tokens, flow = lines.texts, lines.tokens, lines.flow

    def next_to(k: int) -> bool:
        return k < len(texts) and k - end <= most and (flow[k] == flow[k - 1] + 1 or k == end + 1 and not joined)

    def heading(k: int) -> bool:
        return (len(tokens[k]) == 1 or len(tokens[k]) == 2 and tokens[k][0] in stop) and not lines.sentence[k] and not any(map(str.isdigit, texts[k]))

    def phrase(k: int) -> bool:  # "Excellent espresso", "Easy to use" (it may end on a stopword), "Good battery: 150 minutes"
        if len(tokens[k]) > 8 or lines.sentence[k]:
            return False
        label, colon, value = _UNIT_FIGURE.sub("", texts[k]).partition(":")
        text = f"{label} {_DIGITS.sub('', value)}" if colon and not _A_YEAR.search(value) else label
        return _phrase_item(text, tokens[k], frozenset()) or bool(_PRO_CON.match(texts[k])) and len(tokens[k]) >= 2

    def inline(k: int) -> bool:  # "Pros: authentic dishes, big portions"
        label, colon, rest = texts[k].partition(":")
        return bool(colon) and len(label.split()) == 1 and not lines.sentence[k] and "," in rest and len(tokens[k]) <= 16 and not any(map(str.isdigit, rest))

    k, lead, lists = end + 1, 0, 0
    while next_to(k) and lead < 2 and not lines.sentence[k] and len(tokens[k]) <= 6 and (not heading(k) or next_to(k + 1) and _critics_score(texts[k + 1])):
        k, lead = k + 1, lead + 1
        while next_to(k) and _critics_score(texts[k]):
            k += 1  # the scores under the verdict's title: "Rating: 8/10", "Service: ★★★☆☆"
    while lists < 2 and next_to(k) and inline(k):
        k, lists = k + 1, lists + 1
    while lists < 2 and next_to(k) and heading(k):
        items = 0
        while next_to(k + 1 + items) and phrase(k + 1 + items) and not heading(k + 1 + items):
            items += 1
        if not 2 <= items <= 6:
            return end
        k, lists = k + 1 + items, lists + 1
    if lists < 2 or next_to(k) and heading(k):
        return end
    if next_to(k) and lines.sentence[k] and len(tokens[k]) <= 25:
        return k
    return k - 1


def _verdict_head(lines: _Lines, start: int, stop: frozenset[str], most: int = 16) -> int:
    """The body's start moved up over a review's verdict printed right above it (``_verdict_tail``'s
    pros and cons under their headings, "The good" / "The bad"), as a review may open with it."""
    for k in range(start - 4, max(0, start - most), -1):  # the box closest to the body: a price list above it is no verdict's
        if _verdict_tail(lines, k - 1, stop, joined=False) in (start - 1, start):  # (a short first paragraph reads as its closing line)
            return k
    return start


_DIGITS = re.compile(r"\d")
_UNIT_FIGURE = re.compile(r"(?<!\w)\d+(?:[.,]\d+)?[^\W\d_]+(?!\w)")  # a measure in one word: "120Hz", "25W", "5x"
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")  # "Top picks: the best of 2025": a teaser's year, where a pro's figure is a measure
_PRO_CON = re.compile(r"\s*[+–−-]\s")  # a pro's or a con's mark: "+ quick to heat", "– loud grinder"


def _signature_tail(lines: _Lines, start: int, end: int, least: int = 2) -> int:
    """The body's end moved over the last letter's signature on a readers' letters page: a
    short line of names under the last paragraph ("Jo Pritchard, Wexcombe") when the body
    signs ``least`` or more letters before it with names and a place, each under a paragraph."""
    if end + 1 >= len(lines) or lines.at[end + 1] != lines.at[end] + 1 or not _signed(lines, end + 1):
        return end
    signed = sum(1 for k in range(start + 1, end) if _signed(lines, k))
    return end + 1 if signed >= least else end


def _study_tail(lines: _Lines, end: int, most: int = 2, words: int = 40) -> int:
    """The body's end moved over the reference of the study a science story reports, right
    under its last paragraph: the line with its DOI ("DOI: 10.1038/s41564-025-01987-2") and up
    to ``most`` short lines above it (the journal, the paper's title). One study, not a list
    of references: the line under the DOI holds none."""
    texts, at = lines.texts, lines.at
    for k in range(end + 1, min(end + 2 + most, len(lines))):
        if at[k] != at[k - 1] + 1 or len(lines.tokens[k]) > words:
            return end
        if _DOI.search(texts[k]):
            return end if k + 1 < len(lines) and _DOI.search(texts[k + 1]) else k
    return end


_DOI = re.compile(r"\b10\.\d{4,9}/\S")

# Names, then a place after a comma: "Heike Brandes, Wardenfeld", "G. Hendriksen, Bennekom".
_NAME_PLACE = re.compile(r"^[^\W\d_][^,]*, (?:[^\W\d_][\w.'’-]*)(?: [^\W\d_][\w.'’-]*){0,2}$")


def _signed(lines: _Lines, k: int) -> bool:
    """A letter's signature right under a paragraph of prose: names and a place after a comma,
    two to seven words, no figure, colon or sentence's end."""
    text, above = lines.texts[k], k - 1
    return (
        2 <= len(lines.tokens[k]) <= 7
        and _NAME_PLACE.match(text) is not None
        and not lines.sentence[k]
        and not any(c.isdigit() or c == ":" for c in text)
        and lines.sentence[above]
        and len(lines.tokens[above]) >= 12
    )


def _closing_tail(article: Article, lines: _Lines, end: int, most: int = 4) -> int:
    """The body's end moved over the lines that close the article right under its last paragraph
    when a box an earlier rule named (a share bar, a sign-up box, related links) follows them
    directly, or a box and the article's closing statement (``_after_box``): up to ``most``
    short sentences ("Nobody was hurt.", an interview's last answer), or a quotation whole on its
    line (``_last_word``), or labelled facts under a title or none ("The score", "Home side: 412
    (Smith 163)", "Referee: Jane Doe", "Rating: ★★★★☆"), in sections under their titles (two
    sides' line-ups) and, with a figure among their values, under a box set into the article (an
    advert), or short items under a label that announces them ("Saturday's results:", "Lions
    23 Sharks 20"; "What changes for passengers:", what does), or results under a title, or items
    going on in lower case under a title ("Key points", "a ban on building"), or three short
    statements or more under a title ("What we know", "Nobody was hurt."). Nothing
    may be dropped between them; teasers and menus do not end like sentences, nor hold labels,
    nor follow a label that announces them."""
    # Places in the flow where a feedback link set between two lines ("Report an error") parts none.
    at, texts, tokens = _flow(article.paragraphs, lines.at, _feedback_link), lines.texts, lines.tokens

    def sentences_after(k: int, stated: bool = False) -> int:
        """``k`` moved over up to ``most`` sentences right under it; ``stated``: statements only,
        ending in a full stop (a prompt under a box of facts calls out: "Subscribe now!")."""
        last = k
        while k + 1 < len(lines) and k - last < most and at[k + 1] == at[k] + 1 and lines.sentence[k + 1] and tokens[k + 1] and not lines.link[k + 1]:
            if stated and not texts[k + 1].rstrip().endswith(FULL_STOPS):
                break
            k += 1
        return k

    def facts_after(top: int) -> tuple[int, int]:
        """The first and the last line + 1 of the facts from ``top``, under their title or not."""
        first = top if _stated(texts[top]) or len(tokens[top]) > 10 or lines.sentence[top] else top + 1
        facts = first
        while facts < len(lines) and facts - first < 2 * most and _fact_at(texts, facts, first):
            facts += 1
        # The box's next sections under their titles (the other side's line-up, the substitutions),
        # after two facts or after one that goes on from the body's last line (its span ended in the box).
        while (facts - first >= 2 or facts > first and _fact_at(texts, top - 1, top - 1)) and (section := _titled_facts(lines, facts, 2 * most)) > facts:
            facts = section
        return first, facts

    def figures(first: int, facts: int) -> bool:
        # A box of three facts or more, one a figure ("Running time: 108 minutes"), is the article's
        # (a review's details, a story's key figures) whatever follows it.
        return facts - first >= 3 and any(c.isdigit() for c in "".join(texts[first:facts]))

    k, boxed = sentences_after(end), False
    if k == end and end + 1 < len(lines) and at[end + 1] == at[end] + 1 and _last_word(texts[end + 1], tokens[end + 1]):
        k = end + 1  # a quotation closes the article over a box: "“We never saw the river rise so fast”"
    if k == end and end + 2 < len(lines):
        first, facts = facts_after(end + 1)
        if facts - first >= 2 and at[facts - 1] - at[end] == facts - 1 - end:
            k, boxed = facts - 1, figures(first, facts)
        elif end + 3 < len(lines) and _box_between(article, lines, end):
            # Such a box under an advert or a sign-up box set into the article, a figure among its values:
            # a match's line-ups and goals ("Goals: 0–1 Ranta 41."), not a traffic widget's roads ("Bridge 7: heavy").
            first, facts = facts_after(end + 1)
            valued = any((m := _FACT.match(texts[j])) and any(map(str.isdigit, m.group(1))) for j in range(first, facts))
            if valued and figures(first, facts) and at[facts - 1] - at[end + 1] == facts - 2 - end:
                k, boxed = facts - 1, True
    if k == end and end + 3 < len(lines) and len(tokens[end + 1]) <= 6 and not lines.sentence[end + 1]:
        # "Saturday's results:" or "Results of the round", then "Lions 23 Sharks 20": a label
        # announces any items, a plain title only results.
        scored = not _announces(texts[end + 1]) and not all(_lower_start(texts[k]) for k in range(end + 2, min(end + 4, len(lines))))
        items = end + 2
        while items < len(lines) and items - end - 2 < 2 * most and _item(lines, items, scored):
            items += 1
        if items - end - 2 >= 2 and at[items - 1] - at[end] == items - 1 - end:
            k = items - 1
        elif scored:  # key figures under a title: three items or more, each with a figure ("250 gigawatts of demand")
            items = end + 2
            while items < len(lines) and items - end - 2 < 2 * most and _item(lines, items) and _quantity(lines, items):
                items += 1
            if items - end - 2 >= 3 and at[items - 1] - at[end] == items - 1 - end:
                k = items - 1
        if k == end and not _announces(texts[end + 1]) and (told := sentences_after(end + 1, stated=True)) - end - 1 >= 3 and all(
            len(tokens[j]) <= 12 for j in range(end + 2, told + 1)
        ):
            k = told  # short statements under a title ("What we know", "Nobody was hurt."): the article's summary
    if k == end:
        return end
    k = sentences_after(k, stated=True)  # a closing statement under the facts or items ("Fares stay the same.")
    below = lines.at[k] + 1
    if below >= len(article.paragraphs) or article.paragraphs[below].dropped is None and not boxed and _after_box(article, lines, k)[0] == k:
        return end
    return k


def _box_between(article: Article, lines: _Lines, k: int, most: int = 6) -> bool:
    """Whether a box an earlier rule named stands between the line at ``k`` and the next: up to
    ``most`` lines, each a box's (``_box_line``) or its small print (an advert's "18+, play responsibly")."""
    between = article.paragraphs[lines.at[k] + 1 : lines.at[k + 1]]
    return 0 < len(between) <= most and all(_box_line(p) or p.dropped == _LEGAL for p in between) and any(map(_box_line, between))


def _fact_at(texts: list[str], k: int, first: int) -> bool:
    """Whether the line at ``k`` is a fact of a box whose facts start at ``first``: a labelled fact
    (``_stated``), or a label and one word among facts ("Goalkeeper: Bakker" over "Defence: …"),
    or the match's score heading them ("Lions 2 - 1 Sharks", over "Goals: …")."""
    if k == first and _FINAL_SCORE.fullmatch(texts[k]) and k + 1 < len(texts) and _stated(texts[k + 1]):
        return True
    return _stated(texts[k]) or _labelled_word(texts[k]) and (k > first or k + 1 < len(texts) and _stated(texts[k + 1]))


# A match's score alone between the two sides' names, no other figure: "Lions 2 - 1 Sharks", "آریا کرمان ۲ - ۱ ستاره خلیج".
_FINAL_SCORE = re.compile(r"\s*[^\W\d_][^\d:]{1,40}?\s\d{1,2}\s?[–:-]\s?\d{1,2}\s[^\W\d_][^\d:]{1,40}")


def _last_word(text: str, toks: tuple[str, ...], least: int = 4) -> bool:
    """A quotation that closes an article without a statement's full stop: ``least`` words or
    more, whole on its line ("“We never saw the river rise so fast”")."""
    return len(toks) >= least and _QUOTED.fullmatch(text) is not None


_QUOTED = re.compile(r"\s*[\"“„«»‘'「『]\s*[^\"“”„«»]+[\"”“»«’'」』]\s*\.?\s*")


def _titled_facts(lines: _Lines, k: int, most: int, least: int = 2, title: int = 6) -> int:
    """The line after a section of labelled facts under its title at ``k`` ("Away side", then
    "Goalkeeper: …", "Defence: …"): a title of up to ``title`` words, no sentence nor fact, over
    ``least`` to ``most`` facts. ``k`` when there is none."""
    texts, tokens, at = lines.texts, lines.tokens, lines.at
    if k + 1 >= len(lines) or not 0 < len(tokens[k]) <= title or lines.sentence[k] or lines.link[k] or _FACT.match(texts[k]):
        return k
    j = k + 1
    while j < len(lines) and j - k <= most and at[j] == at[j - 1] + 1 and _fact_at(texts, j, k + 1):
        j += 1
    return j if j - k - 1 >= least else k


def _after_box(article: Article, lines: _Lines, end: int, most: int = 8, longest: int = 40, held: int = 3) -> tuple[int, range]:
    """The body's end moved over the article's closing statement printed under a box set into it
    (``_box_line``: a sign-up box, a share bar, a video, an advert, a ticket box, a reader poll; up
    to ``most`` lines an earlier rule dropped: a reader poll's question and answers over a related
    block take seven), when a box or the page's end follows it too
    (``_box_below``): one statement, ending in a full stop (or a wish's "!") and asking nothing,
    of four to ``longest`` words ("The new rate applies from 1 January."). A related block counts
    as a box when the statement names a word of the article (``_names_article``): a teaser's
    summary falls with its block (``Rules.related_blocks``), which ends over the article's
    closing line, and a box's pitch under the block names nothing of the article. Under a comment
    section's counter ("Comments (15)") a statement is a reader's. Under a
    feedback prompt a statement is the prompt's own ("Tell us at …"); a box's own pitch is named
    by a cue. A box may also be up to ``held`` short lines no rule
    named over the one button that closes it ("Tickets", "Sala Apolo · 13 December · 18 €", then
    "Buy tickets", ``_opened_box``), or buttons no rule named around its named lines or under a
    pitch that gives an e-mail address (``_unnamed_button``; the pitch may be the body's last
    line, under the box's named heading): they go with it.
    Returns the new end and those lines."""
    k = end + 1
    while k < len(lines) and k - end <= held and (not lines.sentence[k] and 0 < len(lines.tokens[k]) <= 15 or _asks_to_send(lines, k)):
        k += 1
    if k >= len(lines) or not lines.sentence[k] or not lines.texts[k].rstrip().endswith(_STATEMENT_ENDS) or _ASKS.search(lines.texts[k]):
        return end, range(0)  # a prompt asks: "What do you think? Leave a comment below."
    between = article.paragraphs[lines.at[end] + 1 : lines.at[k]]
    dropped = [p for p in between if p.dropped is not None]
    first = end + 1
    if k > end + 1:  # the lines no rule named open the box, and its button closes it
        if _asks_to_send(lines, end) and lines.at[end] > 0 and _box_line(article.paragraphs[lines.at[end] - 1]):
            first = end  # the body's last line is the pitch, under the box's heading a rule named ("Send us your photos")
            between = article.paragraphs[lines.at[end] - 1 : lines.at[k]]
            dropped = [p for p in between if p.dropped is not None]
        if not (_opened_box(between, dropped) or _unnamed_button(between, dropped, most) and not INNER_SENTENCE_END.search(lines.texts[k])):
            return end, range(0)  # under buttons no rule named, one sentence: a comment form's notice runs on ("… Learn how …")
    elif not 1 <= len(dropped) <= most or not all(_box_line(p) or p.dropped == _RELATED for p in dropped):
        return end, range(0)
    elif any(counter(p.text) for p in dropped):
        return end, range(0)  # under a comment section's counter ("Comments (15)"), a statement is a reader's
    elif any(p.dropped == _RELATED for p in dropped) and not _names_article(lines, end, k):
        return end, range(0)  # under a related block, a box's pitch names nothing of the article
    if not _box_below(lines, k) or not 4 <= _n_words(lines.texts[k], lines.tokens[k]) <= longest:
        return end, range(0)
    return k, range(first, k)


def _names_article(lines: _Lines, end: int, k: int, least: int = 5) -> bool:
    """Whether the line at ``k`` repeats a word of ``least`` letters or more, no stopword, of the
    lines up to ``end``: the article's closing line names what it is about, a box's pitch under a
    related block does not (``Rules.related_blocks`` asks the same)."""
    said = {word for j in range(end + 1) for word in lines.tokens[j] if len(word) >= least}
    return any(len(word) >= least and word in said and word not in any_stopwords() for word in lines.tokens[k])


def _asks_to_send(lines: _Lines, k: int, most: int = 40) -> bool:
    """A box's pitch that gives an e-mail address to send pictures or tips to ("Got photos of the
    storm? Send them to foto@…"): up to ``most`` words."""
    return len(lines.tokens[k]) <= most and EMAIL.search(lines.texts[k]) is not None


def _button(text: str, words: int) -> bool:
    """A button's label: up to ``words`` words, no sentence, no figure (a counter's "Comments (23)"
    heads a comment section, whose lines are readers'), no colon (a label announces what follows)."""
    return len(text.split()) <= words and not ends_like_sentence(text) and not any(c.isdigit() for c in text) and not text.rstrip().endswith(":")


def _opened_box(between: list[Paragraph], dropped: list[Paragraph]) -> bool:
    """Lines no rule named open the box ("Tickets", "Sala Apolo · 13 December · 18 €"), and its
    button closes it ("Buy tickets"): every line a rule named is navigation's, the box's heading too."""
    return len(dropped) <= 2 and all(p.dropped == _NAVIGATION for p in dropped) and between[-1].dropped == _NAVIGATION and len(between[-1].text.split()) <= 4


def _unnamed_button(between: list[Paragraph], dropped: list[Paragraph], most: int, words: int = 4) -> bool:
    """A box whose buttons no rule named ("Upload files", "Send a photo"; two at most) stand around
    lines an earlier rule named as a box's (a sign-up box, at most ``most``), or a pitch that gives
    an e-mail address ("Questions? Write to our expert at …"). Every other line no rule named is
    a button too."""
    kept = [p for p in between if p.dropped is None]
    pitch = [p for p in kept if EMAIL.search(p.text)]
    buttons = [p for p in kept if p not in pitch]
    if len(buttons) > 2 or not all(_button(p.text, words) for p in buttons):
        return False
    return len(dropped) <= most and all(map(_box_line, dropped)) and bool(pitch or dropped)


def _numbers_box(lines: _Lines, end: int, reach: int = 3, least: int = 2, title: int = 5, most: int = 15) -> list[int]:
    """The article's useful phone numbers under its body: a title of up to ``title`` words, no
    sentence or figure ("Useful numbers", "Куда звонить"), within ``reach`` lines of the body's
    end, over ``least`` or more rows of a service's name and its number after a colon or a dash
    ("Civil protection: 091 707 1900", "Хитна помоћ: 194"), one number at least of six figures or
    more; then maybe one closing statement with a box or the page's end under it. A site's own
    contact box has a heading a rule names, or none (its rows open the box, and a row is no title),
    or gives its e-mail address's row under the numbers ("Kontakt", "Telefon: …", "E-mail: …").
    An article's closing sentence may give the newsroom's address."""
    texts, tokens = lines.texts, lines.tokens
    for top in range(end + 1, min(end + 1 + reach, len(texts))):
        if not 0 < len(tokens[top]) <= title or lines.sentence[top] or lines.link[top] or any(map(str.isdigit, texts[top])):
            continue
        rows, numbers = top + 1, []  # each row's number of figures
        while rows < len(texts) and lines.at[rows] == lines.at[rows - 1] + 1 and len(tokens[rows]) <= most and (row := _NUMBER_ROW.fullmatch(texts[rows].strip())):
            numbers.append(sum(c.isdigit() for c in row.group(1)))
            rows += 1
        if len(numbers) < least or max(numbers) < 6 or rows < len(texts) and "@" in texts[rows] and not lines.sentence[rows]:
            continue  # a site's contact box goes on with its e-mail address's row
        last = rows - 1
        if rows < len(texts) and lines.at[rows] == lines.at[last] + 1 and lines.sentence[rows] and _box_below(lines, rows):
            last = rows  # the article's closing statement under its numbers
        return list(range(top, last + 1))
    return []


def _figures_box(lines: _Lines, end: int, reach: int = 2, least: int = 2, title: int = 5, label: int = 5, most: int = 8) -> list[int]:
    """The article's box of figures right under its body: a title of up to ``title`` words, no
    sentence or figure ("Спека в цифрах", "The line in numbers"), then ``least`` or more labelled
    facts in a row, each a label of up to ``label`` words and no figure, a colon and a value of at most ``most`` words
    with a figure, no phone number, e-mail address or link ("Record: +38.9 °C", "Cooling points: 42"),
    and a box an earlier rule named or the page's end under them. A site's contact box gives its
    numbers of six figures or more (``_numbers_box``) or its e-mail address."""
    texts, tokens = lines.texts, lines.tokens

    def fact(k: int) -> bool:
        m = _FIGURE_ROW.fullmatch(texts[k].strip())
        value = m.group(2) if m else ""
        return bool(value) and len(m.group(1).split()) <= label and len(value.split()) <= most and _DIGITS.search(value) is not None and not _LONG_NUMBER.search(value) and not lines.sentence[k] and not any(
            mark in texts[k] for mark in ("@", "://", "www.")
        )

    for top in range(end + 1, min(end + 1 + reach, len(texts))):
        if not 0 < len(tokens[top]) <= title or lines.sentence[top] or lines.link[top] or any(map(str.isdigit, texts[top])) or ":" in texts[top]:
            continue
        last = top
        while last + 1 < len(texts) and lines.at[last + 1] == lines.at[last] + 1 and fact(last + 1):
            last += 1
        if last - top >= least and (last + 1 == len(texts) or lines.at[last + 1] > lines.at[last] + 1):
            return list(range(top, last + 1))
    return []


_FIGURE_ROW = re.compile(r"([^\W\d_][^\d:：]{0,60}?)\s?[:：]\s*(\S.*)")
_LONG_NUMBER = re.compile(r"\d[\d\s/.-]{4,}\d")  # a phone number's six figures or more: "0921 671 240"


# A service's name, a colon or a dash, then its phone number: "Guardia medica: 0921 671 240".
_NUMBER_ROW = re.compile(r"[^\d:：]{2,80}?\s*[:：–—-]\s*(\+?[\d(][\d\s()/.\-–]{0,20}\d)")


def _box_below(lines: _Lines, k: int, most: int = 6, words: int = 12) -> bool:
    """Whether a box or the page's end follows the line at ``k``: a line an earlier rule dropped,
    maybe under up to ``most`` short lines no rule named, none a sentence, half of them or more
    with figures (a standings widget's heading and rows, "1 K. Wrzos (KAR) 11:47:19", a countdown
    to the next race), or a related block's heading no cue names over two teasers or more. A
    footer's menu ("The Company") or a form's question has none."""
    figures = 0
    for j in range(k + 1, min(k + 1 + most, len(lines)) + 1):
        if j == len(lines) or lines.at[j] > lines.at[j - 1] + 1:  # the page's end, or a dropped line between
            return 2 * figures >= j - k - 1 or _teasers_under_heading(lines, k + 1, j)
        if lines.sentence[j] or len(lines.tokens[j]) > words:
            return False
        figures += any(c.isdigit() for c in lines.texts[j])
    return False


def _teasers_under_heading(lines: _Lines, first: int, end: int, heading: int = 6, least: int = 5) -> bool:
    """Whether the lines from ``first`` up to ``end`` are a heading of up to ``heading`` words over
    two titles or more of ``least`` words or more each: a related block's teasers, in any script
    ("More gaming news", then two headlines). A menu's items are a word or three."""
    return end - first >= 3 and len(lines.tokens[first]) <= heading and all(len(lines.tokens[i]) >= least for i in range(first + 1, end))


def _box_line(p: Paragraph) -> bool:
    """A line an earlier rule named as a box's set into an article: a sign-up box's, a share bar's,
    a video's, an advert's, a ticket box's (navigation), a reader poll's, or an affiliate links' notice."""
    return (
        p.dropped in _BOXES
        or p.dropped == _NAVIGATION
        or p.dropped == _FEEDBACK and (p.detail or "").startswith(POLL)
        or p.dropped == _LEGAL and (p.detail or "").startswith(_AFFILIATE_CUE)
    )


_ASKS = re.compile(r"[?？؟]")
_STATEMENT_ENDS = (*FULL_STOPS, "!", "！")  # a wish closes a recipe too: "Happy holidays!"
# Boxes set into an article's text, whose lines an earlier rule named.
_BOXES = frozenset(f"boilerplate.{box}" for box in ("subscribe_prompt", "share_prompt", "video_widget", "advertisement"))
_NAVIGATION = "boilerplate.navigation"  # a box's button: "Buy tickets", "Check prices"


def _item(lines: _Lines, k: int, scored: bool = False, least: int = 4, most: int = 12) -> bool:
    """A list's short item, with no sentence's end, that holds a figure or says something in
    ``least`` words or more: a result, a change for passengers. Menus, places and a profile's
    handles ("Europe", "Instagram: Example") do neither. ``scored``: two numbers of their own, as
    a result holds ("Lions 23 Sharks 20", "Maccabi – Hapoel 79:84"; a model's "AX3000" is none)."""
    text, toks = lines.texts[k], lines.tokens[k]
    if not toks or len(toks) > most or lines.sentence[k] or lines.link[k]:
        return False
    if scored:
        return len(_NUMBER.findall(text)) >= 2
    return any(c.isdigit() for c in text) and len(toks) >= 2 or len(toks) >= least


# A match's result printed as sides and their scores: "Brookfield Rovers 1 Harbour Town 2".
_RESULT = re.compile(r"\s*[^\W\d_][^\W\d]*(?: [^\W\d]+){0,3} \d{1,3} [^\W\d_][^\W\d]*(?: [^\W\d]+){0,3} \d{1,3}\s*")
_NUMBER = re.compile(r"(?<![\w.,-])\d+(?![\w.,])")  # a number standing on its own


def _quantity(lines: _Lines, k: int) -> bool:
    """A key figure's item: four words or more with a quantity that is no year ("46.8 degrees in
    Delhi, a record for May", "More than 300 admitted to hospital"); a product's model number
    ("AX3000") is none, and teasers of a year's best ("… of 2024") hold only the year."""
    return len(lines.tokens[k]) >= 4 and any(not _YEAR.fullmatch(n) for n in _QUANTITY.findall(lines.texts[k]))


_QUANTITY = re.compile(r"(?<![\w.,-])\d+(?:[.,]\d+)?(?![\w.,]\w)")  # "250", "46,8", "1.5"; a year is ``_YEAR``


def _lower_start(text: str) -> bool:
    """An item that goes on from its title in lower case ("Key points" / "a ban on building"):
    a list's, as no headline or teaser begins so."""
    first = text.lstrip()[:1]
    return first.islower()


def _stated(text: str) -> bool:
    """A labelled fact whose value is a figure or a phrase ("Attendance: 2,350", "Referee: Jane
    Doe"), or a word of a script without capitals (a name): a profile's one-word handle
    ("Facebook: ExampleNews") is a link. A remark in brackets is no part of the label
    ("Heat helpline (free call): 0 800 06 66 66")."""
    m = _FACT.match(text) or _FACT.match(_REMARK.sub("", text))
    if m is None:
        return False
    if _critics_score(text):
        return True  # "Rating: ★★★★☆"
    value = m.group(1)  # unspaced (Chinese, Japanese): counted in its words' pieces
    if len(words(value) if has_unspaced(value) else value.split()) >= 2 or any(c.isdigit() for c in value):
        return True
    return value[0].isalpha() and not value[0].isupper() and not value[0].islower()  # a name without capitals: "감독: 윤재희"


def _labelled_word(text: str) -> bool:
    """A label and a one-word value ("Søndag: stengt"): a fact among others ("Lør: 11.30–24.00"
    above it), though alone it may be a profile's handle."""
    m = _FACT.match(text)
    return m is not None and len(m.group(1).split()) == 1


_REMARK = re.compile(r"\s*\([^()]{1,40}\)(?=\s*:)")  # a remark in brackets right before a label's colon


def _announces(text: str) -> bool:
    """A line ending in a colon introduces what follows ("Here is what you need:"): when
    worded like prose, it is the article's sentence, not a menu label."""
    return text.rstrip().endswith(":")


_LINK_SEPARATORS = "|｜·•›»>＞"
_SPACED_DOT = re.compile(r"\s·|·\s")  # a menu's dot, not one joining two words
_CRUMBS = (" › ", " » ", " > ", " ＞ ")  # a breadcrumb's separators, spaced ("»Zitat«" is a quote)


def _link_like(text: str) -> bool:
    """Menus flattened into one line: "Home | News | Sport", "A · B · C", "News › Region › Town",
    "Home / News / Asia". A listing's row is not one: a cell with a place and a time or a date
    after a comma ("Concert · Plaça dels Jurats, 21.30 h · Gratuït"); nor is a Korean or Chinese
    headline whose unspaced dots join words ("버스·화물차 추돌…1명 사망·15명 부상")."""
    return (
        text.count("|") + text.count("｜") >= 2
        or (len(_SPACED_DOT.findall(text)) >= 2 or text.count("•") >= 2) and not _PLACE_AND_TIME.search(text) and not _dotted_facts(text)
        or any(text.count(crumb) >= 2 for crumb in _CRUMBS)
        or _slash_crumbs(text)
    )


def _dotted_facts(text: str) -> bool:
    """A row of facts, neither a menu nor the page's metadata: three or more cells between dots,
    each with a figure and a word, and no date ("Prep 20 min · Bake 12 min · Makes 24")."""
    cells = _CELLS.split(text)
    return len(cells) >= 3 and all(_FIGURE_AND_WORD.search(cell) for cell in cells) and not _DATE.search(text)


_CELLS = re.compile("[·•]")
_FIGURE_AND_WORD = re.compile(r"(?=.*\d)(?=.*[^\W\d_])")  # "Bake 12 min"; "2025" alone is a date's part


_PLACE_AND_TIME = re.compile(r"\w, [^·•|]*\d")  # inside one cell: "Die Braak, 17:00–22:00", "Raekoja plats, kell 10–22"


def _slash_crumbs(text: str, most: int = 3) -> bool:
    """A breadcrumb between slashes: three or more places of up to ``most`` words ("Home / News /
    Asia"); prose puts longer phrases between them ("either by train / or by bus")."""
    if text.count(" / ") < 2:
        return False
    return all(0 < len(part.split()) <= most for part in text.split(" / "))


def _neutral_list_items(
    scores: list[float], lines: _Lines, densities: list[float], threshold: float, long_words: int
) -> None:
    """List items worded like prose take no side (score 0) instead of counting as menu lines.

    A line of four or more words, as rich in stopwords as prose, not capitalised like a
    headline, is a list item or a table row when it has such a neighbour or stands between
    two prose paragraphs: "mehr als 180 Zugausfälle und Umleitungen"; so is one as long as
    a paragraph (``long_words``) that lacks only the final stop. Context then decides.
    """
    texts = lines.texts
    worded = [
        s < 0 and len(toks) >= 4 and d >= threshold and not link and not _title_like(text)
        for s, text, toks, d, link in zip(scores, texts, lines.tokens, densities, lines.link)
    ]
    last = len(scores) - 1
    for k, w in enumerate(worded):
        if not w:
            continue
        run = (k > 0 and worded[k - 1]) or (k < last and worded[k + 1])
        between = 0 < k < last and all(scores[j] >= len(texts[j]) for j in (k - 1, k + 1))
        if run or between or len(lines.tokens[k]) >= long_words:
            scores[k] = 0.0


def _neutral_tables(scores: list[float], lines: _Lines, rows: int = 2, long_rows: int = 4, strong: float = 100.0) -> None:
    """A table with its header takes no side (score 0): a header row with no figure over
    ``rows`` or more rows with figures, all cut into the same cells ("District | Kim | Park" over
    "Haeundae | 56.8% | 39.7%"), or a table of words (``worded_table``), or ``long_rows`` rows or
    more with a figure in each and no header (a programme's dated rows), with the title right
    above it, right under a paragraph of prose. Its short rows would otherwise weigh like a menu
    and cut the body in two where a results table stands between its paragraphs. A widget's
    table comes under a line an earlier rule dropped or under an advert's label: it keeps its
    weight, unless it is a long table (``long_rows`` rows or more) with strong prose (``strong``
    or more, or four fifths of the page's typical block where its prose weighs less per line, as
    Chinese does) among the few lines above its title and below its last row: the article's,
    with a box between the lede and its title (a shop's offers, a tracker's search field) or a
    note and a tool's few lines under it (six lines down: a form's heading and four fields)."""
    texts, at = lines.texts, lines.at
    bar: float | None = None  # ``strong`` for this page, worked out at its first long table: most pages have none
    k = 0
    while k < len(texts):
        end = k
        while end + 1 < len(texts) and same_cells(texts[end], texts[end + 1]):
            end += 1
        top = k - 1 if k > 0 and scores[k - 1] <= 0 and at[k - 1] == at[k] - 1 else k  # the table's title
        after_prose = top > 0 and at[top - 1] == at[top] - 1 and scores[top - 1] > 0
        figures = all(any(map(str.isdigit, texts[j])) for j in range(k + 2, end + 1))  # in every row under the first
        end = _next_tables(lines, k, end)
        if not after_prose and end - k >= long_rows:
            if bar is None:
                bar = min(strong, 0.8 * _typical([s for s in scores if s > 0]))
            below, above = range(end + 1, min(end + 7, len(texts))), range(max(0, top - 6), top)
            after_prose = any(scores[j] >= bar for j in below) and any(scores[j] >= bar for j in above)
        headless = end - k >= long_rows and all(any(map(str.isdigit, texts[j])) for j in range(k, end + 1))
        if end - k >= rows and after_prose and (header_over(texts[k], texts[k + 1]) and figures or headless or worded_table(texts[k], texts[k + 1 : end + 1])):
            for j in range(top, end + 1):
                scores[j] = max(scores[j], 0.0)
        k = end + 1


def _next_tables(lines: _Lines, k: int, end: int) -> int:
    """The last row of the tables printed right under the one from ``k`` to ``end``, each under its
    title, with as many cells and a header over rows of figures: a race's stage result, then its
    overall standings. They stand or fall together: the prose around them frames both."""
    texts, at = lines.texts, lines.at
    cells = cell_count(texts[k])
    while end + 3 < len(texts) and at[end + 3] == at[end] + 3 and not lines.sentence[end + 1] and cell_count(texts[end + 1]) == 1:
        header = end + 2
        if cell_count(texts[header]) != cells or not header_over(texts[header], texts[header + 1]):
            break
        end = header + 1
        while end + 1 < len(texts) and at[end + 1] == at[end] + 1 and same_cells(texts[end], texts[end + 1]):
            end += 1
    return end


def _neutral_repeats(scores: list[float], lines: _Lines, most: float = 0.3) -> None:
    """Boxes of prose printed twice apart on the page take no side: a menu's descriptions in
    its mobile and desktop copies, a sign-up box repeated in several pop-ups. An article's
    text appears once (its doubled lines are next to each other); when the repeats weigh
    more than ``most`` of the prose, the page itself is doubled and they stay, and the first
    copy of a box that runs straight into prose printed once is the body's opening."""
    where: dict[tuple[str, ...], list[int]] = {}
    for k, (text, toks) in enumerate(zip(lines.texts, lines.tokens)):
        if scores[k] >= len(text):
            where.setdefault(toks, []).append(k)
    copies = {k: key for key, ks in where.items() if len(ks) > 1 and ks[-1] - ks[0] > 1 for k in ks}
    # Only boxes of repeats: a lone sentence printed twice is often the article's own lede
    # (the teaser above the byline, then the first paragraph), not furniture.
    near = (-2, -1, 1, 2)
    repeated = [k for k in sorted(copies) if any(copies.get(k + d, copies[k]) != copies[k] for d in near)]
    if sum(scores[k] for k in repeated) <= most * sum(s for s in scores if s > 0):
        first = {copies[k]: k for k in reversed(repeated)}
        # The first copy of a box that runs straight into prose printed once keeps its side: a
        # page scraped twice opens with the body, its opening paragraphs printed again below.
        opening: set[int] = set()
        for k in sorted(first.values(), reverse=True):
            nxt = k + 1
            if nxt < len(scores) and (nxt in opening or scores[nxt] > 0 and nxt not in copies):
                opening.add(k)
        for k in repeated:
            if k not in opening:
                scores[k] = 0.0


def _teaser_runs(
    lines: _Lines,
    keep: list[int],
    min_run: int,
    stop: frozenset[str],
    inside: Callable[[list[int]], bool] | None = None,
    stamps: Set[int] = frozenset(),
    buttons: Set[int] = frozenset(),
) -> list[int]:
    """Runs of ``min_run`` or more adjacent kept lines shaped like links inside the body:
    teaser headlines, a table of contents, a menu. No sentence ends in them, and no
    line announces them ("Die Bilanz:"): an announced or bulleted list is the article's,
    and so are label/value rows ("Akku: 4500 mAh") and rows of figures ("Bar 15%"), a
    table or a spec list, lines numbered under one label ("Route E12: …", "Route 161: …"), and a
    list of short phrases in sentence case (pros and cons, a packing list); a table goes on as the
    article's where a box follows it, past a line an earlier rule dropped (an advert's label).
    With ``inside`` (the body's own lines), a short run with no furniture near it is the article's
    too. A live page's time stamp (``stamps``, page positions) opens the next entry: no run goes
    on past it."""
    texts, headline, at = lines.texts, lines.headline, lines.at

    def rows(run: list[int]) -> bool:
        return _table_rows(texts, run) or _figure_rows(texts, run) or _amounts(texts, run) or _codes(texts, run) or _cell_rows(texts, run) or _keyed(texts, run) or _graded(texts, run) or _placed(texts, run) or _bracket_credited(texts, run) or _clocked_rows(texts, run) or numbered_labels([texts[k] for k in run[1:]])

    def table(run: list[int]) -> bool:
        return rows(run) or _phrase_list(lines, run, stop) or _framed_names(lines, run)

    out: list[int] = []
    run: list[int] = []
    for k in [*keep, None]:
        if k is not None and (not run or k == run[-1] + 1 and stamps.isdisjoint(range(at[run[-1]] + 1, at[k]))) and headline[k]:
            run.append(k)
            continue
        announced = bool(run) and run[0] > 0 and _announces(texts[run[0] - 1])
        run = _rows_above(lines, _without_table_head(lines, run))
        if len(run) >= min_run and not announced and table(run) and len(tail := _after_rows(texts, run, min_run)) >= min_run and not rows(tail):
            if not (inside is not None and inside(tail)):
                out.extend(tail)  # fares, then a booking form's fields ("From", "To"): the table is the article's, the form is not
        elif len(run) >= min_run and not announced and not table(_with_rows_below(lines, run)):
            # A table over an advert and a box of job ads: the table goes on from the body, the box is furniture.
            first = _first_part(lines.flow, run)
            if len(first) >= min_run and (_table_rows(texts, first) or _figure_rows(texts, first)):
                run = run[len(first) :]
            run = run[len(_goals_part(texts, run)) :]
            run = _without_results(texts, run, min_run)
            run = _without_schedule(lines, run, min_run, buttons)
            if len(run) >= min_run and not (inside is not None and inside(run)):
                listed = _listed_rows(texts, run)
                out.extend(k for k in (run[:-1] if _subhead_at_foot(lines, run) else run) if k not in listed)
        run = [k] if k is not None and headline[k] else []
    return out


def _with_rows_below(lines: _Lines, run: list[int], most: int = 10) -> list[int]:
    """The run with the label/value rows right under it (up to ``most``), a figure in each value,
    that are no link's shape ("Beschäftigte zum Start: 120, bis Ende 2026: 280" under "Investition:
    rund 190 Millionen Euro"): a fact box goes on past the run, and is judged whole. A
    calculator's pitch under job ads gives no figure ("Salary calculator: what you take home")."""
    out, texts, at = list(run), lines.texts, lines.flow
    k = run[-1] + 1 if run else len(texts)
    while k < len(texts) and len(out) - len(run) < most and at[k] == at[k - 1] + 1 and not lines.headline[k] and _row(texts[k]) and any(map(str.isdigit, _value(texts[k]) or "")):
        out.append(k)
        k += 1
    return out


def _without_table_head(lines: _Lines, run: list[int], most: int = 6) -> list[int]:
    """The run without its last line when that is a table's header over the kept row right under
    it ("Placering | Bil | Poäng" over "1 | Solvik Nova | 312"), nor the title of up to ``most``
    words right above the header ("Så fördelades poängen"): the article's table, under a widget
    whose lines an earlier rule dropped."""
    texts = lines.texts
    if not run or run[-1] + 1 >= len(texts) or not header_over(texts[run[-1]], texts[run[-1] + 1]):
        return run
    head = run[:-1]
    if len(head) >= 2 and lines.at[head[-1]] + 1 == lines.at[run[-1]] and len(lines.tokens[head[-1]]) <= most and not lines.sentence[head[-1]]:
        head = head[:-1]
    return head


def _without_results(texts: list[str], run: list[int], least: int) -> list[int]:
    """The run without its stretch of ``least`` or more rows that end on a figure, and the title
    over them: an election's results under a live map's buttons ("Mayor", then "Jane Doe
    (independent) – 38.9 %", "Turnout: 52.6 %"). What is left is the widget's."""
    ends = [result_row(texts[k]) for k in run]
    best = (0, 0)
    i = 0
    while i < len(run):
        j = i
        while j < len(run) and ends[j]:
            j += 1
        if j - i > best[1] - best[0]:
            best = (i, j)
        i = j + 1
    lo, hi = best
    if hi - lo < least:
        return run
    if lo > 0 and not ends[lo - 1]:
        lo -= 1  # the table's title
    return run[:lo] + run[hi:]


def _after_rows(texts: list[str], run: list[int], least: int) -> list[int]:
    """The run's lines after its first ``least`` label/value rows or more, which open it (a party's
    name of up to six words may label its candidates: ``_labelled_list``)."""
    n = 0
    while n < len(run) and (_row(texts[run[n]]) or _listed(texts[run[n]]) or _labelled_list(texts[run[n]])):
        n += 1
    return run[n:] if n >= least else []


def _rows_above(lines: _Lines, run: list[int]) -> list[int]:
    """The run without its first lines when they are label/value rows that go on from a spec
    table just above it ("Grundpreis: 48.990 Euro" under "Batterie: 21,5 kWh")."""
    texts = lines.texts
    if run and run[0] > 0 and _KEY_VALUE.match(texts[run[0] - 1]):
        while run and _row(texts[run[0]]):
            run = run[1:]
    return run


def _list_number(text: str) -> int | None:
    """The number opening a numbered list's item ("2. Karkuun"), or None."""
    m = _LIST_NUMBER.match(text)
    return int(m.group(1)) if m else None


_LIST_NUMBER = re.compile(r"\s*(\d{1,3})[.)]\s")


def _subhead_at_foot(lines: _Lines, run: list[int]) -> bool:
    """Whether the run's last line is the article's subhead over its next paragraph of prose:
    one word, capitalised, under a title of five or more ("Fazit" under the rivals' tests; a
    widget's button under its rows is a call of two words or more, "Show all"). Under a button
    an earlier rule named ("Find journey" under a journey planner's fields), a line of two to six
    words in sentence case, with no figure, over the article's sentences is one too: the button
    closed the widget; so is the title over the article's label/value rows there ("Key figures",
    then "Revenue 2024: 612 m"). So is a short line with no figure under rows that each hold one
    (``_figures_over``), over two sentences, and a title of up to three words over two rows that
    list names ("Line-ups", "Home: Doe – Roe, Poe"), or over a numbered list ("Tracks", then "1. …",
    "2. …"). Menus and teasers are titled ("Why Trust Us")."""
    if len(run) < 2:
        return False
    tokens, text, last, below = lines.tokens, lines.texts[run[-1]], run[-1], run[-1] + 1
    # Capitalised, or in a script without capitals (Korean, Arabic).
    if not ((text[:1].isupper() and not text.isupper() or not text[:1].islower() and not text[:1].isupper()) and below < len(tokens)):
        return False
    rows = below + 1 < len(tokens) and all(_row(lines.texts[k]) or _listed(lines.texts[k]) for k in (below, below + 1))
    if not (lines.sentence[below] or rows or _list_number(lines.texts[below]) == 1):
        return False
    if rows and len(tokens[last]) <= 3 and not any(map(str.isdigit, text)):
        return True  # the title over the article's rows: "Line-ups", then "Home: Doe – Roe, Poe, …"
    if below + 1 < len(tokens) and _list_number(lines.texts[below]) == 1 and _list_number(lines.texts[below + 1]) == 2 and lines.at[below + 1] == lines.at[below] + 1 and not any(map(str.isdigit, text)):
        return True  # the title over the article's numbered list: "The album's tracks", then "1. …", "2. …"
    if lines.at[last] > lines.at[run[-2]] + 1 and 2 <= len(tokens[last]) <= 6 and not _title_like(text) and not any(map(str.isdigit, text)):
        return rows or below + 1 < len(tokens) and lines.sentence[below + 1]
    if _figures_over(lines, run) and lines.sentence[below] and below + 1 < len(tokens) and lines.sentence[below + 1]:
        return True
    return lines.sentence[below] and len(tokens[last]) == 1 and len(tokens[run[-2]]) >= 5 and len(tokens[below]) >= 15


def _figures_over(lines: _Lines, run: list[int], least: int = 3, most: int = 6) -> bool:
    """Whether the run's last line, of ``least`` to ``most`` words and no figure, is under half as
    long as each line above it, and each of those holds a figure: a widget's rows ("A5 Kassel →
    Frankfurt: 9 km Stau"), then a subhead no row is shaped like ("Umleitung über Dörfer"). A
    shop's button under its prices is a call of two words ("Buy now"); a menu's line ("Home |
    News | Sport") is no subhead."""
    tokens, text = lines.tokens, lines.texts[run[-1]]
    n = len(tokens[run[-1]])
    if not least <= n <= most or any(map(str.isdigit, text)) or lines.link[run[-1]]:
        return False
    return all(len(tokens[k]) >= 2 * n and any(map(str.isdigit, lines.texts[k])) for k in run[:-1])


def _goals_part(texts: list[str], run: list[int], least: int = 2) -> list[int]:
    """The run's opening goals, ``least`` or more, under their title or not ("Match events",
    "23' Munteanu 1-0", "90+3' Radu (penalty) 3-1"): the match report's own, over a scores
    widget that follows them ("Live scores", "Sileks – Borac 0-0 (FT)")."""
    if not run:
        return []
    k = 0 if _MINUTE.match(texts[run[0]]) else 1
    j = k
    while j < len(run) and _MINUTE.match(texts[run[j]]):
        j += 1
    return run[:j] if j - k >= least else []


def _first_part(flow: list[int], run: list[int]) -> list[int]:
    """The run's lines up to the first line an earlier rule dropped between two of them (an advert's label)."""
    k = 1
    while k < len(run) and flow[run[k]] == flow[run[k - 1]] + 1:
        k += 1
    return run[:k]


_LIST_MARKER = re.compile(r"^\s*(?:[•·▪◦‣∙*–-]|\d{1,2}[.)])\s")


# A table row or spec line: a label of up to four words, a colon, a value ("Capacity: 12 cups";
# vowel signs are marks, not word characters: "కృష్ణా జిల్లా: 08672-252572").
_KEY_VALUE = re.compile(f"^\\w[\\w'’.&()/{MARKS}-]*(?:,? [\\w'’.&()/{MARKS}–—-]+){{0,3}} ?:\\s+\\S")  # French spaces its colon; "Polizei, Notruf: 110"


# An amount, then what it measures: "2 dl vettä", "½ tl suolaa", "200 g flour".
_AMOUNT = re.compile(r"\s*(?:\d+(?:[,/]\d+)?|[½⅓⅔¼¾⅛])\s?(\S.*)")  # "4.6 emerge" numbers a section


def _amounts(texts: list[str], run: list[int]) -> bool:
    """At least half the run is amounts (``_amount``), as a recipe lists its ingredients ("2 dl
    vettä", "1 tl suolaa") under short titles ("Täyte"). A teaser that opens with a figure goes
    on capitalised ("5 Things To Do") or longer."""
    return 2 * sum(map(_amount, (texts[k] for k in run))) >= len(run)


def _amount(text: str, most: int = 4) -> bool:
    """An amount followed by ``most`` words or fewer, the first in lower case."""
    m = _AMOUNT.fullmatch(text)
    return m is not None and m.group(1)[:1].islower() and 1 <= len(m.group(1).split()) <= most and len(text.split()) >= 2


def _table_rows(texts: list[str], run: list[int]) -> bool:
    """At least half the run is label/value rows with short values or a list for a value: a
    spec list, a table, a match's line-ups ("Skovby IF: Poulsen – Holm, Lindberg, Ahmadi")."""
    rows = sum(_row(texts[k]) or _listed(texts[k]) for k in run)
    return rows * 2 >= len(run)


def _cell_rows(texts: list[str], run: list[int]) -> bool:
    """A table with its header: a line with no figure over one with figures, both cut into the
    same cells (``same_cells``: "Date | Area | Expected impact", "Monday, 10 March | …"), with
    half the run or more rows of that cut; or a header of words over rows of words that repeat a
    value down a column (``worded_table``), its title over it or not. A widget's rows (job ads,
    flights) come with no header, and a teaser is one cell."""
    pairs = [(a, b) for a, b in zip(run, run[1:]) if same_cells(texts[a], texts[b])]
    headed = any(header_over(texts[a], texts[b]) for a, b in pairs) or any(worded_table(texts[k], [texts[j] for j in run[i + 1 : i + 4]]) for i, k in enumerate(run[:2]))
    return headed and len({k for pair in pairs for k in pair}) * 2 >= len(run)


def _graded(texts: list[str], run: list[int]) -> bool:
    """The run is a rating's table (``_graded_rows``), its title over it or not."""
    return _graded_rows([texts[k] for k in run]) or _graded_rows([texts[k] for k in run[1:]])


def _graded_rows(rows: list[str], most: int = 6) -> bool:
    """Every row is a short name and its grade after a dash, and the grades are few, some of them
    shared: "Pantai Miami – Sederhana", "Pantai Bagan Ajam – Sederhana". A teaser's title is
    longer, and its source after the dash is one for all or one for each."""
    cells = [DASH_PARTS.split(row.strip()) for row in rows]
    if len(rows) < 3 or any(len(cell) != 2 or len(cell[0].split()) > most or not 1 <= len(cell[1].split()) <= 2 for cell in cells):
        return False
    grades = [cell[1].casefold() for cell in cells]
    return 1 < len(set(grades)) < len(grades)


def _placed(texts: list[str], run: list[int], least: int = 3) -> bool:
    """``least`` or more rows in a row, all but the run's title a name and its place after one
    comma, the place capitalised and short ("Osteria del Carmine, Napoli", "Masseria Li Veli,
    Cellino San Marco (Brindisi)"), maybe its chef or owner after a dash ("… – chef Anna Riva"):
    winners, venues, a guide's list. A teaser is a longer title."""
    rows = [_PLACED.fullmatch(texts[k]) is not None and not texts[k].rsplit(", ", 1)[1][:1].islower() for k in run]
    return sum(rows) >= least and all(rows[1:])


def _bracket_credited(texts: list[str], run: list[int], least: int = 3) -> bool:
    """``least`` or more rows in a row, all but the run's title closing on a name of up to four
    words in brackets, capitalised and with no figure: a book's publisher, a candidate's party, a
    player's club ("The Night Auditor by Graham Pryce (Marlow & Penn)"). A teaser's title closes on
    words, or on a label in capitals ("(VIDEO)")."""
    rows = [_bracket_credit(texts[k]) for k in run]
    return sum(rows) >= least and all(rows[1:])


def _bracket_credit(text: str, most: int = 4) -> bool:
    m = _BRACKET_AT_END.search(text)
    return m is not None and m.group(1)[:1].isupper() and not m.group(1).isupper() and len(m.group(1).split()) <= most


_BRACKET_AT_END = re.compile(r"\S \(([^()\d]{2,40})\)$")


# A name, a comma, a place of one to three words, its province in brackets or not, a person after a dash or not.
_PLACED = re.compile(r"[^\W\d_][^,.!?:;|]{0,40}, (?:[^\W\d_][\w'’-]*)(?: [^\W\d_][\w'’-]*){0,2}(?: \([^()]{2,25}\))?(?: [–—] [^\W\d_][^,.!?:;|–—]{0,40})?")


def _keyed(texts: list[str], run: list[int]) -> bool:
    """The run is a table of two columns under its header (``keyed_rows``), its title over it or not."""
    return keyed_rows([texts[k] for k in run]) or keyed_rows([texts[k] for k in run[1:]])


def _codes(texts: list[str], run: list[int], share: float = 0.35) -> bool:
    """Every line of the run is a third or more digits: a recall's batch numbers or models
    ("20240815A1、20240815A2", "MK-1200（2022年4月～2023年9月製造）"); a headline spells its figures among words."""
    return all(sum(c.isdigit() for c in texts[k]) >= share * len(texts[k].replace(" ", "")) for k in run)


def _without_schedule(lines: _Lines, run: list[int], least: int, buttons: Set[int]) -> list[int]:
    """The run without its stretch of ``least`` or more rows that each open with a date, the dates
    running forward, and the title over them: a fixture list, a timeline, a tour's dates ("La 5.4.
    Ilves–KuPS, Tampere", "12 April: …"), the article's, over a ticket box. Teasers with their
    dates come newest first. An events box closes on its button (``buttons``: page positions of
    lines an earlier rule named navigation) right under its rows, or prints a link in each row
    after a dot or a bar ("24.10. Oulu, Teatria · Tickets")."""
    texts = lines.texts
    dates = [None if DOT_PARTS.search(texts[k]) or " | " in texts[k] else opening_date(texts[k]) for k in run]  # "24.10. Oulu · Tickets": a box's row
    i = 0
    while i < len(run):
        j = i
        while j < len(run) and dates[j] is not None:
            j += 1
        if j - i >= least and dates_run_forward(dates[i:j]) and lines.at[run[j - 1]] + 1 not in buttons:  # type: ignore[arg-type]
            lo = i - 1 if i > 0 and lines.at[run[i - 1]] + 1 == lines.at[run[i]] else i  # the schedule's title
            return run[:lo] + run[j:]
        i = j + 1
    return run


def _listed(text: str) -> bool:
    """A label/value row whose value lists names or items between commas: "Out: Mathiasen (ban), Frost (knee)"."""
    return (value := _value(text)) is not None and _LIST_COMMA.search(value) is not None


_LIST_COMMA = re.compile(r"[,،]\s|、")  # Latin, Arabic, Chinese and Japanese commas


def _row(text: str) -> bool:
    """A label/value row with a short value: "Capacity: 12 cups", "Pages: 384 pp."."""
    return (value := _value(text)) is not None and len(value.split()) <= 5


def _value(text: str) -> str | None:
    """A label/value row's value: after the label's colon ("Capacity: 12 cups"), or after the one bar
    of a two-cell row under a label of up to four words with no figure ("Processor | Snapdragon 7")."""
    return text.split(":", 1)[1] if _KEY_VALUE.match(text) else labelled_cell(text)


_YEAR = re.compile(r"^(?:19|20)\d\d$")
# A value cell: a number with at most a sign and a currency sign before it and a short unit after it
# ("$7.7B", "23g", "8KHz", "1,465", "55.41%", "−18", a score "31–29"); model codes ("T80", "X9/X8") are
# words, and section numbers ("2.") count as none.
_FIGURE = re.compile(r"^[(]?[+−-]?[$€£¥₹]?\d(?:[\d.,:/x×–-]*\d)?[^\W\d_]{0,4}[%)]?,?$")


def _clocked_rows(texts: list[str], run: list[int]) -> bool:
    """Three in four lines of the run are a timetable's rows: two or more parts parted by dots or
    bars, each closed by a clock time ("Caldas da Rainha 06h10 · Óbidos 06h25 · Bombarral 06h45")."""
    return sum(_clocked(texts[k]) for k in run) * 4 >= len(run) * 3


def _clocked(text: str) -> bool:
    parts = DOT_PARTS.split(text)
    return len(parts) >= 2 and all(_PART_CLOCK.search(part) for part in parts)


_PART_CLOCK = re.compile(r"(?<![\d:])\d{1,2}[:h.]\d{2}\s?h?\s*$")


def _figure_rows(texts: list[str], run: list[int]) -> bool:
    """Three in four lines of the run carry a figure after their first word: the rows of a
    table flattened to text ("Quanta Services Inc. $7.7B", "Bar 15%", "Price $999 MSRP").
    Teaser headlines put their figure first ("10 Best Tools") or give a year or a date.
    Results, players' figures or key figures under their title are a table too ("Other results",
    "Bozkır Spor 1-0 Marmara"; "Scorers", "Harbour: Quinn 27, Dale 18, Fox 14"; "In numbers",
    "12 stages"), and a labelled figure beside a result ("Duration: 68 minutes")."""
    rows = [texts[k] for k in run[1:]]
    scored = [bool(_SCORE.search(t) or stat_line(t)) for t in rows]
    if len(run) > 2 and (all(s or _figure_fact(t) for s, t in zip(scored, rows)) and any(scored) or all(map(_counted, rows))):
        return True
    return sum(_valued(texts[k]) for k in run) * 4 >= len(run) * 3


# A goal's line opens with its minute or the running score, or closes with the minute in brackets.
_GOAL = re.compile(r"^(?:\d{1,3}(?:\+\d{1,2})?['’′]|\d{1,2}[:–-]\d{1,2})\s+[^\W\d_]|[^\W\d_]\s\(\d{1,3}\.?(?:\+\d{1,2})?['’′.]?\)$")
_MINUTE = re.compile(r"\s*\d{1,3}(?:\+\d{1,2})?['’′]\s+[^\W\d_]")  # a goal's line opens with its minute: "90+3' Radu"
# A key figure and what it counts, in lower case: "1 520 prekiautojų", "12 scenų", "3.4 million visitors",
# or a quantity ("1 kg goudrenetten", "1 ei, losgeklopt").
_COUNTED = re.compile(r"\d[\d\s.,]*\s[^\W\d_A-Z][^\W\d_]*(?:,?\s[^\W\d_A-Z][^\W\d_]*)?")


def _figure_fact(text: str) -> bool:
    """A label and a quantity in lower-case words: "Duration: 68 minutes" (a scorer's minute,
    "Goals: 87' Ledesma", is a scoreboard's line)."""
    return _FIGURE_FACT.fullmatch(text.strip()) is not None


_FIGURE_FACT = re.compile(r"[^\W\d_][^:\d]{0,30}:\s*\d[\d.,]*\s+[^\W\d_A-Z][^\W\d_]*(?:\s+[^\W\d_A-Z][^\W\d_]*)?")


def _counted(text: str) -> bool:
    """A figure and one or two words in lower case: an "in numbers" box's row. Teasers that open
    with a figure say more, in a headline's capitals ("10 Best Tools")."""
    return _COUNTED.fullmatch(text.strip()) is not None and not any(w[0].isupper() for w in text.split()[1:] if w[0].isalpha())


_SCORE = re.compile(r"\s\d{1,3}\s?[–:-]\s?\d{1,3}(?:[\s,;]|$)")  # a match's result between the teams' names: "Bozkır Spor 1-0 Marmara"


def _valued(text: str) -> bool:
    """A figure in a cell after the first: a number, not a year, in a line with no date; a
    goal's minute or the running score of a match's scorers ("23' Radu Pătrașcu", "0:1 Kramar (38.)");
    or a figure and what it counts ("75 g rozijnen")."""
    if _DATE.search(text):
        return False  # a dated post or teaser ("Just This Next Step - December 16, 2019")
    if _GOAL.search(text) or _counted(text):
        return True
    return any(_FIGURE.match(t) and not _YEAR.match(t.strip("(),")) for t in text.split()[1:])


def _headline_like(text: str, n: int, sentence: bool) -> bool:
    """A link's shape: up to 15 words (``n``), no sentence end, no list marker; one to
    three words, or capitalised like a headline."""
    if not 1 <= n <= 15 or sentence or _LIST_MARKER.match(text):
        return False
    if text.rstrip().endswith(":"):
        return False  # it announces what follows ("Here's a selection:"): a list, not links
    if ":" in text and _critics_score(text):
        return False  # a review's score ("Rating: 8.5/10"), no link
    if ("|" in text or " — " in text or " – " in text) and _figure_cells(text):
        return False  # a table's row ("Revenue | $1.12B | $1.08B | +4%", "2023/24 — Lions — 29 — 3"), no menu
    if _ATTRIBUTED_QUOTE.search(text):
        return False  # a quote and who said it ("“A clean beat.” — Tom Brandt, analyst"): a teaser's quote ends unstopped
    return n <= 3 or _title_like(text)


# A quoted sentence, its full stop inside the closing quote, then a dash before the speaker.
_ATTRIBUTED_QUOTE = re.compile(r"[.!?…][“”\"»«’]\s*[–—-]\s")


def _listed_rows(texts: list[str], run: list[int], least: int = 2) -> set[int]:
    """The run's stretches of ``least`` or more rows in a row that each list items under a label
    (``_labelled_list``), with the title right above a stretch: drawn numbers or warning levels
    set among a widget's lines, the article's list ("Numbers drawn", "Lotto: 3, 14, 22, 29, 35, 46")."""
    listed: set[int] = set()
    stretch: list[int] = []
    for k in [*run, None]:
        if k is not None and _labelled_list(texts[k]) and (not stretch or k == stretch[-1] + 1):
            stretch.append(k)
            continue
        if len(stretch) >= least:
            listed.update(stretch)
            if stretch[0] - 1 in run and ":" not in texts[stretch[0] - 1]:
                listed.add(stretch[0] - 1)  # the list's title
        stretch = [k] if k is not None and _labelled_list(texts[k]) else []
    return listed


def _labelled_list(text: str, label: int = 6, least: int = 3, item: int = 4) -> bool:
    """A label of up to ``label`` words, a colon, then ``least`` or more items of up to ``item``
    words between commas: drawn numbers, regions under a warning level. A headline holds a
    phrase after its colon, seldom a list."""
    m = _LABEL.match(text)
    if m is None or len(m.group(1).split()) > label:
        return False
    items = text[m.end() :].split(",")
    return len(items) >= least and all(1 <= len(i.split()) <= item for i in items)


_LABEL = re.compile(r"([^:,]+):\s")  # a label and its colon: "Loto 6/49: ", no clock's ("12:00")


def _figure_cells(text: str) -> bool:
    """A row of a table flattened with pipes or spaced dashes: three cells or more, most after
    the first holding a figure, or a ranking's row, its first cell the rank ("2 | Lycée Hoche |
    Versailles | 17.6"). A menu's or a footer's cells are words, a teaser's source and age one
    figure in two."""
    separator = next((sep for sep in ("|", " — ", " – ") if text.count(sep) >= 2), "|")
    first, *cells = text.split(separator)
    if len(cells) >= 2 and _RANK_CELL.fullmatch(first):
        return True
    return len(cells) >= 2 and 2 * sum(any(map(str.isdigit, cell)) for cell in cells) > len(cells)


_RANK_CELL = re.compile(r"\s*#?\d{1,3}[.)]?\s*")


def _phrase_list(lines: _Lines, run: list[int], stop: frozenset[str]) -> bool:
    """At least half the run is phrases worded like the article's own list items: two or
    three words in sentence case, no figure, not ending on a function word ("Hiking socks",
    "Loud when gaming", "Nachtruhe einhalten"). Links are titled ("Best Budget Scooters"),
    one word ("Home"), or end open ("Read more about", "Mehr zu")."""
    items = sum(_phrase_item(lines.texts[k], lines.tokens[k], stop) for k in run)
    return items * 2 >= len(run)


def _framed_names(lines: _Lines, run: list[int], least: int = 4, most: int = 4) -> bool:
    """A list of ``least`` or more short names (up to ``most`` words, no figure but in a note in
    brackets: "Kiss Bence (17)") framed by the article's kept lines right above and below it, no
    question over it: the places a storm hit, a tram's stops, a team's members, a concert's
    setlist under its label. A poll's options and a form's fields come in threes under the
    question or the prompt that asks for them."""
    first, last, at, texts = run[0], run[-1], lines.at, lines.texts
    if len(run) < least or first == 0 or last + 1 >= len(texts) or any(at[k] + 1 != at[k + 1] for k in range(first - 1, last + 1)):
        return False  # the frame and the names in a row, no line an earlier rule dropped among them
    if texts[first - 1].rstrip().endswith(("?", "？", "؟")):
        return False
    return all(len(lines.tokens[k]) <= most and not any(map(str.isdigit, BRACKETED.sub("", texts[k]))) for k in run)


def _phrase_item(text: str, toks: tuple[str, ...], stop: frozenset[str]) -> bool:
    """Two or more words (a headline-like line that is not titled has at most three), not
    capitalised like a headline, without a figure, the last word not a stopword."""
    return len(toks) >= 2 and not _title_like(text) and toks[-1] not in stop and not any(map(str.isdigit, text))


def _title_like(text: str) -> bool:
    """Most words capitalised, as in menus and headline teasers ("Best Budget Scooters")."""
    initials = [w[0] for w in text.split() if w[0].isalpha()]  # split() gives no empty word
    return bool(initials) and sum(map(str.isupper, initials)) * 3 >= len(initials) * 2


def _main_language(tokens: list[tuple[str, ...]]) -> str | None:
    """The language with the most marker words in the lines (the first met on a tie)."""
    # Added up in a plain dict: Counter.update costs more per line than the adding.
    votes: dict[str, int] = {}
    for line_votes in filter(None, map(stopword_votes, tokens)):  # a quarter of the lines have none
        for lang, n in line_votes.items():
            votes[lang] = votes.get(lang, 0) + n
    return max(votes, key=votes.__getitem__) if votes else None


def _own_function_words(
    tokens: list[tuple[str, ...]], densities: list[float], stop: frozenset[str], good_words: int
) -> frozenset[str] | None:
    """The stopword list with the article's own function words added (the words found in half or
    more of its prose-length lines), when the list hardly fits the prose: a language with no list
    of its own, such as Albanian or Welsh, wins another's marker words by chance. None when the
    list fits (``densities`` are the lines' shares of it)."""
    long = [k for k, toks in enumerate(tokens) if len(toks) >= good_words]
    if len(long) < _OWN_LINES or sorted(densities[k] for k in long)[len(long) // 2] >= _LIST_FITS:
        return None
    counts: dict[str, int] = {}
    for k in long:
        for word in set(tokens[k]):
            counts[word] = counts.get(word, 0) + 1
    own = {word for word, n in counts.items() if n * 2 >= len(long)}
    return stop.union(own) if len(own) >= _OWN_WORDS else None


_OWN_LINES = 3  # the article's own function words need this many prose-length lines ...
_OWN_WORDS = 4  # ... and are taken when at least this many words are found in half of them
_LIST_FITS = 0.1  # a stopword list fits when the middle prose-length line has this share of its words


def _densities(tokens: list[tuple[str, ...]], function_words: frozenset[str] | None) -> list[float]:
    """Each line's share of ``function_words`` (``stopword_density``, with the words looked
    up once per article); 1.0 each when the language is unknown (None)."""
    if function_words is None:
        return [1.0] * len(tokens)
    stop = function_words.__contains__
    # Counted as the length of the filtered list: summing the bools takes sum's slow path.
    return [len([*filter(stop, toks)]) / len(toks) if toks else 0.0 for toks in tokens]


def _thai_densities(texts: list[str], tokens: list[tuple[str, ...]], function_words: frozenset[str]) -> list[float]:
    """Each Thai line's function words per word-sized piece: Thai puts no space between words,
    and ``text.words`` cuts it into pieces that seldom fall on a word's edges, so the words are
    counted inside the text (the longest first), as often as they occur."""
    found = _thai_function_words(function_words)
    return [len(found.findall(text)) / len(toks) if toks else 0.0 for text, toks in zip(texts, tokens)]


@lru_cache(maxsize=4)
def _thai_function_words(function_words: frozenset[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(function_words, key=lambda w: (-len(w), w)))))


def _best_span(scores: list[float]) -> tuple[int, int]:
    """The contiguous span with the largest total score (Kadane); the earliest on ties."""
    best, best_span = float("-inf"), (0, 0)
    total, start = 0.0, 0
    for i, s in enumerate(scores):
        if total <= 0:
            total, start = s, i
        else:
            total += s
        if total > best:
            best, best_span = total, (start, i)
    return best_span


def _points_below(lines: _Lines, start: int, least: int = 3, most: int = 20) -> bool:
    """Whether the body opens with ``least`` or more short sentences in a row, of at most ``most``
    words each: the key points a one- or two-word heading right above them announces ("In brief")."""
    run = lines.sentence[start : start + least]
    return len(run) == least and all(run) and all(len(toks) <= most for toks in lines.tokens[start : start + least])


def _headings(lines: _Lines, start: int, article: Article) -> list[int]:
    """The headline block just above the body: up to two heading-like lines among the four
    lines before it (headline and standfirst or byline), stopping at a sentence or a menu;
    and the article's first line when it is one of those four (or stands over a byline) and
    heading-like: an article's text opens with its headline, above a byline, a caption or a player no rule knew; not when
    it is printed again in another of the article's paragraphs (dropped or not), as a site's name is."""
    found: list[int] = []
    texts, tokens = lines.texts, lines.tokens
    credits = [p.text for p in article.paragraphs if p.dropped in _CREDITS]
    for k in range(start - 1, max(-1, start - 5), -1):
        if _critics_score(texts[k]) or k == start - 1 and lines.sentence[k] and _run_in_dateline(lines, start):
            continue  # kept as the review's, or the first paragraph's dateline stopped like a sentence ("GÖTEBORG.")
        sentence = lines.sentence[k] and not _asked(texts[k], tokens[k])
        # A label or a dateline between headline and body ("Politics", "May 2, 2025"); right
        # under a picture's caption or AI note and over the body, two words are a subhead, and
        # so are they over the key points the body opens with ("In brief").
        # Chinese and Japanese count words by characters: above the line over the body, a name of
        # five characters ("瀬戸内新報") is a label; right over the body, four ("网传说法") head it.
        if (len(tokens[k]) if k == start - 1 else _n_words(texts[k], tokens[k])) <= 2 and not sentence and not (k == start - 1 and k > 0 and _picture_between(article, lines.at[k - 1], lines.at[k])):
            if not (k == start - 1 and _points_below(lines, start)):
                continue
        if _meta_like(texts[k], tokens[k]):
            continue
        if _n_words(texts[k], tokens[k]) > 30 or sentence or lines.link[k] or found and _crumb(texts[k]):
            break  # a sentence, a link, or the section's breadcrumb over the headline: the page's head above
        if found and len(tokens[k]) <= 5 and _printed_again(texts[k], credits):
            continue  # a partner paper's name over the headline, printed again in its credit ("© Provided by …", "More from …")
        found.append(k)
        if len(found) == 2:
            break
    # A headline printed again under its picture (caption, credit or AI note between the copies)
    # is the article's, whatever stands above it: what lies between the copies is the picture's.
    for j in found:
        twin = next((k for k in range(max(0, j - 6), j) if tokens[k] == tokens[j] and len(tokens[j]) >= 3), None)
        if twin is not None and twin not in found and _picture_between(article, lines.at[twin], lines.at[j]):
            return [*(k for k in found if not twin < k < j), twin]
    if len(found) == 2 and tokens[found[0]] == tokens[found[1]] and len(tokens[found[0]]) >= 3:
        return found  # the headline over and under its picture, both found: no line above them is another
    # The walk up from the body may meet a picture's caption no rule knew under the byline first: a
    # headline and its standfirst over the byline, above the lines found, are the article's (one
    # line alone there may be the partner paper's name over "Story by …").
    top, byline = min(found, default=0), []
    if top and any(p.dropped == _BYLINE for p in article.paragraphs[lines.at[top - 1] + 1 : lines.at[top]]):
        byline = _over_its_byline(lines, article, start, 0)
        byline = byline if len(byline) >= 2 else []
    if (byline := byline or _over_its_byline(lines, article, start, top)) and not set(byline) <= set(found):
        return sorted(set(found).union(byline))
    # The first line kept but the page's head: what an earlier rule dropped above it (a banner) comes before the article.
    first = _below_page_head(lines, start)
    if first + 1 < start and first + 1 not in found and not lines.link[first + 1] and _kicker(texts[first]):
        first += 1  # the headline under its section's labels: "คอลัมน์ | ความเห็น", "辟谣 | 事实核查"
    elif first + 1 < start and len(tokens[first]) <= 3 and _over_byline(article, lines.at[first + 1]):
        first += 1  # the headline over its byline, under a section's label: "Reviews / Smartphones"
    # Under the page's head, the line over a standfirst (the loop's, one over the byline, or one
    # under a menu of a word or two per line) is the headline, however many boxes follow.
    standfirst = first + 1 < start and (_standfirst(lines, article, first + 1) or 0 < first == _menu_items(lines, start))
    placed = (
        start <= 4 + first
        or 0 < first and first + 1 in found
        or standfirst
        or _over_byline(article, lines.at[first])
        or _short_lines_under(lines, first, start)
    )
    if first < start and placed and first not in found and 3 <= _n_words(texts[first], tokens[first]) <= 30:
        # "… iki 2,4 proc." ends a headline; so does a question ("… what does it mean for the island?").
        sentence = lines.sentence[first] and not UNIT_END.search(texts[first]) and not _asked(texts[first], tokens[first])
        if not (sentence or lines.link[first] or _meta_like(texts[first], tokens[first])):
            # The headline printed again under its picture is no site name: the copy goes as a repeat,
            # and when the picture's credit or AI note lies between the copies, so does the rest
            # between them (the picture's description).
            again = [k for k in found if tokens[k] == tokens[first]]
            if again and _picture_between(article, lines.at[first], lines.at[again[0]]):
                return [*(k for k in found if not first < k < again[0]), first]
            skip = {lines.at[first], *(lines.at[k] for k in again)}
            others = (p.text for i, p in enumerate(article.paragraphs) if i not in skip)
            if not _printed_again(texts[first], others):  # a site's name or menu recurs; a headline does not
                found.append(first)
                if standfirst and first + 1 not in found:
                    found.append(first + 1)
    return found


def _over_its_byline(lines: _Lines, article: Article, start: int, top: int, most: int = 8, least: int = 10) -> list[int]:
    """The headline, and its standfirst, right over the byline nearest above the body, among the
    ``most`` lines above it and not above ``top`` (the highest heading found): when a caption, a
    widget or a ticker stands between the byline and the body, the lines the walk up from the
    body meets first are theirs, not the headline's. An author's name alone (three words at most)
    may stand between the standfirst and the byline. The headline may run longer than its
    standfirst (Arabic and Korean sites print long headlines over a short deck or two)."""
    texts, tokens = lines.texts, lines.tokens

    def heading(k: int, words: int = 30) -> bool:  # an address ("www.site.com") is one word of Latin letters
        sentence = lines.sentence[k] and not _asked(texts[k], tokens[k])
        spaced = " " in texts[k].strip() or not texts[k].isascii()
        return spaced and 3 <= _n_words(texts[k], tokens[k]) <= words and not (sentence or lines.link[k] or _meta_like(texts[k], tokens[k]))

    def adjacent(k: int) -> bool:  # the line above ``k`` is the paragraph right above it
        return k > 0 and lines.at[k - 1] == lines.at[k] - 1

    for k in range(start - 1, max(top - 1, start - 1 - most), -1):
        if _over_byline(article, lines.at[k]) and len(tokens[k]) <= 3 and adjacent(k):
            k -= 1  # the author's name over the date: "Noa Berkovitz" over "Published: 03.10.25"
        elif not _over_byline(article, lines.at[k]):
            continue
        if lines.at[k] > 0 and article.paragraphs[lines.at[k] - 1].dropped == _BYLINE:
            return []  # a line between two of the byline's ("Learn about our editorial process") is the byline box's
        if not heading(k, 45):
            # A standfirst that ends like a sentence, right under its headline: both are the article's.
            above = k - 1
            standfirst = lines.sentence[k] and least <= _n_words(texts[k], tokens[k]) <= 45 and not (lines.link[k] or _meta_like(texts[k], tokens[k]))
            if standfirst and adjacent(k) and heading(above) and 6 <= _n_words(texts[above], tokens[above]) and not (_kicker(texts[above]) or _crumb(texts[above])):
                return [above, k]
            return []
        # Over a standfirst (``least`` words or more), its headline. Over a shorter line (a deck, or a
        # byline no rule knew over its date), up to two more in sentence case: the headline and its
        # decks, as Arabic, Korean and Hindi sites print them; a menu's items are capitalised. Not a
        # site's name, a crumb or a ticker's row above.
        long = _n_words(texts[k], tokens[k]) >= least
        block, most_lines = [k], 2 if long else 3
        while len(block) < most_lines and adjacent(block[0]) and heading(j := block[0] - 1) and 6 <= _n_words(texts[j], tokens[j]) and not (
            _kicker(texts[j]) or _crumb(texts[j]) or "|" in texts[j] or _TIME_OF_DAY.search(texts[j]) or not long and _title_like(texts[j])
        ):
            block.insert(0, j)
        return block
    return []


def _key_points(lines: _Lines, start: int, found: list[int], article: Article, least: int = 2, most: int = 30, label: int = 4) -> list[int]:
    """The article's key points between its headline and its body or byline: under the page's head,
    a headline (four to thirty words, no sentence), maybe a standfirst, then a label of at most
    ``label`` words ("In brief", "Das Wichtigste") over ``least`` or more points of four to ``most``
    words each, down to what is kept already, with nothing an earlier rule dropped between them
    or right over the headline (a consent banner's button is no headline).
    The walk up from the body (``_headings``) stops at two lines, so the points' label and the
    headline over them would be cut. A section's name over the headline is printed in the menu as
    well ("Sport"); a row of a widget holds its value after a colon ("Bridge: closed"); a ticker's
    items over a "see all" link part their label from their title by a dot or a bar."""
    texts, tokens, sentence, link, at = lines.texts, lines.tokens, lines.sentence, lines.link, lines.at
    top = min([start, *found])
    head = _below_page_head(lines, start)
    if not 0 < head < top or at[head] != at[head - 1] + 1 or not 4 <= len(tokens[head]) <= 30 or sentence[head] or link[head] or _ticker_like(texts[head], tokens[head]):
        return []
    k = head + 1
    if k + 1 < top and len(tokens[k]) > label and len(tokens[k]) <= 2 * most and not link[k]:
        if _ticker_like(texts[k], tokens[k]):
            return []
        k += 1  # a standfirst under the headline
    name, text = (tokens[k], texts[k]) if k < len(texts) else ((), "")
    if not 1 <= len(name) <= label or sentence[k] or link[k] or any(map(str.isdigit, text)) or ":" in text.rstrip(" :") or _crumb(text) or _meta_like(text, name):
        return []
    points = k + 1
    while points < min(len(texts), start + least) and at[points] == at[points - 1] + 1 and 4 <= _n_words(texts[points], tokens[points]) <= most:
        if link[points] or _meta_like(texts[points], tokens[points]):
            break
        points += 1
    if points - (k + 1) < least or points < top or _printed_again(text, (p.text for i, p in enumerate(article.paragraphs) if i != at[k])):
        return []
    return [j for j in range(head, top) if j not in found]


def _points_over(lines: _Lines, start: int, article: Article, least: int = 2, label: int = 4, words: tuple[int, int] = (4, 30)) -> int:
    """Where the box of key points over the body begins: a label of up to ``label`` words
    ("Key points", "मुख्य बातें"), no sentence or figure, over ``least`` or more bulleted points of
    ``words`` words each, with nothing between them and the body but what stands under a
    headline (a byline, a date, a picture, the headline printed again under it, an advert).
    Under the byline and the date, the walk up from the body (``_headings``) would take two
    points for the headline block and leave the label and the headline over them. ``start``
    when there is none."""
    texts, tokens, at = lines.texts, lines.tokens, lines.at
    first = start
    if start >= 2 and len(tokens[start - 1]) >= 3 and tokens[start - 1] in tokens[max(0, start - 10) : start - 1]:
        first -= 1  # the headline printed again under its picture, over the body
    if not 0 < first < len(lines) or any(p.dropped not in _UNDER_HEADLINE for p in article.paragraphs[at[first - 1] + 1 : at[first]]):
        return start
    # Over the picture and the headline printed again under it, the points need no bullets: no
    # teasers stand between a headline and its picture.
    plain = first < start and _picture_between(article, at[first - 1], at[first])
    k = first

    def point(j: int) -> bool:
        if BULLET.match(texts[j]):
            return True
        # A plain point is a statement, not the headline itself or the page's labels over it.
        return plain and tokens[j] != tokens[first] and not _ticker_like(texts[j], tokens[j])

    while k > 0 and (k == first or at[k - 1] + 1 == at[k]) and point(k - 1) and not lines.link[k - 1] and words[0] <= _n_words(texts[k - 1], tokens[k - 1]) <= words[1]:
        k -= 1
    top = k - 1
    if first - k < least or top < 0 or at[top] + 1 != at[k]:
        return start
    name = texts[top]
    if not 1 <= len(tokens[top]) <= label or lines.sentence[top] or lines.link[top] or any(map(str.isdigit, name)) or _meta_like(name, tokens[top]):
        return start
    return top


def _ticker_like(text: str, tokens: tuple[str, ...]) -> bool:
    """Metadata, or parts parted by a dot or a bar: a ticker's item ("Breaking · Strike on Friday"),
    no headline."""
    return _meta_like(text, tokens) or DOT_PARTS.search(text) is not None


def _standfirst(lines: _Lines, article: Article, k: int, least: int = 10) -> bool:
    """Whether the line at ``k`` is a standfirst over the byline: ``least`` words or more, no link or
    metadata, right over a line an earlier rule dropped as a byline or that gives the article's age
    ("Updated 14 minutes ago"). A live blog's key events and pinned post may stand between it and
    the body."""
    at = lines.at[k] + 1
    if _n_words(lines.texts[k], lines.tokens[k]) < least or lines.link[k] or _meta_like(lines.texts[k], lines.tokens[k]) or at >= len(article.paragraphs):
        return False
    below = article.paragraphs[at]
    return below.dropped == _BYLINE or below.dropped is not None and aged(below.text)


def _below_page_head(lines: _Lines, start: int, most: int = 3) -> int:
    """The first line under the page's head: up to ``most`` lines at the top that are a menu
    (``link``, ``_menu_row``), a breadcrumb ("Thời sự » Phòng chống thiên tai") or a site's name
    of a word or two over one of those ("머니인사이트"; on the page's first line, with its motto:
    "VijestiPlus — sve vijesti na jednom mjestu") are skipped, when a line of three words or
    more follows them."""

    def head(k: int) -> bool:
        return lines.link[k] or _menu_row(lines.texts[k]) or _crumb(lines.texts[k])

    def motto(k: int) -> bool:  # the page's first line over a menu (no figure: a byline's date has)
        return k == 0 and not lines.sentence[0] and not any(map(str.isdigit, lines.texts[1]))

    k = _menu_items(lines, start)
    stop = min(k + most, start - 1)
    while k < stop and (head(k) or (len(lines.tokens[k]) <= 2 or motto(k)) and head(k + 1)):
        k += 1
    return k if _n_words(lines.texts[k], lines.tokens[k]) >= 3 else 0


def _menu_items(lines: _Lines, start: int, least: int = 3, words: int = 2, title: int = 4, deck: int = 15) -> int:
    """The number of lines at the page's top that are a menu's items, one per line: ``least`` or
    more in a row of up to ``words`` words each, no sentence, no figure ("Comarques", "Girona",
    "Educació", "Esports"), over a title of ``title`` words or more, no colon or dot between parts
    in it, with its standfirst right under it: ``deck`` words or more, more than a headline runs. A
    ticker's or a widget's line under a menu has another title under it, or the page's headline.
    0 if none."""
    k = 0
    while k < start - 1 and 0 < len(lines.tokens[k]) <= words and not lines.sentence[k] and not any(map(str.isdigit, lines.texts[k])):
        k += 1
    text = lines.texts[k]
    if k < least or len(lines.tokens[k]) < title or lines.sentence[k] or ":" in text or _ticker_like(text, lines.tokens[k]):
        return 0
    below = k + 1
    if below >= start or lines.at[below] != lines.at[k] + 1 or lines.link[below] or _n_words(lines.texts[below], lines.tokens[below]) < deck:
        return 0
    return k


# Thai, Lao, Khmer and Burmese: spaces part phrases, not words.
_SOUTHEAST_ASIAN = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _menu_row(text: str) -> bool:
    """Whether the line is a menu flattened into one line of a script without spaces between
    words, where spaces part a headline's phrases: five or more items of up to six characters
    in Chinese or Japanese ("首页 新闻 直播 天气 民生", "ニュース 天気・防災 スポーツ 番組表 ライブ配信"),
    of up to eight in Thai ("หน้าแรก ข่าว ภูมิภาค เศรษฐกิจ กีฬา"), none with a figure."""
    items = text.split()
    if has_unspaced(text):
        least, longest = 5, 6
    elif _SOUTHEAST_ASIAN.search(text):
        least, longest = 5, 8
    else:
        return False
    return len(items) >= least and all(len(item) <= longest and _WORD_ITEM.fullmatch(item) for item in items)


# Letters and their marks ("天気・防災"), an apostrophe or a hyphen inside ("Здоров'я", "E-paper"), no figure.
_WORD_ITEM = re.compile(f"(?:[^\\W\\d_]|[{MARKS}]|・)+(?:['’ʼ-](?:[^\\W\\d_]|[{MARKS}])+)?")


def _word_menus(lines: _Lines, start: int, stop: frozenset[str]) -> None:
    """Mark as links the menus flattened into one line of spaced words above the body, over a
    headline-like line ("Новини Регіон Війна Економіка Культура Спорт" over the headline): they
    draw the page's head, and the headline search stops at them. The headline itself is
    never one, as the line nearest the body."""
    heading = False
    for k in range(start - 1, -1, -1):
        if heading and _word_menu(lines.texts[k], lines.tokens[k], stop):
            lines.link[k] = True
        heading = heading or len(lines.tokens[k]) >= 3 and not lines.sentence[k]


def _word_menu(text: str, tokens: tuple[str, ...], stop: frozenset[str], least: int = 5, short: int = 6) -> bool:
    """Whether the line is ``least`` or more words and nothing else (no figure, no punctuation),
    none a stopword of the page's language (one among six or more) and all but one capitalised: a menu's items
    ("Latvijā Pasaulē Ekonomika Dzīvesstils Ēdiens"). A headline of as many words says its
    sentence with function words. In Chinese and Japanese, written without spaces, the items are
    short words spaced ("首页 要闻 本地 科技 财经"): a headline runs on, or spaces a clause or two.
    Other scripts without capitals are left alone: there a headline's function words are often
    joined to its words or missing from the page's stopword list."""
    items = text.split()
    if len(items) >= least and has_unspaced(text) and all(len(item) <= short and _WORD_ITEM.fullmatch(item) for item in items):
        return True
    if len(items) < least or len(tokens) != len(items) or not stop or sum(t in stop for t in tokens) > (len(items) >= least + 1):
        return False  # six items or more may hold one: a section named by a common word ("Zprávy", news)
    if not all(_WORD_ITEM.fullmatch(item) for item in items):
        return False
    return sum(not item[0].isupper() for item in items) <= 1


# A breadcrumb's spaced separator, one is enough: "Thời sự » Phòng chống thiên tai", "ホーム ＞ 企業".
_CRUMB_PARTS = re.compile(r"\s[»›>＞/]\s")


def _crumb(text: str, most: int = 4) -> bool:
    """A section's breadcrumb: two to four parts of up to ``most`` words apart by a spaced arrow
    or slash, none a sentence."""
    parts = _CRUMB_PARTS.split(text.strip())
    return 2 <= len(parts) <= 4 and all(1 <= len(part.split()) <= most for part in parts) and not ends_like_sentence(text)


def _short_lines_under(lines: _Lines, first: int, start: int, most: int = 6) -> bool:
    """Whether only a few short lines, none a sentence, stand between the first line and the body,
    one of them at most worded like a headline (a byline, a stamp or date, a widget's title and rows of
    figures): the first line heads them all. Teasers under a related block's heading are titles."""
    between = range(first + 1, start)
    lengths = {k: _n_words(lines.texts[k], lines.tokens[k]) for k in between}
    if start > most + first or any(lines.sentence[k] or lengths[k] > 12 for k in between):
        return False
    worded = [k for k in between if lengths[k] >= 5 and len(_QUANTITY.findall(lines.texts[k])) < 2]
    return sum(not (_meta_like(lines.texts[k], lines.tokens[k]) or _EAST_ASIAN_DATE.search(lines.texts[k])) for k in worded) <= 1


def _over_byline(article: Article, at: int, buttons: int = 2) -> bool:
    """Whether the paragraph at ``at`` stands right over a byline an earlier rule dropped: a
    headline over its author, however many boxes (prices, key points) come before the body.
    Up to ``buttons`` of the article's buttons or players may stand between ("Listen to this article · 4 min")."""
    below = at + 1
    while below < len(article.paragraphs) and below - at <= buttons and article.paragraphs[below].dropped in _BUTTONS:
        below += 1
    return below < len(article.paragraphs) and article.paragraphs[below].dropped == _BYLINE


_BUTTONS = frozenset({_NAVIGATION, "boilerplate.share_prompt", "boilerplate.video_widget"})  # a player is a button too


def _score_tail(lines: _Lines, end: int) -> int:
    """The body's end moved over a review's score right after its last paragraph ("Rating: 4.5 out
    of 5", "Nuestra nota: 7,8/10"): the critic's verdict, however a deals box follows it."""
    while end + 1 < len(lines) and _critics_score(lines.texts[end + 1]):
        end += 1
    return end


def _review_scores(lines: _Lines, start: int) -> list[int]:
    """A review's rating among the four lines above its body, labelled ("Rating: ★★★★☆ (4/5)",
    "별점 ★★★★☆", "Điểm: 7,5/10"): the critic's verdict. Stars alone are a rating widget, the reader's to click."""
    return [k for k in range(max(0, start - 4), start) if _critics_score(lines.texts[k])]


# A score's label: a word or two, in scripts with combining marks too ("रेटिंग").
_SCORE_LABEL = f"[^\\W\\d_][\\w{MARKS}]*(?: [^\\W\\d_][\\w{MARKS}]*)?"
# Stars, then maybe their figure ("(4/5)") or their scale after a short word ("★★★★ من 5").
_CRITICS_STARS = re.compile(
    f"\\s*{_SCORE_LABEL}\\s*[:：]?\\s*(?:[★☆⭐✩✰✭✮✯½]\\s*){{3,}}"
    f"(?:\\(\\d(?:[.,]\\d)?\\s?/\\s?(?:5|10)\\)\\s*|[^\\W\\d_]{{1,4}}\\s?(?:5|10)\\s*)?"
)


def _critics_score(text: str) -> bool:
    """A review's score with its label: "Rating: ★★★★☆", "Final score: 8/10", "Omdöme: 4 av 5"
    (a figure out of a rating's scale, after a slash or a word of up to four letters: "4 dari 5")."""
    if _CRITICS_STARS.fullmatch(text):
        return True
    m = _LABELLED_SCORE.fullmatch(text)
    return m is not None and float(m.group(1).replace(",", ".")) <= int(m.group(2))


# The figure, then its scale after a slash, a short word or a few words ("4 כוכבים מתוך 5", "4 stars out of 5").
_LABELLED_SCORE = re.compile(
    f"\\s*{_SCORE_LABEL}\\s*[:：]\\s*(\\d{{1,2}}(?:[.,]\\d)?)"
    f"\\s*(?:/|[^\\W\\d_]{{1,4}}|(?:[^\\W\\d_]+ ){{1,2}}[^\\W\\d_]{{1,5}})\\s*(5|10|20|100)\\s*"
)


def _kicker(text: str) -> bool:
    """A section's labels over a headline: short parts split by a dot or a bar ("Opinion | Column",
    "辟谣 | 事实核查"). Two words alone may be the site's name or a box's heading instead."""
    parts = DOT_PARTS.split(text.strip())
    return len(parts) >= 2 and all(len(part.split()) <= 2 for part in parts) and not ends_like_sentence(text)


def _asked(text: str, tokens: tuple[str, ...], most: int = 15) -> bool:
    """A headline put as a question: one question mark, at its end, and at most ``most`` words."""
    return text.rstrip().endswith(("?", "？", "؟")) and text.count("?") + text.count("？") + text.count("؟") == 1 and _n_words(text, tokens) <= most


def _picture_between(article: Article, lo: int, hi: int) -> bool:
    """Whether a picture's caption, credit or AI note was dropped between paragraphs ``lo`` and ``hi``."""
    return any(p.dropped in _PICTURE for p in article.paragraphs[lo + 1 : hi])


_PICTURE = ("boilerplate.caption", "boilerplate.ai_note")
# What a page sets between the headline block and the body.
_UNDER_HEADLINE = frozenset({_BYLINE, *_PICTURE, "boilerplate.advertisement", _LEGAL, "repeat.paragraph", "repeat.near_paragraph"})


def _n_words(text: str, tokens: tuple[str, ...]) -> int:
    """A line's length in words: ``text.words`` counts each character of an unspaced script
    (Chinese, Japanese), where a word is two characters or so."""
    return len(tokens) // 2 if has_unspaced(text) else len(tokens)


def _printed_again(text: str, others: Iterable[str], whole: int = 6) -> bool:
    """Whether ``text`` is printed again inside another line of the page (case aside). A line of
    ``whole`` words or more printed again as a whole line is a headline of a page scraped twice."""
    folded = text.casefold()
    long = len(text.split()) >= whole
    return any(folded in (other := o.casefold()) and not (long and other == folded) for o in others)


def _run_in_dateline(lines: _Lines, start: int) -> list[int]:
    """The line just above the body when it ends in a dash ("JAKARTA (ANTARA) -", "BERLIN
    (dpa) –"), names a place in capitals ("MARSABIT, KENYA", "GÖTEBORG.") or ends in an agency's tag in
    capitals ("Скопје, 4 јуни 2025 (МИА)"): the first paragraph's dateline, split off by the page.
    A place and its day may stand over a counter of views ("Views: 4,512") above the body."""
    k = start - 1
    if k >= 1 and _meta_like(lines.texts[k], lines.tokens[k]) and _placed_date(lines.texts[k - 1].strip()):
        return [k - 1]
    if k < 0 or not 1 <= len(lines.tokens[k]) <= 8:
        return []
    text = lines.texts[k].strip().removesuffix(":").rstrip()  # "BODØ (NTB):" as "BODØ (NTB)"
    if text.endswith(("-", "–", "—")) or (", " in text or text.endswith(".")) and len(lines.tokens[k]) <= 4 and text.isupper():
        return [k]
    if (tag := _AGENCY_TAG.search(text)) and tag.group(1).isupper() and len(lines.tokens[k]) <= 6:
        return [k]
    if (place := _PLACE_THEN_SOURCE.fullmatch(text)) and place.group(1).isupper():
        return [k]  # "DOMBÅS (Aftenekspressen):": a place in capitals, then the paper or agency
    return [k] if _placed_date(text) else []


def _placed_date(text: str) -> bool:
    """A dateline on a line of its own: a place and the day ("Timișoara, 22 ianuarie", "Київ,
    4 лютого") or a place in lenticular brackets ("【高崎】"). A year or a clock time makes it the
    page's date stamp instead ("Mittwoch, 5. März 2025", "Berlin, 14:32")."""
    if _BRACKET_PLACE.fullmatch(text):
        return True
    place, comma, date = text.partition(",") if "," in text else text.partition("、")
    if not comma or ":" in date or _YEAR.search(date) or not any(c.isdigit() for c in date) or len(date.split()) > 4:
        return False
    place_words = place.split()  # a place's name, capitalised where the script has case
    return 1 <= len(place_words) <= 3 and not any(c.isdigit() for c in place) and not place_words[0][0].islower()


def _live_entries(article: Article, lines: _Lines) -> set[int]:
    """The lines that open a live blog's entry: each opens with its time ("14:52 The governor
    said …") or stands under a stamp an earlier rule named, a title between them or not."""
    stamped = {i for i, p in enumerate(article.paragraphs) if p.detail == LIVE_STAMP}

    def titled(k: int, i: int) -> bool:  # a short title between the stamp and the entry: "Kick-off"
        return i - 2 in stamped and k > 0 and lines.at[k - 1] == i - 1 and not lines.sentence[k - 1]

    return {k for k, (i, text) in enumerate(zip(lines.at, lines.texts)) if ENTRY_TIME.match(text) or i - 1 in stamped or titled(k, i)}


def _stamps(article: Article) -> set[int]:
    """The lines an earlier rule dropped that are a live page's time stamps: named so, or a time alone ("06:30")."""
    return {i for i, p in enumerate(article.paragraphs) if p.detail == LIVE_STAMP or p.dropped and _TIME_ALONE.fullmatch(p.text.strip())}


_TIME_ALONE = re.compile(r"\d{1,2}[:.]\d{2}")
_AGENCY_TAG = re.compile(r"\s\(([^\W\d_]{2,6})\)$")  # "(TASR)", "(МИА)"
_PLACE_THEN_SOURCE = re.compile(r"([^\W\d_][^\d()]{0,30}?)\s\([^()\d]{2,30}\)")  # "DOMBÅS (Aftenekspressen)"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BRACKET_PLACE = re.compile(r"【[^】\d]{1,8}】")  # a Japanese paper's dateline: "【高崎】"

# A date: a day next to a year, a month name between them or not ("4 June 2025", "Jun 4,
# 2025", "2nd 2025"), or all figures ("2025-12-12", "12.03.2026").
_DATE = re.compile(
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?[.,]?\s*(?:[^\W\d]+\.?,?\s+)?(?:19|20)\d{2}\b"  # not a year's last figures: "1965 to 1975"
    r"|\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b"
)
_EAST_ASIAN_DATE = re.compile(r"\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]")  # "9月12日", "9월 12일"
_EAST_ASIAN_YEAR_DATE = re.compile(r"(?:19|20)\d\d\s?[年년]\s?" + _EAST_ASIAN_DATE.pattern)  # "2025年11月23日"

_PRICE = re.compile(r"[$€£¥₹]")
_YEAR_SPAN = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d\s?[–—-]\s?(?:1[5-9]|20)\d\d(?!\d)")
_TIME_OF_DAY = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?![\d:])")  # "09:40", "৯:৪০": a ticker's row, no headline's
# A part that is a short label and a clock time: "aktualizacja 23:50", "Atualizado às 23h02".
_CLOCK_STAMP = re.compile(r"(?:[^\W\d_]+\s){1,3}\d{1,2}[:h]\d{2}(?:\s?h)?")


def _clock_stamp(part: str) -> bool:
    return _CLOCK_STAMP.fullmatch(part.strip()) is not None


def _meta_like(text: str, toks: list[str] | tuple[str, ...]) -> bool:
    """A dateline, byline with a date, or a counter between headline and body ("Published
    Jun 4, 2025", "By Ann Lee · March 3, 2025", "0 61 views", "Reading time: 3 minutes"):
    short, no sentence, and dated or a third of it figures; or short parts split by a dot or a bar,
    one of them the article's age ("World · 3 hours ago", "Translated from Chinese | 2 hours ago";
    a headline's dash is no such mark: "Sawmill to close – 140 jobs at risk"). Such a line is page
    metadata; a row of facts is not ("Prep 20 min · Bake 12 min · Makes 24"), nor a match's
    result ("Brookfield Rovers 1 Harbour Town 2")."""
    if _dotted_facts(text) or _RESULT.fullmatch(text):
        return False
    if toks and 2 <= len(parts := DOT_PARTS.split(text.strip())) <= 3:
        if any(map(aged, parts)) and all(len(part.split()) <= 5 for part in parts):  # "il y a 4 heures"
            return True
        if any(map(_clock_stamp, parts)) and all(len(part.split()) <= 8 for part in parts):  # "… · Updated 23:50"
            return True
    if len(text) <= 40 and _EAST_ASIAN_YEAR_DATE.search(text) and has_unspaced(text) and not ends_like_sentence(text) and not text.rstrip().endswith(("-", "–", "—")):
        return True  # "2025年11月23日 6:00（最終更新 8:41）": its characters count as words; a dateline runs into the body ("上海2024年6月18日电 --")
    if not toks or len(toks) > 15 or ends_like_sentence(text) or _announces(text) or _PRICE.search(text):
        return False  # "Effective from 6/2/2025:" announces; "Range: $465 - $980" is content
    if _DATE.search(text):
        return True
    if _YEAR_SPAN.search(text):
        return False  # a life's or an era's years: "Minnesord: Birgitta Lindqvist, 1941–2024"
    return len(toks) <= 8 and sum(any(c.isdigit() for c in t) for t in toks) * 3 >= len(toks)


def _fact_box(lines: _Lines, start: int, least: int) -> int:
    """The body's start moved up over a box of facts right above it, as a review or a profile
    opens with: ``least`` or more facts' rows, not sentences unless their value is short
    ("Director: Maren Holt", "Pages: 384 pp."), with at most one short line between two of them
    ("Drama", "16+") or between the box and the body ("In cinemas from Friday"), two of them naming
    someone or something (a forum's "Posts: 116" and "Joined: Feb 2019", or a list of prices, name
    no one)."""
    texts, sentence = lines.texts, lines.sentence
    box, k, rows, named = start, start - 1, 0, 0
    while k >= 0 and not lines.link[k]:  # looked at from the body up: most bodies have no box
        if _box_row(texts[k]) and (not sentence[k] or _row(texts[k])):
            box, rows = k, rows + 1
            named += not any(map(str.isdigit, texts[k].split(":", 1)[1]))
        elif len(lines.tokens[k]) > (6 if k == start - 1 else 3) or sentence[k] or box - k > 1:
            break
        k -= 1
    return box if rows >= least and named >= 2 else start


def _box_row(text: str) -> bool:
    """A fact box's row: a label of one word, or a word and a lower-case one, then a colon and a
    value ("Director: Maren Holt", "Running time: 1hr 58min"); teasers' titles put a phrase
    before their colon ("Garden Visit: A Secret Garden in Brooklyn")."""
    if _KEY_VALUE.match(text) is None:
        return False
    label = text.split(":", 1)[0].split()
    return len(label) == 1 or len(label) == 2 and label[1].islower()


def _lead_above(lines: _Lines, scores: list[float], start: int, head: int = 4, most: int = 12, words: int = 12, boxes: int = 2) -> int:
    """The body's start moved up to the lead right under the headline, over boxes set between
    them (an advert, a table of the day's figures, a live map and its results): a block of prose,
    with a sentence of ``words`` or more in it, whose first line is among the page's first ``head``
    kept lines (or the next two, when it is the page's first prose and holds two paragraphs of two
    sentences: a site's name and a story-by line over the headline), under a headline (a line of
    four to thirty words, no sentence) and at most two lines of byline and date, then up to
    ``boxes`` runs of at most ``most`` lines with no prose, parted by prose, down to the body.
    Buttons of a word or two (a share bar's "Post", "LINE") count as none of those lines above
    the page's first prose. A lead two paragraphs long weighs less than the body below
    the boxes, so the span misses it; a banner or a disclosure at the page's top has no headline
    over it. Over two boxes, or a long one, the lead speaks of what the body's first lines do
    (words compared by their first five letters: "Lipnica" is "Lipnice" there); a newsletter's
    pitch over a log-in box does not."""
    k = start - 1
    for crossed in range(1, boxes + 1):
        gap = k
        while k >= 0 and scores[k] <= 0 and gap - k < most:
            k -= 1
        if k < 0 or k == gap or scores[k] <= 0:
            return start
        long = gap - k > 10
        last = k
        while k >= 0 and scores[k] > 0:
            k -= 1
        # The lines above it, buttons of a word or two aside (a share bar's "Post", "LINE").
        above = sum(_n_words(lines.texts[j], lines.tokens[j]) > 2 for j in range(k + 1))
        if k + 1 < head or above < head + 2 and not any(score > 0 for score in scores[: k + 1]) and _paragraphs(lines, k + 1, last) >= 2:
            break  # among the page's first lines; a little lower, the page's first prose, two paragraphs of it
    else:
        return start
    if k < 0 or not any(len(lines.tokens[j]) >= words and lines.sentence[j] for j in range(k + 1, last + 1)):
        return start  # no paragraph of prose in it: a shop's slogans, a form's question
    if crossed > 1 or long:
        lead = {t[:5] for j in range(k + 1, last + 1) for t in lines.tokens[j] if len(t) >= 5}
        body = {t[:5] for j in range(start, min(start + 8, len(lines))) for t in lines.tokens[j] if len(t) >= 5}
        if not lead & body:
            return start
    near = [j for j in range(k, -1, -1) if _n_words(lines.texts[j], lines.tokens[j]) > 2][:3]  # buttons aside
    headline = any(4 <= len(lines.tokens[j]) <= 30 and not lines.sentence[j] and not lines.link[j] for j in near)
    return k + 1 if headline else start


def _paragraphs(lines: _Lines, first: int, last: int) -> int:
    """How many of the lines from ``first`` to ``last`` hold two sentences or more."""
    return sum(INNER_SENTENCE_END.search(lines.texts[j]) is not None for j in range(first, last + 1))


def _skip_meta(lines: _Lines, scores: list[float], start: int) -> int:
    """The body's start moved past metadata lines that open it before its first prose line:
    datelines and counters caught in the span (the headline above is kept on its own)."""
    texts, tokens = lines.texts, lines.tokens
    k = start
    while k < len(texts) and scores[k] < len(texts[k]) and (_meta_like(texts[k], tokens[k]) or len(tokens[k]) <= 2):
        k += 1
    return k if k < len(texts) and scores[k] >= len(texts[k]) else start
