"""Build a realistic news corpus for the throughput benchmarks.

Usage:
    python benchmarks/corpus.py --articles 100000 --out benchmarks/.work/corpus.jsonl.gz

Every word comes from real text: the ``gold_text`` paragraphs of the ~710 article pages
in WCXB dev (``../shared/data/wcxb-dev.jsonl.gz``), the paragraphs (non-blank lines) of the
seed articles in ``seeds/``, and the page furniture of WCXB pages (lines of a page's
whole-page ``text`` that are not part of its ``gold_text``: navigation, share bars, cookie
text, footers, related teasers). Only datelines of syndicated copies and typos are made up.

How an article is made (rates are per article and independent unless stated; ``main()``
prints the rates actually produced):

- body: a target length drawn from a lognormal (median 2.0 KB, sigma 0.45, clipped to
  0.4-20 KB; with furniture the mean article is ~2.5 KB), filled with contiguous runs of
  2-6 paragraphs from different real articles, so the text reads naturally within a run.
  Runs start at a paragraph drawn uniformly from all ~42,000, so each is reused about
  equally (~30 times in 100,000 articles). A run covers at most a third of the target, and
  gold "paragraphs" over 1,500 characters (tables, reference lists) are left out, so
  composed articles do not come out as accidental near-duplicates of each other.
- German/Dutch (~5%, half each): the five seed articles are too few to reuse whole
  paragraphs (each would recur hundreds of times on every site), so these articles are
  paragraphs of 2-4 seed sentences of one language drawn without replacement. All seeds
  share one topic, so the mix still reads as one story.
- title: the lead sentence of the body, cut to at most 14 words.
- site: one of 200 real site names, with flat Zipf-like shares (the biggest ~1.8%; see
  ``_site_weights``). A site owns a header (1-2 lines) and a footer (1-2 lines, its
  copyright/disclaimer line when it has one) taken from the furniture of one of its real
  pages, so all its articles share them.
- boilerplate (~85% of articles): the site header on top, 0-2 related-teaser lines and the
  site footer at the bottom, and in ~30% of those one furniture line (share bar, ad label)
  inside the body: about 20-25% of the lines of such an article.
- repeated paragraphs: ~5% repeat one paragraph exactly further down, ~2% repeat it with
  one word changed, ~1% contain the whole body twice (mutually exclusive).
- near-duplicate articles: ~10% are syndicated copies of an earlier original (one of the
  last 10,000), on another site, with a dateline like "BERLIN (dpa) – " on 60%, 0-2
  changed words or typos, the last paragraph dropped (25%) or one added (15%), a title
  edit on 30%, and their own site's boilerplate. Repeats are drawn again for the copy.
  Their word-5-gram Jaccard to the original is ~0.92 on the body but ~0.83 on the whole
  text (only ~2/3 reach 0.8): boilerplate differs between sites, so a system that strips
  it before MinHash finds more copies than one that hashes raw text.
- encoding damage: ~2% of articles are mojibake (UTF-8 read as Windows-1252), the case
  ftfy exists for. Most real text needs no fixing, so ftfy's fast path dominates.

Deterministic for a given seed: one ``random.Random(seed)``, inputs read in sorted order,
no ``hash()`` and no set iteration in anything emitted; the gzip header has no timestamp,
so the file is byte-identical for a given seed and inputs.
"""

from __future__ import annotations

import argparse
import bisect
import codecs
import gzip
import json
import math
import random
import re
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "wcxb-dev.jsonl.gz"
DEFAULT_SEEDS = REPO / "seeds"

# Per-article rates (see the module docstring).
P_BOILERPLATE = 0.85
P_INSIDE_BOILERPLATE = 0.30
P_EXACT_REPEAT, P_NEAR_REPEAT, P_DOUBLED = 0.05, 0.02, 0.01
P_SYNDICATED = 0.10
P_SEED_LANGUAGE = 0.05
P_MOJIBAKE = 0.02
N_SITES = 200
MAX_PARAGRAPH = 1500  # longer gold "paragraphs" are tables and reference lists, not news
SYNDICATION_WINDOW = 10_000
BODY_MU, BODY_SIGMA = math.log(2000), 0.45  # calibrated: overshoot + furniture -> ~2.5 KB

