"""The person validator: outlets, parties, companies, lakes, guises and a surname inside a word are
no defendants, while real defendants with names of any origin stay (issue 10). Sentences are our own."""

import importlib.util
from pathlib import Path

import pytest
from spacy.tokens import Span

from watchdog_nlp import extract
from watchdog_nlp.assemble.people import is_given_name, not_a_name, person_mentions

ROOT = Path(__file__).resolve().parents[1]


def persons(nlp, text: str, published: str = "2024-05-10") -> list[str]:
    return sorted({r.person for r in extract(text, published=published, nlp=nlp).records})


@pytest.mark.parametrize(
    "text, expected",
    [
        # outlets, parties and forums by their name words
        (
            "A court in Managua on March 2 sentenced Diario Centinela to pay a fine and jailed its editor, Rosa Quiroga, for two years.",
            ["Rosa Quiroga"],
        ),
        (
            "A court in Lahore on March 2 fined Lahore Independent and sentenced its editor, Imran Qureshi, to two years in prison.",
            ["Imran Qureshi"],
        ),
        (
            "A court in Ranchi on March 2 fined Lok Adhikar Manch and sentenced its convener, Ramesh Oraon, to two years in prison.",
            ["Ramesh Oraon"],
        ),
        ("A court on March 2 fined Kabul Times and jailed its reporter, Farid Ahmadi, for one year.", ["Farid Ahmadi"]),
        # a lake or mountain
        (
            "A court in Tabriz on May 2 sentenced environmentalist Reza Karimi and Lake Urmia campaigner Ali Nouri to two years in prison.",
            ["Ali Nouri", "Reza Karimi"],
        ),
        # a group by what people do to it: lead, found, head
        (
            "Only days earlier, Tendai Moyo, who leads Forward Zimbabwe, was sent to prison for three years after a court convicted him of inciting violence.",
            ["Tendai Moyo"],
        ),
        # an organisation named in apposition after its noun, unless the name opens with a given name
        (
            "Ion Rusu, a former manager at the national airline company, Air Moldova, was sentenced on May 2 to eight years in prison.",
            ["Ion Rusu"],
        ),
        (
            "Two members of the movement, Ivan Petrov and Anna Smirnova, were sentenced on May 2 to eight years in prison.",
            ["Anna Smirnova", "Ivan Petrov"],
        ),
        ("A court on May 2 sentenced the leader of the party, Ivan Petrov, to eight years in prison.", ["Ivan Petrov"]),
        # a court does "find" people guilty: that verb founds nothing
        (
            "A court in Almaty found Abai Nurlanov, Askar Zhumabaev and Noyan Serikov guilty of extremism on May 2 and sentenced them to five years.",
            ["Abai Nurlanov", "Askar Zhumabaev", "Noyan Serikov"],
        ),
        # a plural honorific is dropped and each surname after it is a person
        ("Messrs Abdullah and Rahman were sentenced on May 2 to two years in prison.", ["Abdullah", "Rahman"]),
        # a surname inside a word names no one
        (
            "Kremlin critics see the move as another sign that dissent is shrinking since Vladimir Putin won a further six years in March.\n\n"
            "Maria Alyokhina became known in 2012, when she and two other women were found guilty of hooliganism over an anti-Putin song staged in a cathedral.",
            ["Maria Alyokhina"],
        ),
        # associates of two people, the second joined to "associates" by the parser
        (
            "Two associates of opposition politician Alexei Sokolov and exiled former oil magnate Mikhail Orlov have been jailed "
            "for 10 days after May Day marches on Wednesday ended in mass arrests.",
            [],
        ),
        # a rights group's director speaking after a quote that closes its paragraph
        (
            "A court in Dushanbe sentenced lawyer Rustam Nazarov to ten years in prison on May 2.\n\n"
            '"He and the other activists should be freed at once, their convictions overturned, and they should be compensated."\n\n'
            "Anna Weber, director of Eastern Rights Partnership, called Nazarov a leading rights lawyer and said that each day "
            "he spends in prison harms the country.",
            ["Rustam Nazarov"],
        ),
        # the doer of a passive decision verb (a pardoner) is no defendant
        ("Saman Yasin was pardoned by Ali Khamenei on May 2 after a court sentenced him to five years.", ["Saman Yasin"]),
        # a menu line of links set apart by " | "
        (
            "CITY NEWS\nHarbor-Strike | Ohio train crash | Ariana Grande and Kanye West | Oklahoma vs Texas | Tom Brady\nWorld News\n\n"
            "Egyptian appeals court keeps 6-month prison term for outspoken critic\n\nShare\n\n"
            "CAIRO (AP) — An appeals court in Egypt on Saturday confirmed a six-month prison term for Hamdi Sabry, "
            "an outspoken government critic whose defamation case grew out of a quarrel online.",
            ["Hamdi Sabry"],
        ),
        # real defendants whose names no list knows
        ("A court in Yangon on May 2 sentenced Phyo Zayar Thaw to death.", ["Phyo Zayar Thaw"]),
        (
            "A court in Bangkok on May 2 sentenced activist Somchai Boonrat to two years in prison for insulting the monarchy.",
            ["Somchai Boonrat"],
        ),
        ("A court in Hanoi on May 2 sentenced blogger Pham Van Trang to six years in prison.", ["Pham Van Trang"]),
        ("A court in Hanoi on May 2 sentenced blogger Nguyen Thi Tuyet Lan to six years in prison.", ["Nguyen Thi Tuyet Lan"]),
        ("A court in Riyadh on May 2 sentenced Salma al-Shehab to 34 years in prison.", ["Salma al-Shehab"]),
        (
            "A court in Istanbul on May 2 sentenced journalist Şebnem Korur Fincancı to two years in prison.",
            ["Şebnem Korur Fincancı"],
        ),
        ("Activists such as Ivan Petrov were sentenced on May 2 to two years in prison.", ["Ivan Petrov"]),
    ],
)
def test_people_validator_persons(nlp, text, expected):
    """a sentence -> the persons of its records."""
    assert persons(nlp, text) == expected


