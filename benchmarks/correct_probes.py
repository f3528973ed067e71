"""Correct probes: false flags on correct answers written blind, on questions nobody tuned them on.

Usage: python benchmarks/correct_probes.py [--list] [--set 33|...|61oh|62ra|62rh|64la|64lh] [--sets]
       [--file PATH]

Grades tests/data/correct_probes33.yaml (100 correct answers on 50 tunable questions, one long
excellent answer and one concise one each, written from the prompts alone before any grading; see
its `about`), or with --set 35 tests/data/correct_probes35.yaml (40 long expert answers and 10 good
ones with one gap on 40 other tunable questions, and 10 long answers heavy with history on 10
more), or with --set 37 tests/data/correct_probes37.yaml (35 plain-language paraphrases and 23 good
answers with one gap on 35 tunable questions), or with --set 39 tests/data/correct_probes39.yaml
(30 good answers with one gap and 16 concise correct ones on 30 tunable questions), or with --set
41 tests/data/correct_probes41.yaml (25 good answers with one gap and 12 concise correct ones on 25
tunable questions), or with --set 43 tests/data/correct_probes43.yaml (25 good answers with one gap
and 12 concise correct ones in plain words on 25 more tunable questions), or with --set 46
tests/data/correct_probes46.yaml (20 good answers with one gap and 12 concise correct ones in plain
words on 20 more tunable questions), or with --set 48 tests/data/correct_probes48.yaml (30 long
excellent answers rich in contrasts, rejected misconceptions and caveats on 15 more tunable
questions), or with --set 49 tests/data/correct_probes49.yaml (15 concise correct answers naming the
wrong alternative in passing and 15 conversational ones with lists, numbers, quoted misconceptions
and questions back, on 15 more tunable questions), or with --set 50 tests/data/correct_probes50.yaml
(36 answers in other styles on 18 tunable questions: a senior's history, trade-offs and worked
numbers, corrected misconceptions, two neighbours compared, whereas/while/unlike, bullet points and
first/second/third, British spelling and typos), or with --set 52
tests/data/correct_probes52.yaml (32 answers on 16 tunable questions whose statements sit inside
conditions, contrasts, purposes and suppositions, or say "not only X"), or with --set 54
tests/data/correct_probes54.yaml (48 answers on 24 tunable questions: unlike/whereas/compared with
another method, what goes wrong without it, conditions without a comma, history, a misconception
named to reject it), or with --set 54c tests/data/correct_probes54c.yaml (40 answers on 20 tunable
questions that contrast methods, each saying what the other method does), or with --set 55a
tests/data/correct_probes55a.yaml (40 answers on the 20 held-out questions of held55a's answer-blind
audit, written from the prompts alone, saying what the other method does), or with --set 55b
tests/data/correct_probes55b.yaml (48 answers on held55b's 24 held-out questions, written the same
way), or with --set 56a tests/data/correct_probes56a.yaml (50 answers on held56a's 37 held-out
questions, written the same way), or with --set 56b tests/data/correct_probes56b.yaml (63 answers
on held56b's 37 held-out questions, written the same way), or with --set 56t
tests/data/correct_probes56t.yaml (32 answers on tune56's 32 tunable questions with subjectless
claim lines, written the same way), or with --set 57t tests/data/correct_probes57t.yaml (31
answers on tune57's 31 tunable questions with claim lines naming no subject, written the same
way), or with --set 58f tests/data/correct_probes58f.yaml (35 answers on flag58's 35 tunable
questions with claim lines naming no subject, written the same way), or with --set 59f
tests/data/correct_probes59f.yaml (39 answers on flag59's 39 tunable questions, written the same
way), or with --set 60f tests/data/correct_probes60f.yaml (36 answers on flag60's 34 tunable
questions saying "too slow to", "would be too", "harder to" or a condition, written the same way)
and 60fa / 60fh its two halves by question, the rows whose `half` is a or h (a held row is never
listed, only summed), or with --set 61o tests/data/correct_probes61o.yaml (36 answers on other61's
32 tunable questions framing another named system, "in X", "such as X", "unlike X", written the
same way) and 61oa / 61oh its two halves, with the genai bank and
prints, per kind, how many got a contradiction, a misconception or an answer flag that calls it a
non-answer (keyword list, off topic, restated question, another question's answer): a false flag,
since every answer there is meant to be correct; and how many pass. With --list, each flagged or
failing answer with its score, band and what fired on which words.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path

from devset import REPO, answer_rows, graded_rows, wrong_claims_found

from interviewer.core.grading.scoring import ANOTHER_QUESTION

DATA = REPO / "tests" / "data" / "correct_probes{}.yaml"
NON_ANSWER = ("keyword_list", "off_topic", "restates_question", ANOTHER_QUESTION)
"""Answer flags that call a correct answer something else than an answer."""


SETS = (
    "33",
    "35",
    "37",
    "39",
    "41",
    "43",
    "46",
    "48",
    "49",
    "50",
    "52",
    "54",
    "54c",
    "55a",
    "55b",
    "56a",
    "56b",
    "56t",
    "57t",
    "58f",
    "59f",
    "60f",
    "60fa",
    "60fh",
    "61o",
    "61oa",
    "61oh",
    "62ra",
    "62rh",
    "64la",
    "64lh",
)
"""The probe sets (`--set`): tests/data/correct_probes{SET}.yaml, or a half of one (60fa ...)."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="show each flagged or failing answer")
    parser.add_argument("--sets", action="store_true", help="print the probe sets and stop")
    parser.add_argument(
        "--set",
        default="33",
        choices=SETS,
        help="which probes",
    )
    parser.add_argument("--file", type=Path, help="probes file (instead of --set)")
    args = parser.parse_args()
    if args.sets:
        print(" ".join(SETS))
        return
    half = args.set[3:] if args.set in ("60fa", "60fh", "61oa", "61oh") else ""
    path = args.file or Path(str(DATA).format(args.set[:3] if half else args.set))
    flagged: dict[str, int] = defaultdict(int)
    passed: dict[str, int] = defaultdict(int)
    total: dict[str, int] = defaultdict(int)
    scores: dict[str, float] = defaultdict(float)
    rows = [r for r in answer_rows(path, "probes") if not half or r.get("half") == half]
    for row, grade in graded_rows(rows):
        kind = row["kind"]
        total[kind] += 1
        passed[kind] += grade.passed
        scores[kind] += grade.score
        found = wrong_claims_found(grade)
        found += [f"flag {f}" for f in grade.flags if f in NON_ANSWER]
        flagged[kind] += bool(found)
        if args.list and (found or not grade.passed) and row.get("half") != "h":
            print(
                f"{row['id']} {row['question_id']} ({kind}) {grade.score:.1f} {grade.band}: "
                + ("; ".join(found) or "no flag")
            )
    print(f"{'kind':<12}{'n':>5}{'flagged':>9}{'pass':>7}{'mean':>7}")
    for kind in sorted(total):
        n = total[kind]
        print(f"{kind:<12}{n:>5}{flagged[kind]:>9}{passed[kind] / n:>7.0%}{scores[kind] / n:>7.1f}")
    n = sum(total.values())
    print(
        f"{'all':<12}{n:>5}{sum(flagged.values()):>9}{sum(passed.values()) / n:>7.0%}"
        f"{sum(scores.values()) / n:>7.1f}"
    )


if __name__ == "__main__":
    main()
