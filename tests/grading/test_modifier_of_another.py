"""A listed wrong claim whose noun compound ("gradient clipping" of "PPO uses gradient
clipping") is found where the answer's first word qualifies a noun of its own ("a policy
gradient RL algorithm") and the compound's head stands later, past a function word ("that
clips the probability ratio"), is not said (ties.modifier_of_another). Met while playing: a
correct PPO answer scored 7.8, "got wrong 'clipped probability ratio'"."""

from __future__ import annotations

import pytest
from clause_match import tie_verdict

from interviewer.core.bank import load_bank
from interviewer.core.grading.matching import Answer, make_phrase, match_phrase
from interviewer.core.grading.text import Text
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


# veto54: misconceptions read the rule only where the answer's modifier is hyphen-joined, a
# term's name (correct_probes52 cp52-022, genai-166, flagged since claims52's take-back).
GQA = "fewer query heads"  # one of the misconception's phrases


def misconception_verdict(text: str) -> bool | None:
    """The rule's verdict, read as misconceptions read it (hyphenated), on GQA found as a
    misconception is found (match_phrase over a segment); None when it is not found."""
    phrase = make_phrase(GQA)
    assert phrase is not None
    answer = Answer.of(Text.of(text))
    match = match_phrase(phrase, answer, unit="segment", needed=1.0)
    if match is None:
        return None
    return modifier_of_another(phrase, answer, list(match.positions), hyphenated=True)


def test_a_hyphenated_term_is_not_the_compound_for_a_misconception() -> None:
    assert misconception_verdict("Servers use grouped-query attention with fewer KV heads.")


@pytest.mark.parametrize(
    "text",
    [
        "Servers use grouped query attention with fewer KV heads.",
        "GQA keeps fewer query heads.",
    ],
)
def test_without_a_hyphen_a_misconception_does_not_read_the_rule(text: str) -> None:
    assert misconception_verdict(text) is False


def test_cp52_022_is_not_flagged_and_the_misconception_still_is(genai, genai_grader) -> None:
    question = genai.get("genai-166")
    correct = genai_grader.grade(
        question,
        "Whereas the weights are a fixed cost, the KV cache grows linearly with batch size and "
        "sequence length. To avoid running out of GPU memory, servers page the cache, quantize "
        "it, or use grouped-query attention with fewer KV heads.",
    )
    assert not correct.misconceptions and not correct.contradictions
    wrong = genai_grader.grade(
        question,
        "The KV cache grows with sequence length. GQA reduces the number of query heads, "
        "so the cache shrinks.",
    )
    assert wrong.misconceptions or wrong.contradictions
