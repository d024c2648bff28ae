"""Doc -> case records: decision frames read off the labelled spans, people resolved, context carried.

A *frame* is one decision trigger with what its sentence says about it: who (persons the trigger
governs, or a pronoun / description resolved to the person in focus), when, which court, the
penalties and the charges. Frames about the same person and ruling merge into one record; frames
with nobody named (a lead sentence "a court has jailed a blogger", an echo "handed down its decision
on January 22") lend their slots to the named frames around them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .normalize.durations import duration_total, parse_duration
from .normalize.capitals import capital_of
from .normalize.dates import resolve_date
from .normalize.places import city_country, country_code, place_country
from .schema import CaseRecord, Evidence, Fine, Penalty

_TITLES_EXCLUDED = {
    "judge", "magistrate", "president", "minister", "prosecutor", "prosecutors", "investigator",
    "spokesman", "spokeswoman", "speaker", "mayor", "governor", "secretary", "premier", "chancellor",
    "ambassador", "presidium", "chairwoman", "ombudsman", "commissioner", "director-general",
}
_LAWYER_WORDS = {"lawyer", "lawyers", "attorney", "attorneys", "counsel", "advocate"}
_PRONOUNS_SINGULAR = {"he", "him", "she", "her", "his"}
_PRONOUNS_PLURAL = {"they", "them", "their"}
_GROUP_WORDS = {"both", "all", "each", "brothers", "four", "three", "two", "five", "six", "seven", "eight", "nine", "ten"}
_DESCRIPTION_HEADS = {
    "activist", "journalist", "blogger", "leader", "defender", "teacher", "lawyer", "archbishop",
    "reporter", "photographer", "economist", "actor", "programmer", "businessman", "philanthropist",
    "politician", "editor", "founder", "director", "poet", "cleric", "opposition", "dissident",
    "critic", "artist", "student", "pensioner", "woman", "man", "scholar", "writer", "historian",
    "correspondent", "photojournalist", "cameraman", "columnist", "researcher", "professor", "priest",
    "imam", "believer", "lawmaker", "deputy", "mother", "father", "brother", "sister", "son", "daughter",
}
_PATRONYMICS = {"kyzy", "uulu", "ogly", "oglu", "qizi", "kizi"}
_ORG_NOUNS = {
    "channel", "outlet", "website", "site", "newspaper", "daily", "weekly", "magazine", "party", "movement",
    "group", "agency", "tv", "station", "foundation", "center", "centre", "company", "bank", "blog", "live",
    "service", "network", "association", "union", "alliance", "committee", "organization", "case", "law",
    "prize", "award", "television", "tv", "online", "newspaper", "agency", "magazine", "party", "square", "street",
}
_PLACE_NOUNS = {"city", "town", "village", "region", "province", "district", "capital", "republic"}
_SPEECH_VERBS = {"say", "tell", "write", "add", "urge", "describe", "condemn", "call", "denounce", "tweet", "note", "argue", "insist", "claim", "announce"}
_AGE = re.compile(r"(\d{1,3})-year-old")
_NON_DECISION_DATE_FOLLOWERS = {
    "protest", "protests", "rally", "rallies", "election", "elections", "attack", "coup", "events",
    "demonstration", "demonstrations", "march", "clashes", "unrest", "raid", "vote", "agreement", "deal",
    "presidential", "parliamentary", "uprising", "revolution", "sit-in", "putsch", "hearing",
}
_EVENT_NOUNS = {"release", "arrest", "detention", "protest", "rally", "election", "attack", "raid", "march", "coup", "agreement"}
_NON_DECISION_DATE_PRECEDERS = {"since", "until", "till", "by", "before", "from", "through", "ago"}
_MAIN_KINDS = ["death", "life", "prison", "suspended", "restricted_freedom", "administrative_jail",
               "house_arrest", "labor", "fine", "ban", "deportation"]
_MAX_ADMIN_JAIL_DAYS = 30
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
_RANGE = re.compile(
    r"\bbetween\b|\b(\w+\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:and|to)\s+\S+\s+(?:years?|months?|days?)\b",
    re.IGNORECASE,
)


@dataclass(eq=False)
class Person:
    name: str
    tokens: set[str]
    role: str | None = None
    age: int | None = None
    charges: list[str] = field(default_factory=list)
    prior_penalties: list[Penalty] = field(default_factory=list)
    excluded: bool = False

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass
class Frame:
    ruling: str | None
    sent: Span
    trigger: Span
    persons: list[Person]
    date: str | None = None
    court: dict | None = None
    penalties: list[Penalty] = field(default_factory=list)
    charges: list[str] = field(default_factory=list)
    code_articles: list[str] = field(default_factory=list)
    prior: list[Penalty] = field(default_factory=list)


def _norm(text: str) -> str:
    return re.sub(r"['’]s$", "", text.strip()).strip()


class _People:
    """Person clusters of one article: full names, and the surnames and pronouns that refer to them."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def find(self, text: str) -> Person | None:
        words = _norm(text).split()
        if not words:
            return None
        full = " ".join(words).lower()
        for person in self.people:
            if person.name.lower() == full:
                return person
        if len(words) == 1:
            matches = [p for p in self.people if words[0].lower() in p.tokens]
            return matches[-1] if matches else None
        return None

    def add(self, text: str) -> Person:
        found = self.find(text)
        if found is not None:
            if len(_norm(text).split()) > len(found.name.split()):
                found.name = _norm(text)
                found.tokens = {w.lower() for w in found.name.split()}
            return found
        name = _norm(text)
        person = Person(name=name, tokens={w.lower() for w in name.split()})
        self.people.append(person)
        return person


