"""The watchdog-nlp command: user mistakes end in one coded line and exit code 2, never a traceback."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from watchdog_nlp.cli import app

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "watchdog-2021-01-22.txt"

runner = CliRunner()


def assert_user_error(result, *expected: str) -> None:
    """Exit 2, a single line on stderr containing every expected piece, no traceback anywhere."""
    assert result.exit_code == 2, result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    for piece in expected:
        assert piece in result.stderr


def test_cli_schema_prints_case_record_json_schema():
    """schema -> CaseRecord's JSON Schema, with "person" among its properties."""
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "person" in schema["properties"]
    assert "person" in schema["required"]


@pytest.mark.parametrize("name", ["nowhere.txt", "nowhere.jsonl", "nowhere.jsonl.gz"])
def test_cli_extract_missing_file(tmp_path, name):
    """extract on a missing file -> E002 naming it."""
    missing = str(tmp_path / name)
    assert_user_error(runner.invoke(app, ["extract", missing]), "E002", missing)


@pytest.mark.parametrize("value", ["not-a-date", "31/31/2021", "2021-02-30"])
def test_cli_extract_bad_published(value):
    """--published that is no complete date -> E001 naming the value, before any model loads."""
    assert_user_error(runner.invoke(app, ["extract", str(SEED), "--published", value]), "E001", value)


@pytest.mark.parametrize(
    "content, code",
    [
        ("not json\n", "E003"),
        ('{"id": "a", "text": "t"}\n', "E010"),
        ('{"id": "a", "records": []}\n', "E004"),
        ("", "E005"),
    ],
)
def test_cli_evaluate_bad_gold_file(tmp_path, content, code):
    """evaluate on a bad gold file -> its coded error and the file name."""
    path = tmp_path / "gold.jsonl"
    path.write_text(content, encoding="utf-8")
    assert_user_error(runner.invoke(app, ["evaluate", str(path)]), code, str(path))


def test_cli_evaluate_missing_file(tmp_path):
    """evaluate on a missing file -> E002."""
    assert_user_error(runner.invoke(app, ["evaluate", str(tmp_path / "gold.jsonl")]), "E002")


def test_cli_extract_txt_with_pipeline(nlp):
    """extract on the seed article -> one JSON line, its file name as id, records for Maks Boqaev."""
    result = runner.invoke(app, ["extract", str(SEED), "--published", "2021-01-22"])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.splitlines()
    output = json.loads(line)
    assert output["id"] == "watchdog-2021-01-22.txt"
    assert "Maks Boqaev" in {record["person"] for record in output["records"]}
    assert result.stderr.startswith("in: 1 = processed 1 ")


def test_cli_extract_txt_alone_or_with_others_one_shape(nlp, tmp_path):
    """A .txt article passed alone or beside another -> the same line for it: id, content hash,
    pipeline version, records and entities."""
    other = tmp_path / "other.txt"
    other.write_text("A court in Atyrau sentenced the blogger Talgat Ayan to five years in prison.", encoding="utf-8")
    alone = runner.invoke(app, ["extract", str(SEED), "--published", "2021-01-22"])
    together = runner.invoke(app, ["extract", str(other), str(SEED), "--published", "2021-01-22"])
    assert alone.exit_code == 0 and together.exit_code == 0, alone.output + together.output
    lines = together.stdout.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["other.txt", "watchdog-2021-01-22.txt"]
    assert lines[1] == alone.stdout.strip()
    assert sorted(json.loads(lines[1])) == ["content_hash", "entities", "id", "pipeline_version", "records"]


@pytest.mark.parametrize("flags", [["--no-entities"], ["--no-entities", "--workers", "2"]])
def test_cli_extract_no_entities(nlp, flags):
    """--no-entities -> the same records, and an empty entities list."""
    full = runner.invoke(app, ["extract", str(SEED), "--published", "2021-01-22"])
    lean = runner.invoke(app, ["extract", str(SEED), "--published", "2021-01-22", *flags])
    assert lean.exit_code == 0, lean.output
    full_line, lean_line = json.loads(full.stdout), json.loads(lean.stdout)
    assert full_line["entities"] and lean_line["entities"] == []
    assert lean_line["records"] == full_line["records"]


