"""Anchors: literal strings a regex's every match must hold, read off the pattern's structure, so
that a pattern is tried only where one of them is instead of at every character of a text.

One Aho-Corasick scan finds every anchor of a set of patterns (a fraction of a millisecond for an
article, where running one large alternation over it takes ten). `AnchoredPatterns` uses them to
give exactly the matches `re.finditer` gives; the pre-filter (`watchdog_nlp.prefilter`) uses them to
tell whether a text can hold a decision at all.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import product

# the standard library's regex parser and compiler: the only reader of a pattern's structure
from re import _compiler as sre_compiler
from re import _constants as sre
from re import _parser as sre_parse

import ahocorasick

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
                if inner and av[0] == 1:
                    candidates.append(inner.shifted(lo, hi, before))
                elif inner and hi == 0 and inner.hi is not None:
                    # a lookbehind opening the pattern ends where the match starts
                    width = av[1].getwidth()[0]
                    candidates.append(Anchors(inner.strings, inner.lo - width, inner.hi - width, ()))
                elif inner:
                    candidates.append(Anchors(inner.strings, 0, None, None))
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


def _branch(items: tuple) -> tuple[sre_parse.State, sre_parse.SubPattern]:
    state = sre_parse.State()
    unique = {repr(item): item for item in items}.values()
    branch = [sre_parse.SubPattern(state, [item]) for item in unique]
    return state, sre_parse.SubPattern(state, [(sre.BRANCH, (None, branch))])


def _one_of(items: tuple, flags: int) -> re.Pattern:
    """A pattern matching one character that one of the one-character items matches."""
    return sre_compiler.compile(_branch(items)[1], flags)


def _run_of(items: tuple, flags: int) -> re.Pattern:
    """A pattern matching a run of up to _FAR + 1 characters that the one-character items match."""
    state, one = _branch(items)
    return sre_compiler.compile(sre_parse.SubPattern(state, [(sre.MAX_REPEAT, (0, _FAR + 1, one))]), flags)


def _run_start(run: re.Pattern, reversed_text: str, at: int) -> int | None:
    """Where the run of characters that `run` (from `_run_of`) matches, ending at `at` in the text,
    starts (None: too long); read forward in the reversed text, one regex call instead of one per
    character."""
    length = run.match(reversed_text, len(reversed_text) - at).end() - (len(reversed_text) - at)
    return None if length > _FAR else at - length


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


class AnchoredPatterns:
    """Labelled alternations (one per label, as `compile_patterns` builds them) whose matches are
    the ones `finditer` finds, searched for only where the label's anchors are in the text.

    Each alternative is tried only at the starts its own anchors allow, in the label's order, so the
    first that matches at a start wins as in the alternation; one whose anchor ends a run too long
    to place its start is searched for on its own. A label with an alternative that has no anchors,
    or that can match the empty string, is searched for everywhere; one with named groups is tried
    whole at its alternatives' starts (its matches keep every group)."""

    def __init__(self, compiled: dict[str, re.Pattern], alternatives_of: dict[str, list[str]]) -> None:
        self.compiled = compiled
        self._places: dict[tuple[str, int], tuple[int, int | None, re.Pattern | None]] = {}
        self._alternatives: dict[str, list[re.Pattern]] = {}
        self._slot: dict[tuple[str, int], int] = {}
        self._everywhere: set[str] = set()
        by_anchor: dict[str, set[tuple[str, int]]] = {}
        for label, regex in compiled.items():
            found = [anchors(alternative, regex.flags) for alternative in alternatives_of[label]]
            if any(a is None or (a.hi is None and not a.before) for a in found) or _can_be_empty(regex):
                self._everywhere.add(label)
                continue
            whole = regex.groupindex or len(found) == 1
            self._alternatives[label] = (
                [regex] if whole else [re.compile(alternative, regex.flags) for alternative in alternatives_of[label]]
            )
            for index, a in enumerate(found):
                self._places[label, index] = (a.lo, a.hi, _run_of(a.before, regex.flags) if a.hi is None else None)
                self._slot[label, index] = 0 if whole else index
                for anchor in a.strings:
                    by_anchor.setdefault(anchor, set()).add((label, index))
        self._automaton = ahocorasick.Automaton()
        for anchor, owners in by_anchor.items():
            # each owner as (label, slot, lo, hi, between): read per hit without a look-up
            places = tuple((label, self._slot[label, index], *self._places[label, index]) for label, index in owners)
            self._automaton.add_word(anchor, (len(anchor), places))
        if by_anchor:
            self._automaton.make_automaton()

    def starts(self, lowered: str) -> dict[str, dict[int, set[int] | None] | None]:
        """Where each label's alternatives can start in a text, from its lowercase form: label ->
        alternative -> starts (None: the label, or the alternative, may match anywhere)."""
        found: dict[str, dict[int, set[int] | None] | None] = {label: None for label in self._everywhere}
        if len(self._automaton):
            backwards = lowered[::-1]
            for end, (length, owners) in self._automaton.iter(lowered):
                at = end + 1 - length
                for label, slot, lo, hi, between in owners:
                    by_alternative = found.setdefault(label, {})
                    if slot in by_alternative and by_alternative[slot] is None:
                        continue
                    first = max(0, at - hi) if hi is not None else _run_start(between, backwards, at)
                    if first is None:
                        by_alternative[slot] = None
                    else:
                        by_alternative.setdefault(slot, set()).update(range(first, at - lo + 1))
        return found

    def finditer(self, label: str, text: str, starts: dict[str, dict[int, set[int]] | None]) -> Iterator[re.Match]:
        """The matches of `label` in `text` (the text `starts` was read from, or its lowercase form);
        none for a label the patterns lack."""
        regex = self.compiled.get(label)
        by_alternative = starts.get(label, {})
        if regex is None:
            return
        if by_alternative is None:
            yield from regex.finditer(text)
            return
        tried = [
            (self._alternatives[label][index], None if places is None else sorted(places))
            for index, places in sorted(by_alternative.items())
        ]
        pending: list[re.Match | None] = [None] * len(tried)
        end = 0
        while True:
            best = None
            for k, (alternative, places) in enumerate(tried):
                m = pending[k]
                if m is None or m and m.start() < end:
                    m = pending[k] = _first_match(alternative, text, places, end)
                if m and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            end = best.end()
            yield best


def _first_match(alternative: re.Pattern, text: str, places: list[int] | None, at: int) -> re.Match | bool:
    """The match of `alternative` at the first of its (sorted) places from `at` on where it
    matches, else False: kept until the search passes it, as the places before it are tried, so
    each place of each alternative is tried at most once, instead of every alternative at every
    place of the label. An alternative whose places are not known (None) is searched for from `at`
    on: the others still run only at their places, where the whole label's alternation would run
    over the whole text."""
    if places is None:
        return alternative.search(text, at) or False
    for start in places[bisect_left(places, at) :]:
        m = alternative.match(text, start)
        if m:
            return m
    return False


def _can_be_empty(regex: re.Pattern) -> bool:
    return sre_parse.parse(regex.pattern, regex.flags).getwidth()[0] == 0


def labelled_alternatives(entries: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """(label, pattern) pairs -> each label's top-level alternatives, in order."""
    found: dict[str, list[str]] = {}
    for label, pattern in entries:
        found.setdefault(label, []).extend(alternatives(pattern))
    return found