def _person_mentions(doc: Doc) -> list[Span]:
    """PERSON entities, widened by patronymics ("Tazhibek kyzy") and trimmed of possessives."""
    mentions = []
    name_words = {t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 and not _org_like(ent) for t in ent}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        end = ent.end
        while end > ent.start and doc[end - 1].lower_ in {"'s", "’s", "'"}:
            end -= 1
        while end < len(doc) and doc[end].lower_ in _PATRONYMICS:
            end += 1
        start = ent.start
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        if start == end - 1 and start > ent.sent.start + 1 and _is_given_name(doc[start - 1]):
            start -= 1
        span = doc[start:end]
        known_name = len(span) == 1 and span[0].lower_ in name_words
        if len(span) and any(t.is_alpha for t in span) and (known_name or not _org_like(span)):
            mentions.append(span)
    return mentions


def _is_given_name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.is_alpha and tok.lower_ not in _TITLES_EXCLUDED and not tok.ent_type_


def _org_like(span: Span) -> bool:
    """NER's PERSON guesses that are places or outlets ("Almaty", "the affiliated Ait Ait Dese channel")."""
    doc = span.doc
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    words = [t.lower_ for t in span if t.lower_ not in {"'s", "’s"}]
    if not words:
        return True
    if after in _ORG_NOUNS or words[-1] in _ORG_NOUNS or before in _ORG_NOUNS | {"the", "affiliated"}:
        return True
    if any(t.like_num for t in span):
        return True
    if before == "in" or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in _PLACE_NOUNS):
        return True
    text = _norm(span.text)
    return len(span) == 1 and (country_code(text) is not None or city_country(text) is not None)


def _excluded(mention: Span) -> bool:
    """Judges, officials and people's lawyers are named around decisions but are not their subjects."""
    doc = mention.doc
    before = [t for t in doc[max(mention.sent.start, mention.start - 5): mention.start] if not t.is_punct]
    words = [t.lower_ for t in before]
    if words and words[-1] in _TITLES_EXCLUDED | {"minister", "judge"}:
        return not (len(words) > 1 and words[-2] in {"former", "ex", "ex-", "then"} and words[-1] != "judge") or words[-2] == "then"
    if any(w in _TITLES_EXCLUDED for w in words[-2:]) and not any(w in {"former", "ex-"} for w in words):
        return True
    if words and words[-1] in _LAWYER_WORDS:
        head = words[:-1]
        if head and head[-1] in {"'s", "’s", "his", "her", "their", "defense", "defence", "the", "lawyer"}:
            return True
        return mention.root.head.lemma_ in _SPEECH_VERBS and mention.root.dep_ == "nsubj"
    after = doc[mention.end: min(mention.sent.end, mention.end + 5)]
    after_words = [t.lower_ for t in after]
    if after_words[:1] == [","] and len(after_words) > 2 and (after_words[1] in {"his", "her", "their"} or after_words[2] in {"'s", "’s"}):
        return any(w in _LAWYER_WORDS for w in after_words[2:5])
    if after_words[:3] == [",", "who", "represents"]:
        return True
    if after_words[:1] == ["of"] and mention.start > 0 and doc[mention.start - 1].lower_ == "judge":
        return True
    return False


def _decision_date(sent: Span, trigger: Span) -> Span | None:
    """The DATE entity that dates the trigger: nearest to it, not a duration, not an event's date."""
    best, best_dist = None, None
    for ent in sent.ents:
        if ent.label_ != "DATE":
            continue
        if _date_value(ent) is None:
            continue
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
        if before in _NON_DECISION_DATE_PRECEDERS or ent[0].lower_ in _NON_DECISION_DATE_PRECEDERS:
            continue
        if after in _NON_DECISION_DATE_FOLLOWERS or before in {"the", "'s", "’s"}:
            continue
        dist = trigger.start - ent.end if ent.end <= trigger.start else ent.start - trigger.end
        dist = dist * 2 if ent.end <= trigger.start else dist
        if _clause(ent.root) != _clause(trigger.root) and not (trigger.start <= _clause(ent.root).i < trigger.end):
            dist += 50
        head = ent.root.head.head if ent.root.head.pos_ == "ADP" else ent.root.head
        if head.pos_ == "NOUN" and not (trigger.start <= head.i < trigger.end):
            if head.lemma_ in _EVENT_NOUNS:
                continue
            if head.lower_ not in {"court", "judge"}:
                dist += 100
        if best_dist is None or dist < best_dist:
            best, best_dist = ent, dist
    return best


