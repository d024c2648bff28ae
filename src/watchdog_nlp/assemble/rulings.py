"""Rulings: which trigger words tell a decision (not a description, a noun, a hedged request or
background), the ruling and penalties a sentence settles beyond the trigger word, and which of a
sentence's decisions stand (partial acquittals, police releases, releases ending custody)."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..normalize.durations import duration_total, parse_duration
from ..normalize.words import number_words
from ..schema import Penalty
from ..tags import upos
from ..windows import span_cache
from .appeals import SERVED_VERBS, split_changed_terms
from .cues import cue, cues
from .frames import DECISION_NOUNS, Frame
from .penalties import NO_SENTENCE

_CASE_NOUNS = {"case", "cases", "trial", "trials", "proceedings"}
#: who decides: "another court ordered X released" tells another case
_DECIDERS = {"court", "courts", "judge", "tribunal"}
#: verbs that tell a term by the time held ("was imprisoned from 2011 to 2014")
_HELD_VERBS = {"imprisoned", "jailed", "incarcerated"}


#: verbs whose active subject is the one punished ("X received five years"); any other decision
#: verb's active subject is the one deciding ("Justices X and Y dismissed his appeal"). "recieved"
#: is the misspelling the ruling patterns also read
RECIPIENT_VERBS = {
    "received",
    "recieved",
    "receives",
    "receive",
    "got",
    "gets",
    "get",
    "serve",
    "serves",
    "served",
    "serving",
    "spend",
    "spends",
    "spent",
    "remain",
    "remains",
    "stay",
    "stays",
}


def revises_the_decision(trigger: Span) -> bool:
    """'the Court of Appeal reduced the penalty', 'upheld the sentences', 'reviewed the punishment and
    overturned the charge': a higher court acting on "the" decision(s) just told (the object of the
    verb the trigger is coordinated with counts)."""
    verb = trigger.root
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and (c.lower_ in DECISION_NOUNS or c.tag_ == "NNS" and c.lower_[:-1] in DECISION_NOUNS)
        and any(d.lower_ == "the" for d in c.children)
        for v in verbs
        for c in v.children
    )


def is_hedged(span: Span, hedges: list[Span], triggers: list[Span]) -> bool:
    """A hedge cue ("prosecutors asked for", "faces up to", "could be") shortly before the span,
    with no decision trigger in between, or one that holds it ("if convicted"), makes it a request
    or a possibility, not a decision."""
    doc = span.doc
    for hedge in hedges:
        if hedge.start <= span.start and span.end <= hedge.end:
            return True
        if hedge.end <= span.start and _complement_of(hedge, span):
            return True
        if hedge.end > span.start or span.start - hedge.end > 8:
            continue
        if any(doc[i].is_sent_start for i in range(hedge.start + 1, span.end)):  # not one sentence
            continue
        if _in_other_clause(hedge, span) or _told_by_a_court(hedge):
            continue
        if not any(hedge.end <= t.start < span.start for t in triggers):
            return True
    return False


def _complement_of(hedge: Span, span: Span) -> bool:
    """'Prosecutors requested that his deputy, X, and ..., Y, be sentenced to': a decision in the
    clause a hedge verb takes as its complement, however many words the clause's subject holds (the
    verbs of a list in that clause count: "asked that he be convicted and jailed")."""
    verbs = {t.i for t in hedge if t.tag_.startswith("VB") and t.lower_ not in {"be", "have"}}
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    complement = False
    while tok.dep_ in {"ccomp", "xcomp"} and tok.head.i != tok.i:
        tok, complement = tok.head, True
    return complement and tok.i in verbs


def _told_by_a_court(hedge: Span) -> bool:
    """'Judge X said Y would be released', 'the court said he must be freed': "would" only moves
    into the past, and "should" or "must" only words, what a judge or court said it decided."""
    would = next((t for t in hedge if t.lower_ in {"would", "should", "must"}), None)
    if would is None:
        return False
    for verb in would.head.ancestors:
        if verb.lower_ in cue("speech_verb"):
            return any(
                c.dep_ == "nsubj" and (c.lower_ in _DECIDERS or any(g.lower_ == "judge" for g in c.children))
                for c in verb.children
            )
    return False


def _in_other_clause(hedge: Span, span: Span) -> bool:
    """'X, who faced the same charges, was sentenced': a hedge inside a relative clause that does
    not hold the span speaks of something else."""
    clause = next((t for t in (hedge.root, *hedge.root.ancestors) if t.dep_ == "relcl"), None)
    return clause is not None and not (clause.left_edge.i <= span.start and span.end - 1 <= clause.right_edge.i)


def appeal_on_noun(trigger: Span, rulings: list[Span]) -> Span:
    """'the appeals court announced its upheld sentences for A, B and C': a decision noun that an
    appeal's participle qualifies tells that appeal (the participle alone is adjectival), so the
    noun takes its ruling."""
    tok = trigger.root
    if len(trigger) != 1 or tok.tag_ not in {"NN", "NNS"}:
        return trigger
    for other in rulings:
        if other.label_ in APPEALS and len(other) == 1 and other.root.dep_ == "amod" and other.root.head.i == tok.i:
            return Span(trigger.doc, trigger.start, trigger.end, label=other.label_)
    return trigger


def is_adjectival(trigger: Span) -> bool:
    """'supporting jailed Russian opposition leader': a participle describing someone, not a decision.
    The parser also calls a real verb amod after a date ("on March 3 sentenced activist X"), so the
    word before decides."""
    if trigger[0].dep_ != "amod":
        return False
    before = trigger.doc[trigger.start - 1] if trigger.start > 0 and not trigger[0].is_sent_start else None
    return before is None or upos(before) in {"DET", "ADP", "VERB", "ADJ", "CCONJ", "PUNCT", "PRON"}


def done_by_event(trigger: Span) -> bool:
    """'the disputed election that handed X a second term': the one acting is an event, not a court
    (its subject, or the noun its relative clause describes, is an event noun)."""
    verb = trigger.root
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.tag_ in {"WDT", "WP"} for s in subjects):
        subjects = [verb.head]
    return any(s.lower_ in cue("event_noun") for s in subjects)


def did_not_come(trigger: Span) -> bool:
    """'will have spent three months behind bars without being convicted', 'released without
    charge': a decision the text says was not made."""
    root = trigger.root
    return root.dep_ in {"pcomp", "pobj"} and root.head.lower_ == "without"


