"""A regex span finder over the document text, driven by a pattern file under models/.

The file's flat entries (see `watchdog_nlp.data.read_entries`) each label what their pattern finds
(a charge category, a penalty kind, a ruling, a hedge); `{"macro": NAME, "pattern": P}` entries
define pieces other patterns reuse as `{NAME}`.

Patterns are written in lowercase and run, case-sensitively, over the lowercased text: the same
matches as case-insensitive matching at a third of its cost.
"""

import re
import warnings
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..errors import Errors, Warnings, WatchdogError
from ..windows import doc_text
from .anchors import AnchoredPatterns, labelled_alternatives

_MACRO_REF = re.compile(r"\{(\w+)\}")


def expand_macros(pattern: str, macros: dict[str, str]) -> str:
    """Replace `{name}` references by their (already expanded) macro patterns."""
    return _MACRO_REF.sub(lambda m: f"(?:{macros[m.group(1)]})" if m.group(1) in macros else m.group(0), pattern)


def lowercase_text(text: str) -> str:
    """The text in lowercase with every character kept in place (so offsets still hold)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def expand_entries(entries: Iterable[dict]) -> list[tuple[str, str]]:
    """(label, pattern with its macros expanded) of every labelled entry, in file order."""
    macros: dict[str, str] = {}
    expanded = []
    for i, entry in enumerate(entries, 1):
        if "macro" in entry:
            macros[entry["macro"]] = expand_macros(entry["pattern"], macros)
            continue
        if "label" not in entry or "pattern" not in entry:
            raise WatchdogError(Errors.E008.format(path="patterns", line=i, reason="needs 'label' and 'pattern'"))
        expanded.append((entry["label"], expand_macros(entry["pattern"], macros)))
    return expanded


def compile_patterns(entries: Iterable[dict], *, flags: int = 0) -> dict[str, re.Pattern]:
    """One alternation per label, in file order (earlier entries win at the same start)."""
    by_label: dict[str, list[str]] = {}
    for label, pattern in expand_entries(entries):
        by_label.setdefault(label, []).append(pattern)
    compiled = {}
    for label, alternatives in by_label.items():
        joined = "|".join(f"(?:{p})" for p in alternatives)
        try:
            compiled[label] = re.compile(joined, flags)
        except re.error as err:
            raise WatchdogError(Errors.E008.format(path="patterns", line=label, reason=err)) from None
    return compiled


class PatternFileComponent:
    """A component whose data is a list of JSONL entries, as spaCy's SpanRuler: they arrive in
    `initialize(patterns=...)`, persist with `to_bytes` / `to_disk` (as patterns.jsonl) and come back
    through `initialize` again; a component without patterns warns (W001) when initialized or run."""

    name: str
    patterns: list[dict]

    def initialize(self, get_examples=None, *, nlp: Language | None = None, patterns: Iterable[dict] | None = None) -> None:
        raise NotImplementedError

    def _require_patterns(self) -> None:
        if not self.patterns:
            warnings.warn(Warnings.W001.format(name=self.name), stacklevel=3)

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({"patterns": lambda: srsly.json_dumps(self.patterns)}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()):
        util.from_bytes(bytes_data, {"patterns": lambda b: self.initialize(patterns=srsly.json_loads(b))}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        util.to_disk(path, {"patterns.jsonl": lambda p: srsly.write_jsonl(p, self.patterns)}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        util.from_disk(path, {"patterns.jsonl": lambda p: self.initialize(patterns=srsly.read_jsonl(p))}, exclude)
        return self


class PatternFinder(PatternFileComponent):
    """Finds labelled spans with compiled regexes and stores them in `doc.spans[spans_key]`; each
    pattern is tried only where its anchors are in the text (`components.anchors`)."""

    def __init__(self, nlp: Language, name: str, *, spans_key: str) -> None:
        self.name = name
        self.spans_key = spans_key
        self.patterns: list[dict] = []
        self._compiled: dict[str, re.Pattern] = {}
        self._anchored = AnchoredPatterns({}, {})

    def initialize(self, get_examples=None, *, nlp: Language | None = None, patterns: Iterable[dict] | None = None) -> None:
        self.patterns = []
        self.add_patterns(patterns or [])
        self._require_patterns()

    flags = 0
    #: the labels whose matches the finder reads (None: all); another label's anchors are not
    #: looked for (the court finder reads its court words inside a court's match)
    searched: tuple[str, ...] | None = None

    def add_patterns(self, patterns: Iterable[dict]) -> None:
        self.patterns.extend(patterns)
        self._compiled = compile_patterns(self.patterns, flags=self.flags)
        searched = {label: regex for label, regex in self._compiled.items() if self.searched is None or label in self.searched}
        self._anchored = AnchoredPatterns(searched, labelled_alternatives(expand_entries(self.patterns)))

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self._compiled)

    def match(self, doc: Doc) -> list[Span]:
        text = lowercase_text(doc_text(doc))
        starts = self._anchored.starts(text)
        spans = []
        for label in self._compiled:
            for m in self._anchored.finditer(label, text, starts):
                span = doc.char_span(m.start(), m.end(), label=label, alignment_mode="expand")
                if span is not None and len(span):
                    spans.append(span)
        return filter_spans(spans)

    def set_annotations(self, doc: Doc, spans: list[Span]) -> None:
        doc.spans[self.spans_key] = sorted(spans, key=lambda s: s.start)

    def __call__(self, doc: Doc) -> Doc:
        if not self._compiled:
            self._require_patterns()
        self.set_annotations(doc, self.match(doc))
        return doc