def _modifier(mention: Span) -> bool:
    """A name inside a relative clause or describing something else ("known as Qandy Qantar")."""
    tok = mention.root
    for _ in range(6):
        if tok.dep_ in {"relcl", "acl", "poss"}:
            return True
        if tok.head.i == tok.i or tok.pos_ == "VERB":
            return False
        tok = tok.head
    return False


def _adjectival(trigger: Span) -> bool:
    """'supporting jailed Russian opposition leader': a participle describing someone, not a decision.
    The parser also calls a real verb amod after a date ("on March 3 sentenced activist X"), so the
    word before decides."""
    if trigger[0].dep_ != "amod":
        return False
    before = trigger.doc[trigger.start - 1] if trigger.start > trigger.sent.start else None
    return before is None or before.pos_ in {"DET", "ADP", "VERB", "ADJ", "CCONJ", "PUNCT", "PRON"}


def _pluperfect(trigger: Span) -> bool:
    """'had been convicted': a decision told as background, not today's."""
    return any(c.lower_ == "had" for c in trigger.root.children if c.dep_ in {"aux", "auxpass"})


def _clause(tok: Token) -> Token:
    """The verb heading the clause a token belongs to."""
    while tok.pos_ not in {"VERB", "AUX"} and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _subtree_text(tok: Token) -> str:
    return tok.doc[tok.left_edge.i: tok.right_edge.i + 1].text


def _date_value(ent: Span) -> str | None:
    """The entity's ISO date; NER sometimes runs a date into the penalty ("December 2 to 13 1/2
    months"), so the part before "to" is tried as well."""
    value = ent._.iso_date
    if value is None and " to " in ent.text:
        value = resolve_date(ent.text.split(" to ")[0], ent.doc._.published)
    return value


def _penalty(span: Span) -> Penalty:
    kind = span.label_
    ranged = any(not (m.group(1) and m.group(1).strip().lower() in _MONTHS) for m in _RANGE.finditer(span.text))
    duration = span._.duration if kind not in {"life", "death", "fine", "labor"} and not ranged else None
    fine = None
    if kind == "fine":
        money = span._.money
        if money is not None:
            fine = Fine(amount=money[0], currency=money[1])
    if kind == "prison" and duration:
        months, days = duration_total(duration)
        if months == 0 and 0 < days <= _MAX_ADMIN_JAIL_DAYS:
            kind = "administrative_jail"
    return Penalty(kind=kind, duration=duration, fine=fine)


def _is_hedged(span: Span, hedges: list[Span], triggers: list[Span]) -> bool:
    """A hedge cue ("prosecutors asked for", "faces up to", "could be") shortly before the span,
    with no decision trigger in between, makes it a request or a possibility, not a decision."""
    for hedge in hedges:
        if hedge.sent != span.sent or hedge.end > span.start or span.start - hedge.end > 8:
            continue
        if not any(hedge.end <= t.start < span.start for t in triggers):
            return True
    return False


