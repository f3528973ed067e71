"""One reading of "a behavioural prompt", under core/: `bank import` and grading use the same
function, and grading does not load the importers for it (core/story_prompts.py, star66)."""

from __future__ import annotations

import subprocess
import sys

from interviewer.core import story_prompts
from interviewer.core.grading import story_keys
from interviewer.core.importers import model


def test_the_importer_and_grading_use_the_one_reading() -> None:
    assert model.is_behavioural is story_prompts.is_behavioural
    assert story_keys.is_behavioural is story_prompts.is_behavioural


def test_grading_a_story_key_does_not_load_the_importers() -> None:
    probe = (
        "import sys\n"
        "from interviewer.core.bank import Question\n"
        "from interviewer.core.grading.story_keys import graded_as_story\n"
        "q = Question('c-07', 'Tell me about a time you disagreed with a teammate.',"
        " ('A good answer describes the disagreement and what was done.',))\n"
        "assert graded_as_story(q)\n"
        "print(sorted(m for m in sys.modules if m.startswith('interviewer.core.importers')))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_story_prompt_and_a_typo_of_one() -> None:
    assert story_prompts.is_behavioural("Tell me about a time you missed a deadline.")
    assert story_prompts.is_behavioural("Descibe a decision you made without all the data.")
    assert not story_prompts.is_behavioural("How do you prioritise urgent deadlines?")
