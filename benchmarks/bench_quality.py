"""Quality benchmark: how well newsclean keeps articles and drops the rest, against references.

Four parts, each printing a plain-text table:

1. extraction  whole-page WCXB text (boilerplate included) scored against the page's gold text:
               bag-of-words precision/recall/F1 (micro and mean per page) and the share of
               must-keep / must-drop snippets handled right; per page type. Systems: newsclean,
               keep_all (the floor) and c4 (datatrove's C4QualityFilter rule, c4_reference.py).
2. neardup     a labelled near-duplicate set built from WCXB article text (neardup_set.py):
               pairwise precision/recall/F1 of newsclean's duplicate clusters, hard-negative
               pairs wrongly merged; reference: exact-text-hash dedup.
3. repeats     articles with planted exact and near copies of their own paragraphs
               (repeat_set.py): share of copies removed, share of original text kept and why
               the rest was lost (also lost without the copies, or not);
               reference: drop byte-identical repeats.
4. language    seeds/ and tests/cases/: newsclean's language vs the expected label and vs
               seeded langdetect, and per-paragraph keep/drop accuracy on the golden cases.

    python benchmarks/bench_quality.py --limit 200
    python benchmarks/bench_quality.py --systems keep_all,c4 --parts extraction
    python benchmarks/bench_quality.py --split dev --parts extraction   # tune here ...
    python benchmarks/bench_quality.py --split holdout --parts extraction  # ... check here
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from c4_reference import c4_clean, keep_all
from newsclean_adapter import REPO, import_newsclean, kept_flags, kept_text, reason_table, run_newsclean
from neardup_set import build_neardup_set, exact_hash_links, predicted_pairs
from quality_metrics import (ExtractionScore, normalise, overlap, pair_score, parse_snippets, pct,
                             snippet_present, table, words)
from repeat_set import (KINDS, build_repeat_set, exact_repeat_flags, lost_originals, score_repeats,
                        without_copies)
from wcxb_data import DEFAULT_DATA, SPLITS, load_pages, split_pages

SEED_LANGS = ("de", "de", "de", "nl", "nl")  # seeds/*.txt in name order
SYSTEMS = ("newsclean", "keep_all", "c4")
PARTS = ("extraction", "neardup", "repeats", "language")
REFERENCES: dict[str, Callable[[str], str]] = {"keep_all": keep_all, "c4": c4_clean}


# --- part 1: whole-page extraction -------------------------------------------------------------


def extract_all(system: str, pages: Sequence[dict], nc) -> tuple[list[str], float, list]:
    """Kept text per page for one system, the seconds it took, and newsclean's articles if any."""
    if system == "newsclean":
        records = [{"id": p["id"], "url": p["url"], "site": p["site"], "text": p["text"] or ""}
                   for p in pages]
        articles, seconds = run_newsclean(nc, records)
        return [kept_text(a) for a in articles], seconds, articles
    clean = REFERENCES[system]
    start = time.perf_counter()
    out = [clean(p["text"] or "") for p in pages]
    return out, time.perf_counter() - start, []


def score_extraction(pages: Sequence[dict], kept: Sequence[str]) -> dict[str, ExtractionScore]:
    """Scores per group: "all", then each page type."""
    scores: dict[str, ExtractionScore] = defaultdict(ExtractionScore)
    for page, text in zip(pages, kept):
        norm = normalise(text)
        ov = overlap(text, page["gold_text"] or "")
        with_hits = [snippet_present(s, norm) for s in parse_snippets(page["gold_with"])
                     if normalise(s)]
        without_hits = [snippet_present(s, norm) for s in parse_snippets(page["gold_without"])
                        if normalise(s)]
        for group in ("all", page["page_type"] or "unknown"):
            scores[group].add(ov, with_hits, without_hits)
    return scores


def part_extraction(pages: list[dict], systems: Sequence[str], nc) -> None:
    results, timings, nc_articles = {}, [], []
    for system in systems:
        kept, seconds, articles = extract_all(system, pages, nc)
        results[system] = score_extraction(pages, kept)
        rate = f"{len(pages) / seconds:.0f}" if seconds else "-"
        timings.append((system, len(pages), f"{seconds:.2f}", rate))
        nc_articles = articles or nc_articles
    types = sorted({g for s in results.values() for g in s} - {"all", "article"})
    rows = []
    for group in ("all", "article", *types):
        for system in systems:
            s = results[system].get(group)
            if s is None:
                continue
            m = s.micro
            rows.append((group, system, s.pages, pct(m.precision), pct(m.recall), pct(m.f1), pct(s.mean_f1),
                         pct(s.with_kept / s.with_total) if s.with_total else "-",
                         pct(s.without_removed / s.without_total) if s.without_total else "-",
                         s.emptied))
    print(table(("pages", "system", "n", "P%", "R%", "F1%", "meanF1%", "with kept%", "without removed%",
                 "emptied"), rows,
                "1. Whole-page extraction on WCXB (word bag vs gold_text; P/R/F1 micro, meanF1 per page)"))
    print()
    print(table(("system", "pages", "seconds", "pages/s"), timings, "   time"))
    if nc_articles:
        print()
        print(reason_table(nc_articles, "   newsclean decisions on WCXB pages"))


