"""Penalties: a PENALTY span as a Penalty (short terms are administrative jail, a range has no single
term, a change gives the new one), the terms of one decision split among the people it names, and
"the same punishment" as the last one told."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from ..normalize.durations import duration_total, parse_duration, term_lists
from ..normalize.words import MONTH_NAMES, number_words
from ..schema import Fine, Penalty
from ..windows import span_cache
from .appeals import term_change
from .frames import Frame
from .people import Person

MAX_ADMIN_JAIL_DAYS = 30


_MONTHS = set(MONTH_NAMES)


_RANGE = re.compile(
    rf"\bbetween\b|\b(\w+\s+)?(?:\d+|{'|'.join(number_words(1, 10))})\s+(?:and|to)\s+\S+\s+(?:years?|months?|days?)\b",
    re.IGNORECASE,
)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


#: rulings that carry no sentence (SCHEMA.md: their records have `sentence: []`)
NO_SENTENCE = frozenset({"acquitted", "released", "pretrial_detention"})


@span_cache
def penalty_of(span: Span) -> Penalty:
    """A PENALTY span as a Penalty; short jail terms (days) are administrative jail, a range
    ("between 10 and 15 days", "up to 16 months") has no single duration, a change ("from 18 to 20
    years") the new one."""
    kind = span.label_
    ranged = _UP_TO.search(span.text) is not None or any(
        not (m.group(1) and m.group(1).strip().lower() in _MONTHS) and not _YEAR.search(m.group(0))
        for m in _RANGE.finditer(span.text)
    )
    duration = span._.duration if kind not in {"life", "death", "fine"} and not ranged else None
    if (
        ranged
        and re.search(r"\bfrom\b", span.text, re.I)
        and not _RANGING.search(span.doc[max(span.start - 2, 0) : span.start + 2].text)
    ):
        duration = parse_duration(span.text.rsplit(" to ", 1)[-1])
    change = (
        term_change(span.text)
        if duration and not _RANGING.search(span.doc[max(span.start - 2, 0) : span.start + 2].text)
        else None
    )
    if change:
        duration = change[1]
    fine = None
    if kind == "fine" and span._.money is not None:
        amount, currency = span._.money
        fine = Fine(amount=amount, currency=currency)
    return Penalty(kind=_jail_kind(kind, duration or span._.duration), duration=duration, fine=fine)


#: "sentenced seven activists to up to 16 months": the longest of several terms, no one's own
_UP_TO = re.compile(r"\bup\s+to\b", re.IGNORECASE)


#: "terms ranging from 11 to 15 years": a range over several people, not a change of one term
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|vary|varying|varied)\b", re.IGNORECASE)


def _jail_kind(kind: str, duration: str | None) -> str:
    """A prison term of days is administrative jail."""
    if kind == "prison" and duration:
        months, days = duration_total(duration)
        if months == 0 and 0 < days <= MAX_ADMIN_JAIL_DAYS:
            return "administrative_jail"
    return kind


#: a suspension told of a term already given ("the term suspended", "the prison sentence was deferred")
_SUSPENDS_TOLD = re.compile(r"^(?:the|his|her|their|suspended)\b", re.IGNORECASE)


def suspends_told_term(span: Span) -> bool:
    """'the term suspended', 'but the sentence was suspended': a suspension without a length of its
    own, of the term told before it."""
    return span.label_ == "suspended" and span._.duration is None and bool(_SUSPENDS_TOLD.match(span.text))


def suspend_told_terms(penalties: list[Penalty], spans: list[Span]) -> tuple[list[Penalty], list[Span]]:
    """'sentenced to five years in prison - the term suspended for three years': a suspension of
    the term told before it makes that prison term a suspended one (its own span is dropped); a
    suspension with no prison term before it stays as it is."""
    kept: list[Penalty] = []
    kept_spans: list[Span] = []
    for penalty, span in zip(penalties, spans):
        suspended = suspend_last_term(kept) if suspends_told_term(span) else kept
        if suspended is not kept:
            kept = suspended
            continue
        kept, kept_spans = [*kept, penalty], [*kept_spans, span]
    return kept, kept_spans


