"""A listed wrong claim that names its subject ("GRPO drops the clipping", genai-175) is also
found where a pronoun opening the clause stands for that subject: "GRPO samples a group of
answers. It drops the clipping." Only a pronoun that stands for the one subject named, right
before the claim's words, and never where it is denied or said of the other subject."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from interviewer.core.bank import Bank
from interviewer.core.grading import Grader
from interviewer.core.grading.claims import subject_named_first
from interviewer.core.grading.matching import make_phrase
from interviewer.core.grading.subjects import Subject

REPO = Path(__file__).resolve().parent.parent.parent


@pytest.mark.parametrize(
    "answer",
    [
        "GRPO samples a group of answers for each prompt. It drops the clipping, since the "
        "group comparison keeps updates stable.",
        "GRPO compares each answer with the group average, and it simply drops the clipping.",
        "GRPO scores a group of answers per prompt; it then drops the clipping entirely.",
    ],
)
def test_a_wrong_claim_said_through_a_pronoun_is_found(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-175"), answer)
    found = [c for c in grade.contradictions if c.concept == "clipped objective"]
    assert found
    assert all(e in answer for c in found for e in c.evidence)


@pytest.mark.parametrize(
    "answer",
    [
        # denied
        "GRPO samples a group of answers for each prompt. It does not drop the clipping.",
        # the pronoun stands for PPO, the one subject its sentence names
        "GRPO samples a group of answers. PPO trains a critic, and it drops the clipping.",
        # two subjects named before the pronoun: it cannot be told which one it is
        "GRPO and PPO both optimise a policy. It drops the clipping.",
        # the claim's words under a word of denial: "skips the clipping" is no "drops" claim
        "GRPO samples a group of answers. It skips dropping the clipping.",
        # no pronoun: what drops the clipping is another noun
        "GRPO samples a group of answers. The ablation drops the clipping.",
    ],
)
def test_a_pronoun_claim_is_left_alone_where_it_is_not_said_of_the_subject(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-175"), answer)
    assert "clipped objective" not in {c.concept for c in grade.contradictions}


def _subject(name: str) -> Subject:
    phrase = make_phrase(name)
    assert phrase is not None
    return Subject(name, (phrase,))


def test_the_rest_of_the_claim_must_say_two_words() -> None:
    subjects = [_subject("GRPO"), _subject("PPO")]
    claim = make_phrase("PPO drops the clipping")
    assert claim is not None
    found = subject_named_first(claim, subjects)
    assert found is not None
    assert found[0] == 1
    assert [t[1] for t in found[1].tokens] == [t[1] for t in claim.tokens[1:]]
    # "uses a larger rank": one word besides a direction word says too little on its own
    short = make_phrase("DoRA uses a larger rank")
    assert short is not None
    assert subject_named_first(short, [_subject("DoRA")]) is None
    # a claim that does not open with a subject's name is not read so
    other = make_phrase("the clipping is dropped by GRPO")
    assert other is not None
    assert subject_named_first(other, subjects) is None


_GRADER: dict[str, tuple[Bank, Grader]] = {}


def _genai() -> tuple[Bank, Grader]:
    if not _GRADER:
        from interviewer.core.bank import load_bank

        bank = load_bank(REPO / "banks" / "genai.yaml")
        _GRADER["genai"] = (bank, Grader(bank))
    return _GRADER["genai"]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(
        st.sampled_from(
            "it they which GRPO PPO drops the clipping keeps a critic and but . , ; not "
            "group samples".split()
        ),
        max_size=25,
    )
)
def test_any_wording_grades_and_quotes_the_answer(words: list[str]) -> None:
    bank, grader = _genai()
    answer = " ".join(words)
    grade = grader.grade(bank.get("genai-175"), answer)
    assert all(e in answer for c in grade.contradictions for e in c.evidence)


@pytest.mark.parametrize(
    "answer",
    [
        # the rubric lists "Mamba better at recall"; the answer names Mamba as an SSM
        "State-space models keep a fixed-size state, and an SSM is clearly better than "
        "attention at recall of old tokens.",
        "Mamba has a constant-size state. SSMs are better at recall than transformers.",
    ],
)
def test_a_wrong_claim_said_of_the_subject_by_another_name_is_found(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-169"), answer)
    found = [c for c in grade.contradictions if c.concept == "weaker exact recall"]
    assert found
    assert all(e in answer for c in found for e in c.evidence)


@pytest.mark.parametrize(
    "answer",
    [
        "An SSM is not better than attention at recall: its state is lossy.",
        "Attention is better than an SSM at recall, since it keeps every token.",
        "It is a myth that an SSM is better at recall.",
    ],
)
def test_another_name_does_not_make_a_right_claim_wrong(
    answer: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-169"), answer)
    assert "weaker exact recall" not in {c.concept for c in grade.contradictions}


def test_the_longest_name_of_a_subject_is_taken_off() -> None:
    # "the target model guesses" names "target model": what is left ("guesses") is too short
    subjects = [Subject("target", (make_phrase("target"), make_phrase("target model")))]  # type: ignore[arg-type]
    claim = make_phrase("the target model guesses")
    assert claim is not None
    assert subject_named_first(claim, subjects, least=1) is None
