"""Frames -> case records: frames about one person and decision merge; unnamed frames lend their
slots to the named ones around them; co-defendants and appeals share what the article says once."""

from __future__ import annotations

import re
from bisect import bisect
from dataclasses import dataclass, field, replace
from datetime import date

from ..normalize.capitals import capital_of, is_city_state
from ..normalize.places import city_country
from ..normalize.words import number_words
from ..schema import CaseRecord, Evidence, Penalty
from .appeals import history_of_appeals, term_replaced_on_appeal, upheld_in_part
from .charges import told_together
from .cues import cue
from .dates import date_value, looks_forward, told_in_passing
from .frames import CourtRef, Frame
from .penalties import NO_SENTENCE
from .people import Person
from .rulings import (
    APPEALS,
    CUSTODY,
    history_clause,
    in_another_case,
    is_pluperfect,
    is_serving,
    served_time,
    told_apart,
    told_as_before,
    told_as_earlier,
)

_MAIN_FIRST = [
    "death",
    "life",
    "prison",
    "suspended",
    "restricted_freedom",
    "administrative_jail",
    "house_arrest",
    "labor",
    "fine",
    "ban",
    "deportation",
]
_CONVICTION = {"sentenced", "appeal_rejected"}
#: how long after a conviction its sentencing may come and still be told as one decision
_CONVICTION_TO_SENTENCE_DAYS = 90
_NUMBER_WORDS = number_words(0, 12)
#: a term the sentence itself places in custody keeps its kind whatever the lead before it gave
_CUSTODY_NAMED = re.compile(r"\b(?:in|behind)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}(?:prison|jail|bars|colony)\b", re.IGNORECASE)
#: a release from custody before a verdict ("released pending trial", "under judicial control"), not the end of a case
_CUSTODY_RELEASE = re.compile(
    r"\b(?:pending\s+(?:(?:the|his|her|their)\s+)?(?:trial|investigation)|(?:under|on)\s+judicial\s+(?:control|supervision|probation))\b",
    re.IGNORECASE,
)


@dataclass(eq=False)
class Draft:
    """A record being built: one person, one decision."""

    person: Person
    ruling: str
    date: str | None
    court: CourtRef | None
    page_date: str | None = None
    news_year: str | None = None
    penalties: list[Penalty] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)
    #: a term told as served or being served ("is serving a three-year term"), no decision told beside it
    serving: bool = False
    #: a person first told in a sentence turning to another case ("Meanwhile, ..."): takes no
    #: article charges (a person's own earlier case, told beside their main one, still does)
    apart: bool = False
    #: first told as a decision of another case ("was jailed in a separate case")
    other_case: bool = False
    #: a custody order told as first made ("ordered") or as extended ("extended"), None when not told
    custody_step: str | None = None
    #: first told as an earlier decision by its verb's adverb ("was earlier sentenced to three years")
    before: bool = False
    #: told as earlier beside the person's decision it was kept apart from: another case, whose
    #: charges are only those its own sentences tell
    earlier_case: bool = False

    def lend(self, frame: Frame) -> None:
        """Take what an unnamed frame about the same decision adds (its date, its court, its charges
        when none are known)."""
        self.date = finer(self.date, frame.date)
        self.page_date = finer(self.page_date, frame.page_date)
        self.news_year = self.news_year or frame.news_year
        self.court = _merge(self.court, frame.court)
        self.charges = self.charges or list(frame.charges)
        self.evidence.append(frame.span)

    def absorb(self, frame: Frame) -> None:
        """Another mention of this decision: fill what is missing, add penalties, charges, evidence;
        a fuller penalty of a kind replaces a bare or rounded one (a headline's "27 years" for
        "27 years and six months")."""
        self.lend(frame)
        for penalty in frame.penalties:
            bare = [
                q
                for q in self.penalties
                if q.kind == penalty.kind and (q.duration is None and q.fine is None or _rounds(q, penalty))
            ]
            if bare:
                self.penalties[self.penalties.index(bare[0])] = penalty
            elif penalty not in self.penalties and not any(_rounds(penalty, q) for q in self.penalties):
                self.penalties.append(penalty)
        self.charges.extend(c for c in frame.charges if c not in self.charges)
        self.articles.extend(a for a in frame.code_articles if a not in self.articles)