DATELINES = (
    "BERLIN (dpa) – ", "HAMBURG (dpa) – ", "WASHINGTON (AP) — ", "NEW YORK (AP) — ",
    "LONDON (Reuters) - ", "BRUSSELS (Reuters) - ", "PARIS (AFP) – ", "GENEVA (AFP) – ",
    "TOKYO (Kyodo) – ", "SYDNEY (AAP) – ", "THE HAGUE (ANP) – ", "VIENNA (APA) – ",
)
_WORD = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?])(?<!\d\.)[\"'”’]?\s+(?=[\"„“‘]?[A-ZÄÖÜ])")
_LEGAL = re.compile(r"©|copyright|all rights reserved|disclaimer", re.I)


@dataclass(frozen=True, slots=True)
class Site:
    """A publisher: its name and the furniture every one of its pages carries."""

    name: str
    header: tuple[str, ...]
    footer: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Original:
    """What a later syndicated copy is made from, and compared against."""

    id: str
    body: list[str]
    title: str
    when: datetime
    site: str
    text: str
    lang: str | None  # None for English (WCXB); "de"/"nl" from seeds


@dataclass(frozen=True, slots=True)
class Sources:
    """Everything real the corpus is composed from."""

    english: tuple[tuple[str, ...], ...]  # paragraphs of each real article
    seeds: dict[str, tuple[str, ...]]  # language -> distinct sentences of its seed articles
    furniture: tuple[str, ...]  # teaser/share lines from all article pages
    sites: tuple[Site, ...]


def _norm(s: str) -> str:
    """Compare text while ignoring case, punctuation and curly-vs-straight quotes."""
    return " ".join(_WORD.findall(s.lower()))


def _split_page(page: dict) -> tuple[list[str], list[str], list[str], list[str]]:
    """Split a page into gold paragraphs and its top, inside and bottom furniture lines.

    gold_text was re-typed (straight quotes, merged blocks), so a line of ``text`` counts as
    content when its normalised form is a gold paragraph or, for lines of 4+ words, occurs
    inside the normalised gold text. Very long non-gold lines are likely missed content or
    comments, not furniture, and are skipped.
    """
    gold = [p.strip() for p in page["gold_text"].split("\n\n") if p.strip()]
    gold_norm = {_norm(p) for p in gold} | {_norm(ln) for p in gold for ln in p.split("\n")}
    gold_blob = " ".join(_norm(p) for p in gold)
    lines = [ln.strip() for ln in page["text"].split("\n") if ln.strip()]
    is_content = []
    for ln in lines:
        n = _norm(ln)
        is_content.append(bool(n) and (n in gold_norm or (n.count(" ") >= 3 and n in gold_blob)))
    if not any(is_content):
        return gold, [], [], []
    first = is_content.index(True)
    last = len(lines) - 1 - is_content[::-1].index(True)
    furn = [(i, ln) for i, ln in enumerate(lines) if not is_content[i] and _norm(ln) and len(ln) <= 300]
    top = [ln for i, ln in furn if i < first]
    inside = [ln for i, ln in furn if first < i < last]
    bottom = [ln for i, ln in furn if i > last]
    return gold, top, inside, bottom


_FUNCTION_WORDS = {
    "de": ("und", "der", "die", "das", "nicht", "mit", "ist", "den", "von"),
    "nl": ("en", "het", "van", "een", "niet", "met", "zijn", "de", "op"),
}


def _seed_language(text: str) -> str | None:
    """German or Dutch by frequent function words (no model needed for five files); None if neither."""
    words = Counter(_WORD.findall(text.lower()))
    scores = {lang: sum(words[w] for w in fws) for lang, fws in _FUNCTION_WORDS.items()}
    best = max(sorted(scores), key=scores.__getitem__)
    return best if scores[best] else None


