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
    from interviewer.core.grading.calibration import compile_walks, walk_trees

    for calibration in (shipped(), prior()):
        _, walks = calibration._walks()
        assert compile_walks(walks)(*x) == walk_trees(walks, *x)


def test_trees_too_deep_to_nest_are_walked():
    from interviewer.core.grading.calibration import compile_walks, walk_trees

    chain = [(0, i / 100, i + 1, 99, 0.01, -0.01) for i in range(70)]
    walks = (tuple(chain + [(-1, 0.0, 0, 0, 0.0, 0.0)] * 30),)
    assert compile_walks(walks)(0.5, 0, 0, 0, 0) == walk_trees(walks, 0.5, 0, 0, 0, 0)


@given(
    st.lists(st.floats(0.0, 1.0, allow_nan=False), min_size=5, max_size=5),
    st.floats(0.0, 5.0),
    st.floats(0.5, 2.0),
)
def test_spreading_moves_every_unclipped_grade_factor_times_as_far_from_the_center(
    x, center, factor
):
    calibration = shipped()
    signals = dict(zip(FEATURES, x, strict=True))
    before, base, contributions = calibration.explain(signals)
    raw = base + sum(contributions.values())
    spread = calibration.spread(center, factor)
    after, spread_base, spread_contributions = spread.explain(signals)
    assert (
        abs(spread_base + sum(spread_contributions.values()) - (center + factor * (raw - center)))
        < 1e-4
    )
    assert abs(after - max(0.0, min(5.0, center + factor * (raw - center)))) < 1e-4
    for name, value in contributions.items():  # each signal's share is spread alike
        assert abs(spread_contributions[name] - factor * value) < 1e-4


def test_the_shipped_grades_are_spread_like_the_human_grades():
    # calibrate.py spreads the fitted expected grade about its mean (variance matching): a
    # full answer with every signal high must clear the pass mark (3.5), a bare one must not
    calibration = shipped()
    assert "spread x" in calibration.fitted_on
    full = {"coverage": 0.8, "essential": 1.0, "similarity": 0.7, "length": 0.6}
    assert calibration.expected_grade(full) >= 3.5
    assert calibration.expected_grade({"coverage": 0.1, "similarity": 0.2}) < 2


@given(st.lists(st.floats(0.0, 1.0, allow_nan=False), min_size=5, max_size=5))
def test_a_signal_that_is_not_an_error_never_shows_as_taking_points_away(x):
    # the base is the grade of an answer with nothing detected; each signal adds what it adds
    # once the signals before it are known, so a monotone-up signal's part is never negative
    calibration = shipped()
    signals = dict(zip(FEATURES, x, strict=True))
    _, base, contributions = calibration.explain(signals)
    assert base == calibration.explain({})[1]
    for name, direction in zip(FEATURES, MONOTONE, strict=True):
        assert contributions[name] * direction >= -1e-9, (name, contributions[name])


def _explained_afresh(calibration: Calibration, signals: dict) -> tuple:
    """`Calibration.explain` worked out from the walked trees, nothing remembered."""
    from interviewer.core.grading.calibration import walk_trees

    base, walks = calibration._walks()
    x = [float(signals.get(name, 0.0)) for name in FEATURES]
    known = [0.0] * len(x)
    start = before = base + sum(walk_trees(walks, *known))
    named = {}
    for i, name in enumerate(FEATURES):
        after = base + sum(walk_trees(walks, *known[:i], x[i], *known[i + 1 :]))
        known[i] = x[i]
        named[name] = after - before if x[i] != 0.0 else 0.0
        before = after if x[i] != 0.0 else before
    return max(0.0, min(5.0, before)), start, named


@given(
    st.lists(
        st.lists(st.sampled_from([0.0, 0.25, 0.5, 1.0, 0.123456789, 0.7]), min_size=5, max_size=5),
        min_size=1,
        max_size=20,
    )
)
def test_remembered_totals_give_the_same_explanation_to_the_last_bit(rows):
    # signals that share their first values meet remembered totals; each must be the same float
    for calibration in (shipped(), prior()):
        for row in rows:
            signals = dict(zip(FEATURES, row, strict=True))
            assert calibration.explain(signals) == _explained_afresh(calibration, signals)


def test_remembered_totals_are_bounded(monkeypatch):
    from interviewer.core.grading import calibration as module

    monkeypatch.setattr(module, "TOTALS_REMEMBERED", 8)
    calibration = shipped()
    for k in range(50):
        signals = {"coverage": k / 50, "essential": 0.5, "similarity": (k % 7) / 7}
        assert calibration.explain(signals) == _explained_afresh(calibration, signals)
    _, walks = calibration._walks()
    assert 0 < len(module._COMPILED[id(walks)][2]) <= 8
