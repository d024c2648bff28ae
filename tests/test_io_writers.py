"""File sinks: JSON Lines, CSV and Parquet written batch by batch, read back, and resumed."""

import csv
import datetime as dt
import gzip
import hashlib
import json
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import watchdog_nlp
from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io import writers
from watchdog_nlp.io.writers import (
    FLAT_COLUMNS,
    CsvSink,
    JsonlSink,
    ParquetSink,
    content_hash,
    csv_cell,
    csv_uncell,
    flat_rows,
    format_penalty,
    open_sink,
    pipeline_version,
)
from watchdog_nlp.schema import (
    Article,
    ArticleResult,
    CaseRecord,
    Entity,
    Evidence,
    Fine,
    Penalty,
)

BOQAEV_TEXT = "ATYRAU, Kazakhstan -- A court in Atyrau has imposed three years of restricted freedom on activist Maks Boqaev, 48."
SOLOVYOV_TEXT = (
    "A Moscow court on June 10 sentenced journalist Pavel Solovyov to five years in prison and "
    "fined him 20,000 rubles on charges of spreading false information under Article 207.3."
)
QUIET_TEXT = "Rights groups held a conference in Vilnius on Tuesday."

BOQAEV = Article(id="kz-1", text=BOQAEV_TEXT, published=dt.date(2021, 1, 22), url="https://example.org/kz-1")
SOLOVYOV = Article(id="ru-7", text=SOLOVYOV_TEXT, published=dt.date(2020, 6, 12))
QUIET = Article(id="lt-3", text=QUIET_TEXT, published=None)

BOQAEV_RESULT = ArticleResult(
    id="kz-1",
    records=[
        CaseRecord(
            person="Maks Boqaev",
            role="activist",
            age=48,
            court_city="Atyrau",
            country="KZ",
            ruling="restriction",
            ruling_date="2021-01-22",
            sentence=[Penalty(kind="restricted_freedom", duration="P3Y")],
            evidence=Evidence(article_id="kz-1", spans=((0, 112),)),
        )
    ],
    entities=[Entity(label="PERSON", text="Maks Boqaev", start=99, end=110, value="Maks Boqaev")],
)
SOLOVYOV_RESULT = ArticleResult(
    id="ru-7",
    records=[
        CaseRecord(
            person="Pavel Solovyov",
            role="journalist",
            court="Moscow court",
            court_city="Moscow",
            country="RU",
            ruling="sentenced",
            ruling_date="2020-06-10",
            charges=["false_information", "extremism"],
            sentence=[
                Penalty(kind="prison", duration="P5Y"),
                Penalty(kind="fine", fine=Fine(amount=20000, currency="RUB")),
            ],
            code_articles=["Article 207.3"],
            evidence=Evidence(article_id="ru-7", spans=((0, 80), (81, 162))),
        )
    ],
)
QUIET_RESULT = ArticleResult(id="lt-3")

FIRST_BATCH = [(BOQAEV, BOQAEV_RESULT), (QUIET, QUIET_RESULT)]
SECOND_BATCH = [(SOLOVYOV, SOLOVYOV_RESULT)]
ALL_DONE = {(a.id, content_hash(a)) for a, _ in FIRST_BATCH + SECOND_BATCH}


def write_two_batches(sink_class, path: Path) -> None:
    with sink_class(path) as sink:
        sink.write(FIRST_BATCH)
        sink.write(SECOND_BATCH)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_io_writers_content_hash_is_sha256_prefix():
    """Article text -> first 16 hex digits of its SHA-256; the id and date do not change it."""
    expected = hashlib.sha256(BOQAEV_TEXT.encode("utf-8")).hexdigest()[:16]
    assert content_hash(BOQAEV) == expected
    assert content_hash(Article(id="other", text=BOQAEV_TEXT)) == expected
    assert len(expected) == 16


@pytest.mark.parametrize(
    ("penalty", "expected"),
    [
        (Penalty(kind="prison", duration="P5Y"), "prison P5Y"),
        (Penalty(kind="fine", fine=Fine(amount=20000, currency="RUB")), "fine 20000 RUB"),
        (Penalty(kind="fine", fine=Fine(amount=1500.5)), "fine 1500.5"),
        (Penalty(kind="ban"), "ban"),
        (Penalty(kind="suspended", duration="P3Y6M"), "suspended P3Y6M"),
    ],
)
def test_io_writers_format_penalty(penalty, expected):
    """Penalty -> compact "kind duration amount currency", empty parts left out."""
    assert format_penalty(penalty) == expected


