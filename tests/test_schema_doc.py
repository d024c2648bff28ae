"""docs/schema.md is generated from the pydantic models: it must match what the script writes now."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_schema_doc_is_current():
    """scripts/build_schema_doc.py's rendering == the committed docs/schema.md."""
    spec = importlib.util.spec_from_file_location("build_schema_doc", ROOT / "scripts" / "build_schema_doc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert committed == module.render(), "docs/schema.md is stale: run python scripts/build_schema_doc.py"


def test_schema_doc_lists_every_field_and_value():
    """Every CaseRecord field and every controlled value appears in the document."""
    from watchdog_nlp.field_types import CHARGE_CATEGORIES, PENALTY_KINDS, RULING_KINDS
    from watchdog_nlp.schema import CaseRecord

    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    for name in [*CaseRecord.model_fields, *RULING_KINDS, *PENALTY_KINDS, *CHARGE_CATEGORIES]:
        assert f"`{name}`" in text
