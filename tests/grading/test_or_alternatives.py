"""A rubric phrase written "A or B" is also read as each alternative, the shared words kept
with both (or_alternatives.py); pairs that name the two ends of one choice are left whole."""

from __future__ import annotations

import pytest

from interviewer.core.bank import Bank, Concept, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.or_alternatives import alternatives


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("larger batches or sequences", ("larger batches", "larger sequences")),
        (
            "fresh or private knowledge without retraining",
            ("fresh knowledge without retraining", "private knowledge without retraining"),
        ),
        ("prompt or prefix tuning", ("prompt tuning", "prefix tuning")),
        ("replay or rehearsal", ("replay", "rehearsal")),
        ("input-level fusion or joint attention", ("input-level fusion", "joint attention")),
    ],
)
def test_the_alternatives_keep_the_shared_words(text: str, expected: tuple[str, ...]) -> None:
    assert alternatives(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "real or fake",  # the two ends of one choice
        "judges real or fake",
        "push particular tokens up or down",  # direction words
        "accept or reject each",  # antonyms.py
        "what to keep or forget",
        "stores numbers in 8 or 4 bits",  # numbers
        "one or two experts per token",
        "first or second answer",
        "three or more answers",  # a stop word beside "or"
        "no training or model access needed",  # a denial
        "before attackers or users do",  # would leave one word of a longer phrase
        "A/B testing",  # a slash is not read
        "cached or streamed or batched",  # two "or"
        "tools such as a calculator or web search",  # a list inside a longer phrase
        "feature extraction or fine-tuning",  # not "feature fine-tuning"
        "or so",
    ],
)
def test_pairs_of_one_choice_and_denials_are_left_whole(text: str) -> None:
    assert alternatives(text) == ()


QUESTION = Question(
    id="t-ckpt",
    prompt="What is gradient checkpointing?",
    reference_answers=(
        "Gradient checkpointing stores only some activations in the forward pass and "
        "recomputes the others in the backward pass, trading extra compute for memory, "
        "which allows larger batches or sequences.",
    ),
    concepts=(
        Concept("recomputes activations", 2, ("recomputes the activations",)),
        Concept("larger batches or sequences", 1),
        Concept("extra compute", 1, ("more compute",)),
    ),
)


@pytest.fixture(scope="module")
def grader() -> Grader:
    return Grader()


def test_one_alternative_with_the_shared_modifier_credits_the_concept(grader: Grader) -> None:
    grade = grader.grade(
        QUESTION,
        "It recomputes the activations during the backward pass instead of storing them, "
        "which costs more compute but lets you train on larger sequences.",
    )
    assert "larger batches or sequences" not in grade.not_said
    assert "larger batches or sequences" not in {c.concept for c in grade.contradictions}


def test_the_shared_modifier_alone_does_not_credit_it(grader: Grader) -> None:
    grade = grader.grade(
        QUESTION,
        "It recomputes the activations during the backward pass instead of storing them, "
        "which costs more compute; larger models need it most.",
    )
    assert "larger batches or sequences" in grade.not_said


def test_a_hyphenated_word_still_shares_a_head_after_it() -> None:
    assert alternatives("pre-training or fine-tuning data") == (
        "pre-training data",
        "fine-tuning data",
    )


# review64's sentences (fix64): an alternative of one word taken out of an alias (often a
# fragment of the description) credited wrong answers; each was credited the concept by
# 'harmful', 'law', 'web search', 'understand' alone before the fix
@pytest.mark.parametrize(
    ("qid", "answer", "concept"),
    [
        ("genai-104", "RLHF made the answers more harmful.", "more helpful and safer"),
        ("genai-104", "RLHF trained the model to be harmful.", "more helpful and safer"),
        ("genai-016", "Hallucinations only happen in law.", "trust risk"),
        ("genai-120", "LangChain is a web search engine.", "agents"),
        ("genai-127", "CLIP can understand images and text.", "understanding and generation"),
    ],
)
def test_a_single_word_of_an_alias_does_not_credit_the_concept(
    qid: str, answer: str, concept: str, genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get(qid), answer)
    assert concept in grade.not_said


def test_a_single_word_of_a_concept_named_a_or_b_still_credits_it(
    genai: Bank, genai_grader: Grader
) -> None:
    grade = genai_grader.grade(genai.get("genai-092"), "It mixes in rehearsal of old examples.")
    assert "replay or rehearsal" not in grade.not_said