# --- part 2: near-duplicate articles -----------------------------------------------------------


def part_neardup(pages: list[dict], nc, seed: int, max_stories: int) -> None:
    data = build_neardup_set(pages, seed=seed, max_stories=max_stories)
    records = [d.record for d in data.docs]
    ids = [r["id"] for r in records]
    kinds = data.kinds()
    print("2. Near-duplicate articles: "
          + ", ".join(f"{k} {kinds[k]}" for k in ("original", "recrawl", "syndicated", "single", "hardneg"))
          + f" docs; {len(data.true_pairs)} true pairs ({len(data.exact_pairs)} byte-identical), "
          f"{len(data.hard_negative_pairs)} hard-negative pairs "
          f"({len(data.hard_negative_same_site)} within one site)")
    runs: list[tuple[str, list[tuple[str, str]], float]] = []
    start = time.perf_counter()
    runs.append(("exact_hash", exact_hash_links(records), time.perf_counter() - start))
    articles: list = []
    nc_links: list[tuple[str, str]] = []
    if nc is not None:
        articles, seconds = run_newsclean(nc, records)
        nc_links = [(a.id, a.duplicate_of) for a in articles if getattr(a, "duplicate_of", None)]
        runs.append(("newsclean", nc_links, seconds))
    edited = data.true_pairs - data.exact_pairs
    same = data.hard_negative_same_site
    xsite = data.hard_negative_pairs - same
    rows = []
    for name, links, seconds in runs:
        pred = predicted_pairs(ids, links)
        s = pair_score(set(data.true_pairs), pred)
        rows.append((name, len(pred), s.correct, pct(s.precision), pct(s.recall), pct(s.f1),
                     pct(len(pred & data.exact_pairs) / len(data.exact_pairs)) if data.exact_pairs else "-",
                     pct(len(pred & edited) / len(edited)) if edited else "-",
                     f"{len(pred & same)}/{len(same)}", f"{len(pred & xsite)}/{len(xsite)}",
                     f"{seconds:.2f}"))
    print(table(("system", "pred pairs", "correct", "P%", "R%", "F1%", "R exact%", "R edited%",
                 "HN merged same-site", "HN merged x-site", "seconds"), rows))
    if articles:
        # Recall by document kind: how many copies found their way into the right cluster.
        labels = {d.record["id"]: d for d in data.docs}
        pred = predicted_pairs(ids, nc_links)
        by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for a, b in data.true_pairs:
            kind = "+".join(sorted({labels[a].kind, labels[b].kind}))
            by_kind[kind][0] += 1
            by_kind[kind][1] += (a, b) in pred
        wrong = Counter("+".join(sorted({labels[a].kind, labels[b].kind})) for a, b in pred - data.true_pairs)
        print()
        wrong_text = ", ".join(f"{k} {n}" for k, n in sorted(wrong.items())) or "none"
        print(f"   newsclean false merges: {wrong_text}")
        print(table(("pair kind", "pairs", "found", "R%"),
                    [(k, n, f, pct(f / n)) for k, (n, f) in sorted(by_kind.items())],
                    "   newsclean recall by pair kind"))
        print()
        print(reason_table(articles, "   newsclean decisions on the near-duplicate set"))


# --- part 3: repeated paragraphs ---------------------------------------------------------------


