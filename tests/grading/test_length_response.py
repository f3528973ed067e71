"""benchmarks/calibration_cv.py's --length-transform (length_response.py, stop 50): each length
response reads the signals, the fit settings and the grades as it says, and the cliff buckets
are read from the recorded length, not the transformed one."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent.parent / "benchmarks"


@pytest.fixture(scope="module")
def scripts():
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import calibrate
        import calibration_cv
        import length_response
    finally:
        sys.path.remove(str(BENCHMARKS))
    return calibrate, calibration_cv, length_response


def _row(question: str, coverage: float, length: float, grade: int = 4) -> dict:
    return {
        "question_id": question,
        "split": "train",
        "grade": grade,
        "kind": "concise",
        "capped": False,
        "cap": 5.0,
        "flags": [],
        "signals": {"coverage": coverage, "length": length},
    }


def test_the_option_takes_known_names_only(scripts):
    _, cv, lr = scripts
    assert cv.names("floor45, alone") == ["floor45", "alone"]
    assert set(lr.RESPONSES) >= {"none", "sqrt", "floor45", "alone", "depth1", "window20"}
    with pytest.raises(argparse.ArgumentTypeError, match="unknown length response nope"):
        cv.names("none,nope")


def test_a_floor_lifts_length_only_at_its_coverage_and_marks_the_recorded_cliff(scripts):
    _, _, lr = scripts
    rows = [_row("q1", 0.5, 0.3), _row("q2", 0.4, 0.3), _row("q3", 0.5, 0.7)]
    floor = lr.responded(rows, lr.RESPONSES["floor45"])
    assert [r["signals"]["length"] for r in floor] == [0.5, 0.3, 0.7]
    assert [r["cliff"] for r in floor] == [True, True, False]
    assert [r["signals"]["length"] for r in rows] == [0.3, 0.3, 0.7]  # the rows are not changed
    root = lr.responded(rows, lr.RESPONSES["sqrt"])
    assert root[0]["signals"]["length"] == pytest.approx(0.3**0.5)
    assert root[0]["cliff"] and root[0]["signals"]["coverage"] == 0.5


def test_a_window_averages_the_trees_over_shifted_lengths(scripts, monkeypatch):
    calibrate, cv, lr = scripts

    class Length:
        """A 'model' whose grade is the length signal itself, after one tree."""

        def staged_predict(self, x):
            yield x[:, lr.LENGTH_AT].copy()

    settings: list[dict] = []

    def fake(x, grades, splits, questions, setting):
        settings.append(dict(setting))
        return Length()

    monkeypatch.setattr(cv, "fit_model", fake)
    rows = [_row(f"q{i}", 0.2, length, grade=i % 6) for i, length in enumerate([0.0, 0.5, 1.0] * 4)]
    setting = calibrate.TRAIN_SETTING | {"max_iter": 1}
    plain = cv.out_of_fold(rows, 3, 0, setting, ("train",), lr.RESPONSES["alone+window20"])
    # no spread: the mean over length -0.2, -0.1, 0, +0.1, +0.2 clipped to 0-1
    assert plain["1 plain"][:3] == pytest.approx([0.06, 0.5, 0.94])
    assert all(s["interaction_cst"] == lr.ALONE for s in settings)
    assert cv.out_of_fold(rows, 3, 0, setting, ("train",))["1 plain"][:3] == [0.0, 0.5, 1.0]


def test_the_cliff_buckets_are_read_by_grade(scripts):
    _, cv, lr = scripts
    rows = lr.responded(
        [_row("q1", 0.5, 0.3, 4), _row("q2", 0.5, 0.4, 1), _row("q3", 0.5, 0.8, 5)],
        lr.RESPONSES["none"],
    )
    found = cv.figures(rows, [(60.0, 3, False), (30.0, 2, False), (90.0, 5, True)])
    assert found["cliff 4-5"] == 60.0 and found["n cliff 4-5"] == 1
    assert found["cliff 0-2"] == 30.0 and found["n cliff 0-2"] == 1
