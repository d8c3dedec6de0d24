"""A labelled near-duplicate article set built from real WCXB article text.

Stories are the gold text of WCXB article pages. Each document is one story wrapped in the
header and footer lines ("furniture") of a synthetic site; each site borrows the furniture of
one real WCXB page, so every document on a site repeats the same menus and footers. Four kinds
of document:

- original:   a story as first published on its site.
- recrawl:    the same page fetched again under another URL (byte-identical text, same site).
- syndicated: the story on another site: an agency dateline before the first paragraph, 1-5
              word edits (typos, substitutions, deletions), the last paragraph dropped or an
              extra one added (or neither), and that site's furniture around it.
- hardneg:    groups of three short stories that all carry the same two long disclaimer
              paragraphs; different stories, so never duplicates, but the disclaimer can be
              half their text. Half the groups sit on one site (they also share its furniture,
              and site-level repetition statistics can see the disclaimer recur); the other half
              are spread over three sites, as when a publisher network appends one legal
              notice everywhere, so only the disclaimer is shared.
- single:     a story published once (a plain distractor).

True pairs are documents of the same story; hard-negative pairs are pairs inside one hardneg
group. Everything is drawn from one `random.Random(seed)`, so the set is the same every run.
"""

from __future__ import annotations

import hashlib
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from quality_metrics import clusters_from_links, pairs_in_clusters, words
from wcxb_data import Furniture, article_pages, lines, page_furniture

DATELINES = (
    "WASHINGTON (AP) — ",
    "BERLIN (dpa) – ",
    "LONDON (Reuters) - ",
    "PARIS (AFP) — ",
    "NEW YORK (AP) — ",
    "TOKYO (Kyodo) – ",
    "SYDNEY (AAP) - ",
    "MADRID (EFE) — ",
    "ROME (ANSA) – ",
    "OTTAWA (CP) — ",
    "NEW DELHI (PTI) - ",
    "BRUSSELS (Belga) — ",
)

_NAMES = ("Maria Lopez", "John Carter", "Aiko Tanaka", "Peter Novak", "Sara Lindqvist",
          "David Okafor", "Lena Fischer", "Tom Brennan", "Priya Nair", "Marco Rossi")
_CITIES = ("Chicago", "Frankfurt", "Singapore", "Toronto", "Nairobi", "Lisbon")

EXTRA_ENDINGS = (
    "{name} contributed reporting from {city}.",
    "This story has been updated with additional details and comment from officials.",
    "Reporting by {name}; additional reporting by {name2}; editing by {name3}.",
    "{name} in {city} contributed to this report.",
    "This article was first published by a partner newsroom and is republished here with permission.",
)

# Long footer/disclaimer paragraphs, written for this benchmark in the style publishers use.
DISCLAIMERS = (
    "The information in this article is provided for general informational purposes only and "
    "does not constitute legal, financial, medical or professional advice of any kind. Readers "
    "should consult a qualified professional before acting on anything they read here. While we "
    "make every effort to keep our reporting accurate and up to date, we make no warranties about "
    "its completeness or reliability, and we accept no liability for any loss or damage arising "
    "from the use of this material.",
    "Our newsroom is independent and funded by readers. If you value reporting that holds the "
    "powerful to account, please consider becoming a member today: every contribution, however "
    "small, helps us keep our journalism free for everyone to read, without a paywall, and lets "
    "our reporters spend the time that deep investigations need. You can cancel at any time, and "
    "members receive our weekly newsletter with the stories behind the stories.",
    "Opinions expressed by contributors and guest columnists are their own and do not "
    "necessarily reflect the views of the editorial board, the publisher or its advertisers. We "
    "welcome letters to the editor responding to articles that appear on this site; letters "
    "should be no longer than 250 words, must include the writer's full name and town, and may "
    "be edited for length, clarity and style before publication.",
    "This material may not be published, broadcast, rewritten or redistributed in whole or in "
    "part without prior written permission from the copyright holder. Links to this page are "
    "welcome, but reproduction of the full text on other websites, in newsletters or on social "
    "media platforms is prohibited. For licensing and syndication enquiries, including requests "
    "to reuse photographs or graphics, please contact our rights and permissions team.",
    "Some of the links in this article are affiliate links, which means we may earn a small "
    "commission if you click through and make a purchase, at no extra cost to you. Our editors "
    "choose every product independently, and commercial partnerships never influence our "
    "coverage, ratings or recommendations. Prices and availability were accurate at the time of "
    "publication but may have changed since then.",
    "We are committed to correcting errors promptly and transparently. If you believe something "
    "in this story is inaccurate, unfair or missing important context, please write to our "
    "standards editor with the headline, the date of publication and a description of the "
    "problem. Corrections are noted at the end of the affected article and collected on our "
    "corrections page, which is updated every weekday.",
)

