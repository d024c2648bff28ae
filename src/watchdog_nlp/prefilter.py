"""Pre-filter: whether an article can hold a court decision, read off its raw text before the model.

Assembly makes a record only from a decision trigger (a `watchdog_rulings` span), and a court
decision is reported with its court, its penalty or its charge (`watchdog_courts`,
`watchdog_penalties`, `watchdog_charges` spans). An article in which no trigger pattern matches,
or no court, penalty or charge pattern does, cannot hold one and need not pay for the model.

The test runs in two stages, both built at load time from the pipeline's own patterns (so from
`models/`, whatever the pattern files say today):

1. anchors: every pattern is parsed and reduced to literal strings one of which each of its
   matches must contain ("sentenced", "upheld", "house arrest"); one Aho-Corasick scan finds
   them all (a tenth of a millisecond for an article, where one regex of them takes ten);
2. the patterns whose anchors are in the text, until one of each group matches.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import product
from re import _constants as sre  # the standard library's regex parser: reads a pattern's structure
from re import _parser as sre_parse

import ahocorasick
from spacy.language import Language

from .components.patterns import expand_entries, lowercase_text
from .schema import Article, ArticleResult

#: the components whose spans a decision needs: a trigger, and a court, penalty or charge
TRIGGER_COMPONENT = "watchdog_rulings"
CONTEXT_COMPONENTS = ("watchdog_courts", "watchdog_penalties", "watchdog_charges")

_MAX_STRINGS = 64
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Strings = frozenset[str]


def _exact(items: sre_parse.SubPattern | list) -> Strings | None:
    """Every string the parsed items can match, when they are few and literal ("jail(?:ed|s)")."""
    found: Strings = frozenset({""})
    for op, av in items:
        if op is sre.LITERAL:
            part = frozenset({chr(av)})
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue
        elif op is sre.SUBPATTERN:
            part = _exact(av[3])
        elif op is sre.BRANCH:
            branches = [_exact(b) for b in av[1]]
            part = None if any(b is None for b in branches) else frozenset().union(*branches)
        elif op is sre.IN:
            part = frozenset(chr(v) for o, v in av) if all(o is sre.LITERAL for o, _ in av) else None
        elif op in _REPEATS and av[1] <= 2:
            inner = _exact(av[2])
            part = None if inner is None else frozenset("".join(p) for n in range(av[0], av[1] + 1) for p in product(inner, repeat=n))
        else:
            part = None
        if part is None or len(found) * len(part) > _MAX_STRINGS:
            return None
        found = frozenset(a + b for a, b in product(found, part))
    return found


def _strength(strings: Strings) -> tuple[int, int]:
    return min(map(len, strings)), -len(strings)


def _required(items: sre_parse.SubPattern | list) -> Strings | None:
    """Strings one of which every match of the parsed items contains, or None when there are none.

    Runs of literal items are joined (zero-width assertions do not break them); of the candidates,
    the one whose shortest string is longest wins, as the rarest in text."""
    candidates: list[Strings] = []
    run: Strings = frozenset({""})

    def close() -> None:
        nonlocal run
        if min(map(len, run)):
            candidates.append(run)
        run = frozenset({""})

    for op, av in items:
        if op in (sre.AT, sre.ASSERT_NOT):
            continue
        if op is sre.ASSERT:
            inner = _required(av[1])
            if inner:
                candidates.append(inner)
            continue
        exact = _exact([(op, av)])
        if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
            run = frozenset(a + b for a, b in product(run, exact))
            continue
        close()
        inner = _sub_required(op, av)
        if inner:
            candidates.append(inner)
    close()
    return max(candidates, key=_strength, default=None)


def _sub_required(op: object, av: object) -> Strings | None:
    if op is sre.SUBPATTERN:
        return _required(av[3])
    if op is sre.ATOMIC_GROUP:
        return _required(av)
    if op is sre.BRANCH:
        branches = [_required(b) for b in av[1]]
        return None if any(not b for b in branches) else frozenset().union(*branches)
    if op in _REPEATS and av[0] >= 1:
        return _required(av[2])
    return _exact([(op, av)])


def anchors(pattern: str, flags: int = 0) -> Strings | None:
    """Lowercase strings one of which every match of `pattern` contains, or None when no literal
    is certain to be in a match (then the pattern itself must be run on every text)."""
    found = _required(sre_parse.parse(pattern, flags))
    if not found or "" in found:
        return None
    return frozenset(s.lower() for s in found)


Entry = tuple[str, int]


class Prefilter:
    """`prefilter(text)` is False when the text cannot hold a court decision (see the module):
    none of the trigger entries matches it, or none of the context entries does. Entries are
    (pattern, flags); an IGNORECASE one runs on the text as it is, the others on its lowercase."""

    def __init__(self, triggers: Iterable[Entry], context: Iterable[Entry]) -> None:
        self.groups: tuple[list[re.Pattern], list[re.Pattern]] = ([], [])
        self.unanchored: tuple[set[int], set[int]] = (set(), set())
        by_anchor: dict[str, set[tuple[int, int]]] = {}
        for group, entries in enumerate((triggers, context)):
            for pattern, flags in entries:
                index = len(self.groups[group])
                self.groups[group].append(re.compile(pattern, flags))
                found = anchors(pattern, flags)
                if found is None:
                    self.unanchored[group].add(index)
                for anchor in found or ():
                    by_anchor.setdefault(anchor, set()).add((group, index))
        self._automaton = ahocorasick.Automaton()
        for anchor, owners in by_anchor.items():
            self._automaton.add_word(anchor, tuple(owners))
        if by_anchor:
            self._automaton.make_automaton()

    def __call__(self, text: str) -> bool:
        lowered = lowercase_text(text)
        candidates = (set(self.unanchored[0]), set(self.unanchored[1]))
        if len(self._automaton):
            for _, owners in self._automaton.iter(lowered):
                for group, index in owners:
                    candidates[group].add(index)
        return all(candidates) and all(
            any(self._matches(self.groups[group][i], text, lowered) for i in sorted(candidates[group]))
            for group in (0, 1)
        )

    @staticmethod
    def _matches(pattern: re.Pattern, text: str, lowered: str) -> bool:
        return pattern.search(text if pattern.flags & re.IGNORECASE else lowered) is not None


def _component_patterns(nlp: Language, name: str) -> list[tuple[str, int]]:
    component = nlp.get_pipe(name)
    return [(pattern, component.flags) for label, pattern in expand_entries(component.patterns) if label != "not_court"]


@lru_cache(maxsize=4)
def prefilter_for(nlp: Language) -> Prefilter | None:
    """The pre-filter of a pipeline, from its components' patterns (built once per pipeline); None
    when the pipeline lacks one of them, so that every article goes through the model."""
    if not all(name in nlp.pipe_names for name in (TRIGGER_COMPONENT, *CONTEXT_COMPONENTS)):
        return None
    context = [p for name in CONTEXT_COMPONENTS for p in _component_patterns(nlp, name)]
    return Prefilter(_component_patterns(nlp, TRIGGER_COMPONENT), context)


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
