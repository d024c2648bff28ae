"""One comparison fold for names: any script to lowercase ASCII, so spellings of one name meet.

anyascii transliterates every character ("Paweł" -> "pawel", "Işıl" -> "isil", "Навальный" ->
"naval'nyy", curly quotes and dashes to ASCII ones); the few letters whose English spelling differs
from anyascii's are mapped first (Azerbaijani "ə" is written "a": "Əliyev" -> "aliyev").
"""

from anyascii import anyascii

#: letters whose usual English transliteration is not anyascii's
_ENGLISH_SPELLING = str.maketrans({"ə": "a", "Ə": "A"})


def fold(text: str) -> str:
    """Lowercase ASCII of `text`: "Ilham Əhmədov" -> "ilham ahmadov", "Maks Boqaév" -> "maks boqaev"."""
    if text.isascii():
        return text.lower()
    return anyascii(text.translate(_ENGLISH_SPELLING)).lower()