# Edits an agency copy desk or a re-keying typically makes to a single word.
_SUBSTITUTIONS = {
    "said": "says", "says": "said", "percent": "per cent", "about": "around", "more": "over",
    "color": "colour", "center": "centre", "organization": "organisation", "also": "further",
    "but": "however", "big": "large", "large": "big", "told": "said to", "after": "following",
}


@dataclass(frozen=True, slots=True)
class LabelledDoc:
    record: dict  # what newsclean gets: id, url, site, text
    story: str  # cluster label: documents of the same story are duplicates
    kind: str  # original, recrawl, syndicated, hardneg, single
    group: str | None = None  # hard-negative group


@dataclass(frozen=True, slots=True)
class NearDupSet:
    docs: tuple[LabelledDoc, ...]
    true_pairs: frozenset[tuple[str, str]]
    hard_negative_pairs: frozenset[tuple[str, str]]  # all of them
    hard_negative_same_site: frozenset[tuple[str, str]]  # the subset inside one site
    exact_pairs: frozenset[tuple[str, str]]  # true pairs whose texts are byte-identical

    def kinds(self) -> Counter:
        return Counter(d.kind for d in self.docs)


# --- single-word edits (shared with repeat_set) ------------------------------------------------


def _editable(tokens: Sequence[str]) -> list[int]:
    return [i for i, t in enumerate(tokens) if len(words(t)) == 1 and len(t.strip(".,;:!?\"'()")) >= 4]


def edit_one_word(text: str, rng: random.Random, vocab: Sequence[str]) -> str:
    """Change one word of `text`: a typo, a copy-desk substitution, a replacement or a deletion."""
    tokens = text.split(" ")
    candidates = _editable(tokens)
    if not candidates:
        return text
    i = rng.choice(candidates)
    token = tokens[i]
    core = token.strip(".,;:!?\"'()")
    start = token.index(core)
    lead, tail = token[:start], token[start + len(core) :]
    op = rng.choice(("typo", "substitute", "replace", "delete"))
    if op == "substitute" and core.lower() not in _SUBSTITUTIONS:
        op = "typo"
    if op == "typo":
        j = rng.randrange(1, len(core) - 2)
        if rng.random() < 0.5:  # swap two neighbours
            new = core[:j] + core[j + 1] + core[j] + core[j + 2 :]
        else:  # drop one letter
            new = core[:j] + core[j + 1 :]
        if new == core:
            new = core[:j] + core[j + 1 :]
    elif op == "substitute":
        new = _SUBSTITUTIONS[core.lower()]
    elif op == "replace" and vocab:
        new = rng.choice(vocab)
    else:
        del tokens[i]
        return " ".join(tokens)
    tokens[i] = lead + new + tail
    return " ".join(tokens)


def vocabulary(paragraphs: Sequence[str]) -> list[str]:
    return sorted({w for p in paragraphs for w in words(p) if len(w) >= 4 and w.isalpha()})


# --- story selection ---------------------------------------------------------------------------


def _shingles(text: str, k: int = 5) -> set[str]:
    ws = words(text)
    return {" ".join(ws[i : i + k]) for i in range(max(0, len(ws) - k + 1))}


