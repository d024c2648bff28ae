"""The code is clean by ruff's linter and formatter, as configured in pyproject.toml (run in CI
through the test suite)."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PATHS = ["src", "tests", "benchmarks", "scripts"]


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_code_style_ruff_clean(command):
    """ruff check / ruff format --check over the project's Python -> no findings."""
    pytest.importorskip("ruff")
    done = subprocess.run([sys.executable, "-m", "ruff", *command, *PATHS], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
