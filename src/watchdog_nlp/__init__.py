"""watchdog_nlp: court rulings in human-rights news -> normalised case records.

import watchdog_nlp
result = watchdog_nlp.extract(text, published="2021-01-22")
result.records   # list[CaseRecord]
"""

from .api import extract, extract_many, load
from .errors import WatchdogError
from .schema import Article, ArticleResult, CaseRecord, Entity, Fine, Penalty

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleResult",
    "CaseRecord",
    "Entity",
    "Fine",
    "Penalty",
    "WatchdogError",
    "extract",
    "extract_many",
    "load",
]
