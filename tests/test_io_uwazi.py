"""Uwazi CSV export: the header Uwazi maps to template properties, "|" joins, ISO dates, stable ids."""

import csv
import datetime as dt
from pathlib import Path

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io.uwazi import UWAZI_COLUMNS, case_id, case_title, export_uwazi, uwazi_date
from watchdog_nlp.merge import person_key
from watchdog_nlp.schema import Article, CaseRecord, Evidence, Fine, Penalty

BOQAEV_ARTICLE = Article(
    id="kz-1",
    text="A court in Atyrau has imposed three years of restricted freedom on activist Maks Boqaev, 48.",
    published=dt.date(2021, 1, 22),
    url="https://example.org/kz-1",
)
SOLOVYOV_ARTICLE = Article(id="ru-7", text="A Moscow court sentenced journalist Pavel Solovyov ...")
FOLLOW_UP_ARTICLE = Article(id="ru-9", text="Pavel Solovyov, jailed in June ...", url="https://example.org/ru-9")

BOQAEV = CaseRecord(
    person="Maks Boqaev",
    role="activist",
    age=48,
    court_city="Atyrau",
    country="KZ",
    ruling="restriction",
    ruling_date="2021-01-22",
    sentence=[Penalty(kind="restricted_freedom", duration="P3Y")],
    evidence=Evidence(article_id="kz-1", spans=((0, 92),)),
)
BOQAEV_2016 = CaseRecord(
    person="Maks Boqaev",
    ruling="sentenced",
    ruling_date="2016",
    charges=["inciting_hatred", "mass_unrest"],
    sentence=[Penalty(kind="prison", duration="P5Y")],
)
SOLOVYOV = CaseRecord(
    person="Pavel Solovyov",
    role="journalist",
    court="Moscow court",
    court_city="Moscow",
    country="RU",
    ruling="sentenced",
    ruling_date="2020-06",
    charges=["false_information", "extremism"],
    sentence=[
        Penalty(kind="prison", duration="P5Y"),
        Penalty(kind="fine", fine=Fine(amount=20000, currency="RUB")),
    ],
    code_articles=["Article 207.3", "Article 280"],
    evidence=Evidence(article_id="ru-7", spans=((0, 55),)),
)
SOLOVYOV_AGAIN = CaseRecord(
    person="PAVEL SOLOVYOV",
    age=34,
    ruling="sentenced",
    ruling_date="2020-06",
    sentence=[Penalty(kind="prison", duration="P5Y")],
    evidence=Evidence(article_id="ru-9", spans=((0, 30),)),
)

RECORDS = [
    (BOQAEV_ARTICLE, BOQAEV),
    (BOQAEV_ARTICLE, BOQAEV_2016),
    (SOLOVYOV_ARTICLE, SOLOVYOV),
]


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_io_uwazi_header_has_reserved_and_property_columns(tmp_path):
    """The first line -> "id", "title", then property names (lowercase, no spaces), in a fixed order."""
    path = tmp_path / "uwazi.csv"
    export_uwazi(RECORDS, path)
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert header == list(UWAZI_COLUMNS)
    assert header[:2] == ["id", "title"]
    assert all(name == name.lower() and " " not in name for name in header)


def test_io_uwazi_row_values(tmp_path):
    """Three records -> three rows: title, "|"-joined multi-values (charges in alphabetical order, as
    a database returns them), ISO dates, numbers as plain text."""
    path = tmp_path / "uwazi.csv"
    assert export_uwazi(RECORDS, path) == 3
    boqaev, boqaev_2016, solovyov = read_rows(path)
    assert boqaev["title"] == "Maks Boqaev — restriction — 2021-01-22"
    assert (boqaev["ruling_date"], boqaev["age"]) == ("2021-01-22", "48")
    assert boqaev["source_url"] == "https://example.org/kz-1"
    assert (boqaev["penalty"], boqaev["penalty_duration"]) == ("restricted_freedom", "P3Y")
    assert boqaev["evidence"] == "kz-1:0-92"
    assert boqaev["id"] == ""
    assert (boqaev_2016["ruling_date"], boqaev_2016["ruling_date_as_reported"]) == ("2016-01-01", "2016")
    assert boqaev_2016["charges"] == "inciting_hatred|mass_unrest"
    assert {name: solovyov[name] for name in UWAZI_COLUMNS[1:] if name != "case_id"} == {
        "title": "Pavel Solovyov — sentenced — 2020-06",
        "person": "Pavel Solovyov",
        "role": "journalist",
        "age": "",
        "court": "Moscow court",
        "court_city": "Moscow",
        "country": "RU",
        "ruling": "sentenced",
        "ruling_date": "2020-06-01",
        "ruling_date_as_reported": "2020-06",
        "charges": "extremism|false_information",
        "penalty": "prison",
        "penalty_duration": "P5Y",
        "fine_amount": "20000",
        "fine_currency": "RUB",
        "penalties": "prison P5Y|fine 20000 RUB",
        "code_articles": "Article 207.3|Article 280",
        "sources": "ru-7",
        "source_url": "",
        "evidence": "ru-7:0-55",
    }


@pytest.mark.parametrize(
    ("reported", "expected"),
    [("2021-01-22", "2021-01-22"), ("2021-01", "2021-01-01"), ("2016", "2016-01-01"), (None, "")],
)
def test_io_uwazi_date_is_full_iso(reported, expected):
    """Date at the text's precision -> full ISO date for Uwazi's date property (first day of the period)."""
    assert uwazi_date(reported) == expected


