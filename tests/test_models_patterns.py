"""The pattern files under models/ prove themselves: every alternative's examples are found by the
alternative itself and by a finder built from the whole file, labels are controlled values, no regex
is longer than a person can read, and the PatternFinder machinery holds."""

import json
import re

import pytest
import spacy

from watchdog_nlp.assemble.courts import court_ref
from watchdog_nlp.components.patterns import compile_patterns, expand_macros
from watchdog_nlp.data import PatternFile, read_entries, read_yaml
from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.field_types import CHARGE_CATEGORIES, PENALTY_KINDS, RULING_KINDS
from watchdog_nlp.paths import MODELS_DIR
from watchdog_nlp.pipeline import COMPONENTS, read_patterns

SPAN_FILES = ("watchdog_charges", "watchdog_penalties", "watchdog_rulings", "watchdog_hedges")


def entries(component: str) -> list[dict]:
    return [e for e in read_patterns(MODELS_DIR / COMPONENTS[component]) if "macro" not in e]


def finder_nlp(component: str):
    nlp = spacy.blank("en")
    nlp.add_pipe(component).initialize(patterns=read_patterns(MODELS_DIR / COMPONENTS[component]))
    return nlp


def example_cases(components, *, label_filter=None):
    cases = []
    for component in components:
        for entry in entries(component):
            if label_filter and not label_filter(entry["label"]):
                continue
            for example in entry["examples"]:
                cases.append(pytest.param(component, example, entry["label"], id=f"{entry['label']}: {example[:40]}"))
    return cases


@pytest.fixture(scope="module")
def finders():
    return {component: finder_nlp(component) for component in (*SPAN_FILES, "watchdog_courts")}


PATTERN_FILES = sorted(p.name for p in MODELS_DIR.glob("*.yaml") if isinstance(read_yaml(p), PatternFile))


def alternative_cases():
    cases = []
    for name in PATTERN_FILES:
        data = read_yaml(MODELS_DIR / name)
        macros: dict[str, str] = {}
        for macro_name, macro in data.macros.items():
            for i, alternative in enumerate(macro.alternatives):
                regex = expand_macros(alternative.regex(), macros)
                cases.append(pytest.param(name, "macro", regex, alternative.examples, id=f"{name} {{{macro_name}}} {i}"))
            macros[macro_name] = expand_macros(macro.regex(), macros)
            if macro.pattern is not None:
                cases.append(pytest.param(name, "macro", macros[macro_name], macro.examples, id=f"{name} {{{macro_name}}}"))
        for entry in data.patterns:
            for i, alternative in enumerate(entry.alternatives):
                regex = expand_macros(alternative.regex(), macros)
                cases.append(
                    pytest.param(
                        name, entry.label, regex, alternative.examples, id=f"{name} {entry.label} {i}: {alternative.note[:30]}"
                    )
                )
    return cases


@pytest.mark.parametrize("name, label, regex, examples", alternative_cases())
def test_models_patterns_alternative_finds_its_examples(name, label, regex, examples):
    """Each alternative (and macro) of every pattern file has examples, and its own regex finds
    every one (courts.yaml runs as the court finder does: on the text as it is, ignoring case; a
    macro or a court word must match its example whole)."""
    assert examples
    whole = label in {"court_word", "district_name", "macro"}
    flags = re.IGNORECASE if name == "courts.yaml" else 0
    for example in examples:
        text = example[0] if isinstance(example, list) else example
        text = text if flags else text.lower()
        found = re.fullmatch(regex, text, flags) if whole else re.search(regex, text, flags)
        assert found, (text, regex)


def _regexes(value, key=None):
    """Every regex written in a data file's entry: values of "pattern" (or its pieces) and words."""
    if isinstance(value, dict):
        return [r for k, v in value.items() for r in _regexes(v, k)]
    if isinstance(value, list):
        return [r for v in value for r in _regexes(v, key)]
    return [value] if key in {"pattern", "words"} and isinstance(value, str) else []


MAX_WRITTEN_REGEX = 300


