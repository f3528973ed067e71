"""How the negation rule's constants were chosen: grouped cross-validation on SemEval-2013 train.

Usage: python benchmarks/asag_cv.py [FOLDER]   (default: ../shared/benchmarks/asag)

Reads only the train split of both data sets. For each (points, most content words) pair it
grades every train answer, then runs 5-fold cross-validation grouped by question: the pair with
the best 2-way accuracy on four folds is scored on the fifth. Test splits are never read.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from asag import grade_rows, read_jsonl  # noqa: E402

from interviewer.core import grading  # noqa: E402

GRID = [(points, words) for points in (0, 10, 20, 30, 40, 50) for words in (4, 6, 8, 10, 12)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "folder", nargs="?", default=str(REPO.parent / "shared" / "benchmarks" / "asag")
    )
    folder = Path(parser.parse_args().folder)
    rows = [r for r in read_jsonl(folder / "semeval2013.jsonl.gz") if r["split"] == "train"]
    datasets = sorted({r["dataset"] for r in rows})
    rows.sort(key=lambda r: datasets.index(r["dataset"]))
    gold = np.array([r["label_2way"] == "correct" for r in rows])
    groups = np.array([f"{r['dataset']}/{r['question_id']}" for r in rows])
    dataset = np.array([r["dataset"] for r in rows])
    passed = {}
    for points, words in GRID:
        grading.NEGATION_POINTS, grading.NEGATION_MAX_WORDS = float(points), words
        result = []
        for name in datasets:
            subset = [r for r in rows if r["dataset"] == name]
            grades, _, _ = grade_rows(
                subset, lambda r: r["reference_answers"], lambda r: r["question"]
            )
            result.extend(g.passed for g in grades)
        passed[(points, words)] = np.array(result)
    predicted = np.zeros(len(rows), dtype=bool)
    for fold, (train, held) in enumerate(GroupKFold(5).split(gold, gold, groups)):
        best = max(GRID, key=lambda k: np.mean(passed[k][train] == gold[train]))
        predicted[held] = passed[best][held]
        print(f"fold {fold + 1}: chosen points {best[0]}, at most {best[1]} content words")
    for name in datasets:
        mask = dataset == name
        none = np.mean(passed[(0, 4)][mask] == gold[mask])
        print(
            f"{name:12} grouped 5-fold CV accuracy {np.mean(predicted[mask] == gold[mask]):.3f}"
            f"   (no negation rule: {none:.3f})"
        )
    best = max(GRID, key=lambda k: np.mean(passed[k] == gold))
    print(f"chosen on all train: points {best[0]}, at most {best[1]} content words")


if __name__ == "__main__":
    main()
