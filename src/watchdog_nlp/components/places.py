"""Datelines ("ATYRAU, Kazakhstan --", wire style "CAIRO (AP) —", "NEW DELHI, Oct 3 (Reuters) -",
"Tbilisi, 5 May (Reuters) -", "Karachi —"): the base model often tags the all-caps city as an ORG.

The dateline's city and country become GPE entities and `doc._.dateline` gives the city span
(a dateline places the story, not the court: assembly uses it only for the country).
"""

import re
from collections.abc import Iterable
from pathlib import Path

from spacy import util
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..normalize.places import place_country
from ..windows import doc_cache, doc_text

_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}|(?P<titled>[A-Z][a-z'’.\-]+(?:\s[A-Z][a-z'’.\-]+){0,2}))"
    r"(?:,\s+(?P<country>[A-Z][A-Za-z.\- ]+?))?"
    r"(?:,\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?))?(?:\s+\([A-Z][\w/ .-]{1,24}\))?"
    r"(?:\s+(?:--|—|–)|(?<=\))\s+-)\s",
    re.MULTILINE,
)


def _datelines(text: str) -> list[re.Match]:
    """The datelines of a text; a city in title case ("Tbilisi, 5 May (Reuters) -", "Karachi —") must
    be a known place, as such lines open other paragraphs too ("Judge Smith (pictured) - ")."""
    return [m for m in _DATELINE.finditer(text) if not m.group("titled") or place_country(m.group("city"))]


@doc_cache
def _doc_datelines(doc: Doc) -> list[re.Match]:
    """The Doc's datelines, read once: the ruler, the record builder and the court carrier each
    ask (a line-anchored search over the whole text)."""
    return _datelines(doc_text(doc))


def page_items(doc: Doc) -> list[tuple[int, str | None]]:
    """(start, dateline country) of each item of a page after the first: every dateline after the
    first ("KHUJAND, Tajikistan --" halfway down a digest) starts another story."""
    return [
        (m.start(), place_country(m.group("country") or "") or place_country(m.group("city").title()))
        for m in _doc_datelines(doc)
    ][1:]


class DatelineRuler:
    """Marks datelines as GPE entities, overriding the base model's guess."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Nothing to save: the dateline's shape is code."""
        return util.to_bytes({}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()):
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        util.to_disk(path, {}, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        return self

    def __call__(self, doc: Doc) -> Doc:
        new = []
        for m in _doc_datelines(doc):
            for group in ("city", "country"):
                if m.group(group):
                    span = doc.char_span(m.start(group), m.end(group), label="GPE", alignment_mode="expand")
                    if span is not None:
                        new.append(span)
                        if group == "city" and doc._.dateline_chars is None:
                            doc._.dateline_chars = (span.start_char, span.end_char)
        if new:
            kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in new)]
            doc.ents = filter_spans(kept + new)
        return doc