def _rounds(short: Penalty, full: Penalty) -> bool:
    """'P27Y' is 'P27Y6M' rounded: same kind, the shorter duration a leading part of the longer."""
    return (
        short.kind == full.kind
        and short.duration is not None
        and full.duration is not None
        and short.duration != full.duration
        and full.duration.startswith(short.duration)
    )


def _merge(known: CourtRef | None, new: CourtRef | None) -> CourtRef | None:
    return known.merge(new) if known is not None else new


def compatible(a: str | None, b: str | None) -> bool:
    """Two dates can be one decision's: either unknown, or one a prefix of the other ("2021-01")."""
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def finer(known: str | None, new: str | None) -> str | None:
    """The more precise of two dates of one decision: a headline's "2020-12" gives way to the
    body's "2020-12-28"; a date that contradicts the known one does not replace it."""
    if known is None or (new is not None and len(new) > len(known) and new.startswith(known)):
        return new
    return known


def same_instance(ruling: str | None, other: str | None) -> bool:
    """Whether two rulings may be one hearing's, and so share its date: an appeal is decided on
    another day than the trial it reviews."""
    return (ruling in APPEALS) == (other in APPEALS)


def close(earlier: Frame, later: Frame, sentences: int = 3) -> bool:
    """Whether `later` comes within a few sentences of `earlier` (one story, one hearing)."""
    return later.sent_index - earlier.sent_index <= sentences


def _serving(frame: Frame) -> bool:
    """A term told as served or being served, with its term or by the time spent: a record of its
    own, apart from the decision the same sentence tells ("X, who is serving seven years, was
    sentenced to two more") or the story tells ("X was imprisoned from 2011 to 2014")."""
    return is_serving(frame.trigger) and (bool(frame.penalties) or served_time(frame.trigger))


def custody_step(frame: Frame) -> str | None:
    """'extended his detention' ("extended") or 'was arrested for two months' ("ordered"): which
    custody order a pretrial or house-arrest frame tells of one person, by its verb; None for the
    others ("kept in custody" may be either) and for a group's ("Seven were remanded", the
    case's collective history)."""
    if frame.ruling not in CUSTODY or len(frame.persons) != 1:
        return None
    if any(t.lower_ in cue("custody_extended") for t in frame.trigger):
        return "extended"
    return "ordered" if frame.trigger[0].lower_ in cue("custody_ordered") else None


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def pick_pending(pending: list[Frame], frame: Frame) -> Frame | None:
    """The unnamed frame a named one spells out: same ruling, and the same head count when the
    unnamed one gives it ("sentenced four activists ..." -> the four named next); among those, the
    first that gives penalties (a headline's "sentences 3 activists to prison" gives none)."""
    same = [f for f in pending if f.ruling == frame.ruling]
    same = [f for f in same if _counts(f, len(frame.persons))] or same
    return next((f for f in same if f.penalties), same[0] if same else None)


def _counts(lead: Frame, people: int) -> bool:
    """Whether an unnamed lead counts that many people right after its trigger ("sentenced four activists")."""
    counts = [t for t in lead.sent.doc[lead.trigger.end : lead.trigger.end + 4] if t.like_num]
    return bool(counts) and _count(counts[0].lower_) == people


def appeal_lead(pending: list[Frame], frame: Frame) -> Frame | None:
    """'A court turned down the appeals of four dissidents ... A, B, C and D were sentenced in May':
    an unnamed appeal that counts as many people as a conviction told after it names is about them."""
    if frame.ruling != "sentenced":
        return None
    return next((f for f in pending if f.ruling in APPEALS and _counts(f, len(frame.persons))), None)


def lead_date(pending: list[Frame], source: Frame, frame: Frame) -> str | None:
    """The date of the decision an unnamed lead tells: the lead's own, else the one date the other
    leads of its ruling close before it give (a headline and the story's first sentence tell one
    decision, and only one of them may date it)."""
    if source.date is not None:
        return source.date
    dates = {f.date for f in pending if f.ruling == frame.ruling and f.date and close(f, frame)}
    return dates.pop() if len(dates) == 1 else None


