"""The data model: an Article is a frozen record made of Paragraphs.

Stages never delete anything: they return new records in which paragraphs are
marked ``dropped`` and articles ``rejected``, each with a reason code, so the
writer can account for every input line and ``explain()`` can show every decision.
"""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

__all__ = ["Article", "Paragraph", "split_paragraphs", "Batch"]


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One line of an article's text and the decision taken on it."""

    text: str
    dropped: str | None = None  # reason code; None = kept
    detail: str | None = None  # human-readable evidence for explain()

    @property
    def kept(self) -> bool:
        return self.dropped is None

    def __reduce__(self) -> tuple[type[Paragraph], tuple[str, str | None, str | None]]:
        # Positional pickling: several times cheaper than the slots dataclass default,
        # and paragraphs cross a process boundary or a spill file at every batch.
        return (Paragraph, (self.text, self.dropped, self.detail))


@dataclass(frozen=True, slots=True)
class Article:
    """One input record: its paragraphs, its metadata and the decisions taken on it."""

    id: str
    source: str  # "feeds/2024-05.jsonl:118": named in every error and reject
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    url: str | None = None
    site: str | None = None  # publisher/domain: scope for cross-article repetition
    published: str | None = None
    lang: str | None = None
    lang_prob: float | None = None
    rejected: str | None = None  # reason code; None = kept
    detail: str | None = None  # evidence for the rejection, for explain()
    duplicate_of: str | None = None  # id of the surviving copy, for duplicate.article
    cluster_id: str | None = None  # id of the survivor of this article's duplicate cluster
    cluster_size: int | None = None
    extra: str | None = None  # unknown input fields, carried through as a JSON object
    signature: bytes | None = field(default=None, repr=False)  # MinHash of the kept text, set by SignArticles

    @property
    def kept(self) -> bool:
        return self.rejected is None

    def __reduce__(self) -> tuple[Callable[..., Article], tuple[object, ...]]:
        # The paragraphs as columns (texts, reasons, details), a column of Nones left out:
        # one object per article instead of one reduce per paragraph, so pickling a batch
        # (to and from workers, to spill files) is about twice as fast.
        paragraphs = self.paragraphs
        texts = tuple([p.text for p in paragraphs])
        dropped = tuple([p.dropped for p in paragraphs])
        details = tuple([p.detail for p in paragraphs])
        if dropped.count(None) == len(dropped):
            dropped = None  # type: ignore[assignment]
        if details.count(None) == len(details):
            details = None  # type: ignore[assignment]
        fields = _article_fields(self)
        return (_unpickle_article, (texts, dropped, details, fields[:2], fields[3:]))

    @property
    def text(self) -> str:
        """The kept paragraphs joined by a blank line: the article as it is written out."""
        return _SEPARATOR.join([p.text for p in self.paragraphs if p.dropped is None])

    @property
    def text_length(self) -> int:
        """``len(self.text)`` without joining the text (survivor ranking needs only this)."""
        lengths = [len(p.text) for p in self.paragraphs if p.dropped is None]
        return sum(lengths) + len(_SEPARATOR) * (len(lengths) - 1) if lengths else 0

    def kept_paragraphs(self) -> Iterator[tuple[int, Paragraph]]:
        """(index, paragraph) for every paragraph no stage has dropped yet."""
        return ((i, p) for i, p in enumerate(self.paragraphs) if p.dropped is None)

    def reject(self, reason: str, detail: str | None = None, **fields: object) -> Article:
        """This article marked rejected (the first rejection wins)."""
        if self.rejected is not None:
            return self
        return self.replace(rejected=reason, detail=detail, **fields)

    def drop(self, decisions: Mapping[int, str | tuple[str, str]]) -> Article:
        """This article with paragraphs dropped: ``{index: reason}`` or ``{index: (reason, detail)}``.

        A paragraph that is already dropped keeps its first reason.
        """
        if not decisions:
            return self
        paragraphs = list(self.paragraphs)
        for index, decision in decisions.items():
            reason, detail = (decision, None) if isinstance(decision, str) else decision
            if paragraphs[index].dropped is None:
                paragraphs[index] = _paragraph(paragraphs[index].text, reason, detail)
        return self.replace(paragraphs=tuple(paragraphs))

    def map_text(self, fn: Callable[[str], str]) -> Article:
        """This article with ``fn`` applied to the text of every paragraph (itself when no text changes)."""
        paragraphs = tuple(
            p if (new := fn(p.text)) == p.text else _paragraph(new, p.dropped, p.detail)
            for p in self.paragraphs
        )
        if all(map(operator.is_, paragraphs, self.paragraphs)):
            return self  # records are frozen: the same record serves, and most articles need no repair
        return self.replace(paragraphs=paragraphs)

    def replace(self, **fields: object) -> Article:
        """This article with ``fields`` changed: ``dataclasses.replace``, several times faster."""
        values = list(_article_fields(self))
        for name, value in fields.items():
            index = _FIELD_INDEX.get(name)
            if index is None:
                raise TypeError(f"Article has no field(s) {', '.join(sorted(set(fields) - _FIELD_INDEX.keys()))}")
            values[index] = value
        return _article(values) if type(self) is Article else type(self)(*values)


