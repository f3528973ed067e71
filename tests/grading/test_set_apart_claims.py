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


QLORA = Question(
    id="t-qlora",
    prompt="How does QLoRA save memory?",
    reference_answers=("The frozen base model is stored in 4-bit; small LoRA adapters train.",),
    concepts=(
        Concept(
            "16-bit adapters",
            3,
            ("LoRA adapters",),
            contradicts=("4-bit adapters",),
        ),
    ),
)
QLORA_GRADER = Grader(Bank(id="q", title="q", version="1", questions=(QLORA,)))


def test_a_modifier_of_another_noun_does_not_qualify_the_claims_noun():
    for answer in (
        "Gradients flow through the dequantized 4-bit weights into the LoRA adapters.",
        "The frozen 4-bit base model passes its activations to the small adapters.",
    ):
        assert not QLORA_GRADER.grade(QLORA, answer).contradictions, answer


def test_the_claims_noun_qualified_by_its_modifier_is_still_found():
    for answer in (
        "QLoRA keeps 4-bit adapters on top of the frozen base model.",
        "It trains 4-bit LoRA adapters to save memory.",
    ):
        assert QLORA_GRADER.grade(QLORA, answer).contradictions, answer


MODIFIERS = ["4-bit", "frozen", "sparse", "quantized"]
OTHERS = ["weights", "activations", "matrices", "layers"]
PREPOSITIONS = ["into", "to", "for", "through"]


@given(
    st.sampled_from(MODIFIERS),
    st.sampled_from(OTHERS),
    st.sampled_from(PREPOSITIONS),
)
def test_modifier_before_another_noun_and_a_preposition_is_that_nouns(modifier, other, to):
    from interviewer.core.grading.matching import Answer, make_phrase, match_statement
    from interviewer.core.grading.ties import modifies_another

    phrase = make_phrase(f"{modifier} adapters")
    assert phrase is not None
    apart = Answer.of(Text.of(f"It runs the {modifier} {other} {to} the adapters."))
    match = match_statement(phrase, apart, unit="clause")
    assert match is not None and modifies_another(phrase, apart, match.positions)
    said = Answer.of(Text.of(f"It runs the {modifier} adapters {to} the {other}."))
    match = match_statement(phrase, said, unit="clause")
    assert match is not None and not modifies_another(phrase, said, match.positions)


def test_rubric_lines_narrowed_for_expert_prose(genai, genai_grader):
    # "shared state" is something a multi-agent system needs, not a claim that it suits one
    grade = genai_grader.grade(
        genai.get("genai-203"),
        "A multi-agent system needs an orchestration design, shared state and clear "
        "stopping rules, so start with a single agent.",
    )
    assert not grade.contradictions
    # naming a longer context window is no claim that it solves memory
    memory = genai.get("genai-157")
    grade = genai_grader.grade(memory, "A longer context window helps but is not a full fix.")
    assert not grade.misconceptions
    grade = genai_grader.grade(memory, "A longer context window is all you need for memory.")
    assert grade.misconceptions
