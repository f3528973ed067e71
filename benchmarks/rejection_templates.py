"""Rejection templates: a rubric's wrong claims named only to be rejected must not be flagged.

Usage: python benchmarks/rejection_templates.py [--n 150] [--misconceptions] [--seed 1]

Draws n wrong claims at random from the genai rubric (each concept's `contradicts` lines, or with
--misconceptions the questions' misconceptions) on the tunable questions of
/work/s16/tunable33.txt when it exists (else every question), puts each in rejecting templates
("A common misconception is that X.", "Some say X; that is a myth.", "The claim that X is
false.", ...) and prints, per template, how many of the resulting correct sentences were told
they made a wrong claim (a contradiction or a misconception): each is a false flag.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import yaml
from devset import REPO, genai_bank

from interviewer.core.grading import Grader

TEMPLATES = (
    "A common misconception is that {c}.",
    "It is not true that {c}.",
    "People often think that {c}, but that is wrong.",
    "Some say {c}; that is a myth.",
    "It would be a mistake to say that {c}.",
    "Beginners often assume that {c}, which is incorrect.",
    "The claim that {c} is false.",
    "A common mistake is to think that {c}.",
    "You might hear that {c}. That is wrong.",
    "It is a myth that {c}.",
    "Nobody should claim that {c}.",
    "Saying that {c} would be incorrect.",
    "One might think {c}. In fact, that is false.",
    "Some sources suggest {c}, which is misleading.",
    "A frequent error is to say that {c}.",
    "Some tutorials claim {c}; this is wrong.",
)
TUNABLE = Path("/work/s16/tunable33.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150, help="wrong claims drawn")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--misconceptions", action="store_true")
    args = parser.parse_args()
    rubric = yaml.safe_load((REPO / "rubrics" / "genai.yaml").read_text(encoding="utf-8"))
    questions = rubric["questions"]
    ids = (
        [line.strip() for line in TUNABLE.read_text().splitlines() if line.strip()]
        if TUNABLE.exists()
        else sorted(questions)
    )
    claims: list[tuple[str, str]] = []
    for qid in ids:
        entry = questions.get(qid) or {}
        if args.misconceptions:
            claims += [(qid, m["phrase"]) for m in entry.get("misconceptions") or []]
        else:
            for concept in entry.get("concepts") or []:
                claims += [(qid, c) for c in concept.get("contradicts") or []]
    random.Random(args.seed).shuffle(claims)
    claims = claims[: args.n]
    bank = genai_bank()
    grader = Grader(bank)
    print(f"{len(claims)} wrong claims, each in {len(TEMPLATES)} rejecting templates")
    for template in TEMPLATES:
        flagged = 0
        for qid, claim in claims:
            grade = grader.grade(bank.get(qid), template.format(c=claim))
            flagged += bool(grade.contradictions or grade.misconceptions)
        print(f"{flagged:>5}/{len(claims)}  {template}")


if __name__ == "__main__":
    main()
