"""Dates: a DATE entity's value (read once per entity), a page's own date line, a day counted from
another, the date of a decision in its sentence (not an event's, not the reviewed decision's), and
the year of a decision told as news."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..extensions import published_of
from ..normalize.dates import (
    is_counted,
    is_future_phrase,
    is_relative_to_now,
    numeric_dates,
    resolve_date,
    shift_date,
    widen,
    written_dates,
)
from ..tags import upos
from ..windows import doc_cache, doc_text
from .courts import REVIEWING_COURT
from .cues import cue
from .frames import Frame, clause_head
from .rulings import APPEALS, DECISION_NOUNS, in_another_case, is_pluperfect, is_serving, told_as_before

_NOT_DECISION_DATE_BEFORE = {"since", "until", "till", "by", "before", "from", "through", "ago", "©", "copyright"}


#: a page's own date line ("April 14, 2017", "DUSHANBE, January 20, 2023, Asia-Plus --",
#: "ALMATY, Kazakhstan, March 3 --", "Published: 17:05, 17 January 2024 |"): what comes before it
#: on its line, and right after it
_PAGE_DATE_BEFORE = re.compile(
    r"^(?:[^\w\n]*|[A-Z][A-Z .'’-]*,\s*(?:[A-Z][\w .'’-]*,\s*)?|.*\b(?:Published|Updated|Posted|Submitted|Last updated|First published)\b.*)$"
)
_UPDATED = re.compile(r"\bupdated\b", re.IGNORECASE)


#: a dateline whose place is written in title case ("New York, January 13, 2022 — ", "Washington,
#: D.C., August 4, 2020–", "(photo credit) Madrid, 15 June 2022 — "): the place name and its comma
#: just before the date, near the head of the line, and a dash right after it (without the dash, a
#: "Moscow, June 5" is as likely a sentence's)
_DATELINE_BEFORE = re.compile(r"^.{0,40}?(?:\b[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*){1,3}$")
_DATELINE_AFTER = re.compile(r"^[ \t]*(?:[—–]|-{1,2}\s|\(\w)")


_PAGE_DATE_AFTER = re.compile(r"^[ \t]*(?:\n|$|[,·|(—–]|-{1,2}\s|\d{1,2}:\d{2})")


_COUNTED_DIRECTION = {"earlier", "later", "before"}


_FORWARD_BEFORE = {"until", "till", "by", "through"}


_PUT_OFF_TO = re.compile(r"\bto\s+$", re.IGNORECASE)


#: subjects of a clause whose date is a decision's
_DECISION_SUBJECTS = DECISION_NOUNS | {"court", "judge", "trial", "case"}


#: participles that tell a decision noun's delivery ("the verdict, handed down on Aug. 23")
_PASSED = {"handed", "passed", "delivered", "issued", "announced", "pronounced", "given", "imposed"}


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


#: how long before publication a decision told in the present perfect may have been taken
_RECENT_DAYS = 30


#: a date the sentence states beats one counted from an earlier sentence's
_COUNTED_PENALTY = 10


#: sentences after a dated mention of a decision ("the Court of Appeal's decision of 28 November")
#: in which undated decisions of its level take its date
_MENTION_REACH = 2


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


#: the index of the Doc read last: assembly reads one Doc at a time, and an index's spans hold
#: their Doc, so a cache keyed weakly by the Doc would keep every Doc of a run alive
_LAST_INDEX: list[tuple[Doc, DocIndex]] = []


def doc_index(doc: Doc, *, refresh: bool = False, ents: tuple[Span, ...] | None = None) -> DocIndex:
    """The Doc's `DocIndex`, built on first use (and again with `refresh`, as assembly starts, from
    `ents`, the Doc's entities when the caller has read them)."""
    found = None if refresh or not _LAST_INDEX or _LAST_INDEX[0][0] is not doc else _LAST_INDEX[0][1]
    if found is None:
        dates = [e for e in (doc.ents if ents is None else ents) if e.label_ == "DATE"]
        sent_starts = [s.start for s in doc.sents] or [0]
        rulings: list[list[Span]] = [[] for _ in sent_starts]
        for span in doc.spans.get("ruling", []):
            rulings[max(bisect_right(sent_starts, span.start) - 1, 0)].append(span)
        found = DocIndex(dates, [e.start for e in dates], [e.end for e in dates], sent_starts, rulings)
        _LAST_INDEX[:] = [(doc, found)]
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
    key = f"watchdog.{kind}.{ent.start_char}.{ent.end_char}.{published_of(doc)}"
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
    anchor = _entry_anchor(ent) if is_relative_to_now(text) else None
    if anchor is not None:
        value = resolve_date(text, anchor)
    else:
        value = ent._.iso_date if text == ent.text else resolve_date(text, published_of(doc))
    if value is None and _THAT_YEAR.search(text):
        value = _in_year_told(ent, text)
    if value is None and published_of(doc) is None:
        value = _year_from_page(text, doc, start) or _from_entry_date(ent, text)
    if value is None and " to " in ent.text:
        value = resolve_date(ent.text.split(" to ")[0], published_of(doc))
    return value


