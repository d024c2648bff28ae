"""Decision frames: one trigger ("sentenced", "upheld", "ordered ... held") with what its sentence
says about it, read off the labelled spans and the dependency parse."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..normalize.capitals import capital_of
from ..normalize.dates import resolve_date
from ..normalize.durations import duration_total, parse_duration
from ..normalize.places import city_country, country_code
from ..schema import Fine, Penalty
from ..tags import upos
from .cues import cue
from .people import Person, strip_possessive

MAX_ADMIN_JAIL_DAYS = 30
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
_RANGE = re.compile(
    r"\bbetween\b|\b(\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:and|to)\s+\S+\s+(?:years?|months?|days?)\b",
    re.IGNORECASE,
)
_NOT_DECISION_DATE_BEFORE = {"since", "until", "till", "by", "before", "from", "through", "ago"}
_CODE_ARTICLE = re.compile(r"Article \d+(?:\.\d+)?(?: of the (?:Criminal|Administrative) Code)?")
#: rulings that carry no sentence (SCHEMA.md: their records have `sentence: []`)
NO_SENTENCE = frozenset({"acquitted", "released", "pretrial_detention"})


@dataclass(frozen=True)
class CourtRef:
    """What the text says of a decision's court; mentions of one court combine with `merge`."""

    name: str | None = None
    city: str | None = None
    country: str | None = None

    def merge(self, other: CourtRef | None) -> CourtRef:
        if other is None:
            return self
        return CourtRef(self.name or other.name, self.city or other.city, self.country or other.country)

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
    court: CourtRef | None = None
    penalties: list[Penalty] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    code_articles: list[str] = field(default_factory=list)
    prior: list[Penalty] = field(default_factory=list)
    ents: list[Span] = field(default_factory=list)
    """the entities of its sentence"""

    @property
    def span(self) -> tuple[int, int]:
        return self.sent.start_char, self.sent.end_char


def code_articles(sent: Span) -> list[str]:
    return _CODE_ARTICLE.findall(sent.text)


