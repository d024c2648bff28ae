"""Readers on odd input: every JSON line is one Article or one Reject, dates in any common form,
an unreadable date a warning, oversized pages refused before they are parsed."""

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from watchdog_nlp.io.readers import FieldNames, ReadWarning, Reject, read_inputs
from watchdog_nlp.schema import Article

TEXT = "A court in Atyrau sentenced the activist Erlan Omarov to three years of restricted freedom."


def dump(tmp_path: Path, *values) -> Path:
    path = tmp_path / "dump.jsonl"
    path.write_text("".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "published, order, expected",
    [
        ("2021-01-22T10:00:00+05:00", None, dt.date(2021, 1, 22)),
        ("22 January 2021", None, dt.date(2021, 1, 22)),
        ("January 22, 2021", None, dt.date(2021, 1, 22)),
        ("2021/01/22", None, dt.date(2021, 1, 22)),
        ("22.01.2021", None, dt.date(2021, 1, 22)),
        (1611273600, None, dt.date(2021, 1, 22)),
        ("1611273600", None, dt.date(2021, 1, 22)),
        ("03/04/2021", None, dt.date(2021, 3, 4)),
        ("03/04/2021", "DMY", dt.date(2021, 4, 3)),
        ("03/04/2021", "MDY", dt.date(2021, 3, 4)),
    ],
)
def test_readers_published_forms(tmp_path, published, order, expected):
    """a dump's published in any common form -> that date; --date-order decides 03/04."""
    [article] = read_inputs(
        [dump(tmp_path, {"id": "a", "text": TEXT, "published": published})], fields=FieldNames(date_order=order)
    )
    assert article.published == expected


@pytest.mark.parametrize("published", ["not a date", "2021-02-30", "January 2021", "2999-01-01", [2021], {"y": 2021}, True])
def test_readers_unreadable_published_is_a_warning_not_a_lost_article(tmp_path, published):
    """an unreadable date -> the Article, undated, after one ReadWarning to on_warning naming line and value."""
    warnings: list[ReadWarning] = []
    path = dump(tmp_path, {"id": "a", "text": TEXT, "published": "2021-01-22"}, {"id": "b", "text": TEXT, "published": published})
    items = list(read_inputs([path], on_warning=warnings.append))
    assert [(a.id, a.published) for a in items] == [("a", dt.date(2021, 1, 22)), ("b", None)]
    [warning] = warnings
    assert (warning.source, warning.line) == (str(path), 2)
    assert warning.reason.startswith(f"unreadable published date {published!r}")


def test_readers_warnings_go_to_the_log_without_a_callback(tmp_path, caplog):
    path = dump(tmp_path, {"id": "b", "text": TEXT, "published": "soon"})
    [article] = read_inputs([path])
    assert article.published is None
    assert "line 1: unreadable published date 'soon'" in caplog.text


@pytest.mark.parametrize("suffix, size, refused", [(".html", 4 * 100 + 1, True), (".html", 400, False), (".txt", 401, True)])
def test_readers_oversized_page_refused_before_parsing(tmp_path, monkeypatch, suffix, size, refused):
    """a page larger than 4 bytes per allowed character (max_chars=100) -> a Reject, trafilatura never called."""
    import trafilatura

    parsed = []
    monkeypatch.setattr(trafilatura, "bare_extraction", lambda html, **_: parsed.append(html))
    path = tmp_path / f"big{suffix}"
    path.write_bytes(b"x" * size)
    [item] = read_inputs([path], max_chars=100)
    assert (
        isinstance(item, Reject) and item.reason.startswith("oversized") if refused else not item.reason.startswith("oversized")
    )
    assert parsed == ([] if refused or suffix == ".txt" else [b"x" * size])


LINES = st.one_of(
    st.binary(max_size=60),
    st.builds(
        lambda d: json.dumps(d).encode(),
        st.dictionaries(
            st.sampled_from(["id", "text", "published", "url", "x"]),
            st.one_of(st.text(max_size=20), st.integers(), st.floats(), st.none(), st.booleans(), st.dates().map(str)),
            max_size=5,
        ),
    ),
    st.text(max_size=40).map(lambda t: json.dumps({"text": t, "published": t}).encode("utf-8", "surrogatepass")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(LINES, max_size=8))
def test_readers_any_dump_accounts_for_every_line(tmp_path, lines):
    """any bytes per line -> exactly one Article or Reject per non-blank line, in order, never an exception."""
    lines = [b" ".join(line.split(b"\n")).replace(b"\r", b" ") for line in lines]
    path = tmp_path / "fuzz.jsonl"
    path.write_bytes(b"".join(line + b"\n" for line in lines))
    items = list(read_inputs([path], max_chars=1000, on_warning=lambda w: None))
    if path.read_bytes().startswith(b"\x1f\x8b"):  # gzip's magic number: read as gzip, one reject for the file
        assert len(items) == 1 and isinstance(items[0], Reject)
        return
    numbered = [n for n, line in enumerate(lines, 1) if line.strip()]
    assert len(items) == len(numbered)
    for number, item in zip(numbered, items):
        assert isinstance(item, (Article, Reject))
        if isinstance(item, Reject):
            assert item.line == number
        else:
            item.text.encode("utf-8")
