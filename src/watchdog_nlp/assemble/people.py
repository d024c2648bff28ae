"""People of one article: their mentions, who is who ("Boqaev" is "Maks Boqaev"), and who is not a
defendant (judges, officials, someone's lawyer), with the role and age the text gives them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from itertools import islice

from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from ..data import read_tsv
from ..normalize.places import city_country, country_code, country_entries, place_country
from ..normalize.words import FORMER, NAME_PARTICLES
from ..paths import MODELS_DIR, data_cache
from ..schema import Penalty
from ..tags import upos
from ..windows import doc_cache, doc_text, end_within, lower_ids, span_text, start_within
from .cues import cue, cues

AGE = re.compile(r"(\d{1,3})-year-old")
_AGE_AFTER = re.compile(r",\s+(\d{1,3}),")  #: "Qodirov, 40," (read after the mention, not over the sentence)
MAX_AGE = 130  #: no one is this old: "a 0-year-old" or "a 300-year-old" is not an age
_POSSESSIVE = {"'s", "’s", "ʼs", "'", "’", "ʼ"}
_NAME_TOKEN = re.compile(r"^(?:[^\W\d_]+(?:[-'’ʼ.][^\W\d_]*)*\.?|[-'’ʼ])$")
_FORMER = FORMER


@dataclass(eq=False)
class Person:
    """One person of the article; mentions by surname or pronoun resolve to the same object."""

    name: str
    role: str | None = None
    age: int | None = None
    charges: list[str] = field(default_factory=list)
    #: the charges each sentence telling no decision nor arrest tied to them, one list a sentence
    #: ("faced charges of treason and incitement")
    charge_lists: list[list[str]] = field(default_factory=list)
    prior_penalties: list[Penalty] = field(default_factory=list)
    excluded: bool = False
    relative: bool = False

    @property
    def words(self) -> set[str]:
        return {w.lower() for w in self.name.split()}

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


Mention = tuple[Span, Person]


def strip_possessive(text: str) -> str:
    return re.sub(r"['’ʼ]s?$", "", text.strip()).strip()


#: a nickname in quotes inside a name ('Somchai “Nok” Wongsawat')
_NICKNAME = re.compile(r"\s+[“\"«][^“”\"«»\s]+(?:\s[^“”\"«»\s]+)?[”\"»](?=\s)")


def name_text(text: str) -> str:
    """A name as a record gives it: without a possessive ending or a nickname quoted inside it."""
    return strip_possessive(_NICKNAME.sub("", text))


@functools.lru_cache(maxsize=4096)
def _sorted_words(name: str) -> tuple[str, ...]:
    """A known person's name lowercased, its words sorted: the key a name looked up is compared
    with, asked of every known person at each look-up."""
    return tuple(sorted(name.lower().split()))


def _spelling_variant(words: list[str], other: list[str]) -> bool:
    """Two spellings of one name ("Elahe Rahimzadeh", "Elaheh Rahimzadeh"): the same surname and
    given names that differ by one letter added at the end or inside, or the same given names and
    surnames one transliterated vowel apart ("Hafiz Mirzaly", "Hafiz Mirzala")."""
    if len(words) != len(other) or len(words) < 2:
        return False
    if words[-1].lower() != other[-1].lower():
        return [w.lower() for w in words[:-1]] == [w.lower() for w in other[:-1]] and _vowel_apart(words[-1], other[-1])
    for a, b in zip(words[:-1], other[:-1]):
        a, b = sorted((a.lower(), b.lower()), key=len)
        if a != b and not (len(a) >= 4 and len(b) == len(a) + 1 and any(b[:i] + b[i + 1 :] == a for i in range(len(b)))):
            return False
    return True


def _vowel_apart(a: str, b: str) -> bool:
    """Surnames of five letters or more that differ in one vowel only, past the first letter."""
    a, b = a.lower(), b.lower()
    if len(a) != len(b) or len(a) < 5 or a[0] != b[0]:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and all(c in "aeiouy" for c in diff[0])


class PersonIndex:
    """Person clusters: full names first, so a surname seen before its full name still joins it."""

    def __init__(self) -> None:
        self.people: list[Person] = []

    def find(self, text: str) -> Person | None:
        words = name_text(text).split()
        if not words:
            return None
        full = tuple(sorted(w.lower() for w in words))
        for person in self.people:
            if _sorted_words(person.name) == full or _spelling_variant(words, person.name.split()):
                return person
        if len(words) > 1:
            wider = [p for p in self.people if set(full) < p.words]
            tails = [p for p in wider if [w.lower() for w in p.name.split()[-len(words) :]] == [w.lower() for w in words]]
            return wider[0] if len(wider) == 1 else tails[0] if len(tails) == 1 else None
        if len(words) == 1:
            matches = [p for p in self.people if words[0].lower() in p.words]
            matches = [p for p in matches if not p.relative] or matches
            return matches[0] if matches else None
        return None

    def add(self, text: str) -> Person:
        name = name_text(text)
        found = self.find(name)
        if found is None:
            found = Person(name=name)
            self.people.append(found)
        elif (len(name.split()), len(name)) > (len(found.name.split()), len(found.name)):
            found.name = name
        return found

    def cluster(self, mentions: list[Span]) -> None:
        """Index every mention; a person named anywhere as a judge, official or someone's lawyer
        (or listed with one: "the lawyers, Li Mingtao and Liu Qingyu") is excluded throughout."""
        for mention in sorted(mentions, key=lambda m: -len(m)):
            self.add(mention.text)
        excluded = [m for m in mentions if is_excluded(m)]
        listed_with = [e for e in excluded if not is_alias(e)]  # "known as Y, and the rapper Z": Z is no alias
        excluded += [m for m in mentions if m.root.dep_ == "conj" and any(e.start <= m.root.head.i < e.end for e in listed_with)]
        for mention in excluded:
            person = self.find(mention.text)
            if person is not None:
                person.excluded = True
        for mention in mentions:
            if is_relative(mention):
                self.find(mention.text).relative = True

    def surname_mentions(self, sent: Span, taken: list[Span]) -> list[tuple[Span, Person]]:
        """Known people's surnames the NER missed (often tagged ORG, or nothing), not where they
        name an outlet ("Temirov Live"), qualify a word ("anti-Putin") or stand on a headline or
        menu line."""
        surnames: dict[str, Person] = {}
        for person in self.people:
            if not person.excluded and len(person.name.split()) > 1:
                surnames.setdefault(person.surname.lower(), person)
        found = []
        if not surnames:
            return found
        covered = {i for span in taken for i in range(span.start, span.end)}
        by_id = {hash_string(surname): person for surname, person in surnames.items()}
        lowers = lower_ids(sent.doc)
        for i in range(sent.start, sent.end):
            person = by_id.get(lowers[i])
            if person is None:
                continue
            tok = sent.doc[i]
            hyphenated = tok.i > 0 and sent.doc[tok.i - 1].text in {"-", "–"} and not sent.doc[tok.i - 1].whitespace_
            if tok.text[:1].isupper() and tok.i not in covered and not hyphenated:
                span = sent.doc[tok.i : tok.i + 1]
                names_outlet = tok.i + 1 < len(sent.doc) and sent.doc[tok.i + 1].lower_ in cue("organization_word")
                if not names_outlet and not _is_furniture_line(span):
                    found.append((span, person))
        return found


def person_mentions(doc: Doc, ents: tuple[Span, ...] | None = None) -> list[Span]:
    """PERSON entities as names: adjacent pieces joined ("José Eduardo" + "Vallejo Cañizares"), lists
    split at commas, honorifics and titles dropped ("Ms", "Archbishop"), cut at a line break, widened
    by patronymics ("Turdubek kyzy"), a given name the NER left out and the untagged proper nouns
    after it ("Nguyen Thi" + "Tuyet Lan"), trimmed of possessives;
    without the places, outlets, page furniture and headline words the NER calls people."""
    patronymics = cue("patronymic")
    ents = doc.ents if ents is None else ents
    bulleted = _bulleted_names(doc, [e for e in ents if e.label_ == "PERSON"])
    pieces = _name_pieces(doc, ents, bulleted)
    listed = {(s.start, s.end) for s in bulleted}
    name_words = {
        t.lower_ for piece in pieces if len(piece) > 1 and not org_like(piece) and not _outlet_or_place(piece) for t in piece
    }
    mentions = []
    for piece in pieces:
        span = trimmed_name(piece)
        if span is None:
            continue
        start, end = span.start, span.end
        while end < len(doc) and doc[end].lower_ in patronymics:
            end += 1
        while (
            end < len(doc)
            and end - start < 5
            and doc[end - 1].whitespace_ == " "
            and (_is_given_name(doc[end]) or _last_name_part(doc[end]))
        ):
            end += 1
        if start == end - 1 and start_within(piece, start - 2) == start - 2 and _is_given_name(doc[start - 1]):
            start -= 1
        if 1 < end - start < 4 and start > 0 and _opening_name_word(doc[start - 1], doc[start:end]):
            start -= 1
        while end - start < 5 and start_within(span, start - 2) == start - 2 and _given_name_taken(doc[start - 1]):
            start -= 1
        span = doc[start:end]
        if len(span) == 1 and not (
            span[0].lower_ in name_words or _introduced(span) or listed_name(span[0]) or _decided_on(span, pieces)
        ):
            continue
        known_name = len(span) == 1 and span[0].lower_ in name_words
        if (known_name or not org_like(span)) and not not_a_name(span, listed=(span.start, span.end) in listed):
            mentions.append(span)
    return mentions


def _decided_on(span: Span, pieces: list[Span]) -> bool:
    """A lone name the NER tags a person again elsewhere, that a decision verb takes as its object
    ("three judges convicted Sonthara and 13 others"): someone known by one name."""
    root = span.root
    return (
        root.dep_ in {"dobj", "nsubjpass"}
        and any(r.start <= root.head.i < r.end for r in span.doc.spans.get("ruling", []))
        and sum(p.text == span.text for p in pieces) > 1
    )


def _outlet_or_place(span: Span) -> bool:
    """ "Diario de Cuba", "Lake Urmia": a name the validator rejects, whose words name nobody elsewhere."""
    return bool({t.lower_ for t in span} & cue("organization_word")) or span[0].lower_.rstrip(".") in cue("place_feature")


def _name_pieces(doc: Doc, ents: tuple[Span, ...], bulleted: list[Span]) -> list[Span]:
    """PERSON entities of `ents` (the Doc's, as the caller read them), names the NER took for an
    organisation or place beside a person's (see _coordinated_with_person) and the `bulleted` names of
    a list of people; those that touch joined into one name and lists split at commas, "and" and
    dashes between spaces ("the weekly Nova Zora - Ivan Petrov and Anna Smirnova -")."""
    people = [e for e in ents if e.label_ == "PERSON"]
    taken = [e for e in ents if _coordinated_with_person(e, people)]
    ents = sorted([*people, *taken, *bulleted], key=lambda e: e.start)
    joined: list[Span] = []
    for ent in ents:
        if joined and joined[-1].end == ent.start and "\n" not in doc[ent.start - 1].whitespace_:
            joined[-1] = doc[joined[-1].start : ent.end]
        else:
            joined.append(ent)
    pieces = []
    for span in joined:
        start = span.start
        for tok in [*span, None]:
            if tok is None or tok.text == "," or tok.lower_ == "and" or _spaced_dash(tok):
                end = tok.i if tok is not None else span.end
                if end > start:
                    pieces.append(doc[start:end])
                start = end + 1
    return pieces


def _bulleted_names(doc: Doc, people: list[Span]) -> list[Span]:
    """'The nine were:\n • A B (detained)\n • C D\n • E F': in a run of bulleted lines of which
    one holds just a person's name (a parenthesis or a comma may follow it), each other line holding
    just two to four capitalised words the NER tags as no person holds a name too. Any other line
    with words ends the run."""
    text = doc_text(doc)
    runs: list[list[Span]] = [[]]
    at = 0
    for line in text.split("\n"):
        start, at = at, at + len(line) + 1
        own = line.strip()
        if not own:
            continue
        name = _bulleted_name(doc, start + line.index(own[0]), start + len(line)) if own[0] in BULLETS else None
        if name is None:
            runs.append([])
        else:
            runs[-1].append(name)
    spans = {(p.start, p.end) for p in people}
    return [
        span
        for run in runs
        if len(run) > 1 and any((s.start, s.end) in spans for s in run)
        for span in run
        if not any(t.ent_type_ == "PERSON" for t in span)
    ]


def _bulleted_name(doc: Doc, bullet: int, end: int) -> Span | None:
    """The two to four capitalised words a bulleted line opens with, when only a parenthesis or a
    comma follows them."""
    words = doc.char_span(bullet + 1, end, alignment_mode="expand")
    if words is None:
        return None
    run = [t for t in words if not t.is_space]
    cut = next((k for k, t in enumerate(run) if t.text in {"(", ","}), len(run))
    name = run[:cut]
    if not 2 <= len(name) <= 4 or not all(t.is_alpha and t.is_title and t.tag_ == "NNP" for t in name):
        return None
    return doc[name[0].i : name[-1].i + 1]


#: entity types the NER gives a whole unknown name beside a person's
_NAME_TAKEN_AS = {"ORG", "GPE", "LOC"}


def _coordinated_with_person(ent: Span, people: list[Span]) -> bool:
    """'the sentences of [Ana Vidal]ORG and [Marta Ruiz]PERSON': two or three capitalised words the
    NER calls an organisation or a place, coordinated with a person's name, are a name too, unless a
    word of them is an organisation's or they name a place the gazetteer knows."""
    if (
        ent.label_ not in _NAME_TAKEN_AS
        or not 2 <= len(ent) <= 3
        or not all(t.is_alpha and t.is_title and t.tag_ == "NNP" for t in ent)
    ):
        return False
    if any(t.lower_ in cue("organization_word") for t in ent) or place_country(ent.text) is not None:
        return False
    root = ent.root
    heads = {p.root.head.i for p in people if p.root.dep_ == "conj"}
    return (root.dep_ == "conj" and any(p.start <= root.head.i < p.end for p in people)) or root.i in heads


def _spaced_dash(tok: Token) -> bool:
    """A dash with a space on each side: a break between phrases, where a hyphen inside a name
    touches its words."""
    return tok.text in {"-", "–", "—"} and bool(tok.whitespace_) and tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_)


