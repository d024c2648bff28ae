"""Charges: the articles of a code a sentence cites."""

from __future__ import annotations

import re

from spacy.tokens import Span

_CODE_ARTICLE = re.compile(r"Article \d+(?:\.\d+)?(?: of the (?:Criminal|Administrative) Code)?")


def code_articles(sent: Span) -> list[str]:
    return _CODE_ARTICLE.findall(sent.text)