class _Assembler:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.people = _People()
        self.focus: Person | None = None
        self.group: list[Person] = []
        self.frames: list[Frame] = []
        self.default_country = self._default_country()
        self.dateline_city = doc._.dateline.text.title() if doc._.dateline is not None else None
        self.hedges = list(doc.spans.get("hedge", []))
        self.rulings = [s for s in doc.spans.get("ruling", [])]
        self.article_charges: list[str] = []

    def _default_country(self) -> str | None:
        doc = self.doc
        if doc._.dateline is not None:
            for ent in doc.ents:
                if ent.label_ == "GPE" and ent.start >= doc._.dateline.end and ent.start - doc._.dateline.end < 4:
                    code = country_code(ent.text)
                    if code:
                        return code
            code = city_country(doc._.dateline.text.title())
            if code:
                return code
        counts: dict[str, int] = {}
        for ent in doc.ents:
            if ent.label_ in {"GPE", "NORP"}:
                code = country_code(ent.text)
                if code:
                    counts[code] = counts.get(code, 0) + 1
        return max(counts, key=counts.get) if counts else None

    # -- people --------------------------------------------------------------------------------
    def _describe(self, person: Person, mention: Span) -> None:
        doc = mention.doc
        if person.age is None:
            window = doc[max(mention.sent.start, mention.start - 3): min(mention.sent.end, mention.end + 3)].text
            m = _AGE.search(window) or re.search(re.escape(mention.text) + r",\s+(\d{1,3}),", mention.sent.text)
            if m:
                person.age = int(m.group(1))
        if person.role is None:
            before = doc[max(mention.sent.start, mention.start - 4): mention.start]
            nouns = [t for t in before if t.pos_ == "NOUN" and t.lower_ not in _TITLES_EXCLUDED]
            if nouns and nouns[-1].i == mention.start - 1:
                mods = [t.lower_ for t in before if t.i >= nouns[-1].i - 1 and t.pos_ in {"NOUN", "ADJ"} and not t.text[:1].isupper()]
                person.role = " ".join(mods) or nouns[-1].lower_
            else:
                after = doc[mention.end: min(mention.sent.end, mention.end + 8)]
                if len(after) > 2 and after[0].text == "," and after[1].lower_ in {"a", "an", "the"}:
                    for t in after[2:]:
                        if t.pos_ == "NOUN":
                            person.role = t.lower_
                            if t.head.pos_ == "NOUN" and t.head.i > t.i:
                                person.role = t.head.lower_
                            break

    def _cluster(self, mentions: list[Span]) -> None:
        """Full names first, so a surname seen before its full name joins it; a person named
        anywhere as a judge, official or someone's lawyer is excluded throughout."""
        for m in sorted(mentions, key=lambda m: -len(m)):
            self.people.add(m.text)
        excluded = [m for m in mentions if _excluded(m)]
        excluded += [m for m in mentions if m.root.dep_ == "conj" and any(e.start <= m.root.head.i < e.end for e in excluded)]
        for m in excluded:
            person = self.people.find(m.text)
            if person is not None:
                person.excluded = True

    def _mentions_in(self, sent: Span, mentions: list[Span]) -> list[tuple[Span, Person]]:
        out = []
        for m in mentions:
            if sent.start <= m.start < sent.end:
                person = self.people.add(m.text)
                if not person.excluded:
                    self._describe(person, m)
                    out.append((m, person))
        return out

    def _surname_mentions(self, sent: Span, taken: list[Span]) -> list[tuple[Span, Person]]:
        """Known people's surnames the NER missed (often tagged ORG or nothing)."""
        out = []
        for tok in sent:
            if any(s.start <= tok.i < s.end for s in taken) or not tok.text[:1].isupper():
                continue
            for person in self.people.people:
                if not person.excluded and len(person.name.split()) > 1 and tok.lower_ == person.surname.lower():
                    out.append((sent.doc[tok.i: tok.i + 1], person))
                    break
        return out

    def _references(self, trigger: Span, named: list[tuple[Span, Person]]) -> list[Person]:
        """Pronouns and descriptions ("the 48-year-old activist") governed by the trigger: the last
        person named before it in the sentence, else the person in focus."""
        refs: list[Person] = []
        earlier = [p for m, p in named if m.end <= trigger.start]
        focus = earlier[-1] if earlier else self.focus
        for tok in self._trigger_arguments(trigger):
            low = tok.lower_
            described = [p for m, p in named if tok.dep_ == "appos" and m.start <= tok.head.i < m.end]
            if described:
                refs.extend(described)
            elif low in _PRONOUNS_SINGULAR and focus is not None:
                refs.append(focus)
            elif low in _PRONOUNS_PLURAL or (low in _GROUP_WORDS and tok.dep_ in {"nsubj", "nsubjpass", "dobj"}):
                refs.extend(self.group or ([self.focus] if self.focus else []))
            elif tok.pos_ == "NOUN" and (low in _DESCRIPTION_HEADS or _AGE.search(_subtree_text(tok))):
                det = [c for c in tok.children if c.dep_ == "det"]
                if det and det[0].lower_ == "the" and focus is not None:
                    refs.append(focus)
                    age = _AGE.search(_subtree_text(tok))
                    if age and focus.age is None:
                        focus.age = int(age.group(1))
            if refs:
                break
        return refs

    def _unlabelled_names(self, trigger: Span) -> list[Person]:
        """Names the NER missed ("jailed blogger Otabek Sattoriy"): runs of two to four capitalised
        proper nouns inside the trigger's arguments that are not places, courts or outlets."""
        found: list[Person] = []
        for arg in self._trigger_arguments(trigger):
            tokens = sorted(arg.subtree, key=lambda t: t.i)
            run: list[Token] = []
            for tok in tokens + [None]:
                if tok is not None and (tok.pos_ == "PROPN" and tok.is_title or (run and tok.lower_ in _PATRONYMICS)):
                    run.append(tok)
                    continue
                if 2 <= len(run) <= 4:
                    span = trigger.doc[run[0].i: run[-1].i + 1]
                    words = {t.lower_ for t in span}
                    if not _org_like(span) and not words & ({"court", "city", "district"} | _ORG_NOUNS | _TITLES_EXCLUDED) and place_country(span.text) is None and not any(e.label_ in {"GPE", "ORG", "NORP", "LOC", "FAC", "DATE"} and e.start <= span.start < e.end for e in trigger.doc.ents):
                        person = self.people.add(span.text)
                        if not person.excluded:
                            found.append(person)
                run = []
            if found:
                break
        return found

    @staticmethod
    def _trigger_arguments(trigger: Span) -> list[Token]:
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

    def _assign(self, mentions: list[tuple[Span, Person]], triggers: list[Span]) -> dict[int, list[Person]]:
        """Each person mention goes to the trigger it depends on, else the nearest trigger."""
        assigned: dict[int, list[Person]] = {i: [] for i in range(len(triggers))}
        for mention, person in mentions:
            target = None
            governed = False
            tok = mention.root
            seen = 0
            others = [m.root.i for m, _ in mentions if m is not mention]
            inside_modifier = False
            while tok.head.i != tok.i and seen < 12:
                inside_modifier = inside_modifier or tok.dep_ in {"prep", "pobj", "poss"}
                if tok.dep_ in {"relcl", "acl"} or (tok.head.lemma_ in _SPEECH_VERBS and tok.dep_ == "nsubj") or (inside_modifier and tok.head.i in others):
                    governed = True
                    break
                tok = tok.head
                seen += 1
                for i, t in enumerate(triggers):
                    if t.start <= tok.i < t.end:
                        target = i
                        break
                if target is not None:
                    break
            if governed and target is None:
                continue
            if target is None:
                target = min(range(len(triggers)), key=lambda i: abs(triggers[i].start - mention.start))
            if person not in assigned[target]:
                assigned[target].append(person)
        return assigned

    # -- frames --------------------------------------------------------------------------------
    def run(self) -> list[CaseRecord]:
        doc = self.doc
        mentions = _person_mentions(doc)
        self._cluster(mentions)
        penalties = list(doc.spans.get("penalty", []))
        charges = list(doc.spans.get("charge", []))
        courts = list(doc.spans.get("court", []))
        last_court: dict | None = None
        for sent in doc.sents:
            in_sent = [m for m in mentions if sent.start <= m.start < sent.end]
            named = self._mentions_in(sent, mentions)
            named += self._surname_mentions(sent, in_sent)
            named.sort(key=lambda mp: mp[0].start)
            triggers = [t for t in self.rulings if sent.start <= t.start < sent.end and not _adjectival(t)]
            triggers = [t for t in triggers if not _is_hedged(t, self.hedges, triggers)]
            sent_charges = [c for c in charges if sent.start <= c.start < sent.end]
            self._pool_charges(named, sent_charges, sent)
            sent_courts = [c for c in courts if sent.start <= c.start < sent.end]
            if not triggers:
                self._update_focus(named)
                if sent_courts and any(c._.court["name"] for c in sent_courts):
                    last_court = self._court_info(sent_courts[0], last_court)
                continue
            assigned = self._assign(named, triggers)
            sent_frames = []
            for i, trig in enumerate(triggers):
                seg_start = trig.start if i else sent.start
                seg_end = _segment_end(trig, triggers[i + 1].start if i + 1 < len(triggers) else sent.end)
                persons = assigned[i] or self._references(trig, named) or self._unlabelled_names(trig)
                if not persons and sent_frames and trig.root.dep_ in {"conj", "xcomp"} and not _other_recipient(trig):
                    persons = list(sent_frames[-1].persons)
                frame = Frame(ruling=trig.label_ if trig.label_ != "decision" else None, sent=sent, trigger=trig, persons=persons)
                seg_pen = [p for p in penalties if seg_start <= p.start < seg_end and not _is_hedged(p, self.hedges, triggers)]
                frame.penalties = [_penalty(p) for p in seg_pen]
                frame.charges = _unique(c.label_ for c in sent_charges if seg_start <= c.start < seg_end) or _unique(c.label_ for c in sent_charges if c.start < seg_end)
                frame.code_articles = re.findall(r"Article \d+(?:\.\d+)?(?: of the (?:Criminal|Administrative) Code)?", sent.text)
                date = _decision_date(sent, trig)
                frame.date = _date_value(date) if date is not None else None
                court = min(sent_courts, key=lambda c: abs(c.start - trig.start)) if sent_courts else None
                if court is not None:
                    frame.court = self._court_info(court, last_court)
                    last_court = frame.court
                self._refine_ruling(frame, seg_pen)
                sent_frames.extend(_respectively(frame, seg_pen) if "respectively" in sent.text else [frame])
            self._suppress_partial(sent_frames)
            self.frames.extend(sent_frames)
            persons_here = [p for f in sent_frames for p in f.persons]
            self._update_focus(named, persons_here)
        return self._records()

    def _pool_charges(self, named: list[tuple[Span, Person]], sent_charges: list[Span], sent: Span) -> None:
        labels = _unique(c.label_ for c in sent_charges)
        if not labels:
            return
        cue = re.search(r"\b(?:charg|accus|convict|guilty|prosecut|case|trial|verdict|sentenc|jail|acquit|clear|arrest|detain)", sent.text, re.I)
        if not cue:
            return
        people = [p for _, p in named] or ([self.focus] if self.focus and re.search(r"\b(?:he|she|him|her)\b", sent.text, re.I) else [])
        for person in people:
            person.charges.extend(l for l in labels if l not in person.charges)
        if not self.article_charges:
            self.article_charges = labels

    def _update_focus(self, named: list[tuple[Span, Person]], persons: list[Person] | None = None) -> None:
        """The person in focus (for "he", "the 48-year-old") and the last group named (for "the four")."""
        focus = None
        if not persons:
            free = [(m, p) for m, p in named if not _modifier(m)]
            subjects = [p for m, p in free if m.root.dep_ in {"nsubj", "nsubjpass"}]
            persons = [p for _, p in free]
            focus = subjects[-1] if subjects else None
        if persons:
            self.focus = focus or persons[-1]
            unique = list(dict.fromkeys(persons))
            if len(unique) > 1:
                self.group = unique

    @staticmethod
    def _refine_ruling(frame: Frame, spans: list[Span]) -> None:
        text = frame.sent.text.lower()
        if frame.ruling == "appeal_granted":
            replaced = [t for t in frame.sent if t.lower_ == "with" and t.i > frame.trigger.start]
            if replaced and len(spans) == len(frame.penalties):
                frame.prior = [p for p, span in zip(frame.penalties, spans) if span.start < replaced[0].i]
                frame.penalties = [p for p, span in zip(frame.penalties, spans) if span.start > replaced[0].i]
        if frame.ruling == "sentenced" and re.search(r"\bpending (?:trial|investigation)\b", text) and not frame.penalties:
            frame.ruling = "pretrial_detention"
        if frame.ruling in {"sentenced", "pretrial_detention", None} and any(p.kind == "house_arrest" for p in frame.penalties):
            frame.ruling = "house_arrest"
        if frame.ruling == "house_arrest" and not any(p.kind == "house_arrest" for p in frame.penalties):
            frame.penalties = [Penalty(kind="house_arrest")] + frame.penalties
        if frame.ruling in {"acquitted", "released", "pretrial_detention", "appeal_granted"} and frame.ruling != "appeal_granted":
            frame.penalties = []
        if frame.ruling == "restriction":
            frame.penalties = [p for p in frame.penalties if p.kind in {"restricted_freedom", "ban"}] or [Penalty(kind="ban")]

    @staticmethod
    def _suppress_partial(frames: list[Frame]) -> None:
        """'acquitted him of X' or 'released from the courtroom' beside a conviction of the same
        person in the same sentence is part of that decision, not a decision of its own."""
        for f in frames:
            if f.ruling not in {"acquitted", "released"}:
                continue
            outranks = {"sentenced", "house_arrest", "appeal_granted"} | ({"acquitted"} if f.ruling == "released" else set())
            others = [g for g in frames if g is not f and g.ruling in outranks]
            if any(set(map(id, f.persons)) & set(map(id, g.persons)) for g in others) or (others and not f.persons):
                f.persons = []
                f.ruling = None

    def _court_info(self, span: Span, previous: dict | None) -> dict:
        parts = span._.court
        if parts["same"] and previous is not None:
            return previous
        city = country = None
        for place in parts["places"]:
            place = _norm(place)
            code = country_code(place)
            if code and country is None:
                country = code
                continue
            ccode = city_country(place)
            if ccode and city is None and place not in {"District", "City", "Court", "High"}:
                city, country = place, country or ccode
        if city is None and parts["name"] and "supreme" in parts["name"].lower() and country:
            city = capital_of(country)
        tail = span.doc[span.end: span.end + 4].text.lower()
        if city is None and country and re.match(r"(?:in|of) the [a-z]+ capital", "in " + tail) is None:
            pass
        if city is None and re.search(r"\bcapital\b", span.doc[span.end: span.end + 5].text) and country:
            city = capital_of(country)
        return {"name": parts["name"], "city": city, "country": country, "unnamed": parts["name"] is None}

    # -- records -------------------------------------------------------------------------------
    def _records(self) -> list[CaseRecord]:
        records: list[dict] = []
        pending: list[Frame] = []
        previous: Frame | None = None
        touched: list[dict] = []
        for frame in self.frames:
            if not frame.persons:
                if previous is not None and frame.ruling in {None, previous.ruling} and _close(previous, frame, sentences=1):
                    self._lend(frame, touched)
                if frame.ruling is not None:
                    pending = [f for f in pending if f.sent == frame.sent] + [frame]
                continue
            if pending and (frame.ruling is None or (frame.ruling == "released" and pending[0].ruling != "released")):
                frame.ruling = pending[0].ruling
            if frame.ruling is None:
                frame.ruling = self._last_ruling(records, frame.persons) or "sentenced"
            source = _pick_pending(pending, frame)
            if source is not None:
                frame.penalties = frame.penalties or list(source.penalties)
                frame.date = frame.date or source.date
                frame.court = frame.court or source.court
                frame.charges = frame.charges or list(source.charges)
            if touched and frame.date is None and _close(previous, frame):
                if not any(e.label_ == "DATE" and _date_value(e) for e in frame.sent.ents) and not _pluperfect(frame.trigger):
                    frame.date = touched[0]["date"]
                frame.court = frame.court or touched[0]["court"]
            for person in frame.persons:
                person.prior_penalties = person.prior_penalties or list(frame.prior)
            touched = [self._merge(records, person, frame) for person in frame.persons]
            previous = frame
            pending = []
        _share_courts(records)
        records = [r for r in records if not _partial_acquittal(r, records)]
        _share_upheld_sentences(records)
        return [self._finish(r) for r in records]

    @staticmethod
    def _last_ruling(records: list[dict], persons: list[Person]) -> str | None:
        for r in reversed(records):
            if r["person"] in persons:
                return r["ruling"]
        return None

    @staticmethod
    def _lend(echo: Frame, records: list[dict]) -> None:
        for r in records:
            r["date"] = r["date"] or echo.date
            r["court"] = _merge_court(r["court"], echo.court)
            r["evidence"].append((echo.sent.start_char, echo.sent.end_char))

    def _merge(self, records: list[dict], person: Person, frame: Frame) -> dict:
        for r in records:
            if r["person"] is person and r["ruling"] == frame.ruling and _compatible(r["date"], frame.date):
                r["date"] = r["date"] or frame.date
                r["court"] = _merge_court(r["court"], frame.court)
                for p in frame.penalties:
                    bare = [q for q in r["penalties"] if q.kind == p.kind and q.duration is None and q.fine is None]
                    if bare:
                        r["penalties"][r["penalties"].index(bare[0])] = p
                    elif p not in r["penalties"]:
                        r["penalties"].append(p)
                r["charges"].extend(c for c in frame.charges if c not in r["charges"])
                r["articles"].extend(a for a in frame.code_articles if a not in r["articles"])
                r["evidence"].append((frame.sent.start_char, frame.sent.end_char))
                return r
        records.append({
            "person": person, "ruling": frame.ruling, "date": frame.date, "court": frame.court,
            "penalties": list(frame.penalties), "charges": list(frame.charges), "articles": list(frame.code_articles),
            "evidence": [(frame.sent.start_char, frame.sent.end_char)],
        })
        return records[-1]

    def _finish(self, r: dict) -> CaseRecord:
        person: Person = r["person"]
        court = r["court"] or {}
        city = court.get("city")
        country = court.get("country") or (city_country(city) if city else None) or self.default_country
        if city is None and court.get("name") and self.dateline_city and city_country(self.dateline_city) == country:
            city = self.dateline_city
        if city is None and country is not None and _city_state(country):
            city = capital_of(country)
        charges = r["charges"]
        if not charges and r["ruling"] != "restriction":
            charges = list(person.charges) or list(self.article_charges)
        penalties = sorted(r["penalties"], key=lambda p: _MAIN_KINDS.index(p.kind))
        if r["ruling"] in {"acquitted", "released", "pretrial_detention"}:
            penalties = []
        return CaseRecord(
            person=person.name, role=person.role, age=person.age,
            court=court.get("name"), court_city=city, country=country,
            ruling=r["ruling"], ruling_date=r["date"], charges=charges, sentence=penalties,
            code_articles=r["articles"],
            evidence=Evidence(article_id=self.doc._.article_id, spans=tuple(dict.fromkeys(r["evidence"]))),
        )


