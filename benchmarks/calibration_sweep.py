"""Would another calibration do better? Refit settings tried on train, read on dev and fresh-dev.

Usage: python benchmarks/calibration_sweep.py [--full-words N | --reference-share S]

Each answer of train, dev and fresh-dev is graded twice, once: with the prior calibration, to
record its signals and whether a cap touched it (as benchmarks/calibrate.py does), and with a
calibration that always says 5, so that what it is left with is the lowest cap that applies to
it (5 when none does). An answer's score under any calibration is then 20 x min(calibration's
grade of its signals, cap), its band `band_for` of that: the figures trust.py prints, worked out
without grading again (for the shipped calibration they are the same to the last digit).

Then, for each setting in SETTINGS (HistGradientBoostingRegressor's regularisation, which
signals may interact with length, length left out), a calibration is fitted on train as
calibrate.py fits it and its figures on train (in-sample), dev and fresh-dev are printed beside
the shipped calibration's. The test splits are never read here.

--full-words N saturates the length signal at N content words instead of
length.FULL_LENGTH_WORDS; --reference-share S at S times the words the question's longest
reference says (length relative to the reference's).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Mapping
from statistics import mean
from typing import Any

from calibrate import CAPPING
from devset import genai_bank, load

from interviewer.core.grading import Grader
from interviewer.core.grading.calibration import (
    FEATURES,
    MONOTONE,
    Calibration,
    from_sklearn,
    prior,
    shipped,
)
from interviewer.core.grading.result import PASSING_BANDS, band_for
from interviewer.core.grading.scoring import length

SPLITS = ("train", "dev", "fresh-dev")
COVERAGE, ESSENTIAL, SIMILARITY, LENGTH, CONTRADICTED = range(len(FEATURES))
SETTINGS: dict[str, dict[str, Any]] = {
    "refit (calibrate.py's settings)": {},
    "min_samples_leaf 60": {"min_samples_leaf": 60},
    "min_samples_leaf 100": {"min_samples_leaf": 100},
    "max_bins 16": {"max_bins": 16},
    "max_bins 8": {"max_bins": 8},
    "l2_regularization 50": {"l2_regularization": 50.0},
    "max_depth 1 (additive)": {"max_depth": 1},
    "max_depth 3, leaf 60": {"max_depth": 3, "min_samples_leaf": 60},
    "max_depth 3, leaf 60, l2 20": {
        "max_depth": 3,
        "min_samples_leaf": 60,
        "l2_regularization": 20.0,
    },
    "max_depth 3, leaf 50, l2 50": {
        "max_depth": 3,
        "min_samples_leaf": 50,
        "l2_regularization": 50.0,
    },
    "length alone, leaf 60": {
        "interaction_cst": [[COVERAGE, ESSENTIAL, SIMILARITY, CONTRADICTED], [LENGTH]],
        "min_samples_leaf": 60,
    },
    "length x coverage only": {
        "interaction_cst": [[COVERAGE, LENGTH], [COVERAGE, ESSENTIAL, SIMILARITY, CONTRADICTED]]
    },
    "no length": {"without": "length"},
}


class _Recording(Calibration):
    """The prior calibration, keeping the signals it is asked about."""

    seen: list[dict[str, float]] = []

    def explain(self, signals: Mapping[str, float]) -> tuple[float, float, dict[str, float]]:
        self.seen.append(dict(signals))
        return super().explain(signals)


def record(split: str) -> list[dict[str, Any]]:
    """Each answer's question, human grade, kind, signals, flags, lowest cap and whether it was
    capped."""
    bank = genai_bank()
    base = prior()
    recording = _Recording(base.baseline, base.trees, base.fitted_on)
    five = Grader(bank, calibration=Calibration(5.0, (((-1, 0.0, 0, 0, 0.0),),), "always 5"))
    graded = Grader(bank, calibration=recording)
    rows = []
    for r in load(split):
        recording.seen.clear()
        question = bank.get(r.question_id)
        grade = graded.grade(question, r.answer)
        if not recording.seen:
            raise RuntimeError(f"{r.id}: not graded in rubric mode, no signals to refit on")
        capped = any(p.signal in CAPPING for p in grade.explanation) or "empty" in grade.flags
        at_most = five.grade(question, r.answer)
        rows.append(
            {
                "question_id": r.question_id,
                "grade": r.grade,
                "kind": r.kind,
                "signals": recording.seen[-1],
                "capped": capped,
                "cap": at_most.expected_grade,
                "flags": at_most.flags,
            }
        )
    return rows


def fit(train: list[dict[str, Any]], setting: Mapping[str, Any]) -> Calibration:
    """calibrate.fit with these settings (and one signal left out, set to 0, if `without`)."""
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingRegressor

    options = dict(setting)
    without = options.pop("without", None)
    kept = [row for row in train if not row["capped"]]
    x = np.array(
        [[0.0 if f == without else row["signals"].get(f, 0.0) for f in FEATURES] for row in kept]
    )
    y = np.array([row["grade"] for row in kept], dtype=float)
    parameters: dict[str, Any] = {
        "max_depth": 2,
        "max_iter": 100,
        "learning_rate": 0.1,
        "min_samples_leaf": 20,
        "monotonic_cst": list(MONOTONE),
        "random_state": 0,
    }
    model = HistGradientBoostingRegressor(**(parameters | options)).fit(x, y)
    factor = float(y.std() / model.predict(x).std())
    return from_sklearn(model, "sweep").spread(float(y.mean()), factor)


def figures(calibration: Calibration, rows: list[dict[str, Any]]) -> str:
    """trust.py's figures for these answers under this calibration, on one line."""
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    scores, expected, passed = [], [], []
    for row in rows:
        grade = min(calibration.expected_grade(row["signals"]), row["cap"])
        score = round(max(0.0, min(100.0, 20 * grade)), 1)
        scores.append(score)
        expected.append(round(grade))
        passed.append(band_for(score, row["flags"]) in PASSING_BANDS)
    human = [row["grade"] for row in rows]
    rho = spearmanr(scores, human).statistic
    qwk = cohen_kappa_score(human, expected, weights="quadratic")

    def of(test: Callable[[dict[str, Any]], bool]) -> list[int]:
        return [i for i, row in enumerate(rows) if test(row)]

    fours = of(lambda row: row["grade"] == 4)
    text = f"Spearman {rho:.3f} QWK {qwk:.3f}  grade-4 passing {mean(passed[i] for i in fours):.0%}"
    for kind in ("paraphrase", "concise", "gaps", "partial", "wrong", "buzzword"):
        these = of(lambda row, kind=kind: row["kind"] == kind)
        if these:
            text += (
                f"  {kind} {mean(scores[i] for i in these):.1f}"
                f" ({sum(passed[i] for i in these)} pass)"
            )
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--full-words", type=int, help="length signal full at N content words")
    group.add_argument(
        "--reference-share", type=float, help="length full at S x the longest reference's words"
    )
    args = parser.parse_args()
    if args.full_words is not None:
        length.FULL_LENGTH_WORDS = args.full_words
    elif args.reference_share is not None:
        _relative_length(args.reference_share)
    data = {split: record(split) for split in SPLITS}
    calibrations = {"shipped calibration.json": shipped()}
    calibrations |= {name: fit(data["train"], s) for name, s in SETTINGS.items()}
    for name, calibration in calibrations.items():
        print(name)
        for split in SPLITS:
            print(f"  {split:<10}{figures(calibration, data[split])}")


def _relative_length(share: float) -> None:
    """Questions prepared from now on have the length signal full at `share` times the content
    words their longest reference says (at least length.SHORTEST_FULL_LENGTH)."""
    from interviewer.core.grading.grader import preparing

    counted, most = length.full_length, length.FULL_LENGTH_WORDS

    def full_length(prepared: Any, references: Any) -> int:
        length.FULL_LENGTH_WORDS = 10**6  # the longest reference's words, not cut at 40
        try:
            longest = counted(prepared, references)
        finally:
            length.FULL_LENGTH_WORDS = most
        return max(length.SHORTEST_FULL_LENGTH, round(share * longest))

    preparing.full_length = full_length  # type: ignore[assignment]


if __name__ == "__main__":
    main()
