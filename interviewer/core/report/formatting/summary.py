"""A report's summary rows (Score, Questions, Time, Mode, Started, Finished, Grader ...), as
every renderer shows them, and the words they are made of: the session's band, its mode, how
skips enter the score, the level reached, the gap to earlier sessions."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from ...self_rating import rating_text
from ...session import questions_text
from ...store import StoredSession
from ..model import Report
from .advice import unfinished_advice
from .values import format_score, format_seconds, format_when, shown_score

SESSION_BAND_WORDS = {
    "strong": "strong overall",
    "adequate": "adequate overall",
    "weak": "weak overall",
    "missing": "mostly missing",
}
"""A session's band in words for a whole session: "Score 22 / 100 (missing)" read as if the
score itself were missing (play26 F18); the JSON keeps the band's own name."""


def report_kind(report: Report) -> str:
    """`Practice` or `Interview`: what the report is called, in its title and file name."""
    return "Practice" if report.mode == "practice" else "Interview"


def mode_label(report: Report) -> str:
    """`interview`, `practice, adaptive, review`..."""
    extras = [name for name, on in (("adaptive", report.adaptive), ("review", report.review)) if on]
    return ", ".join([report.mode, *extras])


def score_note(report: Report) -> str:
    """How skipped and unanswered questions enter the score (`the 1 skipped question counts
    as 0`, `the 1 unanswered counts as 0`), or ""; short enough for the report screen's
    Score row at 80 columns. A skipped question with no reference answer is not scored, so
    it is not counted here."""
    skipped = report.skipped_as_zero
    if report.score is None or not (skipped or report.unanswered):
        return ""
    if not report.unanswered:
        verb = "questions count" if skipped != 1 else "question counts"
        return f"the {skipped} skipped {verb} as 0"
    which = [
        f"{count} {what}"
        for count, what in ((skipped, "skipped"), (report.unanswered, "unanswered"))
        if count
    ]
    verb = "counts" if skipped + report.unanswered == 1 else "count"
    return f"the {' and '.join(which)} {verb} as 0"


def level_row(report: Report) -> tuple[str, str]:
    """The level reached, an adaptive session's figure; for other sessions, the levels asked
    (`Levels asked`, `beginner to expert`)."""
    if report.adaptive:
        return ("Level reached", report.level_reached or NO_LEVEL)
    asked = [group.id for group in report.levels]
    if not asked:
        return ("Levels asked", "none")
    return ("Levels asked", asked[0] if len(asked) == 1 else f"{asked[0]} to {asked[-1]}")


NO_LEVEL = "none"
"""The level reached of an adaptive session that has held none, in every listing and report
(play68: `interviewer history` wrote `-`, the History screen `none` or `yes`, the report "none
held"); `-` stays for a session that is not adaptive."""


def session_level(session: StoredSession, so_far: str | None = None) -> str:
    """The level reached of an adaptive session, for listings of sessions (`so_far`: the level
    held so far when none is stored, `levels_so_far`, as the report says it); `none`
    (`NO_LEVEL`) for an adaptive session that has held none, as its report says; `-` for a
    session that is not adaptive."""
    if not session.config.adaptive:
        return "-"
    return session.level_reached or so_far or NO_LEVEL


def against_earlier_text(report: Report) -> str | None:
    """`2 points below the average of 1 finished session (66)`, `level with ...`: the gap
    between the two numbers shown, the score (`format_score`) and the average in brackets, so
    that the line adds up as read (ux37: `Score 8` and `13 points below ... (22)`, the gap of
    the unrounded 8.4 and 21.6; the JSON's `change` keeps the unrounded figure, -13.2), and
    whole as every other score shows (play26 F12: `67.8 points above`); None when either
    score is missing."""
    c = report.comparison
    if c is None or report.score is None or c.previous_average is None or c.change is None:
        return None
    gap = shown_score(report.score) - shown_score(c.previous_average)
    size = int(abs(gap))
    points = f"{size} point{'s' if size != 1 else ''}"
    where = "level with" if size == 0 else f"{points} {'above' if gap > 0 else 'below'}"
    plural = "s" if c.previous_sessions != 1 else ""
    return (
        f"{where} the average of {c.previous_sessions} finished session{plural} "
        f"({format_score(c.previous_average)})"
    )


