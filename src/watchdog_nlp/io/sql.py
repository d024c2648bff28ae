"""SQL sink: case records merged across articles into a rights-tracking database (docs/database.md).

    sink = SqlSink("sqlite:///cases.db")            # or "postgresql+psycopg://user@host/db"
    sink.write([(article, result), ...])            # one transaction per batch
    sink.timeline("Alexei Navalny")                 # the person's decisions, in order
    stored_records("sqlite:///cases.db")            # (article, record) pairs, for `export --uwazi`

Names of one person meet in one `persons` row through `merge.person_key`; records of one decision
meet in one `cases` row through `merge.same_decision`, and every article reporting it adds a
`case_sources` row. Articles already stored with the same content hash are skipped, so re-running
a dump adds nothing; a changed article (or any article, with `replace=True`) replaces its earlier
version's sources.

Several runs may write to one database at once: tables are created once, rows that two runs may
both insert (persons, cases, penalties, charges, articles) go in with INSERT ... ON CONFLICT DO
NOTHING through the dialect's insert and are then read back, SQLite write transactions take the
write lock when they begin, and a transaction that meets a lock or a deadlock is tried again.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from .. import merge
from ..errors import Errors, StorageError, WatchdogError
from ..schema import Article, ArticleResult, CaseRecord, Evidence, Fine, Penalty, RulingKind
from .writers import content_hash, pipeline_version

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String, primary_key=True),
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Date),
    sa.Column("content_hash", sa.String, nullable=False),
    sa.Column("processed_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("pipeline_version", sa.Text),
    sa.Column("filtered", sa.Boolean, nullable=False, server_default=sa.false()),
)

persons = sa.Table(
    "persons",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("name_key", sa.Text, nullable=False),
    sa.Column("role", sa.Text),
    sa.Column("age", sa.Integer),
    sa.CheckConstraint("name_key <> ''", name="ck_persons_name_key"),
    sa.Index("ix_persons_name_key", "name_key", unique=True),
)

cases = sa.Table(
    "cases",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("person_id", sa.Integer, sa.ForeignKey("persons.id"), nullable=False),
    sa.Column("ruling", sa.String, nullable=False),
    sa.Column("ruling_date", sa.String),
    sa.Column("date_key", sa.String, nullable=False),
    sa.Column("penalty_key", sa.String, nullable=False),
    sa.Column("court", sa.Text),
    sa.Column("court_city", sa.Text),
    sa.Column("country", sa.String(2)),
    sa.Column("main_kind", sa.String),
    sa.Column("main_duration", sa.String),
    sa.Column("code_articles", sa.JSON, nullable=False),
    sa.UniqueConstraint("person_id", "ruling", "date_key", "penalty_key", name="uq_cases_identity"),
    sa.Index("ix_cases_person_ruling_date", "person_id", "ruling", "ruling_date"),
    sa.Index("ix_cases_country", "country"),
)

penalties = sa.Table(
    "penalties",
    metadata,
    sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
    sa.Column("position", sa.Integer, primary_key=True),
    sa.Column("kind", sa.String, nullable=False),
    sa.Column("duration", sa.String),
    sa.Column("fine_amount", sa.Float),
    sa.Column("fine_currency", sa.String(3)),
)

charges = sa.Table(
    "charges",
    metadata,
    sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
    sa.Column("category", sa.String, primary_key=True),
)

case_sources = sa.Table(
    "case_sources",
    metadata,
    sa.Column("case_id", sa.Integer, sa.ForeignKey("cases.id"), primary_key=True),
    sa.Column("article_id", sa.String, sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("spans", sa.JSON, nullable=False),
    sa.Index("ix_case_sources_article", "article_id"),
)

TABLES = (articles, persons, cases, penalties, charges, case_sources)

#: where each ruling stands in a case's course, to order one day's decisions in a timeline (a test
#: keeps its keys those of CaseRecord.ruling's Literal)
_STAGE: dict[RulingKind, int] = {
    "pretrial_detention": 0,
    "house_arrest": 0,
    "sentenced": 1,
    "acquitted": 1,
    "restriction": 1,
    "appeal_rejected": 2,
    "appeal_granted": 2,
    "released": 3,
}


#: attempts at one transaction that meets a lock, a deadlock or a concurrent schema change
ATTEMPTS = 5
SQLITE_BUSY_SECONDS = 60


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    """Foreign keys on; transactions begun by SQLAlchemy (`_sqlite_begin`), not by the driver."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
    dbapi_connection.isolation_level = None


