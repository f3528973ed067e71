"""What carries a fluent wrong answer that scores: each one's signals, what each signal added,
and the concepts credited with the words that earned them (issue 8, wrong47).

Usage: python benchmarks/wrong_carriers.py [--good] [--floor 40] [--answers]

Reads the train, dev and fresh-dev splits and the wrong probes of
tests/data/wrong_claims_probes*.yaml, never test or fresh-test. By default lists the wrong
answers scoring `--floor` or more; with --good, the other side of any trade-off: the answers of
those splits graded 4 by the interviewers, or written as paraphrases, that score under 60. Each
line gives the score, whether a wrong claim was found, and each signal as value(points added,
`Calibration.explain` through the grade's explanation); each credited concept follows with its
weight, how it was found (wording or meaning, and the phrase) and the answer's own words.
"""

from __future__ import annotations

import argparse

import yaml
from devset import REPO, genai_bank, load

from interviewer.core.grading import Grader

SPLITS = ("train", "dev", "fresh-dev")
"""Never test or fresh-test: nothing is designed from their answers."""


def items(good: bool) -> list[tuple[str, str, str, str, int, str]]:
    """(source, id, question, kind, human grade or -1, answer) of the answers to read."""
    rows = [
        (split, r.id, r.question_id, r.kind, r.grade, r.answer)
        for split in SPLITS
        for r in load(split)
        if ((r.grade == 4 or r.kind == "paraphrase") if good else r.kind == "wrong")
    ]
    if good:
        return rows
    for path in sorted((REPO / "tests" / "data").glob("wrong_claims_probes*.yaml")):
        tag = path.stem.removeprefix("wrong_claims_probes") or "30"
        probes = yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]
        rows += [
            (f"probes{tag}", f"p{tag}-{i}", p["question_id"], "wrong", -1, p["answer"])
            for i, p in enumerate(probes)
            if p["kind"] == "wrong"
        ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--good", action="store_true", help="correct answers scoring under 60")
    parser.add_argument("--floor", type=float, default=40.0, help="wrong answers from this score")
    parser.add_argument("--answers", action="store_true", help="print each answer too")
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    shown = []
    for source, rid, question, kind, human, answer in items(args.good):
        grade = grader.grade(bank.get(question), answer)
        if (grade.score >= 60) if args.good else (grade.score < args.floor):
            continue
        shown.append((source, rid, question, kind, human, answer, grade))
    shown.sort(key=lambda row: -row[-1].score)
    for source, rid, question, kind, human, answer, grade in shown:
        found = bool(grade.contradictions or grade.misconceptions)
        signals = " ".join(f"{p.signal}={p.value:.2f}({p.points:+.1f})" for p in grade.explanation)
        print(f"{source} {rid} {question} {kind} human {human} score {grade.score} found {found}")
        print(f"    {signals}")
        for m in grade.matched:
            evidence = " | ".join(m.evidence)
            print(f"    + {m.concept} w{m.weight:g} [{m.how}: {m.alias}] <- {evidence}")
        if args.answers:
            print(f"    {answer}")
    print(f"{len(shown)} answers")


if __name__ == "__main__":
    main()
