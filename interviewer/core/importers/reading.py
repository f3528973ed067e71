"""Reading a source file: size capped before reading, UTF-8 or UTF-16 (with a BOM), not binary."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import BankError, Problem

MAX_INPUT_BYTES = 5 * 1024 * 1024
"""Question lists are small; a bigger file is almost certainly the wrong file."""


def read_source(path: Path) -> str:
    """The text of a source file; raises BankError with a reason a user can act on."""
    where = str(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise BankError(Problem(where, None, "is a folder, not a question list"))
        if size > MAX_INPUT_BYTES:
            raise BankError(Problem(where, 1, f"file is {size:,} bytes; the import limit is 5 MB"))
        with path.open("rb") as handle:
            raw = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise BankError(Problem(where, None, "no such file")) from None
    except OSError as err:
        raise BankError(Problem(where, None, f"cannot read: {err.strerror or err}")) from None
    if len(raw) > MAX_INPUT_BYTES:
        raise BankError(Problem(where, 1, "file is over the 5 MB import limit"))
    return decode_source(raw, where)


def decode_source(raw: bytes, where: str = "<text>") -> str:
    """Bytes to text: a UTF-16 or UTF-8 byte-order mark is honoured, otherwise UTF-8."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            raise BankError(Problem(where, None, "not valid UTF-16 text")) from None
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise BankError(Problem(where, line, "this is a binary file, not a question list"))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise BankError(
            Problem(where, line, "not UTF-8 text (save it as UTF-8 or UTF-16 and try again)")
        ) from None
