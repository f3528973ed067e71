"""Plain wordings of reward hacking that name no reward (para56, issue 8).

plain_words.txt read "game the reward model" and "game the scorer" as reward hacking, but a plain
answer that has just named the scorer says "the model learns to game it", or "game the judge":
on the tunable splits a fresh-dev paraphrase graded 4 (genai-101) said "the model learns to game
it with longer, flattering replies" and was not credited with reward hacking (73.9). Each case
failed before the table learned the wording (grader 3.40, bfdeb6e).
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.plain_words import PlainWords
from interviewer.core.grading.text import Text


def _read(key: str, answer: str, prompt: str = "What are the challenges of RLHF?") -> list[str]:
    return PlainWords.of(prompt, [key]).read(Text.of(answer)).words


@pytest.mark.parametrize(
    "answer",
    [
        "Over time the policy learns to game it.",
        "The chatbot learned to game the judge that scores it.",
        "It ends up gaming the metric instead of getting better.",
    ],
)
def test_gaming_the_judge_is_read_as_reward_hacking(answer):
    words = _read("RLHF risks reward hacking.", answer)
    assert "hacking" in words, words


def test_not_read_where_the_key_does_not_name_reward_hacking():
    answer = "Over time the policy learns to game it."
    assert _read("RLHF trains a reward model on human rankings.", answer) == Text.of(answer).words


def test_a_plain_answer_that_games_the_scorer_is_credited_with_reward_hacking(genai, genai_grader):
    answer = (
        "Asking people to rank answers is slow and costly, and the reward model is only a rough "
        "copy of their taste, so the model learns to game it by writing long, flattering replies."
    )
    grade = genai_grader.grade(genai.get("genai-101"), answer)
    assert "reward hacking" in {m.concept for m in grade.matched}, grade.missed
    assert not grade.contradictions and not grade.misconceptions
