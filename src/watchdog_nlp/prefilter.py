"""Pre-filter: whether an article can hold a court decision, read off its raw text before the model.

Every record is assembled from a ruling trigger (`watchdog_rulings`): an article in which no ruling
pattern matches cannot give one, whatever the model would read. Decision words also have other
senses ("handed a note", "upheld its promise"), so an article must also say what a decision is
about or where it was taken: a court, a penalty or a charge (`watchdog_courts`,
`watchdog_penalties`, `watchdog_charges`), or a word of the legal setting (`models/prefilter.yaml`:
"verdict", "lawyer", "custody"). Articles failing either test need not pay for the model.

The test is built once per pipeline from the pipeline's own patterns (so from `models/`, whatever
the pattern files say today) and runs in two stages:

1. anchors (`components.anchors`): every pattern is parsed and reduced to literal strings one of which every text it
   matches must hold ("sentenced", "upheld", "house arrest", also from a lookahead); one
   Aho-Corasick scan finds them all (a fraction of a millisecond for an article, where one regex
   of them takes ten);
2. the patterns whose anchors are in the text, tried where their anchors are, until one of each
   group matches.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

import ahocorasick
from spacy.language import Language

from .components.anchors import Anchors, _one_of, _run_start, alternatives, anchors
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
    """`prefilter(text)` is False when the text cannot hold a court decision (see the module):
    none of the trigger entries matches it, or none of the context entries does. Entries are
    (pattern, flags); an IGNORECASE one runs on the text as it is, the others on its lowercase.

    An entry whose anchors sit at a known distance from the start of its matches is tried only at
    the few places its anchors allow. When the distance has no bound ("{number} years" before
    "in prison"), the characters in between can only be of a few kinds (digits, spaces, number
    words): the entry is tried from where a run of those ends before the anchor, and searched for
    in the whole text only when nothing is known of them."""

    def __init__(self, triggers: Iterable[Entry], context: Iterable[Entry]) -> None:
        self.groups: tuple[list[re.Pattern], list[re.Pattern]] = ([], [])
        self.anchors: tuple[list[Anchors | None], list[Anchors | None]] = ([], [])
        self.between: tuple[dict[int, re.Pattern], dict[int, re.Pattern]] = ({}, {})
        by_anchor: dict[str, set[tuple[int, int]]] = {}
        for group, entries in enumerate((triggers, context)):
            for pattern, flags in entries:
                index = len(self.groups[group])
                found = anchors(pattern, flags)
                self.groups[group].append(re.compile(pattern, flags))
                self.anchors[group].append(found)
                if found is not None and found.hi is None and found.before:
                    self.between[group][index] = _one_of(found.before, flags)
                for anchor in found.strings if found else ():
                    by_anchor.setdefault(anchor, set()).add((group, index))
        self._automaton = ahocorasick.Automaton()
        for anchor, owners in by_anchor.items():
            self._automaton.add_word(anchor, (len(anchor), tuple(owners)))
        if by_anchor:
            self._automaton.make_automaton()

    def __call__(self, text: str) -> bool:
        lowered = lowercase_text(text)
        hits: tuple[dict[int, list[int]], dict[int, list[int]]] = ({}, {})
        for group in (0, 1):
            for index, found in enumerate(self.anchors[group]):
                if found is None:
                    hits[group][index] = []
        if len(self._automaton):
            for end, (length, owners) in self._automaton.iter(lowered):
                for group, index in owners:
                    hits[group].setdefault(index, []).append(end + 1 - length)
        return all(hits) and all(self._any_match(group, hits[group], text, lowered) for group in (0, 1))

    def _any_match(self, group: int, hits: dict[int, list[int]], text: str, lowered: str) -> bool:
        for index in sorted(hits):
            pattern, found = self.groups[group][index], self.anchors[group][index]
            subject = text if pattern.flags & re.IGNORECASE else lowered
            between = self.between[group].get(index)
            if found is None or (found.hi is None and between is None):
                if pattern.search(subject):
                    return True
                continue
            starts: set[int] = set()
            for at in hits[index]:
                first = max(0, at - found.hi) if found.hi is not None else _run_start(between, subject, at)
                if first is None:
                    starts = {-1}
                    break
                starts.update(range(first, at - found.lo + 1))
            if starts == {-1}:
                if pattern.search(subject):
                    return True
            elif any(pattern.match(subject, start) for start in sorted(starts)):
                return True
        return False


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
    context += _entries(read_patterns(SETTING_PATH), 0)
    return Prefilter(triggers, context)


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