def load_sources(data_path: Path, seeds_dir: Path, rng) -> Sources:
    """Read WCXB article pages and seeds; pick the site pool and its furniture."""
    with gzip.open(data_path, "rt", encoding="utf-8") as fh:
        pages = [json.loads(line) for line in fh]
    pages = sorted((p for p in pages if p["page_type"] == "article"), key=lambda p: p["id"])
    english, furniture, candidates = [], [], []
    for page in pages:
        gold, top, inside, bottom = _split_page(page)
        gold = [p for p in gold if len(p) <= MAX_PARAGRAPH]
        if len(gold) >= 2:
            english.append(tuple(gold))
        furniture.extend(inside + bottom)
        if len(top) >= 2 and len(bottom) >= 2:
            candidates.append((page["site"], top, bottom))
    seen, sites = set(), []
    for name, top, bottom in rng.sample(candidates, len(candidates)):
        if name in seen:
            continue
        seen.add(name)
        h, f = rng.randint(1, 2), rng.randint(1, 2)
        i, j = rng.randrange(len(top) - h + 1), rng.randrange(len(bottom) - f + 1)
        legal = [k for k, ln in enumerate(bottom) if _LEGAL.search(ln)]
        if legal:  # prefer the copyright/disclaimer block a site repeats on every page
            j = max(0, min(legal[-1] - f + 1, len(bottom) - f))
        sites.append(Site(name, tuple(top[i : i + h]), tuple(bottom[j : j + f])))
        if len(sites) == N_SITES:
            break
    seeds: dict[str, dict[str, None]] = {}  # dict as an ordered set
    for path in sorted(Path(seeds_dir).glob("*.txt")):
        paras = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        lang = _seed_language(" ".join(paras))
        if lang is None:
            continue
        # Sentences of the article's language only: captions in English and short
        # credit lines ("Bild generiert von KI") would not read as prose inside a paragraph.
        sentences = (s for p in paras for s in _SENTENCE.split(p) if len(s.split()) >= 6)
        seeds.setdefault(lang, {}).update((s, None) for s in sentences if _seed_language(s) == lang)
    return Sources(
        english=tuple(english),
        seeds={k: tuple(v) for k, v in sorted(seeds.items()) if len(v) >= 10},
        furniture=tuple(furniture),
        sites=tuple(sites),
    )


def _compose_body(rng, articles: tuple[tuple[str, ...], ...], ends: tuple[int, ...]) -> list[str]:
    """Fill a lognormal target length with paragraph runs from different articles.

    A run starts at a paragraph drawn uniformly from all paragraphs (``ends`` are the
    cumulative paragraph counts), so every real paragraph is reused about equally often;
    drawing the article first would reuse the paragraphs of short articles far more. No run
    covers more than a third of the target, so every article mixes at least three sources
    and two composed articles almost never come out as accidental near-duplicates.
    """
    target = min(20_000, max(400, rng.lognormvariate(BODY_MU, BODY_SIGMA)))
    body: list[str] = []
    size, used = 0, set()
    while size < target:
        g = int(rng.random() * ends[-1])  # randrange is 3x slower; this loop is hot
        pick = bisect.bisect(ends, g)
        if pick in used and len(used) < len(articles):
            continue
        used.add(pick)
        src = articles[pick]
        k = min(len(src), rng.randint(2, 6))
        start = min(g - (ends[pick - 1] if pick else 0), len(src) - k)
        run_size = 0
        for p in src[start : start + k]:
            if run_size and (run_size + len(p) > target / 3 or size >= target):
                break
            if not run_size and len(p) > target / 2 and len(used) < 30:
                break  # one huge paragraph would make the article its near-copy
            body.append(p)
            run_size += len(p) + 2
            size += len(p) + 2
    return body


