"""A statement judged wrong by the words right after it is set aside (judgments.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.judgments import judged_wrong_after
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.text import Text


def judged(text: str, statement: str) -> bool:
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    said = statement.split()
    first = next(i for i in range(len(words)) if words[i : i + len(said)] == said)
    structure = answer.structure
    return judged_wrong_after(
        words, structure.sentences, structure.clauses, first, first + len(said) - 1
    )


@pytest.mark.parametrize(
    "text",
    [
        "Some say the moon is cheese; that is a myth.",
        "Some say the moon is cheese; that's simply wrong.",
        "People assume the moon is cheese, which is incorrect.",
        "People assume the moon is cheese, but that is not true.",
        "You may hear that the moon is cheese. That is wrong.",
        "You may hear that the moon is cheese. This is a misconception, since rock is not cheese.",
        "The claim that the moon is cheese is false.",
        "The idea that the moon is cheese is just a myth.",
        "A popular belief that the moon is cheese is mistaken.",
        "Some books suggest the moon is cheese, which is misleading.",
        "Saying that the moon is cheese would be incorrect.",
        "One might think the moon is cheese. In fact, that is false.",
    ],
)
def test_a_statement_judged_wrong_after_it(text):
    assert judged(text, "moon is cheese")


@pytest.mark.parametrize(
    "text",
    [
        "The moon is cheese.",
        "The moon is cheese, which is tasty.",
        "The moon is cheese, which is wrong for Mars only.",  # the judgment does not end there
        "The moon is cheese. That is wrong for Mars.",
        "The moon is cheese. In fact, that is what makes it yellow.",
        "Saying that the moon is cheese would be fun.",
        "The moon is cheese. Mars is rock. That is wrong.",  # the judgment is of Mars
        "The moon is cheese and the idea that Mars is rock is false.",
        "The claim that Mars is rock is false, and the moon is cheese.",
    ],
)
def test_a_statement_not_judged_wrong_after_it(text):
    assert not judged(text, "moon is cheese")


@pytest.mark.parametrize(
    "answer",
    [
        "Some say GPT fills in masked words; that is a myth. GPT predicts the next token.",
        "Beginners often assume that GPT fills in masked words, which is incorrect.",
        "You might hear that GPT fills in masked words. That is wrong: it predicts the next token.",
        "The claim that GPT fills in masked words is false.",
    ],
)
def test_a_wrong_claim_judged_wrong_is_not_held_against_the_answer(genai, genai_grader, answer):
    grade = genai_grader.grade(genai.get("genai-025"), answer)
    assert not grade.contradictions and not grade.misconceptions


def test_the_wrong_claim_is_still_found_when_not_judged(genai, genai_grader):
    answer = "GPT fills in masked words, which is what makes it good at generation."
    grade = genai_grader.grade(genai.get("genai-025"), answer)
    assert grade.contradictions


WORDS = st.lists(st.sampled_from("that is wrong which the claim a myth not true , . ; x y".split()))


@given(WORDS, st.integers(0, 40), st.integers(0, 40))
def test_any_words_read_without_error(tokens, first, span):
    text = " ".join(tokens) or "x"
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    if not words:
        return
    first = first % len(words)
    last = min(len(words) - 1, first + span % 4)
    structure = answer.structure
    result = judged_wrong_after(words, structure.sentences, structure.clauses, first, last)
    assert isinstance(result, bool)


@given(st.lists(st.sampled_from("the model reads tokens in order".split()), min_size=1))
def test_a_sentence_that_is_wrong_after_any_statement_judges_it(tokens):
    text = "x " + " ".join(tokens) + ". That is wrong."
    answer = Answer.of(Text.of(text))
    words = answer.text.words
    structure = answer.structure
    last = len(tokens)  # the statement's last word, before "That is wrong"
    assert judged_wrong_after(words, structure.sentences, structure.clauses, 0, last)


@pytest.mark.parametrize(
    ("answer", "flagged"),
    [
        ("Nobody should claim that GPT fills in masked words.", False),
        ("A frequent error is to say that GPT fills in masked words.", False),
        ("No one would say GPT fills in masked words; it predicts the next token.", False),
        # only before the statement: after it, "nobody" judges nothing of it
        ("GPT fills in masked words, and nobody should doubt it.", True),
    ],
)
def test_nobody_should_claim_sets_the_claim_aside(genai, genai_grader, answer, flagged):
    grade = genai_grader.grade(genai.get("genai-025"), answer)
    assert bool(grade.contradictions or grade.misconceptions) == flagged