@pytest.mark.parametrize(
    "path",
    [p for p in sorted(MODELS_DIR.rglob("*")) if p.suffix in {".yaml", ".jsonl"}],
    ids=lambda p: str(p.relative_to(MODELS_DIR)),
)
def test_models_no_regex_longer_than_a_person_reads(path):
    """every data file under models/ -> no regex in it longer than 300 characters as written (a
    longer one is written as alternatives, pieces or macros, and joined at load time)."""
    import yaml

    text = path.read_text(encoding="utf-8")
    raw = yaml.safe_load(text) if path.suffix == ".yaml" else [json.loads(line) for line in text.splitlines() if line.strip()]
    too_long = [r[:60] for r in _regexes(raw) if len(r) > MAX_WRITTEN_REGEX]
    assert too_long == []


def test_models_patterns_flat_entries_join_alternatives():
    """a pattern file -> flat entries: macros first, then per entry its alternatives joined by "|"
    (a pattern written in pieces joined as one), with all their examples."""
    flat = read_entries(MODELS_DIR / "hedges.yaml")
    data = read_yaml(MODELS_DIR / "hedges.yaml")
    assert [e["label"] for e in flat] == [e.label for e in data.patterns]
    first = data.patterns[0]
    assert flat[0]["pattern"] == "|".join(a.pattern for a in first.alternatives)
    assert flat[0]["examples"] == [x for a in first.alternatives for x in a.examples]


@pytest.mark.parametrize("component", SPAN_FILES)
def test_models_patterns_file_compiles(component):
    """The whole file compiles to one regex per label."""
    compiled = compile_patterns(read_patterns(MODELS_DIR / COMPONENTS[component]))
    assert set(compiled) == {e["label"] for e in entries(component)}


@pytest.mark.parametrize(
    "component, example, label",
    example_cases(("watchdog_charges", "watchdog_rulings", "watchdog_hedges")),
)
def test_models_patterns_example_found(finders, component, example, label):
    """example -> the whole-file finder keeps a span with the entry's label inside it.

    The example is the whole document, so any kept span overlaps it; what is tested is that the
    entry's label survives filter_spans against every other entry of the file.
    """
    doc = finders[component](example)
    key = finders[component].get_pipe(component).spans_key
    assert label in [span.label_ for span in doc.spans[key]], [(s.label_, s.text) for s in doc.spans[key]]


@pytest.mark.parametrize("component, example, label", example_cases(("watchdog_penalties",)))
def test_models_patterns_penalty_example_found(finders, component, example, label):
    """example -> the entry's kind is among the kinds the whole-file finder keeps in the text.

    Penalties overlap ("five years in prison, suspended"): a longer span of another kind may win
    part of the text, so the span with the label need not cover all of it, but it must be kept in
    doc.spans (what assembly reads), not merely matched by the regex.
    """
    doc = finders[component](example)
    assert label in {span.label_ for span in doc.spans["penalty"]}, [(s.label_, s.text) for s in doc.spans["penalty"]]


@pytest.mark.parametrize(
    "component, allowed",
    [
        ("watchdog_charges", set(CHARGE_CATEGORIES)),
        ("watchdog_penalties", set(PENALTY_KINDS)),
        ("watchdog_rulings", {*RULING_KINDS, "decision"}),
        ("watchdog_hedges", {"hedge"}),
    ],
)
def test_models_patterns_labels_are_controlled_values(component, allowed):
    """Every label in the file is a value SCHEMA.md allows for its slot."""
    labels = {e["label"] for e in entries(component)}
    assert labels <= allowed, labels - allowed


def court_cases():
    cases = []
    for entry in entries("watchdog_courts"):
        if entry["label"] in {"court", "venue"}:
            cases += [pytest.param(text, parts, id=text[:40]) for text, parts in entry["examples"]]
    return cases


def court_matches(span, expected: dict) -> bool:
    ref = court_ref(span, None)
    checks = {
        "name": lambda: ref.name == expected["name"],
        "same": lambda: span._.court["same"] == expected["same"],
        "city": lambda: ref.city == expected["city"],
        "country": lambda: ref.country == expected["country"],
    }
    return all(checks[key]() for key in expected)


@pytest.mark.parametrize("text, expected", court_cases())
def test_models_patterns_court_example_parts(finders, text, expected):
    """text -> a court span whose name, city, country (normalised as assembly does) or "same" are
    what the example expects."""
    doc = finders["watchdog_courts"](text)
    courts = list(doc.spans["court"])
    assert courts, "no court found"
    assert any(court_matches(span, expected) for span in courts), [(s._.court, court_ref(s, None)) for s in courts]


