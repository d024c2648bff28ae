"""Score predicted case records against gold ones, following the Scoring rules of SCHEMA.md."""

import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError, computed_field

from .errors import Errors, WatchdogError
from .normalize.durations import duration_total
from .schema import Article, CaseRecord, _Frozen

SLOTS: tuple[str, ...] = ("court_city", "country", "ruling_date", "charges", "kind", "duration")


class Counts(_Frozen):
    """True/false positives and negatives with the derived rates.

    When there is nothing to find and nothing was found, the rates are 1.0; any other
    empty denominator gives 0.0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @computed_field
    @property
    def precision(self) -> float:
        if not (self.tp or self.fp or self.fn):
            return 1.0
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @computed_field
    @property
    def recall(self) -> float:
        if not (self.tp or self.fp or self.fn):
            return 1.0
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @computed_field
    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


class SlotScore(_Frozen):
    """One slot over the matched record pairs.

    `accuracy` is the mean per-pair score (for `charges` the mean set F1 over the pairs where either
    record has charges), None without pairs; `correct` counts the pairs scored 1.0.
    """

    count: int = 0
    correct: int = 0
    accuracy: float | None = None


class ScoringError(_Frozen):
    """One disagreement: a gold record nobody found, a predicted record with no gold, or a wrong slot.

    For missed and spurious records `gold` / `predicted` hold the whole record; for a wrong slot,
    the two slot values.
    """

    kind: Literal["missed", "spurious", "wrong_slot"]
    article_id: str | None
    person: str
    ruling: str
    slot: str | None = None
    gold: Any = None
    predicted: Any = None

    def to_text(self) -> str:
        head = f"{self.kind:<10} {self.article_id}  {self.person}  {self.ruling}"
        if self.kind == "wrong_slot":
            return f"{head}  {self.slot}: gold {self.gold!r}, predicted {self.predicted!r}"
        record = self.gold if self.kind == "missed" else self.predicted
        return f"{head}  {record.get('ruling_date')}"


class Report(_Frozen):
    """Record, person and slot scores of a corpus, with every disagreement in `errors`."""

    articles: int
    records: Counts
    persons: Counts
    slots: dict[str, SlotScore]
    charges_micro: Counts
    errors: list[ScoringError]

    @computed_field
    @property
    def reference(self) -> dict[str, float | None]:
        """The figures under the names and rounding the reference scorer (score.py --json) prints."""
        names = {"kind": "penalty_kind", "duration": "penalty_duration", "charges": "charges_F1"}

        def rounded(value: float | None) -> float | None:
            return None if value is None else round(value, 3)

        figures = {
            "record_P": rounded(self.records.precision),
            "record_R": rounded(self.records.recall),
            "record_F1": rounded(self.records.f1),
            "person_F1": rounded(self.persons.f1),
        }
        figures.update({names.get(slot, slot): rounded(score.accuracy) for slot, score in self.slots.items()})
        return figures

    def to_text(self, *, errors: bool = False) -> str:
        """A fixed-width table; with `errors`, one line per disagreement below it."""
        lines = [
            f"articles: {self.articles}",
            "",
            f"{'':<15}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}",
        ]
        for name, counts in (
            ("records", self.records),
            ("persons", self.persons),
            ("charges micro", self.charges_micro),
        ):
            lines.append(
                f"{name:<15}{counts.precision:>7.3f}{counts.recall:>7.3f}{counts.f1:>7.3f}"
                f"{counts.tp:>6}{counts.fp:>6}{counts.fn:>6}"
            )
        lines += ["", f"{'slot':<15}{'accuracy':>9}{'correct':>9}{'pairs':>7}"]
        for name, slot in self.slots.items():
            accuracy = "-" if slot.accuracy is None else f"{slot.accuracy:.3f}"
            lines.append(f"{name:<15}{accuracy:>9}{slot.correct:>9}{slot.count:>7}")
        if errors:
            lines += ["", f"errors: {len(self.errors)}"]
            lines += [error.to_text() for error in self.errors]
        return "\n".join(lines)


def name_tokens(name: str) -> tuple[str, ...]:
    """Case- and accent-free word tokens of a name, as the reference scorer folds them: letters
    without a decomposition ("ł", "ı") split the word there. "Bóqaev, MAKS" -> ("boqaev", "maks").
    Deliberately not `normalize.fold.fold`, which transliterates those letters: the figures must
    stay the reference scorer's."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return tuple(re.sub(r"[^a-z0-9 ]", " ", plain.lower()).split())


