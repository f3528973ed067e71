"""Can a candidate trust the grade? Agreement with human grades on the team's development set.

Usage: python benchmarks/trust.py [--worst N]
           [--split test|dev|train|all|fresh-dev|fresh-test|fresh|train-blind]

Prints, for the split (default: test, which nothing is tuned on): Spearman and quadratic
weighted kappa between the grader and the resolved human grade (0-5), then per kind of answer
the mean score, the band counts and how many answers had a wrong claim found (a contradiction
or a misconception: the catch on fluent wrong answers, false flags on the others), and the
issue's targets with met / not met.

The fresh splits are a second set (tests/data/fresh_answers.yaml): plain-language paraphrases,
answers with gaps and fluent wrong answers to the 115 questions the devset does not cover, whose
rubrics no graded answer has been tuned on. 'fresh-test' is never looked at answer by answer.
'train-blind' (tests/data/blind_train.yaml) holds new answers to the train split's questions,
written and graded after their rubrics were last tuned.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from statistics import mean

from devset import KINDS, genai_bank, load

from interviewer.core.grading import Grader


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        default="test",
        choices=("test", "dev", "train", "all", "fresh-dev", "fresh-test", "fresh", "train-blind"),
    )
    parser.add_argument("--worst", type=int, default=0, help="show the N largest disagreements")
    args = parser.parse_args()
    from scipy.stats import spearmanr
    from sklearn.metrics import cohen_kappa_score

    rows = load(None if args.split == "all" else args.split)
    bank = genai_bank()
    grader = Grader(bank)
    grades = [grader.grade(bank.get(r.question_id), r.answer) for r in rows]
    human = [r.grade for r in rows]
    scores = [g.score for g in grades]
    predicted = [round(g.expected_grade or g.score / 20) for g in grades]
    rho = spearmanr(scores, human).statistic
    qwk = cohen_kappa_score(human, predicted, weights="quadratic")
    questions = len({r.question_id for r in rows})
    print(f"split {args.split}: {len(rows)} answers to {questions} questions")
    print(f"Spearman {rho:.3f} (target >= 0.85)   QWK {qwk:.3f} (target >= 0.80)")

    by_kind: dict[str, list] = defaultdict(list)
    for r, g in zip(rows, grades, strict=True):
        by_kind[r.kind].append(g)
    print(
        f"\n{'kind':<11}{'n':>4}{'mean':>7}  strong adequate weak missing  human mean"
        "  wrong claim found"
    )
    for kind in KINDS:
        gs = by_kind.get(kind, [])
        if not gs:
            continue
        bands = Counter(g.band for g in gs)
        hm = mean(r.grade for r in rows if r.kind == kind)
        claims = sum(bool(g.contradictions or g.misconceptions) for g in gs)
        print(
            f"{kind:<11}{len(gs):>4}{mean(g.score for g in gs):>7.1f}  "
            f"{bands['strong']:>6}{bands['adequate']:>9}{bands['weak']:>5}{bands['missing']:>8}"
            f"  {hm:>10.2f}{claims:>19}"
        )
    by_grade: dict[int, list[float]] = defaultdict(list)
    passed_by_grade: dict[int, list[bool]] = defaultdict(list)
    for r, g in zip(rows, grades, strict=True):
        by_grade[r.grade].append(g.score)
        passed_by_grade[r.grade].append(g.passed)
    print("\nhuman grade: n, mean score, share passing")
    for value in range(6):
        if by_grade[value]:
            print(
                f"  {value}: {len(by_grade[value]):>4} {mean(by_grade[value]):>6.1f} "
                f"{mean(passed_by_grade[value]):>6.0%}"
            )

    def kind_scores(kind: str) -> list[float]:
        return [g.score for g in by_kind.get(kind, [])]

    wrong = by_kind.get("wrong", [])
    buzz = by_kind.get("buzzword", [])
    middle = by_grade[2] + by_grade[3]
    targets = [
        ("Spearman >= 0.85", rho >= 0.85, f"{rho:.3f}"),
        ("QWK >= 0.80", qwk >= 0.80, f"{qwk:.3f}"),
        (
            "fluent wrong mean <= 20, none passing",
            bool(wrong) and mean(kind_scores("wrong")) <= 20 and not any(g.passed for g in wrong),
            f"mean {mean(kind_scores('wrong')):.1f}, passing {sum(g.passed for g in wrong)}"
            if wrong
            else "-",
        ),
        (
            "paraphrase mean >= 75",
            bool(kind_scores("paraphrase")) and mean(kind_scores("paraphrase")) >= 75,
            f"{mean(kind_scores('paraphrase')):.1f}" if kind_scores("paraphrase") else "-",
        ),
        (
            "grade-4 answers passing >= 70%",
            bool(passed_by_grade[4]) and mean(passed_by_grade[4]) >= 0.7,
            f"{mean(passed_by_grade[4]):.0%}" if passed_by_grade[4] else "-",
        ),
        (
            "grade-2/3 mean in 30-60",
            bool(middle) and 30 <= mean(middle) <= 60,
            f"{mean(middle):.1f}" if middle else "-",
        ),
        (
            "buzzword <= 15 and missing",
            bool(buzz) and all(g.score <= 15 and g.band == "missing" for g in buzz),
            f"max {max(g.score for g in buzz):.1f}, "
            f"missing {sum(g.band == 'missing' for g in buzz)}/{len(buzz)}"
            if buzz
            else "-",
        ),
        (
            "excellent mean >= 85",
            bool(kind_scores("excellent")) and mean(kind_scores("excellent")) >= 85,
            f"{mean(kind_scores('excellent')):.1f}" if kind_scores("excellent") else "-",
        ),
    ]
    print("\ntargets")
    for name, met, value in targets:
        print(f"  {'met    ' if met else 'NOT met'}  {name}: {value}")

    if args.worst:
        pairs = sorted(
            zip(rows, grades, strict=True), key=lambda p: -abs(p[1].score / 20 - p[0].grade)
        )
        print(f"\n{args.worst} largest disagreements")
        for r, g in pairs[: args.worst]:
            print(
                f"- {r.id} {r.question_id} {r.kind}: human {r.grade}, grader {g.score} "
                f"{g.band} {list(g.flags)}"
            )
            print(f"    {r.answer[:300]}")
            print(f"    matched {[m.concept for m in g.matched]} missed {list(g.missed)[:4]}")


if __name__ == "__main__":
    main()
