"""Every wrong-claim line of the genai rubric graded as an answer on its own question: does the
line's own sentence get flagged (issue 8, lines67)?

Usage: python benchmarks/own_lines.py [--list] [--all] [--held]

A wrong-claim line is a `contradicts` line of a concept or a phrase of one of the question's
own misconceptions (the misconception's `phrase` and its `aliases`; the bank-wide common
misconceptions are left out: they belong to no question). A line whose own sentence passes,
or is graded without a wrong claim found, guards nothing: an answer that says the wrong claim
in the rubric's very words is not caught.

Only lines that read as a whole claim are graded as sentences. The test is mechanical and the
audit's own (`bank_audit.named_subjects.own_subject`): a verb (a finite word such as "is",
"has", "can", a common verb such as "makes", or a word the grader's `verbs.is_verb` reads as a
verb, not one in -ing) after words of which one may name a thing (not a stop word, pronoun or
word every question uses); no part-of-speech tagger. "RLHF replaces pretraining", "all selected
tokens are replaced with mask" and "GPT is an encoder-decoder" are whole claims; "half the
tokens", "masks every token" (a verb with no subject), "only previous words" are fragments,
meant to be read inside an answer's clause, and are counted apart, never graded.

Each whole-claim line is graded as an answer: its text with a capital first letter and a full
stop ("RLHF replaces pretraining."). Flagged: the grade has a contradiction or a misconception
found. Reported per question level and overall: lines, fragments, whole claims, flagged, not
flagged, and how many of those pass; with --list, one row per whole-claim line not flagged
(with --all, every line): question, score, band, flags, the line.

The held-out questions (devset.held_out_questions()) are counted in a line of their own and
never listed, not even with --list (--held adds them to the totals instead).
"""

from __future__ import annotations

import argparse
from collections import Counter
from dataclasses import dataclass

from devset import genai_bank, held_out_questions

from interviewer.core.bank import Question
from interviewer.core.bank_audit.named_subjects import own_subject
from interviewer.core.grading import Grader


@dataclass(frozen=True)
class Line:
    """One wrong-claim line of a question and how its own sentence grades."""

    question: str
    level: str
    where: str
    text: str
    whole: bool
    flagged: bool = False
    score: float = 0.0
    band: str = ""
    passed: bool = False
    flags: tuple[str, ...] = ()


def claim_lines(question: Question) -> list[tuple[str, str]]:
    """(where, text) of each `contradicts` line and own misconception phrase, in rubric
    order, each text once per question."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    for concept in question.concepts:
        for text in concept.contradicts:
            if text not in seen:
                seen.add(text)
                found.append((f"contradicts of '{concept.name}'", text))
    for misconception in question.misconceptions:
        if misconception.common:
            continue
        for text in misconception.phrases:
            if text not in seen:
                seen.add(text)
                found.append((f"misconception '{misconception.phrase}'", text))
    return found


def as_answer(text: str) -> str:
    """The line written as a one-sentence answer: a capital first letter and a full stop."""
    text = text.strip()
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."


def graded_lines(grader: Grader, questions: list[Question]) -> list[Line]:
    """Every wrong-claim line of the questions, its whole-claim reading, and, for a whole
    claim, its grade on its own question."""
    canon = grader.canon
    rows = []
    for question in questions:
        level = question.level or "-"
        for where, text in claim_lines(question):
            if not own_subject(text, canon):
                rows.append(Line(question.id, level, where, text, whole=False))
                continue
            grade = grader.grade(question, as_answer(text))
            found = bool(grade.contradictions or grade.misconceptions)
            rows.append(
                Line(
                    question.id,
                    level,
                    where,
                    text,
                    whole=True,
                    flagged=found,
                    score=grade.score,
                    band=grade.band,
                    passed=grade.passed,
                    flags=tuple(grade.flags),
                )
            )
    return rows


def summary(label: str, rows: list[Line]) -> str:
    """One line of counts."""
    whole = [r for r in rows if r.whole]
    flagged = sum(r.flagged for r in whole)
    missed = [r for r in whole if not r.flagged]
    passing = sum(r.passed for r in missed)
    questions = len({r.question for r in rows})
    return (
        f"{label:13} questions {questions:3}, lines {len(rows):5}, fragments "
        f"{len(rows) - len(whole):5}, whole claims {len(whole):5}: flagged {flagged:5}, "
        f"not flagged {len(missed):4} ({passing} passing)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="each whole-claim line not flagged")
    parser.add_argument("--all", action="store_true", help="with --list: every graded line")
    parser.add_argument("--held", action="store_true", help="count held-out questions in totals")
    args = parser.parse_args()
    bank = genai_bank()
    grader = Grader(bank)
    held = set(held_out_questions())
    tunable = [q for q in bank if q.id not in held]
    held_questions = [q for q in bank if q.id in held]
    rows = graded_lines(grader, tunable)
    held_rows = graded_lines(grader, held_questions)
    counted = rows + held_rows if args.held else rows
    if args.list:
        for row in rows:
            if row.whole and (args.all or not row.flagged):
                mark = "flagged" if row.flagged else "MISSED"
                flags = ",".join(row.flags) or "-"
                print(
                    f"{mark:7} {row.score:5.1f} {row.band:8} {row.question} [{flags}] "
                    f"{row.text!r} ({row.where})"
                )
    levels = Counter(r.level for r in counted)
    for level in sorted(levels):
        print(summary(level, [r for r in counted if r.level == level]))
    print(summary("tunable" if not args.held else "all", counted))
    if not args.held:
        print(summary("held-out", held_rows))


if __name__ == "__main__":
    main()
