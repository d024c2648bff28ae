"""Kill and resume: a run SIGKILLed midway into SQLite, JSONL, .jsonl.gz and Parquet, with torn
writes at its end, resumed -> the same output as one uninterrupted run."""

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from watchdog_nlp.batch import run_batch
from watchdog_nlp.io.writers import open_sink

ROOT = Path(__file__).resolve().parents[1]

#: a run into four sinks at once that SIGKILLs itself when its third batch is about to be written
CHILD = """
import os, signal, sys
from watchdog_nlp.batch import run_batch
from watchdog_nlp.io.writers import open_sink

dump, out = sys.argv[1], sys.argv[2]
sinks = [open_sink(f"{out}/out.jsonl"), open_sink(f"{out}/out.jsonl.gz"), open_sink(f"{out}/out.parquet"),
         open_sink("-", db=f"sqlite:///{out}/cases.db")]

class Tee:
    calls = 0
    def done(self):
        return set.intersection(*(sink.done() for sink in sinks))
    def write(self, batch):
        Tee.calls += 1
        if Tee.calls == 3:
            os.kill(os.getpid(), signal.SIGKILL)
        for sink in sinks:
            sink.write(batch)

run_batch([dump], Tee(), batch_size=2)
"""

OUTPUTS = ("out.jsonl", "out.jsonl.gz", "out.parquet")


@pytest.fixture()
def dump(tmp_path, dev_articles):
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({k: a[k] for k in ("id", "text", "published")}) for a in dev_articles[:6]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_into(folder: Path, dump: Path, nlp) -> None:
    folder.mkdir(exist_ok=True)
    for name in OUTPUTS:
        with open_sink(str(folder / name)) as sink:
            run_batch([dump], sink, nlp=nlp, batch_size=2)
    with open_sink("-", db=f"sqlite:///{folder}/cases.db") as sink:
        run_batch([dump], sink, nlp=nlp, batch_size=2)


def contents(folder: Path) -> dict:
    engine = sa.create_engine(f"sqlite:///{folder}/cases.db")
    with engine.connect() as conn:
        tables = {
            name: conn.execute(sa.text(f"SELECT COUNT(*) FROM {name}")).scalar()
            for name in ("articles", "persons", "cases", "penalties", "charges", "case_sources")
        }
    engine.dispose()
    return {
        "jsonl": (folder / "out.jsonl").read_text(encoding="utf-8"),
        "gz": gzip.decompress((folder / "out.jsonl.gz").read_bytes()).decode("utf-8"),
        "parquet": pq.read_table(folder / "out.parquet").to_pylist(),
        "sqlite": tables,
    }


def test_batch_resume_after_kill_every_sink(tmp_path, dump, nlp):
    """SIGKILL after 2 of 3 batches, torn bytes left at each file's end -> resume gives the uninterrupted output."""
    whole, killed = tmp_path / "whole", tmp_path / "killed"
    run_into(whole, dump, nlp)
    killed.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    child = subprocess.run([sys.executable, "-c", CHILD, str(dump), str(killed)], env=env, capture_output=True, timeout=600)
    assert child.returncode == -9, child.stderr.decode()[-2000:]
    assert len((killed / "out.jsonl").read_text().splitlines()) == 4
    assert not (killed / "out.parquet").exists() and len(list((killed / "out.parquet.parts").iterdir())) == 2

    # what a kill inside a write leaves: half a line, half a gzip member, a half-written Parquet part
    with (killed / "out.jsonl").open("ab") as stream:
        stream.write(b'{"id": "dev-004", "content_hash": "0f3')
    member = gzip.compress(b'{"id": "dev-004"}\n', mtime=0)
    with (killed / "out.jsonl.gz").open("ab") as stream:
        stream.write(member[: len(member) // 2])
    (killed / "out.parquet.parts" / ".000003.parquet.tmp").write_bytes(b"PAR1\x15\x04")

    run_into(killed, dump, nlp)
    assert contents(killed) == contents(whole)
    assert sorted(p.name for p in killed.iterdir()) == sorted(p.name for p in whole.iterdir())
