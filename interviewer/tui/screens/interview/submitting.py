"""Submitting the answer on the question screen: saved (again soon while the history file is
busy), self-rated or graded off the UI thread, then the next question or the end of the session."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from textual import on, work
from textual.widgets import TextArea

from ....core.errors import InterviewerError, StoreBusy, StoreDamaged
from ....core.interview import SessionTakenOver, Submission
from ...messages import AnswerGraded, GradingFailed
from ...palette import close_command_palette
from ...plain import escaped
from ...type_ahead import TypeAhead, fitted
from ...widgets.answer_editor import AnswerEditor
from ..interview_dialogs import show_feedback
from ..interview_rescue import RescuingSession
from ..self_rating import SelfRatingScreen

QUICK_SAVE_SECONDS = 0.3
"""How long a save from this screen waits for a lock before it says so (play24 D3: the screen
froze for about 20 s, with no sign, while another program held the history file)."""
SAVE_RETRY_SECONDS = 0.7
"""How soon a submitted answer that found the history file busy is saved again."""
SAVE_PATIENCE_SECONDS = 60.0
"""How long a submitted answer keeps trying before the candidate gets the answer box back."""
TRY_AGAIN = "press ctrl+s to try again"
"""Said when a submitted answer could not be saved in time."""
SAVING_BUSY = "Saving… the history file is busy (another program); your answer is kept."
"""One line at 80 columns: the status line does not wrap."""
HELD_WHILE_SAVING = "Saving… the history file is busy; not added to it: “{}”"
"""The status line once keys were typed while a submitted answer waits for a busy history
file (play65: the box was read-only, the keys dropped without a word); the text held, as it
ends."""
ANSWER_SAVED_GRADING = "Answer saved — grading…"
"""The status line while the screen waits for a grade (play26 F17: "Finishing grading…" beside
a clock still running left the candidate unsure the submit was taken)."""
GRADER_LOADING = "Answer saved — grading… the grader is still loading (first answer only): {} s"
"""The status line while the first grade waits for the grader to be fitted, with the seconds
waited so far (play29 F17: 10-12 s with no word of why on a loaded machine); one line at 80
columns."""


HELD_WHILE_GRADING = "Answer saved — grading… not added to it: “{}”"
"""The status line once keys were typed while the screen waits for a grade (keys64: they went
into the read-only box and were lost without a word); the text held, as it ends."""
HELD_WHILE_LOADING = "Answer saved — grader loading ({} s)… not added to it: “{}”"
TYPED_WHILE_GRADED = "Typed after your last answer went in, not added to it: “{}”"
"""Said on the next question's status line when the keys held were not shown on a feedback."""


def grading_note(grader_ready: bool, waited: float, held: str = "") -> str:
    """What the status line says while the screen waits for a grade; `held`: the text typed
    meanwhile (held, see `tui.type_ahead`)."""
    held = held.strip()
    if not held:
        return ANSWER_SAVED_GRADING if grader_ready else GRADER_LOADING.format(int(waited))
    if grader_ready:
        return fitted(HELD_WHILE_GRADING, held)
    return fitted(HELD_WHILE_LOADING, held, int(waited))


