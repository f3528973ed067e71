"""veto57: wrong readings the grader still made (issue 8).

- "on" or "off" opening a hyphenated word ("on-policy", "off-policy", "on-device") is read with
  it as one compound word (text/particles.py): a rubric
  phrase "on-policy distillation samples from the teacher" had kept only "policy distillation
  samples teacher" and flagged a correct "off-policy distillation trains on teacher outputs".
- A phrase that says a thing happens "by itself" ("tokens spread evenly by themselves", "on its
  own") keeps the qualifier (text/reflexives.py): a correct "a balancing loss keeps tokens spread
  evenly" had been flagged (wrong_claims_probes56's genai-149 control).
Each test of a new reading failed on 5d1ada7; the tests that something is still caught pass on
both.
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching.answer import Answer
from interviewer.core.grading.matching.matches import match_phrase
from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.text import Text


def found(phrase: str, answer: str) -> bool:
    made = make_phrase(phrase)
    assert made is not None
    text = Text.of(answer)
    return match_phrase(made, Answer.of(text)) is not None


def flagged(genai, genai_grader, question_id: str, answer: str) -> bool:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return bool(grade.contradictions or grade.misconceptions)


@pytest.mark.parametrize(
    ("phrase", "answer"),
    [
        ("on-policy distillation", "Off-policy distillation trains on fixed teacher outputs."),
        ("off-policy methods", "PPO and GRPO are on-policy methods."),
        ("on-device inference", "Inference runs off-device, in the cloud."),
    ],
)
def test_a_particle_word_is_not_found_with_another_particle(phrase: str, answer: str) -> None:
    assert not found(phrase, answer)


@pytest.mark.parametrize(
    ("phrase", "answer"),
    [
        ("on-policy distillation", "On-policy distillation has the student sample."),
        ("on-policy distillation", "The distillation is on policy: the student samples."),
        ("in-context examples", "Clear instructions, context, examples and a format."),
        ("policy gradient", "An on-policy gradient method."),
        ("off-the-shelf model", "We took an off-the-shelf model."),
    ],
)
def test_a_particle_word_is_still_found(phrase: str, answer: str) -> None:
    assert found(phrase, answer)


def test_a_correct_off_policy_sentence_is_not_flagged(genai, genai_grader) -> None:
    answer = (
        "Forward KL is mode-covering and reverse KL is mode-seeking. Off-policy distillation "
        "trains on teacher outputs, a fixed set of sequences, while on-policy distillation has "
        "the student sample its own sequences and the teacher score them."
    )
    assert not flagged(genai, genai_grader, "genai-187", answer)


def test_the_wrong_on_policy_sentence_is_still_flagged(genai, genai_grader) -> None:
    answer = (
        "Forward KL covers modes, reverse KL seeks one mode. In on-policy distillation the "
        "teacher generates the sequences and the student imitates them."
    )
    assert flagged(genai, genai_grader, "genai-187", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "A balancing loss keeps tokens spread evenly across the experts.",
        "An auxiliary loss keeps tokens spread evenly so no expert is overloaded.",
    ],
)
def test_a_phrase_said_by_itself_needs_the_qualifier(answer: str) -> None:
    assert not found("tokens spread evenly by themselves", answer)


@pytest.mark.parametrize(
    "answer",
    [
        "Tokens spread evenly by themselves.",
        "Tokens spread out evenly on their own.",
    ],
)
def test_a_phrase_said_by_itself_is_found_with_any_form(answer: str) -> None:
    assert found("tokens spread evenly by themselves", answer)


def test_a_balancing_loss_that_spreads_tokens_is_not_flagged(genai, genai_grader) -> None:
    answer = (
        "A router sends each token to its top-k experts, so only a fraction of the parameters "
        "are active per token. An auxiliary load-balancing loss and capacity limits keep tokens "
        "spread evenly so a few experts do not get all the traffic. All experts must sit in "
        "memory, and expert parallelism needs communication between devices."
    )
    assert not flagged(genai, genai_grader, "genai-149", answer)


def test_tokens_spreading_by_themselves_is_still_flagged(genai, genai_grader) -> None:
    answer = (
        "A router sends each token to the top-k experts, so only some parameters are active. No "
        "balancing loss is needed, because tokens spread evenly across the experts by themselves."
    )
    assert flagged(genai, genai_grader, "genai-149", answer)
