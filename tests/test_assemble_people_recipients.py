"""Who a decision is about: a counted group is no name, "one of" a group is named by the next
sentence, a lone surname penalised and referred back to by "her"/"his" is a defendant.
Sentences are our own."""

import pytest

import watchdog_nlp


@pytest.mark.parametrize(
    "text, persons",
    [
        (
            "A military court in Rostov-on-Don on May 3 sentenced three Crimean Tatars to 12 years in prison. "
            "Enver Osmanov was sentenced to 13 years.",
            [("Enver Osmanov", "sentenced")],
        ),
        (
            "The newspaper says one of its reporters has been convicted of insulting the president and has been "
            "sentenced to two years in prison by a court in Ankara.\n\n"
            "The paper said on Tuesday that Selin Kaya, who holds dual citizenship, would appeal.",
            [("Selin Kaya", "sentenced")],
        ),
        (
            "On Tuesday a district court in Kazan fined Zaripova 300,000 rubles for organising a rally, "
            "finding her guilty of a repeat violation.",
            [("Zaripova", "sentenced")],
        ),
        ("A court in Moscow on May 4 fined Mosenergo 300,000 rubles for breaking safety rules at its plant.", []),
    ],
)
def test_assemble_people_decision_recipients(text, persons):
    """sentence -> (person, ruling) of every record."""
    records = watchdog_nlp.extract(text, published="2024-06-01").records
    assert sorted((r.person, r.ruling) for r in records) == sorted(persons)