def _distinct_stories(pages: list[dict], *, min_lines: int, min_words: int, max_lines: int,
                      limit: int) -> list[tuple[str, tuple[str, ...]]]:
    """(page id, body lines) of article pages, leaving out any that overlap an earlier one.

    Two WCXB pages can carry the same story (or share a long block); either would plant an
    unlabelled duplicate pair, so a story whose 5-word shingles overlap an earlier chosen story
    by 20% or more is skipped.
    """
    chosen: list[tuple[str, tuple[str, ...]]] = []
    sizes: list[int] = []
    index: dict[str, list[int]] = {}
    for page in article_pages(pages):
        if len(chosen) >= limit:
            break
        body = list(dict.fromkeys(lines(page.get("gold_text"))))[:max_lines]
        if len(body) < min_lines or len(words(" ".join(body))) < min_words:
            continue
        sh = _shingles(" ".join(body))
        hits = Counter(j for s in sh for j in index.get(s, ()))
        if any(n >= 0.2 * min(len(sh), sizes[j]) for j, n in hits.items()):
            continue
        for s in sh:
            index.setdefault(s, []).append(len(chosen))
        sizes.append(len(sh))
        chosen.append((page["id"], tuple(body)))
    return chosen


# --- the builder -------------------------------------------------------------------------------


