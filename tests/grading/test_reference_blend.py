"""Reference mode's blend: the points of each signal, its data file
(reference_scoring/blend.py)."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from interviewer.core.grading.reference_scoring import (
    PRIOR,
    ReferenceBlend,
    ReferenceSignals,
    shipped_blend,
)
from interviewer.core.grading.result import PASS_CUTOFF


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


def test_an_old_blend_file_reads_with_the_new_signals_at_zero() -> None:
    old = {"base": 29.6, "similarity": 64.8, "coverage": 1.2, "length": 26.2, "negation": 30.0}
    blend = ReferenceBlend.from_dict(old)
    assert (blend.precision, blend.too_short, blend.references) == (0.0, 0.0, 0.0)
    assert blend.similarity == 64.8


def test_each_signal_moves_the_score_the_way_it_should() -> None:
    blend = ReferenceBlend(50.0, 30.0, 1.0, 20.0, 13.0, "", 13.0, 5.0, 8.0)
    plain = ReferenceSignals(0.2, 0.5, -0.5, 0.5, False, False, 1, (), (0.2, 0.2), 10, 5)
    assert blend.score(plain) == pytest.approx(50 + 15 + 0.5 - 10 + 6.5)
    assert blend.score(replace(plain, precision=1.0)) > blend.score(plain)
    assert blend.score(replace(plain, negated=True)) == pytest.approx(blend.score(plain) - 13)
    assert blend.score(replace(plain, too_short=True)) == pytest.approx(blend.score(plain) - 5)
    assert blend.score(replace(plain, references=3)) == pytest.approx(
        blend.score(plain) - 8 * math.log(3)
    )
    assert blend.score(replace(plain, similarity=0.9)) == blend.score(
        replace(plain, similarity=0.4)
    )


def test_most_references_caps_the_count_and_no_more() -> None:
    blend = ReferenceBlend(50.0, 30.0, 1.0, 20.0, 13.0, "", 13.0, 5.0, 8.0, most_references=4.0)
    plain = ReferenceSignals(0.2, 0.5, -0.5, 0.5, False, False, 1, (), (0.2, 0.2), 10, 5)
    uncapped = replace(blend, most_references=0.0)
    for n in (1, 2, 3, 4):
        each = replace(plain, references=n)
        assert blend.score(each) == pytest.approx(uncapped.score(each))
    for n in (5, 14, 40):
        each = replace(plain, references=n)
        assert blend.score(each) == pytest.approx(blend.score(plain) - 8 * math.log(4))
        assert blend.score(each) > uncapped.score(each)


def test_most_references_round_trips_and_an_old_file_counts_all() -> None:
    blend = ReferenceBlend(50.0, 30.0, 1.0, 20.0, 13.0, "", most_references=3.0)
    assert ReferenceBlend.from_dict(json.loads(json.dumps(blend.to_dict()))) == blend
    assert (
        ReferenceBlend.from_dict(
            {"base": 1.0, "similarity": 1.0, "coverage": 0.0, "length": 0.0, "negation": 0.0}
        ).counted(14)
        == 14
    )
    with pytest.raises(ValueError):
        ReferenceBlend(50.0, 30.0, 1.0, 20.0, 13.0, most_references=-1.0)