@pytest.mark.parametrize("word", [w for e in entries("watchdog_courts") if e["label"] == "court_word" for w in e["examples"]])
def test_models_patterns_court_word_examples(finders, word):
    """a word that names a kind of court ("Federal", "5th") -> matched whole by the court_word pattern."""
    assert finders["watchdog_courts"].get_pipe("watchdog_courts")._compiled["court_word"].fullmatch(word)


@pytest.mark.parametrize(
    "text",
    [example for e in entries("watchdog_courts") if e["label"] == "not_court" for example in e["examples"]]
    + ["She spoke outside the courthouse.", "the International Criminal Court in The Hague"],
)
def test_models_patterns_not_court_example_excluded(finders, text):
    """text naming a non-national court or a building -> no court span."""
    assert list(finders["watchdog_courts"](text).spans["court"]) == []


@pytest.mark.parametrize(
    "pattern, macros, expected",
    [
        ("{num} years", {"num": r"\d+"}, r"(?:\d+) years"),
        ("{a}-{b}", {"a": "x", "b": "y|z"}, "(?:x)-(?:y|z)"),
        ("{unknown} stays", {"num": r"\d+"}, "{unknown} stays"),
        (r"a{2,3}", {"num": r"\d+"}, r"a{2,3}"),
    ],
)
def test_patterns_expand_macros(pattern, macros, expected):
    """pattern with {NAME} references -> macros substituted as groups, others left alone."""
    assert expand_macros(pattern, macros) == expected


def test_patterns_compile_patterns_nested_macros_and_file_order():
    """A macro may use an earlier one; a label's alternatives join in file order."""
    compiled = compile_patterns(
        [
            {"macro": "d", "pattern": r"\d+"},
            {"macro": "dur", "pattern": "{d} years?"},
            {"label": "prison", "pattern": "{dur} in prison"},
            {"label": "prison", "pattern": "{dur}"},
        ]
    )
    assert compiled["prison"].pattern == r"(?:(?:(?:\d+) years?) in prison)|(?:(?:(?:\d+) years?))"
    assert compiled["prison"].search("got 5 years in prison").group() == "5 years in prison"
    assert not compiled["prison"].flags & re.IGNORECASE


@pytest.mark.parametrize(
    "text,lowered",
    [("Sentenced To FIVE Years", "sentenced to five years"), ("İstanbul court", "İstanbul court")],
)
def test_patterns_lowercase_text_keeps_offsets(text, lowered):
    """text -> lowercase with every character in place, even where Unicode lowercasing grows it."""
    from watchdog_nlp.components.patterns import lowercase_text

    assert lowercase_text(text) == lowered
    assert len(lowercase_text(text)) == len(text)


def test_patterns_finder_matches_any_case():
    """capitalised text -> found by the lowercase patterns, span on the original characters."""
    nlp = spacy.blank("en")
    nlp.add_pipe("watchdog_penalties").initialize(patterns=read_patterns(MODELS_DIR / "penalties.yaml"))
    doc = nlp("HE WAS SENTENCED TO FIVE YEARS IN PRISON.")
    assert [(s.label_, s.text) for s in doc.spans["penalty"]] == [("prison", "TO FIVE YEARS IN PRISON")]
    assert doc.spans["penalty"][0]._.duration == "P5Y"


@pytest.mark.parametrize("component", SPAN_FILES)
def test_models_patterns_are_lowercase(component):
    """patterns run over lowercased text, so a capital letter outside an escape could never match."""
    for entry in read_patterns(MODELS_DIR / COMPONENTS[component]):
        literal = re.sub(r"\\.", "", entry["pattern"])
        assert literal == literal.lower(), entry.get("label", entry.get("macro"))


@pytest.mark.parametrize(
    "entries_, fragment",
    [
        ([{"label": "fine", "pattern": "fined ("}], "fine"),
        ([{"label": "ok", "pattern": "ok"}, {"label": "broken", "pattern": "[a-"}], "broken"),
        ([{"pattern": "no label"}], "needs 'label' and 'pattern'"),
        ([{"label": "no pattern"}], "needs 'label' and 'pattern'"),
    ],
)
def test_patterns_compile_patterns_bad_entry_raises(entries_, fragment):
    """a bad regex or an incomplete entry -> WatchdogError E008 naming the label or the problem."""
    with pytest.raises(WatchdogError, match=r"\[E008\]") as info:
        compile_patterns(entries_)
    assert fragment in str(info.value)


