"""Correct answers in plain words (probes52) are credited for what they say on the genai bank.

The answers are from tests/data/plain_probes52.yaml (written blind from the prompts); each scored
under 70 at grader 3.37 with rubric 2.27, before the rubric learned their plain phrasings
(paraphrase52). The concept tests name the phrase that was missed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
PROBES = {
    p["id"]: p
    for p in yaml.safe_load((REPO / "tests" / "data" / "plain_probes52.yaml").read_text())["probes"]
}


@pytest.mark.parametrize("probe_id", ["pp52-010", "pp52-021", "pp52-041", "pp52-049"])
def test_a_plain_answer_that_fell_short_passes(genai, genai_grader, probe_id):
    # 69.0, 69.0, 69.0 and 62.7 before
    probe = PROBES[probe_id]
    grade = genai_grader.grade(genai.get(probe["question_id"]), probe["answer"])
    assert grade.score >= 70, (grade.score, grade.missed)
    assert not grade.contradictions and not grade.misconceptions


@pytest.mark.parametrize(
    ("question_id", "answer", "concept"),
    [
        ("genai-108", "It also counts words that share a root as a match.", "stemming"),
        (
            "genai-180",
            "Min-p is a cut-off that moves with the model's confidence.",
            "adapts to confidence",
        ),
        (
            "genai-049",
            "You keep a few bookmarks and redo that bit of work from the nearest bookmark.",
            "recomputes activations",
        ),
        (
            "genai-025",
            "Each sublayer has a residual link, with layer norm before it.",
            "residual connections",
        ),
    ],
)
def test_a_plain_phrase_credits_its_concept(genai, genai_grader, question_id, answer, concept):
    grade = genai_grader.grade(genai.get(question_id), answer)
    assert concept in {m.concept for m in grade.matched}, grade.missed


@pytest.mark.parametrize(
    ("question_id", "wrong"),
    [
        (
            "genai-108",
            "METEOR counts only exact words, weights precision far more than recall and ignores "
            "word order completely, just like BLEU.",
        ),
        (
            "genai-180",
            "Min-p keeps every token above a fixed absolute probability, whatever the top token's "
            "probability, and logit bias rescales the temperature.",
        ),
    ],
)
def test_a_fluent_wrong_answer_still_fails(genai, genai_grader, question_id, wrong):
    assert genai_grader.grade(genai.get(question_id), wrong).score < 70
