"""Prose furniture at an article's edges: comment threads, testimonials, author bios, references, disclosures.

These look like prose, so a cue is never enough: each rule also needs the place (the
article's second half or last quarter), the shape (posting stamps, citations) or the
absence of the person from the article's body. Each returns ``{index: (reason, detail)}``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from ..text import INNER_SENTENCE_END
from .cues import LanguageCues, clean_line
from .rules import ADVERT, BYLINE, COMMENTS, DISCLAIMER_CUE, EMBED_HANDLE, FEEDBACK, LEGAL, MARKED_OPTIONS, NAVIGATION, POLL, REFERENCES, SHARE, SUBSCRIBE, VOTES, Drops, Line, _RATING, _is_name, _label, handle_alone, link_in_body, rated_items

__all__ = ["Furniture"]

# Page furniture no article goes on after: the reasons that close it when they come late.
_CLOSERS = (SHARE, FEEDBACK, LEGAL, REFERENCES, COMMENTS)
_FOLLOW = "social_prompt cue"  # the detail of a call to follow the site: no closer
_SHOP_NOTE = "affiliate_disclosure cue"  # a shop box's note is no closer, ...
# ... nor a disclaimer with an age limit, an odds box's note: "18+", "from 18 years", "under 21", "alates 21. eluaastast"
# (no date's or time's "18.04", "21:00").
_AGE_LIMIT = re.compile(r"(?<![\d.,:/+])(?:1[89]|21)(?:\s?\+|(?![\d,:/]|\.\d))")
_CLOCK = re.compile(r"(?<![\d:])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?![\d:])")
# A name of two or three words and a separator before a role: "Harriet Moss | Health columnist" (no colon in
# the name: "Cast: Ana Lima, Rui Vaz" is a fact).
_NAME_THEN_ROLE = re.compile(r"\s*(?:[^\W\d_][^\s:]*\s){1,2}[^\W\d_][^\s:]*\s*(?:[|·•–—]|,\s)")
_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)")
_COMMENT_COUNTER = "a comment counter"  # a link to the comments, which opens nothing
_COUNT = re.compile(r"[(\[]?\d+(?:[.,]\d+)?(?:[kK](?!\w))?[)\]]?")  # "(48)", "1,2k", "86"
# Music and podcast services, whose links ("Listen on Spotify", "Spotifyで聴く") an embedded player prints.
_STREAMING = re.compile(
    r"spotify|apple (?:music|podcasts?)|youtube music|deezer|soundcloud|tidal|amazon music|audible|podimo|castbox|pocket casts|"
    r"joox|melon|kkbox|qq\s?音乐|网易云音乐|zing\s?mp3|nhaccuatui|anghami|gaana|jiosaavn|wynk|boomplay|audiomack|yandex music|яндекс музык",
    re.IGNORECASE,
)
_HANDLE_NAMED = re.compile(r"(?<![\w.])@[\w.]{2,}")  # a social handle: "(@lea.brand)"


def _posting_stamp(line: Line) -> bool:
    """A comment's date and time, the time apart from the date: a race time ("2.11.48") is both in one."""
    text = line.text
    if line.n_words > 12 or text.rstrip().endswith(".") or not (date := _DATE.search(text)):
        return False
    return any(clock.end() <= date.start() or clock.start() >= date.end() for clock in _CLOCK.finditer(text))


def _comment_thread(kept: list[Line], min_stamps: int = 3, max_gap: int = 12) -> int | None:
    """Position of the first posting stamp of the article's last run of three or more
    (consecutive stamps at most ``max_gap`` lines apart), or None."""
    stamps = [pos for pos, line in enumerate(kept) if _posting_stamp(line)]
    run: list[int] = []
    best: int | None = None
    for pos in stamps:
        if run and pos - run[-1] > max_gap:
            run = []
        run.append(pos)
        if len(run) >= min_stamps and (best is None or run[0] != best):
            best = run[0]
    return best