def test_patterns_finder_disk_round_trip(tmp_path):
    """to_disk then from_disk on a fresh finder -> same patterns, same spans."""
    patterns = read_patterns(MODELS_DIR / COMPONENTS["watchdog_penalties"])
    nlp = spacy.blank("en")
    nlp.add_pipe("watchdog_penalties").initialize(patterns=patterns)
    nlp.get_pipe("watchdog_penalties").to_disk(tmp_path / "penalties")

    fresh = spacy.blank("en")
    restored = fresh.add_pipe("watchdog_penalties").from_disk(tmp_path / "penalties")
    assert restored.patterns == patterns
    text = "He was sentenced to five years in prison and fined 20,000 rubles."
    restored_doc, original_doc = fresh(text), nlp(text)
    found = [(s.label_, s.text) for s in restored_doc.spans["penalty"]]
    assert found == [(s.label_, s.text) for s in original_doc.spans["penalty"]]
    assert [label for label, _ in found] == ["prison", "fine"]


def test_patterns_finder_whole_pipeline_disk_round_trip(tmp_path):
    """nlp.to_disk / spacy.load on a blank pipeline with a finder -> patterns survive."""
    nlp = spacy.blank("en")
    nlp.add_pipe("watchdog_hedges").initialize(patterns=read_patterns(MODELS_DIR / "hedges.yaml"))
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.get_pipe("watchdog_hedges").patterns == nlp.get_pipe("watchdog_hedges").patterns
    doc = loaded("Prosecutors had asked for six years.")
    assert [(s.label_, s.text) for s in doc.spans["hedge"]] == [("hedge", "asked for")]


def cue_examples():
    return [
        pytest.param(entry["cue"], example, id=f"{entry['cue']}: {example['text'][:40]}")
        for entry in read_entries(MODELS_DIR / "cues.yaml")
        for example in entry["examples"]
    ]


@pytest.mark.parametrize("cue,example", cue_examples())
def test_models_cues_examples_give_their_records(nlp, cue, example):
    """each assembly cue list's example article -> the record persons (and date) it states."""
    from watchdog_nlp import extract

    records = extract(example["text"], published=example.get("published", "2022-03-15"), nlp=nlp).records
    assert sorted({r.person for r in records}) == example["persons"]
    if "ruling_date" in example:
        assert {r.ruling_date for r in records} == {example["ruling_date"]}
    if "charges" in example:
        assert {r.person: r.charges for r in records} == example["charges"]


def test_models_cues_lists_are_lowercase_and_unique():
    """cue words are matched against lowercased tokens, so a capitalised word would never match."""
    for entry in read_entries(MODELS_DIR / "cues.yaml"):
        assert entry["words"] == [w.lower() for w in entry["words"]], entry["cue"]
        assert len(set(entry["words"])) == len(entry["words"]), entry["cue"]


def person_examples():
    return [
        pytest.param(entry["cue"], text, name, id=f"{entry['cue']}: {text[:40]}")
        for entry in read_entries(MODELS_DIR / "persons.yaml")
        for text, name in entry["examples"]
    ]


@pytest.mark.parametrize("cue,text,name", person_examples())
def test_models_person_cues_examples(nlp, cue, text, name):
    """each person-cue example -> its name tagged PERSON (None: no PERSON made from non-name words)."""
    people = [e.text for e in nlp(text).ents if e.label_ == "PERSON"]
    if name is None:
        assert people == []
    else:
        assert name in people


def test_persons_fixer_disk_round_trip(tmp_path):
    """the person fixer's cue entries -> to_disk / from_disk -> the same entries and cue sets."""
    entries = read_patterns(MODELS_DIR / COMPONENTS["watchdog_persons"])
    nlp = spacy.blank("en")
    fixer = nlp.add_pipe("watchdog_persons")
    fixer.initialize(patterns=entries)
    fixer.to_disk(tmp_path / "persons")
    restored = spacy.blank("en").add_pipe("watchdog_persons").from_disk(tmp_path / "persons")
    assert restored.patterns == entries
    assert restored.cues == fixer.cues
    assert "blogger" in restored.cues["role"]
