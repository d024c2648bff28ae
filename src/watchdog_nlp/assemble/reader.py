"""The reading loop: one Doc read sentence by sentence, keeping who is in focus and the last court
named, each decision trigger made a frame (its people, date, court, penalties, charges); then the
frames made records (see records.py)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import replace
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from ..components.places import page_items
from ..normalize.numbers import parse_number
from ..normalize.places import city_country, country_code, place_country
from ..normalize.words import number_words
from ..schema import CaseRecord, Penalty
from ..tags import upos
from ..windows import doc_text, span_text, start_within
from .appeals import own_clause, own_priors, reviewed_persons, settle_appeal_acquittals
from .charges import (
    charge_holders,
    clause_verb,
    cleared,
    cleared_apart,
    code_articles,
    held_by,
    partitive_subject,
    protested,
    relatives_charge,
    separate_proceeding,
    share_with_codefendants,
    superseded,
    told_as_means,
)
from .courts import (
    carry_courts,
    court_pronoun,
    court_ref,
    decided_by,
    drop_non_court,
    fine_or_ban_at_most,
    in_clause_of,
    names_a_court,
    remember,
    tied_trigger,
)
from .cues import cue, cues
from .dates import (
    continued_news_year,
    date_back_references,
    date_decisions_mentioned,
    decision_date,
    doc_index,
    page_date,
    recent_year,
)
from .frames import CourtRef, Frame, subtree_text, trigger_arguments
from .lists import listed_terms, served_terms
from .penalties import (
    NO_SENTENCE,
    is_total,
    penalty_of,
    same_penalty,
    split_respectively,
    split_terms,
    suspend_last_term,
    suspend_told_terms,
    suspends_told_term,
)
from .people import (
    AGE,
    Mention,
    Person,
    PersonIndex,
    acted_on,
    describe,
    is_excluded,
    is_modifier,
    is_possessive,
    is_relative,
    is_third_party_of,
    link_line,
    not_a_name,
    org_like,
    person_mentions,
    proper_noun_runs,
    related_to,
    represented,
    third_party_in,
    titled_judge,
    together_with,
    trimmed_name,
)
from .records import Draft, RecordBuilder, to_record
from .rulings import (
    DECISION_NOUNS,
    RECIPIENT_VERBS,
    appeal_on_noun,
    custody_after_verdict,
    dated_by_own_clause,
    did_not_come,
    done_by_event,
    drop_police_releases,
    history_clause,
    is_adjectival,
    is_hedged,
    is_noun,
    names_own_recipient,
    object_of_other,
    refine_ruling,
    revises_the_decision,
    segment_end,
    served_time,
    settle_releases,
    suppress_partial,
    told_apart,
    told_as_earlier,
)

_SINGULAR = {"he", "him", "she", "her", "his"}


_PLURAL = {"they", "them", "their"}


_GROUP = {"both", "all", "each", "brothers", *number_words(2, 10)}


_CUSTODY_NOUNS = {"detention", "custody", "arrest", "release"}


_CHARGE_CONTEXT = re.compile(
    r"\b(?:charg|accus|convict|guilty|prosecut|case|trial|verdict|sentenc|jail|acquit|clear|arrest|detain)", re.I
)


_VERDICT = re.compile(r"\b(?:convict|guilty|sentenc|acquit)", re.I)
#: a charge list told at an arrest or a case's start names what was first alleged, often more than
#: the court decided ("first detained on charges of fraud, extortion and abuse of power")
_ARREST_STAGE = re.compile(r"\b(?:detain|arrest|remand|first|initial|original)", re.I)
#: a charge told by reference to the one just told ("also faces the same charge")
_SAME_CHARGES = re.compile(r"\b(?:same|similar) (?:criminal )?(?:charges?|counts?|offen[cs]es?|accusations?)\b", re.I)


_NOT_A_NAME = {"court", "city", "district"}


_ACCUSED = {"accused", "charged", "indicted", "convicted", "prosecuted"}


_NOT_PERSON_ENTS = {"GPE", "ORG", "NORP", "LOC", "FAC", "DATE"}


_LISTING_VERBS = {"are", "were", "include", "included", "includes"}


#: "16 years each for A and B": a name in a modifier of a term goes with the term, not the name before it
_TERM_UNITS = {"year", "years", "month", "months", "day", "days"}


#: decisions a later sentence may add penalties to, and the penalties it may add on its own
_ADDS_TO = {"sentenced", "appeal_rejected", "appeal_granted"}


_ADDED_KINDS = {"ban", "restricted_freedom", "labor", "fine"}


#: "Instead of six years, she will now spend five years ...": the new term of an appeal just told
_NEW_TERM = re.compile(r"\b(?:instead|now)\b", re.IGNORECASE)


_QUOTE_CLOSES_PARAGRAPH = re.compile(r"[\"”»]\s*\n")


def _quote_closes_between(trigger: Span, mention: Span) -> bool:
    """A quote closing its paragraph between a decision and a later name, which the parser put in
    one "sentence" (someone's call that a conviction "be overturned", then the speaker): the name
    is no argument of that decision."""
    return trigger.end <= mention.start and bool(
        _QUOTE_CLOSES_PARAGRAPH.search(doc_text(mention.doc), trigger.end_char, mention.start_char)
    )


def _about_one_unnamed(trigger: Span) -> bool:
    """Whether a decision is about one person described, not named: its object (or passive
    subject) is a singular noun with "a"/"an" ("jailed a prominent lawyer", "a blogger was fined"),
    with a place's possessive ("sentenced the country's leading opposition politician"), or a word
    for a person with "the" and no name beside it ("The editor of an independent daily has been
    jailed", as a story opens)."""
    for tok in trigger.root.children:
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.tag_ == "NN" and tok.ent_type_ == "":
            if any(
                child.dep_ == "det" and child.lower_ in {"a", "an"} or is_possessive(child) and upos(child) != "PRON"
                for child in tok.children
            ):
                return True
            if tok.lower_ in cue("person_description") and any(
                child.dep_ == "det" and child.lower_ == "the" for child in tok.children
            ):
                return not any(t.ent_type_ == "PERSON" for t in tok.subtree)
    return False


def _one_of_many(trigger: Span) -> bool:
    """Whether a decision is about one unnamed member of a group: its object (or passive subject)
    is "one of" a plural noun ("one of its reporters has been convicted", "jailed one of the
    protesters"), or a verb it is coordinated with has one ("... has been convicted and has been
    sentenced"), whom the next sentence may name."""
    root = trigger.root
    verbs = [root, root.head] if root.dep_ == "conj" else [root]
    for tok in (child for verb in verbs for child in verb.children):
        if tok.dep_ in {"dobj", "nsubjpass"} and tok.lower_ == "one" and tok.ent_type_ in {"", "CARDINAL"}:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    if any(obj.dep_ == "pobj" and obj.tag_ == "NNS" and not obj.ent_type_ for obj in prep.children):
                        return True
    return False


#: tokens around a trigger in which its date and court are sought (news sentences are far shorter)
DATE_WINDOW = 150


class _ArticleReader:
    """Reads one Doc sentence by sentence, keeping who is in focus, and builds the frames."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        #: the Doc's entities, read once (`Doc.ents` builds every entity span again on each read)
        self.ents = doc.ents
        self.people = PersonIndex()
        self.focus: Person | None = None
        self.group: list[Person] = []
        self._unnamed_charges: list[str] = []
        self._unnamed_verdict_charges: list[str] = []
        #: the charge list of every verdict sentence naming nobody ("convicted four men of espionage and sedition")
        self.unnamed_verdict_lists: list[list[str]] = []
        self._named_charges: list[str] = []
        self._last_charges: tuple[int, list[str]] = (-2, [])
        self._tied_charges: list[str] = []
        self.groups: list[list[Person]] = []
        self.named_since_group: list[Person] = []
        self.hedges = list(doc.spans.get("hedge", []))
        self.rulings = list(doc.spans.get("ruling", []))
        self.sent_ents: list[Span] = []
        self.non_court = False
        #: each sentence's place among those with words (a blank line between paragraphs is a "sentence" of its own)
        self.order: list[int] = []

    def default_country(self) -> str | None:
        """The jurisdiction when no court of the article names one: the dateline's country, else the
        country whose places the article names most (a nationality, "Swedish journalist", is no
        jurisdiction), else on a page that names no place the country whose adjective qualifies
        the state's bodies ("critics of the Saudi authorities", "the Iranian judiciary")."""
        dateline = self.doc._.dateline
        if dateline is not None:
            for ent in self.ents:
                if ent.label_ == "GPE" and dateline.end <= ent.start < dateline.end + 4 and country_code(ent.text):
                    return country_code(ent.text)
            code = city_country(dateline.text.title())
            if code:
                return code
        counts: dict[str, int] = {}
        for ent in self.ents:
            code = place_country(ent.text) if ent.label_ == "GPE" else None
            if code:
                counts[code] = counts.get(code, 0) + 1
        if not counts:
            for ent in self.ents:
                root = ent.root
                if ent.label_ == "NORP" and root.dep_ in {"amod", "compound"} and root.head.lower_ in cue("state_body"):
                    code = country_code(ent.text)
                    if code:
                        counts[code] = counts.get(code, 0) + 1
        return max(counts, key=counts.get) if counts else None

    def frames(self) -> list[Frame]:
        doc = self.doc
        mentions = person_mentions(doc, self.ents)
        self.people.cluster(mentions)
        sents = list(doc.sents)
        self.order = list(accumulate(not s.text.isspace() for s in sents))
        index = SentenceIndex(sents)
        doc_index(doc, refresh=True, ents=self.ents)  # the dates' look-ups read this Doc's entities as they are now
        groups = zip(
            index.group(mentions),
            index.group(self.rulings),
            index.group(self.hedges),
            index.group(doc.spans.get("penalty", [])),
            index.group(
                [
                    c
                    for c in doc.spans.get("charge", [])
                    if not protested(c) and not told_as_means(c) and not superseded(c) and not link_line(c)
                ]
            ),
            index.group(doc.spans.get("court", [])),
            index.group(self.ents, whole=True),
        )
        last_court: CourtRef | None = None
        frames: list[Frame] = []
        court_mentions: list[tuple[int, Span]] = []
        for sent_index, (sent, (in_sent, sent_rulings, hedges, penalties, sent_charges, sent_courts, ents)) in enumerate(
            zip(sents, groups)
        ):
            self.sent_ents = ents
            named = [(m, p) for m, p in self._named(sent, in_sent) if m[-1].lower_ not in DECISION_NOUNS]
            triggers = [
                appeal_on_noun(t, sent_rulings)
                for t in sent_rulings
                if t.end <= sent.end and not is_adjectival(t) and not is_noun(t) and not done_by_event(t) and not did_not_come(t)
            ]
            triggers = [t for t in triggers if not is_hedged(t, hedges, triggers)]
            if any(t.label_ != "decision" for t in triggers):
                triggers = [t for t in triggers if t.label_ != "decision"]
            triggers = [t for t in triggers if not object_of_other(t, triggers)]
            self._pool_charges(named, sent_charges, sent, triggers, sent_index)
            court_mentions.extend((sent_index, c) for c in sent_courts)
            if not triggers:
                self._add_also_accused(frames, named, sent_charges, sent, sent_index)
                self._suspend_terms_told(sent_index, named, penalties, frames)
                listed = self._spelled_out(sent, sent_index, named, frames) or [
                    f
                    for f in [
                        self._introduced(sent, sent_index, named, frames)
                        or self._added_penalties(sent, sent_index, named, penalties, hedges, frames)
                    ]
                    if f is not None
                ]
                frames.extend(listed)
                self._update_focus(named)
                if any(c._.court["name"] for c in sent_courts):
                    last_court = remember(court_ref(sent_courts[0], last_court), last_court)
                continue
            assigned = self._assign(named, triggers)
            sent_frames: list[Frame] = []
            articles = code_articles(sent)
            respectively = "respectively" in span_text(sent)
            apart = told_apart(sent)
            for i, trigger in enumerate(triggers):
                start = trigger.start if i else sent.start
                end = segment_end(trigger, triggers[i + 1].start if i + 1 < len(triggers) else sent.end)
                persons = (
                    _described(trigger, named)
                    or assigned[i]
                    or self._references(trigger, named)
                    or self._unlabelled_names(trigger)
                )
                taken = {id(p) for k, people in assigned.items() if k != i for p in people}
                persons = [*persons, *(p for p in _listed_along(named, persons) if id(p) not in taken)]
                joined = trigger.root.dep_ in {"conj", "xcomp"} or (
                    sent_frames and sent_frames[-1].trigger.label_ == trigger.label_
                )
                if not persons and sent_frames and joined and not names_own_recipient(trigger):
                    persons = list(sent_frames[-1].persons)
                if not persons and trigger.label_.startswith("appeal") and revises_the_decision(trigger) and frames:
                    persons = reviewed_persons(trigger, [f for f in frames if f.sent_index == frames[-1].sent_index], self.focus)
                frame = Frame(
                    ruling=None if trigger.label_ == "decision" else trigger.label_,
                    sent=sent,
                    sent_index=sent_index,
                    trigger=trigger,
                    persons=persons,
                    ents=ents,
                )
                spans = [p for p in penalties if start <= p.start < end and not is_hedged(p, hedges, triggers)]
                if len(persons) > 1:
                    spans = [p for p in spans if not is_total(p)]
                frame.penalties, spans = suspend_told_terms([penalty_of(p) for p in spans], spans)
                own = [c.label_ for c in sent_charges if start <= c.start < end and not separate_proceeding(c, trigger)]
                earlier = [
                    c.label_
                    for c in sent_charges
                    if c.start < end
                    and held_by(c, named, persons, triggers)
                    and (trigger.label_ == "acquitted" or not cleared(c, triggers))
                ]
                # a decision told as earlier ("had previously been jailed") is not the one just told
                carried = [] if apart or told_as_earlier(trigger) else self._carried_charges(sent_index, frame.ruling)
                frame.charges = list(dict.fromkeys(own or earlier or carried))
                if not persons and partitive_subject(trigger.root):
                    frame.charges = []
                frame.code_articles = list(articles)
                near = index.near(ents, trigger)
                frame.date = (
                    None  # the years a term was served are not its decision's date
                    if served_time(trigger)
                    else decision_date(sent, trigger, own_clause(trigger, near) if dated_by_own_clause(trigger) else near)
                )
                frame.page_date = (
                    None if history_clause(trigger) else page_date(sent, ents) or recent_year(trigger, lede=not frames)
                )
                if frame.page_date is None and not history_clause(trigger):
                    frame.news_year = continued_news_year(trigger, frames)
                courts_here = [c for c in index.near(sent_courts, trigger) if in_clause_of(c, trigger)]
                courts_here = [c for c in courts_here if tied_trigger(c, triggers) in {i, None}]
                if courts_here:
                    nearest = min(courts_here, key=lambda c: abs(c.start - trigger.start))
                    frame.court = court_ref(nearest, last_court)
                    frame.new_court = bool(nearest._.court.get("new")) and frame.court.city is None
                    frame.court_told = bool(nearest._.court.get("bare"))
                    last_court = remember(frame.court, last_court)
                elif last_court is not None and court_pronoun(trigger):
                    frame.court = last_court
                refine_ruling(frame, spans)
                frame.penalties = same_penalty(frame, doc[trigger.start : end].text, [*frames, *sent_frames])
                if not frame.penalties and served_time(trigger):
                    frame.penalties = [Penalty(kind="prison")]  # "spent 2013 to 2016 behind bars"
                sent_frames.extend(
                    own_priors(split_respectively(frame, spans, respectively) or split_terms(frame, spans, named, end))
                )
            suppress_partial(sent_frames)
            sent_frames = custody_after_verdict(sent_frames)
            for frame in sent_frames:
                if frame.ruling is None and frame.trigger.label_ == "acquitted":
                    frame.charges = []  # what a partial acquittal cleared them of lends to nothing
            sent_frames, dropped = drop_non_court(sent_frames, sent_courts)
            self.non_court = self.non_court or dropped
            frames.extend(settle_releases(drop_police_releases(sent_frames, sent_courts)))
            self._update_focus(named, [p for f in sent_frames for p in f.persons])
        frames = self._with_term_lists(frames, mentions, sents, index)
        frames = self._with_served_terms(frames, mentions, sents)
        frames = _shared_with_others(frames)
        if frames and not names_a_court(doc):
            frames = [f for f in frames if self._told_of_a_court(f)]
        settle_appeal_acquittals(frames)
        carry_courts(frames, court_mentions)
        date_decisions_mentioned(frames)
        date_back_references(frames)
        return frames

    def _with_term_lists(self, frames: list[Frame], mentions: list[Span], sents: list[Span], index: SentenceIndex) -> list[Frame]:
        """'The sentences were:\n– 26 years in prison for A\n– 16 for B': a decision (a noun too)
        ending its line with a colon, then lines each giving a term: each person a line names gets
        a frame of their own with that line's penalties, in place of what the sentence-by-sentence
        reading gave them there (the list's terms all at once, or none)."""
        added: list[Frame] = []
        for head in self.rulings:
            lines = listed_terms(head, self.doc.spans.get("penalty", []), mentions)
            if not lines:
                continue
            sent_index = bisect_right(index.starts, head.start) - 1
            sent = sents[sent_index]
            told = next((f for f in frames if f.trigger == head), None)
            date = told.date if told else decision_date(sent, head, list(sent.ents))
            courts = [c for c in self.doc.spans.get("court", []) if sent.start <= c.start and c.end_char <= lines[0].start]
            court = told.court if told else (court_ref(courts[0], None) if courts else None)
            listed: list[Person] = []
            for line in lines:
                for name in line.names:
                    person = self.people.add(name.text)
                    if person.excluded or person in listed:
                        continue
                    listed.append(person)
                    at = bisect_right(index.starts, name.start) - 1
                    ruling = "sentenced" if head.label_ == "decision" else head.label_
                    frame = Frame(ruling=ruling, sent=sents[at], sent_index=at, trigger=head, persons=[person], date=date)
                    frame.court, frame.penalties = court, list(line.penalties)
                    added.append(frame)
            frames = _without(frames, listed, sent.start_char, lines[-1].end)
        return sorted([*frames, *added], key=lambda f: f.sent_index) if added else frames

    def _with_served_terms(self, frames: list[Frame], mentions: list[Span], sents: list[Span]) -> list[Frame]:
        """'The court reduced the sentences. A, sentenced to 26 years, must serve 18; B, 25 years, will
        serve 17': clauses telling each person's term and the term left, in an appeal that cut terms
        or the three sentences after it, give each an appeal granted with the new term, the old one its prior (a
        history record, see history_of_appeals), in place of what the sentence-by-sentence reading
        gave them there."""
        added: list[Frame] = []
        for appeal in [f for f in frames if f.ruling == "appeal_granted"]:
            for at in range(appeal.sent_index, min(appeal.sent_index + 4, len(sents))):
                sent = sents[at]
                clauses = served_terms(sent, [m for m in mentions if sent.start <= m.start < sent.end])
                people: list[Person] = []
                for clause in clauses:
                    for person in [self.people.add(n.text) for n in clause.names]:
                        if person.excluded or person in people:
                            continue
                        people.append(person)
                        frame = replace(appeal, sent=sent, sent_index=at, persons=[person], penalties=[clause.left])
                        frame.prior = [clause.given]
                        added.append(frame)
                if people:
                    frames = _without(frames, people, sent.start_char, sent.end_char)
                    break
        return sorted([*frames, *added], key=lambda f: f.sent_index) if added else frames

    def _told_of_a_court(self, frame: Frame) -> bool:
        """On a page that names no court, whether a decision is still a court's: a custody term or
        ruling always is (no league or regulator jails anyone, so one's "confirmed the sentence" told
        beside it changes nothing); a fine or a ban is not when the page's other deciders are leagues
        or regulators (then "X was fined $15,000" is theirs too), nor when told without a court,
        unless a verdict word tells it. An unnamed echo ("The verdict was handed down on Aug. 23")
        decides nothing of its own: it only dates the decisions kept around it."""
        if decided_by(frame.trigger, []) == "court" or (frame.ruling is None and not frame.persons):
            return True
        if not fine_or_ban_at_most(frame):
            return True
        if self.non_court:
            return False
        told = [frame.trigger.text, *(c.text for c in frame.trigger.root.children if c.dep_ in {"acomp", "oprd", "xcomp"})]
        return not frame.penalties and bool(_VERDICT.search(" ".join(told)))  # "was found guilty"

    def _spelled_out(self, sent: Span, index: int, named: list[Mention], frames: list[Frame]) -> list[Frame]:
        """'... sentenced seven journalists to life in prison. The seven are A; B; C and D.': a
        sentence that only lists names ("are", "include") within three sentences of a decision about
        unnamed people (within six when the decision counts as many people as it lists) names who
        that decision covers, with what the decision's sentences gave. So does a sentence telling
        something else of them within three sentences, when its names stand in apposition to a
        counted group no larger than the decision's ("acquitted eight former guerrillas ... The five
        environmentalists, A, B, C, D and E, were ...") or are the coordinated subject of as many
        people as the decision counts ("sentenced five Crimean Tatars ... A, B, C, D and E were put
        on trial for ..."); then only that decision's sentences lend their terms and charges, and
        the charges that sentence tells of them all. An earlier decision of another kind there that counts
        exactly as many people is theirs too ("acquitted four members ... They had been sentenced to
        ... A, B, C and D were ...")."""
        people = list(dict.fromkeys(p for m, p in named if not is_modifier(m)))
        if len(people) < 2:
            return []
        listing = sent.root.lower_ in _LISTING_VERBS or _names_listed(named, people)
        members = None if listing else _members_of_group(named, people)
        if not listing and members is None:
            return []
        order = self.order
        recent = [f for f in frames if order[f.sent_index] >= order[index] - 6]

        def leads_to(f: Frame) -> bool:
            near = order[f.sent_index] >= order[index] - 3
            if listing:
                return near or _head_count(f.trigger) == len(people)
            return near and _counts(f.trigger, *members)

        leads = [f for f in recent if not f.persons and f.ruling is not None and leads_to(f)]
        others = [
            f
            for f in recent
            if listing and f.persons and _others_count(f.trigger) == len([p for p in people if p not in f.persons])
        ]
        if not leads and not others:
            return []
        lead = leads[-1] if leads else others[-1]
        told = recent[recent.index(lead) :] if leads else [lead]
        if not listing:
            told = [f for f in told if not f.persons and f.ruling == lead.ruling]
        persons = [p for p in people if p not in lead.persons]
        listed = [self._lent(lead, told, sent, index, persons)]
        for earlier in leads[:-1]:
            if earlier.ruling not in {f.ruling for f in listed} and _head_count(earlier.trigger) == len(persons):
                same = [f for f in leads if f.ruling == earlier.ruling]
                listed.append(self._lent(earlier, same, sent, index, persons))
        if not listing:  # "A, B and C were put on trial for ...": what it tells them tried for is the case's too
            own = [c for c in dict.fromkeys(c for p in persons for c in p.charges) if all(c in p.charges for p in persons)]
            for frame in listed:
                frame.charges = list(dict.fromkeys([*frame.charges, *own]))
        return listed

    def _lent(self, lead: Frame, told: list[Frame], sent: Span, index: int, persons: list[Person]) -> Frame:
        """A frame of a listing sentence giving people a decision told before about unnamed people
        (`lead`), with the terms and charges of that decision's sentences (`told`)."""
        frame = Frame(
            ruling=lead.ruling,
            sent=sent,
            sent_index=index,
            trigger=sent[sent.root.i - sent.start : sent.root.i - sent.start + 1],
            persons=persons,
            ents=self.sent_ents,
        )
        frame.penalties = list(dict.fromkeys(p for f in told for p in f.penalties))
        frame.date, frame.court = lead.date, lead.court
        frame.charges = list(dict.fromkeys(c for f in told for c in f.charges))
        return frame

    def _introduced(self, sent: Span, index: int, named: list[Mention], frames: list[Frame]) -> Frame | None:
        """'A court jailed a human rights lawyer for four years. Somchai Prasert, 45, had represented
        many activists.': the sentence right after a decision about one unnamed person ("a lawyer"),
        with no decision of its own, whose subject is one named person (not a speaker), introduces
        whom that decision was about; so does a subject of as many coordinated names as a decision
        counts ("sentenced two men ... A, 19, and B, 23, had taken part in pickets"); so does a lawyer
        naming "his client, X" up to two sentences later."""
        lead = frames[-1] if frames else None
        people = list(dict.fromkeys(p for m, p in named if not is_modifier(m)))
        if lead is None or not 1 <= index - lead.sent_index <= 3 or lead.persons or lead.ruling is None or not people:
            return None
        if len(people) == 1:
            told = [f for f in frames if f.sent_index == lead.sent_index and not f.persons and f.ruling is not None]
            lead = next(
                (f for f in reversed(told) if _about_one_unnamed(f.trigger) or _one_of_many(f.trigger)), None
            )  # "sentenced X ... after convicting him"
            if lead is None:
                return None
        if len(people) > 1 and (_head_count(lead.trigger) != len(people) or not _coordinated(named, people)):
            return None
        mention = next(m for m, p in named if p is people[0])
        subject = mention.root.head if mention.root.dep_ == "appos" else mention.root
        # "X, 40, made and posted ...": the parser may take the subject for the root, its verb for a modifier
        rooted = subject.dep_ == "ROOT" and any(c.dep_ == "acl" and c.tag_.startswith("VB") for c in subject.children)
        client = subject.lower_ in cue("client_noun")  # "his lawyer said ... his client, blogger X,"
        if lead.sent_index != index - 1 and not client:
            return None
        if not (rooted or client) and (subject.dep_ not in {"nsubj", "nsubjpass"} or subject.head.lower_ in cue("speech_verb")):
            return None
        frame = Frame(
            ruling=lead.ruling,
            sent=sent,
            sent_index=index,
            trigger=sent[subject.head.i - sent.start : subject.head.i - sent.start + 1],
            persons=people,
            ents=self.sent_ents,
        )
        frame.penalties = list(lead.penalties)
        frame.date, frame.court, frame.charges = lead.date, lead.court, list(lead.charges)
        return frame

    def _added_penalties(
        self, sent: Span, index: int, named: list[Mention], penalties: list[Span], hedges: list[Span], frames: list[Frame]
    ) -> Frame | None:
        """'The court also banned them from political activity for 10 years.': a sentence with no
        decision of its own, right after a conviction, that names a ban, restricted freedom, labour
        or a fine (and no one but those convicted or a judge) adds it to that conviction; after an
        appeal that cut a term, "she will now spend five years" gives the new term."""
        leads = [f for f in frames if f.sent_index == index - 1 and f.persons and f.ruling in _ADDS_TO]
        added = [p for p in penalties if p.label_ in _ADDED_KINDS and not is_hedged(p, hedges, [])]
        cut = [f for f in leads if f.ruling == "appeal_granted"]
        if cut and not added and _NEW_TERM.search(sent.text):
            leads, added = cut, [p for p in penalties if p.label_ == "prison" and not is_hedged(p, hedges, [])]
        if not leads or not added:
            return None
        persons = list(dict.fromkeys(p for f in leads for p in f.persons))
        if any(p not in persons and not titled_judge(m) for m, p in named):
            return None
        persons = list(dict.fromkeys(p for _, p in named if p in persons)) or persons
        lead = leads[-1]
        frame = Frame(ruling=lead.ruling, sent=sent, sent_index=index, trigger=added[0], persons=persons, ents=self.sent_ents)
        frame.penalties = [penalty_of(p) for p in added]
        frame.date = decision_date(sent, added[0], self.sent_ents) or lead.date
        frame.page_date, frame.court, frame.charges = lead.page_date, lead.court, list(lead.charges)
        return frame

    def _suspend_terms_told(self, index: int, named: list[Mention], penalties: list[Span], frames: list[Frame]) -> None:
        """'... sentenced him to 22 months in prison. The prison sentence was deferred.': a sentence
        with no decision of its own whose only penalty suspends a term told suspends the prison
        terms of the decision just told (when it names no one else and tells no time of its own,
        as a later suspension would: "Last month the court suspended his sentence")."""
        if not penalties or not all(suspends_told_term(p) for p in penalties):
            return
        if any(e.label_ == "DATE" for e in self.sent_ents):
            return
        leads = [f for f in frames if f.sent_index == index - 1 and f.persons and f.ruling in _ADDS_TO]
        if any(p not in f.persons for f in leads for _, p in named) and named:
            return
        for frame in leads:
            frame.penalties = suspend_last_term(frame.penalties)

    def _named(self, sent: Span, in_sent: list[Span]) -> list[Mention]:
        """The sentence's mentions of people who may be defendants, surnames and names in a list of
        terms the NER missed included."""
        named = []
        for mention in [*in_sent, *self._gapped_names(sent, in_sent)]:
            person = self.people.add(mention.text)
            if not person.excluded:
                describe(person, mention)
                named.append((mention, person))
        named += self.people.surname_mentions(sent, in_sent)
        return sorted(named, key=lambda mp: mp[0].start)

    def _gapped_names(self, sent: Span, in_sent: list[Span]) -> list[Span]:
        """'A received 18 years, Ilya Shakursky 16 years and C 13 years': a run of two to four
        capitalised proper nouns the NER left out (or took its first word for a place), after a comma
        or "and" and right before a number, which is a name in a list of terms with the verb left out
        (see _list_gap)."""
        doc = sent.doc
        found = []
        for run in proper_noun_runs(list(sent)):
            if run[-1].i + 1 >= sent.end or not doc[run[-1].i + 1].like_num:
                continue  # no number right after the run: no term list (read before the costlier checks)
            span = trimmed_name(doc[run[0].i : run[-1].i + 1])
            if (
                span is None
                or len(span) < 2
                or span.start <= sent.start
                or span.end >= sent.end
                or doc[span.start - 1].lower_ not in {",", "and"}
                or not doc[span.end].like_num
                or any(m.start < span.end and span.start < m.end for m in in_sent)
                or any(
                    e.label_ in _NOT_PERSON_ENTS and e.start < span.end and span.start < e.end and e.end >= span.end
                    for e in self.sent_ents
                )  # a given name taken for a place ("Nino") may open it
                or org_like(span)
                or not_a_name(span)
                or is_excluded(span)
                or place_country(span.text) is not None
            ):
                continue
            found.append(span)
        return found

    def _assign(self, mentions: list[Mention], triggers: list[Span]) -> dict[int, list[Person]]:
        """Each person mention goes to the trigger it depends on, else the nearest trigger; a name
        inside a relative clause, a speaker, the object of the act charged ("for insulting
        Alyaksandr Lukashenka", "of spreading propaganda for the movement of X"), the owner of a
        thing ("X's house"), a source ("according to X"), a victim ("the killing of X"), the active
        subject of a decision verb (who decides), someone the defendants are related to ("associates
        of X"), the one an act was done to ("a video mocking X") or a name describing other people
        goes to none."""
        assigned: dict[int, list[Person]] = {i: [] for i in range(len(triggers))}
        roots = Counter(m.root.i for m, _ in mentions)
        for mention, person in mentions:
            if acted_on(mention):
                continue
            gapped = _gapped_recipient(mention, triggers)
            if gapped is not None:
                if person not in assigned[gapped]:
                    assigned[gapped].append(person)
                continue
            own = mention.root.i
            target, governed, inside_modifier = None, False, False
            tok = mention.root
            for _ in range(12):
                if tok.head.i == tok.i:
                    break
                inside_modifier = (inside_modifier and tok.lower_ not in _TERM_UNITS) or (
                    (tok.dep_ in {"prep", "pobj"} or is_possessive(tok)) and not together_with(tok)
                )
                speaker = tok.dep_ == "nsubj" and (
                    tok.head.lower_ in cue("speech_verb") or (tok.i == own and _tells(tok.head, triggers))
                )
                outside = not any(t.start <= tok.head.i < t.end for t in triggers)
                object_of_act = tok.head.tag_ == "VBG" and (tok.dep_ == "dobj" or tok.head.dep_ == "pcomp") and outside
                owner = is_possessive(tok) and outside and tok.i == mention.root.i
                decider = (
                    tok.dep_ == "nsubj" and tok.head.lower_ not in RECIPIENT_VERBS and not _small_clause(tok.head) and not outside
                )
                relation = related_to(tok)
                if (
                    tok.dep_ in {"relcl", "acl"}
                    or speaker
                    or _subject_of_next_clause(mention, tok, triggers)
                    or object_of_act
                    or owner
                    or decider
                    or relation
                    or (inside_modifier and roots[tok.head.i] > (tok.head.i == own))
                    or is_third_party_of(tok)
                ):
                    governed = True
                    break
                tok = tok.head
                target = next((i for i, t in enumerate(triggers) if t.start <= tok.i < t.end), None)
                if target is not None:
                    break
            if target is None:
                if governed or _subject_elsewhere(mention, triggers) or _in_phrase_of_other_verb(mention, triggers):
                    continue
                main = [i for i, t in enumerate(triggers) if _relative_head(t) is None] or range(len(triggers))
                main = [i for i in main if not _quote_closes_between(triggers[i], mention)]
                if not main:
                    continue
                target = min(main, key=lambda i: abs(triggers[i].start - mention.start))
            if _subject_of_next(mention, triggers, target):
                target += 1
            if person not in assigned[target]:
                assigned[target].append(person)
        for i, trigger in enumerate(triggers):
            end = triggers[i + 1].start if i + 1 < len(triggers) else trigger.sent.end
            assigned[i].extend(p for p in _listed_after_colon(trigger, mentions, end) if p not in assigned[i])
        return assigned

    def _references(self, trigger: Span, named: list[Mention]) -> list[Person]:
        """Pronouns and descriptions ("the 48-year-old activist") governed by the trigger: the last
        person named before it in the sentence (not one named in a description of someone else: "Y,
        an aide to X, ... convicting him"), else the person in focus."""
        earlier = [p for m, p in named if m.end <= trigger.start and not _described_by_relation(m)]
        focus = earlier[-1] if earlier else self.focus
        held = _held_of_object(trigger)
        for tok in [*trigger_arguments(trigger), *held]:
            low = tok.lower_
            described = [p for m, p in named if tok.dep_ == "appos" and m.start <= tok.head.i < m.end]
            if described:
                return described
            if low in cue("client_noun") and upos(tok) == "NOUN":
                clients = list(dict.fromkeys(p for m, p in named if represented(m, cue("lawyer"))))
                if clients or focus is not None:
                    return clients or [focus]
            if low in cue("relative") and any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in tok.children):
                kin = list(dict.fromkeys(p for m, p in named if represented(m, cue("relative"))))
                if kin:
                    return kin  # "The father of X, Y, said ... a court had sentenced his son"
            if low in _SINGULAR and focus is not None:
                return [] if _unnamed_subject(trigger) else [focus]
            if (
                low in _PLURAL
                or (low in _GROUP and (tok.dep_ in {"nsubj", "nsubjpass", "dobj"} or tok in held))
                or (tok.dep_ in {"nsubj", "nsubjpass", "dobj"} and _counted_people(tok))
                or _counted_description(tok, held)
            ):
                counted = self._counted(tok)
                here = _named_before(trigger, named) if low in _PLURAL else []
                refs = counted if counted is not None else here or self.group or ([self.focus] if self.focus else [])
                if refs:
                    return list(refs)
            elif (
                upos(tok) in {"NOUN", "ADJ"}  # the parser tags "the 23-year-old" an adjective
                and focus is not None
                and (low in cue("person_description") or AGE.search(subtree_text(tok)))
            ):
                if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                    age = AGE.search(subtree_text(tok))
                    if age and focus.age is None:
                        focus.age = int(age.group(1))
                    return [focus]
        return []

    def _unlabelled_names(self, trigger: Span) -> list[Person]:
        """Names the NER missed ("jailed blogger Otabek Qodirov"): runs of two to four capitalised
        proper nouns inside the trigger's arguments that are not places, courts or outlets."""
        doc = trigger.doc
        stop = _NOT_A_NAME | cues("organization_word", "non_defendant_title")
        for arg in trigger_arguments(trigger):
            found: list[Person] = []
            for run in proper_noun_runs(sorted(arg.subtree, key=lambda t: t.i)):
                span = trimmed_name(doc[run[0].i : run[-1].i + 1])
                if (
                    span is None
                    or len(span) < 2
                    or third_party_in(span, arg)
                    or org_like(span)
                    or not_a_name(span)
                    or is_excluded(span)
                    or {t.lower_ for t in span} & stop
                    or place_country(span.text) is not None
                    or related_to(span.root)
                    or span[-1].lower_ in DECISION_NOUNS  # a headline's "Reduces Prison Sentence"
                ):
                    continue
                if any(
                    e.label_ in _NOT_PERSON_ENTS
                    and e.start <= span.start < e.end
                    and not _name_taken_for_other(e, span, arg, trigger)
                    for e in self.sent_ents
                ):
                    continue
                person = self.people.add(span.text)
                if not person.excluded:
                    found.append(person)
            if found:
                return found
        return []

    def _pool_charges(
        self, named: list[Mention], sent_charges: list[Span], sent: Span, triggers: list[Span], sent_index: int
    ) -> None:
        """Charges a sentence ties to people ("Tsiklauri is charged with leading group violence"), kept
        for their records whose own sentences name none: each charge goes to the people of its own
        clause (see charge_holders). A charge the court cleared them of ("but acquitted him of
        bribery") stays with the acquittal's own frame; one an acquittal alone clears is the case's
        for people no other sentence gave charges; a relative's charge, or that of "ten of the
        defendants", is nobody's here. A sentence telling no decision nor arrest also keeps, for each
        person, the list it told (see told_together)."""
        kept = [c for c in sent_charges if not cleared_apart(c, triggers) and not relatives_charge(c)]
        labels = list(dict.fromkeys(c.label_ for c in kept))
        if not labels:
            self._pool_same_charges(named, sent)
            share_with_codefendants(named)
        if not labels or not _CHARGE_CONTEXT.search(span_text(sent)) or any(partitive_subject(clause_verb(c.root)) for c in kept):
            return
        if triggers and not all(cleared(c, triggers) for c in kept):
            self._last_charges = (sent_index, labels)
        references: list[Person] | None = None
        people: list[Person] = []
        told: dict[int, list[str]] = {}
        for charge in kept:
            holders = charge_holders(charge, named)
            if holders is None:
                references = self._charge_references(sent) if references is None else references
                holders = references
            if cleared(charge, triggers):
                holders = [p for p in holders if set(p.charges) <= set(labels)]
            people.extend(p for p in holders if p not in people)
            for person in holders:
                told.setdefault(id(person), []).append(charge.label_)
                if charge.label_ not in person.charges:
                    person.charges.append(charge.label_)
        if not triggers and not _ARREST_STAGE.search(span_text(sent)):
            for person in people:
                person.charge_lists.append(list(dict.fromkeys(told[id(person)])))
        if people:
            self._tied_charges = labels
            if triggers or _VERDICT.search(span_text(sent)):
                self._named_charges = self._named_charges or labels
        else:
            if triggers or _VERDICT.search(span_text(sent)):
                self._unnamed_verdict_charges = self._unnamed_verdict_charges or labels
                self.unnamed_verdict_lists.append(labels)
            self._unnamed_charges = self._unnamed_charges or labels

    def _pool_same_charges(self, named: list[Mention], sent: Span) -> None:
        """'B also faced the same charge': the charges the last charge sentence tied to people are
        those of the people this sentence names (or refers to)."""
        if not self._tied_charges or not _SAME_CHARGES.search(span_text(sent)):
            return
        for person in [p for _, p in named if not p.relative] or self._charge_references(sent):
            person.charges.extend(c for c in self._tied_charges if c not in person.charges)

    def _add_also_accused(
        self, frames: list[Frame], named: list[Mention], sent_charges: list[Span], sent: Span, sent_index: int
    ) -> None:
        """'... sentenced the three to 15 years for belonging to a terrorist community. They were also
        accused of keeping explosives.': charges a sentence telling no decision adds with "also" to
        the people of a decision told in the two sentences before are that decision's too."""
        for charge in sent_charges:
            verb = clause_verb(charge.root)
            if verb.lower_ not in _ACCUSED or not any(c.lower_ == "also" for c in verb.children):
                continue
            holders = charge_holders(charge, named)
            people = self._charge_references(sent) if holders is None else holders
            for frame in reversed(frames):
                if frame.sent_index < sent_index - 2:
                    break
                if frame.ruling not in {None, "acquitted"} and any(p is q for p in people for q in frame.persons):
                    if charge.label_ not in frame.charges:
                        frame.charges.append(charge.label_)

    def _carried_charges(self, sent_index: int, ruling: str | None) -> list[str]:
        """The charges of the decision told in the sentence just before: "A and B were found guilty of
        hooliganism. They each received two years." An acquittal does not take them ("a third
        defendant was cleared of all charges")."""
        index, labels = self._last_charges
        return labels if index == sent_index - 1 and ruling != "acquitted" else []

    @property
    def article_charges(self) -> list[str]:
        """Charges for records no sentence ties charges to: the first charge sentence naming nobody
        that tells a decision or a verdict ("a court convicted 37 defendants of ...": what they were
        convicted of, not what the arrests were for), else the first naming nobody (a lead, "the 84
        defendants were accused of ..."), else the first one telling a decision or a verdict about a
        named person (another person's pending trial or arrest is their own case)."""
        return self._unnamed_verdict_charges or self._unnamed_charges or self._named_charges

    def _charge_references(self, sent: Span) -> list[Person]:
        """Who a charge sentence naming nobody is about: "he" / "she" or a description ("the
        52-year-old", "the activist") is the person in focus, "they", "the four", "both" the group
        last named."""
        singular = plural = False
        for tok in sent:
            low = tok.lower_
            if low in _PLURAL and _unnamed_antecedent(tok):
                return []
            singular = singular or low in _SINGULAR or _definite_description(tok)
            plural = plural or low in _PLURAL or (low in _GROUP and tok.dep_ in {"nsubj", "nsubjpass", "dobj"})
        if plural and self.group:
            return list(self.group)
        return [self.focus] if (singular or plural) and self.focus else []

    def _update_focus(self, named: list[Mention], persons: list[Person] | None = None) -> None:
        """The person in focus (for "he", "the 48-year-old") and the last group named (for "the four").
        Someone told as a defendant's relative is in focus only as the passive subject of a sentence
        of their own, as defendants are ("her ex-husband, X, ... X was arrested in 2014"), not as one
        who speaks or acts ("X rejected the label")."""
        focus = None
        if not persons:
            free = [(m, p) for m, p in named if not is_modifier(m) and (not p.relative or _own_subject(m))]
            subjects = [p for m, p in free if m.root.dep_ in {"nsubj", "nsubjpass"}]
            persons = [p for _, p in free]
            focus = subjects[-1] if subjects else None
        if persons:
            self.focus = focus or persons[-1]
            unique = list(dict.fromkeys(persons))
            if len(unique) > 1:
                self.group = unique
                self.groups.append(unique)
                self.named_since_group = []
                return
        alone = list(dict.fromkeys(p for _, p in named if not p.relative))
        if len(alone) == 1 and alone[0] not in self.group and alone[0] not in self.named_since_group:
            self.named_since_group.append(alone[0])

    def _counted(self, tok: Token) -> list[Person] | None:
        """'the five', 'all eight': the latest group named, when it has that many people (or, when
        the words are definite, one fewer: a name missed); else the latest earlier group of that many, or the latest groups
        that together make that many; else nobody ("three received ..." of people never named).
        The group found is then the one 'they' refers to. None when the words give no count."""
        words = [tok, *(c for c in tok.children if c.like_num or c.lower_ == "both")]
        counts = [2 if w.lower_ == "both" else int(parse_number(w.text) or 0) for w in words if w.like_num or w.lower_ in _GROUP]
        count = max(counts, default=0)
        if count < 2:
            return None
        grown = _group_and_one_more(self.group, self.named_since_group, count)
        if grown:
            self.group = grown
            return grown
        definite = any(c.lower_ in {"the", "all", "both"} for c in tok.children) or tok.lower_ == "both"
        if len(self.group) == count or (
            definite and len(self.group) == count - 1
        ):  # a bare "three received ..." of eight is no "the three"
            return self.group
        found = next((g for g in reversed(self.groups) if len(g) == count), None)
        if found is None:
            union: list[Person] = []
            for group in reversed(self.groups):
                union = list(dict.fromkeys([*group, *union]))
                if len(union) >= count:
                    break
            found = union if len(union) == count else None
        if found:
            self.group = found
        return found or []


def _gapped_recipient(mention: Span, triggers: list[Span]) -> int | None:
    """'A was sentenced to nine years for X and B, 34, to five years': a name after "and" or a
    comma, then (past an age between commas) "to" and a term, with the verb left out, is one more
    person the last decision before it in the sentence is about (the parser hangs it on a noun of
    the charge). The index of that trigger, or None."""
    doc = mention.doc
    at = mention.end
    if at + 3 < len(doc) and doc[at].text == "," and doc[at + 1].like_num and doc[at + 2].text == ",":
        at += 3
    if mention.start == 0 or doc[mention.start - 1].lower_ not in {"and", ","} or at + 2 >= len(doc):
        return None
    if doc[at].lower_ != "to" or not (doc[at + 1].like_num and doc[at + 2].lower_ in _TERM_UNITS):
        return None
    before = [i for i, t in enumerate(triggers) if t.end <= mention.start and t.label_ not in NO_SENTENCE]
    return before[-1] if before else None


def _own_subject(mention: Span) -> bool:
    """Whether a name is the passive subject of its sentence's verb, not told as someone's relative
    there ("X was arrested", not "his wife, X, was questioned")."""
    return mention.root.dep_ == "nsubjpass" and not is_relative(mention)


def _subject_of_next(mention: Span, triggers: list[Span], target: int) -> bool:
    """ "A was sentenced to 166 years on the same charges and another editor, B, received 21 years":
    a name set right before the next trigger, a verb of receiving with no subject of its own (the
    parser hung the name on the clause before), is that verb's subject; only commas and an age
    stand between."""
    if target + 1 >= len(triggers):
        return False
    nxt = triggers[target + 1]
    verb = nxt.root
    between = mention.doc[mention.end : nxt.start]
    return (
        triggers[target].end <= mention.start
        and mention.end <= nxt.start
        and verb.lower_ in RECIPIENT_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        and all(t.is_punct or t.like_num for t in between)
    )


def _described_by_relation(mention: Span) -> bool:
    """ "Y -- an advisor to X": X names whom the person an apposition describes is related to, so a
    pronoun after it means that person, not X (where "Relatives of X said he ..." means X)."""
    tok = mention.root
    if not related_to(tok):
        return False
    noun = tok.head.head if tok.dep_ == "pobj" else tok.head
    return noun.dep_ == "appos"


def _name_taken_for_other(ent: Span, span: Span, arg: Token, trigger: Span) -> bool:
    """'found Anan Srisuk guilty', 'Lara Shonia ... was given four days': a name the NER calls an
    organisation, a place or a building, standing alone as whom the decision is about (its object, or the
    subject of its complement, not who decides), each word a capitalised word and none a place (a
    given name taken for a place may be a region's, "Lara", but no country's; the surname none)."""
    places = span if ent.label_ == "ORG" else span[-1:]
    tok = span.root
    while tok.i != arg.i and tok.dep_ in {"conj", "appos"} and tok.head.i != tok.i:
        tok = tok.head
    return (
        ent.label_ in {"ORG", "GPE", "LOC", "FAC"}
        and tok.i == arg.i  # the argument itself or listed with it, not a name deeper in its clause ("in what X called")
        and (ent.start, ent.end) == (span.start, span.end)
        and not (arg.dep_ == "nsubj" and arg.head == trigger.root)
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper and country_code(t.text) is None for t in span)
        and all(place_country(t.text) is None for t in places)
    )