def _finished_text(report: Report) -> str:
    if not report.finished:
        advice = unfinished_advice(
            report.session_id, report.bank_id, report.command, bank_gone=report.bank_gone
        )
        return f"not finished{'; ' if report.bank_gone else ': '}{advice}"
    when = format_when(report.finished_at)
    if report.done < report.questions_planned:
        return f"{when} (closed early)"
    return when


def _self_rated_text(ratings: Sequence[int]) -> str:
    """`2 answers with no reference, averaging 3.0 / 5; not scored`: short enough to stay on
    one line of the report screen at 80 columns."""
    if len(ratings) == 1:
        return f"1 answer with no reference, rated {ratings[0]} / 5; not scored"
    mean = rating_text(sum(ratings) / len(ratings))
    return f"{len(ratings)} answers with no reference, averaging {mean} / 5; not scored"


def session_score_cell(session: StoredSession) -> str:
    """A session's score in a listing of sessions (the history screen and command, the line
    of a session marked to compare): `format_score` of its graded answers; for a session of
    self-rated answers only (no reference answer, never scored), the mean of its ratings as
    its report's Self-rated row says it, `3.0/5` (play65: the history said `-` of a session
    whose report says "averaging 3.0 / 5"); `-` when it has neither."""
    mean = session.self_rating_mean
    if session.mean_score is None and mean is not None:
        return f"{rating_text(mean)}/5"
    return format_score(session.mean_score)


class _Reach(Protocol):
    """A report, or one side of the compare view."""

    @property
    def questions_reached(self) -> int: ...
    @property
    def questions_planned(self) -> int: ...
    @property
    def answered(self) -> int: ...


def time_counted_for(side: _Reach, *, long: bool = False) -> str:
    """What the time allowed counts when the session did not reach every question planned:
    ` for the 1 of 10 questions answered` (long: the report's summary), ` for 1 of 10` (a
    column of the compare view, under its Answered and Planned rows); `` otherwise. "0:10
    of 3:00 allowed" alone read as the whole session's allowance (care46)."""
    reached, planned = side.questions_reached, side.questions_planned
    if not reached or reached >= planned:
        return ""
    if not long:
        return f" for {reached} of {planned}"
    noun = "question" if planned == 1 else "questions"
    if reached == side.answered:
        return f" for the {reached} of {planned} {noun} answered"
    return f" for the {reached} of {planned} {noun} reached, {side.answered} answered"


def summary_lines(report: Report) -> list[tuple[str, str]]:
    """(label, value) pairs of the summary, as every renderer shows them."""
    time_value = format_seconds(report.time_used)
    if report.time_allowed is not None:
        time_value += f" of {format_seconds(report.time_allowed)} allowed"
        time_value += time_counted_for(report, long=True)
    if report.paused_seconds:
        time_value += f" (paused {format_seconds(report.paused_seconds)})"
    score = format_score(report.score)
    if report.score is None and report.finished and report.done < report.questions_planned:
        score = "not scored: closed early"
    if report.band:
        score += f" / 100 ({SESSION_BAND_WORDS.get(report.band, report.band)})"
    if score_note(report):
        score += f"; {score_note(report)}"
    rows = [
        ("Score", score),
        level_row(report),
        (
            "Questions",
            questions_text(
                report.answered, report.skipped, report.questions_planned, report.unanswered
            ),
        ),
        ("Timed out", str(report.timed_out)),
        ("Time", time_value),
        ("Mode", mode_label(report)),
        ("Started", format_when(report.started_at)),
        ("Finished", _finished_text(report)),
    ]
    if report.self_ratings:
        rows.insert(1, ("Self-rated", _self_rated_text(report.self_ratings)))
    against = against_earlier_text(report)
    if against is not None:
        rows.append(("Against earlier", against))
    versions = ", ".join(report.grader_versions) or "-"
    if report.regrade_suggested:
        versions += (
            f" (current grader is {report.current_grader_version}; "
            f"run `{report.command} regrade {report.session_id[:8]}`)"
        )
    rows.append(("Grader", versions))
    return rows
