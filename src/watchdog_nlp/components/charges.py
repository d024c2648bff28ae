"""The charge finder: the regexes of models/charges.yaml, plus insults aimed at a named person.

"Jailed for insulting <Name>" names the target, not the office; in court news an insult charge with
a named target is one against an official (insulting a private person is tried as defamation). The
NER finds the name, so no list of office-holders is needed.
"""

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .patterns import PatternFinder


class ChargeFinder(PatternFinder):
    """PatternFinder over charges.yaml; "insult..." right before a PERSON is insulting_officials."""

    insult_label = "insulting_officials"

    def match(self, doc: Doc) -> list[Span]:
        spans = super().match(doc)
        insults = [
            Span(doc, ent.start - 1, ent.end, label=self.insult_label)
            for ent in doc.ents
            if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_.startswith("insult")
        ]
        return filter_spans(spans + insults) if insults else spans