def _held_of_object(trigger: Span) -> list[Token]:
    """'extended the detention of all seven / of them / of the four journalists': the object of
    "of" on the trigger's custody object, whose custody the decision is about."""
    return [
        g
        for obj in trigger.root.children
        if obj.dep_ == "dobj" and obj.lower_ in _CUSTODY_NOUNS
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for g in prep.children
        if g.dep_ == "pobj"
    ]


def _counted_description(tok: Token, held: list[Token]) -> bool:
    """'the detention of the four journalists': a definite, counted plural noun held."""
    children = list(tok.children)
    return (
        tok in held
        and tok.tag_ == "NNS"
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and any(c.dep_ == "nummod" and c.like_num for c in children)
    )


def _group_and_one_more(group: list[Person], since: list[Person], count: int) -> list[Person] | None:
    """'six named in one sentence, the founder named alone in the next, then "all seven"': the
    group with the one person named on their own since it, when together they make the count."""
    if group and len(group) == count - 1 and len(since) == 1 and not since[0].excluded:
        return [*group, since[0]]
    return None


def _names_listed(named: list[Mention], people: list[Person]) -> bool:
    """Whether a sentence's names are a list it gives, though the parser rooted it elsewhere: the
    first name is the complement of "are" / "include" ("The defendants are A, B and C", where the
    parser may take the last name for the root), follows "as" after a passive naming verb ("The
    seven were identified as A, B and C"), or the decisions are told by a noun with "against" ("The
    sentences against A, B and C are linked to the protests")."""
    first = next(m for m, p in named if p is people[0]).root
    if first.dep_ in {"attr", "dobj"}:
        return first.head.lower_ in _LISTING_VERBS
    prep = first.head
    if first.dep_ == "pobj" and prep.lower_ == "against" and prep.head.tag_ == "NNS":
        return prep.head.lower_[:-1] in DECISION_NOUNS
    verb = first.head.head
    return (
        first.dep_ == "pobj"
        and first.head.lower_ == "as"
        and verb.lower_ in cue("naming_verb")
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def _coordinated(named: list[Mention], people: list[Person]) -> bool:
    """Whether the people's first mentions are one coordination ("A, 19, and B, 23,"): each after
    the first is a conjunct of one before it."""
    roots = [next(m for m, p in named if p is person).root for person in people]
    return all(root.dep_ == "conj" and root.head.i in {r.i for r in roots[:k]} for k, root in enumerate(roots) if k)


def _members_of_group(named: list[Mention], people: list[Person]) -> tuple[int, bool] | None:
    """How many people a sentence's names are told as members of, and whether a decision must count
    exactly that many: (N, False) when they stand in apposition to a definite counted word for
    people that counts them all ("The five environmentalists, A, B, C, D and E, ..."), a part of a
    larger group a decision may count; (N, True) when they are the coordinated subject of a verb
    not of speech ("A, B and C were put on trial"). None otherwise."""
    roots = [next(m for m, p in named if p is person).root for person in people]
    first = roots[0]
    if not all(root.dep_ in {"conj", "appos"} and root.head.i in {r.i for r in roots[:k]} for k, root in enumerate(roots) if k):
        return None  # the parser may take the second of a list of names for an apposition to the first
    group = first.head
    if (
        first.dep_ == "appos"
        and group.tag_ == "NNS"
        and (group.lower_ in cue("listing_noun") or group.lower_[:-1] in cue("listing_noun"))
    ):
        children = list(group.children)
        counts = [parse_number(c.text) for c in children if c.dep_ == "nummod" and c.like_num]
        definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        return (len(people), False) if definite and counts == [len(people)] else None
    if first.dep_ in {"nsubj", "nsubjpass"} and group.lower_ not in cue("speech_verb"):
        return len(people), True
    return None


def _counts(trigger: Span, count: int, exact: bool) -> bool:
    """Whether a decision counts a group of `count` people: as many, or (not `exact`) at least as
    many or an uncounted number."""
    told = _head_count(trigger)
    return told == count if exact else told is None or told >= count


def _named_before(trigger: Span, named: list[Mention]) -> list[Person]:
    """'found A and B guilty and sentenced them': two or more people named earlier in the
    sentence (not inside a modifier), whom 'they' / 'them' there refers to before any earlier group."""
    people = list(dict.fromkeys(p for m, p in named if m.end <= trigger.start and not is_modifier(m)))
    return people if len(people) > 1 else []


def _listed_after_colon(trigger: Span, mentions: list[Mention], end: int) -> list[Person]:
    """'Those convicted:\n\n● A, 29, actor\n● B, 28, comedian': a decision followed by a colon and
    lines that each name someone (bulleted or not) is about the first person of each line; the
    list ends at a blank line or a line naming nobody."""
    doc = trigger.doc
    colon = next((t for t in doc[trigger.end : end] if t.text == ":"), None)
    if colon is None:
        return []
    text = doc_text(doc)
    stop = doc[end - 1].idx + len(doc[end - 1].text) if end > colon.i + 1 else colon.idx
    after = [(m, p) for m, p in mentions if colon.idx < m.start_char < stop]
    listed: list[Person] = []
    at = colon.idx + 1
    for line in text[at:stop].split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip():
            if listed:
                break
            continue
        first = next(((m, p) for m, p in after if start <= m.start_char < at), None)
        if first is None:
            break
        listed.append(first[1])
    return listed if len(listed) > 1 else []


#: words a list of names may put between two names besides descriptions ("A, former chief of staff B and C")
_LIST_WORDS = {",", "and", "of", "the"}


def _listed_along(mentions: list[Mention], people: list[Person]) -> list[Person]:
    """'women's rights defender A, former presidential chief of staff B and French philosopher C were
    each given 33 years': the people named in one list with people a decision is about, whom the
    parser hung elsewhere ("of staff B" as a modifier). A list runs on while only a comma or "and",
    then descriptions, stand between two names (see _list_gap)."""
    found: list[Person] = []
    ordered = sorted(mentions, key=lambda mp: mp[0].start)
    for k, (_, person) in enumerate(ordered):
        if person not in people:
            continue
        for step in (1, -1):
            at = k
            while 0 <= at + step < len(ordered):
                a, b = (ordered[at], ordered[at + step]) if step == 1 else (ordered[at + step], ordered[at])
                if not _list_gap(a[0], b[0]):
                    break
                at += step
                mate = ordered[at][1]
                if mate not in people and mate not in found:
                    found.append(mate)
    return found


def _list_gap(first: Span, second: Span) -> bool:
    """Whether two names are neighbours in a list: what stands between them opens with a comma or
    "and" and holds only descriptions ("former presidential chief of staff", "French philosopher"):
    no verb, no other name, no lawyer or relative, and the second name is no one's ("the lawyer of
    B") nor a relative's. In a list of terms with the verb left out ("A received 18 years, B 16
    years and C 13 years") the first name's term may open it, when a term follows the second too."""
    doc = first.doc
    gap = doc[first.end : second.start]
    term = 0
    while term < len(gap) and (gap[term].like_num or gap[term].lower_ in _TERM_UNITS or gap[term].lower_ == "each"):
        term += 1
    if term and not (second.end < len(doc) and doc[second.end].like_num):
        return False
    gap = gap[term:]
    opening = {",", ";", "and"} if term else {",", "and"}  # "A got eight days; B six days; and C five days"
    if not 1 <= len(gap) <= 8 or gap[0].lower_ not in opening or gap[-1].lower_ == "of" or is_relative(second):
        return False
    words = cues("lawyer", "relative")
    of = first.root.head
    if first.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in words:
        return False  # "the father of A, B, said": B is the father
    return all(
        t.lower_ in _LIST_WORDS
        or (term and t.lower_ == ";")
        or (upos(t) in {"ADJ", "NOUN", "NUM"} and t.lower_ not in words)
        or (t.ent_type_ == "NORP")
        for t in gap
    )


#: "A and nine others", "A and 14 co-accused", "along with three other members": the people a
#: decision counts besides those it names
_AND_OTHERS = re.compile(
    rf"\b(?:and|along\s+with|together\s+with)\s+(\d+|{'|'.join(number_words(1, 40))})\s+"
    r"(?:others|co-?accused|co-?defendants|other\s+(?:defendants|people|activists|members))\b",
    re.IGNORECASE,
)


def _others_count(trigger: Span) -> int | None:
    """How many people besides those named a decision's sentence counts ("A and nine others")."""
    found = _AND_OTHERS.search(span_text(trigger.sent))
    count = parse_number(found.group(1)) if found else None
    return int(count) if count and count > 1 else None


def _without(frames: list[Frame], people: list[Person], start: int, end: int) -> list[Frame]:
    """The frames less the people given decisions of their own between two character offsets:
    a frame there left with nobody is dropped."""
    inside = {id(f) for f in frames if f.persons and start <= f.trigger.start_char < end}
    for frame in frames:
        if id(frame) in inside:
            frame.persons = [p for p in frame.persons if p not in people]
    return [f for f in frames if f.persons or id(f) not in inside]


def _shared_with_others(frames: list[Frame]) -> list[Frame]:
    """'A lower court had sentenced A and four others to five years ... Apart from A, B, C, D and E
    have been acquitted': a decision about named people "and N others" is also that of the N others
    a later decision names, when it names just that many besides them. A decision only describing
    them ("pardoned A and three others convicted for ...") lends nothing to a later one of the same
    kind ("B, C and D were also convicted ..."): that tells the decision itself."""
    added: list[Frame] = []
    for k, frame in enumerate(frames):
        count = _others_count(frame.trigger) if frame.persons and frame.ruling else None
        if count is None:
            continue
        for later in frames[k + 1 :]:
            others = [p for p in later.persons if p not in frame.persons]
            if later.sent_index > frame.sent_index and len(others) == count:
                root = frame.trigger.root
                describing = (
                    root.tag_ == "VBN"
                    and root.dep_ in {"acl", "advcl"}
                    and not any(c.dep_ in {"aux", "auxpass"} for c in root.children)
                )
                if later.ruling != frame.ruling or not describing:
                    added.append(replace(frame, persons=others))
                break
    return sorted([*frames, *added], key=lambda f: f.sent_index) if added else frames


def _head_count(trigger: Span) -> float | None:
    """How many people a decision counts ("kept five activists", "five activists were jailed", "the
    seven had been convicted"): the number of a plural argument that is no term ("were given 13
    years") nor date, or a definite number standing for people."""
    for arg in trigger_arguments(trigger):
        if arg.tag_ == "CD" and arg.ent_type_ != "DATE" and any(c.dep_ == "det" and c.lower_ == "the" for c in arg.children):
            return parse_number(arg.text)
        if arg.tag_ not in {"NNS", "NNPS"} or arg.lower_ in _TERM_UNITS or arg.ent_type_ == "DATE":
            continue
        # "six Jehovah's Witnesses": the parser may hang the number on the possessor
        for child in [*arg.children, *(g for c in arg.children if c.dep_ == "poss" for g in c.children)]:
            if child.dep_ == "nummod":
                return parse_number(child.text)
    return None


def _counted_people(tok: Token) -> bool:
    """'both men', 'the two activists', 'all six activists', 'the so-called Santa Marta Five': a definite plural word for
    people, or a group's proper name, that counts them, which refers back to the group of that
    many named before, as 'the two' does."""
    low = tok.lower_
    people = cue("listing_noun")
    definite = any(c.dep_ in {"det", "predet"} and c.lower_ in {"the", "all"} for c in tok.children)
    counted = any(c.dep_ == "nummod" and c.like_num for c in tok.children)
    if tok.tag_ == "NNP":
        return definite and counted
    if tok.tag_ != "NNS" or not (low in people or low[:-1] in people):
        return False
    return any(c.lower_ == "both" for c in tok.children) or (definite and counted)


def _unnamed_antecedent(pronoun: Token) -> bool:
    """'police detained 30 activists and accused them of ...': "them" / "they" refers to a plural
    noun (not a name) that the verb's own clause, or the one it is coordinated with, governs."""
    verb = pronoun.head
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.tag_ == "NNS" and c.dep_ in {"dobj", "nsubj", "nsubjpass"} and c.i < pronoun.i and c is not pronoun
        for head in heads
        for c in head.children
    )