def build_neardup_set(pages: list[dict], *, seed: int = 13, max_stories: int = 240,
                      docs_per_site: int = 6) -> NearDupSet:
    """The labelled set: see the module docstring for the kinds of document."""
    rng = random.Random(seed)
    shuffled = list(pages)
    rng.shuffle(shuffled)
    stories = _distinct_stories(shuffled, min_lines=4, min_words=150, max_lines=60,
                                limit=max_stories)
    n = len(stories)
    n_dup, n_single = n // 2, n // 5
    dup_stories = stories[:n_dup]
    single_stories = stories[n_dup : n_dup + n_single]
    hardneg_stories = stories[n_dup + n_single :]

    # Each synthetic site borrows the furniture of one real page (any page type).
    n_sites = max(4, (n * 2) // docs_per_site)
    site_furniture: list[Furniture] = []
    for page in shuffled:
        if len(site_furniture) >= n_sites:
            break
        if (f := page_furniture(page)) is not None:
            site_furniture.append(f)
    if not stories or not site_furniture:
        raise ValueError("not enough WCXB article pages to build the near-duplicate set")
    long_footer_lines = sorted({ln for f in site_furniture for ln in f.footer if len(words(ln)) >= 30})
    disclaimer_pool = list(DISCLAIMERS) + long_footer_lines
    sites = [f"news-{i:03d}.example" for i in range(len(site_furniture))]
    # Drafts first; ids and URLs are given after shuffling, so neither says which documents
    # belong together (a recrawl's URL is its original's plus a tracking parameter, as in a crawl).
    # (site, story, kind, text, group, index of the original for a recrawl)
    drafts: list[tuple[int, str, str, str, str | None, int | None]] = []

    def make(site: int, story: str, kind: str, body: Sequence[str], group: str | None = None) -> int:
        f = site_furniture[site]
        drafts.append((site, story, kind, "\n\n".join([*f.header, *body, *f.footer]), group, None))
        return len(drafts) - 1

    for story, body in dup_stories:
        home = rng.randrange(len(sites))
        original = make(home, story, "original", body)
        used_sites, used_datelines = {home}, set()
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.15:
                site, _, _, text, _, _ = drafts[original]
                drafts.append((site, story, "recrawl", text, None, original))
                continue
            site = rng.choice([s for s in range(len(sites)) if s not in used_sites] or [home])
            used_sites.add(site)
            dateline = rng.choice([d for d in DATELINES if d not in used_datelines])
            used_datelines.add(dateline)
            make(site, story, "syndicated", _syndicate(body, dateline, rng))

    for story, body in single_stories:
        make(rng.randrange(len(sites)), story, "single", body)

    for g in range(0, len(hardneg_stories) - 1, 3):
        group = hardneg_stories[g : g + 3]
        same_site = (g // 3) % 2 == 0
        name = f"hn-{'same' if same_site else 'xsite'}-{g // 3:03d}"
        group_sites = ([rng.randrange(len(sites))] * len(group) if same_site
                       else rng.sample(range(len(sites)), len(group)))
        shared = rng.sample(disclaimer_pool, 2)
        for (story, body), site in zip(group, group_sites):
            make(site, story, "hardneg", [*_brief(body, rng), *shared], group=name)

    order = list(range(len(drafts)))
    rng.shuffle(order)  # originals must not always come first
    position = {d: n for n, d in enumerate(order)}
    urls = {d: f"https://{sites[drafts[d][0]]}/articles/{position[d]:05d}" for d in order}
    docs: list[LabelledDoc] = []
    for n, d in enumerate(order):
        site, story, kind, text, group, recrawl_of = drafts[d]
        url = urls[d] if recrawl_of is None else urls[recrawl_of] + "?utm_source=rss"
        record = {"id": f"nd-{n:04d}", "url": url, "site": sites[site], "text": text}
        docs.append(LabelledDoc(record, story, kind, group))
    by_story: dict[str, list[str]] = {}
    by_group: dict[str, list[str]] = {}
    for d in docs:
        by_story.setdefault(d.story, []).append(d.record["id"])
        if d.group:
            by_group.setdefault(d.group, []).append(d.record["id"])
    true_pairs = {p for ids in by_story.values() for p in combinations(sorted(ids), 2)}
    hard = {p for ids in by_group.values() for p in combinations(sorted(ids), 2)}
    hard_same = {p for g, ids in by_group.items() if "-same-" in g for p in combinations(sorted(ids), 2)}
    text_of = {d.record["id"]: d.record["text"] for d in docs}
    exact = {p for p in true_pairs if text_of[p[0]] == text_of[p[1]]}
    return NearDupSet(tuple(docs), frozenset(true_pairs), frozenset(hard), frozenset(hard_same),
                      frozenset(exact))


def _syndicate(body: Sequence[str], dateline: str, rng: random.Random) -> list[str]:
    """An agency copy of `body`: dateline, 1-5 word edits, a changed ending."""
    out = list(body)
    out[0] = dateline + out[0]
    vocab = vocabulary(body)
    long_paras = [i for i, p in enumerate(out) if len(words(p)) >= 8] or list(range(len(out)))
    for _ in range(rng.randint(1, 5)):
        i = rng.choice(long_paras)
        out[i] = edit_one_word(out[i], rng, vocab)
    ending = rng.random()
    if ending < 0.4 and len(out) > 3:
        out.pop()
    elif ending < 0.8:
        names = rng.sample(_NAMES, 3)
        out.append(rng.choice(EXTRA_ENDINGS).format(name=names[0], name2=names[1], name3=names[2],
                                                    city=rng.choice(_CITIES)))
    return out


def _brief(body: Sequence[str], rng: random.Random) -> list[str]:
    """The first paragraphs of a story, 60-160 words: a short news brief."""
    target = rng.randint(60, 160)
    out: list[str] = []
    for p in body:
        out.append(p)
        if len(out) >= 2 and len(words(" ".join(out))) >= target:
            break
    return out


# --- the naive reference -----------------------------------------------------------------------


def exact_hash_links(records: Sequence[dict]) -> list[tuple[str, str]]:
    """(duplicate id, first id) for records whose whole text is byte-identical to an earlier one."""
    first: dict[str, str] = {}
    links = []
    for r in records:
        h = hashlib.sha1(r["text"].encode("utf-8")).hexdigest()
        if h in first:
            links.append((r["id"], first[h]))
        else:
            first[h] = r["id"]
    return links


def predicted_pairs(ids: Sequence[str], links: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """Pairs inside the clusters that the (member, representative) links form."""
    return pairs_in_clusters(clusters_from_links(ids, links))