def is_noun(trigger: Span) -> bool:
    """'in protest at their sentences', 'appealed sentences imposed on his clients': the noun names a
    decision told elsewhere, it is not one (unless a verb other than one contesting it takes it as
    its object: "confirmed death sentences for 75 defendants")."""
    tok = trigger[0]
    return (
        len(trigger) == 1
        and tok.tag_ in {"NN", "NNS"}
        and tok.lower_.startswith("sentence")
        and (tok.dep_ != "dobj" or tok.head.lower_ in cue("contest_verb"))
    )


def is_pluperfect(trigger: Span) -> bool:
    """'had been convicted': a decision told as background, not today's."""
    return any(c.lower_ == "had" for c in trigger.root.children if c.dep_ in {"aux", "auxpass"})


def told_as_before(trigger: Span) -> bool:
    """'was previously convicted', 'had already been jailed': a decision told as history by its
    verb's adverb."""
    return _adverb_of(trigger, cue("history_adverb"))


def told_as_earlier(trigger: Span) -> bool:
    """'was previously convicted', 'was initially sentenced', 'was earlier given three years': a
    decision told by its verb's adverb as one before the story's own."""
    return _adverb_of(trigger, cues("history_adverb", "earlier_adverb"))


def _adverb_of(trigger: Span, words: frozenset[str]) -> bool:
    verb = trigger.root.head if trigger.root.dep_ == "conj" else trigger.root
    return any(c.dep_ == "advmod" and c.lower_ in words for c in (*trigger.root.children, *verb.children))


