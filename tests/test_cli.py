from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import SEEDS, read_table
from newsclean.cli import cli


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", ["clean", "explain", "schema", "report"])
def test_cli_help_ends_with_an_example(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"])
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_cli_clean_seeds(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["clean", str(SEEDS), "--out", str(tmp_path), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "articles: 5 read, 5 kept, 0 rejected" in result.output
    assert len(read_table(tmp_path / "articles.parquet")) == 5


def test_cli_missing_input_exit_1_names_path(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["clean", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "missing: no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_cli_usage_error_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["clean", str(SEEDS)])
    assert result.exit_code == 2
    assert "--out" in result.output


def test_cli_existing_output_needs_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    args = ["clean", str(SEEDS), "--out", str(tmp_path), "-q", "--workers", "1"]
    assert runner.invoke(cli, args).exit_code == 0
    again = runner.invoke(cli, args)
    assert again.exit_code == 1 and "--overwrite" in again.output
    assert runner.invoke(cli, [*args, "--overwrite"]).exit_code == 0


def test_cli_bad_record_default_error_then_reject(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Ein ganz normaler Artikel mit genug Text für die Sprache."}\n{broken\n', encoding="utf-8")
    result = runner.invoke(cli, ["clean", str(src), "--out", str(tmp_path / "o"), "--workers", "1"])
    assert result.exit_code == 1 and f"{src}:2: line is not valid JSON" in result.output
    assert not (tmp_path / "o" / "articles.parquet").exists()
    result = runner.invoke(cli, ["clean", str(src), "--out", str(tmp_path / "o"), "--on-bad-record=reject", "--workers", "1"])
    assert result.exit_code == 0
    removed = read_table(tmp_path / "o" / "removed.parquet")
    assert [(r["reason"], r["source"]) for r in removed] == [("input.malformed", f"{src}:2")]


def test_cli_explain_shows_keep_and_drop(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["explain", str(SEEDS / "004_900c80e9f77e3d38.txt")])
    assert result.exit_code == 0
    assert "KEEP" in result.output and "DROP repeat.paragraph" in result.output
    assert "DROP boilerplate.related_block" in result.output


def test_cli_schema_lists_fields(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])
    assert result.exit_code == 0 and "lang_prob" in result.output and "duplicate_of" in result.output


def test_cli_report_reprints_summary(runner: CliRunner, tmp_path: Path) -> None:
    runner.invoke(cli, ["clean", str(SEEDS), "--out", str(tmp_path), "-q", "--workers", "1"])
    result = runner.invoke(cli, ["report", str(tmp_path)])
    assert result.exit_code == 0 and "articles: 5 read" in result.output
    assert json.loads((tmp_path / "report.json").read_text())["articles"]["read"] == 5


def test_cli_python_dash_m_works(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "newsclean", "schema"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "articles.parquet" in done.stdout


def test_cli_resume_same_output_and_clean_errors(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(cli, ["clean", str(SEEDS), "--out", str(tmp_path / "plain"), "-q", "-j1"]).exit_code == 0
    result = runner.invoke(cli, ["clean", str(SEEDS), "--out", str(tmp_path / "r"), "-q", "-j1", "--resume"])
    assert result.exit_code == 0, result.output
    for name in ("articles.parquet", "removed.parquet", "report.json"):
        assert (tmp_path / "r" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()
    assert not (tmp_path / "r" / ".newsclean-work").exists()
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "Ein Artikel."}\n{broken\n', encoding="utf-8")
    result = runner.invoke(cli, ["clean", str(src), "--out", str(tmp_path / "o"), "-j1", "--resume"])
    assert result.exit_code == 1 and f"{src}:2: line is not valid JSON" in result.output


def test_cli_resume_needs_the_local_engine(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["clean", str(SEEDS), "--out", str(tmp_path), "--resume", "--engine", "ray"])
    assert result.exit_code == 2 and "--resume works with --engine local only" in result.output