def trimmed_name(span: Span) -> Span | None:
    """The name inside an entity: up to a line break, without honorifics, titles, descriptions
    ("Activist Ahmed Hamdan") or a people's name before it, possessives or stray lowercase words
    after it."""
    doc = span.doc
    start, end = span.start, span.end
    for tok in span:
        if tok.is_space or "\n" in tok.whitespace_:
            end = tok.i + (not tok.is_space)
            break
    strip = cues("honorific", "plural_honorific", "non_defendant_title", "third_party_title", "person_description")
    while start < end and (
        doc[start].lower_.rstrip(".") in strip or not doc[start].text[:1].isupper() or _demonym(doc[start].lower_)
    ):
        start += 1
    while end > start and (doc[end - 1].lower_ in _POSSESSIVE or not _name_end(doc[end - 1])):
        end -= 1
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    ):
        end += 2
    if end == start or not any(t.is_alpha for t in doc[start:end]):
        return None
    return doc[start:end]


@data_cache
def _demonyms() -> frozenset[str]:
    return frozenset(a.lower() for entry in country_entries() for a in entry.get("adjectives", []))


def _demonym(word: str) -> bool:
    """ "Uyghur", "Uyghurs", "Kazakh": a people, not a given name ("Uyghurs Ilham Memtimin and ...")."""
    return word in _demonyms() or (word.endswith("s") and word[:-1] in _demonyms())


