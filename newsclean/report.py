"""Report: what went in, what came out, and every reason something was removed."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .article import Article

__all__ = ["Report"]

_LOCATION = re.compile(r":\d+$")


def input_of(source: str) -> str:
    """The input file of a source string (``path:line`` -> ``path``)."""
    return _LOCATION.sub("", source)


@dataclass
class Report:
    """Counts of one run. ``read == kept + rejected`` always holds; ``check()`` proves it."""

    read: int = 0
    kept: int = 0
    rejected: int = 0
    paragraphs_read: int = 0
    paragraphs_kept: int = 0
    chars_read: int = 0
    chars_kept: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # paragraph and article reasons
    languages: Counter[str] = field(default_factory=Counter)
    clusters: int = 0  # near-duplicate clusters with more than one member
    inputs: dict[str, Counter[str]] = field(default_factory=dict)
    pipeline: Sequence[str] = ()

    def add(self, article: Article) -> None:
        """Count one article that leaves the pipeline."""
        self.read += 1
        per_input = self.inputs.setdefault(input_of(article.source), Counter())
        per_input["read"] += 1
        paragraphs = article.paragraphs
        self.paragraphs_read += len(paragraphs)
        self.chars_read += sum([len(p.text) for p in paragraphs])
        reasons = self.reasons
        for reason in [p.dropped for p in paragraphs if p.dropped is not None]:  # few: most are kept
            reasons[reason] += 1
        if article.rejected is not None:
            self.rejected += 1
            per_input["rejected"] += 1
            self.reasons[article.rejected] += 1
            return
        self.kept += 1
        per_input["kept"] += 1
        kept = [len(p.text) for p in paragraphs if p.dropped is None]
        self.paragraphs_kept += len(kept)
        self.chars_kept += sum(kept)
        self.languages[article.lang or "und"] += 1
        if article.cluster_size and article.cluster_size > 1:
            self.clusters += 1

    def extend(self, articles: Iterable[Article]) -> None:
        for article in articles:
            self.add(article)

    def merge(self, other: Report) -> None:
        """Add the counts of ``other`` (a part of the run, counted elsewhere: a worker)."""
        self.read += other.read
        self.kept += other.kept
        self.rejected += other.rejected
        self.paragraphs_read += other.paragraphs_read
        self.paragraphs_kept += other.paragraphs_kept
        self.chars_read += other.chars_read
        self.chars_kept += other.chars_kept
        self.reasons.update(other.reasons)
        self.languages.update(other.languages)
        self.clusters += other.clusters
        for name, counts in other.inputs.items():
            self.inputs.setdefault(name, Counter()).update(counts)

    def check(self) -> None:
        """Fail loudly if an article went missing: every input is kept or rejected."""
        if self.read != self.kept + self.rejected:
            raise AssertionError(f"accounting broken: read {self.read} != kept {self.kept} + rejected {self.rejected}")
        for name, counts in self.inputs.items():
            if counts["read"] != counts["kept"] + counts["rejected"]:
                raise AssertionError(f"accounting broken for {name}: {dict(counts)}")

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": {"read": self.read, "kept": self.kept, "rejected": self.rejected},
            "paragraphs": {
                "read": self.paragraphs_read,
                "kept": self.paragraphs_kept,
                "dropped": self.paragraphs_read - self.paragraphs_kept,
            },
            "characters": {"read": self.chars_read, "kept": self.chars_kept},
            "reasons": dict(sorted(self.reasons.items())),
            "languages": dict(sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))),
            "duplicate_clusters": self.clusters,
            "inputs": {
                name: {"read": c["read"], "kept": c["kept"], "rejected": c["rejected"]}
                for name, c in sorted(self.inputs.items())
            },
            "pipeline": list(self.pipeline),
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Report:
        a, p, c = data["articles"], data["paragraphs"], data["characters"]  # type: ignore[misc]
        return cls(
            read=a["read"], kept=a["kept"], rejected=a["rejected"],  # type: ignore[index]
            paragraphs_read=p["read"], paragraphs_kept=p["kept"],  # type: ignore[index]
            chars_read=c["read"], chars_kept=c["kept"],  # type: ignore[index]
            reasons=Counter(data["reasons"]),  # type: ignore[arg-type]
            languages=Counter(data["languages"]),  # type: ignore[arg-type]
            clusters=data.get("duplicate_clusters", 0),  # type: ignore[arg-type]
            inputs={k: Counter(v) for k, v in data["inputs"].items()},  # type: ignore[union-attr]
            pipeline=tuple(data.get("pipeline", ())),  # type: ignore[arg-type]
        )

    @classmethod
    def load(cls, path: str | Path) -> Report:
        """The report saved in ``path`` (a report.json or the output directory holding it)."""
        path = Path(path)
        if path.is_dir():
            path = path / "report.json"
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))

    def summary(self) -> str:
        """A human summary table: totals, then each reason with its count and share."""
        lines = [
            f"articles: {self.read} read, {self.kept} kept, {self.rejected} rejected",
            f"paragraphs: {self.paragraphs_read} read, {self.paragraphs_kept} kept, "
            f"{self.paragraphs_read - self.paragraphs_kept} dropped",
            f"characters: {self.chars_read} read, {self.chars_kept} kept "
            f"({self.chars_kept / self.chars_read:.1%}): {self.chars_read / 1e6:.2f} MB in, "
            f"{self.chars_kept / 1e6:.2f} MB out (1 MB = 10^6 characters)" if self.chars_read else "characters: 0",
        ]
        if self.languages:
            top = ", ".join(f"{lang} {n}" for lang, n in sorted(self.languages.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
            lines.append(f"languages: {top}")
        if self.clusters:
            lines.append(f"near-duplicate clusters: {self.clusters}")
        if self.reasons:
            total = sum(self.reasons.values())
            width = max(len(r) for r in self.reasons)
            lines.append("")
            lines.append(f"{'reason':<{width}}  {'count':>7}  share")
            for reason, n in sorted(self.reasons.items(), key=lambda kv: (-kv[1], kv[0])):
                lines.append(f"{reason:<{width}}  {n:>7}  {n / total:6.1%}")
        return "\n".join(lines)
