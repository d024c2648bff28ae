"""Pre-filter: whether an article can hold a court decision, read off its raw text before the model.

Every record is assembled from a ruling trigger (`watchdog_rulings`): an article in which no ruling
pattern matches cannot give one, whatever the model would read. Decision words also have other
senses ("handed a note", "upheld its promise"), so an article must also say what a decision is
about or where it was taken: a court, a penalty or a charge (`watchdog_courts`,
`watchdog_penalties`, `watchdog_charges`), or a word of the legal setting (`models/prefilter.yaml`:
"verdict", "lawyer", "custody"). Articles failing either test need not pay for the model.

The test is built once per pipeline from the pipeline's own patterns (so from `models/`, whatever
the pattern files say today) and runs in two stages:

1. anchors: every pattern is parsed and reduced to literal strings one of which every text it
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
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

# the standard library's regex parser and compiler: the only reader of a pattern's structure
from re import _compiler as sre_compiler
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick
from spacy.language import Language

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

_MAX_STRINGS = 64
#: an anchor that may sit further into a match than this many characters has no known place
_FAR = 400
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_ONE_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)

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
            part = (
                None
                if inner is None
                else frozenset("".join(p) for n in range(av[0], av[1] + 1) for p in product(inner, repeat=n))
            )
        else:
            part = None
        if part is None or len(found) * len(part) > _MAX_STRINGS:
            return None
        found = frozenset(a + b for a, b in product(found, part))
    return found


@dataclass(frozen=True)
class Anchors:
    """Strings one of which every text a pattern matches holds, starting between `lo` and `hi`
    characters after the start of the match (`hi` None: no bound); `before` lists the one-character
    items that can match the characters in between. With neither `hi` nor `before` known, the
    strings are only known to be in the text (a lookbehind's are before the match)."""

    strings: Strings
    lo: int = 0
    hi: int | None = 0
    before: tuple | None = ()

    def shifted(self, lo: int, hi: int | None, before: list | None) -> Anchors:
        return Anchors(
            self.strings,
            self.lo + lo,
            None if hi is None or self.hi is None else self.hi + hi,
            None if before is None or self.before is None else (*before, *self.before),
        )

    @property
    def strength(self) -> tuple[int, bool, int, int]:
        """Strings of four characters or more are rare enough: then a known place in the match
        (few places to try) counts first, then longer strings, then fewer of them."""
        shortest = min(map(len, self.strings))
        return min(shortest, 4), self.hi is not None, shortest, -len(self.strings)


class _Reader:
    """Reads the anchors off a parsed pattern (the state holds what widths need of its groups)."""

    def __init__(self, state: sre_parse.State) -> None:
        self.state = state

    def width(self, item: tuple) -> tuple[int, int | None]:
        lo, hi = sre_parse.SubPattern(self.state, [item]).getwidth()
        return lo, None if hi > _FAR else hi

    def characters(self, items: sre_parse.SubPattern | list) -> list | None:
        """The one-character items that the items can consume (None: some cannot be told)."""
        found: list = []
        for op, av in items:
            if op in _ONE_CHARACTER:
                inner = [(op, av)]
            elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                inner = []
            elif op is sre.SUBPATTERN:
                inner = self.characters(av[3])
            elif op is sre.ATOMIC_GROUP:
                inner = self.characters(av)
            elif op in _REPEATS:
                inner = self.characters(av[2])
            elif op is sre.BRANCH:
                branches = [self.characters(b) for b in av[1]]
                inner = None if None in branches else [i for b in branches for i in b]
            else:
                inner = None
            if inner is None:
                return None
            found.extend(inner)
        return found

    def required(self, items: sre_parse.SubPattern | list) -> Anchors | None:
        """The anchors of a sequence: runs of literal items are joined (zero-width assertions do
        not break them), a lookahead adds its own; the strongest candidate wins."""
        candidates: list[Anchors] = []
        lo, hi, before = 0, 0, []
        run: Strings = frozenset({""})
        run_at = Anchors(run)

        def close() -> None:
            nonlocal run
            if min(map(len, run)):
                candidates.append(Anchors(run, run_at.lo, run_at.hi, run_at.before))
            run = frozenset({""})

        for op, av in items:
            if op in (sre.AT, sre.ASSERT_NOT):
                continue
            if op is sre.ASSERT:
                inner = self.required(av[1])
                if inner:
                    candidates.append(inner.shifted(lo, hi, before) if av[0] == 1 else Anchors(inner.strings, 0, None, None))
                continue
            exact = _exact([(op, av)])
            if exact is not None and len(run) * len(exact) <= _MAX_STRINGS:
                if run == {""}:
                    run_at = Anchors(run).shifted(lo, hi, before)
                run = frozenset(a + b for a, b in product(run, exact))
            else:
                close()
                inner = self.sub_required(op, av)
                if inner:
                    candidates.append(inner.shifted(lo, hi, before))
            item_lo, item_hi = self.width((op, av))
            lo, hi = lo + item_lo, None if hi is None or item_hi is None else hi + item_hi
            consumed = None if before is None else self.characters([(op, av)])
            before = None if consumed is None else before + consumed
        close()
        return max(candidates, key=lambda c: c.strength, default=None)

    def sub_required(self, op: object, av: object) -> Anchors | None:
        if op is sre.SUBPATTERN:
            return self.required(av[3])
        if op is sre.ATOMIC_GROUP:
            return self.required(av)
        if op is sre.BRANCH:
            branches = [self.required(b) for b in av[1]]
            if any(b is None for b in branches):
                return None
            his, befores = [b.hi for b in branches], [b.before for b in branches]
            return Anchors(
                frozenset().union(*(b.strings for b in branches)),
                min(b.lo for b in branches),
                None if None in his else max(his),
                None if None in befores else tuple(i for b in befores for i in b),
            )
        if op in _REPEATS and av[0] >= 1:
            return self.required(av[2])
        exact = _exact([(op, av)])
        return Anchors(exact) if exact and "" not in exact else None


def anchors(pattern: str, flags: int = 0) -> Anchors | None:
    """Lowercase strings one of which every text `pattern` matches holds, and where they start in
    the match; None when no literal is certain (then the pattern runs on every text)."""
    parsed = sre_parse.parse(pattern, flags)
    found = _Reader(parsed.state).required(parsed)
    if found is None or "" in found.strings:
        return None
    return Anchors(frozenset(s.lower() for s in found.strings), found.lo, found.hi, found.before)


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


def _one_of(items: tuple, flags: int) -> re.Pattern:
    """A pattern matching one character that one of the one-character items matches."""
    state = sre_parse.State()
    unique = {repr(item): item for item in items}.values()
    branch = [sre_parse.SubPattern(state, [item]) for item in unique]
    return sre_compiler.compile(sre_parse.SubPattern(state, [(sre.BRANCH, (None, branch))]), flags)


def _run_start(between: re.Pattern, text: str, at: int) -> int | None:
    """Where the run of characters `between` matches, ending at `at`, starts (None: too long)."""
    start = at
    while start > 0 and between.match(text, start - 1):
        start -= 1
        if at - start > _FAR:
            return None
    return start


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" -> "a", "b(c|d)"): each gets anchors of
    its own. A pattern that opens with global inline flags stays whole."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return [pattern]
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
            if pattern[i + 1 : i + 2] == "]":
                i += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*parts, pattern[start:]]


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