def _sqlite_begin(conn: Connection) -> None:
    """Take the write lock when a transaction begins: two runs on one file then take turns,
    instead of one failing when both upgrade a read lock ("database is locked")."""
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _insert_new(conn: Connection, table: sa.Table, keys: list[str], rows: dict[str, Any] | list[dict[str, Any]]) -> Any:
    """INSERT ... ON CONFLICT (keys) DO NOTHING with the dialect's insert. For one row (a dict),
    the new row's primary key, or None when a concurrent run stored that row first (the caller
    reads it back); for a list, None."""
    dialect = conn.dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    elif dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
    else:
        if isinstance(rows, dict):
            return tuple(conn.execute(table.insert().values(**rows)).inserted_primary_key)
        conn.execute(table.insert(), rows)
        return None
    statement = insert(table).on_conflict_do_nothing(index_elements=keys)
    if isinstance(rows, dict):
        return conn.execute(statement.values(**rows).returning(*table.primary_key.columns)).first()
    conn.execute(statement, rows)
    return None


def _shown(url: str) -> str:
    """The URL as it may appear in a message: without its password."""
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except sa.exc.ArgumentError:
        return url


class SqlSink:
    """Stores batches of (Article, ArticleResult) in a SQL database, creating its tables on first use.

    `replace=True` (`--force`) stores articles again even when stored with the same content hash."""

    def __init__(self, url: str, *, replace: bool = False, version: str | None = None) -> None:
        self.url = url
        self.replace = replace
        self.version = version or pipeline_version()
        try:
            self.engine: Engine = sa.create_engine(url)
            if self.engine.dialect.name == "sqlite":
                self.engine.dispose()
                self.engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
                sa.event.listen(self.engine, "connect", _sqlite_connect)
                sa.event.listen(self.engine, "begin", _sqlite_begin)
            self._retrying(self._create_tables)
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, sa.exc.DBAPIError, ImportError) as err:
            raise WatchdogError(Errors.E041.format(url=_shown(url), reason=str(err).splitlines()[0])) from None

    def _create_tables(self) -> None:
        """Create missing tables, and add the columns a database made before them lacks:
        `articles.pipeline_version` (NULL for the older rows) and `articles.filtered` (false)."""
        metadata.create_all(self.engine)
        columns = {c["name"] for c in sa.inspect(self.engine).get_columns("articles")}
        added = {
            "pipeline_version": "ALTER TABLE articles ADD COLUMN pipeline_version TEXT",
            "filtered": "ALTER TABLE articles ADD COLUMN filtered BOOLEAN NOT NULL DEFAULT FALSE",
        }
        for name, statement in added.items():
            if name not in columns:
                with self.engine.begin() as conn:
                    conn.exec_driver_sql(statement)

    def _retrying(self, work: Any) -> Any:
        """Run `work`, again (after a pause) when a concurrent run's lock, deadlock or schema change
        got in the way; raise the last error when every attempt failed."""
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return work()
            except (sa.exc.OperationalError, sa.exc.ProgrammingError, sa.exc.IntegrityError):
                if attempt == ATTEMPTS:
                    raise
                time.sleep(0.2 * attempt)

    def done(self) -> set[tuple[str, str]]:
        """(article id, content hash) of every stored article: what a resumed run can skip."""
        with self.engine.connect() as conn:
            return {(row.id, row.content_hash) for row in conn.execute(sa.select(articles.c.id, articles.c.content_hash))}

    def write(self, batch: list[tuple[Article, ArticleResult]]) -> None:
        """Store one batch in one transaction: all of it, or nothing when anything fails. A lock or
        deadlock with a concurrent run is tried again; when it persists, StorageError (E042)."""
        if any(article.id is None for article, _ in batch):
            raise WatchdogError(Errors.E040)
        try:
            self._retrying(lambda: self._write(batch))
        except sa.exc.OperationalError as err:
            reason = str(err.orig or err).splitlines()[0]
            raise StorageError(Errors.E042.format(url=_shown(self.url), attempts=ATTEMPTS, reason=reason)) from None

    def _write(self, batch: list[tuple[Article, ArticleResult]]) -> None:
        with self.engine.begin() as conn:
            replaced = False
            for article, result in batch:
                digest = content_hash(article)
                stored = self._stored_hash(conn, article.id)
                filtered = result.filtered
                if stored is None and not self._store_article(conn, article, digest, update=False, filtered=filtered):
                    stored = self._stored_hash(conn, article.id)
                if stored is not None:
                    if stored == digest and not self.replace:
                        continue
                    conn.execute(case_sources.delete().where(case_sources.c.article_id == article.id))
                    self._store_article(conn, article, digest, update=True, filtered=filtered)
                    replaced = True
                for record in result.records:
                    self._store_record(conn, article.id, record)
            if replaced:
                self._drop_unsourced(conn)

    @staticmethod
    def _stored_hash(conn: Connection, article_id: str) -> str | None:
        return conn.execute(sa.select(articles.c.content_hash).where(articles.c.id == article_id)).scalar()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def timeline(self, person_name: str) -> list[dict[str, Any]]:
        """The decisions about a person (any spelling of the name), oldest first; at one date, detention
        before conviction before appeal before release; undated decisions last."""
        with self.engine.connect() as conn:
            person = conn.execute(sa.select(persons).where(persons.c.name_key == merge.person_key(person_name))).first()
            if person is None:
                return []
            rows = conn.execute(sa.select(cases).where(cases.c.person_id == person.id)).all()
            events = [self._case_dict(conn, person.name, row) for row in rows]
        events.sort(key=lambda e: (e["ruling_date"] is None, e["ruling_date"] or "", _STAGE[e["ruling"]], e["case_id"]))
        return events

    def _store_article(self, conn: Connection, article: Article, digest: str, *, update: bool, filtered: bool) -> bool:
        """Insert the article row (False when a concurrent run stored it first), or update it."""
        values = {
            "url": article.url,
            "published": article.published,
            "content_hash": digest,
            "processed_at": dt.datetime.now(dt.UTC),
            "pipeline_version": self.version,
            "filtered": filtered,
        }
        if update:
            conn.execute(articles.update().where(articles.c.id == article.id).values(**values))
            return True
        return _insert_new(conn, articles, ["id"], {"id": article.id, **values}) is not None

    def _store_record(self, conn: Connection, article_id: str, record: CaseRecord) -> None:
        person_id = self._person(conn, record)
        case_id = self._case(conn, person_id, record)
        spans = [list(span) for span in record.evidence.spans]
        key = (case_sources.c.case_id == case_id) & (case_sources.c.article_id == article_id)
        known = conn.execute(sa.select(case_sources.c.spans).where(key)).scalar()
        if known is None:
            conn.execute(case_sources.insert().values(case_id=case_id, article_id=article_id, spans=spans))
        else:
            merged = sorted({tuple(s) for s in known} | {tuple(s) for s in spans})
            conn.execute(case_sources.update().where(key).values(spans=[list(s) for s in merged]))

    @staticmethod
    def _person(conn: Connection, record: CaseRecord) -> int:
        """The id of the record's person, found by name key or inserted; keeps the fullest name and
        fills role and age when they were unknown."""
        name_key = merge.person_key(record.person)
        row = conn.execute(sa.select(persons).where(persons.c.name_key == name_key)).first()
        if row is None:
            new = {"name": record.person, "name_key": name_key, "role": record.role, "age": record.age}
            _insert_new(conn, persons, ["name_key"], new)
            row = conn.execute(sa.select(persons).where(persons.c.name_key == name_key)).one()
        changes: dict[str, Any] = {}
        if merge.fuller(row.name, record.person):
            changes["name"] = record.person
        if row.role is None and record.role is not None:
            changes["role"] = record.role
        if row.age is None and record.age is not None:
            changes["age"] = record.age
        if changes:
            conn.execute(persons.update().where(persons.c.id == row.id).values(**changes))
        return row.id

    def _case(self, conn: Connection, person_id: int, record: CaseRecord) -> int:
        """The id of the record's decision among the person's cases (merge.same_decision), inserted
        when new, else with its missing slots filled from the record."""
        rows = conn.execute(sa.select(cases).where((cases.c.person_id == person_id) & (cases.c.ruling == record.ruling))).all()
        _, _, date_key, penalty_key = merge.case_key(record)
        matches = [row for row in rows if merge.same_decision(self._as_record(record.person, row), record)]
        if not matches:
            case_id = self._insert_case(conn, person_id, record, date_key, penalty_key)
            if case_id is not None:
                return case_id
            identity = (
                (cases.c.person_id == person_id)
                & (cases.c.ruling == record.ruling)
                & (cases.c.date_key == date_key)
                & (cases.c.penalty_key == penalty_key)
            )
            matches = conn.execute(sa.select(cases).where(identity)).all()
        main = merge.main_penalty(record)
        best = min(
            matches,
            key=lambda row: (
                row.date_key != date_key,
                merge.main_penalty(self._as_record(record.person, row)) != main,
                row.id,
            ),
        )
        self._fill_case(conn, best, record)
        return best.id

    @staticmethod
    def _as_record(person: str, row: sa.Row) -> CaseRecord:
        """A stored case as a record, with what `merge.same_decision` compares."""
        sentence = [Penalty(kind=row.main_kind, duration=row.main_duration)] if row.main_kind else []
        return CaseRecord(person=person, ruling=row.ruling, ruling_date=row.ruling_date, sentence=sentence)

    @staticmethod
    def _insert_case(conn: Connection, person_id: int, record: CaseRecord, date_key: str, penalty_key: str) -> int | None:
        """The new case's id, or None when a concurrent run inserted the same identity first."""
        main = record.sentence[0] if record.sentence else None
        values = {
            "person_id": person_id,
            "ruling": record.ruling,
            "ruling_date": record.ruling_date,
            "date_key": date_key,
            "penalty_key": penalty_key,
            "court": record.court,
            "court_city": record.court_city,
            "country": record.country,
            "main_kind": main.kind if main else None,
            "main_duration": main.duration if main else None,
            "code_articles": list(dict.fromkeys(record.code_articles)),
        }
        inserted = _insert_new(conn, cases, ["person_id", "ruling", "date_key", "penalty_key"], values)
        if inserted is None:
            return None
        case_id = inserted[0]
        SqlSink._insert_penalties(conn, case_id, record.sentence)
        SqlSink._insert_charges(conn, case_id, set(record.charges))
        return case_id

    @staticmethod
    def _fill_case(conn: Connection, row: sa.Row, record: CaseRecord) -> None:
        """Fill what the stored case lacks: court, city, country, a more precise date, the penalties
        (when it had none), and charges and code articles not yet listed."""
        changes: dict[str, Any] = {
            slot: getattr(record, slot)
            for slot in ("court", "court_city", "country")
            if getattr(row, slot) is None and getattr(record, slot) is not None
        }
        if record.ruling_date and len(record.ruling_date) > len(row.ruling_date or ""):
            changes.update(ruling_date=record.ruling_date, date_key=record.ruling_date)
        if row.main_kind is None and record.sentence:
            changes.update(main_kind=record.sentence[0].kind, main_duration=record.sentence[0].duration)
            SqlSink._insert_penalties(conn, row.id, record.sentence)
        articles_cited = list(dict.fromkeys([*row.code_articles, *record.code_articles]))
        if articles_cited != row.code_articles:
            changes["code_articles"] = articles_cited
        if changes:
            conn.execute(cases.update().where(cases.c.id == row.id).values(**changes))
        known = set(conn.execute(sa.select(charges.c.category).where(charges.c.case_id == row.id)).scalars())
        SqlSink._insert_charges(conn, row.id, set(record.charges) - known)

    @staticmethod
    def _insert_penalties(conn: Connection, case_id: int, sentence: Iterable[Penalty]) -> None:
        rows = [
            {
                "case_id": case_id,
                "position": position,
                "kind": penalty.kind,
                "duration": penalty.duration,
                "fine_amount": penalty.fine.amount if penalty.fine else None,
                "fine_currency": penalty.fine.currency if penalty.fine else None,
            }
            for position, penalty in enumerate(sentence)
        ]
        if rows:
            _insert_new(conn, penalties, ["case_id", "position"], rows)

    @staticmethod
    def _insert_charges(conn: Connection, case_id: int, categories: set[str]) -> None:
        if categories:
            _insert_new(conn, charges, ["case_id", "category"], [{"case_id": case_id, "category": c} for c in sorted(categories)])

    @staticmethod
    def _drop_unsourced(conn: Connection) -> None:
        """Remove cases no article reports any more (after a replaced article), then persons left
        without cases."""
        sourced = sa.select(case_sources.c.case_id)
        orphans = sa.select(cases.c.id).where(cases.c.id.not_in(sourced))
        for table in (penalties, charges):
            conn.execute(table.delete().where(table.c.case_id.in_(orphans)))
        conn.execute(cases.delete().where(cases.c.id.not_in(sourced)))
        conn.execute(persons.delete().where(persons.c.id.not_in(sa.select(cases.c.person_id))))

    @staticmethod
    def _case_dict(conn: Connection, person: str, row: sa.Row) -> dict[str, Any]:
        sentence = [
            {
                "kind": p.kind,
                "duration": p.duration,
                "fine": {"amount": p.fine_amount, "currency": p.fine_currency} if p.fine_amount is not None else None,
            }
            for p in conn.execute(sa.select(penalties).where(penalties.c.case_id == row.id).order_by(penalties.c.position))
        ]
        return {
            "case_id": row.id,
            "person": person,
            "ruling": row.ruling,
            "ruling_date": row.ruling_date,
            "court": row.court,
            "court_city": row.court_city,
            "country": row.country,
            "sentence": sentence,
            "charges": sorted(conn.execute(sa.select(charges.c.category).where(charges.c.case_id == row.id)).scalars()),
            "code_articles": row.code_articles,
            "articles": sorted(
                conn.execute(sa.select(case_sources.c.article_id).where(case_sources.c.case_id == row.id)).scalars()
            ),
        }


