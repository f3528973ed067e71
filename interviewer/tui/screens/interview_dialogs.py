"""What the interview screen opens over a question: the confirmations before skipping a drafted
answer or leaving the session, and the feedback on an answer with its retries."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import App

from ...core.interview import InterviewRun, Submission
from ..palette import close_command_palette
from ..type_ahead import TypeAhead
from .dialogs import ConfirmScreen
from .feedback import FeedbackScreen
from .retry import RetryScreen

KEPT_IF_WRITING = "Keep writing adds it to your answer."
"""Said on the skip dialog after the keys it held (typed on as it opened)."""


def skip_dialog(words: int, type_ahead: TypeAhead | None = None) -> ConfirmScreen:
    """Skip a question whose draft holds `words` words? It is saved as skipped and scored 0.
    `type_ahead` holds the keys typed on as the dialog opens (Keep writing adds their text to
    the answer, where the candidate was typing)."""
    plural = "s" if words != 1 else ""
    return ConfirmScreen(
        "Skip this question?",
        f"Your draft of {words} word{plural} will be saved as skipped and scored 0.",
        confirm="Skip",
        cancel="Keep writing",
        type_ahead=type_ahead,
        held=KEPT_IF_WRITING,
    )


def leave_dialog(
    mode: str,
    resume: str,
    *,
    on_question: bool,
    home: bool = False,
    unrated: int | None = None,
    last: bool = False,
    draft: bool = True,
    answered: bool = True,
) -> ConfirmScreen:
    """Leave the session? Says what is saved and `resume`, the command that continues it.

    Args:
        mode: the session's mode (`practice` or `interview`).
        on_question: asked over the question itself (its draft is saved too), not over the
            feedback on an answer (or a retry of it), whose answer is saved already.
        home: leaving goes back to the home screen, whose menu resumes it too.
        unrated: asked over the rating of this answer (its number): saved, not rated yet.
        last: that answer is the session's last (no next question: its report follows).
        draft: over the question, its answer box holds text (a draft to keep); over an empty
            box the dialog says nothing of a draft (play67, play68: "... and so is this draft"
            over 0 words).
        answered: an earlier question of the session has its answer saved; on question 1
            none has, and the dialog does not say "Your answers so far are saved".
    """
    how = (
        f"choose it under Resume on the home screen, or run: {resume}" if home else f"run: {resume}"
    )
    if unrated is not None:
        then = "see the report" if last else "go on to the next question"
        saved = (
            f"Your answer to question {unrated} is saved, not rated yet. To rate it and "
            f"{then}, {how}"
        )
    elif on_question:
        saved = {
            (True, True): "Your answers so far are saved, and so is this draft.",
            (True, False): "Your answers so far are saved.",
            (False, True): "This draft is saved.",
            (False, False): "Nothing is answered yet; the session is kept.",
        }[(answered, draft)]
        saved += f" To continue at this question later, {how}"
    else:
        saved = f"Your answers so far are saved. To continue at the next question, {how}"
    return ConfirmScreen(
        f"Leave the {'practice session' if mode == 'practice' else 'interview'}?",
        saved,
        confirm="Leave",
        cancel="Stay",
    )


def show_feedback(
    app: App[None],
    run: InterviewRun,
    submission: Submission,
    number: int,
    then: Callable[[], object],
    first: Submission | None = None,
    type_ahead: TypeAhead | None = None,
) -> None:
    """Feedback on answer `number` (or on a retry of `first`); `r` there asks for another try,
    whose feedback follows; `then` is called once the candidate moves on. `type_ahead`: the
    guard that held the keys typed while the answer was graded (it goes on holding from here),
    else a new one."""
    original = first or submission

    def done(choice: str | None) -> None:
        if choice == "retry":
            app.push_screen(RetryScreen(run, original, number), retried)
        else:
            then()

    def retried(retry: Submission | None) -> None:
        if retry is None:
            show_feedback(app, run, submission, number, then, first)
        else:
            show_feedback(app, run, retry, number, then, original)

    last = run.plan.finished
    close_command_palette(app)
    if type_ahead is None:
        type_ahead = app.type_ahead()  # type: ignore[attr-defined]
    else:
        type_ahead.shown(app.clock.monotonic())  # type: ignore[attr-defined]
    app.push_screen(
        FeedbackScreen(submission, run.bank, number, first, last=last, type_ahead=type_ahead),
        done,
    )
