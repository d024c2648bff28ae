"""Every custom `._` attribute, registered once; normalised values are lazy getters over pure functions."""

import datetime as dt

from spacy.tokens import Doc, Span

from .normalize.dates import resolve_date
from .normalize.durations import parse_duration
from .normalize.money import parse_money
from .normalize.places import place_country

#: where spaCy keeps a Doc's `doc._.published` (its user data, under the extension's key)
_PUBLISHED = ("._.", "published", None, None)


def published_of(doc: Doc) -> dt.date | None:
    """`doc._.published`, read without building the `doc._` proxy: a few microseconds each, and
    assembly asks for it at every date it reads."""
    return doc.user_data.get(_PUBLISHED)


def _iso_date(span: Span) -> str | None:
    return resolve_date(span.text, published_of(span.doc))


def _court_ref(span: Span):
    """The court a COURT span names, read on its own (name, seat, jurisdiction)."""
    from .assemble.courts import court_ref  # on first read: assembly imports the components, which register this

    return court_ref(span, None)


def _penalty(span: Span):
    """The Penalty a PENALTY span tells (kind, term, fine)."""
    from .assemble.penalties import penalty_of  # on first read, as `_court_ref`

    return penalty_of(span)


def _dateline(doc: Doc) -> Span | None:
    chars = doc._.dateline_chars
    return doc.char_span(*chars, label="GPE") if chars is not None else None


def register() -> None:
    """Register the extensions; safe to call more than once. Stored values are plain data (a
    dateline is kept as character offsets) so docs cross process boundaries in `nlp.pipe`."""
    doc_attrs = {"published": None, "article_id": None, "dateline_chars": None}
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Doc.has_extension("dateline"):
        Doc.set_extension("dateline", getter=_dateline)
    getters = {
        "iso_date": _iso_date,
        "duration": lambda span: parse_duration(span.text),
        "money": lambda span: parse_money(span.text),
        "country": lambda span: place_country(span.text),
        "court_ref": _court_ref,
        "penalty": _penalty,
    }
    for name, getter in getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    if not Span.has_extension("court"):
        Span.set_extension("court", default=None)