def test_io_writers_flat_rows_article_without_records_keeps_one_bare_row():
    """An article with no records -> one row: article columns filled, record columns None."""
    (row,) = flat_rows(QUIET, QUIET_RESULT)
    assert row["article_id"] == "lt-3"
    assert row["content_hash"] == content_hash(QUIET)
    assert all(row[name] is None for name in FLAT_COLUMNS[4:-1])
    assert row["filtered"] is False


def test_io_writers_csv_round_trip_flattens_records(tmp_path):
    """Two batches -> one header, one row per record plus a bare row for the quiet article."""
    path = tmp_path / "records.csv"
    write_two_batches(CsvSink, path)
    assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(FLAT_COLUMNS)
    rows = read_csv(path)
    assert [r["article_id"] for r in rows] == ["kz-1", "lt-3", "ru-7"]
    boqaev, quiet, solovyov = rows
    picked = ("url", "published", "person", "age", "penalty_kind", "penalty_duration", "fine_amount", "evidence")
    assert {name: boqaev[name] for name in picked} == {
        "url": "https://example.org/kz-1",
        "published": "2021-01-22",
        "person": "Maks Boqaev",
        "age": "48",
        "penalty_kind": "restricted_freedom",
        "penalty_duration": "P3Y",
        "fine_amount": "",
        "evidence": "0-112",
    }
    assert quiet["content_hash"] == content_hash(QUIET)
    assert quiet["person"] == quiet["ruling"] == quiet["published"] == ""
    assert [r["filtered"] for r in rows] == ["false", "false", "false"]
    assert {name: solovyov[name] for name in FLAT_COLUMNS[4:-2]} == {
        "person": "Pavel Solovyov",
        "role": "journalist",
        "age": "",
        "court": "Moscow court",
        "court_city": "Moscow",
        "country": "RU",
        "ruling": "sentenced",
        "ruling_date": "2020-06-10",
        "charges": "false_information|extremism",
        "penalty_kind": "prison",
        "penalty_duration": "P5Y",
        "fine_amount": "20000",
        "fine_currency": "RUB",
        "penalties": "prison P5Y|fine 20000 RUB",
        "code_articles": "Article 207.3",
        "evidence": "0-80|81-162",
    }


def test_io_writers_csv_resume_appends_under_one_header(tmp_path):
    """Reopening an existing CSV -> done() lists what was written; new rows go under the same header."""
    path = tmp_path / "records.csv"
    with CsvSink(path) as sink:
        sink.write(FIRST_BATCH)
    with CsvSink(path) as sink:
        assert sink.done() == {("kz-1", content_hash(BOQAEV)), ("lt-3", content_hash(QUIET))}
        sink.write(SECOND_BATCH)
        assert sink.done() == ALL_DONE
    lines = path.read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("article_id,") for line in lines) == 1
    assert [r["person"] for r in read_csv(path)] == ["Maks Boqaev", "", "Pavel Solovyov"]


def test_io_writers_csv_other_header_is_refused(tmp_path):
    """An existing CSV with other columns -> WatchdogError E051 rather than a mixed file."""
    path = tmp_path / "records.csv"
    path.write_text("name,verdict\nBoqaev,restriction\n", encoding="utf-8")
    with pytest.raises(WatchdogError, match=r"^\[E051\]"):
        CsvSink(path)


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_io_writers_jsonl_round_trip(tmp_path, name):
    """records.jsonl / .jsonl.gz -> one line per article: id, content_hash, records, entities."""
    path = tmp_path / name
    write_two_batches(JsonlSink, path)
    opener = gzip.open if name.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as stream:
        lines = [json.loads(line) for line in stream]
    assert [list(line) for line in lines] == [["id", "content_hash", "pipeline_version", "records", "entities"]] * 3
    assert {line["pipeline_version"] for line in lines} == {pipeline_version()}
    assert [(line["id"], line["content_hash"]) for line in lines] == [
        ("kz-1", content_hash(BOQAEV)),
        ("lt-3", content_hash(QUIET)),
        ("ru-7", content_hash(SOLOVYOV)),
    ]
    assert lines[0]["entities"][0]["text"] == "Maks Boqaev"
    assert lines[1]["records"] == []
    assert lines[2]["records"][0]["sentence"][1] == {
        "kind": "fine",
        "duration": None,
        "fine": {"amount": 20000.0, "currency": "RUB"},
    }


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_io_writers_jsonl_resume_reads_back_done(tmp_path, name):
    """Reopening a JSON Lines output -> done() holds the earlier run's ids and hashes; appends keep them."""
    path = tmp_path / name
    with JsonlSink(path) as sink:
        sink.write(FIRST_BATCH)
    with JsonlSink(path) as sink:
        assert sink.done() == {("kz-1", content_hash(BOQAEV)), ("lt-3", content_hash(QUIET))}
        sink.write(SECOND_BATCH)
    with JsonlSink(path) as sink:
        assert sink.done() == ALL_DONE


