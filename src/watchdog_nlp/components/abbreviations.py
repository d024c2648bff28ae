"""Abbreviated titles and name suffixes ("Col.", "Lt.", "St.", "Jr."): the base tokenizer splits
many of them from their period, and the parser then ends the sentence there ("sentenced Col. |
Ahmed Konan ..."), losing the decision's object.

Each abbreviation becomes one token; a title (`prefix`) always goes with the word after it, so it
never ends a sentence, while a suffix ("Jr.") may close one; a title word ending a paragraph ("... to
Heng Sen.\n\nX said") is a name's end, and the blank line ends the sentence."""

from collections.abc import Iterable

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .patterns import PatternFileComponent


class AbbreviationGuard(PatternFileComponent):
    """Runs before the parser: marks the token after a title abbreviation as no sentence start."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.tokenizer = nlp.tokenizer
        self.patterns: list[dict] = []
        self._prefixes = numpy.zeros(0, dtype="uint64")

    def initialize(self, get_examples=None, *, nlp: Language | None = None, patterns: Iterable[dict] | None = None) -> None:
        """`patterns`: entries {"label": "prefix" | "suffix", "words": ["Col.", ...]}; every word
        becomes a tokenizer special case."""
        self.patterns = list(patterns or [])
        prefixes = []
        for entry in self.patterns:
            for word in entry["words"]:
                self.tokenizer.add_special_case(word, [{ORTH: word}])
                if entry["label"] == "prefix":
                    prefixes.append(self.tokenizer.vocab.strings.add(word))
        self._prefixes = numpy.asarray(prefixes, dtype="uint64")
        self._require_patterns()

    def __call__(self, doc: Doc) -> Doc:
        if not self.patterns:
            self._require_patterns()
        if len(doc) > 1 and len(self._prefixes):
            orths = doc.to_array(ORTH)[:-1]
            for i in numpy.flatnonzero(numpy.isin(orths, self._prefixes)):
                after = doc[int(i) + 1]
                if after.text.count("\n") < 2:
                    after.is_sent_start = False
                elif after.i + 1 < len(doc):
                    doc[after.i + 1].is_sent_start = True
        return doc
