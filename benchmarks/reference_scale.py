"""Reference mode's scale: how many points a unit of log-odds is worth, chosen on ASAG train parts.

Usage: python benchmarks/reference_scale.py [FOLDER] [--scales 15 20 25 30]

The shipped blend (reference_blend.json) is a logistic regression: a score of 70 is an even
chance that the answer is correct, and one unit of log-odds is SCALE points. The pass mark is
fixed by SemEval-2013 2-way accuracy; the scale only decides how far from 70 the other scores
lie, so what `strong` (85) and `missing` (30) mean. For each SCALE the blend is stretched about
the pass mark (every signal's points times SCALE / the shipped scale, the base moved to keep 70
where it was) and the training parts are graded in reference mode, as asag_train.py does:

- Mohler 1-8: Pearson r, and the share of answers whose band is the human grade's (85+ for a
  grade of 4.5 and up, 70-85 for 3.5-4.5, 30-70 for 1.5-3.5, below 30 under 1.5);
- SemEval-2013 train (Beetle, SciEntsBank): 2-way accuracy, and the share in the band the
  3-way label asks for: correct -> passing, contradictory -> `missing`, incorrect (partly
  right, irrelevant or off the domain) -> `weak` or `missing`, the three labels weighing the
  same.

"in band" is the mean of the three sets' shares. No test split is read.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from asag import default_folder, grade_rows  # noqa: E402
from asag_train import train_rows  # noqa: E402

import interviewer.core.grading.reference_scoring.grade as reference_grade  # noqa: E402
from interviewer.core.grading.reference_scoring import (  # noqa: E402
    SIGNALS,
    ReferenceBlend,
    shipped_blend,
)
from interviewer.core.grading.result import MISSING_CUTOFF, PASS_CUTOFF, STRONG_CUTOFF  # noqa: E402

WANTED = {"correct": {2, 3}, "contradictory": {0}, "incorrect": {0, 1}}
"""The bands (0 missing .. 3 strong) each SemEval 3-way label asks for."""


def band(score: float) -> int:
    if score >= STRONG_CUTOFF:
        return 3
    if score >= PASS_CUTOFF:
        return 2
    return 1 if score >= MISSING_CUTOFF else 0


def grade_band(grade: float) -> int:
    """The band of a 0-5 human grade (docs/grading.md, "What a score means")."""
    return 3 if grade >= 4.5 else 2 if grade >= 3.5 else 1 if grade >= 1.5 else 0


def stretched(blend: ReferenceBlend, factor: float) -> ReferenceBlend:
    """The blend with every signal's points times `factor`, 70 kept where it was."""
    points = {name: getattr(blend, name) * factor for name in SIGNALS}
    base = PASS_CUTOFF + factor * (blend.base - PASS_CUTOFF)
    return ReferenceBlend(base=base, fitted_on=blend.fitted_on, **points)


def shipped_scale(blend: ReferenceBlend) -> float:
    """The points per unit of log-odds the shipped blend says it has (its last such figure)."""
    found = re.findall(r"(\d+(?:\.\d+)?) points per unit of log-odds", blend.fitted_on)
    return float(found[-1]) if found else 15.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_folder()))
    parser.add_argument("--scales", type=float, nargs="+", default=[15.0, 20.0, 25.0, 30.0])
    args = parser.parse_args()
    rows = train_rows(Path(args.folder))
    shipped = shipped_blend()
    now = shipped_scale(shipped)
    print(f"shipped blend: {now:g} points per unit of log-odds, base {shipped.base:.1f}")
    for scale in args.scales:
        blend = stretched(shipped, scale / now)
        reference_grade.shipped_blend = lambda blend=blend: blend
        shares, line = [], f"scale {scale:4g} base {blend.base:5.1f}"
        for name, group in rows.items():
            _, scores, _ = grade_rows(
                group, lambda r: r["reference_answers"], lambda r: r["question"]
            )
            bands = np.array([band(s) for s in scores])
            if name == "mohler":
                gold = np.array([r["score_avg"] for r in group])
                share = float(np.mean(bands == np.array([grade_band(g) for g in gold])))
                line += f" | mohler r {pearsonr(scores, gold)[0]:.4f} in band {share:.3f}"
            else:
                labels = [r["label_3way"] for r in group]
                accuracy = np.mean(
                    [
                        (s >= PASS_CUTOFF) == (lab == "correct")
                        for s, lab in zip(scores, labels, strict=True)
                    ]
                )
                each = {
                    label: np.mean(
                        [b in wanted for b, lab in zip(bands, labels, strict=True) if lab == label]
                    )
                    for label, wanted in WANTED.items()
                }
                share = float(np.mean(list(each.values())))
                told = ", ".join(f"{label[:6]} {v:.2f}" for label, v in each.items())
                line += f" | {name[:6]} acc {accuracy:.4f} in band {share:.3f} ({told})"
            shares.append(share)
        print(f"{line} | in band {np.mean(shares):.3f}", flush=True)


if __name__ == "__main__":
    main()
