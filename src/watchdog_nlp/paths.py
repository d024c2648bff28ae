"""Where the project's data lives: inside the wheel, or at the repository root in a checkout."""

from pathlib import Path

_PACKAGED = Path(__file__).parent / "models"
MODELS_DIR = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parents[2] / "models"
