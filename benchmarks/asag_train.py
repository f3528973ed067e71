"""Reference mode on the training parts of the short-answer data only: what constants are tuned on.

Usage: python benchmarks/asag_train.py [FOLDER] [--dump FILE]

Mohler 2011 assignments 1-8 (Pearson r against `score_avg`) and the SemEval-2013 train split
(2-way accuracy, pass = band strong or adequate) of Beetle and SciEntsBank. The grader is
fitted on the text of those questions only: no test question, answer or label is read. The
figure to improve is the sum of the three (as the previous engineer used). `--dump` writes each
answer's gold label and score parts (JSON lines) for exploring a change offline.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from scipy.stats import pearsonr

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))

from asag import accuracy, default_folder, grade_rows, read_jsonl  # noqa: E402


def train_rows(folder: Path) -> dict[str, list[dict]]:
    """The training rows: Mohler assignments 1-8, and each SemEval dataset's train split."""
    mohler = [r for r in read_jsonl(folder / "mohler2011.jsonl") if r["assignment"] <= 8]
    for row in mohler:
        row["reference_answers"] = [row["reference_answer"]]
    result = {"mohler": mohler}
    for row in read_jsonl(folder / "semeval2013.jsonl.gz"):
        if row["split"] == "train":
            result.setdefault(row["dataset"], []).append(row)
    return result


def _refs(row: dict) -> list[str]:
    return row["reference_answers"]


def _question(row: dict) -> str:
    return row["question"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_folder()))
    parser.add_argument("--dump", type=Path, help="write each answer's gold and score parts")
    args = parser.parse_args()
    total = 0.0
    dump = []
    for name, rows in train_rows(Path(args.folder)).items():
        grades, scores, _ = grade_rows(rows, _refs, _question)
        if name == "mohler":
            gold = np.array([r["score_avg"] for r in rows])
            measure = float(pearsonr(scores, gold)[0])
            print(f"mohler 1-8      n={len(rows):5d}  Pearson r {measure:.4f}")
        else:
            gold = np.array([r["label_2way"] == "correct" for r in rows])
            measure = accuracy(np.array([g.passed for g in grades]), gold)
            print(f"{name:15} n={len(rows):5d}  2-way accuracy {measure:.4f}")
        total += measure
        if args.dump:
            for row, grade, target in zip(rows, grades, gold, strict=True):
                parts = {p.signal: [p.value, p.points] for p in grade.explanation}
                dump.append(
                    {
                        "set": name,
                        "question": row["question_id"],
                        "gold": float(target),
                        "score": grade.score,
                        "passed": bool(grade.passed),
                        "parts": parts,
                        "flags": list(grade.flags),
                    }
                )
    print(f"sum             {total:.4f}")
    if args.dump:
        args.dump.write_text("\n".join(json.dumps(d) for d in dump) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
