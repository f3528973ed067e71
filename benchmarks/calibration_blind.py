"""Does fitting on answers no rubric line was written for calibrate better? (stop 40)

Usage: python benchmarks/calibration_blind.py [--folds K]

tests/data/blind_train.yaml ('train-blind') holds new answers to the train split's questions,
written from the prompt only and graded in two passes after those questions' rubrics were last
tuned: on them the signals look as they do on answers nobody has seen, not as on the train answers
the rubrics were tuned on. This script records the signals of train, dev, fresh-dev and
train-blind once (benchmarks/calibration_sweep.py's `record`), then prints trust.py's figures for:

- the shipped calibration;
- a refit on train alone (calibrate.py's settings), the reference for what a refit does;
- a refit on train + train-blind, in-sample on train-blind;
- out of fold on train-blind: the blind answers split by question into K folds; each fold graded
  by a calibration fitted on train + the other folds' blind answers. This is the honest figure of
  what the blind answers add, beside the same folds graded by the refit on train alone.

The test splits are never read here.
"""

from __future__ import annotations

import argparse
import random
from statistics import mean
from typing import Any

from calibration_sweep import fit, record

from interviewer.core.grading.calibration import Calibration, shipped
from interviewer.core.grading.result import PASSING_BANDS, band_for

SPLITS = ("train", "dev", "fresh-dev", "train-blind")
KINDS = ("paraphrase", "concise", "gaps", "partial", "wrong", "longwrong", "buzzword")


def scored(calibration: Calibration, rows: list[dict[str, Any]]) -> list[tuple[float, int, bool]]:
    """Each answer's score, rounded expected grade and whether it passes, capped as graded."""
    result = []
    for row in rows:
        grade = min(calibration.expected_grade(row["signals"]), row["cap"])
        score = round(max(0.0, min(100.0, 20 * grade)), 1)
        result.append((score, round(grade), band_for(score, row["flags"]) in PASSING_BANDS))
    return result


def figures(rows: list[dict[str, Any]], results: list[tuple[float, int, bool]]) -> str:
    """trust.py's figures on one line: Spearman, QWK, grade-4 passing, mean and passing per kind."""
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    human = [row["grade"] for row in rows]
    rho = spearmanr([s for s, _, _ in results], human).statistic
    qwk = cohen_kappa_score(human, [g for _, g, _ in results], weights="quadratic")
    fours = [p for row, (_, _, p) in zip(rows, results, strict=True) if row["grade"] == 4]
    text = f"Spearman {rho:.3f} QWK {qwk:.3f}"
    if fours:
        text += f"  grade-4 passing {mean(fours):.0%}"
    for kind in KINDS:
        these = [r for row, r in zip(rows, results, strict=True) if row["kind"] == kind]
        if these:
            passing = sum(p for *_, p in these)
            text += f"  {kind} {mean(s for s, _, _ in these):.1f} ({passing} pass)"
    return text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--setting", default="", help="extra fit options, e.g. min_samples_leaf=60")
    args = parser.parse_args()
    setting: dict[str, Any] = {}
    for item in filter(None, args.setting.split(",")):
        key, value = item.split("=")
        setting[key] = float(value) if "." in value else int(value)
    data = {split: record(split) for split in SPLITS}
    calibrations = {
        "shipped calibration.json": shipped(),
        "refit on train": fit(data["train"], setting),
        "refit on train + train-blind": fit(data["train"] + data["train-blind"], setting),
    }
    for name, calibration in calibrations.items():
        print(name)
        for split in SPLITS:
            print(f"  {split:<12}{figures(data[split], scored(calibration, data[split]))}")

    blind = data["train-blind"]
    questions = sorted({row["question_id"] for row in blind})
    random.Random(40).shuffle(questions)
    fold_of = {q: i % args.folds for i, q in enumerate(questions)}
    train_only = calibrations["refit on train"]
    ordered, out_of_fold, reference = [], [], []
    for k in range(args.folds):
        held = [row for row in blind if fold_of[row["question_id"]] == k]
        rest = [row for row in blind if fold_of[row["question_id"]] != k]
        ordered += held
        out_of_fold += scored(fit(data["train"] + rest, setting), held)
        reference += scored(train_only, held)
    print(f"train-blind out of fold ({args.folds} folds by question)")
    print(f"  refit on train          {figures(ordered, reference)}")
    print(f"  train + other folds     {figures(ordered, out_of_fold)}")


if __name__ == "__main__":
    main()