@span_cache
def in_another_case(sent: Span) -> bool:
    """'received nine years in a separate case', 'was jailed in an earlier trial': the sentence
    tells a decision of another case, which the decisions around it do not date."""
    return any(
        tok.lower_ in _CASE_NOUNS and any(c.dep_ in {"amod", "det"} and c.lower_ in cue("other_case") for c in tok.children)
        for tok in sent
    )


@span_cache
def told_apart(sent: Span) -> bool:
    """'Meanwhile, X was jailed ...', 'in a separate case', 'as another court ordered X released':
    the sentence turns to another case, so the charges of the article's other cases are not its."""
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    if first is not None and first.lower_ in cue("new_item"):
        return True
    return in_another_case(sent) or any(
        t.lower_ in _DECIDERS and any(c.dep_ == "det" and c.lower_ in cue("other_case") for c in t.children) for t in sent
    )


def is_serving(trigger: Span) -> bool:
    """'is serving a three-year term', 'had served 12 days', 'was imprisoned from 2011 to 2014': a
    penalty told as the person's history, whose decision no lead or neighbouring decision dates."""
    return trigger.root.lower_ in SERVED_VERBS or served_time(trigger)


def served_time(trigger: Span) -> bool:
    """'was imprisoned from 2011 to 2014', 'spent 2013 to 2016 behind bars': a term told by the
    time the person spent in prison (the ruling patterns read "spent" only so), a decision of its
    own beside any the story tells, whatever term it gives."""
    root = trigger.root
    return root.lower_ == "spent" or (
        root.lower_ in _HELD_VERBS and any(c.dep_ == "prep" and c.lower_ in {"from", "between"} for c in root.children)
    )


def held_since(trigger: Span) -> bool:
    """'has been in pretrial detention since March': custody told as a state held since a date, an
    earlier court's order, not the decision of the court the sentences around it name."""
    doc = trigger.doc
    return trigger.end < len(doc) and doc[trigger.end].lower_ == "since"


def history_clause(trigger: Span) -> bool:
    """'X, who had been sentenced to three years, was acquitted on Monday', 'X, who was originally
    sentenced to 25 years': a decision a relative clause tells as history."""
    return trigger.root.dep_ == "relcl" and (is_pluperfect(trigger) or told_as_before(trigger))


def dated_by_own_clause(trigger: Span) -> bool:
    """A term served ('X, who is serving a seven-year term, was sentenced on Monday to two more
    years') or a decision told as history in a relative clause takes its date from its own clause
    only."""
    return is_serving(trigger) or history_clause(trigger)


def segment_end(trigger: Span, end: int) -> int:
    """A trigger's own words stop at a subordinate clause of circumstance ("... in 2016 after he
    organized unsanctioned protests"), unless it still tells the decision ("after finding him guilty")."""
    doc = trigger.doc
    for tok in doc[trigger.end : end]:
        if tok.lower_ in {"after", "when", "because", "while", "since", "as"} and tok.dep_ in {"mark", "prep", "advmod"}:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ == "VBG":
                continue
            if tok.lower_ == "as" and tok.head.i == tok.i - 1 and tok.head.tag_ == "VBN":  # "better known as X"
                continue
            if tok.dep_ == "mark" or (nxt is not None and upos(nxt) in {"PRON", "PROPN", "DET"}):
                return tok.i
    return end


def names_own_recipient(trigger: Span) -> bool:
    """'... and handed four-year terms to his former lawyer': the verb names its own recipient."""
    for child in trigger.root.children:
        if child.dep_ == "dative" and upos(child) in {"NOUN", "PROPN"}:
            return True
        if (
            child.dep_ == "prep"
            and child.lower_ == "to"
            and any(upos(g) in {"NOUN", "PROPN"} and g.dep_ == "pobj" for g in child.children)
        ):
            return True
    return False