# A citation's shape, in any language: a link or DOI, "et al.", volume and pages ("vol. 37",
# "174(10):1587"), an APA year ("(2019).", "(n.d.)", "(2019, February 26)."), an MLA title in
# quotes first ('"Prayer Plant." ASPCA.'). Under a references heading a year in parentheses or
# at the end is enough ("... Colorectal Cancer, 2011.").
_CITATION = re.compile(
    r"https?://|(?<!\w)www\.\w|(?<!\w)doi(?:\.org)?[:/ ]\s?10\.|(?<!\w)et al\."
    r"|(?<!\w)(?:vol|pp|no|nr|bd|jg|s|p)\.\s?\d|\d\s?\(\d+\)\s?:\s?\d"
    r"|\((?:(?:19|20)\d\d[a-z]?(?:, [^()]{1,25})?|[^()]{1,20} (?:19|20)\d\d|n\.\s?d\.|s\.\s?f\.|o\.\s?j\.)\)[.,:]\s+\S"
    r"|^[\"“„«][^\"“”„«»]{3,200}\.\s?[\"”“»]\s+\S",
    re.IGNORECASE,
)
# An e-mail address (also as printed "jane [at] example.org" or masked "[email protected]") or a phone number.
_ADDRESS = re.compile(r"@\w|\[at\]|\(at\)|\[email[^\]]*\]|(?<!\d)(?:\+?\d[\d ()./-]{6,}\d)(?!\d)")
_NUMBERED = re.compile(r"^\[?\d{1,3}[.)\]]\s")
_CITATION_WEAK = re.compile(r"\((?:19|20)\d\d[a-z]?\)|(?:19|20)\d\d[a-z]?\.?$")
# "Wang DD, Leung CW, ...", "Niculescu, A.B.", "Burgess-Yeo, S. (2019)": a surname and initials first.
_AUTHOR_INITIALS = re.compile(r"^[^\W\d_][\w'’-]+,? (?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})(?:[,;]|\.? \(|\. [A-Z])")
_JOINER = re.compile(r"\s(?:and|und|et|y|e|en|og|och|i|a|und|ou|o|oder|or)\s", re.IGNORECASE)


def _introduced_name(text: str, hit: str) -> str | None:
    """The name a first-person introduction gives ("Hi, I'm Sara!" -> "Sara"), or None.

    The cue ends where the name starts; the name is capitalised and ends the clause
    (a comma, "!", ".", a dash, "and"): "I'm Philip, a certified ...", not "I'm German ...".
    """
    n = len(re.findall(r"\w+", hit))
    runs = list(re.finditer(r"\w+", text))
    if len(runs) <= n:
        return None
    first = runs[n]
    m = re.match(r"[^\W\d_][\w'’-]*(?: [A-Z][\w'’-]*)?", text[first.start() :])
    if not m or not m.group(0)[0].isupper():
        return None
    after = text[first.start() + m.end() :]
    if after[:1] in (",", "!", ".", ";", "(", ":") or after.lstrip()[:1] in ("–", "—", "-") or _JOINER.match(after[:6] + " "):
        return m.group(0)
    return None


def _signature_lines(lines: list[Line], kept: list[Line], drops: Drops, most: int = 8) -> list[str]:
    """The bylines over the article's second paragraph of prose (a standfirst may stand over
    them): the short lines there that were dropped as one, or that open with a name and a
    separator ("Harriet Moss | Health columnist")."""
    prose = list(islice((line.index for line in kept if line.sentence and line.n_words >= 12), 2))
    first = prose[-1] if prose else None
    head = [line for line in lines if first is not None and line.index < first and line.n_words <= most]
    return [line.text for line in head if drops.get(line.index, ("",))[0] == BYLINE or _NAME_THEN_ROLE.match(line.text)]


def _signed_name(line: Line, signed: Sequence[str]) -> bool:
    """Whether ``line`` is a full name alone that one of the ``signed`` bylines holds ("Álvaro Sendín" / "Por Álvaro Sendín")."""
    tokens = line.text.split()
    return 2 <= len(tokens) <= 4 and not line.sentence and all(map(_is_name, tokens)) and any(line.text.strip() in byline for byline in signed)


def _name_line_of(first: str, above: list[Line] | tuple[Line, ...]) -> bool:
    """Whether one of ``above`` is a person's name alone starting with ``first``: "Adrien Ramirez"."""
    first = first.strip(",.;:!")
    for line in above:
        tokens = line.text.split()
        if 2 <= len(tokens) <= 4 and tokens[0] == first and all(_is_name(t) for t in tokens) and not line.sentence:
            return True
    return False


