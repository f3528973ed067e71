"""Is a change faster? Two checkouts grade the same answers in turns, in CPU time.

Usage: python benchmarks/speed_ab.py OTHER [--answers 3000] [--rounds 3]

OTHER is another checkout of the project (for the code before a change, e.g.
`git worktree add /tmp/before main`, or `git archive main | tar -x -C /tmp/before`). Each
checkout grades in its own process, with its own grader and bank, fitted and warmed on the
answers (speed.py's, made from this checkout's bank); then both grade the same chunks of 100
answers in turns, the first to go alternating, `--rounds` times over. On a shared machine both
meet the same load from other jobs, so their ratio stays steady where two runs of speed.py do
not (each side's CPU time still grows with the load: compare the ratio, not the times).
Printed: each side's mean CPU time per answer, the sum of each chunk's fastest run, and the
ratios this checkout / OTHER (below 1: this checkout is faster).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
CHUNK = 100


def worker(tree: str, count: int) -> None:
    """Grade chunks of answers as the driver asks (their first answer's number on stdin),
    answering with the CPU seconds each took."""
    sys.path.insert(0, tree)
    import interviewer
    from interviewer.core.grading import Grader

    if not Path(interviewer.__file__).resolve().is_relative_to(Path(tree).resolve()):
        sys.exit(f"{tree}: its interviewer package was not the one imported")
    sys.path.insert(1, str(HERE / "benchmarks"))
    from speed import load_bank, make_answers

    bank = load_bank()
    answers = make_answers(bank, count)
    grader = Grader(bank).fit()
    for question in bank:
        grader.grade(question, "warm up")
    for question, answer in answers:
        grader.grade(question, answer)
    print("ready", flush=True)
    for line in sys.stdin:
        start = int(line)
        started = time.process_time()
        for question, answer in answers[start : start + CHUNK]:
            grader.grade(question, answer)
        print(time.process_time() - started, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", nargs="?", help="the other checkout")
    parser.add_argument("--answers", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.answers)
        return
    if not args.other or not (Path(args.other) / "interviewer").is_dir():
        parser.error("OTHER must be a checkout of the project (holding interviewer/)")
    trees = [str(Path(args.other).resolve()), str(HERE)]
    command = [sys.executable, __file__, "--answers", str(args.answers), "--worker"]
    workers = [
        subprocess.Popen([*command, tree], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        for tree in trees
    ]
    for process in workers:
        assert process.stdout is not None
        if process.stdout.readline().strip() != "ready":
            sys.exit("a worker failed to start")
    chunks = range(0, args.answers, CHUNK)
    total = [0.0, 0.0]
    fastest = [[float("inf")] * len(chunks) for _ in trees]
    for round_number in range(args.rounds):
        for k, start in enumerate(chunks):
            for side in (0, 1) if (k + round_number) % 2 == 0 else (1, 0):
                process = workers[side]
                assert process.stdin is not None and process.stdout is not None
                process.stdin.write(f"{start}\n")
                process.stdin.flush()
                seconds = float(process.stdout.readline())
                total[side] += seconds
                fastest[side][k] = min(fastest[side][k], seconds)
    for process in workers:
        assert process.stdin is not None
        process.stdin.close()
        process.wait()
    graded = args.rounds * args.answers
    for side, name in ((0, "other"), (1, "this")):
        print(
            f"{name} ({trees[side]}): {1000 * total[side] / graded:.3f} ms per answer; "
            f"fastest of each chunk: {1000 * sum(fastest[side]) / args.answers:.3f} ms"
        )
    print(
        f"this / other: {total[1] / total[0]:.3f} (mean), "
        f"{sum(fastest[1]) / sum(fastest[0]):.3f} (fastest of each chunk)"
    )


if __name__ == "__main__":
    main()