def _in_year_told(ent: Span, text: str) -> str | None:
    """ "October 12 of that year": the year is the last one told before."""
    for other in reversed(doc_index(ent.doc).dates_before(ent)[-_ANCHOR_REACH:]):
        value = date_value(other)
        if value is not None:
            return resolve_date(_THAT_YEAR.sub(value[:4], text), None)
    return None


def _year_from_page(text: str, doc: Doc, before: int) -> str | None:
    """With no publication date, "on October 27" takes its year from the page when the page names
    that month with a year before it, and one year only ("convicted in October 2022. On October 27,
    ..."), or the later year of the last date told before the day when that date falls earlier in
    its year ("the July 2016 coup ... dropped in April 2017 ... sentenced him on 24 July"): a year
    told only after the day ("On 6 October, ... He was arrested on 28 October 2015") is another
    event's."""
    if is_relative_to_now(text):
        return None
    probe = resolve_date(text, dt.date(2000, 12, 31))
    if probe is None or len(probe) < 7:
        return None
    stated = sorted((start, value) for start, value in _stated_dates(doc) if start < before)
    years = {value[:4] for _, value in stated if value[5:7] == probe[5:7]}
    if len(years) != 1:
        return None
    year, month = int(years.pop()), int(probe[5:7])
    last = stated[-1][1]
    if int(last[:4]) > year and last[5:7] <= probe[5:7]:
        year = int(last[:4])  # "the July 2016 coup ... dropped in April 2017 ... sentenced on 24 July": the story has moved on
    last_day = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return resolve_date(text, last_day)


def _from_entry_date(ent: Span, text: str) -> str | None:
    """With no publication date, a day written without its year ("handed down Aug. 23") told under
    an entry's date line ("September 9, 2025 – Azerbaijan –", or one the tagger left unlabelled:
    "Submitted on Sat, 08/26/2023") takes its year from that line, as it would from publication: the
    last such day on or before it. Coarser phrases ("in January", "last week") are left to the
    decisions told around them: a conviction "last week" would date the sentence passed today."""
    anchor = _entry_anchor(ent)
    value = resolve_date(text, anchor) if anchor is not None else None
    return value if value is not None and len(value) == 10 else None


def _entry_anchor(ent: Span) -> dt.date | None:
    """The date line of the entry `ent` stands in (see `_entry_date`), or with no publication date
    the last date written in digits before it (see `_digit_date_line`)."""
    anchor = _entry_date(ent)
    return anchor if anchor is not None or published_of(ent.doc) is not None else _digit_date_line(ent)


def _digit_date_line(ent: Span) -> dt.date | None:
    """The last date written in digits with its year before `ent` ("Baku/05.11.20/Turan:"): prose
    writes its dates in words, so this is a date line or a stamp."""
    before = [value for start, value in _numeric_dates(ent.doc) if start < ent.start_char]
    return dt.date.fromisoformat(before[-1]) if before else None


@doc_cache
def _numeric_dates(doc: Doc) -> list[tuple[int, str]]:
    """The Doc's dates written in digits (see `numeric_dates`), read once per Doc."""
    return numeric_dates(doc_text(doc))


