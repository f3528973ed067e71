"""A CSV output cell copied from the input (a student's name, a question id) is shown by a
spreadsheet as text, never run as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `+cmd|...`)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.cli import main
from interviewer.core.safe_text import FORMULA_START, spreadsheet_cell

KEY = "A primary key uniquely identifies each row: its values are unique and never NULL."


@pytest.mark.parametrize(
    "text",
    ['=HYPERLINK("http://evil.example","x")', "@SUM(A1:A9)", "+cmd|' /C calc'!A0", "-2+3",
     "\tx", "\r=1", "＝1+1"],
)  # fmt: skip
def test_a_formula_is_written_as_text(text: str) -> None:
    assert spreadsheet_cell(text) == "'" + text


@pytest.mark.parametrize("text", ["ana", "-2", "+1.5", "3e4", "", "'=quoted already", "a=b"])
def test_plain_text_and_numbers_are_kept(text: str) -> None:
    assert spreadsheet_cell(text) == text


@given(st.text())
def test_no_cell_starts_a_formula_and_the_text_is_kept(text: str) -> None:
    cell = spreadsheet_cell(text)
    assert cell in (text, "'" + text)
    if cell.startswith(FORMULA_START):  # only a plain number may
        assert cell == text and float(text) == float(text)


def test_grade_writes_input_cells_as_text_in_csv_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "class.csv"
    with source.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "question", "reference", "answer"])
        writer.writerow(['=HYPERLINK("http://evil.example","x")', "What is a primary key?", KEY,
                         "It identifies each row uniquely and is never NULL."])  # fmt: skip
        writer.writerow(["-7", "What is a primary key?", KEY, "=1+1"])
    out = tmp_path / "graded.csv"
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "grade", str(source), "-o", str(out)])
    capsys.readouterr()
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["student"] == '\'=HYPERLINK("http://evil.example","x")'
    assert rows[1]["student"] == "-7"  # a number, kept
    cells = [cell for row in rows for cell in row.values() if cell]
    assert not [cell for cell in cells if cell.startswith(FORMULA_START) and cell != "-7"]
    assert float(rows[0]["score"]) > 0
