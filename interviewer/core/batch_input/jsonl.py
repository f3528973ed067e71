"""JSON Lines input: one JSON object a line, streamed; a bad line is a LineError in its place."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO

from .records import MAX_LINE_BYTES, LineError, Record


def jsonl_records(stream: IO[bytes]) -> Iterator[Record]:
    """(line number, fields or the reason the line cannot be read), streamed in input order."""
    number = 0
    first = True
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the line
                line = stream.readline(MAX_LINE_BYTES)
            yield number, LineError(f"the line is longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if first and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        first = False
        yield from _json_line(number, line)


def jsonl_lines(lines: Iterable[str | bytes], start: int = 1) -> Iterator[Record]:
    """The records of lines already split (a Dask partition, a test), numbered from `start`."""
    for number, line in enumerate(lines, start=start):
        raw = line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line
        if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if len(raw) > MAX_LINE_BYTES:
            yield number, LineError(f"the line is longer than {MAX_LINE_BYTES:,} bytes")
            continue
        yield from _json_line(number, raw)


def _json_line(number: int, line: bytes) -> Iterator[Record]:
    if not line.strip():
        return
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        yield number, LineError("the line is not valid UTF-8 text")
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        yield number, LineError(f"not valid JSON: {err.msg}")
        return
    except RecursionError:
        yield number, LineError("not valid JSON: too deeply nested")
        return
    except ValueError:  # an integer of more than 4,300 digits
        yield number, LineError("not valid JSON: a number is too long")
        return
    if not isinstance(value, dict):
        yield number, LineError("each line must be a JSON object")
        return
    yield number, value
