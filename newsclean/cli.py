"""The newsclean command line: a thin layer over the library.

Each command parses its options, calls one library function and turns newsclean's
errors into one clean line on stderr: exit 0 on success, 1 on error, 2 on misuse.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING

import click

from .errors import NewscleanError

if TYPE_CHECKING:
    from .report import Report

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _columns(_ctx: click.Context, _param: click.Parameter, values: tuple[str, ...]) -> dict[str, str]:
    mapping = {}
    for value in values:
        field, sep, column = value.partition("=")
        if not sep or not field or not column:
            raise click.BadParameter(f"{value!r} is not FIELD=COLUMN (for example text=body)")
        mapping[field] = column
    return mapping


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING if quiet or not verbose else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    # trafilatura and htmldate log every page they find nothing in; the reject reasons say it once.
    for name in ("trafilatura", "htmldate"):
        logging.getLogger(name).setLevel(logging.DEBUG if verbose >= 2 else logging.CRITICAL)


@click.group(context_settings=CONTEXT)
@click.version_option(package_name="newsclean")
def cli() -> None:
    """Turn raw news-article text into a clean, deduplicated, language-tagged Parquet corpus.

    \b
    Example:
      newsclean clean seeds/ --out out/
    """


@cli.command("clean")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", required=True, type=click.Path(file_okay=False), help="Output directory.")
@click.option("--overwrite", is_flag=True, help="Replace the outputs already in --out.")
@click.option("--resume", is_flag=True,
              help="Checkpoint each input file's work in --out and reuse what a killed run left there; same output.")
@click.option("-j", "--workers", type=click.IntRange(1), default=None, help="Worker processes (default: all cores).")
@click.option("--column", "columns", multiple=True, callback=_columns, metavar="FIELD=COLUMN",
              help="Read FIELD (text, id, title, url, site, published) from another column. Repeatable.")
@click.option("--on-bad-record", type=click.Choice(["raise", "reject"]), default="raise", show_default=True,
              help="On a malformed record: stop with an error, or record it in removed.parquet and go on.")
@click.option("--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True,
              help="local: processes on this machine; ray: a Ray cluster (pip install 'newsclean[ray]'), same output.")
@click.option("--address", default=None, metavar="ADDR",
              help="With --engine ray: the cluster to join (auto, or HOST:6379); default: start Ray on this machine.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no summary.")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def clean_command(inputs: tuple[str, ...], out: str, overwrite: bool, resume: bool, workers: int | None,
                  columns: dict[str, str], on_bad_record: str, engine: str, address: str | None,
                  quiet: bool, verbose: int) -> None:
    """Clean INPUT files, directories or globs (.txt, .jsonl, .parquet, .html, .warc; .gz/.bz2/.zst) into --out.

    Writes articles.parquet (kept articles), removed.parquet (every removed paragraph
    and article with its reason) and report.json (counts).

    \b
    Example:
      newsclean clean seeds/ feeds/*.jsonl.gz --out out/ --workers 2
      newsclean clean feeds/ --out out/ --resume      # again after a crash: goes on
      newsclean clean /shared/feeds/ --out /shared/out/ --engine ray --address auto
    """
    from .clean import clean
    from .pipeline import collect_garbage_rarely

    if address is not None and engine != "ray":
        raise click.UsageError("--address needs --engine ray")
    if resume and engine != "local":
        raise click.UsageError("--resume works with --engine local only")
    _setup_logging(verbose, quiet)
    collect_garbage_rarely()  # this process is newsclean's: with --workers 1 it does all the work
    bar = None
    if not quiet and sys.stderr.isatty() and engine == "local":
        from tqdm import tqdm

        bar = tqdm(unit=" articles", file=sys.stderr, dynamic_ncols=True)
    try:
        if engine == "ray":
            report = _clean_on_ray(list(inputs), out, overwrite, columns, on_bad_record, address, quiet)
        else:
            report = clean(
                list(inputs), out, workers=workers or os.cpu_count() or 1, overwrite=overwrite, resume=resume,
                columns=columns, on_bad_record=on_bad_record, progress=bar.update if bar else None,
            )
    except NewscleanError as err:
        raise click.ClickException(str(err)) from None
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(report.summary())
        click.echo(f"\nwrote {out}/articles.parquet, removed.parquet, report.json")


def _clean_on_ray(inputs: list[str], out: str, overwrite: bool, columns: dict[str, str], on_bad_record: str,
                  address: str | None, quiet: bool) -> Report:
    try:
        import newsclean.ray as on_ray
    except ImportError as err:
        raise click.ClickException(str(err)) from None
    if quiet:  # Ray's progress bars and its INFO lines on each dataset it runs
        import ray.data

        ray.data.DataContext.get_current().enable_progress_bars = False
        logging.getLogger("ray").setLevel(logging.WARNING)
    return on_ray.clean(inputs, out, overwrite=overwrite, columns=columns, on_bad_record=on_bad_record, address=address)


@cli.command("explain")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--id", "ids", multiple=True, help="Only the article with this id. Repeatable.")
def explain_command(inputs: tuple[str, ...], ids: tuple[str, ...]) -> None:
    """Show the decision on every paragraph: KEEP, or DROP with its reason and evidence.

    \b
    Example:
      newsclean explain seeds/000_b342b66c7c4bb8d1.txt
    """
    from .explain import explain

    try:
        explanations = explain(list(inputs), ids=ids or None)
    except NewscleanError as err:
        raise click.ClickException(str(err)) from None
    if ids and not explanations:
        raise click.ClickException(f"no article with id {', '.join(ids)} in {', '.join(inputs)}")
    click.echo("\n\n".join(str(e) for e in explanations))


@cli.command("schema")
def schema_command() -> None:
    """Print the documented schema of articles.parquet and removed.parquet.

    \b
    Example:
      newsclean schema
    """
    from .schema import ARTICLES, REMOVED, describe

    for name, schema in (("articles.parquet", ARTICLES), ("removed.parquet", REMOVED)):
        click.echo(name)
        for field, type_, doc in describe(schema):
            click.echo(f"  {field:<13} {type_:<7} {doc}")
        click.echo()


@cli.command("report")
@click.argument("out", type=click.Path(exists=True))
def report_command(out: str) -> None:
    """Print the summary of a finished run again, from its report.json.

    \b
    Example:
      newsclean report out/
    """
    from .report import Report

    try:
        report = Report.load(out)
    except (OSError, ValueError, KeyError) as err:
        raise click.ClickException(f"{out}: not a readable newsclean report ({err})") from None
    click.echo(report.summary())


def main() -> None:
    cli(prog_name="newsclean")
