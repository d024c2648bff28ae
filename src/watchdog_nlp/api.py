"""The public entry points: load a pipeline, extract one article or a stream of them."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from .assemble import assemble
from .errors import Errors, WatchdogError
from .normalize.dates import load_dateparser
from .pipeline import BASE_MODEL, UNUSED_BASE_COMPONENTS, build
from .prefilter import prefilter_for, skip_filtered
from .schema import Article, ArticleResult, CaseRecord, Entity, parse_published
from .streams import chunked

Assembler = Callable[[Doc], list[CaseRecord]]

_ENTITY_LABELS = {"PERSON", "GPE", "LOC", "DATE"}
#: longest piece of text the model sees at once (spaCy's max_length is 1M characters: its memory
#: grows with the piece, a few GB for 1M), and the most characters in one batch of pieces
PIECE_CHARS = 50_000
BATCH_CHARS = 100_000
_SPAN_KEYS = ("court", "charge", "penalty", "ruling")
#: a batch holds `batch_size` texts and, beside them, up to this many times as many empty ones (the
#: articles the pre-filter rejected): the model then runs on full batches however few articles pass
EMPTY_PER_TEXT = 16


@lru_cache(maxsize=4)
def load(base: str = BASE_MODEL, exclude: tuple[str, ...] = UNUSED_BASE_COMPONENTS) -> Language:
    """The base English pipeline with watchdog_nlp's components (built once per base, then shared).

    The base model's attribute_ruler and lemmatizer are left out by default, as extraction does not
    read `token.pos_` or `token.lemma_`; pass `exclude=()` to keep them."""
    return build(base, exclude=tuple(exclude))


def _as_article(item: dict | Article) -> Article:
    if isinstance(item, Article):
        return item
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise WatchdogError(Errors.E006.format(kind=type(item).__name__))
    return Article(
        id=None if item.get("id") is None else str(item["id"]),
        text=item["text"],
        published=parse_published(item.get("published")),
        url=item.get("url"),
    )


def _pieces(text: str, limit: int) -> Iterator[tuple[int, str]]:
    """Split text longer than `limit` at paragraph breaks (else line breaks), keeping each piece's offset."""
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n\n", start, start + limit)
        if cut <= start:
            cut = text.rfind("\n", start, start + limit)
        if cut <= start:
            cut = start + limit
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _texts(nlp: Language, articles: Iterable[Article]) -> Iterator[tuple[str, tuple[int, Article, int]]]:
    """(text, (article index, article, character offset)) for every piece of every article; the
    text, not a Doc, goes to `nlp.pipe` so worker processes tokenize it."""
    for index, article in enumerate(articles):
        for offset, piece in _pieces(article.text, min(nlp.max_length, PIECE_CHARS)):
            yield piece, (index, article, offset)


def _batches(items: Iterable[tuple[str, object]], size: int) -> Iterator[list[tuple[str, object]]]:
    """(text, context) items in batches of at most `size` non-empty texts (and `size` *
    EMPTY_PER_TEXT items) and about BATCH_CHARS characters, so that the model holds a bounded amount
    of text at a time however long the articles, and works on full batches however many are empty."""
    batch: list[tuple[str, object]] = []
    chars = texts = 0
    for item in items:
        if batch and (texts >= size or len(batch) >= size * EMPTY_PER_TEXT or chars + len(item[0]) > BATCH_CHARS):
            yield batch
            batch, chars, texts = [], 0, 0
        batch.append(item)
        chars += len(item[0])
        texts += bool(item[0])
    if batch:
        yield batch


def _piped(
    nlp: Language, articles: Iterable[Article], batch_size: int, n_process: int
) -> Iterator[tuple[Doc, tuple[int, Article, int]]]:
    """(Doc, context) for every piece; in this process a batch at a time (see `_batches`)."""
    if n_process > 1:
        yield from nlp.pipe(_texts(nlp, articles), as_tuples=True, batch_size=batch_size, n_process=n_process)
        return
    for batch in _batches(_texts(nlp, articles), batch_size):
        yield from nlp.pipe(batch, as_tuples=True, batch_size=len(batch))


def _unique(records: list[CaseRecord]) -> list[CaseRecord]:
    """One record per decision of a text processed in pieces: a record found again in another piece
    adds its evidence to the first."""
    kept: dict[str, CaseRecord] = {}
    for record in records:
        key = record.model_dump_json(exclude={"evidence"})
        first = kept.get(key)
        if first is None:
            kept[key] = record
        else:
            spans = tuple(dict.fromkeys(first.evidence.spans + record.evidence.spans))
            kept[key] = first.model_copy(update={"evidence": first.evidence.model_copy(update={"spans": spans})})
    return list(kept.values())


def _span_value(key: str, span: Span) -> object:
    """A labelled span's normalised value: a court's name, city and country; a penalty's kind,
    duration and fine; a charge's category or a ruling's kind."""
    if key == "court":
        ref = span._.court_ref
        return {"name": ref.name, "city": ref.city, "country": ref.country}
    if key == "penalty":
        return span._.penalty.model_dump()
    return span.label_


