"""Doc -> case records: decision frames read off the labelled spans, people resolved, context carried.

A *frame* is one decision trigger with what its sentence says about it: who (persons the trigger
governs, or a pronoun / description resolved to the person in focus), when, which court, the
penalties and the charges. Frames about the same person and ruling merge into one record; frames
with nobody named (a lead sentence "a court has jailed a blogger", an echo "handed down its decision
on January 22") lend their slots to the named frames around them.

    people.py   who is who, who is not a defendant, roles and ages
    frames.py   one trigger -> one frame (date, court, penalties, ruling refinements)
    records.py  frames -> records (merging, lending, article-wide passes)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..normalize.places import city_country, country_code, place_country
from ..schema import CaseRecord
from ..tags import upos
from .cues import cue
from .frames import (
    CourtRef,
    Frame,
    code_articles,
    court_ref,
    decision_date,
    drop_police_releases,
    is_adjectival,
    is_hedged,
    names_own_recipient,
    penalty_of,
    refine_ruling,
    segment_end,
    split_respectively,
    subtree_text,
    suppress_partial,
    trigger_arguments,
)
from .people import AGE, Person, PersonIndex, describe, is_modifier, org_like, person_mentions
from .records import RecordBuilder, to_record

__all__ = ["assemble"]

_SINGULAR = {"he", "him", "she", "her", "his"}
_PLURAL = {"they", "them", "their"}
_GROUP = {"both", "all", "each", "brothers", "four", "three", "two", "five", "six", "seven", "eight", "nine", "ten"}
_CHARGE_CONTEXT = re.compile(r"\b(?:charg|accus|convict|guilty|prosecut|case|trial|verdict|sentenc|jail|acquit|clear|arrest|detain)", re.I)
_NOT_A_NAME = {"court", "city", "district"}
_NOT_PERSON_ENTS = {"GPE", "ORG", "NORP", "LOC", "FAC", "DATE"}

Mention = tuple[Span, Person]
#: tokens around a trigger in which its date and court are sought (news sentences are far shorter)
DATE_WINDOW = 150


class _ArticleReader:
    """Reads one Doc sentence by sentence, keeping who is in focus, and builds the frames."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people = PersonIndex()
        self.focus: Person | None = None
        self.group: list[Person] = []
        self.article_charges: list[str] = []
        self.hedges = list(doc.spans.get("hedge", []))
        self.rulings = list(doc.spans.get("ruling", []))
        self.sent_ents: list[Span] = []

    def default_country(self) -> str | None:
        """The jurisdiction when a decision's sentences name none: the dateline's country, else the
        country the article names most."""
        doc, dateline = self.doc, self.doc._.dateline
        if dateline is not None:
            for ent in doc.ents:
                if ent.label_ == "GPE" and dateline.end <= ent.start < dateline.end + 4 and country_code(ent.text):
                    return country_code(ent.text)
            code = city_country(dateline.text.title())
            if code:
                return code
        counts: dict[str, int] = {}
        for ent in doc.ents:
            code = country_code(ent.text) if ent.label_ in {"GPE", "NORP"} else None
            if code:
                counts[code] = counts.get(code, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def frames(self) -> list[Frame]:
        doc = self.doc
        mentions = person_mentions(doc)
        self.people.cluster(mentions)
        sents = list(doc.sents)
        index = SentenceIndex(sents)
        groups = zip(
            index.group(mentions),
            index.group(self.rulings),
            index.group(self.hedges),
            index.group(doc.spans.get("penalty", [])),
            index.group(doc.spans.get("charge", [])),
            index.group(doc.spans.get("court", [])),
            index.group(doc.ents, whole=True),
        )
        last_court: CourtRef | None = None
        frames: list[Frame] = []
        for sent_index, (sent, (in_sent, sent_rulings, hedges, penalties, sent_charges, sent_courts, ents)) in enumerate(zip(sents, groups)):
            self.sent_ents = ents
            named = self._named(sent, in_sent)
            triggers = [t for t in sent_rulings if not is_adjectival(t)]
            triggers = [t for t in triggers if not is_hedged(t, hedges, triggers)]
            self._pool_charges(named, sent_charges, sent)
            if not triggers:
                self._update_focus(named)
                if any(c._.court["name"] for c in sent_courts):
                    last_court = court_ref(sent_courts[0], last_court)
                continue
            assigned = self._assign(named, triggers)
            sent_frames: list[Frame] = []
            articles = code_articles(sent)
            respectively = "respectively" in sent.text
            for i, trigger in enumerate(triggers):
                start = trigger.start if i else sent.start
                end = segment_end(trigger, triggers[i + 1].start if i + 1 < len(triggers) else sent.end)
                persons = assigned[i] or self._references(trigger, named) or self._unlabelled_names(trigger)
                if not persons and sent_frames and trigger.root.dep_ in {"conj", "xcomp"} and not names_own_recipient(trigger):
                    persons = list(sent_frames[-1].persons)
                frame = Frame(ruling=None if trigger.label_ == "decision" else trigger.label_, sent=sent, sent_index=sent_index, trigger=trigger, persons=persons, ents=ents)
                spans = [p for p in penalties if start <= p.start < end and not is_hedged(p, hedges, triggers)]
                frame.penalties = [penalty_of(p) for p in spans]
                own = [c.label_ for c in sent_charges if start <= c.start < end]
                frame.charges = list(dict.fromkeys(own or [c.label_ for c in sent_charges if c.start < end]))
                frame.code_articles = list(articles)
                frame.date = decision_date(index.near(ents, trigger), trigger)
                courts_here = [c for c in index.near(sent_courts, trigger) if _in_clause_of(c, trigger)]
                if courts_here:
                    nearest = min(courts_here, key=lambda c: abs(c.start - trigger.start))
                    frame.court = last_court = court_ref(nearest, last_court)
                refine_ruling(frame, spans)
                sent_frames.extend(split_respectively(frame, spans) if respectively else [frame])
            suppress_partial(sent_frames)
            frames.extend(drop_police_releases(sent_frames, sent_courts))
            self._update_focus(named, [p for f in sent_frames for p in f.persons])
        return frames

    def _named(self, sent: Span, in_sent: list[Span]) -> list[Mention]:
        """The sentence's mentions of people who may be defendants, surnames the NER missed included."""
        named = []
        for mention in in_sent:
            person = self.people.add(mention.text)
            if not person.excluded:
                describe(person, mention)
                named.append((mention, person))
        named += self.people.surname_mentions(sent, in_sent)
        return sorted(named, key=lambda mp: mp[0].start)

    def _assign(self, mentions: list[Mention], triggers: list[Span]) -> dict[int, list[Person]]:
        """Each person mention goes to the trigger it depends on, else the nearest trigger; a name
        inside a relative clause, a speaker, the object of the act charged ("for insulting
        Alyaksandr Lukashenka"), or a name describing another person goes to none."""
        assigned: dict[int, list[Person]] = {i: [] for i in range(len(triggers))}
        roots = Counter(m.root.i for m, _ in mentions)
        for mention, person in mentions:
            own = mention.root.i
            target, governed, inside_modifier = None, False, False
            tok = mention.root
            for _ in range(12):
                if tok.head.i == tok.i:
                    break
                inside_modifier = inside_modifier or tok.dep_ in {"prep", "pobj", "poss"}
                speaker = tok.head.lower_ in cue("speech_verb") and tok.dep_ == "nsubj"
                object_of_act = tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and not any(t.start <= tok.head.i < t.end for t in triggers)
                if tok.dep_ in {"relcl", "acl"} or speaker or object_of_act or (inside_modifier and roots[tok.head.i] > (tok.head.i == own)):
                    governed = True
                    break
                tok = tok.head
                target = next((i for i, t in enumerate(triggers) if t.start <= tok.i < t.end), None)
                if target is not None:
                    break
            if target is None:
                if governed:
                    continue
                target = min(range(len(triggers)), key=lambda i: abs(triggers[i].start - mention.start))
            if person not in assigned[target]:
                assigned[target].append(person)
        return assigned

    def _references(self, trigger: Span, named: list[Mention]) -> list[Person]:
        """Pronouns and descriptions ("the 48-year-old activist") governed by the trigger: the last
        person named before it in the sentence, else the person in focus."""
        earlier = [p for m, p in named if m.end <= trigger.start]
        focus = earlier[-1] if earlier else self.focus
        for tok in trigger_arguments(trigger):
            low = tok.lower_
            described = [p for m, p in named if tok.dep_ == "appos" and m.start <= tok.head.i < m.end]
            if described:
                return described
            if low in _SINGULAR and focus is not None:
                return [focus]
            if low in _PLURAL or (low in _GROUP and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}):
                refs = self.group or ([self.focus] if self.focus else [])
                if refs:
                    return list(refs)
            elif upos(tok) == "NOUN" and focus is not None and (low in cue("person_description") or AGE.search(subtree_text(tok))):
                if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    age = AGE.search(subtree_text(tok))
                    if age and focus.age is None:
                        focus.age = int(age.group(1))
                    return [focus]
        return []

    def _unlabelled_names(self, trigger: Span) -> list[Person]:
        """Names the NER missed ("jailed blogger Otabek Sattoriy"): runs of two to four capitalised
        proper nouns inside the trigger's arguments that are not places, courts or outlets."""
        doc = trigger.doc
        stop = _NOT_A_NAME | cue("organization_word") | cue("non_defendant_title")
        for arg in trigger_arguments(trigger):
            found: list[Person] = []
            for run in _proper_noun_runs(sorted(arg.subtree, key=lambda t: t.i)):
                span = doc[run[0].i: run[-1].i + 1]
                if org_like(span) or {t.lower_ for t in span} & stop or place_country(span.text) is not None:
                    continue
                if any(e.label_ in _NOT_PERSON_ENTS and e.start <= span.start < e.end for e in self.sent_ents):
                    continue
                person = self.people.add(span.text)
                if not person.excluded:
                    found.append(person)
            if found:
                return found
        return []

    def _pool_charges(self, named: list[Mention], sent_charges: list[Span], sent: Span) -> None:
        """Charges a sentence ties to people ("Melia is charged with leading group violence"), kept
        for their records whose own sentences name none."""
        labels = list(dict.fromkeys(c.label_ for c in sent_charges))
        if not labels or not _CHARGE_CONTEXT.search(sent.text):
            return
        people = [p for _, p in named]
        if not people and self.focus and re.search(r"\b(?:he|she|him|her)\b", sent.text, re.I):
            people = [self.focus]
        for person in people:
            person.charges.extend(c for c in labels if c not in person.charges)
        self.article_charges = self.article_charges or labels

    def _update_focus(self, named: list[Mention], persons: list[Person] | None = None) -> None:
        """The person in focus (for "he", "the 48-year-old") and the last group named (for "the four")."""
        focus = None
        if not persons:
            free = [(m, p) for m, p in named if not is_modifier(m)]
            subjects = [p for m, p in free if m.root.dep_ in {"nsubj", "nsubjpass"}]
            persons = [p for _, p in free]
            focus = subjects[-1] if subjects else None
        if persons:
            self.focus = focus or persons[-1]
            unique = list(dict.fromkeys(persons))
            if len(unique) > 1:
                self.group = unique


