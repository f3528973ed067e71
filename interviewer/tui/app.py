"""InterviewApp: the terminal shell around the headless core."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from ..core.clock import Clock, SystemClock
from ..core.errors import InterviewerError, StoreDamaged
from ..core.preferences import Preferences, load_preferences, save_preferences

if TYPE_CHECKING:
    from ..core.bank import Bank
    from ..core.catalog import Catalog
    from ..core.grading import Grader
    from ..core.interview import InterviewRun
    from ..core.session import SessionConfig
    from ..core.store import Store, StoredSession
    from .screens.interview import InterviewScreen
from .home_banks import HomeBanks
from .plain import escaped
from .screens.home import HomeScreen

WARM_UP_DELAY = 0.5
"""Seconds after a paint before the grader is fitted (importing scikit-learn takes a while)."""


def _default_grader_factory(bank: Bank) -> Grader:
    from ..core.grading import grader_for

    return grader_for(bank)


class InterviewApp(App[None]):
    """Timed mock interviews. Everything it shows comes from the core objects it is given.

    Args:
        catalog: where banks are found.
        store: the history database.
        clock: time for countdowns and timestamps (a fake one in tests).
        grader_factory: returns the (fitted or lazily fitted) grader of a bank.
        start: open straight into a new session of this bank and config.
        resume: open straight into this unfinished session.
        export_dir: where report exports are written.
        preferences_path: where the theme and the home screen's choices are kept (None: not kept).
        after_first_paint: called once the first screen is painted (the command resumes
            garbage collection there, see `collector`).
        damaged: the history file was refused as damaged (`store` then stands in, in memory):
            the app opens on the screen that offers to set it aside, and once a fresh history
            has started goes on to `start` (`interviewer start` on a damaged file), else home.
    """

    CSS_PATH = "app.tcss"
    TITLE = "Interviewer"
    BINDINGS = [
        Binding("ctrl+q", "leave", "Quit", priority=True, id="app.quit"),
    ]

    def __init__(
        self,
        *,
        catalog: Catalog,
        store: Store,
        clock: Clock | None = None,
        grader_factory: Callable[[Bank], Grader] | None = None,
        start: tuple[Bank, SessionConfig] | None = None,
        resume: StoredSession | None = None,
        export_dir: Path | None = None,
        preferences_path: Path | None = None,
        after_first_paint: Callable[[], object] | None = None,
        damaged: StoreDamaged | None = None,
    ) -> None:
        super().__init__()
        self.catalog = catalog
        self.store = store
        self.clock = clock or SystemClock()
        self.grader_factory = grader_factory or _default_grader_factory
        self._start = start
        self._resume = resume
        self.export_dir = export_dir or Path.cwd()
        self._home_banks = HomeBanks(self)
        self._warmed: set[str] = set()
        self._preferences_path = preferences_path
        self.preferences = load_preferences(preferences_path)
        self._after_first_paint = after_first_paint
        self._damaged = damaged
        self._start_after_recovery = start if damaged is not None else None

    # -- screens ------------------------------------------------------------------------------

    def _home(self) -> HomeScreen:
        unfinished: list[StoredSession] = []
        try:
            unfinished = self.store.unfinished_sessions()
        except InterviewerError as err:
            self.call_later(self.store_failed, err)
        banks = self._home_banks.cached()
        home = HomeScreen(banks, unfinished, self.preferences)
        if banks is None:
            self._home_banks.load_after_paint()
        return home

    def refresh_banks(self) -> None:
        """Load the banks again if a bank file was added, removed or changed since they were
        loaded (e.g. by `interviewer bank import` in another shell); see `HomeBanks.refresh`."""
        self._home_banks.refresh()

    def on_app_focus(self) -> None:
        """Back in the terminal: the banks may have changed meanwhile."""
        if isinstance(self.screen, HomeScreen):
            self.refresh_banks()

    def on_mount(self) -> None:
        from .closing import save_on_close

        save_on_close(self)
        if self._after_first_paint is not None:
            self.call_after_refresh(self._after_first_paint)
        if self.preferences.theme in self.available_themes:
            self.theme = self.preferences.theme
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._damaged is not None:
            from .screens.damaged import DamagedHistoryScreen

            self.push_screen(DamagedHistoryScreen(self._damaged, can_go_back=False))
        elif self._start is not None:
            bank, config = self._start
            if not self.start_session(bank, config):
                self.push_screen(self._home())
        elif self._resume is not None and not self.resume_session(self._resume):
            self.push_screen(self._home())

    def on_resize(self, event: events.Resize) -> None:
        """Every footer says whether the terminal is now smaller than 80x24 (see AppFooter)."""
        from .widgets.app_footer import AppFooter

        for footer in self.screen.query(AppFooter):
            footer.fit_to(event.size)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables and the app's readable colours derived from them (see
        `contrast.readable_variables`), recomputed on every change of theme."""
        from .contrast import readable_variables

        variables = super().get_css_variables()
        variables.update(readable_variables(variables))
        self.theme_variables = variables
        return variables

    def history_started_afresh(self) -> None:
        """A fresh history has replaced the damaged one: on to the session the command line
        asked for (`interviewer start` on a damaged file), else to a fresh home screen."""
        start, self._start_after_recovery = self._start_after_recovery, None
        if start is None or not self.start_session(*start):
            self.show_home()

    def get_default_screen(self) -> Screen:
        """The home screen itself when the app opens on it: one screen composed and painted
        before the user sees anything, not a blank one and then the home screen."""
        if self._start is None and self._resume is None:
            return self._home()
        return super().get_default_screen()

    def _theme_changed(self, theme: object) -> None:
        self.remember(replace(self.preferences, theme=self.theme))

    def store_failed(
        self, err: InterviewerError, before: str = "", rescued: Path | None = None
    ) -> None:
        """Say why the history could not be used (`before` the message); a damaged file gets
        the screen that offers to set it aside (play25 F2), once, saying where the session's
        answers were `rescued` to, if they were."""
        from .screens.damaged import DamagedHistoryScreen

        if not isinstance(err, StoreDamaged):
            self.notify(before + escaped(err), severity="error", timeout=15)
        elif not any(isinstance(s, DamagedHistoryScreen) for s in self.screen_stack):
            self.push_screen(DamagedHistoryScreen(err, rescued=rescued))

    def remember(self, preferences: Preferences) -> None:
        """Keep these preferences for the next run (silently skipped if they cannot be saved)."""
        self.preferences = preferences
        save_preferences(self._preferences_path, preferences)

    def _session_screen(self) -> InterviewScreen | None:
        """The screen of a session under way (possibly under a feedback screen), or None."""
        from .screens.interview import InterviewScreen

        for screen in reversed(self.screen_stack):
            if isinstance(screen, InterviewScreen) and not screen.run.finished:
                return screen
        return None

    def leave_session_then(self, then: Callable[[], object]) -> None:
        """Call `then` at once, or, when a session is under way, after asking (as ctrl+q
        does) and saving its draft."""
        session = self._session_screen()
        if session is None:
            then()
        else:
            session.confirm_leave(then)

    def go_home(self) -> None:
        """Back to a fresh home screen (asking first if a session is under way)."""
        self.leave_session_then(self.show_home)

    def show_home(self) -> None:
        """A fresh home screen over the base one, at once (no question asked)."""
        while len(self.screen_stack) > 2:
            self.pop_screen()
        if len(self.screen_stack) > 1:
            self.switch_screen(self._home())
        else:
            self.push_screen(self._home())

    def _show(self, screen: Screen[None]) -> None:
        """Replace the top screen (unless it is the home screen, which stays underneath)."""
        if len(self.screen_stack) > 1 and type(self.screen).__name__ not in (
            "HomeScreen",
            "HistoryScreen",
            "BankBrowserScreen",
        ):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

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
        self.warm_grader(bank)
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
            return unfinished_notice(self.store, besides=started, short=True) or ""
        except InterviewerError:
            return ""

    def resume_session(self, session: StoredSession) -> bool:
        """Reopen an unfinished session at its next question, its draft restored."""
        from ..core.interview import InterviewRun
        from .screens.interview import InterviewScreen

        try:
            bank = self.catalog.find_session_bank(session.bank_id, session.bank_path)
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
            missed = run.feedback_missed()
        except InterviewerError:
            missed = None
        self.warm_grader(bank, pending=run)
        if missed is None:
            self._show(InterviewScreen(run))
        else:
            from .missed_feedback import offer_missed_feedback

            offer_missed_feedback(self, run, missed, lambda: self._show(InterviewScreen(run)))
        return True

    def close_session(self, session: StoredSession) -> None:
        """Close an unfinished session for good (its answers are kept); home is redrawn."""
        try:
            self.store.close_session(session.id)
        except InterviewerError as err:
            self.store_failed(err)
            return
        self.notify(f"Session {session.id[:8]} closed; its report is in History.")
        self.go_home()

    def session_finished(self, session_id: str) -> None:
        self.open_report(session_id, replace=True)

    def open_report(self, session_id: str, *, replace: bool = False) -> None:
        from ..core.report import build_report
        from .screens.report import ReportScreen

        try:
            session = self.store.get_session(session_id)
            bank = None
            if session is not None:
                try:
                    bank = self.catalog.find_session_bank(session.bank_id, session.bank_path)
                except InterviewerError:
                    bank = None
            report = build_report(self.store, session_id, bank)
        except InterviewerError as err:
            self.store_failed(err)
            return
        screen = ReportScreen(report, self.export_dir)
        if replace:
            self._show(screen)
        else:
            self.push_screen(screen)

    def open_history(self) -> None:
        """The history screen (asking first if a session is under way)."""
        from .screens.history import HistoryScreen

        if self._session_screen() is None:
            self.push_screen(HistoryScreen(self.store))
        else:

            def go() -> None:
                self.show_home()
                self.push_screen(HistoryScreen(self.store))

            self.leave_session_then(go)

    def open_browser(self, bank: Bank | None = None) -> None:
        """The bank browser, on `bank` or the bank chosen on home (asking first if a session
        is under way)."""
        from .screens.browser import BankBrowserScreen

        if bank is None:
            session = self._session_screen()
            home = next((s for s in self.screen_stack if isinstance(s, HomeScreen)), None)
            bank = session.run.bank if session else home.bank if home else None
        if bank is None:
            self.notify("The banks are still loading.")
            return
        chosen = bank
        if self._session_screen() is None:
            self.push_screen(BankBrowserScreen(chosen))
        else:

            def go() -> None:
                self.show_home()
                self.push_screen(BankBrowserScreen(chosen))

            self.leave_session_then(go)

    def action_leave(self) -> None:
        """Quit, asking first when a session is under way (also under a feedback screen)."""
        session = self._session_screen()
        if session is not None:
            session.action_leave()
        else:
            self.exit()

    # -- background work ----------------------------------------------------------------------

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

    def action_help_quit(self) -> None:
        """Ctrl+C with nothing to copy says how to leave (Textual's hint wanted a "quit"
        binding: ctrl+q is "leave" here, and nothing showed, play25 D8)."""
        session = self._session_screen()
        if session is not None and session is self.screen:
            session.flash(session.LEAVE_HINT)
        else:
            self.notify("Press ctrl+q to quit.", timeout=4)

    async def action_quit(self) -> None:
        """The palette's Quit asks like ctrl+q when a session is under way."""
        self.action_leave()

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .palette import system_commands

        yield from system_commands(self, super().get_system_commands(screen))
