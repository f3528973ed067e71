"""Steps said in the wrong order (grading/order.py): a rubric's `order` of concepts, read from
where the answer marks a sequence (play29 F10: the three RLHF steps in reverse passed at 75.2
with no flag)."""

from __future__ import annotations

from pathlib import Path

import pytest

from interviewer.core.bank import Bank, load_bank
from interviewer.core.errors import BankError
from interviewer.core.grading import Grader
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.order import steps
from interviewer.core.grading.text import Text

RLHF = "genai-097"
SFT, REWARD, PPO = "supervised fine-tuning", "reward model training", "policy optimization with PPO"


def order_errors(grader: Grader, bank: Bank, qid: str, answer: str) -> dict[str, str]:
    grade = grader.grade(bank.get(qid), answer)
    return {
        c.concept: c.detail for c in grade.contradictions if c.detail.startswith("steps out of")
    }


def step_numbers(text: str) -> list[tuple[str, int]]:
    """Each step's first word and its number."""
    answer = Answer.of(Text.of(text))
    return [(answer.text.words[first], number) for first, _, number in steps(answer)]


def test_ordinals_sequence_words_and_numbered_items_open_steps() -> None:
    assert step_numbers("First, A. Then B, and then C. Finally D.") == [
        ("first", 1),
        ("then", 2),
        ("then", 3),
        ("finally", 4),
    ]
    assert step_numbers("1. A. 2. B. 3. C.") == [("1", 1), ("2", 2), ("3", 3)]
    assert step_numbers("It starts with A. The second step is B. After that, C.") == [
        ("starts", 1),
        ("second", 2),
        ("after", 3),
    ]


def test_a_then_that_answers_a_condition_and_an_ordinal_inside_a_clause_open_no_step() -> None:
    assert step_numbers("If the reward is weak, then the policy exploits it.") == []
    assert step_numbers("The model reads the first token and the last one.") == []


def test_the_rlhf_steps_in_reverse_are_out_of_order(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "First, optimise the model with reinforcement learning using PPO against a reward model. "
        "Second, collect human rankings and train the reward model. Third, do supervised "
        "fine-tuning on human-written demonstrations to finish."
    )
    grade = genai_grader.grade(genai.get(RLHF), answer)
    wrong = order_errors(genai_grader, genai, RLHF, answer)
    assert set(wrong) == {SFT, REWARD, PPO}
    assert wrong[SFT] == f"steps out of order: said after '{REWARD}', but it comes before it"
    assert "contradiction" in grade.flags
    assert not grade.passed
    for contradiction in grade.contradictions:
        assert all(e and e in answer for e in contradiction.evidence)
    # the step is quoted from its marker
    evidence = {c.concept: c.evidence for c in grade.contradictions}
    assert evidence[SFT] == ("Third, do supervised fine-tuning on human-written demonstrations",)


def test_one_step_moved_is_out_of_order(genai: Bank, genai_grader: Grader) -> None:
    answer = (
        "1. Train a reward model on human rankings of outputs. 2. Do supervised fine-tuning on "
        "demonstrations. 3. Optimise the policy with PPO and a KL penalty."
    )
    assert set(order_errors(genai_grader, genai, RLHF, answer)) == {SFT, REWARD}
    assert not genai_grader.grade(genai.get(RLHF), answer).passed


def test_each_step_given_to_the_wrong_concept_is_out_of_order(
    genai: Bank, genai_grader: Grader
) -> None:
    # relations50 (train-blind w48b-007 passed at 100): each step is headed by the wrong
    # concept, and each step names the other in passing, so no concept stands only in steps
    # after every step of the other; the concept a step opens with says what the step is
    answer = (
        "RLHF has three stages: 1) Reward model training: people write example replies and the "
        "reward model is fitted to imitate them. 2) Supervised fine-tuning: the base model is "
        "fine-tuned on the reward model's scores as targets. 3) PPO: the model is frozen and "
        "the reward model is updated with PPO."
    )
    assert set(order_errors(genai_grader, genai, RLHF, answer)) >= {SFT, REWARD}
    assert not genai_grader.grade(genai.get(RLHF), answer).passed


