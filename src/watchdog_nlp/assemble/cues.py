"""Word lists that steer assembly (titles of non-defendants, descriptions of people, event nouns),
read once from models/cues.yaml and models/names.yaml (the lists that tell names from other
words), where each list carries examples that a test runs."""

from ..data import read_entries
from ..paths import MODELS_DIR, data_cache

CUES_PATH = MODELS_DIR / "cues.yaml"
NAMES_PATH = MODELS_DIR / "names.yaml"


@data_cache
def _lists() -> dict[str, frozenset[str]]:
    return {
        entry["cue"]: frozenset(w.lower() for w in entry["words"])
        for path in (CUES_PATH, NAMES_PATH)
        for entry in read_entries(path)
    }


@data_cache
def cue(name: str) -> frozenset[str]:
    """The lowercase words of one cue list ("non_defendant_title" -> {"judge", "president", ...})."""
    return _lists()[name]


@data_cache
def cues(*names: str) -> frozenset[str]:
    """The words of several cue lists together, joined once rather than at every look-up."""
    return frozenset().union(*(cue(name) for name in names))