def suspend_last_term(penalties: list[Penalty]) -> list[Penalty]:
    """The penalties with the last prison term of a given length made suspended (the same list when
    there is none)."""
    told = next((i for i in range(len(penalties) - 1, -1, -1) if penalties[i].kind == "prison" and penalties[i].duration), None)
    if told is None:
        return penalties
    return [p.model_copy(update={"kind": "suspended"}) if i == told else p for i, p in enumerate(penalties)]


def is_total(span: Span) -> bool:
    """'sentenced the five ... to a combined 34 years': a total over several people, no one's term."""
    before = {t.lower_ for t in span.doc[max(span.start - 3, 0) : span.start]}
    return bool(before & {"combined", "collective", "total", "totalling", "totaling"})


def split_respectively(frame: Frame, spans: list[Span], respectively: bool) -> list[Frame] | None:
    """'A and B were jailed for 10 months and seven months, respectively', 'sentenced A, B and C to
    14, 10 and 12 years', 'A and B were sentenced to five and three years each': a list of as many
    terms as people gives one frame per person, each with the term in the same place of the list;
    the sentence's other penalties go to all. A range ("between 12 and 14 years") is no list.
    None when the sentence lists no terms that way."""
    if len(frame.persons) < 2 or frame.ruling in NO_SENTENCE:
        return None
    if respectively:
        listed = [(span, [t for run in term_lists(span.text) for t in run]) for span in spans]
        if sum(len(terms) for _, terms in listed) != len(frame.persons):  # "8 and 6 months, suspended for two years"
            listed = [(span, next(iter(term_lists(span.text)), [])) for span in spans]
    else:
        runs = [(span, max(term_lists(span.text), key=len, default=[])) for span in spans if not _SPAN_RANGE.search(span.text)]
        listed = [(span, terms) for span, terms in runs if len(terms) > 1]
    terms = [(span.label_, term) for span, found in listed for term in found]
    if len(terms) != len(frame.persons):
        return None
    used = {id(span) for span, found in listed if found}
    others = [p for p, span in zip(frame.penalties, spans) if id(span) not in used] if len(spans) == len(frame.penalties) else []
    return [
        replace(frame, persons=[person], penalties=[Penalty(kind=_jail_kind(kind, term), duration=term), *others])
        for person, (kind, term) in zip(frame.persons, terms)
    ]


_SPAN_RANGE = re.compile(r"\bbetween\b|\bup to\b", re.IGNORECASE)


def split_terms(frame: Frame, spans: list[Span], mentions: list[tuple[Span, Person]], end: int) -> list[Frame]:
    """'confirmed 18 years for A, 16 years each for B and C', 'A received 14 days, B eight days;
    C and D six days each', 'jailed A for six years and B for seven': when one decision names
    several people and several terms, each person gets the term written next to their name. A
    bare duration ("B eight days", "C, who is on the run, four years") or number ("B for seven")
    counts when it is the next term after a name."""
    if len(frame.persons) < 2 or frame.ruling in NO_SENTENCE or len(spans) != len(frame.penalties):
        return [frame]
    own = [(m, p) for m, p in mentions if p in frame.persons and frame.sent.start <= m.start < end]
    if {id(p) for _, p in own} != {id(p) for p in frame.persons}:
        return [frame]
    terms = [(*_term_anchor(s), penalty) for s, penalty in zip(spans, frame.penalties) if penalty.duration]
    kind = terms[0][2].kind if terms else "prison"
    doc = frame.sent.doc
    for ent in [*frame.sent_ents, *_untagged_terms(frame.sent, frame.sent_ents)]:
        if ent.label_ not in {"DATE", "CARDINAL"} or any(
            s.start <= ent.start < s.end or ent.start <= s.start < ent.end for s in spans
        ):
            continue
        if not frame.trigger.start <= ent.start < end:
            continue
        if ent.label_ == "DATE":
            duration = parse_duration(
                doc[ent.start : min(ent.end + 4, frame.sent.end)].text
            )  # "two years and seven months" told as two dates
            near = any(
                0 <= ent.start - m.end <= 15
                and not any(m.end <= o.start < ent.start for o, _ in own)
                or 0 < m.start - ent.end <= 4
                for m, _ in own
            )
        else:
            earlier = [t for t in terms if t[1] <= ent.start]
            duration = parse_duration(f"{ent.text} {_UNIT_NAMES[earlier[-1][2].duration[-1]]}") if earlier else None
            near = any(ent.start == m.end + 1 and doc[m.end].lower_ == "for" for m, _ in own)
        if duration and near:
            terms.append(
                (
                    ent.start,
                    ent.end,
                    Penalty(kind=_jail_kind("prison" if kind == "administrative_jail" else kind, duration), duration=duration),
                )
            )
    terms.sort(key=lambda t: t[0])
    if len({t[2].duration for t in terms}) < 2:
        return [frame]
    term_first = any(_names_after(doc, t_end, own) for _, t_end, _ in terms)
    others = [p for p in frame.penalties if not p.duration]
    split: dict[int, Penalty] = {}
    for mention, person in own:
        if term_first:
            before = [t for t in terms if t[1] <= mention.start]
            term = before[-1] if before else terms[0]
        else:
            after = [t for t in terms if t[0] >= mention.end]
            term = after[0] if after else terms[-1]
        split.setdefault(id(person), term[2])
    return [replace(frame, persons=[person], penalties=[split[id(person)], *others]) for person in frame.persons]