def test_io_writers_jsonl_stdout(capsys):
    """ "-" -> JSON Lines on stdout, which stays open after close()."""
    with open_sink("-") as sink:
        sink.write(SECOND_BATCH)
        assert sink.done() == {("ru-7", content_hash(SOLOVYOV))}
    line = json.loads(capsys.readouterr().out)
    assert (line["id"], line["records"][0]["person"]) == ("ru-7", "Pavel Solovyov")


def test_io_writers_parquet_round_trip_row_group_per_batch(tmp_path):
    """Two batches -> two row groups, typed columns (date, int32, float64) with the flat values."""
    path = tmp_path / "records.parquet"
    write_two_batches(ParquetSink, path)
    parquet = pq.ParquetFile(path)
    assert parquet.num_row_groups == 2
    assert parquet.schema_arrow.names == list(FLAT_COLUMNS)
    rows = parquet.read().to_pylist()
    assert [r["article_id"] for r in rows] == ["kz-1", "lt-3", "ru-7"]
    boqaev, quiet, solovyov = rows
    assert (boqaev["published"], boqaev["age"], boqaev["penalty_duration"]) == (dt.date(2021, 1, 22), 48, "P3Y")
    assert quiet["person"] is None and quiet["published"] is None
    assert {
        name: solovyov[name] for name in ("charges", "penalty_kind", "fine_amount", "fine_currency", "penalties", "evidence")
    } == {
        "charges": "false_information|extremism",
        "penalty_kind": "prison",
        "fine_amount": 20000.0,
        "fine_currency": "RUB",
        "penalties": "prison P5Y|fine 20000 RUB",
        "evidence": "0-80|81-162",
    }
    assert not (tmp_path / "records.parquet.partial").exists()


def test_io_writers_parquet_resume_rewrite_keeps_earlier_rows(tmp_path):
    """Reopening a Parquet output -> done() from the file; new batches go in after copies of the old row groups."""
    path = tmp_path / "records.parquet"
    with ParquetSink(path) as sink:
        sink.write(FIRST_BATCH)
    with ParquetSink(path) as sink:
        assert sink.done() == {("kz-1", content_hash(BOQAEV)), ("lt-3", content_hash(QUIET))}
        sink.write(SECOND_BATCH)
    parquet = pq.ParquetFile(path)
    assert parquet.num_row_groups == 2
    assert parquet.read(columns=["person"]).column("person").to_pylist() == [
        "Maks Boqaev",
        None,
        "Pavel Solovyov",
    ]
    with ParquetSink(path) as sink:
        assert sink.done() == ALL_DONE


def test_io_writers_parquet_error_in_block_keeps_written_batches(tmp_path):
    """An exception inside the `with` block -> the batches written before it are in a complete file."""
    path = tmp_path / "records.parquet"
    with pytest.raises(RuntimeError), ParquetSink(path) as sink:
        sink.write(FIRST_BATCH)
        raise RuntimeError("extraction failed")
    assert pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist() == ["kz-1", "lt-3"]
    assert not (tmp_path / "records.parquet.partial").exists()


def test_io_writers_parquet_reopen_without_writing_leaves_file(tmp_path):
    """Reopening and closing without a write -> the file is untouched (same bytes)."""
    path = tmp_path / "records.parquet"
    write_two_batches(ParquetSink, path)
    before = path.read_bytes()
    ParquetSink(path).close()
    assert path.read_bytes() == before


