"""Time linear in the length of the text: long runs that made patterns backtrack, or assembly scan
a whole run-on sentence per name, quadratically."""

import time

import pytest

from watchdog_nlp import extract


def seconds_per_char(nlp, text: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        extract(text, "2021-03-10", nlp=nlp)
        best = min(best, time.perf_counter() - started)
    return best / len(text)


@pytest.mark.parametrize("run", ["A", "1,", "Ivan A. Petrov, "])
def test_extract_long_run_costs_per_character_as_a_normal_article(nlp, seed_text, run):
    """a sentence then 50,000 characters of one run ("A" * 50_000 took minutes when the court pattern
    retried every capital; a run-on sentence of names rescanned the sentence per name) -> at most
    4 times the time per character of a normal 2,400-character article (quadratic work: 20 times and more)."""
    normal = seconds_per_char(nlp, seed_text, runs=2)
    long = seconds_per_char(nlp, "He was jailed. " + run * (50_000 // len(run)))
    assert long < 4 * normal, long / normal
