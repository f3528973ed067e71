"""Off-question answers: correct answers to one question given to another question of the same
topic (tests/data/off_question.yaml), and the devset's own off-topic and restated answers.

Usage: python benchmarks/off_question.py [--list] [--split train|dev|test|all]

Prints, for the off-question answers, how they grade on the question they were given (should be
`missing` or low `weak`: an interviewer gives 0-1) and on the question they really answer (should
pass: the answers are correct there, so a rule that only lowers every score shows up); then the
devset's `offtopic` and `restated` answers of the split (default: train and dev; test only as a
final figure). With --list, every off-question answer not `missing` on its target.
"""

from __future__ import annotations

import argparse
from collections import Counter
from statistics import mean

import yaml
from devset import REPO, genai_bank, load

from interviewer.core.grading import Grader

DATA = REPO / "tests" / "data" / "off_question.yaml"
BANDS = ("strong", "adequate", "weak", "missing")


def _line(name: str, scores: list[float], bands: list[str]) -> str:
    counts = Counter(bands)
    passing = counts["strong"] + counts["adequate"]
    return (
        f"{name:<26}{len(scores):4d}{mean(scores):7.1f}{max(scores):7.1f}"
        + "".join(f"{counts[b]:>9d}" for b in BANDS)
        + f"{passing:>9d}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show the answers not `missing` there")
    parser.add_argument(
        "--split", default="train+dev", choices=("train+dev", "train", "dev", "test")
    )
    args = parser.parse_args()
    rows = yaml.safe_load(DATA.read_text(encoding="utf-8"))["answers"]
    bank = genai_bank()
    grader = Grader(bank)
    given = [grader.grade(bank.get(r["question_id"]), r["answer"]) for r in rows]
    own = [grader.grade(bank.get(r["answers"]), r["answer"]) for r in rows]
    print(
        f"{'answers':<26}{'n':>4}{'mean':>7}{'max':>7}"
        + "".join(f"{b:>9s}" for b in BANDS)
        + f"{'passing':>9s}"
    )
    print(_line("off-question, given", [g.score for g in given], [g.band for g in given]))
    print(_line("same, own question", [g.score for g in own], [g.band for g in own]))
    splits = ("train", "dev") if args.split == "train+dev" else (args.split,)
    graded = [r for s in splits for r in load(s) if r.kind in ("offtopic", "restated")]
    for kind in ("offtopic", "restated"):
        found = [grader.grade(bank.get(r.question_id), r.answer) for r in graded if r.kind == kind]
        if found:
            name = f"devset {kind} ({args.split})"
            print(_line(name, [g.score for g in found], [g.band for g in found]))
    if args.list:
        for row, g, o in zip(rows, given, own, strict=True):
            if g.band != "missing":
                print(
                    f"\n{row['id']} {row['question_id']} <- {row['answers']}: {g.score} {g.band}"
                    f" (own {o.score}) {' '.join(g.flags)}"
                )
                print(f"   similarity {g.similarity:.3f} coverage {g.coverage:.2f}")
                for m in g.matched:
                    print(f"   {m.concept} [{m.how} {m.ratio:.0f} w{m.weight}]: {m.evidence}")


if __name__ == "__main__":
    main()
