"""Where grading spends its CPU time: sampled call stacks over speed.py's answers.

Usage: python benchmarks/grading_profile.py [--answers 3000] [--rounds 2] [--top 40] [--many]

A grader is fitted and warmed on the answers, then the answers are graded `--rounds` more
times while a CPU-time timer (SIGPROF, asked for every 0.5 ms of this process's CPU; the
kernel may deliver it less often, e.g. every 4 ms at 250 Hz) records the Python stack.
Printed: the share of the samples in which each function is on the stack (inclusive), at the
top of the stack (its own time, C calls such as numpy's included), and each line's own share.
Unlike cProfile, which adds a fixed cost to every Python call and so inflates
call-heavy code (it gave `match_phrase` 14% of grading time, these samples give 9%), sampling
leaves the program's own proportions alone, and counting CPU time rather than wall time keeps
other jobs on a shared machine out of the figures. Needs a Unix (signal.setitimer).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections import Counter
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from speed import load_bank, make_answers  # noqa: E402

from interviewer.core.grading import Grader  # noqa: E402

INTERVAL = 0.0005
"""Seconds of CPU time asked for between two samples (the kernel's tick may space them more)."""


class Samples:
    """Counts of the functions and lines seen in the sampled stacks."""

    def __init__(self) -> None:
        self.total = 0
        self.inclusive: Counter[str] = Counter()
        self.own: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()

    def take(self, _signal: int, frame: FrameType | None) -> None:
        """Record one stack (a SIGPROF handler)."""
        self.total += 1
        seen: set[str] = set()
        top = True
        while frame is not None:
            code = frame.f_code
            where = _short(code.co_filename)
            name = f"{where}:{code.co_firstlineno}({code.co_name})"
            if top:
                self.own[name] += 1
                self.lines[f"{where}:{frame.f_lineno}"] += 1
                top = False
            if name not in seen:  # a recursive function counts once per sample
                self.inclusive[name] += 1
                seen.add(name)
            frame = frame.f_back

    def report(self, top: int) -> None:
        print(f"{self.total:,} samples (asked for: one per {1000 * INTERVAL:g} ms of CPU time)")
        for title, counts in (
            ("on the stack (inclusive)", self.inclusive),
            ("at the top of the stack (own time)", self.own),
            ("lines (own time)", self.lines),
        ):
            print(f"\n{title}:")
            for name, count in counts.most_common(top):
                print(f"{100 * count / max(1, self.total):5.1f}%  {name}")


def _short(filename: str) -> str:
    """A file name relative to the repository, when it lies inside it."""
    try:
        return str(Path(filename).relative_to(REPO))
    except ValueError:
        return filename


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument(
        "--many",
        action="store_true",
        help="grade each round through Grader.grade_many, as `interviewer grade` grades a file",
    )
    args = parser.parse_args()
    if not hasattr(signal, "setitimer"):
        sys.exit("grading_profile.py needs signal.setitimer (Linux, macOS)")
    bank = load_bank()
    answers = make_answers(bank, args.answers)
    grader = Grader(bank).fit()
    for question in bank:
        grader.grade(question, "warm up")
    for question, answer in answers:  # typo look-ups and caches warm, as in a long session
        grader.grade(question, answer)
    samples = Samples()
    signal.signal(signal.SIGPROF, samples.take)
    signal.setitimer(signal.ITIMER_PROF, INTERVAL, INTERVAL)
    try:
        for _ in range(args.rounds):
            if args.many:
                grader.grade_many(answers)
                continue
            for question, answer in answers:
                grader.grade(question, answer)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
    how = " through grade_many" if args.many else ""
    print(f"bank: {bank.id}; {len(answers):,} answers graded {args.rounds} times{how}")
    samples.report(args.top)


if __name__ == "__main__":
    main()