def refine_ruling(frame: Frame, spans: list[Span]) -> None:
    """Ruling and penalties that the trigger word alone does not settle: an appeal that replaced
    a sentence keeps the new one, jail "pending trial" or "to two months' pre-trial detention" is detention, house arrest carries its item
    (and is a sentence when a conviction orders it), "sent her to jail" with no term, no conviction
    and a word of the investigation ("instead of questioning") is detention."""
    if frame.ruling == "appeal_granted":
        replaced = [t for t in frame.sent if t.lower_ == "with" and t.i > frame.trigger.start]
        if replaced and len(spans) == len(frame.penalties):
            frame.prior = [p for p, span in zip(frame.penalties, spans) if span.start < replaced[0].i]
            frame.penalties = [p for p, span in zip(frame.penalties, spans) if span.start > replaced[0].i]
    spans = split_changed_terms(frame, spans)
    if frame.ruling == "appeal_granted" and len(spans) == len(frame.penalties):
        spans = _changed_to(frame, spans)
    if len(spans) == len(frame.penalties):
        replaced = [
            p
            for p, span in zip(frame.penalties, spans)
            if _REPLACED.search(span.doc[max(span.start - 3, frame.sent.start) : span.start].text)
        ]
        if replaced and len(replaced) < len(frame.penalties):  # "two years of labour, replacing his prison term"
            frame.prior = replaced
            spans = [s for p, s in zip(frame.penalties, spans) if p not in replaced]
            frame.penalties = [p for p in frame.penalties if p not in replaced]
    if frame.ruling == "appeal_granted" and _UNDONE.search(frame.trigger.text) and not _cut_to(frame):
        frame.prior, frame.penalties = frame.penalties, []  # "overturning his two-year sentence": no term left
    if frame.ruling == "appeal_granted" and len(spans) == len(frame.penalties):
        _cut_by(frame, spans)
    if frame.ruling == "sentenced" and _MADE_REAL.search(frame.sent.text):
        frame.penalties = _made_real(frame.penalties)
    if (
        frame.ruling == "sentenced"
        and not frame.penalties
        and re.search(r"\bpending (?:trial|investigation)\b", frame.sent.text, re.I)
    ):
        frame.ruling = "pretrial_detention"
    if frame.ruling == "sentenced" and _PRETRIAL_TERM.match(frame.trigger.doc[frame.trigger.end : frame.sent.end].text):
        frame.ruling = "pretrial_detention"
    if frame.ruling in {"sentenced", "pretrial_detention", None} and any(p.kind == "house_arrest" for p in frame.penalties):
        if not (
            frame.ruling == "sentenced"
            and (_CONVICTED.search(frame.sent.text) or _custodial_term(frame.penalties) or _AFTER_PRISON.search(frame.sent.text))
        ):  # "convicted ... and ordered him to spend 27 years under house arrest", "sentenced to 10 years in prison, five years house arrest"
            frame.ruling = "house_arrest"
    if (
        frame.ruling == "sentenced"
        and not frame.penalties
        and frame.trigger[0].lower_ == "sent"
        and _BEFORE_TRIAL.search(frame.sent.text)
        and not _VERDICT_WORDS.search(frame.sent.text)
    ):
        frame.ruling = "pretrial_detention"
    if frame.ruling == "house_arrest" and not any(p.kind == "house_arrest" for p in frame.penalties):
        frame.penalties = [Penalty(kind="house_arrest"), *frame.penalties]
    if frame.ruling == "released" and any(
        p.kind == "house_arrest" and _custody_ahead(span) for p, span in zip(frame.penalties, spans)
    ):
        frame.ruling = "house_arrest"
    if len(spans) == len(frame.penalties) and (
        any(p.kind == "prison" and p.duration for p in frame.penalties) or sum(p.kind == "suspended" for p in frame.penalties) > 1
    ):
        frame.penalties = [_supervision(p, span) for p, span in zip(frame.penalties, spans)]
    if frame.ruling in NO_SENTENCE:
        frame.penalties = []
    if frame.ruling == "restriction":
        frame.penalties = [p for p in frame.penalties if p.kind in {"restricted_freedom", "ban"}] or [Penalty(kind="ban")]
        term = re.match(
            r"(?:\S+\s+){0,6}?for\s+(\S+(?:\s+and\s+a\s+half)?[\s-]+(?:years?|months?|days?))\b",
            frame.trigger.doc[frame.trigger.end : frame.trigger.end + 12].text,
        )
        if term and not any(p.duration for p in frame.penalties) and parse_duration(term.group(1)):
            frame.penalties[0] = frame.penalties[0].model_copy(
                update={"duration": parse_duration(term.group(1))}
            )  # "added him to the list for five years"


