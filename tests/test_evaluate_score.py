"""score() against SCHEMA.md's Scoring rules, on hand-made records whose answers are known."""

import json
from typing import Any

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.evaluate import Counts, read_gold, score
from watchdog_nlp.normalize.durations import duration_total


def rec(person: str, ruling: str = "sentenced", **fields: Any) -> dict[str, Any]:
    return {"person": person, "ruling": ruling, **fields}


def score_one(gold: list[dict], predicted: list[dict]):
    """Score a single article "a"."""
    return score([{"id": "a", "records": gold}], {"a": predicted})


@pytest.mark.parametrize(
    "gold, predicted, expected",
    [
        ([rec("Maks Boqaev", "restriction")], [rec("Maks Boqaev", "restriction")], (1, 0, 0)),
        ([rec("Maks Boqaev")], [rec("Boqaev")], (1, 0, 0)),
        ([rec("Aleš Bialiatski")], [rec("ALES BIALIATSKI")], (1, 0, 0)),
        ([rec("Ales Bialiatski")], [rec("bialiatski")], (1, 0, 0)),
        ([rec("Aleksei Navalny")], [rec("Alexei Navalny")], (0, 1, 1)),
        ([rec("Maks Boqaev")], [rec("Maks Kairatovich Boqaev")], (1, 0, 0)),
        ([rec("Boqaev")], [rec("Maks Boqaev")], (1, 0, 0)),
        ([rec("Maks Boqaev")], [rec("Yerlan Boqaev")], (0, 1, 1)),
        ([rec("Aleksei Navalny"), rec("Oleg Navalny")], [rec("Navalny")], (0, 1, 2)),
        ([rec("Aleksei Navalny"), rec("Oleg Navalny")], [rec("Oleg Navalny")], (1, 0, 1)),
        ([rec("Maks Boqaev")], [rec("Maks")], (0, 1, 1)),
        ([rec("Maks Boqaev")], [rec("Maks Boqaev", "acquitted")], (0, 1, 1)),
        ([rec("Maks Boqaev")], [rec("Nika Gvaramia")], (0, 1, 1)),
        ([rec("Maks Boqaev")], [rec("Maks Boqaev"), rec("Boqaev")], (1, 1, 0)),
        ([], [], (0, 0, 0)),
    ],
)
def test_evaluate_score_record_matching(gold, predicted, expected):
    """person (case, accent, unique surname, same first and last name) and ruling -> (tp, fp, fn)."""
    records = score_one(gold, predicted).records
    assert (records.tp, records.fp, records.fn) == expected


@pytest.mark.parametrize(
    "gold_dates, predicted_dates, expected_tp, expected_date_accuracy",
    [
        (["2015-02-04", "2019-12"], ["2019-12", "2015-02-04"], 2, 1.0),
        (["2015-02-04", "2019-12"], ["2019-12-09"], 1, 1.0),
        (["2015", "2019"], ["2019", "2015", "2021"], 2, 1.0),
        (["2015", "2019"], ["2020"], 1, 0.0),
    ],
)
def test_evaluate_score_duplicates_prefer_agreeing_dates(gold_dates, predicted_dates, expected_tp, expected_date_accuracy):
    """Two "sentenced" records for one person pair up by ruling_date, whatever their order."""
    report = score_one(
        [rec("Ahmed Douma", ruling_date=date) for date in gold_dates],
        [rec("Douma", ruling_date=date) for date in predicted_dates],
    )
    assert report.records.tp == expected_tp
    assert report.slots["ruling_date"].accuracy == expected_date_accuracy


def penalty(kind: str, duration: str | None = None) -> list[dict]:
    return [{"kind": kind, "duration": duration}]