def _compose_seed_body(rng, sentences: tuple[str, ...]) -> list[str]:
    """German/Dutch from five seed articles: paragraphs of 2-4 sentences drawn without
    replacement, all on the seeds' one topic.

    Whole seed paragraphs would each recur hundreds of times on every site at 100,000
    articles; mixed sentences keep paragraphs distinct and articles apart.
    """
    target = min(20_000, max(400, rng.lognormvariate(BODY_MU, BODY_SIGMA)))
    order = rng.sample(sentences, len(sentences))
    body: list[str] = []
    size = 0
    while order and size < target:
        k = rng.randint(2, 4)
        para, order = " ".join(order[:k]), order[k:]
        body.append(para)
        size += len(para) + 2
    return body


def _title(body: list[str]) -> str:
    """Take the lead sentence as headline, as a feed without titles would."""
    lead = next((p for p in body if len(p.split()) >= 5), body[0])
    words = re.split(r"(?<=[.!?])\s", lead, maxsplit=1)[0].split()
    return " ".join(words[:14]).rstrip(".,;:")


def _edit_word(rng, text: str) -> str:
    """Change one word: a typo (swap or drop a letter) or a word from elsewhere in the text."""
    spans = [m.span() for m in re.finditer(r"[^\W\d_]{4,}", text)]
    if not spans:
        return text
    a, b = spans[rng.randrange(len(spans))]
    word = text[a:b]
    if rng.random() < 0.5:
        i = rng.randrange(len(word) - 1)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2 :] if rng.random() < 0.5 else word[:i] + word[i + 1 :]
    else:
        c, d = spans[rng.randrange(len(spans))]
        new = text[c:d]
    return text[:a] + new + text[b:]


def _add_repeats(rng, body: list[str], stats: Counter) -> list[str]:
    """Inject one kind of paragraph repetition, at the documented rates."""
    r = rng.random()
    if r < P_DOUBLED:
        stats["doubled_body"] += 1
        return body + body
    if r < P_DOUBLED + P_EXACT_REPEAT + P_NEAR_REPEAT and len(body) >= 2:
        i = rng.randrange(len(body) - 1)
        copy = body[i]
        if r < P_DOUBLED + P_NEAR_REPEAT:
            copy = _edit_word(rng, copy)
            stats["near_repeat_paragraph" if copy != body[i] else "exact_repeat_paragraph"] += 1
        else:
            stats["exact_repeat_paragraph"] += 1
        j = rng.randint(i + 1, len(body))
        return body[:j] + [copy] + body[j:]
    return body


def _syndicate(rng, orig: _Original, sources: Sources) -> tuple[list[str], str]:
    """Edit an original the way a syndicated copy differs: dateline, words, ending, title."""
    body, title = list(orig.body), orig.title
    if rng.random() < 0.6:
        body[0] = rng.choice(DATELINES) + body[0]
    for _ in range(rng.randint(0, 2)):
        i = rng.randrange(len(body))
        body[i] = _edit_word(rng, body[i])
    r = rng.random()
    if r < 0.25 and len(body) > 2:
        body.pop()
    elif r < 0.40:  # an update paragraph in the story's language
        if orig.lang:
            body.append(_compose_seed_body(rng, sources.seeds[orig.lang])[0])
        else:
            src = sources.english[rng.randrange(len(sources.english))]
            body.append(src[rng.randrange(len(src))])
    if rng.random() < 0.3:
        title = _edit_word(rng, title)
    return body, title


def _with_boilerplate(rng, body: list[str], site: Site, sources: Sources, stats: Counter) -> list[str]:
    """Wrap the body in its site's header/footer, teasers and maybe one inner line."""
    if rng.random() >= P_BOILERPLATE:
        return body
    furn = sources.furniture
    teasers = [furn[rng.randrange(len(furn))] for _ in range(rng.randint(0, 2))]
    inner = list(body)
    if rng.random() < P_INSIDE_BOILERPLATE and len(body) >= 3:
        inner.insert(rng.randint(1, len(body) - 1), furn[rng.randrange(len(furn))])
    lines = [*site.header, *inner, *teasers, *site.footer]
    stats["boilerplate_articles"] += 1
    stats["boilerplate_lines"] += len(lines) - len(body)
    stats["boilerplate_body_lines"] += len(body)
    return lines


