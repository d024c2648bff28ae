"""Fuzz `extract()`: random and news-shaped texts with odd numbers, dates and `published` values.

    python benchmarks/fuzz.py [--count 100000] [--seed 0] [--slow 5]

Every call must return an ArticleResult or raise WatchdogError; anything else is a crash. Prints
the number of inputs, crashes grouped by exception type and place, the slowest input's CPU time
(wall time on a shared machine says more about the neighbours) and the inputs that took longer
than --slow CPU seconds, then one example input per crash group. Ctrl-C
or SIGTERM stops early and prints the figures of the inputs run so far.
"""

import argparse
import collections
import dataclasses
import datetime as dt
import random
import signal
import sys
import time
import traceback

_NAMES = ("Ivan Petrov", "Anna Ivanova", "Ali Karimov", "Nadia Sidorova", "Erkin Bekov")
_UNITS = ("day", "days", "week", "weeks", "month", "months", "year", "years")
_NUMBERS = (
    "0", "1", "7", "13", "99", "130", "999", "10000", "99999999", "1e309", "-7978", "7/0", "3/0",
    "1/2", "0/0", "2.5", "1,000,000,000,000,000,000", "9" * 40, "twenty-five", "a", "half",
    "nine hundred billion", "½", "0.0000001",
)  # fmt: skip
_DATES = (
    "January 22", "January 22, 2021", "22 January 2021", "0000-01-01", "9999-12-31", "10000-01-01",
    "February 30", "Feb 29", "31/02/2021", "00/00/0000", "1/1/1", "99/99/9999", "year 0", "9999",
    "1000", "last week", "next month", "99999999 days ago", "9999 years ago", "10000 months ago",
    "the year 10000", "-7978", "December 32", "Monday", "yesterday", "late December", "12.13.2021",
)  # fmt: skip
_TEMPLATES = (
    "{name}, a {n}-year-old activist, was sentenced to {n} {unit} in prison on {date}.",
    "A court in Moscow on {date} sentenced {name} to {n} {unit} ago.",
    "{name} was sentenced {n} {unit} ago by the Minsk City Court.",
    "The Almaty district court fined journalist {name} {n} tenge on {date}.",
    "{name} was jailed for {n}/{n} {unit} for extremism.",
    "On {date} a judge placed {name}, {n}, under house arrest for {n} {unit}.",
    "{name} was fined ${n} million and sentenced to {n} and a half {unit} on {date}, {n}.",
    "A court in {place} acquitted {name} on {date} of treason charges under Article {n} of the Criminal Code.",
)
_PLACES = ("Atyrau", "Kosovo", "Pristina", "Tbilisi", "Narnia", "Xx", "EU", "Yugoslavia", "Antarctica")
_ODD_CHARS = ("\ud800", "\udfff", "\x00", "\x1b", "\u200b", "\u202e", "\ufeff", "\U0001f600", "\r", "\t", "\x85", "\u2028")
_PUBLISHED = (
    None, "", "2021-01-22", "22 January 2021", "January 22, 2021", "2021/01/22", "22.01.2021", "20210122",
    "1611273600", 1611273600, 1611273600.5, "2021-01-22T10:00:00Z", "2021-01-22T10:00:00+05:00",
    dt.date(2021, 1, 22), dt.datetime(2021, 1, 22, 10), dt.date(1, 1, 1), dt.date(9999, 12, 31),
    dt.datetime(9999, 12, 31, 23, 59), "0001-01-01", "9999-12-31", "not a date", "2099-01-01", -1, 10**20,
    True, 3.5, "\ud800", float("nan"), float("inf"), [], {},
)  # fmt: skip


