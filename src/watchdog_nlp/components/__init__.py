"""spaCy components, one job each; their factories are exposed through `spacy_factories`."""

from spacy.language import Language

from ..extensions import register
from .abbreviations import AbbreviationGuard
from .charges import ChargeFinder
from .courts import CourtFinder
from .data import ModelData
from .patterns import PatternFinder
from .persons import PersonFixer
from .places import DatelineRuler

register()

#: what setting `doc.ents` assigns, as spaCy's NER declares it
_ENTS = ["doc.ents", "token.ent_iob", "token.ent_type"]


@Language.factory("watchdog_data")
def make_model_data(nlp: Language, name: str) -> ModelData:
    return ModelData(nlp, name)


@Language.factory("watchdog_abbreviations", assigns=["token.is_sent_start"])
def make_abbreviation_guard(nlp: Language, name: str) -> AbbreviationGuard:
    return AbbreviationGuard(nlp, name)


@Language.factory("watchdog_places", requires=["doc.ents"], assigns=[*_ENTS, "doc._.dateline_chars"])
def make_place_ruler(nlp: Language, name: str) -> DatelineRuler:
    return DatelineRuler(nlp, name)


@Language.factory(
    "watchdog_persons",
    requires=["doc.ents", "token.ent_type", "token.tag", "token.dep", "token.head", "token.is_sent_start"],
    assigns=_ENTS,
)
def make_person_fixer(nlp: Language, name: str) -> PersonFixer:
    return PersonFixer(nlp, name)


@Language.factory("watchdog_courts", assigns=["doc.spans", "span._.court"], default_config={"spans_key": "court"})
def make_court_finder(nlp: Language, name: str, spans_key: str) -> CourtFinder:
    return CourtFinder(nlp, name, spans_key=spans_key)


@Language.factory("watchdog_charges", requires=["doc.ents"], assigns=["doc.spans"], default_config={"spans_key": "charge"})
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


__all__ = ["AbbreviationGuard", "ChargeFinder", "CourtFinder", "DatelineRuler", "ModelData", "PatternFinder", "PersonFixer"]