def part_repeats(pages: list[dict], nc, seed: int) -> None:
    docs = build_repeat_set(pages, seed=seed)
    planted = Counter(k for d in docs for k in d.kinds if k)
    print(f"3. Repeated paragraphs inside articles: {len(docs)} articles, "
          + ", ".join(f"{planted[k]} {k}" for k in KINDS) + " copies planted")
    runs = []
    start = time.perf_counter()
    runs.append(("exact_repeat", [exact_repeat_flags(d) for d in docs], time.perf_counter() - start))
    copy_reasons: Counter = Counter()
    lost_rows: list[tuple] = []
    if nc is not None:
        articles, seconds = run_newsclean(nc, [d.record for d in docs])
        runs.append(("newsclean", [kept_flags(a) if len(a.paragraphs) == len(d.paragraphs) else None
                                   for a, d in zip(articles, docs)], seconds))
        for a, d in zip(articles, docs):
            if len(a.paragraphs) != len(d.paragraphs):
                continue
            for i, kind in enumerate(d.kinds):
                if kind:  # why the copy (or, if the copy survived, its original) went
                    p = a.paragraphs[i] if a.paragraphs[i].dropped else a.paragraphs[d.original_of[i]]
                    copy_reasons[(kind, a.rejected or p.dropped or "(both kept)")] += 1
        lost_rows = lost_original_text(docs, articles, nc)
    rows = []
    for name, flags, seconds in runs:
        s = score_repeats(docs, flags)
        rows.append((name, *(pct(s.removed[k] / s.copies[k]) if s.copies[k] else "-" for k in KINDS),
                     pct(s.removed_share), pct(s.kept_share), s.docs_rejected, s.misaligned,
                     f"{seconds:.2f}"))
    print(table(("system", *(f"{k} removed%" for k in KINDS), "all removed%", "original kept%",
                 "docs emptied", "misaligned", "seconds"), rows))
    if copy_reasons:
        print()
        print(table(("copy kind", "reason", "count"),
                    [(k, r, n) for (k, r), n in sorted(copy_reasons.items())],
                    "   newsclean: why each planted pair lost a member"))
    if lost_rows:
        print()
        print(table(("reason", "paragraphs", "words", "% of original", "also lost without copies"), lost_rows,
                    "   newsclean: original text lost, by reason (words also lost when the same articles "
                    "are cleaned before any copy is planted: not the repeats' doing)"))


def lost_original_text(docs: Sequence, articles: Sequence, nc) -> list[tuple]:
    """Per reason: original paragraphs and words lost, their share, and the words among them
    lost just the same on the articles without planted copies."""
    bare, _ = run_newsclean(nc, [without_copies(d) for d in docs])
    paragraphs: Counter = Counter()
    lost: Counter = Counter()
    also: Counter = Counter()
    total = 0
    for d, a, b in zip(docs, articles, bare):
        total += sum(len(words(p)) for p, orig in zip(d.paragraphs, d.original_of) if orig is None)
        if len(a.paragraphs) != len(d.paragraphs):
            continue
        bare_flags = kept_flags(b)
        for i, k in lost_originals(d, kept_flags(a)):
            reason = a.rejected or a.paragraphs[i].dropped
            n = len(words(d.paragraphs[i]))
            paragraphs[reason] += 1
            lost[reason] += n
            also[reason] += n if k < len(bare_flags) and not bare_flags[k] else 0
    return [(r, paragraphs[r], n, f"{100 * n / total:.2f}", also[r]) for r, n in lost.most_common()]


# --- part 4: language --------------------------------------------------------------------------


def detect_language(text: str) -> str | None:
    """Seeded langdetect on `text` (its regional codes zh-cn, zh-tw as ISO 639-1 zh), or None
    when there is nothing to detect."""
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text).split("-")[0] if text.strip() else None
    except LangDetectException:
        return None


def part_language(nc) -> None:
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    if seeds:
        records = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in seeds]
        articles, seconds = run_newsclean(nc, records)
        rows = []
        for p, expected, a in zip(seeds, SEED_LANGS, articles):
            flags = kept_flags(a)
            ld = detect_language(kept_text(a))
            rows.append((p.stem, expected, a.lang, ld, "yes" if a.lang == expected else "NO",
                         "yes" if a.lang == ld else "NO", f"{sum(flags)}/{len(flags)}", a.rejected or ""))
        print(table(("seed", "expected", "newsclean", "langdetect", "=expected", "=langdetect",
                     "kept paras", "rejected"), rows, f"4. Language on seeds/ ({seconds:.2f} s)"))
    else:
        print("4. Language: no seeds/*.txt found; skipped.")
    print()
    cases = load_cases(REPO / "tests" / "cases")
    if not cases:
        print("   tests/cases/*.jsonl: none found; golden-case language and keep/drop accuracy skipped.")
        return
    case_table(nc, cases, "Golden cases in tests/cases")
    print()
    # Languages langdetect and the lexicon do not know: the language columns say what it answers instead.
    case_table(nc, load_cases(REPO / "tests" / "cases" / "unlisted"), "Pages in languages no list covers, tests/cases/unlisted")


