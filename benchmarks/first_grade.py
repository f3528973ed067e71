"""What the first grade of a session pays for, step by step, in a fresh process.

The app's first answer waited 10-12 s on "grading…" on a loaded machine (play29 F17). This
script times, in a fresh Python process each run, the steps that first grade goes through:
importing the grading code (scikit-learn with it), loading the bank, fitting the bank's grader
(TF-IDF over the bank's text), preparing the question (its references, concepts, claims and
key terms, done once per question), and grading an answer; then a second answer to the same
question, and a first answer to another question, for comparison; and, as in the app, the
first grade asked for while a warm-up thread is fitting the grader (before play29 F17 the grade
fitted it a second time beside the warm-up). Medians over the runs.
`--cached` measures a start whose bank fit is kept in the cache folder (grader/fit_cache.py,
written by one unmeasured run first), as the app and the commands do since ux30; without it
every run fits. `PYTHONPATH=<an older checkout>` measures that checkout instead.

    python benchmarks/first_grade.py [--runs 3] [--bank genai] [--cached]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

TOGETHER = r"""
import json, sys, threading, time
from pathlib import Path
from interviewer.core.catalog import Catalog
import interviewer.core.grading as grading
fits = Path(sys.argv[3]) if sys.argv[3] else None
if fits is None:
    import sklearn.feature_extraction.text
base = Path(sys.argv[2])
bank = Catalog(base, base / "cache").find(sys.argv[1])
question = next(q for q in bank.questions if not q.self_rated and q.rubric != "star")
answer = "It is a way to " + " ".join(question.reference_answers[0].split()[:25])
grader = grading.grader_for(bank, fits)
t = time.perf_counter()
warm = threading.Thread(target=grader.fit)  # the app's warm-up
warm.start()
time.sleep(0.05)  # the answer submitted a moment later
grader.grade(question, answer)
print(json.dumps({"warm-up and first grade at once: the grade waits": time.perf_counter() - t}))
warm.join()
"""
"""The app's case: the warm-up thread is fitting the grader when the first answer is graded."""

CHILD = r"""
import json, sys, time
steps = {}
t = time.perf_counter()
from interviewer.core.catalog import Catalog
from pathlib import Path
steps["import core"] = time.perf_counter() - t
t = time.perf_counter()
import interviewer.core.grading as grading
fits = Path(sys.argv[3]) if sys.argv[3] else None
if fits is None:
    import sklearn.feature_extraction.text  # what fitting imports
steps["import grading (+ scikit-learn when fitting)"] = time.perf_counter() - t
t = time.perf_counter()
base = Path(sys.argv[2])
bank = Catalog(base, base / "cache").find(sys.argv[1])
steps["load bank"] = time.perf_counter() - t
questions = [q for q in bank.questions if not q.self_rated and q.rubric != "star"]
first, other = questions[0], questions[len(questions) // 2]
answer = "It is a way to " + " ".join(first.reference_answers[0].split()[:25])
t = time.perf_counter()
grader = grading.grader_for(bank, fits)
grader.fit()
steps["fit grader (TF-IDF), or read its cached fit"] = time.perf_counter() - t
t = time.perf_counter()
grader._prepare(first)
steps["prepare the question"] = time.perf_counter() - t
t = time.perf_counter()
grader.grade(first, answer)
steps["grade the first answer"] = time.perf_counter() - t
t = time.perf_counter()
grader.grade(first, answer + " Also more.")
steps["grade a second answer (same question)"] = time.perf_counter() - t
t = time.perf_counter()
grader.grade(other, answer)
steps["grade an answer to another question (prepare included)"] = time.perf_counter() - t
steps["scikit-learn imported (1 = yes)"] = float("sklearn" in sys.modules)
print(json.dumps(steps))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--bank", default="genai")
    parser.add_argument("--cached", action="store_true", help="the bank's fit read from cache")
    args = parser.parse_args()
    runs: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "INTERVIEWER_DATA_DIR": data, "INTERVIEWER_CACHE_DIR": data}
        fits = os.path.join(data, "fits") if args.cached else ""
        if args.cached:  # writes the cached fit (and the parsed bank): not measured
            warm = [sys.executable, "-c", CHILD, args.bank, data, fits]
            subprocess.run(warm, env=env, check=True, capture_output=True)
        for _ in range(args.runs):
            out = subprocess.run(
                [sys.executable, "-c", CHILD, args.bank, data, fits],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            out = subprocess.run(
                [sys.executable, "-c", TOGETHER, args.bank, data, fits],
                capture_output=True,
                text=True,
                env=env,
                check=True,
            )
            figures.update(json.loads(out.stdout.strip().splitlines()[-1]))
            runs.append(figures)
    load = os.getloadavg()[0]
    cached = "fit read from cache" if args.cached else "fitted"
    print(f"first grade, {args.runs} fresh processes, bank {args.bank} {cached}, load {load:.1f}")
    total = 0.0
    for step in runs[0]:
        median = statistics.median(r[step] for r in runs)
        if not step.startswith(("grade a", "warm-up", "scikit")):
            total += median
        unit = "" if step.startswith("scikit") else " s"
        print(f"  {step:<58} {median:7.3f}{unit}")
    print(f"  {'total before the first grade is shown':<58} {total:7.3f} s")


if __name__ == "__main__":
    main()
