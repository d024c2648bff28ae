"""Cross-article merging, without a database: which names are one person, which records one decision.

`person_key` folds case, accents and scripts to ASCII (`normalize.fold`: "Paweł"/"Pawel",
"Işıl"/"Isil", "Əliyev"/"Aliyev" meet) and collapses common Latin transliterations of Russian and
Central Asian names with the ordered rules of `models/transliteration.jsonl` ("Alexey Navalny",
"Aleksei Navalny" and "Alexei Navalnyy" share the key "aleksei navalni"). Word order, patronymics,
initials and nicknames are kept as written, so "Navalny Aleksei" and "Aleksei Anatolyevich
Navalny" have keys of their own.

`same_decision` tells whether two records are one court decision: same person key, same ruling,
and dates that agree at the coarser precision ("2021-01-22" ~ "2021-01" ~ "2021"). A dated and an
undated record are never one decision; two undated ones are when their main penalty agrees (both
without a penalty included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .data import read_jsonl
from .errors import Errors, WatchdogError
from .normalize.durations import duration_total
from .normalize.fold import fold
from .paths import MODELS_DIR, data_cache
from .schema import CaseRecord

RULES_PATH = MODELS_DIR / "transliteration.jsonl"
_WORD_RE = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Rule:
    """One rewrite of the folded name: `pattern` (a regex) becomes `replace`; applied in file order."""

    name: str
    pattern: re.Pattern[str]
    replace: str
    examples: tuple[tuple[str, str], ...]


def read_rules(path: Path = RULES_PATH) -> tuple[Rule, ...]:
    """The transliteration rules of a JSONL file, in order; a bad entry raises WatchdogError."""
    rules = []
    for line, entry in enumerate(read_jsonl(path), start=1):
        try:
            rules.append(
                Rule(
                    name=entry["rule"],
                    pattern=re.compile(entry["pattern"]),
                    replace=entry["replace"],
                    examples=tuple((a, b) for a, b in entry["examples"]),
                )
            )
        except (KeyError, TypeError, ValueError, re.error) as err:
            raise WatchdogError(Errors.E008.format(path=path, line=line, reason=err)) from None
    return tuple(rules)


@data_cache
def _default_rules() -> tuple[Rule, ...]:
    return read_rules()


def person_key(name: str, rules: tuple[Rule, ...] | None = None) -> str:
    """The key under which spellings of one person's name meet: folded, rewritten, words kept in order."""
    text = fold(name)
    for rule in _default_rules() if rules is None else rules:
        text = rule.pattern.sub(rule.replace, text)
    return " ".join(_WORD_RE.findall(text))


def fuller(stored: str, new: str) -> bool:
    """Whether `new` is a fuller writing of the name than `stored`: more words ("Abdul Rahman Saidov"
    over "Abdul-Rahman Saidov"); among equally full spellings the first stored stays."""
    return len(new.split()) > len(stored.split())


def main_penalty(record: CaseRecord) -> tuple[str, int, int] | None:
    """(kind, total months, total days) of the main penalty, so "P18M" equals "P1Y6M"; None without one."""
    if not record.sentence:
        return None
    penalty = record.sentence[0]
    months, days = duration_total(penalty.duration) if penalty.duration else (0, 0)
    return penalty.kind, months, days


def dates_agree(a: str | None, b: str | None) -> bool:
    """ISO dates at any precision agree when the coarser one is a prefix of the finer one."""
    if a is None or b is None:
        return False
    shorter, longer = sorted((a, b), key=len)
    return longer[: len(shorter)] == shorter


def case_key(record: CaseRecord) -> tuple[str, str, str, str]:
    """The exact identity of a decision: (person key, ruling, ruling date or "", main penalty or "").

    The penalty part is filled only for undated records, the one case where it tells decisions
    apart. Records with equal keys are always `same_decision`; the converse needs date precision.
    """
    penalty = "" if record.ruling_date else "/".join(map(str, main_penalty(record) or ()))
    return person_key(record.person), record.ruling, record.ruling_date or "", penalty


def same_decision(a: CaseRecord, b: CaseRecord) -> bool:
    """Whether two records, possibly from different articles, report one court decision."""
    if person_key(a.person) != person_key(b.person) or a.ruling != b.ruling:
        return False
    if a.ruling_date is None and b.ruling_date is None:
        return main_penalty(a) == main_penalty(b)
    return dates_agree(a.ruling_date, b.ruling_date)