def _entities(doc: Doc, offset: int) -> list[Entity]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        value = ent._.iso_date if ent.label_ == "DATE" else ent._.country if ent.label_ in {"GPE", "LOC"} else None
        found.append(
            Entity(label=ent.label_, text=ent.text, start=ent.start_char + offset, end=ent.end_char + offset, value=value)
        )
    for key in _SPAN_KEYS:
        for span in doc.spans.get(key, []):
            found.append(
                Entity(
                    label=key.upper(),
                    text=span.text,
                    start=span.start_char + offset,
                    end=span.end_char + offset,
                    value=_span_value(key, span),
                )
            )
    return sorted(found, key=lambda e: (e.start, e.label))


def _shift(record: CaseRecord, offset: int) -> CaseRecord:
    if not offset:
        return record
    spans = tuple((s + offset, e + offset) for s, e in record.evidence.spans)
    return record.model_copy(update={"evidence": record.evidence.model_copy(update={"spans": spans})})


def _extract_pipe(
    articles: Iterable[Article],
    nlp: Language,
    batch_size: int,
    assembler: Assembler,
    n_process: int = 1,
    entities: bool = True,
) -> Iterator[ArticleResult]:
    current: int | None = None
    result: tuple[Article, list[CaseRecord], list[Entity]] | None = None
    pieced = False
    for doc, (index, article, offset) in _piped(nlp, articles, batch_size, n_process):
        if index != current:
            if result is not None:
                yield _result(*result, pieced)
            current, result, pieced = index, (article, [], []), False
        doc._.published = article.published
        doc._.article_id = article.id
        result[1].extend(_shift(r, offset) for r in assembler(doc))
        if entities:
            result[2].extend(_entities(doc, offset))
        pieced = pieced or offset > 0
    if result is not None:
        yield _result(*result, pieced)


def _result(article: Article, records: list[CaseRecord], entities: list[Entity], pieced: bool) -> ArticleResult:
    return ArticleResult(id=article.id, records=_unique(records) if pieced else records, entities=entities)


#: what forked workers inherit: the pipeline, the assembler, the batch size and `entities` of the parent
_FORKED: tuple[Language, Assembler, int, bool] | None = None


def _extract_chunk(chunk: list[Article]) -> list[ArticleResult]:
    nlp, assembler, batch_size, entities = _FORKED
    return list(_extract_pipe(chunk, nlp, batch_size, assembler, entities=entities))


def _extract_parallel(
    articles: Iterable[Article], nlp: Language, n_process: int, batch_size: int, assembler: Assembler, entities: bool
) -> Iterator[ArticleResult]:
    """Whole extraction (model, assembly, records) in forked workers, chunk by chunk; results come
    back in input order and at most a few chunks per worker are in flight, so memory stays flat."""
    global _FORKED
    _FORKED = (nlp, assembler, batch_size, entities)
    load_dateparser()
    with multiprocessing.get_context("fork").Pool(n_process) as pool:
        in_flight: deque = deque()
        for chunk in chunked(articles, batch_size):
            in_flight.append(pool.apply_async(_extract_chunk, (chunk,)))
            if len(in_flight) >= 2 * n_process:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


def extract_many(
    articles: Iterable[dict | Article],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    assembler: Assembler = assemble,
    records_only: bool = False,
    entities: bool = True,
) -> Iterator[ArticleResult]:
    """Case records for a stream of articles, in input order; runs `nlp.pipe` underneath.

    With `n_process` > 1 the articles go in batches to forked worker processes that run the whole
    extraction; where the platform cannot fork, spaCy's own multiprocessing runs the model.
    With `records_only`, articles whose text cannot hold a court decision (`prefilter`) skip the
    model: their results have no records, no entities and `filtered` set. With `entities=False`
    no result carries entities (they are most of an output's bytes): for record-only output,
    together with `records_only`.
    """
    nlp = nlp or load()
    stream = (_as_article(a) for a in articles)

    def run(stream: Iterator[Article]) -> Iterator[ArticleResult]:
        if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
            return _extract_parallel(stream, nlp, n_process, batch_size, assembler, entities)
        return _extract_pipe(stream, nlp, batch_size, assembler, n_process, entities)

    prefilter = prefilter_for(nlp) if records_only else None
    if prefilter is None:
        yield from run(stream)
    else:
        yield from skip_filtered(stream, lambda text: len(text) > nlp.max_length or prefilter(text), run)


def extract(
    text: str,
    published: str | dt.date | None = None,
    *,
    id: str | None = None,
    nlp: Language | None = None,
    assembler: Assembler = assemble,
) -> ArticleResult:
    """Case records and labelled entities of one article; `published` anchors relative dates."""
    article = Article(id=id, text=text, published=parse_published(published))
    return next(extract_many([article], nlp=nlp, assembler=assembler))
