"""Whether two versions of the code extract the same results (prints; asserts nothing).

    python benchmarks/same_records.py BEFORE AFTER CORPUS.jsonl [CORPUS.jsonl ...]

BEFORE and AFTER are checkouts (each with src/ and models/, e.g. `git archive main src models`
unpacked). Each extracts every corpus in a process of its own, records and entities, one JSON
line per article; the lines are compared byte for byte and the first article that differs is
named. For a change meant to save time only, every corpus must come out identical.
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = """
import json, sys, time
import watchdog_nlp
out = sys.argv[1]
nlp = watchdog_nlp.load()
cpu = time.process_time()
for index, path in enumerate(sys.argv[2:]):
    with open(path, encoding="utf-8") as source:
        articles = [json.loads(line) for line in source if line.strip()]
    articles = [{"id": a.get("id"), "text": a["text"], "published": a.get("published")} for a in articles]
    with open(f"{out}/{index}.jsonl", "w", encoding="utf-8") as sink:
        for result in watchdog_nlp.extract_many(articles, nlp=nlp):
            sink.write(result.model_dump_json() + "\\n")
print(f"{time.process_time() - cpu:.1f}")
"""


def extract(root: Path, corpora: list[str], out: Path) -> float:
    """Extract the corpora with the code under `root` into out/<n>.jsonl; the CPU seconds it took."""
    out.mkdir()
    env = {"PYTHONPATH": str(root / "src"), "PATH": ""}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(out), *corpora], env=env, check=True, capture_output=True, text=True)
    return float(done.stdout.strip().splitlines()[-1])


def first_difference(before: Path, after: Path) -> str | None:
    for old, new in zip(before.read_text().splitlines(), after.read_text().splitlines(), strict=False):
        if old != new:
            return json.loads(old).get("id") or "(no id)"
    return None


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    before, after, corpora = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve(), sys.argv[3:]
    with tempfile.TemporaryDirectory() as tmp:
        seconds = {name: extract(root, corpora, Path(tmp) / name) for name, root in (("before", before), ("after", after))}
        for index, corpus in enumerate(corpora):
            old, new = Path(tmp, "before", f"{index}.jsonl"), Path(tmp, "after", f"{index}.jsonl")
            lines = len(new.read_text().splitlines())
            if old.read_bytes() == new.read_bytes():
                print(f"{corpus}: identical ({lines} articles)")
            else:
                print(f"{corpus}: DIFFERS (first at {first_difference(old, new)})")
    print(f"CPU seconds, extraction with the model: before {seconds['before']}, after {seconds['after']}")


if __name__ == "__main__":
    main()
