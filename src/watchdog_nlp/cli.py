"""The `watchdog-nlp` command: thin wrappers over the API, the scorer and the JSON Lines helpers."""

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from .errors import Errors, WatchdogError
from .io.jsonl import STDIO, read_articles, read_text_file, write_result, write_results
from .schema import ArticleResult, CaseRecord, parse_published

app = typer.Typer(
    help="Turn human-rights news about court rulings into normalised case records.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)

_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


@contextmanager
def _user_errors() -> Iterator[None]:
    """Report a WatchdogError as its one-line message and exit with code 2, without a traceback."""
    try:
        yield
    except WatchdogError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None


def _require_input(path: str) -> None:
    """Fail before loading any model when the input file is not there."""
    if path != STDIO and not Path(path).exists():
        raise WatchdogError(Errors.E002.format(path=path))


def _progress(results: Iterable[ArticleResult]) -> Iterable[ArticleResult]:
    """A progress bar on stderr when a person is watching it."""
    from tqdm import tqdm

    return tqdm(results, desc="extract", unit="article", file=sys.stderr, disable=not sys.stderr.isatty())


class _Totals:
    """Articles and records seen while results stream through."""

    def __init__(self) -> None:
        self.articles = 0
        self.records = 0

    def add(self, result: ArticleResult) -> ArticleResult:
        self.articles += 1
        self.records += len(result.records)
        return result

    def count(self, results: Iterable[ArticleResult]) -> Iterator[ArticleResult]:
        return map(self.add, results)


@app.command()
def extract(
    source: Annotated[
        str,
        typer.Argument(
            metavar="INPUT",
            help="A .txt article, or JSON Lines (.jsonl, .jsonl.gz, '-' for stdin) with id, text, published.",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(help="Publication date (ISO 8601) of a .txt article, or of JSONL articles that give none."),
    ] = None,
    output: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' is stdout; .gz compresses).")] = STDIO,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes for JSONL input.")] = 1,
) -> None:
    """Extract case records: pretty JSON for a .txt article, one JSON line per article for JSONL."""
    totals = _Totals()
    with _user_errors():
        default_date = parse_published(published)
        _require_input(source)
        from . import api

        if source == STDIO or source.endswith(_JSONL_SUFFIXES):
            articles = (
                article if article.published else article.model_copy(update={"published": default_date})
                for article in read_articles(source)
            )
            results = api.extract_many(articles, n_process=n_process)
            write_results(totals.count(_progress(results)), output)
        else:
            article = read_text_file(source)
            write_result(totals.add(api.extract(article.text, default_date, id=article.id)), output)
    typer.echo(f"articles: {totals.articles}, records: {totals.records}", err=True)


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[str, typer.Argument(metavar="GOLD", help="Gold JSON Lines: id, text, published, records.")],
    errors: Annotated[
        bool, typer.Option("--errors", help="List every missed, spurious and wrong-slot record.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the report as JSON (errors only with --errors).")
    ] = False,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes for the pipeline.")] = 1,
) -> None:
    """Run the pipeline on a gold corpus and print record, person and slot scores."""
    from .evaluate import evaluate

    with _user_errors():
        _require_input(gold)
        report = evaluate(gold, n_process=n_process)
    if as_json:
        typer.echo(json.dumps(report.model_dump(mode="json", exclude=None if errors else {"errors"}), indent=2))
    else:
        typer.echo(report.to_text(errors=errors))


@app.command()
def schema() -> None:
    """Print the JSON Schema of a case record."""
    typer.echo(json.dumps(CaseRecord.model_json_schema(), indent=2))


def main() -> None:
    """Console-script entry point."""
    app()