class _PersonMatcher:
    """Person equality within one article (SCHEMA.md, Scoring): the same tokens; a surname alone that
    is unique among the article's gold persons; a gold surname alone; or the same first and last
    token (forms differing by a middle name or patronymic)."""

    def __init__(self, gold_names: Iterable[str]) -> None:
        distinct = {name_tokens(name) for name in set(gold_names)} - {()}
        self._surnames = Counter(tokens[-1] for tokens in distinct)

    def match(self, predicted: str, gold: str) -> bool:
        pred_tokens, gold_tokens = name_tokens(predicted), name_tokens(gold)
        if not pred_tokens or not gold_tokens:
            return False
        if pred_tokens == gold_tokens:
            return True
        if len(pred_tokens) == 1 and pred_tokens[-1] == gold_tokens[-1] and self._surnames[gold_tokens[-1]] == 1:
            return True
        if len(gold_tokens) == 1 and gold_tokens[-1] == pred_tokens[-1]:
            return True
        return pred_tokens[0] == gold_tokens[0] and pred_tokens[-1] == gold_tokens[-1]


def _best_assignment(rows: int, cols: int, weights: dict[tuple[int, int], int]) -> dict[int, int]:
    """Max-weight one-to-one matching of rows to columns over the allowed pairs in `weights`,
    solved as the reference scorer does (the same cost matrix, so ties break the same way)."""
    if not weights:
        return {}
    size = max(rows, cols)
    big = max(weights.values())
    cost = [[big - weights.get((i, j), 0) for j in range(size)] for i in range(size)]
    return {i: j for i, j in _min_cost_assignment(cost) if (i, j) in weights}


def _min_cost_assignment(cost: list[list[int]]) -> list[tuple[int, int]]:
    """Hungarian algorithm on a square cost matrix (potentials form, O(n^3))."""
    size = len(cost)
    row_pot = [0] * (size + 1)
    col_pot = [0] * (size + 1)
    owner = [0] * (size + 1)
    previous = [0] * (size + 1)
    for row in range(1, size + 1):
        owner[0] = row
        col = 0
        slack = [float("inf")] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[col] = True
            current = owner[col]
            delta, next_col = float("inf"), 0
            for j in range(1, size + 1):
                if used[j]:
                    continue
                reduced = cost[current - 1][j - 1] - row_pot[current] - col_pot[j]
                if reduced < slack[j]:
                    slack[j], previous[j] = reduced, col
                if slack[j] < delta:
                    delta, next_col = slack[j], j
            for j in range(size + 1):
                if used[j]:
                    row_pot[owner[j]] += delta
                    col_pot[j] -= delta
                else:
                    slack[j] -= delta
            col = next_col
            if owner[col] == 0:
                break
        while col:
            owner[col] = owner[previous[col]]
            col = previous[col]
    return [(owner[j] - 1, j - 1) for j in range(1, size + 1) if owner[j]]


def _main_penalty(record: CaseRecord, field: Literal["kind", "duration"]) -> str | None:
    return getattr(record.sentence[0], field) if record.sentence else None


def slot_value(record: CaseRecord, slot: str) -> Any:
    """The value a slot is scored on: record fields, or the main penalty's kind and duration."""
    if slot in ("kind", "duration"):
        return _main_penalty(record, slot)
    if slot == "charges":
        return sorted(set(record.charges))
    return getattr(record, slot)


def _folded(value: str | None) -> str | None:
    return " ".join(name_tokens(value)) if value else None


def _same_date(gold: str | None, predicted: str | None) -> float:
    if gold is None or predicted is None:
        return float(gold is predicted)
    return float(predicted[: len(gold)] == gold)


def _same_duration(gold: str | None, predicted: str | None) -> float:
    if gold is None or predicted is None:
        return float(gold is predicted)
    return float(duration_total(gold) == duration_total(predicted))


def _set_f1(gold: Iterable[str], predicted: Iterable[str]) -> float:
    gold_set, pred_set = set(gold), set(predicted)
    if not gold_set and not pred_set:
        return 1.0
    return 2 * len(gold_set & pred_set) / (len(gold_set) + len(pred_set))


