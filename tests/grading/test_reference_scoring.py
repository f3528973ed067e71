"""Reference mode's fitted blend: its signals, its data file, and how it moves a score."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from interviewer.core.grading import grade_reference, reference_scoring
from interviewer.core.grading.reference_scoring import (
    PRIOR,
    SHORTEST,
    ReferenceBlend,
    length_signal,
    shipped_blend,
)
from interviewer.core.grading.result import PASS_CUTOFF

PROMPT = (
    "Grace mixed eggshells with a liquid. The eggshells were gone and the liquid was clear. "
    "Why does she think she made a solution?"
)
REFERENCE = "The eggshells dissolved: they disappeared and the mixture stayed a clear liquid."


def test_length_signal_only_takes_off_for_a_shorter_answer() -> None:
    assert length_signal(10, 10) == 0.0
    assert length_signal(40, 10) == 0.0  # longer than the reference earns nothing more
    assert length_signal(4, 9) == pytest.approx(math.log(5 / 10))
    assert length_signal(0, 50) == SHORTEST


def test_blend_round_trips_through_json(tmp_path: Path) -> None:
    blend = ReferenceBlend(30.0, 65.0, 1.0, 26.0, 30.0, "a note")
    path = tmp_path / "blend.json"
    path.write_text(json.dumps(blend.to_dict()), encoding="utf-8")
    assert ReferenceBlend.from_dict(json.loads(path.read_text(encoding="utf-8"))) == blend


def test_blend_refuses_a_signal_counting_against_itself() -> None:
    with pytest.raises(ValueError):
        ReferenceBlend(30.0, -5.0, 1.0, 26.0, 30.0)


def test_shipped_blend_is_fitted_and_full_similarity_passes() -> None:
    blend = shipped_blend()
    assert blend != PRIOR and "SemEval" in blend.fitted_on
    assert blend.base < PASS_CUTOFF <= blend.base + blend.similarity
    assert blend.base + blend.similarity + blend.coverage <= 100


def test_a_short_answer_loses_length_points_a_long_one_does_not() -> None:
    short = grade_reference(PROMPT, REFERENCE, "dissolved")
    long = grade_reference(
        PROMPT, REFERENCE, "The eggshells dissolved and disappeared, so the mixture stayed clear."
    )
    assert any(p.signal == "length" and p.points < 0 for p in short.explanation)
    assert not any(p.signal == "length" for p in long.explanation)


def test_restating_the_question_fails_but_naming_its_scenario_rightly_passes() -> None:
    restated = grade_reference(PROMPT, REFERENCE, "She thinks she made a solution.")
    right = grade_reference(
        PROMPT, REFERENCE, "The eggshells were gone because they dissolved, and it stayed clear."
    )
    assert not restated.passed
    assert right.passed and right.score > restated.score + 30


def test_the_score_is_the_sum_of_its_parts_before_caps() -> None:
    grade = grade_reference(PROMPT, REFERENCE, "They dissolved into the liquid and it is clear.")
    parts = {p.signal: p.points for p in grade.explanation}
    assert set(parts) >= {"base", "similarity", "coverage"}
    if not set(parts) & {"too_short", "restates_question", "off_topic", "keyword_list"}:
        assert grade.score == pytest.approx(max(0.0, sum(parts.values())), abs=0.2)


def test_the_question_words_an_answer_rightly_uses_count_for_part_of_the_similarity(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = "The eggshells were gone and the liquid stayed clear."

    def similarity() -> float:
        grade = grade_reference(PROMPT, REFERENCE, answer)
        return next(p.value for p in grade.explanation if p.signal == "similarity")

    kept = similarity()
    monkeypatch.setattr(reference_scoring, "QUESTION_WORDS_KEPT", 0.0)
    assert kept > similarity() + 0.02