Batch = list[Article]
_SEPARATOR = "\n\n"  # between kept paragraphs in ``Article.text``


def _unpickle_article(
    texts: tuple[str, ...],
    dropped: tuple[str | None, ...] | None,
    details: tuple[str | None, ...] | None,
    head: tuple[object, ...],
    tail: tuple[object, ...],
) -> Article:
    if dropped is None and details is None:
        paragraphs = tuple(map(_kept_paragraph, texts))
    else:
        nones = (None,) * len(texts)
        paragraphs = tuple(map(_paragraph, texts, dropped or nones, details or nones))
    return _article((*head, paragraphs, *tail))


# Records are built at every stage and every process boundary, and a frozen dataclass's
# ``__init__`` sets each field through ``object.__setattr__``. Setting the slots directly
# (their descriptors' ``__set__``, as ``object.__setattr__`` ends up doing) builds the
# same record about twice as fast for a paragraph, a third faster for an article.
_new = object.__new__
_set_text, _set_dropped, _set_detail = Paragraph.text.__set__, Paragraph.dropped.__set__, Paragraph.detail.__set__  # type: ignore[attr-defined]


def _paragraph(text: str, dropped: str | None, detail: str | None) -> Paragraph:
    """``Paragraph(text, dropped, detail)``, built faster."""
    p = _new(Paragraph)
    _set_text(p, text)
    _set_dropped(p, dropped)
    _set_detail(p, detail)
    return p


def _kept_paragraph(text: str) -> Paragraph:
    """``Paragraph(text)``, built faster."""
    p = _new(Paragraph)
    _set_text(p, text)
    _set_dropped(p, None)
    _set_detail(p, None)
    return p


def _article(values: Iterable[object]) -> Article:
    """``Article(*values)``, every field given in order, built faster."""
    article = _new(Article)
    for set_field, value in zip(_ARTICLE_SETTERS, values):
        set_field(article, value)
    return article


_ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
_article_fields = operator.attrgetter(*_ARTICLE_FIELDS)  # an article's field values, in order
_FIELD_INDEX = {name: i for i, name in enumerate(_ARTICLE_FIELDS)}
_ARTICLE_SETTERS = tuple(getattr(Article, name).__set__ for name in _ARTICLE_FIELDS)


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """Split text into paragraphs: every non-blank line is one paragraph.

    ``str.splitlines`` also breaks on U+2028/U+2029 and other Unicode line ends, and
    ``str.isspace`` counts no-break spaces as blank, so lines holding only those vanish.
    Surrounding whitespace is stripped; nothing else is changed (that is Normalize's job).
    """
    # A line is blank exactly when stripping leaves nothing (strip and isspace agree on
    # what whitespace is), so filtering the stripped lines is the same, and one pass.
    return tuple(map(_kept_paragraph, filter(None, map(str.strip, text.splitlines()))))