def _name_end(tok: Token) -> bool:
    """A word that can close a name: capitalised, a patronymic, or the tail of "Kin-man"."""
    doc = tok.doc
    hyphenated = tok.i > 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_
    return tok.text[:1].isupper() or tok.lower_ in cue("patronymic") or (tok.is_alpha and hyphenated)


def _introduced(span: Span) -> bool:
    """A lone word that the text presents as a person ("Dr Nakabugo", "blogger Qodirov"), or one of
    the surnames listed after a plural honorific ("Misters Kumar and Singh")."""
    if span.start == 0:
        return False
    doc = span.doc
    before = doc[span.start - 1].lower_.rstrip(".")
    if before in cues("honorific", "person_description", "plural_honorific"):
        return True
    i = span.start - 1
    while i > start_within(span, span.start - 8) and (doc[i].lower_ in {"and", ","} or doc[i].text[:1].isupper()):
        i -= 1
        if doc[i].lower_.rstrip(".") in cue("plural_honorific"):
            return True
    return False


#: entity types the NER gives a given name it does not know
_MISTAKEN_GIVEN = {"GPE", "NORP", "ORG"}
#: entity types no single name hides in (the NER's guess for a lone unknown name is anything else)
_NOT_SINGLE_NAME = {"DATE", "TIME", "MONEY", "CARDINAL", "ORDINAL", "PERCENT", "QUANTITY", "LAW", "FAC"}


def listed_name(tok: Token) -> bool:
    """A lone capitalised word that a list presents as a person: one of two or more coordinated
    names in apposition to a word for people ("four activists, Kathiresan, Murugan and Selvam"),
    right after one ("activists Ramesh and Suresh"), or each with an age ("Kathiresan, 45, Murugan,
    38, and Selvam, 29"), or a name given a term ("sentenced Kathiresan to five years"). Single
    names (South Indian, Indonesian, a surname alone) are common there and the NER tags them
    anything. Not someone's relatives or colleagues ("her daughters Vika and Zlata"), nor
    organisation words or places the gazetteer knows (looked up last: most words fail before)."""
    return _lone_name_word(tok) and _listed(tok) and place_country(tok.text) is None


def _listed(tok: Token) -> bool:
    """Whether the word's place in the sentence makes it a listed or sentenced person (see listed_name)."""
    first = tok
    while first.dep_ in {"conj", "appos"} and _lone_name_word(first.head):
        first = first.head
    if first is tok and not any(c.dep_ in {"conj", "appos"} and c.tag_ == "NNP" for c in tok.children):
        return _given_a_term(tok)
    doc = tok.doc
    before = doc[first.i - 1] if first.i > 0 else None
    after_comma = first.dep_ == "conj" and doc[first.head.i + 1].text == ","  # the parser's other reading of apposition
    if (first.dep_ == "appos" or after_comma) and _people_word(first.head):
        return True
    if before is not None and before.tag_ == "NNS" and _people_word(before):
        return True
    return (_aged(first) and _aged(tok)) or _given_a_term(tok)


def _given_a_term(tok: Token) -> bool:
    """'sentenced Kathiresan to five years', ', Mikhnevich to 16 years and Lapko to 15 years': a
    lone name right after a verb, a comma or "and", followed by "to" / "for" and a term; or the
    first object of a penalty verb that a personal pronoun later in the sentence refers back to
    ("fined Petrova 300,000 rubles ..., finding her guilty", "handed Lam the sentence after ... his
    guilty plea": an organisation fined is "it")."""
    doc = tok.doc
    if _penalised(tok):
        return True
    if tok.i == 0 or tok.i + 3 >= len(doc):
        return False
    before, prep, number, unit = doc[tok.i - 1], doc[tok.i + 1], doc[tok.i + 2], doc[tok.i + 3]
    if not (before.tag_.startswith("VB") or before.text == "," or before.lower_ == "and") or prep.lower_ not in {"to", "for"}:
        return False
    return number.lower_ in {"death", "life"} or (number.like_num and unit.lower_ in TERM_UNITS)


TERM_UNITS = {"year", "years", "month", "months", "week", "weeks", "day", "days"}
_PERSONAL_PRONOUNS = {"he", "him", "his", "himself", "she", "her", "hers", "herself"}


