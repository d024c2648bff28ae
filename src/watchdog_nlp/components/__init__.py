"""spaCy components, one job each; their factories are exposed through `spacy_factories`."""

from spacy.language import Language

from ..extensions import register
from .abbreviations import AbbreviationGuard
from .charges import ChargeFinder
from .courts import CourtFinder
from .patterns import PatternFinder
from .persons import PersonFixer
from .places import DatelineRuler

register()


@Language.factory("watchdog_abbreviations", assigns=["token.is_sent_start"])
def make_abbreviation_guard(nlp: Language, name: str) -> AbbreviationGuard:
    return AbbreviationGuard(nlp, name)


@Language.factory("watchdog_places", assigns=["doc.ents", "doc._.dateline_chars"])
def make_place_ruler(nlp: Language, name: str) -> DatelineRuler:
    return DatelineRuler(nlp, name)


@Language.factory("watchdog_persons", assigns=["doc.ents"])
def make_person_fixer(nlp: Language, name: str) -> PersonFixer:
    return PersonFixer(nlp, name)


@Language.factory("watchdog_courts", assigns=["doc.spans"], default_config={"spans_key": "court"})
def make_court_finder(nlp: Language, name: str, spans_key: str) -> CourtFinder:
    return CourtFinder(nlp, name, spans_key=spans_key)


@Language.factory("watchdog_charges", assigns=["doc.spans"], default_config={"spans_key": "charge"})
def make_charge_finder(nlp: Language, name: str, spans_key: str) -> ChargeFinder:
    return ChargeFinder(nlp, name, spans_key=spans_key)


@Language.factory("watchdog_penalties", assigns=["doc.spans"], default_config={"spans_key": "penalty"})
def make_penalty_finder(nlp: Language, name: str, spans_key: str) -> PatternFinder:
    return PatternFinder(nlp, name, spans_key=spans_key)


@Language.factory("watchdog_rulings", assigns=["doc.spans"], default_config={"spans_key": "ruling"})
def make_ruling_finder(nlp: Language, name: str, spans_key: str) -> PatternFinder:
    return PatternFinder(nlp, name, spans_key=spans_key)


@Language.factory("watchdog_hedges", assigns=["doc.spans"], default_config={"spans_key": "hedge"})
def make_hedge_finder(nlp: Language, name: str, spans_key: str) -> PatternFinder:
    return PatternFinder(nlp, name, spans_key=spans_key)


__all__ = ["AbbreviationGuard", "ChargeFinder", "CourtFinder", "DatelineRuler", "PatternFinder", "PersonFixer"]
