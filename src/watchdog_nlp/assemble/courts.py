"""Courts: what a COURT span says (name, seat, jurisdiction), where a decision's own clause places
it, whether a court or another body (a league, a regulator) decides, and a court named once carried
to the decisions told around it."""

from __future__ import annotations

import re
from bisect import bisect
from dataclasses import replace
from typing import NamedTuple

from spacy.tokens import Doc, Span, Token

from ..components.places import page_items
from ..normalize.capitals import capital_of, is_city_state
from ..normalize.fold import fold
from ..normalize.places import (
    city_countries,
    court_kind_country,
    find_place,
    normalize_place_name,
    place_country,
    region_country,
    same_city,
)
from ..tags import upos
from ..windows import doc_cache, doc_text, end_within, span_cache, start_within
from .cues import cue, cues
from .frames import CourtRef, Frame
from .people import strip_possessive
from .rulings import APPEALS, CUSTODY, RECIPIENT_VERBS, held_since


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
    return "other" if words & cues("non_court_body", "executive_power") else None


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
    federation, a regulator ("The league fined X", "X was banned by the federation"), or that tell a
    sports sanction in a sentence naming no court, are dropped. Also says whether any was."""
    kept = [
        f
        for f in frames
        if (kind := decided_by(f.trigger, courts)) == "court" or (kind is None and (courts or not sport_sanction(f)))
    ]
    return kept, len(kept) < len(frames)


def sport_sanction(frame: Frame) -> bool:
    """A ban, a fine or an appeal against one, with no custody, in a sentence whose sanction noun
    counts matches or rides or bars from a sport ("lost his appeal against a two-match ban", "a ban
    on all football-related activities upheld on appeal"): what leagues, federations and stewards
    decide ("fined for a banner at a football match" is no such sanction)."""
    sent = frame.trigger.sent
    return (
        frame.ruling not in CUSTODY
        and {p.kind for p in frame.penalties} <= {"fine", "ban"}
        and not any(t.lower_ in cue("judicial_word") for t in sent)
        and any(w.lower_ in cue("sport_word") for n in sent if n.lower_ in cue("sanction_noun") for w in _sanction_phrase(n))
    )


def _sanction_phrase(noun: Token) -> list[Token]:
    """A sanction noun's words, with those of the verb's phrases after it when it is the verb's object
    ("given his suspension from a ride")."""
    words = list(noun.subtree)
    if noun.dep_ == "dobj":
        words += [w for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i for w in c.subtree]
    return words


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


#: "a court in the capital" / "the capital's Pervomaisky District Court": the court sits in the capital
_CAPITAL_AFTER = re.compile(r"\bcapital\b")


_CAPITAL_BEFORE = re.compile(r"\bcapital['’]s$")


#: place words that name a settlement; the others ("region", "province") name no court's seat
_SETTLEMENT = frozenset({"city", "town", "village", "capital"})


def court_ref(span: Span, previous: CourtRef | None) -> CourtRef:
    """Normalise a COURT span's parts: the explicit placements first (a possessive, "in X", "of X"),
    then the name's own words; a country name or adjective gives the jurisdiction, a gazetteer city
    the seat and its country, unless the phrase names a region ("of Khorasan Razavi Province"); a
    place or name word that is one country's region ("a court in Carabobo", "the Sughd Regional
    Court") gives that country when nothing else does, as does a kind of court only one country's
    judiciary has ("the Revolutionary Court", "the Southern District Military Court"); a
    place the text calls a town is a seat even if the gazetteer lacks it; "a court in the Kazakh
    capital" and "the capital's X court" sit in the capital (of the country found later, when the
    mention names none), and every court of a city state in that city
    ("West Kowloon Magistrates' Courts" -> Hong Kong); "the same court" is the previous one."""
    if span._.court["same"] and previous is not None:
        return previous
    return _court_ref(span)


@span_cache
def _court_ref(span: Span) -> CourtRef:
    """A COURT span's court read on its own (see `court_ref`): asked again for each frame, carried
    court and entity."""
    parts = span._.court
    city = country = None
    skip = set(parts["court_words"])
    regions = cue("place_word") - _SETTLEMENT
    districts = parts.get("districts", ())
    phrases = [(words, True) for p in parts["places"] for words in _place_readings(p)] + [
        ([w for w in parts["mods"] if w not in districts], False)
    ]
    for words, explicit in phrases:
        found_city, code = find_place(words, skip)
        if found_city and explicit and (words[-1].lower() in regions or _region_named(span.doc, words, found_city)):
            continue
        if found_city and city is None:
            city, country = found_city, country or code
        elif code and country is None:
            country = code
        if city is not None:
            break
    if city is None and parts.get("seat"):
        city = normalize_place_name(parts["seat"])
    bench_city, bench_country = _bench_seat(span)
    if bench_city and bench_country in {None, country} | set(city_countries(city or "")):
        city, country = bench_city, country or bench_country
    region = parts.get("region")
    if country is None and region:
        country = place_country(region) or region_country(region)
    if country is None and city is None:
        named = [strip_possessive(p) for p in parts["places"]] + [" ".join(w for w in parts["mods"] if w not in skip)]
        country = next((c for p in named if p and (c := region_country(p)) is not None), None)
    country = country or court_kind_country(span.text)
    in_capital = city is None and bool(
        _CAPITAL_AFTER.search(span.doc[span.end : span.end + 5].text)
        or _CAPITAL_BEFORE.search(span.doc[max(span.start - 2, 0) : span.start].text)
    )
    if country and (in_capital or is_city_state(country)):
        city = capital_of(country)
    return CourtRef(name=parts["name"], city=city, country=country, in_capital=in_capital and city is None)


def _region_named(doc: Doc, words: list[str], city: str) -> bool:
    """ "the Revision Court of Razavi Khorasan" on a page that also writes "Razavi Khorasan
    Province": a place of several words that the gazetteer knows only by its last ones ("Khorasan",
    a town elsewhere), and that the page calls a province or region, is that region, not a seat."""
    phrase = " ".join(words).lower()
    return len(words) > 1 and city.lower() != phrase and phrase in _regions_named(doc)


@doc_cache
def _regions_named(doc: Doc) -> frozenset[str]:
    """The capitalised names the page writes with a region word after them ("Razavi Khorasan
    Province"), lowercased, each with its shorter tails."""
    found = set()
    for match in _REGION_NAME.finditer(doc_text(doc)):
        words = match.group(1).lower().split()
        found.update(" ".join(words[i:]) for i in range(len(words)))
    return frozenset(found)


_REGION_NAME = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,3})(?i:" + "|".join(sorted(cue("place_word") - _SETTLEMENT)) + r")\b")


