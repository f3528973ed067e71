"""Play 25 A5, C3: an answer of stop words only is not called empty; a key of stop words only
is an error for its line; a passing reference-mode grade says what it was credited for."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from interviewer.cli import main
from interviewer.core.grading import grade_reference

LIST_KEY = "Lists are mutable, so they can change; tuples are immutable and cannot change."


def test_an_answer_of_stop_words_only_says_it_has_no_content_words() -> None:
    grade = grade_reference("What is the difference between a list and a tuple?", LIST_KEY,
                            "Both are the same.")  # fmt: skip
    assert grade.score == 0.0 and grade.band == "missing"
    [note] = grade.feedback
    assert "nothing to grade" not in note
    assert "no content words" in note and "'both', 'are', 'the', 'same'" in note
    empty = grade_reference("What is a list?", LIST_KEY, "   ")
    assert empty.feedback == ("Write an answer: there was nothing to grade.",)


def test_a_key_of_stop_words_only_is_an_error_for_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"question": "What?", "reference": "the of and", "answer": "lists are mutable"},
        {"question": "What is a list?", "reference": LIST_KEY, "answer": "A list can change."},
    ]
    stdin = io.TextIOWrapper(io.BytesIO("".join(json.dumps(x) + "\n" for x in lines).encode()))
    monkeypatch.setattr("sys.stdin", stdin)
    with pytest.raises(SystemExit) as exited:
        main(["--data-dir", str(tmp_path), "grade", "-"])
    out, _ = capsys.readouterr()
    first, second = (json.loads(line) for line in out.splitlines())
    assert exited.value.code == 1
    assert "no content words" in first["error"] and "score" not in first
    assert "score" in second


def test_a_passing_reference_grade_says_what_it_was_credited_for() -> None:
    grade = grade_reference(
        "Why do we have seasons?",
        "Seasons happen because of the axial tilt of the Earth, which changes the angle of "
        "sunlight and the day length through the year.",
        "The Earth's axis is tilted, so through the year the sun hits each hemisphere at a "
        "different angle and days get longer or shorter.",
        keywords=["axial tilt", "angle of sunlight", "day length"],
    )
    assert grade.passed
    assert grade.feedback[0].startswith("Passed on its similarity to the answer key (")
    assert any(note.startswith("Not detected") for note in grade.feedback[1:])


def test_a_failing_grade_gets_no_credited_note() -> None:
    grade = grade_reference(
        "Why do we have seasons?",
        "Seasons happen because of the axial tilt of the Earth, which changes the angle of "
        "sunlight and the day length through the year.",
        "Because the Earth is closer to the sun in summer.",
        keywords=["axial tilt", "angle of sunlight", "day length"],
    )
    assert not grade.passed
    assert not any(note.startswith("Passed on") for note in grade.feedback)