@pytest.mark.parametrize(
    "slot, gold_fields, predicted_fields, expected",
    [
        ("ruling_date", {"ruling_date": "2016"}, {"ruling_date": "2016-05-01"}, 1.0),
        ("ruling_date", {"ruling_date": "2016-05"}, {"ruling_date": "2016-05-20"}, 1.0),
        ("ruling_date", {"ruling_date": "2016-05-01"}, {"ruling_date": "2016"}, 0.0),
        ("ruling_date", {"ruling_date": "2016"}, {"ruling_date": "2017-01-01"}, 0.0),
        ("ruling_date", {}, {}, 1.0),
        ("ruling_date", {}, {"ruling_date": "2016"}, 0.0),
        ("ruling_date", {"ruling_date": "2016"}, {}, 0.0),
        ("duration", {"sentence": penalty("prison", "P18M")}, {"sentence": penalty("prison", "P1Y6M")}, 1.0),
        ("duration", {"sentence": penalty("labor", "P2W")}, {"sentence": penalty("labor", "P14D")}, 1.0),
        ("duration", {"sentence": penalty("prison", "P1Y")}, {"sentence": penalty("prison", "P365D")}, 0.0),
        ("duration", {"sentence": penalty("prison", "P5Y")}, {"sentence": penalty("prison")}, 0.0),
        ("duration", {}, {}, 1.0),
        ("kind", {}, {}, 1.0),
        ("kind", {"sentence": penalty("prison", "P5Y")}, {"sentence": penalty("suspended", "P5Y")}, 0.0),
        ("kind", {"sentence": penalty("prison")}, {}, 0.0),
        ("charges", {"charges": ["extremism"]}, {"charges": ["extremism", "protest_violation"]}, 2 / 3),
        ("charges", {"charges": ["extremism"]}, {}, 0.0),
        ("court_city", {"court_city": "Atyrau"}, {"court_city": "ATYRAU"}, 1.0),
        ("court_city", {"court_city": "Atyrau"}, {}, 0.0),
        ("court_city", {}, {}, 1.0),
        ("country", {"country": "KZ"}, {"country": "KZ"}, 1.0),
        ("country", {"country": "KZ"}, {"country": "RU"}, 0.0),
    ],
)
def test_evaluate_score_slot_rules(slot, gold_fields, predicted_fields, expected):
    """One matched pair -> the slot's accuracy (date precision, total months/days, charges set F1)."""
    report = score_one([rec("Maks Boqaev", **gold_fields)], [rec("Maks Boqaev", **predicted_fields)])
    assert report.slots[slot].count == 1
    assert report.slots[slot].accuracy == pytest.approx(expected)


def test_evaluate_score_charges_unscored_when_neither_has_any():
    """A matched pair with no charges on either side does not count in the charges figure."""
    report = score_one([rec("Maks Boqaev")], [rec("Maks Boqaev")])
    assert (report.slots["charges"].count, report.slots["charges"].accuracy) == (0, None)


def test_evaluate_score_wrong_slot_is_listed():
    """A wrong slot names the article, the gold person and ruling, and both values."""
    report = score_one([rec("Maks Boqaev", country="KZ")], [rec("Boqaev", country="RU")])
    [error] = report.errors
    assert error.model_dump() == {
        "kind": "wrong_slot",
        "article_id": "a",
        "person": "Maks Boqaev",
        "ruling": "sentenced",
        "slot": "country",
        "gold": "KZ",
        "predicted": "RU",
    }


def test_evaluate_score_small_corpus_arithmetic():
    """Three articles with known answers: records tp=2 fp=1 fn=2; persons, counted record by
    record, tp=2 fp=1 fn=2."""
    gold = [
        {"id": "a1", "records": [rec("Maks Boqaev", "restriction"), rec("Maks Boqaev", ruling_date="2016")]},
        {"id": "a2", "records": [rec("Nika Gvaramia")]},
        {"id": "a3", "records": [rec("Azimjon Askarov", "appeal_rejected")]},
    ]
    predicted = {
        "a1": [rec("Boqaev", "restriction")],
        "a2": [rec("Nika Gvaramia"), rec("Giorgi Rurua")],
        "not-in-gold": [rec("Maks Boqaev")],
    }
    report = score(gold, predicted)
    assert report.articles == 3
    assert (report.records.tp, report.records.fp, report.records.fn) == (2, 1, 2)
    assert report.records.precision == pytest.approx(2 / 3)
    assert report.records.recall == pytest.approx(1 / 2)
    assert report.records.f1 == pytest.approx(4 / 7)
    assert (report.persons.tp, report.persons.fp, report.persons.fn) == (2, 1, 2)
    assert report.persons.f1 == pytest.approx(4 / 7)
    kinds = sorted((error.kind, error.article_id, error.person) for error in report.errors)
    assert kinds == [
        ("missed", "a1", "Maks Boqaev"),
        ("missed", "a3", "Azimjon Askarov"),
        ("spurious", "a2", "Giorgi Rurua"),
    ]


def test_evaluate_score_charges_micro_and_average():
    """Pairs {extremism, protest_violation} vs {extremism, other} and {} vs {}: micro 1/1/1; the
    mean set F1 counts only the first pair (0.5)."""
    report = score_one(
        [rec("Maks Boqaev", charges=["extremism", "protest_violation"]), rec("Nika Gvaramia")],
        [rec("Maks Boqaev", charges=["extremism", "other"]), rec("Nika Gvaramia")],
    )
    micro = report.charges_micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)
    assert micro.f1 == pytest.approx(0.5)
    assert report.slots["charges"].accuracy == pytest.approx(0.5)
    assert (report.slots["charges"].count, report.slots["charges"].correct) == (1, 0)


