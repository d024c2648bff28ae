"""Typed records: what goes in (Article) and what comes out (CaseRecord, Entity, ArticleResult)."""

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from .field_types import (
    ChargeCategory,
    CountryCode,
    CurrencyCode,
    IsoDate,
    IsoDuration,
    PenaltyKind,
    RulingKind,
)
from .normalize.published import parse_published


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
    amount: float = Field(description="The amount as a number")
    currency: CurrencyCode | None = Field(None, description="ISO 4217 code, when the text names the currency")


class Penalty(_Frozen):
    kind: PenaltyKind = Field(description="What the penalty is")
    duration: IsoDuration | None = Field(None, description='Its length, e.g. "P5Y", "P3Y6M", "P15D"')
    fine: Fine | None = Field(None, description="The amount, for fines")


class Evidence(_Frozen):
    """Where a record comes from: the article and the character offsets of its sentences."""

    article_id: str | None = None
    spans: tuple[tuple[int, int], ...] = ()


class CaseRecord(_Frozen):
    """One court decision about one named person (docs/schema.md), plus provenance."""

    person: str = Field(description='The person\'s fullest name as written in the text ("Maks Boqaev")')
    role: str | None = Field(None, description='The descriptor the text gives them, lowercase ("activist", "journalist")')
    age: int | None = Field(None, description="Age if the text states it")
    court: str | None = Field(None, description='The court\'s name as written ("Moscow City Court"); null for "a court"')
    court_city: str | None = Field(None, description="City where the court sits, when the text places it")
    country: CountryCode | None = Field(None, description="Jurisdiction of the court: ISO 3166-1 alpha-2, or XK for Kosovo")
    ruling: RulingKind = Field(description="What the court decided")
    ruling_date: IsoDate | None = Field(
        None, description="Date of the decision at the text's precision: 2021-01-22, 2021-01 or 2016"
    )
    charges: list[ChargeCategory] = Field(default_factory=list, description="Charge categories")
    sentence: list[Penalty] = Field(default_factory=list, description="The penalties imposed, main penalty first")
    code_articles: list[str] = Field(default_factory=list, description='Criminal-code articles cited, e.g. "Article 280"')
    evidence: Evidence = Field(
        default_factory=Evidence, description="Article id and character offsets of the sentences the record rests on"
    )


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
    filtered: bool = Field(
        default=False, description="The pre-filter found no decision vocabulary: the model did not read the text"
    )
