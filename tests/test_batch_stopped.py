"""`batch/stopped.py`: a stopped batch keeps its rows in `NAME.partial.SUFFIX` and says so."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from interviewer.core.batch.stopped import keep_partial, say_stopped
from interviewer.core.batch.tally import Tally


def test_the_rows_written_are_moved_beside_the_output(tmp_path: Path) -> None:
    pending, target = tmp_path / ".graded.csv.pending", tmp_path / "graded.csv"
    stream = pending.open("ab")
    stream.write(b"line,score\n2,80.0\n")
    kept = keep_partial(pending, target, stream)
    assert kept == tmp_path / "graded.partial.csv" and stream.closed
    assert kept.read_bytes() == b"line,score\n2,80.0\n" and not pending.exists()
    assert keep_partial(None, None, io.BytesIO()) is None  # standard output: nothing to move


def test_the_stop_is_told_with_where_the_lines_are(capsys: pytest.CaptureFixture[str]) -> None:
    tally = Tally()
    for line in (2, 3):
        tally.add({"line": line, "score": 50.0, "band": "weak"})
    say_stopped(KeyboardInterrupt(), tally, Path("g.partial.csv"), Path("g.csv"))
    said = capsys.readouterr().err.splitlines()
    assert said[0] == (
        "interviewer: stopped by Ctrl+C: the first 2 lines (in input order, up to line 3) are"
        " in g.partial.csv; g.csv was left as it was"
    )
    assert said[1].startswith("2 lines: 2 graded, 0 errors; mean 50.0") and said[1].endswith(
        "-> g.partial.csv"
    )
    say_stopped(RuntimeError("died"), tally, None, None)
    assert capsys.readouterr().err.startswith(
        "interviewer: stopped: the output above holds the first 2 lines only\n"
    )
