"""Appeals and history decisions: at which stage of a case a decision was taken, and the earlier
decisions an appeal tells.

An acquittal that undoes a conviction the article tells of the same person is SCHEMA.md's
`appeal_granted` (a higher court overturned an earlier ruling), not a trial's `acquitted`, when the
acquittal's clause puts it at the appeal stage (an appeal, cassation or supreme court, "on appeal",
"appellants"), its sentence says it undid a decision ("quashed", "overturned", "reversing"), or a high
court acquitted someone another court had convicted, or the conviction is told as an earlier one ("a
magistrate had sentenced them", or dated before: one trial does not convict and then acquit). The
conviction must be told: a supreme or high court may try a case at first instance, and "the court"
may be the trial court.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..normalize.durations import parse_duration

if TYPE_CHECKING:
    from spacy.tokens import Span

    from .frames import Frame
    from .people import Person
    from .records import Draft

#: words that make a court, a party or a phrase one of the appeal stage
_REVIEWING = re.compile(r"\b(?:appeals?|appellate|appellants?|cassation|supreme)\b", re.IGNORECASE)
#: the trigger's dependents that may say who decided or in which proceedings (not "of" the charges)
_SAYS_WHO = frozenset({"nsubj", "nsubjpass", "agent", "prep", "npadvmod"})
#: an acquittal's sentence that tells it undid a decision
_UNDOES = re.compile(r"\b(?:overturn|quash|set(?:ting)? aside|annul|revers(?:ed|ing|es)\b)", re.IGNORECASE)
#: an acquittal's sentence that itself tells of the conviction under review
_TELLS_CONVICTION = re.compile(r"\b(?:convictions?|appellants?)\b", re.IGNORECASE)
_HIGH_COURT = re.compile(r"\bhigh\s+court\b", re.IGNORECASE)
#: rulings that convicted someone
_CONVICTIONS = frozenset({"sentenced", "appeal_rejected"})
#: verbs that tell a term served or being served, the person's history rather than a decision
SERVED_VERBS = frozenset({"serving", "served"})


def by_higher_court(frame: Frame) -> bool:
    """Whether the decision's own clause puts it at the appeal stage: the court it names is a
    reviewing one, or its doer or passive subject is an appeal, cassation or supreme court or
    "appellants", or it was made "on appeal" or "in cassation"."""
    if frame.court is not None and frame.court.name and _REVIEWING.search(frame.court.name):
        return True
    for child in frame.trigger.root.children:
        if child.dep_ not in _SAYS_WHO or (child.dep_ == "prep" and child.lower_ not in {"on", "in", "by"}):
            continue
        if _REVIEWING.search(" ".join(t.text for t in child.subtree)):
            return True
    return False


def settle_appeal_acquittals(frames: list[Frame]) -> None:
    """An acquittal at the appeal stage of someone the article tells was convicted is an appeal
    granted."""
    for frame in frames:
        if frame.ruling != "acquitted" or not frame.persons:
            continue
        convictions = [o for o in frames if o is not frame and o.ruling in _CONVICTIONS and set(o.persons) & set(frame.persons)]
        if not convictions and not _TELLS_CONVICTION.search(frame.sent.text):
            continue
        if (
            by_higher_court(frame)
            or _UNDOES.search(frame.sent.text)
            or _high_court_over(frame, convictions)
            or (not _told_before(frame) and any(_earlier_conviction(c, frame) for c in convictions))
        ):
            frame.ruling = "appeal_granted"
    granted = [f for f in frames if f.ruling == "appeal_granted"]
    for frame in frames:
        if frame.ruling == "acquitted" and not _told_before(frame) and _told_again(frame, granted):
            frame.ruling = "appeal_granted"
            granted.append(frame)


def _told_again(frame: Frame, granted: list[Frame]) -> bool:
    """'acquitted A and three others' where A's acquittal undid his conviction, 'The High Court also
    acquitted B, C and D' after it: an acquittal by the trigger of an appeal granted, or of people
    all of whom an appeal granted earlier, is that appeal told of more people or again."""
    if any(g.trigger == frame.trigger for g in granted):
        return True
    earlier = {id(p) for g in granted if g.sent_index <= frame.sent_index for p in g.persons}
    return bool(frame.persons) and all(id(p) in earlier for p in frame.persons)


def _earlier_conviction(conviction: Frame, acquittal: Frame) -> bool:
    """A conviction told in the pluperfect or dated before the acquittal (not a term served, which
    may be another case's: "acquitted X, who had served 12 days in 2021")."""
    if conviction.trigger.root.lower_ in SERVED_VERBS:
        return False
    return _told_before(conviction) or _dated_before(conviction, acquittal)


def _dated_before(conviction: Frame, acquittal: Frame) -> bool:
    """'a May 2022 order sentencing A ... acquitted A on Wednesday (2023-03-29)': a conviction dated
    before the acquittal, at the precision both give."""
    if not conviction.date or not acquittal.date:
        return False
    size = min(len(conviction.date), len(acquittal.date))
    return conviction.date[:size] < acquittal.date[:size]


def _told_before(frame: Frame) -> bool:
    """'had sentenced them', 'which had held them guilty and sentenced them': a decision told in the
    pluperfect (on its verb or the verb it is coordinated with), one taken before the story's."""
    verb = frame.trigger.root
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.lower_ == "had" and c.dep_ in {"aux", "auxpass"} for v in verbs for c in v.children)


