"""Every custom `._` attribute, registered once; normalised values are lazy getters over pure functions."""

from spacy.tokens import Doc, Span

from .normalize.dates import resolve_date
from .normalize.durations import parse_duration
from .normalize.money import parse_money
from .normalize.places import place_country


def _iso_date(span: Span) -> str | None:
    return resolve_date(span.text, span.doc._.published)


def register() -> None:
    """Register the extensions; safe to call more than once."""
    doc_attrs = {"published": None, "article_id": None, "dateline": None}
    for name, default in doc_attrs.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    getters = {
        "iso_date": _iso_date,
        "duration": lambda span: parse_duration(span.text),
        "money": lambda span: parse_money(span.text),
        "country": lambda span: place_country(span.text),
    }
    for name, getter in getters.items():
        if not Span.has_extension(name):
            Span.set_extension(name, getter=getter)
    span_attrs = {"hedged": False, "court": None}
    for name, default in span_attrs.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)
