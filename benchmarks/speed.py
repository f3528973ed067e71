"""Grading speed and memory: a batch of 5,000 answers, single-answer latency, a TF-IDF baseline.

Usage: python benchmarks/speed.py [--answers 5000] [--repeat N] [--rounds 5]

Uses the bundled genai bank if present, else the mini test bank. Answers are built
deterministically from the bank's reference answers (cut, shuffled, mixed with other questions'
text) so they vary in length and quality. Run it on an otherwise idle machine; it uses one core.
On a shared machine, the last line (both sides graded in turns over the same answers) is the
steadiest ratio.
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from interviewer.core.catalog import Catalog  # noqa: E402
from interviewer.core.grading import Grader  # noqa: E402


def load_bank():
    if (REPO / "banks" / "genai.yaml").exists():
        return Catalog(None).find("genai")
    return Catalog(None).find(str(REPO / "tests" / "data" / "banks" / "mini.yaml"))


def make_answers(bank, count: int) -> list[tuple[object, str]]:
    rng = random.Random(2011)
    questions = list(bank)
    words = [w for q in questions for r in q.reference_answers for w in r.split()]
    answers = []
    for _ in range(count):
        question = rng.choice(questions)
        reference = rng.choice(question.reference_answers).split()
        keep = rng.randint(3, len(reference))
        mine = reference[:keep] + [rng.choice(words) for _ in range(rng.randint(0, 30))]
        rng.shuffle(mine[keep // 2 :])
        answers.append((question, " ".join(mine)))
    return answers


def plain_tfidf(bank):
    """What `baseline` computes for one answer, as grade(question, answer)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [q.prompt for q in bank] + [r for q in bank for r in q.reference_answers]
    vectorizer = TfidfVectorizer(stop_words="english").fit(texts)
    references = {q.id: vectorizer.transform(list(q.reference_answers)) for q in bank}

    def grade(question, answer):
        vector = vectorizer.transform([answer])
        return (references[question.id] @ vector.T).max()

    return grade


def baseline(bank, answers) -> tuple[float, float]:
    """Plain TF-IDF cosine to the best reference; the same batch; returns (seconds, CPU
    seconds)."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = [q.prompt for q in bank] + [r for q in bank for r in q.reference_answers]
    vectorizer = TfidfVectorizer(stop_words="english").fit(texts)
    references = {q.id: vectorizer.transform(list(q.reference_answers)) for q in bank}
    start, cpu_start = time.perf_counter(), time.process_time()
    for question, answer in answers:
        vector = vectorizer.transform([answer])
        (references[question.id] @ vector.T).max()
    return time.perf_counter() - start, time.process_time() - cpu_start


def interleaved(bank, answers, chunk: int = 100, many: bool = False) -> tuple[float, float]:
    """CPU seconds of a fresh grader and of the plain TF-IDF cosine over the same batch,
    graded in turns of `chunk` answers (ours, then the plain cosine on the same answers), so
    that both sides meet the same load from other jobs on a shared machine; `many`: ours
    grades each turn's answers with `Grader.grade_many`."""
    grader = Grader(bank).fit()
    for question in bank:
        grader.grade(question, "warm up")
    plain = plain_tfidf(bank)
    ours = theirs = 0.0
    for k in range(0, len(answers), chunk):
        part = answers[k : k + chunk]
        t = time.process_time()
        if many:
            grader.grade_many(part)
        else:
            for question, answer in part:
                grader.grade(question, answer)
        ours += time.process_time() - t
        t = time.process_time()
        for question, answer in part:
            plain(question, answer)
        theirs += time.process_time() - t
    return ours, theirs


class Round(NamedTuple):
    p50: float
    p99: float
    cpu_p99: float