def test_io_writers_parquet_empty_run_writes_schema_only_file(tmp_path):
    """A new output closed with nothing written -> a valid Parquet file with the schema and no rows."""
    path = tmp_path / "records.parquet"
    ParquetSink(path).close()
    table = pq.read_table(path)
    assert (table.num_rows, table.column_names) == (0, list(FLAT_COLUMNS))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("out.jsonl", JsonlSink),
        ("out.jsonl.gz", JsonlSink),
        ("OUT.CSV", CsvSink),
        ("out.parquet", ParquetSink),
    ],
)
def test_io_writers_open_sink_by_extension(tmp_path, name, expected):
    """File name ending -> sink class."""
    sink = open_sink(str(tmp_path / name))
    try:
        assert type(sink) is expected
    finally:
        sink.close()


@pytest.mark.parametrize("name", ["out.txt", "out.json", "out.csv.gz", "out"])
def test_io_writers_open_sink_unknown_extension(tmp_path, name):
    """Unsupported ending -> one-line WatchdogError E050 naming the target, and no file made."""
    target = str(tmp_path / name)
    with pytest.raises(WatchdogError, match=r"^\[E050\]") as error:
        open_sink(target)
    assert target in str(error.value) and "\n" not in str(error.value)
    assert not Path(target).exists()


def test_io_writers_csv_from_real_pipeline(tmp_path, nlp, seed_text):
    """The seed article through watchdog_nlp.extract -> CSV rows with Boqaev's two decisions."""
    article = Article(id="seed", text=seed_text, published=dt.date(2021, 1, 22))
    result = watchdog_nlp.extract(seed_text, published="2021-01-22", id="seed")
    path = tmp_path / "seed.csv"
    with CsvSink(path) as sink:
        sink.write([(article, result)])
    rows = read_csv(path)
    assert len(rows) == len(result.records) >= 1
    restriction = next(r for r in rows if r["ruling"] == "restriction")
    assert (restriction["person"], restriction["court_city"], restriction["country"]) == (
        "Maks Boqaev",
        "Atyrau",
        "KZ",
    )
    assert (restriction["penalty_kind"], restriction["penalty_duration"]) == ("restricted_freedom", "P3Y")
    assert restriction["ruling_date"] == "2021-01-22"
    start, end = map(int, restriction["evidence"].split("|")[0].split("-"))
    assert "three-year parole restriction" in seed_text[start:end]
    assert {r["content_hash"] for r in rows} == {content_hash(article)}


def test_io_writers_open_sink_db_url_gives_sql_sink(tmp_path):
    """db="sqlite:///..." -> the SQL sink of watchdog_nlp.io.sql, whatever the target name."""
    sink = open_sink(str(tmp_path / "ignored.jsonl"), db=f"sqlite:///{tmp_path / 'cases.db'}")
    try:
        assert type(sink).__name__ == "SqlSink"
        assert sink.done() == set()
    finally:
        sink.close()
    assert not (tmp_path / "ignored.jsonl").exists()


def test_io_writers_open_sink_db_without_sqlalchemy(tmp_path, monkeypatch):
    """db URL without SQLAlchemy installed -> WatchdogError E052 naming the package."""
    monkeypatch.delitem(sys.modules, "watchdog_nlp.io.sql", raising=False)
    monkeypatch.setitem(sys.modules, "sqlalchemy", None)
    with pytest.raises(WatchdogError, match=r"^\[E052\].*'sqlalchemy'"):
        open_sink("out.jsonl", db=f"sqlite:///{tmp_path / 'cases.db'}")


