"""veto58: denials through a verb of effort or failure, a match inside a denied one, and a verb
written with a hyphen after a subject (issue 8).

- "makes no attempt to", "never tries to", "does not try to" deny the verb after them as "does
  not" does, and so does "fails to" (effort_verbs.py, read by denials.py and clauses.py); after a
  light or effort verb and "to", the verb is passed over as the verb right after "not" is, so
  "does not learn to match the teacher's outputs" denies its object too. A rubric phrase that
  says "fails to" is a negative one, as one that says "not" is (matching/phrases.py).
- A phrase matched only on words a longer phrase's match of the same concept reads as denied is
  not credited (concepts/find.py): "does not learn to game the judge" had credited reward hacking
  on genai-100 through the alias "game it", matched on one word of the denied "reward hacking".
- "GPT pre-trains on web text, and it is ..." reads the pronoun as "GPT", not "GPT pre"
  (pronoun_claims._hyphened_verb).
Each test of a new reading failed on 824c8ee; the "still" tests pass on both.
"""

from __future__ import annotations

import pytest

from interviewer.core.grading.matching.answer import Answer
from interviewer.core.grading.matching.phrases import make_phrase
from interviewer.core.grading.pronoun_claims import antecedent
from interviewer.core.grading.text import Text


def structure_of(answer: str) -> tuple[list[str], Answer]:
    made = Answer.of(Text.of(answer))
    return made.text.words, made


def denied_word(answer: str, word: str) -> bool:
    words, made = structure_of(answer)
    return made.structure.denied_from([words.index(word)])


def flagged(genai, genai_grader, question_id: str, answer: str) -> bool:
    grade = genai_grader.grade(genai.get(question_id), answer)
    return bool(grade.contradictions or grade.misconceptions)


@pytest.mark.parametrize(
    "answer",
    [
        "The policy makes no attempt to exploit the reward model.",
        "The policy never tries to exploit the reward model.",
        "The policy does not try to exploit the reward model.",
        "The policy made no attempt to exploit the reward model.",
        "The cache fails to exploit the reward model.",
        "The policy failed to exploit the reward model.",
    ],
)
def test_a_verb_after_effort_or_failure_is_denied(answer: str) -> None:
    assert denied_word(answer, "exploit")


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        ("The student does not learn to match the teacher's outputs.", "teacher's"),
        ("LoRA does not try to keep the pretrained weights frozen.", "pretrained"),
    ],
)
def test_the_object_of_the_verb_after_to_is_denied(answer: str, word: str) -> None:
    assert denied_word(answer, word)


@pytest.mark.parametrize(
    ("answer", "word"),
    [
        ("The policy tries to exploit the reward model.", "exploit"),
        ("The policy makes an attempt to exploit the reward model.", "exploit"),
        ("The failure of the policy to exploit it is rare.", "exploit"),
        ("The policy does not try to exploit it, and it learns the task.", "task"),
        ("It does not try to exploit the model with long outputs.", "outputs"),
        ("Retrieval fails sometimes, and the model then guesses.", "guesses"),
    ],
)
def test_still_not_denied(answer: str, word: str) -> None:
    assert not denied_word(answer, word)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        ("genai-100", "The policy does not learn to game the judge."),
        ("genai-100", "The policy does not learn to exploit the judge."),
        ("genai-101", "It makes no attempt to exploit the reward model."),
        ("genai-100", "The policy never tries to exploit the reward model."),
        ("genai-100", "The policy fails to exploit the reward model."),
        ("genai-085", "LoRA does not try to keep the pretrained weights frozen."),
        (
            "genai-153",
            "In knowledge distillation the student does not learn to match the teacher's "
            "output distribution.",
        ),
    ],
)
def test_a_wrong_denial_is_flagged(genai, genai_grader, question_id: str, answer: str) -> None:
    assert flagged(genai, genai_grader, question_id, answer)


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [
        (
            "genai-033",
            "Beam search keeps the k most likely partial sequences at each step instead of only "
            "one. It does not try to sample at random, it is deterministic, and it fails to "
            "guarantee the globally best sequence, though it usually finds a better one than "
            "greedy decoding.",
        ),
        (
            "genai-100",
            "A reward model is trained on human preference comparisons to score a response. It "
            "is only a proxy, so the policy can learn to game it, which is why a KL penalty is "
            "used.",
        ),
    ],
)
def test_a_right_answer_is_not_flagged(genai, genai_grader, question_id: str, answer: str) -> None:
    assert not flagged(genai, genai_grader, question_id, answer)


def test_the_game_alias_is_not_credited_inside_a_denied_match(genai, genai_grader) -> None:
    grade = genai_grader.grade(
        genai.get("genai-100"), "The policy does not learn to game the judge."
    )
    assert "reward hacking" in {c.concept for c in grade.contradictions}


@pytest.mark.parametrize(
    ("answer", "pronoun"),
    [
        ("GPT pre-trains on web text, and it is an encoder-only transformer.", 7),
        ("QLoRA fine-tunes the adapters, and it keeps the base in 4-bit.", 6),
    ],
)
def test_a_hyphened_verb_ends_the_subject(answer: str, pronoun: int) -> None:
    words, made = structure_of(answer)
    assert words[pronoun] == "it"
    assert antecedent(made, pronoun) == (made.text.stems[0],)


def test_a_hyphened_verb_subject_claim_is_flagged(genai, genai_grader) -> None:
    answer = "GPT pre-trains on web text, and it is an encoder-only transformer."
    assert flagged(genai, genai_grader, "genai-006", answer)


def test_a_hyphened_noun_still_opens_a_subject() -> None:
    answer = "Multi-head attention splits the model width, and it runs the heads in parallel."
    words, made = structure_of(answer)
    assert antecedent(made, words.index("it")) == tuple(made.text.stems[:3])


def test_a_rubric_phrase_that_says_fails_to_is_a_negative_one(genai, genai_grader) -> None:
    made = make_phrase("forgetting is when the model fails to learn the new task")
    assert made is not None and made.negative
    answer = (
        "Catastrophic forgetting is when a fine-tuned model fails to learn the new task "
        "because it holds on too tightly to what it learned in pretraining."
    )
    assert flagged(genai, genai_grader, "genai-092", answer)


def test_a_negative_phrase_inside_a_denied_match_is_still_credited(genai, genai_grader) -> None:
    answer = (
        "PagedAttention manages the KV cache in fixed-size blocks, like pages of virtual "
        "memory, so there is almost no fragmentation or over-reserved memory."
    )
    assert not flagged(genai, genai_grader, "genai-146", answer)