def _penalised(tok: Token) -> bool:
    """The first object of a penalty verb ("fined X 300,000 rubles", "handed X the sentence"),
    referred back to by a personal pronoun later in its sentence (see _given_a_term)."""
    if tok.dep_ in {"dobj", "dative"}:
        verb = tok.head
    elif tok.dep_ == "nmod" and tok.head.dep_ == "dobj":  # "fined [Petrova] 300,000 rubles" parsed as one object
        verb = tok.head.head
    else:
        return False
    if verb.lower_ not in cue("penalty_verb"):
        return False
    return any(t.lower_ in _PERSONAL_PRONOUNS for t in tok.doc[tok.i + 1 : tok.sent.end])


def _lone_name_word(tok: Token) -> bool:
    """A capitalised word standing alone (no capitalised word beside it) that may be a name; one
    the NER calls an organisation only when an age or a prison term follows it."""
    if not (tok.is_alpha and tok.is_title and tok.tag_ == "NNP") or tok.ent_type_ in _NOT_SINGLE_NAME:
        return False
    if tok.ent_type_ == "ORG" and not (_aged(tok) or _given_a_term(tok)):
        return False
    doc = tok.doc
    if any(0 <= i < len(doc) and doc[i].tag_ == "NNP" and doc[i].is_title for i in (tok.i - 1, tok.i + 1)):
        return False
    return tok.lower_ not in cue("organization_word") and tok.lower_ not in cue("not_name_word")


def _people_word(tok: Token) -> bool:
    """A word for people that a list of names may follow: not someone's ("her daughters", "his
    colleagues")."""
    low = tok.lower_
    people = cue("listing_noun")
    if low in cue("relation_of") or any(c.dep_ == "poss" for c in tok.children):
        return False
    return low in people or (low.endswith("s") and low[:-1] in people)


def _aged(tok: Token) -> bool:
    """'Kathiresan, 45,': a word followed by an age between commas."""
    doc = tok.doc
    near = doc[tok.i + 1 : tok.i + 4]
    return (
        len(near) == 3
        and near[0].text == ","
        and near[1].is_digit
        and 0 < int(near[1].text) < MAX_AGE
        and near[2].text in {",", "."}
    )


def not_a_name(span: Span, listed: bool = False) -> bool:
    """Words the NER calls a person that a page shows are not one: a headline or menu line, a byline
    or photo credit, a fragment of a hyphenated place ("Rostov-on-Don"), a place or region name, an
    outlet or party ("Diario X", "X Manch", "The X"), a lake or mountain ("Lake X"), a title in
    quotation marks or one opening with a preposition ("Without Borders"), a lone decision word.
    A name `listed` on a bulleted line of a list of people is no headline or menu line."""
    doc = span.doc
    words = {t.lower_ for t in span}
    if _outlet_or_place(span) or words & cues("not_name_word", "credit_word") or span[0].lower_ == "the":
        return True
    if span[0].tag_ == "IN" and len(span[0]) > 3 and span[0].lower_ not in NAME_PARTICLES:
        return True  # "Reporters [Without Borders]": a title's tail the NER took, opening with a preposition
    if len(span) == 1 and any((r.start, r.end) == (span.start, span.end) for r in doc.spans.get("ruling", ())):
        return True  # "[Russian Blogger Jailed]PERSON": a headline's decision verb left after its role word
    if any(not _NAME_TOKEN.match(word) for word in name_text(span.text).split()):
        return True
    if span.start > 0 and doc[span.start - 1].text in {"-", "–"} and not doc[span.start - 1].whitespace_:
        return True
    if len(span) > 1 and place_country(strip_possessive(span.text)) is not None:
        return True
    return _quoted(span) or _is_credit(span) or (not listed and _is_furniture_line(span))


_OPENING_QUOTES = {'"', "“", "«", "„", "‘", "'"}
_CLOSING_QUOTES = {'"', "”", "»", "“", "’", "'"}


def _quoted(span: Span) -> bool:
    """ "the newspaper “Azadiya Welat”", "the campaign “Free Minds”": words set in quotation marks of
    their own are the title of an outlet, campaign or work, not a person's name (a name quoted inside
    a longer quote has other words beside it; a possessive after it is no closing mark)."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    owned = span.end + 1 < len(doc) and doc[span.end + 1].lower_ == "s" and not after.whitespace_
    return before.text in _OPENING_QUOTES and after.text in _CLOSING_QUOTES and not owned


def _is_credit(span: Span) -> bool:
    """ "By Liza Khutsishvili", "(Photo by Anna Kovacs/AFP)", "Reporting by ...", "Photo: Name", "A and
    B, Associated Press"."""
    doc = span.doc
    if span[-1].text.endswith("/") or (span.end < len(doc) and doc[span.end].text.startswith("/")):
        return True
    if _agency_byline(span):
        return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    prior = doc[span.start - 2] if span.start > 1 else None
    if before.lower_ == "by":
        return prior is None or prior.is_space or prior.text == "(" or prior.lower_ in cue("credit_word")
    if before.text == ":" and prior is not None and prior.lower_ in cue("credit_word"):
        return True
    return _dateline_byline(span)


def _agency_byline(span: Span) -> bool:
    """ "Ayse Wieting and Suzan Fraser, Associated Press": a short line of names, "and" and commas that
    ends with an outlet or agency ("Reuters", "Associated Press", "X News") is a byline."""
    line = _line(span).strip()
    names, comma, outlet = line.rpartition(",")
    words = names.replace(",", " ").split()
    agency = outlet.split()
    return (
        bool(comma)
        and 2 <= len(words) <= 9
        and 0 < len(agency) <= 3
        and all(w[:1].isupper() for w in agency)
        and bool({w.lower() for w in agency} & cues("not_name_word", "organization_word"))
        and all(w[:1].isupper() or w.lower() in {"and", "&"} for w in words)
    )


def _dateline_byline(span: Span) -> bool:
    """ "14ymedio, Ana Ruiz, Havana, 9 January 2022 —": a name before the place and date of a dateline."""
    doc = span.doc
    after = doc[span.end : min(len(doc), span.end + 8)]
    labels = [t.ent_type_ or t.text for t in after if not (t.ent_iob_ == "I")]
    return labels[:4] == [",", "GPE", ",", "DATE"]


BULLETS = {"-", "•", "*", "–", "·"}
_LINK_LIST_HEADER = re.compile(
    r"(related|most read|most popular|popular|trending|read more|more from|more world news|more news|recent posts|see also|also read|latest|further reading)\b",
    re.I,
)
#: "Read more: Kazakh blogger X jailed for four years": one link, its header on its own line
_LINK_LINE = re.compile(_LINK_LIST_HEADER.pattern + r"\s*([:|»])", re.I)


