"""How long one long answer takes to grade (fluff52): 1k, 10k and 50k characters, of one sentence
said again and again (fluff52_probes.yaml's rp-1, genai-075), of near-duplicate rewordings
cycled (rp-3, genai-055), and of distinct text (the dev answers to genai-075 joined, cycled).

Usage: python benchmarks/long_answer_speed.py [--runs N]

Prints the median milliseconds of N gradings (after one warm-up) per answer and length.
"""

from __future__ import annotations

import argparse
import time
from statistics import median

import yaml
from devset import REPO, genai_bank, load
from fluff52_probes import repeated

from interviewer.core.grading import Grader

SIZES = (1_000, 10_000, 50_000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    probes = {
        p["id"]: p
        for p in yaml.safe_load(
            (REPO / "tests" / "data" / "fluff52_probes.yaml").read_text(encoding="utf-8")
        )["probes"]
    }
    distinct = [r.answer for r in load("dev") if r.question_id == "genai-075"]
    kinds = {
        "repeated": ("genai-075", probes["rp-1"]["sentences"]),
        "near-dup": ("genai-055", probes["rp-3"]["sentences"]),
        "distinct": ("genai-075", distinct),
    }
    for kind, (question_id, sentences) in kinds.items():
        question = bank.get(question_id)
        for size in SIZES:
            answer = repeated(sentences, size)[:size]
            grader.grade(question, answer)
            times = []
            for _ in range(args.runs):
                start = time.perf_counter()
                grade = grader.grade(question, answer)
                times.append(1000 * (time.perf_counter() - start))
            print(
                f"{kind:<9}{size:>7} chars {median(times):8.1f} ms  score {grade.score:5.1f} "
                f"[{','.join(grade.flags)}]"
            )


if __name__ == "__main__":
    main()
