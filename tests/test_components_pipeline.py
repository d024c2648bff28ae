"""The real pipeline: our components sit after the base NER, are installed as spaCy factories,
and label the sentences of a court report."""

import importlib.metadata

import pytest

from watchdog_nlp import pipeline
from watchdog_nlp.components import CourtFinder, DatelineRuler, PatternFinder


def test_pipeline_components_follow_ner(nlp):
    """pipe names -> every component of pipeline.COMPONENTS, in order, after "ner"."""
    names = nlp.pipe_names
    assert "ner" in names
    after_ner = names[names.index("ner") + 1 :]
    assert after_ner == list(pipeline.COMPONENTS)


@pytest.mark.parametrize(
    "name, kind",
    [
        ("watchdog_places", DatelineRuler),
        ("watchdog_courts", CourtFinder),
        ("watchdog_charges", PatternFinder),
        ("watchdog_penalties", PatternFinder),
        ("watchdog_rulings", PatternFinder),
        ("watchdog_hedges", PatternFinder),
    ],
)
def test_pipeline_component_types_and_patterns(nlp, name, kind):
    """component name -> its class, and finders hold their pattern file's labels."""
    component = nlp.get_pipe(name)
    assert isinstance(component, kind)
    if pipeline.COMPONENTS[name] is not None:
        expected = {e["label"] for e in pipeline.read_patterns(pipeline.MODELS_DIR / pipeline.COMPONENTS[name]) if "label" in e}
        assert set(component.labels) == expected


@pytest.mark.parametrize("name", list(pipeline.COMPONENTS))
def test_components_factory_entry_point(name):
    """component name -> a `spacy_factories` entry point that loads to a callable factory."""
    points = {ep.name: ep for ep in importlib.metadata.entry_points(group="spacy_factories")}
    assert name in points, f"{name} missing from installed spacy_factories (reinstall the package?)"
    assert points[name].value.startswith("watchdog_nlp.components:")
    assert callable(points[name].load())


def test_components_dateline_becomes_gpe(nlp):
    """ "ATYRAU, Kazakhstan -- ..." -> ATYRAU a GPE entity and doc._.dateline its span."""
    doc = nlp("ATYRAU, Kazakhstan -- A court in Kazakhstan has imposed a three-year parole restriction on activist Maks Boqaev.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("ATYRAU", "GPE") in ents
    assert ("Kazakhstan", "GPE") in ents
    assert doc._.dateline is not None
    assert (doc._.dateline.text, doc._.dateline.start_char) == ("ATYRAU", 0)
    assert doc._.dateline.label_ == "GPE"


@pytest.mark.parametrize(
    "text",
    [
        "A court in Kazakhstan has imposed a three-year parole restriction on Maks Boqaev.",
        "The court said NATO -- the alliance -- was not involved.",
    ],
)
def test_components_no_dateline(nlp, text):
    """text without a leading CITY -- dateline -> doc._.dateline stays None."""
    assert nlp(text)._.dateline is None


@pytest.mark.parametrize(
    "text, key, label",
    [
        ("He was sentenced to five years in prison.", "penalty", "prison"),
        ("He was sentenced to five years in prison.", "ruling", "sentenced"),
        ("Prosecutors had asked for seven years.", "hedge", "hedge"),
        ("The court fined her 20,000 rubles ($270).", "penalty", "fine"),
        ("The court fined her 20,000 rubles ($270).", "court", "COURT"),
        ("He was placed under house arrest for two months.", "penalty", "house_arrest"),
        ("The court acquitted him.", "ruling", "acquitted"),
        ("An appeals court upheld the verdict.", "ruling", "appeal_rejected"),
        ("She was convicted of espionage.", "charge", "espionage"),
        ("He was charged with organizing mass riots.", "charge", "mass_unrest"),
        ("She was sentenced to life in prison.", "penalty", "life"),
    ],
)
def test_components_span_labels(nlp, text, key, label):
    """sentence -> a span under doc.spans[key] with the expected label."""
    doc = nlp(text)
    assert label in [s.label_ for s in doc.spans[key]], {k: [(s.label_, s.text) for s in v] for k, v in doc.spans.items()}


@pytest.mark.parametrize(
    "text, key",
    [
        ("Prosecutors had asked for seven years.", "penalty"),
        ("Prosecutors had asked for seven years.", "ruling"),
        ("The weather in Almaty was cold on Tuesday.", "court"),
        ("The weather in Almaty was cold on Tuesday.", "charge"),
    ],
)
def test_components_span_keys_empty(nlp, text, key):
    """sentence with nothing of that kind -> doc.spans[key] set and empty."""
    doc = nlp(text)
    assert key in doc.spans
    assert list(doc.spans[key]) == []


def test_components_fine_money(nlp):
    """ "fined 20,000 rubles ($270)" -> penalty "fine" with money (20000.0, "RUB"), the dollars ignored."""
    doc = nlp("The court fined her 20,000 rubles ($270).")
    fines = [s for s in doc.spans["penalty"] if s.label_ == "fine"]
    assert len(fines) == 1
    assert fines[0]._.money == (20000.0, "RUB")


@pytest.mark.parametrize(
    "text, label, duration",
    [
        ("He was sentenced to five years in prison.", "prison", "P5Y"),
        ("He was placed under house arrest for two months.", "house_arrest", "P2M"),
        ("Mamai was sentenced to six years in prison, suspended.", "suspended", "P6Y"),
        ("He received a one-year suspended term.", "suspended", "P1Y"),
        ("The court imposed a suspended two-year sentence.", "suspended", "P2Y"),
    ],
)
def test_components_penalty_duration(nlp, text, label, duration):
    """sentence -> penalty span of that kind whose span._.duration is the ISO 8601 term."""
    doc = nlp(text)
    found = [(s.label_, s._.duration) for s in doc.spans["penalty"]]
    assert (label, duration) in found, [(s.label_, s.text, s._.duration) for s in doc.spans["penalty"]]


def test_components_every_factory_declared_in_pyproject():
    """every watchdog_* factory registered with spaCy -> a spacy_factories entry in pyproject.toml
    naming its make_* function, so spacy.load finds it in a fresh process."""
    import tomllib
    from pathlib import Path

    from spacy.language import Language

    import watchdog_nlp.components as components

    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["project"]["entry-points"]["spacy_factories"]
    registered = {name for name in Language.factories if name.startswith("watchdog_")}
    assert {"watchdog_data", "watchdog_courts"} <= registered
    assert set(declared) == registered
    for name, target in declared.items():
        module, function = target.split(":")
        assert module == "watchdog_nlp.components"
        assert Language.factories[name] is getattr(components, function)
