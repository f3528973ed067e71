"""`batch/error_lines.py`: the lines a batch cannot grade, named up to `ERRORS_SHOWN`, then
counted."""

from __future__ import annotations

import pytest

from interviewer.core.batch import error_lines
from interviewer.core.batch.error_lines import ErrorLines


def test_the_first_lines_are_named_then_the_rest_counted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(error_lines, "ERRORS_SHOWN", 2)
    errors = ErrorLines("class.csv")
    for line in (3, 4, 7):
        assert not errors.all_shown() or line == 7
        errors.tell({"line": line, "error": "no such question"})
    assert errors.all_shown() and (errors.shown, errors.more) == (2, 1)
    errors.end("out.csv", is_csv=True)
    said = capsys.readouterr().err.splitlines()
    assert said == [
        "class.csv:3: no such question",
        "class.csv:4: no such question",
        "interviewer: 1 more line could not be graded (not listed here): each has its reason"
        " in the 'error' column of out.csv",
    ]


def test_standard_input_names_lines_by_number() -> None:
    assert ErrorLines(None).where(12) == "line 12"
    assert ErrorLines("a.jsonl").where(12) == "a.jsonl:12"