def _definite_description(tok: Token) -> bool:
    """'the 52-year-old', 'the activist': a singular noun with "the" that describes a person."""
    if tok.tag_ not in {"NN", "JJ"} or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return tok.lower_ in cue("person_description") or AGE.search(subtree_text(tok)) is not None


def _subject_of_next_clause(mention: Span, verb: Token, triggers: list[Span]) -> bool:
    """'A court jailed a reporter, and X risks four years': a name that is the subject of a verb
    telling no decision, coordinated after a decision that has a subject of its own, is that
    clause's, not the decision's; not so for a verb of receiving ("A was sentenced to 18 years and
    B got a jail term of 15")."""
    root = mention.root
    decision = verb.head
    return (
        verb.dep_ == "conj"
        and verb.lower_ not in RECIPIENT_VERBS
        and root.head.i == verb.i
        and root.dep_ in {"nsubj", "nsubjpass"}
        and not any(t.start <= verb.i < t.end for t in triggers)
        and any(t.start <= decision.i < t.end for t in triggers)
        and any(c.dep_ in {"nsubj", "nsubjpass"} for c in decision.children)
    )


def _subject_elsewhere(mention: Span, triggers: list[Span]) -> bool:
    """'A and B still await trial, while C is serving a three-year term': a name that is the subject
    of a verb telling no decision, when every decision of the sentence is an adverbial clause of
    that verb with a subject of its own and a name among its arguments ("X was pardoned after a
    court sentenced him" is still X's)."""
    root = mention.root
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head
    verb = root.head
    return (
        root.dep_ in {"nsubj", "nsubjpass"}
        and upos(verb) in {"VERB", "AUX"}
        and all(
            t.root.dep_ == "advcl"
            and t.root.head.i == verb.i
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.root.children)
            and any(n.tag_ == "NNP" for a in trigger_arguments(t) for n in (a, *(c for c in a.children if c.dep_ == "appos")))
            for t in triggers
        )
    )