def _close(earlier: Frame, later: Frame, sentences: int = 3) -> bool:
    """Whether `later` comes within a few sentences of `earlier` (one story, one hearing)."""
    doc = later.sent.doc
    between = [s for s in doc[earlier.sent.start: later.sent.end].sents]
    return len(between) <= sentences + 1


def _city_state(code: str) -> bool:
    """Hong Kong, Singapore: the jurisdiction is one city, so any of its courts sits there."""
    capital = capital_of(code)
    return capital is not None and country_code(capital) == code


def _share_upheld_sentences(records: list[dict]) -> None:
    """A conviction and the appeal that upheld it carry the same sentence; an article often states
    it once ("upheld the four-year prison sentence handed to ...")."""
    for r in records:
        if r["ruling"] not in {"sentenced", "appeal_rejected"} or r["penalties"]:
            continue
        if r["ruling"] == "sentenced" and r["person"].prior_penalties:
            r["penalties"] = list(r["person"].prior_penalties)
            continue
        for other in records:
            if other is not r and other["person"] is r["person"] and other["ruling"] in {"sentenced", "appeal_rejected"} and other["ruling"] != r["ruling"] and other["penalties"]:
                r["penalties"] = list(other["penalties"])
                break


def _partial_acquittal(record: dict, records: list[dict]) -> bool:
    """'The judge cleared him of a separate charge' beside his conviction: not a decision of its own."""
    return record["ruling"] == "acquitted" and any(
        r["person"] is record["person"] and r["ruling"] == "sentenced" and _compatible(r["date"], record["date"])
        and (r["date"] is None or record["date"] is None or r["date"] == record["date"])
        for r in records
    )


