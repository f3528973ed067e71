"""False flags: correct answers told they made a wrong claim, on answers nobody graded to tune.

Usage: python benchmarks/false_flags.py [--list]

Grades the 804 correct answers of tests/data/validation_correct.yaml (written from the prompts
alone, see its `about`) with the genai bank and prints, per set of answers, how many got a
contradiction or a misconception (a false flag: every answer there is meant to be correct) and
how many pass. With --list, each flagged answer with what fired and the words it fired on.
"""

from __future__ import annotations

import argparse
from collections import defaultdict

from devset import REPO, answer_rows, graded_rows, wrong_claims_found

DATA = REPO / "tests" / "data" / "validation_correct.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each flagged answer")
    args = parser.parse_args()
    flagged: dict[str, int] = defaultdict(int)
    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    for row, grade in graded_rows(answer_rows(DATA)):
        name = f"{row['set']}, {row['length']}"
        total[name] += 1
        passed[name] += grade.passed
        found = wrong_claims_found(grade)
        if found:
            flagged[name] += 1
            if args.list:
                print(f"{row['question_id']} ({name}) {grade.score:.1f}: " + "; ".join(found))
    print(f"{'set of correct answers':<78}{'n':>5}{'flagged':>9}{'pass':>7}")
    for name in sorted(total):
        print(f"{name:<78}{total[name]:>5}{flagged[name]:>9}{passed[name] / total[name]:>7.0%}")
    n = sum(total.values())
    print(f"{'all':<78}{n:>5}{sum(flagged.values()):>9}{sum(passed.values()) / n:>7.0%}")


if __name__ == "__main__":
    main()