_SLOT_SCORERS: dict[str, Callable[[Any, Any], float]] = {
    "court_city": lambda gold, predicted: float(_folded(gold) == _folded(predicted)),
    "country": lambda gold, predicted: float(gold == predicted),
    "ruling_date": _same_date,
    "charges": _set_f1,
    "kind": lambda gold, predicted: float(gold == predicted),
    "duration": _same_duration,
}


def slot_score(slot: str, gold: CaseRecord, predicted: CaseRecord) -> float | None:
    """How right one slot of a matched pair is, from 0.0 to 1.0 (only `charges` gives fractions);
    None where the slot is not scored: charges when neither record has any."""
    gold_value, pred_value = slot_value(gold, slot), slot_value(predicted, slot)
    if slot == "charges" and not gold_value and not pred_value:
        return None
    return _SLOT_SCORERS[slot](gold_value, pred_value)


def _as_record(value: CaseRecord | dict, *, article_id: str | None, side: str, index: int) -> CaseRecord:
    if isinstance(value, CaseRecord):
        return value
    try:
        return CaseRecord.model_validate(value)
    except ValidationError as err:
        raise WatchdogError(Errors.E017.format(id=article_id, side=side, index=index, reason=_first_problem(err))) from None


def _first_problem(err: ValidationError) -> str:
    problem = err.errors()[0]
    where = ".".join(str(part) for part in problem["loc"])
    return f"{where}: {problem['msg']}" if where else problem["msg"]


def _record_json(record: CaseRecord) -> dict[str, Any]:
    return record.model_dump(mode="json", exclude={"evidence", "code_articles"})


class _Tally:
    """Running totals over articles, turned into a Report at the end."""

    def __init__(self) -> None:
        self.articles = 0
        self.records = Counter[str]()
        self.persons = Counter[str]()
        self.charges = Counter[str]()
        self.slot_sum = Counter[str]()
        self.slot_correct = Counter[str]()
        self.slot_count = Counter[str]()
        self.errors: list[ScoringError] = []

    def add_article(self, article_id: str | None, gold: list[CaseRecord], predicted: list[CaseRecord]) -> None:
        self.articles += 1
        matcher = _PersonMatcher(record.person for record in gold)
        self._add_persons(matcher, gold, predicted)
        weights = {
            (g, p): 2 + int(_same_date(gold_record.ruling_date, pred_record.ruling_date))
            for g, gold_record in enumerate(gold)
            for p, pred_record in enumerate(predicted)
            if gold_record.ruling == pred_record.ruling and matcher.match(pred_record.person, gold_record.person)
        }
        pairs = _best_assignment(len(gold), len(predicted), weights)
        self.records.update(tp=len(pairs), fn=len(gold) - len(pairs), fp=len(predicted) - len(pairs))
        for g, p in sorted(pairs.items()):
            self._add_pair(article_id, gold[g], predicted[p])
        for index, record in enumerate(gold):
            if index not in pairs:
                self.errors.append(
                    ScoringError(
                        kind="missed",
                        article_id=article_id,
                        person=record.person,
                        ruling=record.ruling,
                        gold=_record_json(record),
                    )
                )
        matched_pred = set(pairs.values())
        for index, record in enumerate(predicted):
            if index not in matched_pred:
                self.errors.append(
                    ScoringError(
                        kind="spurious",
                        article_id=article_id,
                        person=record.person,
                        ruling=record.ruling,
                        predicted=_record_json(record),
                    )
                )

    def _add_persons(self, matcher: _PersonMatcher, gold: list[CaseRecord], predicted: list[CaseRecord]) -> None:
        """Person-only matching, record by record: each gold record takes the first unused
        predicted record of the same person."""
        used: set[int] = set()
        for gold_record in gold:
            for index, pred_record in enumerate(predicted):
                if index not in used and matcher.match(pred_record.person, gold_record.person):
                    used.add(index)
                    break
        self.persons.update(tp=len(used), fn=len(gold) - len(used), fp=len(predicted) - len(used))

    def _add_pair(self, article_id: str | None, gold: CaseRecord, predicted: CaseRecord) -> None:
        gold_charges, pred_charges = set(gold.charges), set(predicted.charges)
        self.charges.update(
            tp=len(gold_charges & pred_charges),
            fp=len(pred_charges - gold_charges),
            fn=len(gold_charges - pred_charges),
        )
        for slot in SLOTS:
            score = slot_score(slot, gold, predicted)
            if score is None:
                continue
            self.slot_count[slot] += 1
            self.slot_sum[slot] += score
            if score == 1.0:
                self.slot_correct[slot] += 1
                continue
            self.errors.append(
                ScoringError(
                    kind="wrong_slot",
                    article_id=article_id,
                    person=gold.person,
                    ruling=gold.ruling,
                    slot=slot,
                    gold=slot_value(gold, slot),
                    predicted=slot_value(predicted, slot),
                )
            )

    def report(self) -> Report:
        def counts(counter: Counter[str]) -> Counts:
            return Counts(tp=counter["tp"], fp=counter["fp"], fn=counter["fn"])

        slots = {
            slot: SlotScore(
                count=self.slot_count[slot],
                correct=self.slot_correct[slot],
                accuracy=self.slot_sum[slot] / self.slot_count[slot] if self.slot_count[slot] else None,
            )
            for slot in SLOTS
        }
        return Report(
            articles=self.articles,
            records=counts(self.records),
            persons=counts(self.persons),
            slots=slots,
            charges_micro=counts(self.charges),
            errors=self.errors,
        )


