"""play64: `interviewer grade --summary FILE`, what a teacher reads of a class's run: each
question's difficulty, each student's total, the lines not graded and why, the time taken."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import run_captured

from interviewer.core.batch.class_summary import ClassSummary, took

MINI = str(Path(__file__).parent / "data" / "banks" / "mini.yaml")
GOOD = (
    "Temperature divides the logits before the softmax: low temperature is more deterministic "
    "and focused, high temperature flattens the distribution and is more diverse. Zero is greedy."
)
CLASS = (
    "Student ID,question_id,answer\n"
    f'ann,mini-002,"{GOOD}"\n'
    "ann,mini-001,\n"
    "bob,mini-002,logits\n"
    "bob,mini-404,a question the bank does not hold\n"
    "c|d\x1b[31m,mini-001,[bold]x[/bold]\n"
)


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, str]:
    source = tmp_path / "class.csv"
    source.write_text(CLASS, encoding="utf-8")
    args = ["--data-dir", str(tmp_path / "data"), "grade", "--bank", MINI, str(source)]
    code, _, err = run_captured([*args, "-o", str(tmp_path / "out.csv"), *extra], capsys)
    return code, err


def test_the_summary_gives_each_student_and_each_question(tmp_path, capsys) -> None:
    code, err = _run(tmp_path, capsys, "--summary", str(tmp_path / "summary.md"))
    assert code == 1  # one line not graded
    text = (tmp_path / "summary.md").read_text(encoding="utf-8")
    assert "5 lines: 4 graded, 1 not graded; 2 questions, 3 students; took " in text
    rows = {line.split(" | ")[0]: line for line in text.splitlines() if line.startswith("| ")}
    # ann: a good answer and a blank one (graded 0); bob: one graded, one not; out of 200
    ann = rows["| ann"].split(" | ")
    assert ann[1] == "2" and ann[3:] == ["200", f"{float(ann[2]) / 2:.1f}", "1", "0 |"]
    bob = rows["| bob"].split(" | ")
    assert bob[1] == "1" and bob[3] == "200" and bob[5:] == ["0", "1 |"]
    # a cell's '|' is escaped (its '[' too, since code65) and an escape sequence shown, never
    # obeyed
    assert "| c\\|d\ufffd\\[31m | 1 |" in text and "\x1b" not in text
    # the hardest question first, with its prompt
    order = [line for line in text.splitlines() if line.startswith("| mini-")]
    means = [float(line.split(" | ")[2]) for line in order]
    assert means == sorted(means) and len(order) == 2
    assert "| 5 | bob | mini-404 | bank " in text
    assert "; bank mini\n" in text and "out of 100 for each of the 2 questions." in text
    assert "interviewer: per question and per student (column 'Student ID'):" in err
    assert err.splitlines()[-1].endswith(" s") and " in " in err.splitlines()[-1]


def test_the_summary_as_json_and_a_named_student_column(tmp_path, capsys) -> None:
    _run(tmp_path, capsys, "--summary", str(tmp_path / "s.json"), "--student", "student id")
    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["student_column"] == "Student ID" and data["lines"] == 5 and data["graded"] == 4
    assert [q["question"] for q in data["questions"]] == ["mini-001", "mini-002"]
    assert data["questions"][0]["mean"] < data["questions"][1]["mean"]
    assert [s["student"] for s in data["students"]] == ["ann", "bob", "c|d\x1b[31m"]
    assert "\x1b" not in (tmp_path / "s.json").read_text(encoding="utf-8")  # escaped: \u001b
    assert data["students"][1]["not_graded"] == 1 and data["students"][1]["out_of"] == 200
    assert data["errors"][0]["line"] == 5 and data["errors"][0]["question"] == "mini-404"


def test_a_student_column_the_input_lacks_is_said(tmp_path, capsys) -> None:
    _run(tmp_path, capsys, "--summary", str(tmp_path / "s.md"), "--student", "email")
    text = (tmp_path / "s.md").read_text(encoding="utf-8")
    assert "The input has no column 'email'; name the student's column with --student" in text


def test_the_summary_as_a_gradebook_csv(tmp_path, capsys) -> None:
    _, err = _run(tmp_path, capsys, "--summary", str(tmp_path / "totals.csv"))
    assert f"interviewer: per student (column 'Student ID'): {tmp_path / 'totals.csv'}" in err
    text = (tmp_path / "totals.csv").read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["student", "graded", "total", "out_of", "mean", "blank", "not_graded"]
    assert [r[0] for r in rows[1:]] == ["ann", "bob", "c|d\ufffd[31m"]
    assert rows[2][1:4] == ["1", rows[2][2], "200"] and rows[2][6] == "1"


def test_a_formula_as_a_student_is_shown_not_run() -> None:
    summary = ClassSummary()
    summary.add({"line": 2, "student": "=1+1", "question_id": "q1", "score": 50.0, "band": "weak"})
    assert summary.as_csv().splitlines()[1].startswith("'=1+1,1,50.0,100,50.0,0,0")


def test_no_student_column_is_said(tmp_path) -> None:
    summary = ClassSummary()
    summary.add({"line": 2, "question_id": "q1", "score": 50.0, "band": "weak", "flags": []})
    text = summary.markdown(source="x.csv", seconds=0.2, banks=[])
    assert "No student column was found" in text and "--student COLUMN" in text
    assert "took 0.2 s" in text and "out of 100 for" not in text  # no student table's line
    assert "bank" not in text.splitlines()[2]  # no bank was used


def test_student_without_summary_is_refused(tmp_path, capsys) -> None:
    code, err = _run(tmp_path, capsys, "--student", "Student ID")
    assert code == 2 and "--student names the student column of --summary" in err
    assert not (tmp_path / "out.csv").exists()


def test_a_summary_path_that_is_the_output_is_refused(tmp_path, capsys) -> None:
    code, err = _run(tmp_path, capsys, "--summary", str(tmp_path / "out.csv"))
    assert code == 2 and "--summary" in err and "is the output file" in err


def test_took_reads_as_a_person_says_it() -> None:
    assert [took(0.42), took(25.64), took(125), took(3780)] == [
        "0.4 s",
        "25.6 s",
        "2 min 5 s",
        "1 h 3 min",
    ]