def stored_records(url: str) -> Iterator[tuple[Article, CaseRecord]]:
    """(article, record) for every article that reports every stored case, articles in the order
    they were stored and their cases in the order they were first stored: what the JSON Lines
    output of the same run lists, read back for `export --uwazi --db`. Each record carries its
    case's merged values (person's fullest name, role and age; every charge and penalty; the most
    precise date) and the spans of that article. A URL that holds no case tables (or an SQLite
    file that is not there) raises E043, without creating anything."""
    try:
        parsed = sa.engine.make_url(url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            if not Path(parsed.database).is_file():
                raise WatchdogError(Errors.E043.format(url=_shown(url), tables=", ".join(t.name for t in TABLES)))
        engine = sa.create_engine(url)
        present = set(sa.inspect(engine).get_table_names())
    except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, sa.exc.DBAPIError, ImportError) as err:
        raise WatchdogError(Errors.E041.format(url=_shown(url), reason=str(err).splitlines()[0])) from None
    missing = [table.name for table in TABLES if table.name not in present]
    if missing:
        engine.dispose()
        raise WatchdogError(Errors.E043.format(url=_shown(url), tables=", ".join(missing)))
    try:
        with engine.connect() as conn:
            people = {row.id: row for row in conn.execute(sa.select(persons))}
            decided = {row.id: row for row in conn.execute(sa.select(cases))}
            sentences: dict[int, list[Penalty]] = {}
            for row in conn.execute(sa.select(penalties).order_by(penalties.c.case_id, penalties.c.position)):
                fine = Fine(amount=row.fine_amount, currency=row.fine_currency) if row.fine_amount is not None else None
                sentences.setdefault(row.case_id, []).append(Penalty(kind=row.kind, duration=row.duration, fine=fine))
            categories: dict[int, list[str]] = {}
            for row in conn.execute(sa.select(charges).order_by(charges.c.case_id, charges.c.category)):
                categories.setdefault(row.case_id, []).append(row.category)
            sources = conn.execute(
                sa.select(case_sources.c.case_id, case_sources.c.spans, articles.c.id, articles.c.url)
                .join(articles, articles.c.id == case_sources.c.article_id)
                .order_by(articles.c.processed_at, articles.c.id, case_sources.c.case_id)
            ).all()
    finally:
        engine.dispose()
    for source in sources:
        case = decided[source.case_id]
        person = people[case.person_id]
        yield (
            Article(id=source.id, text="", url=source.url),
            CaseRecord(
                person=person.name,
                role=person.role,
                age=person.age,
                court=case.court,
                court_city=case.court_city,
                country=case.country,
                ruling=case.ruling,
                ruling_date=case.ruling_date,
                charges=categories.get(case.id, []),
                sentence=sentences.get(case.id, []),
                code_articles=case.code_articles,
                evidence=Evidence(article_id=source.id, spans=tuple(tuple(span) for span in source.spans)),
            ),
        )
