"""How a report's values read as text: durations, scores, labels and the summary rows that
every renderer (Markdown, HTML, the report screen) shows alike."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from ..grading import MISSING_CUTOFF, PASS_CUTOFF, STRONG_CUTOFF
from ..session import questions_text
from ..store import StoredSession, session_time_used, whole_score
from .model import (
    AppealNote,
    GroupScore,
    NextStep,
    QuestionReport,
    Report,
    RetryNote,
    TopicChange,
)


def format_duration(session: StoredSession) -> str:
    """`session_time_used` as `m:ss`, as every listing of sessions shows it."""
    return format_seconds(session_time_used(session))


def format_seconds(seconds: float | None) -> str:
    """`95.2` -> `1:35`; `None` -> `-`."""
    if seconds is None:
        return "-"
    whole = int(round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


BAND_CUTOFFS = (MISSING_CUTOFF, PASS_CUTOFF, STRONG_CUTOFF)
"""Where one band ends and the next begins: a score shown must not round up across one."""


def shown_score(score: float) -> float:
    """The number a score is shown as: the whole number (halves up, `whole_score`), unless
    that rounds it up to a band's cut-off it is below; then the whole number below, so that
    the band beside it is the band of the number read: 69.94 (weak) is `69`, not `70`
    (adequate) (play24 D2). Always whole: one rule for every score on a report (play25 D7:
    `69.9` beside `50`, a summary of `29.8 / 100` in one session and `42 / 100` in another)."""
    whole = whole_score(score)
    if any(score < cutoff <= whole for cutoff in BAND_CUTOFFS):
        return float(whole - 1)
    return float(whole)


SESSION_BAND_WORDS = {
    "strong": "strong overall",
    "adequate": "adequate overall",
    "weak": "weak overall",
    "missing": "mostly missing",
}
"""A session's band in words for a whole session: "Score 22 / 100 (missing)" read as if the
score itself were missing (play26 F18); the JSON keeps the band's own name."""


def format_score(score: float | None) -> str:
    """`82.46` -> `82`, `39.5` -> `40` (halves up, `whole_score`), but `69.94` -> `69` and
    `84.5` -> `84` (`shown_score`: never up across a band's cut-off); `None` -> `-`. Every
    score on a screen, in a listing or an export that is not the JSON's own number goes
    through here."""
    if score is None:
        return "-"
    return str(int(shown_score(score)))


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


def format_when(moment: datetime | None) -> str:
    """A stored timestamp in local time, to the minute."""
    return "-" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
"""Month names in English whatever the locale, as every other word on the screens."""


def format_when_short(moment: datetime | None, now: datetime) -> str:
    """A stored timestamp in local time, in at most 12 cells for a narrow table: `6 Dec 09:05`
    in the year of `now`, `6 Dec 2025` before it (the day then matters more than the hour).
    The month by name, not number: `12-06` reads as June 12 to half the world."""
    if moment is None:
        return "-"
    local = moment.astimezone()
    day = f"{local.day} {MONTHS[local.month - 1]}"
    if local.year == now.astimezone().year:
        return f"{day} {local:%H:%M}"
    return f"{day} {local.year}"


def next_step_line(step: NextStep) -> str:
    """A step of "What to do next" on one line: `Transformers: Average 40 over 2 questions.`,
    or `… the final answer. You skipped it.` after a prompt that ends a sentence (not `.:`)."""
    title = step.title.rstrip()
    joint = " " if title.endswith((".", "?", "!", ":", "…")) else ": "
    return f"{title}{joint}{step.reason}"


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


def report_kind(report: Report) -> str:
    """`Practice` or `Interview`: what the report is called, in its title and file name."""
    return "Practice" if report.mode == "practice" else "Interview"


def mode_label(report: Report) -> str:
    """`interview`, `practice, adaptive, review`..."""
    extras = [name for name, on in (("adaptive", report.adaptive), ("review", report.review)) if on]
    return ", ".join([report.mode, *extras])


def change_label(change: TopicChange, *, skipped: bool = False) -> str:
    """A topic's change against earlier sessions: `up 6`, `down 3`, `same`, `new`. The number
    is the gap between the two averages as shown (`format_score`), so that it adds up as read
    beside them: `Before 76 | Now 67 | down 9`, not the `down 10` of the unrounded 76.2 and
    66.5 (ux41); the JSON's `change` keeps the unrounded figure. `skipped`: every question
    of the topic was skipped this time, so `skipped`, not `down 77` (play50); `was skipped`
    when every earlier one was, not `up 80`."""
    if skipped:
        return SKIPPED
    if change.previous_skipped:
        return "was skipped"
    if change.change is None or change.direction in ("new", "same"):
        return change.direction
    if change.previous is None or change.current is None:
        return change.direction
    gap = int(shown_score(change.current) - shown_score(change.previous))
    if gap == 0:
        return "same"
    return f"{'up' if gap > 0 else 'down'} {abs(gap)}"


