"""Does a calibration fitted on more questions generalise better? Cross-validation by question.

Usage: python benchmarks/calibration_cv.py [--folds K] [--seeds 0,1,2] [--cache FILE] [--refresh]
           [--grid] [--out JSON] [--length-transform NAME[,NAME...]]

The signals of every answer of train, dev, fresh-dev and train-blind are recorded once
(calibration_sweep.record: the signals, whether a cap decided the grade and the lowest cap that
applies) and cached in FILE (default /tmp/calibration_cv_signals.json; --refresh records again).
Answers are grouped by question (a train answer and a train-blind answer to one question are in
one group) and the questions dealt into K folds, for each seed. Each fold is graded by a
calibration fitted on the other folds' uncapped answers, with the caps applied as graded, so every
answer's grade is out of fold: its question was never fitted on. Printed per split and pooled,
averaged over the seeds: Spearman, QWK, the mean score per kind, fluent wrong passing, grade-4
passing and the grade-2/3 mean, for

- the shipped calibration.json (as shipped: in sample on the train questions);
- (b) calibrate.py's train settings refitted on the train split's answers of the other folds;
- (c) calibrate.py's UNION_SETTING fitted on all four splits' answers of the other folds;
- with --grid, every setting of `grid()` fitted the same way;
- with --length-transform, (b) again under each length response named (length_response.py:
  a pre-transform, a lower floor, length in trees of its own, a smoothing window), for fitting
  and grading alike. "cliff 4-5" and "cliff 0-2" are then the mean scores of the answers graded
  4-5 and 0-2 whose recorded length signal is 0.25-0.5 (10-19 content words).

Stop 49 (calib60): no union setting kept (b)'s grade-4 passing and paraphrase mean out of fold,
so calibration.json is still fitted on train (docs/grading-log.md, calib60).

Under load, run it with OMP_NUM_THREADS=1: scikit-learn's threads on a shared machine made one
run of 11 length responses take over 40 minutes; with one thread it takes under a minute.

The test and fresh-test splits are never recorded or read.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from statistics import mean
from typing import Any

from calibrate import TRAIN_SETTING, UNION_SETTING, fit_model
from calibration_sweep import record
from length_response import RESPONSES, LengthResponse, responded, shifted

from interviewer.core.grading.calibration import FEATURES, shipped
from interviewer.core.grading.result import PASSING_BANDS, band_for

SPLITS = ("train", "dev", "fresh-dev", "train-blind")
KINDS = (
    "excellent",
    "concise",
    "paraphrase",
    "gaps",
    "partial",
    "wrong",
    "longwrong",
    "buzzword",
    "weak",
    "offtopic",
    "restated",
)
CACHE = Path("/tmp/calibration_cv_signals.json")
Row = dict[str, Any]


def recorded(cache: Path, refresh: bool = False) -> list[Row]:
    """Every answer of SPLITS with its split, recorded once and cached."""
    if cache.exists() and not refresh:
        rows: list[Row] = json.loads(cache.read_text("utf-8"))
        return rows
    rows = []
    for split in SPLITS:
        for row in record(split):
            rows.append(row | {"split": split, "flags": list(row["flags"])})
    cache.write_text(json.dumps(rows), "utf-8")
    return rows


def fold_of(questions: Sequence[str], folds: int, seed: int) -> dict[str, int]:
    """Each question's fold: the distinct questions, sorted, shuffled by `seed` and dealt out
    in turn, so every answer to one question is in one fold and the folds differ by one at most."""
    distinct = sorted(set(questions))
    random.Random(seed).shuffle(distinct)
    return {q: i % folds for i, q in enumerate(distinct)}


def out_of_fold(
    rows: Sequence[Row],
    folds: int,
    seed: int,
    setting: Mapping[str, Any],
    fit_splits: Sequence[str],
    response: LengthResponse = RESPONSES["none"],
) -> dict[str, list[float]]:
    """Each answer's calibrated grade (before its caps) by trees fitted on the other folds'
    answers of `fit_splits`: one list for each number of trees in `setting["stages"]` (or
    max_iter) and each spread ("N spread": spread as calibrate.py does; "N plain": not). The
    rows' signals are read as they are: `response` adds its fit settings and its window."""
    import numpy as np

    fold = fold_of([row["question_id"] for row in rows], folds, seed)
    x = np.array([[row["signals"].get(f, 0.0) for f in FEATURES] for row in rows])
    setting = dict(setting) | dict(response.setting)
    stages = tuple(setting.get("stages", (setting["max_iter"],)))
    grades = {f"{n} {how}": [0.0] * len(rows) for n in stages for how in ("spread", "plain")}
    for k in range(folds):
        fitted = [
            i
            for i, row in enumerate(rows)
            if fold[row["question_id"]] != k and row["split"] in fit_splits and not row["capped"]
        ]
        held = [i for i, row in enumerate(rows) if fold[row["question_id"]] == k]
        y = np.array([rows[i]["grade"] for i in fitted], dtype=float)
        center = float(y.mean())
        for n, (predict_fitted, predict_held) in zip(
            stages, _staged(x, rows, fitted, held, setting, response), strict=True
        ):
            factor = float(y.std() / predict_fitted.std())
            for i, p in zip(held, predict_held, strict=True):
                grades[f"{n} spread"][i] = center + factor * (float(p) - center)
                grades[f"{n} plain"][i] = float(p)
    return grades