@doc_cache
def _stated_dates(doc: Doc) -> list[tuple[int, str]]:
    """The offsets and dates a page states with their year and at least their month (the tagged
    ones, and those written out in full that the tagger left out), read once per Doc."""
    stated = written_dates(doc_text(doc))
    for ent in doc.ents:
        if ent.label_ == "DATE":
            start, end = widen(doc_text(doc), ent.start_char, ent.end_char)
            value = resolve_date(doc_text(doc)[start:end], None)
            if value is not None and len(value) >= 7:
                stated.append((start, value))
    return stated


def _is_page_date(ent: Span) -> bool:
    """Whether the date is the page's or an entry's own date line, not a sentence's: written with
    digits, alone at the head of its line or after a dateline city or a "Published:"."""
    text = doc_text(ent.doc)
    start, end = widen(text, ent.start_char, ent.start_char + len(ent.text.rstrip()))
    line_start = text.rfind("\n", 0, start) + 1
    if not any(c.isdigit() for c in text[start:end]):
        return False
    before, after = text[line_start:start], text[end : end + 12]
    if _DATELINE_BEFORE.match(before) and _DATELINE_AFTER.match(after):
        return True
    return bool(_PAGE_DATE_BEFORE.match(before) and _PAGE_DATE_AFTER.match(after))


def _line_start(ent: Span) -> int:
    return doc_text(ent.doc).rfind("\n", 0, ent.start_char) + 1


def _entry_date(ent: Span) -> dt.date | None:
    """The date line of the live-page entry `ent` stands in, when it is earlier than publication."""
    doc, published = ent.doc, published_of(ent.doc)
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
    ("A court sentenced blogger X ..."). It was taken shortly before the page (dated by its
    publication or, with none, by the date line of the page or entry), so it takes the page's
    year, when the weeks before publication lie in that year, and when the sentence gives no date
    that could not be read ("on 99999999 days ago"). A participle describing the object of another
    act ("detained X, sentenced in absentia") tells no news of its own."""
    published = published_of(trigger.doc) or _entry_date(trigger)
    root = trigger.root
    if published is None or is_pluperfect(trigger) or is_serving(trigger) or _act_over(trigger) is not None:
        return None
    perfect = root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in root.children)
    if not perfect and not (lede and root.tag_ in {"VBD", "VBZ", "VBN"}):
        return None
    if any(_unread_date(ent) for ent in doc_index(trigger.doc).dates_in(trigger.sent)):
        return None
    return str(published.year) if published.timetuple().tm_yday > _RECENT_DAYS else None


def continued_news_year(trigger: Span, earlier: list[Frame]) -> str | None:
    """'A court has sentenced 14 activists ... It acquitted X on the same charges. Four others were
    sentenced in absentia': an undated decision told in the past tense, in a story that dates none
    of its decisions and tells each of them as the page's news, is part of that news and takes the
    page's year (see `recent_year`; SCHEMA: the year alone when the text gives no day or month). A
    decision told as history (by its adverb, in another case, in passing) is not."""
    if not earlier or any(f.date is not None or (f.page_date or f.news_year) is None for f in earlier):
        return None
    if told_as_before(trigger) or in_another_case(trigger.sent) or told_in_passing(trigger):
        return None
    return recent_year(trigger, lede=True)


def told_in_passing(trigger: Span) -> bool:
    """'X, sentenced to 26 years, must now serve 18', 'X, jailed in 2019, remains in prison': a
    decision told by a participle set off by a comma to describe a person whose own clause tells
    the present (not a decision, not what came next: 'X, sentenced to ten years, was taken to a
    colony') is background, dated only by its own words."""
    root, doc = trigger.root, trigger.doc
    if root.tag_ != "VBN" or root.dep_ != "acl" or root.i == 0 or doc[root.i - 1].text != ",":
        return False
    person, verb = root.head, root.head.head
    if upos(person) not in {"PROPN", "NOUN"} or person.dep_ not in {"nsubj", "nsubjpass"} or verb.i == person.i:
        return False
    tense = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}] or [verb]
    if tense[0].tag_ not in {"VBZ", "VBP", "MD"} or tense[0].lower_ in {"has", "have"}:
        return False
    return not _in_ruling(verb)


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
    published = published_of(doc)
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
    its own subject under a decision ("over posts she published in 2020"), or a term served that is
    not the trigger's ("was serving a 2012 suspended sentence, the court sentenced him to eight
    years"). Parses that run across line breaks (headlines, captions) are not read."""
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
            return own_subject or any(t.start <= tok.i < t.end and t != trigger and is_serving(t) for t in decisions)
        if (tok.tag_ == "VBG" and tok.lower_ not in cue("court_session")) or (
            tok.dep_ == "relcl" and line_start <= tok.head.idx < line_end
        ):
            return True
        own_subject = own_subject or (upos(tok) == "VERB" and any(c.dep_ == "nsubj" for c in tok.children))
    return own_subject and trigger.start <= tok.i < trigger.end