@doc_cache
def _entity_words(doc: Doc) -> frozenset[str]:
    """The words of the Doc's named entities, computed once per Doc (Doc.ents rebuilds itself on
    every access)."""
    return frozenset(t.text for ent in doc.ents for t in ent)


def _line(span: Span) -> str:
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    return text[start : end if end >= 0 else len(text)]


@doc_cache
def _headline_lines(doc: Doc) -> dict[str, bool]:
    """Whether each line of the Doc read so far looks like a headline (see `_headline_like`)."""
    return {}


#: how a sentence of prose ends: a full stop after a lowercase letter
_PROSE_END = re.compile(r"[a-z]\.[\"”’]?$")


def _prose(line: str) -> bool:
    """A sentence of prose: nine words or more ending in a full stop after a lowercase letter (read
    without a regex over the words, which backtracked quadratically on a long line of names)."""
    return not line[:1].isspace() and len(line.split(None, 8)) > 8 and _PROSE_END.search(line) is not None


def _headline_like(doc: Doc, line: str) -> bool:
    """Most longer words of the line capitalised, some of them no named entity, and no sentence of
    prose (a list of names and places: "Those arrested were A in X, B and C in Y."); read once per
    line of a Doc (a long line read per name on it made a run-on text quadratic)."""
    lines = _headline_lines(doc)
    if line not in lines and _prose(line):
        lines[line] = False
    if line not in lines:
        words = re.findall(r"[^\W\d_][\w'’ʼ-]{3,}", line)
        capitalised = [w for w in words if w[0].isupper()]
        entity_words = _entity_words(doc)
        outside = [w for w in capitalised if w not in entity_words]
        lines[line] = len(outside) >= 2 and len(capitalised) >= 0.75 * len(words)
    return lines[line]


def _is_furniture_line(span: Span) -> bool:
    """A name on a headline, menu or tag line (most longer words capitalised, some of them no named
    entity, or links set apart by " | "), alone on its line (a byline) while the text never names it
    again, in a list of links under "Related" or "Most read", or on a link line ("Read more: ...")."""
    line = _line(span).strip()
    if _link_list(span) or _LINK_LINE.match(line):
        return True
    name = strip_possessive(span.text)
    if re.sub(r"^[Bb]y\s+", "", line).rstrip(".,") == name:
        return doc_text(span.doc).count(span[-1].text) == 1
    if line.count(" | ") >= 2 and not _prose_after_bars(span):
        return True
    return _headline_like(span.doc, line)


def _prose_after_bars(span: Span) -> bool:
    """'Gulu, Uganda | THE DAILY WITNESS | Novelist X has been remanded in custody ...': the name stands in
    a sentence after the last bar of its line (a dateline and an outlet run into the story), no
    menu item."""
    text = doc_text(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    line_end = text.find("\n", span.end_char) % (len(text) + 1)
    bar = text.rfind(" | ", line_start, span.start_char)
    if bar < 0 or text.find(" | ", span.end_char, line_end) >= 0:
        return False
    segment = text[bar + 3 : line_end].strip()
    return len(segment.split()) >= 8 and segment[-1:] in {".", "!", "?", '"', "”"}


def link_line(span: Span) -> bool:
    """The span is on a line of links a header and a colon open ("Read more: Cuba: Screen addiction
    with high drug use", "Also read: ..."): another story's title, not the article's text."""
    found = _LINK_LINE.match(_line(span).strip())
    return found is not None and found.group(2) == ":"


#: lines read back from a name for the header of the list of links it may be in (a longer run is prose)
_LINK_LIST_LINES = 40


def _link_list(span: Span) -> bool:
    """The line holding the span is one of a list headed "Related", "Most read", ...: a bulleted
    line under the header, or a title (no full stop) in a run of titles right under a header that
    stands on its own line ("Related coverage:")."""
    text = doc_text(span.doc)
    own = _line(span).strip()
    bulleted = own[:1] in BULLETS
    if not bulleted and own.endswith("."):
        return False
    end = text.rfind("\n", 0, span.start_char)
    for _ in range(_LINK_LIST_LINES):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and (not bulleted or line[:1] not in BULLETS):
            if _LINK_LIST_HEADER.match(line) and (bulleted or _header_line(line)):
                return True
            if bulleted or line.endswith("."):
                return False
        end = start - 1
    return False


def _header_line(line: str) -> bool:
    """A header alone on its line: a few words and at most a colon after them ("Related coverage:")."""
    return len(line.split()) <= 3 and line.rstrip(":").replace(" ", "").isalpha()


def _is_given_name(tok: Token) -> bool:
    """A capitalised word before a lone surname that is the person's given name: untagged, or a
    word the NER alone calls a place or a people ("[Aliaksei]GPE [Marozau]PERSON") that the parser
    makes part of the name and the gazetteer knows as no place."""
    not_given = cues("non_defendant_title", "honorific", "third_party_title")
    if upos(tok) != "PROPN" or not tok.text[:1].isupper() or not tok.is_alpha or tok.lower_ in not_given:
        return False
    if not tok.ent_type_:
        return True
    alone = tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
    return (
        alone
        and tok.ent_type_ in _MISTAKEN_GIVEN
        and tok.dep_ == "compound"
        and tok.head.i == tok.i + 1
        and place_country(tok.text) is None
    )


def _opening_name_word(tok: Token, name: Span) -> bool:
    """ "[Vu] [Tien Chi]PERSON, 55, was convicted": an untagged common given name (or clan name)
    opening its sentence right before a name of two or three words, all of them common given names
    too (as the parts of a Vietnamese or Chinese name are; "Minor Pavel Sokolov" ends with a
    surname), is the name's first word (the NER leaves a sentence's first word out of a three-part
    name)."""
    doc = tok.doc
    if not all(is_given_name(t.text) for t in name):
        return False
    opens = tok.i == 0 or tok.is_sent_start or "\n" in doc[tok.i - 1].text + doc[tok.i - 1].whitespace_
    return (
        opens
        and not tok.ent_type_
        and tok.whitespace_ == " "
        and tok.is_title
        and tok.is_alpha
        and upos(tok) == "PROPN"
        and tok.lower_ not in cues("non_defendant_title", "honorific", "third_party_title", "person_description")
        and is_given_name(tok.text)
    )


def _last_name_part(tok: Token) -> bool:
    """ "[Tran Minh Duc]PERSON [Vuong]GPE, 29,": one word right after a name that the NER alone
    calls a place, people or organisation, closing the name (a comma, full stop or lowercase word
    next), and a place the gazetteer does not know, is the name's last word."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        tok.ent_type_ in _MISTAKEN_GIVEN
        and tok.ent_iob_ == "B"
        and (nxt is None or nxt.ent_iob_ != "I")
        and (nxt is None or not nxt.text[:1].isupper())
        and tok.is_title
        and tok.is_alpha
        and upos(tok) == "PROPN"
        and place_country(tok.text) is None
        and tok.lower_ not in cue("organization_word")
    )


def _given_name_taken(tok: Token) -> bool:
    """ "[YouTubers Syed]ORG [Kamran Abbas]PERSON": a common given name closing another entity, on
    the name's line right before it, is the name's first word (the NER took it with the word before)."""
    return (
        tok.ent_type_ in _MISTAKEN_GIVEN
        and tok.whitespace_ == " "
        and tok.is_title
        and upos(tok) == "PROPN"
        and (tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")
        and tok.lower_ not in cues("non_defendant_title", "honorific", "third_party_title")
        and is_given_name(tok.text)
        and (tok.ent_type_ != "GPE" or place_country(tok.text) is None)
    )


def org_like(span: Span) -> bool:
    """NER's PERSON guesses that are places or outlets ("Almaty", "the affiliated Ait Ait Dese channel",
    "the state postal service, Posta Moldovei")."""
    doc = span.doc
    if _led_group(span.root) or _names_the_organization(span) or _employs_the_next(span):
        return True
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    words = [t.lower_ for t in span if t.lower_ not in _POSSESSIVE]
    organizations = cue("organization_word")
    if not words or after in organizations or words[-1] in organizations or before in organizations | {"the", "affiliated"}:
        return True
    if any(t.like_num for t in span):
        return True
    if before == "in" or (before == "of" and span.start > 1 and doc[span.start - 2].lower_ in cue("place_word")):
        return True
    text = strip_possessive(span.text)
    return len(span) == 1 and (country_code(text) is not None or city_country(text) is not None)


def _names_the_organization(span: Span) -> bool:
    """ "the state postal service, Posta Moldovei", "Green Dawn (GD) magazine": a name in apposition
    to a nearby organisation noun or modifying one, or set after one and a comma unless it opens with
    a given name ("members of the group, Ivan Petrov and ...") or stands in apposition to a word for
    people ("the third defendant in the case, X")."""
    doc = span.doc
    organizations = cue("organization_word")
    head = span.root.head
    if (
        span.root.dep_ == "appos"
        and head.lower_ in organizations
        and span.start - 4 <= head.i < span.start
        and not _misattached_list(span.root)
        and not _of_a_described_person(head)
    ):
        return True
    if span.root.dep_ in {"compound", "nmod"} and head.lower_ in organizations:
        return True
    return (
        span.start > 1
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].lower_ in organizations
        and not is_given_name(span[0].text)
        and not (span.root.dep_ == "appos" and _people_word(span.root.head))  # "the third defendant in this case, X"
    )


def _of_a_described_person(noun: Token) -> bool:
    """ "the editor of the X website, Araz Aliyev": the organisation closes a phrase describing a
    person ("the editor of"), so the name after it, which the parser hangs on the organisation, is
    that person's."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in cue("person_description")