def test_cli_extract_no_entities_with_all_entities():
    """--no-entities with --all-entities -> E045, before any model loads."""
    assert_user_error(runner.invoke(app, ["extract", str(SEED), "--no-entities", "--all-entities"]), "E045")


def test_cli_extract_jsonl_with_pipeline(nlp, tmp_path, seed_text):
    """extract on JSONL -> one output line per article, in input order, and a summary on stderr."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "seed", "text": seed_text, "published": "2021-01-22"})
        + "\n"
        + json.dumps({"text": "Nothing happened in court today."})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["seed", "in:2"]
    assert "Maks Boqaev" in {record["person"] for record in lines[0]["records"]}
    assert result.stderr.startswith(
        "in: 2 = processed 1 + filtered (no decision words) 1 + skipped (already done) 0 + rejected 0; records: "
    )


def test_cli_extract_jsonl_bad_line_goes_to_rejects(nlp, tmp_path):
    """A bad JSONL line met mid-stream -> the run goes on, the line is in the rejects file, the summary counts it."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "A court in Atyrau."}\n{"text": \n', encoding="utf-8")
    rejects = tmp_path / "rejects.jsonl"
    result = runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "out.jsonl"), "--rejects", str(rejects)])
    assert result.exit_code == 0, result.output
    (reject,) = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert (reject["line"], reject["reason"].split(":")[0]) == (2, "malformed JSON")
    assert "in: 2 = processed 0 + filtered (no decision words) 1 + skipped (already done) 0 + rejected 1" in result.stderr


def test_cli_extract_dump_into_database_then_export_uwazi(nlp, tmp_path, dev_articles):
    """extract a dump into SQLite twice (the second run skips all), and results JSONL -> an Uwazi CSV."""
    source = tmp_path / "dump.jsonl"
    source.write_text("".join(json.dumps({k: a[k] for k in ("id", "text", "published")}) + "\n" for a in dev_articles[:3]))
    db = f"sqlite:///{tmp_path / 'cases.db'}"
    first = runner.invoke(app, ["extract", str(source), "--db", db])
    second = runner.invoke(app, ["extract", str(source), "--db", db])
    assert "processed 3" in first.stderr and "skipped (already done) 3" in second.stderr
    results, uwazi = tmp_path / "results.jsonl", tmp_path / "uwazi.csv"
    assert runner.invoke(app, ["extract", str(source), "-o", str(results)]).exit_code == 0
    exported = runner.invoke(app, ["export", str(results), "--uwazi", str(uwazi)])
    assert exported.exit_code == 0, exported.output
    header, *rows = uwazi.read_text(encoding="utf-8").splitlines()
    assert header.startswith("id,title,case_id,person")
    assert any("Maks Boqaev" in row for row in rows)


def test_cli_evaluate_dev_with_pipeline(nlp, dev_path):
    """evaluate on the dev corpus runs the pipeline and prints the table with F1, or the report as JSON."""
    table = runner.invoke(app, ["evaluate", str(dev_path), "--errors"])
    assert table.exit_code == 0, table.output
    assert "F1" in table.stdout
    assert "records" in table.stdout
    as_json = runner.invoke(app, ["evaluate", str(dev_path), "--json"])
    assert as_json.exit_code == 0, as_json.output
    report = json.loads(as_json.stdout)
    assert 0.0 <= report["records"]["f1"] <= 1.0
    assert "errors" not in report


def test_cli_version_prints_the_installed_version():
    """--version -> "watchdog-nlp X.Y.Z", the installed distribution's version, exit 0."""
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"watchdog-nlp {version('watchdog_nlp')}"


def test_cli_python_m_runs_the_same_command():
    """python -m watchdog_nlp schema -> the same JSON Schema as the console script."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "watchdog_nlp", "schema"], capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == json.loads(runner.invoke(app, ["schema"]).stdout)
