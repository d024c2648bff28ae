import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """../shared/corpus beside the checkout: the corpora and the reference scorer."""
    return SHARED


@pytest.fixture(scope="session")
def dev_path() -> Path:
    path = SHARED / "dev.jsonl"
    if not path.exists():
        pytest.skip(f"dev corpus not found at {path} (../shared beside the checkout)")
    return path


@pytest.fixture(scope="session")
def dev_articles(dev_path) -> list[dict]:
    return [json.loads(line) for line in dev_path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "examples" / "watchdog-2021-01-22.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    import watchdog_nlp

    return watchdog_nlp.load()


@pytest.fixture(scope="session")
def dask_client():
    """A one-worker dask.distributed cluster on this machine, shared by the batch tests."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            yield client
