"""JSON Lines input: one JSON object a line, streamed; a bad line is a LineError in its place."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from .csv_table import column_name
from .records import CSV_FIELDS, MAX_LINE_BYTES, LineError, Record, question_text_of


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
    yield number, folded_keys(value)


def folded_keys(fields: dict[str, Any]) -> dict[str, Any] | LineError:
    """A line's keys as the fields grade reads, in a spreadsheet's or a script's own spelling:
    case, spaces and hyphens aside (`Answer`, `Question ID`), as a CSV header's are
    (`column_name`; play56: `{"Question": ..., "Answer": ...}` was refused as missing its
    answer while the same CSV header was read). Any other key is kept as written, in its place.
    Two keys naming one field (`answer` and `Answer`) are the line's error: which one to grade
    is not guessed."""
    folded: dict[str, Any] = {}
    given: dict[str, str] = {}
    twice: str | None = None
    for key, value in fields.items():
        name = column_name(key)
        if name not in CSV_FIELDS:
            name = key  # passed through exactly as written
        if name in given:
            twice = twice or f"keys '{given[name]}' and '{key}' both name the field '{name}'"
            continue
        given[name] = key
        folded[name] = value
    if twice is not None:
        # the error row still names the student and the question
        question_id = folded.get("question_id")
        return LineError(
            f"{twice}: keep one",
            tuple((name, value) for name, value in folded.items() if name not in CSV_FIELDS),
            question_id.strip() or None if isinstance(question_id, str) else None,
            question_text_of(folded),
        )
    return folded
