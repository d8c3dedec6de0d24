"""Articles as Arrow rows: the form in which the distributed engine stores and moves them.

An Article is a frozen record of Paragraphs; between Ray Data operators it travels as one
row of ``ROWS``, with a ``seq`` column that orders rows as the local engine would see them
(input file, then position in the file). Stages still work on Article objects: a batch is
turned into articles, run through the library's own stage code, and turned back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pyarrow as pa

from ..article import Article, Batch, Paragraph
from ..errors import StageError
from ..pipeline import LocalStage, _apply_segment

__all__ = ["ROWS", "to_table", "from_table", "map_articles", "apply_segment", "FILE_BITS"]

# seq = file index << FILE_BITS | position in the file: room for 2**40 records a file.
FILE_BITS = 40

_PARAGRAPH = pa.struct([("text", pa.string()), ("dropped", pa.string()), ("detail", pa.string())])
# Every Article field, in declaration order, with its Arrow type.
_FIELDS: tuple[tuple[str, pa.DataType], ...] = (
    ("id", pa.string()),
    ("source", pa.string()),
    ("paragraphs", pa.list_(_PARAGRAPH)),
    ("title", pa.string()),
    ("url", pa.string()),
    ("site", pa.string()),
    ("published", pa.string()),
    ("lang", pa.string()),
    ("lang_prob", pa.float64()),
    ("rejected", pa.string()),
    ("detail", pa.string()),
    ("duplicate_of", pa.string()),
    ("cluster_id", pa.string()),
    ("cluster_size", pa.int32()),
    ("extra", pa.string()),
    ("signature", pa.binary()),
)
ROWS = pa.schema([pa.field("seq", pa.int64(), nullable=False), *(pa.field(n, t) for n, t in _FIELDS)])
_SCALARS = tuple(name for name, _ in _FIELDS if name != "paragraphs")


def to_table(seqs: Sequence[int], articles: Sequence[Article]) -> pa.Table:
    """Articles and their sequence numbers as a table of ``ROWS``."""
    columns: dict[str, list[object]] = {"seq": list(seqs)}
    for name in _SCALARS:
        columns[name] = [getattr(a, name) for a in articles]
    columns["paragraphs"] = [
        [{"text": p.text, "dropped": p.dropped, "detail": p.detail} for p in a.paragraphs] for a in articles
    ]
    return pa.table({f.name: pa.array(columns[f.name], f.type) for f in ROWS}, schema=ROWS)


def from_table(table: pa.Table) -> tuple[list[int], Batch]:
    """Sequence numbers and Articles of a table of ``ROWS``."""
    seqs = table.column("seq").to_pylist()
    scalars = {name: table.column(name).to_pylist() for name in _SCALARS}
    paragraphs = table.column("paragraphs").to_pylist()
    articles = [
        Article(
            paragraphs=tuple(Paragraph(p["text"], p["dropped"], p["detail"]) for p in paragraphs[i]),
            **{name: values[i] for name, values in scalars.items()},  # type: ignore[arg-type]
        )
        for i in range(len(seqs))
    ]
    return seqs, articles


def map_articles(table: pa.Table, fn: Callable[[Batch], Batch]) -> pa.Table:
    """Run ``fn`` on the articles of a table; it must return the same articles, in order."""
    seqs, articles = from_table(table)
    out = fn(articles)
    if [a.id for a in out] != [a.id for a in articles]:
        raise StageError("a stage dropped or reordered articles. Stages must mark articles (article.reject), never remove them.")
    return to_table(seqs, out)


def apply_segment(table: pa.Table, segment: tuple[LocalStage, ...]) -> pa.Table:
    """A run of article-local stages over one block: the local runner's own code."""
    return map_articles(table, lambda batch: _apply_segment(segment, batch))
