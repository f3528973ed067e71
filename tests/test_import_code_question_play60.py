"""play60: a code question imported from a table or a JSON line ("What does the following code
print?" and its code on the lines under it) lost its line breaks and indentation, so the code
read as one run-on line; it keeps them, while a prose question wrapped over lines is joined."""

from __future__ import annotations

import json
from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.importers import parse_jsonl, parse_table, to_bank_yaml

CODE = (
    "What does this Python function return for f(3)? (easy)\n"
    "def f(n):\n"
    "    if n < 2:\n"
    "        return n\n"
    "    return f(n - 1) + f(n - 2)"
)
CSV = (
    "question,answer\n"
    '"What does the following code print?\n'
    "console.log('one');\n"
    "setTimeout(() => console.log('two'), 0);\n"
    'console.log(\'three\');","one, three, two"\n'
    f'"{CODE}","2"\n'
    '"What is a\nlong question?","An answer"\n'
)


def test_a_table_s_code_question_keeps_its_lines_and_indentation() -> None:
    found = parse_table(CSV, "code.csv", ",")
    js, py, prose = found.questions
    assert js.prompt == (
        "What does the following code print?\n"
        "console.log('one');\n"
        "setTimeout(() => console.log('two'), 0);\n"
        "console.log('three');"
    )
    assert py.prompt == CODE.replace(" (easy)", "")
    assert py.level == "beginner"
    assert prose.prompt == "What is a long question?"
    assert [e.kind for e in found.account].count("question") == 11


def test_a_json_line_s_code_question_keeps_its_lines() -> None:
    found = parse_jsonl(json.dumps({"question": CODE, "answer": "2"}) + "\n", "code.jsonl")
    [question] = found.questions
    assert question.prompt.splitlines()[1:] == CODE.splitlines()[1:]
    assert question.level == "beginner"


def test_the_written_bank_loads_with_the_code_as_written(tmp_path: Path) -> None:
    path = tmp_path / "code.yaml"
    path.write_text(to_bank_yaml(parse_table(CSV, "code.csv", ","), "code"), encoding="utf-8")
    bank = load_bank(path)
    assert bank.get("code-002").prompt == CODE.replace(" (easy)", "")
    assert bank.get("code-001").prompt.count("\n") == 3
