"""One question's outcome in words, as every renderer shows it: its result (`82 strong`,
`skipped`), a retry, the grades it had before, the candidate's appeal, a misconception's note."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import AppealNote, QuestionReport, RetryNote
from .values import format_score

NOT_GRADED_YET = "not graded yet"
"""What a saved answer with no grade shows (its bank could not be loaded to grade it for the
report): `interviewer resume` or `regrade` grades and stores it."""


NOT_RATED_YET = "not rated yet"
"""What an answer to a question without a reference answer shows when the program ended before
it was rated (`QuestionReport.rating_pending`): resuming the session asks for the rating."""


def result_label(question: QuestionReport) -> str:
    """How a question ended, in words: `82 strong`, `30 weak, timed out`, `skipped`,
    `0 unanswered, timed out`."""
    if question.skipped:
        return "skipped"
    if question.self_rating is not None:
        return f"self-rated {question.self_rating}/5 (not graded)"
    if question.rating_pending:
        return NOT_RATED_YET
    text = f"{format_score(question.score)} {question.band or NOT_GRADED_YET}"
    return text + ", timed out" if question.timed_out else text


def misconception_note(note: str, feedback: Sequence[str]) -> str:
    """The note to show beside a misconception: "" when a line of the feedback already says
    it (with the words of the answer quoted), else the note itself (older stored grades lack
    that line), so that the note is read once."""
    said = any(line == note or line.startswith(f"{note} (") for line in feedback)
    return "" if said else note


def retry_lines(retry: RetryNote, first: QuestionReport) -> list[str]:
    """A retry as every renderer shows it: its score, then what it covered (those the first
    try had missed or got wrong named as new), missed and got wrong, one line each (play26
    F15: a retry showed only `Retried: 85 (strong)`)."""
    lines = [f"Retried: {format_score(retry.score)} ({retry.band or 'not graded'})"]
    if retry.covered:
        lacking = set(first.missed) | set(first.wrong_claims)
        new = [c for c in retry.covered if c in lacking]
        text = "Retry covered: " + ", ".join(retry.covered)
        lines.append(text + (f" (new since the first try: {', '.join(new)})" if new else ""))
    if retry.wrong_claims:
        lines.append("Retry got wrong: " + ", ".join(retry.wrong_claims))
    if retry.missed:
        lines.append("Retry missed: " + ", ".join(retry.missed))
    return lines


def earlier_scores(question: QuestionReport) -> str:
    """The grades a re-graded answer had before, as every renderer shows them:
    `95 (strong, grader 1.0), 40 (-, grader ?)` ("-" for a band, "?" for a grader version
    that was not stored)."""
    return ", ".join(
        f"{format_score(g.score)} ({g.band or '-'}, grader {g.grader_version or '?'})"
        for g in question.earlier_grades
    )


def appeal_text(appeal: AppealNote) -> str:
    """`Your appeal: 4 of 5. "I covered masking."`"""
    text = f"Your appeal: {appeal.grade} of 5"
    return text + (f". “{appeal.note}”" if appeal.note else "")