def _kind_from_lead(penalties: list[Penalty], lead: list[Penalty]) -> list[Penalty]:
    """'handing each of them a suspended sentence. A was given 18 months, B 15 months': the bare
    terms that follow a lead naming a non-custodial kind without a term are of that kind."""
    kinds = {p.kind for p in lead if p.duration is None and p.fine is None} - {"prison", "fine", "ban", "life", "death"}
    if len(kinds) != 1 or not penalties:
        return penalties
    kind = kinds.pop()
    return [
        p.model_copy(update={"kind": kind}) if p.kind in {"prison", "administrative_jail"} and p.duration else p
        for p in penalties
    ]


class RecordBuilder:
    """Walks an article's frames in order and keeps the drafts they make."""

    def __init__(self, item_starts: list[int] | None = None) -> None:
        #: where a page's later items start (their datelines): a decision lends no date across one
        self.item_starts = item_starts or []
        self.drafts: list[Draft] = []
        self._pending: list[Frame] = []
        self._previous: Frame | None = None
        self._touched: list[Draft] = []
        self._echo: Frame | None = None
        self._told: list[Frame] = []

    def add(self, frame: Frame) -> None:
        if not frame.persons:
            self._add_unnamed(frame)
            return
        pending = self._pending
        if pending and (
            frame.ruling is None
            or (frame.ruling == "released" and pending[0].ruling != "released" and not _CUSTODY_RELEASE.search(frame.sent.text))
            or term_replaced_on_appeal(frame, pending[0])
        ):
            frame.ruling = pending[0].ruling
        if frame.ruling is None:
            just_told = (
                self._previous.ruling if self._previous is not None and close(self._previous, frame, sentences=2) else None
            )
            frame.ruling = self._last_ruling(frame.persons) or just_told or "sentenced"
        source = pick_pending(pending, frame)
        appeal = appeal_lead(pending, frame)
        told = [
            f
            for f in self._told
            if f.sent_index < frame.sent_index
            and f.ruling == frame.ruling
            and close(f, frame, sentences=1)
            and (not f.persons or set(map(id, f.persons)) & set(map(id, frame.persons)))
        ]
        lead = source or (told[-1] if told else None)
        self._told.append(frame)
        if lead is not None and not _CUSTODY_NAMED.search(frame.sent.text):
            frame.penalties = _kind_from_lead(frame.penalties, lead.penalties)
        other_case = in_another_case(frame.sent)
        kept_apart = any(self._kept_apart(draft, frame, other_case) for draft in self.drafts if draft.person in frame.persons)
        history = (
            is_serving(frame.trigger)
            or other_case
            or told_as_before(frame.trigger)
            or told_in_passing(frame.trigger)
            or kept_apart
        )
        if source is not None:
            frame.penalties = frame.penalties or list(source.penalties)
            if not history:
                frame.date = frame.date or lead_date(pending, source, frame)
                frame.page_date = frame.page_date or source.page_date
            frame.court = frame.court or source.court
            frame.charges = list(dict.fromkeys(frame.charges + source.charges))
        previous, echo = self._previous, self._echo
        dated = any(e.label_ == "DATE" and not looks_forward(e) and date_value(e) for e in frame.sent_ents)
        if echo is not None and frame.date is None and close(echo, frame, sentences=1):
            if not dated and not history and not is_pluperfect(frame.trigger):
                frame.date = echo.date
        if self._touched and frame.date is None and close(previous, frame) and self._one_item(previous, frame):
            if (
                not dated
                and not history
                and not is_pluperfect(frame.trigger)
                and same_instance(self._touched[0].ruling, frame.ruling)
            ):
                frame.date = self._touched[0].date
                frame.page_date = frame.page_date or self._touched[0].page_date
            if (
                not history_clause(frame.trigger) and not kept_apart
            ):  # "X, who had been jailed by a district court, was acquitted by Y"
                frame.court = frame.court or self._touched[0].court
        for person in frame.persons:
            person.prior_penalties = person.prior_penalties or list(frame.prior)
        apart = told_apart(frame.sent)
        self._touched = [self._merge(person, frame, apart, other_case) for person in frame.persons]
        if appeal is not None:
            for person in frame.persons:
                self._merge(person, replace(appeal, persons=list(frame.persons)), apart, other_case)
        if frame.date is None:
            _share_decision_date(self._touched)
        self._previous = frame
        self._pending = []
        self._echo = None

    def _one_item(self, earlier: Frame, later: Frame) -> bool:
        """Whether two frames are told in one item of the page (no dateline starts between them)."""
        return bisect(self.item_starts, earlier.trigger.start_char) == bisect(self.item_starts, later.trigger.start_char)

    def _add_unnamed(self, frame: Frame) -> None:
        """An echo ("handed down its decision on January 22") fills the decision just told (a sentence
        may come between them), or, when none was, dates the one told next ("The verdicts were handed
        down on December 14. The judge found X guilty"); a lead ("sentenced four activists to five years") waits for the names that
        follow, and a lead that goes on unnamed ("The judge convicted them under Article 226") keeps
        its date, as does an unnamed sequel of the decision just told ("The other four received four
        years each")."""
        self._told.append(frame)
        previous = self._previous
        echoed = (
            previous is not None
            and frame.ruling in {None, previous.ruling}
            and close(previous, frame, sentences=1 if frame.ruling else 2)
        )
        if echoed:
            for draft in self._touched:
                draft.lend(frame)
                if frame.ruling is not None:
                    draft.charges.extend(c for c in frame.charges if c not in draft.charges)
        lead = pick_pending(self._pending, frame) if frame.date is None and frame.ruling is not None else None
        if lead is not None and close(lead, frame):
            frame.date = lead.date
            frame.page_date = frame.page_date or lead.page_date
        elif echoed and frame.date is None and self._touched:
            frame.date = self._touched[0].date
            frame.page_date = frame.page_date or self._touched[0].page_date
        if frame.ruling is not None:
            self._pending = [f for f in self._pending if close(f, frame)] + [frame]
        elif frame.date is not None and not echoed:
            self._echo = frame

    def _last_ruling(self, persons: list[Person]) -> str | None:
        for draft in reversed(self.drafts):
            if draft.person in persons:
                return draft.ruling
        return None

    @staticmethod
    def _could_join(draft: Draft, frame: Frame) -> bool:
        return draft.ruling == frame.ruling and compatible(draft.date, frame.date) and draft.serving == _serving(frame)

    def _kept_apart(self, draft: Draft, frame: Frame, other_case: bool) -> bool:
        """Whether a frame the draft's decision could take tells another decision: one of another
        case, a first custody order beside its extension, or an earlier decision with another term."""
        return self._could_join(draft, frame) and (
            (other_case and not draft.other_case)
            or {custody_step(frame), draft.custody_step} == {"ordered", "extended"}
            or _earlier_term(draft, frame)
        )

    def _merge(self, person: Person, frame: Frame, apart: bool, other_case: bool) -> Draft:
        """The draft of this person's decision the frame tells again, else a new one; a decision
        kept apart from one it could have joined is history, which the page's date does not date."""
        kept_apart = False
        for draft in self.drafts:
            if draft.person is person and self._could_join(draft, frame):
                if self._kept_apart(draft, frame, other_case):
                    kept_apart = True
                    continue
                draft.custody_step = draft.custody_step or custody_step(frame)
                draft.absorb(frame)
                return draft
        draft = Draft(
            person=person,
            ruling=frame.ruling,
            date=frame.date,
            court=frame.court,
            page_date=None if kept_apart else frame.page_date,
            news_year=None if kept_apart else frame.news_year,
            penalties=list(frame.penalties),
            charges=list(frame.charges),
            articles=list(frame.code_articles),
            evidence=[frame.span],
            serving=_serving(frame),
            apart=apart and not any(d.person is person for d in self.drafts),
            other_case=other_case,
            custody_step=custody_step(frame),
            before=told_as_earlier(frame.trigger),
            earlier_case=kept_apart and told_as_earlier(frame.trigger),
        )
        self.drafts.append(draft)
        return draft

    def finish(self) -> list[Draft]:
        """Drafts after the article-wide passes: dates from the page's date line where nothing else
        dates a decision, shared courts, partial acquittals, upheld sentences."""
        for draft in self.drafts:
            draft.date = draft.date or draft.page_date or draft.news_year
        _share_courts(self.drafts)
        drafts = [
            d
            for d in self.drafts
            if not _partial_acquittal(d, self.drafts)
            and not upheld_in_part(d, self.drafts)
            and not _convicted_before_sentencing(d, self.drafts)
        ]
        _share_upheld_sentences(drafts)
        _share_appealed_charges(drafts)
        return drafts + history_of_appeals(drafts)


