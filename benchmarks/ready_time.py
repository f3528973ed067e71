"""What a user waits for before grades come: the bank's fit with a cold and a warm fit cache,
the first grade of one question, then of every question (CPU seconds, a fresh process each).

Usage: PYTHONPATH=$PWD python benchmarks/ready_time.py [--runs 2]

Each run makes an empty fit-cache folder, then starts a process that fits the genai bank and
writes the cache (`cold`) and a second one that reads it (`warm`). Per process: `fit`, `first`
(fit plus the first question's first grade, as the app's first answer) and `all` (plus the
first grade of every other question, as `interviewer grade` on a file of them all).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def child(cache: Path) -> None:
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "benchmarks"))
    from speed import load_bank

    from interviewer.core.grading import grader_for

    bank = load_bank()
    questions = list(bank)
    start = time.process_time()
    grader = grader_for(bank, cache).fit()
    fit = time.process_time() - start
    grader.grade(questions[0], "warm up")
    first = time.process_time() - start
    for question in questions[1:]:
        grader.grade(question, "warm up")
    print(json.dumps({"fit": fit, "first": first, "all": time.process_time() - start}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.child)
        return
    for _ in range(args.runs):
        cache = tempfile.mkdtemp()
        for label in ("cold", "warm"):
            out = subprocess.run(
                [sys.executable, __file__, "--child", cache],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            found = json.loads(out)
            print(label, " ".join(f"{k} {v:.2f} s" for k, v in found.items()))


if __name__ == "__main__":
    main()