@pytest.mark.parametrize(
    ("first", "second"),
    [("Maks Boqaev", "Max Bokayev"), ("Aleksei Navalny", "Alexei Navalny"), ("  Aleš   BIALIATSKI ", "Ales Bialiatski")],
)
def test_io_uwazi_case_id_ignores_spelling(first, second):
    """One person spelt two ways -> one case id (the same key the database merges persons by)."""
    assert case_id(CaseRecord(person=first, ruling="sentenced", ruling_date="2021")) == case_id(
        CaseRecord(person=second, ruling="sentenced", ruling_date="2021")
    )


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (BOQAEV, "Maks Boqaev — restriction — 2021-01-22"),
        (CaseRecord(person="Ali Feruz", ruling="pretrial_detention"), "Ali Feruz — pretrial detention"),
    ],
)
def test_io_uwazi_case_title(record, expected):
    """Record -> "person — ruling — date", the date left out when unknown."""
    assert case_title(record) == expected


def test_io_uwazi_ids_stable_across_exports(tmp_path):
    """Two exports of the same cases (other order, other article, other spelling) -> the same case_id per case."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    export_uwazi(RECORDS, first)
    export_uwazi([(FOLLOW_UP_ARTICLE, SOLOVYOV_AGAIN), (BOQAEV_ARTICLE, BOQAEV)], second)
    ids_first = {(person_key(r["person"]), r["ruling"]): r["case_id"] for r in read_rows(first)}
    ids_second = {(person_key(r["person"]), r["ruling"]): r["case_id"] for r in read_rows(second)}
    assert len(ids_second) == 2 and ids_second.items() <= ids_first.items()
    assert case_id(SOLOVYOV) == case_id(SOLOVYOV_AGAIN)
    assert len({case_id(r) for _, r in RECORDS}) == 3
    assert all(value.startswith("wdn-") and len(value) == 16 for value in ids_second.values())


def test_io_uwazi_same_case_from_two_articles_is_one_row(tmp_path):
    """One decision reported twice -> one row: first report's values, gaps filled, both articles in sources."""
    path = tmp_path / "uwazi.csv"
    assert export_uwazi([(SOLOVYOV_ARTICLE, SOLOVYOV), (FOLLOW_UP_ARTICLE, SOLOVYOV_AGAIN)], path) == 1
    (row,) = read_rows(path)
    assert (row["person"], row["role"], row["age"]) == ("Pavel Solovyov", "journalist", "34")
    assert row["penalties"] == "prison P5Y|fine 20000 RUB"
    assert (row["sources"], row["evidence"]) == ("ru-7|ru-9", "ru-7:0-55|ru-9:0-30")
    assert row["source_url"] == "https://example.org/ru-9"


def test_io_uwazi_shared_ids_fill_id_column(tmp_path):
    """shared_ids {case_id: Uwazi shared ID} -> that row's "id" cell, so a re-import updates the entity."""
    path = tmp_path / "uwazi.csv"
    export_uwazi(RECORDS, path, shared_ids={case_id(BOQAEV): "k3x9q2mz1v"})
    assert [row["id"] for row in read_rows(path)] == ["k3x9q2mz1v", "", ""]


def test_io_uwazi_unwritable_path(tmp_path):
    """A path in a missing folder -> one-line WatchdogError E016 naming it."""
    path = tmp_path / "missing" / "uwazi.csv"
    with pytest.raises(WatchdogError, match=r"^\[E016\] Cannot write .*uwazi\.csv"):
        export_uwazi(RECORDS, path)


def test_io_uwazi_shared_ids_from_csv(tmp_path):
    """a CSV of case_id and id (or sharedId) columns -> the case_id -> shared ID map; rows missing either are left out."""
    from watchdog_nlp.io.uwazi import read_shared_ids

    path = tmp_path / "ids.csv"
    path.write_text("title,case_id,id\nA,wdn-aaa,k1\nB,wdn-bbb,\nC,,k3\n", encoding="utf-8")
    assert read_shared_ids(path) == {"wdn-aaa": "k1"}
    other = tmp_path / "other.csv"
    other.write_text("sharedId,case_id\nk9,wdn-ccc\n", encoding="utf-8")
    assert read_shared_ids(other) == {"wdn-ccc": "k9"}


def test_io_uwazi_formula_cells_are_escaped(tmp_path):
    """An article id starting with "=" -> its sources and evidence cells start with a quote, not a formula."""
    article = Article(id='=HYPERLINK("http://example.org")', text="")
    record = CaseRecord(
        person="Maks Boqaev",
        ruling="restriction",
        ruling_date="2021-01-22",
        evidence=Evidence(article_id=article.id, spans=((0, 10),)),
    )
    path = tmp_path / "uwazi.csv"
    export_uwazi([(article, record)], path)
    [row] = read_rows(path)
    assert row["sources"] == '\'=HYPERLINK("http://example.org")'
    assert row["evidence"] == '\'=HYPERLINK("http://example.org"):0-10'
    assert row["person"] == "Maks Boqaev"


def test_io_uwazi_person_columns_are_the_persons(tmp_path):
    """Two decisions about one person, the second spelt more fully and with a role -> both rows
    carry the fullest name (title too), that role and the age, as the case database keeps them."""
    first = BOQAEV_2016.model_copy(update={"person": "Maks-Boqaev", "role": None, "age": None})
    path = tmp_path / "uwazi.csv"
    export_uwazi([(BOQAEV_ARTICLE, first), (BOQAEV_ARTICLE, BOQAEV)], path)
    rows = read_rows(path)
    assert [(r["person"], r["role"], r["age"]) for r in rows] == [("Maks Boqaev", "activist", "48")] * 2
    assert rows[0]["title"] == "Maks Boqaev — sentenced — 2016"
