"""No top-level module of the package shadows a standard-library module: running a file of the
package folder as a script puts that folder first on sys.path, and a `types.py` there replaced the
standard `types` for everything the script imported."""

import sys
from pathlib import Path

import watchdog_nlp

PACKAGE = Path(watchdog_nlp.__file__).parent


def test_package_module_names_not_stdlib():
    """every module file of the package folder -> a name outside sys.stdlib_module_names."""
    names = {p.stem for p in PACKAGE.glob("*.py")}
    assert {"api", "schema", "field_types"} <= names
    assert sorted(names & set(sys.stdlib_module_names)) == []