def random_text(rng: random.Random) -> str:
    """One input text: news-shaped sentences, random unicode, or both, with odd characters spliced in."""
    kind = rng.random()
    parts = []
    if kind < 0.8:
        for _ in range(rng.randint(1, 4)):
            parts.append(
                rng.choice(_TEMPLATES).format(
                    name=rng.choice(_NAMES),
                    n=rng.choice(_NUMBERS),
                    unit=rng.choice(_UNITS),
                    date=rng.choice(_DATES),
                    place=rng.choice(_PLACES),
                )
            )
    if kind >= 0.6:
        parts.append("".join(chr(rng.randint(0, 0x10FFFF if rng.random() < 0.3 else 0x2FF)) for _ in range(rng.randint(0, 200))))
    text = " ".join(parts)
    for _ in range(rng.randint(0, 3)):
        at = rng.randint(0, len(text))
        text = text[:at] + rng.choice(_ODD_CHARS) + text[at:]
    if rng.random() < 0.01:
        text += " " + rng.choice(("A", "a ", "1", "court ", "Court ", "-", "'s ")) * rng.randint(1000, 20000)
    return text


def random_published(rng: random.Random):
    if rng.random() < 0.1:
        return dt.date.fromordinal(rng.randint(1, dt.date.max.toordinal()))
    return rng.choice(_PUBLISHED)


@dataclasses.dataclass
class Tally:
    """What the inputs run so far did."""

    done: int = 0
    crashes: collections.Counter = dataclasses.field(default_factory=collections.Counter)
    examples: dict = dataclasses.field(default_factory=dict)
    slow: list = dataclasses.field(default_factory=list)
    slowest: float = 0.0


def run(count: int, seed: int, slow_seconds: float, tally: Tally) -> None:
    import watchdog_nlp
    from watchdog_nlp.errors import WatchdogError

    nlp = watchdog_nlp.load()
    rng = random.Random(seed)
    started = time.perf_counter()
    for i in range(count):
        text, published = random_text(rng), random_published(rng)
        t0 = time.process_time()
        try:
            watchdog_nlp.extract(text, published, id=f"fuzz-{i}", nlp=nlp)
        except WatchdogError:
            pass
        except Exception as err:  # noqa: BLE001 - counting every crash is the point
            frame = traceback.extract_tb(err.__traceback__)[-1]
            key = (type(err).__name__, f"{frame.filename.rsplit('/', 1)[-1]}:{frame.lineno}")
            tally.crashes[key] += 1
            tally.examples.setdefault(key, (text[:300], published, str(err)[:200]))
        elapsed = time.process_time() - t0
        tally.slowest = max(tally.slowest, elapsed)
        if elapsed > slow_seconds:
            tally.slow.append((elapsed, len(text), text[:80]))
        tally.done = i + 1
        if tally.done % 1000 == 0:
            print(
                f"{tally.done} inputs, {sum(tally.crashes.values())} crashes, {time.perf_counter() - started:.0f} s",
                file=sys.stderr,
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--slow", type=float, default=5.0, help="report inputs slower than this (CPU seconds)")
    args = parser.parse_args()

    for stop in (signal.SIGINT, signal.SIGTERM):
        signal.signal(stop, signal.default_int_handler)
    tally, started = Tally(), time.perf_counter()
    try:
        run(args.count, args.seed, args.slow, tally)
    except KeyboardInterrupt:
        pass
    crashes = sum(tally.crashes.values())
    print(
        f"inputs: {tally.done}, crashes: {crashes}, slowest: {tally.slowest:.2f} CPU s, "
        f"over {args.slow:g} CPU s: {len(tally.slow)}, {time.perf_counter() - started:.0f} s in all"
    )
    for (kind, where), n in tally.crashes.most_common():
        text, published, message = tally.examples[(kind, where)]
        print(f"  {n:6d}  {kind} at {where}: {message}\n          published={published!r} text={text!r}")
    for elapsed, length, head in sorted(tally.slow, reverse=True)[:10]:
        print(f"  slow {elapsed:.1f} s, {length} chars: {head!r}")
    return 1 if crashes or tally.slow else 0


if __name__ == "__main__":
    sys.exit(main())
