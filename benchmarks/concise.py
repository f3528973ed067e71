"""Does a concise correct answer pass? The grader on short plain answers it was never tuned on.

Usage: python benchmarks/concise.py [--worst N]

tests/data/blind_concise.yaml holds one concise answer per question of the genai bank, written
from the prompt alone and graded 0-5 in two independent passes (see its `about`). Printed: the
agreement of the two passes; for the answers both passes gave 4 or more (an interviewer would
pass them), how many the grader passes, per level, and how many it flags as contradicted or as
a keyword string (each such flag on a correct answer is a false alarm). For comparison, the
bank's own concise answers (tests/data/bank1_concise.yaml, bank2_concise.yaml), written blind
too but used while the rubrics were fixed, and every concise answer graded twice
(tests/data/concise_graded.yaml): how many the grader passes among those both passes gave 4 or
more, and among those both gave 3 or less (a pass there is too lenient).
"""

from __future__ import annotations

import argparse
from collections import defaultdict

import yaml
from devset import REPO, genai_bank

from interviewer.core.grading import PASS_CUTOFF, Grader

DATA = REPO / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=0, help="list the N lowest passable answers")
    args = parser.parse_args()
    from sklearn.metrics import cohen_kappa_score

    bank = genai_bank()
    grader = Grader(bank)
    rows = yaml.safe_load((DATA / "blind_concise.yaml").read_text(encoding="utf-8"))["answers"]
    first = [r["grades"][0] for r in rows]
    second = [r["grades"][1] for r in rows]
    exact = sum(a == b for a, b in zip(first, second, strict=True)) / len(rows)
    kappa = cohen_kappa_score(first, second, weights="quadratic")
    print(f"blind concise answers: {len(rows)}; passes agree exactly {exact:.3f}, QWK {kappa:.3f}")
    passable = [r for r in rows if min(r["grades"]) >= 4]
    graded = []
    by_level: dict[str, list[bool]] = defaultdict(list)
    for r in passable:
        question = bank.get(r["question_id"])
        grade = grader.grade(question, r["answer"])
        graded.append((grade, r))
        by_level[question.level].append(grade.score >= PASS_CUTOFF)
    scores = [g.score for g, _ in graded]
    passing = sum(s >= PASS_CUTOFF for s in scores)
    print(
        f"graded 4 or more by both passes: {len(passable)}; the grader passes {passing} "
        f"({passing / len(passable):.0%}), mean score {sum(scores) / len(scores):.1f}, "
        f"under 50: {sum(s < 50 for s in scores)}"
    )
    for level in ("beginner", "intermediate", "expert"):
        got = by_level[level]
        print(f"  {level:12s} {sum(got):3d} of {len(got):3d} pass")
    contradicted = sum(bool(g.contradictions or g.misconceptions) for g, _ in graded)
    keyword = sum("keyword_list" in g.flags for g, _ in graded)
    print(f"false alarms: contradicted or misconception {contradicted}, keyword string {keyword}")
    for name in ("bank1_concise.yaml", "bank2_concise.yaml"):
        answers = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["answers"]
        own = [grader.grade(bank.get(q), a).score for q, a in answers.items()]
        print(f"{name}: {sum(s >= PASS_CUTOFF for s in own)} of {len(own)} pass")
    # every concise answer graded twice (tests/data/concise_graded.yaml): the bank's own and
    # the ones written for the questions whose bank answer was not passable
    data = yaml.safe_load((DATA / "concise_graded.yaml").read_text(encoding="utf-8"))
    both: list[tuple[str, list[int], str]] = []
    for name in ("bank1_concise.yaml", "bank2_concise.yaml"):
        answers = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["answers"]
        both += [(bank.get(q).id, data["bank_grades"][q], a) for q, a in answers.items()]
    both += [(bank.get(r["question_id"]).id, r["grades"], r["answer"]) for r in data["answers"]]
    scored = [(q, g, grader.grade(bank.get(q), a).score) for q, g, a in both]
    good = [(q, s) for q, g, s in scored if min(g) >= 4]
    poor = [s for _, g, s in scored if max(g) <= 3]
    covered = {q for q, s in good if s >= PASS_CUTOFF}
    print(
        f"graded concise answers: {len(scored)}; graded 4 or more by both: {len(good)}, the "
        f"grader passes {sum(s >= PASS_CUTOFF for _, s in good)}; graded 3 or less by both: "
        f"{len(poor)}, the grader passes {sum(s >= PASS_CUTOFF for s in poor)}"
    )
    print(f"questions with a passing concise answer graded 4+: {len(covered)} of {len(bank)}")
    for grade, r in sorted(graded, key=lambda pair: pair[0].score)[: args.worst]:
        print(f"  {r['question_id']} {grade.score:5.1f} missed: {', '.join(grade.missed[:4])}")


if __name__ == "__main__":
    main()
