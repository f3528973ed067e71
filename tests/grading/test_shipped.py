"""Fitted parameters are read from the package's data files, once, with a fallback."""

from __future__ import annotations

from interviewer.core.grading.calibration import Calibration, shipped
from interviewer.core.grading.shipped import shipped_data


def test_a_missing_file_gives_the_fallback_and_it_is_kept() -> None:
    calls = []

    def fallback() -> str:
        calls.append(1)
        return "prior"

    assert shipped_data("no-such-file.json", str, fallback) == "prior"
    assert shipped_data("no-such-file.json", str, fallback) == "prior"
    assert calls == [1]


def test_an_unparsable_file_gives_the_fallback(monkeypatch) -> None:
    from interviewer.core.grading import shipped as module

    monkeypatch.setattr(module, "_READ", {})  # not the cache the grader uses

    def broken(data: object) -> str:
        raise KeyError("baseline")

    assert shipped_data("reference_blend.json", broken, lambda: "prior") == "prior"


def test_the_shipped_calibration_is_the_fitted_one() -> None:
    calibration = shipped()
    assert isinstance(calibration, Calibration)
    assert calibration.fitted_on.startswith("devset train split")
