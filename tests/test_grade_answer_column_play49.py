"""`interviewer grade` shows each line's answer beside its score (play49; play48 found a
teacher had to match output lines to input lines by `line` to read what a student wrote):
the last field `answer`, after `question`, on graded and error lines, in CSV and JSON Lines,
as given (typos, Unicode, an empty answer); the columns before it keep their places."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_grade_question_text_play47 import run

MINI = str(Path(__file__).parent / "data" / "banks" / "mini.yaml")
STACK = ("What is a stack?", "A stack is last-in first-out: push adds on top, pop removes the top.")
ANSWERS = [
    ("ana", STACK[1], "Last in, first out — push & pop on the top ✓"),
    ("bo", STACK[1], ""),
    ("cy", "", "a queue, I think"),  # no reference: an error line that still shows its answer
    ("dee", STACK[1], "=SUM(A1:A9) first line\nsecond line"),
]


def class_file(tmp_path: Path) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["student", "question", "reference", "answer"])
    for student, reference, answer in ANSWERS:
        writer.writerow([student, STACK[0], reference, answer])
    source = tmp_path / "class.csv"
    source.write_text(out.getvalue(), encoding="utf-8")
    return source


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_every_row_shows_its_answer_in_csv_and_json_lines(tmp_path: Path, jobs: str) -> None:
    source = class_file(tmp_path)
    as_jsonl = tmp_path / "out.jsonl"
    result = run(tmp_path, "--jobs", jobs, str(source), "-o", str(as_jsonl))
    assert result.returncode == 1, result.stderr  # cy's empty reference
    found = [json.loads(line) for line in as_jsonl.read_text(encoding="utf-8").splitlines()]
    assert [(r["student"], r["answer"]) for r in found] == [(s, a) for s, _, a in ANSWERS]
    assert [list(r)[-2:] for r in found] == [["question", "answer"]] * len(ANSWERS)
    assert ["error" in r for r in found] == [False, False, True, False]

    as_csv = tmp_path / "out.csv"
    run(tmp_path, "--jobs", jobs, str(source), "-o", str(as_csv))
    text = as_csv.read_text(encoding="utf-8")
    assert text.splitlines()[0].endswith(",grader_version,error,question,answer")
    rows = list(csv.DictReader(io.StringIO(text)))
    shown = [(r["student"], r["answer"]) for r in rows]
    # a cell a spreadsheet would run as a formula is written to be shown, as every cell is
    assert shown == [(s, "'" + a if a.startswith("=") else a) for s, _, a in ANSWERS]


def test_a_bank_line_shows_its_answer_and_a_line_without_one_has_none(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"question_id": "mini-002", "answer": "softmax temperature"})
        + "\n"
        + json.dumps({"question_id": "nope", "answer": "mi respuesta"})
        + "\n"
        + json.dumps({"question_id": "mini-002", "answer": 4})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 1, result.stderr
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r.get("answer") for r in rows] == ["softmax temperature", "mi respuesta", None]
    assert "error" in rows[1] and "error" in rows[2] and "error" not in rows[0]
