"""Fit reference mode's blend (reference_scoring.py) on the training parts of the ASAG data.

Usage: python benchmarks/fit_reference.py [FOLDER] [--write] [--scale 30]

Each answer of the SemEval-2013 train split (Beetle and SciEntsBank) is graded with the blend
now shipped, and the signals of the reference it was scored against are read from its
explanation (similarity as min(1, sim / full), coverage, length, negation). A logistic
regression (scikit-learn; each dataset weighing the same) predicts whether the answer is
correct; its decision boundary becomes the pass mark (70) and one unit of its log-odds SCALE
points. Answers the caps decide (empty, restating the question, off topic, a keyword list) are
left out: the caps, not the blend, handle them. With --write the points go to
interviewer/core/grading/reference_blend.json. Then `benchmarks/asag_train.py` gives the train
figures (Mohler 1-8 too), which is where SCALE was chosen. No test split is read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from asag import grade_rows
from asag_train import REPO, train_rows

from interviewer.core.grading import reference_scoring
from interviewer.core.grading.result import PASS_CUTOFF
from interviewer.core.grading.scoring import FULL_SIMILARITY

OUT = REPO / "interviewer" / "core" / "grading" / "reference_blend.json"
CAPPED = frozenset({"empty", "restates_question", "off_topic", "keyword_list"})


def signals(grade) -> list[float] | None:
    """(similarity, coverage, length, negation) of a graded answer; None when a cap decides it."""
    if CAPPED & set(grade.flags):
        return None
    parts = {p.signal: p.value for p in grade.explanation}
    similarity = min(1.0, parts.get("similarity", 0.0) / FULL_SIMILARITY)
    return [
        similarity,
        parts.get("coverage", 0.0),
        parts.get("length", 0.0),
        parts.get("negation", 0.0),
    ]


def fit(folder: Path, scale: float) -> reference_scoring.ReferenceBlend:
    from sklearn.linear_model import LogisticRegression

    x, y, weight = [], [], []
    for name, rows in train_rows(folder).items():
        if name == "mohler":
            continue
        grades, _, _ = grade_rows(rows, lambda r: r["reference_answers"], lambda r: r["question"])
        kept = [(s, r) for g, r in zip(grades, rows, strict=True) if (s := signals(g)) is not None]
        x += [s for s, _ in kept]
        y += [r["label_2way"] == "correct" for _, r in kept]
        weight += [1.0 / len(kept)] * len(kept)
    model = LogisticRegression(max_iter=5000)
    model.fit(np.array(x), np.array(y), sample_weight=np.array(weight) * len(y) / 2)
    w = model.coef_[0]
    b = float(model.intercept_[0])
    print(f"log-odds: {b:+.3f} {' '.join(f'{v:+.3f}' for v in w)} (n={len(y)})")
    return reference_scoring.ReferenceBlend(
        base=round(PASS_CUTOFF + scale * b, 2),
        similarity=round(scale * max(0.0, w[0]), 2),
        coverage=round(scale * max(0.0, w[1]), 2),
        length=round(scale * max(0.0, w[2]), 2),
        negation=round(scale * max(0.0, -w[3]), 2),
        fitted_on=(
            "SemEval-2013 train (Beetle and SciEntsBank, equal weight), logistic regression, "
            f"{scale:g} points per unit of log-odds, pass mark at the decision boundary"
        ),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(REPO.parent / "shared" / "benchmarks" / "asag")
    )
    parser.add_argument("--scale", type=float, default=30.0)
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    blend = fit(Path(args.folder), args.scale)
    print(json.dumps(blend.to_dict(), indent=1))
    if args.write:
        OUT.write_text(json.dumps(blend.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"written to {OUT}")


if __name__ == "__main__":
    main()