class SubmittingAnswers(RescuingSession):
    """What happens to an answer once submitted (`InterviewScreen` shows the questions, keeps
    the clock and submits)."""

    def __init__(self) -> None:
        super().__init__()
        self._busy = False
        """True between a submit and the next question."""
        self._pending_grades = 0
        self._finishing = False
        self._notice = ""
        """Said on the next question's status line (the last one timed out)."""
        self._waiting_since: float | None = None
        """When the screen started waiting for a grade (`_wait_for_grading`)."""
        self._saving_since: float | None = None
        """When a submitted answer first found the history file busy (it is being saved)."""
        self._saving_busy: StoreBusy | None = None
        """Why that answer is not saved yet: the last busy error it met."""
        self._unsaved_submit: str | None = None
        """What the status line says while a submitted answer could not be saved in time
        (the box given back for ctrl+s to try again); None once it is saved. The draft's own
        busy message does not replace it: the candidate must know the answer is not in."""
        self._graded_keys: TypeAhead | None = None
        """While the screen waits for a grade, or a submitted answer for a busy history file
        (`_save_later`): holds the keys typed (they reach the read-only box in the order typed,
        the ones queued before the submit included, and bubble up to `hold_while_graded`),
        handed to the feedback or self-rating that follows (see `tui.type_ahead`), or given
        back to the box when the answer could not be saved (`_give_back_held`)."""

    def _show_next(self) -> None:
        """Show the next question, or finish the session after the last."""
        raise NotImplementedError

    def _status(self, text: str, *, notice: bool = False) -> None:
        """Say `text` on the status line."""
        raise NotImplementedError

    @property
    def hints_used(self) -> int:
        """Hints revealed on the current question."""
        raise NotImplementedError

    def _submit(self, *, timed_out: bool = False, skipped: bool = False) -> None:
        editor = self.query_one("#answer", AnswerEditor)
        text = editor.answer
        try:
            with self.run.store.patience(QUICK_SAVE_SECONDS):
                submission = self.run.submit(
                    text, timed_out=timed_out, skipped=skipped, hints_used=self.hints_used
                )
        except StoreBusy as err:
            self._save_later(err, lambda: self._submit(timed_out=timed_out, skipped=skipped))
            return
        except StoreDamaged as err:
            self._saving_since = None
            self._busy = editor.read_only = False
            self.run.take_back()
            self._give_back_held()
            text = editor.answer
            self._rescue(err, text, offer=True)
            return
        except SessionTakenOver as err:
            self._saving_since = None
            self._graded_keys = None
            self.run.take_back()
            self._taken_over(err)
            return
        except InterviewerError as err:
            self._saving_since = None
            self._busy = editor.read_only = False
            self.run.take_back()
            self._give_back_held()
            self.app.notify(
                f"Your answer could not be saved: {escaped(err)}", severity="error", timeout=30
            )
            return
        self._saving_since = self._unsaved_submit = None
        self._busy = True
        editor.read_only = True
        close_command_palette(self.app)
        if timed_out and self.run.mode != "practice":
            # On the status line, not in a toast: a toast would cover the answer box of the
            # next question at small sizes (practice mode says it on the feedback screen).
            self._notice = f"Time's up on question {submission.answer.position}: " + (
                "nothing was typed, so it counts as unanswered (0)."
                if submission.answer.unanswered
                else "your answer was submitted as it was."
            )
        if submission.needs_self_rating:
            self.awaiting_rating = submission
            guard, self._graded_keys = self._graded_keys, None
            if guard is None or not guard.keys:
                guard = self.app.type_ahead()  # type: ignore[attr-defined]
            else:  # keys held while the answer waited for the history file
                guard.shown(self.run.clock.monotonic())
            self.app.push_screen(
                SelfRatingScreen(submission, submission.answer.position, type_ahead=guard),
                lambda rating: self._self_rated(submission, rating),
            )
            return
        if submission.grade is not None:
            self._after_grade(submission)
            return
        self._pending_grades += 1
        self._grade(submission)
        if self.run.needs_grade_to_continue:
            self._wait_for_grading()
        else:
            self._show_next()

    def _wait_for_grading(self) -> None:
        """The answer is saved and the screen waits for its grade: the clock is hidden, a
        spinner shows where it was, and the status line says the answer was taken."""
        self.add_class("-waiting")
        self.refresh_bindings()
        self._waiting_since = self.run.clock.monotonic()
        if self._graded_keys is None:
            self._graded_keys = self.app.type_ahead(until_shown=True)  # type: ignore[attr-defined]
        self.show_grading_note()

    def hold_while_graded(self, key: str, character: str | None) -> bool:
        """Whether a key that reached the screen is held because the answer is being graded
        (the status line then says what was typed)."""
        guard = self._graded_keys
        if guard is None or not guard.holds(key, character, self.run.clock.monotonic()):
            return False
        if self._saving_since is not None:
            self.show_saving_note()
        else:
            self.show_grading_note()
        return True

    def typed_while_graded(self) -> str:
        """The note for the next question's status line when keys were held while the last
        answer was graded and no feedback showed them ("" when none were); the guard ends."""
        guard, self._graded_keys = self._graded_keys, None
        if guard is None or not guard.keys:
            return ""
        text = guard.held_text.strip()
        if not text:
            return "Keys typed after your last answer went in were not added to it."
        return fitted(TYPED_WHILE_GRADED, text)

    def show_grading_note(self) -> None:
        """Say on the status line that the answer is being graded, and, while the grader is
        still loading, that it is and for how long it has been waited for (every tick)."""
        if self._waiting_since is None or not self.has_class("-waiting"):
            return
        waited = self.run.clock.monotonic() - self._waiting_since
        guard = self._graded_keys
        held = "" if guard is None else guard.held_text
        if guard is not None and guard.keys and not held.strip():
            held = "…"  # keys without a character (Enter, Tab): still not added
        self._status(grading_note(self.run.grader_ready, waited, held))

    def _save_later(self, busy: StoreBusy, again: Callable[[], None]) -> None:
        """The history file is busy: hold the submitted answer (the box read-only, no other
        save in between, so none is reordered), say so at once, and save it again soon; after
        SAVE_PATIENCE_SECONDS give the box back, with the way out, for ctrl+s to try again."""
        now = self.run.clock.monotonic()
        self._saving_busy = busy
        if self._saving_since is None:
            self._saving_since = now
        editor = self.query_one("#answer", TextArea)
        if now - self._saving_since > SAVE_PATIENCE_SECONDS:
            self._saving_since = None
            self._busy = editor.read_only = False
            self.run.take_back()
            self._give_back_held()
            self._unsaved_submit = f"Your answer is not saved yet ({TRY_AGAIN}): {busy}"
            self._status(self._unsaved_submit)
            return
        self._busy = editor.read_only = True
        if self._graded_keys is None:
            self._graded_keys = self.app.type_ahead(until_shown=True)  # type: ignore[attr-defined]
        self.show_saving_note()
        self.set_timer(SAVE_RETRY_SECONDS, again)

    def _give_back_held(self) -> None:
        """The submitted answer could not be saved and its box is given back: the keys held
        while it waited for the history file are added to it, where they were typed (the
        answer is not in; they were meant for it); the guard ends."""
        guard, self._graded_keys = self._graded_keys, None
        if guard is not None and guard.held_text:
            editor = self.query_one("#answer", AnswerEditor)
            editor.insert(guard.held_text, editor.document.end)

    def show_saving_note(self) -> None:
        """Say on the status line that the submitted answer waits for the history file, and
        what was typed meanwhile (held, see `tui.type_ahead`)."""
        guard = self._graded_keys
        held = "" if guard is None else guard.held_text.strip()
        if guard is not None and guard.keys and not held:
            held = "…"  # keys without a character (Enter, Tab): still not added
        self._status(fitted(HELD_WHILE_SAVING, held) if held else SAVING_BUSY, notice=True)

    def _self_rated(self, submission: Submission, rating: int | None) -> None:
        self.awaiting_rating = None
        try:
            self.run.self_rate(submission, 0 if rating is None else rating)
        except InterviewerError as err:
            self.app.notify(
                f"Your rating could not be saved: {escaped(err)}", severity="error", timeout=30
            )
        self._show_next()

    @work(thread=True, exit_on_error=False, group="grading")
    def _grade(self, submission: Submission) -> None:
        try:
            graded = self.run.grade(submission)
        except StoreDamaged as err:  # the grade could not be saved
            self.post_message(GradingFailed(str(err), damaged=err))
            return
        except Exception as err:  # the answer is saved; grading can be redone by `regrade`
            self.post_message(GradingFailed(f"{type(err).__name__}: {err}"))
            return
        self.post_message(AnswerGraded(graded))

    @on(AnswerGraded)
    def _graded(self, event: AnswerGraded) -> None:
        self._pending_grades -= 1
        if self.run.needs_grade_to_continue:
            self._after_grade(event.submission)
        elif self._finishing and self._pending_grades == 0:
            self._finish()

    @on(GradingFailed)
    def _grading_failed(self, event: GradingFailed) -> None:
        self._pending_grades -= 1
        if event.damaged is not None:
            # the box holds the next answer being typed, or (read-only) the one just submitted
            text = "" if self._busy else self.query_one("#answer", AnswerEditor).answer
            self._rescue(event.damaged, text, offer=self.run.needs_grade_to_continue)
        else:
            command = escaped(getattr(self.app, "command", "interviewer"))
            self.app.notify(
                f"Grading failed ({escaped(event.error)}). Your answer is saved; "
                f"`{command} regrade` can grade it later.",
                severity="error",
                timeout=15,
            )
        if self.run.needs_grade_to_continue:
            self._after_grade(None)
        elif self._finishing and self._pending_grades == 0:
            self._finish()

    def _after_grade(self, submission: Submission | None) -> None:
        if self.run.mode == "practice" and submission is not None:
            if self.run.finished:
                self._finish_now()
            number = self.run.plan.position - 1
            guard, self._graded_keys = self._graded_keys, None
            show_feedback(self.app, self.run, submission, number, self._show_next, None, guard)
        else:
            self._show_next()

    def _finish_now(self) -> None:
        """Mark the session finished the moment its last answer is in (graded), before its
        feedback is read: leaving the app there left it unfinished in the history and offered
        it for resuming with nothing left to answer. A store error is left to `_finish`, when
        the feedback is left, which says it or offers the rescue."""
        with suppress(InterviewerError):
            self.run.finish()

    def _finish(self) -> None:
        self._finishing = True
        if self._pending_grades > 0:
            self._wait_for_grading()
            return
        try:
            session = self.run.finish()
        except StoreDamaged as err:
            self._rescue(err, "", offer=True)
            return
        except InterviewerError as err:
            self.app.notify(escaped(err), severity="error", timeout=30)
            return
        self.app.session_finished(session.id, self._rescue_at_end)  # type: ignore[attr-defined]
