"""The pipeline survives spaCy's serialisation: `nlp.to_bytes` / `from_bytes` and `nlp.to_disk` /
`spacy.load` give back every component with its patterns, and the saved pipeline carries the
models/ data (places, currencies, cue words) that extraction reads, so it needs no models/ folder."""

import pytest
import spacy

import watchdog_nlp
from watchdog_nlp import paths

#: sentences written for these tests; each gives one record that rests on places, currencies, cue
#: words, a titled name and a hedge
SENTENCES = [
    "ALMATY, Kazakhstan -- A district court in Almaty on March 3 sentenced blogger Nurlan Sadykov, 35, to four years in prison on charges of spreading false information.",
    "A court in the Russian city of Kazan on May 12 fined activist Irina Volkova 30,000 rubles ($400) for discrediting the army.",
    "The Minsk City Court on June 2 jailed Col. Pavel Zhukovsky for six years for organizing mass unrest. Prosecutors had asked for eight years.",
    "A Tashkent court placed journalist Dilshod Karimov under house arrest for two months on October 9 pending trial on extremism charges.",
]


def records(nlp) -> list[str]:
    return [r.model_dump_json() for s in SENTENCES for r in watchdog_nlp.extract(s, published="2024-11-20", nlp=nlp).records]


def data_sizes(nlp) -> dict[str, int]:
    """component name -> how many pattern entries (or data files) it holds."""
    sizes = {}
    for name, component in nlp.pipeline:
        if hasattr(component, "patterns"):
            sizes[name] = len(component.patterns)
        elif hasattr(component, "files"):
            sizes[name] = len(component.files)
    return sizes


def test_serialization_records_of_test_sentences(nlp):
    """the test sentences -> one record each, from the built pipeline."""
    assert len(records(nlp)) == len(SENTENCES)


def test_serialization_bytes_round_trip(nlp):
    """nlp.from_bytes(nlp.to_bytes()) -> the same pattern counts (none empty) and the same records."""
    copy = spacy.util.load_model_from_config(nlp.config).from_bytes(nlp.to_bytes())
    assert copy.pipe_names == nlp.pipe_names
    assert data_sizes(copy) == data_sizes(nlp)
    assert all(data_sizes(copy).values())
    assert records(copy) == records(nlp)


def test_serialization_disk_round_trip_without_models_dir(nlp, tmp_path, monkeypatch):
    """nlp.to_disk, then spacy.load with models/ hidden and nothing installed -> the same pattern
    counts and records."""
    expected, sizes = records(nlp), data_sizes(nlp)
    nlp.to_disk(tmp_path / "pipeline")
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path / "no-models")
    paths.install({})
    try:
        with pytest.raises(watchdog_nlp.WatchdogError, match="E007"):
            paths.read_text("cues.yaml")
        loaded = spacy.load(tmp_path / "pipeline")
        assert data_sizes(loaded) == sizes
        assert records(loaded) == expected
    finally:
        paths.install({})


def test_serialization_data_files_saved(nlp, tmp_path):
    """nlp.to_disk -> watchdog_data/ holds the models/ files outside the pattern components', as they are."""
    nlp.to_disk(tmp_path / "pipeline")
    saved = tmp_path / "pipeline" / "watchdog_data"
    assert {"cues.yaml", "words.yaml", "currencies.jsonl", "places/cities.tsv", "places/countries.jsonl"} <= {
        p.relative_to(saved).as_posix() for p in saved.rglob("*") if p.is_file()
    }
    assert not (saved / "charges.yaml").exists()
    assert (saved / "currencies.jsonl").read_bytes() == (paths.MODELS_DIR / "currencies.jsonl").read_bytes()


def test_serialization_meta_names_package(nlp, tmp_path):
    """nlp.to_disk -> meta.json names the pipeline "watchdog" (not the base model, whose package
    `spacy package` would otherwise overwrite) and requires watchdog_nlp, whose code it runs."""
    nlp.to_disk(tmp_path / "pipeline")
    meta = spacy.util.load_meta(tmp_path / "pipeline" / "meta.json")
    assert (meta["name"], meta["version"]) == ("watchdog", watchdog_nlp.__version__)
    assert meta["requirements"] == [f"watchdog_nlp>={watchdog_nlp.__version__}"]


def test_serialization_pickled_data_installed(nlp, monkeypatch, tmp_path):
    """the data component unpickled (as in a spawned worker) with models/ hidden -> its files are
    what the readers serve."""
    import pickle

    pickled = pickle.dumps(nlp.get_pipe("watchdog_data"))
    monkeypatch.setattr(paths, "MODELS_DIR", tmp_path / "no-models")
    paths.install({})
    try:
        pickle.loads(pickled)
        assert paths.read_bytes("currencies.jsonl") == nlp.get_pipe("watchdog_data").files["currencies.jsonl"]
    finally:
        paths.install({})
