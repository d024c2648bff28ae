"""Shared field types: the controlled values and ISO formats of SCHEMA.md, defined once."""

from typing import Annotated, Literal, get_args

import pycountry
from pydantic import AfterValidator, Field

RulingKind = Literal[
    "sentenced",
    "acquitted",
    "pretrial_detention",
    "house_arrest",
    "restriction",
    "appeal_rejected",
    "appeal_granted",
    "released",
]

PenaltyKind = Literal[
    "prison",
    "suspended",
    "restricted_freedom",
    "house_arrest",
    "fine",
    "labor",
    "administrative_jail",
    "ban",
    "life",
    "death",
    "deportation",
]

ChargeCategory = Literal[
    "extremism",
    "terrorism",
    "treason",
    "espionage",
    "separatism",
    "mass_unrest",
    "hooliganism",
    "inciting_hatred",
    "false_information",
    "insulting_officials",
    "defamation",
    "protest_violation",
    "violence_against_officials",
    "fraud",
    "tax_evasion",
    "drugs",
    "weapons",
    "extortion",
    "bribery",
    "abuse_of_office",
    "undesirable_organization",
    "foreign_agent",
    "desertion",
    "vandalism",
    "illegal_border_crossing",
    "other",
]

RULING_KINDS: tuple[str, ...] = get_args(RulingKind)
PENALTY_KINDS: tuple[str, ...] = get_args(PenaltyKind)
CHARGE_CATEGORIES: tuple[str, ...] = get_args(ChargeCategory)

#: the codes SCHEMA.md allows: ISO 3166-1 alpha-2, plus "XK" (Kosovo, user-assigned and in common use)
COUNTRY_CODES: frozenset[str] = frozenset(c.alpha_2 for c in pycountry.countries) | {"XK"}


def _known_country(code: str) -> str:
    if code not in COUNTRY_CODES:
        raise ValueError(f"{code!r} is not an ISO 3166-1 alpha-2 code (nor XK for Kosovo)")
    return code


CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$", description="ISO 3166-1 alpha-2"), AfterValidator(_known_country)]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$", description="ISO 4217")]
IsoDate = Annotated[
    str,
    Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="ISO 8601 date at the text's precision"),
]
IsoDuration = Annotated[
    str,
    Field(pattern=r"^P(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$", min_length=3, description="ISO 8601 duration"),
]
