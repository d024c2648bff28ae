"""Decision frames: one trigger ("sentenced", "upheld", "ordered ... held") with what its sentence
says about it, read off the labelled spans and the dependency parse."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect, bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import NamedTuple
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span, Token

from ..components.places import page_items
from ..normalize.capitals import capital_of, is_city_state
from ..normalize.dates import is_counted, is_future_phrase, is_relative_to_now, resolve_date, shift_date, widen
from ..normalize.durations import duration_total, parse_duration, term_lists
from ..normalize.places import city_countries, find_place, normalize_place_name, place_country, region_country
from ..normalize.words import MONTH_NAMES, number_words
from ..schema import Fine, Penalty
from ..tags import upos
from ..windows import doc_text, end_within, start_within
from .appeals import split_changed_terms, term_change
from .cues import cue
from .people import Person, strip_possessive

MAX_ADMIN_JAIL_DAYS = 30
_MONTHS = set(MONTH_NAMES)
_RANGE = re.compile(
    rf"\bbetween\b|\b(\w+\s+)?(?:\d+|{'|'.join(number_words(1, 10))})\s+(?:and|to)\s+\S+\s+(?:years?|months?|days?)\b",
    re.IGNORECASE,
)
_NOT_DECISION_DATE_BEFORE = {"since", "until", "till", "by", "before", "from", "through", "ago", "©", "copyright"}
#: a page's own date line ("April 14, 2017", "DUSHANBE, January 20, 2023, Asia-Plus --",
#: "ALMATY, Kazakhstan, March 3 --", "Published: 17:05, 17 January 2024 |"): what comes before it
#: on its line, and right after it
_PAGE_DATE_BEFORE = re.compile(
    r"^(?:[^\w\n]*|[A-Z][A-Z .'’-]*,\s*(?:[A-Z][\w .'’-]*,\s*)?|.*\b(?:Published|Updated|Posted|Submitted|Last updated|First published)\b.*)$"
)
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)
_PAGE_DATE_AFTER = re.compile(r"^[ \t]*(?:\n|$|[,·|(—–]|-{1,2}\s|\d{1,2}:\d{2})")
_COUNTED_DIRECTION = {"earlier", "later", "before"}
_FORWARD_BEFORE = {"until", "till", "by", "through"}
#: tokens beyond which a date in another clause tells of something else (a list item, a later story)
_FAR_CLAUSE = 40
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_THAT_YEAR = re.compile(r"\bthat\s+(?:same\s+)?year\b", re.IGNORECASE)
_LEADING_COUNT = re.compile(
    r"\W*(?:on\s+)?(the\s+(?:next|following|same|previous)\s+day|that\s+(?:same\s+)?day)\b",
    re.IGNORECASE,
)
#: how many sentences back "five days earlier" may find the date it counts from
_ANCHOR_REACH = 3
_CASE_NOUNS = {"case", "cases", "trial", "trials", "proceedings"}
#: how long before publication a decision told in the present perfect may have been taken
_RECENT_DAYS = 30
#: a date the sentence states beats one counted from an earlier sentence's
_COUNTED_PENALTY = 10
_DECISION_NOUNS = {
    "sentence",
    "penalty",
    "verdict",
    "conviction",
    "term",
    "ruling",
    "decision",
    "punishment",
    "judgment",
    "judgement",
}
#: sentences after a dated mention of a decision ("the Court of Appeal's decision of 28 November")
#: in which undated decisions of its level take its date
_MENTION_REACH = 2
#: verbs whose active subject is the one punished ("X received five years"); any other decision
#: verb's active subject is the one deciding ("Justices X and Y dismissed his appeal")
RECIPIENT_VERBS = {
    "received",
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
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_CODE_ARTICLE = re.compile(r"Article \d+(?:\.\d+)?(?: of the (?:Criminal|Administrative) Code)?")
#: rulings that carry no sentence (SCHEMA.md: their records have `sentence: []`)
NO_SENTENCE = frozenset({"acquitted", "released", "pretrial_detention"})


@dataclass(frozen=True)
class CourtRef:
    """What the text says of a decision's court; mentions of one court combine with `merge`."""

    name: str | None = None
    city: str | None = None
    country: str | None = None
    #: the text says "in the capital" without naming it: the seat is the capital of `country`
    in_capital: bool = False

    def merge(self, other: CourtRef | None) -> CourtRef:
        """What both say; a seat brings its own jurisdiction (a court in Simferopol is in UA however
        the other mention called it)."""
        if other is None:
            return self
        in_capital = self.in_capital or other.in_capital
        if self.city is None and other.city is not None:
            return CourtRef(self.name or other.name, other.city, other.country or self.country, in_capital)
        return CourtRef(self.name or other.name, self.city or other.city, self.country or other.country, in_capital)

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
    page_date: str | None = None
    court: CourtRef | None = None
    penalties: list[Penalty] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    code_articles: list[str] = field(default_factory=list)
    prior: list[Penalty] = field(default_factory=list)
    new_court: bool = False
    """its sentence introduces a court of its own that it does not place ("by an Israeli military court")"""
    ents: list[Span] | None = None
    """the entities of its sentence, when the reader grouped them (else read off `sent`)"""

    @property
    def span(self) -> tuple[int, int]:
        return self.sent.start_char, self.sent.end_char

    @property
    def sent_ents(self) -> list[Span]:
        """The entities of its sentence (`Span.ents` walks every entity of the Doc)."""
        return self.ents if self.ents is not None else list(self.sent.ents)


def code_articles(sent: Span) -> list[str]:
    return _CODE_ARTICLE.findall(sent.text)


def trigger_arguments(trigger: Span) -> list[Token]:
    """Who the decision is about: subjects and objects of the trigger verb, the owner of its object
    ("ordered her detention") or of an appeal's passive subject ("his appeal was rejected"), objects
    of its complement ("found her guilty"), of the verb it is coordinated with, and the noun a
    relative clause describes."""
    verb = trigger.root
    args = [c for c in verb.children if c.dep_ in {"nsubjpass", "dobj", "nsubj", "dative", "pobj"}]
    owned = {"dobj", "nsubjpass"} if trigger.label_.startswith("appeal") else {"dobj"}
    args += [g for c in verb.children if c.dep_ in owned for g in c.children if g.dep_ == "poss"]
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


