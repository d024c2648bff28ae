"""The models/ files that code outside the pattern components reads (cue words, names, currencies,
places, transliteration), held by the pipeline so that `nlp.to_disk` / `to_bytes` save them and
loading installs them for those readers (see paths.py): a saved or packaged pipeline is
self-contained."""

from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy import util
from spacy.language import Language
from spacy.tokens import Doc

from .. import paths


class ModelData:
    """Carries models/ files by their name relative to models/ ("places/cities.tsv"); annotates nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.files: dict[str, bytes] = {}

    def initialize(
        self, get_examples=None, *, nlp: Language | None = None, directory: str | None = None, exclude_files: Iterable[str] = ()
    ) -> None:
        """Take every file of `directory` (the models/ folder by default) but `exclude_files`, the
        pattern files that other components carry themselves."""
        self._set(paths.source_files(directory, exclude_files))

    def _set(self, files: dict[str, bytes]) -> None:
        self.files = dict(files)
        paths.install(self.files)

    def __setstate__(self, state: dict) -> None:
        """Unpickled in a worker process (spaCy's multiprocessing where it cannot fork): the
        components running there read these data too."""
        self.__dict__.update(state)
        paths.install(self.files)

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return util.to_bytes({"files": lambda: srsly.msgpack_dumps(self.files)}, exclude)

    def from_bytes(self, bytes_data: bytes, *, exclude: Iterable[str] = ()):
        util.from_bytes(bytes_data, {"files": lambda b: self._set(srsly.msgpack_loads(b))}, exclude)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        path = Path(path)
        for name, content in self.files.items():
            (path / name).parent.mkdir(parents=True, exist_ok=True)
            (path / name).write_bytes(content)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()):
        path = Path(path)
        self._set({p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()})
        return self