def _in_phrase_of_other_verb(mention: Span, triggers: list[Span]) -> bool:
    """'were charged alongside Mr X in October but were remanded in custody': a name in a phrase of
    a verb that tells no decision is part of that other act, not the decision's subject (unless the
    decision is told inside the phrase: "the trial ended with X sentenced to four years")."""
    root = mention.root
    while root.dep_ in {"conj", "appos"} and root.head.i != root.i:
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.dep_ != "prep" or together_with(root):
        return False
    verb = prep.head
    return (
        upos(verb) in {"VERB", "AUX"}
        and verb.lower_ not in RECIPIENT_VERBS
        and not any(t.start <= verb.i < t.end for t in triggers)
        and not any(root.left_edge.i <= t.start and t.end <= root.right_edge.i + 1 for t in triggers)  # "with X sentenced to"
    )


def _tells(verb: Token, triggers: list[Span]) -> bool:
    """ "A court sentenced X to seven years, Radio Azattyq's Aigerim Toleukhanova reported": the
    sentence's main verb, after a comma that closes the decision it takes as its complement, tells
    that decision; its subject is the source, whatever the verb."""
    doc = verb.doc
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (
        verb.dep_ == "ROOT"
        and subject is not None
        and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].text == ","
        and not any(t.dep_ in {"conj", "prep", "appos", "relcl", "acl"} for t in subject.subtree)  # one source, no list
        and any(
            c.dep_ == "ccomp" and any(t.start <= c.i < t.end and t.end <= subject.left_edge.i for t in triggers)
            for c in verb.children
        )
    )


