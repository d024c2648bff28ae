"""Typed records: what goes in (Article) and what comes out (CaseRecord, Entity, ArticleResult)."""

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .normalize.published import parse_published
from .types import (
    ChargeCategory,
    CountryCode,
    CurrencyCode,
    IsoDate,
    IsoDuration,
    PenaltyKind,
    RulingKind,
)


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Article(_Frozen):
    """One input article; `published` anchors relative dates ("on January 22")."""

    id: str | None = None
    text: str
    published: dt.date | None = None
    url: str | None = None

    @field_validator("id", "text", "url")
    @classmethod
    def _no_surrogates(cls, value: str | None) -> str | None:
        return replace_surrogates(value) if value is not None else None

    @field_validator("published", mode="before")
    @classmethod
    def _any_date_form(cls, value: Any) -> dt.date | None:
        return parse_published(value)


_SURROGATE = re.compile("[\ud800-\udfff]")


def replace_surrogates(text: str) -> str:
    """The text with every lone surrogate (which no encoder accepts) replaced by U+FFFD, one
    character for one, so offsets hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


class Fine(_Frozen):
    amount: float
    currency: CurrencyCode | None = None


class Penalty(_Frozen):
    kind: PenaltyKind
    duration: IsoDuration | None = None
    fine: Fine | None = None


class Evidence(_Frozen):
    """Where a record comes from: the article and the character offsets of its sentences."""

    article_id: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


class CaseRecord(_Frozen):
    """One court decision about one named person (SCHEMA.md), plus provenance."""

    person: str
    role: str | None = None
    age: int | None = None
    court: str | None = None
    court_city: str | None = None
    country: CountryCode | None = None
    ruling: RulingKind
    ruling_date: IsoDate | None = None
    charges: list[ChargeCategory] = Field(default_factory=list)
    sentence: list[Penalty] = Field(default_factory=list)
    code_articles: list[str] = Field(
        default_factory=list, description='Criminal-code articles cited, e.g. "Article 280"'
    )
    evidence: Evidence = Field(default_factory=Evidence)


class Entity(_Frozen):
    """A labelled span of the article with its normalised value."""

    label: str
    text: str
    start: int
    end: int
    value: Any = None


class ArticleResult(_Frozen):
    id: str | None = None
    records: list[CaseRecord] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)