def _earlier_term(draft: Draft, frame: Frame) -> bool:
    """'sentenced to five more years ... He was earlier sentenced to three years': a decision one of
    them tells as an earlier one by its verb's adverb, with terms that are none of the other's, is an
    earlier decision, not the same one told again; so is one told as earlier with no term beside a
    decision with its term ('jailed for ten months ... had previously been jailed over his activism')."""
    if not (draft.before or told_as_earlier(frame.trigger)):
        return False
    known, new = _terms(draft.penalties), _terms(frame.penalties)
    if told_as_earlier(frame.trigger) and not draft.before and known and not new:
        return True
    return bool(known) and bool(new) and not known & new


def _terms(penalties: list[Penalty]) -> set[str]:
    """The terms, amounts or life and death penalties told in full, whatever their kind ("three
    years" and "a three-year suspended sentence" are one term)."""
    return {p.duration or (str(p.fine.amount) if p.fine else p.kind) for p in penalties if _told_in_full(p)}


def _share_decision_date(drafts: list[Draft]) -> None:
    """The drafts one undated mention touches are one decision's ("The court cleared all eight"):
    those it starts take the date the others already carry, when they carry one date."""
    dates = {d.date for d in drafts if d.date}
    if len(dates) == 1:
        date = dates.pop()
        for draft in drafts:
            draft.date = draft.date or date