def trigger_arguments(trigger: Span) -> list[Token]:
    """Who the decision is about: subjects and objects of the trigger verb, of its complement
    ("found her guilty"), of the verb it is coordinated with, and the noun a relative clause describes."""
    verb = trigger.root
    args = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "nsubj", "dative", "pobj"}]
    for comp in verb.children:
        if comp.dep_ in {"ccomp", "xcomp", "oprd", "acomp"}:
            args.extend(c for c in comp.children if c.dep_ in {"nsubj", "dobj"})
    if verb.dep_ in {"xcomp", "conj", "ccomp"} and not args:
        args = [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj", "dobj"}]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"to", "against", "on"}:
            args.extend(g for g in c.children if g.dep_ == "pobj")
    if verb.dep_ == "relcl" and any(a.tag_ in {"WP", "WDT"} for a in args):
        args.append(verb.head)
    return args


def clause_head(tok: Token) -> Token:
    """The verb heading the clause a token belongs to."""
    while upos(tok) not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subtree_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text


def date_value(ent: Span) -> str | None:
    """The entity's ISO date; NER sometimes runs a date into the penalty ("December 2 to 13 1/2
    months"), so the part before "to" is tried as well."""
    value = ent._.iso_date
    if value is None and " to " in ent.text:
        value = resolve_date(ent.text.split(" to ")[0], ent.doc._.published)
    return value


def decision_date(ents: list[Span], trigger: Span) -> str | None:
    """The date of the trigger: the nearest DATE entity of its sentence's `ents`, in its clause, that
    is a date (not a duration) and not an event's ("the June 6 protest", "his expected release on
    February 4")."""
    best, best_distance = None, None
    for ent in ents:
        if ent.label_ != "DATE" or date_value(ent) is None:
            continue
        doc = ent.doc
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if before in _NOT_DECISION_DATE_BEFORE or ent[0].lower_ in _NOT_DECISION_DATE_BEFORE:
            continue
        if after in cue("event_after_date") or before in {"the", "'s", "’s"}:
            continue
        if ent.end <= trigger.start:
            distance = 2 * (trigger.start - ent.end)
        else:
            distance = ent.start - trigger.end
        clause = clause_head(ent.root)
        if clause != clause_head(trigger.root) and not trigger.start <= clause.i < trigger.end:
            distance += 50
        head = ent.root.head.head if upos(ent.root.head) == "ADP" else ent.root.head
        if upos(head) == "NOUN" and not trigger.start <= head.i < trigger.end:
            if head.lower_ in cue("event_noun"):
                continue
            if head.lower_ not in {"court", "judge"}:
                distance += 100
        if best_distance is None or distance < best_distance:
            best, best_distance = ent, distance
    return date_value(best) if best is not None else None


def penalty_of(span: Span) -> Penalty:
    """A PENALTY span as a Penalty; short jail terms (days) are administrative jail, and a range
    ("between 10 and 15 days") has no single duration."""
    kind = span.label_
    ranged = any(not (m.group(1) and m.group(1).strip().lower() in _MONTHS) for m in _RANGE.finditer(span.text))
    duration = span._.duration if kind not in {"life", "death", "fine", "labor"} and not ranged else None
    fine = None
    if kind == "fine" and span._.money is not None:
        amount, currency = span._.money
        fine = Fine(amount=amount, currency=currency)
    if kind == "prison" and duration:
        months, days = duration_total(duration)
        if months == 0 and 0 < days <= MAX_ADMIN_JAIL_DAYS:
            kind = "administrative_jail"
    return Penalty(kind=kind, duration=duration, fine=fine)


def is_hedged(span: Span, hedges: list[Span], triggers: list[Span]) -> bool:
    """A hedge cue ("prosecutors asked for", "faces up to", "could be") shortly before the span,
    with no decision trigger in between, makes it a request or a possibility, not a decision."""
    for hedge in hedges:
        if hedge.sent != span.sent or hedge.end > span.start or span.start - hedge.end > 8:
            continue
        if not any(hedge.end <= t.start < span.start for t in triggers):
            return True
    return False


def is_adjectival(trigger: Span) -> bool:
    """'supporting jailed Russian opposition leader': a participle describing someone, not a decision.
    The parser also calls a real verb amod after a date ("on March 3 sentenced activist X"), so the
    word before decides."""
    if trigger[0].dep_ != "amod":
        return False
    before = trigger.doc[trigger.start - 1] if trigger.start > trigger.sent.start else None
    return before is None or upos(before) in {"DET", "ADP", "VERB", "ADJ", "CCONJ", "PUNCT", "PRON"}


def is_pluperfect(trigger: Span) -> bool:
    """'had been convicted': a decision told as background, not today's."""
    return any(c.lower_ == "had" for c in trigger.root.children if c.dep_ in {"aux", "auxpass"})


def segment_end(trigger: Span, end: int) -> int:
    """A trigger's own words stop at a subordinate clause of circumstance ("... in 2016 after he
    organized unsanctioned protests"), unless it still tells the decision ("after finding him guilty")."""
    doc = trigger.doc
    for tok in doc[trigger.end: end]:
        if tok.lower_ in {"after", "when", "because", "while", "since", "as"} and tok.dep_ in {"mark", "prep", "advmod"}:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ == "VBG":
                continue
            if tok.dep_ == "mark" or (nxt is not None and upos(nxt) in {"PRON", "PROPN", "DET"}):
                return tok.i
    return end


def names_own_recipient(trigger: Span) -> bool:
    """'... and handed four-year terms to his former lawyer': the verb names its own recipient."""
    for child in trigger.root.children:
        if child.dep_ == "dative" and upos(child) in {"NOUN", "PROPN"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(upos(g) in {"NOUN", "PROPN"} and g.dep_ == "pobj" for g in child.children):
            return True
    return False


def split_respectively(frame: Frame, spans: list[Span]) -> list[Frame]:
    """'A and B were jailed for 10 months and seven months, respectively': one frame per person,
    each with its own term."""
    terms = [part for span in spans for part in re.split(r"\s+and\s+|,\s+", span.text) if parse_duration(part)]
    if len(frame.persons) < 2 or len(terms) != len(frame.persons):
        return [frame]
    kind = frame.penalties[0].kind if frame.penalties else "prison"
    return [
        replace(frame, persons=[person], penalties=[Penalty(kind=kind, duration=parse_duration(term))])
        for person, term in zip(frame.persons, terms)
    ]


def refine_ruling(frame: Frame, spans: list[Span]) -> None:
    """Ruling and penalties that the trigger word alone does not settle: an appeal that replaced
    a sentence keeps the new one, jail "pending trial" is detention, house arrest carries its item."""
    if frame.ruling == "appeal_granted":
        replaced = [t for t in frame.sent if t.lower_ == "with" and t.i > frame.trigger.start]
        if replaced and len(spans) == len(frame.penalties):
            frame.prior = [p for p, span in zip(frame.penalties, spans) if span.start < replaced[0].i]
            frame.penalties = [p for p, span in zip(frame.penalties, spans) if span.start > replaced[0].i]
    if frame.ruling == "sentenced" and not frame.penalties and re.search(r"\bpending (?:trial|investigation)\b", frame.sent.text, re.I):
        frame.ruling = "pretrial_detention"
    if frame.ruling in {"sentenced", "pretrial_detention", None} and any(p.kind == "house_arrest" for p in frame.penalties):
        frame.ruling = "house_arrest"
    if frame.ruling == "house_arrest" and not any(p.kind == "house_arrest" for p in frame.penalties):
        frame.penalties = [Penalty(kind="house_arrest"), *frame.penalties]
    if frame.ruling in NO_SENTENCE:
        frame.penalties = []
    if frame.ruling == "restriction":
        frame.penalties = [p for p in frame.penalties if p.kind in {"restricted_freedom", "ban"}] or [Penalty(kind="ban")]


def suppress_partial(frames: list[Frame]) -> None:
    """'acquitted him of X' or 'released from the courtroom' beside a conviction of the same
    person in the same sentence is part of that decision, not a decision of its own; in "ordered X
    released from custody, overturning ..." the release is what the appeal decided, about X."""
    for frame in frames:
        if frame.ruling not in {"acquitted", "released"}:
            continue
        outranks = {"sentenced", "house_arrest", "appeal_granted"} | ({"acquitted"} if frame.ruling == "released" else set())
        others = [g for g in frames if g is not frame and g.ruling in outranks]
        shared = any(set(map(id, frame.persons)) & set(map(id, g.persons)) for g in others)
        if not shared and others and frame.persons:
            unnamed = [g for g in others if not g.persons]
            if not unnamed:
                continue
            unnamed[0].persons = frame.persons
        if others:
            frame.persons = []
            frame.ruling = None


def drop_police_releases(frames: list[Frame], courts: list[Span]) -> list[Frame]:
    """A release is a record only when a court ordered it: a 'released' frame whose sentence names
    no court or judge ("released on bail the next day, according to a police statement") is dropped."""
    def court_named(sent: Span) -> bool:
        return any(sent.start <= c.start < sent.end for c in courts) or any(t.lower_ in {"court", "judge", "judges"} for t in sent)

    return [f for f in frames if f.ruling != "released" or court_named(f.sent)]


def court_ref(span: Span, previous: CourtRef | None) -> CourtRef:
    """Normalise a COURT span's parts: the first place word that is a city places the court; a
    country name or adjective gives the jurisdiction; a supreme court, or "a court in the Kazakh
    capital", sits in the capital; "the same court" is the previous one."""
    parts = span._.court
    if parts["same"] and previous is not None:
        return previous
    city = country = None
    for place in parts["places"]:
        place = strip_possessive(place)
        code = country_code(place)
        if code and country is None:
            country = code
            continue
        city_code = city_country(place)
        if city_code and city is None and place not in {"District", "City", "Court", "High"}:
            city, country = place, country or city_code
    in_capital = re.search(r"\bcapital\b", span.doc[span.end: span.end + 5].text)
    supreme = parts["name"] is not None and "supreme" in parts["name"].lower()
    if city is None and country and (supreme or in_capital):
        city = capital_of(country)
    return CourtRef(name=parts["name"], city=city, country=country)