# A listing's lines: a ruler ("-----", "=== ==="), or console or code text with brackets,
# pipes, prompts or key-value pairs ("Press <ESCAPE> to ...", "Memory Size: 128 MB", "[on|off]").
_RULER = re.compile(r"^[\W_]{4,}$")
_TECHNICAL = re.compile(r"<[A-Z][\w-]*>|\[[^\]]*\|[^\]]*\]|^\s*(?:[$#>]|>>)\s|[{};]\s*$|^[\w ]{2,30}: \d")


def _in_listing(lines: list[Line], at: int, reach: int = 3) -> bool:
    """Whether the line at position ``at`` sits in a quoted listing (a boot screen, a terminal
    session, a code block): two of the ``reach`` lines on each side are rulers or technical
    text. A copyright in a quoted screen is the machine's, not the page's footer."""
    near = lines[max(0, at - reach) : at] + lines[at + 1 : at + 1 + reach]
    return sum(bool(_RULER.match(line.text.strip()) or _TECHNICAL.search(line.text)) for line in near) >= 2


# A testimonial's signature: a first name and the initial of the surname ("Maria S.", "— Jan K.").
_SIGNATURE = re.compile(r"^[-–—~\s]*[^\W\d_][^\W\d_'’-]+ [^\W\d_]\.$")


def _signature(line: Line) -> bool:
    """Whether the line is only a testimonial's signature: a capitalised first name and a capital initial."""
    text = line.text.strip()
    return line.n_words == 2 and _SIGNATURE.match(text) is not None and text.lstrip("-–—~ ")[0].isupper() and text[-2].isupper()