def decision_date(sent: Span, trigger: Span, ents: list[Span] | None = None) -> str | None:
    """The date of the trigger: the nearest DATE entity in its clause that is a date (not a
    duration), not an event's ("the June 6 protest", "his expected release on February 4") and not
    after publication.
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
        if _after_publication(value, published_of(doc)):
            continue
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        if before in _NOT_DECISION_DATE_BEFORE or ent[0].lower_ in _NOT_DECISION_DATE_BEFORE or _put_off_to(ent):
            continue
        if _numbers_a_document(ent):
            continue
        if after in cue("event_after_date") or (before in {"the", "'s", "’s"} and not counted) or is_page_date(ent):
            continue
        if tells_another_act(ent, trigger) or _dates_reviewed_decision(ent, trigger) or _paragraph_before(ent, trigger):
            continue
        if _dates_act_beside(ent, trigger) or _dates_act_over(ent, trigger) or _dates_clause_apart(ent, trigger):
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
        while head.dep_ in {"appos", "nmod", "compound"} and upos(head) in {"NUM", "PROPN"} and head.head is not head:
            head = head.head  # "the 11J (July 11th) demonstrations": the date names what names the event
        if upos(head) == "NOUN" and not trigger.start <= head.i < trigger.end and head.ent_type_ not in {"DATE", "TIME"}:
            if head.lower_ in cue("event_noun"):
                continue
            if head.lower_ not in {"court", "judge"} | cue("court_session"):
                distance += 100
        if counted:
            distance += _COUNTED_PENALTY
        if best_distance is None or distance < best_distance:
            best, best_distance = value, distance
    return best if best is not None else _leading_count(sent, trigger) or _later_than_told(trigger) or _heard_next(trigger)


def _after_publication(value: str, published: dt.date | None) -> bool:
    """Whether a date lies after the page's publication, at the date's precision ("he is due for
    release on February 4, 2033"): a decision the page reports was taken by then."""
    return published is not None and value > published.isoformat()[: len(value)]


def _numbers_a_document(ent: Span) -> bool:
    """'pending lawsuit No. 955 of 2020', 'under Law No. 21 of 2003': the year after a document's
    number is part of that number, not a decision's date."""
    doc, i = ent.doc, ent.start
    if i < 3 or not ent.text.strip().isdigit() or doc[i - 1].lower_ != "of" or not doc[i - 2].text.isdigit():
        return False
    sign = doc[i - 4] if doc[i - 3].text == "." and i >= 4 else doc[i - 3]  # "No" "." when the tokenizer splits it
    return sign.lower_ in cue("document_number")


def _put_off_to(ent: Span) -> bool:
    """'The trial was adjourned to Feb 20, 2018', 'postponed to 3 May': a date something is moved
    to (read before the fullest date written there, whose month the tagger may leave out) is a
    session to come, not a decision taken."""
    text = doc_text(ent.doc)
    start = widen(text, ent.start_char, ent.end_char)[0]
    return _PUT_OFF_TO.search(text, max(0, start - 12), start) is not None


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


def _dates_act_over(ent: Span, trigger: Span) -> bool:
    """'The king on 20 August pardoned X and three others convicted over a protest', 'Police on
    Monday detained X, sentenced in absentia in 2019': a participle describing someone takes no
    date from the clause it stands in, when that clause tells an act other than a decision."""
    return clause_head(ent.root) == _act_over(trigger)


def _dates_clause_apart(ent: Span, trigger: Span) -> bool:
    """'... the background for sentencing, despite the fact that his offences took place in 2020':
    a date in a clause of its own, with its own subject, neither above nor under the decision's,
    tells that subject's act, unless the clause tells a decision (see `_tells_a_decision`).
    Statements keep their date (see `_dates_the_telling`); parses across line breaks are not read."""
    clause, root = clause_head(ent.root), trigger.root
    if upos(clause) not in {"VERB", "AUX"} or clause.is_ancestor(root) or root.is_ancestor(clause) or clause == root:
        return False
    if clause.lower_ in cue("speech_verb") or clause.lower_ in cue("telling_word") or clause.lower_ in cue("court_session"):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and upos(c) in {"NOUN", "PROPN"} for c in clause.children):
        return False
    if _across_lines(clause, trigger):
        return False
    return not _tells_a_decision(clause)


