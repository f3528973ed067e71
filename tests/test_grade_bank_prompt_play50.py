"""`interviewer grade --bank`: each row names its question by the bank's prompt (play50; the
`question` cell of a bank-mode row was empty, so a teacher read an id and an answer but not
what was asked). A question the line gives is kept as given; an unknown id has no prompt."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_grade_question_text_play47 import run

MINI = str(Path(__file__).parent / "data" / "banks" / "mini.yaml")
TEMPERATURE = "What is temperature in text generation?"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_bank_row_names_its_question_by_the_banks_prompt(tmp_path: Path, jobs: str) -> None:
    source = tmp_path / "class.csv"
    source.write_text(
        "student,question_id,answer\n"
        "ana,mini-002,Temperature scales the logits before softmax.\n"
        "bo,nope,a queue\n",
        encoding="utf-8",
    )
    target = tmp_path / "graded.csv"
    result = run(tmp_path, "--jobs", jobs, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 1, result.stderr  # bo's unknown id
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [(r["student"], r["question"]) for r in rows] == [("ana", TEMPERATURE), ("bo", "")]
    assert rows[0]["error"] == "" and rows[1]["error"]


def test_a_question_the_line_gives_is_kept_as_given(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {"question_id": "mini-002", "question": "Q2 (temperature)", "answer": "It scales logits."},
        {"question_id": "mini-002", "answer": "It scales logits."},
    ]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    target = tmp_path / "out.jsonl"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(target))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert [r["question"] for r in rows] == ["Q2 (temperature)", TEMPERATURE]
    assert [list(r)[-2:] for r in rows] == [["question", "answer"]] * 2
