"""Writing the result rows: JSON Lines or CSV, into a file beside the output that takes its
place only once every line is written."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from ..errors import InterviewerError
from ..safe_text import json_text, neutralise, spreadsheet_cell
from .rows import CSV_OUTPUT_FIELDS, OUTPUT_NAMES, output_name


class RowWriter:
    """JSON Lines, or CSV whose columns are `line`, the passed-through ones, then the grade's."""

    def __init__(self, stream: IO[bytes], is_csv: bool, passed: Iterable[str] = ()) -> None:
        self.stream = stream
        self.is_csv = is_csv
        names = list(dict.fromkeys(output_name(name) for name in passed))
        self.columns = (CSV_OUTPUT_FIELDS[0], *names, *CSV_OUTPUT_FIELDS[1:])
        self._grade_fields = set(CSV_OUTPUT_FIELDS)
        self._passed = set(names)
        self.left_out: dict[str, int] = {}
        """Passed-through fields with no CSV column (JSON Lines keys not on the first line),
        and the first line that had each."""
        if is_csv:
            self._write_csv(dict(zip(self.columns, self.columns, strict=True)))

    def write(self, row: dict[str, Any]) -> None:
        if self.is_csv:
            flat = {}
            for key, value in row.items():
                if key in self._grade_fields:
                    flat[key] = "; ".join(value) if isinstance(value, list) else value
                elif key in self._passed:
                    flat[key] = _cell(value)
                elif key not in OUTPUT_NAMES:
                    self.left_out.setdefault(key, row["line"])
            self._write_csv(flat)
        else:
            text = json_text(row) + "\n"
            self.stream.write(text.encode("utf-8", "replace"))

    def _write_csv(self, row: dict[str, Any]) -> None:
        # a cell from the input (a student's name, a question id) or one that quotes it is
        # written so that a spreadsheet shows it, never runs it as a formula; and so that a
        # terminal shows it, never obeys it: a control character (ESC of "\x1b[31m" in an
        # answer) is U+FFFD, as in the reports, where JSON Lines escapes it (`\u001b`) (play57:
        # `head out.csv` turned the terminal red)
        row = {
            k: neutralise(_one_line_end(spreadsheet_cell(v))) if isinstance(v, str) else v
            for k, v in row.items()
        }
        buffer = io.StringIO()
        csv.DictWriter(buffer, self.columns, lineterminator="\n").writerow(row)
        self.stream.write(buffer.getvalue().encode("utf-8", "replace"))


def _one_line_end(text: str) -> str:
    """Every line break in a cell a newline: the csv module quotes a cell holding "\n" (the
    line terminator) but not one holding a lone "\r", which a reader then takes for the end
    of the row, splitting it in two (found by hypothesis, store42)."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def _cell(value: object) -> str:
    """A passed-through value as a CSV cell: text as it is, anything else as JSON."""
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def written_in_place(target: Path) -> bool:
    """Whether `target` is written into as it is rather than replaced by a finished file: it
    exists and is no regular file (a device such as /dev/null, a named pipe). Renaming a file
    over it put a file in its place: `grade -o /dev/null` run as root replaced /dev/null
    itself (robust68). A regular file, or no file yet, is replaced (False)."""
    try:
        return target.exists() and not target.is_file()
    except OSError:
        return False


def pending_file(target: Path) -> Path:
    """A new empty file beside `target`, to be renamed over it when the run is done.

    Raises:
        InterviewerError: the folder cannot be written.
    """
    import tempfile

    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent or ".")
    except OSError as err:
        raise InterviewerError(
            f"{target}: cannot write ({err.strerror or err}); choose another path with -o"
        ) from None
    os.close(handle)
    # mkstemp makes the file private (0600); the output gets the mode a new file would get
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(name, 0o666 & ~mask)
    return Path(name)
