"""How many questions a session planned, answered and skipped, in the words every screen and
export uses; and what to say when a session plans fewer than asked or others are unfinished."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .config import SessionConfig

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ..bank import Bank
    from ..store import Store, StoredAnswer, StoredSession


def planned_count(config: SessionConfig) -> int:
    """How many questions a stored session planned. Sessions record the real count (see
    `InterviewRun.start`); older review sessions recorded the count asked for, so their chosen
    questions bound it."""
    if config.question_ids:
        return min(config.count, len(config.question_ids))
    return config.count


def questions_text(answered: int, skipped: int, planned: int, unanswered: int = 0) -> str:
    """How many questions of a session were answered, skipped and left unanswered when time
    ran out, in the words every screen and export uses: `3 answered, 1 skipped, of 4 planned`,
    `1 answered, 1 unanswered (timed out), of 2 planned` (`4 answered of 4 planned`)."""
    apart = [
        f"{count} {what}"
        for count, what in ((unanswered, "unanswered (timed out)"), (skipped, "skipped"))
        if count
    ]
    if apart:
        return f"{answered} answered, {', '.join(apart)}, of {planned} planned"
    return f"{answered} answered of {planned} planned"


def session_progress(session: StoredSession) -> str:
    """`questions_text` of a stored session: `2 answered, 1 skipped, of 5 planned`."""
    return questions_text(
        session.answered_count,
        session.skipped_count,
        planned_count(session.config),
        session.unanswered_count,
    )


def session_status(session: StoredSession) -> str:
    """`unfinished`; `closed` when it ended with fewer answers (skipped ones included) than it
    planned (`resume --close`, or left with none); else `finished`. Every listing says it so."""
    if not session.finished:
        return "unfinished"
    if session.answer_count < planned_count(session.config):
        return "closed"
    return "finished"


def answer_counts(
    session: StoredSession, *, skipped: str = "skipped", unanswered: str = "unanswered"
) -> str:
    """A listing's QUESTIONS cell: the answered count, then the skipped and unanswered ones
    apart (`3`, `3 +1 skipped`, `1 +1 unanswered`), in the words given (shorter on a screen)."""
    text = str(session.answered_count)
    for count, word in ((session.skipped_count, skipped), (session.unanswered_count, unanswered)):
        if count:
            text += f" +{count} {word}"
    return text


def short_progress(session: StoredSession) -> str:
    """`session_progress` where room is short (a Resume row at 80 columns, play24 D5): `5 of 8
    done, 1 skipped`, `4 of 8 done`; skipped and unanswered questions count as done."""
    done = session.answer_count
    text = f"{done} of {planned_count(session.config)} done"
    return text + (f", {session.skipped_count} skipped" if session.skipped_count else "")


def ratings_pending(answers: Sequence[StoredAnswer], bank: Bank) -> int:
    """How many of a session's `answers` are saved but not rated yet: to questions of `bank`
    without a reference answer, not skipped, with no rating (the program ended, or the
    candidate left, on the rating screen); resuming the session asks for each (as the report's
    `rating_pending`)."""
    return sum(
        1
        for answer in answers
        if answer.band is None
        and not answer.skipped
        and answer.question_id in bank
        and bank.get(answer.question_id).self_rated
    )


def clamp_notice(requested: int, planned: int, *, review: bool = False) -> str | None:
    """What to tell the candidate when a session plans fewer questions than asked; None when
    it plans them all."""
    if planned >= requested:
        return None
    are = "is" if planned == 1 else "are"
    which = f"{are} due for review" if review else f"{'matches' if planned == 1 else 'match'}"
    noun = "question" if planned == 1 else "questions"
    return f"Only {planned} {noun} {which}: this session asks {planned}, not {requested}."


def unfinished_notice(
    store: Store, *, besides: str | None = None, short: bool = False, command: str = "interviewer"
) -> str | None:
    """What to say when a new session starts while others are unfinished (None if none is):
    they are not lost, and how to continue or close them.

    Args:
        besides: a session id to leave out (the one just started).
        short: one status line ("Another session is unfinished, kept: ...").
        command: how the user runs the program (with --data-dir when given), for the commands
            suggested.
    """
    waiting = [s for s in store.unfinished_sessions() if s.id != besides]
    if not waiting:
        return None
    count = len(waiting)
    if short:
        which = "Another session is" if count == 1 else f"{count} sessions are"
        return f"{which} unfinished, kept: `{command} resume --list`."
    latest = waiting[0]
    which = "An unfinished session is" if count == 1 else f"{count} unfinished sessions are"
    return (
        f"{which} waiting (latest: {latest.id[:8]}, {latest.answer_count} of "
        f"{planned_count(latest.config)} answered): `{command} resume {latest.id[:8]}` "
        f"continues it, `{command} resume --close ID` closes one."
    )