class SentenceIndex:
    """Which sentence a span starts in, by bisection over the sentence starts: a Doc's spans are
    grouped once, so per-sentence lookups read their own sentence's spans instead of scanning the
    Doc's (`Span.ents` walks every entity of the Doc on each call)."""

    def __init__(self, sents: list[Span]) -> None:
        self.sents = sents
        self.starts = [s.start for s in sents]

    @staticmethod
    def near(spans: list[Span], anchor: Span, window: int = DATE_WINDOW) -> list[Span]:
        """The spans (in document order) starting within `window` tokens of `anchor`: a bound on
        per-trigger work in a run-on sentence."""
        starts = [s.start for s in spans]
        return spans[bisect_left(starts, anchor.start - window): bisect_right(starts, anchor.end + window)]

    def group(self, spans, *, whole: bool = False) -> list[list[Span]]:
        """The spans by sentence, in their order; `whole` keeps only those ending in it too (as `Span.ents`)."""
        groups: list[list[Span]] = [[] for _ in self.sents]
        for span in spans:
            at = bisect_right(self.starts, span.start) - 1
            if at >= 0 and (not whole or span.end <= self.sents[at].end):
                groups[at].append(span)
        return groups


def _in_clause_of(span: Span, trigger: Span) -> bool:
    """A trigger in a relative clause ("..., who was convicted of extortion in January") is told
    about in passing: the sentence's court belongs to it only if the clause names it."""
    verb = trigger.root
    return verb.dep_ != "relcl" or verb.left_edge.i <= span.start <= verb.right_edge.i


def _proper_noun_runs(tokens: list[Token]) -> list[list[Token]]:
    """Maximal runs of two to four title-case proper nouns (patronymics may close a run)."""
    runs, run = [], []
    for tok in [*tokens, None]:
        if tok is not None and ((upos(tok) == "PROPN" and tok.is_title) or (run and tok.lower_ in cue("patronymic"))):
            run.append(tok)
            continue
        if 2 <= len(run) <= 4:
            runs.append(run)
        run = []
    return runs


def assemble(doc: Doc) -> list[CaseRecord]:
    """The case records a processed Doc reports, one per (person, decision)."""
    reader = _ArticleReader(doc)
    builder = RecordBuilder()
    for frame in reader.frames():
        builder.add(frame)
    context = {
        "article_id": doc._.article_id,
        "default_country": reader.default_country(),
        "dateline_city": doc._.dateline.text.title() if doc._.dateline is not None else None,
        "article_charges": reader.article_charges,
    }
    return [to_record(draft, **context) for draft in builder.finish()]
