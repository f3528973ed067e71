"""fluff52's blind probes (tests/data/fluff52_probes.yaml): length without content.

Usage: python benchmarks/fluff52_probes.py [--list]

fluff: polished talk that says nothing checkable; a probe fails when it scores over 20 (an
interviewer grades it 0-1). repeat: a correct sentence (or near-duplicate rewordings) said again
and again to `chars` characters; it fails when it is not flagged `repeats_itself` or scores more
than the same sentences said once. (The probes file, written first, names the flag `repetition`;
the grader's flag for it is `repeats_itself`, and the first run, at ffba380, counted 10/10
failing on that name alone: all 10 were flagged `repeats_itself` and scored as said once.)
control: a short correct answer in plain words; it fails when it is flagged `repeats_itself`.
Each line of --list: ok/FAIL, score, flags, id (and, for repeat, the
score of the sentences said once).
"""

from __future__ import annotations

import argparse
from statistics import mean

import yaml
from devset import REPO, genai_bank

from interviewer.core.grading import Grader

PROBES = REPO / "tests" / "data" / "fluff52_probes.yaml"
REPEATED = "repeats_itself"
"""The grader's flag of an answer that says a sentence again (flags.py)."""
FLUFF_MAX = 20.0
"""A fluff answer is graded 0-1: 20 at most."""


def repeated(sentences: list[str], chars: int) -> str:
    """The sentences cycled until the answer is `chars` characters long (at least once each)."""
    out: list[str] = []
    size = 0
    while size < chars or len(out) < len(sentences):
        out.append(sentences[len(out) % len(sentences)])
        size += len(out[-1]) + 1
    return " ".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each probe and its score")
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    scores: dict[str, list[float]] = {}
    failed: dict[str, int] = {}
    passing: dict[str, int] = {}
    for probe in yaml.safe_load(PROBES.read_text(encoding="utf-8"))["probes"]:
        kind, question = probe["kind"], bank.get(probe["question_id"])
        once = None
        if kind == "repeat":
            answer = repeated(probe["sentences"], probe["chars"])
            once = grader.grade(question, " ".join(probe["sentences"])).score
        else:
            answer = probe["answer"]
        grade = grader.grade(question, answer)
        if kind == "fluff":
            fail = grade.score > FLUFF_MAX
        elif kind == "repeat":
            fail = REPEATED not in grade.flags or grade.score > (once or 0.0)
        else:
            fail = REPEATED in grade.flags
        scores.setdefault(kind, []).append(grade.score)
        failed[kind] = failed.get(kind, 0) + fail
        passing[kind] = passing.get(kind, 0) + grade.passed
        if args.list:
            extra = f" (said once {once:.1f})" if once is not None else ""
            print(
                f"{'FAIL' if fail else 'ok':4} {grade.score:5.1f} {probe['id']:6} "
                f"[{','.join(grade.flags)}]{extra}"
            )
    for kind, got in scores.items():
        print(
            f"{kind}: {failed[kind]}/{len(got)} fail, mean {mean(got):.1f}, max {max(got):.1f}, "
            f"passing {passing[kind]}"
        )


if __name__ == "__main__":
    main()