@pytest.mark.parametrize(
    "answer",
    [
        # the right order, with ordinals
        "First, supervised fine-tuning on human-written demonstrations. Second, collect human "
        "rankings of outputs and train a reward model on them. Third, optimise the SFT model "
        "with PPO against the reward model, with a KL penalty.",
        # an opening summary names the steps out of order, then the sequence is given
        "RLHF fine-tunes a model with PPO against a reward model learned from human preferences. "
        "It starts with supervised fine-tuning on demonstrations. Then humans rank several "
        "outputs and a reward model is trained on those rankings. Finally the SFT model is "
        "optimized with PPO against the reward model, with a KL penalty.",
        # a later step names an earlier concept, an earlier step a later one
        "First, supervised fine-tuning on demonstrations, so the model is ready to be improved "
        "with PPO. Second, a reward model is trained on human rankings of outputs. Third, PPO "
        "optimises the policy against the reward model with a KL penalty. Finally you can "
        "iterate: collect new rankings and retrain the reward model.",
        # a step opened by a later concept that names the earlier one too is no inversion
        "First, before PPO can be used, the model gets supervised fine-tuning on "
        "demonstrations. Second, a reward model is trained on human rankings of outputs. Third, "
        "PPO optimises the policy against the reward model with a KL penalty.",
        # each step names the step before it and is headed by its own concept
        "1) Supervised fine-tuning on demonstrations. 2) Reward model training: humans rank "
        "outputs of the SFT model. 3) PPO: the SFT model is optimised against the reward "
        "model, with a KL penalty.",
        # no marked sequence: the order is not read
        "You run PPO against a reward model. You train the reward model on human rankings. You "
        "do supervised fine-tuning on demonstrations.",
    ],
)
def test_steps_in_order_or_not_marked_are_not_out_of_order(
    genai: Bank, genai_grader: Grader, answer: str
) -> None:
    assert order_errors(genai_grader, genai, RLHF, answer) == {}


def test_steps_in_reverse_said_tersely_are_out_of_order_but_a_bare_list_is_not_read(
    genai: Bank, genai_grader: Grader
) -> None:
    terse = genai_grader.grade(genai.get(RLHF), "First PPO, then reward model, then SFT")
    assert not terse.passed
    assert order_errors(genai_grader, genai, RLHF, "First PPO, then reward model, then SFT")
    assert not order_errors(genai_grader, genai, RLHF, "PPO, reward model, SFT")


def test_the_chat_assistant_recipe_in_reverse_is_out_of_order(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "First they optimised the pretrained model with PPO against a reward model. Next, "
        "labelers ranked several replies to train the reward model. Last, they did supervised "
        "fine-tuning on conversations written by AI trainers."
    )
    assert order_errors(genai_grader, genai, "genai-104", answer)
    assert not genai_grader.grade(genai.get("genai-104"), answer).passed


def test_every_reference_of_an_ordered_question_grades_strong(
    genai: Bank, genai_grader: Grader
) -> None:
    ordered = [q for q in genai if q.order]
    assert {q.id for q in ordered} >= {RLHF, "genai-104"}
    for question in ordered:
        for reference in question.reference_answers:
            grade = genai_grader.grade(question, reference)
            assert grade.band == "strong" and not grade.contradictions, question.id


BANK = """id: steps
title: Steps
questions:
  - id: s-1
    prompt: How is bread made?
    references:
      - First you mix flour, water and yeast into a dough. Then you let the dough rise. Finally
        you bake it in a hot oven.
"""
RUBRIC = """bank: steps
questions:
  s-1:
    order: {order}
    concepts:
      - name: mix a dough
        aliases: [mix flour water and yeast]
      - name: let it rise
        aliases: [dough rise]
      - name: bake it
        aliases: [bake in an oven]
"""


