"""Cheap look-ups on a Doc that spaCy would recompute on every call: its text, and token windows
clipped to their sentence, found by walking the window only.

`span.sent` walks the whole sentence on every call, which makes a few-token look around each name
cost as much as the sentence: quadratic in a run-on sentence. These give the same bounds as
`max(span.sent.start, i)` and `min(span.sent.end, j)`.
"""

from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    """The Doc's text, joined once (spaCy joins its tokens again on every `doc.text`)."""
    if "watchdog.text" not in doc.user_data:
        doc.user_data["watchdog.text"] = doc.text
    return doc.user_data["watchdog.text"]


def start_within(span: Span, lowest: int) -> int:
    """max(span.sent.start, lowest): the sentence start if it lies at or after `lowest`."""
    doc = span.doc
    i = span.start
    while i > max(lowest, 0) and not doc[i].is_sent_start:
        i -= 1
    return max(i, lowest)


def end_within(span: Span, highest: int) -> int:
    """min(span.sent.end, highest): the end of the sentence of the span's first token if it comes
    before `highest`."""
    doc: Doc = span.doc
    stop = min(highest, len(doc))
    for i in range(span.start + 1, stop):
        if doc[i].is_sent_start:
            return i
    return stop
