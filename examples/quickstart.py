"""Quick start: the records of one article, then a small dump into a SQLite database.

    .venv/bin/python examples/quickstart.py          (needs the 'batch' extra for the second part)
"""

from pathlib import Path

import watchdog_nlp

HERE = Path(__file__).parent

result = watchdog_nlp.extract((HERE / "watchdog-2021-01-22.txt").read_text(encoding="utf-8"), published="2021-01-22")
for record in result.records:
    penalty = record.sentence[0] if record.sentence else None
    print(record.person, record.ruling, record.ruling_date, record.court_city, record.country,
          penalty.kind if penalty else "-", penalty.duration if penalty else "")

from watchdog_nlp.batch import run_batch  # noqa: E402  (the batch part needs the optional extra)
from watchdog_nlp.io.writers import open_sink  # noqa: E402

with open_sink("-", db="sqlite:///quickstart-cases.db") as sink:
    summary = run_batch([HERE / "dump.jsonl"], sink, rejects="quickstart-rejects.jsonl")
print(summary.to_text())