@pytest.mark.parametrize(
    "text, name, expected",
    [
        ("A court on May 3 ordered The Caravan editors Ravi Menon and Ali Khan released.", "The Caravan", True),
        ("A court on May 3 fined Diario Libre for defamation.", "Diario Libre", True),
        ("Activists from Lake Urmia were fined on May 3.", "Lake Urmia", True),
        ("A court on May 3 sentenced Ravi Menon to a year in prison.", "Ravi Menon", False),
    ],
)
def test_people_not_a_name_span(nlp, text, name, expected):
    """a span of a sentence -> whether its words make it no person's name ("The X", "Diario X", "Lake X")."""
    doc = nlp(text)
    start = text.index(name)
    assert not_a_name(doc.char_span(start, start + len(name))) is expected


@pytest.mark.parametrize(
    "word, expected", [("Ivan", True), ("anna", True), ("Mehmet", True), ("Posta", False), ("Transform", False), ("Lake", False)]
)
def test_people_given_name_list(word, expected):
    """a word -> whether it is a common given name of models/names/given_names.tsv."""
    assert is_given_name(word) is expected


def test_people_given_names_file_is_current(tmp_path):
    """models/names/given_names.tsv is what scripts/build_given_names.py derives from names-dataset."""
    pytest.importorskip("names_dataset")
    spec = importlib.util.spec_from_file_location("build_given_names", ROOT / "scripts" / "build_given_names.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--check"]) == 0


def test_assemble_people_validator_outlet_words_name_nobody_else(nlp):
    """An outlet's name ("Diario de Cuba") tagged a person lends its words to no other mention: the
    country the NER also tagged a person in "the Supreme Court of Cuba" stays no name."""
    doc = nlp("The Supreme Court of Cuba cut the sentences. The ruling, according to Diario de Cuba, was read on Monday.")
    country = next(t for t in doc if t.text == "Cuba")
    outlet = next(t for t in doc if t.text == "Diario")
    doc.ents = [Span(doc, country.i, country.i + 1, label="PERSON"), Span(doc, outlet.i, outlet.i + 3, label="PERSON")]
    assert [m.text for m in person_mentions(doc)] == []
