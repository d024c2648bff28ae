"""Regenerate tests/data/record_digests.json: a digest of the records the pipeline gives for each
article of ../shared/corpus/{dev,pages-dev,pages-test}.jsonl.

A refactoring must leave every record byte-identical; `tests/test_evaluate_corpora.py` compares the
records of each corpus with these digests, so a change of output shows up as the list of articles
whose records changed. After a deliberate accuracy change, rerun this script and name the change
in the commit. Digests (not the records) are kept, so no article's facts are copied here.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "tests" / "data" / "record_digests.json"
CORPUS_DIR = ROOT.parent / "shared" / "corpus"
CORPORA = ("dev", "pages-dev", "pages-test")


def digest(records: Iterable[dict]) -> str:
    """The first 16 hex digits of the SHA-256 of the records as canonical JSON."""
    text = json.dumps(list(records), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def corpus_digests(corpus: str, nlp=None) -> dict[str, str]:
    """Article id -> digest of its records, extracted now."""
    import watchdog_nlp

    path = CORPUS_DIR / f"{corpus}.jsonl"
    articles = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    inputs = [{key: a.get(key) for key in ("id", "text", "published")} for a in articles]
    return {
        result.id: digest(record.model_dump(mode="json") for record in result.records)
        for result in watchdog_nlp.extract_many(inputs, nlp=nlp)
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 and list the articles whose records changed")
    args = parser.parse_args(argv)
    current = {corpus: corpus_digests(corpus) for corpus in CORPORA}
    if args.check:
        recorded = json.loads(OUTPUT.read_text(encoding="utf-8"))
        changed = [
            f"{corpus}/{article}"
            for corpus in CORPORA
            for article in sorted(set(current[corpus]) | set(recorded.get(corpus, {})))
            if current[corpus].get(article) != recorded.get(corpus, {}).get(article)
        ]
        print("\n".join(changed) or "records unchanged")
        return 1 if changed else 0
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(json.dumps(current, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
