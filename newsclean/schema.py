"""The Arrow schemas of the output files, and Article -> row conversion.

One fixed schema per file whatever the input, so corpora written by different runs
concatenate. Each field carries its documentation in the field metadata (``doc``);
``newsclean schema`` prints it and the README's schema table is checked against it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyarrow as pa

from .article import Article

__all__ = ["ARTICLES", "REMOVED", "describe", "article_row", "removed_rows"]


def _field(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


ARTICLES = pa.schema(
    [
        _field("id", pa.string(), "The input's id, else the file name (txt) or a hash of the text.", False),
        _field("source", pa.string(), "Where the record came from: `path` or `path:line` / `path:row`.", False),
        _field("title", pa.string(), "Title from the input record, if any."),
        _field("url", pa.string(), "URL from the input record, if any."),
        _field("site", pa.string(), "Publisher/domain: the input's `site`, else the URL's host without `www.`."),
        _field("published", pa.string(), "Publication date as given in the input."),
        _field("lang", pa.string(), "ISO 639-1 language of the kept text (seeded langdetect); `und` if undeterminable.", False),
        _field("lang_prob", pa.float64(), "langdetect's probability for `lang` (0 for `und`, and for a language told by its script alone)."),
        _field("text", pa.string(), "The kept paragraphs, joined by a blank line.", False),
        _field("paragraphs", pa.int32(), "Number of kept paragraphs.", False),
        _field("cluster_id", pa.string(), "Id of the surviving article of this article's near-duplicate cluster (itself if unique)."),
        _field("cluster_size", pa.int32(), "Number of input articles in the cluster (1 if unique)."),
        _field("extra", pa.string(), "Input fields newsclean does not know, carried through as a JSON object."),
    ],
    metadata={"doc": "articles.parquet: one row per kept article, in input order."},
)

REMOVED = pa.schema(
    [
        _field("id", pa.string(), "Id of the article the removed text belongs to.", False),
        _field("source", pa.string(), "Where the article came from (`path`, `path:line`).", False),
        _field("level", pa.string(), "`paragraph` (one line dropped) or `article` (the whole record rejected).", False),
        _field("index", pa.int32(), "Paragraph position in the article (0-based); null for `article` rows."),
        _field("reason", pa.string(), "Reason code (see the README's table), e.g. `boilerplate.cookie_banner`.", False),
        _field("text", pa.string(), "The removed text; for `article` rows, the paragraphs that were still kept.", False),
        _field("detail", pa.string(), "Evidence for the decision, e.g. the matched cue or the similarity."),
        _field("duplicate_of", pa.string(), "For `duplicate.article`: id of the copy that was kept."),
    ],
    metadata={"doc": "removed.parquet: one row per removed paragraph or rejected article, in input order."},
)


def describe(schema: pa.Schema) -> list[tuple[str, str, str]]:
    """(name, type, doc) for every field: the schema as documentation."""
    return [(f.name, str(f.type), f.metadata[b"doc"].decode()) for f in schema]


def article_row(article: Article) -> dict[str, object]:
    """The ``articles.parquet`` row of a kept article."""
    kept = [p.text for p in article.paragraphs if p.dropped is None]
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "url": article.url,
        "site": article.site,
        "published": article.published,
        "lang": article.lang or "und",
        "lang_prob": article.lang_prob,
        "text": "\n\n".join(kept),
        "paragraphs": len(kept),
        "cluster_id": article.cluster_id if article.cluster_id is not None else article.id,
        "cluster_size": article.cluster_size if article.cluster_size is not None else 1,
        "extra": article.extra,
    }


def removed_rows(article: Article) -> Iterator[dict[str, object]]:
    """The ``removed.parquet`` rows of an article: its dropped paragraphs, then itself if rejected."""
    for index, p in enumerate(article.paragraphs):
        if p.dropped is not None:
            yield {
                "id": article.id,
                "source": article.source,
                "level": "paragraph",
                "index": index,
                "reason": p.dropped,
                "text": p.text,
                "detail": p.detail,
                "duplicate_of": None,
            }
    if article.rejected is not None:
        yield {
            "id": article.id,
            "source": article.source,
            "level": "article",
            "index": None,
            "reason": article.rejected,
            "text": article.text,
            "detail": article.detail,
            "duplicate_of": article.duplicate_of,
        }
