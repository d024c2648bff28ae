"""A decision frame: one trigger ("sentenced", "upheld", "ordered ... held") with what its sentence
says about it (who, when, which court, the penalties and the charges), as the concept modules fill it
in, and the CourtRef it holds (courts.py reads it off the text); and the parse reads they share."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from ..schema import Penalty
from ..tags import upos
from .people import Person

#: nouns that name a decision ("upheld the sentence", "the verdict against X")
DECISION_NOUNS = {
    "sentence",
    "penalty",
    "verdict",
    "conviction",
    "term",
    "ruling",
    "decision",
    "punishment",
    "judgment",
    "judgement",
}


@dataclass(frozen=True)
class CourtRef:
    """What the text says of a decision's court; mentions of one court combine with `merge`."""

    name: str | None = None
    city: str | None = None
    country: str | None = None
    #: the text says "in the capital" without naming it: the seat is the capital of `country`
    in_capital: bool = False

    def merge(self, other: CourtRef | None) -> CourtRef:
        """What both say; a seat brings its own jurisdiction (a court in Simferopol is in UA however
        the other mention called it)."""
        if other is None:
            return self
        in_capital = self.in_capital or other.in_capital
        if self.city is None and other.city is not None:
            return CourtRef(self.name or other.name, other.city, other.country or self.country, in_capital)
        return CourtRef(self.name or other.name, self.city or other.city, self.country or other.country, in_capital)

    @property
    def placed(self) -> bool:
        return self.city is not None or self.name is not None


@dataclass
class Frame:
    ruling: str | None
    sent: Span
    sent_index: int
    trigger: Span
    persons: list[Person]
    date: str | None = None
    page_date: str | None = None
    news_year: str | None = None
    """the page's year, for an undated decision told as part of the page's news (see `continued_news_year`)"""
    court: CourtRef | None = None
    penalties: list[Penalty] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    code_articles: list[str] = field(default_factory=list)
    prior: list[Penalty] = field(default_factory=list)
    new_court: bool = False
    """its sentence introduces a court of its own that it does not place ("by an Israeli military court")"""
    court_told: bool = False
    """its court is a plain "the court", the one told before however far back"""
    ents: list[Span] | None = None
    """the entities of its sentence, when the reader grouped them (else read off `sent`)"""

    @property
    def span(self) -> tuple[int, int]:
        return self.sent.start_char, self.sent.end_char

    @property
    def sent_ents(self) -> list[Span]:
        """The entities of its sentence (`Span.ents` walks every entity of the Doc)."""
        return self.ents if self.ents is not None else list(self.sent.ents)


def trigger_arguments(trigger: Span) -> list[Token]:
    """Who the decision is about: subjects and objects of the trigger verb, the owner of its object
    ("ordered her detention") or of an appeal's passive subject ("his appeal was rejected"), objects
    of its complement ("found her guilty"), of the verb it is coordinated with or whose clause its
    participle ends ("He was in prison before, serving 14 years"), whom its decision noun is against
    ("the sentence against him was overturned"), whose term a remainder is ("the remainder of her
    term was replaced"), and the noun a relative clause describes."""
    verb = trigger.root
    args = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "nsubj", "dative", "pobj"}]
    owned = {"dobj", "nsubjpass"} if trigger.label_.startswith("appeal") else {"dobj"}
    args += [g for c in verb.children if c.dep_ in owned for g in c.children if g.dep_ == "poss"]
    for comp in verb.children:
        if comp.dep_ in {"ccomp", "xcomp", "oprd", "acomp"}:
            args.extend(c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})
    if verb.dep_ in {"xcomp", "conj", "ccomp"} and not args:
        args = [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj", "dobj"}]
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(a.dep_ == "nsubj" for a in args):
        args += [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"to", "against", "on"}:
            args.extend(g for g in c.children if g.dep_ == "pobj")
    # "the death sentence against him has been overturned": whom the decision noun is against
    for noun in verb.children:
        if noun.dep_ in {"dobj", "nsubjpass"} and noun.lower_.removesuffix("s") in DECISION_NOUNS:
            args.extend(
                g for c in noun.children if c.dep_ == "prep" and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"
            )
    # "the remainder of her term was replaced": whose term the remainder is
    args += [
        g
        for a in list(args)
        if a.lower_ in {"remainder", "remainders"}
        for prep in a.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for term in prep.children
        if term.dep_ == "pobj"
        for g in term.children
        if g.dep_ == "poss"
    ]
    # "ordered her freed": the parser makes the complement's subject a possessive
    args += [g for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for g in c.children if g.dep_ == "poss"]
    if verb.dep_ == "relcl" and any(a.tag_ in {"WP", "WDT"} for a in args):
        args.append(verb.head)
    return args


def clause_head(tok: Token) -> Token:
    """The verb heading the clause a token belongs to."""
    while upos(tok) not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subtree_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text