SKIPPED = "skipped"
"""What a topic or level shows where a score would be when every question of it was skipped:
a skip counts 0 in the means, but it is not a 0 the candidate earned (play50: `0 ×1`)."""


def all_skipped(group: GroupScore) -> bool:
    """Whether every question `group.average` is taken over was skipped (its average is the
    0 the skips count as)."""
    return group.skipped > 0 and group.skipped == group.averaged


def group_score_text(group: GroupScore) -> str:
    """A topic's or level's average as shown: `54`, `-` with none, `skipped` when every
    question of it was skipped."""
    return SKIPPED if all_skipped(group) else format_score(group.average)


def skipped_topics(report: Report) -> frozenset[str]:
    """The topics of the report whose every question was skipped: their `Now` reads
    `skipped` and their change against earlier sessions `skipped` (not `0` and `down 77`)."""
    return frozenset(t.id for t in report.topics if all_skipped(t))


def before_text(change: TopicChange) -> str:
    """A topic's earlier average as shown beside its change: `skipped` when every earlier
    question on it was skipped (its 0 is not one earned), else `format_score`."""
    return SKIPPED if change.previous_skipped else format_score(change.previous)


def skip_note(skipped: int, *, of_all: bool = False) -> str:
    """How the level and topic means treat skips, the same words on every screen and export:
    `1 skipped, as 0` (some of the group skipped), `as 0` (every one: the figure already says
    `skipped`); empty with none skipped."""
    if not skipped:
        return ""
    return "as 0" if of_all else f"{skipped} skipped, as 0"


def answers_text(group: GroupScore) -> str:
    """The answers a topic's or level's average is over: `2`, `2 (+1 self-rated)`, `2 (1
    skipped, as 0)`, or `1 (as 0)` beside a `skipped` figure."""
    extra = f" (+{group.self_rated} self-rated)" if group.self_rated else ""
    note = skip_note(group.skipped, of_all=all_skipped(group))
    skips = f" ({note})" if note else ""
    return f"{group.averaged}{skips}{extra}"


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


def command_pieces(text: str, command: str) -> list[tuple[str, bool]]:
    """`text` cut into `(piece, is_command)` pairs, in order: a command of this program in
    backticks (`` `interviewer --data-dir '/tmp/my  data' resume 1a2b3c4d` ``, as
    `summary_lines` writes one) is a piece of its own, without its backticks and exactly as
    written, so that a renderer can show it as code, double spaces and all; the rest is prose.
    The command is found by its start, `command` (which may hold backticks of its own, in a
    path), and runs to the next backtick. Joined again, each command in backticks, the
    pieces are `text`."""
    pattern = re.compile("`(" + re.escape(command) + "(?:[^`]*))`")
    pieces: list[tuple[str, bool]] = []
    end = 0
    for match in pattern.finditer(text):
        if match.start() > end:
            pieces.append((text[end : match.start()], False))
        pieces.append((match.group(1), True))
        end = match.end()
    if end < len(text):
        pieces.append((text[end:], False))
    return pieces


def unfinished_advice(session_id: str, bank_id: str, command: str, *, bank_gone: bool) -> str:
    """How to go on with an unfinished session, with the `command` of the history it was read
    from (play33): `resume ID` continues it; when its bank cannot be loaded, what brings the
    bank back first, or how to close it (store42), said the same by the report's Finished row
    and by `report latest`'s note (care43)."""
    resume = f"`{command} resume {session_id[:8]}`"
    if not bank_gone:
        return f"{resume} continues it"
    return (
        f"its bank '{bank_id}' cannot be loaded: put the bank back (or import the list again "
        f"with --id {bank_id}), then {resume} continues it; or `{command} resume --close "
        f"{session_id[:8]}` closes it, keeping what was answered"
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
        return ("Level reached", report.level_reached or "none held")
    asked = [group.id for group in report.levels]
    if not asked:
        return ("Levels asked", "none")
    return ("Levels asked", asked[0] if len(asked) == 1 else f"{asked[0]} to {asked[-1]}")


def session_level(session: StoredSession, so_far: str | None = None) -> str:
    """The level reached of an adaptive session, for listings of sessions (`so_far`: the level
    held so far when none is stored, `levels_so_far`, as the report says it); `-` for others
    and for an adaptive session that has held none."""
    return (session.level_reached or so_far or "-") if session.config.adaptive else "-"


def _self_rated_text(ratings: Sequence[int]) -> str:
    """`2 answers with no reference, averaging 3.0 / 5; not scored`: short enough to stay on
    one line of the report screen at 80 columns."""
    if len(ratings) == 1:
        return f"1 answer with no reference, rated {ratings[0]} / 5; not scored"
    mean = sum(ratings) / len(ratings)
    return f"{len(ratings)} answers with no reference, averaging {mean:.1f} / 5; not scored"


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
