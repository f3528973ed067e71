"""Batch grading throughput and peak memory against the number of worker processes.

Generates a JSON Lines file of answers to the bundled genai bank (with a share of
reference-mode lines), then runs `interviewer grade --jobs N` on it for each N and prints
answers per second and the peak resident memory of the whole process tree (the command and its
workers, sampled from /proc every 0.1 s).

    python benchmarks/grade_scale.py [--lines 100000] [--jobs 1 2 0]   (0: one per core)
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from interviewer.core.batch import default_jobs
from interviewer.core.catalog import Catalog


def generate(path: Path, count: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    bank = Catalog(None).find("genai")
    questions = list(bank)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            question = rng.choice(questions)
            words = question.reference_answers[0].split()
            start = rng.randrange(max(1, len(words) - 10))
            answer = " ".join(words[start : start + rng.randint(5, 40)])
            if i % 10 == 9:
                row = {
                    "question": question.prompt,
                    "reference": question.reference_answers[0],
                    "answer": answer,
                }
            else:
                row = {"question_id": question.id, "answer": answer}
            out.write(json.dumps(row) + "\n")


def _tree_rss(root: int) -> int:
    """Resident bytes of `root` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
    total, stack = 0, [root]
    page = os.sysconf("SC_PAGE_SIZE")
    while stack:
        pid = stack.pop()
        stack.extend(children.get(pid, []))
        try:
            with open(f"/proc/{pid}/statm") as handle:
                total += int(handle.read().split()[1]) * page
        except OSError:
            continue
    return total


def run(source: Path, jobs: int) -> tuple[float, int, int]:
    """(seconds, peak tree RSS in bytes, output lines) of one `interviewer grade` run."""
    target = source.with_name(f"out-{jobs}.jsonl")
    command = [sys.executable, "-m", "interviewer", "grade", str(source), "-o", str(target)]
    start = time.perf_counter()
    process = subprocess.Popen([*command, "--jobs", str(jobs)], stderr=subprocess.DEVNULL)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(process.pid))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    with target.open("rb") as handle:
        lines = sum(1 for _ in handle)
    return seconds, peak, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2, 0])
    args = parser.parse_args()
    cores = default_jobs()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "answers.jsonl"
        generate(source, args.lines)
        size = source.stat().st_size
        print(f"{args.lines:,} lines ({size / 1e6:.1f} MB), {cores} cores available")
        print(f"{'jobs':>5} {'seconds':>9} {'answers/s':>10} {'peak MB':>8}  lines out")
        outputs = set()
        for jobs in dict.fromkeys(j if j > 0 else cores for j in args.jobs):
            seconds, peak, lines = run(source, jobs)
            rate = lines / seconds if seconds else 0.0
            print(f"{jobs:>5} {seconds:>9.1f} {rate:>10,.0f} {peak / 1e6:>8.0f}  {lines:,}")
            outputs.add((Path(folder) / f"out-{jobs}.jsonl").read_bytes())
        print("outputs identical across job counts:", len(outputs) == 1)


if __name__ == "__main__":
    main()
