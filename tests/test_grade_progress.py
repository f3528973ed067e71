"""On a terminal, `grade` shows how many lines it has graded and about how much of the input
file it has read; the last progress line is left without the share, and an error line never
runs on after a progress line."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.batch import command, progress

KEY = "Photosynthesis turns light energy into chemical energy stored in glucose."


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def grade_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[str]
) -> tuple[object, Path, str]:
    """Grade these CSV rows (under a header) with stderr a terminal: the exit status, the
    input file and what stderr was told."""
    source = tmp_path / "class.csv"
    source.write_text("student,question,reference,answer\n" + "\n".join(rows) + "\n")
    terminal = Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o",
              str(tmp_path / "out.jsonl")])  # fmt: skip
    return exited.value.code, source, terminal.getvalue()


def test_progress_counts_lines_and_the_share_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(command, "CHUNK_LINES", 2)
    monkeypatch.setattr(progress, "PROGRESS_EVERY", 2)
    rows = [f"s{k},What is photosynthesis?,{KEY},Plants make sugar from light." for k in range(6)]
    rows.insert(3, "bad,,,an answer to nothing")
    code, source, said = grade_on_a_terminal(tmp_path, monkeypatch, rows)
    assert code == 1
    shares = [int(n) for n in re.findall(r"\rgraded \d lines \(about (\d+)% read\)", said)]
    assert shares and all(0 < n <= 99 for n in shares) and shares == sorted(shares)
    assert "\rgraded 7 lines\x1b[K\n" in said
    assert f"lines (about {shares[0]}% read)\x1b[K\n{source}:5: missing field" in said


def test_a_terminal_is_told_the_grader_is_loading_before_the_first_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """play48: 2,000 rows with --jobs 2 on a loaded machine showed nothing for 10 s, until the
    first chunk came back; a first line says the grader is loading, and each progress line
    clears what is left of a longer one."""
    rows = [f"s{k},What is photosynthesis?,{KEY},Plants make sugar from light." for k in range(3)]
    code, _, said = grade_on_a_terminal(tmp_path, monkeypatch, rows)
    assert code == 0
    assert said.startswith("loading the grader...\rgraded 3 lines\x1b[K\n3 lines: 3 graded")
