"""Where the project's data lives: inside the wheel, or at the repository root in a checkout.

Code outside the components reads models/ files through `read_text`, by their name relative to
models/ (`data.py` parses them). A pipeline carries these files (the `watchdog_data` component)
and saves them with `nlp.to_disk`; loading it installs its copy, which `read_text` then serves
instead of MODELS_DIR, so a saved or packaged pipeline needs no models/ folder. The installed copy is one per
process: that of the pipeline built or loaded last.
"""

import functools
from collections.abc import Callable, Iterable
from pathlib import Path

from .errors import Errors, WatchdogError

_PACKAGED = Path(__file__).parent / "models"
MODELS_DIR = _PACKAGED if _PACKAGED.is_dir() else Path(__file__).resolve().parents[2] / "models"

_installed: dict[str, bytes] = {}
_caches: list[Callable] = []


def data_cache(func: Callable | None = None, *, maxsize: int | None = None) -> Callable:
    """`functools.cache` for a function of models/ data: emptied when other data are installed.
    With `maxsize` (`@data_cache(maxsize=N)`), the N latest calls only, for look-ups asked of
    every text an article names, whose arguments never stop coming."""
    if func is None:
        return functools.partial(data_cache, maxsize=maxsize)
    cached = functools.lru_cache(maxsize=maxsize)(func)
    _caches.append(cached)
    return cached


def read_bytes(name: str) -> bytes:
    """The content of models/<name> ("cues.jsonl", "places/cities.tsv"): the installed copy, else the file."""
    content = _installed.get(name)
    if content is not None:
        return content
    path = MODELS_DIR / name
    if not path.is_file():
        raise WatchdogError(Errors.E007.format(path=path))
    return path.read_bytes()


def read_text(name: str) -> str:
    """models/<name> as text (see `read_bytes`)."""
    return read_bytes(name).decode("utf-8")


def source_files(directory: Path | None = None, exclude: Iterable[str] = ()) -> dict[str, bytes]:
    """Every file under `directory` (MODELS_DIR by default) by its name relative to it, except the
    names in `exclude` and hidden or cache folders."""
    directory = MODELS_DIR if directory is None else Path(directory)
    if not directory.is_dir():
        raise WatchdogError(Errors.E007.format(path=directory))
    skipped = set(exclude)
    files = {}
    for path in sorted(directory.rglob("*")):
        name = path.relative_to(directory).as_posix()
        hidden = any(part.startswith((".", "__")) for part in name.split("/"))
        if path.is_file() and not hidden and name not in skipped:
            files[name] = path.read_bytes()
    return files


def install(files: dict[str, bytes]) -> None:
    """Make `files` (name -> content) the models/ data that `read_bytes` serves; `{}` goes back to
    MODELS_DIR. Cached data are dropped when this changes them."""
    if files == _installed:
        return
    _installed.clear()
    _installed.update(files)
    for cached in _caches:
        cached.cache_clear()
