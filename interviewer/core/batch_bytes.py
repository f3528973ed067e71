"""The bytes of `interviewer grade`'s input: text or not, and UTF-16 (a spreadsheet's "Unicode
text" export) read as the UTF-8 the readers expect."""

from __future__ import annotations

import codecs
import io
from typing import IO, TYPE_CHECKING

from .errors import InputError, Problem

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

HEAD_BYTES = 8192
"""The start of the input looked at to tell text from a binary file."""


def text_stream(stream: IO[bytes]) -> io.BufferedReader:
    """`stream`, read from its start again, once its start has been checked to be text.

    UTF-16 with a byte-order mark (as `bank import` reads it) comes out as UTF-8 bytes.

    Raises:
        InputError: the start holds a NUL byte, or its first line is not UTF-8: a binary file
            (an executable, an archive, UTF-16 without a byte-order mark), whose every line
            would fail.
    """
    head = stream.read(HEAD_BYTES)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return io.BufferedReader(_Utf16AsUtf8(_Rewound(head, stream)))
    first = head.split(b"\n", 1)[0]
    whole = b"\n" in head or len(head) < HEAD_BYTES
    try:
        codecs.getincrementaldecoder("utf-8")().decode(first, final=whole)
        utf8 = True
    except UnicodeDecodeError:
        utf8 = False
    if b"\0" in head or not utf8:
        why = "it holds NUL bytes" if b"\0" in head else "its first line is not UTF-8"
        raise InputError(
            Problem(
                "input",
                None,
                f"not a text file ({why}); grade reads JSON Lines, CSV or TSV as UTF-8 (or "
                "UTF-16 with a byte-order mark)",
            )
        )
    return io.BufferedReader(_Rewound(head, stream))


class _Rewound(io.RawIOBase):
    """`head`, then the rest of `stream`."""

    def __init__(self, head: bytes, stream: IO[bytes]) -> None:
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer)
        if self._head:
            size = min(len(view), len(self._head))
            view[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._stream.read(len(view))
        view[: len(data)] = data
        return len(data)


class _Utf16AsUtf8(io.RawIOBase):
    """UTF-16 bytes (with their byte-order mark) read as UTF-8 bytes; a unit that cannot be
    decoded becomes U+FFFD, so the line holding it fails alone."""

    CHUNK = 64 * 1024

    def __init__(self, raw: io.RawIOBase) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
        self._raw = raw
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer)
        while not self._pending:
            data = self._raw.read(self.CHUNK)
            if not data:
                self._pending = self._decoder.decode(b"", final=True).encode("utf-8")
                if not self._pending:
                    return 0
                break
            self._pending = self._decoder.decode(data).encode("utf-8", "surrogateescape")
        size = min(len(view), len(self._pending))
        view[:size] = self._pending[:size]
        self._pending = self._pending[size:]
        return size
