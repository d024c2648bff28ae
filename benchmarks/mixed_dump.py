"""Archive-scale dumps: throughput with and without the pre-filter at court shares 100%, 30%, 5%.

    python benchmarks/mixed_dump.py [--articles 200] [--shares 1,0.3,0.05] [--negatives all|ordinary]

Each dump mixes court articles (the annotated dev corpora, ../shared/corpus/{dev,pages-dev}.jsonl)
with non-court news written for this benchmark (benchmarks/data/non_court_news.jsonl: sport,
economy, culture, science, weather, politics, technology, health; hard negatives among them use
decision words in other senses; `--negatives ordinary` leaves them out of the dumps), in a fixed
random order. For each share, the same dump runs
through `extract_many` without the pre-filter (today's pipeline) and with it
(`records_only=True`), side by side in one process: in slices of --slice articles, the two runs
taking turns, so that both see the same load on a shared machine. The records of both runs must
be identical.
Prints articles/s, words/s, the ratio (wall time), the CPU seconds of both runs and their ratio
(the figure to compare on a shared machine), what the filter passed, its own cost per article, and
how many annotated court articles it dropped (must be 0). Asserts nothing but that.
"""

import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "shared" / "corpus"
COURT_CORPORA = ("dev.jsonl", "pages-dev.jsonl")
NON_COURT = HERE / "data" / "non_court_news.jsonl"


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def build_dump(court: list[dict], news: list[dict], size: int, share: float, seed: int = 13) -> list[dict]:
    """`size` articles, round(size * share) of them court articles; each source list is cycled
    through in order, then the dump is shuffled with a fixed seed. Ids are made unique."""
    n_court = round(size * share)
    picked = [court[i % len(court)] for i in range(n_court)] + [news[i % len(news)] for i in range(size - n_court)]
    random.Random(seed).shuffle(picked)
    return [
        {"id": f"{a['id']}#{i}", "text": a["text"], "published": a.get("published"), "court": "records" in a}
        for i, a in enumerate(picked)
    ]


def words(articles: list[dict]) -> int:
    return sum(len(a["text"].split()) for a in articles)


def side_by_side(dump: list[dict], nlp, *, n_process: int, size: int) -> dict[bool, dict]:
    """Wall and CPU seconds, records and filtered count of the dump without (False) and with (True)
    the pre-filter, run a slice at a time, taking turns."""
    import watchdog_nlp

    runs = {mode: {"seconds": 0.0, "cpu": 0.0, "records": [], "filtered": 0} for mode in (False, True)}
    for first in range(0, len(dump), size):
        inputs = [{k: a[k] for k in ("id", "text", "published")} for a in dump[first : first + size]]
        for records_only, run in runs.items():
            start, cpu = time.perf_counter(), time.process_time()
            results = list(watchdog_nlp.extract_many(inputs, nlp=nlp, records_only=records_only, n_process=n_process))
            run["seconds"] += time.perf_counter() - start
            run["cpu"] += time.process_time() - cpu
            run["records"] += [json.dumps([r.model_dump(mode="json") for r in result.records]) for result in results]
            run["filtered"] += sum(result.filtered for result in results)
    return runs


