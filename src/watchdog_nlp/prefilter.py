"""Pre-filter: whether an article can hold a court decision, read off its raw text before the model.

Every record is assembled from a ruling trigger (`watchdog_rulings`): an article in which no ruling
pattern matches cannot give one, whatever the model would read. Decision words also have other
senses ("handed a note", "upheld its promise", a league "fined" a player), so an article must also
say what a decision is about or where it was taken: a court, a penalty or a charge
(`watchdog_courts`, `watchdog_penalties`, `watchdog_charges`) apart from the ruling's own words (a
penalty phrase that opens with the decision word, "fined $15,000", restates it), or a word of the
legal setting anywhere (`models/prefilter.yaml`: "verdict", "lawyer", "jailed"). Articles failing
either test need not pay for the model.

The test is built once per pipeline from the pipeline's own patterns (so from `models/`, whatever
the pattern files say today) and runs in two stages:

1. anchors (`components.anchors`): every pattern is parsed and reduced to literal strings one of which every text it
   matches must hold ("sentenced", "upheld", "house arrest", also from a lookahead); one
   Aho-Corasick scan finds them all (a fraction of a millisecond for an article, where one regex
   of them takes ten);
2. the patterns whose anchors are in the text, tried where their anchors are: the ruling
   patterns' matches, then setting words until one matches, then context patterns until one
   matches clear of every ruling match.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import ahocorasick
from spacy.language import Language

from .components.anchors import Anchors, _run_of, _run_start, alternatives, anchors
from .components.patterns import expand_entries, lowercase_text
from .paths import MODELS_DIR
from .pipeline import read_patterns
from .schema import Article, ArticleResult

#: the decision vocabulary (what every record is assembled from), and what a decision is reported
#: with (a court, a penalty or a charge), with the labels that count
TRIGGER_COMPONENTS = ("watchdog_rulings",)
CONTEXT_COMPONENTS = ("watchdog_courts", "watchdog_penalties", "watchdog_charges")
_CONTEXT_LABELS = {"watchdog_courts": {"court", "venue"}}
#: the prefilter's own words of the legal setting
SETTING_PATH = MODELS_DIR / "prefilter.yaml"

Entry = tuple[str, int]


class Prefilter:
    """`prefilter(text)` is False when the text cannot hold a court decision (see the module): no
    trigger entry matches it, or no setting entry does and every context entry's match overlaps a
    trigger's (a penalty phrase that opens with the decision word, "fined $15,000", "handed ... two
    years", restates the decision and says nothing of where it was taken). Entries are (pattern,
    flags); an IGNORECASE one runs on the text as it is, the others on its lowercase.

    An entry whose anchors sit at a known distance from the start of its matches is tried only at
    the few places its anchors allow. When the distance has no bound ("{number} years" before
    "in prison"), the characters in between can only be of a few kinds (digits, spaces, number
    words): the entry is tried from where a run of those ends before the anchor, and searched for
    in the whole text only when nothing is known of them."""

    def __init__(self, triggers: Iterable[Entry], context: Iterable[Entry], setting: Iterable[Entry] = ()) -> None:
        self.groups: tuple[list[re.Pattern], ...] = ([], [], [])
        self.anchors: tuple[list[Anchors | None], ...] = ([], [], [])
        self.between: tuple[dict[int, re.Pattern], ...] = ({}, {}, {})
        by_anchor: dict[str, set[tuple[int, int]]] = {}
        for group, entries in enumerate((triggers, context, setting)):
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
        hits: tuple[dict[int, list[int]], ...] = ({}, {}, {})
        for group, found_in_group in enumerate(self.anchors):
            for index, found in enumerate(found_in_group):
                if found is None:
                    hits[group][index] = []
        if len(self._automaton):
            for end, (length, owners) in self._automaton.iter(lowered):
                for group, index in owners:
                    hits[group].setdefault(index, []).append(end + 1 - length)
        if not hits[0] or not (hits[1] or hits[2]):
            return False
        triggers = [m.span() for m in self._matches(0, hits[0], text, lowered)]
        if not triggers:
            return False
        if any(True for _ in self._matches(2, hits[2], text, lowered)):
            return True
        return any(
            all(end <= first or start >= last for first, last in triggers)
            for start, end in (m.span() for m in self._matches(1, hits[1], text, lowered))
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


def _entries(entries: Iterable[dict], flags: int, labels: set[str] | None = None) -> list[Entry]:
    return [
        (alternative, flags)
        for label, pattern in expand_entries(entries)
        if (label in labels if labels is not None else label != "not_court")
        for alternative in alternatives(pattern)
    ]


def _component_patterns(nlp: Language, name: str) -> list[Entry]:
    component = nlp.get_pipe(name)
    return _entries(component.patterns, component.flags, _CONTEXT_LABELS.get(name))


@lru_cache(maxsize=4)
def prefilter_for(nlp: Language) -> Prefilter | None:
    """The pre-filter of a pipeline, from its components' patterns (built once per pipeline); None
    when the pipeline lacks one of them, so that every article goes through the model."""
    if not all(name in nlp.pipe_names for name in (*TRIGGER_COMPONENTS, *CONTEXT_COMPONENTS)):
        return None
    triggers = [p for name in TRIGGER_COMPONENTS for p in _component_patterns(nlp, name)]
    context = [p for name in CONTEXT_COMPONENTS for p in _component_patterns(nlp, name)]
    return Prefilter(triggers, context, _entries(read_patterns(SETTING_PATH), 0))


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
