"""The subjects of a question's contrast (subjects/contrast.py) and whether a statement is said
of its concept's own subject (subjects/attribution.py)."""

from __future__ import annotations

from interviewer.core.bank import Concept
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.subjects import (
    Mentions,
    attribution,
    prepare_subjects,
    subject_index,
    swap_of,
)
from interviewer.core.grading.text import Text

BERT = Concept("encoder-only", 3, (), about=("BERT", "bidirectional encoder"))
GPT = Concept("causal", 3, (), about=("GPT",))
BERT_AGAIN = Concept("masked language modelling", 2, (), about=("bert",))
PLAIN = Concept("attention", 1)


def test_each_subject_is_prepared_once_in_order_with_its_names() -> None:
    subjects = prepare_subjects([PLAIN, BERT, GPT, BERT_AGAIN])
    assert [s.key for s in subjects] == ["BERT", "GPT"]
    assert len(subjects[0].phrases) == 2


def test_a_concept_is_matched_to_its_subject_by_its_first_name() -> None:
    subjects = prepare_subjects([BERT, GPT])
    assert subject_index(BERT_AGAIN, subjects) == 0
    assert subject_index(GPT, subjects) == 1
    assert subject_index(PLAIN, subjects) is None


def said_of(text: str, statement: str, concept: Concept) -> tuple[bool, str | None]:
    subjects = prepare_subjects([BERT, GPT])
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    said = statement.split()
    first = next(i for i in range(len(words)) if words[i : i + len(said)] == said)
    positions = list(range(first, first + len(said)))
    index = subject_index(concept, subjects)
    return attribution(index, answer, Mentions.of(subjects, answer), subjects, positions)


def test_a_statement_plainly_said_of_the_other_subject_is_a_swap() -> None:
    text = "GPT reads the whole sentence in both directions. BERT predicts the next token."
    assert said_of(text, "reads the whole sentence in both directions", BERT) == (
        False,
        "said of GPT, but it is true of BERT",
    )


def test_a_statement_said_of_its_own_subject_is_no_swap() -> None:
    text = "BERT reads the whole sentence in both directions. GPT predicts the next token."
    assert said_of(text, "reads the whole sentence in both directions", BERT) == (True, None)


def test_a_concept_with_no_subject_needs_none() -> None:
    subjects = prepare_subjects([BERT, GPT])
    answer = Answer.of(Text.of("GPT attends to earlier tokens."))
    mentions = Mentions.of(subjects, answer)
    assert attribution(None, answer, mentions, subjects, [1, 2]) == (True, None)
    assert swap_of(None, answer, mentions, subjects, [1, 2]) is None
