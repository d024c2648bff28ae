"""Time and memory of `extract()` on one long article (prints figures; asserts nothing).

    python benchmarks/long_article.py [--sizes 100K 1M 10M] [--corpus ../shared/corpus/dev.jsonl]

Each article is the corpus texts joined by blank lines until it reaches the size; each size runs
in a fresh process, which reports wall and CPU seconds, CPU seconds per MB, records and its peak
resident memory (VmHWM). Linear extraction keeps seconds per MB about constant and memory flat.
"""

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"
_UNITS = {"K": 1_000, "M": 1_000_000}


def size_of(text: str) -> int:
    return int(float(text[:-1]) * _UNITS[text[-1].upper()]) if text[-1].upper() in _UNITS else int(text)


def build_text(corpus: Path, size: int) -> str:
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    parts, length, i = [], 0, 0
    while length < size:
        parts.append(texts[i % len(texts)])
        length += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:size]


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(corpus: Path, size: int) -> None:
    import watchdog_nlp

    nlp = watchdog_nlp.load()
    watchdog_nlp.extract("A court in Minsk sentenced him.", nlp=nlp)
    text = build_text(corpus, size)
    started, cpu = time.perf_counter(), cpu_seconds()
    result = watchdog_nlp.extract(text, "2021-06-01", id="long", nlp=nlp)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    print(
        json.dumps({"chars": len(text), "seconds": seconds, "cpu": cpu, "records": len(result.records), "peak_mb": peak_rss_mb()})
    )


def cpu_seconds() -> float:
    """This process's CPU time: on a shared machine it tracks the work better than wall time."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["100K", "1M", "10M"])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.corpus, size_of(args.child))
        return
    print(f"{'size':>6} {'seconds':>8} {'CPU s':>7} {'CPU s/MB':>9} {'records':>8} {'peak RSS MB':>12}")
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--corpus", str(args.corpus), "--child", size],
            capture_output=True,
            text=True,
            check=True,
        )
        row = json.loads(out.stdout.strip().splitlines()[-1])
        per_mb = row["cpu"] / (row["chars"] / 1_000_000)
        print(
            f"{size:>6} {row['seconds']:8.1f} {row['cpu']:7.1f} {per_mb:9.1f} {row['records']:8d} {row['peak_mb']:12.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
