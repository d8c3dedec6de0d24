"""explain(): the decision on every paragraph of an article, with its evidence."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .article import Article
from .pipeline import Pipeline, default_pipeline
from .read import PathLike, Source, read

__all__ = ["explain", "Explanation"]


@dataclass(frozen=True)
class Explanation:
    """One article after the pipeline, printable as a KEEP/DROP listing."""

    article: Article

    def __str__(self) -> str:
        a = self.article
        head = f"{a.source}  id={a.id}  lang={a.lang or 'und'}"
        if a.lang_prob is not None:
            head += f" ({a.lang_prob:.2f})"
        lines = [head]
        if a.rejected is not None:
            lines.append(f"  ARTICLE REJECTED {a.rejected}" + (f"  [{a.detail}]" if a.detail else ""))
            if a.duplicate_of:
                lines[-1] += f"  duplicate of {a.duplicate_of}"
        width = max((len(p.dropped or "") for p in a.paragraphs), default=0)
        for i, p in enumerate(a.paragraphs):
            text = p.text if len(p.text) <= 100 else p.text[:97] + "..."
            if p.dropped is None:
                lines.append(f"  {i:>3} KEEP {'':<{width}}  {text}")
            else:
                why = f"  [{p.detail}]" if p.detail else ""
                lines.append(f"  {i:>3} DROP {p.dropped:<{width}}  {text}{why}")
        return "\n".join(lines)


def explain(
    inputs: PathLike | Iterable[PathLike] | Source,
    *,
    pipeline: Pipeline | None = None,
    ids: Iterable[str] | None = None,
) -> list[Explanation]:
    """Run the pipeline over ``inputs`` and explain every article (or those in ``ids``)."""
    source = inputs if isinstance(inputs, Source) else read(inputs, on_bad_record="reject")
    wanted = set(ids) if ids is not None else None
    pipe = pipeline or default_pipeline()
    return [
        Explanation(a)
        for batch in pipe.run(source)
        for a in batch
        if wanted is None or a.id in wanted
    ]