def complete_output(tmp_path: Path, name: str) -> bytes:
    """The bytes of an output holding both batches, written by one run."""
    path = tmp_path / f"whole-{name}"
    write_two_batches(JsonlSink, path)
    return path.read_bytes()


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_io_writers_jsonl_torn_end_is_cut_and_redone(tmp_path, name):
    """A kill at any byte of the second batch's write -> reopening keeps the first batch, and
    writing the second again gives the same bytes as one uninterrupted run."""
    whole = complete_output(tmp_path, name)
    path = tmp_path / name
    with JsonlSink(path) as sink:
        sink.write(FIRST_BATCH)
    first = path.read_bytes()
    for cut in range(len(first), len(whole)):
        path.write_bytes(whole[:cut])
        with JsonlSink(path) as sink:
            assert sink.done() == {("kz-1", content_hash(BOQAEV)), ("lt-3", content_hash(QUIET))}
            sink.write(SECOND_BATCH)
        assert path.read_bytes() == whole


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz"])
def test_io_writers_jsonl_damage_before_the_end_is_refused(tmp_path, name):
    """A broken line (or gzip member) followed by complete ones is not a torn end: E003/E015, nothing cut."""
    path = tmp_path / name
    whole = complete_output(tmp_path, name)
    damaged = b'{"id": \n' + whole if name.endswith(".jsonl") else whole[:20] + b"\x00" * 8 + whole[28:]
    path.write_bytes(damaged)
    with pytest.raises(WatchdogError, match=r"^\[E0(03|15)\]"):
        JsonlSink(path)
    assert path.read_bytes() == damaged


def test_io_writers_csv_torn_row_is_cut_and_redone(tmp_path):
    """A CSV whose last row a kill cut short -> the row is dropped, its article not done, rewritten once."""
    path = tmp_path / "records.csv"
    write_two_batches(CsvSink, path)
    whole = path.read_bytes()
    path.write_bytes(whole[:-15])
    with CsvSink(path) as sink:
        assert sink.done() == {("kz-1", content_hash(BOQAEV)), ("lt-3", content_hash(QUIET))}
        sink.write(SECOND_BATCH)
    assert path.read_bytes() == whole


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+7 999", "'+7 999"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tcmd", "'\tcmd"),
        ("'quoted", "''quoted"),
        ("Maks Boqaev", "Maks Boqaev"),
        ("P3Y", "P3Y"),
    ],
)
def test_io_writers_csv_cell_escapes_formulas(text, cell):
    """A cell a spreadsheet would run as a formula -> a leading quote; csv_uncell gives the text back."""
    assert csv_cell(text) == cell
    assert csv_uncell(cell) == text


def test_io_writers_csv_formula_id_round_trips_done(tmp_path):
    """An article id starting with "=" -> written escaped, and still recognised as done on resume."""
    article = Article(id="=cmd|'/c calc'!A1", text=QUIET_TEXT)
    path = tmp_path / "records.csv"
    with CsvSink(path) as sink:
        sink.write([(article, ArticleResult(id=article.id))])
    assert read_csv(path)[0]["article_id"] == "'=cmd|'/c calc'!A1"
    with CsvSink(path) as sink:
        assert sink.done() == {(article.id, content_hash(article))}


def test_io_writers_parquet_killed_merge_is_finished_on_reopen(tmp_path, monkeypatch):
    """A kill between marking the parts merged and renaming the merged file -> reopening finishes
    it: every row once, no leftovers."""
    path = tmp_path / "records.parquet"
    with ParquetSink(path) as sink:
        sink.write(FIRST_BATCH)
    replace = writers.os.replace

    class Killed(BaseException):
        pass

    def replace_then_die(source, target):
        if str(source).endswith(".partial"):
            raise Killed
        replace(source, target)

    monkeypatch.setattr(writers.os, "replace", replace_then_die)
    sink = ParquetSink(path)
    sink.write(SECOND_BATCH)
    with pytest.raises(Killed):
        sink.close()
    monkeypatch.setattr(writers.os, "replace", replace)
    assert (tmp_path / "records.parquet.merged").exists()
    with ParquetSink(path) as sink:
        assert sink.done() == ALL_DONE
    assert pq.read_table(path, columns=["article_id"]).column("article_id").to_pylist() == ["kz-1", "lt-3", "ru-7"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.parquet"]


@pytest.mark.parametrize("name", ["records.jsonl", "records.jsonl.gz", "records.csv", "records.parquet"])
def test_io_writers_force_starts_output_anew(tmp_path, name):
    """open_sink(force=True) on an existing output -> nothing done, only the new batch in the file."""
    path = tmp_path / name
    with open_sink(str(path)) as sink:
        sink.write(FIRST_BATCH)
    with open_sink(str(path), force=True) as sink:
        assert sink.done() == set()
        sink.write(SECOND_BATCH)
    with open_sink(str(path)) as sink:
        assert sink.done() == {("ru-7", content_hash(SOLOVYOV))}
