"""The watchdog-nlp command reads publication dates as the API does; --date-order for 03/04/2021."""

import json

import pytest
from typer.testing import CliRunner

from watchdog_nlp.cli import app

runner = CliRunner()
ARTICLE = "On March 3, a court in Almaty sentenced activist Erlan Omarov to five years in prison."


@pytest.mark.parametrize(
    "published, order, expected",
    [
        ("2021-03-10", None, "2021-03-03"),
        ("10 March 2021", None, "2021-03-03"),
        ("2021-03-10T09:00:00Z", None, "2021-03-03"),
        ("1615370400", None, "2021-03-03"),
        ("03/10/2021", None, "2021-03-03"),
        ("01/04/2021", None, "2020-03-03"),
        ("01/04/2021", "DMY", "2021-03-03"),
    ],
)
def test_cli_txt_published_forms(nlp, tmp_path, published, order, expected):
    """--published in any common form (and --date-order) -> the ruling date it anchors."""
    path = tmp_path / "omarov.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    options = ["--published", published] + (["--date-order", order] if order else [])
    result = runner.invoke(app, ["extract", str(path), *options])
    assert result.exit_code == 0, result.output
    [record] = json.loads(result.stdout)["records"]
    assert record["ruling_date"] == expected


def test_cli_txt_without_published_says_so(nlp, tmp_path):
    path = tmp_path / "omarov.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["records"][0]["ruling_date"] is None
    assert "undated: 1 " in result.stderr and "--published sets one" in result.stderr


def test_cli_dump_date_order_and_unreadable_date(nlp, tmp_path):
    """a dump with --date-order DMY: 10/03/2021 is 10 March; an unreadable date leaves its article undated, not lost."""
    dump = tmp_path / "dump.jsonl"
    lines = [{"id": "a", "text": ARTICLE, "published": "10/03/2021"}, {"id": "b", "text": ARTICLE, "published": "Tuesday"}]
    dump.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(dump), "-o", str(out), "--date-order", "DMY"])
    assert result.exit_code == 0, result.output
    dates = {row["id"]: [r["ruling_date"] for r in row["records"]] for row in map(json.loads, out.read_text().splitlines())}
    assert dates == {"a": ["2021-03-03"], "b": [None]}
    assert "undated: 1 " in result.stderr  # the summary counts the article read without a date


@pytest.mark.parametrize("order", ["YMD", "dmy"])
def test_cli_bad_date_order(order):
    """--date-order other than DMY or MDY -> E019 in one line, before any model loads."""
    result = runner.invoke(app, ["extract", "whatever.txt", "--date-order", order])
    assert result.exit_code == 2 and "[E019]" in result.stderr and "Traceback" not in result.output
