"""Agreement with the team's expectations on its own answers to genai bank questions.

Usage: python benchmarks/bank_answers.py [--detail]

Reads tests/data/graded_answers.yaml (the answers the tests assert on) and
tests/data/heldout_answers.yaml (answers to other questions, written before they were graded and
never used to adjust the grader) and prints, per file: the mean score of each kind of answer, the
share of answers on the right side of the pass line, and the share of questions whose answers come
out in the expected order.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from statistics import mean

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grader  # noqa: E402

SHOULD_PASS = ("excellent", "concise", "thorough")
AT_MOST = {"keyword_list": 20.0, "restated": 20.0, "off_topic": 20.0, "empty": 20.0, "wrong": 40.0}


def report(name: str, entries: list[dict], grader: Grader, bank, detail: bool) -> None:
    scores: dict[str, dict[str, float]] = {}
    for entry in entries:
        question = bank.get(entry["id"])
        scores[entry["id"]] = {
            kind: grader.grade(question, text).score for kind, text in entry["answers"].items()
        }
    kinds = sorted({k for s in scores.values() for k in s})
    print(f"\n{name}: {len(scores)} questions")
    for kind in kinds:
        values = [s[kind] for s in scores.values() if kind in s]
        line = (
            f"  {kind:13} mean {mean(values):5.1f}  min {min(values):5.1f}  max {max(values):5.1f}"
        )
        if kind in SHOULD_PASS:
            line += f"  pass {sum(v >= 70 for v in values)}/{len(values)}"
        elif kind in AT_MOST:
            line += (
                f"  <= {AT_MOST[kind]:.0f}: {sum(v <= AT_MOST[kind] for v in values)}/{len(values)}"
            )
        print(line)
    best = "excellent" if "excellent" in kinds else "thorough"
    clean = "excellent" if "excellent" in kinds else "concise"
    gaps = [s[clean] - s["typo"] for s in scores.values()]
    print(
        f"  typo gap vs {clean}: mean {mean(gaps):.1f}, max {max(gaps):.1f}, "
        f"within 8: {sum(g <= 8 for g in gaps)}/{len(gaps)}"
    )
    ordered = sum(s[best] >= s["partial"] >= s["wrong"] for s in scores.values())
    print(f"  {best} >= partial >= wrong: {ordered}/{len(scores)}")
    if "concise" in kinds:
        above = sum(s["concise"] > s["partial"] for s in scores.values())
        print(f"  concise > partial: {above}/{len(scores)}")
    if detail:
        for qid, s in scores.items():
            print(f"  {qid}: " + "  ".join(f"{k} {v:.0f}" for k, v in s.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--detail", action="store_true", help="print every score")
    args = parser.parse_args()
    bank = Catalog(None).find("genai")
    grader = Grader(bank)
    data = REPO / "tests" / "data"
    for file in ("graded_answers.yaml", "heldout_answers.yaml"):
        entries = yaml.safe_load((data / file).read_text(encoding="utf-8"))["questions"]
        report(file, entries, grader, bank, args.detail)


if __name__ == "__main__":
    main()
