"""`interviewer grade` names each line's question (play47): a reference-mode line has no
question id, so its output row carries the question text it was given, in JSON Lines and CSV,
on graded lines and error lines alike; the columns that were there keep their names and places."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from cli_helpers import grade_process as run

from interviewer.core.batch import CSV_OUTPUT_FIELDS

REPO = Path(__file__).parent.parent
MINI = str(REPO / "tests" / "data" / "banks" / "mini.yaml")
QUESTIONS = {
    "What is a stack?": "A stack is last-in first-out: push adds on top, pop removes the top.",
    "What is a queue?": "A queue is first-in first-out: enqueue at the back, dequeue at the front.",
    "What does a hash map do?": "A hash map stores values by key, found through the key's hash.",
}
OLD_COLUMNS = (
    "line,student,question_id,score,band,similarity,coverage,matched,missed,misconceptions,"
    "flags,feedback,grader_version,error"
)
"""The CSV output's columns before play47, with one passed-through column."""


def class_file(tmp_path: Path) -> Path:
    """3 questions x 3 students as a teacher writes them: question and reference, no id; one
    student's row has an empty reference (an error line)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["student", "question", "reference", "answer"])
    for student in ("ana", "bo", "cy"):
        for question, reference in QUESTIONS.items():
            empty = student == "bo" and question.startswith("What is a queue")
            writer.writerow([student, question, "" if empty else reference, reference.lower()])
    source = tmp_path / "class.csv"
    source.write_text(out.getvalue(), encoding="utf-8")
    return source


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_reference_mode_rows_name_their_question_in_csv_and_json_lines(tmp_path, jobs):
    source = class_file(tmp_path)
    asked = [(s, q) for s in ("ana", "bo", "cy") for q in QUESTIONS]
    as_csv = tmp_path / "out.csv"
    result = run(tmp_path, "--jobs", jobs, str(source), "-o", str(as_csv))
    assert result.returncode == 1, result.stderr  # bo's empty reference
    text = as_csv.read_text(encoding="utf-8")
    assert text.splitlines()[0] == OLD_COLUMNS + ",question,answer"  # answer: play49
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(r["student"], r["question"]) for r in rows] == asked
    assert [bool(r["error"]) for r in rows] == [s == "bo" and "queue" in q for s, q in asked]
    assert all(r["question_id"] == "" for r in rows)

    as_jsonl = tmp_path / "out.jsonl"
    run(tmp_path, "--jobs", jobs, str(source), "-o", str(as_jsonl))
    found = [json.loads(line) for line in as_jsonl.read_text(encoding="utf-8").splitlines()]
    assert [(r["student"], r["question"]) for r in found] == asked
    grade_keys = OLD_COLUMNS.split(",")[3:-1]  # score ... grader_version
    assert [list(r) for r in found] == [
        ["line", "student", "error", "question", "answer"]
        if s == "bo" and "queue" in q
        else ["line", "student", *grade_keys, "question", "answer"]
        for s, q in asked
    ]


def test_the_columns_before_question_keep_their_places() -> None:
    assert ",".join(CSV_OUTPUT_FIELDS[:1] + ("student",) + CSV_OUTPUT_FIELDS[1:-2]) == OLD_COLUMNS
    assert CSV_OUTPUT_FIELDS[-2:] == ("question", "answer")  # answer: play49


def test_a_bank_line_without_question_text_gets_the_banks_prompt(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"question_id": "mini-002", "answer": "softmax temperature"})
        + "\n"
        + json.dumps({"question_id": "mini-002", "question": "Temperature?", "answer": "x"})
        + "\n"
        + json.dumps({"question": "What is a stack?", "answer": "LIFO"})
        + "\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.jsonl"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 1, result.stderr  # the last line names no reference
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    # play50: a bank line without question text gets the bank's prompt for its id
    temperature = "What is temperature in text generation?"
    assert [r.get("question") for r in rows] == [temperature, "Temperature?", "What is a stack?"]
    assert "error" in rows[2] and "error" not in rows[1]


def test_a_csv_row_that_cannot_be_read_still_names_its_question(tmp_path):
    """A row with a cell too many (an unquoted comma in the answer) is an error that keeps the
    cells under the named columns: its question among them."""
    source = tmp_path / "in.csv"
    source.write_text(
        "student,question,reference,answer\ndee,What is a stack?,Last in first out.,LIFO, mostly\n",
        encoding="utf-8",
    )
    target = tmp_path / "out.csv"
    result = run(tmp_path, str(source), "-o", str(target))
    assert result.returncode == 1, result.stderr
    (row,) = csv.DictReader(io.StringIO(target.read_text(encoding="utf-8")))
    assert row["error"].startswith("the row has 5 cells")
    assert (row["student"], row["question"]) == ("dee", "What is a stack?")