_REPLACED = re.compile(r"\b(?:replacing|replaced|replaces|instead\s+of|rather\s+than)\b(?:\s+\S+)?\s*$", re.IGNORECASE)


_UNDONE = re.compile(r"\b(?:overturn|quash|annul|cancel|set aside|acquit)", re.IGNORECASE)


_CHANGE_VERBS = frozenset({"cut", "reduced", "commuted", "converted", "changed", "lowered", "softened", "mitigated"})


def _changed_to(frame: Frame, spans: list[Span]) -> list[Span]:
    """'had her six-year jail term cut to a three-year suspended sentence', 'his six-year sentence was
    commuted to three years suspended': the penalties told before the change verb's "to" are the
    replaced ones, those after it what the appeal left (returned with their spans)."""
    doc = frame.trigger.doc
    verb = next((t for t in doc[frame.trigger.start : frame.sent.end] if t.lower_ in _CHANGE_VERBS), None)
    to = next((t for t in doc[verb.i + 1 : frame.sent.end] if t.lower_ in {"to", "into"}), None) if verb else None
    if to is None:
        return spans
    before = [p for p, span in zip(frame.penalties, spans) if span.end <= to.i]
    if not before or not any(span.start > to.i for span in spans):
        return spans
    frame.prior = before
    kept = [(p, span) for p, span in zip(frame.penalties, spans) if span.end > to.i]
    frame.penalties = [p for p, _ in kept]
    return [span for _, span in kept]


def _cut_to(frame: Frame) -> bool:
    """Whether the appeal's sentence gives a new term ("with", "to", "by", "reduced")."""
    return bool(
        re.search(
            r"\b(?:with|reduc\w*|cut|commut\w*|to\s+(?:a\s+)?\S+[\s-](?:years?|months?)|by)\b",
            frame.sent.text[frame.trigger.end_char - frame.sent.start_char :],
            re.IGNORECASE,
        )
    )


_MADE_REAL = re.compile(
    r"\bserve\s+(?:his|her|their|the|a)\s+(?:previously\s+|earlier\s+)?suspended\b|"
    r"\bsuspended\s+(?:\S+\s+){0,2}?(?:sentences?|terms?)\b(?:\s+\S+){0,8}?\s+(?:into|to|with)\s+(?:a\s+)?(?:real|actual|custodial)\b",
    re.IGNORECASE,
)


def _made_real(penalties: list[Penalty]) -> list[Penalty]:
    """'ordered him to serve his suspended three-year sentence', 'converted the suspended sentence
    into a real three-year term': the suspended term is now served in prison."""
    real = [p.model_copy(update={"kind": "prison"}) if p.kind == "suspended" else p for p in penalties]
    termed = any(p.kind == "prison" and p.duration for p in real)
    return [p for p in real if not (termed and p.kind == "prison" and not p.duration)]


_CUT_BY = re.compile(
    r"\b(?:reduc|cut|shorten|lower|trimm?)\w*\b(?:\s+\S+){0,12}?\s+by\s+"
    rf"((?:a|an|{'|'.join(number_words(1, 12))}|\d+)(?:[\s-]+and[\s-]+a[\s-]+half)?[\s-]+(?:years?|months?|days?))\b",
    re.IGNORECASE,
)