def percentile(values: list[float], share: float) -> float:
    """The value below which `share` of the sorted values lie (nearest rank, as the one round
    this script measured before rounds)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def latency_round(grader, answers) -> Round:
    """One answer at a time, each timed on the wall clock and in this process's CPU time (the
    CPU figure leaves out the time other jobs on a shared machine held the core)."""
    wall, cpu = [], []
    for question, answer in answers:
        t, c = time.perf_counter(), time.process_time()
        grader.grade(question, answer)
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    return Round(statistics.median(wall), percentile(wall, 0.99), percentile(cpu, 0.99))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=5000)
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="also grade the batch this many more times, each with a fresh grader, and report "
        "the sum over 100-answer chunks of each chunk's fastest run (steadier on a shared machine)",
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=5,
        help="time single answers this many rounds over the same 2,000 answers and report the "
        "median round (one round's p99 moves by a millisecond on a shared machine)",
    )
    args = parser.parse_args()
    bank = load_bank()
    answers = make_answers(bank, args.answers)

    start = time.perf_counter()
    grader = Grader(bank).fit()
    for question in bank:
        grader.grade(question, "warm up")
    prepare = time.perf_counter() - start
    start, cpu_start = time.perf_counter(), time.process_time()
    for question, answer in answers:
        grader.grade(question, answer)
    batch = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    # the same batch through Grader.grade_many (the answers to each question compared at once),
    # as `interviewer grade` grades a file; the same grades (benchmarks/grade_identity.py --many)
    start, cpu_start = time.perf_counter(), time.process_time()
    grader.grade_many(answers)
    many = time.perf_counter() - start
    many_cpu = time.process_time() - cpu_start

    rounds = [latency_round(grader, answers[:2000]) for _ in range(args.rounds)]
    p50 = statistics.median(r.p50 for r in rounds)
    p99 = statistics.median(r.p99 for r in rounds)
    cpu_p99 = statistics.median(r.cpu_p99 for r in rounds)

    steady = None
    if args.repeat > 1:
        chunks = [answers[i : i + 100] for i in range(0, len(answers), 100)]
        fastest = [math.inf] * len(chunks)
        for _ in range(args.repeat):
            fresh = Grader(bank).fit()
            for question in bank:
                fresh.grade(question, "warm up")
            for k, chunk in enumerate(chunks):
                t = time.perf_counter()
                for question, answer in chunk:
                    fresh.grade(question, answer)
                fastest[k] = min(fastest[k], time.perf_counter() - t)
        steady = sum(fastest)

    plain, plain_cpu = baseline(bank, answers)
    ours_turns, plain_turns = interleaved(bank, answers)
    many_turns, plain_many_turns = interleaved(bank, answers, chunk=1000, many=True)
    words = statistics.mean(len(a.split()) for _, a in answers)
    print(
        f"bank: {bank.id} ({len(bank)} questions); {len(answers):,} answers, {words:.0f} words avg"
    )
    print(f"prepare (fit + first grade of every question): {prepare:.2f} s")
    print(f"batch: {len(answers) / batch:,.0f} answers/s ({batch:.2f} s)")
    # CPU time of this process: the one-core figure even when other jobs share the machine
    print(f"batch, CPU time: {len(answers) / cpu:,.0f} answers/s ({cpu:.2f} s)")
    print(
        f"batch through grade_many: {len(answers) / many:,.0f} answers/s ({many:.2f} s; "
        f"CPU {many_cpu:.2f} s)"
    )
    if steady is not None:
        print(
            f"batch, fastest of {args.repeat} fresh graders per 100-answer chunk: "
            f"{len(answers) / steady:,.0f} answers/s ({steady:.2f} s)"
        )
    print(
        f"single answer after warm-up, median of {len(rounds)} rounds of "
        f"{min(2000, len(answers)):,}: p50 {p50:.2f} ms, p99 {p99:.2f} ms "
        f"(each round's p99: {', '.join(f'{r.p99:.2f}' for r in rounds)}); "
        f"in CPU time p99 {cpu_p99:.2f} ms"
    )
    print(f"peak memory (max RSS of the process, incl. Python and libraries): {peak / 1e6:.0f} MB")
    print(
        f"plain TF-IDF cosine, same batch: {len(answers) / plain:,.0f} answers/s; "
        f"ours takes {batch / plain:.2f}x its time"
    )
    print(
        f"plain TF-IDF cosine vs grade_many, CPU time: ours takes {many_cpu / plain_cpu:.2f}x "
        "its CPU time"
    )
    # the same in CPU time: steadier when other jobs share the machine
    print(
        f"plain TF-IDF cosine, CPU time: {len(answers) / plain_cpu:,.0f} answers/s; "
        f"ours takes {cpu / plain_cpu:.2f}x its CPU time"
    )
    print(
        f"the same, in turns of 100 answers (a fresh grader): "
        f"ours takes {ours_turns / plain_turns:.2f}x its CPU time "
        f"({len(answers) / ours_turns:,.0f} vs {len(answers) / plain_turns:,.0f} answers/s)"
    )
    print(
        f"the same, grade_many in turns of 1,000 answers: "
        f"ours takes {many_turns / plain_many_turns:.2f}x its CPU time "
        f"({len(answers) / many_turns:,.0f} vs {len(answers) / plain_many_turns:,.0f} answers/s)"
    )


if __name__ == "__main__":
    main()
