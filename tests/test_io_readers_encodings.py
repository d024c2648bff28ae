"""Text inputs in the encodings users have: UTF-8, UTF-16/32 with a byte-order mark, --encoding,
and legacy code pages detected (Latin-1, cp1252, cp1251), what was detected reported as a warning."""

import json

import pytest
from typer.testing import CliRunner

from watchdog_nlp.cli import app
from watchdog_nlp.errors import WatchdogError
from watchdog_nlp.io.readers import FieldNames, ReadWarning, read_inputs

RUSSIAN = "Суд в Москве приговорил активиста к пяти годам колонии за посты в социальных сетях."
FRENCH = "Le tribunal de Besançon a condamné le journaliste à deux ans de prison ferme, a-t-on appris."
WESTERN = "The court in Minsk sentenced Aleš Bialiatski – a “human rights defender” – to ten years."


def read(path, encoding=None):
    warnings: list[ReadWarning] = []
    items = list(read_inputs([path], fields=FieldNames(encoding=encoding), on_warning=warnings.append))
    return items, [w.reason for w in warnings]


@pytest.mark.parametrize(
    "text, written_as, given, note",
    [
        (RUSSIAN, "cp1251", None, "decoded as cp1251 (detected: not UTF-8; --encoding sets it)"),
        (FRENCH, "latin-1", None, "decoded as cp1252 (detected: not UTF-8; --encoding sets it)"),
        (WESTERN, "cp1252", None, "decoded as cp1252 (detected: not UTF-8; --encoding sets it)"),
        (RUSSIAN, "utf-16", None, "decoded as utf-16 (byte-order mark)"),
        (RUSSIAN, "utf-32", None, "decoded as utf-32 (byte-order mark)"),
        (RUSSIAN, "utf-8-sig", None, None),
        (RUSSIAN, "koi8_r", "koi8-r", None),
        (RUSSIAN, "utf-16-le", "UTF-16LE", None),
        (FRENCH, "latin-1", "latin-1", None),
    ],
)
@pytest.mark.parametrize("kind", [".txt", ".jsonl"])
def test_io_readers_encodings_decoded(tmp_path, kind, text, written_as, given, note):
    """A .txt page or JSON Lines dump in an encoding -> its text exactly; a detected or
    byte-order-mark encoding is named once in a warning, one given with --encoding is not."""
    path = tmp_path / f"article{kind}"
    if kind == ".txt":
        path.write_bytes(text.encode(written_as))
    else:
        lines = [json.dumps({"id": f"a{n}", "text": text}, ensure_ascii=False) for n in range(2)]
        path.write_bytes("\n".join(lines).encode(written_as))
    items, notes = read(path, given)
    assert [item.text for item in items] == [text] * (1 if kind == ".txt" else 2)
    assert notes == ([note] if note else [])


def test_io_readers_encodings_unknown(tmp_path):
    """An encoding Python does not know -> E046 before anything is read."""
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    with pytest.raises(WatchdogError, match=r"E046.*'klingon'"):
        read(tmp_path / "a.txt", "klingon")


def test_io_readers_encodings_wrong_given_encoding_rejects(tmp_path):
    """--encoding utf-8 on cp1251 bytes -> a reject naming that encoding and the byte."""
    path = tmp_path / "a.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    [reject], _ = read(path, "utf-8")
    assert reject.reason == "undecodable bytes: not utf-8 at byte 0"


def test_io_readers_encodings_cli_option_and_warning(nlp, tmp_path, caplog):
    """extract --encoding cp1251 reads a cp1251 page as given; without it the detected encoding is
    a warning line (the log's, on stderr); an unknown one is E046 before any model loads."""
    path = tmp_path / "page.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    runner = CliRunner()
    given = runner.invoke(app, ["extract", str(path), "--encoding", "cp1251"])
    assert not caplog.messages
    detected = runner.invoke(app, ["extract", str(path)])
    assert given.exit_code == detected.exit_code == 0, given.output + detected.output
    assert caplog.messages == [f"{path}: decoded as cp1251 (detected: not UTF-8; --encoding sets it)"]
    unknown = runner.invoke(app, ["extract", str(path), "--encoding", "klingon"])
    assert unknown.exit_code == 2 and unknown.stderr.startswith("[E046]")