def _share_courts(records: list[dict]) -> None:
    """Co-defendants of one decision (same ruling date, to the day) share the most specific court
    any of their sentences names."""
    by_date: dict[str, list[dict]] = {}
    for r in records:
        if r["date"] and len(r["date"]) == 10:
            by_date.setdefault(r["date"], []).append(r)
    for group in by_date.values():
        named = [r["court"] for r in group if r["court"] and (r["court"].get("city") or r["court"].get("name"))]
        if not named:
            continue
        best = max(named, key=lambda c: (c.get("city") is not None, c.get("name") is not None))
        for r in group:
            r["court"] = _merge_court(r["court"], best) if r["court"] is None or r["court"].get("city") is None else r["court"]


def _pick_pending(pending: list[Frame], frame: Frame) -> Frame | None:
    """The unnamed frame a named one spells out: same ruling, and the same head count when the
    unnamed one gives it ("sentenced four activists ..." -> the four named next)."""
    same = [f for f in pending if f.ruling == frame.ruling]
    for f in same:
        counts = [t for t in f.sent.doc[f.trigger.end: f.trigger.end + 4] if t.like_num]
        if counts and _count(counts[0].lower_) == len(frame.persons):
            return f
    return same[0] if same else None


_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def _count(word: str) -> int | None:
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def _merge_court(known: dict | None, new: dict | None) -> dict | None:
    """Two mentions of one decision's court: keep what either says ("a court in Kazakhstan" +
    "a court in the western city of Atyrau")."""
    if known is None or new is None:
        return known or new
    return {key: known.get(key) if known.get(key) is not None else new.get(key) for key in known.keys() | new.keys()}


