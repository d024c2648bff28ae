"""People of one article: their mentions, who is who ("Boqaev" is "Maks Boqaev"), and who is not a
defendant (judges, officials, someone's lawyer), with the role and age the text gives them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..normalize.places import city_country, country_code
from ..schema import Penalty
from ..tags import upos
from ..windows import end_within, start_within
from .cues import cue

AGE = re.compile(r"(\d{1,3})-year-old")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")  #: "Sattoriy, 40," (read after the mention, not over the sentence)
MAX_AGE = 130  #: no one is this old: "a 0-year-old" or "a 300-year-old" is not an age
_POSSESSIVE = {"'s", "’s", "'"}


@dataclass(eq=False)
class Person:
    """One person of the article; mentions by surname or pronoun resolve to the same object."""

    name: str
    role: str | None = None
    age: int | None = None
    charges: list[str] = field(default_factory=list)
    prior_penalties: list[Penalty] = field(default_factory=list)
    excluded: bool = False

    @property
    def words(self) -> set[str]:
        return {w.lower() for w in self.name.split()}

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def strip_possessive(text: str) -> str:
    return re.sub(r"['’]s$", "", text.strip()).strip()


class PersonIndex:
    """Person clusters: full names first, so a surname seen before its full name still joins it."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def find(self, text: str) -> Person | None:
        words = strip_possessive(text).split()
        if not words:
            return None
        full = " ".join(words).lower()
        for person in self.people:
            if person.name.lower() == full:
                return person
        if len(words) == 1:
            matches = [p for p in self.people if words[0].lower() in p.words]
            return matches[-1] if matches else None
        return None

    def add(self, text: str) -> Person:
        name = strip_possessive(text)
        found = self.find(name)
        if found is None:
            found = Person(name=name)
            self.people.append(found)
        elif len(name.split()) > len(found.name.split()):
            found.name = name
        return found

    def cluster(self, mentions: list[Span]) -> None:
        """Index every mention; a person named anywhere as a judge, official or someone's lawyer
        (or listed with one: "the lawyers, Li Fangping and Liu Xiaoyuan") is excluded throughout."""
        for mention in sorted(mentions, key=lambda m: -len(m)):
            self.add(mention.text)
        excluded = [m for m in mentions if is_excluded(m)]
        excluded += [m for m in mentions if m.root.dep_ == "conj" and any(e.start <= m.root.head.i < e.end for e in excluded)]
        for mention in excluded:
            person = self.find(mention.text)
            if person is not None:
                person.excluded = True

    def surname_mentions(self, sent: Span, taken: list[Span]) -> list[tuple[Span, Person]]:
        """Known people's surnames the NER missed (often tagged ORG, or nothing)."""
        surnames: dict[str, Person] = {}
        for person in self.people:
            if not person.excluded and len(person.name.split()) > 1:
                surnames.setdefault(person.surname.lower(), person)
        found = []
        covered = {i for span in taken for i in range(span.start, span.end)}
        for tok in sent:
            person = surnames.get(tok.lower_)
            if person is not None and tok.text[:1].isupper() and tok.i not in covered:
                found.append((sent.doc[tok.i: tok.i + 1], person))
        return found


def person_mentions(doc: Doc) -> list[Span]:
    """PERSON entities, widened by patronymics ("Tazhibek kyzy") and a given name the NER left out,
    trimmed of possessives, without the places and outlets the NER calls people."""
    patronymics = cue("patronymic")
    name_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and not org_like(ent) for t in ent}
    mentions = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while end > ent.start and doc[end - 1].lower_ in _POSSESSIVE:
            end -= 1
        while end < len(doc) and doc[end].lower_ in patronymics:
            end += 1
        start = ent.start
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        if start == end - 1 and start_within(ent, start - 2) == start - 2 and _is_given_name(doc[start - 1]):
            start -= 1
        span = doc[start:end]
        known_name = len(span) == 1 and span[0].lower_ in name_words
        if len(span) and any(t.is_alpha for t in span) and (known_name or not org_like(span)):
            mentions.append(span)
    return mentions