def _staged(
    x: Any,
    rows: Sequence[Row],
    fitted: list[int],
    held: list[int],
    setting: Mapping[str, Any],
    response: LengthResponse = RESPONSES["none"],
) -> Iterator[tuple[Any, Any]]:
    """(predictions on the fitted answers, on the held answers) after each number of trees in
    setting["stages"]: one fit of the most trees, read at each stage, each prediction the mean
    over the response's shifts of length (just the prediction with no window)."""
    stages = tuple(setting.get("stages", (setting["max_iter"],)))
    options = {key: value for key, value in setting.items() if key != "stages"}
    options["max_iter"] = max(stages)
    model = fit_model(
        x[fitted],
        [rows[i]["grade"] for i in fitted],
        [rows[i]["split"] for i in fitted],
        [rows[i]["question_id"] for i in fitted],
        options,
    )

    def staged(rows_x: Any) -> dict[int, Any]:
        runs = [list(model.staged_predict(moved)) for moved in shifted(rows_x, response)]
        return {n: sum(run[n - 1] for run in runs) / len(runs) for n in stages}

    on_fitted, on_held = staged(x[fitted]), staged(x[held])
    for n in stages:
        yield on_fitted[n], on_held[n]


def scored(rows: Sequence[Row], grades: Sequence[float]) -> list[tuple[float, int, bool]]:
    """Each answer's score, rounded expected grade and whether it passes, capped as graded."""
    result = []
    for row, grade in zip(rows, grades, strict=True):
        capped = min(max(0.0, min(5.0, grade)), row["cap"])
        score = round(max(0.0, min(100.0, 20 * capped)), 1)
        result.append((score, round(capped), band_for(score, row["flags"]) in PASSING_BANDS))
    return result


def figures(rows: Sequence[Row], results: Sequence[tuple[float, int, bool]]) -> dict[str, float]:
    """trust.py's figures: Spearman, QWK, grade-4 passing, grade-2/3 mean, mean per kind, fluent
    wrong passing."""
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    human = [row["grade"] for row in rows]
    found: dict[str, float] = {
        "spearman": float(spearmanr([s for s, _, _ in results], human).statistic),
        "qwk": float(cohen_kappa_score(human, [g for _, g, _ in results], weights="quadratic")),
    }
    fours = [p for row, (_, _, p) in zip(rows, results, strict=True) if row["grade"] == 4]
    if fours:
        found["g4 pass"] = 100 * mean(fours)
    middle = [s for row, (s, _, _) in zip(rows, results, strict=True) if row["grade"] in (2, 3)]
    if middle:
        found["g2/3"] = mean(middle)
    for name, grades in (("cliff 4-5", (4, 5)), ("cliff 0-2", (0, 1, 2))):
        these = [
            s
            for row, (s, _, _) in zip(rows, results, strict=True)
            if row.get("cliff") and row["grade"] in grades
        ]
        if these:
            found[name] = mean(these)
            found[f"n {name}"] = len(these)
    for kind in KINDS:
        these = [r for row, r in zip(rows, results, strict=True) if row["kind"] == kind]
        if these:
            found[kind] = mean(s for s, _, _ in these)
            if kind == "wrong":
                found["wrong pass"] = sum(p for *_, p in these)
    return found


