"""held56b: half B of the held-out questions (/work/s56/heldout_b.txt), audited answer-blind.
A rubric line that a correct answer's true statement about another thing (the other method of a
contrast, a baseline) trips is narrowed to the wrong claim it is meant to catch; a line false of
everything a correct answer could mention is kept. The decisions are in the held56b section of
docs/grading-log.md (/work/s56/notes/held56b.md).

Each CORRECT sentence is true and was flagged on bfdeb6e (the first two of genai-181 and the
first of genai-184 say what the blind probes cp56b-034 and cp56b-035 said). Each WRONG sentence
states the wrong claim of the narrowed line with its subject and is still caught: a
contradiction or misconception found, under 25.
"""

from __future__ import annotations

import pytest

CORRECT = [
    # 'whole corpus' and 'entire dataset' (concept 'global questions need the corpus') were
    # bare noun phrases: said in the negative of top-k retrieval they read as a denial
    ("genai-181", "Top-k retrieval cannot summarize a whole corpus."),
    ("genai-181", "Top-k retrieval can't see the whole corpus, only k chunks."),
    (
        "genai-181",
        "A handful of retrieved chunks does not cover the whole corpus, so global questions fail.",
    ),
    # the misconception alias 'learns the rank' was found in 'learns a low-rank update'
    ("genai-184", "LoRA freezes the pretrained weight W and learns a low-rank update BA."),
    ("genai-184", "DoRA learns a low-rank update to the direction."),
]

WRONG = [
    ("genai-181", "Global questions do not need the whole corpus; the top-k chunks are enough."),
    ("genai-181", "Global questions don't need information from the whole corpus."),
    (
        "genai-184",
        "DoRA learns the rank of each layer dynamically instead of using a fixed rank.",
    ),
]


@pytest.mark.parametrize(("question_id", "answer"), CORRECT)
def test_a_true_statement_is_not_flagged(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert not grade.contradictions and not grade.misconceptions, (
        grade.contradictions,
        grade.misconceptions,
    )


@pytest.mark.parametrize(("question_id", "answer"), WRONG)
def test_the_wrong_claim_is_still_caught(genai, genai_grader, question_id, answer) -> None:
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert grade.contradictions or grade.misconceptions, grade.score
    assert grade.score < 25, grade.score
