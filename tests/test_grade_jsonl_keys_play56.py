"""`interviewer grade` reads a JSON Lines key in a spreadsheet's or a script's own spelling as
the field it names, as it reads a CSV header (play56; play55 left it: `{"Question": ...,
"Answer": ...}` was refused, every line `missing field 'answer'`, while the same CSV header
was read): case, spaces and hyphens aside. Other keys pass through exactly as written, and two
keys naming one field are that line's error."""

from __future__ import annotations

import io
import json
from pathlib import Path

from test_grade_question_text_play47 import run

from interviewer.core.batch_input import LineError, jsonl_lines, jsonl_records

MINI = str(Path(__file__).parent / "data" / "banks" / "mini.yaml")


def records(*lines: dict[str, object]) -> list[object]:
    raw = "".join(json.dumps(line) + "\n" for line in lines).encode()
    return [fields for _, fields in jsonl_records(io.BytesIO(raw))]


def test_keys_in_other_cases_name_the_fields_grade_reads() -> None:
    found = records(
        {"Student": "ana", "Question ID": "mini-001", "Answer": "a model"},
        {"QUESTION": "What is a stack?", "Reference": "last in, first out", "ANSWER": "lifo"},
        {"question-id": "mini-002", "answer": "x", "Keywords": ["a"]},
    )
    assert found == [
        {"Student": "ana", "question_id": "mini-001", "answer": "a model"},
        {"question": "What is a stack?", "reference": "last in, first out", "answer": "lifo"},
        {"question_id": "mini-002", "answer": "x", "keywords": ["a"]},
    ]
    # a key grade does not read is kept as written, spaces and all, in its place
    assert records({" Student ": "bo", "answer": ""}) == [{" Student ": "bo", "answer": ""}]
    # the Dask path reads lines through the same code
    lines = [json.dumps({"Answer": "y", "Question_ID": "mini-003"})]
    assert [f for _, f in jsonl_lines(lines)] == [{"answer": "y", "question_id": "mini-003"}]


def test_two_keys_naming_one_field_are_the_lines_error() -> None:
    (found,) = records({"answer": "one", "Answer": "two", "question_id": "mini-001"})
    assert isinstance(found, LineError)
    assert str(found) == "keys 'answer' and 'Answer' both name the field 'answer': keep one"


def test_a_class_file_with_capitalised_keys_is_graded(tmp_path: Path) -> None:
    source = tmp_path / "class.jsonl"
    rows = [
        {"Student": "ana", "Question_ID": "mini-002", "Answer": "It scales the logits."},
        {"Student": "bo", "Question": "What is a large language model?", "Answer": "A model."},
        {"Student": "cy", "answer": "x", "ANSWER": "y", "question_id": "mini-001"},
    ]
    source.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(tmp_path, "--bank", MINI, str(source), "-o", str(out))
    assert result.returncode == 1, result.stderr  # cy's line only
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["Student"] for r in found] == ["ana", "bo", "cy"]  # the error line names cy too
    assert [r.get("question_id") for r in found[:2]] == ["mini-002", "mini-001"]
    assert ["error" in r for r in found] == [False, False, True]
    assert found[0]["answer"] == "It scales the logits."
    assert "both name the field 'answer'" in found[2]["error"]
    assert found[2]["question_id"] == "mini-001"
