"""Charges: whose a charge is (the people named in its own clause; not a relative's, not a counted
part of a group's, not a law protesters oppose), whether the decision before it cleared it, and the
articles of a code a sentence cites."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..windows import end_within, span_text, start_within
from .cues import cue
from .people import Mention, Person

#: verbs of a prosecution that "alongside X" / "together with X" makes shared
_PROSECUTED = {
    "charged",
    "accused",
    "indicted",
    "convicted",
    "prosecuted",
    "tried",
    "arrested",
    "detained",
    "sentenced",
    "jailed",
}

_CODE_ARTICLE = re.compile(r"Article \d+(?:\.\d+)?(?: of the (?:Criminal|Administrative) Code)?")


def code_articles(sent: Span) -> list[str]:
    return _CODE_ARTICLE.findall(span_text(sent))


_CLAUSE_DEPS = {"ROOT", "conj", "advcl", "relcl", "ccomp", "parataxis"}


def relatives_charge(charge: Span) -> bool:
    """'Her husband, who was arrested on espionage charges, ...', 'whose brother Ihar was convicted
    of fraud': a charge whose clause is about a relative or associate of the defendant is theirs,
    not the defendant's."""
    verb = clause_verb(charge.root)
    for subject in (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subject.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl":
            subject = verb.head
        nouns = [subject, *(c for c in subject.children if c.dep_ in {"compound", "appos"})]
        if any(n.tag_ in {"NN", "NNS"} and n.lower_ in cue("relation_of") for n in nouns):
            return True
    return False


def partitive_subject(verb: Token) -> bool:
    """'Ten of the defendants were convicted of ...': what the verb tells is about a counted part of
    a group, unnamed; its charges are not the article's nor those of anyone named."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.like_num and any(g.dep_ == "prep" and g.lower_ == "of" for g in c.children)
        for c in verb.children
    )


def protested(charge: Span) -> bool:
    """'demonstrations against the Foreign Agents Law', 'Foreign Agents Law protesters': what people
    protest against names the law or act they oppose, not a charge."""
    tok = charge.root
    for _ in range(4):
        head = tok.head
        if head.i == tok.i:
            return False
        if head.lower_ == "against":
            return head.head.lower_ in cue("protest_against")
        if tok.dep_ in {"compound", "poss"} and head.lower_ in cue("protest_against"):
            return True
        tok = head
    return False


def told_as_means(charge: Span) -> bool:
    """'their will is confirmed by joining the events and inciting the others': an act told as the
    means of something other than a charge or a prosecution ("by ...ing") describes what someone
    did, not a charge ("jailed for inciting others by spreading false news" keeps both)."""
    tok = charge.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if not (tok.tag_ == "VBG" and tok.dep_ == "pcomp" and tok.head.lower_ == "by"):
        return False
    means_of = tok.head.head
    return means_of.lower_ not in _PROSECUTED and not any(
        c.start <= means_of.i < c.end for c in charge.doc.spans.get("charge", [])
    )


def separate_proceeding(charge: Span, trigger: Span) -> bool:
    """'gave him a suspended term for insulting the president, but he will stay in jail until he
    is tried separately on a terrorism charge': a charge whose own clause, not the decision's, tells
    of a separate case or charge is not the decision's."""
    verb = clause_verb(charge.root)
    if verb.i == clause_verb(trigger.root).i:
        return False
    head = charge.root if charge.root.pos_ == "NOUN" else charge.root.head
    words = [*verb.children, *head.children]
    return any(w.lower_ in {"separately", "separate"} and w.dep_ in {"advmod", "amod"} for w in words)


def clause_verb(tok: Token) -> Token:
    """The verb heading the clause a token is in: the first verb above it that heads a clause of
    its own (the sentence's root, a coordinated, adverbial, relative or complement clause)."""
    for _ in range(12):
        if tok.tag_.startswith("VB") and tok.dep_ in _CLAUSE_DEPS or tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def charge_holders(charge: Span, named: list[Mention]) -> list[Person] | None:
    """Whom a sentence ties a charge to: the people named outside the act charged ("inflicting an
    injury on X" is not X's charge), and of several, those in the charge's own clause ("A and B
    await trial on tax evasion charges, while C is serving three years": A and B), or the person a
    relative clause telling the charge is about ("A protested in support of B, who was arrested on
    extremism charges": B). None when no one is named outside the act (a pronoun tells whose it is)."""
    act = charge.root.left_edge.i, charge.root.right_edge.i
    outside = [(m, p) for m, p in named if not act[0] <= m.root.i <= act[1]]
    if not outside:
        return None
    verb = clause_verb(charge.root)
    if verb.dep_ == "relcl":
        about = [p for m, p in outside if m.start <= verb.head.i < m.end]
        if about:
            return about
    own = [p for m, p in outside if clause_verb(m.root).i == verb.i]
    return list(dict.fromkeys(own or [p for _, p in outside]))


def held_by(charge: Span, named: list[Mention], persons: list[Person], triggers: list[Span]) -> bool:
    """Whether a charge told before a decision in its sentence may be that decision's: not when the
    sentence ties it to other people in a clause telling no decision ("A awaits trial on tax evasion
    charges, while B is serving three years"); co-defendants' decisions told in one sentence share
    their charges."""
    holders = charge_holders(charge, named)
    if not holders or not persons or set(map(id, holders)) & set(map(id, persons)):
        return True
    verb = clause_verb(charge.root).i
    return any(t.start <= verb < t.end for t in triggers)


_FIRST_BROUGHT = re.compile(r"\b(?:originally|initially|at first|first)\b", re.IGNORECASE)
_CHANGED_LATER = re.compile(
    r"\b(?:changed|reclassified|requalified|replaced|dropped|downgraded|upgraded|amended)\b(?:\s+\S+){0,3}?\s+(?:the\s+)?"
    r"(?:charges?|article|accusation|classification)\b|\b(?:charges?|accusation)\s+(?:was|were|has been|had been)\s+"
    r"(?:later\s+|then\s+|subsequently\s+)?(?:changed|reclassified|requalified|replaced|dropped|downgraded|upgraded)\b",
    re.IGNORECASE,
)


def superseded(charge: Span) -> bool:
    """'The case was originally opened under the article on assaulting a police officer; prosecutors
    changed the charge to ...': a charge the sentence says was first brought and then changed is not
    the one the court decided on."""
    doc = charge.doc
    start, end = start_within(charge, charge.start - 12), end_within(charge, charge.end + 40)
    return bool(_FIRST_BROUGHT.search(doc[start : charge.start].text)) and bool(_CHANGED_LATER.search(doc[charge.end : end].text))


def cleared(charge: Span, triggers: list[Span]) -> bool:
    """Whether the decision a charge follows in its sentence is an acquittal ("cleared him of ...")."""
    before = [t for t in triggers if t.start <= charge.start]
    return bool(before) and before[-1].label_ == "acquitted"


def cleared_apart(charge: Span, triggers: list[Span]) -> bool:
    """Whether a charge is one a decision cleared while the sentence tells another decision too
    ("convicted him of A but acquitted him of B": B is not the case's charge). A sentence telling
    only acquittals ("acquitted X in a case of holding a rally without permission") names the
    charges of the whole case, which the conviction it overturns shared."""
    return cleared(charge, triggers) and any(t.label_ != "acquitted" for t in triggers)


def told_together(charges: list[str], lists: list[list[str]]) -> list[str]:
    """'Sok Vanna faced charges of treason and incitement. ... She was found guilty of treason.':
    a decision's own charges join the rest of any list a sentence told them in for the same person,
    or a verdict sentence naming nobody ("convicted three officers of espionage and sedition") told
    (one list is one case's: "incitement" is the conviction's too). Charges that are only `other`
    (the catch-all for charges no category names) tie the decision to no list: any other case's
    list may hold an `other` too."""
    joined = list(charges)
    for told in lists:
        if set(charges) - {"other"} and set(charges) <= set(told):
            joined.extend(c for c in told if c not in joined)
    return joined


def share_with_codefendants(named: list[Mention]) -> None:
    """'A and B were charged alongside C', 'A was tried together with C': people prosecuted with
    someone whose charges are told share them, when no sentence gave them charges of their own."""
    sources, others = [], []
    for mention, person in named:
        prep = mention.root.head
        doc = prep.doc
        joined = prep.lower_ == "alongside" or (
            prep.lower_ == "with" and prep.i > 0 and doc[prep.i - 1].lower_ in {"together", "along"}
        )
        if mention.root.dep_ == "pobj" and joined and prep.head.lower_ in _PROSECUTED:
            sources.append(person)
        elif not person.relative:
            others.append(person)
    charges = [c for p in sources for c in p.charges]
    for person in others:
        if not person.charges:
            person.charges.extend(dict.fromkeys(charges))
