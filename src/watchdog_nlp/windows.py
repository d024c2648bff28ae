"""Cheap look-ups on a Doc that spaCy would recompute on every call: its text, its tokens'
sentence starts and lowercase forms, values of its spans (`span_cache`), and token windows
clipped to their sentence, found by walking the window only. What is kept per Doc is read once
it is parsed and freed with it.

`span.sent` walks the whole sentence on every call, which makes a few-token look around each name
cost as much as the sentence: quadratic in a run-on sentence. These give the same bounds as
`max(span.sent.start, i)` and `min(span.sent.end, j)`.
"""

import functools
from collections.abc import Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc, Span

T = TypeVar("T")


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once (spaCy joins its tokens again on every `doc.text`)."""
    text = doc.user_data.get("watchdog.text")
    if text is None:
        text = doc.user_data["watchdog.text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's text joined once: the same characters (a span's text ends
    where its last token does), without a Token object for each word."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_cache(func: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """Memoise a function of a processed Doc, beside it: read once per Doc, freed with it, never
    serialised. Its value must not hold the Doc (a span would keep every Doc of a run alive)."""
    memo: WeakKeyDictionary[Doc, T] = WeakKeyDictionary()

    @functools.wraps(func)
    def cached(doc: Doc) -> T:
        if doc not in memo:
            memo[doc] = func(doc)
        return memo[doc]

    return cached


@doc_cache
def lower_ids(doc: Doc) -> list[int]:
    """Each token's lowercase form as its hash (`hash_string(token.lower_)`), read once per Doc off
    its LOWER array: a scan for a few words then looks up numbers instead of making a Token object
    of every word it passes."""
    return doc.to_array("LOWER").tolist()


@doc_cache
def _sent_starts(doc: Doc) -> list[int]:
    """Each token's SENT_START value (1: it opens a sentence, as `token.is_sent_start`), read once
    per parsed Doc, so a walk to the sentence's edge makes no Token objects."""
    return doc.to_array("SENT_START").tolist()


def start_within(span: Span, lowest: int) -> int:
    """max(span.sent.start, lowest): the sentence start if it lies at or after `lowest`."""
    starts = _sent_starts(span.doc)
    i = span.start
    while i > max(lowest, 0) and starts[i] != 1:
        i -= 1
    return max(i, lowest)


def end_within(span: Span, highest: int) -> int:
    """min(span.sent.end, highest): the end of the sentence of the span's first token if it comes
    before `highest`."""
    starts = _sent_starts(span.doc)
    stop = min(highest, len(starts))
    for i in range(span.start + 1, stop):
        if starts[i] == 1:
            return i
    return stop


def span_cache(func: Callable[[Span], T]) -> Callable[[Span], T]:
    """Memoise a function of one span of a processed Doc (a sentence, a labelled span) by the span's
    bounds and label, beside the Doc: for functions of the parse and the span's words alone, which
    assembly asks again for each trigger, frame and entity. Freed with the Doc, never serialised."""
    memo: WeakKeyDictionary[Doc, dict[tuple[int, int, int], T]] = WeakKeyDictionary()

    @functools.wraps(func)
    def cached(span: Span) -> T:
        found = memo.get(span.doc)
        if found is None:
            found = memo[span.doc] = {}
        key = (span.start, span.end, span.label)
        if key not in found:
            found[key] = func(span)
        return found[key]

    return cached
