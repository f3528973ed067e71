"""Leaving a session from the question screen: ask first, save the draft, go back where it
was started from (the home screen, the bank browser) or quit with the command to resume it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import TextArea

from .interview_dialogs import leave_dialog

if TYPE_CHECKING:
    from ...core.interview import InterviewRun, Submission


class LeavingSession(Screen[None]):
    """The ways out of a session's question screen (`InterviewScreen` is one): it has the
    session's `run` and saves its draft with `_autosave`."""

    run: InterviewRun
    awaiting_rating: Submission | None = None
    """The answer saved and shown on the rating screen, not rated yet: the session is under
    way until it is rated, even after its last answer (ctrl+q there quit without a word and
    left the session unfinished, ux37)."""
    LEAVE_HINT = "Ctrl+C copies selected text. To leave, press ctrl+q: your answer is kept."
    """Said when ctrl+c finds nothing to copy (one line at 80 columns)."""

    def _autosave(self, *, offer: bool = False) -> bool:
        """Save the draft and the time used (the question screen's editor holds the draft)."""
        raise NotImplementedError

    @property
    def resume_command(self) -> str:
        command = getattr(self.app, "command", "interviewer")
        return f"{command} resume {self.run.session.id[:8]}"

    def action_leave(self) -> None:
        """Leave the session: back to the screen it was started from (the bank browser or the
        home screen, where it can be resumed), else quit."""
        from .browser import BankBrowserScreen
        from .home import HomeScreen

        stack = self.app.screen_stack
        below = stack[stack.index(self) - 1] if self in stack and stack.index(self) > 0 else None
        if isinstance(below, HomeScreen):
            # a fresh home screen: the one below lists the unfinished sessions of when it was
            # made, without this one (play23 F4)
            self.confirm_leave(self.app.show_home, home=True)  # type: ignore[attr-defined]
            return
        if isinstance(below, BankBrowserScreen):

            def back() -> None:
                while self.app.screen is not below:
                    self.app.pop_screen()

            self.confirm_leave(back)
            return
        resume = self.resume_command
        said = (
            f"Your answer is saved, not rated yet. Run `{resume}` to rate it."
            if self.awaiting_rating is not None
            else f"Session saved. Run `{resume}` to continue."
        )
        self.confirm_leave(lambda: self.app.exit(message=said))

    def confirm_leave(self, then: Callable[[], object], *, home: bool = False) -> None:
        """Ask before leaving the session (every way out comes here); on yes save the draft
        and its time, then call `then` (`home`: it goes back to the home screen)."""
        rating = self.awaiting_rating
        on_question = self.app.screen is self
        boxes = self.query("#answer").results(TextArea) if on_question else iter(())
        dialog = leave_dialog(
            self.run.mode,
            self.resume_command,
            on_question=on_question,
            home=home,
            unrated=None if rating is None else rating.answer.position,
            last=rating is not None and rating.answer.position >= self.run.plan.total,
            draft=any(box.text.strip() for box in boxes),
            answered=self.run.plan.position > 1,
        )

        def leave(confirmed: bool | None) -> None:
            # a damaged history keeps the candidate here: the draft went to a rescue file and
            # the screen that sets the file aside is shown
            if confirmed and self.save_before_leaving():
                then()

        self.app.push_screen(dialog, leave)

    def save_before_leaving(self, *, offer: bool = True) -> bool:
        """Save the draft and the time used now, even when the text has not changed; False
        when it could not be kept in the history, which is damaged (the draft went to a rescue
        file, and if `offer` the way out is shown)."""
        return self._autosave(offer=offer)
