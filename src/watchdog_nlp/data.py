"""The one reader of the project's data files under models/.

Two kinds of file:
- JSON Lines (`.jsonl`): one entry per line (currencies, transliteration, countries, charges).
- YAML (`.yaml`), validated here: a pattern file (`macros` and `patterns`, each a list of
  alternatives with a note and examples) or a file of named word lists (`words.yaml`, `cues.yaml`).
  A word list may `include` lists of models/words.yaml, where every shared list is defined once.

`read_entries` turns any of them into the flat entries the components and normalisers take: a
pattern file gives `{"macro": NAME, "pattern": P}` and `{"label": L, "pattern": P, "examples": [...]}`
entries whose P is the alternatives joined (so the regexes compiled from them are the ones a person reads, put
together), a word-list file gives `{"cue": NAME, "words": [...], "examples": [...]}`.
"""

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, model_validator

from .errors import Errors, WatchdogError
from .paths import MODELS_DIR

WORDS_PATH = MODELS_DIR / "words.yaml"
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class WordList(_Strict):
    """Words (lowercase), the shared lists they extend (`include`), or words with their numeric
    `values` ("seven": 7); `examples` are texts a test runs to show the list at work."""

    note: str
    words: list[str] = []
    include: list[str] = []
    values: dict[str, int] = {}
    examples: list[Any] = []


class Alternative(_Strict):
    """One way of writing what an entry finds: a regex (`pattern`; a list of pieces is joined in
    order), or the words of a list (`words`: inline, or the name of a list in models/words.yaml,
    `between` bounding the values of a numeric list)."""

    note: str
    pattern: str | list[str] | None = None
    words: str | list[str] | None = None
    between: tuple[int, int] | None = None
    examples: list[Any] = []

    @model_validator(mode="after")
    def _one_source(self) -> "Alternative":
        if (self.pattern is None) == (self.words is None):
            raise ValueError("an alternative needs either 'pattern' or 'words'")
        return self

    def regex(self) -> str:
        if self.pattern is not None:
            return self.pattern if isinstance(self.pattern, str) else "".join(self.pattern)
        if isinstance(self.words, list):
            return "|".join(self.words)
        shared = word_lists()[self.words]
        if self.between is not None:
            low, high = self.between
            return "|".join(re.escape(w) for w, v in shared.values.items() if low <= v <= high)
        return "|".join(re.escape(w) for w in resolve(self.words))


class Macro(_Strict):
    """A named piece other patterns insert as `{name}`: one regex or a list of alternatives."""

    note: str
    pattern: str | None = None
    alternatives: list[Alternative] = []

    def regex(self) -> str:
        return self.pattern if self.pattern is not None else "|".join(a.regex() for a in self.alternatives)


class Entry(_Strict):
    """What one label finds, as alternatives tried in order (earlier ones win at the same start)."""

    label: str
    note: str | None = None
    alternatives: list[Alternative]


class PatternFile(_Strict):
    note: str
    macros: dict[str, Macro] = {}
    patterns: list[Entry]


def _fail(path: Path, where: object, reason: object) -> WatchdogError:
    return WatchdogError(Errors.E008.format(path=path, line=where, reason=reason))


def read_jsonl(path: Path) -> list[dict]:
    """The entries of a JSON Lines file; a missing file or a bad line raises WatchdogError."""
    if not path.is_file():
        raise WatchdogError(Errors.E007.format(path=path))
    entries = []
    for line_no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            entries.append(json.loads(line))
        except json.JSONDecodeError as err:
            raise _fail(path, line_no, err.msg) from None
    return entries


@cache
def read_yaml(path: Path) -> PatternFile | dict[str, WordList]:
    """A YAML data file, validated: a PatternFile, or {name: WordList}."""
    if not path.is_file():
        raise WatchdogError(Errors.E007.format(path=path))
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise _fail(path, mark.line + 1 if mark else "?", getattr(err, "problem", err)) from None
    try:
        if isinstance(raw, dict) and "patterns" in raw:
            return PatternFile.model_validate(raw)
        if not isinstance(raw, dict):
            raise _fail(path, 1, "expected a mapping of named word lists or a pattern file")
        return {name: WordList.model_validate(value) for name, value in raw.items()}
    except ValidationError as err:
        problem = err.errors()[0]
        raise _fail(path, ".".join(map(str, problem["loc"])) or "?", problem["msg"]) from None


def word_lists() -> dict[str, WordList]:
    """The shared word lists of models/words.yaml."""
    lists = read_yaml(WORDS_PATH)
    if not isinstance(lists, dict):
        raise _fail(WORDS_PATH, 1, "expected named word lists")
    return lists


def resolve(name: str, lists: dict[str, WordList] | None = None) -> list[str]:
    """The words of one list: those of the lists it includes (from models/words.yaml), then its own."""
    lists = word_lists() if lists is None else lists
    if name not in lists:
        raise _fail(WORDS_PATH, name, "no such word list")
    entry = lists[name]
    words = [w for shared in entry.include for w in resolve(shared, word_lists())]
    return [*words, *entry.words, *entry.values]


def pattern_entries(data: PatternFile) -> list[dict]:
    """The flat entries of a pattern file: its macros, then one entry per label entry with the
    examples of all its alternatives."""
    macros = [{"macro": name, "pattern": macro.regex()} for name, macro in data.macros.items()]
    return macros + [
        {"label": e.label, "pattern": "|".join(a.regex() for a in e.alternatives), "examples": [x for a in e.alternatives for x in a.examples]}
        for e in data.patterns
    ]


def read_entries(path: str | Path) -> list[dict]:
    """The flat entries of any data file under models/ (see the module docstring)."""
    path = Path(path)
    if path.suffix != ".yaml":
        return read_jsonl(path)
    data = read_yaml(path)
    if isinstance(data, PatternFile):
        return pattern_entries(data)
    return [{"cue": name, "words": resolve(name, data), "examples": entry.examples} for name, entry in data.items()]

