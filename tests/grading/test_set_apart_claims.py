"""Claims an expert answer names beside its own to set them apart (probes35): a relative clause
on the noun after "differ from" is said of that noun, and a claim that one thing is another is
not found where the answer joins the two as two things ("X combines with Y")."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.bank import Bank, Concept, Misconception, Question
from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.text import Text


def structure(text: str) -> Structure:
    return Structure.of(Text.of(text))


def position(s: Structure, word: str) -> int:
    return s.text.words.index(word)


def test_a_relative_clause_after_differ_from_is_said_of_the_noun_it_follows():
    s = structure("Penalties differ from temperature, which rescales every logit.")
    assert s.rejected([position(s, "rescales"), position(s, "logit")])
    s = structure("Beam search is different from sampling, which picks tokens at random.")
    assert s.rejected([position(s, "picks"), position(s, "random")])


def test_the_rest_of_the_clause_after_differ_from_is_the_subjects_own():
    s = structure("LoRA differs from full fine-tuning in training two small matrices.")
    assert not s.rejected([position(s, "training"), position(s, "matrices")])
    s = structure("Temperature rescales every logit, which flattens the distribution.")
    assert not s.rejected([position(s, "flattens"), position(s, "distribution")])


def test_a_statement_across_differ_from_is_denied():
    s = structure("The presence penalty differs from the temperature setting.")
    assert s.rejected([position(s, "penalty"), position(s, "temperature")])


NOUNS = ["sampling", "temperature", "pruning", "the encoder", "greedy decoding"]
CLAIMS = ["rescales every logit", "removes whole layers", "reads the full input", "picks at random"]


@given(st.sampled_from(NOUNS), st.sampled_from(NOUNS), st.sampled_from(CLAIMS))
def test_differ_from_sets_apart_only_its_relative_clause(subject, other, claim):
    verb = claim.split()[0]
    apart = structure(f"{subject.capitalize()} differs from {other}, which {claim}.")
    assert apart.rejected([position(apart, verb)])
    own = structure(f"{subject.capitalize()} differs from {other} because it {claim}.")
    assert not own.rejected([position(own, verb)])


DISTILL = Question(
    id="t-distill",
    prompt="How does knowledge distillation make a model smaller?",
    reference_answers=("A small student model is trained to imitate a large teacher model.",),
    concepts=(Concept("student imitates teacher", 3, ("student imitates the teacher",)),),
    misconceptions=(
        Misconception(
            "distillation is quantization",
            "Distillation trains a new, smaller model; quantization lowers precision.",
        ),
    ),
)
PENALTY = Question(
    id="t-penalty",
    prompt="What does a presence penalty do?",
    reference_answers=("It lowers the logits of tokens that already appeared.",),
    concepts=(Concept("lowers repeated logits", 3, ("lowers the logits",)),),
    misconceptions=(
        Misconception(
            "flattens the whole distribution",
            "Temperature rescales every logit; a penalty only lowers the repeated ones.",
        ),
    ),
)
GRADER = Grader(Bank(id="t", title="t", version="1", questions=(DISTILL, PENALTY)))


def test_two_things_joined_as_two_are_not_said_to_be_one():
    for answer in (
        "Distillation combines well with quantization for further savings.",
        "Distillation and quantization both make a model cheaper to serve.",
        "People often use distillation together with quantization.",
    ):
        assert not GRADER.grade(DISTILL, answer).misconceptions, answer


def test_one_thing_said_to_be_the_other_is_still_found():
    for answer in (
        "Distillation is basically quantization of the weights.",
        "Distillation is quantization with a teacher model.",
        "Distillation, which is a form of quantization, lowers the bits.",
    ):
        assert GRADER.grade(DISTILL, answer).misconceptions, answer


def test_a_misconception_said_of_the_method_set_apart_is_not_held_against_the_answer():
    grade = GRADER.grade(
        PENALTY,
        "It lowers the logits of tokens that already appeared, so it differs from "
        "temperature, which flattens the whole distribution.",
    )
    assert not grade.misconceptions
    grade = GRADER.grade(PENALTY, "The penalty flattens the whole distribution of tokens.")
    assert grade.misconceptions