def bread(tmp_path: Path, order: str) -> Bank:
    (tmp_path / "steps.yaml").write_text(BANK, encoding="utf-8")
    (tmp_path / "steps.rubric.yaml").write_text(RUBRIC.format(order=order), encoding="utf-8")
    return load_bank(tmp_path / "steps.yaml")


def test_an_order_of_the_questions_concepts_is_loaded_in_their_own_spelling(
    tmp_path: Path,
) -> None:
    bank = bread(tmp_path, "[Mix a dough, let it rise, bake it]")
    assert bank.get("s-1").order == ("mix a dough", "let it rise", "bake it")
    grader = Grader(bank)
    wrong = grader.grade(
        bank.get("s-1"), "First you bake it in an oven. Then the dough can rise. Last, mix flour."
    )
    assert "bake it" in wrong.got_wrong
    right = grader.grade(bank.get("s-1"), bank.get("s-1").reference_answers[0])
    assert not right.contradictions


@pytest.mark.parametrize(
    ("order", "message"),
    [
        ("[mix a dough, knead it]", "order names 'knead it', which is no concept of it"),
        ("[mix a dough, mix a dough]", "order names 'mix a dough' twice"),
        ("[bake it]", "order needs at least 2 concepts"),
    ],
)
def test_an_order_that_names_no_concept_twice_or_one_step_is_refused(
    tmp_path: Path, order: str, message: str
) -> None:
    with pytest.raises(BankError) as error:
        bread(tmp_path, order)
    assert f"steps.rubric.yaml:4: rubric 's-1': {message}" in str(error.value)


def test_a_step_noun_with_a_number_word_opens_that_step() -> None:
    assert step_numbers("Step one is A, step two is B, and step three is C.") == [
        ("step", 1),
        ("step", 2),
        ("step", 3),
    ]
    assert step_numbers("Stage two: B. Stage one: A.") == [("stage", 2), ("stage", 1)]
    # a number word not after a step noun, or a step noun inside a clause, opens no step
    assert step_numbers("One model writes and two models judge.") == []
    assert step_numbers("The model takes one step at a time.") == []


def test_the_rlhf_steps_numbered_in_words_out_of_order_are_caught(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "Step one is collecting human rankings and training the reward model on them, step two "
        "is PPO against that reward, and step three is supervised fine-tuning on demonstrations."
    )
    assert set(order_errors(genai_grader, genai, RLHF, answer)) >= {SFT, REWARD}
    assert not genai_grader.grade(genai.get(RLHF), answer).passed
    right = (
        "Step one is supervised fine-tuning on demonstrations, step two is training the reward "
        "model on human rankings, and step three is PPO against that reward model."
    )
    assert order_errors(genai_grader, genai, RLHF, right) == {}


def test_only_before_a_sequence_word_still_opens_a_step() -> None:
    assert step_numbers("It starts with A, and only after that B. Only then C.") == [
        ("starts", 1),
        ("after", 2),
        ("then", 3),
    ]
    # "only" inside a clause, with no sequence word after it, opens nothing
    assert step_numbers("The model only reads A and only B.") == []


def test_the_rlhf_steps_reversed_with_only_after_that_are_caught(
    genai: Bank, genai_grader: Grader
) -> None:
    answer = (
        "The team began with reinforcement learning, tuning the policy with PPO against a "
        "reward model, and only after that did they do supervised fine-tuning on demonstrations."
    )
    assert set(order_errors(genai_grader, genai, RLHF, answer)) >= {SFT, PPO}
    right = (
        "The team began with supervised fine-tuning on demonstrations, and only after that "
        "trained a reward model and tuned the policy with PPO against it."
    )
    assert order_errors(genai_grader, genai, RLHF, right) == {}
