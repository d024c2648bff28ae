"""The shared word lists of models/words.yaml as constants, read once: number words with their
values, month and weekday names, name particles, the words that make a title a former one."""

from ..data import resolve, word_lists

#: "one" -> 1, ..., "ninety" -> 90, in order of value
NUMBER_WORDS: dict[str, int] = dict(word_lists()["number_words"].values)
MONTH_NAMES: tuple[str, ...] = tuple(resolve("month_names"))
WEEKDAY_NAMES: tuple[str, ...] = tuple(resolve("weekday_names"))
PATRONYMICS: frozenset[str] = frozenset(resolve("patronymics"))
NAME_PARTICLES: frozenset[str] = frozenset(resolve("name_particles"))
FILIAL_PARTICLES: frozenset[str] = frozenset(resolve("filial_particles"))
FORMER: frozenset[str] = frozenset(resolve("former"))


def number_words(low: int, high: int) -> dict[str, int]:
    """The number words whose value lies in [low, high], in order of value."""
    return {word: value for word, value in NUMBER_WORDS.items() if low <= value <= high}