def _other_recipient(trigger: Span) -> bool:
    """'... and handed four-year terms to his former lawyer': the second verb names its own recipient."""
    for child in trigger.root.children:
        if child.dep_ == "dative" and child.pos_ in {"NOUN", "PROPN"}:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.pos_ in {"NOUN", "PROPN"} and g.dep_ == "pobj" for g in child.children):
            return True
    return False


def _respectively(frame: Frame, spans: list[Span]) -> list[Frame]:
    """'A and B were jailed for 10 months and seven months, respectively': one frame per person,
    each with its own term."""
    terms = [part for span in spans for part in re.split(r"\s+and\s+|,\s+", span.text) if parse_duration(part)]
    if len(frame.persons) < 2 or len(terms) != len(frame.persons):
        return [frame]
    kind = frame.penalties[0].kind if frame.penalties else "prison"
    return [
        Frame(ruling=frame.ruling, sent=frame.sent, trigger=frame.trigger, persons=[person], date=frame.date,
              court=frame.court, penalties=[Penalty(kind=kind, duration=parse_duration(term))],
              charges=frame.charges, code_articles=frame.code_articles)
        for person, term in zip(frame.persons, terms)
    ]


def _segment_end(trigger: Span, end: int) -> int:
    """A trigger's own words stop at a subordinate clause of circumstance ("... in 2016 after he
    organized unsanctioned protests"), unless it still tells the decision ("after finding him guilty")."""
    doc = trigger.doc
    for tok in doc[trigger.end: end]:
        if tok.lower_ in {"after", "when", "because", "while", "since", "as"} and tok.dep_ in {"mark", "prep", "advmod"}:
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and nxt.tag_ == "VBG":
                continue
            if tok.dep_ == "mark" or (nxt is not None and nxt.pos_ in {"PRON", "PROPN", "DET"}):
                return tok.i
    return end


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _unique(items) -> list:
    return list(dict.fromkeys(items))


def assemble(doc: Doc) -> list[CaseRecord]:
    """The case records a processed Doc reports, one per (person, decision)."""
    return _Assembler(doc).run()
