import json

import pycountry
import pytest

from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.normalize.money import load_currencies, parse_money

ENTRIES = load_currencies()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("20,000 rubles ($270)", (20_000.0, "RUB")),
        ("fined 600,000 tenge ($1,350)", (600_000.0, "KZT")),
        ("a fine of 150,000 tenges", (150_000.0, "KZT")),
        ("50,000 laris ($16,300)", (50_000.0, "GEL")),
        ("the same 50,000-lari fine", (50_000.0, "GEL")),
        ("2,000 laris (about $750)", (2_000.0, "GEL")),
        ("40,000 laris", (40_000.0, "GEL")),
        ("$5 billion", (5e9, "USD")),
        ("903.4 million soums", (903_400_000.0, "UZS")),
        ("10,000 hryvnias", (10_000.0, "UAH")),
        ("2,500 manats", (2_500.0, "AZN")),
        ("500,000 drams", (500_000.0, "AMD")),
        ("5,000 somoni", (5_000.0, "TJS")),
        ("100,000 soms", (100_000.0, "KGS")),
        ("1,450 Belarusian rubles", (1_450.0, "BYN")),
        ("500 euros", (500.0, "EUR")),
        ("€500", (500.0, "EUR")),
        ("50,000 yuan", (50_000.0, "CNY")),
        ("7,000 lira", (7_000.0, "TRY")),
        ("7,000 liras", (7_000.0, "TRY")),
        ("HK$10,000", (10_000.0, "HKD")),
        ("1,000 dollars", (1_000.0, "USD")),
        ("£300", (300.0, "GBP")),
        ("300 pounds", (300.0, "GBP")),
        ("10,000 Egyptian pounds ($560)", (10_000.0, "EGP")),
    ],
)
def test_money_reads_amount_and_iso_code(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("fined 5,000", (5_000.0, None)),
        ("a fine of 10,000 ($560)", (10_000.0, None)),
        ("in 2016 he was fined 5,000 rubles", (5_000.0, "RUB")),
        ("($1,350)", (1_350.0, "USD")),
    ],
)
def test_money_prefers_a_named_currency_and_ignores_bracketed_conversions(text, expected):
    assert parse_money(text) == expected


@pytest.mark.parametrize("text", ["", "a heavy fine", "billions of dollars"])
def test_money_without_an_amount_is_none(text):
    assert parse_money(text) is None


@pytest.mark.parametrize("entry", ENTRIES, ids=[e["code"] for e in ENTRIES])
def test_money_data_codes_are_iso_4217(entry):
    assert pycountry.currencies.get(alpha_3=entry["code"]) is not None


@pytest.mark.parametrize(
    "code, text, amount",
    [(e["code"], text, amount) for e in ENTRIES for text, amount in e["examples"]],
)
def test_money_data_examples_parse_to_their_code(code, text, amount):
    assert parse_money(text) == (float(amount), code)


def test_money_data_every_entry_has_an_example():
    assert all(e["examples"] for e in ENTRIES)


def test_money_data_surface_forms_are_unambiguous():
    forms = [f.lower() for e in ENTRIES for f in [*e["names"], *e.get("symbols", [])]]
    assert len(forms) == len(set(forms))


def test_money_data_bad_line_names_file_and_line(tmp_path):
    path = tmp_path / "currencies.jsonl"
    path.write_text(json.dumps({"code": "RUB", "names": ["ruble"]}) + "\n" + json.dumps({"code": "rub"}) + "\n")
    with pytest.raises(WatchdogError, match=r"line 2"):
        load_currencies(path)