def _place_readings(place: str) -> list[list[str]]:
    """The words of an explicit place to look up, the place that contains the rest first: in
    "Yangon's Insein Prison" or "Dushanbe's Shohmansour district" the possessor is the city, the rest
    a part of it (a prison, a township, a district) that the gazetteer may list as a town too."""
    words = strip_possessive(place).split()
    inner = next((i for i, w in enumerate(words[:-1]) if _POSSESSOR.search(w)), None)
    return [words] if inner is None else [[strip_possessive(" ".join(words[: inner + 1]))], words]


_POSSESSOR = re.compile(r"\w['’]s$")


#: "the Madurai Bench of (the) ...", written just before a court's name
_BENCH_OF = re.compile(r"(?-i:(?P<seat>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}))\s+bench\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def _bench_seat(span: Span) -> tuple[str | None, str | None]:
    """(city, country) of a bench named by its seat before its parent court ("the Madurai Bench of
    the Madras High Court" sits in Madurai, not Madras): only a gazetteer city, so that "a Division
    Bench of the High Court" places nothing."""
    bench = _BENCH_OF.search(doc_text(span.doc)[max(span.start_char - 60, 0) : span.start_char])
    if bench is None:
        return None, None
    city, country = find_place(bench.group("seat").split())
    return (city, country) if city else (None, None)


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
REVIEWING_COURT = re.compile(r"\b(?:appeals?|appellate|cassation|supreme)\b", re.IGNORECASE)


#: what a court named outside any decision's sentence may decide: "appeal" or "trial" rulings
_LEVELS = frozenset({"appeal", "trial"})


#: a blank line between paragraphs (a digest's items are paragraphs)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


#: how many sentences a named court reaches, before a decision and after it
CARRY_BEFORE, CARRY_AFTER = 8, 2


#: how far back "the court" of a decision reaches for the court told before
CARRY_TOLD = 30


#: the heads of venue mentions ("the appeals trial in the town of Gafsa", "the case, which was held
#: in Brest"), where a court sat
_VENUE_WORDS = frozenset({"courtroom", "courthouse", "trial", "hearing", "case"})


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
    return _titled_bench_place(verb)


#: a judge's titles ("Moscow judge X"); a court's name is read by the court finder
_JUDGE_TITLES = frozenset({"judge", "magistrate"})


def _titled_bench_place(verb: Token) -> CourtRef | None:
    """The city that opens a judge's title when the judge is the decision's subject ("Dhaka
    Metropolitan Magistrate Mohammad Jasim sent her to jail", "Moscow judge Anna Petrova ..."): the
    bench sits there. A country's adjective ("Russian judge") names no seat."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        title = subject.doc[subject.left_edge.i : subject.i + 1]
        bench = next((t for t in title if t.lower_ in _JUDGE_TITLES), None)
        if bench is None:
            continue
        city, country = find_place([t.text for t in title[: bench.i - title.start] if t.is_title])
        if city is not None:
            return CourtRef(city=city, country=country)
    return None


_DATELINE_DASH = frozenset({"--", "—", "–", "-"})


def _fronted_place(trigger: Span) -> list[Token]:
    """The object of "In"/"At" opening the sentence (after its dateline, "ABUJA, Nigeria --", or a
    linking adverb, "Meanwhile, in ...") and closed by a comma before the trigger ("In Almaty, a
    judge ..."), however the parser attached it; a relative clause's trigger is told in passing and
    takes none."""
    doc = trigger.doc
    start = start_within(trigger, 0)  # the sentence's start, found without walking all of it
    opening = [t for t in doc[start : end_within(doc[start : start + 1], start + 12)] if not t.is_space]
    dash = next((i for i, t in enumerate(opening) if t.text in _DATELINE_DASH), None)
    first = (
        opening[dash + 1]
        if dash is not None and dash + 1 < len(opening) and opening[0].is_upper
        else (opening[0] if opening else None)
    )
    if first is not None and upos(first) == "ADV" and first.i + 2 < trigger.start and doc[first.i + 1].text == ",":
        first = doc[first.i + 2]
    if first is None or first.lower_ not in {"in", "at"} or trigger.root.dep_ == "relcl":
        return []
    phrase = doc[first.i + 1 : trigger.start]
    comma = next((t.i for t in phrase if t.text == ","), None)
    if comma is None:
        return []
    return [obj for obj in first.children if obj.dep_ == "pobj" and obj.i < comma]


def _place_of(obj: Token) -> CourtRef | None:
    """The place a preposition's object names: a gazetteer place ("Almaty"), a settlement word with
    the name after it ("the capital, Nur-Sultan", "the coastal city of Antalya"), or the capital
    unnamed ("the Kazakh capital", "the capital": its country is decided later)."""
    doc = obj.doc
    nxt = doc[obj.i + 1 : obj.i + 3]
    apposed = obj.lower_ in _SETTLEMENT and len(nxt) == 2 and nxt[0].text in {",", "of"}
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
    words: frozenset[str] = frozenset()
    #: a decision placed by its own clause ("was sentenced in Antalya"), which names no court
    by_clause: bool = False
    #: where a hearing sat ("the case, which was held in Brest"), told after the decision it seats
    venue: bool = False


def carry_courts(frames: list[Frame], mentions: list[tuple[int, Span]]) -> None:
    """A court named once serves the decisions told around it ("An Istanbul court sentenced five
    journalists. X received ...", "Passing sentence at Southwark Crown Court in London, ..."): a frame
    whose sentence places no court takes the nearest placed court a few sentences before it (or just
    after, or as far after as before when the court's sentence tells what it did to the frame's
    defendant: "X was given a suspended sentence ... A court in Kolea also ordered X to pay a fine";
    only after when its sentence introduces a court, "by an Israeli military court", which an
    earlier court is not) that a frame of the same ruling names (of either appeal ruling for an appeal: one hearing
    upholds some sentences and cuts others), or that a mention no frame took names (in a sentence
    without a decision, or one the parse tied to another trigger) when its level fits the ruling (an appeal court for appeals). Countries must agree, and a frame with a
    date of its own ("In May 2016 a court handed ...") takes only a court of that date or an undated
    one next to it. A frame still without a country takes the country of the nearest court of its
    own item (a page's items start at their datelines), else of its item's dateline, else on a page
    of several countries that of a court of its paragraph; a decision in a later paragraph that
    names no court takes the country of the place opening it, so that another item or a
    defendant's nationality does not decide its jurisdiction. A decision its own clause places
    ("was sentenced in Antalya") serves the others as a court mention would, after any court the
    text names; a seat written short
    and in full on one page is given in full. Custody held since a date ("has been in pretrial
    detention since March") is an earlier order, seated by no court told around it."""
    if not frames:
        return
    doc = frames[0].sent.doc
    items = page_items(doc)
    starts = [start for start, _ in items]
    paragraphs = [m.end() for m in _PARAGRAPH_BREAK.finditer(doc_text(doc))]
    clause_places = {
        id(f): place
        for f in frames
        if (f.court is None or f.court.city is None) and (place := clause_place(f.trigger)) is not None
    }
    framed = {(f.sent_index, f.court.name, f.court.city) for f in frames if f.court is not None and f.court.placed}

    def of_frame(f: Frame, court: CourtRef, by_clause: bool = False) -> _Source:
        return _Source(
            f.sent_index,
            bisect(starts, f.trigger.start_char),
            court,
            f.ruling,
            f.date,
            frozenset(map(id, f.persons)),
            bisect(paragraphs, f.trigger.start_char),
            by_clause=by_clause,
        )

    sources = [
        of_frame(f, f.court) for f in frames if f.court is not None and (f.court.country or f.court.city or f.court.in_capital)
    ]
    sources += [
        of_frame(f, (f.court or CourtRef()).merge(clause_places[id(f)]), by_clause=True)
        for f in frames
        if id(f) in clause_places and clause_places[id(f)].city
    ]
    for index, span in mentions:
        ref = court_ref(span, None)
        if (index, ref.name, ref.city) in framed:
            ref = None
        if ref is not None and addressed(span):
            ref = replace(ref, city=None)
        if ref is not None and (ref.country or ref.city or ref.in_capital):
            level = "appeal" if REVIEWING_COURT.search(span.text) else "trial"
            sources.append(
                _Source(
                    index,
                    bisect(starts, span.start_char),
                    ref,
                    level,
                    None,
                    paragraph=bisect(paragraphs, span.start_char),
                    words=_words_of_done(span),
                    venue=span._.court["head"].split()[-1] in _VENUE_WORDS,
                )
            )
    known = [s for s in sources if s.court.country]
    paragraph_bounds = [0, *paragraphs]
    for frame in frames:
        own = frame.court or CourtRef()
        item = bisect(starts, frame.trigger.start_char)
        paragraph = bisect(paragraphs, frame.trigger.start_char)
        place = clause_places.get(id(frame))
        if place is not None:
            frame.court = own = own.merge(place)
        if own.country is None and paragraph and not any(s.paragraph == paragraph for s in sources):
            opening = _opening_country(frame, paragraph_bounds[paragraph])
            if opening:
                frame.court = own = own.merge(CourtRef(country=opening))
        if own.city is None and not held_since(frame.trigger):
            placed = [
                s
                for s in sources
                if (s.court.city or s.court.in_capital)
                and s.item == item
                and _fits(frame, own, s)
                and not _another_case(frame, s)
                and not (frame.new_court and s.index <= frame.sent_index)
                and not ((s.venue or _verdict_told_again(s)) and _told_between(frame, s.index, frames))
            ]
            if placed:
                nearest = min(placed, key=lambda s: _distance(frame, s.index) + 3 * (s.ruling in _LEVELS or s.by_clause))
                frame.court = own = own.merge(nearest.court)
            else:
                frame.court = own = own.merge(_sole_reviewing_court(frame, own, [s for s in sources if s.item == item]))
        mine = [s for s in known if s.item == item]
        if own.country is None and known:
            country = items[item - 1][1] if item and not mine else None
            here = [s for s in mine if s.paragraph == paragraph]
            if country is None and here and len({s.court.country for s in known}) > 1:
                country = min(here, key=lambda s: _distance(frame, s.index)).court.country
            if country is None:
                country = min(mine or known, key=lambda s: _distance(frame, s.index)).court.country
            frame.court = own.merge(CourtRef(country=country))
    _spell_out_seats(frames, {s.court.city for s in sources if s.court.city})
    _settle_homonyms(frames, [s.court.country for s in known])


def _spell_out_seats(frames: list[Frame], seats: set[str]) -> None:
    """A seat the page writes short in one place ("Rostov court sentences ...") and in full in
    another ("the Southern District Military Court of Rostov-on-Don") is given in full: the longer
    name that begins with the short one and is the same gazetteer city."""
    for frame in frames:
        city = frame.court.city if frame.court is not None else None
        if city is None:
            continue
        short = fold(city)
        full = [s for s in seats if _extends(fold(s), short) and same_city(city, s)]
        if full:
            frame.court = replace(frame.court, city=max(full, key=len))


def _extends(name: str, short: str) -> bool:
    """Whether a folded name is a folded short name with more words after it ("rostov-on-don")."""
    return len(name) > len(short) and name.startswith(short) and not name[len(short)].isalnum()


def _verdict_told_again(source: _Source) -> bool:
    """A decision told about no one and with no ruling: the story's verdict told again where it was
    given ("Supporters outside the courthouse in Baku shouted as the verdict was announced")."""
    return source.ruling is None and not source.persons and source.court.city is not None


def _told_between(frame: Frame, index: int, frames: list[Frame]) -> bool:
    """Whether another person's decision is told after `frame` and up to sentence `index`: a
    hearing's venue told there is that decision's ("X got three years. Y got a fine. The case was
    heard in Brest" seats Y's)."""
    return any(
        frame.sent_index < f.sent_index <= index and f.persons and not set(map(id, f.persons)) & set(map(id, frame.persons))
        for f in frames
    )


def _words_of_done(court: Span) -> frozenset[str]:
    """The words of the sentence of a court mention whose verb tells what was done ("A court in
    Kolea also ordered X to pay a fine", "The hearing was held at the ... Court"): that court may seat
    an earlier decision about the people the sentence names. None when the verb tells what is or is
    to come ("The City Court is due to hear X's appeal", "will rule")."""
    verb = next((t for t in court.root.ancestors if t.tag_.startswith("VB")), None)
    if verb is None or verb.tag_ not in {"VBD", "VBN"} or any(c.tag_ == "MD" for c in verb.children):
        return frozenset()
    return frozenset(t.lower_ for t in court.sent)


def _sole_reviewing_court(frame: Frame, own: CourtRef, sources: list[_Source]) -> CourtRef | None:
    """The one placed court an item names reviewing decisions, for an appeal ruling that names no
    court of its own however far from it ("the Tunis Court of Appeal confirmed the convictions ...
    On appeal, the court upheld ..."): an item reporting one appeal hearing has one appeal court."""
    if frame.ruling not in APPEALS or own.name is not None:
        return None
    courts = {
        s.court
        for s in sources
        if s.court.city and (s.ruling in APPEALS or s.ruling == "appeal") and own.country in {None, s.court.country}
    }
    return courts.pop() if len({c.city for c in courts}) == 1 else None


def _opening_country(frame: Frame, start: int) -> str | None:
    """The country of the place a later paragraph opens with ("In Niamey, ...", "Belarus: ..."), a
    digest's item, for a decision there that names no court: the court of the item before is
    another country's. Only a place set off as the paragraph's heading counts ("Ivanova, who fled
    to Lithuania, ..." and "Russia's Investigative Committee said ..." open with no place)."""
    opener = _OPENER.match(doc_text(frame.sent.doc), start)
    if opener is None or opener.end() > frame.trigger.start_char:
        return None
    return find_place((opener.group("fronted") or opener.group("heading")).split())[1]


#: a paragraph headed by a place: "In Niamey, ...", "Belarus: ...", "Niger — ..."
_OPENER = re.compile(
    r"\s*(?:In (?P<fronted>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}),"
    r"|(?P<heading>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3})\s*(?::|—|–|--))\s"
)


def _another_case(frame: Frame, source: _Source) -> bool:
    """A decision about other named people is another case ("X was sentenced by a court in Brest.
    That came hours after Y was sentenced ...", a digest's next item), whose court does not seat
    this one; co-defendants of one hearing share their court when the records are built."""
    return bool(source.persons) and not source.persons & set(map(id, frame.persons))


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
    told = any(p.name.split()[-1].lower() in source.words for p in frame.persons)
    after = CARRY_BEFORE if told or _verdict_told_again(source) else CARRY_AFTER
    if not -after <= gap <= (CARRY_TOLD if frame.court_told else CARRY_BEFORE):
        return False
    court, date = source.court, source.date
    if own.country and court.country and own.country != court.country and own.country not in city_countries(court.city or ""):
        return False
    if frame.date and not (date.startswith(frame.date) or frame.date.startswith(date) if date else abs(gap) <= 1):
        return False
    if source.ruling in _LEVELS:
        return (source.ruling == "appeal") == (frame.ruling in APPEALS)
    return source.ruling is None or source.ruling == frame.ruling or {source.ruling, frame.ruling} <= APPEALS


def court_pronoun(trigger: Span) -> bool:
    """'Five days earlier, it had moved X to house arrest': a decision whose active subject is "it"
    is the court's told last."""
    return any(c.dep_ == "nsubj" and c.lower_ == "it" for c in trigger.root.children)


def in_clause_of(span: Span, trigger: Span) -> bool:
    """A trigger in a relative clause ("..., who was convicted of extortion in January") is told
    about in passing: the sentence's court belongs to it only if the clause names it, or describes
    it ("moved the Delhi High Court, where a bench dismissed his appeal")."""
    verb = trigger.root
    return verb.dep_ != "relcl" or verb.left_edge.i <= span.start <= verb.right_edge.i or span.start <= verb.head.i < span.end
