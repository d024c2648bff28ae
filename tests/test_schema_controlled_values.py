"""Orderings of controlled values kept outside the models cover exactly the values of the models'
Literal types, so a value added to the contract cannot be missing from them."""

from typing import get_args

import pytest

from watchdog_nlp.assemble import records
from watchdog_nlp.io import sql
from watchdog_nlp.schema import CaseRecord, Penalty


@pytest.mark.parametrize(
    "ordering, model, field",
    [(sql._STAGE, CaseRecord, "ruling"), (records._MAIN_FIRST, Penalty, "kind")],
    ids=["timeline stages of rulings", "main-first order of penalty kinds"],
)
def test_schema_controlled_values_orderings_cover_the_literal(ordering, model, field):
    """ordering -> the same values as the model field's Literal, each once."""
    values = get_args(model.model_fields[field].annotation)
    assert sorted(ordering) == sorted(values)
