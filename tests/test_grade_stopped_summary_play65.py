"""play65 (play64's "noticed"): a `grade --summary` run stopped by Ctrl+C (or a worker that
died) kept the lines graded in `graded.partial.csv` but wrote no summary: the teacher had
nothing of the class to read. It now writes the summary of the lines graded beside the one
asked for (`summary.partial.md`, `.json`, `.csv`), saying under its title that the run stopped
and after how many lines; `--summary`'s own file is left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from stopped_helpers import class_file, stop_after

from interviewer.cli import main
from interviewer.core.batch import command, progress
from interviewer.core.errors import InterviewerError


def _run(tmp_path: Path, summary: str, rows: int = 10) -> int:
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(class_file(tmp_path, rows)),
              "-o", str(out), "--summary", str(tmp_path / summary)])  # fmt: skip
    return int(exited.value.code or 0)


def test_ctrl_c_writes_the_summary_of_the_lines_graded_beside_the_one_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the base: no summary.partial.md."""
    monkeypatch.setattr(command, "CHUNK_LINES", 3)
    monkeypatch.setattr(progress, "graded", stop_after(2, KeyboardInterrupt()))
    (tmp_path / "summary.md").write_text("last week's summary\n")
    code = _run(tmp_path, "summary.md")
    err = capsys.readouterr().err
    assert code == 130
    assert (tmp_path / "summary.md").read_text() == "last week's summary\n"
    text = (tmp_path / "summary.partial.md").read_text()
    assert (
        text.splitlines()[2]
        == "**Stopped by Ctrl+C after 6 lines: this summary covers those only**"
    )
    assert "6 lines: 6 graded, 0 not graded; 1 question, 6 students" in text
    assert (
        f"per question and per student (column 'student'): {tmp_path / 'summary.partial.md'}" in err
    )


def test_a_worker_that_died_writes_the_json_summary_of_the_lines_before_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Fails on the base: no summary.partial.json."""
    monkeypatch.setattr(command, "CHUNK_LINES", 2)
    died = InterviewerError("a grading worker process died (out of memory?)")
    monkeypatch.setattr(progress, "graded", stop_after(1, died))
    code = _run(tmp_path, "summary.json", rows=5)
    assert code == 1
    data = json.loads((tmp_path / "summary.partial.json").read_text())
    assert data["stopped"] == "Stopped after 2 lines: this summary covers those only"
    assert (data["lines"], data["graded"]) == (2, 2)
    assert [s["student"] for s in data["students"]] == ["s0", "s1"]
    assert not (tmp_path / "summary.json").exists()
