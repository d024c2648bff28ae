"""Case records as a CSV for HURIDOCS Uwazi's "Import CSV" (docs/uwazi.md has the template).

Uwazi maps each column header to the property of that name in the template chosen at import,
splits multi-value cells on "|", reads dates such as 2021-01-22 and treats the reserved `id`
column as the shared ID of an entity to update (empty or unknown: a new entity is created).
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterable, Mapping
from pathlib import Path

from .. import merge
from ..errors import Errors, WatchdogError
from ..merge import person_key
from ..schema import Article, CaseRecord
from .writers import MULTI_SEPARATOR, csv_cell, format_amount, format_penalty

UWAZI_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "case_id",
    "person",
    "role",
    "age",
    "court",
    "court_city",
    "country",
    "ruling",
    "ruling_date",
    "ruling_date_as_reported",
    "charges",
    "penalty",
    "penalty_duration",
    "fine_amount",
    "fine_currency",
    "penalties",
    "code_articles",
    "sources",
    "source_url",
    "evidence",
)

TITLE_SEPARATOR = " — "
#: columns about the person rather than the decision: one value per person across the file
PERSON_COLUMNS: tuple[str, ...] = ("person", "role", "age")


def case_id(record: CaseRecord) -> str:
    """A stable id of the decision, from person (the database's transliteration-proof name key),
    ruling and date: the same case exported again (from another article, or by a later run, or
    spelt "Alexei" instead of "Aleksei") gets the same id."""
    key = "|".join((person_key(record.person), record.ruling, record.ruling_date or ""))
    return "wdn-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def case_title(record: CaseRecord) -> str:
    """ "Maks Boqaev — restriction — 2021-01-22"; the date part is left out when unknown."""
    return _title(record.person, record.ruling, record.ruling_date)


def _title(person: str, ruling: str, ruling_date: str | None) -> str:
    parts = [person, ruling.replace("_", " ")]
    if ruling_date:
        parts.append(ruling_date)
    return TITLE_SEPARATOR.join(parts)


def uwazi_date(iso_date: str | None) -> str:
    """A full ISO date for Uwazi's date property: "2021-01" -> "2021-01-01", "2016" -> "2016-01-01"
    (the text's own precision stays in `ruling_date_as_reported`)."""
    if not iso_date:
        return ""
    year, month, day = (iso_date.split("-") + ["01", "01"])[:3]
    return f"{year}-{month}-{day}"


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return format_amount(value)
    return str(value)


def _row(article: Article, record: CaseRecord, shared_id: str | None) -> dict[str, str]:
    main = record.sentence[0] if record.sentence else None
    fine = next((p.fine for p in record.sentence if p.fine is not None), None)
    article_id = article.id or record.evidence.article_id
    values = {
        "id": shared_id,
        "title": case_title(record),
        "case_id": case_id(record),
        "person": record.person,
        "role": record.role,
        "age": record.age,
        "court": record.court,
        "court_city": record.court_city,
        "country": record.country,
        "ruling": record.ruling,
        "ruling_date": uwazi_date(record.ruling_date),
        "ruling_date_as_reported": record.ruling_date,
        "charges": MULTI_SEPARATOR.join(sorted(set(record.charges))),
        "penalty": main.kind if main else None,
        "penalty_duration": main.duration if main else None,
        "fine_amount": fine.amount if fine else None,
        "fine_currency": fine.currency if fine else None,
        "penalties": MULTI_SEPARATOR.join(format_penalty(p) for p in record.sentence),
        "code_articles": MULTI_SEPARATOR.join(record.code_articles),
        "sources": article_id,
        "source_url": article.url,
        "evidence": MULTI_SEPARATOR.join(f"{article_id}:{start}-{end}" for start, end in record.evidence.spans),
    }
    return {name: _cell(values[name]) for name in UWAZI_COLUMNS}


def _add_source(row: dict[str, str], later: dict[str, str]) -> None:
    """Fold a later report of the same case into its row: its article joins `sources` and its
    evidence is appended; the first report's values stay."""
    for name in ("sources", "evidence"):
        known = [v for v in row[name].split(MULTI_SEPARATOR) if v]
        added = [v for v in later[name].split(MULTI_SEPARATOR) if v and v not in known]
        row[name] = MULTI_SEPARATOR.join(known + added)
    for name in UWAZI_COLUMNS:
        if not row[name]:
            row[name] = later[name]


def _know_person(people: dict[str, dict[str, str]], key: str, row: dict[str, str]) -> None:
    """What the rows tell of one person, as the case database keeps it (`io.sql`): the fullest
    name, the first role and age given."""
    known = people.setdefault(key, {name: row[name] for name in PERSON_COLUMNS})
    if merge.fuller(known["person"], row["person"]):
        known["person"] = row["person"]
    for name in PERSON_COLUMNS[1:]:
        known[name] = known[name] or row[name]


def read_shared_ids(path: str | Path) -> dict[str, str]:
    """`case_id` -> Uwazi shared ID from a CSV with `case_id` and `id` (or `sharedId`) columns,
    such as a CSV export of the collection's case entities."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            rows = list(csv.DictReader(stream))
    except OSError as err:
        raise WatchdogError(Errors.E015.format(path=path, reason=err.strerror or err)) from None
    pairs = {}
    for row in rows:
        shared = row.get("id") or row.get("sharedId")
        if row.get("case_id") and shared:
            pairs[row["case_id"]] = shared
    return pairs


def export_uwazi(
    records: Iterable[tuple[Article, CaseRecord]],
    path: str | Path,
    *,
    shared_ids: Mapping[str, str] | None = None,
) -> int:
    """Write an Uwazi import CSV with one row per case; returns the number of rows.

    Records with the same `case_id` (one decision reported by several articles) become one row:
    the first report's values, empty cells filled from later ones, every article in `sources`.
    The person's columns are the person's across the file, as the case database keeps them: the
    fullest spelling of the name, the first role and age given.
    `shared_ids` maps `case_id` to the shared ID Uwazi gave the entity at an earlier import; those
    rows carry it in the `id` column, so importing them updates the entity instead of adding one.
    """
    shared_ids = shared_ids or {}
    rows: dict[str, dict[str, str]] = {}
    people: dict[str, dict[str, str]] = {}
    for article, record in records:
        key = case_id(record)
        row = _row(article, record, shared_ids.get(key))
        _know_person(people, person_key(record.person), row)
        if key in rows:
            _add_source(rows[key], row)
        else:
            rows[key] = row
    for row in rows.values():
        person = people[person_key(row["person"])]
        row.update(person)
        row["title"] = _title(row["person"], row["ruling"], row["ruling_date_as_reported"])
    path = Path(path)
    try:
        with path.open("w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=UWAZI_COLUMNS)
            writer.writeheader()
            writer.writerows({name: csv_cell(value) for name, value in row.items()} for row in rows.values())
    except OSError as err:
        raise WatchdogError(Errors.E016.format(path=path, reason=err.strerror or err)) from None
    return len(rows)
