"""PERSON repairs: the base model often tags Central Asian, Caucasian or Turkish names as ORG or
NORP, or misses them, exactly where a rights story names a defendant.

A title-case run of two to four words becomes PERSON when the text introduces it as a person: a
role noun before it ("blogger Otabek Qodirov", "his brother, Oleg Navalny"), a tagged person it is
listed with ("Ali Ghaffari, Nalan Korkut, Ilknur Aydemir"), an age after it ("Qodirov, 40,"), a
description after it when it opens with a common given name ("Irina Volkova, a ballerina"), or a
decision verb it is the object of ("sentenced Nikol Hovsepian"), or an abbreviated title leading
it ("Maj. Kofi Mensah", titles from models/names.yaml). A single word is a PERSON when it is one
of a list of names in apposition to a word for people ("four activists, Kathiresan, Murugan and
Selvam"; see assemble.people.listed_name). Given names left outside a
PERSON span ("Mehmet [Ali Korkmaz]", "Ilya [Sokolov]" with the surname taken for a place) are joined
to it, and so is an untagged surname to a given name the NER called something else ("[Bakhtiyar]ORG
Seitmuratov"); a role word opening another entity ("[YouTubers Syed Kamran Abbas]ORG") is left out of the
name. Cue words come from models/persons.yaml.
"""

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ..assemble.cues import cue
from ..assemble.people import BULLETS, TERM_UNITS, is_given_name, listed_name
from ..normalize.places import place_country
from ..normalize.words import FILIAL_PARTICLES, NAME_PARTICLES
from ..tags import tagged, upos
from ..windows import end_within, start_within
from .patterns import PatternFileComponent

