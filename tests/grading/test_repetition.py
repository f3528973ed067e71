"""An answer that says the same sentence again earns nothing more and is told it repeats
itself (play26 #18: one sentence pasted 690 times scored 89.9 `strong`)."""

from __future__ import annotations

from interviewer.core.grading import grade_reference
from interviewer.core.report.explain import FLAG_LABELS

PRIMARY_KEY = "What is a primary key?"
KEY = "A column or set of columns that uniquely identifies each row in a table; it cannot be NULL."
SENTENCE = "A primary key uniquely identifies each row in a table and cannot be NULL."


def test_a_sentence_said_again_adds_nothing_in_reference_mode():
    once = grade_reference(PRIMARY_KEY, KEY, SENTENCE)
    for times in (2, 3, 690):
        again = grade_reference(PRIMARY_KEY, KEY, " ".join([SENTENCE] * times)[:50_000])
        assert again.score <= once.score + 0.5, times
        assert again.band == once.band
        assert "repeats_itself" in again.flags
        assert any("repeats itself" in note for note in again.feedback)
    assert "repeats_itself" not in once.flags


def test_a_sentence_said_again_adds_nothing_in_rubric_mode(genai, genai_grader):
    question = genai.get("genai-183")
    sentence = (
        "QLoRA stores the frozen base weights in 4-bit NF4, whose levels follow a normal "
        "distribution, and trains LoRA adapters in bf16."
    )
    once = genai_grader.grade(question, sentence)
    thrice = genai_grader.grade(question, " ".join([sentence] * 3))
    assert thrice.score == once.score
    assert "repeats_itself" in thrice.flags and "repeats_itself" not in once.flags


def test_two_different_sentences_do_not_repeat():
    grade = grade_reference(
        PRIMARY_KEY,
        KEY,
        "A primary key uniquely identifies each row. It cannot be NULL, and a table has one.",
    )
    assert "repeats_itself" not in grade.flags


def test_the_flag_reads_in_words():
    assert "repeats itself" in FLAG_LABELS["repeats_itself"]


def test_rubric_feedback_quotes_the_sentence_said_again(genai, genai_grader):
    """fluff52: "the answer repeats itself" did not say what was said again."""
    answer = (
        "LoRA freezes the pretrained weights. It trains two small low-rank matrices per layer. "
        "Again: LoRA freezes the pretrained weights."
    )
    grade = genai_grader.grade(genai.get("genai-085"), answer)
    assert "repeats_itself" in grade.flags
    assert any(
        "repeats itself (“Again: LoRA freezes the pretrained weights” is said again)" in n
        for n in grade.feedback
    ), grade.feedback


def test_rubric_feedback_quotes_a_phrase_said_again_and_again(genai, genai_grader):
    """One phrase said again and again is graded as said once (repetition.first_saying): the
    phrase is quoted, cut at a word's end."""
    sentence = (
        "GAN training is stabilized with spectral normalization, a Wasserstein loss with a "
        "gradient penalty, and label smoothing."
    )
    grade = genai_grader.grade(genai.get("genai-075"), " ".join([sentence] * 400))
    note = next(n for n in grade.feedback if "repeats itself" in n)
    assert "(“GAN training is stabilized with spectral normalization, a Wasserstein" in note
    assert "…” is said again)" in note


def test_an_answer_that_says_nothing_again_quotes_nothing(genai, genai_grader):
    grade = genai_grader.grade(
        genai.get("genai-085"),
        "LoRA freezes the pretrained weights and trains two small low-rank matrices per layer.",
    )
    assert "repeats_itself" not in grade.flags
    assert not any("said again" in n for n in grade.feedback)
