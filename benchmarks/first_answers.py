"""What a fresh session pays for its first answers: time to the first grade, then each answer.

first_grade.py times the steps before one first grade; this script follows a session further.
In a fresh Python process each run (the bank's fit read from a cache folder written by one
unmeasured run first, as the app does), it times the start (imports, the bank, the grader's
fit) and then the first N answers of a session, one per question as the app asks them: each
answer's grade with the question's preparation included (the app prepares a question when its
first answer is graded). For each answer it also counts what Python's regex compiler did inside
it (`re._compiler.compile` calls and their CPU time): patterns compiled on first use are a cost
only a fresh process pays. The answers are speed.py's synthetic ones (seed 2011), the first N
on distinct questions, the same in every run. Medians over the runs; CPU time (the machine is
shared: wall clock is shown only as an indication).

    python benchmarks/first_answers.py [--runs 5] [--answers 10] [--bank genai]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, re, sys, time
cpu0, wall0 = time.process_time(), time.perf_counter()
import re._compiler as compiler
compiles = [0, 0.0]
_compile = compiler.compile
def counted(*args, **kwargs):
    t = time.process_time()
    try:
        return _compile(*args, **kwargs)
    finally:
        compiles[0] += 1
        compiles[1] += time.process_time() - t
compiler.compile = counted
sys.path.insert(0, sys.argv[4]); sys.path.insert(0, sys.argv[4] + "/benchmarks")
from pathlib import Path
from interviewer.core.catalog import Catalog
import interviewer.core.grading as grading
from speed import make_answers
base = Path(sys.argv[2])
bank = Catalog(base, base / "cache").find(sys.argv[1])
grader = grading.grader_for(bank, Path(sys.argv[3]))
grader.fit()
session, seen = [], set()
for question, answer in make_answers(bank, 400):
    if question.id not in seen and not question.self_rated and question.rubric != "star":
        seen.add(question.id); session.append((question, answer))
count = int(sys.argv[5])
out = {"start": time.process_time() - cpu0, "start wall": time.perf_counter() - wall0,
       "start compiles": compiles[0], "answers": []}
for question, answer in session[:count]:
    before = list(compiles)
    cpu, wall = time.process_time(), time.perf_counter()
    grader.grade(question, answer)
    out["answers"].append({"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall,
                           "compiles": compiles[0] - before[0],
                           "compile cpu": compiles[1] - before[1]})
    if len(out["answers"]) == 1:
        out["to first grade"] = time.process_time() - cpu0
        out["to first grade wall"] = time.perf_counter() - wall0
print(json.dumps(out))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--answers", type=int, default=10)
    parser.add_argument("--bank", default="genai")
    args = parser.parse_args()
    runs = []
    with tempfile.TemporaryDirectory() as data:
        env = {**os.environ, "INTERVIEWER_DATA_DIR": data, "INTERVIEWER_CACHE_DIR": data}
        fits = os.path.join(data, "fits")
        command = [sys.executable, "-c", CHILD, args.bank, data, fits, str(REPO), str(args.answers)]
        subprocess.run(command, env=env, check=True, capture_output=True)  # writes the cache
        for _ in range(args.runs):
            out = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
            runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    load = os.getloadavg()[0]
    print(f"first answers, {args.runs} fresh processes, bank {args.bank}, load {load:.1f}")

    def median(key: str) -> float:
        return statistics.median(r[key] for r in runs)

    print(f"  start (imports, bank, cached fit)  {median('start') * 1e3:8.1f} ms CPU")
    print(f"    compiles                        {median('start compiles'):8.0f}")
    print(f"  to the first grade                {median('to first grade') * 1e3:8.1f} ms CPU")
    print(f"  {'answer':<8}{'CPU ms':>10}{'wall ms':>10}{'compiles':>10}{'their CPU ms':>14}")
    for i in range(len(runs[0]["answers"])):
        cells = [statistics.median(r["answers"][i][k] for r in runs) for k in runs[0]["answers"][i]]
        cpu, wall, compiles, compile_cpu = cells
        cpu_ms, wall_ms, compile_ms = cpu * 1e3, wall * 1e3, compile_cpu * 1e3
        print(f"  {i + 1:<8}{cpu_ms:10.2f}{wall_ms:10.2f}{compiles:10.0f}{compile_ms:14.2f}")
    total = [sum(a["cpu"] for a in r["answers"]) for r in runs]
    in_compiles = [sum(a["compile cpu"] for a in r["answers"]) for r in runs]
    print(
        f"  all {len(runs[0]['answers'])} answers: {statistics.median(total) * 1e3:.1f} ms CPU, "
        f"of it compiling regexes {statistics.median(in_compiles) * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()
