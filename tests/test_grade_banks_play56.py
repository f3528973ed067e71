"""`interviewer grade --bank A --bank B` grades a class answering questions of two banks in one
run (play56; stop 44 left it: each run failed the other bank's lines, so a teacher ran it twice
and merged the outputs): each line is graded against the first bank that holds its question,
by id or by text, with the grade a run with that bank alone gives; a line no bank holds is an
error naming every bank (lead56; play56 named the first), with the nearest prompt of any of them
suggested, and the summary names them all."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_grade_question_text_play47 import run

MINI = str(Path(__file__).parent / "data" / "banks" / "mini.yaml")
ROWS = [
    ("ana", "mini-002", "", "Temperature divides the logits before softmax."),
    ("bo", "", "Tell me about a time you disagreed with a teammate about how to build"
     " something.", "I disagreed with Bob on the design of our cache; I proposed a test, we ran"
     " it and shipped on time with 20% fewer bugs. I learned to bring data."),
    ("cy", "beh-002", "", "I worked with a night owl; we agreed core hours and it worked."),
    ("dee", "", "What is a large language model?", "A large neural network trained on text."),
    ("eve", "", "What is your favourite colour?", "blue"),
]  # fmt: skip


def class_file(tmp_path: Path) -> Path:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["student", "question_id", "question", "answer"])
    writer.writerows(ROWS)
    source = tmp_path / "class.csv"
    source.write_text(out.getvalue(), encoding="utf-8")
    return source


def graded(tmp_path: Path, *args: str) -> tuple[list[dict[str, object]], str]:
    out = tmp_path / "out.jsonl"
    result = run(tmp_path, *args, str(class_file(tmp_path)), "-o", str(out))
    assert result.returncode == 1, result.stderr  # eve's question is in neither bank
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return rows, result.stderr.decode("utf-8")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_two_banks_grade_every_line_as_its_own_bank_does(tmp_path: Path, jobs: str) -> None:
    both, err = graded(tmp_path, "--jobs", jobs, "--bank", MINI, "--bank", "behavioural")
    assert [r["student"] for r in both] == ["ana", "bo", "cy", "dee", "eve"]
    assert ["error" in r for r in both] == [False, False, False, False, True]
    ids = [r.get("question_id") for r in both[:4]]
    assert ids == ["mini-002", "beh-001", "beh-002", "mini-001"]
    # the grade a run with that bank alone gives
    mini, _ = graded(tmp_path, "--bank", MINI)
    alone, _ = graded(tmp_path, "--bank", "behavioural")
    expected = [mini[0], alone[1], alone[2], mini[3]]
    assert [r["score"] for r in both[:4]] == [r["score"] for r in expected]
    assert [r["matched"] for r in both[:4]] == [r["matched"] for r in expected]
    assert (
        "no question of banks 'mini' or 'behavioural' reads 'What is your favourite colour?'"
    ) in both[4]["error"]  # every bank named (lead56), not the first only
    assert (
        "3 lines give their question as text, with no question_id or reference: 2 were graded"
        " against the bank 'mini' or 'behavioural' question their text is (lines 3, 5); 1"
        " matched no question of bank 'mini' or 'behavioural'"
    ) in err
    assert "5 lines: 4 graded, 1 error" in err


def test_one_bank_names_the_other_and_the_run_that_grades_both(tmp_path: Path) -> None:
    _, err = graded(tmp_path, "--bank", MINI)
    assert (
        "interviewer: line 3 is a question of bank 'behavioural': grade it with --bank"
        " behavioural, or every line in one run with --bank mini --bank behavioural"
    ) in err


def test_a_near_miss_of_the_second_bank_is_suggested(tmp_path: Path) -> None:
    """lead56: the near miss was searched in the first bank only, so a line that misspelt a
    behavioural prompt was told "no question of bank 'mini'" with no suggestion."""
    source = tmp_path / "near.csv"
    source.write_text(
        "student,question,answer\n"
        'zed,"Tell me about a time you disagreed with a teammate about how to build somthing",'
        "We compared designs with a quick test and chose the faster one.\n",
        encoding="utf-8",
    )
    out = tmp_path / "near.jsonl"
    result = run(tmp_path, "--bank", MINI, "--bank", "behavioural", str(source), "-o", str(out))
    assert result.returncode == 1
    [row] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert "no question of banks 'mini' or 'behavioural' reads" in row["error"]
    assert "(did you mean beh-001: 'Tell me about a time you disagreed with" in row["error"]