def _employs_the_next(span: Span) -> bool:
    """ "Al-Dustour chief editor Ibrahim Issa", "Tele1 presenter Ali Kaya": a name set bare (no
    "'s", no comma) before a role noun that a capitalised name follows is the employer, an outlet or
    a group; one person's name never stands there."""
    doc = span.doc
    i = span.end
    while i < len(doc) and i - span.end < 3 and doc[i].is_lower and upos(doc[i]) in {"NOUN", "ADJ"}:
        i += 1
    return (
        span.end < i < len(doc)
        and doc[i - 1].lower_ in cue("person_description")
        and doc[i].is_title
        and upos(doc[i]) == "PROPN"
        and "\n" not in doc[span.end - 1].whitespace_
    )


@data_cache
def _given_names() -> frozenset[str]:
    return frozenset(row[0] for row in read_tsv(MODELS_DIR / "names" / "given_names.tsv"))


def is_given_name(word: str) -> bool:
    """A common given name of some country (models/names/given_names.tsv, derived from names-dataset
    by scripts/build_given_names.py); a rare name is missing, so absence proves nothing."""
    return word.lower() in _given_names()


def _led_group(tok: Token) -> bool:
    """The object of leading or founding ("who leads X", "the founder of X"): a group, not a person."""
    if tok.dep_ == "dobj":
        return tok.head.lower_ in cue("group_leadership")
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in cue("group_leadership")


def _misattached_list(root: Token) -> bool:
    """'co-defendants in the case -- A and B --': a list of names the parser hangs on the
    organisation word of a phrase that qualifies a word for people; the list is those people."""
    head = root.head
    if not any(c.dep_ == "conj" and c.tag_ == "NNP" for c in root.children):
        return False
    if head.dep_ != "pobj" or head.head.dep_ != "prep":
        return False
    prep = head.head
    people = cue("listing_noun")
    owners = {prep.head.lower_, prep.doc[prep.i - 1].lower_}  # the parser may hang the phrase on the verb
    return any(owner in people or (owner.endswith("s") and owner[:-1] in people) for owner in owners)


#: marks that close a quote or a sentence: a title before one is not the title of the name after it
_CLOSING = {".", "!", "?", "»", ")"}


def is_excluded(mention: Span) -> bool:
    """Judges, officials and people's lawyers are named around decisions but are not their subjects;
    an alias ("X, alias Y", "X (Y)", "X, known as Y") is the name of someone named already."""
    doc = mention.doc
    if is_alias(mention):
        return True
    titles, lawyers = cues("non_defendant_title", "third_party_title"), cue("lawyer")
    if _represents(mention):
        return True
    window = [t for t in doc[start_within(mention, mention.start - 5) : mention.start] if not t.is_space]
    closed = [i for i, t in enumerate(window) if t.is_quote or t.text in _CLOSING]
    window = window[closed[-1] + 1 :] if closed else window  # '"... a king," X said': no title of X's
    words = [t.lower_.rstrip(".") or t.lower_ for t in window if not t.is_punct]
    if words and words[-1] in titles:
        return not any(w in _FORMER for w in words)
    if (
        len(window) > 1
        and window[-2].lower_.rstrip(".") in titles
        and not window[-1].is_punct
        and upos(window[-1]) not in {"VERB", "AUX"}
    ):
        return not any(w in _FORMER for w in words)
    if words and (words[-1] in lawyers or words[-1] == "defender"):
        whose = words[-2] if len(words) > 1 else ""
        if whose in {"'s", "’s", "his", "her", "their", "the", "lawyer"} | cue("counsel_side"):
            return True
        if words[-1] == "defender":
            return False
        return mention.root.head.lower_ in cue("speech_verb") and mention.root.dep_ == "nsubj"
    if _presides(mention) or _listed_after_title(mention, titles) or _harmed(mention):
        return True
    after = [t.lower_ for t in doc[mention.end : end_within(mention, mention.end + 5)]]
    if after[:1] == [","] and len(after) > 2 and (after[1] in {"his", "her", "their"} or after[2] in {"'s", "’s"}):
        return any(w in lawyers for w in after[2:5])
    return (
        after[:2] == [",", "the"] and len(after) > 3 and after[2] in lawyers and after[3] in {"of", "for"}
    )  # "X, the lawyer of the five"


