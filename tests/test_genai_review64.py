"""review64, the second reader of stop 52: a fact-check sample of the genai bank and rubric, 12
tunable questions drawn at random, leaving out the questions review61 and review62 checked
(`random.Random(6464)`: genai-172, 122, 131, 149, 146, 064; `random.Random(6465)` from the rest:
genai-157, 102, 187, 066, 203, 175). Each case is a true sentence a correct answer naturally says
that a `contradicts` line or a misconception alias flagged (it must not be), and the wrong claim
the narrowed line is there for, said whole (it must stay caught). Sentences written by the reader
from the prompts, references and knowledge; no answer of any split read
(/work/s64/notes/review64.md)."""

from __future__ import annotations

import pytest
from subject_helpers import assert_misconception_corrected, assert_only_the_subject_is_flagged

CASES = [
    # C1 genai-122 'chaining loses context': chained calls can lose context, a real failure
    # mode (the reference's "new failure point"); the wrong claims are one prompt, one call
    (
        "genai-122",
        "Chaining can lose context if you do not pass the history along to the next step.",
        False,
    ),
    ("genai-122", "Chaining calls is avoided, so everything goes in one call.", True),
    # C2 genai-149 'every expert runs': across a batch every expert does run on some tokens; the
    # wrong claim is every expert for every token
    (
        "genai-149",
        "Across a batch every expert runs on some tokens, but each token uses only two.",
        False,
    ),
    ("genai-149", "Every expert runs for each token.", True),
    ("genai-149", "Every expert runs for every token.", True),
    # C3 genai-172 'cheaper to train': a Chinchilla-optimal model is the cheaper one to train;
    # the wrong claim is that over-training is
    (
        "genai-172",
        "A Chinchilla-optimal model is cheaper to train for a given loss, but more expensive to "
        "serve.",
        False,
    ),
    ("genai-172", "Over-training is cheaper to train.", True),
    ("genai-172", "The over-trained model is cheaper to train.", True),
    ("genai-172", "Training on more tokens makes the model cheaper to train.", True),
    # guards: the narrowed lines must not reach the true "cheaper to serve"
    (
        "genai-172",
        "Training on far more tokens makes the model cheaper to serve, though it costs more to "
        "train.",
        False,
    ),
    ("genai-172", "A smaller model trained on many more tokens is cheaper to serve.", False),
    # C4 genai-172 'easier to quantize' and its twins: true of the Chinchilla-optimal model
    # against an over-trained one; the wrong claim is that over-trained models quantize better
    (
        "genai-172",
        "A Chinchilla-optimal model is easier to quantize than a heavily over-trained one.",
        False,
    ),
    ("genai-172", "Over-trained models are easier to quantize.", True),
    ("genai-172", "Over-trained models are more robust to quantization.", True),
    ("genai-172", "Longer training makes the model easier to quantize.", True),
    # C6 genai-175 'single sample per prompt': true of PPO; the wrong claim is said of GRPO
    ("genai-175", "PPO uses a single sample per prompt, while GRPO needs a group.", False),
    ("genai-175", "GRPO uses a single sample per prompt.", True),
    ("genai-175", "GRPO samples a single answer per prompt.", True),
    # C7 genai-187 'closed API teacher', 'API model as teacher', 'cross-entropy on hard labels':
    # sequence-level distillation from an API teacher is real and is cross-entropy on its
    # tokens; the wrong claim is logit (KL) distillation without the teacher's logits
    (
        "genai-187",
        "With a closed API teacher you can only do sequence-level distillation on its text, since "
        "you have no logits.",
        False,
    ),
    (
        "genai-187",
        "Sequence-level distillation from an API model as teacher only needs its text.",
        False,
    ),
    (
        "genai-187",
        "Sequence-level distillation is cross-entropy on hard labels from the teacher's outputs.",
        False,
    ),
    ("genai-187", "Logit distillation works with a closed API teacher.", True),
    ("genai-187", "You can do KL distillation with a closed API teacher like GPT-4.", True),
    ("genai-187", "Logit distillation is just cross-entropy on hard labels.", True),
    # C8 genai-203 'all share one context': a single agent's steps do share one context; the
    # wrong claim is said of several agents
    (
        "genai-203",
        "With a single agent, all the steps share one context, which is why it suits coupled "
        "tasks.",
        False,
    ),
    ("genai-203", "The agents all share one context.", True),
    ("genai-203", "All agents share the same context.", True),
    # C9 genai-203 'total cost is lower': a single agent's is; the wrong claim is multi-agent's
    ("genai-203", "A single agent's total cost is lower.", False),
    (
        "genai-203",
        "A single agent is cheaper: its total cost is lower and it is easier to debug.",
        False,
    ),
    ("genai-203", "With multiple agents the total cost is lower.", True),
    (
        "genai-203",
        "Because each agent is small, the total cost is lower with multiple agents.",
        True,
    ),
    # C10 genai-203 'passes the full context along': a single agent keeps its whole context; the
    # wrong claim is lossless hand-offs between agents
    ("genai-203", "A single agent passes the full context along to each step.", False),
    ("genai-203", "Each hand-off passes the full context along, so nothing is lost.", True),
    ("genai-203", "The sub-agents pass the full context along to each other.", True),
]


@pytest.mark.parametrize(("question_id", "answer", "wrong"), CASES)
def test_second_readers_corrections(genai, genai_grader, question_id, answer, wrong) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert_only_the_subject_is_flagged(grade, wrong)


# Misconception aliases narrowed: (question, answer, the misconception it must meet or None)
MISCONCEPTIONS = [
    # guard (C5 tried and taken back, see the note): more fresh tokens do not overfit
    (
        "genai-172",
        "With so many more tokens the model will overfit.",
        "training on more tokens causes overfitting",
    ),
    # C11 genai-102 'alignment is about accuracy': met by the alignment tax, which the
    # misconception's own note states
    ("genai-102", "Alignment can cost some accuracy, the alignment tax.", None),
    (
        "genai-102",
        "Alignment is all about making the model more accurate.",
        "alignment means making the model more accurate",
    ),
    ("genai-102", "Alignment improves accuracy.", "alignment means making the model more accurate"),
]


@pytest.mark.parametrize(("question_id", "answer", "phrase"), MISCONCEPTIONS)
def test_second_readers_misconception_corrections(
    genai, genai_grader, question_id, answer, phrase
) -> None:
    assert_misconception_corrected(genai_grader.grade(genai.get(question_id), answer), phrase)