@pytest.mark.parametrize(
    "counts, expected",
    [
        ((0, 0, 0), (1.0, 1.0, 1.0)),
        ((2, 1, 2), (2 / 3, 1 / 2, 4 / 7)),
        ((3, 0, 0), (1.0, 1.0, 1.0)),
        ((0, 3, 0), (0.0, 0.0, 0.0)),
        ((0, 0, 2), (0.0, 0.0, 0.0)),
    ],
)
def test_evaluate_counts_rates(counts, expected):
    """(tp, fp, fn) -> (precision, recall, F1); nothing to find and nothing found is perfect."""
    tp, fp, fn = counts
    result = Counts(tp=tp, fp=fp, fn=fn)
    assert (result.precision, result.recall, result.f1) == pytest.approx(expected)


@pytest.mark.parametrize(
    "value, expected",
    [("P18M", (18, 0)), ("P1Y6M", (18, 0)), ("P5Y", (60, 0)), ("P15D", (0, 15)), ("P2W1D", (0, 15))],
)
def test_evaluate_duration_parts(value, expected):
    """ISO 8601 duration -> (total months, total days), as the scorer compares them."""
    assert duration_total(value) == expected


@pytest.mark.parametrize("value", ["P", "5Y", "P1H", "P1.5Y"])
def test_evaluate_duration_parts_rejects(value):
    """Anything but years, months, weeks and days is not a sentence duration."""
    with pytest.raises(ValueError):
        duration_total(value)


@pytest.mark.parametrize("order", ["as_given", "reversed"])
def test_evaluate_score_gold_against_itself(dev_articles, order):
    """The dev gold scored against itself, in any record order, is perfect on every measure."""
    predicted = {
        article["id"]: article["records"] if order == "as_given" else article["records"][::-1] for article in dev_articles
    }
    report = score(dev_articles, predicted)
    assert report.records.f1 == 1.0
    assert report.persons.f1 == 1.0
    assert report.charges_micro.f1 == 1.0
    assert {name: slot.accuracy for name, slot in report.slots.items()} == dict.fromkeys(report.slots, 1.0)
    assert report.errors == []


def test_evaluate_report_text_and_json():
    """The table shows the record line; --errors adds one line per miss; the dump is JSON-ready."""
    report = score_one([rec("Maks Boqaev", ruling_date="2016")], [])
    assert "records" in report.to_text()
    assert "Maks Boqaev" not in report.to_text()
    assert "missed     a  Maks Boqaev  sentenced  2016" in report.to_text(errors=True)
    dumped = json.loads(json.dumps(report.model_dump(mode="json")))
    assert dumped["records"] == {"tp": 0, "fp": 0, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert dumped["slots"]["duration"] == {"count": 0, "correct": 0, "accuracy": None}


@pytest.mark.parametrize(
    "gold, predicted, code",
    [
        ([{"id": "a", "records": []}, {"id": "a", "records": []}], {}, "E012"),
        ([{"id": "a", "records": [rec("Maks Boqaev", "jailed")]}], {}, "E017"),
        ([{"id": "a", "records": []}], {"a": [{"ruling": "sentenced"}]}, "E017"),
    ],
)
def test_evaluate_score_rejects_bad_input(gold, predicted, code):
    """Duplicate gold ids and records outside SCHEMA.md -> WatchdogError with its code."""
    with pytest.raises(WatchdogError, match=code):
        score(gold, predicted)


@pytest.mark.parametrize(
    "lines, code, line_number",
    [
        (['{"id": "a", "text": "t", "records": []}', "{oops"], "E003", 2),
        (['{"id": "a", "text": "t"}'], "E010", 1),
        (['{"id": "a", "records": []}'], "E004", 1),
        (['{"id": "a", "text": "t", "records": [{"person": "X", "ruling": "jailed"}]}'], "E011", 1),
        ([""], "E005", None),
    ],
)
def test_evaluate_read_gold_errors(tmp_path, lines, code, line_number):
    """A bad gold file -> WatchdogError naming the file and, when there is one, the line."""
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(WatchdogError, match=code) as caught:
        read_gold(path)
    assert str(path) in str(caught.value)
    if line_number is not None:
        assert f"line {line_number}" in str(caught.value)


def test_evaluate_read_gold_dev(dev_path, dev_articles):
    """The dev corpus reads whole: every article with its validated records."""
    gold = read_gold(dev_path)
    assert [item["id"] for item in gold] == [article["id"] for article in dev_articles]
    assert sum(len(item["records"]) for item in gold) == sum(len(a["records"]) for a in dev_articles)
