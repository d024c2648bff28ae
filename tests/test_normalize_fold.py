"""One fold for names (normalize.fold): any script to lowercase ASCII, so that the spellings of
one name meet in the database (merge.person_key) and in the place gazetteer."""

import pytest

from watchdog_nlp.merge import person_key
from watchdog_nlp.normalize.fold import fold
from watchdog_nlp.normalize.places import city_country


@pytest.mark.parametrize(
    "text, folded",
    [
        ("Ilham Əliyev", "ilham aliyev"),
        ("Paweł Nowak", "pawel nowak"),
        ("Işıl Demir", "isil demir"),
        ("Maks Boqaév", "maks boqaev"),
        ("ŁÓDŹ", "lodz"),
        ("Đorđe", "dorde"),
        ("Søren Ærø", "soren aero"),
        ("Straße", "strasse"),
        ("Навальный", "naval'nyy"),
        ("O\u2019Brien \u2013 Smith", "o'brien - smith"),
        ("plain ASCII", "plain ascii"),
    ],
)
def test_normalize_fold_value(text, folded):
    """text -> lowercase ASCII: accents dropped, letters without a decomposition and other scripts
    transliterated, Azerbaijani "ə" as "a", curly quotes and dashes as ASCII ones."""
    assert fold(text) == folded


@pytest.mark.parametrize(
    "a, b",
    [
        ("Ilham Əliyev", "Ilham Aliyev"),
        ("Paweł Kowalski", "Pawel Kowalski"),
        ("Işıl Yılmaz", "Isil Yilmaz"),
        ("Məmmədov Tofiq", "Mammadov Tofiq"),
        ("Jiří Dvořák", "Jiri Dvorak"),
        ("Jørgen Møller", "Jorgen Moller"),
        ("Даръя Кузнецова", "Darya Kuznetsova"),
    ],
)
def test_normalize_fold_one_person_in_database(a, b):
    """Spellings of one name with and without their letters -> one person key."""
    assert person_key(a) == person_key(b)


@pytest.mark.parametrize("name, code", [("Łódź", "PL"), ("Lodz", "PL"), ("Đà Lạt", "VN"), ("Baku", "AZ")])
def test_normalize_fold_gazetteer_cities(name, code):
    """A city written with or without its letters -> its country (capital "Ł" now folds too)."""
    assert city_country(name) == code