def table(rows: Sequence[Row], by_seed: Sequence[Sequence[float]]) -> dict[str, dict[str, float]]:
    """Figures per split and pooled, each the mean over the seeds' out-of-fold grades."""
    result: dict[str, dict[str, float]] = {}
    for split in (*SPLITS, "pooled"):
        index = [i for i, row in enumerate(rows) if split in ("pooled", row["split"])]
        these = [rows[i] for i in index]
        per_seed = [figures(these, scored(these, [g[i] for i in index])) for g in by_seed]
        result[split] = {key: mean(f[key] for f in per_seed) for key in per_seed[0]}
    return result


def line(found: Mapping[str, float]) -> str:
    text = f"{found['spearman']:.3f}/{found['qwk']:.3f}"
    for key, value in found.items():
        if key not in ("spearman", "qwk"):
            whole = key == "wrong pass" or key.startswith("n ")
            text += f" {key} {value:.0f}" if whole else f" {key} {value:.1f}"
    return text


def grid() -> Iterator[tuple[str, dict[str, Any]]]:
    """The settings tried on the union, each read at 50, 100 and 200 trees, spread or not:
    depth 1-3, learning rate 0.05 / 0.1, (l2, min_samples_leaf) (0, 20) / (20, 60), sample
    weights none / equal per split / equal per question."""
    for depth, rate, (l2, leaf), weights in itertools.product(
        (1, 2, 3), (0.05, 0.1), ((0.0, 20), (20.0, 60)), ("none", "split", "question")
    ):
        yield (
            f"depth {depth} lr {rate} l2 {l2:g} leaf {leaf} w {weights}",
            {
                "max_depth": depth,
                "stages": (50, 100, 200),
                "max_iter": 200,
                "learning_rate": rate,
                "l2_regularization": l2,
                "min_samples_leaf": leaf,
                "weights": weights,
            },
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seeds", default="0,1,2")
    parser.add_argument("--cache", type=Path, default=CACHE)
    parser.add_argument("--refresh", action="store_true", help="record the signals again")
    parser.add_argument("--grid", action="store_true", help="also every setting of grid()")
    parser.add_argument("--out", type=Path, help="write every setting's table as JSON here")
    parser.add_argument(
        "--length-transform",
        type=names,
        default=[],
        help=f"(b) again under each length response named: {', '.join(RESPONSES)}",
    )
    args = parser.parse_args()
    rows = responded(recorded(args.cache, args.refresh), RESPONSES["none"])
    seeds = [int(s) for s in args.seeds.split(",")]
    print(f"{len(rows)} answers to {len({r['question_id'] for r in rows})} questions")
    fixed = shipped()
    results = {"(a) shipped": table(rows, [[fixed.expected_grade(r["signals"]) for r in rows]])}
    train_only = [out_of_fold(rows, args.folds, s, TRAIN_SETTING, ("train",)) for s in seeds]
    key = f"{TRAIN_SETTING['max_iter']} spread"
    results["(b) refit on train"] = table(rows, [g[key] for g in train_only])
    for name in args.length_transform:
        response = RESPONSES[name]
        these = responded(rows, response)
        runs = [
            out_of_fold(these, args.folds, s, TRAIN_SETTING, ("train",), response) for s in seeds
        ]
        results[f"(b) length {name}"] = table(these, [g[key] for g in runs])
    settings = list(grid()) if args.grid else []
    settings.append(("(c) union, calibrate.py's union setting", dict(UNION_SETTING)))
    for number, (name, setting) in enumerate(settings, start=1):
        runs = [out_of_fold(rows, args.folds, s, setting, SPLITS) for s in seeds]
        for read in runs[0]:
            if "stages" in setting:
                results[f"{name} trees {read}"] = table(rows, [run[read] for run in runs])
            elif read.endswith("spread") == bool(setting.get("spread", True)):
                results[name] = table(rows, [run[read] for run in runs])
        print(f"[{number}/{len(settings)}] {name}", flush=True)
    for name, found in results.items():
        print(name)
        for split, figures_ in found.items():
            print(f"  {split:<12}{line(figures_)}")
    if args.out:
        args.out.write_text(json.dumps(results, indent=1), "utf-8")


def names(text: str) -> list[str]:
    """`--length-transform`'s comma-separated response names, each one of RESPONSES."""
    found = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in found if name not in RESPONSES]
    if unknown:
        raise argparse.ArgumentTypeError(
            f"unknown length response {', '.join(unknown)} (one of {', '.join(RESPONSES)})"
        )
    return found


if __name__ == "__main__":
    main()
