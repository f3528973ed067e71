"""What do interviewers grade answers in which the grader detects no concept, per length? (fluff52)

Usage: python benchmarks/nothing_detected.py [--list] [--csv FILE]

Grades the tunable graded sets (train, dev, fresh-dev, train-blind) and the blind probe files
(correct_probes*.yaml: correct answers, taken as graded 5; wrong_claims_probes*.yaml: fluent
wrong answers, taken as 0, and their correct controls, 5; fluff52_probes.yaml's fluff, 0, and
controls, 5; only those on tunable questions, not on the test and fresh-test splits' ones) with
the shipped grader, and keeps the answers with coverage 0 (no concept of the rubric detected), which
scoring/rubric.py caps at NOTHING_DETECTED_CAP. For those it prints, per bucket of the length
signal (content words on the subject / full length, before any limit) and of `reached` (the
share of the counted words in sentences that say what a reference sentence says,
scoring/substance.py): how many answers, their human grades, the score before the cap (the sum
of the explanation's parts, the caps left out) and the score. Answers with another cap (a
central error, off topic, a restatement, a keyword string, another question) are counted apart:
their cap is lower. The test splits are never read.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Iterator
from pathlib import Path
from statistics import mean
from typing import Any

import yaml
from devset import REPO, genai_bank, held_out_questions, load
from substance import _Recorder, measure

from interviewer.core.grading import Grader

SPLITS = ("train", "dev", "fresh-dev", "train-blind")
SIGNAL_PARTS = frozenset({"base", "coverage", "essential", "similarity", "length", "contradicted"})
DATA = REPO / "tests" / "data"
HELD_OUT = held_out_questions()
LENGTHS = (0.0, 0.25, 0.5, 0.75, 0.9)
"""The lower edges of the length buckets."""


def answers() -> Iterator[tuple[str, str, str, str, int]]:
    """(set, id, question_id, answer, grade) of every answer read here."""
    for split in SPLITS:
        for r in load(split):
            yield split, r.id, r.question_id, r.answer, r.grade
    for path in sorted(DATA.glob("correct_probes*.yaml")):
        for p in yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]:
            yield "correct probes", p["id"], p["question_id"], p["answer"], 5
    for path in sorted(DATA.glob("wrong_claims_probes*.yaml")):
        for i, p in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))["probes"]):
            wrong = p["kind"] == "wrong"
            yield (
                "wrong probes" if wrong else "wrong controls",
                f"{path.stem[20:] or 'w'}-{i}",
                p["question_id"],
                p["answer"],
                0 if wrong else 5,
            )
    for p in yaml.safe_load((DATA / "fluff52_probes.yaml").read_text(encoding="utf-8"))["probes"]:
        if p["kind"] in ("fluff", "control"):
            yield (
                f"fluff52 {p['kind']}",
                p["id"],
                p["question_id"],
                p["answer"],
                (0 if p["kind"] == "fluff" else 5),
            )


def rows() -> list[dict[str, Any]]:
    bank = genai_bank()
    recorder = _Recorder()
    grader = Grader(bank)
    found = []
    for where, id_, question_id, answer, human in answers():
        if question_id in HELD_OUT and where not in SPLITS:
            continue
        question = bank.get(question_id)
        recorder.counted = None
        recorder.findings = []
        grade = grader.grade(question, answer)
        if recorder.counted is None or grade.coverage > 0:
            continue
        prepared = recorder.prepared
        signals = measure(recorder, prepared, question, prepared.full_length)
        caps = [p.signal for p in grade.explanation if p.signal not in SIGNAL_PARTS]
        uncapped = sum(p.points for p in grade.explanation if p.signal in SIGNAL_PARTS)
        found.append(
            {
                "set": where,
                "id": id_,
                "question_id": question_id,
                "grade": human,
                "length": signals["length"],
                "reached": signals["either"],
                "uncapped": max(0.0, min(100.0, uncapped)),
                "score": grade.score,
                "caps": ",".join(caps),
                "other_cap": any(c != "nothing_detected" for c in caps)
                or any(
                    f in grade.flags for f in ("off_topic", "restates_question", "keyword_list")
                ),
            }
        )
    return found


def bucket(length: float) -> str:
    low = max(edge for edge in LENGTHS if length >= edge)
    return f"length >= {low:.2f}"


def table(found: list[dict[str, Any]]) -> str:
    lines = [
        f"{'':<16}{'reached':<9}{'n':>4}  {'grades 0/1/2/3/4/5':<20}"
        f"{'mean':>6}{'uncapped':>10}{'score':>7}{'max':>7}"
    ]
    keys = sorted({(bucket(r["length"]), r["reached"] >= 0.5) for r in found})
    for name, reaches in keys:
        these = [
            r for r in found if bucket(r["length"]) == name and (r["reached"] >= 0.5) == reaches
        ]
        grades = "/".join(str(sum(r["grade"] == g for r in these)) for g in range(6))
        lines.append(
            f"{name:<16}{'>= 0.5' if reaches else '< 0.5':<9}{len(these):>4}  {grades:<20}"
            f"{mean(r['grade'] for r in these):>6.2f}{mean(r['uncapped'] for r in these):>10.1f}"
            f"{mean(r['score'] for r in these):>7.1f}{max(r['score'] for r in these):>7.1f}"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="every answer graded 3 or more")
    parser.add_argument("--csv", type=Path, help="write every row to this file")
    args = parser.parse_args()
    found = rows()
    alone = [r for r in found if not r["other_cap"]]
    print(f"coverage 0, no other cap: {len(alone)} answers (by set:", end=" ")
    sets = sorted({r["set"] for r in alone})
    print(", ".join(f"{s} {sum(r['set'] == s for r in alone)}" for s in sets) + ")")
    print(table(alone))
    print(f"\ncoverage 0 with another cap: {len(found) - len(alone)} answers")
    if args.list:
        for r in sorted(alone, key=lambda r: -r["length"]):
            if r["grade"] >= 3:
                print(
                    f"{r['set']:<16}{r['id']:<10}{r['question_id']:<11}grade {r['grade']} "
                    f"length {r['length']:.2f} reached {r['reached']:.2f} score {r['score']:.1f}"
                )
    if args.csv:
        with args.csv.open("w", newline="", encoding="utf-8") as out:
            writer = csv.DictWriter(out, fieldnames=list(found[0]))
            writer.writeheader()
            writer.writerows(found)


if __name__ == "__main__":
    main()
