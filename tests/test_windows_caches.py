"""Per-Doc caches give what the uncached look-ups give: a span function memoised by the span's
bounds and label, the tokens' lowercase forms, and the tokens of given tags read off the tag array."""

import datetime as dt
import gc
import weakref

import pytest
from spacy.strings import hash_string
from spacy.tokens import Span

from watchdog_nlp.assemble.courts import _court_ref, court_ref
from watchdog_nlp.assemble.cues import cue, cues
from watchdog_nlp.assemble.penalties import penalty_of
from watchdog_nlp.assemble.rulings import in_another_case, told_apart
from watchdog_nlp.components.places import _datelines, _doc_datelines, page_items
from watchdog_nlp.extensions import published_of
from watchdog_nlp.tags import tagged
from watchdog_nlp.windows import doc_cache, end_within, lower_ids, span_cache, start_within

TEXTS = [
    "A court in Minsk sentenced blogger Ihar Lesnik to 15 years in prison and fined him 500 rubles.",
    "Meanwhile, in a separate case, another court jailed Maria Kolesova for 11 years.",
    "The Almaty court gave activist Aset Abishev four years of restricted freedom on Friday.",
]


@pytest.mark.parametrize(
    "text, expected",
    [
        (TEXTS[0], ["prison", "fine"]),
        (TEXTS[1], ["prison"]),
        (TEXTS[2], ["restricted_freedom"]),
    ],
)
def test_windows_caches_penalty_as_uncached(nlp, text, expected):
    doc = nlp(text)
    spans = list(doc.spans["penalty"])
    assert [s.label_ for s in spans] == expected
    for span in spans:
        first, again = penalty_of(span), penalty_of(Span(doc, span.start, span.end, label=span.label_))
        assert first == penalty_of.__wrapped__(span)
        assert again is first  # the same span read again comes from the memo


@pytest.mark.parametrize("text, apart", [(TEXTS[0], False), (TEXTS[1], True), (TEXTS[2], False)])
def test_windows_caches_sentence_functions_as_uncached(nlp, text, apart):
    sent = next(nlp(text).sents)
    assert told_apart(sent) is apart
    assert told_apart.__wrapped__(sent) is apart
    assert in_another_case(sent) == in_another_case.__wrapped__(sent)


def test_windows_caches_span_cache_keys_bounds_and_label(nlp):
    doc = nlp(TEXTS[0])
    calls = []

    @span_cache
    def length(span):
        calls.append(span.label_)
        return len(span)

    assert [length(doc[0:2]), length(doc[0:2]), length(doc.char_span(0, 7, label="X")), length(doc[1:4])] == [2, 2, 2, 3]
    assert calls == ["", "X", ""]


def test_windows_caches_doc_cache_once_per_doc_freed_with_it(nlp):
    calls = []

    @doc_cache
    def words(doc):
        calls.append(len(doc))
        return [t.text for t in doc if t.is_alpha]

    first, second = nlp(TEXTS[1]), nlp(TEXTS[2])
    assert words(first) is words(first)
    assert words(second)[:3] == ["The", "Almaty", "court"]
    assert calls == [len(first), len(second)]
    kept = weakref.ref(first)
    del first
    gc.collect()
    assert kept() is None


@pytest.mark.parametrize("text", TEXTS)
def test_windows_caches_lower_ids_and_tags_as_tokens(nlp, text):
    doc = nlp(text)
    assert lower_ids(doc) == [hash_string(t.lower_) for t in doc]
    assert tagged(doc, ("NNP", "NNPS")) == [t.i for t in doc if t.tag_ in {"NNP", "NNPS"}]
    assert tagged(doc, ("NNP",)) == [t.i for t in doc if t.tag_ == "NNP"]
    assert tagged(doc, ("NNP",))  # every text names someone


@pytest.mark.parametrize(
    "text, cities",
    [
        ("The Almaty district court sentenced activist Aset Abishev to four years.", ["Almaty"]),
        ("A court in Minsk jailed blogger Ihar Lesnik. The same court later fined his wife.", ["Minsk", "Minsk"]),
        ("The Supreme Court of Uzbekistan upheld the verdict.", [None]),
    ],
)
def test_windows_caches_court_as_uncached(nlp, text, cities):
    """A court read on its own comes from the memo; "the same court" is still the one before."""
    doc, found, previous = nlp(text), [], None
    for span in doc.spans["court"]:
        assert _court_ref(span) == _court_ref.__wrapped__(span)
        previous = court_ref(span, previous)
        found.append(previous.city)
    assert found == cities


@pytest.mark.parametrize("published", [None, dt.date(2021, 1, 22)])
def test_windows_caches_published_read_as_extension(nlp, published):
    doc = nlp.make_doc(TEXTS[0])
    if published is not None:
        doc._.published = published
    assert published_of(doc) == doc._.published == published


@pytest.mark.parametrize(
    "names, word",
    [
        (("honorific", "person_description"), "activist"),
        (("non_defendant_title", "third_party_title"), "judge"),
        (("not_name_word", "credit_word"), "photo"),
    ],
)
def test_windows_caches_cue_lists_joined_once(names, word):
    assert cues(*names) == frozenset().union(*(cue(name) for name in names))
    assert word in cues(*names)
    assert cues(*names) is cues(*names)


@pytest.mark.parametrize(
    "text, countries",
    [
        ("ATYRAU, Kazakhstan -- A court jailed X.\n\nKHUJAND, Tajikistan -- A court fined Y.", ["TJ"]),
        ("A court in Minsk jailed blogger Ihar Lesnik.", []),
    ],
)
def test_windows_caches_datelines_read_once(nlp, text, countries):
    doc = nlp(text)
    assert [m.span() for m in _doc_datelines(doc)] == [m.span() for m in _datelines(doc.text)]
    assert _doc_datelines(doc) is _doc_datelines(doc)
    assert [country for _, country in page_items(doc)] == countries


@pytest.mark.parametrize("text", [*TEXTS, "Ms. Kim was fined. He, too, was jailed on Monday in Seoul. Both appealed."])
def test_windows_caches_sentence_windows_as_sent_bounds(nlp, text):
    doc = nlp(text)
    for tok in doc:
        span = doc[tok.i : tok.i + 1]
        for reach in (1, 3, 40):
            assert start_within(span, tok.i - reach) == max(span.sent.start, tok.i - reach)
            assert end_within(span, tok.i + reach) == min(span.sent.end, tok.i + reach)