def revises_the_decision(trigger: Span) -> bool:
    """'the Court of Appeal reduced the penalty', 'upheld the sentences': a higher court acting on
    "the" decision(s) just told."""
    return any(
        c.dep_ in {"dobj", "nsubjpass"}
        and (c.lower_ in _DECISION_NOUNS or c.tag_ == "NNS" and c.lower_[:-1] in _DECISION_NOUNS)
        and any(d.lower_ == "the" for d in c.children)
        for c in trigger.root.children
    )


def clause_head(tok: Token) -> Token:
    """The verb heading the clause a token belongs to."""
    while upos(tok) not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def subtree_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i : tok.right_edge.i + 1].text


class DocIndex(NamedTuple):
    """A Doc's DATE entities (with their starts and ends), sentence starts and decision spans by
    sentence, read once per Doc: `Doc.ents` and `Span.sent` walk the Doc (or the sentence) on every
    call, which made per-date lookups quadratic in long text."""

    dates: list[Span]
    date_starts: list[int]
    date_ends: list[int]
    sent_starts: list[int]
    rulings: list[list[Span]]

    def sentence_of(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def dates_in(self, span: Span) -> list[Span]:
        """The DATE entities within `span`."""
        return self.dates[bisect_left(self.date_starts, span.start) : bisect_right(self.date_ends, span.end)]

    def dates_before(self, span: Span, earliest: int = 0) -> list[Span]:
        """The DATE entities starting at `earliest` or later and ending by the start of `span`."""
        return self.dates[bisect_left(self.date_starts, earliest) : bisect_right(self.date_ends, span.start)]


_DOC_INDEX: WeakKeyDictionary[Doc, DocIndex] = WeakKeyDictionary()


def doc_index(doc: Doc, *, refresh: bool = False) -> DocIndex:
    """The Doc's `DocIndex`, built on first use (and again with `refresh`, as assembly starts)."""
    found = None if refresh else _DOC_INDEX.get(doc)
    if found is None:
        dates = [e for e in doc.ents if e.label_ == "DATE"]
        sent_starts = [s.start for s in doc.sents] or [0]
        rulings: list[list[Span]] = [[] for _ in sent_starts]
        for span in doc.spans.get("ruling", []):
            rulings[max(bisect_right(sent_starts, span.start) - 1, 0)].append(span)
        found = _DOC_INDEX[doc] = DocIndex(dates, [e.start for e in dates], [e.end for e in dates], sent_starts, rulings)
    return found


def date_value(ent: Span) -> str | None:
    """The entity's ISO date (see `_date_value`), read once per entity."""
    return _per_entity(ent, "date", _date_value)


def is_page_date(ent: Span) -> bool:
    """Whether the date is the page's or an entry's own date line (see `_is_page_date`), read once
    per entity."""
    return _per_entity(ent, "page", _is_page_date)


def _per_entity(ent: Span, kind: str, read):
    """`read(ent)`, kept in the Doc's user data under a plain string key (serialisable with the Doc)."""
    doc = ent.doc
    key = f"watchdog.{kind}.{ent.start_char}.{ent.end_char}.{doc._.published}"
    if key not in doc.user_data:
        doc.user_data[key] = read(ent)
    return doc.user_data[key]


def _date_value(ent: Span) -> str | None:
    """The entity's ISO date, read over the fullest date written there (the tagger often leaves a
    day or a year out). A day counted from the day of writing ("on Sunday") counts from the page
    date of the entry it stands in, when a live page dates its entries; "of that year" is the year
    told before; with no publication date, a date without its year may take it from the page. NER
    sometimes runs a date into the penalty ("December 2 to 13 1/2 months"), so the part before "to"
    is tried as well."""
    doc = ent.doc
    start, end = widen(doc_text(doc), ent.start_char, ent.end_char)
    text = doc_text(doc)[start:end]
    anchor = _entry_date(ent) if is_relative_to_now(text) else None
    if anchor is not None:
        value = resolve_date(text, anchor)
    else:
        value = ent._.iso_date if text == ent.text else resolve_date(text, doc._.published)
    if value is None and _THAT_YEAR.search(text):
        value = _in_year_told(ent, text)
    if value is None and doc._.published is None:
        value = _year_from_page(text, doc)
    if value is None and " to " in ent.text:
        value = resolve_date(ent.text.split(" to ")[0], doc._.published)
    return value


def _in_year_told(ent: Span, text: str) -> str | None:
    """ "October 12 of that year": the year is the last one told before."""
    for other in reversed(doc_index(ent.doc).dates_before(ent)[-_ANCHOR_REACH:]):
        value = date_value(other)
        if value is not None:
            return resolve_date(_THAT_YEAR.sub(value[:4], text), None)
    return None


def _year_from_page(text: str, doc: Doc) -> str | None:
    """With no publication date, "on October 27" takes its year from the page when the page names
    that month with a year, and one year only ("convicted in October 2022")."""
    if is_relative_to_now(text):
        return None
    probe = resolve_date(text, dt.date(2000, 12, 31))
    if probe is None or len(probe) < 7:
        return None
    years = {value[:4] for value in _stated_dates(doc) if value[5:7] == probe[5:7]}
    if len(years) != 1:
        return None
    year, month = int(years.pop()), int(probe[5:7])
    last_day = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return resolve_date(text, last_day)


def _stated_dates(doc: Doc) -> list[str]:
    """The dates a page states with their year and at least their month, read once per Doc."""
    if "watchdog.stated_dates" not in doc.user_data:
        stated = []
        for ent in doc.ents:
            if ent.label_ == "DATE":
                start, end = widen(doc_text(doc), ent.start_char, ent.end_char)
                value = resolve_date(doc_text(doc)[start:end], None)
                if value is not None and len(value) >= 7:
                    stated.append(value)
        doc.user_data["watchdog.stated_dates"] = stated
    return doc.user_data["watchdog.stated_dates"]


def _is_page_date(ent: Span) -> bool:
    """Whether the date is the page's or an entry's own date line, not a sentence's: written with
    digits, alone at the head of its line or after a dateline city or a "Published:"."""
    text = doc_text(ent.doc)
    start, end = widen(text, ent.start_char, ent.start_char + len(ent.text.rstrip()))
    line_start = text.rfind("\n", 0, start) + 1
    if not any(c.isdigit() for c in text[start:end]):
        return False
    return bool(_PAGE_DATE_BEFORE.match(text[line_start:start]) and _PAGE_DATE_AFTER.match(text[end : end + 12]))


def _line_start(ent: Span) -> int:
    return doc_text(ent.doc).rfind("\n", 0, ent.start_char) + 1


def _entry_date(ent: Span) -> dt.date | None:
    """The date line of the live-page entry `ent` stands in, when it is earlier than publication."""
    doc, published = ent.doc, ent.doc._.published
    for other in reversed(doc_index(doc).dates_before(ent)):
        if not is_page_date(other):
            continue
        start, end = widen(doc_text(doc), other.start_char, other.end_char)
        value = resolve_date(doc_text(doc)[start:end], published)
        if value is None or len(value) != 10:
            continue
        day = dt.date.fromisoformat(value)
        return day if published is None or day < published else None
    return None


def page_date(sent: Span, ents: list[Span] | None = None) -> str | None:
    """The date line of the page or entry a sentence runs into (headlines end without a stop): a
    decision's date only when nothing else about it gives one. `ents`: the sentence's entities, when
    known."""
    for ent in sent.ents if ents is None else ents:
        if (
            ent.label_ == "DATE"
            and is_page_date(ent)
            and not _UPDATED.search(doc_text(ent.doc), _line_start(ent), ent.start_char)
        ):
            value = date_value(ent)
            if value is not None:
                return value
    return _dateline_date(sent)


def _dateline_date(sent: Span) -> str | None:
    """The date of a dateline the sentence splitter cut off at the head of the sentence's own line
    ("MINSK, April 20 (Reuters) - A court ...")."""
    before = doc_index(sent.doc).dates_before(sent)
    if not before or not is_page_date(before[-1]):
        return None
    text = doc_text(sent.doc)
    if "\n" in text[before[-1].end_char : sent.start_char]:
        return None
    return date_value(before[-1])


def recent_year(trigger: Span, lede: bool = False) -> str | None:
    """The year of a decision told as news with no date: in the present perfect ("has sentenced",
    "have been jailed"), or in the past or present tense in the article's first decision sentence
    ("A court sentenced blogger X ..."). It was taken shortly before the page, so it takes the
    page's year, when the weeks before publication lie in that year, and when the sentence gives
    no date that could not be read ("on 99999999 days ago")."""
    published = trigger.doc._.published
    root = trigger.root
    if published is None or is_pluperfect(trigger) or is_serving(trigger):
        return None
    perfect = root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in root.children)
    if not perfect and not (lede and root.tag_ in {"VBD", "VBZ", "VBN"}):
        return None
    if any(_unread_date(ent) for ent in doc_index(trigger.doc).dates_in(trigger.sent)):
        return None
    return str(published.year) if published.timetuple().tm_yday > _RECENT_DAYS else None


