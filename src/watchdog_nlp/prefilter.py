"""Pre-filter: whether an article can hold a court decision, read off its raw text before the model.

Every record is assembled from a ruling trigger (`watchdog_rulings`): an article in which no ruling
pattern matches cannot give one, whatever the model would read. Decision words also have other
senses ("handed a note", "upheld its promise", a league "fined" a player), so an article must also
say what a decision is about or where it was taken: a court, a penalty or a charge
(`watchdog_courts`, `watchdog_penalties`, `watchdog_charges`) apart from the ruling's own words (a
penalty phrase that opens with the decision word, "fined $15,000", restates it), or a word of the
legal setting anywhere (`models/prefilter.yaml`: "verdict", "lawyer", "jailed"). A court or penalty
word used in another sense says nothing of a legal setting: one inside a court that decides no
national case (the court finder's `not_court`: "the Court of Arbitration for Sport") or inside a
phrase of `models/prefilter.yaml`'s other senses ("the tennis court", "a life sentence of debt"),
and a plain "the court" (which refers back to the court told before it) after such a court.
Articles failing either test need not pay for the model.

The test is built once per pipeline from the pipeline's own patterns (so from `models/`, whatever
the pattern files say today) and runs in two stages:

1. anchors (`components.anchors`): every pattern is parsed and reduced to literal strings one of which every text it
   matches must hold ("sentenced", "upheld", "house arrest", also from a lookahead); one
   Aho-Corasick scan finds them all (a fraction of a millisecond for an article, where one regex
   of them takes ten);
2. the patterns whose anchors are in the text, tried where their anchors are: the ruling
   patterns' matches, then setting words until one matches, then courts in the order they are
   written and penalties and charges until one matches clear of every ruling match and every
   other sense (the other senses are read only then).
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import ahocorasick
from spacy.language import Language

from .components.anchors import Anchors, _run_of, _run_start, alternatives, anchors
from .components.courts import court_parts
from .components.patterns import expand_entries, lowercase_text
from .paths import MODELS_DIR
from .pipeline import read_patterns
from .schema import Article, ArticleResult

#: the decision vocabulary (what every record is assembled from), and what a decision is reported
#: with (a court, a penalty or a charge), with the labels that count
TRIGGER_COMPONENTS = ("watchdog_rulings",)
CONTEXT_COMPONENTS = ("watchdog_courts", "watchdog_penalties", "watchdog_charges")
_CONTEXT_LABELS = {"watchdog_courts": {"court", "venue"}}
#: the courts that decide no national case, whose court words are no legal setting
_NOT_COURT = {"not_court"}
#: the prefilter's own words of the legal setting, and words of court and penalty in other senses
SETTING_PATH = MODELS_DIR / "prefilter.yaml"
SETTING_LABELS = {"legal_setting"}
OTHER_SENSE_LABELS = {"other_sense"}

Entry = tuple[str, int]


class Prefilter:
    """`prefilter(text)` is False when the text cannot hold a court decision (see the module): no
    trigger entry matches it, or no setting entry does and every context or court entry's match
    overlaps a trigger's (a penalty phrase that opens with the decision word, "fined $15,000",
    "handed ... two years", restates the decision and says nothing of where it was taken) or an
    other-sense entry's ("the tennis court"), or is a plain "the court" told after a court of another
    sense. Entries are (pattern, flags); an IGNORECASE one runs on the text as it is, the others on
    its lowercase.

    An entry whose anchors sit at a known distance from the start of its matches is tried only at
    the few places its anchors allow. When the distance has no bound ("{number} years" before
    "in prison"), the characters in between can only be of a few kinds (digits, spaces, number
    words): the entry is tried from where a run of those ends before the anchor, and searched for
    in the whole text only when nothing is known of them."""

    def __init__(
        self,
        triggers: Iterable[Entry],
        context: Iterable[Entry],
        setting: Iterable[Entry] = (),
        other: Iterable[Entry] = (),
        courts: Iterable[Entry] = (),
    ) -> None:
        groups = (triggers, context, setting, other, courts)
        self.groups: tuple[list[re.Pattern], ...] = tuple([] for _ in groups)
        self.anchors: tuple[list[Anchors | None], ...] = tuple([] for _ in groups)
        self.between: tuple[dict[int, re.Pattern], ...] = tuple({} for _ in groups)
        by_anchor: dict[str, set[tuple[int, int]]] = {}
        for group, entries in enumerate(groups):
            for pattern, flags in entries:
                index = len(self.groups[group])
                found = anchors(pattern, flags)
                self.groups[group].append(re.compile(pattern, flags))
                self.anchors[group].append(found)
                if found is not None and found.hi is None and found.before:
                    self.between[group][index] = _run_of(found.before, flags)
                for anchor in found.strings if found else ():
                    by_anchor.setdefault(anchor, set()).add((group, index))
        self._automaton = ahocorasick.Automaton()
        for anchor, owners in by_anchor.items():
            self._automaton.add_word(anchor, (len(anchor), tuple(owners)))
        if by_anchor:
            self._automaton.make_automaton()

    def __call__(self, text: str) -> bool:
        lowered = lowercase_text(text)
        hits: tuple[dict[int, list[int]], ...] = tuple({} for _ in self.groups)
        for group, found_in_group in enumerate(self.anchors):
            for index, found in enumerate(found_in_group):
                if found is None:
                    hits[group][index] = []
        if len(self._automaton):
            for end, (length, owners) in self._automaton.iter(lowered):
                for group, index in owners:
                    hits[group].setdefault(index, []).append(end + 1 - length)
        if not hits[0] or not (hits[1] or hits[2] or hits[4]):
            return False
        triggers = [m.span() for m in self._matches(0, hits[0], text, lowered)]
        if not triggers:
            return False
        if any(True for _ in self._matches(2, hits[2], text, lowered)):
            return True
        return self._context_apart(triggers, hits, text, lowered)

    def _context_apart(
        self, triggers: list[tuple[int, int]], hits: tuple[dict[int, list[int]], ...], text: str, lowered: str
    ) -> bool:
        """Whether a court, a penalty or a charge stands clear of every trigger's match in its legal
        sense: clear of every other sense, and no plain "the court" referring back to a court of
        another sense ("the centre court ... the court was slow"). Courts are read in the order they
        are written, one match at a place as a search finds them."""
        others = [m.span() for m in self._matches(3, hits[3], text, lowered)] if hits[3] else []
        after_other, end = False, 0
        for m in sorted(self._matches(4, hits[4], text, lowered), key=lambda m: (m.start(), -m.end())):
            if m.start() < end:
                continue
            end = m.end()
            if not _clear(m.span(), others):
                after_other = True
            elif not (after_other and _refers_back(m)):
                after_other = False
                if _clear(m.span(), triggers):
                    return True
        return any(
            _clear(span, triggers) and _clear(span, others)
            for span in (m.span() for m in self._matches(1, hits[1], text, lowered))
        )

    def _matches(self, group: int, hits: dict[int, list[int]], text: str, lowered: str) -> Iterator[re.Match]:
        """The matches of the group's patterns whose anchors are in the text, each tried where its
        anchors allow (or searched for in the whole text); lazily, so a first match costs least."""
        for index in sorted(hits):
            pattern, found = self.groups[group][index], self.anchors[group][index]
            subject = text if pattern.flags & re.IGNORECASE else lowered
            between = self.between[group].get(index)
            if found is None or (found.hi is None and between is None):
                yield from pattern.finditer(subject)
                continue
            starts: set[int] = set()
            backwards = subject[::-1] if found.hi is None else ""
            for at in hits[index]:
                first = max(0, at - found.hi) if found.hi is not None else _run_start(between, backwards, at)
                if first is None:
                    starts = {-1}
                    break
                starts.update(range(first, at - found.lo + 1))
            if starts == {-1}:
                yield from pattern.finditer(subject)
            else:
                yield from filter(None, (pattern.match(subject, start) for start in sorted(starts)))


def _clear(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = span
    return all(end <= first or start >= last for first, last in spans)


def _refers_back(court: re.Match) -> bool:
    """A plain "the court", which the court finder reads as the court told before it (`bare`)."""
    if "head" not in court.re.groupindex:
        return False
    parts = court_parts(court.groupdict())
    return parts is not None and parts["bare"]


def _entries(entries: Iterable[dict], flags: int, labels: set[str] | None = None) -> list[Entry]:
    return [
        (alternative, flags)
        for label, pattern in expand_entries(entries)
        if (label in labels if labels is not None else label != "not_court")
        for alternative in alternatives(pattern)
    ]


def _component_patterns(nlp: Language, name: str, labels: set[str] | None = None) -> list[Entry]:
    component = nlp.get_pipe(name)
    return _entries(component.patterns, component.flags, labels or _CONTEXT_LABELS.get(name))


@lru_cache(maxsize=4)
def prefilter_for(nlp: Language) -> Prefilter | None:
    """The pre-filter of a pipeline, from its components' patterns (built once per pipeline); None
    when the pipeline lacks one of them, so that every article goes through the model."""
    if not all(name in nlp.pipe_names for name in (*TRIGGER_COMPONENTS, *CONTEXT_COMPONENTS)):
        return None
    triggers = [p for name in TRIGGER_COMPONENTS for p in _component_patterns(nlp, name)]
    courts, *others = CONTEXT_COMPONENTS
    context = [p for name in others for p in _component_patterns(nlp, name)]
    setting = read_patterns(SETTING_PATH)
    other = [
        *_component_patterns(nlp, courts, _NOT_COURT),
        *_entries(setting, 0, OTHER_SENSE_LABELS),
    ]
    return Prefilter(triggers, context, _entries(setting, 0, SETTING_LABELS), other, _component_patterns(nlp, courts))


def skip_filtered(
    articles: Iterable[Article],
    keep: Callable[[str], bool],
    extract: Callable[[Iterator[Article]], Iterator[ArticleResult]],
) -> Iterator[ArticleResult]:
    """The results of `extract` over `articles`, in input order, where the articles whose text
    `keep` rejects do not reach the model: they go through `extract` with an empty text (so order
    holds and memory stays flat, whatever runs it) and come back with `filtered` set."""
    skipped: deque[bool] = deque()

    def marked() -> Iterator[Article]:
        for article in articles:
            passes = keep(article.text)
            skipped.append(not passes)
            yield article if passes else article.model_copy(update={"text": ""})

    for result in extract(marked()):
        yield result.model_copy(update={"filtered": True}) if skipped.popleft() else result
