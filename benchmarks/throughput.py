"""Throughput of watchdog_nlp against the bare base pipeline (prints figures; asserts nothing).

    python benchmarks/throughput.py [--corpus ../shared/corpus/dev.jsonl] [--words 200000] [--rounds 3]

(a) the bare base pipeline, `spacy.load(BASE).pipe(texts)` with all its components, and (b)
`watchdog_nlp.extract_many` producing records, timed in this process on the same texts (the corpus
repeated to at least --words words), taking turns for --rounds rounds: on a shared machine one
pair moves by a tenth or more with the neighbours' load, so the figures are the medians; then (c)
extraction with 2 processes against 1, and the peak RSS of a process that only loads and extracts,
each in a fresh child process.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"


def load_articles(path: Path, min_words: int) -> list[dict]:
    base = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles, words = [], 0
    while words < min_words:
        for article in base:
            articles.append({**article, "id": f"{article['id']}#{len(articles)}"})
            words += len(article["text"].split())
    return articles


def word_count(articles: list[dict]) -> int:
    return sum(len(a["text"].split()) for a in articles)


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss it does not carry over the
    parent's peak across fork and exec)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_extraction(articles: list[dict], n_process: int, nlp=None) -> tuple[float, int]:
    import watchdog_nlp

    nlp = nlp or watchdog_nlp.load()
    start = time.perf_counter()
    records = sum(len(r.records) for r in watchdog_nlp.extract_many(articles, nlp=nlp, n_process=n_process))
    return time.perf_counter() - start, records


def child(args: argparse.Namespace) -> None:
    """Run in a fresh process: extraction only, then print seconds, records and peak RSS as JSON."""
    articles = load_articles(args.corpus, args.words)
    seconds, records = time_extraction(articles, args.n_process)
    print(json.dumps({"seconds": seconds, "records": records, "rss_mb": peak_rss_mb()}))


def run_child(args: argparse.Namespace, n_process: int) -> dict:
    command = [
        sys.executable,
        __file__,
        "--child",
        "--corpus",
        str(args.corpus),
        "--words",
        str(args.words),
        "--n-process",
        str(n_process),
    ]
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=3, help="turns of (a) and (b); the medians are reported")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    import spacy

    import watchdog_nlp
    from watchdog_nlp.pipeline import BASE_MODEL

    articles = load_articles(args.corpus, args.words)
    texts = [a["text"] for a in articles]
    words = word_count(articles)
    print(f"corpus: {len(articles)} articles, {words} words ({args.corpus.name} repeated)")

    start = time.perf_counter()
    nlp = watchdog_nlp.load()
    load_seconds = time.perf_counter() - start
    print(f"load(): {load_seconds:.2f} s")

    base = spacy.load(BASE_MODEL)
    rounds = []
    for number in range(1, args.rounds + 1):
        start, cpu = time.perf_counter(), time.process_time()
        for _ in base.pipe(texts):
            pass
        base_seconds, base_cpu = time.perf_counter() - start, time.process_time() - cpu
        cpu = time.process_time()
        ours_seconds, records = time_extraction(articles, 1, nlp)
        ours_cpu = time.process_time() - cpu
        rounds.append((base_seconds, ours_seconds, base_cpu, ours_cpu))
        print(
            f"    round {number}: a {base_seconds:.1f} s, b {ours_seconds:.1f} s, ratio {base_seconds / ours_seconds:.2f} "
            f"(CPU a {base_cpu:.1f} s, b {ours_cpu:.1f} s, {base_cpu / ours_cpu:.2f})"
        )
    base_seconds, ours_seconds, base_cpu, ours_cpu = (statistics.median(column) for column in zip(*rounds))
    print(f"(a) bare {BASE_MODEL} pipe, all components: {words / base_seconds:,.0f} words/s")
    print(
        f"(b) watchdog_nlp.extract_many:            {words / ours_seconds:,.0f} words/s, "
        f"{len(articles) / ours_seconds:.1f} articles/s, {records} records"
    )
    print(
        f"    ratio b/a, medians of {args.rounds} rounds: {base_seconds / ours_seconds:.2f} "
        f"(CPU time: a {base_cpu:.1f} s, b {ours_cpu:.1f} s, {base_cpu / ours_cpu:.2f})"
    )

    one, two = run_child(args, 1), run_child(args, 2)
    print(
        f"(c) extraction, fresh process: 1 process {words / one['seconds']:,.0f} words/s, "
        f"2 processes {words / two['seconds']:,.0f} words/s, speed-up {one['seconds'] / two['seconds']:.2f}x"
    )
    print(f"peak RSS, one extracting process: {one['rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
