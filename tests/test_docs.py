"""The README documents every command, schema field and reason code."""

from __future__ import annotations

import re

import pytest

from conftest import ROOT
from newsclean.cli import cli
from newsclean.pipeline import default_pipeline
from newsclean.schema import ARTICLES, REMOVED

README = (ROOT / "README.md").read_text(encoding="utf-8")


def all_reason_codes() -> set[str]:
    import importlib

    codes = set(importlib.import_module("newsclean.read").REASONS)
    for stage in default_pipeline().stages:
        codes.update(getattr(stage, "REASONS"))
    return codes


def readme_table_codes() -> set[str]:
    return set(re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", README, re.MULTILINE))


def test_docs_readme_starts_with_the_two_commands() -> None:
    commands = re.findall(r"^(python3 -m venv .+)$", README, re.MULTILINE)[:2]
    assert "newsclean clean seeds/" in commands[0]
    assert "pytest" in commands[1]


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_docs_readme_documents_command(command: str) -> None:
    assert f"newsclean {command}" in README


@pytest.mark.parametrize("field", [f"articles:{f.name}" for f in ARTICLES] + [f"removed:{f.name}" for f in REMOVED])
def test_docs_readme_documents_schema_field(field: str) -> None:
    table, name = field.split(":")
    section = README.split(f"### {table}.parquet")[1].split("###")[0]
    schema = ARTICLES if table == "articles" else REMOVED
    doc_type = str(schema.field(name).type)
    assert re.search(rf"^\| `{name}` \| {doc_type} \|", section, re.MULTILINE), name


def test_docs_every_reason_code_in_readme_table() -> None:
    assert all_reason_codes() <= readme_table_codes()


def test_docs_readme_lists_no_unknown_reason_code() -> None:
    assert readme_table_codes() <= all_reason_codes()
