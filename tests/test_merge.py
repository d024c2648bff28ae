"""Cross-article merging: transliteration-insensitive person keys (rules in models/transliteration.jsonl,
whose examples run here) and which records are one court decision."""

import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.merge import case_key, dates_agree, person_key, read_rules, same_decision
from watchdog_nlp.schema import CaseRecord, Penalty

RULES = read_rules()


@pytest.mark.parametrize(
    "name, key",
    [
        ("Aleksei Navalny", "aleksei navalni"),
        ("  ALEXEY   NAVALNYY ", "aleksei navalni"),
        ("Maks Boqaév", "maks bokaev"),
        ("Max Bokayev", "maks bokaev"),
        ("Il'ya Yashin", "ilia iashin"),
        ("Mikhail Khodorkovsky", "mihail hodorkovski"),
        ("Abdul-Rahman Saidov", "abdul rahman saidov"),
        ("", ""),
    ],
)
def test_merge_person_key_value(name, key):
    """name -> key: folded, rewritten, punctuation and hyphens split words, word order kept."""
    assert person_key(name) == key


@pytest.mark.parametrize(
    "a, b",
    [
        ("Aleksei Navalny", "Alexei Navalny"),
        ("Alexei Navalny", "Alexey Navalny"),
        ("Aleksey Navalnyy", "Aleksei Navalniy"),
        ("Maks Boqaev", "Max Bokayev"),
        ("Maks Boqaev", "Maks Bokaev"),
        ("Yevgeny Roizman", "Evgeniy Roizman"),
        ("Zhanbolat Mamay", "Janbolat Mamai"),
        ("Pyotr Verzilov", "Petr Verzilov"),
        ("Dmitrii Ivanov", "Dmitry Ivanov"),
        ("Gennady Shabanov", "Genadiy Shabanov"),
        ("Yulia Galiamina", "Iuliia Galiamina"),
        ("Ilya Yashin", "ILYA YASHIN"),
        ("Zhanna Baitélova", "Zhanna Baitelova"),
    ],
)
def test_merge_person_key_spellings_meet(a, b):
    """Transliteration variants of one name -> one key."""
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize(
    "a, b",
    [
        ("Aleksei Navalny", "Oleg Navalny"),
        ("Aleksei Navalny", "Navalny"),
        ("Aleksei Navalny", "Navalny Aleksei"),
        ("Aleksei Navalny", "Aleksei Anatolyevich Navalny"),
        ("Yana Petrova", "Anna Petrova"),
        ("Maks Bokayev", "Talgat Ayan"),
        ("Sergei Ivanov", "Sergei Ivanova"),
    ],
)
def test_merge_person_key_people_apart(a, b):
    """Different people (and the variants left unsupported: surname alone, reversed order,
    patronymics) -> different keys."""
    assert person_key(a) != person_key(b)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_merge_transliteration_examples_meet(rule):
    """Every rule's example spellings meet under the whole rule set."""
    assert rule.examples
    for a, b in rule.examples:
        assert person_key(a, RULES) == person_key(b, RULES), (a, b)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_merge_transliteration_rule_needed(rule):
    """Every rule earns its place: without it, one of its examples no longer meets."""
    others = tuple(r for r in RULES if r is not rule)
    assert any(person_key(a, others) != person_key(b, others) for a, b in rule.examples)


def test_merge_read_rules_bad_entry(tmp_path):
    """A rule with a broken regex -> WatchdogError naming the file and line."""
    path = tmp_path / "rules.jsonl"
    path.write_text(
        '{"rule": "ok", "pattern": "x", "replace": "ks", "examples": [["Max", "Maks"]]}\n'
        '{"rule": "bad", "pattern": "(", "replace": "", "examples": []}\n',
        encoding="utf-8",
    )
    with pytest.raises(WatchdogError, match=r"E008.*line 2"):
        read_rules(path)


@pytest.mark.parametrize(
    "a, b, agree",
    [
        ("2021-01-22", "2021-01-22", True),
        ("2021-01-22", "2021-01", True),
        ("2021-01-22", "2021", True),
        ("2021", "2021-01", True),
        ("2021-01-22", "2021-01-23", False),
        ("2021-01", "2021-02-01", False),
        ("2021", "2020-12-31", False),
        ("2021", None, False),
        (None, None, False),
    ],
)
def test_merge_dates_agree(a, b, agree):
    """(date, date) -> whether they can be one day: equal at the coarser precision."""
    assert dates_agree(a, b) is agree
    assert dates_agree(b, a) is agree


BASE = CaseRecord(
    person="Alexei Navalny", ruling="sentenced", ruling_date="2021-02-02", sentence=[Penalty(kind="prison", duration="P3Y6M")]
)


def variant(**changes) -> CaseRecord:
    return BASE.model_copy(update=changes)


@pytest.mark.parametrize(
    "other, same",
    [
        (variant(person="Aleksei Navalny"), True),
        (variant(person="Aleksei Navalny", ruling_date="2021-02", court="Moscow City Court"), True),
        (variant(ruling_date="2021", sentence=[Penalty(kind="prison", duration="P2Y8M")]), True),
        (variant(person="Oleg Navalny"), False),
        (variant(ruling="appeal_rejected"), False),
        (variant(ruling_date="2021-02-20"), False),
        (variant(ruling_date=None), False),
    ],
)
def test_merge_same_decision_dated(other, same):
    """A dated record against variants -> one decision or not (the penalty does not matter when dated)."""
    assert same_decision(BASE, other) is same
    assert same_decision(other, BASE) is same


UNDATED = variant(ruling_date=None)


@pytest.mark.parametrize(
    "other, same",
    [
        (variant(person="Alexey Navalnyy", ruling_date=None), True),
        (variant(ruling_date=None, sentence=[Penalty(kind="prison", duration="P42M")]), True),
        (variant(ruling_date=None, sentence=[Penalty(kind="prison", duration="P3Y")]), False),
        (variant(ruling_date=None, sentence=[Penalty(kind="suspended", duration="P3Y6M")]), False),
        (variant(ruling_date=None, sentence=[]), False),
    ],
)
def test_merge_same_decision_undated(other, same):
    """Two undated records -> one decision exactly when their main penalty agrees ("P42M" is "P3Y6M")."""
    assert same_decision(UNDATED, other) is same


def test_merge_same_decision_undated_without_penalty():
    """Two undated records without a penalty (e.g. detention orders) -> one decision."""
    a = CaseRecord(person="Maks Boqaev", ruling="pretrial_detention")
    assert same_decision(a, a.model_copy(update={"person": "Max Bokayev"}))


@pytest.mark.parametrize(
    "record, key",
    [
        (BASE, ("aleksei navalni", "sentenced", "2021-02-02", "")),
        (UNDATED, ("aleksei navalni", "sentenced", "", "prison/42/0")),
        (CaseRecord(person="Maks Boqaev", ruling="pretrial_detention"), ("maks bokaev", "pretrial_detention", "", "")),
    ],
)
def test_merge_case_key(record, key):
    """record -> (person key, ruling, date or "", main penalty of undated records or "")."""
    assert case_key(record) == key


@pytest.mark.parametrize("record", [BASE, UNDATED, variant(person="Max Bokayev", ruling="released")])
def test_merge_case_key_equal_means_same_decision(record):
    """Records whose case keys are equal are one decision."""
    twin = record.model_copy(update={"person": record.person.replace("x", "ks"), "court": "Some Court"})
    assert case_key(twin) == case_key(record)
    assert same_decision(twin, record)