def _cut_by(frame: Frame, spans: list[Span]) -> None:
    """'reduced her seven-year sentence by two years': the new term is the old one less the cut
    (the old one is what the appeal replaced)."""
    match = _CUT_BY.search(frame.sent.text)
    if match is None:
        return
    at = frame.sent.start_char + match.start(1)
    terms = [(p, s) for p, s in zip(frame.penalties, spans) if p.duration and not s.start_char <= at < s.end_char]
    verb = frame.sent.char_span(match.start(), match.end(), alignment_mode="expand")[0]
    left = [(p, s) for p, s in terms if s.start_char > at and _clause_verb(s) not in {None, verb}]
    if left:  # "reduced her sentence by two months, but she will still serve 30 months": the term left is told
        frame.prior = [p for p, s in terms if s.end_char <= at]
        frame.penalties = [left[0][0], *(p for p in frame.penalties if not p.duration)]
        return
    cut = parse_duration(match.group(1))
    new = _less(terms[0][0].duration, cut) if terms and cut else None
    if new is None:
        return
    old = terms[0][0]
    frame.prior = [old]
    frame.penalties = [old.model_copy(update={"duration": new}), *(p for p, s in zip(frame.penalties, spans) if not p.duration)]


def _clause_verb(span: Span) -> Token | None:
    """The verb whose clause a span is in (its root when a verb, else its nearest verb ancestor)."""
    return next((t for t in [span.root, *span.root.ancestors] if t.tag_.startswith("VB")), None)


def _less(term: str, cut: str) -> str | None:
    """`term` shortened by `cut` ("P7Y" less "P2Y" is "P5Y"), or None when nothing would be left."""
    (months, days), (cut_months, cut_days) = duration_total(term), duration_total(cut)
    months, days = months - cut_months, days - cut_days
    if days < 0:
        months, days = months - 1, days + 30
    if months < 0 or (months, days) == (0, 0):
        return None
    years, months = divmod(months, 12)
    return "P" + "".join(f"{n}{u}" for n, u in ((years, "Y"), (months, "M"), (days, "D")) if n)


#: "sentenced the editor, X, to two months' pre-trial detention": the term the verb gives is custody pending trial
_PRETRIAL_TERM = re.compile(
    r"[^;]*?\bto\s+(?:\S+\s+){0,3}?(?:months?|weeks?|days?)['’]?\s+(?:of\s+)?pre-?\s?trial\s+(?:detention|custody)\b",
    re.IGNORECASE,
)


#: "three years of house arrest after their release from prison": a term that follows a prison term is part of a sentence
_AFTER_PRISON = re.compile(
    r"\b(?:after|upon|on|following)\s+(?:(?:his|her|their|the)\s+)?(?:release|completing|completion|serving)\b", re.IGNORECASE
)


_CONVICTED = re.compile(r"\b(?:convict(?:ed|s|ing)?|guilty)\b", re.IGNORECASE)


def _custodial_term(penalties: list[Penalty]) -> bool:
    """A prison or suspended term given with the house arrest: a sentence, not a measure pending trial."""
    return any(p.kind in {"prison", "suspended", "life"} and (p.duration or p.kind == "life") for p in penalties)


_BEFORE_TRIAL = re.compile(r"\b(?:pending|questioning|investigat\w*|request|remand\w*|custody)\b", re.IGNORECASE)


_VERDICT_WORDS = re.compile(r"\b(?:convict(?:ed|s|ing)?|guilty|sentences?|terms?)\b", re.IGNORECASE)


def _supervision(penalty: Penalty, span: Span) -> Penalty:
    """'eight years in jail and three years' probation', 'a three-year suspended sentence and a
    52-month probation': probation beside a prison term to serve, or beside a suspended term, is
    supervision (restricted freedom), not a suspended sentence."""
    if penalty.kind == "suspended" and "probation" in span.text.lower() and "suspend" not in span.text.lower():
        return penalty.model_copy(update={"kind": "restricted_freedom"})
    return penalty


