"""Abbreviated titles and name suffixes ("Col.", "Lt.", "St.", "Jr."): the base tokenizer splits
many of them from their period, and the parser then ends the sentence there ("sentenced Col. |
Ahmed Konan ..."), losing the decision's object.

Each abbreviation becomes one token; a title (`prefix`) always goes with the word after it, so it
never ends a sentence, while a suffix ("Jr.") may close one."""

import numpy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc


class AbbreviationGuard:
    """Runs before the parser: marks the token after a title abbreviation as no sentence start."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.tokenizer = nlp.tokenizer
        self._prefixes = numpy.zeros(0, dtype="uint64")

    def initialize(self, get_examples=None, *, nlp: Language | None = None, patterns: list[dict] | None = None) -> None:
        """`patterns`: entries {"label": "prefix" | "suffix", "words": ["Col.", ...]}; every word
        becomes a tokenizer special case."""
        prefixes = []
        for entry in patterns or []:
            for word in entry["words"]:
                self.tokenizer.add_special_case(word, [{ORTH: word}])
                if entry["label"] == "prefix":
                    prefixes.append(self.tokenizer.vocab.strings.add(word))
        self._prefixes = numpy.asarray(prefixes, dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) > 1 and len(self._prefixes):
            orths = doc.to_array(ORTH)[:-1]
            for i in numpy.flatnonzero(numpy.isin(orths, self._prefixes)):
                doc[int(i) + 1].is_sent_start = False
        return doc
