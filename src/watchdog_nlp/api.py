"""The public entry points: load a pipeline, extract one article or a stream of them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .assemble import assemble
from .errors import Errors, WatchdogError
from .pipeline import BASE_MODEL, UNUSED_BASE_COMPONENTS, build
from .schema import Article, ArticleResult, CaseRecord, Entity, parse_published

Assembler = Callable[[Doc], list[CaseRecord]]

_ENTITY_LABELS = {"PERSON", "GPE", "LOC", "DATE"}
_SPAN_KEYS = ("court", "charge", "penalty", "ruling")


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
    """Split text longer than spaCy's max_length at paragraph breaks, keeping each piece's offset."""
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


def _docs(nlp: Language, articles: Iterable[Article]) -> Iterator[tuple[Doc, tuple[int, Article, int]]]:
    """(doc, (article index, article, character offset)) for every piece of every article."""
    for index, article in enumerate(articles):
        for offset, piece in _pieces(article.text, nlp.max_length):
            yield nlp.make_doc(piece), (index, article, offset)


def _entities(doc: Doc, offset: int) -> list[Entity]:
    found = []
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        value = ent._.iso_date if ent.label_ == "DATE" else ent._.country if ent.label_ in {"GPE", "LOC"} else None
        found.append(Entity(label=ent.label_, text=ent.text, start=ent.start_char + offset, end=ent.end_char + offset, value=value))
    for key in _SPAN_KEYS:
        for span in doc.spans.get(key, []):
            value = span._.court if key == "court" else span.label_
            found.append(Entity(label=key.upper(), text=span.text, start=span.start_char + offset, end=span.end_char + offset, value=value))
    return sorted(found, key=lambda e: (e.start, e.label))


def _shift(record: CaseRecord, offset: int) -> CaseRecord:
    if not offset:
        return record
    spans = tuple((s + offset, e + offset) for s, e in record.evidence.spans)
    return record.model_copy(update={"evidence": record.evidence.model_copy(update={"spans": spans})})


def extract_many(
    articles: Iterable[dict | Article],
    *,
    nlp: Language | None = None,
    n_process: int = 1,
    batch_size: int = 16,
    assembler: Assembler = assemble,
) -> Iterator[ArticleResult]:
    """Case records for a stream of articles, in input order; runs `nlp.pipe` underneath."""
    nlp = nlp or load()
    stream = _docs(nlp, (_as_article(a) for a in articles))
    docs = nlp.pipe(stream, as_tuples=True, n_process=n_process, batch_size=batch_size)
    current: int | None = None
    result: tuple[Article, list[CaseRecord], list[Entity]] | None = None
    for doc, (index, article, offset) in docs:
        if index != current:
            if result is not None:
                yield ArticleResult(id=result[0].id, records=result[1], entities=result[2])
            current, result = index, (article, [], [])
        doc._.published = article.published
        doc._.article_id = article.id
        result[1].extend(_shift(r, offset) for r in assembler(doc))
        result[2].extend(_entities(doc, offset))
    if result is not None:
        yield ArticleResult(id=result[0].id, records=result[1], entities=result[2])


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
