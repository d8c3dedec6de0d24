"""How bench_quality calls newsclean: import it, run a corpus through it, read its decisions."""

from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from quality_metrics import table

REPO = Path(__file__).resolve().parents[1]


def import_newsclean():
    """The newsclean module, from the environment or this checkout; exits with a hint if absent."""
    try:
        import newsclean
    except ImportError:
        sys.path.insert(0, str(REPO))
        try:
            import newsclean
        except ImportError as exc:
            sys.exit(f"bench_quality: cannot import newsclean ({exc}). Install the project "
                     f"(pip install -e {REPO}) or pass --systems keep_all,c4 to run the "
                     f"references only.")
    missing = [n for n in ("from_records", "default_pipeline") if not hasattr(newsclean, n)]
    if missing:
        sys.exit(f"bench_quality: newsclean at {Path(newsclean.__file__).parent} has no "
                 f"{', '.join(missing)} yet; pass --systems keep_all,c4 to run the references.")
    return newsclean


def run_newsclean(nc, records: Sequence[dict]) -> tuple[list, float]:
    """All records through the default pipeline as one corpus: (articles in input order, seconds)."""
    start = time.perf_counter()
    pipe = nc.default_pipeline()
    articles = [a for batch in pipe.run(nc.from_records(list(records))) for a in batch]
    seconds = time.perf_counter() - start
    if len(articles) != len(records):
        sys.exit(f"bench_quality: newsclean returned {len(articles)} articles for "
                 f"{len(records)} records; the pipeline must return one article per record.")
    for r, a in zip(records, articles):
        if "id" in r and a.id != r["id"]:
            sys.exit(f"bench_quality: article order broken: expected id {r['id']!r}, got {a.id!r}.")
    return articles, seconds


def kept_text(article) -> str:
    return "" if article.rejected else article.text


def kept_flags(article) -> list[bool]:
    return [not article.rejected and p.dropped is None for p in article.paragraphs]


def reason_table(articles: Sequence, title: str, top: int = 12) -> str:
    """Counts of article reject reasons and paragraph drop reasons."""
    counts: Counter = Counter()
    for a in articles:
        if a.rejected:
            counts[("article", a.rejected)] += 1
        for p in a.paragraphs:
            if p.dropped:
                counts[("paragraph", p.dropped)] += 1
    rows = [(unit, reason, n) for (unit, reason), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return table(("unit", "reason", "count"), rows[:top] or [("-", "-", 0)], title)
