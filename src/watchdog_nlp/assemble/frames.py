"""Decision frames: one trigger ("sentenced", "upheld", "ordered ... held") with what its sentence
says about it, read off the labelled spans and the dependency parse."""

from __future__ import annotations

import re
from bisect import bisect
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from spacy.tokens import Span, Token

from ..components.places import page_items
from ..normalize.capitals import capital_of, is_city_state
from ..normalize.dates import resolve_date
from ..normalize.durations import duration_total, parse_duration
from ..normalize.places import city_countries, find_place, normalize_place_name
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
        """What both say; a seat brings its own jurisdiction (a court in Simferopol is in UA however
        the other mention called it)."""
        if other is None:
            return self
        if self.city is None and other.city is not None:
            return CourtRef(self.name or other.name, other.city, other.country or self.country)
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

    @property
    def span(self) -> tuple[int, int]:
        return self.sent.start_char, self.sent.end_char


def code_articles(sent: Span) -> list[str]:
    return _CODE_ARTICLE.findall(sent.text)


def trigger_arguments(trigger: Span) -> list[Token]:
    """Who the decision is about: subjects and objects of the trigger verb, the owner of its object
    ("ordered her detention"), objects of its complement ("found her guilty"), of the verb it is
    coordinated with, and the noun a relative clause describes."""
    verb = trigger.root
    args = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "nsubj", "dative", "pobj"}]
    args += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "poss"]
    for comp in verb.children:
        if comp.dep_ in {"ccomp", "xcomp", "oprd", "acomp"}:
            args.extend(c for c in comp.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"})
    if verb.dep_ in {"xcomp", "conj", "ccomp"} and not args:
        args = [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj", "dobj"}]
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in {"to", "against", "on"}:
            args.extend(g for g in c.children if g.dep_ == "pobj")
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
    return tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text


def date_value(ent: Span) -> str | None:
    """The entity's ISO date; NER sometimes runs a date into the penalty ("December 2 to 13 1/2
    months"), so the part before "to" is tried as well."""
    value = ent._.iso_date
    if value is None and " to " in ent.text:
        value = resolve_date(ent.text.split(" to ")[0], ent.doc._.published)
    return value


def decision_date(sent: Span, trigger: Span) -> str | None:
    """The date of the trigger: the nearest DATE entity in its clause that is a date (not a
    duration) and not an event's ("the June 6 protest", "his expected release on February 4")."""
    best, best_distance = None, None
    for ent in sent.ents:
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
    if frame.ruling == "released" and any(p.kind == "house_arrest" and _custody_ahead(span) for p, span in zip(frame.penalties, spans)):
        frame.ruling = "house_arrest"
    if frame.ruling in NO_SENTENCE:
        frame.penalties = []
    if frame.ruling == "restriction":
        frame.penalties = [p for p in frame.penalties if p.kind in {"restricted_freedom", "ban"}] or [Penalty(kind="ban")]


def _custody_ahead(span: Span) -> bool:
    """'released him to house arrest', 'replaced his detention with house arrest' (not 'released from
    house arrest'): the house arrest is where the court sends the person."""
    return span.start > span.sent.start and span.doc[span.start - 1].lower_ in {"to", "with", "under", "into"}


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
    no court or judge ("released on bail the next day, according to a police statement"), tells an
    amnesty or a pardon, or whose release verb has police or the like as its doer is dropped."""
    def court_named(sent: Span) -> bool:
        return any(sent.start <= c.start < sent.end for c in courts) or any(t.lower_ in {"court", "judge", "judges"} for t in sent)

    def not_court(frame: Frame) -> bool:
        if any(t.lower_ in cue("non_court_release") and not t.ent_type_ for t in frame.sent):
            return True
        doers = [c for c in frame.trigger.root.children if c.dep_ == "nsubj"]
        doers += [g for c in frame.trigger.root.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return any(d.lower_ in cue("releasing_agent") for d in doers)

    return [f for f in frames if f.ruling != "released" or (court_named(f.sent) and not not_court(f))]


def settle_releases(frames: list[Frame]) -> list[Frame]:
    """A court's release told in one sentence with the custody it ends: "ordered jailed chairman X
    freed pending trial", "X, who had been held since May, was released pending trial" are the
    release alone; in "the court ruled that their detention was unlawful, and both were freed" the
    untyped decision is that release."""
    releases = [f for f in frames if f.ruling == "released"]
    if not releases:
        return frames
    released = {id(p) for f in releases for p in f.persons}
    kept = [f for f in frames if f.ruling != "pretrial_detention" or not released & set(map(id, f.persons))]
    if {f.ruling for f in kept if f.ruling} == {"released"}:
        for frame in kept:
            if frame.ruling is None and frame.persons:
                frame.ruling = "released"
    return kept


#: place words that name a settlement; the others ("region", "province") name no court's seat
_SETTLEMENT = frozenset({"city", "town", "village", "capital"})


def court_ref(span: Span, previous: CourtRef | None) -> CourtRef:
    """Normalise a COURT span's parts: the explicit placements first (a possessive, "in X", "of X"),
    then the name's own words; a country name or adjective gives the jurisdiction, a gazetteer city
    the seat and its country, unless the phrase names a region ("of Khorasan Razavi Province"); a
    place the text calls a town is a seat even if the gazetteer lacks it; "a court in the Kazakh
    capital" sits in the capital, and every court of a city state in that city
    ("West Kowloon Magistrates' Courts" -> Hong Kong); "the same court" is the previous one."""
    parts = span._.court
    if parts["same"] and previous is not None:
        return previous
    city = country = None
    skip = set(parts["court_words"])
    regions = cue("place_word") - _SETTLEMENT
    phrases = [(strip_possessive(p).split(), True) for p in parts["places"]] + [(parts["mods"], False)]
    for words, explicit in phrases:
        found_city, code = find_place(words, skip)
        if found_city and explicit and words[-1].lower() in regions:
            continue
        if found_city and city is None:
            city, country = found_city, country or code
        elif code and country is None:
            country = code
        if city is not None:
            break
    if city is None and parts.get("seat"):
        city = normalize_place_name(parts["seat"])
    in_capital = city is None and re.search(r"\bcapital\b", span.doc[span.end: span.end + 5].text)
    if country and (in_capital or is_city_state(country)):
        city = capital_of(country)
    return CourtRef(name=parts["name"], city=city, country=country)


#: a court that reviews other courts' decisions; its name does not carry to a first-instance ruling
_REVIEWING_COURT = re.compile(r"\b(?:appeals?|appellate|cassation|supreme)\b", re.IGNORECASE)
_APPEALS = frozenset({"appeal_rejected", "appeal_granted"})
#: what a court named outside any decision's sentence may decide: "appeal" or "trial" rulings
_LEVELS = frozenset({"appeal", "trial"})
#: how many sentences a named court reaches, before a decision and after it
CARRY_BEFORE, CARRY_AFTER = 8, 2


#: who sits where a decision is made: "a judge in Almaty sentenced ..."
_BENCH = frozenset({"judge", "judges", "court", "magistrate", "tribunal"})


def clause_place(trigger: Span) -> CourtRef | None:
    """Where the decision's own clause places it: "was sentenced in Moscow", "a judge in Almaty
    sentenced ...", "In the capital, Nur-Sultan, a judge found ..."; a place inside another phrase
    ("for protests in Minsk", "who was detained in Minsk") places nothing."""
    verb = trigger.root
    heads = [verb, *(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _BENCH)]
    for head in heads:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in {"in", "at"}:
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                nxt = obj.doc[obj.i + 1: obj.i + 3]
                if obj.lower_ in _SETTLEMENT and len(nxt) == 2 and nxt[0].text == ",":
                    obj = nxt[1]
                ent = next((e for e in obj.doc.ents if e.label_ == "GPE" and e.start <= obj.i < e.end), None)
                if ent is not None:
                    city, country = find_place(ent.text.split())
                    if country:
                        return CourtRef(city=city, country=country)
    return None


class _Source(NamedTuple):
    """A court mention that may serve other decisions: where it is, what it says, what it decided
    (a ruling, or only a level, "appeal" or "trial", when its sentence tells no decision), and when."""

    index: int
    item: int
    court: CourtRef
    ruling: str | None
    date: str | None


def carry_courts(frames: list[Frame], mentions: list[tuple[int, Span]]) -> None:
    """A court named once serves the decisions told around it ("An Istanbul court sentenced five
    journalists. X received ...", "Passing sentence at Southwark Crown Court in London, ..."): a frame
    whose sentence places no court takes the nearest placed court a few sentences before it (or just
    after) that a frame of the same ruling names, or that a sentence without a decision names when
    its level fits the ruling (an appeal court for appeals). Countries must agree, and a frame with a
    date of its own ("In May 2016 a court handed ...") takes only a court of that date or an undated
    one next to it. A frame still without a country takes the country of the nearest court of its
    own item (a page's items start at their datelines), else of its item's dateline, so that another
    item or a defendant's nationality does not decide its jurisdiction."""
    if not frames:
        return
    items = page_items(frames[0].sent.doc)
    starts = [start for start, _ in items]
    framed = {f.sent_index for f in frames}
    sources = [
        _Source(f.sent_index, bisect(starts, f.trigger.start_char), f.court, f.ruling, f.date)
        for f in frames
        if f.court is not None and f.court.country
    ]
    for index, span in mentions:
        ref = court_ref(span, None) if index not in framed else None
        if ref is not None and ref.country:
            level = "appeal" if _REVIEWING_COURT.search(span.text) else "trial"
            sources.append(_Source(index, bisect(starts, span.start_char), ref, level, None))
    for frame in frames:
        own = frame.court or CourtRef()
        item = bisect(starts, frame.trigger.start_char)
        place = clause_place(frame.trigger) if own.city is None else None
        if place is not None:
            frame.court = own = own.merge(place)
        if own.city is None:
            placed = [s for s in sources if s.court.city is not None and s.item == item and _fits(frame, own, s)]
            if placed:
                nearest = min(placed, key=lambda s: _distance(frame, s.index) + 3 * (s.ruling in _LEVELS))
                frame.court = own = own.merge(nearest.court)
        mine = [s for s in sources if s.item == item]
        if own.country is None and (mine or sources):
            country = items[item - 1][1] if item and not mine else None
            if country is None:
                country = min(mine or sources, key=lambda s: _distance(frame, s.index)).court.country
            frame.court = own.merge(CourtRef(country=country))
    _settle_homonyms(frames, [s.court.country for s in sources])


def _settle_homonyms(frames: list[Frame], countries: list[str]) -> None:
    """A seat whose name several countries share ("San Vicente": Argentina's is the most populous)
    is in the one the page's courts name most."""
    for frame in frames:
        court = frame.court
        if court is None or court.city is None:
            continue
        homes = [c for c in city_countries(court.city) if c in countries]
        best = max(homes, key=countries.count, default=court.country)
        if countries.count(best) > countries.count(court.country):
            frame.court = replace(court, country=best)


def _distance(frame: Frame, index: int) -> float:
    """Sentences from a court mention to a frame; a mention after the frame counts as further."""
    gap = frame.sent_index - index
    return gap if gap >= 0 else 0.5 - 2 * gap


def _fits(frame: Frame, own: CourtRef, source: _Source) -> bool:
    gap = frame.sent_index - source.index
    if not -CARRY_AFTER <= gap <= CARRY_BEFORE:
        return False
    court, date = source.court, source.date
    if own.country and own.country != court.country and own.country not in city_countries(court.city or ""):
        return False
    if frame.date and not (date.startswith(frame.date) or frame.date.startswith(date) if date else abs(gap) <= 1):
        return False
    if source.ruling in _LEVELS:
        return (source.ruling == "appeal") == (frame.ruling in _APPEALS)
    return source.ruling is None or source.ruling == frame.ruling
