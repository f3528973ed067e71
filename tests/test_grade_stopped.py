"""A batch stopped half way (Ctrl+C, a worker that died) keeps the lines graded so far in
`NAME.partial.SUFFIX`, says where and up to which line, and leaves `-o`'s file as it was."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from stopped_helpers import class_file, stop_after

from interviewer.cli import main
from interviewer.core.batch import command, progress
from interviewer.core.batch.stopped import partial_path
from interviewer.core.errors import InterviewerError


def test_ctrl_c_keeps_the_graded_lines_and_the_old_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "CHUNK_LINES", 3)
    monkeypatch.setattr(progress, "graded", stop_after(2, KeyboardInterrupt()))
    source, out = class_file(tmp_path, 10), tmp_path / "graded.csv"
    out.write_text("the old results\n")
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o", str(out)])
    err = capsys.readouterr().err
    assert exited.value.code == 130
    assert out.read_text() == "the old results\n"
    kept = tmp_path / "graded.partial.csv"
    rows = list(csv.DictReader(kept.open(encoding="utf-8")))
    assert [row["student"] for row in rows] == [f"s{k}" for k in range(6)]
    assert all(float(row["score"]) > 0 for row in rows)
    assert "stopped by Ctrl+C: the first 6 lines (in input order, up to line 7) are in" in err
    assert f"{kept}; {out} was left as it was" in err
    assert "6 lines: 6 graded, 0 errors; mean" in err and f"-> {kept}" in err


def test_ctrl_c_on_stdout_says_the_output_is_partial(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "CHUNK_LINES", 4)
    monkeypatch.setattr(progress, "graded", stop_after(1, KeyboardInterrupt()))
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(class_file(tmp_path, 10))])
    out, err = capsys.readouterr()
    assert exited.value.code == 130
    assert [json.loads(line)["line"] for line in out.splitlines()] == [2, 3, 4, 5]
    assert "stopped by Ctrl+C: the output above holds the first 4 lines only" in err


def test_ctrl_c_before_any_line_leaves_nothing_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "graded", stop_after(0, KeyboardInterrupt()))
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(class_file(tmp_path, 2)),
              "-o", str(out)])  # fmt: skip
    assert exited.value.code == 130
    assert "before any line was graded" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["class.csv"]


def test_a_worker_that_died_keeps_the_lines_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "CHUNK_LINES", 2)
    died = InterviewerError("a grading worker process died (out of memory?)")
    monkeypatch.setattr(progress, "graded", stop_after(1, died))
    out = tmp_path / "graded.jsonl"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(class_file(tmp_path, 5)),
              "-o", str(out)])  # fmt: skip
    err = capsys.readouterr().err
    assert exited.value.code == 1 and not out.exists()
    kept = [json.loads(x) for x in (tmp_path / "graded.partial.jsonl").read_text().splitlines()]
    assert [row["student"] for row in kept] == ["s0", "s1"]
    assert "interviewer: stopped: the first 2 lines" in err and "worker process died" in err


def test_partial_path_keeps_the_suffix() -> None:
    assert partial_path(Path("a/graded.csv")) == Path("a/graded.partial.csv")
    assert partial_path(Path("out")) == Path("out.partial")


def test_ctrl_c_after_a_progress_line_starts_its_message_on_a_line_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """play48: on a terminal the Ctrl+C message ran on after the progress line ("graded 1,000
    lines (about 99% read)^Cinterviewer: stopped by Ctrl+C: ...", 2,000 rows, --jobs 2)."""
    import io

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(command, "CHUNK_LINES", 2)
    monkeypatch.setattr(progress, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(progress, "graded", stop_after(2, KeyboardInterrupt()))
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    source, out = class_file(tmp_path, 10), tmp_path / "graded.csv"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o", str(out)])
    said = terminal.getvalue()
    assert exited.value.code == 130
    assert re.search(r"\rgraded 4 lines[^\n]*\ninterviewer: stopped by Ctrl\+C: the first 4", said)
