"""Correct probes: false flags on correct answers written blind, on questions nobody tuned them on.

Usage: python benchmarks/correct_probes.py [--list] [--file PATH]

Grades tests/data/correct_probes33.yaml (100 correct answers on 50 tunable questions, one long
excellent answer and one concise one each, written from the prompts alone before any grading; see
its `about`) with the genai bank and prints, per kind, how many got a contradiction or a
misconception (a false flag: every answer there is meant to be correct) and how many pass. With
--list, each flagged or failing answer with its score, band and what fired on which words.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

import yaml
from devset import REPO, genai_bank

from interviewer.core.grading import Grader

DATA = REPO / "tests" / "data" / "correct_probes33.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each flagged or failing answer")
    parser.add_argument("--file", type=Path, default=DATA, help="probes file")
    args = parser.parse_args()
    rows = yaml.safe_load(args.file.read_text(encoding="utf-8"))["probes"]
    bank = genai_bank()
    grader = Grader(bank)
    flagged: dict[str, int] = defaultdict(int)
    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    scores: dict[str, float] = defaultdict(float)
    for row in rows:
        grade = grader.grade(bank.get(row["question_id"]), row["answer"])
        kind = row["kind"]
        total[kind] += 1
        passed[kind] += grade.passed
        scores[kind] += grade.score
        found = [
            f"{c.concept}: {c.detail} [{' / '.join(c.evidence)}]" for c in grade.contradictions
        ]
        found += [
            f"misconception '{m.phrase}' [{' / '.join(m.evidence)}]" for m in grade.misconceptions
        ]
        flagged[kind] += bool(found)
        if args.list and (found or not grade.passed):
            print(
                f"{row['id']} {row['question_id']} ({kind}) {grade.score:.1f} {grade.band}: "
                + ("; ".join(found) or "no flag")
            )
    print(f"{'kind':<12}{'n':>5}{'flagged':>9}{'pass':>7}{'mean':>7}")
    for kind in sorted(total):
        n = total[kind]
        print(f"{kind:<12}{n:>5}{flagged[kind]:>9}{passed[kind] / n:>7.0%}{scores[kind] / n:>7.1f}")
    n = sum(total.values())
    print(
        f"{'all':<12}{n:>5}{sum(flagged.values()):>9}{sum(passed.values()) / n:>7.0%}"
        f"{sum(scores.values()) / n:>7.1f}"
    )


if __name__ == "__main__":
    main()
