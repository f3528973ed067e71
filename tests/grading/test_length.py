"""Rubric mode's length signal: full at 40 content words on the subject, or at the length of
the question's own reference when that says fewer (scoring/length.full_length)."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import Bank, load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.scoring.length import (
    FULL_LENGTH_WORDS,
    SHORTEST_FULL_LENGTH,
    kept_length,
)

BANK = """\
id: physics
title: Physics
version: "1.0"
topics:
  - id: heat
    title: Heat
questions:
  - id: ph-001
    topic: heat
    level: beginner
    prompt: Why does ice float on water?
    references:
      - >-
        Ice is less dense than liquid water because hydrogen bonds hold its molecules
        in an open hexagonal lattice, so it floats.
  - id: ph-002
    topic: heat
    level: beginner
    prompt: What is boiling?
    references:
      - Boiling is vaporization.
"""
RUBRIC = """\
bank: physics
version: "1.0"
questions:
  ph-001:
    concepts:
      - name: less dense
        weight: 3
        aliases: [lower density]
      - name: hydrogen bonds
        weight: 2
      - name: open lattice
        weight: 2
        aliases: [hexagonal lattice]
  ph-002:
    concepts:
      - name: vaporization
        weight: 3
"""


def _bank(tmp_path: Path):
    (tmp_path / "banks").mkdir()
    (tmp_path / "rubrics").mkdir()
    (tmp_path / "banks" / "physics.yaml").write_text(BANK, encoding="utf-8")
    (tmp_path / "rubrics" / "physics.yaml").write_text(RUBRIC, encoding="utf-8")
    return load_bank(tmp_path / "banks" / "physics.yaml")


def test_a_one_sentence_reference_grades_strong_in_its_own_rubric(tmp_path: Path) -> None:
    """play22 F4: it graded `weak` (57.3) for its length alone, and passed once an off-topic
    sentence was added."""
    bank = _bank(tmp_path)
    grader = Grader(bank)
    question = bank.get("ph-001")
    reference = question.reference_answers[0]
    grade = grader.grade(question, reference)
    assert grade.band == "strong", grade.explanation
    padded = grader.grade(question, reference + " Fish survive winter under the frozen lake.")
    assert padded.score <= grade.score
    length = next(p for p in grade.explanation if p.signal == "length")
    full = grader._prepare(question).full_length
    assert SHORTEST_FULL_LENGTH <= full < FULL_LENGTH_WORDS
    assert length.detail.endswith(f"full at {full}")
    # a shorter answer still earns less for its length than the reference
    short = grader.grade(question, "Ice is less dense than water.")
    assert short.score < grade.score


def test_the_full_length_never_falls_below_the_floor(tmp_path: Path) -> None:
    bank = _bank(tmp_path)
    grader = Grader(bank)
    assert grader._prepare(bank.get("ph-002")).full_length == SHORTEST_FULL_LENGTH


def test_the_bundled_references_are_long_enough_to_keep_forty() -> None:
    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    rubric = [q for q in bank if q.concepts]
    assert rubric
    assert {grader._prepare(q).full_length for q in rubric} == {FULL_LENGTH_WORDS}


def test_the_length_signal_is_kept_only_while_the_right_outweighs_the_wrong() -> None:
    assert kept_length(1.0, 6.0, 2.0) == 1.0  # a correct answer with one false flag
    assert kept_length(0.8, 3.0, 3.0) == 0.8
    assert kept_length(1.0, 2.0, 4.0) == 0.5
    assert kept_length(1.0, 0.0, 5.0) == 0.0  # every claim found wrong


def test_a_fluent_answer_wrong_on_every_point_keeps_no_length_credit(
    genai: Bank, genai_grader: Grader
) -> None:
    wrong = (
        "GPT-4 was actually a smaller and cheaper model than GPT-3.5. It was text-only, it could "
        "not take images as input, and its context window was shorter, around 2,000 tokens. On "
        "professional exams like the bar exam it scored lower than GPT-3.5, in the bottom 10 "
        "percent, and it hallucinated more often. OpenAI released it mainly because it was "
        "faster and cheaper to run, not because it was more capable or better at reasoning."
    )
    grade = genai_grader.grade(genai.get("genai-010"), wrong)
    length = next(p for p in grade.explanation if p.signal == "length")
    assert grade.score < 30 and length.points < 30, grade.explanation
