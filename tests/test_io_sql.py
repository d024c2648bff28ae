"""SQL sink on a real SQLite file and, through WATCHDOG_TEST_POSTGRES_URL, a real PostgreSQL database:
schema on first use, merging across articles, idempotent re-runs, all-or-nothing batches, resume."""

import datetime as dt
import itertools
import os
from typing import Any

import pytest
import sqlalchemy as sa

import watchdog_nlp
from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io.sql import TABLES, SqlSink, metadata
from watchdog_nlp.io.writers import content_hash
from watchdog_nlp.schema import Article, ArticleResult, CaseRecord, Evidence, Fine, Penalty

POSTGRES_ENV = "WATCHDOG_TEST_POSTGRES_URL"


def _postgres_url() -> str:
    """The throwaway PostgreSQL database of the tests, emptied; skipped only when not configured
    outside CI (in CI, .ci/run starts a server, so a missing or dead one is a failure)."""
    url = os.environ.get(POSTGRES_ENV)
    in_ci = os.environ.get("CI", "").lower() == "true"
    if not url:
        if in_ci:
            pytest.fail(f"CI=true but {POSTGRES_ENV} is not set: .ci/run starts PostgreSQL and sets it")
        pytest.skip(f"{POSTGRES_ENV} not set: PostgreSQL sink tests need a throwaway database URL")
    engine = sa.create_engine(url, connect_args={"connect_timeout": 5})
    try:
        metadata.drop_all(engine)
    except sa.exc.OperationalError as err:
        pytest.fail(f"{POSTGRES_ENV} is set but the database is unreachable: {str(err).splitlines()[0]}")
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request, tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'cases.db'}" if request.param == "sqlite" else _postgres_url()


@pytest.fixture
def sink(url):
    sink = SqlSink(url)
    yield sink
    sink.close()


