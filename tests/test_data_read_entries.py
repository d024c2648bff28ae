"""The one reader of models/: YAML pattern files and word lists are validated and flattened,
JSON Lines read as they are, and a broken file is a coded error naming the file and the place."""

import pytest

from watchdog_nlp.data import read_entries, read_tsv
from watchdog_nlp.errors import WatchdogError

PATTERN_FILE = """
note: test patterns
macros:
  n:
    note: a number
    alternatives:
      - note: digits
        pattern: '\\d+'
      - note: words
        words: number_words
        between: [1, 3]
patterns:
  - label: term
    alternatives:
      - note: N years
        pattern: ['{n}', ' years?']
        examples: ['two years']
      - note: a term
        words: [term, 'sentences?']
        examples: [term]
"""


def test_data_pattern_file_flattens_to_entries(tmp_path):
    """a YAML pattern file -> macro and label entries, words and pieces joined into one regex."""
    path = tmp_path / "patterns.yaml"
    path.write_text(PATTERN_FILE, encoding="utf-8")
    assert read_entries(path) == [
        {"macro": "n", "pattern": r"\d+|one|two|three"},
        {"label": "term", "pattern": "{n} years?|term|sentences?", "examples": ["two years", "term"]},
    ]


def test_data_word_lists_resolve_includes(tmp_path):
    """a word-list file -> cue entries whose words are the included shared lists, then their own."""
    path = tmp_path / "cues.yaml"
    path.write_text("days:\n  note: days\n  include: [weekday_names]\n  words: [weekend]\n  examples: []\n", encoding="utf-8")
    [entry] = read_entries(path)
    assert entry["cue"] == "days"
    assert entry["words"][0] == "monday" and entry["words"][-1] == "weekend" and len(entry["words"]) == 8


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("patterns: [\n", "E008"),
        (
            "note: x\npatterns:\n  - label: a\n    alternatives:\n      - note: both\n        pattern: a\n        words: [b]\n",
            "either 'pattern' or 'words'",
        ),
        (
            "note: x\npatterns:\n  - label: a\n    alternatives:\n      - note: both\n        pattern: a\n"
            "        listed: {file: currencies.jsonl, key: names}\n",
            "(or 'listed')",
        ),
        ("note: x\npatterns:\n  - label: a\n    alternatives:\n      - pattern: a\n", "note"),
        ("note: x\npatterns:\n  - label: a\n    alternatives: []\n    colour: red\n", "colour"),
        ("words:\n  note: x\n  include: [no_such_list]\n", "no such word list"),
        ("- just\n- a list\n", "expected a mapping"),
    ],
)
def test_data_bad_yaml_raises_coded_error(tmp_path, text, fragment):
    """a malformed or invalid YAML file -> WatchdogError E008 saying what is wrong."""
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(WatchdogError, match=r"\[E008\]") as info:
        read_entries(path)
    assert fragment in str(info.value)


@pytest.mark.parametrize("name, code", [("missing.yaml", "E007"), ("missing.jsonl", "E007")])
def test_data_missing_file_raises_e007(tmp_path, name, code):
    """a data file that is not there -> WatchdogError E007 naming it."""
    with pytest.raises(WatchdogError, match=rf"\[{code}\].*{name}"):
        read_entries(tmp_path / name)


def test_data_jsonl_bad_line_names_the_line(tmp_path):
    """a JSON Lines file with a broken line -> E008 with its line number."""
    path = tmp_path / "entries.jsonl"
    path.write_text('{"a": 1}\n\n{"a": \n', encoding="utf-8")
    with pytest.raises(WatchdogError, match=r"\[E008\].*line 3"):
        read_entries(path)


def test_data_tsv_rows_without_header_and_comments(tmp_path):
    """a generated table -> its rows split on tabs, the comment and header lines left out."""
    path = tmp_path / "table.tsv"
    path.write_text("# generated\ncode\tcapital\nKG\tBishkek\nKZ\tAstana\n", encoding="utf-8")
    assert list(read_tsv(path)) == [["KG", "Bishkek"], ["KZ", "Astana"]]
