"""newsclean: turn raw news-article text into a clean, deduplicated, language-tagged corpus.

    >>> import newsclean
    >>> report = newsclean.clean("seeds/", "out/")                     # doctest: +SKIP
    >>> for batch in newsclean.default_pipeline().run(newsclean.read("seeds/")):  # doctest: +SKIP
    ...     print([a.text[:40] for a in batch])
"""

from __future__ import annotations

import logging

from .article import Article, Batch, Paragraph, split_paragraphs
from .boilerplate import StripBoilerplate
from .clean import clean
from .dedup import DropRepeatedParagraphs
from .errors import InputError, NewscleanError, OutputError, StageError
from .explain import Explanation, explain
from .interop import DatasetsCleaner, clean_table, datasets_cleaner, iter_batches
from .language import DetectLanguage
from .normalize import Normalize
from .pipeline import ArticleStage, Pipeline, RejectEmpty, Stage, default_pipeline
from .read import Source, from_records, read
from .report import Report
from .write import write

__all__ = [
    "Article",
    "ArticleStage",
    "Batch",
    "DatasetsCleaner",
    "DetectLanguage",
    "DropRepeatedParagraphs",
    "Explanation",
    "InputError",
    "NewscleanError",
    "Normalize",
    "OutputError",
    "Paragraph",
    "Pipeline",
    "RejectEmpty",
    "Report",
    "Source",
    "Stage",
    "StageError",
    "StripBoilerplate",
    "clean",
    "clean_table",
    "datasets_cleaner",
    "default_pipeline",
    "explain",
    "from_records",
    "iter_batches",
    "read",
    "split_paragraphs",
    "write",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())