@dataclass(frozen=True, slots=True)
class Furniture:
    """The edge rules, with the cues of the article's languages."""

    cues: LanguageCues
    prose_words: int  # a body paragraph has at least this many words

    def author_bios(self, lines: list[Line], drops: Drops) -> Drops:
        """Prose furniture at the article's edges: author bios, reference lists, disclosures.

        An author's biography in the last quarter ("Jane Doe is a freelance writer ...",
        "Hi, I'm Sara!", the lines under an "About the author" heading or under the name the
        article is signed with), a list of citations after the first half ("References", then
        "Doe, J. (2019). ..."), and an affiliate or advertising disclosure. Mid-article prose
        is looked at for disclosures only, and a bio's subject named in the body is the article's.
        """
        kept = [line for line in lines if line.index not in drops]
        if not kept:
            return {}
        out: Drops = {}
        tail = self._tail_start(kept)
        body = kept[:tail]  # joined into one text only when a bio is found
        under_heading = 0  # lines still owed to an "About the author" heading
        by_index = {line.index: line for line in lines}
        signed = _signature_lines(lines, kept, drops)
        for pos in range(tail, len(kept)):
            line = kept[pos]
            if line.n_words <= 5 and (hit := self.cues.match("bio_heading", line.clean)):
                out[line.index] = (BYLINE, f"bio_heading cue '{hit}'")
                under_heading = 2  # the author's name, then the bio
                continue
            if line.n_words > 180:
                under_heading = 0
                continue
            if _signed_name(line, signed):
                out[line.index] = (BYLINE, "the name the article is signed with, again at its end")
                under_heading = 1  # the author's box: the bio under the name
                continue
            if (inline := self._headed_bio(line)) is not None:
                out[line.index] = (BYLINE, inline)
                continue
            if under_heading:
                under_heading -= 1
                if line.n_words > 5 and line.sentence:
                    out[line.index] = (BYLINE, "under an about-the-author heading")
                    under_heading = 0
                    continue
                if line.n_words > 5:
                    under_heading = 0
            above = [by_index[k] for k in range(line.index - 4, line.index) if k in by_index]
            if detail := self._bio(line, body, above, signed=signed):
                out[line.index] = (BYLINE, detail)
                # The bio's next lines that speak of the same person: "She has covered ...".
                for follower in kept[pos + 1 : pos + 3]:
                    if follower.n_words > 80 or not self.cues.match("bio_pronoun", follower.clean):
                        break
                    out[follower.index] = (BYLINE, f"continues the author biography (line {line.index})")
        out.update(self._head_bios(kept, tail, by_index))
        out.update(self._references(kept, tail))
        out.update(self._disclosures(kept, tail))
        return out

    def media_contacts(self, lines: list[Line], drops: Drops, most: int = 5) -> Drops:
        """A press release's media contact in the article's last quarter: its heading ("Media
        contact:", "Pressekontakt"), then up to ``most`` short lines, a name and role, an e-mail
        address, a phone number. A sentence ends it unless it holds an address."""
        kept = [line for line in lines if line.index not in drops]
        out: Drops = {}
        for pos in range(max(self._tail_start(kept), 0), len(kept)):
            line = kept[pos]
            if line.n_words > 8 or line.sentence or line.index in out or not (hit := self.cues.match("contact_heading", line.clean)):
                continue
            out[line.index] = (BYLINE, f"contact_heading cue '{hit}'")
            for near in kept[pos + 1 : pos + 1 + most]:
                if near.n_words > 10 or (near.sentence and not _ADDRESS.search(near.text)):
                    break
                out[near.index] = (BYLINE, f"in a media contact under its heading (line {line.index})")
        return out

    def _headed_bio(self, line: Line, least: int = 5) -> str | None:
        """An about-the-author heading and the bio after its colon, on one line ("About the author:
        Jane Doe is a reporter …", "Om skribenten: Sofie Dam er journalist …")."""
        head, colon, _ = line.clean[:40].partition(":")
        if not colon or line.n_words <= least or not (hit := self.cues.match("bio_heading", head.strip())):
            return None
        return f"bio_heading cue '{hit}' and the bio after it" if len(line.clean[len(head) + 1 :].split()) >= least else None

    def _head_bios(self, kept: list[Line], tail: int, by_index: dict[int, Line], share: float = 0.1) -> Drops:
        """An author box above the article: a bio a few lines under its author's name line or
        right under an about-the-author heading ("Jane Doe", then "Jane Doe is a Leeds-based
        writer ..."), before a tenth of the article's prose has passed. Further down, a name
        over a portrait is a section of the article (a list of photographers, of experts)."""
        weights = [len(line.text) if line.prose(self.prose_words) else 0 for line in kept]
        budget = share * sum(weights)
        out: Drops = {}
        for pos in range(tail):
            line = kept[pos]
            if budget < 0:
                break
            above = [by_index[k] for k in range(line.index - 6, line.index) if k in by_index]
            headed = any(a.n_words <= 5 and self.cues.match("bio_heading", a.clean) for a in above[-2:])
            first = line.text.split(None, 1)[:1]
            if line.n_words <= 120 and first and (headed or _name_line_of(first[0], above)):
                if detail := self._bio(line, kept[pos + 1 :], above, where="above the article"):
                    out[line.index] = (BYLINE, detail)
                    continue
            budget -= weights[pos]
        return out

    def _tail_start(self, kept: list[Line], share: float = 0.25) -> int:
        """Where the article's last quarter starts: by lines, or earlier by its prose.

        The page's footer (menus, links, legal lines) comes after the article but holds
        little prose, so the last quarter of the prose weight finds the article's end
        even when a long footer follows it.
        """
        by_lines = len(kept) - max(1, len(kept) // 4)
        weights = [len(line.text) if line.prose(self.prose_words) else 0 for line in kept]
        left = share * sum(weights)
        pos = len(kept)
        while pos > 0 and left - weights[pos - 1] >= 0:
            left -= weights[pos - 1]
            pos -= 1
        return min(by_lines, pos)

    def _bio(
        self, line: Line, body: list[Line], above: list[Line] = (), where: str = "at the end", signed: Sequence[str] = ()
    ) -> str | None:
        """Why ``line`` is an author's biography, or None.

        ``above`` are the few lines printed before it, dropped or not: an author box
        heads its bio with the author's full name ("Adrien Ramirez", then "Adrien has ...").
        ``signed`` are the short lines over the article's first paragraph: a sentence that
        opens with the full name they sign with is the author's bio, whatever it says
        ("Harriet Moss is a former nurse and writes a fortnightly column for the Herald.").
        """
        if line.n_words < 5:
            return None
        if (hit := self.cues.match("bio_intro", line.clean)) and not line.clean[len(hit) : len(hit) + 1].isalnum():
            name = _introduced_name(line.text, hit)
            # Under its author's name line a longer introduction is still the bio.
            if name and (line.n_words <= 80 or line.n_words <= 160 and _name_line_of(name, above[-2:])):
                return f"an author introducing themselves ('{hit} {name}')"
            return None
        head = line.text.split(None, 2)[:2]
        if len(head) < 2 or not _is_name(head[0]):
            return None
        hit = self.cues.match("author_bio", line.clean, line.words)
        if not hit:
            name = " ".join(head)
            if not (_is_name(head[1]) and line.sentence and line.n_words <= 60 and any(name in text for text in signed)):
                return None
            hit = f"opens with the name '{name}' the article is signed with"
        if line.text.rstrip().endswith("?"):
            return None  # a question is a subhead: "How Much Is Consultant Certification?"
        if not _is_name(head[1]):  # a first name alone, the cue right after it, and "she"/"his": "Lisa has ... Her ..."
            if not line.clean[len(head[0]) :].lstrip().startswith(hit):
                return None
            # ... or the author's full name on a line just above: "Adrien Ramirez" / "Adrien has ...".
            if not self.cues.match("person_pronoun", line.clean, line.words) and not _name_line_of(head[0], above):
                return None
            head = head[:1]
        if self._spoken_of(head[-1], body):
            return None  # the article speaks of this person: a portrait, not a bio
        return f"an author biography {where} ('{hit}')"

    def _spoken_of(self, surname: str, body: Sequence[Line]) -> bool:
        """Whether the body's prose names ``surname`` twice: the article is about that person."""
        surname = surname.strip(",.;:")
        body_text = " ".join(line.text for line in body if line.n_words >= self.prose_words and surname in line.text)
        return len(surname) > 2 and len(re.findall(rf"(?<!\w){re.escape(surname)}(?!\w)", body_text)) >= 2

    def _references(self, kept: list[Line], tail: int) -> Drops:
        """A references heading after the article's first half and the citations under it
        (lines with a link or DOI, an author's initials, "et al.", volume and pages, a year
        in parentheses, "Accessed ..."). Without a heading, only a numbered list of three or
        more citations in the last quarter (from ``tail``) goes: mid-article, a page about
        research may quote its sources as its text."""
        out: Drops = self._numbered_citations(kept[tail:])
        sizes = [len(line.text) for line in kept]
        half = sum(sizes) / 2
        seen = 0
        for pos, line in enumerate(kept):
            seen += sizes[pos]
            if seen - sizes[pos] < half or line.n_words > 4 or line.sentence or line.index in out:
                continue
            if not (heading := self.cues.match("references_heading", line.clean)):
                continue
            run = self._citation_run(kept, pos + 1)
            if run:
                out[line.index] = (REFERENCES, f"references_heading cue '{heading}'")
                for k in run:
                    out[kept[k].index] = (REFERENCES, f"a citation under '{line.text.strip()}'")
        return out

    def _numbered_citations(self, last_quarter: list[Line], min_run: int = 3) -> Drops:
        """Three or more numbered citations in a row in the last quarter ("2. CDC (2019). Adult Oral Health.")."""
        out: Drops = {}
        run: list[Line] = []
        for line in [*last_quarter, None]:
            if line is not None and _NUMBERED.match(line.text) and line.n_words <= 90 and _CITATION.search(line.text):
                run.append(line)
                continue
            if len(run) >= min_run:
                out.update({cited.index: (REFERENCES, "a numbered list of citations at the end") for cited in run})
            run = []
        return out

    def _citation_run(self, kept: list[Line], start: int) -> list[int]:
        """Positions of the citations from ``start`` on; one other short line between two is part of the list,
        and so is a note on the site's editorial standards right under the heading when two citations follow
        it ("All articles are reviewed by our fact-checkers ...", then the sources)."""
        run: list[int] = []
        k = start
        while k < len(kept):
            if self._citation(kept[k]):
                run.append(k)
            elif run and k + 1 < len(kept) and kept[k].n_words <= 30 and self._citation(kept[k + 1]):
                run.append(k)
            elif k == start and k + 2 < len(kept) and self._policy_note(kept[k]) and self._citation(kept[k + 1]) and self._citation(kept[k + 2]):
                run.append(k)
            else:
                break
            k += 1
        return run

    def _policy_note(self, line: Line) -> bool:
        return line.n_words <= 40 and bool(self.cues.match("editorial_policy", line.clean, line.words))

    def _citation(self, line: Line) -> bool:
        if line.n_words > 90 or line.n_words == 0:
            return False
        text = line.text
        if _CITATION.search(text) or _AUTHOR_INITIALS.match(text) or self.cues.match("citation_mark", line.clean, line.words):
            return True
        return bool(_CITATION_WEAK.search(text))

    def _disclosures(self, kept: list[Line], tail: int) -> Drops:
        """An affiliate or advertising disclosure anywhere in the article; in its last quarter, a
        short note on the site's editorial standards ("Learn more about our editorial process.")
        or how to reach the author, with an address or number ("Contact staff writer Jane Doe at
        jdoe@example.org.").

        A disclosure at the top tells the reader how to take the article, but it is the site's
        note, not the article's text: of the 33 on WCXB's pages this rule once kept, the annotators
        left 25 out.
        """
        out: Drops = {}
        for pos, line in enumerate(kept):
            if line.n_words > 80:
                continue
            if hit := self.cues.match("affiliate_disclosure", line.clean, line.words):
                out[line.index] = (LEGAL, f"affiliate_disclosure cue '{hit}'")
            elif pos < tail:
                continue
            elif line.n_words <= 40 and (hit := self.cues.match("editorial_policy", line.clean, line.words)):
                out[line.index] = (LEGAL, f"editorial_policy cue '{hit}' at the article's end")
            # The cue first: the line's words rule it out cheaply, where the address pattern searches the whole line.
            elif line.n_words <= 50 and (hit := self.cues.match("author_contact", line.clean, line.words)) and _ADDRESS.search(line.text):
                out[line.index] = (BYLINE, f"author_contact cue '{hit}' with an address at the article's end")
        return out

    def trailer(self, lines: list[Line], drops: Drops, share: float = 0.3) -> Drops:
        """Everything after the page furniture that closes the article.

        A share bar, a feedback prompt ("Was this article helpful?"), a legal line or a
        reference list in the last 30% of the kept words ends the article: no article
        goes on after its own share buttons or copyright. What a site prints after it
        (newsletter pitches, "about us", testimonials, reviews) is furniture too, prose or not,
        and so is the body printed again (a page scraped twice). One sentence alone between a
        share bar and the page's own lines (tags, copyright) is the article's closing line.
        """
        kept = [line for line in lines if line.index not in drops]
        # A page scraped twice prints its body again under the furniture: its copies are no words
        # of the article's, so a closer above them ends it too, when no prose of its own follows.
        seen: set[str] = set()
        copies: set[int] = set()
        for line in kept:
            if line.text in seen:
                copies.add(line.index)
            seen.add(line.text)
        total = sum(line.n_words for line in kept)
        total_own = total - sum(line.n_words for line in kept if line.index in copies)
        after = after_own = 0
        prose_below = False  # a paragraph of the article's own below the line
        closers: list[Line] = []  # from the last up
        frames = _embed_frames(lines, drops)
        ranked = rated_items(drops)  # stars under each item of a ranking close nothing
        for line in reversed(lines):
            if line.index not in drops:
                after += line.n_words
                if line.index not in copies:
                    after_own += line.n_words
                    prose_below = prose_below or line.prose(self.prose_words)
                if after_own > share * total_own:
                    break
            elif (
                self._closer(line, *drops[line.index])
                and not (ranked and drops[line.index][1] == _RATING)
                and not _in_listing(lines, line.index)
                and line.index not in frames
                and not self._link(lines, drops, line)
                and not _small_print(lines, drops, line)
            ):
                if after <= share * total or not prose_below:
                    closers.append(line)
        marker = next((line for line in reversed(closers) if not self._box_inside(lines, drops, kept, line)), None)
        if marker is None:
            return {}
        reason = drops[marker.index][0]
        detail = f"after the {_label(reason)} that ends the article (line {marker.index})"
        # Copies of the body above the marker are repeats, and the repeat stage names them so.
        above = {line.text for line in kept if line.index < marker.index}
        below = [line for line in kept if line.index > marker.index and line.text not in above]
        if reason == SHARE and len(below) == 1 and below[0].sentence and below[0].n_words >= 8 and below[0].index < len(lines) - 1:
            return {}
        return {line.index: (reason, detail) for line in below}

    def _link(self, lines: list[Line], drops: Drops, closer: Line) -> bool:
        """Whether a closer is a feedback link set into the article's end (``rules.link_in_body``)."""
        return drops[closer.index][0] == FEEDBACK and link_in_body(lines, closer.index, drops, self.prose_words)

    def _box_inside(self, lines: list[Line], drops: Drops, kept: list[Line], closer: Line) -> bool:
        """Whether a legal line is a newsletter form's small print inside the article, or a
        button a reader poll or a rating ends with ("Vote", "Rate it"): the line follows a subscribe
        prompt (at most two lines up), or is the button, and two body paragraphs follow it (under
        the button, past one short line of its result), one of them two sentences or more. A
        footer's legal line closes the page, whatever prose comes under it."""
        reason = drops[closer.index][0]
        button = reason == FEEDBACK and closer.n_words <= 2
        small_print = reason == LEGAL and any(drops.get(line.index, ("",))[0] == SUBSCRIBE for line in lines[max(closer.index - 2, 0) : closer.index])
        if not (button or small_print):
            return False
        following = [line for line in kept if line.index > closer.index][:3]
        if button and following and not following[0].prose(self.prose_words) and following[0].n_words <= 8:
            following = following[1:]  # the button's result right under it ("Average 5.2 of 6 (143 votes)")
        following = following[:2]
        return len(following) == 2 and all(line.prose(self.prose_words) for line in following) and any(
            INNER_SENTENCE_END.search(line.text) for line in following
        )

    def _closer(self, line: Line, reason: str, detail: str) -> bool:
        """A short bar, prompt or heading, or a footer's legal line (copyright, privacy, consent).

        A long disclaimer ("not medical advice") can stand before the article's own FAQ, a
        reader poll's button before the article's next paragraph, a call to follow the site
        ("Follow us on Google News") anywhere in the article, as a newsletter's box does, and so
        can the note under a box of shop links or betting odds ("We may earn a commission",
        "18+ | Play responsibly"): a footer's copyright and terms, and a press release's or a
        column's disclaimer, close the page.
        """
        if reason not in _CLOSERS or detail.startswith((POLL, _FOLLOW, _SHOP_NOTE, VOTES, _COMMENT_COUNTER)):
            return False
        if detail.startswith(DISCLAIMER_CUE) and _AGE_LIMIT.search(line.text):
            return False  # an odds box's note
        if reason == SHARE and (service := _STREAMING.search(line.text)) and line.text.strip() != service.group():
            return False  # an embedded player's link ("Listen on Spotify"): the article goes on under its player
        return line.n_words <= 12 or reason == LEGAL and bool(self.cues.match("legal", line.clean, line.words))

    def comments(self, lines: list[Line], drops: Drops) -> Drops:
        """Readers' and customers' words printed with the article: a comment section, then a
        block of signed testimonials outside it."""
        out = self._comment_section(lines, drops)
        out.update(self._testimonials(lines, {**drops, **out}))
        out.update(self._counters(lines, {**drops, **out}))
        return out

    def _counters(self, lines: list[Line], drops: Drops, most: int = 4, least_posts: int = 3) -> Drops:
        """A comment counter anywhere: a count and the word for comments, alone on a short line
        ("Diskusia (48)", "47 yorum", "التعليقات: 86"). Where the comments open, the section rule
        took it; by the byline or over the body, it is a link to them and opens nothing. A forum
        prints one under each of ``least_posts`` posts or more: the posts are the page's text."""
        out: Drops = {}
        for line in lines:
            if line.index in drops or line.n_words > most or not _COUNT.search(line.text):
                continue
            if hit := self.cues.match("comments_heading", clean_line(_COUNT.sub(" ", line.text))):
                out[line.index] = (COMMENTS, f"{_COMMENT_COUNTER} '{hit}'")
        return out if len(out) < least_posts else {}

    def _testimonials(self, lines: list[Line], drops: Drops, min_signed: int = 3, max_gap: int = 6, most_words: int = 80) -> Drops:
        """A carousel of testimonials: short quotes, each signed with a first name and an
        initial ("Maria S."), three or more names at most ``max_gap`` lines apart with only
        short lines between them. A business's praise of itself, not the article: the block
        goes from the quote above its first signature to its last signature. An article's
        people are named in full, and a list of names over their bios signs nothing."""
        kept = [line for line in lines if line.index not in drops]
        signed = [pos for pos, line in enumerate(kept) if _signature(line)]
        if len(signed) < min_signed:
            return {}
        out: Drops = {}
        run: list[int] = []
        for pos in [*signed, None]:
            if pos is not None and (
                not run or pos - run[-1] <= max_gap and all(kept[k].n_words <= most_words for k in range(run[-1] + 1, pos))
            ):
                run.append(pos)
                continue
            if len({kept[k].words[0] for k in run}) >= min_signed:  # a labelled list repeats its label: "Option A."
                start = run[0] - 1 if run[0] > 0 and kept[run[0] - 1].n_words <= most_words else run[0]
                detail = f"in a block of signed testimonials ('{kept[run[0]].text.strip()}')"
                out.update({kept[k].index: (COMMENTS, detail) for k in range(start, run[-1] + 1)})
            run = [pos] if pos is not None else []
        return out

    def _comment_section(self, lines: list[Line], drops: Drops) -> Drops:
        """A reader-comments section in the article's second half: everything after it is comments.

        It opens at a comments heading, or at a thread: three or more posting stamps (a
        date with a time of day, "July 14, 2015 at 7:21 pm", "14.07.2015 um 19:21") close
        together, each heading a comment. An article's own dates are rarely stamped to the
        minute, and a live blog's stamps start at the top.
        """
        kept = [line for line in lines if line.index not in drops]
        half = sum(len(line.text) for line in kept) / 2
        seen = 0
        starts = [0]
        for line in kept:
            seen += len(line.text)
            starts.append(seen)
        for pos, line in enumerate(kept):
            if starts[pos + 1] >= half and line.n_words <= 6 and (hit := self.cues.match("comments_heading", line.clean)):
                if any(drops.get(line.index + k, ("", ""))[1].startswith((POLL, MARKED_OPTIONS)) for k in (1, 2)):
                    continue  # "Your opinion" over a reader poll or its question and options: no comments under it
                detail = f"comments_heading cue '{hit}'"
                return {later.index: (COMMENTS, detail if later is line else "in the comments section") for later in kept[pos:]}
        thread = _comment_thread(kept)
        if thread is None or starts[thread] < 1500:
            return {}  # the article must come first, and be more than a few lines
        # Comments can outweigh the article: an early thread counts when its stamps come
        # with a reply button (a short line printed again and again in it).
        buttons = Counter(line.clean for line in kept[thread:] if line.n_words <= 4)
        if starts[thread] < half and not any(n >= 3 for n in buttons.values()):
            return {}
        first = kept[thread]
        above = kept[thread - 1] if thread > 0 else None
        if above and (above.n_words <= 3 or above.n_words <= 6 and not above.sentence):
            thread -= 1  # the commenter's name above the stamp: "Rachel says"
        detail = f"a comment thread from a posting stamp '{first.text[:40]}'"
        return {later.index: (COMMENTS, detail if later is first else "in the comments section") for later in kept[thread:]}


def _embed_frames(lines: list[Line], drops: Drops, reach: int = 3) -> set[int]:
    """The share lines framing an embedded post: the one naming its author's handle ("A post shared
    by Lea Brand (@lea.brand)") and those up to ``reach`` lines above it ("View this post on
    Instagram"), or those up to ``reach`` lines under the handle alone on its line (an X post:
    name, "@politi", its text, its time, "View on X"; an Instagram user's name that
    ``post_frames`` named). The article quotes the post and goes on: they end nothing."""
    share = [pos for pos, line in enumerate(lines) if drops.get(line.index, ("",))[0] == SHARE]
    named = [pos for pos in share if _HANDLE_NAMED.search(lines[pos].text)]
    alone = [pos for pos, line in enumerate(lines) if handle_alone(line.text) or drops.get(line.index, ("", ""))[1] == EMBED_HANDLE]
    return {
        lines[pos].index for pos in share if any(0 <= handle - pos <= reach for handle in named) or any(0 < pos - handle <= reach for handle in alone)
    }


def _small_print(lines: list[Line], drops: Drops, line: Line) -> bool:
    """Whether a disclaimer is a box's small print, right under an advert's or a widget's line
    ("Buka Akaun Sekarang", then "Pelaburan melibatkan risiko. Terma dan syarat dikenakan."; a
    booking box's "Offre soumise à conditions."): the article goes on under the box."""
    if not drops[line.index][1].startswith(DISCLAIMER_CUE) or line.index == 0:
        return False
    above = next((other for other in lines if other.index == line.index - 1), None)
    return above is not None and drops.get(above.index, ("",))[0] in (ADVERT, NAVIGATION)
