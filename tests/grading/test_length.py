"""Rubric mode's length signal: full at 40 content words on the subject, or at the length of
the question's own reference when that says fewer (scoring.full_length)."""

from __future__ import annotations

from pathlib import Path

from interviewer.core.bank import load_bank
from interviewer.core.catalog import Catalog
from interviewer.core.grading import Grader
from interviewer.core.grading.scoring import FULL_LENGTH_WORDS, SHORTEST_FULL_LENGTH

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
