"""Text inputs in the encodings users have: UTF-8, a byte-order mark's UTF-16/32, `--encoding`, or a
legacy code page detected with charset-normalizer (Latin-1, cp1252, cp1251, KOI8-R...).

Detection is a guess, good on article-length text and unsure on a line or two; what was guessed
is reported (a warning naming the input), and `--encoding` makes it certain.
"""

from __future__ import annotations

import codecs

from ..errors import Errors, WatchdogError

#: code pages tried when a text input is not UTF-8: Windows and ISO pages of Western, Central and
#: Eastern Europe, Turkey, the Baltics, Greece, Israel and the Arab world, and KOI8-R
LEGACY_ENCODINGS: tuple[str, ...] = (
    "cp1252",
    "latin_1",
    "cp1251",
    "koi8_r",
    "cp1250",
    "iso8859_2",
    "iso8859_5",
    "cp1254",
    "cp1257",
    "cp1253",
    "cp1255",
    "cp1256",
)
#: the encoding preferred among equally likely ones: the commonest legacy encoding of English text
WESTERN = "cp1252"
#: bytes charset-normalizer looks at (enough for a guess, and bounded time on a huge input)
DETECTION_BYTES = 1 << 16
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def check_encoding(name: str | None) -> str | None:
    """The codec's canonical name ("CP1251" -> "cp1251"); an unknown one raises E046."""
    if name is None:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise WatchdogError(Errors.E046.format(value=name)) from None


def bom_encoding(head: bytes) -> str | None:
    """ "utf-16" or "utf-32" when the bytes start with its byte-order mark (UTF-8's is read as UTF-8)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return None


def ascii_compatible(encoding: str) -> bool:
    """Whether lines can be split on b"\\n" before decoding (not so for UTF-16 and UTF-32)."""
    return "\na".encode(encoding) == b"\na"


def detect_encoding(data: bytes) -> str | None:
    """The likeliest of LEGACY_ENCODINGS for bytes that are not UTF-8, by charset-normalizer's
    measures (least chaos, most coherence; cp1252 among equals); None when none decodes them."""
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data[:DETECTION_BYTES], cp_isolation=list(LEGACY_ENCODINGS)))
    if not matches:
        return None
    best = (matches[0].chaos, matches[0].coherence)
    tied = [match for match in matches if (match.chaos, match.coherence) == best]
    ranked = [WESTERN] if any(WESTERN in m.could_be_from_charset for m in tied) else []
    for match in matches:
        ranked.append(match.encoding)
    for encoding in ranked:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return None


class Decoding:
    """How the bytes of one input become text: `encoding` when given; else UTF-8 (a leading
    byte-order mark dropped), or UTF-16/32 when a byte-order mark says so; else the legacy encoding
    detected in the first bytes that are not UTF-8, kept for the rest of the input. `note()` tells
    once what was found without being asked."""

    def __init__(self, encoding: str | None = None) -> None:
        self.encoding = encoding
        self.detected: str | None = None
        self._how = ""
        self._noted = False

    def wide(self, head: bytes) -> str | None:
        """The UTF-16/32 encoding in which the input, starting with `head`, is read as one text
        stream (lines cannot be split before decoding); None for UTF-8 and other ASCII-compatible ones."""
        if self.encoding is not None:
            return None if ascii_compatible(self.encoding) else self.encoding
        self.detected = bom_encoding(head)
        self._how = "byte-order mark"
        return self.detected

    def stream_encoding(self, head: bytes) -> str:
        """The encoding in which to read an input as one text stream, from its first bytes: the one
        given, a byte-order mark's, UTF-8 when they are UTF-8 (but for a character cut at the
        end), else the legacy encoding detected in them."""
        if self.encoding is not None:
            return self.encoding
        wide = self.wide(head[:4])
        if wide is not None:
            return wide
        try:
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
            return "utf-8-sig"
        except UnicodeDecodeError:
            self.detected, self._how = detect_encoding(head), "detected: not UTF-8; --encoding sets it"
            return self.detected or "utf-8"

    def decode(self, data: bytes, *, first: bool = True) -> str:
        """The text of `data` (`first`: the input's first bytes, where a UTF-8 byte-order mark may
        stand); UnicodeDecodeError when no encoding reads it."""
        if self.encoding is not None:
            text = data.decode(self.encoding)
            return text.removeprefix("\ufeff") if first else text
        try:
            return data.decode("utf-8-sig" if first else "utf-8")
        except UnicodeDecodeError:
            if self.detected is None:
                self.detected, self._how = detect_encoding(data), "detected: not UTF-8; --encoding sets it"
                if self.detected is None:
                    raise
            return data.decode(self.detected)

    def decode_whole(self, data: bytes) -> str:
        """The text of a whole input (a page file), UTF-16/32 ones included."""
        wide = self.wide(data[:4])
        return data.decode(wide) if wide else self.decode(data)

    def note(self) -> str | None:
        """ "decoded as cp1251 (detected: not UTF-8; --encoding sets it)", the first time only."""
        if self.detected is None or self._noted:
            return None
        self._noted = True
        return f"decoded as {self.detected} ({self._how})"

    def failure(self, err: UnicodeDecodeError) -> str:
        """A reject's reason for bytes no encoding read."""
        if self.encoding is not None:
            return f"undecodable bytes: not {self.encoding} at byte {err.start}"
        return f"undecodable bytes: not UTF-8 at byte {err.start}, and no legacy encoding fits (--encoding sets one)"
