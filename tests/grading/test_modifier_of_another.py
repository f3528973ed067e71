"""A listed wrong claim whose noun compound ("gradient clipping" of "PPO uses gradient
clipping") is found where the answer's first word qualifies a noun of its own ("a policy
gradient RL algorithm") and the compound's head stands later, past a function word ("that
clips the probability ratio"), is not said (ties.modifier_of_another). Met while playing: a
correct PPO answer scored 7.8, "got wrong 'clipped probability ratio'"."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict

from interviewer.core.bank import load_bank
from interviewer.core.grading.ties import modifier_of_another
from interviewer.resources import bundled_banks_dir

BANK = load_bank(bundled_banks_dir() / "genai.yaml")
CLAIM = "PPO uses gradient clipping"


def test_the_first_word_qualifying_its_own_noun_is_not_the_compound() -> None:
    text = (
        "PPO is a policy gradient RL algorithm that clips the probability ratio so each "
        "update stays close to the old policy."
    )
    assert tie_verdict(modifier_of_another, CLAIM, text) is True


@pytest.mark.parametrize(
    "text",
    [
        "PPO uses gradient clipping.",
        "PPO relies on gradient clipping to keep updates small.",
        "PPO uses the gradient and clipping.",
        "In PPO the gradient is clipped.",
        "PPO uses gradient norm clipping.",
    ],
)
def test_the_compound_said_is_still_read(text: str) -> None:
    assert tie_verdict(modifier_of_another, CLAIM, text) is not True