def _latin1_fallback(err: UnicodeDecodeError) -> tuple[str, int]:
    return chr(err.object[err.start]), err.start + 1


codecs.register_error("newsclean_bench_latin1", _latin1_fallback)


def _mojibake(text: str) -> str:
    """Decode UTF-8 bytes as Windows-1252, falling back to Latin-1 for its 5 holes."""
    return text.encode("utf-8").decode("cp1252", errors="newsclean_bench_latin1")


def _shingles(text: str) -> set[tuple[str, ...]]:
    w = text.split()
    return set(zip(w, w[1:], w[2:], w[3:], w[4:])) or {tuple(w)}


def _site_weights(n: int) -> list[float]:
    """Zipf-like shares, but flat (exponent 0.3, the biggest site ~1.8% of articles).

    The real text is reused ~30 times in 100,000 articles; on a site much bigger than 2%
    the same paragraph would appear in 3+ of its stories and look like site boilerplate.
    """
    return [1 / (rank + 1) ** 0.3 for rank in range(n)]


def build_corpus(
    n: int,
    seed: int = 0,
    data_path: Path | str = DEFAULT_DATA,
    seeds_dir: Path | str = DEFAULT_SEEDS,
    *,
    stats: Counter | None = None,
    copies: dict[str, str] | None = None,
) -> Iterator[dict]:
    """Yield ``n`` articles ``{id, url, site, published, title, text}``; count what was injected.

    Pass a ``Counter`` as ``stats`` to learn the rates actually produced, and a dict as
    ``copies`` to learn which article each syndicated copy was made from (id -> id), the
    ground truth for measuring near-duplicate recall.
    """
    stats = Counter() if stats is None else stats
    rng = random.Random(seed)  # the one source of randomness
    sources = load_sources(Path(data_path), Path(seeds_dir), rng)
    sites = sources.sites
    cum = _cumulative(_site_weights(len(sites)))
    languages = sorted(sources.seeds)
    ends = tuple(_cumulative([len(a) for a in sources.english]))
    originals: deque[_Original] = deque(maxlen=SYNDICATION_WINDOW)
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    span_s = 540 * 86400
    for i in range(n):
        art_id = f"a{i:07d}"
        when = start + timedelta(seconds=int(span_s * i / max(n, 1)) + rng.randrange(3600))
        site = sites[bisect.bisect(cum, rng.random() * cum[-1])]
        copy_of, lang = None, None
        if originals and rng.random() < P_SYNDICATED:
            copy_of = originals[rng.randrange(len(originals))]
            while site.name == copy_of.site:
                site = sites[rng.randrange(len(sites))]
            body, title = _syndicate(rng, copy_of, sources)
            when = copy_of.when + timedelta(seconds=rng.randrange(36 * 3600))
            stats["syndicated"] += 1
            if copies is not None:
                copies[art_id] = copy_of.id
        else:
            if languages and rng.random() < P_SEED_LANGUAGE:
                lang = languages[rng.randrange(len(languages))]
                body = _compose_seed_body(rng, sources.seeds[lang])
                stats[f"lang_{lang}"] += 1
            else:
                body = _compose_body(rng, sources.english, ends)
            title = _title(body)
        original_body = body
        body = _add_repeats(rng, body, stats)
        lines = _with_boilerplate(rng, body, site, sources, stats)
        text = "\n\n".join(lines)
        if rng.random() < P_MOJIBAKE:
            text, title = _mojibake(text), _mojibake(title)
            stats["mojibake"] += 1
        if copy_of is None:
            originals.append(_Original(art_id, original_body, title, when, site.name, text, lang))
        elif stats["syndicated"] <= 500 or stats["syndicated"] % 10 == 0:  # sampled: shingling is slow
            stats["syndicated_measured"] += 1
            pairs = (("text", text, copy_of.text), ("body", "\n\n".join(body), "\n\n".join(copy_of.body)))
            for kind, mine, theirs in pairs:
                a, b = _shingles(mine), _shingles(theirs)
                jac = len(a & b) / max(1, len(a | b))
                stats[f"syndicated_{kind}_jaccard_x1000"] += round(jac * 1000)
                stats[f"syndicated_{kind}_jaccard_ge_0.8"] += jac >= 0.8
        slug = "-".join(_WORD.findall(title.lower())[:8]) or "article"
        stats["articles"] += 1
        stats["text_bytes"] += len(text.encode("utf-8"))
        stats[f"site:{site.name}"] += 1
        yield {
            "id": art_id,
            "url": f"https://www.{site.name}/{when:%Y/%m/%d}/{slug}-{i}",
            "site": site.name,
            "published": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "title": title,
            "text": text,
        }