def _unread_date(ent: Span) -> bool:
    """A date put as one ("on ...", "in ...") that gives no value."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in {"on", "in"} and date_value(ent) is None


def anchored_value(ent: Span, trigger: Span) -> str | None:
    """The date of a phrase counted from the last date told ("Five days earlier", "two days
    before.", "the same day"; "six days after <the decision>" is six days before that date): dates
    that look forward ("until May 13") and page dates are not what it counts from. A phrase that
    counts back with no date told before it counts from publication."""
    doc = ent.doc
    text = _counted_phrase(ent, trigger)
    if text is None or not is_counted(text):
        return None
    index = doc_index(doc)
    earliest = index.sent_starts[max(index.sentence_of(ent.start) - _ANCHOR_REACH, 0)]
    for other in reversed(index.dates_before(ent, earliest)):
        if looks_forward(other) or is_page_date(other):
            continue
        value = date_value(other)
        if value is not None:
            return shift_date(value, text)
    published = doc._.published
    if published is not None and text.lower().endswith(("earlier", "before")):
        return shift_date(published.isoformat(), text)
    return None


def looks_forward(ent: Span) -> bool:
    """Whether the date is one a term or an order runs to ("until June 20", "by May 13"), not one
    an act took place on."""
    before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
    return before in _FORWARD_BEFORE or is_future_phrase(ent.text)


def _counted_phrase(ent: Span, trigger: Span) -> str | None:
    """The entity with the word that gives its direction ("two days" + "later"), when it measures
    that word and is no term ("for three years after ..."); "N days after" (or "before") a clause
    that holds the decision counts the other way, from the clause's event."""
    doc = ent.doc
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if nxt is None or nxt.lower_ not in _COUNTED_DIRECTION | {"after"}:
        return ent.text
    if ent.root.dep_ != "npadvmod" and ent.root.head != nxt:
        return None
    following = doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None
    if nxt.lower_ in {"earlier", "later"} or following is None or following.is_punct:
        return f"{ent.text} {'later' if nxt.lower_ == 'after' else nxt.text}"
    clause = nxt.head
    if clause.left_edge.i <= trigger.start and trigger.end - 1 <= clause.right_edge.i and nxt.i < trigger.start:
        return f"{ent.text} {'earlier' if nxt.lower_ == 'after' else 'later'}"
    return None


def tells_another_act(ent: Span, trigger: Span) -> bool:
    """Whether the date hangs from an act other than a decision, on its way up to the trigger: a
    gerund ("guilty of organizing riots on March 1-2, 2008"), a relative clause, or a clause with
    its own subject under a decision ("over posts she published in 2020"). Parses that run across
    line breaks (headlines, captions) are not read."""
    text = doc_text(ent.doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    line_end = text.find("\n", ent.end_char) % (len(text) + 1)
    index = doc_index(ent.doc)
    decisions = index.rulings[max(index.sentence_of(trigger.start), 0)]
    tok, own_subject = ent.root, False
    while tok.head.i != tok.i and not trigger.start <= tok.i < trigger.end:
        tok = tok.head
        if not line_start <= tok.idx < line_end:
            return False
        if any(t.start <= tok.i < t.end for t in decisions):
            return own_subject
        if (tok.tag_ == "VBG" and tok.lower_ not in cue("court_session")) or (
            tok.dep_ == "relcl" and line_start <= tok.head.idx < line_end
        ):
            return True
        own_subject = own_subject or (upos(tok) == "VERB" and any(c.dep_ == "nsubj" for c in tok.children))
    return own_subject and trigger.start <= tok.i < trigger.end


def decision_date(sent: Span, trigger: Span, ents: list[Span] | None = None) -> str | None:
    """The date of the trigger: the nearest DATE entity in its clause that is a date (not a
    duration) and not an event's ("the June 6 protest", "his expected release on February 4").
    `ents`: the sentence's entities to consider, when known (assembly gives those near the trigger)."""
    best, best_distance = None, None
    for ent in sent.ents if ents is None else ents:
        if ent.label_ != "DATE":
            continue
        value, counted = date_value(ent), False
        if value is None:
            value, counted = anchored_value(ent, trigger), True
            if value is None:
                continue
        doc = ent.doc
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if before in _NOT_DECISION_DATE_BEFORE or ent[0].lower_ in _NOT_DECISION_DATE_BEFORE:
            continue
        if after in cue("event_after_date") or (before in {"the", "'s", "’s"} and not counted) or is_page_date(ent):
            continue
        if tells_another_act(ent, trigger) or _dates_reviewed_decision(ent, trigger) or _paragraph_before(ent, trigger):
            continue
        if _dates_act_beside(ent, trigger):
            continue
        if _dates_the_telling(ent, trigger):
            value = value[:7]
        if ent.end <= trigger.start:
            distance = 2 * (trigger.start - ent.end)
        else:
            distance = ent.start - trigger.end
        clause = clause_head(ent.root)
        if clause != clause_head(trigger.root) and not trigger.start <= clause.i < trigger.end:
            if abs(ent.start - trigger.start) > _FAR_CLAUSE:
                continue
            distance += 50
        head = ent.root.head.head if upos(ent.root.head) == "ADP" else ent.root.head
        if upos(head) == "NOUN" and not trigger.start <= head.i < trigger.end and head.ent_type_ not in {"DATE", "TIME"}:
            if head.lower_ in cue("event_noun"):
                continue
            if head.lower_ not in {"court", "judge"} | cue("court_session"):
                distance += 100
        if counted:
            distance += _COUNTED_PENALTY
        if best_distance is None or distance < best_distance:
            best, best_distance = value, distance
    return best if best is not None else _leading_count(sent, trigger) or _later_than_told(trigger)


def _dates_act_beside(ent: Span, trigger: Span) -> bool:
    """'Arrested on March 3, she was sentenced', 'was charged on March 3 and sentenced': the date of
    an act before the decision, told by a verb coordinated with the decision's or a participle
    leading it."""
    head = ent.root.head.head if upos(ent.root.head) == "ADP" else ent.root.head
    verb = trigger.root
    if head.lower_ not in cue("act_before_decision") or trigger.start <= head.i < trigger.end:
        return False
    return (
        (head.dep_ == "advcl" and head.head == verb)
        or (verb.dep_ == "conj" and verb.head == head)
        or (head.dep_ == "conj" and head.head == verb)
    )


def _dates_the_telling(ent: Span, trigger: Span) -> bool:
    """'announced on Friday that it had found him guilty', 'was jailed for six years, her lawyer
    said on Tuesday': the date of a statement about a decision told in the past is the statement's;
    the decision came shortly before, so only the month is the decision's; so is the date of a
    statement or report the speaker gives ('said in a statement on April 28'). A decision told in
    the present perfect ('have been given ten years, the judiciary said on Sunday') is that day's news."""
    head = ent.root.head.head if upos(ent.root.head) == "ADP" else ent.root.head
    if head.dep_ == "acl" and head.head.lower_ in cue("telling_word"):
        head = head.head
    if head.lower_ in cue("telling_word") and upos(head) == "NOUN":
        head = head.head.head if upos(head.head) == "ADP" else head.head
    verb = trigger.root.head if trigger.root.dep_ == "conj" else trigger.root
    return (
        (head.lower_ in cue("speech_verb") or head.lower_ in cue("telling_word"))
        and not trigger.start <= head.i < trigger.end
        and head.left_edge.i <= trigger.root.i <= head.right_edge.i
        and not any(c.lower_ in {"has", "have"} for c in verb.children if c.dep_ in {"aux", "auxpass"})
    )


def _paragraph_before(ent: Span, trigger: Span) -> bool:
    """Whether the date stands in a paragraph before the trigger's (a headline's date, run into the
    first paragraph by a sentence splitter that found no stop between them); a headline's decision
    may still take the date its story gives."""
    return ent.end <= trigger.start and _BLANK_LINE.search(doc_text(ent.doc), ent.end_char, trigger.start_char) is not None


def _decision_noun(ent: Span) -> Token | None:
    """The decision noun a date names ("the decision of 28 November", "its ruling on May 3", "the
    April 19 verdict", "their conviction two years ago"), if any."""
    head = ent.root.head
    if upos(head) == "ADP" and head.lower_ in {"of", "on", "dated", "in", "from"}:
        head = head.head
    elif ent.root.dep_ not in {"compound", "nmod", "npadvmod", "advmod", "amod"}:
        return None
    return head if head.lower_ in _DECISION_NOUNS and head.i != ent.root.i else None


def _dates_reviewed_decision(ent: Span, trigger: Span) -> bool:
    """'upheld the verdict of April 19', 'the May 3 sentence was overturned', 'the sentence given
    to him in April was upheld', 'in connection with their conviction two years ago': under an
    appeal, the date of the decision reviewed (the appeal's object, or the defendants' decision) is
    not the appeal's. A day counted from the day of writing ("on Monday") is the appeal's, wherever
    the parser hangs it."""
    if trigger.label_ not in _APPEALS or is_relative_to_now(ent.text):
        return False
    reviewed = [c for c in trigger.root.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(
        c.lower_.removesuffix("s") in _DECISION_NOUNS and c.is_ancestor(ent.root) for c in reviewed
    ) or _between_subject_and_appeal(ent, trigger):
        return True
    noun = _decision_noun(ent)
    if noun is None:
        return False
    defendants = any(c.dep_ == "poss" and (c.lower_ in {"his", "her", "their"} or c.ent_type_ == "PERSON") for c in noun.children)
    return defendants or any(c.left_edge.i <= noun.i <= c.right_edge.i for c in reviewed) or trigger.start <= noun.i < trigger.end


def _between_subject_and_appeal(ent: Span, trigger: Span) -> bool:
    """'Prison sentences passed on them in April were upheld on Friday': a date between the decision
    noun a passive appeal has as subject and the appeal verb tells the decision reviewed (the parser
    often hangs such a date from the appeal verb)."""
    if ent.end > trigger.start or not any(c.dep_ == "auxpass" for c in trigger.root.children):
        return False
    return any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.lower_.removesuffix("s") in _DECISION_NOUNS
        for t in ent.doc[trigger.sent.start : ent.start]
    )


def date_decisions_mentioned(frames: list[Frame]) -> None:
    """A decision named by a noun with its date ("following the Court of Appeal's decision of 28
    November", "the verdict of April 19") dates the undated decisions of its level (appeal or trial)
    told after it in its sentence or the next ones."""
    if not frames:
        return
    doc = frames[0].sent.doc
    index = doc_index(doc)
    mentions = []
    for ent in index.dates:
        noun = _decision_noun(ent)
        value = date_value(ent) if noun is not None else None
        if value is not None:
            appeal = bool(_REVIEWING_COURT.search(doc[max(noun.i - 6, 0) : noun.i].text))
            mentions.append((index.sentence_of(ent.start), ent.start, value, appeal))
    for frame in frames:
        if frame.date is not None or is_pluperfect(frame.trigger):
            continue
        for sent_index, start, value, appeal in reversed(mentions):
            if (
                start < frame.trigger.start
                and frame.sent_index - sent_index <= _MENTION_REACH
                and appeal == (frame.ruling in _APPEALS)
            ):
                frame.date = value
                break


def _later_than_told(trigger: Span) -> str | None:
    """'Police detained them on January 23, and a court later ordered them held': a decision told
    as coming later than the last date told, and so between that date and publication, falls in
    what both share (the month, or the year)."""
    doc, published = trigger.doc, trigger.doc._.published
    if published is None or not any(c.lower_ in {"later", "subsequently"} for c in trigger.root.children):
        return None
    index = doc_index(doc)
    earliest = index.sent_starts[max(index.sentence_of(trigger.start) - _ANCHOR_REACH, 0)]
    for other in reversed(index.dates_before(trigger, earliest)):
        value = None if looks_forward(other) or is_page_date(other) else date_value(other)
        if value is None:
            continue
        if value > published.isoformat():
            return None
        common = []
        for a, b in zip(value.split("-"), published.isoformat().split("-")):
            if a != b:
                break
            common.append(a)
        return "-".join(common) or None
    return None


def _leading_count(sent: Span, trigger: Span) -> str | None:
    """A sentence opened by a count the tagger left unlabelled ("The following day he was remanded")."""
    match = _LEADING_COUNT.match(doc_text(sent.doc), sent.start_char, sent.end_char)
    if not match:
        return None
    span = sent.doc.char_span(match.start(1), match.end(1))
    return anchored_value(span, trigger) if span is not None else None


def penalty_of(span: Span) -> Penalty:
    """A PENALTY span as a Penalty; short jail terms (days) are administrative jail, a range
    ("between 10 and 15 days") has no single duration, a change ("from 18 to 20 years") the new one."""
    kind = span.label_
    ranged = any(
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
    return Penalty(kind=_jail_kind(kind, duration), duration=duration, fine=fine)


#: "terms ranging from 11 to 15 years": a range over several people, not a change of one term
_RANGING = re.compile(r"\b(?:rang(?:e|es|ed|ing)|vary|varying|varied)\b", re.IGNORECASE)


def _jail_kind(kind: str, duration: str | None) -> str:
    """A prison term of days is administrative jail."""
    if kind == "prison" and duration:
        months, days = duration_total(duration)
        if months == 0 and 0 < days <= MAX_ADMIN_JAIL_DAYS:
            return "administrative_jail"
    return kind


def is_hedged(span: Span, hedges: list[Span], triggers: list[Span]) -> bool:
    """A hedge cue ("prosecutors asked for", "faces up to", "could be") shortly before the span,
    with no decision trigger in between, makes it a request or a possibility, not a decision."""
    doc = span.doc
    for hedge in hedges:
        if hedge.end > span.start or span.start - hedge.end > 8:
            continue
        if any(doc[i].is_sent_start for i in range(hedge.start + 1, span.end)):  # not one sentence
            continue
        if _in_other_clause(hedge, span):
            continue
        if not any(hedge.end <= t.start < span.start for t in triggers):
            return True
    return False


def _in_other_clause(hedge: Span, span: Span) -> bool:
    """'X, who faced the same charges, was sentenced': a hedge inside a relative clause that does
    not hold the span speaks of something else."""
    clause = next((t for t in (hedge.root, *hedge.root.ancestors) if t.dep_ == "relcl"), None)
    return clause is not None and not (clause.left_edge.i <= span.start and span.end - 1 <= clause.right_edge.i)


def is_adjectival(trigger: Span) -> bool:
    """'supporting jailed Russian opposition leader': a participle describing someone, not a decision.
    The parser also calls a real verb amod after a date ("on March 3 sentenced activist X"), so the
    word before decides."""
    if trigger[0].dep_ != "amod":
        return False
    before = trigger.doc[trigger.start - 1] if trigger.start > 0 and not trigger[0].is_sent_start else None
    return before is None or upos(before) in {"DET", "ADP", "VERB", "ADJ", "CCONJ", "PUNCT", "PRON"}


def is_noun(trigger: Span) -> bool:
    """'in protest at their sentences': the noun names a decision told elsewhere, it is not one
    (unless a verb takes it as its object: "confirmed death sentences for 75 defendants")."""
    tok = trigger[0]
    return len(trigger) == 1 and tok.tag_ in {"NN", "NNS"} and tok.lower_.startswith("sentence") and tok.dep_ != "dobj"


def is_total(span: Span) -> bool:
    """'sentenced the five ... to a combined 34 years': a total over several people, no one's term."""
    before = {t.lower_ for t in span.doc[max(span.start - 3, 0) : span.start]}
    return bool(before & {"combined", "total", "totalling", "totaling"})


def is_pluperfect(trigger: Span) -> bool:
    """'had been convicted': a decision told as background, not today's."""
    return any(c.lower_ == "had" for c in trigger.root.children if c.dep_ in {"aux", "auxpass"})


def told_as_before(trigger: Span) -> bool:
    """'was previously convicted', 'had already been jailed': a decision told as history by its
    verb's adverb."""
    verb = trigger.root.head if trigger.root.dep_ == "conj" else trigger.root
    return any(c.dep_ == "advmod" and c.lower_ in cue("history_adverb") for c in (*trigger.root.children, *verb.children))


def in_another_case(sent: Span) -> bool:
    """'received nine years in a separate case', 'was jailed in an earlier trial': the sentence
    tells a decision of another case, which the decisions around it do not date."""
    return any(
        tok.lower_ in _CASE_NOUNS and any(c.dep_ in {"amod", "det"} and c.lower_ in cue("other_case") for c in tok.children)
        for tok in sent
    )


def is_serving(trigger: Span) -> bool:
    """'is serving a three-year term', 'had served 12 days': a penalty told as the person's
    history, whose decision no lead or neighbouring decision dates."""
    return trigger.root.lower_ in {"serving", "served"}


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


def refine_ruling(frame: Frame, spans: list[Span]) -> None:
    """Ruling and penalties that the trigger word alone does not settle: an appeal that replaced
    a sentence keeps the new one, jail "pending trial" is detention, house arrest carries its item
    (and is a sentence when a conviction orders it), "sent her to jail" with no term, no conviction
    and a word of the investigation ("instead of questioning") is detention."""
    if frame.ruling == "appeal_granted":
        replaced = [t for t in frame.sent if t.lower_ == "with" and t.i > frame.trigger.start]
        if replaced and len(spans) == len(frame.penalties):
            frame.prior = [p for p, span in zip(frame.penalties, spans) if span.start < replaced[0].i]
            frame.penalties = [p for p, span in zip(frame.penalties, spans) if span.start > replaced[0].i]
    split_changed_terms(frame, spans)
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
    if frame.ruling in {"sentenced", "pretrial_detention", None} and any(p.kind == "house_arrest" for p in frame.penalties):
        if not (
            frame.ruling == "sentenced" and _CONVICTED.search(frame.sent.text)
        ):  # "convicted ... and ordered him to spend 27 years under house arrest"
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
    if len(spans) == len(frame.penalties) and any(p.kind == "prison" and p.duration for p in frame.penalties):
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
    cut = parse_duration(match.group(1))
    new = _less(terms[0][0].duration, cut) if terms and cut else None
    if new is None:
        return
    old = terms[0][0]
    frame.prior = [old]
    frame.penalties = [old.model_copy(update={"duration": new}), *(p for p, s in zip(frame.penalties, spans) if not p.duration)]


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


_CONVICTED = re.compile(r"\b(?:convict(?:ed|s|ing)?|guilty)\b", re.IGNORECASE)
_BEFORE_TRIAL = re.compile(r"\b(?:pending|questioning|investigat\w*|request|remand\w*|custody)\b", re.IGNORECASE)
_VERDICT_WORDS = re.compile(r"\b(?:convict(?:ed|s|ing)?|guilty|sentences?|terms?)\b", re.IGNORECASE)


def _supervision(penalty: Penalty, span: Span) -> Penalty:
    """'eight years in jail and three years' probation': probation beside a prison term to serve
    is supervision after release (restricted freedom), not a suspended sentence."""
    if penalty.kind == "suspended" and "probation" in span.text.lower() and "suspend" not in span.text.lower():
        return penalty.model_copy(update={"kind": "restricted_freedom"})
    return penalty


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


def decider(trigger: Span) -> Token | None:
    """Who makes the decision a trigger tells: the agent of a passive ("fined by the league"), else
    the active subject of its verb, of the verb it is coordinated with, of the one it complements
    ("responded by fining X") or of the one whose participle clause it heads ("issued an order,
    overturning ..."); the noun its participle describes ("a royal decree overturning ..."); the noun a relative clause describes ("the panel, which upheld ...");
    the speaker of "the regulator said it (its judges) had ...". None for a subject on another line
    (an outlet's name above a headline) or one who receives the penalty ("X got five years", the
    headline "X sentenced to five years")."""
    verb = trigger.root
    doers: list[Token] = []
    for _ in range(3):
        doers = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        if doers:
            break
        if verb.lower_ in RECIPIENT_VERBS or _headline_participle(verb):
            return None
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if doers or any(c.dep_ == "nsubjpass" for c in verb.children):
            break
        if verb.dep_ == "pcomp" and verb.head.lower_ == "by":
            verb = verb.head.head
        elif verb.dep_ in {"conj", "xcomp"} or (verb.dep_ == "advcl" and verb.tag_ == "VBG"):
            verb = verb.head
        elif verb.dep_ == "acl" and verb.tag_ == "VBG":
            doers = [verb.head]
            break
        else:
            break
    if not doers:
        return None
    doer = doers[0]
    if doer.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        doer = verb.head
    if (
        verb.dep_ == "ccomp"
        and verb.head.lower_ in cue("speech_verb")
        and (doer.lower_ in {"it", "they"} or any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in doer.children))
    ):
        doer = next((c for c in verb.head.children if c.dep_ == "nsubj"), doer)
    if "\n" in doc_text(doer.doc)[min(doer.idx, trigger.start_char) : max(doer.idx, trigger.start_char)]:
        return None
    return doer


def _headline_participle(verb: Token) -> bool:
    """'Memorial co-chair X sentenced to 2.5 years': a bare participle (no have, no be) whose subject
    is the one sentenced."""
    return verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)


def _body_kind(words: set[str]) -> str | None:
    if words & cue("non_court_marker"):
        return "other"
    if words & cue("judicial_word"):
        return "court"
    return "other" if words & (cue("non_court_body") | cue("executive_power")) else None


def _phrase_kind(tok: Token, courts: list[Span]) -> str | None:
    """'court', 'other' or None for the phrase a token heads, on its own line (not a dateline or an
    outlet's name above it); a tribunal an organisation owns ("the federation's tribunal", "the
    ITF's tribunal") is that organisation's body."""
    line_start = doc_text(tok.doc).rfind("\n", 0, tok.idx) + 1
    phrase = tok.doc[tok.left_edge.i : tok.right_edge.i + 1]
    phrase = phrase[next((t.i - phrase.start for t in phrase if t.idx >= line_start), 0) :]
    words = {t.lower_ for t in phrase if t.ent_type_ != "GPE"}
    if words & cue("non_court_marker"):
        return "other"
    if any(
        c.dep_ == "poss" and ((c.is_upper and c.ent_type_ == "ORG") or _body_kind({c.lower_}) == "other") for c in tok.children
    ):
        return "other"
    if any(c.start < phrase.end and phrase.start < c.end for c in courts):
        return "court"
    return _body_kind(words)


def decided_by(trigger: Span, courts: list[Span]) -> str | None:
    """'court' when a court or judge makes the decision (or rules that it be made: "the court ruled
    that investigators could hold him"), 'other' when a body that is no court does (a league, a
    federation, a sports tribunal, a regulator: a named organisation the court finder does not take
    for a court, or an acronym spelled out as one), None when the text does not say."""
    for verb in trigger.root.ancestors:
        if any(_phrase_kind(c, courts) == "court" for c in verb.children if c.dep_ == "nsubj"):
            return "court"
    doer = decider(trigger)
    if doer is None:
        return None
    kind = _phrase_kind(doer, courts)
    if kind is None and doer.ent_type_ == "ORG":
        spelled = (
            re.search(r"((?:[\w'-]+\s+){1,8})\(" + re.escape(doer.text) + r"\)", doc_text(doer.doc)) if doer.is_upper else None
        )
        kind = (_body_kind(set(spelled.group(1).lower().split())) if spelled else None) or "other"
    return kind


def drop_non_court(frames: list[Frame], courts: list[Span]) -> tuple[list[Frame], bool]:
    """A decision is a record only when a court makes it: frames whose decider is a league, a
    federation, a regulator ("The league fined X", "X was banned by the federation") are dropped.
    Also says whether any was."""
    kept = [f for f in frames if decided_by(f.trigger, courts) != "other"]
    return kept, len(kept) < len(frames)


def names_a_court(doc: Doc) -> bool:
    """Whether an article names a court or a judge anywhere (not "on the court" of a game, not a
    sports tribunal)."""
    if doc.spans.get("court"):
        return True
    return any(
        t.lower_ in cue("judicial_word") and t.head.lower_ not in {"on", "off"} and _phrase_kind(t, []) == "court" for t in doc
    )


def fine_or_ban_at_most(frame: Frame) -> bool:
    """A punishment that is a fine or a ban at most (or no penalty told: "were handed suspensions"):
    what leagues, federations, stewards and regulators decide as often as courts, so that a page
    naming no court tells no court's punishment with it. Custody ("remanded in custody") and
    appeal rulings ("a panel ... upheld the sentence") are courts' alone."""
    return frame.ruling in {None, "sentenced", "restriction"} and {p.kind for p in frame.penalties} <= {"fine", "ban"}


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


#: "a court in the capital" / "the capital's Pervomaisky District Court": the court sits in the capital
_CAPITAL_AFTER = re.compile(r"\bcapital\b")
_CAPITAL_BEFORE = re.compile(r"\bcapital['’]s$")

#: place words that name a settlement; the others ("region", "province") name no court's seat
_SETTLEMENT = frozenset({"city", "town", "village", "capital"})


def court_ref(span: Span, previous: CourtRef | None) -> CourtRef:
    """Normalise a COURT span's parts: the explicit placements first (a possessive, "in X", "of X"),
    then the name's own words; a country name or adjective gives the jurisdiction, a gazetteer city
    the seat and its country, unless the phrase names a region ("of Khorasan Razavi Province"); a
    place the text calls a town is a seat even if the gazetteer lacks it; "a court in the Kazakh
    capital" and "the capital's X court" sit in the capital (of the country found later, when the
    mention names none), and every court of a city state in that city
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
    region = parts.get("region")
    if country is None and region:
        country = place_country(region) or region_country(region)
    in_capital = city is None and bool(
        _CAPITAL_AFTER.search(span.doc[span.end : span.end + 5].text)
        or _CAPITAL_BEFORE.search(span.doc[max(span.start - 2, 0) : span.start].text)
    )
    if country and (in_capital or is_city_state(country)):
        city = capital_of(country)
    return CourtRef(name=parts["name"], city=city, country=country, in_capital=in_capital and city is None)


def remember(ref: CourtRef, previous: CourtRef | None) -> CourtRef | None:
    """The court a later "the same court" means after a mention `ref`: a bare "the court" says
    nothing new and keeps the previous one; a court named without a seat just after a placed court
    the text left unnamed ("A Moscow court on Tuesday ... Judge X of the Golovinsky District Court
    said ...") is that court and keeps its seat."""
    if previous is None:
        return ref
    if not ref.placed and ref.country is None:
        return previous
    if ref.name and ref.city is None and previous.name is None and previous.city and ref.country in {None, previous.country}:
        return ref.merge(previous)
    return ref


#: a court that reviews other courts' decisions; its name does not carry to a first-instance ruling
_REVIEWING_COURT = re.compile(r"\b(?:appeals?|appellate|cassation|supreme)\b", re.IGNORECASE)
_APPEALS = frozenset({"appeal_rejected", "appeal_granted"})
#: what a court named outside any decision's sentence may decide: "appeal" or "trial" rulings
_LEVELS = frozenset({"appeal", "trial"})
#: a blank line between paragraphs (a digest's items are paragraphs)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
#: how many sentences a named court reaches, before a decision and after it
CARRY_BEFORE, CARRY_AFTER = 8, 2


#: the heads of venue mentions ("the appeals trial in the town of Gafsa"), where a court sat
_VENUE_WORDS = frozenset({"courtroom", "courthouse", "trial", "hearing"})
#: who sits where a decision is made: "a judge in Almaty sentenced ..."
_BENCH = frozenset({"judge", "judges", "court", "magistrate", "tribunal"})


def clause_place(trigger: Span) -> CourtRef | None:
    """Where the decision's own clause places it: "was sentenced in Moscow", "a judge in Almaty
    sentenced ...", a place phrase fronting the sentence ("In Almaty, a judge ...", "In the capital,
    Nur-Sultan, a judge found ...", "In the capital, a court ..."); a place inside another phrase
    ("for protests in Minsk", "who was detained in Minsk") places nothing."""
    verb = trigger.root
    heads = [verb, *(c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in _BENCH)]
    objs = [
        obj
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for obj in [*objs, *_fronted_place(trigger)]:
        place = _place_of(obj)
        if place is not None:
            return place
    return None


_DATELINE_DASH = frozenset({"--", "—", "–", "-"})


def _fronted_place(trigger: Span) -> list[Token]:
    """The object of "In"/"At" opening the sentence (after its dateline, "ABUJA, Nigeria --") and
    closed by a comma before the trigger ("In Almaty, a judge ..."), however the parser attached
    it; a relative clause's trigger is told in passing and takes none."""
    doc = trigger.doc
    start = start_within(trigger, 0)  # the sentence's start, found without walking all of it
    opening = [t for t in doc[start : end_within(doc[start : start + 1], start + 12)] if not t.is_space]
    dash = next((i for i, t in enumerate(opening) if t.text in _DATELINE_DASH), None)
    first = (
        opening[dash + 1]
        if dash is not None and dash + 1 < len(opening) and opening[0].is_upper
        else (opening[0] if opening else None)
    )
    if first is None or first.lower_ not in {"in", "at"} or trigger.root.dep_ == "relcl":
        return []
    phrase = doc[first.i + 1 : trigger.start]
    comma = next((t.i for t in phrase if t.text == ","), None)
    if comma is None:
        return []
    return [obj for obj in first.children if obj.dep_ == "pobj" and obj.i < comma]


def _place_of(obj: Token) -> CourtRef | None:
    """The place a preposition's object names: a gazetteer place ("Almaty"), a settlement word with
    the name after it ("the capital, Nur-Sultan"), or the capital unnamed ("the Kazakh capital",
    "the capital": its country is decided later)."""
    doc = obj.doc
    nxt = doc[obj.i + 1 : obj.i + 3]
    apposed = obj.lower_ in _SETTLEMENT and len(nxt) == 2 and nxt[0].text == ","
    for tok in [nxt[1]] if apposed else [obj]:
        ent = next((e for e in doc.ents if e.label_ == "GPE" and e.start <= tok.i < e.end), None)
        if ent is not None:
            city, country = find_place(ent.text.split())
            if country:
                return CourtRef(city=city, country=country)
    if obj.lower_ == "capital":
        _, country = find_place([t.text for t in obj.lefts])
        return CourtRef(city=capital_of(country) if country else None, country=country, in_capital=country is None)
    return None


def tied_trigger(court: Span, triggers: list[Span]) -> int | None:
    """The trigger a court is syntactically part of: the first trigger on the court's way up the
    parse ("the City Court upheld the sentences": "upheld", not "sentences"), or None."""
    tok = court.root
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        found = next((i for i, t in enumerate(triggers) if t.start <= tok.i < t.end), None)
        if found is not None:
            return found
    return None


def addressed(court: Span) -> bool:
    """A court someone turns to ("petitioned the High Court", "appealed to the Supreme Court",
    "filed a complaint with the court") decides nothing in that sentence: it tells the jurisdiction,
    not the seat of the decisions around it. A hearing one attends is no such court."""
    root = court.root
    if court._.court["head"].split()[-1] in _VENUE_WORDS:
        return False
    return root.dep_ == "dobj" or (root.dep_ == "pobj" and root.head.lower_ in {"to", "with"})


class _Source(NamedTuple):
    """A court mention that may serve other decisions: where it is, what it says, what it decided
    (a ruling, or only a level, "appeal" or "trial", when its sentence tells no decision), and when;
    for a decision, about whom and in which paragraph."""

    index: int
    item: int
    court: CourtRef
    ruling: str | None
    date: str | None
    persons: frozenset[int] = frozenset()
    paragraph: int = 0


def carry_courts(frames: list[Frame], mentions: list[tuple[int, Span]]) -> None:
    """A court named once serves the decisions told around it ("An Istanbul court sentenced five
    journalists. X received ...", "Passing sentence at Southwark Crown Court in London, ..."): a frame
    whose sentence places no court takes the nearest placed court a few sentences before it (or just
    after; only after when its sentence introduces a court, "by an Israeli military court", which an
    earlier court is not) that a frame of the same ruling names (of either appeal ruling for an appeal: one hearing
    upholds some sentences and cuts others), or that a sentence without a decision names when its
    level fits the ruling (an appeal court for appeals). Countries must agree, and a frame with a
    date of its own ("In May 2016 a court handed ...") takes only a court of that date or an undated
    one next to it. A frame still without a country takes the country of the nearest court of its
    own item (a page's items start at their datelines), else of its item's dateline, so that another
    item or a defendant's nationality does not decide its jurisdiction."""
    if not frames:
        return
    doc = frames[0].sent.doc
    items = page_items(doc)
    starts = [start for start, _ in items]
    paragraphs = [m.end() for m in _PARAGRAPH_BREAK.finditer(doc_text(doc))]
    framed = {f.sent_index for f in frames if f.court is not None and f.court.placed}
    sources = [
        _Source(
            f.sent_index,
            bisect(starts, f.trigger.start_char),
            f.court,
            f.ruling,
            f.date,
            frozenset(map(id, f.persons)),
            bisect(paragraphs, f.trigger.start_char),
        )
        for f in frames
        if f.court is not None and (f.court.country or f.court.city or f.court.in_capital)
    ]
    for index, span in mentions:
        ref = court_ref(span, None) if index not in framed else None
        if ref is not None and addressed(span):
            ref = replace(ref, city=None)
        if ref is not None and (ref.country or ref.city or ref.in_capital):
            level = "appeal" if _REVIEWING_COURT.search(span.text) else "trial"
            sources.append(_Source(index, bisect(starts, span.start_char), ref, level, None))
    known = [s for s in sources if s.court.country]
    digest = len({s.court.city for s in sources if s.court.city}) > 1
    for frame in frames:
        own = frame.court or CourtRef()
        item = bisect(starts, frame.trigger.start_char)
        place = clause_place(frame.trigger) if own.city is None else None
        if place is not None:
            frame.court = own = own.merge(place)
        if own.city is None:
            placed = [
                s
                for s in sources
                if (s.court.city or s.court.in_capital)
                and s.item == item
                and _fits(frame, own, s)
                and not (digest and _another_case(frame, s, bisect(paragraphs, frame.trigger.start_char)))
                and not (frame.new_court and s.index <= frame.sent_index)
            ]
            if placed:
                nearest = min(placed, key=lambda s: _distance(frame, s.index) + 3 * (s.ruling in _LEVELS))
                frame.court = own = own.merge(nearest.court)
        mine = [s for s in known if s.item == item]
        if own.country is None and known:
            country = items[item - 1][1] if item and not mine else None
            if country is None:
                country = min(mine or known, key=lambda s: _distance(frame, s.index)).court.country
            frame.court = own.merge(CourtRef(country=country))
    _settle_homonyms(frames, [s.court.country for s in known])


def _another_case(frame: Frame, source: _Source, paragraph: int) -> bool:
    """On a page that names several seats, a decision about other people told in another paragraph
    is another case (a digest's next item: "X was sentenced by a court in Homel. // Y must serve
    three years ..."), whose court does not serve this one."""
    return bool(source.persons) and not source.persons & set(map(id, frame.persons)) and source.paragraph != paragraph


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
    if own.country and court.country and own.country != court.country and own.country not in city_countries(court.city or ""):
        return False
    if frame.date and not (date.startswith(frame.date) or frame.date.startswith(date) if date else abs(gap) <= 1):
        return False
    if source.ruling in _LEVELS:
        return (source.ruling == "appeal") == (frame.ruling in _APPEALS)
    return source.ruling is None or source.ruling == frame.ruling or {source.ruling, frame.ruling} <= _APPEALS
