"""A session's life in the app: started (or resumed) on its question screen, closed; its grader
fitted off the UI thread before the first answer needs it."""

from __future__ import annotations

from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from ..core.clock import Clock
from ..core.errors import InterviewerError
from .navigation import ScreenNavigation
from .plain import escaped
from .screens.home import HomeScreen

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.interview import InterviewRun, SessionOpenElsewhere
    from ..core.session import SessionConfig
    from ..core.store import StoredSession

WARM_UP_DELAY = 0.5
"""Seconds after a paint before the grader is fitted (importing scikit-learn takes a while)."""


class RunningSessions(ScreenNavigation):
    """Starting, resuming and closing the sessions of `InterviewApp`."""

    clock: Clock
    command: str
    _warmed: set[str]
    _taken_over_here: dict[str, Path | None]
    """Sessions taken over from this terminal by another, with where the answer being typed
    then was kept (None: nothing was typed)."""

    def session_taken_over(self, session_id: str, rescued: Path | None) -> None:
        """Remember that another terminal took `session_id` over from this one."""
        self._taken_over_here[session_id] = rescued

    def _session_opened(self, session_id: str) -> None:
        """A session opened here: the notices shown before no longer hold (one saying that this
        very session was taken over would now say the opposite of what is on screen); where
        the answer typed before a take-over is kept is said again."""
        self.clear_notifications()
        if session_id in self._taken_over_here:
            rescued = self._taken_over_here.pop(session_id)
            if rescued is not None:
                self.notify(
                    escaped(
                        f"Session {session_id[:8]} is yours again. The answer you were typing "
                        f"when it was taken over is still kept in {rescued}."
                    ),
                    timeout=30,
                )

    def start_session(self, bank: Bank, config: SessionConfig) -> bool:
        """Plan, record and open a new session; False (and a message) if it cannot start."""
        from ..core.interview import InterviewRun
        from ..core.session import SessionConfig
        from .screens.interview import InterviewScreen

        try:
            if config.review and not config.question_ids:
                from ..core.review import (
                    next_due,
                    review_queue,
                    review_schedule,
                    review_unavailable,
                )

                chosen = review_queue(self.store, bank, self.clock.now(), config.count)
                if not chosen:
                    self.notify(review_unavailable(next_due(review_schedule(self.store, bank))))
                    return False
                config = SessionConfig(
                    **{**config.to_dict(), "question_ids": tuple(chosen), "topics": ()}
                )
            run = InterviewRun.start(
                bank=bank,
                store=self.store,
                clock=self.clock,
                config=config,
                grader_factory=self.grader_factory,
            )
        except InterviewerError as err:
            self.store_failed(err)
            return False
        with suppress(InterviewerError):  # a session new to the history: no other has it open
            run.claim()
        self.warm_grader(bank)
        self._session_opened(run.session.id)
        self._show(InterviewScreen(run, notice=self._waiting_notice(run.session.id)))
        if run.notice:
            self.notify(run.notice, timeout=8)
        return True

    def _waiting_notice(self, started: str) -> str:
        """A word on the other unfinished sessions, for a session started straight from the
        command line; "" when started from home, which lists them with a Resume row each."""
        from ..core.session import unfinished_notice

        if any(isinstance(screen, HomeScreen) for screen in self.screen_stack):
            return ""
        try:
            notice = unfinished_notice(
                self.store, besides=started, short=True, command=self.command
            )
            return notice or ""
        except InterviewerError:
            return ""

    def resume_session(self, session: StoredSession) -> bool:
        """Reopen an unfinished session at its next question, its draft restored; when another
        terminal has it open, ask first (read its report, take it over, or back)."""
        from ..core.errors import BankError
        from ..core.interview import InterviewRun, SessionOpenElsewhere

        try:
            bank = self.catalog.find_session_bank(session.bank_id, session.bank_path)
        except BankError as err:
            advice = bank_gone_advice(session)
            self.notify(escaped(f"Cannot resume: {err}. {advice}"), severity="error", timeout=20)
            return False
        try:
            run = InterviewRun.resume(
                bank=bank,
                store=self.store,
                clock=self.clock,
                session=session,
                grader_factory=self.grader_factory,
            )
        except InterviewerError as err:
            self.store_failed(err, "Cannot resume: ")
            return False
        try:
            run.claim()
        except SessionOpenElsewhere as err:
            self._ask_open_elsewhere(run, bank, err)
            return True
        except InterviewerError:
            pass  # the lease folder cannot be written: the session opens all the same
        self._open_resumed(run, bank)
        return True

    def _ask_open_elsewhere(self, run: InterviewRun, bank: Bank, err: SessionOpenElsewhere) -> None:
        from .screens.open_elsewhere import READ_ONLY, TAKE_OVER, OpenElsewhereScreen

        def chosen(choice: object) -> None:
            if choice == TAKE_OVER:
                try:
                    run.claim(take_over=True)
                except InterviewerError as failed:
                    self.store_failed(failed, "Cannot take the session over: ")
                    self._home_if_empty()
                    return
                self._open_resumed(run, bank)
            elif choice == READ_ONLY:
                self._home_if_empty()
                self.open_report(run.session.id)
            else:
                self._home_if_empty()

        self.push_screen(OpenElsewhereScreen(err), chosen)

    def _home_if_empty(self) -> None:
        """The home screen, when nothing but the app's blank first screen is left (the app was
        opened straight on a session)."""
        if len(self.screen_stack) <= 1:
            self.push_screen(self._home())

    def _open_resumed(self, run: InterviewRun, bank: Bank) -> None:
        from .screens.interview import InterviewScreen

        self._session_opened(run.session.id)
        try:
            missed = run.feedback_missed()
        except InterviewerError:
            missed = None
        self.warm_grader(bank, pending=run)
        unrated = run.unrated()
        if unrated:
            from .unrated import rate_unrated

            rate_unrated(self, run, unrated, lambda: self._show(InterviewScreen(run)))
        elif missed is None:
            self._show(InterviewScreen(run))
        else:
            from .missed_feedback import offer_missed_feedback

            offer_missed_feedback(self, run, missed, lambda: self._show(InterviewScreen(run)))

    def close_session(self, session: StoredSession) -> None:
        """Close an unfinished session for good (its answers are kept); home is redrawn."""
        try:
            self.store.close_session(session.id)
        except InterviewerError as err:
            self.store_failed(err)
            return
        self.notify(f"Session {session.id[:8]} closed; its report is in History.")
        self.go_home()

    def warm_grader(self, bank: Bank, pending: InterviewRun | None = None) -> None:
        """Fit a bank's grader off the UI thread, once, so the first answer grades at once."""
        if bank.id in self._warmed and pending is None:
            return
        self._warmed.add(bank.id)
        # After the screen is painted, so that importing scikit-learn never delays it.
        self.call_after_refresh(self.set_timer, WARM_UP_DELAY, lambda: self._warm(bank, pending))

    @work(thread=True, exit_on_error=False, group="warm-up")
    def _warm(self, bank: Bank, pending: InterviewRun | None) -> None:
        self.grader_factory(bank).fit()
        if pending is not None:
            pending.grade_pending()


def bank_gone_advice(session: StoredSession) -> str:
    """What to do about an unfinished session whose bank cannot be loaded (its file moved,
    renamed or re-imported under another id, ux41): nothing of it is lost."""
    return (
        f"Its answers and draft are kept: put the bank '{session.bank_id}' back (or import "
        f"the list again with --id {session.bank_id}) to continue it, or close it with x on "
        "its Resume row to keep what was answered."
    )
