"""An alias naming a kind of what the question asks about (prompt61, issue 8): its first word is
the candidate's own, every later word the prompt's ("length bias" asked about a judge's
biases). It had been dropped with the aliases that keep a common word once the question's words
are left out, so "It has a length bias." credited nothing (para60's "Noticed, left alone").
Each answer below is written for this test; each credit failed at a9c8fc81 (grader 3.45)."""

from __future__ import annotations

import pytest

from interviewer.core.grading.asked_kinds import kind_of_asked
from interviewer.core.grading.text import Text


def _asked(prompt: str) -> frozenset[str]:
    return frozenset(Text.of(prompt).content_stems())


JUDGE = "How would you design an LLM-as-a-judge evaluation that controls for the judge's biases?"


@pytest.mark.parametrize(
    ("alias", "prompt"),
    [
        ("length bias", JUDGE),
        ("self-bias", JUDGE),
        ("sampling bias", "How can bias arise in generative models?"),
        ("reasoning chain", "What is chain-of-thought prompting?"),
    ],
)
def test_a_kind_of_the_asked_thing_is_read_whole(alias, prompt):
    phrase = kind_of_asked(alias, _asked(prompt))
    assert phrase is not None
    assert len(phrase.tokens) == 2  # both words needed, the prompt's too


@pytest.mark.parametrize(
    ("alias", "prompt"),
    [
        # the prompt's word is the modifier, the kept word a generic head
        ("adversarial training", "How do adversarial networks learn?"),
        ("biased data", "How can bias arise in generative models?"),
        # a verb before the prompt's noun: an action any restatement may name
        ("remove PII", "How do you keep PII out of a model's training data?"),
        # no compound: the kept word is the head of an "of" or "in" phrase
        ("one type of generative AI", "What is generative AI?"),
        ("examples in the prompt", "How do you write a good prompt?"),
        # every word the prompt's, or none
        ("judge bias", JUDGE),
        ("length penalty", JUDGE),
    ],
)
def test_other_shapes_are_not_kinds(alias, prompt):
    assert kind_of_asked(alias, _asked(prompt)) is None


def _credited(genai, genai_grader, question: str, answer: str) -> set[str]:
    grade = genai_grader.grade(genai.get(question), answer)
    return {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    ("question", "answer", "concept"),
    [
        ("genai-152", "The judge has a length bias, so cap the answers' size.", "verbosity bias"),
        (
            "genai-152",
            "Watch for its biases: position, length and its own style.",
            "verbosity bias",
        ),
        ("genai-152", "GPT-4 judging GPT-4 shows self-bias.", "self-preference"),
        ("genai-056", "Keep one standard prompt and fill in the slots.", "reusable prompt"),
    ],
)
def test_the_kind_is_credited(genai, genai_grader, question, answer, concept):
    assert concept in _credited(genai, genai_grader, question, answer)


def test_the_restated_question_credits_no_kind(genai, genai_grader):
    question = genai.get("genai-152")
    grade = genai_grader.grade(question, question.prompt)
    assert grade.band == "missing"
    assert "verbosity bias" not in {m.concept for m in grade.matched}


@pytest.mark.parametrize(
    ("answer", "modifier", "head"),
    [
        ("It has a length bias.", "length", "bias"),
        ("It has a length-bias.", "length", "bias"),
        ("Key biases: position, length, style.", "length", "biases"),
        ("Watch for position, length and self biases.", "length", "biases"),
        ("Biases such as position and length matter.", "length", "biases"),
    ],
)
def test_a_modifier_is_joined_to_its_head_or_listed_with_it(answer, modifier, head):
    from interviewer.core.grading.matching.compounds import joined

    text = Text.of(answer)
    assert joined(text, text.words.index(modifier), text.words.index(head))


@pytest.mark.parametrize(
    ("answer", "modifier", "head"),
    [
        ("The bias is controlled by the length of the answers.", "length", "bias"),
        ("Its bias grows with length.", "length", "bias"),
        ("A length penalty bias term.", "length", "bias"),
    ],
)
def test_a_modifier_elsewhere_in_the_sentence_is_not_joined(answer, modifier, head):
    from interviewer.core.grading.matching.compounds import joined

    text = Text.of(answer)
    assert not joined(text, text.words.index(modifier), text.words.index(head))


def test_the_head_in_a_restated_subject_credits_no_kind(genai, genai_grader):
    # the question's word "chain" stands in "chain-of-thought"; "reasoning" elsewhere
    answer = "In chain-of-thought prompting the reasoning happens inside the hidden layers."
    assert "intermediate reasoning steps" not in _credited(genai, genai_grader, "genai-054", answer)
