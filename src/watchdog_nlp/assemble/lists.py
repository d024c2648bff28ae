"""Terms given person by person: lines after a decision ending in a colon ("The sentences were:\n– 26
years in prison for A\n– 16 for B and a three-year travel ban\n– C: 4 years"), each person a line
names getting that line's penalties; and clauses telling the term each has left to serve after an
appeal ("A, sentenced to 26 years, must serve 18; B, 25 years, will serve 17")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span

from ..normalize.durations import parse_duration
from ..normalize.words import number_words
from ..schema import Penalty
from ..windows import doc_text
from .penalties import NO_SENTENCE, _jail_kind, penalty_of

#: a line longer than this is prose, which ends the list
MAX_LINE = 200


#: "16 for B": a bare number opening a line, whose unit is that of the line before
_BARE = re.compile(rf"^\W*(\d+|{'|'.join(number_words(1, 40))})\s+(?:for|to)\b", re.IGNORECASE)


_UNITS = {"Y": "years", "M": "months", "D": "days"}


#: "jailed A on Friday. Read also:": a sentence ends between the decision and the colon
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s")


@dataclass
class ListedLine:
    """One line of a term list: where it is, its names' spans and its penalties."""

    start: int
    end: int
    penalties: list[Penalty]
    names: list[Span] = field(default_factory=list)


def listed_terms(head: Span, penalties: list[Span], names: list[Span]) -> list[ListedLine]:
    """The lines after a decision `head` that ends its line with a colon, each giving a term, until
    a line giving none (a blank line apart); `penalties` and `names` are the Doc's PENALTY spans and
    name spans. Empty unless two lines give terms (one line is a sentence, not a list)."""
    if head.label_ in NO_SENTENCE:
        return []
    text = doc_text(head.doc)
    line_end = text.find("\n", head.end_char)
    rest = text[head.end_char : line_end].rstrip()
    if line_end < 0 or not rest.endswith(":") or _SENTENCE_END.search(rest):
        return []
    lines: list[ListedLine] = []
    previous: Penalty | None = None
    at = line_end + 1
    while at < len(text):
        stop = text.find("\n", at)
        stop = len(text) if stop < 0 else stop
        line, start, at = text[at:stop], at, stop + 1
        if not line.strip():
            continue
        found = _line_penalties(line, [p for p in penalties if start <= p.start_char < stop], previous)
        if len(line) > MAX_LINE or not found:
            break
        previous = next((p for p in found if p.duration), previous)
        lines.append(ListedLine(start, stop, found, [n for n in names if start <= n.start_char < stop]))
    return lines if len(lines) > 1 else []


def _line_penalties(line: str, spans: list[Span], previous: Penalty | None) -> list[Penalty]:
    """A line's penalties, main term first: its PENALTY spans; a term the tagger left untagged ("A:
    4 years") of the kind of the line before (else prison); "16 for B" in the unit of the line before."""
    penalties = [penalty_of(s) for s in spans]
    if any(p.duration and p.kind not in {"ban", "restricted_freedom"} for p in penalties):
        return penalties
    bare = _BARE.match(line)
    if bare and previous is not None and previous.duration:
        duration = parse_duration(f"{bare.group(1)} {_UNITS[previous.duration[-1]]}")
    else:
        duration = parse_duration(line) if not penalties else None
    if not duration:
        return penalties
    kind = previous.kind if previous is not None else "prison"
    return [Penalty(kind=_jail_kind(kind, duration), duration=duration), *penalties]


#: "must serve 18", "will now serve 17 years": the term left to serve after an appeal cut it
_SERVE = re.compile(
    rf"\b(?:must|will|would|to|shall)\s+(?:now\s+|only\s+)?serve\s+(\d+|{'|'.join(number_words(1, 40))})(?:\s+(years?|months?))?\b",
    re.IGNORECASE,
)


#: "goes from 25 to 17", "B, from 23 to 12 years": a clause telling the term given and the term left
_FROM_TO = re.compile(
    rf"\bfrom\s+(\d+|{'|'.join(number_words(1, 40))})(?:\s+years?|\s+months?)?\s+to\s+(\d+|{'|'.join(number_words(1, 40))})"
    r"(?:\s+(years?|months?))?\b",
    re.IGNORECASE,
)


@dataclass
class ServedTerm:
    """One clause of a cut-terms sentence: its names, the term they were given, the term left."""

    names: list[Span]
    given: Penalty
    left: Penalty


def served_terms(sent: Span, names: list[Span]) -> list[ServedTerm]:
    """The sentence's clauses (split at semicolons) that tell a term given and the term left to
    serve ("A, sentenced to 26 years in prison, must serve 18 after the ruling"), the latter in the
    unit of the former when it gives none; after such a clause, "B goes from 25 to 17" and "C, from
    23 to 12" tell both terms in its unit. `names` are the sentence's name spans."""
    found: list[ServedTerm] = []
    at = sent.start_char
    for clause in sent.text.split(";"):
        start, at = at, at + len(clause) + 1
        serve = _SERVE.search(clause)
        given = parse_duration(clause[: serve.start()]) if serve else None
        if not given:
            change = _FROM_TO.search(clause) if found else None
            if change is None:
                continue
            unit = change.group(3) or _UNITS[found[-1].given.duration[-1]]
            given, left = parse_duration(f"{change.group(1)} {unit}"), parse_duration(f"{change.group(2)} {unit}")
            own = [n for n in names if start <= n.start_char < start + change.start()]
            if given and left and own:
                found.append(ServedTerm(own, Penalty(kind="prison", duration=given), Penalty(kind="prison", duration=left)))
            continue
        left = parse_duration(f"{serve.group(1)} {serve.group(2) or _UNITS[given[-1]]}")
        own = [n for n in names if start <= n.start_char < start + serve.start()]
        if left and own:
            found.append(ServedTerm(own, Penalty(kind="prison", duration=given), Penalty(kind="prison", duration=left)))
    return found
