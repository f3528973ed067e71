"""Fluent wrong claims written as probes (tests/data/wrong_claims_probes*.yaml): how many the
grader catches, and whether any correct control beside them is flagged, for each file apart
(wrong_claims_probes31.yaml was written blind before the fixes of its stop: the honest figure;
so were the later sets, each with its first figure in its `about`, wrong_claims_probes46.yaml the
right terms in a wrong relation: roles swapped between components, a mechanism on the wrong
step, cause and effect swapped).

Usage: python benchmarks/wrong_probes.py [--list] [--file NAME]

A wrong probe is caught when its grade has a wrong claim found (a contradiction or a
misconception) and does not pass; a control is a false flag when it has one. A `vague` probe
(over66: a long answer that names the question's concepts and says nothing true or false about
them; nothing to flag) is held when it scores 40 or under (the over-scored line of the lead's
outliers list), whatever is found. Prints caught/total, the controls flagged, the wrong probes'
mean score and how many pass, the vague probes held and their mean, and with --list each probe
with its score and what was found; --file NAME reads that one file (wrong_claims_probes57p.yaml).
"""

from __future__ import annotations

import argparse

import yaml
from devset import REPO, genai_bank

from interviewer.core.grading import Grader

VAGUE_HELD = 40.0
PROBES = sorted((REPO / "tests" / "data").glob("wrong_claims_probes*.yaml"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each probe and its grade")
    parser.add_argument("--file", help="read only this probe file (its name in tests/data)")
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    for path in [p for p in PROBES if args.file in (None, p.name)]:
        probes = yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]
        caught = flagged = wrong = controls = passing = held = 0
        scores: list[float] = []
        vague: list[float] = []
        for probe in probes:
            grade = grader.grade(bank.get(probe["question_id"]), probe["answer"])
            found = bool(grade.contradictions or grade.misconceptions)
            if probe["kind"] == "control":
                controls += 1
                flagged += found
                mark = "FLAGGED" if found else "ok"
            elif probe["kind"] == "vague":
                vague.append(grade.score)
                held += grade.score <= VAGUE_HELD
                mark = "held" if grade.score <= VAGUE_HELD else "OVER"
            else:
                wrong += 1
                scores.append(grade.score)
                passing += grade.passed
                hit = found and not grade.passed
                caught += hit
                mark = "caught" if hit else "MISSED"
            if args.list:
                print(f"{mark:8} {grade.score:5.1f} {probe['question_id']} {probe['answer'][:90]}")
        print(f"{path.name}: wrong probes caught: {caught}/{wrong}", end=", ")
        print(f"controls flagged: {flagged}/{controls}", end=", ")
        mean = sum(scores) / len(scores) if scores else 0.0
        print(f"wrong mean score {mean:.1f} ({passing} passing)", end="")
        if vague:
            print(f", vague held: {held}/{len(vague)}, mean {sum(vague) / len(vague):.1f}", end="")
        print()


if __name__ == "__main__":
    main()