def _tells_a_decision(verb: Token) -> bool:
    """Whether a verb is a decision's, or has the decision, the court, the judge or the trial as its
    subject ("the trial ended in February with X sentenced to four years")."""
    if any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (c.lower_.removesuffix("s") in _DECISION_SUBJECTS or c.lower_ in cue("court_session"))
        for c in verb.children
    ):
        return True
    return _in_ruling(verb)


def _in_ruling(tok: Token) -> bool:
    """Whether a token is part of a ruling trigger of its sentence."""
    index = doc_index(tok.doc)
    return any(span.start <= tok.i < span.end for span in index.rulings[index.sentence_of(tok.i)])


def _across_lines(tok: Token, trigger: Span) -> bool:
    """Whether a line break lies between a token and a trigger: a parse that runs across it (a
    headline into its story) is not read."""
    return "\n" in doc_text(trigger.doc)[min(tok.idx, trigger.start_char) : max(tok.idx, trigger.end_char)]


def _act_over(trigger: Span) -> Token | None:
    """The verb of the clause a participle describing someone stands in ("detained X, sentenced
    ..."), when it tells an act other than a decision or a statement. Parses that run across line
    breaks (a headline into its story) are not read."""
    root = trigger.root
    if root.dep_ != "acl" or root.tag_ != "VBN":
        return None
    verb = clause_head(root.head)
    if verb.i == root.head.i or verb.lower_ in cue("speech_verb"):
        return None
    if _across_lines(verb, trigger):
        return None
    return None if _tells_a_decision(verb) else verb


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
    April 19 verdict", "their conviction two years ago", "the verdict, handed down Aug. 23"), if any."""
    head = ent.root.head
    if upos(head) == "ADP" and head.lower_ in {"of", "on", "dated", "in", "from"}:
        head = head.head
    elif ent.root.dep_ not in {"compound", "nmod", "npadvmod", "advmod", "amod"}:
        return None
    if head.lower_ in _PASSED and head.dep_ == "acl":
        head = head.head
    elif head.lower_ in _PASSED and head.i > 1 and head.doc[head.i - 1].text == ",":
        head = head.doc[head.i - 2]  # the parser often hangs "the verdict, handed down ..." elsewhere
    return head if head.lower_ in DECISION_NOUNS and head.i != ent.root.i else None


def _dates_reviewed_decision(ent: Span, trigger: Span) -> bool:
    """'upheld the verdict of April 19', 'the May 3 sentence was overturned', 'the sentence given
    to him in April was upheld', 'in connection with their conviction two years ago': under an
    appeal, the date of the decision reviewed (the appeal's object, or the defendants' decision) is
    not the appeal's. A day counted from the day of writing ("on Monday") is the appeal's, wherever
    the parser hangs it."""
    if trigger.label_ not in APPEALS or is_relative_to_now(ent.text):
        return False
    reviewed = [c for c in trigger.root.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(
        c.lower_.removesuffix("s") in DECISION_NOUNS and c.is_ancestor(ent.root) for c in reviewed
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
        t.dep_ in {"nsubj", "nsubjpass"} and t.lower_.removesuffix("s") in DECISION_NOUNS
        for t in ent.doc[trigger.sent.start : ent.start]
    )


def date_decisions_mentioned(frames: list[Frame]) -> None:
    """A decision named by a noun with its date ("following the Court of Appeal's decision of 28
    November", "the verdict of April 19") dates the undated decisions of its level (appeal or trial)
    told after it in its sentence or the next ones; the one appeal decision a page dates so dates
    every appeal told after it ("On appeal, the court upheld ..."); the decision just told takes
    the date the next sentence gives it (see `_named_back`)."""
    if not frames:
        return
    doc = frames[0].sent.doc
    index = doc_index(doc)
    mentions = []
    for ent in index.dates:
        noun = _decision_noun(ent)
        value = date_value(ent) if noun is not None else None
        if value is not None:
            appeal = bool(REVIEWING_COURT.search(doc[max(noun.i - 6, 0) : noun.i].text))
            definite = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) for c in noun.children)
            mentions.append((index.sentence_of(ent.start), ent.start, value, appeal, definite))
    sole_appeal = len({value for _, _, value, appeal, _ in mentions if appeal}) == 1
    for i, frame in enumerate(frames):
        if frame.date is not None or is_pluperfect(frame.trigger):
            continue
        for sent_index, start, value, appeal, _ in reversed(mentions):
            if (
                start < frame.trigger.start
                and (frame.sent_index - sent_index <= _MENTION_REACH or (appeal and sole_appeal))
                and appeal == (frame.ruling in APPEALS)
            ):
                frame.date = value
                break
        else:
            frame.date = _named_back(frame, frames[i + 1 : i + 2], mentions)