def _share_courts(drafts: list[Draft]) -> None:
    """Co-defendants of one decision (same ruling date, to the day) share the most specific court
    any of their sentences names; a decision in another country is another court's."""
    by_date: dict[str, list[Draft]] = {}
    for draft in drafts:
        if draft.date and len(draft.date) == 10:
            by_date.setdefault(draft.date, []).append(draft)
    for group in by_date.values():
        placed = [d.court for d in group if d.court is not None and d.court.placed]
        if not placed:
            continue
        best = max(placed, key=lambda c: (c.city is not None, c.name is not None))
        for draft in group:
            if draft.court is None or draft.court.city is None and draft.court.country in {None, best.country}:
                draft.court = _merge(draft.court, best)


def _partial_acquittal(draft: Draft, drafts: list[Draft]) -> bool:
    """'The judge cleared him of a separate charge' beside his conviction: not a decision of its own."""
    return draft.ruling == "acquitted" and any(
        d.person is draft.person and d.ruling == "sentenced" and (d.date is None or draft.date is None or d.date == draft.date)
        for d in drafts
    )


def _convicted_before_sentencing(draft: Draft, drafts: list[Draft]) -> bool:
    """'found him guilty on Sept. 24' and 'sentenced him on Friday to two years': a conviction told
    without a penalty, weeks before the same person's sentencing, is that one decision (unless an
    appeal is told too: its article dates the conviction it reviewed)."""
    if draft.ruling != "sentenced" or draft.penalties or draft.date is None or len(draft.date) != 10:
        return False
    if any(d.person is draft.person and d.ruling in APPEALS for d in drafts):
        return False
    convicted = date.fromisoformat(draft.date)
    return any(
        d.person is draft.person
        and d.ruling == "sentenced"
        and d.penalties
        and d.date is not None
        and len(d.date) == 10
        and 0 < (date.fromisoformat(d.date) - convicted).days <= _CONVICTION_TO_SENTENCE_DAYS
        for d in drafts
    )


