"""play59: in a JSON line, `"keywords": "push; pop"` was read as one keyword, "push; pop",
where the same cell of a CSV file is two (`;` separates them, docs/scale.md): the output
named "push; pop" as one concept matched or missed. A text is split as the CSV cell is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run_captured

from interviewer.core.batch_input.fields import parse_item

STACK = {
    "question": "What is a stack?",
    "reference": "A stack is last in, first out: push adds on top and pop removes the top item.",
    "answer": "A stack is LIFO: you push onto the top and pop from the top.",
}


def test_a_keywords_text_is_split_as_a_csv_cell_is():
    item = parse_item(1, {**STACK, "keywords": "push; pop"})
    assert item.question is not None
    assert [c.name for c in item.question.concepts] == ["push", "pop"]
    listed = parse_item(1, {**STACK, "keywords": ["push", "pop"]})
    assert listed.question is not None
    assert [c.name for c in listed.question.concepts] == ["push", "pop"]
    one = parse_item(1, {**STACK, "keywords": "push"})
    assert one.question is not None and [c.name for c in one.question.concepts] == ["push"]


def test_grade_names_each_keyword_of_a_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("INTERVIEWER_DATA_DIR", str(tmp_path))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({**STACK, "keywords": "push; pop"}) + "\n", encoding="utf-8")
    code, out, _ = run_captured(["grade", str(source)], capsys)
    assert code == 0
    [row] = [json.loads(line) for line in out.splitlines()]
    assert row["matched"] == ["push", "pop"]
