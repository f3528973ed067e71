"""The shipped calibration: monotone, explained, read from data."""

from __future__ import annotations

import json
from itertools import product

import pytest
from hypothesis import given
from hypothesis import strategies as st

from interviewer.core.grading.calibration import FEATURES, MONOTONE, Calibration, prior, shipped


def test_the_shipped_calibration_is_fitted_not_the_prior():
    calibration = shipped()
    assert calibration.fitted_on.startswith("devset train split")
    assert len(calibration.trees) >= 10


@pytest.mark.parametrize(("feature", "direction"), list(zip(FEATURES, MONOTONE, strict=True)))
def test_each_signal_moves_the_grade_one_way_only(feature, direction):
    calibration = shipped()
    steps = [i / 10 for i in range(11)]
    for others in product((0.0, 0.3, 0.7, 1.0), repeat=len(FEATURES) - 1):
        base = dict(zip([f for f in FEATURES if f != feature], others, strict=True))
        grades = [round(calibration.expected_grade({**base, feature: v}), 9) for v in steps]
        assert grades == sorted(grades, reverse=direction < 0)


def test_contributions_add_up_to_the_grade():
    calibration = shipped()
    grade, base, contributions = calibration.explain(
        {"coverage": 0.6, "essential": 1.0, "similarity": 0.5, "length": 0.4, "contradicted": 0}
    )
    assert abs(base + sum(contributions.values()) - grade) < 1e-3


def test_round_trip_through_json():
    calibration = shipped()
    again = Calibration.from_dict(json.loads(json.dumps(calibration.to_dict())))
    assert again == calibration


def test_a_broken_calibration_file_is_refused():
    data = prior().to_dict()
    data["trees"][0][0][2] = 99
    with pytest.raises(ValueError):
        Calibration.from_dict(data)
    with pytest.raises(ValueError):
        Calibration.from_dict({**data, "features": ["coverage"]})


@given(st.lists(st.floats(-0.5, 1.5, allow_nan=False), min_size=5, max_size=5))
def test_the_compiled_trees_give_the_walked_contributions_exactly(x):
    from interviewer.core.grading.calibration import _compile, _walk_trees

    for calibration in (shipped(), prior()):
        _, walks = calibration._walks()
        assert _compile(walks)(*x) == _walk_trees(walks, *x)


def test_trees_too_deep_to_nest_are_walked():
    from interviewer.core.grading.calibration import _compile, _walk_trees

    chain = [(0, i / 100, i + 1, 99, 0.01, -0.01) for i in range(70)]
    walks = (tuple(chain + [(-1, 0.0, 0, 0, 0.0, 0.0)] * 30),)
    assert _compile(walks)(0.5, 0, 0, 0, 0) == _walk_trees(walks, 0.5, 0, 0, 0, 0)
