"""Loading the WCXB dev pages and taking them apart into article body and site furniture."""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quality_metrics import normalise, words

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wcxb-dev.jsonl.gz"

# Fields the benchmark uses; `html` is dropped on load (most of the file's size).
_FIELDS = ("id", "url", "site", "page_type", "lang", "text", "gold_text", "gold_with", "gold_without")


def load_pages(path: Path, limit: int | None = None) -> list[dict]:
    """The first `limit` pages (all when None) of a WCXB jsonl(.gz) file, without their HTML."""
    opener = gzip.open if path.suffix == ".gz" else open
    pages: list[dict] = []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            if limit is not None and len(pages) >= limit:
                break
            if line.strip():
                row = json.loads(line)
                pages.append({k: row.get(k) for k in _FIELDS})
    return pages


SPLITS = ("dev", "holdout", "all")


def page_split(page: dict) -> str:
    """"dev" or "holdout" for a page: a fixed half each, by a hash of its id (else its URL).

    A salted built-in hash would change per process; SHA-1 of the id does not, so a page
    stays on its side across runs and machines. Tune on dev, report holdout beside it.
    """
    key = str(page.get("id") or page.get("url") or "")
    return "dev" if hashlib.sha1(key.encode("utf-8")).digest()[0] % 2 == 0 else "holdout"


def split_pages(pages: list[dict], split: str) -> list[dict]:
    """The pages of one split ("dev", "holdout"), or all of them ("all"), in file order."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; choose from {', '.join(SPLITS)}")
    return pages if split == "all" else [p for p in pages if page_split(p) == split]


def lines(text: str | None) -> list[str]:
    """Non-blank, stripped lines: newsclean's paragraph split, applied to any text."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@dataclass(frozen=True, slots=True)
class Furniture:
    """The lines a page shows above and below its article body: menus, share bars, footers."""

    page_id: str
    header: tuple[str, ...]
    footer: tuple[str, ...]


def page_furniture(page: dict, *, max_lines: int = 30) -> Furniture | None:
    """Header and footer lines of a page, located around the lines that belong to its gold text.

    A line of 6+ words whose words occur contiguously in the gold text anchors the body (short
    lines like "Health" would match by chance). Everything before the first anchor is header,
    everything after the last is footer; lines that still occur in the gold are left out, so no
    article text leaks into furniture. Keeps the `max_lines` lines nearest the body on each side.
    """
    gold = f" {normalise(page.get('gold_text') or '')} "
    page_lines = lines(page.get("text"))
    normed = [normalise(ln) for ln in page_lines]
    in_gold = [bool(n) and f" {n} " in gold for n in normed]
    anchors = [i for i, n in enumerate(normed) if in_gold[i] and n.count(" ") >= 5]  # 6+ words
    if not anchors:
        return None
    header = [ln for i, ln in enumerate(page_lines[: anchors[0]]) if not in_gold[i]]
    footer = [ln for i, ln in enumerate(page_lines) if i > anchors[-1] and not in_gold[i]]
    if len(header) + len(footer) < 4:
        return None
    return Furniture(page["id"], tuple(header[-max_lines:]), tuple(footer[:max_lines]))


def article_pages(pages: list[dict]) -> Iterator[dict]:
    """Pages labelled as news/blog articles, in file order."""
    return (p for p in pages if p.get("page_type") == "article")