_UNIT_TOKEN = re.compile(r"(?:^|-)(?:years?|months?|weeks?|days?)$")


_UNIT_NAMES = {"Y": "years", "M": "months", "D": "days"}


def _untagged_terms(sent: Span, ents: list[Span]) -> list[Span]:
    """'B to 16 years': a number and a unit word the NER left outside any entity, as a DATE of its
    own, so that a term between two tagged ones still counts."""
    covered = {i for e in ents for i in range(e.start, e.end)}
    return [
        Span(sent.doc, tok.i, tok.i + 2, label="DATE")
        for tok in sent[:-1]
        if tok.like_num and tok.i not in covered and tok.i + 1 not in covered and _UNIT_TOKEN.search(tok.nbor().lower_)
    ]


def _term_anchor(span: Span) -> tuple[int, int]:
    """Where a penalty span's term is written ("six years" in "jailed A and B for six years")."""
    for tok in span:
        if _UNIT_TOKEN.search(tok.lower_) and not _is_age(tok):
            start = tok.i if "-" in tok.lower_ or tok.i == span.start else tok.i - 1
            return start, tok.i + 1
    return span.start, span.end


def _is_age(tok: Token) -> bool:
    """'41-year-old': the unit of an age, not of a term."""
    doc = tok.doc
    rest = [t.lower_ for t in doc[tok.i + 1 : tok.i + 3]]
    return tok.lower_.endswith("-old") or rest[:1] == ["-old"] or rest == ["-", "old"]


def _names_after(doc, i: int, own: list[tuple[Span, Person]]) -> bool:
    """'12 years for blogger A', '10 years each to A and B': a term, past "each" / "apiece", then
    "for" / "to" and a named person within a few words (not "two years for organising ...")."""
    while i < len(doc) and doc[i].lower_ in {"each", "apiece"}:
        i += 1
    if i >= len(doc) or doc[i].lower_ not in {"for", "to"}:
        return False
    return any(0 < m.start - i <= 4 for m, _ in own)


_SAME_PENALTY = re.compile(
    r"\b(?:identical|the same)\s+(?:[\w-]+\s+){0,2}?(?:punishment|penalty|penalties|sentences?|terms?|verdict)\b", re.IGNORECASE
)


def same_penalty(frame: Frame, text: str, told: list[Frame]) -> list[Penalty]:
    """'handed X an identical punishment', 'had received an identical two-year term': the
    penalties of the last decision told with any, when the text says they are the same (and any
    term it gives matches theirs)."""
    if frame.ruling in NO_SENTENCE or not _SAME_PENALTY.search(text):
        return frame.penalties
    before = next((f.penalties for f in reversed(told) if f.penalties and f.ruling not in NO_SENTENCE), None)
    if before is None or {p.duration for p in frame.penalties} - {p.duration for p in before}:
        return frame.penalties
    return list(before)
