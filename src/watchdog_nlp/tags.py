"""Coarse parts of speech from the tagger's fine-grained Penn Treebank tags.

The base model's attribute_ruler (tag -> POS) costs about as much as its parser and its
lemmatizer a sixth of that, while extraction needs only the coarse class, so the pipeline leaves
both out and reads the class from `token.tag_` here.
"""

from collections.abc import Iterable

import numpy
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

_UPOS = {
    "NN": "NOUN",
    "NNS": "NOUN",
    "NNP": "PROPN",
    "NNPS": "PROPN",
    "VB": "VERB",
    "VBD": "VERB",
    "VBG": "VERB",
    "VBN": "VERB",
    "VBP": "VERB",
    "VBZ": "VERB",
    "MD": "AUX",
    "JJ": "ADJ",
    "JJR": "ADJ",
    "JJS": "ADJ",
    "AFX": "ADJ",
    "RB": "ADV",
    "RBR": "ADV",
    "RBS": "ADV",
    "WRB": "ADV",
    "DT": "DET",
    "PDT": "DET",
    "WDT": "DET",
    "WP$": "DET",
    "PRP": "PRON",
    "PRP$": "PRON",
    "WP": "PRON",
    "EX": "PRON",
    "IN": "ADP",
    "RP": "ADP",
    "CC": "CCONJ",
    "CD": "NUM",
    "TO": "PART",
    "POS": "PART",
    "UH": "INTJ",
    "SYM": "SYM",
    "$": "SYM",
    "#": "SYM",
    ",": "PUNCT",
    ".": "PUNCT",
    ":": "PUNCT",
    "``": "PUNCT",
    "''": "PUNCT",
    "-LRB-": "PUNCT",
    "-RRB-": "PUNCT",
    "HYPH": "PUNCT",
    "NFP": "PUNCT",
    "_SP": "SPACE",
}


def upos(token: Token) -> str:
    """The token's coarse part of speech ("NNP" -> "PROPN"); "X" for tags outside the table."""
    return _UPOS.get(token.tag_, "X")


def tagged(doc: Doc, tags: Iterable[str]) -> list[int]:
    """The indices of the Doc's tokens whose fine-grained tag is one of `tags`, read off its tag
    array: a scan for proper nouns then makes Token objects of those only."""
    array = doc.to_array("TAG")
    found = numpy.zeros(len(array), dtype=bool)
    for tag in tags:
        found |= array == hash_string(tag)
    return numpy.flatnonzero(found).tolist()