_RELABEL = {"ORG", "NORP", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT"}
_NAME_PARTICLES = NAME_PARTICLES
#: labels of places and peoples: a given name opening such an entity shows the NER's mistake
_PLACE_LABELS = {"NORP", "GPE", "LOC", "FAC"}
#: the fine-grained tags of proper nouns (`tags.upos` "PROPN")
_PROPER_NOUN_TAGS = ("NNP", "NNPS")


class PersonFixer(PatternFileComponent):
    """Relabels or adds PERSON entities where the text's own cues say the words name a person."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.patterns: list[dict] = []
        self.cues: dict[str, set[str]] = {}
        #: words that stop a name's extension to the left (not-name and role cues), joined once
        self._not_name_or_role: set[str] = set()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, patterns: Iterable[dict] | None = None) -> None:
        self.patterns = list(patterns or [])
        self.cues = {}
        for entry in self.patterns:
            self.cues.setdefault(entry["cue"], set()).update(w.lower() for w in entry["words"])
        self._not_name_or_role = self.cues.get("not_name", set()) | self.cues.get("role", set())
        self._require_patterns()

    def _name_like(self, span: Span) -> bool:
        words = [t for t in span if t.is_alpha]
        if not 2 <= len(words) <= 4 or any(t.like_num for t in span) or _counted(span):
            return False
        not_name = self.cues.get("not_name", set())
        for tok in span:
            low = tok.lower_
            if low in not_name:
                return False
            if tok.is_alpha and not tok.is_title and low not in _NAME_PARTICLES:
                return False
        return True

    def _cued(self, span: Span, person_roots: set[int]) -> bool:
        doc = span.doc
        roles = self.cues.get("role", set())
        verbs = self.cues.get("verb", set())
        before = [t for t in doc[start_within(span, span.start - 3) : span.start]]
        if span[0].text.endswith(".") and span[0].lower_[:-1] in cue("honorific"):
            return True
        if before and before[-1].lower_ in roles:
            return True
        if len(before) >= 2 and before[-1].text == "," and before[-2].lower_ in roles:
            return True
        if before and before[-1].lower_ == "for" and _after_a_term(before[-1]):
            return True
        after = doc[span.end : end_within(span, span.end + 4)]
        if (
            len(after) >= 3
            and after[0].text == ","
            and (
                after[1].like_num
                or (after[1].lower_ in {"a", "an", "the"} and (any(t.lower_ in roles for t in after[2:]) or _given_named(span)))
            )
        ):
            return True
        root = span.root
        if root.dep_ in {"conj", "appos"} and root.head.i in person_roots:
            return True
        if any(doc[i].head.i == root.i and doc[i].dep_ == "conj" for i in person_roots):
            return True
        head = _governing_verb(root)
        return head is not None and head.lower_ in verbs and root.dep_ in {"dobj", "nsubjpass", "conj", "appos", "nmod", "dative"}

    def _untagged_runs(self, doc: Doc) -> list[Span]:
        """Runs of untagged title-case proper nouns (or hyphens between them) not opening a sentence."""
        inside = [i for i in tagged(doc, _PROPER_NOUN_TAGS) if not doc[i].ent_type_ and (doc[i].is_title or doc[i].text == "-")]
        runs, start = [], None
        for i, following in zip(inside, [*inside[1:], None]):
            start = i if start is None else start
            if following != i + 1:
                span = doc[start : i + 1]
                if start_within(span, span.start - 1) == span.start - 1:
                    runs.append(span)
                start = None
        return runs

    def _extend_left(self, ent: Span) -> Span:
        doc = ent.doc
        start = ent.start
        not_name = self._not_name_or_role
        if doc[start].is_sent_start:
            return ent
        while start > 1 and not doc[start - 1].is_sent_start:
            prev = doc[start - 1]
            if prev.ent_type_ or not prev.is_title or upos(prev) != "PROPN" or prev.lower_ in not_name:
                break
            start -= 1
        if start == 1 or doc[start - 1].is_sent_start:
            start -= self._opens_the_name(doc[start - 1], ent)
        elif (
            start > 1
            and doc[start - 1].lower_ in FILIAL_PARTICLES
            and doc[start - 2].is_title
            and upos(doc[start - 2]) == "PROPN"
        ):
            start -= 2  # "[Aisha]ORG bint [Salim al-Harbi]PERSON": the given name before "daughter of"

        return Span(doc, start, ent.end, label=ent.label) if start != ent.start else ent

    def _opens_the_name(self, tok: Token, ent: Span) -> bool:
        """ "[Vu] [Tien Chi]PERSON, 55, was convicted": an untagged proper noun opening the sentence,
        parsed as a part of the name right after it, no title or cue word and no word the text writes in
        lowercase elsewhere, is the name's first word."""
        return (
            not tok.ent_type_
            and tok.tag_ == "NNP"
            and tok.is_title
            and tok.dep_ == "compound"
            and ent.start <= tok.head.i < ent.end
            and tok.lower_ not in self._not_name_or_role
            and tok.lower_ not in cue("honorific")
            and not any(t.lower_ == tok.lower_ and t.is_lower for t in tok.doc)
        )

    def _extend_right(self, ent: Span) -> Span:
        """ "[Bakhtiyar]ORG Seitmuratov": the untagged title-case proper nouns right after an entity
        the NER mislabelled, on its line, are the rest of the name it opens."""
        doc = ent.doc
        end = ent.end
        while (
            end < len(doc)
            and "\n" not in doc[end - 1].whitespace_
            and not doc[end].ent_type_
            and doc[end].is_title
            and upos(doc[end]) == "PROPN"
            and doc[end].lower_ not in self._not_name_or_role
        ):
            end += 1
        return Span(doc, ent.start, end, label=ent.label) if end != ent.end else ent

    def _name_piece(self, tok: Token) -> bool:
        """A word that can be one more part of a person's name: a title-case proper noun, no cue word,
        a given name or no place the gazetteer knows."""
        return (
            tok.is_title
            and upos(tok) == "PROPN"
            and tok.lower_ not in self._not_name_or_role
            and (is_given_name(tok.text) or place_country(tok.text) is None)
        )

    def _join_neighbours(self, ents: list[Span]) -> list[Span]:
        """ "[Nguyen Van Duc]PERSON [Vinh]GPE", "[Mehmet]GPE [Ali Korkmaz]PERSON": a one-word entity of
        another label touching a PERSON on its line is a part of the name the NER cut off."""
        out: list[Span] = []
        for ent in ents:
            prev = out[-1] if out else None
            if prev is not None and prev.end == ent.start and "\n" not in prev[-1].whitespace_ and prev[-1].whitespace_:
                pair = {prev.label_, ent.label_}
                piece = ent if prev.label_ == "PERSON" else prev
                if (
                    "PERSON" in pair
                    and pair - {"PERSON"} <= _RELABEL
                    and len(pair) == 2
                    and len(piece) == 1
                    and self._name_piece(piece[0])
                ):
                    out[-1] = self._extend_left(Span(ent.doc, prev.start, ent.end, label="PERSON"))
                    continue
            out.append(ent)
        return out

    def __call__(self, doc: Doc) -> Doc:
        if not self.cues:
            self._require_patterns()
        ents = list(doc.ents)
        person_roots = {e.root.i for e in ents if e.label_ == "PERSON"}
        fixed = []
        roles = self.cues.get("role", set())
        for ent in ents:
            if ent.label_ in _RELABEL and len(ent) > 2 and ent[0].lower_ in roles:
                ent = Span(
                    doc, ent.start + 1, ent.end, label=ent.label
                )  # "[YouTubers Syed Kamran Abbas]ORG": a role word and a name
            wider = self._extend_right(self._extend_left(ent)) if ent.label_ in _RELABEL else ent
            if ent.label_ in _RELABEL and self._name_like(wider) and (self._cued(wider, person_roots) or _given_name_led(wider)):
                end = wider.end - 1 if wider[-1].tag_ == "POS" else wider.end  # "[Leyla Demirtas's]LOC"
                ent = Span(doc, wider.start, end, label="PERSON")
                person_roots.add(ent.root.i)
            elif ent.label_ == "PERSON":
                ent = self._extend_left(ent)
            fixed.append(ent)
        runs = [run for run in self._untagged_runs(doc) if self._name_like(run)]
        for run in runs:
            if self._cued(run, person_roots):
                fixed.append(Span(doc, run.start, run.end, label="PERSON"))
        if sum(e.label_ == "PERSON" and _opens_a_bullet(e) for e in fixed) >= 2:
            taken = {e.start for e in fixed}
            fixed += [Span(doc, r.start, r.end, label="PERSON") for r in runs if r.start not in taken and _opens_a_bullet(r)]
        fixed = self._join_neighbours(sorted(fixed, key=lambda e: e.start))
        surnames = {e[-1].lower_ for e in fixed if e.label_ == "PERSON" and len(e) > 1}
        fixed = [
            Span(doc, e.start, e.end, label="PERSON") if len(e) == 1 and e.label_ in _RELABEL and e[0].lower_ in surnames else e
            for e in fixed
        ]
        singles = [
            Span(doc, i, i + 1, label="PERSON")
            for i in tagged(doc, ("NNP",))
            if doc[i].ent_type_ != "PERSON" and listed_name(doc[i])
        ]
        if singles:
            taken = {s.start for s in singles}
            fixed = [e for e in fixed if not taken.intersection(range(e.start, e.end))] + singles
        doc.ents = filter_spans(fixed)
        return doc


def _given_named(span: Span) -> bool:
    """ "Irina Volkova, a ballerina": a run opening with a common given name, no place the gazetteer
    knows, that a description follows is a person whatever its noun."""
    return is_given_name(span[0].text) and place_country(span.text) is None


def _opens_a_bullet(span: Span) -> bool:
    """ "• Ana Ruiz, sociologist": a run right after a bullet that opens its line, ending the line
    or followed by a comma; in a list whose other items open with people, an item of the same list."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in BULLETS:
        return False
    before = doc[span.start - 2]
    if not ((before.is_space and "\n" in before.text) or "\n" in before.whitespace_):
        return False
    return span.end == len(doc) or doc[span.end].text == "," or "\n" in doc[span.end - 1].whitespace_ or doc[span.end].is_space


def _given_name_led(span: Span) -> bool:
    """ "[Leyla Demirtas]LOC's article": two or three words the NER took for a place or a people,
    opening with a common given name and holding no place the gazetteer knows, name a person."""
    words = [t for t in span if t.is_alpha]
    doc = span.doc
    return (
        span.label_ in _PLACE_LABELS
        and len(words) <= 3
        and not any(t.text == "-" for t in span)
        and _given_named(span)
        and all(place_country(t.text) is None for t in words[1:])
        and not (span.end < len(doc) and doc[span.end].lower_ in cue("place_word"))
    )


def _after_a_term(prep: Token) -> bool:
    """ "26 years in prison for X": a "for" a few words after a number of years, months or days
    names the person the term was given to."""
    doc = prep.doc
    window = doc[max(prep.sent.start, prep.i - 5) : prep.i]
    return any(tok.like_num and tok.i + 1 < prep.i and doc[tok.i + 1].lower_ in TERM_UNITS for tok in window)


def _counted(span: Span) -> bool:
    """ "sentenced four Crimean Tatars": a run a number counts names a group of people; one
    person's name takes no numeral."""
    return any(child.dep_ == "nummod" and child.i < span.start for child in span.root.children)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun is an argument of, through a coordination chain ("convicted A and B") or
    the object it is folded into ("fined Ivan Petrov 20,000 rubles")."""
    for _ in range(4):
        if upos(tok.head) in {"VERB", "AUX"} or tok.head.i == tok.i or tok.dep_ not in {"conj", "appos", "nmod"}:
            break
        tok = tok.head
    return tok.head if upos(tok.head) in {"VERB", "AUX"} else None
