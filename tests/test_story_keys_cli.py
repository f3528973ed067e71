"""A user's behavioural questions keyed as instructions, as the user meets them: `bank validate`
says they are graded as stories, and practice hints at the STAR parts (grading/story_keys.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run_captured as run

from interviewer.core.bank import Question
from interviewer.core.practice import STAR_HINTS, hint_steps

DATA = Path(__file__).resolve().parent / "data"
MISTAKE = Question(
    "c-08",
    "Describe a mistake you made at work and what you learned from it.",
    ("A good answer names a real mistake and takes ownership of it without blaming others.",),
)


def test_bank_validate_names_the_questions_graded_as_stories(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, mini = DATA / "star65_bank.yaml", DATA / "banks" / "mini.yaml"
    code, out, _ = run(
        ["--data-dir", str(tmp_path), "bank", "validate", str(path), str(mini)], capsys
    )
    assert code == 0
    [ok, stories, mini_ok] = out.strip().splitlines()  # mini.yaml asks for no story
    assert ok.endswith("9 questions, 9 with reference answers, 0 with rubrics")
    assert stories.startswith(f"{path}: b-01, b-02, b-03, b-04, c-07, c-08 ask for a story")
    assert "`rubric: star`" in stories and mini_ok.startswith(f"{mini}: ok")


def test_practice_hints_at_the_star_parts_of_a_question_graded_as_a_story() -> None:
    # it hinted at the key's words ("ownership", "blaming"), which the story is not graded on
    assert hint_steps(MISTAKE) == tuple(f"Think about: {part}" for part in STAR_HINTS)
