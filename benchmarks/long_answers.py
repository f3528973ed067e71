"""Grade time and peak memory against answer length (robust68): 100, 1,000, 5,000, 10,000 and
50,000 words of real-looking answer text, on two questions of each level (none of a held-out
split), beside a plain TF-IDF cosine of the same text measured in the same run.

The text of an answer: four sentences of my own on the question's subject, then the bank's
reference answers of every question (the question's own first, then the others in bank order),
cycled until the answer holds the number of words asked. An answer is graded as the app grades
it: the grader reads its first MAX_ANSWER_CHARS characters (`core/limits.py`), so the answers
of 5,000 words and more are all graded on the same first 20,000 characters.

Usage: python benchmarks/long_answers.py [--runs N] [--words 100,1000,...] [--profile WORDS]

Prints, per length, the slowest first grading of a text over the six questions (the grader
warm, the text new: what a candidate waits for), the median milliseconds of N gradings more and
their slowest, the peak memory of one grading (tracemalloc, measured apart from the timing), the
median milliseconds of a plain TF-IDF cosine (TfidfVectorizer fitted on the references and the
whole answer, cosine of the answer to its nearest reference), and their ratio. `--profile
WORDS` prints the 25 functions of most cumulative time grading one answer of WORDS words.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from statistics import median

from devset import genai_bank, held_out_questions
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics.pairwise import cosine_similarity

from interviewer.core.bank import Question
from interviewer.core.grading import Grader

WORDS = (100, 1_000, 5_000, 10_000, 50_000)
PER_LEVEL = 2
OWN = (
    "I would start from what the question asks and say how it works in practice.",
    "In a system I built we measured this on held-out data before trusting it.",
    "The trade-off is cost against quality, and it depends on the size of the model.",
    "A common mistake is to assume that more data always fixes the problem.",
)


def questions() -> list[Question]:
    """Two questions of each level, the first in bank order not of a held-out split."""
    held = held_out_questions()
    chosen: list[Question] = []
    for level in ("beginner", "intermediate", "expert"):
        of_level = [
            q
            for q in genai_bank().questions
            if q.level == level and q.id not in held and q.reference_answers and not q.choices
        ]
        chosen.extend(of_level[:PER_LEVEL])
    return chosen


def answer_of(question: Question, words: int, all_refs: list[str]) -> str:
    """An answer of `words` words: my four sentences, then the references cycled."""
    pieces = list(OWN) + list(question.reference_answers) + all_refs
    out: list[str] = []
    count = 0
    i = 0
    while count < words:
        piece = pieces[i % len(pieces)].split()
        out.extend(piece[: words - count])
        count += len(piece[: words - count])
        i += 1
    return " ".join(out)


def plain_cosine(question: Question, answer: str) -> float:
    vectors = TfidfVectorizer().fit_transform([*question.reference_answers, answer])
    return float(cosine_similarity(vectors[-1], vectors[:-1]).max())


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    """Milliseconds of the first call (a text not seen before) and the median of `runs` more."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        fn()
        times.append(1000 * (time.perf_counter() - start))
    return times[0], median(times[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", default=",".join(str(w) for w in WORDS))
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    all_refs = [r for q in bank.questions for r in q.reference_answers]
    chosen = questions()
    print("questions:", " ".join(f"{q.id}({q.level[:3]})" for q in chosen))
    if args.profile:
        question = chosen[0]
        answer = answer_of(question, args.profile, all_refs)
        grader.grade(question, answer)
        profile = cProfile.Profile()
        profile.enable()
        grader.grade(question, answer)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
        pstats.Stats(profile).sort_stats("tottime").print_stats(15)
        return
    grader.grade(chosen[0], OWN[0])  # the grader's first grade loads its tables
    print(
        f"{'words':>7} {'chars':>8} {'first ms':>9} {'grade ms':>9} {'max ms':>8} {'peak MB':>8} "
        f"{'tfidf ms':>9} {'ratio':>6}"
    )
    for words in (int(w) for w in args.words.split(",")):
        first_ms, grade_ms, tfidf_ms, peaks, chars = [], [], [], [], []
        for question in chosen:
            answer = answer_of(question, words, all_refs)
            chars.append(len(answer))
            first, again = timed(partial(grader.grade, question, answer), args.runs)
            first_ms.append(first)
            grade_ms.append(again)
            tfidf_ms.append(timed(partial(plain_cosine, question, answer), args.runs)[1])
            tracemalloc.start()
            grader.grade(question, answer)
            peaks.append(tracemalloc.get_traced_memory()[1] / 1e6)
            tracemalloc.stop()
        g, t = median(grade_ms), median(tfidf_ms)
        print(
            f"{words:>7} {int(median(chars)):>8} {max(first_ms):>9.1f} {g:>9.1f} "
            f"{max(grade_ms):>8.1f} "
            f"{max(peaks):>8.1f} {t:>9.1f} {g / t:>6.1f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
