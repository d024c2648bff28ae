"""Batch throughput and memory (prints figures; asserts nothing).

    python benchmarks/batch.py [--articles 2000] [--memory 1000,10000] [--sink jsonl|sqlite]

Builds a dump by repeating the dev corpus with fresh ids, then runs `watchdog_nlp.batch.run_batch`
in a fresh process for 1 and 2 workers (articles/s), and for each --memory size the peak resident
memory of the run (memory must not grow with the dump).
"""

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev.jsonl"


def make_dump(corpus: Path, count: int, path: Path) -> Path:
    base = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            article = base[i % len(base)]
            out.write(
                json.dumps({"id": f"{article['id']}-{i}", "text": article["text"], "published": article["published"]}) + "\n"
            )
    return path


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def child(dump: Path, workers: int, sink_kind: str, workdir: Path) -> None:
    from watchdog_nlp.batch import run_batch
    from watchdog_nlp.io.writers import open_sink

    target = workdir / "out.jsonl"
    db = f"sqlite:///{workdir / 'cases.db'}" if sink_kind == "sqlite" else None
    start = time.perf_counter()
    with open_sink(str(target), db=db) as sink:
        summary = run_batch([dump], sink, workers=workers)
    print(
        json.dumps(
            {
                "seconds": time.perf_counter() - start,
                "processed": summary.processed,
                "records": summary.records,
                "rss_mb": peak_rss_mb(),
            }
        )
    )


def run(dump: Path, workers: int, sink_kind: str) -> dict:
    with tempfile.TemporaryDirectory() as workdir:
        command = [
            sys.executable,
            __file__,
            "--child",
            str(dump),
            "--workers",
            str(workers),
            "--sink",
            sink_kind,
            "--workdir",
            workdir,
        ]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--memory", default="1000,10000", help="dump sizes whose peak memory to compare")
    parser.add_argument("--sink", choices=("jsonl", "sqlite"), default="sqlite")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.workers, args.sink, args.workdir)
        return
    with tempfile.TemporaryDirectory() as tmp:
        dump = make_dump(args.corpus, args.articles, Path(tmp) / "dump.jsonl")
        for workers in (1, 2):
            figures = run(dump, workers, args.sink)
            print(
                f"{args.articles} articles, {workers} worker(s), {args.sink} sink: "
                f"{figures['processed'] / figures['seconds']:.1f} articles/s, {figures['records']} records, "
                f"peak RSS {figures['rss_mb']:.0f} MB"
            )
        for size in (int(n) for n in args.memory.split(",")):
            dump = make_dump(args.corpus, size, Path(tmp) / f"dump-{size}.jsonl")
            figures = run(dump, 1, args.sink)
            print(f"memory: {size} articles -> peak RSS {figures['rss_mb']:.0f} MB ({figures['seconds']:.0f} s)")


if __name__ == "__main__":
    main()
