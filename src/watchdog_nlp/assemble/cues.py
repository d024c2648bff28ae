"""Word lists that steer assembly (titles of non-defendants, descriptions of people, event nouns),
read once from models/cues.jsonl and models/names.jsonl (the lists that tell names from other
words), where each list carries examples that a test runs."""

from ..paths import data_cache, read_jsonl


@data_cache
def _lists() -> dict[str, frozenset[str]]:
    return {entry["cue"]: frozenset(w.lower() for w in entry["words"]) for name in ("cues.jsonl", "names.jsonl") for entry in read_jsonl(name)}


def cue(name: str) -> frozenset[str]:
    """The lowercase words of one cue list ("non_defendant_title" -> {"judge", "president", ...})."""
    return _lists()[name]