def _relative_head(trigger: Span) -> Token | None:
    """The noun a relative clause telling a decision describes ("Nasser, who ... had been sentenced
    in 2017"), or None for a trigger outside a relative clause."""
    verb = trigger.root
    if verb.dep_ == "conj" and verb.head.dep_ == "relcl":
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" else None


def _described(trigger: Span, named: list[Mention]) -> list[Person]:
    """A decision told in a relative clause is about the people the clause describes ("A, B and C,
    who were handed ..."), and only them."""
    head = _relative_head(trigger)
    if head is None:
        return []
    described = {head.i, *(c.i for c in head.conjuncts)}
    return list(dict.fromkeys(p for m, p in named if any(m.start <= i < m.end for i in described)))


def _unnamed_subject(trigger: Span) -> bool:
    """'A Russian citizen arrested in Crimea ... where a court has extended his detention': the
    pronoun refers to the unnamed person the sentence opens with, not to anyone named before."""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and t.lower_ in cue("person_description")
        and any(d.lower_ in {"a", "an"} for d in t.children)
        for t in trigger.doc[start_within(trigger, 0) : trigger.start]
    )


def _small_clause(verb: Token) -> bool:
    """'ordered X released': a bare participle whose subject is the one acted on."""
    return verb.tag_ == "VBN" and not any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had"} for c in verb.children)


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
        return spans[bisect_left(starts, anchor.start - window) : bisect_right(starts, anchor.end + window)]

    def group(self, spans, *, whole: bool = False) -> list[list[Span]]:
        """The spans by sentence, in their order; `whole` keeps only those ending in it too (as `Span.ents`)."""
        groups: list[list[Span]] = [[] for _ in self.sents]
        for span in spans:
            at = bisect_right(self.starts, span.start) - 1
            if at >= 0 and (not whole or span.end <= self.sents[at].end):
                groups[at].append(span)
        return groups