def _custody_ahead(span: Span) -> bool:
    """'released him to house arrest', 'replaced his detention with house arrest' (not 'released from
    house arrest'): the house arrest is where the court sends the person."""
    return span.start > 0 and not span[0].is_sent_start and span.doc[span.start - 1].lower_ in {"to", "with", "under", "into"}


def suppress_partial(frames: list[Frame]) -> None:
    """'acquitted him of X' or 'released from the courtroom' beside a conviction of the same
    person in the same sentence (not one told in passing) is part of that decision, not a decision of its own; in "ordered X
    released from custody, overturning ..." the release is what the appeal decided, about X."""
    for frame in frames:
        if frame.ruling not in {"acquitted", "released"}:
            continue
        outranks = {"sentenced", "house_arrest", "appeal_granted"} | ({"acquitted"} if frame.ruling == "released" else set())
        others = [g for g in frames if g is not frame and g.ruling in outranks and not _in_passing(g.trigger)]
        shared = any(set(map(id, frame.persons)) & set(map(id, g.persons)) for g in others)
        if not shared and others and frame.persons:
            unnamed = [g for g in others if not g.persons]
            if not unnamed:
                continue
            unnamed[0].persons = frame.persons
        if others:
            frame.persons = []
            frame.ruling = None


def _in_passing(trigger: Span) -> bool:
    """'..., who had served 12 days in jail': an earlier decision told in a relative clause or the pluperfect."""
    return trigger.root.dep_ == "relcl" or is_pluperfect(trigger)


def drop_police_releases(frames: list[Frame], courts: list[Span]) -> list[Frame]:
    """A release is a record only when a court ordered it: a 'released' frame whose sentence names
    no court or judge ("released on bail the next day, according to a police statement"), tells an
    amnesty or a pardon, or whose release verb has police or the like as its doer is dropped."""

    def court_named(sent: Span) -> bool:
        return any(sent.start <= c.start < sent.end for c in courts) or any(
            t.lower_ in {"court", "judge", "judges"} for t in sent
        )

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


def custody_after_verdict(frames: list[Frame]) -> list[Frame]:
    """'were sentenced to ten years and the judge ordered them to remain in jail': custody ordered
    beside a conviction of the same people in one sentence is where they serve it, not detention
    pending trial; 'upheld the sentence against A, B and C and gave them a 7-year suspended
    sentence': a sentencing verb coordinated with an appeal that upheld the same people's sentence
    tells the term upheld (the appeal takes it), not a new sentencing."""
    convicted = {id(p) for f in frames if f.ruling == "sentenced" and not _in_passing(f.trigger) for p in f.persons}
    kept = []
    for frame in frames:
        people = set(map(id, frame.persons))
        if frame.ruling == "pretrial_detention" and people and people <= convicted:
            continue
        root = frame.trigger.root
        upheld = [
            f
            for f in frames
            if f.ruling == "appeal_rejected" and root.dep_ == "conj" and f.trigger.start <= root.head.i < f.trigger.end
        ]
        if frame.ruling == "sentenced" and people and upheld and people <= set(map(id, upheld[0].persons)):
            upheld[0].penalties = upheld[0].penalties or frame.penalties
            continue
        kept.append(frame)
    return kept


APPEALS = frozenset({"appeal_rejected", "appeal_granted"})
#: the rulings that hold a person pending trial
CUSTODY = frozenset({"pretrial_detention", "house_arrest"})


def object_of_other(trigger: Span, triggers: list[Span]) -> bool:
    """'upheld the jail sentences of A and B': the noun is what the other decision acts on."""
    head = trigger.root.head
    return trigger.root.tag_ in {"NN", "NNS"} and any(t is not trigger and t.start <= head.i < t.end for t in triggers)