#: "X, who represents the five", "X -- who represented the 24 people on trial --": someone's counsel
_REPRESENTING = {"represents", "represented", "represent"}


def _represents(mention: Span) -> bool:
    """ "X, who represents the five", "lawyer X -- who represented the 24 people on trial --": a name a
    relative clause of representing follows is someone's counsel."""
    doc = mention.doc
    after = [t.lower_ for t in doc[mention.end : end_within(mention, mention.end + 4)] if not t.is_punct]
    return after[:1] == ["who"] and after[1:2] != [] and after[1] in _REPRESENTING


#: words between a harm and the name of the one harmed: "insulting the leader, Iran's Ayatollah X"
_HARMED_BETWEEN = {",", "the", "a", "an", "'", "’", "'s", "’s", "of", "on", "against", "to", '"', "“", "”"}


def _harmed(mention: Span) -> bool:
    """ "two years for 'insulting the leader', Iran's Ayatollah Ali Khamenei": the name set after a
    harm and the words naming whom it harmed (articles, lowercase nouns, titles, a country's "'s")
    is the one harmed, however the parser attaches it; not the subject a harm clause opens a
    sentence with ("Convicted of insulting the president, X was jailed")."""
    if mention.root.dep_ in {"nsubj", "nsubjpass"}:
        return False
    doc = mention.doc
    titles = cues("honorific", "non_defendant_title", "third_party_title")
    i = mention.start - 1
    while i >= start_within(mention, mention.start - 8):
        tok = doc[i]
        if tok.lower_ in cue("harm_noun"):  # not a modifier: "a death sentence against X" harms no X
            return i < mention.start - 1 and tok.dep_ not in {"compound", "amod", "nmod"}
        if not (
            tok.lower_ in _HARMED_BETWEEN
            or tok.lower_.rstrip(".") in titles
            or (tok.is_lower and upos(tok) in {"NOUN", "ADJ"})
            or tok.ent_type_ in {"GPE", "NORP"}
        ):
            return False
        i -= 1
    return False


def is_alias(mention: Span) -> bool:
    """ "X, alias Y", "X (Y)", "X, known to all as Y", "nicknamed Y", "known as Y, or Z": another name of
    someone named already."""
    doc = mention.doc
    before = [t.lower_ for t in doc[start_within(mention, mention.start - 4) : mention.start]]
    if before[-1:] and before[-1] in cue("alias_word") | {"nicknamed", "dubbed"}:
        return True
    owned = mention.end < len(doc) and doc[mention.end].lower_ in _POSSESSIVE  # "known as Dadin's law"
    if before[-1:] == ["as"] and not owned:  # "known as Y", "known to all as Y"
        return any(w in cue("alias_verb") for w in before[:-1])
    i = mention.start - 1
    while i > start_within(mention, mention.start - 3) and doc[i].is_title:  # a title the name lost: "or Mother Z"
        i -= 1
    if doc[i].lower_ == "or" and i > 0:  # "known as Y, or Z": a second alias
        wider = [t.lower_ for t in doc[start_within(mention, i - 10) : i]]
        return any(a in cue("alias_verb") and b == "as" for a, b in zip(wider, wider[1:]))
    return mention.start > 1 and doc[mention.start - 1].text == "(" and doc[mention.start - 2].ent_type_ == "PERSON"


def _presides(mention: Span) -> bool:
    """ "with Pavel Ivanov presiding alongside A and B", "Judge X presided", "chaired by X": a
    presiding verb governs the name with no other verb between them (in "a court chaired by Judge
    Y heard X's appeal" X is the object of "heard", not one who presides)."""
    doc = mention.doc
    after = doc[mention.end : end_within(mention, mention.end + 1)]
    governors = []
    for tok in [mention.root.head, *islice(mention.root.head.ancestors, 3)]:
        governors.append(tok)
        if tok.tag_.startswith("VB"):
            break
    return any(t.lower_ in cue("presiding_verb") for t in [*governors, *after])


def _listed_after_title(mention: Span, titles: frozenset[str]) -> bool:
    """The second name of "Justices Ravi Menon and Arjun Sethi" or "judges A, B and C"."""
    doc, tok = mention.doc, mention.root
    if tok.dep_ != "conj":
        return False
    tok = _conj_top(tok)
    start = tok.i
    while (
        start > 0
        and not doc[start].is_sent_start
        and doc[start - 1].text[:1].isupper()
        and upos(doc[start - 1]) == "PROPN"
        and doc[start - 1].lower_ not in titles
    ):
        start -= 1
    before = [t.lower_ for t in doc[start_within(doc[start : start + 1], start - 4) : start]]
    return bool(before) and before[-1].rstrip(".") in titles and not any(w in _FORMER for w in before)


@doc_cache
def _conj_tops(doc: Doc) -> dict[int, int]:
    """The first conjunct found so far for each token of a list of the Doc (see `_conj_top`)."""
    return {}


def _conj_top(tok: Token) -> Token:
    """The first conjunct of the list a token is in (itself outside one), remembered per Doc: a list
    of N names walked up per name is quadratic."""
    tops = _conj_tops(tok.doc)
    path = []
    while tok.i not in tops and tok.dep_ == "conj" and tok.head.i != tok.i:
        path.append(tok.i)
        tok = tok.head
    top = tops.get(tok.i, tok.i)
    for i in path:
        tops[i] = top
    return tok.doc[top]


def is_relative(mention: Span) -> bool:
    """Someone's relative ("Rudak's wife, journalist Olga Rudak", "his brother Oleg"): quoted around
    decisions, so a shared surname means the other person unless the text says otherwise."""
    doc = mention.doc
    before = [t for t in doc[start_within(mention, mention.start - 5) : mention.start] if not t.is_punct]
    kin = [i for i, t in enumerate(before) if t.lower_ in cue("relative")]
    if not kin:
        return False
    between = before[kin[-1] + 1 :]
    return all(upos(t) in {"NOUN", "ADJ"} and not t.text[:1].isupper() for t in between)


def is_possessive(tok: Token) -> bool:
    """A real possessor ("X's house", "his lawyers"): the parser's `poss` with its "'s" or a pronoun;
    a bare name it labels `poss` ("found bloggers A and B guilty") is a misparse, not an owner."""
    return tok.dep_ == "poss" and (tok.tag_ == "PRP$" or any(child.dep_ == "case" for child in tok.children))