def assemble(doc: Doc) -> list[CaseRecord]:
    """The case records a processed Doc reports, one per (person, decision). Every frame starts
    from a decision span, so a Doc without one (most news that is not about a court) has none."""
    if not doc.spans.get("ruling"):
        return []
    reader = _ArticleReader(doc)
    builder = RecordBuilder([start for start, _ in page_items(doc)])
    for frame in reader.frames():
        builder.add(frame)
    drafts = builder.finish()
    several = _several_cases(drafts, reader.article_charges)
    context = {
        "article_id": doc._.article_id,
        "default_country": reader.default_country(),
        "dateline_city": doc._.dateline.text.title() if doc._.dateline is not None else None,
        "article_charges": [] if several else reader.article_charges,
    }
    lists = [] if several else reader.unnamed_verdict_lists
    return [to_record(draft, **context, article_lists=lists if _latest(draft, drafts) else []) for draft in drafts]


def _latest(draft: Draft, drafts: list[Draft]) -> bool:
    """Whether no other decision of the draft's person is dated later: a verdict sentence naming
    nobody tells the news decision, not a person's earlier one ("The 39-year-old was found guilty
    of A and B ... the four years he received in an earlier case")."""
    return not any(o.person is draft.person and (o.date or "") > (draft.date or "") for o in drafts)


def _several_cases(drafts: list[Draft], article: list[str]) -> bool:
    """Whether the records' own charges tell apart cases: two that share no charge (a digest page,
    a second defendant tried on other counts), or none sharing one with the article's charges
    (those of an unnamed person's case). Then a record whose own sentences name no charge cannot be
    told which case's charges are its own, and takes none from the article."""
    own = list({frozenset(d.charges or d.person.charges) for d in drafts} - {frozenset()})
    return any(not a & b for i, a in enumerate(own) for b in own[i + 1 :]) or bool(own) and all(not a & set(article) for a in own)