def _named_back(frame: Frame, following: list[Frame], mentions: list[tuple]) -> str | None:
    """'X has been given 20 years. The family learned of the verdict, handed down Aug. 23, ...': the
    decision the next sentence names back ("the verdict") with its date, when no other decision is
    told between them."""
    for sent_index, start, value, appeal, definite in mentions:
        if (
            definite
            and sent_index == frame.sent_index + 1
            and appeal == (frame.ruling in APPEALS)
            and not any(f.trigger.start <= start for f in following)
        ):
            return value
    return None


def date_back_references(frames: list[Frame]) -> None:
    """'Among those convicted are ...', 'Those jailed include ...': a decision named back by "those"
    and a participle is one told before, and takes the date of the last one of its ruling told
    without names (the story's lead: "A court on Wednesday convicted 13 journalists"), however far
    back."""
    for i, frame in enumerate(frames):
        root = frame.trigger.root
        if frame.date is not None or root.dep_ != "acl" or root.tag_ != "VBN" or root.head.lower_ != "those":
            continue
        for lead in reversed(frames[:i]):
            if lead.ruling == frame.ruling and not lead.persons and lead.date is not None:
                frame.date = lead.date
                break


def _later_than_told(trigger: Span) -> str | None:
    """'Police detained them on January 23, and a court later ordered them held': a decision told
    as coming later than the last date told, and so between that date and publication, falls in
    what both share (the month, or the year)."""
    doc, published = trigger.doc, published_of(trigger.doc)
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


#: verbs by which a court's sitting is told ("The X District Court heard the case on February 1")
_SITTING_VERBS = frozenset({"heard", "held", "considered", "examined"})


def _heard_next(trigger: Span) -> str | None:
    """'Judges in Kazan have prolonged her detention. The Sovetsky District Court heard the case on
    February 1 ...': a decision told without a date, followed by a sentence that tells no decision
    of its own and dates the court's sitting (a court that heard or held it, or a hearing that took
    place), takes that day."""
    doc = trigger.doc
    index = doc_index(doc)
    following = index.sentence_of(trigger.start) + 1
    if following >= len(index.sent_starts) or index.rulings[following]:
        return None
    end = index.sent_starts[following + 1] if following + 1 < len(index.sent_starts) else len(doc)
    sent = doc[index.sent_starts[following] : end]
    for ent in index.dates_in(sent):
        verb = ent.root.head.head if upos(ent.root.head) == "ADP" else ent.root.head
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        sitting = verb.lower_ in _SITTING_VERBS or (verb.lower_ == "took" and any(c.lower_ == "place" for c in verb.children))
        by_court = any(s.lower_ in cue("judicial_word") or s.lower_ in cue("court_session") for s in subjects)
        value = date_value(ent)
        if sitting and by_court and value and len(value) == 10 and not _after_publication(value, published_of(doc)):
            return value
    return None


def _leading_count(sent: Span, trigger: Span) -> str | None:
    """A sentence opened by a count the tagger left unlabelled ("The following day he was remanded")."""
    match = _LEADING_COUNT.match(doc_text(sent.doc), sent.start_char, sent.end_char)
    if not match:
        return None
    span = sent.doc.char_span(match.start(1), match.end(1))
    return anchored_value(span, trigger) if span is not None else None