def _cumulative(weights: list) -> list:
    out, total = [], 0
    for w in weights:
        total += w
        out.append(total)
    return out


def summary(stats: Counter, seconds: float, out: Path | None = None) -> str:
    """Human-readable rates actually produced (printed by main, reused by the benchmark)."""
    n = max(1, stats["articles"])
    measured = max(1, stats["syndicated_measured"])
    pct = lambda k: f"{100 * stats[k] / n:5.1f}%"  # noqa: E731
    sites = sum(1 for k in stats if k.startswith("site:"))
    rows = [
        ("articles", f"{stats['articles']:,}"),
        ("text MB", f"{stats['text_bytes'] / 1e6:,.1f}"),
        ("mean article size", f"{stats['text_bytes'] / n / 1000:.2f} KB"),
        ("sites used", f"{sites}"),
        ("with boilerplate", pct("boilerplate_articles")),
        ("boilerplate share of lines (those articles)",
         f"{100 * stats['boilerplate_lines'] / max(1, stats['boilerplate_lines'] + stats['boilerplate_body_lines']):5.1f}%"),
        ("paragraph repeated exactly", pct("exact_repeat_paragraph")),
        ("paragraph repeated, one word changed", pct("near_repeat_paragraph")),
        ("whole body twice", pct("doubled_body")),
        ("syndicated near-duplicate copies", pct("syndicated")),
        *[(f"  word 5-gram Jaccard to original, {k}: mean / >= 0.8",
           f"{stats[f'syndicated_{k}_jaccard_x1000'] / measured / 1000:.2f} / {100 * stats[f'syndicated_{k}_jaccard_ge_0.8'] / measured:.0f}%"
           f"  ({stats['syndicated_measured']:,} copies measured)")
          for k in ("text", "body")],
        *[(f"language {k[5:]} (from seeds)", pct(k)) for k in sorted(stats) if k.startswith("lang_")],
        ("mojibake (cp1252)", pct("mojibake")),
        ("build seconds", f"{seconds:.1f}"),
    ]
    if out is not None:
        rows.insert(0, ("file", str(out)))
    width = max(len(k) for k, _ in rows)
    return "\n".join(f"{k:<{width}}  {v}" for k, v in rows)


def write_corpus(out: Path, n: int, seed: int, data_path: Path, seeds_dir: Path) -> Counter:
    """Write the corpus as gzipped JSON lines, atomically; return the stats."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    stats: Counter = Counter()
    # No name, mtime=0 and a fixed level keep the file byte-identical for a given seed.
    with open(tmp, "wb") as raw, gzip.GzipFile("", "wb", 3, raw, mtime=0) as gz:
        for art in build_corpus(n, seed, data_path, seeds_dir, stats=stats):
            gz.write(json.dumps(art, ensure_ascii=False).encode("utf-8") + b"\n")
    tmp.replace(out)
    return stats


def main(argv: list[str] | None = None) -> None:
    """Build the corpus file and print the rates actually produced."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--out", type=Path, default=REPO / "benchmarks" / ".work" / "corpus.jsonl.gz")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--seeds", type=Path, default=DEFAULT_SEEDS)
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    stats = write_corpus(args.out, args.articles, args.seed, args.data, args.seeds)
    print(summary(stats, time.perf_counter() - t0, args.out))


if __name__ == "__main__":
    sys.exit(main())
