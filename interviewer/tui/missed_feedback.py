"""A resumed practice session whose last answer's feedback was never seen (the program ended
right after ctrl+s) shows it first, as the candidate would have seen it (play27 #10)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.app import App

    from ..core.interview import InterviewRun, Submission

GRADING_MISSED = "Grading your last answer (saved before the program ended)…"


def offer_missed_feedback(
    app: App[None], run: InterviewRun, missed: Submission, open_session: Callable[[], None]
) -> None:
    """Open the session (`open_session`) with `missed`'s feedback over its next question. An
    answer the program never graded is graded off the UI thread first, and the next question
    waits for it, so that its clock does not run meanwhile."""
    if missed.grade is not None:
        open_session()
        _show(app, run, missed)
        return
    app.notify(GRADING_MISSED, timeout=60)

    def grade() -> None:
        try:
            graded = run.graded_missed(missed)
        except Exception:  # the answer is saved; the report and `regrade` can grade it later
            graded = None
        app.call_from_thread(_graded, app, run, graded, open_session)

    app.run_worker(grade, thread=True, exit_on_error=False, group="missed-feedback")


def _graded(
    app: App[None], run: InterviewRun, graded: Submission | None, open_session: Callable[[], None]
) -> None:
    app.clear_notifications()  # the "Grading…" note
    open_session()
    if graded is not None:
        _show(app, run, graded)


def _show(app: App[None], run: InterviewRun, missed: Submission) -> None:
    from .screens.interview_dialogs import show_feedback

    show_feedback(app, run, missed, missed.answer.position, lambda: None)
