"""veto56: fluent wrong answers (issue 8).

- A sentence with no subject of its own, set in another time ("Before transformers, the model
  read ...") or, on a question that names one phase, in the other ("During training the model
  predicts all tokens simultaneously" on "How are tokens generated in GPT?"), is not read as said
  of the question's subject (subjectless_claims.another_time). The two held-out sentences of
  stop 44's second reader are regression cases (no rubric line touched); the tunable cases are
  written for this test.
- A belief reported as other people's ("people often say X", "a common belief is that X", "it
  is often said that", "many believe") is dismissed, unless endorsed right after
  (denial_words.DISMISSING).
- A question's own misconception that opens with its subject is found said without it, as the
  `contradicts` lines are (misconceptions._said_without_subject).
Each test of a new reading failed on bfdeb6e; the tests that something is still caught, or
still not flagged, pass on both.
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.subjectless_claims import another_time


def flagged(genai, genai_grader, question_id: str, answer: str) -> bool:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return bool(grade.contradictions or grade.misconceptions)


def test_another_time_reads_earlier_times_and_the_other_phase() -> None:
    generation = frozenset({"tokens", "generated", "generat", "gpt"})
    assert another_time("before transformers the model".split(), frozenset())
    assert another_time("during training the model".split(), generation)
    assert another_time("at the training stage".split(), generation)
    assert not another_time("during training the model".split(), frozenset({"gpt"}))
    assert not another_time("during generation the model".split(), generation)
    assert not another_time("in gpt each".split(), generation)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-021",
            "Before transformers, the model read the sentence word by word; now attention lets "
            "every token look at every other token at once.",
        ),
        (
            "genai-026",
            "During training the model predicts all tokens simultaneously, because teacher "
            "forcing feeds the true previous tokens and a causal mask hides the future.",
        ),
        (
            "genai-034",
            "Before masking, each token attends to earlier and later tokens; the mask then "
            "removes the later ones.",
        ),
    ],
)
def test_a_subjectless_sentence_in_another_time_is_not_flagged(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    assert not flagged(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-034", "During training, each token attends to earlier and later tokens."),
        ("genai-034", "Each token attends to earlier and later tokens."),
        ("genai-163", "During decoding the model processes all tokens in parallel."),
    ],
)
def test_a_subjectless_wrong_claim_in_the_asked_phase_is_still_caught(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    assert flagged(genai, genai_grader, question_id, answer)


BEAM = "Beam search keeps the k most probable partial sequences and prunes the rest. "


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-033", BEAM + "People often say beam search is random, but it is deterministic."),
        ("genai-033", BEAM + "A common belief is that beam search is random; it is not."),
        ("genai-033", BEAM + "It is often said that beam search is random, but no."),
        ("genai-033", BEAM + "Many believe that beam search is random, yet it is deterministic."),
        ("genai-033", BEAM + "A popular belief is that beam search is random. It is not."),
        (
            "genai-025",
            "People often say GPT is an encoder-only model, but it is a decoder-only Transformer "
            "trained to predict the next token.",
        ),
    ],
)
def test_a_belief_reported_as_other_peoples_is_dismissed(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    assert not flagged(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(
    "answer",
    [
        BEAM + "People often say beam search is random, and that is true.",
        BEAM + "Many people think beam search is random, and they are right.",
        BEAM + "Beam search is random.",
    ],
)
def test_a_reported_belief_endorsed_is_still_a_claim(genai, genai_grader, answer: str) -> None:
    assert flagged(genai, genai_grader, "genai-033", answer)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-029",
            "The model removes stop words and punctuation, then maps each remaining word to an "
            "integer ID.",
        ),
        ("genai-036", "Transformers are powerful. The model is trained one word at a time."),
        (
            "genai-033",
            "Beam search is used in generation. The search checks every possible sequence.",
        ),
    ],
)
def test_a_questions_misconception_said_without_its_subject_is_found(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.misconceptions


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-029",
            "Classic keyword search removes stop words and punctuation; an LLM tokenizer keeps "
            "every byte.",
        ),
        ("genai-036", "Before Transformers, the model was trained one word at a time with an RNN."),
        ("genai-033", "Exhaustive search checks every possible sequence; beam search prunes."),
    ],
)
def test_the_same_words_said_of_another_thing_are_not_a_misconception(
    genai, genai_grader, question_id: str, answer: str
) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.misconceptions
