"""play57: `grade -o out.csv` wrote an answer's terminal escape (`\\x1b[31m`) raw into the
CSV, so `head out.csv` turned the terminal red, while the JSON Lines output escapes it
(`\\u001b`) and the reports show it as U+FFFD. A CSV cell now holds no control character but
tab and newline: each other one is U+FFFD, as in the reports."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from interviewer.cli import main

KEY = "A stack is a last-in first-out structure: push adds on top, pop removes the top."


def test_a_control_character_in_a_csv_cell_is_shown_not_obeyed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "class.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "question", "reference", "answer"])
        writer.writerow(["an\x07n", "What is a stack?", KEY, "\x1b[31mLIFO\x1b[0m:\tpush\nand pop"])
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o", str(out)])
    capsys.readouterr()
    raw = out.read_bytes()
    assert b"\x1b" not in raw and b"\x07" not in raw
    [row] = csv.DictReader(out.open(encoding="utf-8", newline=""))
    assert row["student"] == "an\ufffdn"
    assert row["answer"] == "\ufffd[31mLIFO\ufffd[0m:\tpush\nand pop"  # tab and newline kept
    assert float(row["score"]) > 0
