"""A teacher's keys and answers, each with the grade its writer intends (tests/data/ref_keys46.csv
and later: columns student, kind, question, reference, keywords, answer, grade), graded as
`interviewer grade` grades a CSV with a key: how many pass or fail as intended (an intended
grade of 4 or 5 passes), the mean error in grades (|score / 20 - grade|), and per kind of
answer the same with its mean score.

Usage: python benchmarks/ref_keys.py tests/data/ref_keys47.csv [--list]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from interviewer.core.grading import grade_reference
from interviewer.core.grading.result import PASS_CUTOFF


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", type=Path)
    parser.add_argument("--list", action="store_true", help="print every answer's grade")
    args = parser.parse_args()
    kinds: dict[str, list[tuple[bool, float]]] = {}
    errors: list[float] = []
    with args.csv.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            keywords = [k for k in row["keywords"].split(";") if k] or None
            grade = grade_reference(
                row["question"], row["reference"], row["answer"], keywords=keywords
            )
            intended = int(row["grade"])
            right = (grade.score >= PASS_CUTOFF) == (intended >= 4)
            kinds.setdefault(row["kind"], []).append((right, grade.score))
            errors.append(abs(grade.score / 20 - intended))
            if args.list:
                wrong = "" if right else "  NOT AS INTENDED"
                print(f"{row['student']:4} {row['kind']:10} {grade.score:5.1f} ({intended}){wrong}")
    every = [r for rows in kinds.values() for r, _ in rows]
    print(
        f"as intended {sum(every)} of {len(every)}, "
        f"mean error {sum(errors) / len(errors):.2f} grade"
    )
    for kind, rows in kinds.items():
        mean = sum(s for _, s in rows) / len(rows)
        print(f"  {kind:10} {sum(r for r, _ in rows)} of {len(rows)}, mean score {mean:.1f}")


if __name__ == "__main__":
    main()
