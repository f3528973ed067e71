"""`bank import` of an answer key says how to grade a class's answers against it (ids and
columns included), and the command it prints grades them; a list with no answers is only
suggested for practice."""

from __future__ import annotations

import csv
import shlex
from pathlib import Path

import pytest

from interviewer.cli import main

KEY = (
    "id,prompt,reference\n"
    "q1,What does a primary key guarantee?,Each row is identified uniquely and the key is never"
    " NULL.\n"
    "q2,What does COUNT(*) count?,COUNT(*) counts every row; COUNT(column) skips NULL values.\n"
)


def test_an_imported_key_names_the_grade_command_that_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    (tmp_path / "key.csv").write_text(KEY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(data), "bank", "import", "key.csv"])
    assert done.value.code in (0, None)
    said = capsys.readouterr().out.splitlines()[-1]
    prefix, _, tail = said.partition("Grade written answers against it: ")
    # play55: a question column with the questions' text is graded too
    columns = (
        " (columns question_id and answer, ids q1 ... q2; or a question column holding each"
        " question's text)"
    )
    assert prefix == "" and tail.endswith(columns)
    command = shlex.split(tail.removesuffix(columns))
    assert command[-5:] == ["--bank", "key", "answers.csv", "-o", "graded.csv"]
    with (tmp_path / "answers.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["student", "question_id", "answer"])
        writer.writerow(["ana", "q1", "It identifies every row uniquely and cannot be NULL."])
        writer.writerow(["ben", "q2", "It counts all rows, COUNT(col) ignores NULLs."])
    with pytest.raises(SystemExit) as graded:
        main(command[command.index("--data-dir") :])
    assert graded.value.code == 0
    rows = list(csv.DictReader((tmp_path / "graded.csv").open(encoding="utf-8")))
    assert [(row["student"], row["question_id"]) for row in rows] == [("ana", "q1"), ("ben", "q2")]
    assert all(float(row["score"]) > 0 and not row["error"] for row in rows)
    scores = [row["score"] for row in rows]
    # the same answers, each naming its question by its text as the key wrote it (play55)
    with (tmp_path / "answers.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Student", "Question", "Answer"])
        writer.writerow(["ana", "What does a primary key guarantee?", "It identifies every row"
                         " uniquely and cannot be NULL."])  # fmt: skip
        writer.writerow(["ben", "what does count(*) count", "It counts all rows, COUNT(col)"
                         " ignores NULLs."])  # fmt: skip
    with pytest.raises(SystemExit) as graded:
        main(command[command.index("--data-dir") :])
    assert graded.value.code == 0
    rows = list(csv.DictReader((tmp_path / "graded.csv").open(encoding="utf-8")))
    assert [(row["Student"], row["question_id"]) for row in rows] == [("ana", "q1"), ("ben", "q2")]
    assert [row["score"] for row in rows] == scores


def test_a_list_without_answers_is_not_offered_for_grading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.md"
    notes.write_text("## Indexes\n\n1. What is a database index?\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "bank", "import", str(notes)])
    said = capsys.readouterr().out
    assert "Practise it:" in said and "grade" not in said


def test_ids_offered_for_grading_leave_out_the_self_rated_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """play47: a list of 2 stories, 3 questions with no answer and a story offered "ids my-001
    ... my-006", as if the 3 in between could be graded; grading my-003 is an error."""
    notes = tmp_path / "my-questions.md"
    notes.write_text(
        "1. Tell me about a time you disagreed with your manager.\n"
        "2. Describe a situation where you missed a deadline.\n"
        "3. What is the difference between a process and a thread?\n"
        "4. How does an index speed up a query?\n"
        "5. What happens when you type a URL into a browser?\n"
        "6. Tell me about a time you failed.\n",
        encoding="utf-8",
    )
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path / "data"), "bank", "import", str(notes)])
    said = capsys.readouterr().out
    assert said.rstrip().endswith(
        "(columns question_id and answer, ids my-001 ... my-002, my-006; "
        "the 3 others have no reference answer; or a question column holding each question's text)"
    ), said


def test_many_runs_of_ids_are_counted_past_the_third() -> None:
    from interviewer.bank_cli import _id_runs

    ids = [f"q{n}" for n in range(1, 11)]
    kept = [True, False, True, True, True, False, True, False, True, True]
    assert _id_runs(ids, kept) == "q1, q3 ... q5, q7 and 2 more"
    assert _id_runs(ids[:1], kept[:1]) == "q1"
