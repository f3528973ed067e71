"""Substance (scoring/substance.py, vague50): a long answer whose words mostly land in nothing
credited has its length counted as half at most; a long plain paraphrase keeps its length."""

from __future__ import annotations

import pytest

from interviewer.core.grading.findings import Finding
from interviewer.core.grading.matching import Answer
from interviewer.core.grading.scoring.rubric import VAGUE_NOTE
from interviewer.core.grading.scoring.substance import (
    LIMITED_LENGTH,
    Substance,
    reference_sentences,
    substance,
)
from interviewer.core.grading.text import Text


@pytest.fixture(scope="module")
def graded(blind_graded):
    return blind_graded


def _length(grade):
    return next(p for p in grade.explanation if p.signal == "length")


@pytest.mark.parametrize(
    ("answer_id", "before"),
    [("w48a-037", 73.9), ("w48b-033", 73.9), ("w48b-074", 93.7), ("w48a-019", 76.9)],
)
def test_a_long_vague_answer_no_longer_passes_on_its_length(graded, answer_id, before):
    """Long vague answers of the blind train set (graded 0-1) that passed at grader 3.36 on
    their length (coverage 0.12-0.40, length 1.0)."""
    row, grade = graded(answer_id)
    assert row["kind"] == "longwrong" and row["grade"] <= 1
    assert grade.score < 70 <= before and not grade.passed
    length = _length(grade)
    assert length.value == LIMITED_LENGTH
    assert f"counted as {LIMITED_LENGTH:g} at most" in length.detail
    assert VAGUE_NOTE in grade.feedback


@pytest.mark.parametrize("answer_id", ["w48a-003", "w48b-053", "w48b-017"])
def test_a_long_plain_paraphrase_keeps_its_length(graded, answer_id):
    row, grade = graded(answer_id)
    assert row["grade"] >= 4
    length = _length(grade)
    assert length.value > LIMITED_LENGTH and "at most" not in length.detail
    assert VAGUE_NOTE not in grade.feedback


def test_substance_counts_the_words_of_credited_and_reaching_sentences():
    text = Text.of(
        "Attention weighs every token against the others. "
        "It is a really big deal for companies. "
        "Queries and keys give the weights of the values."
    )
    parsed = Answer.of(text)
    on = frozenset(text.stems[i] for i in text.content) - {
        text.stems[i] for i in text.content if text.words[i] in ("big", "deal", "companies")
    }
    refs = reference_sentences(
        [Text.of("The weights come from queries and keys, and weigh the values.")], on
    )
    counted = list(text.content)
    first = [i for i in counted if parsed.structure.sentences[i] == 0]
    credited = Finding(None, "credited", evidence="Attention", at=(first[0], first[0]))  # type: ignore[arg-type]
    found = substance(parsed, counted, [credited], refs, on)
    per_sentence = [sum(parsed.structure.sentences[i] == k for i in counted) for k in range(3)]
    assert found.words == len(counted)
    assert found.credited == pytest.approx(per_sentence[0] / len(counted))
    assert found.reached == pytest.approx((per_sentence[0] + per_sentence[2]) / len(counted))


def test_a_credited_finding_without_positions_is_found_by_its_evidence():
    text = Text.of("Padding words here. Low-rank matrices are trained instead.")
    parsed = Answer.of(text)
    finding = Finding(None, "credited", evidence="Low-rank matrices")  # type: ignore[arg-type]
    found = substance(parsed, list(text.content), [finding], (), frozenset())
    second = sum(parsed.structure.sentences[i] == 1 for i in text.content)
    assert found.credited == pytest.approx(second / len(text.content))


def test_vague_needs_both_shares_low():
    assert Substance(40, 0.2, 0.4).vague()
    assert not Substance(40, 0.3, 0.4).vague()
    assert not Substance(40, 0.2, 0.6).vague()


def test_an_answer_with_nothing_detected_is_left_to_its_cap(graded):
    """w48a-008 (coverage 0) is capped for nothing detected (at 20 since fluff52: none of its
    sentences reaches a reference sentence; test_unreached.py): no second word about it."""
    row, grade = graded("w48a-008")
    assert row["grade"] <= 1 and not grade.matched and grade.score == 20.0
    assert VAGUE_NOTE not in grade.feedback and "at most" not in _length(grade).detail