def filter_cost_ms(dump: list[dict], prefilter, repeats: int = 3) -> float:
    """The pre-filter's own CPU time per article, best of `repeats` passes over the dump."""
    best = float("inf")
    for _ in range(repeats):
        start = time.process_time()
        for article in dump:
            prefilter(article["text"])
        best = min(best, time.process_time() - start)
    return best / len(dump) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200, help="articles per dump")
    parser.add_argument("--shares", default="1,0.3,0.05", help="court shares, comma-separated")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--slice", type=int, default=20, help="articles per turn of the side-by-side runs")
    parser.add_argument("--negatives", choices=("all", "ordinary"), default="all", help="non-court news in the dumps")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    import watchdog_nlp
    from watchdog_nlp.prefilter import prefilter_for

    court = [a for name in COURT_CORPORA for a in read(CORPUS / name)]
    news = read(NON_COURT)
    nlp = watchdog_nlp.load()
    start = time.perf_counter()
    prefilter = prefilter_for(nlp)
    build_ms = (time.perf_counter() - start) * 1000

    annotated = [a for a in court if a["records"]]
    dropped = [a["id"] for a in annotated if not prefilter(a["text"])]
    hard = [a for a in news if a["hard_negative"]]
    passed_hard = [a["id"] for a in hard if prefilter(a["text"])]
    passed_plain = [a["id"] for a in news if not a["hard_negative"] and prefilter(a["text"])]
    print(f"pre-filter built in {build_ms:.0f} ms")
    print(f"court articles: {len(court)} ({len(annotated)} annotated), dropped by the filter: {len(dropped)} {dropped}")
    print(
        f"non-court news: {len(news)} ({len(hard)} hard negatives); passed: {len(passed_hard)} hard "
        f"{passed_hard}, {len(passed_plain)} others {passed_plain}"
    )
    in_dumps = news if args.negatives == "all" else [a for a in news if not a["hard_negative"]]
    print(f"dumps: court articles + {len(in_dumps)} non-court articles ({args.negatives})")
    print(
        f"{'share':>6} {'articles':>8} {'words':>7} | {'today art/s':>11} {'words/s':>8} | "
        f"{'filter art/s':>12} {'words/s':>8} | {'ratio':>6} {'CPU s':>12} {'CPU ratio':>9} | {'filtered':>8} "
        f"{'cost/art':>9} | records same"
    )
    for share in (float(s) for s in args.shares.split(",")):
        dump = build_dump(court, in_dumps, args.articles, share)
        n_words = words(dump)
        runs = side_by_side(dump, nlp, n_process=args.n_process, size=args.slice)
        plain_s, plain_records = runs[False]["seconds"], runs[False]["records"]
        filtered_s, filtered_records, filtered = runs[True]["seconds"], runs[True]["records"], runs[True]["filtered"]
        cost = filter_cost_ms(dump, prefilter)
        print(
            f"{share:>6.0%} {len(dump):>8} {n_words:>7} | {len(dump) / plain_s:>11.1f} {n_words / plain_s:>8,.0f} | "
            f"{len(dump) / filtered_s:>12.1f} {n_words / filtered_s:>8,.0f} | {plain_s / filtered_s:>5.2f}x "
            f"{runs[False]['cpu']:>5.1f}/{runs[True]['cpu']:<6.1f} {runs[False]['cpu'] / runs[True]['cpu']:>8.2f}x | "
            f"{filtered:>8} {cost:>7.2f}ms | {plain_records == filtered_records}"
        )
    for records_only in (False, True):
        rss = run_child(args, records_only)
        print(
            f"peak RSS, a fresh process extracting the {float(args.shares.split(',')[-1]):.0%} dump, "
            f"{'with' if records_only else 'without'} the pre-filter: {rss:.0f} MB"
        )


def run_child(args: argparse.Namespace, records_only: bool) -> float:
    command = [
        sys.executable,
        __file__,
        "--child",
        str(records_only),
        "--articles",
        str(args.articles),
        "--shares",
        args.shares.split(",")[-1],
        "--negatives",
        args.negatives,
    ]
    return float(subprocess.run(command, check=True, capture_output=True, text=True).stdout.split()[-1])


def child(args: argparse.Namespace) -> None:
    """In a fresh process: extract one dump, then print the peak RSS in MB."""
    import watchdog_nlp

    court = [a for name in COURT_CORPORA for a in read(CORPUS / name)]
    news = [a for a in read(NON_COURT) if args.negatives == "all" or not a["hard_negative"]]
    dump = build_dump(court, news, args.articles, float(args.shares))
    inputs = [{k: a[k] for k in ("id", "text", "published")} for a in dump]
    for _ in watchdog_nlp.extract_many(inputs, records_only=args.child == "True"):
        pass
    print(peak_rss_mb())


def peak_rss_mb() -> float:
    """VmHWM of this process, as benchmarks/throughput.py reads it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


if __name__ == "__main__":
    main()
