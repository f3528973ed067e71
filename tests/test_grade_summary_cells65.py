"""code65: the Markdown summary of `grade --summary` escapes every Markdown special in the text
it takes from the input, as the report does (`md_inline`): a student named `[ann](x)` or
`*bob*` was rendered as a link or in bold in a teacher's summary, since only `|` was escaped."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured

MINI = str(Path(__file__).parent / "data" / "banks" / "mini.yaml")
CLASS = (
    "student,question_id,answer\n"
    "[ann](x),mini-002,logits\n"
    "*bob*,mini-001,an answer\n"
    "<b>cy</b> #1,mini-002,softmax\n"
    "snake_case_name,mini-404,a question the bank does not hold\n"
)


def test_a_students_markup_is_shown_as_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Fails on the base: the cells read `[ann](x)`, `*bob*` and `<b>cy</b> #1` bare."""
    source = tmp_path / "class [1].csv"
    source.write_text(CLASS, encoding="utf-8")
    summary = tmp_path / "summary.md"
    args = ["--data-dir", str(tmp_path / "data"), "grade", "--bank", MINI, str(source)]
    run_captured([*args, "-o", str(tmp_path / "out.csv"), "--summary", str(summary)], capsys)
    text = summary.read_text(encoding="utf-8")
    assert "| \\[ann\\](x) | 1 |" in text
    assert "| \\*bob\\* | 1 |" in text
    assert "| \\<b\\>cy\\</b\\> \\#1 | 1 |" in text
    # an underscore inside a word stays bare: it is no emphasis there
    assert "| snake_case_name | 0 |" in text
    assert "| 5 | snake_case_name | mini-404 | bank " in text
    title = text.splitlines()[0]  # the input file's name is escaped too
    assert title.startswith("# Grading summary: ") and title.endswith("/class \\[1\\].csv")