def _high_court_over(frame: Frame, convictions: list[Frame]) -> bool:
    """'The High Court acquitted them; a sessions court had sentenced them': a high court undoing
    another court's conviction (one it did not itself hand down)."""
    name = frame.court.name if frame.court is not None else None
    if not name or not _HIGH_COURT.search(name):
        return False
    return any(c.court is None or (c.court.name or "").lower() != name.lower() for c in convictions)


#: a penalty span that tells a term changed: "from six to four years", "reduced the 10-year sentence to seven years"
_CHANGED = re.compile(
    r"^(?:from|reduc\w*|cut\w*|commut\w*|lower\w*|shorten\w*|rais\w*|increas\w*)\b(?P<old>.*)\bto\s+(?P<new>[^,;]+)$",
    re.IGNORECASE,
)
#: the old term of "from 25 to 15 years", a number whose unit the new term gives
_BARE_OLD = re.compile(r"^\s*(?P<num>[\w.]+(?:\s+and\s+a\s+half)?)\s*$", re.IGNORECASE)
_UNIT = re.compile(r"\b(?:years?|months?|weeks?|days?)\b", re.IGNORECASE)


def term_change(text: str) -> tuple[str | None, str | None] | None:
    """A penalty span's changed term as (old, new) durations ("from 25 to 15 years" -> P25Y, P15Y;
    "reduced to five years" -> None, P5Y; "cut the seven-year term to five" -> P7Y, P5Y), or None
    when the span tells no change."""
    match = _CHANGED.match(text.strip())
    if match is None:
        return None
    told = re.split(r"\bfrom\b", match["old"], flags=re.IGNORECASE)[-1]  # "cut his term from 25 to 15 years"
    old = parse_duration(told)
    new = parse_duration(match["new"])
    unit = _UNIT.search(match["new"]) or _UNIT.search(told)
    if new is None and old is not None and _BARE_OLD.match(match["new"]) and unit:  # "a seven-year term to five"
        new = parse_duration(f"{match['new'].strip()} {unit.group(0)}")
    if new is None:
        return None
    if old is None and _BARE_OLD.match(told) and unit:
        old = parse_duration(f"{told.strip()} {unit.group(0)}")
    return old, new


