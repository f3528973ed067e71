"""deny50's blind probes (tests/data/deny50_probes.yaml): the reach of a denial over a list,
"Unlike X, it ..." read as said of "unlik", a swap read from a word inside a compound.

Usage: python benchmarks/deny50_probes.py [--list]

list: a probe fails when a concept is credited on words of its `later` items (after the first
of a denied list). unlike: when `subject_sides.referents` gives a stem of "unlike", or the answer
(correct) has a wrong claim found. compound: when the answer (correct) has a swap found ("said
of ..." in its detail).
"""

from __future__ import annotations

import argparse

import yaml
from devset import REPO, genai_bank

from interviewer.core.grading import Grader
from interviewer.core.grading.clauses import Structure
from interviewer.core.grading.subject_sides import referents
from interviewer.core.grading.text import Text

PROBES = REPO / "tests" / "data" / "deny50_probes.yaml"


def _overlaps(answer: str, evidence: str, later: str) -> bool:
    start = answer.find(later)
    at = answer.find(evidence)
    return start >= 0 and at >= 0 and at < start + len(later) and start < at + len(evidence)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each probe and what failed")
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    failed: dict[str, int] = {}
    total: dict[str, int] = {}
    for probe in yaml.safe_load(PROBES.read_text(encoding="utf-8"))["probes"]:
        answer, bug = probe["answer"], probe["bug"]
        grade = grader.grade(bank.get(probe["question_id"]), answer)
        why: list[str] = []
        if bug == "list":
            why = [
                f"credited {m.concept!r} on {e!r}"
                for m in grade.matched
                for e in m.evidence
                if _overlaps(answer, e, probe["later"])
            ]
        elif bug == "unlike":
            text = Text.of(answer)
            why = [f"referent {s!r}" for s in referents(text, Structure.of(text)).values()]
            why = [w for w in why if "unlik" in w]
            why += [f"flagged {c.concept!r}: {c.detail}" for c in grade.contradictions]
        else:
            swaps = [c for c in grade.contradictions if "said of" in c.detail]
            why = [f"swap {c.concept!r}: {c.detail}" for c in swaps]
        total[bug] = total.get(bug, 0) + 1
        failed[bug] = failed.get(bug, 0) + bool(why)
        if args.list:
            print(f"{'FAIL' if why else 'ok':4} {grade.score:5.1f} {probe['id']} {'; '.join(why)}")
    for bug in total:
        print(f"{bug}: {failed[bug]}/{total[bug]} fail")


if __name__ == "__main__":
    main()