def is_third_party_of(tok: Token) -> bool:
    """A step of a name's path to its decision that makes it someone else's: a source ("according
    to X"), the doer of a passive ("pardoned by X"), the people around someone ("two associates of X and Y", "X's lawyers"), a victim ("the
    killing of X", "an attack on X"), a guise ("dressed as X", "posing as X", not "identified as X"), or a name naming a
    thing ("the Khan protests"), the one a picture shows ("a portrait of X") or a text is about ("a
    post about X")."""
    if (tok.dep_ == "compound" and upos(tok.head) == "NOUN") or (
        tok.dep_ == "appos" and tok.head.lower_ in cue("depiction_noun")
    ):
        return True
    if tok.dep_ == "conj" and tok.head.lower_ in cue("people_noun"):
        return any(_names_someone(child) for child in tok.head.children if child.i < tok.i)
    if is_possessive(tok):
        return tok.head.lower_ in cue("people_noun")
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if (prep.lower_ == "to" and prep.head.lower_ == "according") or prep.dep_ == "agent":
        return True
    if (
        prep.lower_ == "as"
        and upos(prep.head) == "VERB"
        and prep.doc[prep.i - 1].lower_ != "such"
        and prep.head.lower_ not in cue("naming_verb")  # "were identified as X" names X
    ):
        return True
    if (prep.lower_ == "of" and prep.head.lower_ in cue("depiction_noun")) or prep.lower_ == "about":
        return True
    return prep.lower_ in {"of", "on", "against"} and prep.head.lower_ in cues("people_noun", "harm_noun")


def _names_someone(prep: Token) -> bool:
    """ "of X" naming a person: "associates of X and Y" (parsed with Y joined to "associates") are
    the associates of both."""
    return prep.lower_ == "of" and any(child.dep_ == "pobj" and child.ent_type_ == "PERSON" for child in prep.children)


def acted_on(mention: Span) -> bool:
    """ "a video mocking X": a name right after the participle of an act done to someone (see the
    act_participle list), its object even where the parser makes the participle a compound or a noun."""
    prev = mention.doc[mention.start - 1] if mention.start > 0 else None
    return prev is not None and prev.is_lower and prev.lower_ in cue("act_participle")  # the tagger may call it a noun


def is_modifier(mention: Span) -> bool:
    """A name inside a relative clause, describing something else ("known as Qandy Qantar"), someone
    else's ("associates of X", "her sister X") or inside the act charged ("for inflicting an injury
    on X")."""
    if is_relative(mention):
        return True
    tok = mention.root
    for _ in range(6):
        if tok.dep_ in {"relcl", "acl"} or is_possessive(tok) or is_third_party_of(tok):
            return True
        if tok.head.i == tok.i:
            return False
        if upos(tok) == "VERB":
            return tok.tag_ == "VBG" and tok.dep_ in {"pcomp", "pobj"}
        tok = tok.head
    return False


def describe(person: Person, mention: Span) -> None:
    """Fill the person's age ("the 48-year-old", "Qodirov, 40,") and role ("Kazakh activist X",
    "X, an investigative blogger") from the words around a mention."""
    doc = mention.doc
    if person.age is None:
        window = span_text(doc[start_within(mention, mention.start - 3) : end_within(mention, mention.end + 3)])
        found = AGE.search(window) or _AGE_AFTER.match(span_text(doc[mention.end : end_within(mention, mention.end + 4)]))
        if found and 0 < int(found.group(1)) < MAX_AGE:
            person.age = int(found.group(1))
    if person.role is not None:
        return
    before = doc[start_within(mention, mention.start - 4) : mention.start]
    nouns = [t for t in before if upos(t) == "NOUN" and t.lower_ not in cue("non_defendant_title")]
    if nouns and nouns[-1].i == mention.start - 1:
        mods = [t.lower_ for t in before if t.i >= nouns[-1].i - 1 and upos(t) in {"NOUN", "ADJ"} and not t.text[:1].isupper()]
        person.role = " ".join(mods) or nouns[-1].lower_
        return
    after = doc[mention.end : end_within(mention, mention.end + 8)]
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in {"a", "an", "the"}:
        for tok in after[2:]:
            if upos(tok) == "NOUN":
                person.role = tok.head.lower_ if upos(tok.head) == "NOUN" and tok.head.i > tok.i else tok.lower_
                return


def represented(mention: Span, by: frozenset[str]) -> bool:
    """ "a lawyer for X", "the father of X", "X's lawyer": X is the one the lawyer's "his client" or
    the father's "his son" means (`by`: the words for the one who speaks for X)."""
    tok = mention.root
    if is_possessive(tok):
        return tok.head.lower_ in by
    return tok.dep_ == "pobj" and tok.head.lower_ in {"for", "of"} and tok.head.head.lower_ in by


def titled_judge(mention: Span) -> bool:
    """'Judge Elena Petrova': a mention the title "judge" introduces."""
    return mention[0].lower_ == "judge" or (mention.start > 0 and mention.doc[mention.start - 1].lower_ == "judge")


def related_to(tok: Token) -> bool:
    """'two associates of X', 'X's brother', 'an aide to X': X names whom the decision's people are
    related to."""
    if tok.dep_ not in {"poss", "pobj"} or (tok.dep_ == "pobj" and tok.head.lower_ not in {"of", "to"}):
        return False
    noun = tok.head.head if tok.dep_ == "pobj" else tok.head
    return noun.lower_ in cue("relation_of")


def together_with(tok: Token) -> bool:
    """'A, together with B,' / 'A along with B': B is coordinated with A, not a modifier of A. The
    parser may head the phrase with "along" / "together" and hang "with" on it."""
    prep = tok.head if tok.dep_ == "pobj" else tok
    if prep.lower_ in _WITH_ADVERBS:
        return any(c.lower_ == "with" for c in prep.children)
    return prep.lower_ == "with" and (prep.head.lower_ in _WITH_ADVERBS or any(c.lower_ in _WITH_ADVERBS for c in prep.children))


#: "together with", "along with": words making the object of "with" one more of the people told of
_WITH_ADVERBS = {"together", "along"}


def third_party_in(span: Span, arg: Token) -> bool:
    """A name inside an argument that is someone else's ("two associates of X"), or that a relative
    clause of the argument names ("signatories of a letter that called for the resignation of X")."""
    for tok in [span.root, *span.root.ancestors]:
        if tok.i == arg.i:
            return False
        if is_third_party_of(tok) or tok.dep_ == "relcl":
            return True
    return False


def proper_noun_runs(tokens: list[Token]) -> list[list[Token]]:
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