def split_changed_terms(frame: Frame, spans: list[Span]) -> list[Span]:
    """'reduced to five years the 24-year prison sentence', 'cut his term from 25 to 15 years': an
    appeal that changed a term carries the new one; the old one is what it replaced (the prior
    sentence, a history record when the article tells no other). Returns the spans of the penalties
    the frame keeps."""
    if frame.ruling != "appeal_granted" or len(spans) != len(frame.penalties):
        return spans
    changes = [term_change(span.text) for span in spans]
    if not any(changes):
        return spans
    kinds = {p.kind for p, change in zip(frame.penalties, changes) if change}
    old = [p for p, change in zip(frame.penalties, changes) if not change and p.duration and p.kind in kinds]
    old += [p.model_copy(update={"duration": change[0]}) for p, change in zip(frame.penalties, changes) if change and change[0]]
    if not old:
        return spans
    frame.prior = old
    kept = [(p, span) for p, span, change in zip(frame.penalties, spans, changes) if change or p not in old]
    frame.penalties = [p for p, _ in kept]
    return [span for _, span in kept]


def term_replaced_on_appeal(frame: Frame, lead: Frame) -> bool:
    """'Two activists had their sentences reduced on appeal. A received four years, instead of the
    eight years given by the lower court': a named term that replaced an earlier one, told after an
    appeal granted to unnamed people, is that appeal's."""
    return lead.ruling == "appeal_granted" and frame.ruling == "sentenced" and bool(frame.prior)


def own_priors(frames: list[Frame]) -> list[Frame]:
    """'reduced A's sentence from 12 to eight years, and B's from 11 to six': when one appeal split
    into a frame per person keeps as many replaced terms as people, each person's is the one in the
    same place."""
    if len(frames) > 1 and all(f.prior == frames[0].prior for f in frames) and len(frames[0].prior) == len(frames):
        return [replace(f, prior=[old]) for f, old in zip(frames, frames[0].prior)]
    return frames


def history_of_appeals(drafts: list[Draft]) -> list[Draft]:
    """The conviction an appeal granted replaced, when the article tells its term there ("cut his
    term from 25 to 15 years", "set aside the 18-month jail term") and nowhere else: a `sentenced`
    history record of that term (SCHEMA.md: a decision reported only as history is a record), of the
    appeal court's jurisdiction, undated since the text dates only the appeal."""
    convicted = {id(d.person) for d in drafts if d.ruling == "sentenced"}
    history = []
    for draft in drafts:
        prior = [p for p in draft.person.prior_penalties if p.duration or p.fine or p.kind in {"life", "death"}]
        if draft.ruling != "appeal_granted" or not prior or id(draft.person) in convicted:
            continue
        convicted.add(id(draft.person))
        court = draft.court
        history.append(
            replace(
                draft,
                ruling="sentenced",
                date=None,
                page_date=None,
                court=replace(court, name=None, city=None, in_capital=False) if court is not None else None,
                penalties=prior,
                charges=list(draft.charges),
                articles=list(draft.articles),
                evidence=list(draft.evidence),
            )
        )
    return history


def upheld_in_part(draft: Draft, drafts: list[Draft]) -> bool:
    """'upheld her conviction but reduced her sentence': one appeal decision that changed the ruling
    is granted, so the upholding beside it (same person, same day) is no record of its own."""
    return draft.ruling == "appeal_rejected" and any(
        other.person is draft.person and other.ruling == "appeal_granted" and other.date == draft.date for other in drafts
    )


def reviewed_persons(trigger: Span, last: list[Frame], focus: Person | None) -> list[Person]:
    """Whom an appeal about "the" decision just told (`last`, the frames of its sentence) is about
    ('were sentenced to five and three years. An appeals court upheld the sentences in September'):
    the person in focus when the last decision was theirs alone, or all of its people when the
    appeal reviews decisions in the plural."""
    people = list(dict.fromkeys(p for frame in last for p in frame.persons))
    if people == [focus] and focus is not None:
        return [focus]
    plural = any(c.dep_ in {"dobj", "nsubjpass"} and c.tag_ == "NNS" for c in trigger.root.children)
    return people if plural and len(people) > 1 else []


def own_clause(trigger: Span, ents: list[Span]) -> list[Span]:
    """The entities in the trigger's own clause: 'X, who is serving a seven-year term, was sentenced on
    Monday to two more years' dates the new decision, not the term being served."""
    root = trigger.root
    return [e for e in ents if root.left_edge.i <= e.start <= root.right_edge.i]