def case_table(nc, cases: list[dict], title: str) -> None:
    """Per language and batch: newsclean's language against the label and langdetect, and keep/drop accuracy."""
    per_lang: dict[str, Counter] = defaultdict(Counter)
    start = time.perf_counter()
    for case in cases:
        # One corpus per case: a golden case is a verdict on one article on its own.
        [a], _ = run_newsclean(nc, [case["record"]])
        # A case marked with a batch ("third blind") is counted on a row of its own beside its language.
        c = per_lang[case["lang"] + (f" ({case['batch']})" if case["batch"] else "")]
        c["cases"] += 1
        ld = detect_language(kept_text(a))
        c["nc=exp"] += a.lang == case["lang"]
        c["nc=ld"] += a.lang == ld
        c["ld=exp"] += ld == case["lang"]
        expected = case["expect_keep"]
        flags = kept_flags(a)
        if len(flags) != len(expected):
            c["misaligned"] += 1
            continue
        for want, got in zip(expected, flags):
            c["paras"] += 1
            c["right"] += want == got
            c["false drop"] += want and not got
            c["false keep"] += got and not want
    seconds = time.perf_counter() - start
    total: Counter = sum(per_lang.values(), Counter())
    batches = sorted({case["batch"] for case in cases if case["batch"]})
    batch_totals = [(f"all ({b})", sum((c for k, c in per_lang.items() if k.endswith(f" ({b})")), Counter())) for b in batches]
    rows = []
    for lang, c in [*sorted(per_lang.items()), *batch_totals, ("all", total)]:
        n = c["cases"]
        rows.append((lang, n, pct(c["nc=exp"] / n), pct(c["nc=ld"] / n), pct(c["ld=exp"] / n), c["paras"],
                     pct(c["right"] / c["paras"]) if c["paras"] else "-", c["false drop"], c["false keep"],
                     c["misaligned"]))
    print(table(("lang", "cases", "nc=expected%", "nc=langdetect%", "langdetect=expected%", "paras",
                 "keep/drop acc%", "false drops", "false keeps", "misaligned"), rows,
                f"   {title} ({len(cases)} cases, {seconds:.2f} s, one run per case)"))


def load_cases(folder: Path) -> list[dict]:
    """Golden cases as {"lang", "batch", "record", "expect_keep"}; paragraphs are single lines, joined by blanks."""
    cases = []
    for path in sorted(folder.glob("*.jsonl")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            case = json.loads(line)
            paragraphs = case.get("paragraphs") or []
            texts = [str(p[0]) for p in paragraphs]
            case_id = case.get("id") or case.get("name") or f"{path.stem}:{lineno}"
            record = {"id": case_id, "text": "\n\n".join(texts)}
            for key in ("site", "url", "title", "published"):
                if case.get(key):
                    record[key] = case[key]
            cases.append({"lang": case.get("lang"), "batch": case.get("batch"), "record": record,
                          "expect_keep": [p[1] is None for p in paragraphs]})
    return cases


# --- main --------------------------------------------------------------------------------------


def _choices(value: str, allowed: Sequence[str], what: str) -> list[str]:
    chosen = [v.strip() for v in value.split(",") if v.strip()]
    unknown = [v for v in chosen if v not in allowed]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown {what} {', '.join(unknown)}; choose from {', '.join(allowed)}")
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="example: python benchmarks/bench_quality.py --limit 200")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="WCXB jsonl(.gz) file")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N pages")
    parser.add_argument("--systems", type=lambda v: _choices(v, SYSTEMS, "system"), default=list(SYSTEMS),
                        help="comma list of " + ", ".join(SYSTEMS))
    parser.add_argument("--parts", type=lambda v: _choices(v, PARTS, "part"), default=list(PARTS),
                        help="comma list of " + ", ".join(PARTS))
    parser.add_argument("--split", choices=SPLITS, default="all",
                        help="WCXB pages to use: dev (tune on these), holdout (check on these) or all; "
                             "a fixed ~50/50 split by a hash of the page id")
    parser.add_argument("--seed", type=int, default=13, help="seed for the synthetic sets")
    parser.add_argument("--max-stories", type=int, default=240, help="stories in the near-duplicate set")
    args = parser.parse_args(argv)

    nc = import_newsclean() if "newsclean" in args.systems else None
    needs_pages = {"extraction", "neardup", "repeats"} & set(args.parts)
    pages = load_pages(args.data) if needs_pages else []
    pages = split_pages(pages, args.split)[: args.limit]
    if needs_pages:
        print(f"data: {args.data}, split {args.split} ({len(pages)} pages)\n")
    if "extraction" in args.parts:
        part_extraction(pages, args.systems, nc)
        print()
    if "neardup" in args.parts:
        part_neardup(pages, nc, args.seed, args.max_stories)
        print()
    if "repeats" in args.parts:
        part_repeats(pages, nc, args.seed + 16)
        print()
    if "language" in args.parts:
        if nc is None:
            print("4. Language: needs newsclean (add it to --systems); skipped.")
        else:
            part_language(nc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
