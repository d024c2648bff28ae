"""The `watchdog-nlp` command: thin wrappers over the API, the scorer and the JSON Lines helpers."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from .errors import Errors, WatchdogError
from .io.jsonl import STDIO, read_json_lines
from .schema import Article, CaseRecord, parse_published

app = typer.Typer(
    help="Turn human-rights news about court rulings into normalised case records.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"watchdog-nlp {version('watchdog_nlp')}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Turn human-rights news about court rulings into normalised case records."""


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


@app.command()
def extract(
    sources: Annotated[
        list[str],
        typer.Argument(
            metavar="INPUT...",
            help="Articles: .txt/.html files, dumps in JSON Lines (.jsonl, .jsonl.gz, '-' for stdin), JSON arrays "
            "(.json), CSV/TSV with a header row (.csv, .tsv, also .gz), folders of .txt/.html pages, WARC/ARC archives.",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Publication date of the articles that give none (a .txt article, a dump of one day): 2021-01-22, "
            "22 January 2021, 22.01.2021, Unix seconds..."
        ),
    ] = None,
    date_order: Annotated[
        str | None,
        typer.Option(help="DMY or MDY: how to read numeric dates whose day and month could swap (03/04/2021)."),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Output by extension: .jsonl[.gz], .csv, .parquet; '-' is stdout.")
    ] = STDIO,
    db: Annotated[
        str | None, typer.Option(help="Store into a database instead: sqlite:///cases.db or postgresql+psycopg://...")
    ] = None,
    workers: Annotated[int, typer.Option("--workers", "--n-process", min=1, help="Worker processes.")] = 1,
    rejects: Annotated[
        str | None,
        typer.Option(
            help="JSON Lines file for inputs that cannot be read and articles that failed (source, line, reason, id, stage); each listed once across re-runs."
        ),
    ] = None,
    id_field: Annotated[str, typer.Option(help="Field (JSON) or column (CSV/TSV) holding the article id.")] = "id",
    text_field: Annotated[str, typer.Option(help="Field (JSON) or column (CSV/TSV) holding the text.")] = "text",
    published_field: Annotated[
        str, typer.Option(help="Field (JSON) or column (CSV/TSV) holding the publication date.")
    ] = "published",
    url_field: Annotated[str, typer.Option(help="Field (JSON) or column (CSV/TSV) holding the URL.")] = "url",
    encoding: Annotated[
        str | None,
        typer.Option(
            help="Encoding of text inputs (.txt, dumps): cp1251, latin-1, utf-16...; by default UTF-8, else detected and reported."
        ),
    ] = None,
    dask: Annotated[
        str | None, typer.Option(help="Spread extraction over a dask.distributed scheduler, e.g. tcp://host:8786.")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per batch (one database transaction each).")] = 64,
    force: Annotated[
        bool,
        typer.Option(help="Extract articles already done again: a database replaces their records, a file output starts anew."),
    ] = False,
    all_entities: Annotated[
        bool,
        typer.Option(
            "--all-entities",
            help="Run the model on every article, for its entities; by default articles without decision words skip it.",
        ),
    ] = False,
    no_entities: Annotated[
        bool,
        typer.Option("--no-entities", help="Write records only: no labelled entities (most of a JSON Lines output's bytes)."),
    ] = False,
) -> None:
    """Extract case records: every input, a single .txt article as much as a dump, streams into the
    output (one JSON line per article by default) or database, resuming where an earlier run
    stopped, with a summary at the end."""
    with _user_errors():
        default_date = parse_published(published, date_order=date_order)
        for source in sources:
            _require_input(source)
        if no_entities and all_entities:
            raise WatchdogError(Errors.E045)
        from .io.encodings import check_encoding

        encoding = check_encoding(encoding)
        from .batch import run_batch, run_dask
        from .io.readers import FieldNames
        from .io.writers import open_sink

        fields = FieldNames(
            id=id_field, text=text_field, published=published_field, url=url_field, date_order=date_order, encoding=encoding
        )
        options = {
            "fields": fields,
            "batch_size": batch_size,
            "rejects": rejects,
            "default_published": default_date,
            "force": force,
            "all_entities": all_entities,
            "entities": not no_entities,
        }
        with open_sink(output, db=db, force=force) as sink:
            if dask is not None:
                summary = run_dask(sources, sink, dask, **options)
            else:
                summary = run_batch(sources, sink, workers=workers, **options)
    typer.echo(summary.to_text(), err=True)
    if summary.rejected and rejects is None:
        typer.echo("the rejected inputs were not kept: pass --rejects FILE to list them", err=True)


@app.command()
def export(
    source: Annotated[
        str | None,
        typer.Argument(metavar="RESULTS", help="JSON Lines written by 'extract' (-o results.jsonl); or give --db."),
    ] = None,
    uwazi: Annotated[str, typer.Option("--uwazi", help="Write an Uwazi import CSV to this file.")] = ...,
    db: Annotated[
        str | None,
        typer.Option(help="Read the cases from this database (the URL 'extract --db' wrote to) instead of RESULTS."),
    ] = None,
    uwazi_ids: Annotated[
        str | None,
        typer.Option(help="CSV with case_id and id (Uwazi shared ID) of cases already imported: their rows update them."),
    ] = None,
) -> None:
    """Export extracted records for other tools; --uwazi writes a CSV that HURIDOCS' Uwazi imports
    (see docs/uwazi.md for the template), from a results file or straight from a case database."""
    from .io.uwazi import export_uwazi, read_shared_ids

    with _user_errors():
        if (source is None) == (db is None):
            raise WatchdogError(Errors.E044)
        if db is None:
            _require_input(source)
            records = _records_of(source)
        else:
            from .io.sql import stored_records

            records = stored_records(db)
        shared_ids = read_shared_ids(uwazi_ids) if uwazi_ids else None
        rows = export_uwazi(records, uwazi, shared_ids=shared_ids)
    typer.echo(f"cases: {rows}", err=True)


def _records_of(results_path: str) -> Iterator[tuple[Article, CaseRecord]]:
    """(article, record) pairs from an extract output file (one line per article)."""
    for _number, line in read_json_lines(results_path):
        article = Article(id=line.get("id"), text="", url=line.get("url"))
        for index, record in enumerate(line.get("records") or []):
            try:
                yield article, CaseRecord.model_validate(record)
            except ValidationError as err:
                raise WatchdogError(
                    Errors.E017.format(id=article.id, side="results", index=index, reason=err.errors()[0]["msg"])
                ) from None


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[str, typer.Argument(metavar="GOLD", help="Gold JSON Lines: id, text, published, records.")],
    errors: Annotated[bool, typer.Option("--errors", help="List every missed, spurious and wrong-slot record.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON (errors only with --errors).")] = False,
    n_process: Annotated[int, typer.Option(min=1, help="Worker processes for the pipeline.")] = 1,
    predictions: Annotated[
        str | None,
        typer.Option(
            help="Score these predictions (JSON Lines with id and records, as `extract` writes) instead of running the pipeline."
        ),
    ] = None,
) -> None:
    """Run the pipeline on a gold corpus (or take --predictions) and print record, person and slot
    scores, by the rules of the reference scorer."""
    from .evaluate import evaluate, score_files

    with _user_errors():
        _require_input(gold)
        if predictions is None:
            report = evaluate(gold, n_process=n_process)
        else:
            _require_input(predictions)
            report = score_files(gold, predictions)
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