def _share_upheld_sentences(drafts: list[Draft]) -> None:
    """A conviction and the appeal that upheld it carry the same sentence; an article often states
    it once ("upheld the four-year prison sentence handed to ..."). A conviction an appeal replaced
    takes the sentence the appeal replaced."""
    for draft in drafts:
        if draft.ruling not in _CONVICTION or any(map(_told_in_full, draft.penalties)):
            continue
        if draft.ruling == "sentenced" and draft.person.prior_penalties:
            draft.penalties = list(draft.person.prior_penalties)
            continue
        for other in drafts:
            if (
                other.person is draft.person
                and other.ruling in _CONVICTION - {draft.ruling}
                and any(map(_told_in_full, other.penalties))
            ):
                kinds = {p.kind for p in other.penalties}
                if {p.kind for p in draft.penalties} - {"ban"} <= kinds:
                    draft.penalties = [*other.penalties, *(p for p in draft.penalties if p.kind not in kinds)]
                break


def _share_appealed_charges(drafts: list[Draft]) -> None:
    """An appeal is about the conviction it reviews: it carries that conviction's charges too
    ("refused to overturn the fraud convictions" and "found guilty of fraud and laundering")."""
    for draft in drafts:
        if draft.ruling not in {"appeal_rejected", "appeal_granted"}:
            continue
        for other in drafts:
            if other.person is draft.person and other.ruling == "sentenced":
                draft.charges.extend(c for c in other.charges if c not in draft.charges)


def _told_in_full(penalty: Penalty) -> bool:
    """A penalty with its term or amount, or one that needs none (life, death)."""
    return bool(penalty.duration or penalty.fine) or penalty.kind in {"life", "death"}


def _fullest(penalties: list[Penalty]) -> list[Penalty]:
    """A bare penalty ("prison terms") beside one of its kind with a term or amount adds nothing,
    nor does the same penalty told twice."""
    full = {p.kind for p in penalties if p.duration or p.fine}
    return list(dict.fromkeys(p for p in penalties if p.duration or p.fine or p.kind not in full))


def _unsuspended_restated(penalties: list[Penalty]) -> list[Penalty]:
    """'a six-month term, suspended ... failing which he will serve six months in jail', 'a two-month
    suspended prison sentence': a prison term as long as a suspended one of the same decision, or
    with no term, is that term told again, not a second one."""
    suspended = {p.duration for p in penalties if p.kind == "suspended" and p.duration}
    return [p for p in penalties if not (p.kind == "prison" and (p.duration in suspended or suspended and p.duration is None))]


def to_record(
    draft: Draft,
    *,
    article_id: str | None,
    default_country: str | None,
    dateline_city: str | None,
    article_charges: list[str],
    article_lists: list[list[str]] = (),
) -> CaseRecord:
    """The CaseRecord of a draft, with the article-level defaults for what the decision's own
    sentences leave open (country, a named court's city, charges). Charges taken from the person or
    the article join the rest of a list they were told in, as the decision's own do ("jailed for
    extremism ... their conviction on charges of A, B and extremism"). A city state's court sits in
    its city when the text names the court or datelines the story there, not on the country alone."""
    person, court = draft.person, draft.court or CourtRef()
    city = court.city
    country = court.country or (city_country(city) if city else None) or default_country
    if city is None and court.name and dateline_city and city_country(dateline_city) == country:
        city = dateline_city
    if city is None and country is not None and (court.in_capital or (court.name or dateline_city) and is_city_state(country)):
        city = capital_of(country)
    lists = [*person.charge_lists, *article_lists]
    charges = told_together(draft.charges, lists)
    if not charges and draft.ruling != "restriction" and not draft.earlier_case:
        charges = told_together(list(person.charges) or ([] if draft.apart else list(article_charges)), lists)
    penalties = (
        []
        if draft.ruling in NO_SENTENCE
        else sorted(_unsuspended_restated(_fullest(draft.penalties)), key=lambda p: _MAIN_FIRST.index(p.kind))
    )
    return CaseRecord(
        person=person.name,
        role=person.role,
        age=person.age,
        court=court.name,
        court_city=city,
        country=country,
        ruling=draft.ruling,
        ruling_date=draft.date,
        charges=charges,
        sentence=penalties,
        code_articles=draft.articles,
        evidence=Evidence(article_id=article_id, spans=tuple(dict.fromkeys(draft.evidence))),
    )
