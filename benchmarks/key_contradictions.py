"""Reference mode (a teacher's key, no rubric) and answers that say the opposite of the key.

Usage:
    python benchmarks/key_contradictions.py --file tests/data/ref_contradiction_probes65xa.yaml
    python benchmarks/key_contradictions.py --semeval train [--list] [FOLDER]

`--file`: a probe file (wrong answers and controls on genai questions) graded in reference
mode, each question stripped of its rubric and graded against its references (as
grade_identity.py's reference-mode section does). One summary line: wrong answers caught (a
wrong claim found and not passing), their mean and how many pass; controls flagged (a wrong
claim found), their mean and how many pass. `--list` adds a line per probe (never on a held
file).

`--semeval SPLIT`: SemEval-2013 (2-way and 3-way labels) graded in reference mode as asag.py
grades it. Per dataset: the `contradictory` answers with a wrong claim found (caught) and
passing, the `correct` answers with a wrong claim found (the figure that matters: flagged),
and 2-way accuracy. Train is where anything is chosen; a test split is reported once.
The data is read in place, never copied.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from asag import accuracy, default_folder, grade_rows, read_jsonl  # noqa: E402

from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grader, reference_question  # noqa: E402


def probes(path: Path, listed: bool) -> None:
    bank = Catalog(None).find("genai")
    keys = {q.id: reference_question(q.prompt, q.reference_answers, question_id=q.id) for q in bank}
    grader = Grader(questions=list(keys.values()))
    grader.fit()
    rows = yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]
    tally: dict[str, list] = {"wrong": [], "control": []}
    for row in rows:
        grade = grader.grade(keys[row["question_id"]], row["answer"])
        found = bool(grade.contradictions)
        tally[row["kind"]].append((found, grade.score, grade.passed))
        if listed:
            mark = "FOUND" if found else "-"
            print(
                f"{row['question_id']} {row['kind']:7} {row.get('error', ''):8} {mark:5} "
                f"{grade.score:5.1f} {grade.band:8} {row['answer'][:70]}"
            )
    wrong, control = tally["wrong"], tally["control"]

    def mean(rows: list) -> float:
        return sum(s for _, s, _ in rows) / max(1, len(rows))

    caught = sum(1 for f, _, p in wrong if f and not p)
    print(
        f"{path.name}: wrong caught {caught}/{len(wrong)}, mean {mean(wrong):.1f}, "
        f"{sum(p for _, _, p in wrong)} passing; controls flagged "
        f"{sum(f for f, _, _ in control)}/{len(control)}, mean {mean(control):.1f}, "
        f"{sum(p for _, _, p in control)} passing"
    )


def semeval(folder: Path, split: str, listed: bool) -> None:
    rows = [r for r in read_jsonl(folder / "semeval2013.jsonl.gz") if r["split"] == split]
    for name in ("beetle", "sciEntsBank"):
        part = [r for r in rows if r["dataset"] == name]
        if not part:
            continue
        grades, _, _ = grade_rows(part, lambda r: r["reference_answers"], lambda r: r["question"])
        kinds: dict[str, list] = {}
        for row, grade in zip(part, grades, strict=True):
            kinds.setdefault(row["label_3way"], []).append((bool(grade.contradictions), grade))
            if listed and grade.contradictions:
                print(f"  {row['label_3way']:13} {grade.score:5.1f} {row['student_answer'][:90]}")
        contra = kinds.get("contradictory", [])
        correct = kinds.get("correct", [])
        incorrect = kinds.get("incorrect", [])

        gold = np.array([r["label_2way"] == "correct" for r in part])
        acc = accuracy(np.array([g.passed for g in grades]), gold)
        print(
            f"{name:11} {split:8} contradictory caught {sum(f for f, _ in contra)}/{len(contra)} "
            f"({sum(g.passed for _, g in contra)} passing); correct flagged "
            f"{sum(f for f, _ in correct)}/{len(correct)}; incorrect flagged "
            f"{sum(f for f, _ in incorrect)}/{len(incorrect)}; 2-way accuracy {acc:.4f}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(default_folder()))
    parser.add_argument("--file", type=Path, help="a probe file graded in reference mode")
    parser.add_argument("--semeval", help="a SemEval-2013 split: train, test_ua, test_uq, test_ud")
    parser.add_argument("--list", action="store_true", help="a line per answer (studied sets)")
    args = parser.parse_args()
    if args.file:
        probes(args.file, args.list)
    if args.semeval:
        semeval(Path(args.folder), args.semeval, args.list)


if __name__ == "__main__":
    main()