def snapshot(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, sorted; the processing time left out."""
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        tables = {
            table.name: sorted(
                (tuple(row) for row in conn.execute(sa.select(*(c for c in table.c if c.name != "processed_at")))),
                key=repr,
            )
            for table in TABLES
        }
    engine.dispose()
    return tables


def counts(url: str) -> dict[str, int]:
    return {name: len(rows) for name, rows in snapshot(url).items()}


def article(article_id: str, text: str, published: str = "2021-02-03") -> Article:
    return Article(
        id=article_id, text=text, published=dt.date.fromisoformat(published), url=f"https://www.rferl.org/a/{article_id}.html"
    )


def record(person: str, ruling: str, date: str | None, article_id: str, **slots: Any) -> CaseRecord:
    return CaseRecord(
        person=person, ruling=ruling, ruling_date=date, evidence=Evidence(article_id=article_id, spans=((0, 120),)), **slots
    )


PRISON_3Y6M = [Penalty(kind="prison", duration="P3Y6M")]

RFERL = article(
    "rferl-navalny-prison",
    "MOSCOW -- A Moscow court on February 2 ordered opposition leader Alexei "
    "Navalny to serve 3 1/2 years in prison, replacing a suspended sentence on fraud charges.",
)
MEDUZA = article(
    "meduza-navalny-verdict",
    "Aleksei Navalny, 44, was sentenced by the Simonovsky District Court in "
    "February 2021 to 3 1/2 years in prison; he was detained on January 18.",
)
RESULTS = {
    RFERL.id: [
        record(
            "Alexei Navalny",
            "sentenced",
            "2021-02-02",
            RFERL.id,
            role="opposition leader",
            court_city="Moscow",
            country="RU",
            charges=["fraud"],
            sentence=PRISON_3Y6M,
        )
    ],
    MEDUZA.id: [
        record(
            "Aleksei Navalny",
            "sentenced",
            "2021-02",
            MEDUZA.id,
            age=44,
            court="Simonovsky District Court",
            court_city="Moscow",
            country="RU",
            charges=["fraud"],
            sentence=PRISON_3Y6M,
            code_articles=["Article 159.4"],
        ),
        record("Aleksei Navalny", "pretrial_detention", "2021-01-18", MEDUZA.id, country="RU"),
    ],
}


def batch_of(*articles: Article, results: dict[str, list[CaseRecord]] = RESULTS) -> list[tuple[Article, ArticleResult]]:
    return [(a, ArticleResult(id=a.id, records=results.get(a.id, []))) for a in articles]


def test_io_sql_schema_created_on_first_use(url):
    """A new database -> the documented tables, keys and indexes, created by the first SqlSink."""
    engine = sa.create_engine(url)
    assert not sa.inspect(engine).get_table_names()
    SqlSink(url).close()
    inspector = sa.inspect(engine)
    assert set(inspector.get_table_names()) == {"articles", "persons", "cases", "penalties", "charges", "case_sources"}
    assert inspector.get_pk_constraint("case_sources")["constrained_columns"] == ["case_id", "article_id"]
    assert {fk["referred_table"] for fk in inspector.get_foreign_keys("case_sources")} == {"cases", "articles"}
    assert {tuple(i["column_names"]) for i in inspector.get_indexes("cases")} >= {
        ("person_id", "ruling", "ruling_date"),
        ("country",),
    }
    assert [i for i in inspector.get_indexes("persons") if i["column_names"] == ["name_key"]][0]["unique"]
    assert [u["column_names"] for u in inspector.get_unique_constraints("cases")] == [
        ["person_id", "ruling", "date_key", "penalty_key"]
    ]
    engine.dispose()


def test_io_sql_same_decision_two_articles_one_case(sink, url):
    """ "Alexei Navalny" (2021-02-02) and "Aleksei Navalny" (2021-02) -> one person, one case with two
    sources, its slots filled from both and the more precise date kept."""
    sink.write(batch_of(RFERL, MEDUZA))
    navalny = sink.timeline("Alexey Navalnyy")
    assert [(e["ruling"], e["ruling_date"], e["articles"]) for e in navalny] == [
        ("pretrial_detention", "2021-01-18", [MEDUZA.id]),
        ("sentenced", "2021-02-02", [MEDUZA.id, RFERL.id]),
    ]
    verdict = navalny[1]
    assert (verdict["court"], verdict["court_city"], verdict["charges"]) == ("Simonovsky District Court", "Moscow", ["fraud"])
    assert verdict["sentence"] == [{"kind": "prison", "duration": "P3Y6M", "fine": None}]
    assert verdict["code_articles"] == ["Article 159.4"]
    assert counts(url) == {"articles": 2, "persons": 1, "cases": 2, "penalties": 1, "charges": 1, "case_sources": 3}
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        person = conn.execute(sa.text("SELECT name, role, age FROM persons")).one()
    engine.dispose()
    assert tuple(person) == ("Alexei Navalny", "opposition leader", 44)


def test_io_sql_same_person_across_articles(sink, url):
    """Name variants in three articles about different decisions -> one person row, three cases."""
    appeal = article("rferl-navalny-appeal", "Alexey Navalny lost his appeal on February 20.")
    results = {**RESULTS, appeal.id: [record("Alexey Navalny", "appeal_rejected", "2021-02-20", appeal.id)]}
    sink.write(batch_of(RFERL, appeal, results=results))
    sink.write(batch_of(MEDUZA))
    assert counts(url)["persons"] == 1
    assert [e["ruling"] for e in sink.timeline("Aleksei Navalny")] == ["pretrial_detention", "sentenced", "appeal_rejected"]


@pytest.mark.parametrize(
    "first, second, cases, stored",
    [
        ("2021-01-22", "2021-01-22", 1, "2021-01-22"),
        ("2021", "2021-01-22", 1, "2021-01-22"),
        ("2021-01-22", "2021-01", 1, "2021-01-22"),
        ("2021-01-22", "2021-01-25", 2, "2021-01-22"),
        (None, None, 1, None),
        (None, "2021-01-22", 2, "2021-01-22"),
    ],
)
def test_io_sql_dates_merge_at_precision(sink, url, first, second, cases, stored):
    """(date in one article, date in another) -> number of cases, and the date of the earliest stored."""
    one = article("azattyq-boqaev", "ATYRAU, Kazakhstan -- A court imposed restrictions on activist Maks Boqaev.")
    two = article("rferl-bokayev", "Kazakh activist Max Bokayev was placed under restrictions for three years.")
    results = {
        one.id: [
            record(
                "Maks Boqaev",
                "restriction",
                first,
                one.id,
                court_city="Atyrau",
                country="KZ",
                sentence=[Penalty(kind="restricted_freedom", duration="P3Y")],
            )
        ],
        two.id: [
            record(
                "Max Bokayev",
                "restriction",
                second,
                two.id,
                country="KZ",
                sentence=[Penalty(kind="restricted_freedom", duration="P3Y")],
            )
        ],
    }
    sink.write(batch_of(one, results=results))
    sink.write(batch_of(two, results=results))
    timeline = sink.timeline("Maks Boqaev")
    assert len(timeline) == cases
    assert timeline[0]["ruling_date"] == stored
    assert counts(url)["case_sources"] == 2


def test_io_sql_rerun_adds_no_rows(sink, url):
    """The same batch written again, by this sink and by a new one -> no new rows; done() lists it."""
    batch = batch_of(RFERL, MEDUZA)
    sink.write(batch)
    before = snapshot(url)
    sink.write(batch)
    with SqlSink(url) as again:
        again.write(batch)
        assert again.done() == {(a.id, content_hash(a)) for a in (RFERL, MEDUZA)}
    assert snapshot(url) == before


def test_io_sql_changed_article_replaces_its_sources(sink, url):
    """An article stored before with other content -> its old sources go, cases no article reports
    any more go with them, the new version's records come in."""
    first = article("azattyq-boqaev", "A court in Atyrau on January 22 restricted Maks Boqaev's freedom.")
    fixed = first.model_copy(update={"text": first.text.replace("January 22", "January 25")})
    results = {first.id: [record("Maks Boqaev", "restriction", "2021-01-22", first.id)]}
    sink.write(batch_of(first, results=results))
    sink.write(batch_of(fixed, results={first.id: [record("Maks Boqaev", "restriction", "2021-01-25", first.id)]}))
    assert [e["ruling_date"] for e in sink.timeline("Max Bokayev")] == ["2021-01-25"]
    assert sink.done() == {(first.id, content_hash(fixed))}
    assert counts(url) == {"articles": 1, "persons": 1, "cases": 1, "penalties": 0, "charges": 0, "case_sources": 1}


def _break_third_record(monkeypatch) -> type[Exception]:
    """The third record stored raises, as a crash in the middle of a batch would."""
    original = SqlSink._store_record
    calls = itertools.count(1)

    def store(self, conn, article_id, record):
        if next(calls) == 3:
            raise RuntimeError("killed in the middle of the batch")
        return original(self, conn, article_id, record)

    monkeypatch.setattr(SqlSink, "_store_record", store)
    return RuntimeError


def _nameless_record(monkeypatch) -> type[Exception]:
    """A record whose person has no letters violates the persons.name_key check."""
    bad = article("bad-name", "Defendant 2021 was sentenced.")
    monkeypatch.setitem(RESULTS, bad.id, [record("2021", "sentenced", "2021-02-02", bad.id)])
    return sa.exc.IntegrityError


@pytest.mark.parametrize("failure", [_break_third_record, _nameless_record], ids=["crash", "constraint"])
def test_io_sql_failed_batch_leaves_database_as_before(sink, url, monkeypatch, failure):
    """A batch that fails midway -> nothing of it stored: the rows and done() are those before it."""
    appeal = article("rferl-navalny-appeal", "Alexey Navalny lost his appeal on February 20.")
    sink.write(batch_of(appeal))
    before, done = snapshot(url), sink.done()
    error = failure(monkeypatch)
    with pytest.raises(error):
        sink.write(batch_of(RFERL, MEDUZA, article("bad-name", "Defendant 2021 was sentenced.")))
    assert snapshot(url) == before
    assert sink.done() == done


def test_io_sql_killed_run_resumes_without_duplicates(url):
    """Batches 1-2 written, the process "killed", a new sink on the same database reports them done,
    and batches 1-3 written -> the same rows as one uninterrupted run."""
    articles = [
        article(f"watchdog-{n}", f"Activist {name} was detained on January {n}.")
        for n, name in enumerate(
            ["Maks Boqaev", "Max Bokayev", "Talgat Ayan", "Alexei Navalny", "Aleksei Navalny", "Lyubov Sobol"], start=10
        )
    ]
    results = {
        a.id: [record(a.text.split(" was")[0].removeprefix("Activist "), "pretrial_detention", f"2021-01-{a.id[-2:]}", a.id)]
        for a in articles
    }
    batches = [batch_of(*articles[i : i + 2], results=results) for i in (0, 2, 4)]

    whole = SqlSink(url)
    for batch in batches:
        whole.write(batch)
    whole.close()
    uninterrupted = snapshot(url)
    metadata.drop_all(sa.create_engine(url))

    killed = SqlSink(url)
    for batch in batches[:2]:
        killed.write(batch)
    del killed
    resumed = SqlSink(url)
    assert resumed.done() == {(a.id, content_hash(a)) for a in articles[:4]}
    for batch in batches:
        resumed.write(batch)
    resumed.close()
    assert snapshot(url) == uninterrupted
    assert len(uninterrupted["persons"]) == 4


def test_io_sql_timeline_order(sink):
    """Decisions written in any order -> oldest first; on one day conviction before appeal; undated last."""
    source = article("rferl-navalny-timeline", "A chronology of Aleksei Navalny's cases.")
    fine = [Penalty(kind="fine", fine=Fine(amount=850000, currency="RUB"))]
    records = [
        record("Alexei Navalny", "appeal_rejected", "2021-02-20", source.id),
        record("Alexei Navalny", "sentenced", None, source.id, sentence=[Penalty(kind="prison", duration="P9Y")]),
        record("Alexei Navalny", "sentenced", "2021-02-20", source.id, charges=["defamation"], sentence=fine),
        record("Alexei Navalny", "pretrial_detention", "2021-01-18", source.id),
        record("Alexei Navalny", "sentenced", "2014-12-30", source.id, sentence=[Penalty(kind="suspended", duration="P3Y6M")]),
        record("Alexei Navalny", "sentenced", "2021-02-02", source.id, sentence=PRISON_3Y6M),
    ]
    sink.write(batch_of(source, results={source.id: records}))
    assert [(e["ruling"], e["ruling_date"]) for e in sink.timeline("Aleksei Navalny")] == [
        ("sentenced", "2014-12-30"),
        ("pretrial_detention", "2021-01-18"),
        ("sentenced", "2021-02-02"),
        ("sentenced", "2021-02-20"),
        ("appeal_rejected", "2021-02-20"),
        ("sentenced", None),
    ]
    assert sink.timeline("Aleksei Navalny")[3]["sentence"] == [
        {"kind": "fine", "duration": None, "fine": {"amount": 850000, "currency": "RUB"}}
    ]
    assert sink.timeline("Oleg Navalny") == []


def test_io_sql_pipeline_dev_articles(sink, url, nlp, dev_articles):
    """Real extraction of dev articles -> every record stored under its person and decision; a re-run
    adds nothing."""
    inputs = [Article(id=a["id"], text=a["text"], published=a["published"]) for a in dev_articles[:8]]
    results = list(watchdog_nlp.extract_many(inputs, nlp=nlp))
    records = [r for result in results for r in result.records]
    assert records
    sink.write(list(zip(inputs, results)))
    stored = snapshot(url)
    for rec in records:
        assert rec.ruling in [e["ruling"] for e in sink.timeline(rec.person)], rec.person
    assert len(stored["articles"]) == len(inputs)
    assert len(stored["case_sources"]) <= len(records)
    assert {row[1] for row in stored["case_sources"]} == {r.evidence.article_id for r in records}
    sink.write(list(zip(inputs, results)))
    assert snapshot(url) == stored


def test_io_sql_article_without_id(sink):
    """An article without an id -> WatchdogError E040, nothing stored."""
    with pytest.raises(WatchdogError, match="E040"):
        sink.write([(Article(text="A court sentenced Maks Boqaev."), ArticleResult())])
    assert sink.done() == set()


@pytest.mark.parametrize(
    "bad_url, shown",
    [
        ("nosuchdb://x", "nosuchdb://x"),
        ("not a url", "not a url"),
        ("postgresql+psycopg://watchdog:secret@127.0.0.1:1/none", "watchdog:***@127.0.0.1:1/none"),
    ],
)
def test_io_sql_bad_url(bad_url, shown):
    """A URL that names no usable database -> WatchdogError E041 with the URL, password hidden."""
    with pytest.raises(WatchdogError, match="E041") as caught:
        SqlSink(bad_url)
    assert shown in str(caught.value)
    assert "secret" not in str(caught.value)


def _write_in_process(url: str, batches: list, start, errors) -> None:
    """One of several concurrent runs: open the (maybe new) database and write its batches."""
    try:
        start.wait()
        with SqlSink(url) as sink:
            for batch in batches:
                sink.write(batch)
    except BaseException as err:
        errors.put(f"{type(err).__name__}: {err}")


CONCURRENT_BATCHES = [batch_of(RFERL), batch_of(MEDUZA), batch_of(RFERL, MEDUZA)]


@pytest.mark.parametrize("runs", [2, 4])
def test_io_sql_concurrent_runs_on_new_database(url, runs):
    """Several runs at once on one new database, writing the same dump -> no error, the rows of one run."""
    import multiprocessing

    context = multiprocessing.get_context("fork")
    start, errors = context.Barrier(runs), context.Queue()
    processes = [context.Process(target=_write_in_process, args=(url, CONCURRENT_BATCHES, start, errors)) for _ in range(runs)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
    assert [p.exitcode for p in processes] == [0] * runs
    assert errors.empty(), errors.get()
    together = snapshot(url)
    metadata.drop_all(sa.create_engine(url))
    with SqlSink(url) as sink:
        for batch in CONCURRENT_BATCHES:
            sink.write(batch)
    assert together == snapshot(url)
    assert (len(together["persons"]), len(together["cases"]), len(together["case_sources"])) == (1, 2, 3)


def test_io_sql_replace_stores_done_article_again(sink, url):
    """replace=True (--force) with other records for a stored article -> its old records replaced."""
    sink.write(batch_of(MEDUZA))
    detention_only = {MEDUZA.id: RESULTS[MEDUZA.id][1:]}
    SqlSink(url).write(batch_of(MEDUZA, results=detention_only))
    assert counts(url)["cases"] == 2
    SqlSink(url, replace=True).write(batch_of(MEDUZA, results=detention_only))
    assert [case["ruling"] for case in sink.timeline("Aleksei Navalny")] == ["pretrial_detention"]


def test_io_sql_pipeline_version_per_article(sink, url):
    """Each stored article -> the pipeline version that extracted it."""
    SqlSink(url, version="watchdog_nlp 9.9; test").write(batch_of(RFERL))
    sink.write(batch_of(MEDUZA))
    engine = sa.create_engine(url)
    with engine.connect() as conn:
        stored = dict(conn.execute(sa.text("SELECT id, pipeline_version FROM articles")).all())
    engine.dispose()
    assert stored == {RFERL.id: "watchdog_nlp 9.9; test", MEDUZA.id: watchdog_nlp.io.writers.pipeline_version()}


def test_io_sql_database_before_pipeline_version_gets_the_column(tmp_path):
    """A database made before articles.pipeline_version -> the column is added, rows kept."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "CREATE TABLE articles (id VARCHAR PRIMARY KEY, url TEXT, published DATE, "
            "content_hash VARCHAR NOT NULL, processed_at DATETIME NOT NULL)"
        )
        conn.exec_driver_sql("INSERT INTO articles VALUES ('old', NULL, NULL, 'abc', '2021-01-01 00:00:00')")
    with SqlSink(url) as sink:
        assert sink.done() == {("old", "abc")}
        sink.write(batch_of(RFERL))
    with engine.connect() as conn:
        assert dict(conn.execute(sa.text("SELECT id, pipeline_version FROM articles")).all()) == {
            "old": None,
            RFERL.id: watchdog_nlp.io.writers.pipeline_version(),
        }
    engine.dispose()
