"""Fit the grader's calibration (signals -> expected 0-5 grade) on the devset's train split.

Usage: python benchmarks/calibrate.py [--write] [--thresholds 0.30,0.35,...]

1. For each meaning threshold tried (concepts/find.py), grade the train split, fit a
   monotone ensemble of shallow trees from the signals to the human grade (scikit-learn
   HistGradientBoostingRegressor with monotonic_cst: no signal may lower the grade as it grows),
   and measure Spearman and QWK on the dev split. Answers whose grade was capped (a
   contradiction, a keyword string, a restated question...) are left out of the fit: the caps,
   not the calibration, handle them.
2. The threshold with the best dev QWK (Spearman breaks ties) is kept; with --write its fitted
   parameters go to interviewer/core/grading/calibration.json, and the threshold is printed to be
   set in concepts/find.py. The test split is never read here.

The fitted grades are then spread about their mean as widely as the human grades they were
fitted on (variance matching): a regression's expected grade shrinks towards the mean, which
put most answers graded 4 under the pass mark.
"""

from __future__ import annotations

import argparse
import json

from devset import REPO, genai_bank, load

from interviewer.core.grading import Grader, concepts
from interviewer.core.grading.calibration import (
    FEATURES,
    MONOTONE,
    Calibration,
    from_sklearn,
    prior,
)

CAPPING = frozenset({"errors", "keyword_list", "restates_question", "off_topic"})
OUT = REPO / "interviewer" / "core" / "grading" / "calibration.json"


def signals_of(grader: Grader, bank, rows) -> list[tuple[dict[str, float], bool]]:
    result = []
    for r in rows:
        grade = grader.grade(bank.get(r.question_id), r.answer)
        values = {p.signal: p.value for p in grade.explanation if p.signal in FEATURES}
        capped = any(p.signal in CAPPING for p in grade.explanation) or "empty" in grade.flags
        result.append((values, capped))
    return result


def fit(train_signals, train_rows) -> Calibration:
    import numpy as np
    from sklearn.ensemble import HistGradientBoostingRegressor

    kept = [
        (s, r.grade) for (s, capped), r in zip(train_signals, train_rows, strict=True) if not capped
    ]
    x = np.array([[s.get(f, 0.0) for f in FEATURES] for s, _ in kept])
    y = np.array([g for _, g in kept], dtype=float)
    model = HistGradientBoostingRegressor(
        max_depth=2,
        max_iter=100,
        learning_rate=0.1,
        min_samples_leaf=20,
        monotonic_cst=list(MONOTONE),
        random_state=0,
    ).fit(x, y)
    # A regression's expected grade is pulled towards the mean: answers graded 4 come out
    # near 3.3 on average, under the pass mark. Spread the fitted grades as widely as the
    # interviewers' grades are spread on the same answers (variance matching about the mean).
    predicted = model.predict(x)
    factor = float(y.std() / predicted.std())
    center = float(y.mean())
    splits = " and ".join(sorted({r.split for r in train_rows}))
    return from_sklearn(
        model,
        f"devset {splits} split: {len(kept)} answers (uncapped) of {len(train_rows)}; "
        f"spread x{factor:.3f} about {center:.3f}",
    ).spread(center, factor)


def evaluate(grader: Grader, bank, rows) -> tuple[float, float]:
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    grades = [grader.grade(bank.get(r.question_id), r.answer) for r in rows]
    human = [r.grade for r in rows]
    rho = spearmanr([g.score for g in grades], human).statistic
    qwk = cohen_kappa_score(
        human, [round(g.expected_grade or 0.0) for g in grades], weights="quadratic"
    )
    return float(rho), float(qwk)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write calibration.json")
    parser.add_argument("--thresholds", default="0.30,0.34,0.38,0.42,0.46,0.50")
    parser.add_argument(
        "--with-blind",
        action="store_true",
        help="fit on the train split and the train-blind set (tests/data/blind_train.yaml)",
    )
    args = parser.parse_args()
    bank = genai_bank()
    train, dev = load("train"), load("dev")
    if args.with_blind:
        train += load("train-blind")
    best = None
    for tau in (float(t) for t in args.thresholds.split(",")):
        concepts.find.MEANING_THRESHOLD = tau  # where find_concept reads it
        calibration = fit(signals_of(Grader(bank, calibration=prior()), bank, train), train)
        rho, qwk = evaluate(Grader(bank, calibration=calibration), bank, dev)
        print(f"threshold {tau:.2f}: dev Spearman {rho:.3f}  QWK {qwk:.3f}")
        if best is None or (qwk, rho) > best[0]:
            best = ((qwk, rho), tau, calibration)
    assert best is not None
    (qwk, rho), tau, calibration = best
    print(f"\nbest threshold {tau:.2f} (dev QWK {qwk:.3f}, Spearman {rho:.3f})")
    print(f"{len(calibration.trees)} trees, base {calibration.baseline:.3f}")
    if args.write:
        OUT.write_text(json.dumps(calibration.to_dict(), separators=(",", ":")) + "\n", "utf-8")
        print(f"wrote {OUT.relative_to(REPO)}; set concepts/find.py MEANING_THRESHOLD = {tau:.2f}")


if __name__ == "__main__":
    main()
