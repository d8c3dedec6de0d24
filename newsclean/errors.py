"""Exceptions raised by newsclean.

    NewscleanError              base of everything newsclean raises on purpose
    ├── InputError (ValueError)     an input path or record cannot be read; names it and says what to do
    ├── OutputError (OSError)       the output directory cannot be written or already exists
    └── StageError (RuntimeError)   a stage broke the stage contract (a bug, not bad data)

Each message says where (path, line) and how to fix it, so the CLI can print it as is.
"""

from __future__ import annotations

__all__ = ["NewscleanError", "InputError", "OutputError", "StageError"]


class NewscleanError(Exception):
    """Base class for errors newsclean raises deliberately."""


class InputError(NewscleanError, ValueError):
    """An input path or record cannot be read."""


class OutputError(NewscleanError, OSError):
    """The output cannot be written."""


class StageError(NewscleanError, RuntimeError):
    """A stage broke the stage contract."""