def _is_given_name(tok: Token) -> bool:
    return upos(tok) == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in cue("non_defendant_title") and not tok.ent_type_


def org_like(span: Span) -> bool:
    """NER's PERSON guesses that are places or outlets ("Almaty", "the affiliated Ait Ait Dese channel")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    words = [t.lower_ for t in span if t.lower_ not in _POSSESSIVE]
    organizations = cue("organization_word")
    if not words or after in organizations or words[-1] in organizations or before in organizations | {"the", "affiliated"}:
        return True
    if any(t.like_num for t in span):
        return True
    if before == "in" or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in cue("place_word")):
        return True
    text = strip_possessive(span.text)
    return len(span) == 1 and (country_code(text) is not None or city_country(text) is not None)


def is_excluded(mention: Span) -> bool:
    """Judges, officials and people's lawyers are named around decisions but are not their subjects."""
    doc = mention.doc
    titles, lawyers = cue("non_defendant_title"), cue("lawyer")
    words = [t.lower_ for t in doc[start_within(mention, mention.start - 5): mention.start] if not t.is_punct]
    if words and words[-1] in titles:
        qualifier = words[-2] if len(words) > 1 else ""
        return words[-1] == "judge" or qualifier not in {"former", "ex", "ex-"}
    if any(w in titles for w in words[-2:]) and not any(w in {"former", "ex-"} for w in words):
        return True
    if words and words[-1] in lawyers:
        whose = words[-2] if len(words) > 1 else ""
        if whose in {"'s", "’s", "his", "her", "their", "defense", "defence", "the", "lawyer"}:
            return True
        return mention.root.head.lower_ in cue("speech_verb") and mention.root.dep_ == "nsubj"
    after = [t.lower_ for t in doc[mention.end: end_within(mention, mention.end + 5)]]
    if after[:1] == [","] and len(after) > 2 and (after[1] in {"his", "her", "their"} or after[2] in {"'s", "’s"}):
        return any(w in lawyers for w in after[2:5])
    return after[:3] == [",", "who", "represents"]


def is_modifier(mention: Span) -> bool:
    """A name inside a relative clause or describing something else ("known as Qandy Qantar")."""
    tok = mention.root
    for _ in range(6):
        if tok.dep_ in {"relcl", "acl", "poss"}:
            return True
        if tok.head.i == tok.i or upos(tok) == "VERB":
            return False
        tok = tok.head
    return False


def describe(person: Person, mention: Span) -> None:
    """Fill the person's age ("the 48-year-old", "Sattoriy, 40,") and role ("Kazakh activist X",
    "X, an investigative blogger") from the words around a mention."""
    doc = mention.doc
    if person.age is None:
        window = doc[start_within(mention, mention.start - 3): end_within(mention, mention.end + 3)].text
        found = AGE.search(window) or _AGE_AFTER.match(doc[mention.end: end_within(mention, mention.end + 4)].text)
        if found and 0 < int(found.group(1)) < MAX_AGE:
            person.age = int(found.group(1))
    if person.role is not None:
        return
    before = doc[start_within(mention, mention.start - 4): mention.start]
    nouns = [t for t in before if upos(t) == "NOUN" and t.lower_ not in cue("non_defendant_title")]
    if nouns and nouns[-1].i == mention.start - 1:
        mods = [t.lower_ for t in before if t.i >= nouns[-1].i - 1 and upos(t) in {"NOUN", "ADJ"} and not t.text[:1].isupper()]
        person.role = " ".join(mods) or nouns[-1].lower_
        return
    after = doc[mention.end: end_within(mention, mention.end + 8)]
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in {"a", "an", "the"}:
        for tok in after[2:]:
            if upos(tok) == "NOUN":
                person.role = tok.head.lower_ if upos(tok.head) == "NOUN" and tok.head.i > tok.i else tok.lower_
                return