def score(gold: Iterable[dict], predicted: Mapping[str, Sequence[CaseRecord | dict]]) -> Report:
    """Compare predicted records with the gold of each article (SCHEMA.md, Scoring).

    `gold` holds article dicts with "id" and "records"; `predicted` maps article ids to records.
    Articles absent from `predicted` count as predicting nothing; ids not in the gold are ignored.
    """
    tally = _Tally()
    seen: set[str | None] = set()
    for article in gold:
        article_id = article.get("id")
        if article_id in seen:
            raise WatchdogError(Errors.E012.format(id=article_id))
        seen.add(article_id)
        gold_records = [
            _as_record(record, article_id=article_id, side="gold", index=index)
            for index, record in enumerate(article.get("records") or ())
        ]
        pred_records = [
            _as_record(record, article_id=article_id, side="predicted", index=index)
            for index, record in enumerate(predicted.get(article_id, ()))
        ]
        tally.add_article(article_id, gold_records, pred_records)
    return tally.report()


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    """Read a gold corpus: each line's Article fields plus validated `records`, errors naming the line."""
    from .io.jsonl import article_from_json, read_json_lines

    articles: list[dict[str, Any]] = []
    for line, value in read_json_lines(path):
        article = article_from_json(value, path=path, line=line)
        records = value.get("records")
        if not isinstance(records, list):
            raise WatchdogError(Errors.E010.format(path=path, line=line))
        validated = []
        for index, record in enumerate(records):
            try:
                validated.append(CaseRecord.model_validate(record))
            except ValidationError as err:
                raise WatchdogError(Errors.E011.format(path=path, line=line, index=index, reason=_first_problem(err))) from None
        articles.append({"article": article, "id": article.id, "records": validated})
    if not articles:
        raise WatchdogError(Errors.E005.format(path=path))
    return articles


def read_predictions(path: str | Path) -> dict[str | None, list[dict[str, Any]]]:
    """Predicted records by article id from JSON Lines with "id" and "records" (what `extract`
    writes); other fields are ignored, as the reference scorer ignores them."""
    from .io.jsonl import read_json_lines

    predicted: dict[str | None, list[dict[str, Any]]] = {}
    for line, value in read_json_lines(path):
        records = value.get("records")
        if "id" not in value or not isinstance(records, list):
            raise WatchdogError(Errors.E018.format(path=path, line=line))
        predicted[value["id"]] = records
    return predicted


def score_files(gold_path: str | Path, predictions_path: str | Path) -> Report:
    """Score a predictions file against a gold corpus without running the pipeline."""
    return score(read_gold(gold_path), read_predictions(predictions_path))


def evaluate(gold_path: str | Path, *, nlp: Any = None, n_process: int = 1) -> Report:
    """Run the pipeline over a gold corpus's texts and score its output against the gold records."""
    gold = read_gold(gold_path)
    from tqdm import tqdm

    from . import api

    articles: list[Article] = [item["article"] for item in gold]
    results = api.extract_many(articles, nlp=nlp, n_process=n_process)
    progress = tqdm(
        results,
        total=len(articles),
        desc="evaluate",
        unit="article",
        file=sys.stderr,
        disable=not sys.stderr.isatty(),
    )
    predicted = {article.id: result.records for article, result in zip(articles, progress, strict=True)}
    return score(gold, predicted)
